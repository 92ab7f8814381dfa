//! The standing decision of a (pupil, purpose), defined once here for every query that needs
//! it: check, show, lists, the matrix, and the counts of the audit and the GMR (`counts.rs`).

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, named_params, params};

use super::pupil::{PUPIL_COLUMNS, PUPIL_WIDTH, pupil_from_row};
use super::{Tx, code, opt_code};
use crate::domain::consent::Standing;

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

/// Whether the decision `$e` was taken in person on the pupil's own side, as SQL (1 or 0):
/// `GivenBy::in_person` (the unit test below holds the two together).
macro_rules! in_person {
    ($e:literal) => {
        concat!(
            "(CASE ",
            $e,
            ".given_by WHEN 'pupil' THEN 1 WHEN 'representative' THEN 1 ELSE 0 END)"
        )
    };
}

/// Whether the decision `$e` does not count for its date, as SQL (1 or 0): on the pupil's own
/// side and dated before the 16th birthday by the birth date on record, as
/// `domain::consent::before_sixteen` has it. SQLite carries 29 February on to 1 March in a year
/// without one, which is the birthday's rule; the `consent_standing` view says the same in
/// SQL that every SQLite reads. Only an own-side decision looks its pupil up.
macro_rules! before_sixteen {
    ($e:literal) => {
        concat!(
            "(CASE WHEN ",
            own_side!($e),
            " THEN coalesce((SELECT date(b.birth_date, '+16 years') FROM pupil b \
                             WHERE b.leerlingnummer = ",
            $e,
            ".pupil) > ",
            $e,
            ".date, 0) ELSE 0 END)"
        )
    };
}

/// Which decider an event speaks for (alias `$e`): who (`given_by`) and which one (`decider`),
/// as `domain::consent` keys them: `parent:ouder 2`, `pupil:`, `file:`.
macro_rules! decider_key {
    ($e:literal) => {
        concat!(
            "(",
            $e,
            ".given_by || ':' || coalesce(",
            $e,
            ".decider, ''))"
        )
    };
}

/// Whether the grant `$e` is in a form purpose `u` accepts, as SQL (1 or 0):
/// `Purpose::form_counts`.
macro_rules! form_counts {
    ($e:literal) => {
        concat!(
            "(CASE WHEN u.written_only THEN ",
            $e,
            ".form = 'written' WHEN u.explicit THEN ",
            $e,
            ".form IN ('written', 'digital') ELSE 1 END)"
        )
    };
}

