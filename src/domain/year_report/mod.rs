//! The privacy year report: the figures of one calendar year for the bestuursverslag and the GMR.
//! Counts only: no pupil is named, and counts of pupils are hidden below a threshold by the
//! printers.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::agreement::{Agreement, Status};
use super::audit::superseded;
use super::breach::{self, Instant, Kind as BreachKind};
use super::consent::{AppliesTo, Tally};
use super::request::{Kind as RequestKind, Request, Status as RequestStatus};
use super::supplier::{Convenant, Role};
use crate::domain::register::Register;
use convenant::{convenant, convenant_at_end};

/// The code, severity and subject of a saved finding: what "resolved" is judged by.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub struct FindingKey {
    pub code: String,
    pub severity: String,
    pub subject_kind: String,
    pub subject_id: String,
}

/// A saved audit run with its findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedRun {
    pub at: String,
    pub as_of: NaiveDate,
    pub error: u64,
    pub warning: u64,
    pub info: u64,
    pub findings: Vec<FindingKey>,
}

/// One entry of the change log about a supplier: what the convenant history is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupplierChange {
    /// RFC 3339 in UTC, as the change log writes it.
    pub at: String,
    pub action: String,
    pub supplier: String,
    pub detail: serde_json::Value,
}

/// What the report is made from.
pub struct Inputs<'a> {
    pub register: &'a Register,
    pub requests: &'a [Request],
    /// Per (school code, purpose id): where the pupils at school on the last day stand.
    pub consent: &'a BTreeMap<(String, String), Tally>,
    /// Saved audit runs of the year, oldest first.
    pub runs: &'a [SavedRun],
    /// Changes of suppliers from the start of the year on, in the order they were made.
    pub supplier_changes: &'a [SupplierChange],
}

/// The first day of the year, the last day reported on (31 December, or today while the year
/// runs), and whether the year is over.
pub fn period(year: i32, today: NaiveDate) -> Result<(NaiveDate, NaiveDate, bool), String> {
    let year = crate::domain::date::check_year_number(year)?;
    let (Some(from), Some(end)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        unreachable!("every year of date::YEARS has a 1 January and a 31 December")
    };
    if from > today {
        return Err(crate::tr!(
            "domain-year-not-begun",
            year = year.to_string(),
            today = today
        ));
    }
    Ok((from, end.min(today), end < today))
}

