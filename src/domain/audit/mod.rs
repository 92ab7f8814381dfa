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
use crate::i18n::{Lang, Text};
use crate::text;

pub use agreements::{missing_agreement, superseded};

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
    /// `message` and `hint` as texts, to be said in the reader's language; `message` and `hint`
    /// are their English, which JSON and saved runs hold. A saved run read back has none.
    #[serde(skip)]
    pub words: Option<Box<Words>>,
}

/// A finding's message before it is put in words; its hint is the message's `.hint`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    message: Text,
    /// The schools an agreement serves, where it does not serve them all.
    serves: Option<String>,
}

impl Words {
    fn message_in(&self, lang: Lang) -> String {
        let mut message = self.message.in_lang(lang);
        if let Some(schools) = &self.serves {
            message.push_str(&text!("audit-serves", schools = schools).in_lang(lang));
        }
        message
    }
}

impl Finding {
    /// The message in `lang`; a saved run's in the English it was saved in.
    pub fn message_in(&self, lang: Lang) -> String {
        match &self.words {
            Some(words) if lang != Lang::En => words.message_in(lang),
            _ => self.message.clone(),
        }
    }

    /// The hint in `lang`; a saved run's in the English it was saved in.
    pub fn hint_in(&self, lang: Lang) -> String {
        match &self.words {
            Some(words) if lang != Lang::En => words.message.attribute_in(lang, "hint"),
            _ => self.hint.clone(),
        }
    }

    /// Says which schools the agreement it is about serves.
    fn serving(&mut self, schools: String) {
        if let Some(words) = &mut self.words {
            words.serves = Some(schools);
            self.message = words.message_in(Lang::En);
        }
    }
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
    "processing",
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

/// What a saved finding says instead of the number of a pupil removed since (purge, erasure).
pub const REMOVED_PUPIL: &str = "(removed)";

impl Finding {
    /// The finding as a saved run keeps it once its pupil is removed: its code, severity and
    /// place in the counts stay; where it named the pupil it says [`REMOVED_PUPIL`], and the
    /// officer's reason of an acceptance saved with it goes (it may name the pupil in any words).
    /// Whether it named `number`.
    pub fn forget_pupil(&mut self, key: &str) -> bool {
        if self.subject_kind != "pupil" || self.subject_id != key {
            return false;
        }
        // A key `NUMBER@SCHOOL`: the message and the hint say the number.
        let number = key.split('@').next().unwrap_or(key);
        self.subject_id = REMOVED_PUPIL.to_string();
        self.message = replace_number(&self.message, number);
        self.hint = replace_number(&self.hint, number);
        if let Some(a) = &mut self.accepted {
            a.subject_id = REMOVED_PUPIL.to_string();
            a.reason = REMOVED_PUPIL.to_string();
        }
        true
    }
}

/// `text` with `number` replaced by [`REMOVED_PUPIL`] where it stands as a number of its own
/// (not inside a longer one, a date or a word).
fn replace_number(text: &str, number: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(number) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + number.len()..].chars().next();
        let alone = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
        out.push_str(&rest[..at]);
        out.push_str(if alone(before) && alone(after) {
            REMOVED_PUPIL
        } else {
            number
        });
        rest = &rest[at + number.len()..];
    }
    out.push_str(rest);
    out
}

/// The change log's name of the acceptance of `code` about `kind:id`; with an empty code, the
/// end every acceptance about that subject has.
pub fn log_id(code: &str, kind: &str, id: &str) -> String {
    format!("{code} {kind}:{id}")
}

impl Acceptance {
    /// How the change log names an accepted finding: `CODE KIND:ID`.
    pub fn log_id(&self) -> String {
        log_id(&self.code, &self.subject_kind, &self.subject_id)
    }