/// The columns the standing decision is worked out from: of each decider's latest decision
/// `e` of purpose `u`, or, where that is a grant in a form the purpose does not accept, of the
/// grant `f` joined by [`counting_grant`] in its place.
macro_rules! latest_columns {
    () => {
        concat!(
            "coalesce(f.seq, e.seq) AS seq, e.pupil, e.purpose, e.decision,
             coalesce(f.form, e.form) AS form, coalesce(f.date, e.date) AS date,
             e.given_by, e.decider, ",
            own_side!("e"),
            " AS own,
             e.decision <> 'granted' AS neg,
             (f.seq IS NOT NULL OR ",
            form_counts!("e"),
            ") AS form_counts"
        )
    };
}

/// The same decider's grant `f` that stands in the place of `e`, their latest, as
/// `domain::consent::standing_deciders` has it: only where `e` is a grant in a form purpose
/// `u` does not accept, and `f` is a grant in a form it does accept, of all their decisions
/// that are refusals, withdrawals or such grants the latest (`$latest_counting`: its `seq`, an
/// SQL expression on `e` and `u`), not taken on the own side before the 16th birthday, and,
/// for the file, not before the pupil or their representative decided in person (`$source`:
/// where to look for that, as in [`file_still_counts`]).
macro_rules! counting_grant {
    ($latest_counting:literal, $source:literal) => {
        concat!(
            " LEFT JOIN consent_event f
                ON f.seq = CASE WHEN e.decision = 'granted' AND NOT ",
            form_counts!("e"),
            " THEN ",
            $latest_counting,
            " END
               AND f.decision = 'granted' AND NOT ",
            before_sixteen!("f"),
            " AND ",
            file_still_counts!($source, "f"),
            " "
        )
    };
}

/// Whether the decision `$e` (a decider's latest, or a grant in its place) still counts on
/// `:as_of` as far as the file is concerned: what the administration's file said (`given_by = 'file'`) no longer counts once
/// the pupil or their representative decided in person after it (by date, then recording
/// order), as `domain::consent::deciders` has it. `$source` holds the decisions to look in: the
/// history, or each decider's latest.
macro_rules! file_still_counts {
    ($source:literal, $e:literal) => {
        concat!(
            "NOT (",
            $e,
            ".given_by = 'file' AND EXISTS (
                 SELECT 1 FROM ",
            $source,
            " p
                  WHERE p.pupil = ",
            $e,
            ".pupil AND p.purpose = ",
            $e,
            ".purpose
                    AND p.date <= :as_of AND ",
            in_person!("p"),
            "
                    AND (p.date > ",
            $e,
            ".date OR (p.date = ",
            $e,
            ".date AND p.seq > ",
            $e,
            ".seq))))"
        )
    };
}

/// Each decider's decision that stands on `:as_of`, worked out from the whole history: of the
/// events dated on or before `:as_of`, of purposes in use on that day, those with no later one
/// (by date, then by recording order `seq`) of the same decider, unless taken on the own side
/// before the 16th birthday (a decider's decisions are all before it or its latest is not, so
/// leaving out the latest leaves out the decider, as the domain does). `$filter` is an SQL
/// condition on `e`, the event. It reads the events in the order of the index
/// `consent_event_latest`.
macro_rules! latest_from_history {
    ($filter:literal) => {
        concat!(
            "SELECT ",
            latest_columns!(),
            "
               FROM consent_event e
               JOIN purpose u ON u.id = e.purpose
                AND (u.retired_on IS NULL OR u.retired_on > :as_of)",
            counting_grant!(
                "(SELECT g.seq FROM consent_event g
                   WHERE g.pupil = e.pupil AND g.purpose = e.purpose AND g.date <= :as_of
                     AND g.given_by = e.given_by
                     AND coalesce(g.decider, '') = coalesce(e.decider, '')
                     AND (g.decision <> 'granted' OR (CASE WHEN u.written_only
                          THEN g.form = 'written' ELSE g.form IN ('written', 'digital') END))
                   ORDER BY g.date DESC, g.seq DESC LIMIT 1)",
                "consent_event"
            ),
            "WHERE e.date <= :as_of AND ",
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
            ")
                AND NOT ",
            before_sixteen!("e"),
            "
                AND ",
            file_still_counts!("consent_event", "e"),
        )
    };
}

/// The same from `consent_decider`, which holds each decider's latest decision of all, and
/// the latest of theirs that is a refusal, a withdrawal or a grant in an express form
/// (`express_seq`), or in writing (`written_seq`): the same rows whenever none of them is
/// dated after `:as_of` (see [`Tx::settled`]).
macro_rules! latest_from_deciders {
    ($filter:literal) => {
        concat!(
            "SELECT ",
            latest_columns!(),
            "
               FROM consent_decider e
               JOIN purpose u ON u.id = e.purpose
                AND (u.retired_on IS NULL OR u.retired_on > :as_of)",
            counting_grant!(
                "(CASE WHEN u.written_only THEN e.written_seq ELSE e.express_seq END)",
                "consent_decider"
            ),
            "WHERE e.date <= :as_of AND ",
            $filter,
            " AND NOT ",
            before_sixteen!("e"),
            " AND ",
            file_still_counts!("consent_decider", "e"),
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
pub(super) struct StandingSql {
    pub(super) history: &'static str,
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
pub(super) const STANDING_ALL: StandingSql = standing_both!("1");

mod decider;
#[cfg(test)]
mod tests;

pub(super) use decider::{REFRESH_SINCE, fill_deciders};

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
    pub(super) fn settled(
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
            let stand = match row.get_ref(PUPIL_WIDTH)? {
                rusqlite::types::ValueRef::Null => None,
                _ => {
                    let (_, purpose, standing) = standing_from_row_at(row, PUPIL_WIDTH)?;
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
}
