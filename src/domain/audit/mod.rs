//! The yearly audit: every rule a pure function over a snapshot of the register.

mod agreements;
mod breaches;
mod consent;
mod parties;
mod processing;
mod requests;

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use super::breach::Instant;
use super::code_enum;
use super::request::Request;
use crate::domain::register::Register;

pub use agreements::superseded;

code_enum! {
    /// How bad a finding is. Ordered: errors first.
    pub enum Severity ("severity") {
        Error = "error", "fout";
        Warning = "warning", "waarschuwing";
        Info = "info", "informatie";
    }
}

code_enum! {
    /// From which severity on the audit fails (exit 1).
    pub enum FailOn ("--fail-on level") {
        Error = "error", "fout";
        Warning = "warning", "waarschuwing";
        Never = "never", "nooit";
    }
}

impl FailOn {
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity == Severity::Error,
            FailOn::Warning => severity <= Severity::Warning,
            FailOn::Never => false,
        }
    }
}

/// One thing the audit found. `code` is stable: scripts filter on it. Saved runs hold them as
/// JSON and read them back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Finding {
    pub code: String,
    pub severity: Severity,
    pub subject_kind: String,
    pub subject_id: String,
    pub message: String,
    pub hint: String,
    /// The board decided to live with it, for a while: it does not count for `--fail-on`.
    #[serde(default)]
    pub accepted: Option<Acceptance>,
}

/// The kinds of thing a finding can be about.
pub const SUBJECT_KINDS: &[&str] = &[
    "supplier",
    "agreement",
    "party",
    "pupil",
    "purpose",
    "breach",
    "request",
];

/// A decision to live with a finding until a day (inclusive), with its reason: the campsite that
/// will never join the convenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Acceptance {
    pub code: String,
    pub subject_kind: String,
    pub subject_id: String,
    pub reason: String,
    pub until: NaiveDate,
}

impl Acceptance {
    /// What can be accepted: a code the audit knows, about a kind of thing it reports on, with a
    /// reason.
    pub fn validate(&self) -> Result<(), String> {
        if describe(&self.code).is_none() {
            return Err(format!(
                "'{}' is not a finding code (see `vreg audit codes`)",
                self.code
            ));
        }
        if !SUBJECT_KINDS.contains(&self.subject_kind.as_str()) {
            return Err(format!(
                "'{}' is not a kind of subject (expected one of: {})",
                self.subject_kind,
                SUBJECT_KINDS.join(", ")
            ));
        }
        if self.subject_id.trim().is_empty() {
            return Err("the subject needs an id, as KIND:ID".into());
        }
        if self.reason.trim().is_empty() {
            return Err(format!(
                "accepting {} needs the reason (--reason): it is the record of the decision",
                self.code
            ));
        }
        super::text::check("the subject id", &self.subject_id, super::text::Kind::Name)?;
        super::text::check("the reason", &self.reason, super::text::Kind::Notes)
    }

    /// Whether it holds on `day`: up to and including `until`.
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        day <= self.until
    }

    fn covers(&self, f: &Finding) -> bool {
        self.code == f.code
            && self.subject_kind == f.subject_kind
            && self.subject_id == f.subject_id
    }
}

/// Marks the findings a board accepted and that acceptance still holds on `as_of`.
pub fn apply_acceptances(findings: &mut [Finding], acceptances: &[Acceptance], as_of: NaiveDate) {
    for f in findings {
        f.accepted = acceptances
            .iter()
            .find(|a| a.covers(f) && a.holds_on(as_of))
            .cloned();
    }
}

/// What the consent rules need, counted per purpose by the store in a fixed number of queries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsentCounts {
    /// Pupils at school without any decision for a purpose every pupil is asked.
    pub unknown: BTreeMap<String, u64>,
    /// Standing decisions of a yearly purpose dated before the school year of as-of began.
    pub stale: BTreeMap<String, u64>,
    /// Standing grants in a form the purpose does not accept.
    pub not_counting: BTreeMap<String, u64>,
    /// Pupils whose parents disagree.
    pub disputed: BTreeMap<String, u64>,
    /// Pupils of 16 or older for whom a parent's decision still stands, with those purposes.
    pub turned_16: Vec<(String, String)>,
}

