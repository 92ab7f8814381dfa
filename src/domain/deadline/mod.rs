//! Every dated duty the register knows of, in one list: agreements that end (or were ended),
//! reviews of agreements and of processing activities, convenant re-checks, breach clocks,
//! answers to requests, and pupil files due for purging.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use super::agreement::Status;
use super::audit::{missing_agreement, superseded};
use super::breach::{Breach, ClockStatus, Instant, iso, show_time};
use super::code_enum;
use super::request::Request;
use super::supplier::{Role, Supplier};
use crate::domain::register::{AgreementFull, Register};
use crate::i18n::{Lang, Text};
use crate::text;

code_enum! {
    /// What kind of duty a deadline is. The codes are stable: calendar UIDs are made of them.
    pub enum Kind ("deadline kind") {
        AgreementEnd = "agreement-end", "verwerkersovereenkomst loopt af";
        AgreementReview = "agreement-review", "verwerkersovereenkomst evalueren";
        ConvenantCheck = "convenant-check", "convenantstatus opnieuw nagaan";
        BreachAp = "breach-ap", "datalek melden bij de AP";
        BreachProcessor = "breach-processor", "melding van de verwerker";
        BreachSubjects = "breach-subjects", "betrokkenen informeren";
        RequestAnswer = "request-answer", "verzoek beantwoorden";
        PupilPurge = "pupil-purge", "leerlinggegevens verwijderen";
        ProcessingReview = "processing-review", "verwerking evalueren";
    }
}

code_enum! {
    /// Where a deadline stands at the moment the list is made.
    pub enum State ("deadline status") {
        Overdue = "overdue", "verlopen";
        Due = "due", "nu";
        Upcoming = "upcoming", "komt eraan";
    }
}

/// The convenant status of a supplier is re-checked yearly (it does not prove compliance).
pub const CONVENANT_CHECK_MONTHS: u32 = 12;

/// Pupil files are purged 2 years after the pupil left (`retention_limit` of the audit).
pub const RETENTION_MONTHS: u32 = 24;

/// When a duty falls due: a day, or an hour-exact moment (the breach clocks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Day(NaiveDate),
    At(Instant),
}

impl Due {
    /// The Dutch calendar day of the deadline.
    pub fn day(self) -> NaiveDate {
        match self {
            Due::Day(d) => d,
            Due::At(t) => t.with_timezone(&chrono_tz::Europe::Amsterdam).date_naive(),
        }
    }

    /// How a person reads it, in the reader's language: `2026-12-01` or `01-12-2026`, and
    /// `2026-10-26 15:00` or `26-10-2026 15:00` for a moment.
    pub fn shown(self) -> String {
        match self {
            Due::Day(d) => crate::i18n::day_in(crate::i18n::lang(), d),
            Due::At(t) => show_time(t),
        }
    }
}

/// One dated duty: what it is, about which thing, and the command that settles it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub kind: Kind,
    pub due: Due,
    /// A duty without a date of its own ("without undue delay", never checked) falls due on
    /// the day of the list.
    pub undated: bool,
    pub subject_kind: &'static str,
    pub subject_id: String,
    /// What is to be done, naming the subject (never a pupil): English in JSON and CSV, the
    /// reader's language in the table and the calendar.
    pub what: Text,
    /// The command that settles it: English in JSON and CSV, the reader's language in the table
    /// and the calendar (its placeholders: DATE or DATUM).
    pub command: Text,
    pub state: State,
}

impl Deadline {
    /// Stable across runs, so a calendar that subscribes again updates the event instead of
    /// adding a second one: kind and subject, never the date.
    pub fn uid(&self) -> String {
        format!("{}-{}@vreg", self.kind.code(), self.subject_id)
    }

    /// Days from `today` to the due day: negative when passed.
    pub fn days_left(&self, today: NaiveDate) -> i64 {
        (self.due.day() - today).num_days()
    }
}

