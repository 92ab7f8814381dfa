use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use super::{Tx, code};
use crate::Error;
use crate::domain::consent::{Decision, Event, Form, GivenBy};
use crate::domain::organisation::serves;
use crate::domain::pupil::{Pupil, names_pupil, same_school};
use crate::domain::register::ImportProfile;
use crate::tr;

/// What stands where a source file name named a purged or erased pupil.
pub const REMOVED_SOURCE: &str = "(file name removed with a purged pupil)";

// Column lists as macros, so that statements are string constants: the hot paths of an import
// then prepare from the statement cache without building their SQL again.
macro_rules! pupil_columns {
    () => {
        "leerlingnummer, name, groep, school, birth_date, left_on, number, first_listed_on"
    };
}
macro_rules! event_columns {
    () => {
        "pupil, purpose, decision, given_by, decider, form, date, evidence, source, recorded_at, actor"
    };
}
pub(super) const PUPIL_COLUMNS: &str = pupil_columns!();
/// A pupil (the columns of `pupil`) no open request is about, as SQL: one a purge may remove
/// once the retention period is over, and the audit and `deadlines` ask to.
macro_rules! not_held {
    () => {
        "leerlingnummer NOT IN \
         (SELECT pupil FROM request WHERE closed_on IS NULL AND pupil IS NOT NULL)"
    };
}
pub(super) use not_held;
/// A pupil (the columns of `pupil`) a purge of those who left before `?1` removes: not one an
/// open request is about, whose answer (an access answer with its consent history, an
/// erasure) needs them until it is given.
const PURGEABLE: &str = concat!("left_on < ?1 AND ", not_held!());
/// How many columns `pupil_columns!` names: what a query selects after them starts here.
pub(super) const PUPIL_WIDTH: usize = 8;
/// A pupil (the columns of `pupil`) at school on the day `?1`, as SQL: listed by then, born by
/// then and not yet left. It is `domain::pupil::Pupil::present_on`; a unit test holds the two
/// together.
pub(super) const PRESENT_ON: &str = "(left_on IS NULL OR left_on > ?1) \
     AND (birth_date IS NULL OR birth_date <= ?1) \
     AND (first_listed_on IS NULL OR first_listed_on <= ?1)";
pub(super) const FIND_PUPIL: &str = concat!(
    "SELECT ",
    pupil_columns!(),
    " FROM pupil WHERE leerlingnummer = ?1"
);
pub(super) const SAVE_PUPIL: &str = concat!(
    "INSERT INTO pupil (",
    pupil_columns!(),
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (leerlingnummer) DO UPDATE SET \
     name = excluded.name, groep = excluded.groep, school = excluded.school, \
     birth_date = excluded.birth_date, left_on = excluded.left_on, number = excluded.number, \
     first_listed_on = excluded.first_listed_on"
);
/// A pupil an import adds, with the date of its export.
pub(super) const INSERT_IMPORTED_PUPIL: &str = concat!(
    "INSERT INTO pupil (",
    pupil_columns!(),
    ", imported_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
);
pub(super) const PUPILS_NUMBERED: &str = concat!(
    "SELECT ",
    pupil_columns!(),
    " FROM pupil WHERE number = ?1 ORDER BY school"
);
/// [`PUPILS_NUMBERED`] with each pupil's import date, for the import.
pub(super) const PUPILS_NUMBERED_IMPORTED: &str = concat!(
    "SELECT ",
    pupil_columns!(),
    ", imported_on FROM pupil WHERE number = ?1 ORDER BY school"
);
pub(super) const INSERT_EVENT: &str = concat!(
    "INSERT INTO consent_event (",
    event_columns!(),
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
);

pub(super) const EVENTS_OF_CELL: &str = concat!(
    "SELECT ",
    event_columns!(),
    " FROM consent_event WHERE pupil = ?1 AND purpose = ?2 ORDER BY seq"
);
pub(super) const IMPORTED_CELL: &str =
    "SELECT answer, imported_on FROM import_cell WHERE pupil = ?1 AND purpose = ?2";