/// Everything the audit looks at.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub register: Register,
    pub consent: ConsentCounts,
    /// Pupils still in the register who left before the retention limit.
    pub retained_pupils: u64,
    /// The moment breach deadlines are judged at (see [`super::breach::moment_of`]).
    pub now: Instant,
    /// Requests of parents and pupils, answered or not.
    pub requests: Vec<Request>,
}

/// The first day of the school year that `day` falls in: 1 August.
pub fn school_year_start(day: NaiveDate) -> NaiveDate {
    let year = if day.month() >= 8 {
        day.year()
    } else {
        day.year() - 1
    };
    NaiveDate::from_ymd_opt(year, 8, 1).unwrap_or(day)
}

/// Pupil files are kept 2 years after a pupil left; who left before this day is overdue.
pub fn retention_limit(as_of: NaiveDate) -> NaiveDate {
    as_of.checked_sub_months(Months::new(24)).unwrap_or(as_of)
}

/// The date from which `model-3.0` should no longer be signed: convenant 4.0 applies to new
/// licences from 1 August 2022.
pub fn model4_required_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 8, 1).unwrap_or_default()
}

/// Every finding the audit can report: its code (stable, scripts filter on it), its severity and
/// what it means. `vreg audit codes` prints this list.
pub const CODES: &[(&str, Severity, &str)] = &[
    (
        "agreement-missing",
        Severity::Error,
        "a processor without an agreement in force (and none that lapsed: that is agreement-expired)",
    ),
    (
        "agreement-expired",
        Severity::Error,
        "an agreement past its end, not renewed, and no later agreement of the supplier in force",
    ),
    (
        "scope-missing",
        Severity::Error,
        "an agreement in force with no data categories",
    ),
    (
        "bsn-shared",
        Severity::Error,
        "an agreement receives the BSN without naming the law on its scope line, or a party not on a legal obligation may receive it",
    ),
    (
        "transfer-unsafeguarded",
        Severity::Error,
        "storage or a sub-processor outside the EEA without a safeguard of its own",
    ),
    (
        "transfer-safeguard-invalid",
        Severity::Error,
        "a safeguard that does not hold for the country: dpf outside the United States, adequacy for a country not on the Commission's list",
    ),
    (
        "party-no-basis",
        Severity::Error,
        "a party on legal-obligation without the law that prescribes it",
    ),
    (
        "special-category-party",
        Severity::Error,
        "a party that may receive special categories (art. 9) on contract or legitimate interest, or on a legal obligation or public task without its law",
    ),
    (
        "breach-ap-late",
        Severity::Error,
        "a reportable breach reported to the AP after 72 hours, or undecided past them",
    ),
    (
        "breach-subjects-unnotified",
        Severity::Error,
        "a high-risk breach and the people affected not told",
    ),
    (
        "request-overdue",
        Severity::Error,
        "a request of a parent or pupil past its due date and not answered",
    ),
    (
        "art30-incomplete",
        Severity::Error,
        "a processing activity without a purpose, data subjects, data categories or a legal basis (AVG art. 30(1))",
    ),
    (
        "processing-special-no-exception",
        Severity::Error,
        "a processing activity with special categories (art. 9) on neither consent nor a law",
    ),
    (
        "agreement-expiring",
        Severity::Warning,
        "an agreement that ends within the horizon and has no successor",
    ),
    (
        "review-overdue",
        Severity::Warning,
        "an agreement in force past its review date",
    ),
    (
        "document-missing",
        Severity::Warning,
        "an agreement in force without a reference to the signed document",
    ),
    (
        "model-outdated",
        Severity::Warning,
        "an agreement on Model 3.0 signed on or after 2022-08-01, or in force after its review date",
    ),
    (
        "special-category",
        Severity::Warning,
        "an agreement receives special categories without a DPIA reference",
    ),
    (
        "convenant-none",
        Severity::Warning,
        "a processor that is neither participant nor supporter of the Privacyconvenant, or of unknown standing",
    ),
    (
        "party-not-in-regulation",
        Severity::Warning,
        "a party not listed in the privacyreglement",
    ),
    (
        "party-legitimate-interest",
        Severity::Warning,
        "a party on legitimate interest, which does not apply to a school's public task",
    ),
    (
        "consent-stale",
        Severity::Warning,
        "decisions for a purpose asked yearly that date from before this school year (1 August)",
    ),
    (
        "consent-explicit-unwritten",
        Severity::Warning,
        "grants in a form the purpose does not accept (verbal where an express statement is needed, not on paper where paper is)",
    ),
    (
        "consent-disputed",
        Severity::Warning,
        "pupils whose parents disagree: one granted, the other refused or withdrew",
    ),
    (
        "pupil-retention",
        Severity::Warning,
        "pupils who left more than 2 years ago still in the register",
    ),
    (
        "breach-processor-late",
        Severity::Warning,
        "a supplier reported a breach later than its agreement's hours",
    ),
    (
        "breach-undecided",
        Severity::Warning,
        "an open breach not yet assessed",
    ),
    (
        "request-due-soon",
        Severity::Warning,
        "an open request due within 7 days",
    ),
    (
        "processing-review-overdue",
        Severity::Warning,
        "a processing activity past its review date",
    ),
    (
        "convenant-unchecked",
        Severity::Info,
        "a processor's convenant standing never checked, or more than a year ago",
    ),
    (
        "consent-unknown",
        Severity::Info,
        "pupils without any decision for a purpose every pupil is asked",
    ),
    (
        "consent-turned-16",
        Severity::Info,
        "a pupil of 16 or older for whom a parent's decision still stands",
    ),
    ("breach-open", Severity::Info, "a breach that is not closed"),
    (
        "agreement-unlinked",
        Severity::Info,
        "an agreement in force that no processing activity uses, once the register holds activities",
    ),
];