/// The deadline as scripts read it (`--format json|csv`).
#[derive(Debug, Clone, Serialize)]
pub struct DeadlineView {
    pub due_on: NaiveDate,
    pub due_at: Option<String>,
    /// The duty has no date of its own and falls due today.
    pub undated: bool,
    pub status: State,
    pub days_left: i64,
    pub kind: Kind,
    pub subject_kind: &'static str,
    pub subject_id: String,
    pub what: String,
    pub command: String,
    pub uid: String,
}

impl DeadlineView {
    pub fn of(d: &Deadline, today: NaiveDate) -> DeadlineView {
        DeadlineView {
            due_on: d.due.day(),
            due_at: match d.due {
                Due::At(t) => Some(iso(t)),
                Due::Day(_) => None,
            },
            undated: d.undated,
            status: d.state,
            days_left: d.days_left(today),
            kind: d.kind,
            subject_kind: d.subject_kind,
            subject_id: d.subject_id.clone(),
            what: d.what.in_lang(Lang::En),
            command: d.command.in_lang(Lang::En),
            uid: d.uid(),
        }
    }
}

/// What the deadlines are worked out from.
pub struct Sources<'a> {
    pub register: &'a Register,
    pub requests: &'a [Request],
    /// Pupils who left, counted per day they left: no pupil is named.
    pub left_per_day: &'a [(NaiveDate, u64)],
    /// The agreement's breach notice term, by agreement id.
    pub notice_hours: &'a dyn Fn(&str) -> Option<u32>,
}

/// Where a day-dated duty stands on `today`: passed, today, or ahead.
fn state_of_day(due: NaiveDate, today: NaiveDate) -> State {
    match due.cmp(&today) {
        std::cmp::Ordering::Less => State::Overdue,
        std::cmp::Ordering::Equal => State::Due,
        std::cmp::Ordering::Greater => State::Upcoming,
    }
}

