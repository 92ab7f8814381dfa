//! Rules on the register of processing activities (art. 30): purpose, basis, retention, review.

use chrono::NaiveDate;

use super::{Findings, Severity};
use crate::domain::register::Register;

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
