//! The declarative register: the format of `register.example.toml`, `vreg import` and
//! `vreg export toml`. Parsing checks every value where it stands, so that an error can name its
//! line; [`Document::into_register`] then applies the rules that span several values.

mod adapters;
mod check;
mod from_register;
mod said;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::domain::agreement::{Model, Safeguard};
use crate::domain::breach::{Kind as BreachKind, Risk};
use crate::domain::category::Category;
use crate::domain::consent::{AppliesTo, Renewal};
use crate::domain::party::{Basis, Kind};
use crate::domain::processing::Subject;
use crate::domain::supplier::{Convenant, ConvenantVersion, Role};
use adapters::{at, dates, school_list, text};

pub use adapters::{BreachId, Country, Date, Id, Kvk, Located, SchoolCode, ScopeItem, Time};
pub use said::said;

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub organisation: Option<Spanned<OrganisationDoc>>,
    #[serde(default, rename = "school", skip_serializing_if = "Vec::is_empty")]
    pub schools: Vec<Spanned<SchoolDoc>>,
    #[serde(default, rename = "supplier", skip_serializing_if = "Vec::is_empty")]
    pub suppliers: Vec<Spanned<SupplierDoc>>,
    #[serde(default, rename = "party", skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Spanned<PartyDoc>>,
    #[serde(default, rename = "purpose", skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<Spanned<PurposeDoc>>,
    #[serde(default, rename = "breach", skip_serializing_if = "Vec::is_empty")]
    pub breaches: Vec<Spanned<BreachDoc>>,
    #[serde(default, rename = "accepted", skip_serializing_if = "Vec::is_empty")]
    pub accepted: Vec<Spanned<AcceptedDoc>>,
    #[serde(default, rename = "category", skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Spanned<CategoryDoc>>,
    #[serde(default, rename = "processing", skip_serializing_if = "Vec::is_empty")]
    pub processings: Vec<Spanned<ProcessingDoc>>,
    #[serde(
        default,
        rename = "import_profile",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub import_profiles: Vec<Spanned<ImportProfileDoc>>,
}

/// A finding the board decided to live with until a day: `[[accepted]]`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AcceptedDoc {
    pub code: String,
    pub subject_kind: String,
    pub subject_id: String,
    pub reason: String,
    pub until: Date,
}

/// A data category of the board's own, beside the fixed catalogue.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryDoc {
    pub code: Id,
    pub label: String,
    #[serde(default)]
    pub special: bool,
    #[serde(default)]
    pub national_id: bool,
}

/// A processing activity (AVG art. 30). Purposes, subjects, categories and basis may be left
/// out while the register is being filled; the audit names what is missing.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProcessingDoc {
    pub id: Option<Id>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<String>,
    pub basis: Option<Basis>,
    pub law: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<Subject>,
    /// Codes of the fixed catalogue (any of its spellings) or of a `[[category]]`; checked
    /// against both on import.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    pub retention: Option<String>,
    pub security: Option<String>,
    pub dpia: Option<String>,
    pub owner: Option<String>,
    pub review_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Id>,
    pub notes: Option<String>,
}