#[derive(Debug, Clone, Serialize)]
pub struct YearReport {
    pub year: i32,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The year is over: the figures are final.
    pub complete: bool,
    /// The day on which the handling of the year's breaches and requests is judged: the day
    /// the report is made. A request of December answered late in January is late in the
    /// report of December's year, as in the GMR's counts per year.
    pub handled_as_of: NaiveDate,
    pub board: Option<String>,
    pub privacy_officer: Option<String>,
    pub agreements: Agreements,
    pub convenant: ConvenantCoverage,
    pub breaches: Breaches,
    pub requests: Requests,
    /// Printed by the output module: the counts of pupils are hidden below a threshold there.
    #[serde(skip)]
    pub consent: Vec<PurposeCoverage>,
    pub audit: AuditYear,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Agreements {
    /// In force on the last day.
    pub in_force: u64,
    /// Took effect during the year.
    pub new: u64,
    /// Ended during the year with a successor for the same products.
    pub renewed: u64,
    /// Terminated during the year.
    pub ended: u64,
    /// Ended during the year without a successor and not terminated.
    pub expired_without_successor: u64,
    /// Ended during the year, not terminated and not renewed, while a later agreement of the
    /// supplier was in force on the last day (for other products, or after a gap).
    pub replaced: u64,
    /// Processors without any agreement in force on the last day.
    pub missing: u64,
    /// Last days of the agreements in force, and of those that ended during the year.
    pub end_dates: Vec<EndDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EndDate {
    pub agreement: String,
    pub supplier: String,
    pub ends_on: NaiveDate,
    /// `active`, `expiring`, `renewed`, `expired` or `terminated` on the last day.
    pub status: Status,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub participant: u64,
    pub supporter: u64,
    pub neither: u64,
}

impl Coverage {
    pub fn total(&self) -> u64 {
        self.participant + self.supporter + self.neither
    }

    fn add(&mut self, c: Convenant) {
        match c {
            Convenant::Participant => self.participant += 1,
            Convenant::Supporter => self.supporter += 1,
            Convenant::None | Convenant::Unknown => self.neither += 1,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ConvenantChange {
    pub supplier: String,
    pub name: String,
    /// None: the supplier was not in the register at the start of the year.
    pub from: Option<Convenant>,
    pub to: Convenant,
}

/// Processors by convenant standing at the start and at the end of the period.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ConvenantCoverage {
    pub start: Coverage,
    pub end: Coverage,
    pub changes: Vec<ConvenantChange>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Breaches {
    pub registered: u64,
    pub reported_to_ap: u64,
    pub reported_on_time: u64,
    /// Reported after 72 hours, or not reported when it had to be and the 72 hours passed.
    pub late: u64,
    pub not_reported: u64,
    pub subjects_notified: u64,
    pub open: u64,
    pub by_kind: Vec<KindCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KindCount {
    pub kind: String,
    pub label: String,
    pub count: u64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Requests {
    pub received: u64,
    pub answered_on_time: u64,
    /// Answered after the due date, or still open past it.
    pub late: u64,
    /// Still open within the term.
    pub open: u64,
    pub by_kind: Vec<RequestKindCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequestKindCount {
    pub kind: RequestKind,
    pub label: String,
    pub received: u64,
    pub answered_on_time: u64,
    pub late: u64,
    pub open: u64,
}

/// Consent for one purpose: the board and each school.
#[derive(Debug, Clone)]
pub struct PurposeCoverage {
    pub purpose: String,
    pub name: String,
    /// `all`: every pupil is asked; `some`: only those it concerns, for whom no decision is no
    /// gap.
    pub applies_to: AppliesTo,
    pub board: Tally,
    /// (school code, school name, tally); code empty for pupils without a school.
    pub schools: Vec<(String, String, Tally)>,
}

/// Whether a count of pupils is small enough to point at a child (1 to `min_count - 1`): the
/// documents hide it.
pub fn is_small(n: u64, min_count: u64) -> bool {
    n > 0 && n < min_count
}

/// The share with consent that counts, in whole percent; none when it would let a count below
/// `min_count` be worked out (of those with consent, or of those without).
pub fn coverage_percent(t: &Tally, min_count: u64) -> Option<u64> {
    let all = t.pupils();
    let small = |n: u64| is_small(n, min_count);
    if all == 0 || small(t.granted) || small(all - t.granted) {
        return None;
    }
    Some((t.granted * 100 + all / 2) / all)
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct AuditYear {
    pub runs: Vec<RunCount>,
    /// Findings of the first run of the year that the last no longer has, per code.
    pub resolved: Vec<CodeCount>,
    /// Findings of the last run that the first did not have, per code.
    pub new: Vec<CodeCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RunCount {
    pub at: String,
    pub as_of: NaiveDate,
    pub error: u64,
    pub warning: u64,
    pub info: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeCount {
    pub code: String,
    pub severity: String,
    pub count: u64,
}

/// The report of `year`, up to and including `to`. `now` is the moment the report is made: the year's breaches and requests are judged as
/// handled by then; what stands (agreements, convenant, consent) is that of `to`.
pub fn build(
    i: &Inputs<'_>,
    year: i32,
    from: NaiveDate,
    to: NaiveDate,
    complete: bool,
    now: Instant,
) -> YearReport {
    let today = crate::domain::breach::day_of(now);
    // The suppliers at the end of the period and their standing then.
    let end = convenant_at_end(i.register, i.supplier_changes, to, complete);
    YearReport {
        year,
        from,
        to,
        complete,
        handled_as_of: today,
        board: i.register.organisation.as_ref().map(|o| o.name.clone()),
        privacy_officer: i
            .register
            .organisation
            .as_ref()
            .and_then(|o| o.privacy_officer.clone()),
        agreements: agreements(i.register, from, to, complete, &end),
        convenant: convenant(i.register, i.supplier_changes, from, &end),
        breaches: breaches(i.register, year, now),
        requests: requests(i.requests, from, to, today),
        consent: consent(i.register, i.consent, to),
        audit: audit(i.runs),
    }
}

fn within(day: Option<NaiveDate>, from: NaiveDate, to: NaiveDate) -> bool {
    day.is_some_and(|d| from <= d && d <= to)
}

/// `there`: the suppliers the register had at the end of the period (see [`convenant_at`]); one
/// entered later whose agreements were all signed after the period is no processor without an
/// agreement in it.
fn agreements(
    r: &Register,
    from: NaiveDate,
    to: NaiveDate,
    complete: bool,
    there: &BTreeMap<String, Convenant>,
) -> Agreements {
    let mut out = Agreements::default();
    for (supplier, list) in &r.suppliers {
        let siblings = || list.iter().map(|f| &f.agreement);
        let mut any_in_force = false;
        for full in list {
            let a: &Agreement = &full.agreement;
            // Expiring as `agreement list` says it: within its default horizon.
            let status = a.status_among(
                siblings(),
                to,
                crate::domain::agreement::DEFAULT_HORIZON_DAYS,
            );
            any_in_force |= status.in_force();
            if status.in_force() {
                out.in_force += 1;
            }
            // One terminated before it took effect never was in force: not new, never ended.
            let ever_in_force = a.ever_in_force();
            if within(a.takes_effect(), from, to)
                && a.signed_on.is_some_and(|s| s <= to)
                && ever_in_force
            {
                out.new += 1;
            }
            // Counted in the year of its last day, 31 December included (in force that day,
            // and gone the next: the year after never sees it end). While the year runs, one
            // whose last day is today has not ended yet (a successor may be signed today). A
            // termination that takes effect after the period is the next period's.
            let ended_in_year = ever_in_force
                && a.ends_on()
                    .is_some_and(|e| from <= e && (e < to || (e == to && complete)))
                && a.terminated_on.is_none_or(|t| t <= to);
            let renewed = ended_in_year && a.renewed_by(siblings(), to).is_some();
            if renewed {
                out.renewed += 1;
            }
            if within(a.terminated_on, from, to) {
                out.ended += 1;
            } else if ended_in_year && !renewed {
                // A successor registered to take effect later replaced it too, after a gap.
                match superseded(a, list, to, 0) || a.successor_to_come(siblings(), to).is_some() {
                    true => out.replaced += 1,
                    false => out.expired_without_successor += 1,
                }
            }
            if let Some(ends_on) = a.ends_on()
                && (status.in_force() || ended_in_year || within(a.terminated_on, from, to))
            {
                out.end_dates.push(EndDate {
                    agreement: a.id.clone(),
                    supplier: supplier.name.clone(),
                    ends_on,
                    status,
                });
            }
        }
        // A supplier retired by the end of the period needs no agreement any more.
        // One registered after the period whose agreements were all signed after it began
        // later; one without any agreement may have been there all along.
        let came_later = !there.contains_key(&supplier.id)
            && !list.is_empty()
            && list
                .iter()
                .all(|f| f.agreement.signed_on.is_some_and(|s| s > to));
        if supplier.role == Role::Processor
            && !any_in_force
            && !supplier.retired_by(to)
            && !came_later
        {
            out.missing += 1;
        }
    }
    out.end_dates
        .sort_by(|a, b| (a.ends_on, &a.agreement).cmp(&(b.ends_on, &b.agreement)));
    out
}

fn breaches(r: &Register, year: i32, now: Instant) -> Breaches {
    let mut out = Breaches::default();
    let mut kinds: BTreeMap<BreachKind, u64> = BTreeMap::new();
    for b in r
        .breaches
        .iter()
        .filter_map(|b| b.as_known_at(now))
        .filter(|b| breach::year(b.discovered_at) == year)
    {
        out.registered += 1;
        let reported = b.ap_reported_at.is_some();
        let late = b.ap_late(now);
        if reported {
            out.reported_to_ap += 1;
            if !late {
                out.reported_on_time += 1;
            }
        } else {
            out.not_reported += 1;
        }
        if late {
            out.late += 1;
        }
        if b.subjects_notified_at.is_some() {
            out.subjects_notified += 1;
        }
        if b.is_open() {
            out.open += 1;
        }
        for k in &b.kinds {
            *kinds.entry(*k).or_default() += 1;
        }
    }
    out.by_kind = BreachKind::ALL
        .iter()
        .map(|k| KindCount {
            kind: k.code().to_string(),
            label: k.label().to_string(),
            count: kinds.get(k).copied().unwrap_or(0),
        })
        .collect();
    out
}

fn requests(list: &[Request], from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Requests {
    let mut out = Requests::default();
    let mut by_kind: BTreeMap<RequestKind, RequestKindCount> = BTreeMap::new();
    for r in list
        .iter()
        .filter(|r| within(Some(r.received_on), from, to))
    {
        let k = by_kind.entry(r.kind).or_insert_with(|| RequestKindCount {
            kind: r.kind,
            label: r.kind.label().to_string(),
            received: 0,
            answered_on_time: 0,
            late: 0,
            open: 0,
        });
        out.received += 1;
        k.received += 1;
        match r.status(today) {
            RequestStatus::AnsweredOnTime => {
                out.answered_on_time += 1;
                k.answered_on_time += 1;
            }
            RequestStatus::AnsweredLate | RequestStatus::Overdue => {
                out.late += 1;
                k.late += 1;
            }
            RequestStatus::Open => {
                out.open += 1;
                k.open += 1;
            }
        }
    }
    out.by_kind = by_kind.into_values().collect();
    out
}

fn consent(
    r: &Register,
    tallies: &BTreeMap<(String, String), Tally>,
    to: NaiveDate,
) -> Vec<PurposeCoverage> {
    let index = super::organisation::SchoolIndex::new(&r.schools);
    let school_name = |code: &str| index.name(code);
    let mut out = Vec::new();
    for p in r.purposes.iter().filter(|p| p.active_on(to)) {
        let mut board = Tally::default();
        let mut schools = Vec::new();
        for ((school, purpose), t) in tallies {
            if purpose != &p.id {
                continue;
            }
            board.absorb(t);
            schools.push((school.clone(), school_name(school), *t));
        }
        out.push(PurposeCoverage {
            purpose: p.id.clone(),
            name: p.name.clone(),
            applies_to: p.applies_to,
            board,
            schools,
        });
    }
    out
}

fn per_code(keys: &BTreeSet<&FindingKey>) -> Vec<CodeCount> {
    let mut counts: BTreeMap<(&str, &str), u64> = BTreeMap::new();
    for k in keys {
        *counts
            .entry((k.code.as_str(), k.severity.as_str()))
            .or_default() += 1;
    }
    counts
        .into_iter()
        .map(|((code, severity), count)| CodeCount {
            code: code.to_string(),
            severity: severity.to_string(),
            count,
        })
        .collect()
}

fn audit(runs: &[SavedRun]) -> AuditYear {
    let mut out = AuditYear {
        runs: runs
            .iter()
            .map(|r| RunCount {
                at: r.at.clone(),
                as_of: r.as_of,
                error: r.error,
                warning: r.warning,
                info: r.info,
            })
            .collect(),
        ..AuditYear::default()
    };
    if let (Some(first), Some(last)) = (runs.first(), runs.last())
        && runs.len() > 1
    {
        let first: BTreeSet<&FindingKey> = first.findings.iter().collect();
        let last: BTreeSet<&FindingKey> = last.findings.iter().collect();
        out.resolved = per_code(&first.difference(&last).copied().collect());
        out.new = per_code(&last.difference(&first).copied().collect());
    }
    out
}

mod convenant;
#[cfg(test)]
mod tests;