/// Every open duty on `today` (at the moment `now`), sorted by due day, then kind and subject.
pub fn deadlines(s: &Sources<'_>, today: NaiveDate, now: Instant) -> Vec<Deadline> {
    let mut out = Vec::new();
    let day = |kind, due: NaiveDate, subject_kind, subject_id: &str, what, command| Deadline {
        kind,
        due: Due::Day(due),
        undated: false,
        subject_kind,
        subject_id: subject_id.to_string(),
        what,
        command,
        state: state_of_day(due, today),
    };
    for (supplier, agreements) in &s.register.suppliers {
        // A former supplier's convenant standing no longer matters.
        if supplier.role == Role::Processor && supplier.retired_on.is_none() {
            let supplier_name = supplier.name.as_str();
            let command = text!("domain-deadline-command-convenant", id = &supplier.id);
            match supplier.convenant_checked_on {
                Some(checked) => {
                    let due = checked
                        .checked_add_months(Months::new(CONVENANT_CHECK_MONTHS))
                        .unwrap_or(NaiveDate::MAX);
                    out.push(day(
                        Kind::ConvenantCheck,
                        due,
                        "supplier",
                        &supplier.id,
                        text!("domain-deadline-convenant-check", supplier = supplier_name),
                        command,
                    ));
                }
                // Never checked: due today, which `day` says is due.
                None => out.push(Deadline {
                    undated: true,
                    ..day(
                        Kind::ConvenantCheck,
                        today,
                        "supplier",
                        &supplier.id,
                        text!(
                            "domain-deadline-convenant-never-checked",
                            supplier = supplier_name
                        ),
                        command,
                    )
                }),
            }
        }
        // A former supplier is kept as evidence: nothing is expected of it, as in the audit.
        let retired = supplier.retired_by(today);
        let left_without = left_without_agreement(supplier, agreements, today);
        for full in agreements {
            let a = &full.agreement;
            let siblings = agreements.iter().map(|f| &f.agreement);
            let status = a.status_among(siblings, today, 0);
            let lapsed = status == Status::Expired && !superseded(a, agreements, today, 0);
            let renewed = a
                .renewed_by(agreements.iter().map(|f| &f.agreement), today)
                .is_some();
            if let Some(end) = a.ends_on()
                && let Some(terminated) = a.terminated_on
                && !renewed
                && (status.in_force() || left_without == Some(a.id.as_str()))
            {
                // Ended on purpose: the audit warns `agreement-expiring` before its last day
                // and errs `agreement-missing` after it, until a successor or the supplier's
                // retirement is registered.
                out.push(day(
                    Kind::AgreementEnd,
                    end,
                    "agreement",
                    &a.id,
                    text!(
                        "domain-deadline-agreement-terminated",
                        id = &a.id,
                        supplier = &supplier.name,
                        on = crate::i18n::Arg::Day(terminated)
                    ),
                    text!(
                        "domain-deadline-command-agreement-terminated",
                        supplier = &a.supplier,
                        on = terminated
                    ),
                ));
            }
            if let Some(end) = a.ends_on()
                && (status.in_force() || (lapsed && !retired))
                && a.terminated_on.is_none()
                && !renewed
            {
                out.push(day(
                    Kind::AgreementEnd,
                    end,
                    "agreement",
                    &a.id,
                    text!(
                        "domain-deadline-agreement-end",
                        id = &a.id,
                        supplier = &supplier.name
                    ),
                    // A successor registered after a gap: close the gap, not register it again.
                    match a.successor_to_come(agreements.iter().map(|f| &f.agreement), today) {
                        Some(next) => {
                            text!("domain-deadline-command-agreement-gap", next = &next.id)
                        }
                        None => text!(
                            "domain-deadline-command-agreement-end",
                            supplier = &a.supplier,
                            id = &a.id
                        ),
                    },
                ));
            }
            if let Some(review) = a.review_on
                && status.in_force()
            {
                out.push(day(
                    Kind::AgreementReview,
                    review,
                    "agreement",
                    &a.id,
                    text!(
                        "domain-deadline-agreement-review",
                        id = &a.id,
                        supplier = &supplier.name
                    ),
                    text!("domain-deadline-command-agreement-review", id = &a.id),
                ));
            }
        }
    }
    for p in &s.register.processings {
        if let Some(review) = p.review_on {
            out.push(day(
                Kind::ProcessingReview,
                review,
                "processing",
                &p.id,
                text!(
                    "domain-deadline-processing-review",
                    id = &p.id,
                    name = &p.name
                ),
                text!("domain-deadline-command-processing-review", id = &p.id),
            ));
        }
    }
    for b in &s.register.breaches {
        breach_deadlines(&mut out, b, now, today, s);
    }
    for r in s.requests.iter().filter(|r| !r.closed_by(today)) {
        out.push(day(
            Kind::RequestAnswer,
            r.due_as_of(today),
            "request",
            &r.id,
            text!(
                "domain-deadline-request-answer",
                id = &r.id,
                kind = r.kind.word()
            ),
            text!("domain-deadline-command-request-answer", id = &r.id),
        ));
    }
    for &(left_on, count) in s.left_per_day {
        let due = purge_due(left_on);
        out.push(day(
            Kind::PupilPurge,
            due,
            "pupils-left-on",
            &left_on.to_string(),
            text!(
                "domain-deadline-pupil-purge",
                count = count,
                left_on = crate::i18n::Arg::Day(left_on)
            ),
            text!(
                "domain-deadline-command-pupil-purge",
                before = left_on.succ_opt().unwrap_or(left_on)
            ),
        ));
    }
    out.sort_by(|a, b| {
        (a.due.day(), a.due, a.kind, &a.subject_id).cmp(&(
            b.due.day(),
            b.due,
            b.kind,
            &b.subject_id,
        ))
    });
    out
}

