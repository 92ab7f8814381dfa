//! Consent purposes, and the standing decision of a (pupil, purpose), defined once here for
//! every query that needs it: check, show, lists, the matrix, the audit and the GMR counts.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, named_params, params};

use super::pupil::{PUPIL_COLUMNS, pupil_from_row};
use super::{Tx, code, opt_code};
use crate::Error;
use crate::domain::consent::{
    AppliesTo, Event, GivenBy, Purpose, Renewal, Standing, State, Tally, born_by_for_sixteen,
    standing,
};
use crate::tr;

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

/// Whether the decision `$e` is on the pupil's own side, as SQL (1 or 0): `GivenBy::own_side`
/// (a unit test holds the two together). A `CASE`, not `IN (...)`: SQLite builds a temporary
/// index for an `IN` list of three at every run of a statement, and the statement that keeps
/// `consent_decider` up to date runs once per recorded decision.
macro_rules! own_side {
    ($e:literal) => {
        concat!(
            "(CASE ",
            $e,
            ".given_by WHEN 'pupil' THEN 1 WHEN 'representative' THEN 1 \
             WHEN 'file' THEN 1 ELSE 0 END)"
        )
    };
}

/// Which decider an event speaks for (alias `$e`): the pupil's own side (`pupil`,
/// `representative`, `file`) is one decider, `''`; each parent or guardian another.
macro_rules! decider_key {
    ($e:literal) => {
        concat!(
            "(CASE WHEN ",
            own_side!($e),
            " THEN '' ELSE ",
            $e,
            ".given_by || ':' || coalesce(",
            $e,
            ".decider, '') END)"
        )
    };
}

/// The columns the standing decision is worked out from, of the decisions `e` of purpose `u`.
macro_rules! latest_columns {
    () => {
        concat!(
            "e.seq, e.pupil, e.purpose, e.decision, e.form, e.date, e.given_by, e.decider,
             ",
            own_side!("e"),
            " AS own,
             e.decision <> 'granted' AS neg,
             CASE WHEN u.written_only THEN e.form = 'written'
                  WHEN u.explicit THEN e.form IN ('written', 'digital')
                  ELSE 1 END AS form_counts"
        )
    };
}

/// Each decider's decision that stands on `:as_of`, worked out from the whole history: of the
/// events dated on or before `:as_of`, of purposes in use on that day, those with no later one
/// (by date, then by recording order `seq`) of the same decider. `$filter` is an SQL condition
/// on `e`, the event. It reads the events in the order of the index `consent_event_latest`.
macro_rules! latest_from_history {
    ($filter:literal) => {
        concat!(
            "SELECT ",
            latest_columns!(),
            "
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
                       AND ",
            decider_key!("l"),
            " = ",
            decider_key!("e"),
            ")"
        )
    };
}

/// The same from `consent_decider`, which holds each decider's latest decision of all: the
/// same rows whenever none of them is dated after `:as_of` (see [`Tx::settled`]).
macro_rules! latest_from_deciders {
    ($filter:literal) => {
        concat!(
            "SELECT ",
            latest_columns!(),
            "
               FROM consent_decider e
               JOIN purpose u ON u.id = e.purpose
                AND (u.retired_on IS NULL OR u.retired_on > :as_of)
              WHERE e.date <= :as_of AND ",
            $filter
        )
    };
}

/// The standing decision of every (pupil, purpose) of the deciders' decisions `$latest`, as of
/// `:as_of`. It is `domain::consent::standing` in SQL, and a property test holds the two
/// together:
/// - each decider's latest decision (`$latest`, see above);
/// - once the own side has decided, the parents' events no longer count;
/// - a refusal or withdrawal stands; beside a grant it is `disputed`. The row shown is the
///   latest refusal or withdrawal, else the latest grant in a form that counts, else the latest
///   grant: the one with the highest `pick` (SQLite takes the bare columns of a group from the
///   row of its one `max()`; so the own side is `sum(own) > 0`, not a second `max()`).
///
/// One grouped pass over a source in (pupil, purpose) order: it neither sorts nor groups in a
/// temporary table, and its rows come in that order. Columns: pupil, purpose, state, counts,
/// date, form, given_by, decider, pick.
macro_rules! standing_sql {
    ($($latest:tt)*) => {
        concat!(
            "WITH latest AS (", $($latest)*, ")
             SELECT pupil, purpose,
                    CASE WHEN (CASE WHEN sum(own) > 0 THEN sum(own AND neg)
                                    ELSE sum(NOT own AND neg) END) = 0
                              THEN 'granted'
                         WHEN (CASE WHEN sum(own) > 0 THEN sum(own AND NOT neg)
                                    ELSE sum(NOT own AND NOT neg) END) > 0
                              THEN 'disputed'
                         ELSE decision END AS state,
                    (CASE WHEN sum(own) > 0 THEN sum(own AND neg)
                          ELSE sum(NOT own AND neg) END) = 0
                        AND form_counts AS counts,
                    date, form, given_by, decider,
                    max(((own * 2 + neg) * 2 + (neg OR form_counts)) * 100000000000000000
                        + CAST(replace(date, '-', '') AS INTEGER) * 1000000000 + seq) AS pick
               FROM latest GROUP BY pupil, purpose ORDER BY pupil, purpose"
        )
    };
}

