//! The declarative register: the format of `register.example.toml`, `vreg import` and
//! `vreg export toml`. Parsing checks every value where it stands, so that an error can name its
//! line; [`Document::into_register`] then applies the rules that span several values.

use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use toml::Spanned;

use super::agreement::{Agreement, Model, Safeguard, Subprocessor};
use super::breach::{self as breach, Breach, Instant, Kind as BreachKind, Risk};
use super::category::{Category, ScopeEntry};
use super::consent::{AppliesTo, Purpose, Renewal};
use super::organisation::{Organisation, School};
use super::party::{Basis, Kind, Party};
use super::processing::{OwnCategory, Processing, Subject};
use super::supplier::{Convenant, ConvenantVersion, Role, Supplier};
use super::{country, date, non_empty, slug, supplier};

/// A rule broken at a place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub span: Option<Range<usize>>,
    pub message: String,
}

fn at<T>(span: &Spanned<T>, message: String) -> Located {
    Located {
        span: Some(span.span()),
        message,
    }
}

// ------------------------------------------------------------------ values checked where they stand

/// A date: a TOML date (`2024-03-01`) in the file; a quoted `"2024-03-01"` or `"01-03-2024"` is read too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date(pub NaiveDate);

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let date = toml::value::Date {
            year: u16::try_from(d.year()).map_err(serde::ser::Error::custom)?,
            month: d.month() as u8,
            day: d.day() as u8,
        };
        toml::value::Datetime {
            date: Some(date),
            time: None,
            offset: None,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Input {
            Toml(toml::value::Datetime),
            Text(String),
        }
        match Input::deserialize(d)
            .map_err(|_| de::Error::custom("expected a date like 2024-03-01"))?
        {
            Input::Toml(toml::value::Datetime {
                date: Some(day),
                time: None,
                offset: None,
            }) => NaiveDate::from_ymd_opt(day.year.into(), day.month.into(), day.day.into())
                .ok_or_else(|| de::Error::custom("not a real date"))
                .and_then(|d| date::check_year(d).map_err(de::Error::custom))
                .map(Date),
            Input::Toml(other) => Err(de::Error::custom(format!(
                "expected a date like 2024-03-01, not {other}"
            ))),
            Input::Text(text) => date::parse_date(&text).map(Date).map_err(de::Error::custom),
        }
    }
}

/// A moment: a TOML offset date-time (`2026-10-23T16:00:00+02:00`); a local date-time or a
/// quoted Dutch time (`"2026-10-23 16:00"`) is read as Dutch local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time(pub Instant);

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        breach::iso(self.0)
            .parse::<toml::value::Datetime>()
            .map_err(serde::ser::Error::custom)?
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Input {
            Toml(toml::value::Datetime),
            Text(String),
        }
        let text = match Input::deserialize(d)
            .map_err(|_| de::Error::custom("expected a time like 2026-10-23T16:00:00+02:00"))?
        {
            Input::Toml(t) => t.to_string(),
            Input::Text(t) => t,
        };
        breach::parse_time(&text)
            .map(Time)
            .map_err(de::Error::custom)
    }
}

/// Text that must pass a check before it is accepted.
macro_rules! checked_text {
    ($(#[$meta:meta])* $name:ident, $check:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                let check: fn(&str) -> Result<String, String> = $check;
                check(&text).map($name).map_err(de::Error::custom)
            }
        }
    };
}

checked_text!(
    /// A slug id.
    Id,
    |s| slug::validate_id(s).map(|()| s.to_string())
);
checked_text!(
    /// A KvK number.
    Kvk,
    |s| supplier::validate_kvk(s.trim()).map(|()| s.trim().to_string())
);
checked_text!(
    /// A breach id: year and number.
    BreachId,
    |s| breach::validate_id(s).map(|()| s.to_string())
);
checked_text!(
    /// A school as a breach names it: BRIN, or BRIN and vestiging.
    SchoolCode,
    breach::parse_school
);
checked_text!(
    /// An ISO 3166-1 alpha-2 country code, upper case.
    Country,
    country::parse_country
);

