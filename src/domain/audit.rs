//! The yearly audit: every rule a pure function over a snapshot of the register.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use super::agreement::{Agreement, Model, Safeguard, Status, TransferProblem, transfer_problem};
use super::breach::{Instant, Risk, show_time};
use super::category::Category;
use super::code_enum;
use super::party::Basis;
use super::request::{DUE_SOON_DAYS, Request, Status as RequestStatus};
use super::supplier::{Convenant, Role};
use crate::domain::register::AgreementFull;
use crate::domain::register::Register;

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
            supplier_rules(&mut f, supplier, agreements, as_of, horizon_days);
        }
    }
    party_rules(&mut f, &snapshot.register);
    consent_rules(&mut f, snapshot, as_of);
    breach_rules(&mut f, snapshot);
    request_rules(&mut f, snapshot, as_of);
    processing_rules(&mut f, &snapshot.register, as_of, horizon_days);
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

fn supplier_rules(
    f: &mut Findings,
    supplier: &super::supplier::Supplier,
    agreements: &[AgreementFull],
    as_of: NaiveDate,
    horizon: u32,
) {
    let s = ("supplier", supplier.id.as_str());
    let siblings = || agreements.iter().map(|f| &f.agreement);
    let status = |a: &Agreement| a.status_among(siblings(), as_of, horizon);
    let processor = supplier.role == Role::Processor;
    // A lapsed agreement is one finding: agreement-expired says it.
    let lapsed = agreements.iter().any(|a| {
        status(&a.agreement) == Status::Expired
            && !superseded(&a.agreement, agreements, as_of, horizon)
    });
    if processor && !lapsed && !agreements.iter().any(|a| status(&a.agreement).in_force()) {
        f.add(
            "agreement-missing",
            Severity::Error,
            s,
            format!(
                "processor {} ({}) has no agreement in force on {as_of}",
                supplier.id, supplier.name
            ),
            format!(
                "register the signed agreement: vreg agreement add {} --signed-on DATE",
                supplier.id
            ),
        );
    }
    if processor && matches!(supplier.convenant, Convenant::None | Convenant::Unknown) {
        f.add(
            "convenant-none",
            Severity::Warning,
            s,
            format!(
                "processor {} is {} in the Privacyconvenant Onderwijs",
                supplier.id,
                if supplier.convenant == Convenant::None {
                    "no participant or supporter"
                } else {
                    "of unknown standing"
                }
            ),
            format!(
                "check privacyconvenant.nl and record it: vreg convenant set {} STATUS",
                supplier.id
            ),
        );
    }
    let year_ago = as_of.checked_sub_months(Months::new(12)).unwrap_or(as_of);
    if processor && supplier.convenant_checked_on.is_none_or(|d| d < year_ago) {
        f.add("convenant-unchecked", Severity::Info, s,
              match supplier.convenant_checked_on {
                  None => format!("the convenant status of {} was never checked", supplier.id),
                  Some(d) => format!("the convenant status of {} was last checked on {d}, more than a year ago", supplier.id),
              },
              format!("check privacyconvenant.nl and record it: vreg convenant set {} STATUS --checked-on DATE", supplier.id));
    }
    for full in agreements {
        agreement_rules(f, full, agreements, as_of, horizon);
    }
}

/// A newer agreement of the same supplier takes over from an expired one: signed later, in force.
pub fn superseded(a: &Agreement, all: &[AgreementFull], as_of: NaiveDate, horizon: u32) -> bool {
    all.iter().any(|other| {
        other.agreement.signed_on > a.signed_on && other.agreement.status(as_of, horizon).in_force()
    })
}

