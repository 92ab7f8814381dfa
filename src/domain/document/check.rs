//! The rules that span several values of a register file: ids unique per kind, names present,
//! dates in order; the result is a checked [`Register`].

use std::collections::BTreeSet;

use toml::Spanned;

use super::{
    AgreementDoc, Country, Document, Id, Kvk, Located, ScopeItem, Time, at, dates, school_list,
    text,
};
use crate::domain::agreement::{Agreement, Model, Subprocessor};
use crate::domain::breach::{self as breach, Breach};
use crate::domain::category::ScopeEntry;
use crate::domain::consent::{AppliesTo, Purpose, Renewal};
use crate::domain::organisation::{Organisation, School};
use crate::domain::party::Party;
use crate::domain::processing::{OwnCategory, Processing};
use crate::domain::register::{
    AgreementFull, ImportProfile, Register, check_profile_name, parse_mapping,
};
use crate::domain::slug;
use crate::domain::slug::Unclaimed;
use crate::domain::supplier::Supplier;

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
        let id = slug::claim(given.map(|Id(id)| id.as_str()), derived_from, |c| {
            Ok::<_, std::convert::Infallible>(self.0.contains(c))
        })
        .map_err(|refused| match refused {
            Unclaimed::Taken(id) => at(
                span,
                crate::tr!("domain-doc-id-twice", kind = kind, id = id),
            ),
            Unclaimed::Invalid(message) => at(span, message),
            Unclaimed::Underivable => at(
                span,
                crate::tr!("domain-doc-no-id", kind = kind, name = derived_from),
            ),
            Unclaimed::Lookup(never) => match never {},
        })?;
        self.0.insert(id.clone());
        Ok(id)
    }
}

impl Document {
    /// Reads a register file; a syntax error or a value out of place is located by its span.
    pub fn parse(text: &str) -> Result<Document, Located> {
        toml::from_str::<Document>(text).map_err(|e| Located {
            span: e.span(),
            message: super::said(e.message().trim()),
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
                    crate::tr!("domain-doc-school-twice", school = school.code()),
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
            supplier.validate().map_err(|e| {
                at(
                    spanned,
                    crate::tr!(
                        "domain-doc-supplier-problem",
                        id = &supplier.id,
                        problem = e
                    ),
                )
            })?;
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
                crate::domain::consent::namesake(&register.purposes, &purpose.id, &purpose.name)
            {
                return Err(at(
                    spanned,
                    crate::tr!(
                        "domain-doc-purpose-namesake",
                        id = &purpose.id,
                        other = &namesake.id
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
                subject_kinds: b.subject_kinds.clone(),
                kinds: b.kinds.clone(),
                description: text(&b.description),
                consequences: text(&b.consequences),
                supplier_reported_at: time(b.supplier_reported_at),
                supplier_aware_at: time(b.supplier_aware_at),
                risk: b.risk,
                risk_reason: text(&b.risk_reason),
                assessed_at: time(b.assessed_at),
                ap_reported_at: time(b.ap_reported_at),
                ap_reference: text(&b.ap_reference),
                ap_delay_reason: text(&b.ap_delay_reason),
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
                    crate::tr!("domain-doc-breach-twice", id = &breach.id),
                ));
            }
            if breach::year(breach.discovered_at).to_string() != breach.id[..4] {
                return Err(at(
                    spanned,
                    crate::tr!(
                        "domain-doc-breach-year",
                        id = &breach.id,
                        year = breach::year(breach.discovered_at).to_string()
                    ),
                ));
            }
            if breach.agreement.is_some() && breach.supplier.is_none() {
                return Err(at(
                    spanned,
                    crate::tr!("domain-doc-breach-needs-supplier", id = &breach.id),
                ));
            }
            breach.check().map_err(|e| {
                at(
                    spanned,
                    crate::tr!("domain-doc-breach-problem", id = &breach.id, problem = e),
                )
            })?;
            register.breaches.push(breach);
        }

        for spanned in &self.accepted {
            let a = spanned.get_ref();
            let acceptance = crate::domain::audit::Acceptance {
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
                    crate::tr!(
                        "domain-doc-accepted-twice",
                        code = &acceptance.code,
                        subject = format!("{}:{}", acceptance.subject_kind, acceptance.subject_id)
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
                    crate::tr!("domain-doc-category-twice", code = &category.code),
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
            processing.validate().map_err(|e| {
                at(
                    spanned,
                    crate::tr!(
                        "domain-doc-processing-problem",
                        id = &processing.id,
                        problem = e
                    ),
                )
            })?;
            register.processings.push(processing);
        }
        register.processings.sort_by(|a, b| a.id.cmp(&b.id));
        let mut profiles = BTreeSet::new();
        for spanned in &self.import_profiles {
            let p = spanned.get_ref();
            let name = p.name.trim().to_string();
            check_profile_name(&name).map_err(|e| at(spanned, e))?;
            if !profiles.insert(name.clone()) {
                return Err(at(
                    spanned,
                    crate::tr!("domain-doc-profile-twice", name = &name),
                ));
            }
            let maps: Vec<(String, String)> = p
                .map
                .iter()
                .map(|m| parse_mapping(m))
                .collect::<Result<_, _>>()
                .map_err(|e| at(spanned, e))?;
            crate::domain::columns::one_target_per_column(&maps).map_err(|e| at(spanned, e))?;
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
    let base = crate::domain::agreement::id_base(&supplier.id, dates(a.signed_on));
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
                crate::tr!(
                    "domain-doc-scope-problem",
                    id = &agreement.id,
                    category = entry.category.code(),
                    problem = e
                ),
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
                crate::tr!(
                    "domain-doc-scope-twice",
                    id = &agreement.id,
                    category = entry.category.code()
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
        sub.validate().map_err(|e| {
            at(
                spanned,
                crate::tr!("domain-agreement-problem", id = &agreement.id, problem = e),
            )
        })?;
        if subprocessors.iter().any(|o| o.name == sub.name) {
            return Err(at(
                spanned,
                crate::tr!(
                    "domain-doc-subprocessor-twice",
                    id = &agreement.id,
                    name = &sub.name
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