/// One entry of an agreement's `scope`: a category code, or `{ category, purpose, retention, law }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeItem(pub ScopeEntry);

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ScopeTable {
    category: Category,
    purpose: Option<String>,
    retention: Option<String>,
    law: Option<String>,
}

impl Serialize for ScopeItem {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = &self.0;
        if e.purpose.is_none() && e.retention.is_none() && e.law.is_none() {
            e.category.serialize(s)
        } else {
            ScopeTable {
                category: e.category,
                purpose: e.purpose.clone(),
                retention: e.retention.clone(),
                law: e.law.clone(),
            }
            .serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for ScopeItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ItemVisitor;
        impl<'de> Visitor<'de> for ItemVisitor {
            type Value = ScopeItem;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a category code or { category = \"...\", purpose = \"...\", retention = \"...\", law = \"...\" }")
            }
            fn visit_str<E: de::Error>(self, code: &str) -> Result<ScopeItem, E> {
                let category = code.parse::<Category>().map_err(E::custom)?;
                Ok(ScopeItem(ScopeEntry::of(category)))
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<ScopeItem, M::Error> {
                let t = ScopeTable::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(ScopeItem(ScopeEntry {
                    category: t.category,
                    purpose: non_empty(t.purpose),
                    retention: non_empty(t.retention),
                    law: non_empty(t.law),
                }))
            }
        }
        d.deserialize_any(ItemVisitor)
    }
}

// ------------------------------------------------------------------ the document

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
    pub kinds: Vec<BreachKind>,
    pub description: Option<String>,
    pub consequences: Option<String>,
    pub supplier_reported_at: Option<Time>,
    pub risk: Option<Risk>,
    pub risk_reason: Option<String>,
    pub assessed_at: Option<Time>,
    pub ap_reported_at: Option<Time>,
    pub ap_reference: Option<String>,
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

// ------------------------------------------------------------------ the register it describes

/// An agreement with everything hanging off it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementFull {
    pub agreement: Agreement,
    pub scope: Vec<ScopeEntry>,
    pub subprocessors: Vec<Subprocessor>,
}

/// The content of a register, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Register {
    pub organisation: Option<Organisation>,
    pub schools: Vec<School>,
    pub suppliers: Vec<(Supplier, Vec<AgreementFull>)>,
    pub parties: Vec<Party>,
    pub purposes: Vec<Purpose>,
    pub breaches: Vec<Breach>,
    pub accepted: Vec<super::audit::Acceptance>,
    /// The board's own data categories.
    pub categories: Vec<OwnCategory>,
    /// The register of processing activities (AVG art. 30).
    pub processings: Vec<Processing>,
    pub import_profiles: Vec<ImportProfile>,
}

/// A saved column mapping of `vreg pupil import` (`--save-map NAME`, `--profile NAME`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportProfile {
    pub name: String,
    /// `(header, target)` in the order of the `--map` flags.
    pub maps: Vec<(String, String)>,
}

/// A profile's name is an id: `magister`, `somtoday-baken`.
pub fn check_profile_name(name: &str) -> Result<(), String> {
    let ok = name
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "'{name}' is not a profile name: lower-case letters, digits and '-'"
        ))
    }
}

/// One `HEADER=TARGET` mapping, as `--map` takes it.
pub fn parse_mapping(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((header, target)) if !header.trim().is_empty() && !target.trim().is_empty() => {
            let (header, target) = (header.trim(), target.trim());
            super::text::check("the header", header, super::text::Kind::Name)?;
            super::text::check("the target", target, super::text::Kind::Name)?;
            Ok((header.to_string(), target.to_string()))
        }
        _ => Err(format!(
            "'{s}' is not HEADER=TARGET, e.g. \"Foto website=photo-website\""
        )),
    }
}

/// Ids given in the file, and those derived from names: unique per kind within the file.
#[derive(Default)]
struct Ids(BTreeSet<String>);

