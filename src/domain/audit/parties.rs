//! Rules on external parties: a basis, its law, the categories they may receive.

use super::{Findings, Severity};
use crate::domain::category::{Category, special_codes};
use crate::domain::party::{Basis, Unlifted, special_without_explicit};
use crate::domain::register::Register;
use crate::text;

pub(super) fn party_rules(f: &mut Findings, register: &Register) {
    for p in &register.parties {
        let subject = ("party", p.id.as_str());
        if p.law_missing() {
            f.add(
                "party-no-basis",
                Severity::Error,
                subject,
                text!("audit-party-no-basis", id = &p.id),
            );
        }
        let law = p.law.as_deref();
        // A legal obligation without its law is party-no-basis already: one finding for it.
        if p.categories.contains(&Category::Bsn)
            && p.basis.national_id(law) == Some(Unlifted::Never)
        {
            f.add(
                "bsn-shared",
                Severity::Error,
                subject,
                text!("audit-bsn-party", id = &p.id, basis = p.basis.word()),
            );
        }
        let special = special_codes(&p.categories);
        if let Some(unlifted) = p.basis.special_categories(law)
            && !special.is_empty()
        {
            f.add(
                "special-category-party",
                Severity::Error,
                subject,
                text!(
                    "audit-special-category-party",
                    id = &p.id,
                    categories = crate::domain::category::said(&special),
                    problem = unlifted.code(),
                    basis = p.basis.word()
                ),
            );
        }
        let purpose = p
            .purpose_id()
            .and_then(|id| register.purposes.iter().find(|u| u.id == id));
        let blocked = purpose.map(|u| special_without_explicit(p, &p.categories, u.explicit));
        if let (Some(purpose), Some(blocked)) = (purpose, blocked)
            && !blocked.is_empty()
        {
            f.add(
                "special-category-party",
                Severity::Error,
                subject,
                text!(
                    "audit-special-category-party-not-explicit",
                    id = &p.id,
                    categories = crate::domain::category::said(&blocked),
                    purpose = &purpose.id
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