fn agreement_rules(
    f: &mut Findings,
    full: &AgreementFull,
    all: &[AgreementFull],
    as_of: NaiveDate,
    horizon: u32,
) {
    let a = &full.agreement;
    let subject = ("agreement", a.id.as_str());
    let status = a.status_among(all.iter().map(|f| &f.agreement), as_of, horizon);
    let live = status.in_force() || status == Status::Draft;
    match status {
        Status::Expired if !superseded(a, all, as_of, horizon) => f.add("agreement-expired", Severity::Error, subject,
            format!("agreement {} of {} expired on {}", a.id, a.supplier, a.expires_on.map(|d| d.to_string()).unwrap_or_default()),
            format!("register the renewed agreement (vreg agreement add {}), or end this one: vreg agreement end {} --on DATE", a.supplier, a.id)),
        Status::Expiring => {
            let ends = a.ends_on().unwrap_or(as_of);
            f.add("agreement-expiring", Severity::Warning, subject,
                  format!("agreement {} of {} ends on {ends}, within {horizon} days", a.id, a.supplier),
                  format!("renew it in time and register the new agreement: vreg agreement add {}", a.supplier));
        }
        _ => {}
    }
    if status.in_force() {
        if let Some(review) = a.review_on.filter(|_| a.review_overdue(as_of)) {
            f.add(
                "review-overdue",
                Severity::Warning,
                subject,
                format!("agreement {} was due for review on {review}", a.id),
                format!(
                    "review it and set the next date: vreg agreement edit {} --review-on DATE",
                    a.id
                ),
            );
        }
        if full.scope.is_empty() {
            f.add(
                "scope-missing",
                Severity::Error,
                subject,
                format!(
                    "agreement {} is in force but registers no data categories",
                    a.id
                ),
                format!(
                    "register what the supplier receives: vreg scope set {} CATEGORY...",
                    a.id
                ),
            );
        }
        if a.document.is_none() {
            f.add(
                "document-missing",
                Severity::Warning,
                subject,
                format!("agreement {} has no reference to the signed document", a.id),
                format!("vreg agreement edit {} --document REF", a.id),
            );
        }
        let late_signed = a.signed_on.is_some_and(|s| s >= model4_required_from());
        let past_review = a.review_overdue(as_of);
        if a.model == Model::Model3 && (late_signed || past_review) {
            f.add("model-outdated", Severity::Warning, subject,
                  if late_signed {
                      format!("agreement {} uses the Model Verwerkersovereenkomst 3.0 but was signed on or after {}", a.id, model4_required_from())
                  } else {
                      format!("agreement {} still uses the Model Verwerkersovereenkomst 3.0 after its review date", a.id)
                  },
                  format!("agree the Model 4.0 with the supplier and record it: vreg agreement edit {} --model model-4.0", a.id));
        }
    }
    if live {
        let special: Vec<&str> = full
            .scope
            .iter()
            .filter(|e| e.category.special())
            .map(|e| e.category.code())
            .collect();
        if !special.is_empty() && a.dpia.is_none() {
            f.add(
                "special-category",
                Severity::Warning,
                subject,
                format!(
                    "agreement {} receives special categories ({}) without a DPIA reference",
                    a.id,
                    special.join(", ")
                ),
                format!(
                    "carry out a DPIA and record it: vreg agreement edit {} --dpia REF",
                    a.id
                ),
            );
        }
        // The BSN only where a law prescribes it (UAVG art. 46): the pupil administration names
        // the law on its scope line; learning material never receives it.
        if full
            .scope
            .iter()
            .any(|e| e.category == Category::Bsn && e.law.is_none())
        {
            f.add("bsn-shared", Severity::Error, subject,
                  format!("agreement {} gives supplier {} the BSN without naming the law that prescribes it (UAVG art. 46)", a.id, a.supplier),
                  format!("learning material gets the ECK iD instead: vreg scope remove {} bsn; for the pupil administration name the law: vreg scope add {} bsn --law \"WPO art. 178a\"", a.id, a.id));
        }
        // Each recipient on its own: the agreement's safeguard covers its storage countries,
        // each sub-processor needs its own.
        let storage = a
            .storage_countries
            .iter()
            .map(|c| (None, c.as_str(), a.transfer_safeguard));
        let subs = full.subprocessors.iter().map(|sub| {
            (
                Some(sub.name.as_str()),
                sub.country.as_str(),
                sub.transfer_safeguard,
            )
        });
        for (sub, country, safeguard) in storage.chain(subs) {
            let whom = match sub {
                None => format!("agreement {} stores data in {country}", a.id),
                Some(name) => format!("sub-processor {name} of agreement {} is in {country}", a.id),
            };
            let fix = match sub {
                None => format!("vreg agreement edit {} --safeguard S", a.id),
                Some(name) => format!(
                    "vreg agreement subprocessor remove {} \"{name}\", then add it again with --safeguard S",
                    a.id
                ),
            };
            match transfer_problem(country, safeguard) {
                Some(TransferProblem::Unsafeguarded) => f.add("transfer-unsafeguarded", Severity::Error, subject,
                    format!("{whom} (outside the EEA) without a transfer safeguard of its own"),
                    format!("record the safeguard (adequacy, scc, dpf, bcr): {fix}")),
                Some(TransferProblem::Invalid) => f.add("transfer-safeguard-invalid", Severity::Error, subject,
                    format!("{whom} under safeguard {}, which does not hold for {country}: dpf covers the United States only, adequacy only the countries on the Commission's list ({})",
                        safeguard.map(Safeguard::code).unwrap_or_default(), crate::domain::country::ADEQUACY.join(", ")),
                    format!("record a safeguard that holds there (scc or bcr anywhere): {fix}")),
                None => {}
            }
        }
    }
}

