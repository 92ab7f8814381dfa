//! Consent purposes, and the standing decision of a (pupil, purpose), defined once here for
//! every query that needs it: check, show, lists, the matrix, the audit and the GMR counts.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, named_params, params};

use super::pupil::{PUPIL_COLUMNS, pupil_from_row};
use super::{Tx, code, opt_code};
use crate::Error;
use crate::domain::consent::{Purpose, Standing, State, Tally, born_by_for_sixteen};

const PURPOSE_COLUMNS: &str =
    "id, name, explicit, written_only, renewal, applies_to, retired_on, party_id";

fn purpose_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Purpose> {
    Ok(Purpose {
        id: row.get(0)?,
        name: row.get(1)?,
        explicit: row.get(2)?,
        written_only: row.get(3)?,
        renewal: code(row, 4)?,
        applies_to: code(row, 5)?,
        retired_on: row.get(6)?,
        party: row.get(7)?,
    })
}

/// The codes of the pupil's own side as an SQL list: `GivenBy::own_side` (a unit test holds
/// the two together).
macro_rules! own_side {
    () => {
        "('pupil', 'representative', 'file')"
    };
}

/// The standing decision of every (pupil, purpose) whose events pass `$filter` (an SQL
/// condition on `e`, the consent event), as of `:as_of`. It is `domain::consent::standing` in
/// SQL, and a property test holds the two together:
/// - only events dated on or before `:as_of`, of purposes in use on that day;
/// - each decider's latest event by date, then by recording order (`seq`): an event stands when
///   no later one of the same decider does. The pupil's own side (`pupil`, `representative`,
///   `file`) is one decider, each parent or guardian another;
/// - once the own side has decided, the parents' events no longer count;
/// - a refusal or withdrawal stands; beside a grant it is `disputed`. The row shown is the
///   latest refusal or withdrawal, else the latest grant in a form that counts, else the latest
///   grant: the one with the highest `pick` (SQLite takes the bare columns of a group from the
///   row of its one `max()`).
///
/// It reads the events in the order of the index `consent_event_latest`, so it groups without
/// sorting. Columns: pupil, purpose, state, counts, date, form, given_by, decider.
macro_rules! standing_sql {
    ($filter:literal) => {
        concat!(
            "WITH latest AS (
               SELECT e.seq, e.pupil, e.purpose, e.decision, e.form, e.date, e.given_by, e.decider,
                      e.given_by IN ", own_side!(), " AS own,
                      e.decision <> 'granted' AS neg,
                      CASE WHEN u.written_only THEN e.form = 'written'
                           WHEN u.explicit THEN e.form IN ('written', 'digital')
                           ELSE 1 END AS form_counts
                 FROM consent_event e
                 JOIN purpose u ON u.id = e.purpose
                  AND (u.retired_on IS NULL OR u.retired_on > :as_of)
                WHERE e.date <= :as_of AND ",
            $filter,
            "
                  AND NOT EXISTS (
                      SELECT 1 FROM consent_event l
                       WHERE l.pupil = e.pupil AND l.purpose = e.purpose AND l.date <= :as_of
                         AND (l.date > e.date OR (l.date = e.date AND l.seq > e.seq))
                         AND (CASE WHEN l.given_by IN ", own_side!(), " THEN ''
                                   ELSE l.given_by || ':' || coalesce(l.decider, '') END)
                           = (CASE WHEN e.given_by IN ", own_side!(), " THEN ''
                                   ELSE e.given_by || ':' || coalesce(e.decider, '') END))),
             grouped AS (
               SELECT pupil, purpose, decision, form, date, given_by, decider, form_counts,
                      max(own) AS own_side,
                      sum(own AND NOT neg) AS own_grants, sum(own AND neg) AS own_refusals,
                      sum(NOT own AND NOT neg) AS parent_grants,
                      sum(NOT own AND neg) AS parent_refusals,
                      max(((own * 2 + neg) * 2 + (neg OR form_counts)) * 100000000000000000
                          + CAST(replace(date, '-', '') AS INTEGER) * 1000000000 + seq) AS pick
                 FROM latest GROUP BY pupil, purpose)
             SELECT pupil, purpose,
                    CASE WHEN (CASE WHEN own_side THEN own_refusals ELSE parent_refusals END) = 0
                              THEN 'granted'
                         WHEN (CASE WHEN own_side THEN own_grants ELSE parent_grants END) > 0
                              THEN 'disputed'
                         ELSE decision END AS state,
                    (CASE WHEN own_side THEN own_refusals ELSE parent_refusals END) = 0
                        AND form_counts AS counts,
                    date, form, given_by, decider
               FROM grouped"
        )
    };
}

