//! Counts of the standing decisions: per school and purpose (the GMR, the year report) and
//! per purpose in the ways the audit's consent rules look at. One pass over the pupils at
//! school, beside the standing decisions in the same order.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, named_params, params};

use super::consent::STANDING_ALL;
use super::pupil::PRESENT_ON;
use super::{Tx, code, opt_code};
use crate::domain::consent::{
    AppliesTo, Decision, Event, GivenBy, Purpose, Renewal, State, Tally, born_by_for_sixteen,
    standing,
};

impl Tx<'_> {
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
        let mut pupils = self.tx.prepare(&format!(
            "SELECT leerlingnummer, number, coalesce(school, ''), coalesce(birth_date <= ?2, 0) \
             FROM pupil WHERE {PRESENT_ON} ORDER BY leerlingnummer"
        ))?;
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
        // Behind a decider's latest decision where that is a grant in a lesser form: their
        // latest refusal, withdrawal or express grant (`express_seq`), and the same in writing
        // (`written_seq`). Where the purpose does not accept the latest grant's form, the one of
        // these its forms ask for is looked up, and the reference finds in it the grant that
        // stands (`domain::consent::standing_deciders`).
        let mut deciders = self.tx.prepare(
            "SELECT seq, pupil, purpose, decision, given_by, decider, form, date, \
                    express_seq, written_seq \
             FROM consent_decider ORDER BY pupil, purpose, decider_key",
        )?;
        let mut event_at = self
            .tx
            .prepare("SELECT decision, form, date FROM consent_event WHERE seq = ?1")?;
        let mut deciders = deciders.query([])?;
        // The birth date is asked only of a cell with a decision on the pupil's own side (a
        // pupil of 16 or older): a look-up per kept decision made the audit 45% slower.
        let mut born_of = self
            .tx
            .prepare("SELECT birth_date FROM pupil WHERE leerlingnummer = ?1")?;
        // Each kept decision with its recording order and the two it may look back to.
        type Kept = (i64, Event, [Option<i64>; 2]);
        let mut pending: Vec<Kept> = Vec::new();
        let mut cell: Vec<Kept> = Vec::new();
        let mut events: Vec<Event> = Vec::new();
        merge(
            &mut || loop {
                cell.clear();
                cell.append(&mut pending);
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
                    let next_cell = cell
                        .first()
                        .is_some_and(|(_, f, _)| f.pupil != e.pupil || f.purpose != e.purpose);
                    let kept = (r.get(0)?, e, [r.get(8)?, r.get(9)?]);
                    if next_cell {
                        pending.push(kept);
                        break;
                    }
                    cell.push(kept);
                }
                let Some((_, first, _)) = cell.first() else {
                    return Ok(None);
                };
                let Some(purpose) = purposes.get(&first.purpose) else {
                    continue;
                };
                // Behind a grant in a form the purpose does not accept: the decision of the
                // same decider its forms look back to.
                for at in 0..cell.len() {
                    let (seq, e, [express, written]) = &cell[at];
                    if e.decision != Decision::Granted || purpose.form_counts(e.form) {
                        continue;
                    }
                    let behind = if purpose.written_only {
                        written
                    } else {
                        express
                    };
                    if let Some(behind) = behind.filter(|behind| behind != seq) {
                        let earlier = event_at.query_row([behind], |x| {
                            Ok(Event {
                                decision: code(x, 0)?,
                                form: code(x, 1)?,
                                date: x.get(2)?,
                                ..e.clone()
                            })
                        })?;
                        cell.push((behind, earlier, [None, None]));
                    }
                }
                // In recording order, as the reference takes them.
                cell.sort_by_key(|(seq, _, _)| *seq);
                events.clear();
                events.extend(cell.drain(..).map(|(_, e, _)| e));
                let born: Option<NaiveDate> = match events.iter().any(|e| e.given_by.own_side()) {
                    true => born_of
                        .query_row([&events[0].pupil], |r| r.get(0))
                        .optional()?
                        .flatten(),
                    false => None,
                };
                let standing = standing(purpose, &events, as_of, born);
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
                turned_16.push(crate::domain::audit::TurnedSixteen {
                    key: pupil.key.clone(),
                    number: pupil.number.clone(),
                    school: pupil.school.clone(),
                    purposes: parents_still.join(", "),
                });
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
