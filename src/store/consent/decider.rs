//! `consent_decider`: each decider's latest decision, kept up to date in the transaction that
//! records an event, so that a standing decision on a settled day is read from it.

use std::collections::HashMap;

use super::super::Tx;

/// Whether the event `excluded` comes after the one a row of `consent_decider` keeps in its
/// columns `$seq` and `$date` (none: it does), by date, then recording order.
macro_rules! later_than {
    ($seq:literal, $date:literal) => {
        concat!(
            "(consent_decider.",
            $seq,
            " IS NULL OR excluded.date > consent_decider.",
            $date,
            " OR (excluded.date = consent_decider.",
            $date,
            " AND excluded.seq > consent_decider.",
            $seq,
            "))"
        )
    };
}

/// A column of `consent_decider` after an upsert: the incoming value where `$when`.
macro_rules! take_if {
    ($when:expr, $column:literal) => {
        concat!(
            $column,
            " = CASE WHEN ",
            $when,
            " THEN excluded.",
            $column,
            " ELSE consent_decider.",
            $column,
            " END"
        )
    };
}

/// Whether the decision `$a` is one a purpose's forms look back to (1 or 0): a refusal or a
/// withdrawal, or a grant in an `express` form (written, digital), or `written`.
macro_rules! qualifies {
    (express, $a:literal) => {
        concat!(
            "(",
            $a,
            ".decision <> 'granted' OR ",
            $a,
            ".form <> 'verbal')"
        )
    };
    (written, $a:literal) => {
        concat!(
            "(",
            $a,
            ".decision <> 'granted' OR ",
            $a,
            ".form = 'written')"
        )
    };
}

/// A column of a decider's latest decision that `$tier` qualifies for, after an upsert:
/// kept only where their latest decision itself does not qualify (else it is that one, and
/// the column is empty). `$own` is the column, `$main` the matching column of the latest.
macro_rules! tier_set {
    ($tier:ident, $own:literal, $main:literal, $seq:literal, $date:literal) => {
        concat!(
            $own,
            " = CASE WHEN ",
            later_than!("seq", "date"),
            " THEN (CASE WHEN ",
            qualifies!($tier, "excluded"),
            " THEN NULL WHEN ",
            qualifies!($tier, "consent_decider"),
            " THEN consent_decider.",
            $main,
            " ELSE consent_decider.",
            $own,
            " END) WHEN ",
            qualifies!($tier, "consent_decider"),
            " THEN NULL WHEN ",
            qualifies!($tier, "excluded"),
            " AND ",
            later_than!($seq, $date),
            " THEN excluded.",
            $main,
            " ELSE consent_decider.",
            $own,
            " END"
        )
    };
}

/// Whether an upsert changes a tier of a row: the incoming decision qualifies for it, is later
/// than the one kept, and the row's latest decision does not qualify.
macro_rules! tier_changes {
    ($tier:ident, $seq:literal, $date:literal) => {
        concat!(
            "(NOT ",
            qualifies!($tier, "consent_decider"),
            " AND ",
            qualifies!($tier, "excluded"),
            " AND ",
            later_than!($seq, $date),
            ")"
        )
    };
}

/// Brings `consent_decider` up to date with the events `$filter` selects (a condition on `e`),
/// taken in recording order: each becomes its decider's latest unless that is of a later
/// date, or of the same date and recorded later. Where that latest is a grant in a lesser
/// form, the row also keeps the decider's latest decision that is a refusal, a withdrawal or
/// an express grant (`express_*`: written or digital), and the same with a written grant
/// (`written_*`): a purpose that does not accept the latest grant's form takes from these the
/// grant that it does accept (`domain::consent::standing_deciders`). Where the latest decision
/// is itself such a decision, those columns are empty: it is that one. Every write of a
/// consent event runs this in the same transaction, for the event(s) it wrote; a full pass
/// fills the table.
macro_rules! refresh_deciders {
    ($filter:literal) => {
        concat!(
            "INSERT INTO consent_decider
                    (pupil, purpose, decider_key, seq, decision, given_by, decider, form, date)
             SELECT e.pupil, e.purpose, ",
            decider_key!("e"),
            ", e.seq, e.decision, e.given_by,
                    e.decider, e.form, e.date
               FROM consent_event e WHERE ",
            $filter,
            " ORDER BY e.seq
             ON CONFLICT (pupil, purpose, decider_key) DO UPDATE SET ",
            take_if!(later_than!("seq", "date"), "seq"),
            ", ",
            take_if!(later_than!("seq", "date"), "decision"),
            ", ",
            take_if!(later_than!("seq", "date"), "given_by"),
            ", ",
            take_if!(later_than!("seq", "date"), "decider"),
            ", ",
            take_if!(later_than!("seq", "date"), "form"),
            ", ",
            take_if!(later_than!("seq", "date"), "date"),
            ", ",
            tier_set!(express, "express_seq", "seq", "express_seq", "express_date"),
            ", ",
            tier_set!(
                express,
                "express_date",
                "date",
                "express_seq",
                "express_date"
            ),
            ", ",
            tier_set!(written, "written_seq", "seq", "written_seq", "written_date"),
            ", ",
            tier_set!(
                written,
                "written_date",
                "date",
                "written_seq",
                "written_date"
            ),
            " WHERE ",
            later_than!("seq", "date"),
            " OR ",
            tier_changes!(express, "express_seq", "express_date"),
            " OR ",
            tier_changes!(written, "written_seq", "written_date")
        )
    };
}