fn party_rules(f: &mut Findings, register: &Register) {
    for p in &register.parties {
        let subject = ("party", p.id.as_str());
        if p.basis == Basis::LegalObligation && p.law.is_none() {
            f.add(
                "party-no-basis",
                Severity::Error,
                subject,
                format!(
                    "party {} has basis legal-obligation but no law reference",
                    p.id
                ),
                format!("name the law: vreg party edit {} --law \"...\"", p.id),
            );
        }
        if p.categories.contains(&Category::Bsn) && p.basis != Basis::LegalObligation {
            f.add("bsn-shared", Severity::Error, subject,
                  format!("party {} may receive the BSN on basis {}; only a legal obligation allows it (UAVG art. 46)", p.id, p.basis),
                  format!("remove bsn from its categories: vreg party edit {} --category ...", p.id));
        }
        let special: Vec<&str> = p
            .categories
            .iter()
            .filter(|c| c.special())
            .map(|c| c.code())
            .collect();
        if let Some(problem) = p.special_category_problem().filter(|_| !special.is_empty()) {
            f.add("special-category-party", Severity::Error, subject,
                  format!("party {} may receive {}: {problem}", p.id, special.join(", ")),
                  match p.basis {
                      Basis::LegalObligation | Basis::PublicTask => format!("name the law: vreg party edit {} --law \"...\", or remove the categories: vreg party edit {} --category ...", p.id, p.id),
                      _ => format!("remove the special categories (vreg party edit {} --category ...), or share them only on explicit consent (--basis consent)", p.id),
                  });
        }
        if p.basis == Basis::LegitimateInterest {
            f.add("party-legitimate-interest", Severity::Warning, subject,
                  format!("party {} receives pupil data on legitimate interest, which does not apply to a school's public task (AVG art. 6(1), last sentence)", p.id),
                  format!("name the basis that applies (public-task with its law, legal-obligation, consent), or record the reason in its notes: vreg party edit {} --basis B", p.id));
        }
        if !p.in_privacy_regulation {
            f.add("party-not-in-regulation", Severity::Warning, subject,
                  format!("party {} is not listed in the privacyreglement", p.id),
                  format!("add it to the privacyreglement (with the GMR), then: vreg party edit {} --in-regulation true", p.id));
        }
    }
}

