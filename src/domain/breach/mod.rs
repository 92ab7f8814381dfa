//! Breaches (datalekken): the register of art. 33(5) AVG and its hour-exact clocks.
//!
//! Times are instants with the Dutch offset of their moment (`+01:00` in winter, `+02:00` in
//! summer). Deadlines are elapsed hours: 72 hours after a Friday 16:00 in summer time is Monday
//! 15:00 in winter time when the clocks went back in between.

use chrono::{DateTime, Duration, FixedOffset};
use serde::Serialize;

use super::category::Category;
use super::code_enum;
use super::text::{self, check};

/// A moment, with the offset Dutch clocks showed then.
pub type Instant = DateTime<FixedOffset>;

/// Art. 33(1) AVG: report to the Autoriteit Persoonsgegevens within 72 hours of becoming aware.
pub const AP_HOURS: i64 = 72;

/// Art. 34 AVG: the people affected by a high risk are told "without undue delay", which has no
/// hour in the law; vreg gives it the 72 hours of art. 33 (a notice later than that is a
/// finding that asks for the reasons, not a refusal).
pub const SUBJECTS_HOURS: i64 = AP_HOURS;

/// `breach clock` fails when a deadline is this close, or passed.
pub const DEFAULT_WARN_HOURS: u32 = 24;

code_enum! {
    /// The outcome of the assessment: whether the breach must be reported.
    pub enum Risk ("risk") {
        None = "none", "geen risico" | "geen";
        Risk = "risk", "risico" | "risico";
        High = "high", "hoog risico" | "hoog";
    }
}

code_enum! {
    /// What the breach did to the data (the three security properties).
    pub enum Kind ("breach kind") {
        Confidentiality = "confidentiality", "vertrouwelijkheid" | "vertrouwelijkheid";
        Integrity = "integrity", "integriteit" | "integriteit";
        Availability = "availability", "beschikbaarheid" | "beschikbaarheid";
    }
}

code_enum! {
    /// Who was told about the breach.
    pub enum Recipient ("recipient") {
        Ap = "ap", "Autoriteit Persoonsgegevens";
        Subjects = "subjects", "betrokkenen" | "betrokkenen";
        Inspectie = "inspectie", "Inspectie van het Onderwijs" | "inspection";
    }
}

code_enum! {
    /// The deadlines a breach can run.
    pub enum ClockKind ("clock") {
        Ap = "ap", "AP";
        Processor = "processor", "Verwerker";
        Subjects = "subjects", "Betrokkenen";
    }
}

code_enum! {
    /// Where a deadline stands at a moment.
    pub enum ClockStatus ("clock status") {
        Running = "running", "loopt";
        Due = "due", "nu";
        Overdue = "overdue", "verlopen";
        Met = "met", "op tijd";
        Late = "late", "te laat";
        Stopped = "stopped", "gestopt";
    }
}

impl ClockStatus {
    /// Still something to do.
    pub fn open(self) -> bool {
        matches!(
            self,
            ClockStatus::Running | ClockStatus::Due | ClockStatus::Overdue
        )
    }
}

/// One breach as the register keeps it. No field holds a pupil's name or number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breach {
    pub id: String,
    pub title: String,
    pub discovered_at: Instant,
    pub started_at: Option<Instant>,
    pub ended_at: Option<Instant>,
    pub supplier: Option<String>,
    pub agreement: Option<String>,
    pub schools: Vec<String>,
    pub categories: Vec<Category>,
    pub subjects: Option<u32>,
    /// Which kinds of people were affected (pupils, parents, staff): with `subjects`, the
    /// "categories and approximate number" art. 33(3)(a) and (5) ask for.
    pub subject_kinds: Vec<crate::domain::processing::Subject>,
    pub kinds: Vec<Kind>,
    pub description: Option<String>,
    pub consequences: Option<String>,
    pub supplier_reported_at: Option<Instant>,
    /// When the supplier itself became aware of the breach, as its report says: its hours to
    /// tell the board run from here (art. 33(2)); without it, from the board's discovery.
    pub supplier_aware_at: Option<Instant>,
    pub risk: Option<Risk>,
    pub risk_reason: Option<String>,
    pub assessed_at: Option<Instant>,
    pub ap_reported_at: Option<Instant>,
    pub ap_reference: Option<String>,
    /// Why the report came after the 72 hours (art. 33(1): a later report comes with them).
    pub ap_delay_reason: Option<String>,
    pub subjects_notified_at: Option<Instant>,
    pub subjects_notice: Option<String>,
    pub inspectie_notified_at: Option<Instant>,
    pub inspectie_reference: Option<String>,
    pub measures: Option<String>,
    pub closed_at: Option<Instant>,
}