    /// What can be accepted: a code the audit knows, about a kind of thing it reports on, with a
    /// reason.
    pub fn validate(&self) -> Result<(), String> {
        if !CODES.iter().any(|c| c.0 == self.code) {
            return Err(crate::tr!("audit-accept-unknown-code", code = &self.code));
        }
        if !SUBJECT_KINDS.contains(&self.subject_kind.as_str()) {
            return Err(crate::tr!(
                "audit-accept-unknown-kind",
                kind = &self.subject_kind,
                expected = SUBJECT_KINDS.join(", ")
            ));
        }
        let kinds = subject_kinds_of(&self.code);
        if !kinds.contains(&self.subject_kind.as_str()) {
            return Err(crate::tr!(
                "audit-accept-wrong-kind",
                code = &self.code,
                kind = &self.subject_kind,
                expected = kinds.join(", ")
            ));
        }
        if self.subject_id.trim().is_empty() {
            return Err(crate::tr!("audit-accept-no-id"));
        }
        if self.reason.trim().is_empty() {
            return Err(crate::tr!("audit-accept-no-reason", code = &self.code));
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
    pub turned_16: Vec<TurnedSixteen>,
}

/// A pupil of 16 or older for whom a parent's decision still stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TurnedSixteen {
    /// The register's key: the finding's subject, which tells two pupils with one number at
    /// two schools apart (`1003@09ZZ00` for the second).
    pub key: String,
    pub number: String,
    /// The school, `""` for none.
    pub school: String,
    /// The purposes, joined.
    pub purposes: String,
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

/// Every finding the audit can report: its code (stable, scripts filter on it) and its severity.
/// What each means is `audit-meaning-<code>` in the catalogue. `vreg audit codes` prints this
/// list.
pub const CODES: &[(&str, Severity)] = &[
    ("agreement-missing", Severity::Error),
    ("agreement-expired", Severity::Error),
    ("scope-missing", Severity::Error),
    ("bsn-shared", Severity::Error),
    ("transfer-unsafeguarded", Severity::Error),
    ("transfer-safeguard-invalid", Severity::Error),
    ("party-no-basis", Severity::Error),
    ("special-category-party", Severity::Error),
    ("breach-ap-late", Severity::Error),
    ("breach-subjects-unnotified", Severity::Error),
    ("request-overdue", Severity::Error),
    ("art30-incomplete", Severity::Error),
    ("processing-special-no-exception", Severity::Error),
    ("processing-bsn-no-law", Severity::Error),
    ("agreement-expiring", Severity::Warning),
    ("review-overdue", Severity::Warning),
    ("document-missing", Severity::Warning),
    ("model-outdated", Severity::Warning),
    ("special-category", Severity::Warning),
    ("convenant-none", Severity::Warning),
    ("party-not-in-regulation", Severity::Warning),
    ("party-legitimate-interest", Severity::Warning),
    ("consent-stale", Severity::Warning),
    ("consent-explicit-unwritten", Severity::Warning),
    ("consent-disputed", Severity::Warning),
    ("pupil-retention", Severity::Warning),
    ("breach-processor-late", Severity::Warning),
    ("breach-inspectie-unnotified", Severity::Warning),
    ("breach-ap-late-explained", Severity::Warning),
    ("breach-subjects-late", Severity::Warning),
    ("breach-undecided", Severity::Warning),
    ("request-due-soon", Severity::Warning),
    ("processing-review-overdue", Severity::Warning),
    ("processing-legitimate-interest", Severity::Warning),
    ("processing-categories-unlisted", Severity::Warning),
    ("convenant-unchecked", Severity::Info),
    ("consent-unknown", Severity::Info),
    ("consent-turned-16", Severity::Info),
    ("breach-open", Severity::Info),
    ("agreement-unlinked", Severity::Info),
];

struct Findings(Vec<Finding>);

#[cfg(test)]
impl Findings {
    /// The findings some rules add.
    fn with(rules: impl FnOnce(&mut Findings)) -> Vec<Finding> {
        let mut f = Findings(Vec::new());
        rules(&mut f);
        f.0
    }
}

impl Findings {
    fn add(
        &mut self,
        code: &'static str,
        severity: Severity,
        subject: (&'static str, &str),
        message: Text,
    ) {
        debug_assert!(
            CODES.contains(&(code, severity)),
            "{code} ({severity}) is not in audit::CODES"
        );
        debug_assert!(
            subject_kinds_of(code).contains(&subject.0),
            "{code} about a {} is not in audit::subject_kinds_of",
            subject.0
        );
        self.0.push(Finding {
            code: code.to_string(),
            severity,
            subject_kind: subject.0.to_string(),
            subject_id: subject.1.to_string(),
            message: message.in_lang(Lang::En),
            hint: message.attribute_in(Lang::En, "hint"),
            accepted: None,
            words: Some(Box::new(Words {
                message,
                serves: None,
            })),
        });
    }
}

/// What a finding with `code` is about: the `subject_kind`s its rule reports on. An acceptance
/// of another kind could never match a finding; every finding the audit makes is held to this
/// list (a debug assertion in `Findings::add`).
pub fn subject_kinds_of(code: &str) -> &'static [&'static str] {
    match code {
        "agreement-missing" | "convenant-none" | "convenant-unchecked" => &["supplier"],
        "bsn-shared" => &["agreement", "party"],
        "party-no-basis"
        | "special-category-party"
        | "party-not-in-regulation"
        | "party-legitimate-interest" => &["party"],
        "consent-unknown" | "consent-stale" | "consent-explicit-unwritten" | "consent-disputed" => {
            &["purpose"]
        }
        "consent-turned-16" | "pupil-retention" => &["pupil"],
        "art30-incomplete"
        | "processing-special-no-exception"
        | "processing-bsn-no-law"
        | "processing-review-overdue"
        | "processing-legitimate-interest"
        | "processing-categories-unlisted" => &["processing"],
        code if code.starts_with("breach-") => &["breach"],
        code if code.starts_with("request-") => &["request"],
        _ => &["agreement"],
    }
}

/// What a finding code means, in `lang`; none for a code the audit does not know.
pub fn describe(code: &str, lang: Lang) -> Option<String> {
    CODES
        .iter()
        .any(|c| c.0 == code)
        .then(|| crate::i18n::message_in(lang, &format!("audit-meaning-{code}"), &[]))
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
            finding.serving(schools);
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