impl Ids {
    fn claim<T>(
        &mut self,
        span: &Spanned<T>,
        kind: &str,
        given: Option<&Id>,
        derived_from: &str,
    ) -> Result<String, Located> {
        let id = match given {
            Some(Id(id)) if self.0.contains(id) => {
                return Err(at(span, format!("{kind} id '{id}' appears twice")));
            }
            Some(Id(id)) => id.clone(),
            None => {
                let base = slug::slugify(derived_from);
                if base.is_empty() {
                    return Err(at(
                        span,
                        format!(
                            "cannot derive a {kind} id from '{derived_from}'; add id = \"...\""
                        ),
                    ));
                }
                slug::unique(&base, |c| Ok::<_, ()>(self.0.contains(c))).unwrap_or(base)
            }
        };
        self.0.insert(id.clone());
        Ok(id)
    }
}

fn text(value: &Option<String>) -> Option<String> {
    non_empty(value.clone())
}

/// School codes as given, each once, in the order given.
fn school_list(given: &[SchoolCode]) -> Vec<String> {
    super::once(given.iter().map(|SchoolCode(code)| code.clone()))
}

fn dates(d: Option<Date>) -> Option<NaiveDate> {
    d.map(|Date(d)| d)
}

impl Document {
    /// Reads a register file; a syntax error or a value out of place is located by its span.
    pub fn parse(text: &str) -> Result<Document, Located> {
        toml::from_str::<Document>(text).map_err(|e| Located {
            span: e.span(),
            message: e.message().trim().to_string(),
        })
    }

