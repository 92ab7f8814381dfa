//! External parties (externe partijen) the school exchanges pupil data with, and their basis.

use serde::Serialize;

use super::category::Category;
use super::code_enum;
use super::text::{self, check, check_opt};
use crate::i18n::Text;

code_enum! {
    /// What kind of organisation the party is.
    pub enum Kind ("party kind") {
        Government = "government", "overheid" | "overheid";
        Education = "education", "onderwijs" | "onderwijs";
        Care = "care", "zorg" | "zorg";
        Safety = "safety", "veiligheid" | "veiligheid";
        Other = "other", "overig" | "overig";
    }
}

code_enum! {
    /// The lawful basis of the exchange (AVG art. 6(1)).
    pub enum Basis ("legal basis") {
        Consent = "consent", "toestemming" | "toestemming";
        Contract = "contract", "overeenkomst" | "overeenkomst";
        LegalObligation = "legal-obligation", "wettelijke verplichting" | "wettelijke-verplichting";
        VitalInterest = "vital-interest", "vitaal belang" | "vitaal-belang";
        PublicTask = "public-task", "algemeen belang / publieke taak" | "publieke-taak";
        LegitimateInterest = "legitimate-interest", "gerechtvaardigd belang" | "gerechtvaardigd-belang";
    }
}

/// Why a basis does not lift a prohibition that needs more than a basis under AVG art. 6: on
/// special categories of data (art. 9) or on the BSN (UAVG art. 46).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unlifted {
    /// This basis never lifts it.
    Never,
    /// This basis lifts it only where the law it rests on does, and no law is recorded.
    NoLaw,
    /// This basis lifts it only case by case, in an emergency where the person cannot consent
    /// (a vital interest, art. 9(2)(c)): never for an exchange or activity registered ahead.
    CaseByCase,
}

impl Unlifted {
    /// How messages choose their words: `never` or `no-law`.
    pub fn code(self) -> &'static str {
        match self {
            Unlifted::Never => "never",
            Unlifted::NoLaw => "no-law",
            Unlifted::CaseByCase => "case-by-case",
        }
    }
}

impl Basis {
    /// Whether special categories of data (AVG art. 9) may rest on this basis with `law`: a
    /// basis under art. 6 alone never lifts the prohibition. Consent must be explicit and per
    /// pupil (checked per pupil, where a pupil is named); a vital interest lifts it only in an
    /// emergency where the person cannot consent (art. 9(2)(c)), case by case, never for an
    /// exchange or an activity the register holds ahead; a legal obligation or public task only
    /// where a named law covers it; a contract or legitimate interest never, whatever law is
    /// named beside it. The one rule for parties and for processing activities.
    pub fn special_categories(self, law: Option<&str>) -> Option<Unlifted> {
        match self {
            Basis::Contract | Basis::LegitimateInterest => Some(Unlifted::Never),
            Basis::VitalInterest => Some(Unlifted::CaseByCase),
            Basis::LegalObligation | Basis::PublicTask if law.is_none() => Some(Unlifted::NoLaw),
            _ => None,
        }
    }

    /// Whether the BSN (or another national identifier) may rest on this basis with `law`: only
    /// where a law prescribes it (UAVG art. 46), so a legal obligation that names its law. The
    /// one rule for parties and for processing activities.
    pub fn national_id(self, law: Option<&str>) -> Option<Unlifted> {
        match self {
            Basis::LegalObligation if law.is_none() => Some(Unlifted::NoLaw),
            Basis::LegalObligation => None,
            _ => Some(Unlifted::Never),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub basis: Basis,
    pub law: Option<String>,
    pub categories: Vec<Category>,
    pub in_privacy_regulation: bool,
    pub notes: Option<String>,
    /// The schools it receives data from; none: every school of the board.
    pub schools: Vec<String>,
}

impl Party {
    /// The party as it is stored, whichever way it came in: the name trimmed, its categories in
    /// the catalogue's order and each once, each school once.
    pub fn normalised(mut self) -> Party {
        self.name = self.name.trim().to_string();
        self.categories.sort();
        self.categories.dedup();
        self.schools = super::once(self.schools);
        self
    }

    /// A legal obligation whose law is not recorded: no basis yet to share anything on (the
    /// audit's `party-no-basis`, and a "no" from `party check`).
    pub fn law_missing(&self) -> bool {
        self.basis == Basis::LegalObligation && self.law.is_none()
    }

    /// The rules a party must satisfy before it is stored.
    pub fn validate(&self) -> Result<(), String> {
        // Its consent purpose is `party-<id>`, and ids have at most 64 characters.
        if self.id.len() > 58 {
            return Err(crate::tr!("domain-party-id-too-long", id = &self.id));
        }
        if self.name.trim().is_empty() {
            return Err(crate::tr!("domain-party-needs-name", id = &self.id));
        }
        check("the name", &self.name, text::Kind::Name)?;
        check_opt("the law reference", self.law.as_deref(), text::Kind::Line)?;
        check_opt("the notes", self.notes.as_deref(), text::Kind::Notes)?;
        // A legal obligation whose law is not yet looked up is true but incomplete: it is
        // stored, and the audit names it (party-no-basis).
        Ok(())
    }

    /// Why this party may not receive special categories of data (AVG art. 9), if it may not:
    /// a basis under art. 6 alone never lifts the prohibition. Consent must be explicit and per
    /// pupil (checked per pupil); a legal obligation or public task only where a named law
    /// covers it; a contract or legitimate interest never.
    pub fn special_category_problem(&self) -> Option<Text> {
        let basis = self.basis.word();
        self.basis
            .special_categories(self.law.as_deref())
            .map(|unlifted| match unlifted {
                Unlifted::Never => crate::text!("reason-party-special-never", basis = basis),
                Unlifted::NoLaw => crate::text!("reason-party-special-needs-law", basis = basis),
                Unlifted::CaseByCase => {
                    crate::text!("reason-party-special-emergency", basis = basis)
                }
            })
    }

    /// Why this party may not receive data about a pupil at `school`, if it may not: it receives
    /// data from the schools it lists only (none listed: every school).
    pub fn school_problem(&self, school: Option<&str>) -> Option<Text> {
        let school = school?;
        (!super::organisation::serves(&self.schools, school)).then(|| {
            crate::text!(
                "reason-party-other-school",
                id = &self.id,
                schools = self.schools.join(", "),
                school = school
            )
        })
    }

    /// The consent purpose that exchange with a consent-based party needs.
    pub fn purpose_id(&self) -> Option<String> {
        (self.basis == Basis::Consent).then(|| format!("party-{}", self.id))
    }

    /// The name of that purpose as parents read it.
    pub fn purpose_name(&self) -> String {
        format!("Gegevens uitwisselen met {}", self.name)
    }
}

/// The answer to "may we share this with them?", with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub allowed: bool,
    /// JSON and CSV give it in English, a table in the reader's language.
    pub reason: Text,
}

fn no(reason: Text) -> Verdict {
    Verdict {
        allowed: false,
        reason,
    }
}

/// Art. 9(2)(a): special categories go to a party on consent only on explicit consent, which a
/// purpose that accepts any form (a spoken "yes") cannot give. The codes of the special
/// categories among `categories` that this party may therefore not receive while its purpose
/// is as `purpose_explicit` says; none when it may. The one rule for `party check`, the audit
/// and `consent purpose edit`.
pub fn special_without_explicit(
    party: &Party,
    categories: &[super::category::Category],
    purpose_explicit: bool,
) -> Vec<&'static str> {
    match party.basis == Basis::Consent && !purpose_explicit {
        true => super::category::special_codes(categories),
        false => Vec::new(),
    }
}