fn consent_rules(f: &mut Findings, snapshot: &Snapshot, as_of: NaiveDate) {
    let c = &snapshot.consent;
    for (purpose, &n) in c.unknown.iter().filter(|(_, n)| **n > 0) {
        f.add("consent-unknown", Severity::Info, ("purpose", purpose),
              format!("{n} pupil(s) have no decision for {purpose}; without a decision there is no consent"),
              format!("ask the parents, then import or record: vreg consent list --purpose {purpose} --not-granted"));
    }
    let start = school_year_start(as_of);
    for (purpose, &n) in c.stale.iter().filter(|(_, n)| **n > 0) {
        f.add(
            "consent-stale",
            Severity::Warning,
            ("purpose", purpose),
            format!(
                "{n} decision(s) for {purpose} date from before this school year (began {start})"
            ),
            "ask the parents again and import their answers as this year's: vreg pupil import FILE.csv --reconfirm".to_string(),
        );
    }
    for (purpose, &n) in c.not_counting.iter().filter(|(_, n)| **n > 0) {
        f.add("consent-explicit-unwritten", Severity::Warning, ("purpose", purpose),
              format!("{n} grant(s) for {purpose} were given in a form this purpose does not accept (a verbal grant never counts where an express statement is needed)"),
              format!("ask for the statement the purpose needs and record it: vreg consent set PUPIL {purpose} granted --form written"));
    }
    for (purpose, &n) in c.disputed.iter().filter(|(_, n)| **n > 0) {
        f.add("consent-disputed", Severity::Warning, ("purpose", purpose),
              format!("{n} pupil(s) have parents who disagree on {purpose}: one granted, the other refused or withdrew; that is no consent"),
              format!("talk to both parents; see who: vreg consent list --purpose {purpose} --not-granted"));
    }
    for (pupil, purposes) in &c.turned_16 {
        f.add("consent-turned-16", Severity::Info, ("pupil", pupil),
              format!("pupil {pupil} is 16 or older and decides alone, but a parent's decision still stands for {purposes}"),
              format!("ask the pupil and record it: vreg consent set {pupil} PURPOSE granted|refused --by pupil"));
    }
    if snapshot.retained_pupils > 0 {
        let limit = retention_limit(as_of);
        f.add("pupil-retention", Severity::Warning, ("pupil", "*"),
              format!("{} pupil(s) who left before {limit} (more than 2 years ago) are still in the register", snapshot.retained_pupils),
              format!("vreg pupil purge --left-before {limit}"));
    }
}