    /// Applies the rules that span several values: ids unique per kind, names present,
    /// dates in order, `legal-obligation` with a law, schools well-formed.
    pub fn into_register(&self) -> Result<Register, Located> {
        let mut register = Register::default();
        if let Some(spanned) = &self.organisation {
            let o = spanned.get_ref();
            let organisation = Organisation {
                name: o.name.trim().to_string(),
                kvk: o.kvk.clone().map(|Kvk(k)| k),
                privacy_officer: text(&o.privacy_officer),
                contact: text(&o.contact),
                address: text(&o.address),
            };
            organisation.validate().map_err(|e| at(spanned, e))?;
            register.organisation = Some(organisation);
        }
        let mut schools = BTreeSet::new();
        for spanned in &self.schools {
            let s = spanned.get_ref();
            let school = School {
                brin: s.brin.trim().to_string(),
                vestiging: s.vestiging.trim().to_string(),
                name: s.name.trim().to_string(),
            };
            school.validate().map_err(|e| at(spanned, e))?;
            if !schools.insert(school.code()) {
                return Err(at(
                    spanned,
                    format!("school {} appears twice", school.code()),
                ));
            }
            register.schools.push(school);
        }

        let (mut supplier_ids, mut agreement_ids) = (Ids::default(), Ids::default());
        for spanned in &self.suppliers {
            let s = spanned.get_ref();
            let id = supplier_ids.claim(spanned, "supplier", s.id.as_ref(), &s.name)?;
            let supplier = Supplier {
                name: s.name.trim().to_string(),
                kvk: s.kvk.clone().map(|Kvk(k)| k),
                website: text(&s.website),
                contact: text(&s.contact),
                role: s.role,
                convenant: s.convenant,
                convenant_version: s.convenant_version,
                convenant_checked_on: dates(s.convenant_checked_on),
                notes: text(&s.notes),
                retired_on: dates(s.retired_on),
                retired_reason: text(&s.retired_reason),
                id,
            };
            supplier
                .validate()
                .map_err(|e| at(spanned, format!("supplier {}: {e}", supplier.id)))?;
            let mut agreements = Vec::new();
            for spanned in &s.agreements {
                agreements.push(agreement(spanned, &supplier, &mut agreement_ids)?);
            }
            register.suppliers.push((supplier, agreements));
        }

        let mut party_ids = Ids::default();
        for spanned in &self.parties {
            let p = spanned.get_ref();
            let party = Party {
                id: party_ids.claim(spanned, "party", p.id.as_ref(), &p.name)?,
                name: p.name.clone(),
                kind: p.kind,
                basis: p.basis,
                law: text(&p.law),
                categories: p.categories.clone(),
                in_privacy_regulation: p.in_privacy_regulation,
                notes: text(&p.notes),
                schools: school_list(&p.schools),
            }
            .normalised();
            party.validate().map_err(|e| at(spanned, e))?;
            register.parties.push(party);
        }

        let mut purpose_ids = Ids::default();
        for spanned in &self.purposes {
            let p = spanned.get_ref();
            let party = p.party.clone().map(|Id(id)| id);
            let purpose = Purpose {
                id: purpose_ids.claim(spanned, "purpose", p.id.as_ref(), &p.name)?,
                name: p.name.trim().to_string(),
                explicit: p.explicit,
                written_only: p.written_only,
                renewal: p.renewal.unwrap_or(Renewal::Yearly),
                applies_to: p.applies_to.unwrap_or(match party {
                    Some(_) => AppliesTo::Some,
                    None => AppliesTo::All,
                }),
                retired_on: dates(p.retired_on),
                party,
            }
            .normalised();
            purpose.validate().map_err(|e| at(spanned, e))?;
            if let Some(namesake) =
                super::consent::namesake(&register.purposes, &purpose.id, &purpose.name)
            {
                return Err(at(
                    spanned,
                    format!(
                        "purpose {} has the same name as purpose {}",
                        purpose.id, namesake.id
                    ),
                ));
            }
            register.purposes.push(purpose);
        }

        let mut breach_ids = BTreeSet::new();
        for spanned in &self.breaches {
            let b = spanned.get_ref();
            let time = |t: Option<Time>| t.map(|Time(t)| t);
            let schools = school_list(&b.schools);
            let breach = Breach {
                id: b.id.0.clone(),
                title: b.title.clone(),
                discovered_at: b.discovered_at.0,
                started_at: time(b.started_at),
                ended_at: time(b.ended_at),
                supplier: b.supplier.clone().map(|Id(id)| id),
                agreement: b.agreement.clone().map(|Id(id)| id),
                schools,
                categories: b.categories.clone(),
                subjects: b.subjects,
                kinds: b.kinds.clone(),
                description: text(&b.description),
                consequences: text(&b.consequences),
                supplier_reported_at: time(b.supplier_reported_at),
                risk: b.risk,
                risk_reason: text(&b.risk_reason),
                assessed_at: time(b.assessed_at),
                ap_reported_at: time(b.ap_reported_at),
                ap_reference: text(&b.ap_reference),
                subjects_notified_at: time(b.subjects_notified_at),
                subjects_notice: text(&b.subjects_notice),
                inspectie_notified_at: time(b.inspectie_notified_at),
                inspectie_reference: text(&b.inspectie_reference),
                measures: text(&b.measures),
                closed_at: time(b.closed_at),
            }
            .normalised();
            if !breach_ids.insert(breach.id.clone()) {
                return Err(at(
                    spanned,
                    format!("breach id '{}' appears twice", breach.id),
                ));
            }
            if breach::year(breach.discovered_at).to_string() != breach.id[..4] {
                return Err(at(
                    spanned,
                    format!(
                        "breach {}: its id's year is not the year it was discovered ({})",
                        breach.id,
                        breach::year(breach.discovered_at)
                    ),
                ));
            }
            if breach.agreement.is_some() && breach.supplier.is_none() {
                return Err(at(
                    spanned,
                    format!(
                        "breach {}: name the supplier of its agreement too",
                        breach.id
                    ),
                ));
            }
            breach
                .check()
                .map_err(|e| at(spanned, format!("breach {}: {e}", breach.id)))?;
            register.breaches.push(breach);
        }

        for spanned in &self.accepted {
            let a = spanned.get_ref();
            let acceptance = super::audit::Acceptance {
                code: a.code.trim().to_string(),
                subject_kind: a.subject_kind.trim().to_string(),
                subject_id: a.subject_id.trim().to_string(),
                reason: a.reason.trim().to_string(),
                until: a.until.0,
            };
            acceptance.validate().map_err(|e| at(spanned, e))?;
            if register.accepted.iter().any(|b| {
                (&b.code, &b.subject_kind, &b.subject_id)
                    == (
                        &acceptance.code,
                        &acceptance.subject_kind,
                        &acceptance.subject_id,
                    )
            }) {
                return Err(at(
                    spanned,
                    format!(
                        "{} of {}:{} is accepted twice",
                        acceptance.code, acceptance.subject_kind, acceptance.subject_id
                    ),
                ));
            }
            register.accepted.push(acceptance);
        }
        for spanned in &self.categories {
            let c = spanned.get_ref();
            let category = OwnCategory {
                code: c.code.0.clone(),
                label: c.label.trim().to_string(),
                special: c.special,
                national_id: c.national_id,
            };
            category.validate().map_err(|e| at(spanned, e))?;
            if register.categories.iter().any(|o| o.code == category.code) {
                return Err(at(
                    spanned,
                    format!("category '{}' appears twice", category.code),
                ));
            }
            register.categories.push(category);
        }
        register.categories.sort_by(|a, b| a.code.cmp(&b.code));

        let mut processing_ids = Ids::default();
        for spanned in &self.processings {
            let p = spanned.get_ref();
            let ids = |list: &[Id]| list.iter().map(|Id(id)| id.clone()).collect();
            let processing = Processing {
                id: processing_ids.claim(spanned, "processing", p.id.as_ref(), &p.name)?,
                name: p.name.clone(),
                purposes: p.purposes.clone(),
                basis: p.basis,
                law: text(&p.law),
                subjects: p.subjects.clone(),
                categories: p.categories.clone(),
                retention: text(&p.retention),
                security: text(&p.security),
                dpia: text(&p.dpia),
                owner: text(&p.owner),
                review_on: dates(p.review_on),
                agreements: ids(&p.agreements),
                parties: ids(&p.parties),
                notes: text(&p.notes),
            }
            .normalised();
            processing
                .validate()
                .map_err(|e| at(spanned, format!("processing {}: {e}", processing.id)))?;
            register.processings.push(processing);
        }
        register.processings.sort_by(|a, b| a.id.cmp(&b.id));
        let mut profiles = BTreeSet::new();
        for spanned in &self.import_profiles {
            let p = spanned.get_ref();
            let name = p.name.trim().to_string();
            check_profile_name(&name).map_err(|e| at(spanned, e))?;
            if !profiles.insert(name.clone()) {
                return Err(at(spanned, format!("import profile {name} appears twice")));
            }
            let maps = p
                .map
                .iter()
                .map(|m| parse_mapping(m))
                .collect::<Result<_, _>>()
                .map_err(|e| at(spanned, e))?;
            register.import_profiles.push(ImportProfile { name, maps });
        }
        Ok(register)
    }
}