/// The date of the latest export imported for a pupil (migration 15).
pub(super) const LAST_IMPORTED: &str = "SELECT imported_on FROM pupil WHERE leerlingnummer = ?1";
/// Moves a pupil's import date forward to `?2`, never back.
pub(super) const MARK_IMPORTED: &str = "UPDATE pupil SET imported_on = ?2 \
     WHERE leerlingnummer = ?1 AND (imported_on IS NULL OR imported_on < ?2)";
pub(super) const FORGET_IMPORTED_CELL: &str =
    "DELETE FROM import_cell WHERE pupil = ?1 AND purpose = ?2";
pub(super) const SAVE_IMPORTED_CELL: &str = "INSERT INTO import_cell (pupil, purpose, answer, imported_on) \
     VALUES (?1, ?2, ?3, ?4) ON CONFLICT (pupil, purpose) DO UPDATE SET \
     answer = excluded.answer, imported_on = excluded.imported_on";

/// A pupil's values in the order of `pupil_columns!`; an import adds the date of its export.
pub(super) fn pupil_values(p: &Pupil) -> [&dyn rusqlite::ToSql; PUPIL_WIDTH] {
    [
        &p.key,
        &p.name,
        &p.group,
        &p.school,
        &p.birth_date,
        &p.left_on,
        &p.leerlingnummer,
        &p.first_listed_on,
    ]
}

pub(super) fn pupil_params(p: &Pupil) -> impl rusqlite::Params + '_ {
    rusqlite::params_from_iter(pupil_values(p))
}

pub(super) fn event_params<'a>(
    e: &'a NewEvent<'a>,
    date: &'a str,
    at: &'a str,
    actor: &'a str,
) -> impl rusqlite::Params + 'a {
    (
        e.pupil,
        e.purpose,
        e.decision.code(),
        e.given_by.code(),
        e.decider,
        e.form.code(),
        date,
        e.evidence,
        e.source,
        at,
        actor,
    )
}

pub(super) fn pupil_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Pupil> {
    Ok(Pupil {
        key: row.get(0)?,
        name: row.get(1)?,
        group: row.get(2)?,
        school: row.get(3)?,
        birth_date: row.get(4)?,
        left_on: row.get(5)?,
        leerlingnummer: row.get(6)?,
        first_listed_on: row.get(7)?,
    })
}

const EVENT_COLUMNS: &str = event_columns!();

pub(super) fn event_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Event> {
    event_from_row_at(row, 0)
}

/// An event from the columns starting at `at`.
fn event_from_row_at(row: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Event> {
    Ok(Event {
        pupil: row.get(at)?,
        purpose: row.get(at + 1)?,
        decision: code(row, at + 2)?,
        given_by: code(row, at + 3)?,
        decider: row.get(at + 4)?,
        form: code(row, at + 5)?,
        date: row.get(at + 6)?,
        evidence: row.get(at + 7)?,
        source: row.get(at + 8)?,
        recorded_at: row.get(at + 9)?,
        actor: row.get(at + 10)?,
    })
}

/// What a new consent event says; when and by whom it was recorded is added by the store.
pub struct NewEvent<'a> {
    pub pupil: &'a str,
    pub purpose: &'a str,
    pub decision: Decision,
    pub given_by: GivenBy,
    pub decider: Option<&'a str>,
    pub form: Form,
    pub date: NaiveDate,
    pub evidence: Option<&'a str>,
    pub source: Option<&'a str>,
}