fn breach_rules(f: &mut Findings, snapshot: &Snapshot) {
    let now = snapshot.now;
    let notice_hours = |agreement: &str| {
        snapshot
            .register
            .suppliers
            .iter()
            .flat_map(|(_, agreements)| agreements)
            .find(|a| a.agreement.id == agreement)
            .and_then(|a| a.agreement.breach_notice_hours)
    };
    // A breach discovered after the moment of the audit is not yet known to it.
    for b in snapshot
        .register
        .breaches
        .iter()
        .filter(|b| b.discovered_at <= now)
    {
        let subject = ("breach", b.id.as_str());
        let due = show_time(b.ap_due());
        if b.ap_late(now) {
            let (message, hint) = match (b.ap_reported_at, b.risk) {
                (Some(at), _) => (
                    format!(
                        "breach {} was reported to the AP on {}, after the 72 hours (due {due})",
                        b.id,
                        show_time(at)
                    ),
                    "keep the reasons for the delay with the report (art. 33(1) AVG)".to_string(),
                ),
                (None, None) => (
                    format!(
                        "breach {} is still not assessed, and its 72 hours ended on {due}",
                        b.id
                    ),
                    format!(
                        "decide now and report if needed: vreg breach assess {} --risk none|risk|high --reason TEXT",
                        b.id
                    ),
                ),
                (None, Some(_)) => (
                    format!(
                        "breach {} is reportable and was not reported to the AP by {due}",
                        b.id
                    ),
                    format!(
                        "report it now, with the reasons for the delay: vreg breach notify {} ap --at TIME --ref MELDNUMMER",
                        b.id
                    ),
                ),
            };
            f.add("breach-ap-late", Severity::Error, subject, message, hint);
        }
        if b.is_open() && b.risk.is_none() && !b.ap_late(now) {
            f.add(
                "breach-undecided",
                Severity::Warning,
                subject,
                format!("breach {} is not assessed; the AP deadline is {due}", b.id),
                format!(
                    "vreg breach assess {} --risk none|risk|high --reason TEXT",
                    b.id
                ),
            );
        }
        if b.risk == Some(Risk::High) && b.subjects_notified_at.is_none() {
            f.add("breach-subjects-unnotified", Severity::Error, subject,
                  format!("breach {} has a high risk and the people affected were not told", b.id),
                  format!("tell them without undue delay, then: vreg breach notify {} subjects --at TIME --how TEXT", b.id));
        }
        let hours = b.agreement.as_deref().and_then(notice_hours);
        if let (Some(due), Some(reported)) = (b.processor_due(hours), b.supplier_reported_at)
            && reported > due
        {
            f.add("breach-processor-late", Severity::Warning, subject,
                  format!("supplier {} reported breach {} on {}, later than the {} hours of agreement {} (due {})",
                          b.supplier.as_deref().unwrap_or_default(), b.id, show_time(reported),
                          hours.unwrap_or_default(), b.agreement.as_deref().unwrap_or_default(), show_time(due)),
                  "hold the supplier to its agreement and note it at the next review".to_string());
        }
        if b.is_open() {
            f.add(
                "breach-open",
                Severity::Info,
                subject,
                format!("breach {} ({}) is open", b.id, b.title),
                format!(
                    "close it when handled: vreg breach close {} --measures TEXT",
                    b.id
                ),
            );
        }
    }
}

/// Open requests past their due date, and those due within a week. A request received after
/// `as_of` is not yet known to the audit; one answered after it was still open then.
fn request_rules(f: &mut Findings, snapshot: &Snapshot, as_of: NaiveDate) {
    for r in snapshot.requests.iter().filter(|r| r.received_on <= as_of) {
        let subject = ("request", r.id.as_str());
        let due = r.due_as_of(as_of);
        let close_hint = format!(
            "answer it, then: vreg request close {} --on DATE --outcome granted|partly|refused",
            r.id
        );
        match r.status(as_of) {
            RequestStatus::Overdue => f.add(
                "request-overdue",
                Severity::Error,
                subject,
                format!(
                    "{} request {} received on {} was due on {due} and is not answered",
                    r.kind, r.id, r.received_on
                ),
                format!("{close_hint} (art. 12(3) AVG: within one month, or three when extended in time)"),
            ),
            RequestStatus::Open if r.due_soon(as_of) => {
                let days = (due - as_of).num_days();
                let hint = if r.is_extended() {
                    close_hint
                } else {
                    format!(
                        "{close_hint}; or, for a complex request, tell the requester with reasons and record it: vreg request extend {} --reason TEXT --notified-on DATE",
                        r.id
                    )
                };
                f.add(
                    "request-due-soon",
                    Severity::Warning,
                    subject,
                    format!(
                        "{} request {} is due on {due}, in {days} day(s) (within {DUE_SOON_DAYS})",
                        r.kind, r.id
                    ),
                    hint,
                );
            }
            _ => {}
        }
    }
}