const STANDING_ONE: &str = standing_sql!("e.pupil = :pupil AND e.purpose = :purpose");
const STANDING_OF_PUPIL: &str = standing_sql!("e.pupil = :pupil");
const STANDING_OF_PURPOSE: &str = standing_sql!("e.purpose = :purpose");
const STANDING_ALL: &str = standing_sql!("1");

/// One row of the standing-decision query.
fn standing_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, Standing)> {
    standing_from_row_at(row, 0)
}

/// The columns of the standing-decision query, starting at `at`.
fn standing_from_row_at(
    row: &rusqlite::Row<'_>,
    at: usize,
) -> rusqlite::Result<(String, String, Standing)> {
    Ok((
        row.get(at)?,
        row.get(at + 1)?,
        Standing {
            state: code(row, at + 2)?,
            counts: row.get(at + 3)?,
            date: row.get(at + 4)?,
            form: opt_code(row, at + 5)?,
            given_by: opt_code(row, at + 6)?,
            decider: row.get(at + 7)?,
        },
    ))
}

/// Pupils at school on `?1` (alias `p`).
const PRESENT: &str = "(p.left_on IS NULL OR p.left_on > ?1)";

impl Tx<'_> {
    pub fn find_purpose(&self, id: &str) -> anyhow::Result<Option<Purpose>> {
        Ok(self
            .tx
            .query_row(
                &format!("SELECT {PURPOSE_COLUMNS} FROM purpose WHERE id = ?1"),
                [id],
                purpose_from_row,
            )
            .optional()?)
    }

    /// A purpose by id, or an error that points at the list.
    pub fn purpose(&self, id: &str) -> anyhow::Result<Purpose> {
        self.find_purpose(id)?.ok_or_else(|| {
            Error::Missing(format!(
                "no consent purpose '{id}' (see `vreg consent purposes`)"
            ))
            .into()
        })
    }

    /// A purpose in use on `day`; a retired one is refused, naming the day it was retired.
    pub fn active_purpose(&self, id: &str, day: NaiveDate) -> anyhow::Result<Purpose> {
        let purpose = self.purpose(id)?;
        match purpose.retired_on.filter(|_| !purpose.active_on(day)) {
            Some(retired) => Err(Error::Invalid(format!(
                "consent purpose {id} was retired on {retired}; its history stays in `vreg consent show`"
            ))
            .into()),
            None => Ok(purpose),
        }
    }

    /// Every consent purpose, retired ones too, by id.
    pub fn purposes(&self) -> anyhow::Result<Vec<Purpose>> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {PURPOSE_COLUMNS} FROM purpose ORDER BY id"
        ))?;
        let rows = stmt.query_map([], purpose_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts the purpose, or replaces every field of the one with its id.
    pub fn save_purpose(&self, p: &Purpose) -> anyhow::Result<()> {
        // Parents, the GMR and an import's headers tell purposes apart by name.
        let namesake: Option<String> = self
            .tx
            .query_row(
                "SELECT id FROM purpose WHERE name = ?1 COLLATE NOCASE AND id <> ?2",
                [&p.name, &p.id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(other) = namesake {
            return Err(Error::Conflict(format!(
                "consent purpose {other} already has the name '{}'; give {} another name",
                p.name, p.id
            ))
            .into());
        }
        self.tx.execute(
            &format!(
                "INSERT INTO purpose ({PURPOSE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) \
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, explicit = excluded.explicit, \
                 written_only = excluded.written_only, renewal = excluded.renewal, \
                 applies_to = excluded.applies_to, retired_on = excluded.retired_on, \
                 party_id = excluded.party_id"
            ),
            params![
                p.id,
                p.name,
                p.explicit,
                p.written_only,
                p.renewal.code(),
                p.applies_to.code(),
                p.retired_on,
                p.party
            ],
        )?;
        Ok(())
    }

    /// Where one pupil stands for one purpose on `as_of`.
    pub fn standing(
        &self,
        pupil: &str,
        purpose: &str,
        as_of: NaiveDate,
    ) -> anyhow::Result<Standing> {
        let mut stmt = self.tx.prepare_cached(STANDING_ONE)?;
        let row = stmt
            .query_row(
                named_params! {":pupil": pupil, ":purpose": purpose, ":as_of": as_of},
                standing_from_row,
            )
            .optional()?;
        Ok(row.map_or(Standing::UNKNOWN, |(_, _, s)| s))
    }

    /// Where one pupil stands for each purpose that has a decision, by purpose id.
    pub fn standing_of_pupil(
        &self,
        pupil: &str,
        as_of: NaiveDate,
    ) -> anyhow::Result<HashMap<String, Standing>> {
        let mut stmt = self.tx.prepare(STANDING_OF_PUPIL)?;
        let rows = stmt.query_map(
            named_params! {":pupil": pupil, ":as_of": as_of},
            standing_from_row,
        )?;
        let mut map = HashMap::new();
        for row in rows {
            let (_, purpose, s) = row?;
            map.insert(purpose, s);
        }
        Ok(map)
    }

    /// Where every pupil with a decision stands for one purpose (or for every purpose, keyed
    /// by (pupil, purpose)).
    pub fn standing_of_purpose(
        &self,
        purpose: Option<&str>,
        as_of: NaiveDate,
    ) -> anyhow::Result<HashMap<(String, String), Standing>> {
        let mut map = HashMap::new();
        let mut collect = |stmt: &mut rusqlite::Statement<'_>,
                           params: &[(&str, &dyn rusqlite::ToSql)]|
         -> anyhow::Result<()> {
            let rows = stmt.query_map(params, standing_from_row)?;
            for row in rows {
                let (pupil, purpose, s) = row?;
                map.insert((pupil, purpose), s);
            }
            Ok(())
        };
        match purpose {
            Some(purpose) => collect(
                &mut self.tx.prepare(STANDING_OF_PURPOSE)?,
                named_params! {":purpose": purpose, ":as_of": as_of},
            )?,
            None => collect(
                &mut self.tx.prepare(STANDING_ALL)?,
                named_params! {":as_of": as_of},
            )?,
        }
        Ok(map)
    }

    /// Every pupil, by group then number, with where they stand for `purpose` on `as_of`, handed
    /// to `each` one at a time: memory does not grow with the register.
    pub fn for_each_pupil_standing(
        &self,
        purpose: &str,
        as_of: NaiveDate,
        mut each: impl FnMut(crate::domain::pupil::Pupil, Standing) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let sql = format!(
            "WITH standing AS ({STANDING_OF_PURPOSE}) \
             SELECT {PUPIL_COLUMNS}, s.pupil, s.purpose, s.state, s.counts, s.date, s.form, s.given_by, s.decider \
             FROM pupil p LEFT JOIN standing s ON s.pupil = p.leerlingnummer \
             ORDER BY p.groep, CAST(p.leerlingnummer AS INTEGER), p.leerlingnummer"
        );
        let mut stmt = self.tx.prepare(&sql)?;
        let mut rows = stmt.query(named_params! {":purpose": purpose, ":as_of": as_of})?;
        while let Some(row) = rows.next()? {
            let pupil = pupil_from_row(row)?;
            let standing = match row.get_ref(7)? {
                rusqlite::types::ValueRef::Null => Standing::UNKNOWN,
                _ => standing_from_row_at(row, 7)?.2,
            };
            each(pupil, standing)?;
        }
        Ok(())
    }

    /// For each school and purpose in use, how many pupils at school on `as_of` are in each
    /// consent state: counts only, in one query.
    pub fn consent_by_school(
        &self,
        as_of: NaiveDate,
    ) -> anyhow::Result<std::collections::BTreeMap<(String, String), Tally>> {
        let sql = format!(
            "WITH standing AS ({STANDING_ALL}) \
             SELECT coalesce(p.school, ''), u.id, coalesce(s.state, 'unknown'), \
                    coalesce(s.counts, 0), count(*) \
             FROM pupil p CROSS JOIN purpose u \
             LEFT JOIN standing s ON s.pupil = p.leerlingnummer AND s.purpose = u.id \
             WHERE {PRESENT} AND (u.retired_on IS NULL OR u.retired_on > ?1) \
             GROUP BY 1, 2, 3, 4"
        );
        // The standing query names its parameter; the outer query numbers it: one value.
        let sql = sql.replace(":as_of", "?1");
        let mut stmt = self.tx.prepare(&sql)?;
        let rows = stmt.query_map([as_of], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                code::<State>(r, 2)?,
                r.get::<_, bool>(3)?,
                r.get::<_, i64>(4)?,
            ))
        })?;
        let mut counts: std::collections::BTreeMap<(String, String), Tally> = Default::default();
        for row in rows {
            let (school, purpose, state, counted, n) = row?;
            counts
                .entry((school, purpose))
                .or_default()
                .add(state, counted, u64::try_from(n)?);
        }
        Ok(counts)
    }

    /// Per purpose in use, how many pupils at school on `as_of` stand in each way the consent
    /// rules of the audit look at.
    pub fn consent_counts(
        &self,
        as_of: NaiveDate,
        school_year_start: NaiveDate,
    ) -> anyhow::Result<crate::domain::audit::ConsentCounts> {
        let per_purpose = |sql: &str,
                           args: &[&dyn rusqlite::ToSql]|
         -> anyhow::Result<std::collections::BTreeMap<String, u64>> {
            let sql = sql.replace(":as_of", "?1");
            let mut stmt = self.tx.prepare(&sql)?;
            let rows =
                stmt.query_map(args, |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
            let mut map = std::collections::BTreeMap::new();
            for row in rows {
                let (purpose, n) = row?;
                map.insert(purpose, u64::try_from(n)?);
            }
            Ok(map)
        };
        let active = "(u.retired_on IS NULL OR u.retired_on > ?1)";
        // The standing decisions are worked out once, for both passes below.
        self.tx
            .execute_batch("DROP TABLE IF EXISTS temp.standing_now")?;
        self.tx.execute(
            &format!("CREATE TEMP TABLE standing_now AS {STANDING_ALL}"),
            named_params! {":as_of": as_of},
        )?;
        // Asked of every pupil, and no decision by anyone.
        let unknown = per_purpose(
            &format!(
                "SELECT u.id, count(*) FROM purpose u JOIN pupil p ON {PRESENT} \
                 WHERE u.applies_to = 'all' AND {active} \
                   AND NOT EXISTS (SELECT 1 FROM consent_event e \
                                   WHERE e.pupil = p.leerlingnummer AND e.purpose = u.id \
                                   AND e.date <= ?1) \
                 GROUP BY u.id"
            ),
            params![as_of],
        )?;
        // One pass over the standing decisions for the rest.
        let mut stale = std::collections::BTreeMap::new();
        let mut not_counting = std::collections::BTreeMap::new();
        let mut disputed = std::collections::BTreeMap::new();
        let mut stmt = self.tx.prepare(
            &format!(
                "SELECT s.purpose, \
                        sum(u.renewal = 'yearly' AND s.date < ?2), \
                        sum(s.state = 'granted' AND NOT s.counts), \
                        sum(s.state = 'disputed') \
                 FROM temp.standing_now s \
                 JOIN pupil p ON p.leerlingnummer = s.pupil AND {PRESENT} \
                 JOIN purpose u ON u.id = s.purpose \
                 GROUP BY s.purpose"
            )
            .replace(":as_of", "?1"),
        )?;
        let rows = stmt.query_map(params![as_of, school_year_start], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        for row in rows {
            let (purpose, s, n, d) = row?;
            for (map, count) in [(&mut stale, s), (&mut not_counting, n), (&mut disputed, d)] {
                if count > 0 {
                    map.insert(purpose.clone(), u64::try_from(count)?);
                }
            }
        }
        // Pupils of 16 and older for whom a parent's decision still stands, with the purposes.
        let mut stmt = self.tx.prepare(
            &format!(
                "SELECT p.number, group_concat(s.purpose, ', ') FROM temp.standing_now s \
                 JOIN pupil p ON p.leerlingnummer = s.pupil AND {PRESENT} \
                 WHERE p.birth_date <= ?2 AND s.given_by NOT IN {} \
                 GROUP BY p.leerlingnummer ORDER BY p.leerlingnummer",
                own_side!()
            )
            .replace(":as_of", "?1"),
        )?;
        let turned_16 = stmt
            .query_map(params![as_of, born_by_for_sixteen(as_of)], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?
            .collect::<Result<_, _>>()?;
        Ok(crate::domain::audit::ConsentCounts {
            unknown,
            stale,
            not_counting,
            disputed,
            turned_16,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::consent::GivenBy;

    #[test]
    fn the_own_side_in_sql_is_the_own_side_of_the_domain() {
        let listed: Vec<String> = GivenBy::ALL
            .iter()
            .filter(|g| g.own_side())
            .map(|g| format!("'{}'", g.code()))
            .collect();
        assert_eq!(own_side!(), format!("({})", listed.join(", ")));
    }
}
