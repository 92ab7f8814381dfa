//! Rules on the register of processing activities (art. 30): purpose, basis, retention, review.

use chrono::NaiveDate;

use super::{Findings, Severity};
use crate::domain::register::Register;
use crate::text;

/// The register of processing activities: complete, reviewed, special categories on an
/// exception, and every agreement in force used by an activity.
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
        let special = p.special_without_exception(&register.categories);
        if !special.is_empty() {
            f.add(
                "processing-special-no-exception",
                Severity::Error,
                subject,
                text!(
                    "audit-processing-special",
                    id = &p.id,
                    categories = special.join(", "),
                    basis = p.basis.map_or("(none)", |b| b.code())
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