/// A saved column mapping of `vreg pupil import`: `map` holds `HEADER=TARGET` as `--map` does.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ImportProfileDoc {
    pub name: String,
    pub map: Vec<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BreachDoc {
    pub id: BreachId,
    pub title: String,
    pub discovered_at: Time,
    pub started_at: Option<Time>,
    pub ended_at: Option<Time>,
    pub supplier: Option<Id>,
    pub agreement: Option<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schools: Vec<SchoolCode>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    pub subjects: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subject_kinds: Vec<crate::domain::processing::Subject>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<BreachKind>,
    pub description: Option<String>,
    pub consequences: Option<String>,
    pub supplier_reported_at: Option<Time>,
    pub supplier_aware_at: Option<Time>,
    pub risk: Option<Risk>,
    pub risk_reason: Option<String>,
    pub assessed_at: Option<Time>,
    pub ap_reported_at: Option<Time>,
    pub ap_reference: Option<String>,
    pub ap_delay_reason: Option<String>,
    pub subjects_notified_at: Option<Time>,
    pub subjects_notice: Option<String>,
    pub inspectie_notified_at: Option<Time>,
    pub inspectie_reference: Option<String>,
    pub measures: Option<String>,
    pub closed_at: Option<Time>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationDoc {
    pub name: String,
    pub kvk: Option<Kvk>,
    pub privacy_officer: Option<String>,
    /// The controller's contact (e-mail or telephone), for the art. 30 register.
    pub contact: Option<String>,
    /// The controller's postal address.
    pub address: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolDoc {
    pub brin: String,
    pub vestiging: String,
    pub name: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SupplierDoc {
    pub id: Option<Id>,
    pub name: String,
    pub kvk: Option<Kvk>,
    pub website: Option<String>,
    pub contact: Option<String>,
    #[serde(default = "processor")]
    pub role: Role,
    #[serde(default = "unknown")]
    pub convenant: Convenant,
    pub convenant_version: Option<ConvenantVersion>,
    pub convenant_checked_on: Option<Date>,
    pub notes: Option<String>,
    pub retired_on: Option<Date>,
    pub retired_reason: Option<String>,
    #[serde(default, rename = "agreement", skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<Spanned<AgreementDoc>>,
}

fn processor() -> Role {
    Role::Processor
}

fn unknown() -> Convenant {
    Convenant::Unknown
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementDoc {
    pub id: Option<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<String>,
    pub model: Option<Model>,
    pub signed_on: Option<Date>,
    pub starts_on: Option<Date>,
    pub expires_on: Option<Date>,
    pub review_on: Option<Date>,
    pub terminated_on: Option<Date>,
    pub document: Option<String>,
    pub privacy_leaflet: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub storage_countries: Vec<Country>,
    pub transfer_safeguard: Option<Safeguard>,
    pub breach_notice_hours: Option<u32>,
    pub dpia: Option<String>,
    pub notes: Option<String>,
    /// The schools it serves; none: every school of the board.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schools: Vec<SchoolCode>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope: Vec<ScopeItem>,
    #[serde(
        default,
        rename = "subprocessor",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub subprocessors: Vec<Spanned<SubprocessorDoc>>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SubprocessorDoc {
    pub name: String,
    pub country: Country,
    pub purpose: Option<String>,
    pub transfer_safeguard: Option<Safeguard>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PartyDoc {
    pub id: Option<Id>,
    pub name: String,
    pub kind: Kind,
    pub basis: Basis,
    pub law: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub in_privacy_regulation: bool,
    pub notes: Option<String>,
    /// The schools it receives data from; none: every school of the board.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schools: Vec<SchoolCode>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PurposeDoc {
    pub id: Option<Id>,
    pub name: String,
    #[serde(default)]
    pub explicit: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub written_only: bool,
    /// Default `yearly`.
    pub renewal: Option<Renewal>,
    /// Default `all`, and `some` for an external party's purpose.
    pub applies_to: Option<AppliesTo>,
    pub retired_on: Option<Date>,
    pub party: Option<Id>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../../register.example.toml");

    #[test]
    fn the_example_register_reads_and_writes_back_to_the_same_register() {
        let register = Document::parse(EXAMPLE).unwrap().into_register().unwrap();
        assert_eq!(register.suppliers.len(), 5);
        assert_eq!(
            register
                .suppliers
                .iter()
                .map(|(_, a)| a.len())
                .sum::<usize>(),
            5
        );
        assert_eq!(register.parties.len(), 6);
        assert_eq!(register.schools.len(), 3);
        assert!(register.organisation.is_some());
        assert!(
            register
                .suppliers
                .iter()
                .flat_map(|(_, a)| a)
                .any(|a| !a.scope.is_empty() && !a.subprocessors.is_empty())
        );
        let written = toml::to_string(&Document::from(&register)).unwrap();
        let again = Document::parse(&written).unwrap().into_register().unwrap();
        assert_eq!(again, register);
    }

    const MORE: &str = r#"
        [[supplier]]
        id = "gynzy"
        name = "Gynzy"

        [[supplier.agreement]]
        id = "gynzy-1"
        signed_on = "2024-03-01"
        expires_on = "2027-12-31"
        schools = ["12AB00", "12AB00", "34CD"]
        notes = "  "

        [[breach]]
        id = "2026-001"
        title = "Phishing"
        discovered_at = "2026-10-23 16:00"
        supplier = "gynzy"
        agreement = "gynzy-1"
        schools = ["12AB00"]
        description = "Een wachtwoord is buitgemaakt"
        measures = "Wachtwoorden vervangen"
        closed_at = "2026-10-30 10:00"

        [[accepted]]
        code = "review-overdue"
        subject_kind = "agreement"
        subject_id = "gynzy-1"
        reason = "Evaluatie gepland"
        until = "2027-01-31"

        [[category]]
        code = "vog"
        label = "Verklaring omtrent het gedrag"
        special = true

        [[import_profile]]
        name = "magister"
        map = ["Locatie=school"]
    "#;

    fn register_of(text: &str) -> Result<crate::domain::register::Register, String> {
        let document = Document::parse(text).map_err(|e| e.message)?;
        document.into_register().map_err(|e| e.message)
    }

    #[test]
    fn breaches_acceptances_own_categories_and_profiles_read_and_write_back() {
        let register = register_of(MORE).unwrap();
        let agreement = &register.suppliers[0].1[0].agreement;
        assert_eq!(agreement.schools, ["12AB00", "34CD"]);
        assert_eq!(agreement.expires_on, Some("2027-12-31".parse().unwrap()));
        assert_eq!(agreement.notes, None);
        let breach = &register.breaches[0];
        assert_eq!(breach.schools, ["12AB00"]);
        assert_eq!(
            breach.description.as_deref(),
            Some("Een wachtwoord is buitgemaakt")
        );
        assert_eq!(register.accepted.len(), 1);
        assert_eq!(register.categories[0].code, "vog");
        assert_eq!(register.import_profiles[0].name, "magister");
        let written = toml::to_string(&Document::from(&register)).unwrap();
        assert_eq!(register_of(&written).unwrap(), register);
    }

    #[test]
    fn a_second_of_anything_or_a_breach_out_of_its_year_is_refused() {
        let twice = |section: &str| {
            let start = MORE.find(section).unwrap();
            let end = MORE[start + 1..]
                .find("[[")
                .map_or(MORE.len(), |e| start + 1 + e);
            format!("{MORE}\n{}", &MORE[start..end])
        };
        for (section, said) in [
            ("[[breach]]", "2026-001"),
            ("[[accepted]]", "review-overdue"),
            ("[[category]]", "vog"),
            ("[[import_profile]]", "magister"),
        ] {
            let refused = register_of(&twice(section)).unwrap_err();
            assert!(refused.contains(said), "{section}: {refused}");
        }
        let wrong_year = MORE.replace("id = \"2026-001\"", "id = \"2025-001\"");
        assert!(register_of(&wrong_year).unwrap_err().contains("2026"));
        let no_supplier = MORE.replace("supplier = \"gynzy\"\n", "");
        assert!(register_of(&no_supplier).is_err());
    }

    #[test]
    fn a_scope_entry_is_a_code_alone_unless_it_says_more() {
        let text = |scope: &str| {
            format!(
                "[[supplier]]\nid = \"s\"\nname = \"S\"\n[[supplier.agreement]]\nid = \"a\"\nsigned_on = \"2024-03-01\"\nscope = {scope}\n"
            )
        };
        for only in [
            r#"[{ category = "name", purpose = "inloggen" }]"#,
            r#"[{ category = "name", retention = "1 jaar" }]"#,
            r#"[{ category = "name", law = "WPO art. 1" }]"#,
        ] {
            let register = register_of(&text(only)).unwrap();
            let written = toml::to_string(&Document::from(&register)).unwrap();
            assert!(written.contains("category = \"name\""), "{written}");
        }
        let plain = register_of(&text(r#"["name"]"#)).unwrap();
        let written = toml::to_string(&Document::from(&plain)).unwrap();
        assert!(written.contains("scope = [\"name\"]"), "{written}");
        let refused = register_of(&text("[3]")).unwrap_err();
        assert!(refused.contains("a category code or {"), "{refused}");
    }

    #[test]
    fn an_id_twice_or_an_empty_name_is_refused_with_its_place() {
        let twice = "[[party]]\nid = \"ggd\"\nname = \"GGD\"\nkind = \"care\"\nbasis = \"consent\"\n\
                     [[party]]\nid = \"ggd\"\nname = \"GGD 2\"\nkind = \"care\"\nbasis = \"consent\"\n";
        let refused = Document::parse(twice).unwrap().into_register().unwrap_err();
        assert!(refused.message.contains("ggd"), "{}", refused.message);
        assert!(refused.span.is_some());
        let unnamed = "[[supplier]]\nname = \"  \"\n";
        assert!(Document::parse(unnamed).unwrap().into_register().is_err());
        assert!(Document::parse("[[supplier]\n").is_err());
    }
}
