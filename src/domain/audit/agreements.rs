//! Rules on suppliers and their agreements: a current agreement, its dates, model, scope,
//! transfers, convenant.

use chrono::{Months, NaiveDate};

use super::{Findings, Severity, model4_required_from};
use crate::domain::agreement::{
    Agreement, Model, Safeguard, Status, TransferProblem, transfer_problem,
};
use crate::domain::category::{bsn_without_law, special_codes};
use crate::domain::register::AgreementFull;
use crate::domain::supplier::{Convenant, Role};
use crate::text;

pub(super) fn supplier_rules(
    f: &mut Findings,
    supplier: &crate::domain::supplier::Supplier,
    agreements: &[AgreementFull],
    as_of: NaiveDate,
    horizon: u32,
) {
    let s = ("supplier", supplier.id.as_str());
    let processor = supplier.role == Role::Processor;
    if missing_agreement(supplier, agreements, as_of, horizon) {
        f.add(
            "agreement-missing",
            Severity::Error,
            s,
            text!(
                "audit-agreement-missing",
                id = &supplier.id,
                name = &supplier.name,
                as_of = as_of
            ),
        );
    }
    if processor && matches!(supplier.convenant, Convenant::None | Convenant::Unknown) {
        f.add(
            "convenant-none",
            Severity::Warning,
            s,
            text!(
                "audit-convenant-none",
                id = &supplier.id,
                standing = supplier.convenant.code()
            ),
        );
    }
    let year_ago = as_of.checked_sub_months(Months::new(12)).unwrap_or(as_of);
    if processor && supplier.convenant_checked_on.is_none_or(|d| d < year_ago) {
        f.add(
            "convenant-unchecked",
            Severity::Info,
            s,
            match supplier.convenant_checked_on {
                None => text!("audit-convenant-never-checked", id = &supplier.id),
                Some(d) => text!(
                    "audit-convenant-checked-long-ago",
                    id = &supplier.id,
                    checked_on = d
                ),
            },
        );
    }
    for full in agreements {
        agreement_rules(f, full, agreements, as_of, horizon);
    }
}

/// A newer agreement of the same supplier takes over from an expired one: signed later, in force.
/// Another supplier's agreement never does, whatever list it is found in.
/// `agreement-missing`: a processor (retired or not: the audit asks it only of those that are
/// not) with no agreement in force on `as_of` and none that lapsed unrenewed, which is
/// `agreement-expired`'s one finding.
pub fn missing_agreement(
    supplier: &crate::domain::supplier::Supplier,
    agreements: &[AgreementFull],
    as_of: NaiveDate,
    horizon: u32,
) -> bool {
    let siblings = || agreements.iter().map(|f| &f.agreement);
    let status = |a: &Agreement| a.status_among(siblings(), as_of, horizon);
    let lapsed = siblings()
        .any(|a| status(a) == Status::Expired && !superseded(a, agreements, as_of, horizon));
    supplier.role == Role::Processor && !lapsed && !siblings().any(|a| status(a).in_force())
}

pub fn superseded(a: &Agreement, all: &[AgreementFull], as_of: NaiveDate, horizon: u32) -> bool {
    all.iter().any(|other| {
        other.agreement.supplier == a.supplier
            && other.agreement.signed_on > a.signed_on
            && other.agreement.status(as_of, horizon).in_force()
    })
}