impl Tx<'_> {
    /// The pupil with this leerlingnummer, at this school when given (BRIN, or BRIN with
    /// vestiging). A number that pupils of several schools have is refused without a school,
    /// naming the schools.
    pub fn pupil(&self, number: &str, school: Option<&str>) -> anyhow::Result<Pupil> {
        let mut found: Vec<Pupil> = self
            .tx
            .prepare_cached(PUPILS_NUMBERED)?
            .query_map([number], pupil_from_row)?
            .collect::<Result<_, _>>()?;
        if let Some(school) = school {
            found.retain(|p| p.school.as_deref().is_some_and(|s| same_school(s, school)));
        }
        if found.len() > 1 {
            return Err(Error::Invalid(tr!(
                "command-pupil-several-schools",
                pupil = number,
                count = found.len(),
                schools = self.school_names(found.iter().map(|p| p.school.as_deref()))?
            ))
            .into());
        }
        found.pop().ok_or_else(|| match school {
            Some(school) => Error::not_found(
                "pupil",
                &tr!("command-pupil-at-school", pupil = number, school = school),
            )
            .into(),
            None => Error::not_found("pupil", number).into(),
        })
    }

    /// The pupil with this register key (`1001`, or `1001@12AB00` for a second school's
    /// 1001), if the register still has them.
    pub fn pupil_by_key(&self, key: &str) -> anyhow::Result<Option<Pupil>> {
        Ok(self
            .tx
            .prepare_cached(FIND_PUPIL)?
            .query_row([key], pupil_from_row)
            .optional()?)
    }

    /// Whether a pupil of any school has this leerlingnummer.
    pub fn pupil_number_exists(&self, number: &str) -> anyhow::Result<bool> {
        Ok(self.tx.prepare_cached(PUPILS_NUMBERED)?.exists([number])?)
    }

    /// Schools as a message names them: `12AB00 (OBS De Regenboog), 34CD00 (Het Baken)`.
    pub fn school_names<'s>(
        &self,
        schools: impl Iterator<Item = Option<&'s str>>,
    ) -> anyhow::Result<String> {
        let known = self.schools()?;
        Ok(schools
            .map(|code| match code {
                None => tr!("command-no-school"),
                Some(code) => match known
                    .iter()
                    .find(|s| format!("{}{}", s.brin, s.vestiging) == code)
                {
                    Some(s) => format!("{code} ({})", s.name),
                    None => code.to_string(),
                },
            })
            .collect::<Vec<_>>()
            .join(", "))
    }

    /// Every pupil, by group then number.
    pub fn pupils(&self) -> anyhow::Result<Vec<Pupil>> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {PUPIL_COLUMNS} FROM pupil ORDER BY groep, CAST(leerlingnummer AS INTEGER), leerlingnummer"
        ))?;
        let rows = stmt.query_map([], pupil_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every pupil, by group then number, handed to `each` one at a time: memory does not grow
    /// with the register.
    pub fn for_each_pupil(
        &self,
        mut each: impl FnMut(Pupil) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {PUPIL_COLUMNS} FROM pupil ORDER BY groep, CAST(leerlingnummer AS INTEGER), leerlingnummer"
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            each(pupil_from_row(row)?)?;
        }
        Ok(())
    }

    /// Every consent event in recording order, one at a time.
    pub fn for_each_consent_event(
        &self,
        mut each: impl FnMut(Event) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {EVENT_COLUMNS} FROM consent_event ORDER BY seq"
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            each(event_from_row(row)?)?;
        }
        Ok(())
    }

    /// Inserts the pupil, or replaces every field of the one with its number.
    pub fn save_pupil(&self, p: &Pupil) -> anyhow::Result<()> {
        self.tx
            .prepare_cached(SAVE_PUPIL)?
            .execute(pupil_params(p))?;
        Ok(())
    }

    /// Removes the pupils who left before `day`, with their consent events and the change-log
    /// entries that name them: past the retention period nothing may point at them any more.
    /// A pupil an open request is about stays until it is answered ([`PURGEABLE`]). Returns
    /// how many pupils.
    pub fn delete_pupils_left_before(&self, day: NaiveDate) -> anyhow::Result<usize> {
        // They left before `day`: an export of that day lists none of them. Not their own
        // leaving days, which would keep a date of theirs in the register.
        self.delete_pupils(PURGEABLE, day, day.pred_opt().unwrap_or(day))
    }

    /// How many pupils [`Tx::delete_pupils_left_before`] would remove.
    pub fn count_pupils_purgeable(&self, day: NaiveDate) -> anyhow::Result<usize> {
        let n: i64 = self.tx.query_row(
            &format!("SELECT count(*) FROM pupil WHERE {PURGEABLE}"),
            [day],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n)?)
    }

    /// The pupils who left before `day` whom an open request keeps: their number and school,
    /// and the request's id.
    pub fn pupils_held_by_requests(
        &self,
        day: NaiveDate,
    ) -> anyhow::Result<Vec<(String, Option<String>, String)>> {
        let mut stmt = self.tx.prepare(
            "SELECT p.number, p.school, r.id FROM pupil p JOIN request r ON r.pupil = p.leerlingnummer \
             WHERE p.left_on < ?1 AND r.closed_on IS NULL ORDER BY r.id",
        )?;
        let rows = stmt.query_map([day], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Removes one pupil as thoroughly as [`Tx::delete_pupils_left_before`] does (an erasure
    /// request): the same statements. Returns whether the pupil was there.
    pub fn delete_pupil(&self, key: &str, today: NaiveDate) -> anyhow::Result<bool> {
        Ok(self.delete_pupils("leerlingnummer = ?1", key, today)? == 1)
    }

    /// Per school (its code; `""` for pupils without a school), the last day pupils were
    /// removed from the register: see [`Tx::delete_pupils`].
    pub fn pupil_removals(&self) -> anyhow::Result<Vec<(String, NaiveDate)>> {
        let mut stmt = self
            .tx
            .prepare("SELECT school, removed_on FROM pupil_removal")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Removes the pupils `condition` selects, with what points at them: the change-log
    /// entries that name them go here; their consent events and the import's memory of their
    /// cells go with them (foreign keys, `ON DELETE CASCADE`), and requests made for them
    /// lose the pupil (`ON DELETE SET NULL`) and stay as evidence that they were answered.
    ///
    /// The register keeps, per school, the last day an export may list the removed pupils
    /// (`removed_on`), and nothing about who they were: an export of that day or earlier,
    /// imported after it, adds no pupil the register does not hold (it would bring an erased
    /// pupil back).
    ///
    /// What is deleted is overwritten with zeros (`secure_delete`); [`super::Store::reclaim`]
    /// then takes the freed pages out of the file. A source file name that names a removed
    /// pupil (`toestemming 4711 Zwaantje.csv`), by the number or a number a merge renumbered
    /// them from, is replaced, on the events of other pupils and in the log, by
    /// [`REMOVED_SOURCE`]. Saved audit runs say [`crate::domain::audit::REMOVED_PUPIL`] where they
    /// named them.
    fn delete_pupils(
        &self,
        condition: &str,
        param: impl rusqlite::ToSql,
        removed_on: NaiveDate,
    ) -> anyhow::Result<usize> {
        self.tx.pragma_update(None, "secure_delete", true)?;
        // Undone only by the rebuild of the file that follows the commit.
        self.tx.execute(
            "INSERT INTO reclaim_pending (recorded_at) \
             SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM reclaim_pending)",
            [&self.at],
        )?;
        // Each pupil by number and name, and by every number a merge renumbered them from
        // (the `renumber` entries under them): the other register's file names may say that one.
        let removed: Vec<(String, String)> = {
            let mut stmt = self.tx.prepare(&format!(
                "SELECT number, name FROM pupil WHERE {condition} \
                 UNION ALL \
                 SELECT json_extract(c.detail, '$.from'), p.name \
                   FROM pupil p JOIN change_event c \
                     ON c.entity_kind = 'pupil' AND c.entity_id = p.leerlingnummer \
                    AND c.action = 'renumber' AND json_extract(c.detail, '$.from') IS NOT NULL \
                  WHERE {condition}"
            ))?;
            let rows = stmt.query_map([&param], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let sources: Vec<String> = {
            let mut stmt = self.tx.prepare(
                "SELECT source FROM consent_event WHERE source IS NOT NULL \
                 UNION SELECT entity_id FROM change_event WHERE entity_kind = 'import'",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for source in sources.iter().filter(|s| {
            removed
                .iter()
                .any(|(number, name)| names_pupil(s, number, name))
        }) {
            self.tx.execute(
                "UPDATE consent_event SET source = ?2, evidence = replace(evidence, ?1, ?2) \
                 WHERE source = ?1 OR instr(evidence, ?1) > 0",
                (source, REMOVED_SOURCE),
            )?;
            self.tx.execute(
                "UPDATE change_event SET \
                   entity_id = CASE WHEN entity_id = ?1 THEN ?2 ELSE entity_id END, \
                   detail = replace(detail, json_quote(?1), json_quote(?2)) \
                 WHERE entity_id = ?1 OR instr(detail, json_quote(?1)) > 0",
                (source, REMOVED_SOURCE),
            )?;
        }
        self.tx.execute(
            &format!(
                "DELETE FROM change_event WHERE entity_kind = 'pupil' AND entity_id IN \
                 (SELECT leerlingnummer FROM pupil WHERE {condition})"
            ),
            [&param],
        )?;
        // Kept consent decisions have no foreign key to cascade along.
        self.tx.execute(
            &format!(
                "DELETE FROM consent_decider WHERE pupil IN \
                 (SELECT leerlingnummer FROM pupil WHERE {condition})"
            ),
            [&param],
        )?;
        let keys: Vec<String> = {
            let mut stmt = self.tx.prepare(&format!(
                "SELECT leerlingnummer FROM pupil WHERE {condition}"
            ))?;
            let rows = stmt.query_map([&param], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        self.tx.execute(
            &format!(
                "INSERT INTO pupil_removal (school, removed_on) \
                 SELECT coalesce(school, ''), ?2 FROM pupil WHERE {condition} \
                 GROUP BY coalesce(school, '') \
                 ON CONFLICT (school) DO UPDATE SET removed_on = max(removed_on, excluded.removed_on)"
            ),
            rusqlite::params![&param, removed_on],
        )?;
        let deleted = self
            .tx
            .execute(&format!("DELETE FROM pupil WHERE {condition}"), [&param])?;
        let numbers: Vec<String> = removed.into_iter().map(|(number, _)| number).collect();
        self.forget_pupils_in_audits(&numbers, &keys)?;
        Ok(deleted)
    }

    /// The pupils present on `day` that the running import did not see (see
    /// [`Tx::pupil_writer`]), of these schools (BRIN, or BRIN with vestiging), or of every
    /// school when none is given: those a complete export says have left. Which school a list
    /// covers is `organisation::serves`; the query only leaves out the other BRINs.
    pub fn pupils_missing_from_import(
        &self,
        day: NaiveDate,
        schools: &[String],
    ) -> anyhow::Result<Vec<Pupil>> {
        let unseen = self.unseen_by_import(
            &format!("{PRESENT_ON} AND (imported_on IS NULL OR imported_on <= ?1)"),
            day,
            schools,
        )?;
        Ok(unseen.into_iter().map(|(p, _)| p).collect())
    }

    /// The pupils a complete export of `day` (this import, of these schools) did not list, but
    /// a later export did, whom the register counts from birth: they came after `day`. Each
    /// with the day of the earliest export known to list them (the import dates their events
    /// and cells keep, and their latest), where that is after `day`.
    pub fn pupils_listed_only_after(
        &self,
        day: NaiveDate,
        schools: &[String],
    ) -> anyhow::Result<Vec<(Pupil, NaiveDate)>> {
        let unseen = self.unseen_by_import(
            "first_listed_on IS NULL AND imported_on > ?1 AND (left_on IS NULL OR left_on > ?1)",
            day,
            schools,
        )?;
        Ok(unseen
            .into_iter()
            .filter_map(|(p, earliest)| Some((p, earliest?)))
            .filter(|(_, earliest)| *earliest > day)
            .collect())
    }

    /// The pupils `condition` (SQL on `pupil`, `?1` the day) selects that the running import
    /// did not see (see [`Tx::pupil_writer`]), of these schools (BRIN, or BRIN with vestiging),
    /// or of every school when none is given, with the day of the earliest export known to
    /// list them. Which school a list covers is `organisation::serves`; the query only leaves
    /// out the other BRINs.
    fn unseen_by_import(
        &self,
        condition: &str,
        day: NaiveDate,
        schools: &[String],
    ) -> anyhow::Result<Vec<(Pupil, Option<NaiveDate>)>> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {PUPIL_COLUMNS}, (SELECT min(d) FROM ( \
                 SELECT pupil.imported_on AS d \
                 UNION ALL SELECT min(imported_on) FROM import_cell \
                     WHERE import_cell.pupil = pupil.leerlingnummer \
                 UNION ALL SELECT min(date) FROM consent_event \
                     WHERE consent_event.pupil = pupil.leerlingnummer AND source IS NOT NULL)) \
             FROM pupil \
             WHERE {condition} \
               AND leerlingnummer NOT IN (SELECT leerlingnummer FROM temp.import_seen) \
               AND (?2 = '[]' OR substr(pupil.school, 1, 4) IN \
                    (SELECT substr(value, 1, 4) FROM json_each(?2))) \
             ORDER BY CAST(leerlingnummer AS INTEGER), leerlingnummer"
        ))?;
        let list = serde_json::to_string(schools)?;
        let rows = stmt.query_map(rusqlite::params![day, list], |r| {
            Ok((
                pupil_from_row(r)?,
                r.get::<_, Option<NaiveDate>>(PUPIL_WIDTH)?,
            ))
        })?;
        let mut unseen = Vec::new();
        for row in rows {
            let (pupil, earliest) = row?;
            if pupil
                .school
                .as_deref()
                .map_or(schools.is_empty(), |school| serves(schools, school))
            {
                unseen.push((pupil, earliest));
            }
        }
        Ok(unseen)
    }

    /// The column mapping saved under `name`, if any.
    pub fn import_profile(&self, name: &str) -> anyhow::Result<Option<Vec<(String, String)>>> {
        let maps: Option<String> = self
            .tx
            .query_row(
                "SELECT maps FROM import_profile WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        Ok(maps.map(|m| serde_json::from_str(&m)).transpose()?)
    }

    /// Every saved column mapping, by name.
    pub fn import_profiles(&self) -> anyhow::Result<Vec<ImportProfile>> {
        let mut stmt = self
            .tx
            .prepare("SELECT name, maps FROM import_profile ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut profiles = Vec::new();
        for row in rows {
            let (name, maps) = row?;
            profiles.push(ImportProfile {
                name,
                maps: serde_json::from_str(&maps)?,
            });
        }
        Ok(profiles)
    }

    /// Saves (or replaces) a column mapping under `name`.
    pub fn save_import_profile(&self, name: &str, maps: &[(String, String)]) -> anyhow::Result<()> {
        self.tx.execute(
            "INSERT INTO import_profile (name, maps) VALUES (?1, ?2) \
             ON CONFLICT (name) DO UPDATE SET maps = excluded.maps",
            (name, serde_json::to_string(maps)?),
        )?;
        Ok(())
    }

    /// Appends a consent event.
    pub fn add_consent_event(&self, e: &NewEvent<'_>) -> anyhow::Result<()> {
        let date = e.date.to_string();
        let seq = self
            .tx
            .prepare_cached(INSERT_EVENT)?
            .insert(event_params(e, &date, &self.at, self.actor))?;
        self.refresh_decider(seq)
    }

    /// Every event of a pupil, in recording order.
    pub fn consent_history(&self, pupil: &str) -> anyhow::Result<Vec<Event>> {
        self.events(Some(pupil))
    }

    /// Every consent event, in recording order.
    pub fn consent_events(&self) -> anyhow::Result<Vec<Event>> {
        self.events(None)
    }

    fn events(&self, pupil: Option<&str>) -> anyhow::Result<Vec<Event>> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {EVENT_COLUMNS} FROM consent_event WHERE ?1 IS NULL OR pupil = ?1 ORDER BY seq"
        ))?;
        let rows = stmt.query_map([pupil], event_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::domain::pupil::Pupil;

    #[test]
    fn present_on_in_sql_is_present_on_of_the_domain() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let dates = [
            None,
            Some("2026-09-14"),
            Some("2026-09-15"),
            Some("2026-09-16"),
        ];
        for left_on in dates {
            for birth_date in dates {
                for listed in dates {
                    let sql = format!(
                        "SELECT {} FROM (SELECT ?2 AS left_on, ?3 AS birth_date, \
                         ?4 AS first_listed_on)",
                        super::PRESENT_ON
                    );
                    let present: bool = conn
                        .query_row(&sql, ("2026-09-15", left_on, birth_date, listed), |r| {
                            r.get(0)
                        })
                        .unwrap();
                    let pupil = Pupil {
                        key: "1".into(),
                        leerlingnummer: "1".into(),
                        name: "A".into(),
                        group: None,
                        school: None,
                        birth_date: birth_date.map(day),
                        left_on: left_on.map(day),
                        first_listed_on: listed.map(day),
                    };
                    assert_eq!(
                        present,
                        pupil.present_on(day("2026-09-15")),
                        "left {left_on:?}, born {birth_date:?}, listed {listed:?}"
                    );
                }
            }
        }
    }
}
