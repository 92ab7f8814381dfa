//! External parties (externe partijen) the school exchanges pupil data with, and their basis.

use serde::Serialize;

use super::category::Category;
use super::code_enum;

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
}

impl Party {
    /// The rules a party must satisfy before it is stored.
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err(format!("party {}: a party needs a name", self.id));
        }
        if self.basis == Basis::LegalObligation && self.law.is_none() {
            return Err(format!(
                "party {}: basis legal-obligation needs the law that prescribes it (law = \"...\")",
                self.id
            ));
        }
        Ok(())
    }

    /// The consent purpose that exchange with a consent-based party needs.
    pub fn purpose_id(&self) -> Option<String> {
        (self.basis == Basis::Consent).then(|| format!("party-{}", self.id))
    }
}