fn agreement(
    spanned: &Spanned<AgreementDoc>,
    supplier: &Supplier,
    ids: &mut Ids,
) -> Result<AgreementFull, Located> {
    let a = spanned.get_ref();
    let base = super::agreement::id_base(&supplier.id, dates(a.signed_on));
    let agreement = Agreement {
        id: ids.claim(spanned, "agreement", a.id.as_ref(), &base)?,
        supplier: supplier.id.clone(),
        products: a.products.clone(),
        model: a.model.unwrap_or(Model::default_for(supplier.convenant)),
        signed_on: dates(a.signed_on),
        starts_on: dates(a.starts_on),
        expires_on: dates(a.expires_on),
        review_on: dates(a.review_on),
        terminated_on: dates(a.terminated_on),
        document: text(&a.document),
        privacy_leaflet: text(&a.privacy_leaflet),
        storage_countries: a
            .storage_countries
            .iter()
            .map(|Country(c)| c.clone())
            .collect(),
        transfer_safeguard: a.transfer_safeguard,
        breach_notice_hours: a.breach_notice_hours,
        dpia: text(&a.dpia),
        notes: text(&a.notes),
        schools: school_list(&a.schools),
    }
    .normalised();
    agreement.validate().map_err(|e| at(spanned, e))?;
    let mut scope: Vec<ScopeEntry> = Vec::new();
    for ScopeItem(entry) in &a.scope {
        entry.validate().map_err(|e| {
            at(
                spanned,
                format!("agreement {}: scope {}: {e}", agreement.id, entry.category),
            )
        })?;
        // The same entry twice is one fact said twice; the same category with other details
        // is a contradiction.
        if scope.contains(entry) {
            continue;
        }
        if scope.iter().any(|e| e.category == entry.category) {
            return Err(at(
                spanned,
                format!(
                    "agreement {}: scope names '{}' twice, with different purpose, retention or law",
                    agreement.id, entry.category
                ),
            ));
        }
        scope.push(entry.clone());
    }
    scope.sort_by_key(|e| e.category);
    let mut subprocessors: Vec<Subprocessor> = Vec::new();
    for spanned in &a.subprocessors {
        let s = spanned.get_ref();
        let sub = Subprocessor {
            name: s.name.trim().to_string(),
            country: s.country.0.clone(),
            purpose: text(&s.purpose),
            transfer_safeguard: s.transfer_safeguard,
        };
        sub.validate()
            .map_err(|e| at(spanned, format!("agreement {}: {e}", agreement.id)))?;
        if subprocessors.iter().any(|o| o.name == sub.name) {
            return Err(at(
                spanned,
                format!(
                    "agreement {}: sub-processor '{}' appears twice",
                    agreement.id, sub.name
                ),
            ));
        }
        subprocessors.push(sub);
    }
    subprocessors.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(AgreementFull {
        agreement,
        scope,
        subprocessors,
    })
}