/// The register of processing activities: complete, reviewed, special categories on an
/// exception, and every agreement in force used by an activity.
fn processing_rules(f: &mut Findings, register: &Register, as_of: NaiveDate, horizon: u32) {
    for p in &register.processings {
        let subject = ("processing", p.id.as_str());
        let missing = p.missing();
        if !missing.is_empty() {
            f.add(
                "art30-incomplete",
                Severity::Error,
                subject,
                format!(
                    "processing {} lacks {} (AVG art. 30(1))",
                    p.id,
                    missing.join(", ")
                ),
                format!(
                    "fill it in: vreg processing edit {} --purpose TEXT --subjects S --category C --basis B",
                    p.id
                ),
            );
        }
        let special = p.special_without_exception(&register.categories);
        if !special.is_empty() {
            f.add(
                "processing-special-no-exception",
                Severity::Error,
                subject,
                format!(
                    "processing {} holds special categories ({}) on basis {}, without consent or a law that lifts the prohibition of AVG art. 9",
                    p.id,
                    special.join(", "),
                    p.basis.map_or("(none)", |b| b.code())
                ),
                format!(
                    "name the law (e.g. UAVG art. 30 for support because of health): vreg processing edit {} --law \"...\", or rest it on explicit consent (--basis consent)",
                    p.id
                ),
            );
        }
        if let Some(review) = p.review_on.filter(|_| p.review_overdue(as_of)) {
            f.add(
                "processing-review-overdue",
                Severity::Warning,
                subject,
                format!("processing {} was due for review on {review}", p.id),
                format!(
                    "review it with its owner, then: vreg processing edit {} --review-on DATE",
                    p.id
                ),
            );
        }
    }
    if register.processings.is_empty() {
        return;
    }
    for (_, agreements) in &register.suppliers {
        let siblings = || agreements.iter().map(|f| &f.agreement);
        for full in agreements {
            let a = &full.agreement;
            let used = register
                .processings
                .iter()
                .any(|p| p.agreements.contains(&a.id));
            if !used && a.status_among(siblings(), as_of, horizon).in_force() {
                f.add(
                    "agreement-unlinked",
                    Severity::Info,
                    ("agreement", a.id.as_str()),
                    format!(
                        "agreement {} is in force but no processing activity uses it",
                        a.id
                    ),
                    format!(
                        "link it to the activity it serves: vreg processing edit ID --agreement {} (with the agreements the activity already has)",
                        a.id
                    ),
                );
            }
        }
    }
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
mod tests {
    use super::*;
    use crate::domain::agreement::Subprocessor;
    use crate::domain::category::ScopeEntry;
    use crate::domain::party::{Kind, Party};
    use crate::domain::supplier::{ConvenantVersion, Supplier};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const AS_OF: &str = "2026-11-28";

    fn clean_supplier() -> Supplier {
        Supplier {
            convenant: Convenant::Participant,
            convenant_version: Some(ConvenantVersion::V4),
            convenant_checked_on: Some(d("2026-09-01")),
            ..Supplier::new("s".into(), "S".into())
        }
    }

    fn clean_agreement() -> AgreementFull {
        AgreementFull {
            agreement: Agreement {
                schools: vec![],
                id: "a".into(),
                supplier: "s".into(),
                products: vec![],
                model: Model::Model4,
                signed_on: Some(d("2024-01-01")),
                starts_on: None,
                expires_on: None,
                review_on: None,
                terminated_on: None,
                document: Some("DMS/1".into()),
                privacy_leaflet: None,
                storage_countries: vec!["NL".into()],
                transfer_safeguard: None,
                breach_notice_hours: Some(24),
                dpia: None,
                notes: None,
            },
            scope: vec![ScopeEntry::of(Category::EckId)],
            subprocessors: vec![],
        }
    }

    fn codes_for(
        supplier: Supplier,
        agreements: Vec<AgreementFull>,
        as_of: &str,
    ) -> Vec<&'static str> {
        let snapshot = Snapshot {
            register: Register {
                suppliers: vec![(supplier, agreements)],
                ..Register::default()
            },
            ..Snapshot::default()
        };
        audit(&snapshot, d(as_of), 90)
            .into_iter()
            .map(|f| static_code(&f.code))
            .collect()
    }

    /// The code as the list of codes holds it.
    fn static_code(code: &str) -> &'static str {
        CODES.iter().find(|c| c.0 == code).map(|c| c.0).unwrap()
    }

    fn codes(agreement: AgreementFull, as_of: &str) -> Vec<&'static str> {
        codes_for(clean_supplier(), vec![agreement], as_of)
    }

    #[test]
    fn a_clean_supplier_has_no_findings() {
        assert_eq!(codes(clean_agreement(), AS_OF), Vec::<&str>::new());
    }

    #[test]
    fn expiry_on_as_of_is_expiring_and_the_day_after_expired() {
        let mut a = clean_agreement();
        a.agreement.expires_on = Some(d(AS_OF));
        assert_eq!(codes(a.clone(), AS_OF), ["agreement-expiring"]);
        // A lapsed agreement is one finding, not also agreement-missing.
        assert_eq!(codes(a, "2026-11-29"), ["agreement-expired"]);
    }

    #[test]
    fn expiring_exactly_on_the_horizon_counts() {
        let mut a = clean_agreement();
        a.agreement.expires_on = Some(d("2027-02-26"));
        assert_eq!(codes(a.clone(), AS_OF), ["agreement-expiring"]);
        a.agreement.expires_on = Some(d("2027-02-27"));
        assert_eq!(codes(a, AS_OF), Vec::<&str>::new());
    }

    #[test]
    fn a_newer_agreement_takes_over_from_an_expired_one() {
        let mut old = clean_agreement();
        old.agreement.expires_on = Some(d("2026-07-31"));
        let mut new = clean_agreement();
        new.agreement.id = "b".into();
        new.agreement.signed_on = Some(d("2026-07-01"));
        assert_eq!(
            codes_for(clean_supplier(), vec![old.clone(), new], AS_OF),
            Vec::<&str>::new()
        );
        // A terminated agreement is no expiry to report.
        old.agreement.terminated_on = Some(d("2026-07-31"));
        assert_eq!(codes(old, AS_OF), ["agreement-missing"]);
    }

    #[test]
    fn review_is_overdue_only_after_its_day() {
        let mut a = clean_agreement();
        a.agreement.review_on = Some(d(AS_OF));
        assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
        a.agreement.review_on = Some(d("2026-11-27"));
        assert_eq!(codes(a, AS_OF), ["review-overdue"]);
    }

    #[test]
    fn model_3_signed_from_august_2022_is_outdated() {
        let mut a = clean_agreement();
        a.agreement.model = Model::Model3;
        a.agreement.signed_on = Some(d("2022-07-31"));
        assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
        a.agreement.signed_on = Some(d("2022-08-01"));
        assert_eq!(codes(a.clone(), AS_OF), ["model-outdated"]);
        a.agreement.signed_on = Some(d("2020-01-01"));
        a.agreement.review_on = Some(d("2026-01-01"));
        assert_eq!(codes(a, AS_OF), ["model-outdated", "review-overdue"]);
    }

    #[test]
    fn outside_the_eea_needs_a_safeguard() {
        let mut a = clean_agreement();
        a.agreement.storage_countries = vec!["NO".into(), "IS".into(), "LI".into()];
        assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
        a.agreement.storage_countries = vec!["US".into()];
        assert_eq!(codes(a.clone(), AS_OF), ["transfer-unsafeguarded"]);
        a.agreement.transfer_safeguard = Some(Safeguard::None);
        assert_eq!(codes(a.clone(), AS_OF), ["transfer-unsafeguarded"]);
        a.agreement.transfer_safeguard = Some(Safeguard::Dpf);
        assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
        let mut b = clean_agreement();
        b.subprocessors.push(Subprocessor {
            name: "X".into(),
            country: "GB".into(),
            purpose: None,
            transfer_safeguard: None,
        });
        assert_eq!(codes(b.clone(), AS_OF), ["transfer-unsafeguarded"]);
        b.subprocessors[0].transfer_safeguard = Some(Safeguard::Adequacy);
        assert_eq!(codes(b, AS_OF), Vec::<&str>::new());
    }

    #[test]
    fn data_rules_special_bsn_scope_document() {
        let mut a = clean_agreement();
        a.scope.push(ScopeEntry::of(Category::Health));
        assert_eq!(codes(a.clone(), AS_OF), ["special-category"]);
        a.agreement.dpia = Some("DPIA".into());
        assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
        a.scope.push(ScopeEntry::of(Category::Bsn));
        assert_eq!(codes(a.clone(), AS_OF), ["bsn-shared"]);
        // The pupil administration keeps the BSN because a law says so.
        a.scope.last_mut().unwrap().law = Some("WPO art. 178a".into());
        assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
        let mut b = clean_agreement();
        b.scope.clear();
        b.agreement.document = None;
        assert_eq!(codes(b, AS_OF), ["scope-missing", "document-missing"]);
    }

    #[test]
    fn convenant_rules_apply_to_processors() {
        let mut s = clean_supplier();
        s.convenant = Convenant::Unknown;
        s.convenant_checked_on = Some(d("2025-11-28"));
        assert_eq!(
            codes_for(s.clone(), vec![clean_agreement()], AS_OF),
            ["convenant-none"]
        );
        s.convenant_checked_on = Some(d("2025-11-27"));
        assert_eq!(
            codes_for(s.clone(), vec![clean_agreement()], AS_OF),
            ["convenant-none", "convenant-unchecked"]
        );
        s.role = Role::Controller;
        assert_eq!(codes_for(s, vec![], AS_OF), Vec::<&str>::new());
    }

    #[test]
    fn party_rules() {
        let party = |basis, law: Option<&str>, cats: Vec<Category>, listed| Party {
            schools: vec![],
            id: "p".into(),
            name: "P".into(),
            kind: Kind::Care,
            basis,
            law: law.map(Into::into),
            categories: cats,
            in_privacy_regulation: listed,
            notes: None,
        };
        let run = |p: Party| -> Vec<&'static str> {
            let snapshot = Snapshot {
                register: Register {
                    parties: vec![p],
                    ..Register::default()
                },
                ..Snapshot::default()
            };
            audit(&snapshot, d(AS_OF), 90)
                .into_iter()
                .map(|f| static_code(&f.code))
                .collect()
        };
        assert_eq!(
            run(party(
                Basis::LegalObligation,
                Some("Wet"),
                vec![Category::Bsn],
                true
            )),
            Vec::<&str>::new()
        );
        assert_eq!(
            run(party(Basis::LegalObligation, None, vec![], true)),
            ["party-no-basis"]
        );
        assert_eq!(
            run(party(
                Basis::PublicTask,
                Some("Wet"),
                vec![Category::Bsn],
                false
            )),
            ["bsn-shared", "party-not-in-regulation"]
        );
    }

    #[test]
    fn school_year_starts_on_the_first_of_august() {
        assert_eq!(school_year_start(d("2026-08-01")), d("2026-08-01"));
        assert_eq!(school_year_start(d("2026-07-31")), d("2025-08-01"));
        assert_eq!(school_year_start(d("2026-11-28")), d("2026-08-01"));
    }

    #[test]
    fn retention_is_two_years_after_leaving() {
        assert_eq!(retention_limit(d("2026-11-28")), d("2024-11-28"));
        assert_eq!(retention_limit(d("2026-02-28")), d("2024-02-28"));
        assert_eq!(retention_limit(d("2028-02-29")), d("2026-02-28"));
    }

    #[test]
    fn fail_on_levels() {
        assert!(FailOn::Error.fails(Severity::Error));
        assert!(!FailOn::Error.fails(Severity::Warning));
        assert!(FailOn::Warning.fails(Severity::Warning));
        assert!(!FailOn::Warning.fails(Severity::Info));
        assert!(!FailOn::Never.fails(Severity::Error));
    }
}