/// After recording the event `?1`.
const REFRESH_EVENT: &str = refresh_deciders!("e.seq = ?1");
/// After recording every event from `?1` on (an import, a merge).
pub(in crate::store) const REFRESH_SINCE: &str = refresh_deciders!("e.seq >= ?1");

/// Fills `consent_decider` from the whole history: the migration that brought it.
pub(in crate::store) fn fill_deciders(conn: &rusqlite::Connection) -> rusqlite::Result<usize> {
    conn.execute(REFRESH_SINCE, [0])
}

impl Tx<'_> {
    /// Brings `consent_decider` up to date with the consent event `seq`, just recorded.
    pub(in crate::store) fn refresh_decider(&self, seq: i64) -> anyhow::Result<()> {
        self.tx.prepare_cached(REFRESH_EVENT)?.execute([seq])?;
        Ok(())
    }

    /// Brings `consent_decider` up to date with every consent event from `seq` on.
    pub(in crate::store) fn refresh_deciders_since(&self, seq: i64) -> anyhow::Result<()> {
        self.tx.execute(REFRESH_SINCE, [seq])?;
        Ok(())
    }

    /// How many rows of `consent_decider` differ from the history, and how many decisions it
    /// lacks: none in a sound register.
    ///
    /// The history side is worked out here, apart from the SQL that writes the table: the
    /// events in (pupil, purpose) order (the index `consent_event_latest`), each decider's
    /// latest by date then recording order, and their latest refusal, withdrawal or express
    /// (or written) grant, beside the table's rows in the order of its key.
    pub(in crate::store) fn deciders_differing(&self) -> anyhow::Result<u64> {
        /// A row of `consent_decider`, or what it should be.
        #[derive(PartialEq)]
        struct Kept {
            pupil: String,
            purpose: String,
            key: String,
            latest: (i64, String, String, Option<String>, String, String),
            express: Option<(i64, String)>,
            written: Option<(i64, String)>,
        }
        let read = |r: &rusqlite::Row<'_>| -> rusqlite::Result<Kept> {
            Ok(Kept {
                pupil: r.get(0)?,
                purpose: r.get(1)?,
                key: r.get(2)?,
                latest: (
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                ),
                express: r.get::<_, Option<i64>>(9)?.zip(r.get(10)?),
                written: r.get::<_, Option<i64>>(11)?.zip(r.get(12)?),
            })
        };
        let mut events = self.tx.prepare(
            "SELECT pupil, purpose, given_by || ':' || coalesce(decider, ''), seq, decision, \
                    given_by, decider, form, date, NULL, NULL, NULL, NULL \
             FROM consent_event ORDER BY pupil, purpose, date, seq",
        )?;
        let mut events = events.query_map([], read)?.peekable();
        let mut kept = self.tx.prepare(
            "SELECT pupil, purpose, decider_key, seq, decision, given_by, decider, form, date, \
                    express_seq, express_date, written_seq, written_date \
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
                (Some(Ok(e)), None) => (e.pupil.clone(), e.purpose.clone()),
                (None, Some(Ok(k))) => (k.pupil.clone(), k.purpose.clone()),
                (Some(Ok(e)), Some(Ok(k))) => {
                    let (pupil, purpose) =
                        std::cmp::min((&e.pupil, &e.purpose), (&k.pupil, &k.purpose));
                    (pupil.clone(), purpose.clone())
                }
            };
            let of_cell = |r: &rusqlite::Result<Kept>| matches!(r, Ok(r) if r.pupil == cell.0 && r.purpose == cell.1);
            // Each decider's events in this order: the last one of theirs is their latest, the
            // last refusal, withdrawal or express (written) grant their latest of those.
            let mut truth: HashMap<String, Kept> = HashMap::new();
            while let Some(row) = events.next_if(of_cell) {
                let mut row = row?;
                let (seq, decision, form, date) =
                    (row.latest.0, &row.latest.1, &row.latest.4, &row.latest.5);
                let granted = decision == "granted";
                let express = (!granted || form != "verbal").then(|| (seq, date.clone()));
                let written = (!granted || form == "written").then(|| (seq, date.clone()));
                if let Some(was) = truth.remove(&row.key) {
                    row.express = express.or(was.express);
                    row.written = written.or(was.written);
                } else {
                    (row.express, row.written) = (express, written);
                }
                truth.insert(row.key.clone(), row);
            }
            // Kept only where the latest decision is not the one itself.
            for row in truth.values_mut() {
                let latest = Some((row.latest.0, row.latest.5.clone()));
                if row.express == latest {
                    row.express = None;
                }
                if row.written == latest {
                    row.written = None;
                }
            }
            while let Some(row) = kept.next_if(of_cell) {
                let row = row?;
                if truth.remove(&row.key).as_ref() != Some(&row) {
                    differing += 1;
                }
            }
            differing += truth.len() as u64;
        }
        Ok(differing)
    }
}