/// The terminated agreement a processor is left without once it ended: the audit's
/// `agreement-missing` (a processor, not retired, no agreement in force and none that lapsed
/// unrenewed, which `agreement-expired` is about), found by the last one terminated.
fn left_without_agreement<'a>(
    supplier: &Supplier,
    agreements: &'a [AgreementFull],
    today: NaiveDate,
) -> Option<&'a str> {
    if supplier.retired_by(today) || !missing_agreement(supplier, agreements, today, 0) {
        return None;
    }
    let siblings = || agreements.iter().map(|f| &f.agreement);
    siblings()
        .filter(|a| a.status_among(siblings(), today, 0) == Status::Terminated)
        .max_by_key(|a| (a.terminated_on, &a.id))
        .map(|a| a.id.as_str())
}

impl PartialOrd for Due {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Whole days before moments on the same day; moments in time order.
impl Ord for Due {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        match (self, other) {
            (Due::Day(a), Due::Day(b)) => a.cmp(b),
            (Due::At(a), Due::At(b)) => a.cmp(b),
            (Due::Day(a), Due::At(b)) => a.cmp(&Due::At(*b).day()).then(std::cmp::Ordering::Less),
            (Due::At(a), Due::Day(b)) => Due::At(*a).day().cmp(b).then(std::cmp::Ordering::Greater),
        }
    }
}

/// The day a pupil file is due for purging: two years after the pupil left. A pupil who left on
/// 29 February is due on 28 February two years on, the day `retention_limit` agrees with.
pub fn purge_due(left_on: NaiveDate) -> NaiveDate {
    left_on
        .checked_add_months(Months::new(RETENTION_MONTHS))
        .unwrap_or(NaiveDate::MAX)
}

fn breach_deadlines(
    out: &mut Vec<Deadline>,
    b: &Breach,
    now: Instant,
    today: NaiveDate,
    s: &Sources<'_>,
) {
    let hours = b.agreement.as_deref().and_then(|a| (s.notice_hours)(a));
    for clock in b.open_clocks(now, hours) {
        let (kind, what, command) = match clock.kind {
            super::breach::ClockKind::Ap => (
                Kind::BreachAp,
                text!("domain-deadline-breach-ap", id = &b.id),
                text!("domain-deadline-command-breach-ap", id = &b.id),
            ),
            super::breach::ClockKind::Processor => (
                Kind::BreachProcessor,
                text!(
                    "domain-deadline-breach-processor",
                    id = &b.id,
                    supplier = b.supplier.as_deref().unwrap_or("")
                ),
                text!("domain-deadline-command-breach-processor", id = &b.id),
            ),
            super::breach::ClockKind::Subjects => (
                Kind::BreachSubjects,
                text!("domain-deadline-breach-subjects", id = &b.id),
                text!("domain-deadline-command-breach-subjects", id = &b.id),
            ),
        };
        // Every clock of a breach has its moment (telling the people affected: see
        // `Breach::subjects_due`).
        let due = Due::At(clock.due.unwrap_or_else(|| b.subjects_due()));
        // The clock says whether it passed: at its very minute it has not.
        let state = match clock.status {
            ClockStatus::Overdue => State::Overdue,
            ClockStatus::Due => State::Due,
            // Not yet passed: judged by its day as every duty is (later today is `due`).
            _ => state_of_day(due.day(), today),
        };
        out.push(Deadline {
            kind,
            due,
            undated: false,
            subject_kind: "breach",
            subject_id: b.id.clone(),
            what,
            command,
            state,
        });
    }
}

/// The deadlines a list shows: every one passed or due, and those ahead up to and including
/// `within` days after `today` (all of them without a limit).
pub fn within(list: Vec<Deadline>, today: NaiveDate, within: Option<u32>) -> Vec<Deadline> {
    let Some(days) = within else {
        return list;
    };
    let last = today
        .checked_add_days(Days::new(days.into()))
        .unwrap_or(NaiveDate::MAX);
    list.into_iter().filter(|d| d.due.day() <= last).collect()
}

/// Whether a cron job should speak up: any deadline passed.
pub fn any_overdue(list: &[Deadline]) -> bool {
    list.iter().any(|d| d.state == State::Overdue)
}

#[cfg(test)]
mod tests;