/// The standing decision over a scope, from the history and from `consent_decider`.
struct StandingSql {
    history: &'static str,
    deciders: &'static str,
}

macro_rules! standing_both {
    ($filter:literal) => {
        StandingSql {
            history: standing_sql!(latest_from_history!($filter)),
            deciders: standing_sql!(latest_from_deciders!($filter)),
        }
    };
}

const STANDING_ONE: StandingSql = standing_both!("e.pupil = :pupil AND e.purpose = :purpose");
const STANDING_OF_PUPIL: StandingSql = standing_both!("e.pupil = :pupil");
const STANDING_OF_PURPOSE: StandingSql = standing_both!("e.purpose = :purpose");
const STANDING_ALL: StandingSql = standing_both!("1");

/// Brings `consent_decider` up to date with the events `$filter` selects (a condition on `e`),
/// taken in recording order: each becomes its decider's row unless that row is of a later
/// date, or of the same date and recorded later. Every write of a consent event runs it in
/// the same transaction, for the event(s) it wrote; a full pass fills the table.
macro_rules! refresh_deciders {
    ($filter:literal) => {
        concat!(
            "INSERT INTO consent_decider
                    (pupil, purpose, decider_key, seq, decision, given_by, decider, form, date)
             SELECT e.pupil, e.purpose, ", decider_key!("e"), ", e.seq, e.decision, e.given_by,
                    e.decider, e.form, e.date
               FROM consent_event e WHERE ", $filter, " ORDER BY e.seq
             ON CONFLICT (pupil, purpose, decider_key) DO UPDATE SET
                    seq = excluded.seq, decision = excluded.decision,
                    given_by = excluded.given_by, decider = excluded.decider,
                    form = excluded.form, date = excluded.date
              WHERE excluded.date > consent_decider.date
                 OR (excluded.date = consent_decider.date AND excluded.seq > consent_decider.seq)"
        )
    };
}

/// After recording the event `?1`.
pub(super) const REFRESH_EVENT: &str = refresh_deciders!("e.seq = ?1");
/// After recording every event from `?1` on (an import, a merge).
pub(super) const REFRESH_SINCE: &str = refresh_deciders!("e.seq >= ?1");

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

/// Fills `consent_decider` from the whole history: the migration that brought it.
pub(super) fn fill_deciders(conn: &rusqlite::Connection) -> rusqlite::Result<usize> {
    conn.execute(REFRESH_SINCE, [0])
}

impl StandingSql {
    /// The query to run: from `consent_decider` where its rows are the decisions that stood
    /// on the day asked about, else from the history.
    fn on(&self, settled: bool) -> &'static str {
        if settled { self.deciders } else { self.history }
    }
}

