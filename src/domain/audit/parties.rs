//! Rules on external parties: a basis, its law, the categories they may receive.

use super::{Findings, Severity};
use crate::domain::category::Category;
use crate::domain::party::Basis;
use crate::domain::register::Register;

pub(super) fn party_rules(f: &mut Findings, register: &Register) {
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
                  format!("party {} may receive {}: {}", p.id, special.join(", "), problem.in_lang(crate::i18n::Lang::En)),
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
                  format!("add it to the privacyreglement (with the GMR), then: vreg party edit {} --in-privacy-regulation true", p.id));
        }
    }
}