struct Findings(Vec<Finding>);

impl Findings {
    fn add(
        &mut self,
        code: &'static str,
        severity: Severity,
        subject: (&'static str, &str),
        message: String,
        hint: String,
    ) {
        debug_assert!(
            CODES.contains(&(code, severity, describe(code).unwrap_or_default())),
            "{code} ({severity}) is not in audit::CODES"
        );
        self.0.push(Finding {
            code: code.to_string(),
            severity,
            subject_kind: subject.0.to_string(),
            subject_id: subject.1.to_string(),
            message,
            hint,
            accepted: None,
        });
    }
}

/// What a finding code means.
pub fn describe(code: &str) -> Option<&'static str> {
    CODES.iter().find(|c| c.0 == code).map(|c| c.2)
}

/// Runs every rule. Findings come in a stable order: severity, code, subject.
pub fn audit(snapshot: &Snapshot, as_of: NaiveDate, horizon_days: u32) -> Vec<Finding> {
    let mut f = Findings(Vec::new());
    // A former supplier is kept as evidence; nothing is expected of it any more.
    for (supplier, agreements) in &snapshot.register.suppliers {
        if !supplier.retired_by(as_of) {
            agreements::supplier_rules(&mut f, supplier, agreements, as_of, horizon_days);
        }
    }
    parties::party_rules(&mut f, &snapshot.register);
    consent::consent_rules(&mut f, snapshot, as_of);
    breaches::breach_rules(&mut f, snapshot);
    requests::request_rules(&mut f, snapshot, as_of);
    processing::processing_rules(&mut f, &snapshot.register, as_of, horizon_days);
    let mut findings = f.0;
    // Say which schools an agreement serves, where it does not serve them all.
    for finding in findings
        .iter_mut()
        .filter(|f| f.subject_kind == "agreement")
    {
        let schools = snapshot
            .register
            .suppliers
            .iter()
            .flat_map(|(_, agreements)| agreements)
            .find(|a| a.agreement.id == finding.subject_id)
            .map(|a| a.agreement.schools.join(", "))
            .unwrap_or_default();
        if !schools.is_empty() {
            finding.message.push_str(&format!(" (serves {schools})"));
        }
    }
    findings.sort_by(|a, b| {
        (a.severity, &a.code, &a.subject_kind, &a.subject_id).cmp(&(
            b.severity,
            &b.code,
            &b.subject_kind,
            &b.subject_id,
        ))
    });
    findings
}

/// The counts of findings per severity, and of the accepted ones (counted apart).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub error: u64,
    pub warning: u64,
    pub info: u64,
    pub accepted: u64,
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            if f.accepted.is_some() {
                s.accepted += 1;
                continue;
            }
            match f.severity {
                Severity::Error => s.error += 1,
                Severity::Warning => s.warning += 1,
                Severity::Info => s.info += 1,
            }
        }
        s
    }
}

#[cfg(test)]
mod tests;