impl Tx<'_> {
    /// Whether each decider's latest decision of all (`consent_decider`) is also their
    /// decision on `as_of`, for one pupil and purpose, one pupil, or the whole register: true
    /// unless a decision in that scope is dated after `as_of` (an answer about an earlier day,
    /// or a decision dated ahead).
    fn settled(
        &self,
        pupil: Option<&str>,
        purpose: Option<&str>,
        as_of: NaiveDate,
    ) -> anyhow::Result<bool> {
        let later: bool = match (pupil, purpose) {
            (Some(pupil), Some(purpose)) => self
                .tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM consent_decider \
                     WHERE pupil = ?1 AND purpose = ?2 AND date > ?3)",
                )?
                .query_row(params![pupil, purpose, as_of], |r| r.get(0))?,
            (Some(pupil), None) => self
                .tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM consent_decider WHERE pupil = ?1 AND date > ?2)",
                )?
                .query_row(params![pupil, as_of], |r| r.get(0))?,
            // One scan, small beside the reads that follow; for one purpose, any decision will
            // do.
            (None, _) => self
                .tx
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM consent_decider WHERE date > ?1)")?
                .query_row(params![as_of], |r| r.get(0))?,
        };
        Ok(!later)
    }

    /// Brings `consent_decider` up to date with the consent event `seq`, just recorded.
    pub(super) fn refresh_decider(&self, seq: i64) -> anyhow::Result<()> {
        self.tx.prepare_cached(REFRESH_EVENT)?.execute([seq])?;
        Ok(())
    }

    /// Brings `consent_decider` up to date with every consent event from `seq` on.
    pub(super) fn refresh_deciders_since(&self, seq: i64) -> anyhow::Result<()> {
        self.tx.execute(REFRESH_SINCE, [seq])?;
        Ok(())
    }

    /// How many rows of `consent_decider` differ from the history, and how many decisions it
    /// lacks: none in a sound register.
    ///
    /// The history side is worked out here, apart from the SQL that writes the table: the
    /// events in (pupil, purpose) order (the index `consent_event_latest`), each decider's
    /// latest by date then recording order, beside the table's rows in the order of its key.
    pub(super) fn deciders_differing(&self) -> anyhow::Result<u64> {
        type Row = (
            String,
            String,
            String,
            i64,
            String,
            String,
            Option<String>,
            String,
            String,
        );
        let read = |r: &rusqlite::Row<'_>| -> rusqlite::Result<Row> {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ))
        };
        let mut events = self.tx.prepare(
            "SELECT pupil, purpose, '', seq, decision, given_by, decider, form, date \
             FROM consent_event ORDER BY pupil, purpose, date, seq",
        )?;
        let mut events = events.query_map([], read)?.peekable();
        let mut kept = self.tx.prepare(
            "SELECT pupil, purpose, decider_key, seq, decision, given_by, decider, form, date \
             FROM consent_decider ORDER BY pupil, purpose, decider_key",
        )?;
        let mut kept = kept.query_map([], read)?.peekable();
        let mut differing = 0u64;
        loop {
            // The next cell of either stream.
            let cell = match (events.peek(), kept.peek()) {
                (None, None) => break,
                (Some(Err(_)), _) => {
                    events.next().transpose()?;
                    continue;
                }
                (_, Some(Err(_))) => {
                    kept.next().transpose()?;
                    continue;
                }
                (Some(Ok(e)), None) => (e.0.clone(), e.1.clone()),
                (None, Some(Ok(k))) => (k.0.clone(), k.1.clone()),
                (Some(Ok(e)), Some(Ok(k))) => {
                    let (pupil, purpose) = std::cmp::min((&e.0, &e.1), (&k.0, &k.1));
                    (pupil.clone(), purpose.clone())
                }
            };
            let of_cell =
                |r: &rusqlite::Result<Row>| matches!(r, Ok(r) if r.0 == cell.0 && r.1 == cell.1);
            // Each decider's latest event: in this order, the last one of theirs.
            let mut truth: HashMap<String, Row> = HashMap::new();
            while let Some(row) = events.next_if(of_cell) {
                let mut row = row?;
                row.2 = match row.5.parse::<GivenBy>().is_ok_and(GivenBy::own_side) {
                    true => String::new(),
                    false => format!("{}:{}", row.5, row.6.as_deref().unwrap_or("")),
                };
                truth.insert(row.2.clone(), row);
            }
            while let Some(row) = kept.next_if(of_cell) {
                let row = row?;
                if truth.remove(&row.2).as_ref() != Some(&row) {
                    differing += 1;
                }
            }
            differing += truth.len() as u64;
        }
        Ok(differing)
    }

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
        self.find_purpose(id)?
            .ok_or_else(|| Error::Missing(tr!("command-purpose-not-found", id = id)).into())
    }

    /// A purpose in use on `day`; a retired one is refused, naming the day it was retired.
    pub fn active_purpose(&self, id: &str, day: NaiveDate) -> anyhow::Result<Purpose> {
        let purpose = self.purpose(id)?;
        match purpose.retired_on.filter(|_| !purpose.active_on(day)) {
            Some(retired) => Err(Error::Invalid(tr!(
                "command-purpose-retired-on",
                id = id,
                retired = retired
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
            return Err(Error::Conflict(tr!(
                "command-purpose-name-taken",
                other = other,
                name = &p.name,
                id = &p.id
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
        let sql = STANDING_ONE.on(self.settled(Some(pupil), Some(purpose), as_of)?);
        let mut stmt = self.tx.prepare_cached(sql)?;
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
        let sql = STANDING_OF_PUPIL.on(self.settled(Some(pupil), None, as_of)?);
        let mut stmt = self.tx.prepare(sql)?;
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
        let settled = self.settled(None, purpose, as_of)?;
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
                &mut self.tx.prepare(STANDING_OF_PURPOSE.on(settled))?,
                named_params! {":purpose": purpose, ":as_of": as_of},
            )?,
            None => collect(
                &mut self.tx.prepare(STANDING_ALL.on(settled))?,
                named_params! {":as_of": as_of},
            )?,
        }
        Ok(map)
    }

    /// Every pupil, by school, group and number (a class together), with where they stand for
    /// `purpose`, or for each purpose that has a decision (in purpose order), handed to `each`
    /// one at a time: memory does not grow with the register. SQLite sorts the rows, spilling
    /// to its temporary files where it must.
    pub fn for_each_pupil_standings(
        &self,
        purpose: Option<&str>,
        as_of: NaiveDate,
        mut each: impl FnMut(crate::domain::pupil::Pupil, Vec<(String, Standing)>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let settled = self.settled(None, purpose, as_of)?;
        let standing = match purpose {
            Some(_) => STANDING_OF_PURPOSE.on(settled),
            None => STANDING_ALL.on(settled),
        };
        let sql = format!(
            "WITH standing AS ({standing}) \
             SELECT {PUPIL_COLUMNS}, s.pupil, s.purpose, s.state, s.counts, s.date, s.form, s.given_by, s.decider \
             FROM pupil p LEFT JOIN standing s ON s.pupil = p.leerlingnummer \
             ORDER BY p.school, p.groep, CAST(p.leerlingnummer AS INTEGER), p.leerlingnummer, s.purpose"
        );
        let mut stmt = self.tx.prepare(&sql)?;
        let mut rows = match purpose {
            Some(purpose) => stmt.query(named_params! {":purpose": purpose, ":as_of": as_of})?,
            None => stmt.query(named_params! {":as_of": as_of})?,
        };
        let mut current: Option<(crate::domain::pupil::Pupil, Vec<(String, Standing)>)> = None;
        while let Some(row) = rows.next()? {
            let pupil = pupil_from_row(row)?;
            let stand = match row.get_ref(7)? {
                rusqlite::types::ValueRef::Null => None,
                _ => {
                    let (_, purpose, standing) = standing_from_row_at(row, 7)?;
                    Some((purpose, standing))
                }
            };
            match &mut current {
                Some((same, stands)) if same.key == pupil.key => stands.extend(stand),
                _ => {
                    if let Some((done, stands)) = current.take() {
                        each(done, stands)?;
                    }
                    current = Some((pupil, stand.into_iter().collect()));
                }
            }
        }
        if let Some((done, stands)) = current {
            each(done, stands)?;
        }
        Ok(())
    }

    /// Every pupil at school on `as_of`, in the order of their key, with where they stand
    /// for each purpose in use that has a decision, handed to `each` one at a time. The
    /// pupils and the standing decisions are read side by side, both in key order: no join,
    /// no sort, and memory does not grow with the register.
    fn each_present_pupil(
        &self,
        as_of: NaiveDate,
        born_by: NaiveDate,
        mut each: impl FnMut(&Present, &[Stand]) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut pupils = self.tx.prepare(
            "SELECT leerlingnummer, number, coalesce(school, ''), coalesce(birth_date <= ?2, 0) \
             FROM pupil WHERE left_on IS NULL OR left_on > ?1 ORDER BY leerlingnummer",
        )?;
        let mut pupils = pupils.query(params![as_of, born_by])?;
        let mut merge = |next_cell: &mut dyn FnMut() -> anyhow::Result<Option<(String, Stand)>>,
                         pupils: &mut rusqlite::Rows<'_>|
         -> anyhow::Result<()> {
            let mut next = next_cell()?;
            let mut stands = Vec::new();
            while let Some(row) = pupils.next()? {
                let pupil = Present {
                    key: row.get(0)?,
                    number: row.get(1)?,
                    school: row.get(2)?,
                    sixteen: row.get(3)?,
                };
                stands.clear();
                while let Some((of, stand)) = next.take() {
                    match of.as_str().cmp(pupil.key.as_str()) {
                        std::cmp::Ordering::Greater => {
                            next = Some((of, stand));
                            break;
                        }
                        // A pupil who has left.
                        std::cmp::Ordering::Less => {}
                        std::cmp::Ordering::Equal => stands.push(stand),
                    }
                    next = next_cell()?;
                }
                each(&pupil, &stands)?;
            }
            Ok(())
        };
        if !self.settled(None, None, as_of)? {
            // A day before a kept decision: the standing decisions from the history.
            let mut standing = self.tx.prepare(STANDING_ALL.history)?;
            let mut standing = standing.query(named_params! {":as_of": as_of})?;
            return merge(
                &mut || {
                    let Some(s) = standing.next()? else {
                        return Ok(None);
                    };
                    let given_by: Option<GivenBy> = opt_code(s, 6)?;
                    Ok(Some((
                        s.get(0)?,
                        Stand {
                            purpose: s.get(1)?,
                            state: code(s, 2)?,
                            counts: s.get(3)?,
                            date: s.get(4)?,
                            own: given_by.is_some_and(GivenBy::own_side),
                        },
                    )))
                },
                &mut pupils,
            );
        }
        // Each decider's kept decision, a few per pupil and purpose, combined by the reference
        // rule itself (`domain::consent::standing`, which the SQL above is held to): one pass
        // over `consent_decider` in the order of its key, no grouping in SQL.
        let purposes: HashMap<String, Purpose> = self
            .purposes()?
            .into_iter()
            .map(|u| (u.id.clone(), u))
            .collect();
        let mut deciders = self.tx.prepare(
            "SELECT seq, pupil, purpose, decision, given_by, decider, form, date \
             FROM consent_decider ORDER BY pupil, purpose, decider_key",
        )?;
        let mut deciders = deciders.query([])?;
        let mut pending: Option<(i64, Event)> = None;
        let mut cell: Vec<(i64, Event)> = Vec::new();
        let mut events: Vec<Event> = Vec::new();
        merge(
            &mut || loop {
                cell.clear();
                cell.extend(pending.take());
                while let Some(r) = deciders.next()? {
                    let e = Event {
                        pupil: r.get(1)?,
                        purpose: r.get(2)?,
                        decision: code(r, 3)?,
                        given_by: code(r, 4)?,
                        decider: r.get(5)?,
                        form: code(r, 6)?,
                        date: r.get(7)?,
                        evidence: None,
                        source: None,
                        recorded_at: String::new(),
                        actor: String::new(),
                    };
                    let seq: i64 = r.get(0)?;
                    if cell
                        .first()
                        .is_some_and(|(_, f)| f.pupil != e.pupil || f.purpose != e.purpose)
                    {
                        pending = Some((seq, e));
                        break;
                    }
                    cell.push((seq, e));
                }
                if cell.is_empty() {
                    return Ok(None);
                }
                // In recording order, as the reference takes them.
                cell.sort_by_key(|(seq, _)| *seq);
                events.clear();
                events.extend(cell.drain(..).map(|(_, e)| e));
                let Some(purpose) = purposes.get(&events[0].purpose) else {
                    continue;
                };
                let standing = standing(purpose, &events, as_of);
                // A purpose retired by then, or no decision taken by then.
                if standing.state == State::Unknown {
                    continue;
                }
                let first = &mut events[0];
                return Ok(Some((
                    std::mem::take(&mut first.pupil),
                    Stand {
                        purpose: std::mem::take(&mut first.purpose),
                        state: standing.state,
                        counts: standing.counts,
                        date: standing.date,
                        own: standing.given_by.is_some_and(GivenBy::own_side),
                    },
                )));
            },
            &mut pupils,
        )
    }

    /// For each school and purpose in use, how many pupils at school on `as_of` are in each
    /// consent state: counts only, in one pass.
    pub fn consent_by_school(
        &self,
        as_of: NaiveDate,
    ) -> anyhow::Result<std::collections::BTreeMap<(String, String), Tally>> {
        let purposes: Vec<Purpose> = self
            .purposes()?
            .into_iter()
            .filter(|u| u.active_on(as_of))
            .collect();
        let mut counts: std::collections::BTreeMap<(String, String), Tally> = Default::default();
        // Per school, one tally per purpose (in the order of `purposes`), folded in at the end.
        let mut schools: HashMap<String, Vec<Tally>> = HashMap::new();
        self.each_present_pupil(as_of, born_by_for_sixteen(as_of), |pupil, stands| {
            let tallies = match schools.get_mut(&pupil.school) {
                Some(t) => t,
                None => schools
                    .entry(pupil.school.clone())
                    .or_insert_with(|| vec![Tally::default(); purposes.len()]),
            };
            for (u, tally) in purposes.iter().zip(tallies.iter_mut()) {
                match stands.iter().find(|s| s.purpose == u.id) {
                    Some(s) => tally.add(s.state, s.counts, 1),
                    None => tally.add(State::Unknown, false, 1),
                }
            }
            Ok(())
        })?;
        for (school, tallies) in schools {
            for (u, tally) in purposes.iter().zip(tallies) {
                counts.insert((school.clone(), u.id.clone()), tally);
            }
        }
        Ok(counts)
    }

    /// Per purpose in use, how many pupils at school on `as_of` stand in each way the consent
    /// rules of the audit look at: one pass over the pupils and the standing decisions.
    pub fn consent_counts(
        &self,
        as_of: NaiveDate,
        school_year_start: NaiveDate,
    ) -> anyhow::Result<crate::domain::audit::ConsentCounts> {
        let purposes: Vec<Purpose> = self
            .purposes()?
            .into_iter()
            .filter(|u| u.active_on(as_of))
            .collect();
        let mut present = 0u64;
        let mut decided = vec![0u64; purposes.len()];
        let mut stale = vec![0u64; purposes.len()];
        let mut not_counting = vec![0u64; purposes.len()];
        let mut disputed = vec![0u64; purposes.len()];
        let mut turned_16 = Vec::new();
        self.each_present_pupil(as_of, born_by_for_sixteen(as_of), |pupil, stands| {
            present += 1;
            let mut parents_still = Vec::new();
            for s in stands {
                let Some(i) = purposes.iter().position(|u| u.id == s.purpose) else {
                    continue;
                };
                decided[i] += 1;
                let u = &purposes[i];
                if u.renewal == Renewal::Yearly && s.date.is_some_and(|d| d < school_year_start) {
                    stale[i] += 1;
                }
                if s.state == State::Granted && !s.counts {
                    not_counting[i] += 1;
                }
                if s.state == State::Disputed {
                    disputed[i] += 1;
                }
                // From 16 a parent's decision stands only until the pupil decides.
                if pupil.sixteen && !s.own {
                    parents_still.push(s.purpose.as_str());
                }
            }
            if !parents_still.is_empty() {
                turned_16.push((pupil.number.clone(), parents_still.join(", ")));
            }
            Ok(())
        })?;
        let by_purpose = |counts: &[u64], asked: &dyn Fn(&Purpose) -> bool| {
            purposes
                .iter()
                .zip(counts)
                .filter(|(u, n)| **n > 0 && asked(u))
                .map(|(u, n)| (u.id.clone(), *n))
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        // Asked of every pupil, and no decision by anyone.
        let unknown: Vec<u64> = decided.iter().map(|d| present - d).collect();
        Ok(crate::domain::audit::ConsentCounts {
            unknown: by_purpose(&unknown, &|u| u.applies_to == AppliesTo::All),
            stale: by_purpose(&stale, &|_| true),
            not_counting: by_purpose(&not_counting, &|_| true),
            disputed: by_purpose(&disputed, &|_| true),
            turned_16,
        })
    }
}

/// A pupil at school, as the counts need them.
struct Present {
    key: String,
    number: String,
    /// The school's code, empty where none is known.
    school: String,
    /// 16 or older on the day counted.
    sixteen: bool,
}

/// Where a pupil stands for one purpose, as the counts need it.
struct Stand {
    purpose: String,
    state: State,
    counts: bool,
    date: Option<NaiveDate>,
    /// Decided on the pupil's own side.
    own: bool,
}

#[cfg(test)]
mod tests {
    use crate::domain::consent::GivenBy;

    #[test]
    fn the_own_side_in_sql_is_the_own_side_of_the_domain() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        for g in GivenBy::ALL {
            let own: bool = conn
                .query_row(
                    concat!("SELECT ", own_side!("e"), " FROM (SELECT ?1 AS given_by) e"),
                    [g.code()],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(own, g.own_side(), "{g:?}");
        }
    }
}
