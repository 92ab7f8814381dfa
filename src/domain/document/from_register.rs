//! A register written out as a document: `vreg export toml` and `export json`.

use chrono::NaiveDate;
use toml::Spanned;

use super::{
    AcceptedDoc, AgreementDoc, BreachDoc, BreachId, CategoryDoc, Country, Date, Document, Id,
    ImportProfileDoc, Kvk, OrganisationDoc, PartyDoc, ProcessingDoc, PurposeDoc, SchoolCode,
    SchoolDoc, ScopeItem, SubprocessorDoc, SupplierDoc, Time,
};
use crate::domain::breach::Instant;
use crate::domain::register::Register;

/// Wraps a value for writing; spans mean nothing there.
pub(super) fn unspanned<T>(value: T) -> Spanned<T> {
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
                        subject_kinds: b.subject_kinds.clone(),
                        kinds: b.kinds.clone(),
                        description: b.description.clone(),
                        consequences: b.consequences.clone(),
                        supplier_reported_at: time(b.supplier_reported_at),
                        supplier_aware_at: time(b.supplier_aware_at),
                        risk: b.risk,
                        risk_reason: b.risk_reason.clone(),
                        assessed_at: time(b.assessed_at),
                        ap_reported_at: time(b.ap_reported_at),
                        ap_reference: b.ap_reference.clone(),
                        ap_delay_reason: b.ap_delay_reason.clone(),
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