// ------------------------------------------------------------------ ids

/// The id of the next breach of a year: `2026-001`, after the highest number used that year.
pub fn next_id(year: i32, used: impl IntoIterator<Item = String>) -> String {
    let prefix = format!("{year}-");
    let highest = used
        .into_iter()
        .filter_map(|id| id.strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{year}-{:03}", highest + 1)
}

/// A breach id: a year, a dash, a number of at least three digits.
pub fn validate_id(id: &str) -> Result<(), String> {
    let ok = match id.split_once('-') {
        Some((y, n)) => {
            y.len() == 4
                && n.len() >= 3
                && n.len() <= 6
                && y.bytes().all(|b| b.is_ascii_digit())
                && n.bytes().all(|b| b.is_ascii_digit())
                && n.bytes().any(|b| b != b'0')
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(crate::tr!("domain-breach-bad-id", id = id))
    }
}

/// A school as a breach names it: the one rule for school codes.
pub use super::pupil::parse_school;

// ------------------------------------------------------------------ the record

/// `what` (one of the breach's moments, as [`Breach::not_after`] names them) at `at` has
/// happened by `now`: nothing is recorded as having happened later. Asked of each answer of a
/// guided `breach add` too.
pub fn happened(what: &str, at: Instant, now: Instant) -> Result<(), String> {
    match at > now {
        true => Err(crate::tr!(
            "domain-breach-in-the-future",
            what = step(what),
            at = at,
            now = now
        )),
        false => Ok(()),
    }
}

impl Breach {
    /// A new breach with only what `add` requires.
    pub fn new(id: String, title: String, discovered_at: Instant) -> Breach {
        Breach {
            id,
            title,
            discovered_at,
            started_at: None,
            ended_at: None,
            supplier: None,
            agreement: None,
            schools: vec![],
            categories: vec![],
            subjects: None,
            subject_kinds: vec![],
            kinds: vec![],
            description: None,
            consequences: None,
            supplier_reported_at: None,
            supplier_aware_at: None,
            risk: None,
            risk_reason: None,
            assessed_at: None,
            ap_reported_at: None,
            ap_reference: None,
            ap_delay_reason: None,
            subjects_notified_at: None,
            subjects_notice: None,
            inspectie_notified_at: None,
            inspectie_reference: None,
            measures: None,
            closed_at: None,
        }
    }

    /// The breach as it is stored, whichever way it came in: the title trimmed, and each school,
    /// category, kind of people and kind once, in the order first given.
    pub fn normalised(mut self) -> Breach {
        self.title = self.title.trim().to_string();
        self.schools = super::once(self.schools);
        self.categories = super::once(self.categories);
        self.subject_kinds = super::once(self.subject_kinds);
        self.kinds = super::once(self.kinds);
        self
    }

    /// Leaked test or exam results, judged a risk, not yet told to the Inspectie van het
    /// Onderwijs (VO-raad): the audit's `breach-inspectie-unnotified`, and what `assess` and
    /// `close` say is left.
    pub fn inspectie_owed(&self) -> bool {
        self.categories
            .contains(&crate::domain::category::Category::Results)
            && matches!(self.risk, Some(Risk::Risk | Risk::High))
            && self.inspectie_notified_at.is_none()
    }

    /// When telling the people affected falls due. Art. 34 says "without undue delay" and
    /// gives no hour; vreg reads it as the hours art. 33 gives the report to the AP
    /// ([`SUBJECTS_HOURS`]), counted from the moment the high risk was established (not
    /// recorded, as a register file may leave it: from the discovery).
    pub fn subjects_due(&self) -> Instant {
        let from = self.assessed_at.unwrap_or(self.discovered_at);
        dutch(from + Duration::hours(SUBJECTS_HOURS))
    }

    /// Whether the people affected by a high-risk breach were told after
    /// [`Breach::subjects_due`]. A notice given without a high risk on record is a courtesy,
    /// never late.
    pub fn subjects_late(&self) -> bool {
        self.risk == Some(Risk::High)
            && self
                .subjects_notified_at
                .is_some_and(|at| at > self.subjects_due())
    }

    /// What `file` (a register file's version of this breach) would take back of the steps
    /// recorded here: the moment of discovery (the clocks run from it), the supplier's report,
    /// the assessment, the notices and the closure, by key. A file may add a step not recorded
    /// yet; a recorded one is changed by its own command (`breach assess|notify --correct`,
    /// `breach supplier-reported`, `breach edit`), so that a stale copy of the register never
    /// takes back a report or an assessment.
    pub fn undone_by(&self, file: &Breach) -> Vec<&'static str> {
        // Each recorded step (a value here) that the file clears or changes, by its key.
        macro_rules! undone {
            ($($step:ident),+) => {
                [$((stringify!($step), self.$step.is_some() && self.$step != file.$step)),+]
            };
        }
        let moved = (self.discovered_at != file.discovered_at).then_some("discovered_at");
        let steps = undone!(
            supplier_reported_at,
            supplier_aware_at,
            risk,
            risk_reason,
            assessed_at,
            ap_reported_at,
            ap_reference,
            ap_delay_reason,
            subjects_notified_at,
            subjects_notice,
            inspectie_notified_at,
            inspectie_reference,
            measures,
            closed_at
        );
        moved
            .into_iter()
            .chain(
                steps
                    .into_iter()
                    .filter(|(_, undone)| *undone)
                    .map(|(key, _)| key),
            )
            .collect()
    }

    pub fn is_open(&self) -> bool {
        self.closed_at.is_none()
    }

    /// The breach as the register knew it at `now`: nothing if it was discovered later, and
    /// without every step taken after that moment. Whatever judges a breach on an earlier day
    /// (the audit `--as-of`, the year report of a past year) judges this, not what came later.
    pub fn as_known_at(&self, now: Instant) -> Option<Breach> {
        if self.discovered_at > now {
            return None;
        }
        let by = |at: Option<Instant>| at.filter(|at| *at <= now);
        let mut b = self.clone();
        b.ended_at = by(b.ended_at);
        if b.supplier_reported_at.is_some_and(|at| at > now) {
            // The supplier's awareness is known from its report.
            (b.supplier_reported_at, b.supplier_aware_at) = (None, None);
        }
        if b.assessed_at.is_some_and(|at| at > now) {
            (b.assessed_at, b.risk, b.risk_reason) = (None, None, None);
        }
        if b.ap_reported_at.is_some_and(|at| at > now) {
            (b.ap_reported_at, b.ap_reference, b.ap_delay_reason) = (None, None, None);
        }
        if b.subjects_notified_at.is_some_and(|at| at > now) {
            (b.subjects_notified_at, b.subjects_notice) = (None, None);
        }
        if b.inspectie_notified_at.is_some_and(|at| at > now) {
            (b.inspectie_notified_at, b.inspectie_reference) = (None, None);
        }
        b.closed_at = by(b.closed_at);
        Some(b)
    }

    /// When the Autoriteit Persoonsgegevens must have the report: 72 elapsed hours after the
    /// breach was discovered.
    pub fn ap_due(&self) -> Instant {
        dutch(self.discovered_at + Duration::hours(AP_HOURS))
    }

    /// Whether the AP report is late: a breach not assessed as without risk, reported after
    /// its deadline, or not reported (or not even assessed) when `now` is past it.
    pub fn ap_late(&self, now: Instant) -> bool {
        if let Some(reported) = self.ap_reported_at {
            return reported > self.ap_due() && self.risk != Some(Risk::None);
        }
        self.risk != Some(Risk::None) && now > self.ap_due()
    }

    /// When the supplier's report is due by its agreement's hours: counted from the moment the
    /// supplier became aware (art. 33(2)), else from the board's discovery.
    pub fn processor_due(&self, notice_hours: Option<u32>) -> Option<Instant> {
        let from = self.supplier_aware_at.unwrap_or(self.discovered_at);
        notice_hours.map(|h| dutch(from + Duration::hours(h.into())))
    }

    /// The rules a breach must satisfy before it is stored. `now` bounds every recorded moment:
    /// nothing is recorded as having happened in the future.
    pub fn validate(&self, now: Instant) -> Result<(), String> {
        self.check()?;
        self.not_after(now)
    }

    /// The rules that hold whenever the breach is judged.
    pub fn check(&self) -> Result<(), String> {
        validate_id(&self.id)?;
        if self.title.trim().is_empty() {
            return Err(crate::tr!("domain-breach-needs-title"));
        }
        check("the title", &self.title, text::Kind::Name)?;
        for (what, text, kind) in [
            ("the description", &self.description, text::Kind::Notes),
            ("the consequences", &self.consequences, text::Kind::Notes),
            ("the reason", &self.risk_reason, text::Kind::Notes),
            ("the AP report number", &self.ap_reference, text::Kind::Name),
            (
                "the reasons for the delay",
                &self.ap_delay_reason,
                text::Kind::Notes,
            ),
            (
                "how the people were told",
                &self.subjects_notice,
                text::Kind::Notes,
            ),
            (
                "the Inspectie reference",
                &self.inspectie_reference,
                text::Kind::Name,
            ),
            ("the measures", &self.measures, text::Kind::Notes),
        ] {
            if let Some(text) = text {
                check(what, text, kind)?;
            }
        }
        let discovered = self.discovered_at;
        for (what, at) in self.steps() {
            if let Some(at) = at.filter(|at| *at < discovered) {
                return Err(crate::tr!(
                    "domain-breach-before-discovery",
                    what = step(what),
                    at = at,
                    discovered = discovered
                ));
            }
        }
        if let Some(started) = self.started_at.filter(|s| *s > discovered) {
            return Err(crate::tr!(
                "domain-breach-started-after-discovery",
                started = started,
                discovered = discovered
            ));
        }
        if let (Some(started), Some(ended)) = (self.started_at, self.ended_at)
            && ended < started
        {
            return Err(crate::tr!(
                "domain-breach-ended-before-start",
                ended = ended,
                started = started
            ));
        }
        if let Some(aware) = self.supplier_aware_at {
            if self.supplier.is_none() {
                return Err(crate::tr!("domain-breach-aware-needs-supplier"));
            }
            if let Some(started) = self.started_at.filter(|s| aware < *s) {
                return Err(crate::tr!(
                    "domain-breach-aware-before-start",
                    aware = aware,
                    started = started
                ));
            }
            if let Some(reported) = self.supplier_reported_at.filter(|r| *r < aware) {
                return Err(crate::tr!(
                    "domain-breach-aware-after-report",
                    aware = aware,
                    reported = reported
                ));
            }
        }
        if self.risk.is_some() && self.risk_reason.is_none() {
            return Err(crate::tr!("domain-breach-assessment-needs-reason"));
        }
        if self.ap_reported_at.is_some() && self.ap_reference.is_none() {
            return Err(crate::tr!("domain-breach-report-needs-ref"));
        }
        match self.ap_reported_at {
            None if self.ap_delay_reason.is_some() => {
                return Err(crate::tr!("domain-breach-delay-needs-report"));
            }
            Some(at) if self.ap_delay_reason.is_some() && at <= self.ap_due() => {
                return Err(crate::tr!(
                    "domain-breach-delay-in-time",
                    at = at,
                    due = self.ap_due()
                ));
            }
            _ => {}
        }
        if self.subjects_notified_at.is_some() && self.subjects_notice.is_none() {
            return Err(crate::tr!("domain-breach-notice-needs-how"));
        }
        if self.closed_at.is_some() && self.measures.is_none() {
            return Err(crate::tr!("domain-breach-close-needs-measures"));
        }
        Ok(())
    }

    /// What was done about the breach after it was discovered, each with when.
    fn steps(&self) -> [(&'static str, Option<Instant>); 6] {
        [
            ("the supplier's report", self.supplier_reported_at),
            ("the assessment", self.assessed_at),
            ("the report to the AP", self.ap_reported_at),
            ("telling the people affected", self.subjects_notified_at),
            ("telling the Inspectie", self.inspectie_notified_at),
            ("closing", self.closed_at),
        ]
    }

    /// Nothing is recorded as having happened after `now`.
    pub fn not_after(&self, now: Instant) -> Result<(), String> {
        let breach = [
            ("discovered", Some(self.discovered_at)),
            ("started", self.started_at),
            ("ended", self.ended_at),
            ("the supplier's awareness", self.supplier_aware_at),
        ];
        for (what, at) in breach.into_iter().chain(self.steps()) {
            if let Some(at) = at {
                happened(what, at, now)?;
            }
        }
        Ok(())
    }
}

/// A step of a breach, as its checks name it, in the reader's language.
fn step(what: &str) -> String {
    match what {
        "discovered" => crate::tr!("domain-breach-step-discovered"),
        "started" => crate::tr!("domain-breach-step-started"),
        "ended" => crate::tr!("domain-breach-step-ended"),
        "the supplier's report" => crate::tr!("domain-breach-step-supplier-report"),
        "the supplier's awareness" => crate::tr!("domain-breach-step-supplier-aware"),
        "the assessment" => crate::tr!("domain-breach-step-assessment"),
        "the report to the AP" => crate::tr!("domain-breach-step-ap-report"),
        "telling the people affected" => crate::tr!("domain-breach-step-subjects"),
        "telling the Inspectie" => crate::tr!("domain-breach-step-inspectie"),
        "closing" => crate::tr!("domain-breach-step-closing"),
        other => other.to_string(),
    }
}

/// The breaches of one calendar year, as the GMR sees them: counts, nothing about people.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YearCount {
    pub total: u64,
    pub reported: u64,
    pub not_reported: u64,
    pub late: u64,
    pub subjects_notified: u64,
    pub open: u64,
}

/// Counts per year of discovery, oldest first.
pub fn count_per_year(breaches: &[Breach], now: Instant) -> Vec<(i32, YearCount)> {
    let mut years: std::collections::BTreeMap<i32, YearCount> = Default::default();
    for b in breaches.iter().filter_map(|b| b.as_known_at(now)) {
        let c = years.entry(year(b.discovered_at)).or_default();
        c.total += 1;
        if b.ap_reported_at.is_some() {
            c.reported += 1;
        } else {
            c.not_reported += 1;
        }
        if b.ap_late(now) {
            c.late += 1;
        }
        if b.subjects_notified_at.is_some() {
            c.subjects_notified += 1;
        }
        if b.is_open() {
            c.open += 1;
        }
    }
    years.into_iter().collect()
}

mod clocks;
#[cfg(test)]
mod tests;
mod time;

pub use clocks::{Clock, span};
pub use time::{day_of, dutch, iso, moment_of, parse_time, show_time, show_time_in, year};
