//! Rules on suppliers and their agreements: a current agreement, its dates, model, scope,
//! transfers, convenant.

use chrono::{Months, NaiveDate};

use super::{Findings, Severity, model4_required_from};
use crate::domain::agreement::{
    Agreement, Model, Safeguard, Status, TransferProblem, transfer_problem,
};
use crate::domain::category::Category;
use crate::domain::register::AgreementFull;
use crate::domain::supplier::{Convenant, Role};

pub(super) fn supplier_rules(
    f: &mut Findings,
    supplier: &crate::domain::supplier::Supplier,
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
                None => format!("vreg agreement edit {} --transfer-safeguard S", a.id),
                Some(name) => format!(
                    "vreg agreement subprocessor remove {} \"{name}\", then add it again with --transfer-safeguard S",
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