/// A pupil's standing consent for a party's purpose, as `may_share` weighs it.
pub struct PupilConsent {
    /// Consent that counts: granted by everyone who decided, in a form the purpose accepts.
    pub counts: bool,
    /// Why, in words.
    pub why: Text,
    /// The purpose accepts only an express statement (written or digital).
    pub explicit: bool,
}

/// Whether `categories` may go to `party`. For a party on consent, `consent` is the pupil's
/// standing consent for the party's purpose, or `None` when no pupil was named.
pub fn may_share(party: &Party, categories: &[Category], consent: Option<PupilConsent>) -> Verdict {
    let id = party.id.as_str();
    if categories.contains(&Category::Bsn)
        && let Some(unlifted) = party.basis.national_id(party.law.as_deref())
    {
        return no(match unlifted {
            // `national_id` gives no case-by-case exception: the BSN needs a law.
            Unlifted::Never | Unlifted::CaseByCase => {
                crate::text!("reason-party-bsn", id = id, basis = party.basis.word())
            }
            Unlifted::NoLaw => crate::text!("reason-party-bsn-no-law", id = id),
        });
    }
    // Special categories: those asked, or, when none are named, those the party may receive.
    let examined = if categories.is_empty() {
        &party.categories[..]
    } else {
        categories
    };
    let special = super::category::special_codes(examined);
    if let Some(problem) = party
        .special_category_problem()
        .filter(|_| !special.is_empty())
    {
        return no(crate::text!(
            "reason-party-special-refused",
            problem = problem,
            id = id,
            categories = super::category::said(&special)
        ));
    }
    let refused: Vec<&str> = categories
        .iter()
        .filter(|c| !party.categories.contains(c))
        .map(|c| c.code())
        .collect();
    if !refused.is_empty() {
        let allowed: Vec<&str> = party.categories.iter().map(|c| c.code()).collect();
        let refused = refused.join(", ");
        return no(if allowed.is_empty() {
            crate::text!("reason-party-not-allowed-none", id = id, refused = refused)
        } else {
            crate::text!(
                "reason-party-not-allowed",
                id = id,
                refused = refused,
                allowed = allowed.join(", ")
            )
        });
    }
    if party.law_missing() {
        return no(crate::text!("reason-party-no-law", id = id));
    }
    let basis = match &party.law {
        Some(law) => crate::text!(
            "reason-party-basis-law",
            basis = party.basis.word(),
            law = law
        ),
        None => crate::text!("reason-party-basis", basis = party.basis.word()),
    };
    match (party.basis, consent) {
        (Basis::Consent, None) => no(crate::text!("reason-party-consent-needs-pupil", id = id)),
        // Art. 9(2)(a): special categories only on explicit consent, whatever the purpose was
        // set to accept (a spoken "yes" never lifts the prohibition).
        (Basis::Consent, Some(c))
            if !special_without_explicit(party, examined, c.explicit).is_empty() =>
        {
            no(crate::text!(
                "reason-party-special-not-explicit",
                id = id,
                categories = super::category::said(&special),
                purpose = party.purpose_id().unwrap_or_default()
            ))
        }
        (Basis::Consent, Some(c)) if !c.counts => no(crate::text!(
            "reason-party-basis-consent",
            basis = basis,
            why = c.why
        )),
        (Basis::Consent, Some(c)) => Verdict {
            allowed: true,
            reason: crate::text!("reason-party-basis-consent", basis = basis, why = c.why),
        },
        _ => Verdict {
            allowed: true,
            reason: match categories {
                [] => basis,
                _ => crate::text!("reason-party-categories-allowed", basis = basis),
            },
        },
    }
}

#[cfg(test)]
mod tests;