pub(super) fn agreement_rules(
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
    // A successor registered to take effect after a gap: the gap is the finding, and the hint
    // does not ask for the successor again.
    let next = a
        .successor_to_come(all.iter().map(|f| &f.agreement), as_of)
        .map(|n| {
            let day = n.takes_effect().map(|d| d.to_string()).unwrap_or_default();
            (n.id.as_str(), day)
        });
    match status {
        Status::Expired if !superseded(a, all, as_of, horizon) => {
            let expires_on = a.expires_on.map(|d| d.to_string()).unwrap_or_default();
            let said = match &next {
                Some((next, day)) => text!(
                    "audit-agreement-expired-gap",
                    id = &a.id,
                    supplier = &a.supplier,
                    expires_on = expires_on,
                    next = *next,
                    takes_effect = day
                ),
                None => text!(
                    "audit-agreement-expired",
                    id = &a.id,
                    supplier = &a.supplier,
                    expires_on = expires_on
                ),
            };
            f.add("agreement-expired", Severity::Error, subject, said)
        }
        Status::Expiring => {
            let ends = a.ends_on().unwrap_or(as_of);
            let said = match &next {
                Some((next, day)) => text!(
                    "audit-agreement-expiring-gap",
                    id = &a.id,
                    supplier = &a.supplier,
                    ends_on = ends,
                    horizon = horizon,
                    next = *next,
                    takes_effect = day
                ),
                None => text!(
                    "audit-agreement-expiring",
                    id = &a.id,
                    supplier = &a.supplier,
                    ends_on = ends,
                    horizon = horizon
                ),
            };
            f.add("agreement-expiring", Severity::Warning, subject, said);
        }
        _ => {}
    }
    if status.in_force() {
        if let Some(review) = a.review_on.filter(|_| a.review_overdue(as_of)) {
            f.add(
                "review-overdue",
                Severity::Warning,
                subject,
                text!("audit-review-overdue", id = &a.id, review_on = review),
            );
        }
        if full.scope.is_empty() {
            f.add(
                "scope-missing",
                Severity::Error,
                subject,
                text!("audit-scope-missing", id = &a.id),
            );
        }
        if a.document.is_none() {
            f.add(
                "document-missing",
                Severity::Warning,
                subject,
                text!("audit-document-missing", id = &a.id),
            );
        }
        let late_signed = a.signed_on.is_some_and(|s| s >= model4_required_from());
        let past_review = a.review_overdue(as_of);
        if a.model == Model::Model3 && (late_signed || past_review) {
            f.add(
                "model-outdated",
                Severity::Warning,
                subject,
                if late_signed {
                    text!(
                        "audit-model-signed-late",
                        id = &a.id,
                        from = model4_required_from()
                    )
                } else {
                    text!("audit-model-past-review", id = &a.id)
                },
            );
        }
    }
    if live {
        let special = special_codes(full.scope.iter().map(|e| &e.category));
        if !special.is_empty() && a.dpia.is_none() {
            f.add(
                "special-category",
                Severity::Warning,
                subject,
                text!(
                    "audit-special-category",
                    id = &a.id,
                    categories = crate::domain::category::said(&special)
                ),
            );
        }
        // The BSN only where a law prescribes it (UAVG art. 46): the pupil administration names
        // the law on its scope line; learning material never receives it.
        if bsn_without_law(&full.scope) {
            f.add(
                "bsn-shared",
                Severity::Error,
                subject,
                text!("audit-bsn-agreement", id = &a.id, supplier = &a.supplier),
            );
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
            let recipient = if sub.is_some() { "sub" } else { "storage" };
            let name = sub.unwrap_or_default();
            match transfer_problem(country, safeguard) {
                Some(TransferProblem::Unsafeguarded) => f.add(
                    "transfer-unsafeguarded",
                    Severity::Error,
                    subject,
                    text!(
                        "audit-transfer-unsafeguarded",
                        recipient = recipient,
                        id = &a.id,
                        name = name,
                        country = country
                    ),
                ),
                Some(TransferProblem::Invalid) => f.add(
                    "transfer-safeguard-invalid",
                    Severity::Error,
                    subject,
                    text!(
                        "audit-transfer-invalid",
                        recipient = recipient,
                        id = &a.id,
                        name = name,
                        country = country,
                        safeguard = safeguard.map(Safeguard::code).unwrap_or_default(),
                        adequacy = crate::domain::country::ADEQUACY.join(", ")
                    ),
                ),
                None => {}
            }
        }
    }
}
