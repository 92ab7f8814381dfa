//! Rules on external parties: a basis, its law, the categories they may receive.

use super::{Findings, Severity};
use crate::domain::category::Category;
use crate::domain::party::Basis;
use crate::domain::register::Register;
use crate::text;

pub(super) fn party_rules(f: &mut Findings, register: &Register) {
    for p in &register.parties {
        let subject = ("party", p.id.as_str());
        if p.basis == Basis::LegalObligation && p.law.is_none() {
            f.add(
                "party-no-basis",
                Severity::Error,
                subject,
                text!("audit-party-no-basis", id = &p.id),
            );
        }
        if p.categories.contains(&Category::Bsn) && p.basis != Basis::LegalObligation {
            f.add(
                "bsn-shared",
                Severity::Error,
                subject,
                text!("audit-bsn-party", id = &p.id, basis = p.basis.code()),
            );
        }
        let special: Vec<&str> = p
            .categories
            .iter()
            .filter(|c| c.special())
            .map(|c| c.code())
            .collect();
        if p.special_category_problem().is_some() && !special.is_empty() {
            // The party's own rule says whether there is a problem; the words say which.
            let problem = match p.basis {
                Basis::LegalObligation | Basis::PublicTask => "no-law",
                _ => "never",
            };
            f.add(
                "special-category-party",
                Severity::Error,
                subject,
                text!(
                    "audit-special-category-party",
                    id = &p.id,
                    categories = special.join(", "),
                    problem = problem,
                    basis = p.basis.code()
                ),
            );
        }
        if p.basis == Basis::LegitimateInterest {
            f.add(
                "party-legitimate-interest",
                Severity::Warning,
                subject,
                text!("audit-party-legitimate-interest", id = &p.id),
            );
        }
        if !p.in_privacy_regulation {
            f.add(
                "party-not-in-regulation",
                Severity::Warning,
                subject,
                text!("audit-party-not-in-regulation", id = &p.id),
            );
        }
    }
}