// ------------------------------------------------------------------ and back

/// Wraps a value for writing; spans mean nothing there.
fn unspanned<T>(value: T) -> Spanned<T> {
    Spanned::new(0..0, value)
}

impl From<&Register> for Document {
    fn from(r: &Register) -> Self {
        let date = |d: Option<NaiveDate>| d.map(Date);
        Document {
            organisation: r.organisation.as_ref().map(|o| {
                unspanned(OrganisationDoc {
                    name: o.name.clone(),
                    kvk: o.kvk.clone().map(Kvk),
                    privacy_officer: o.privacy_officer.clone(),
                    contact: o.contact.clone(),
                    address: o.address.clone(),
                })
            }),
            schools: r
                .schools
                .iter()
                .map(|s| {
                    unspanned(SchoolDoc {
                        brin: s.brin.clone(),
                        vestiging: s.vestiging.clone(),
                        name: s.name.clone(),
                    })
                })
                .collect(),
            suppliers: r
                .suppliers
                .iter()
                .map(|(s, agreements)| {
                    unspanned(SupplierDoc {
                        id: Some(Id(s.id.clone())),
                        name: s.name.clone(),
                        kvk: s.kvk.clone().map(Kvk),
                        website: s.website.clone(),
                        contact: s.contact.clone(),
                        role: s.role,
                        convenant: s.convenant,
                        convenant_version: s.convenant_version,
                        convenant_checked_on: date(s.convenant_checked_on),
                        notes: s.notes.clone(),
                        retired_on: date(s.retired_on),
                        retired_reason: s.retired_reason.clone(),
                        agreements: agreements
                            .iter()
                            .map(|full| {
                                let a = &full.agreement;
                                unspanned(AgreementDoc {
                                    id: Some(Id(a.id.clone())),
                                    products: a.products.clone(),
                                    model: Some(a.model),
                                    signed_on: date(a.signed_on),
                                    starts_on: date(a.starts_on),
                                    expires_on: date(a.expires_on),
                                    review_on: date(a.review_on),
                                    terminated_on: date(a.terminated_on),
                                    document: a.document.clone(),
                                    privacy_leaflet: a.privacy_leaflet.clone(),
                                    storage_countries: a
                                        .storage_countries
                                        .iter()
                                        .cloned()
                                        .map(Country)
                                        .collect(),
                                    transfer_safeguard: a.transfer_safeguard,
                                    breach_notice_hours: a.breach_notice_hours,
                                    dpia: a.dpia.clone(),
                                    notes: a.notes.clone(),
                                    schools: a.schools.iter().cloned().map(SchoolCode).collect(),
                                    scope: full.scope.iter().cloned().map(ScopeItem).collect(),
                                    subprocessors: full
                                        .subprocessors
                                        .iter()
                                        .map(|s| {
                                            unspanned(SubprocessorDoc {
                                                name: s.name.clone(),
                                                country: Country(s.country.clone()),
                                                purpose: s.purpose.clone(),
                                                transfer_safeguard: s.transfer_safeguard,
                                            })
                                        })
                                        .collect(),
                                })
                            })
                            .collect(),
                    })
                })
                .collect(),
            parties: r
                .parties
                .iter()
                .map(|p| {
                    unspanned(PartyDoc {
                        id: Some(Id(p.id.clone())),
                        name: p.name.clone(),
                        kind: p.kind,
                        basis: p.basis,
                        law: p.law.clone(),
                        categories: p.categories.clone(),
                        in_privacy_regulation: p.in_privacy_regulation,
                        notes: p.notes.clone(),
                        schools: p.schools.iter().cloned().map(SchoolCode).collect(),
                    })
                })
                .collect(),
            purposes: r
                .purposes
                .iter()
                .map(|p| {
                    unspanned(PurposeDoc {
                        id: Some(Id(p.id.clone())),
                        name: p.name.clone(),
                        explicit: p.explicit,
                        written_only: p.written_only,
                        renewal: Some(p.renewal),
                        applies_to: Some(p.applies_to),
                        retired_on: date(p.retired_on),
                        party: p.party.clone().map(Id),
                    })
                })
                .collect(),
            breaches: r
                .breaches
                .iter()
                .map(|b| {
                    let time = |t: Option<Instant>| t.map(Time);
                    unspanned(BreachDoc {
                        id: BreachId(b.id.clone()),
                        title: b.title.clone(),
                        discovered_at: Time(b.discovered_at),
                        started_at: time(b.started_at),
                        ended_at: time(b.ended_at),
                        supplier: b.supplier.clone().map(Id),
                        agreement: b.agreement.clone().map(Id),
                        schools: b.schools.iter().cloned().map(SchoolCode).collect(),
                        categories: b.categories.clone(),
                        subjects: b.subjects,
                        kinds: b.kinds.clone(),
                        description: b.description.clone(),
                        consequences: b.consequences.clone(),
                        supplier_reported_at: time(b.supplier_reported_at),
                        risk: b.risk,
                        risk_reason: b.risk_reason.clone(),
                        assessed_at: time(b.assessed_at),
                        ap_reported_at: time(b.ap_reported_at),
                        ap_reference: b.ap_reference.clone(),
                        subjects_notified_at: time(b.subjects_notified_at),
                        subjects_notice: b.subjects_notice.clone(),
                        inspectie_notified_at: time(b.inspectie_notified_at),
                        inspectie_reference: b.inspectie_reference.clone(),
                        measures: b.measures.clone(),
                        closed_at: time(b.closed_at),
                    })
                })
                .collect(),
            accepted: r
                .accepted
                .iter()
                .map(|a| {
                    unspanned(AcceptedDoc {
                        code: a.code.clone(),
                        subject_kind: a.subject_kind.clone(),
                        subject_id: a.subject_id.clone(),
                        reason: a.reason.clone(),
                        until: Date(a.until),
                    })
                })
                .collect(),
            categories: r
                .categories
                .iter()
                .map(|c| {
                    unspanned(CategoryDoc {
                        code: Id(c.code.clone()),
                        label: c.label.clone(),
                        special: c.special,
                        national_id: c.national_id,
                    })
                })
                .collect(),
            processings: r
                .processings
                .iter()
                .map(|p| {
                    let ids = |list: &[String]| list.iter().cloned().map(Id).collect();
                    unspanned(ProcessingDoc {
                        id: Some(Id(p.id.clone())),
                        name: p.name.clone(),
                        purposes: p.purposes.clone(),
                        basis: p.basis,
                        law: p.law.clone(),
                        subjects: p.subjects.clone(),
                        categories: p.categories.clone(),
                        retention: p.retention.clone(),
                        security: p.security.clone(),
                        dpia: p.dpia.clone(),
                        owner: p.owner.clone(),
                        review_on: date(p.review_on),
                        agreements: ids(&p.agreements),
                        parties: ids(&p.parties),
                        notes: p.notes.clone(),
                    })
                })
                .collect(),
            import_profiles: r
                .import_profiles
                .iter()
                .map(|p| {
                    unspanned(ImportProfileDoc {
                        name: p.name.clone(),
                        map: p.maps.iter().map(|(h, t)| format!("{h}={t}")).collect(),
                    })
                })
                .collect(),
        }
    }
}
