//! Rules on the register of processing activities (art. 30): purpose, basis, retention, review.

use chrono::NaiveDate;

use super::{Findings, Severity};
use crate::domain::party::Basis;
use crate::domain::processing::activity;
use crate::domain::register::Register;
use crate::text;

/// The register of processing activities: complete, reviewed, special categories and the BSN
/// only where the rule of parties allows them, no legitimate interest unremarked, and every
/// agreement in force used by an activity.
pub(super) fn processing_rules(
    f: &mut Findings,
    register: &Register,
    as_of: NaiveDate,
    horizon: u32,
) {
    for p in &register.processings {
        let subject = ("processing", p.id.as_str());
        let missing = p.missing();
        if !missing.is_empty() {
            f.add(
                "art30-incomplete",
                Severity::Error,
                subject,
                text!(
                    "audit-art30-incomplete",
                    id = &p.id,
                    missing = missing.join(", ")
                ),
            );
        }
        // Said as its code in English and its label in Dutch; only messages of a basis use it.
        let basis = p.basis.map_or_else(|| "-".into(), Basis::word);
        if let Some((problem, special)) = p.special_unlifted(&register.categories) {
            f.add(
                "processing-special-no-exception",
                Severity::Error,
                subject,
                text!(
                    "audit-processing-special",
                    id = &p.id,
                    categories = special.join(", "),
                    problem = problem,
                    basis = basis.clone()
                ),
            );
        }
        if let Some((problem, ids)) = p.national_id_unlifted(&register.categories) {
            f.add(
                "processing-bsn-no-law",
                Severity::Error,
                subject,
                text!(
                    "audit-processing-bsn",
                    id = &p.id,
                    categories = ids.join(", "),
                    problem = problem,
                    basis = basis.clone()
                ),
            );
        }
        if p.basis == Some(Basis::LegitimateInterest) {
            f.add(
                "processing-legitimate-interest",
                Severity::Warning,
                subject,
                text!("audit-processing-legitimate-interest", id = &p.id),
            );
        }
        // A draft without categories is art30-incomplete: every category would be unlisted.
        let recipients = match p.categories.is_empty() {
            true => Vec::new(),
            false => activity(p, register, as_of).recipients,
        };
        for r in recipients
            .iter()
            .filter(|r| !r.unlisted_categories.is_empty())
        {
            let codes: Vec<&str> = r
                .unlisted_categories
                .iter()
                .map(|c| c.code.as_str())
                .collect();
            f.add(
                "processing-categories-unlisted",
                Severity::Warning,
                subject,
                text!(
                    "audit-processing-categories-unlisted",
                    id = &p.id,
                    categories = codes.join(", "),
                    kind = r.kind,
                    recipient = &r.name,
                    recipient_id = &r.id,
                    agreement = r.agreement.as_deref().unwrap_or_default()
                ),
            );
        }
        if let Some(review) = p.review_on.filter(|_| p.review_overdue(as_of)) {
            f.add(
                "processing-review-overdue",
                Severity::Warning,
                subject,
                text!(
                    "audit-processing-review-overdue",
                    id = &p.id,
                    review_on = review
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
                    text!("audit-agreement-unlinked", id = &a.id),
                );
            }
        }
    }
}
