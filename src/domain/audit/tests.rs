use super::*;
use crate::domain::agreement::Subprocessor;
use crate::domain::agreement::{Agreement, Model, Safeguard};
use crate::domain::category::Category;
use crate::domain::category::ScopeEntry;
use crate::domain::party::Basis;
use crate::domain::party::{Kind, Party};
use crate::domain::register::AgreementFull;
use crate::domain::supplier::{Convenant, Role};
use crate::domain::supplier::{ConvenantVersion, Supplier};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const AS_OF: &str = "2026-11-28";

fn clean_supplier() -> Supplier {
    Supplier {
        convenant: Convenant::Participant,
        convenant_version: Some(ConvenantVersion::V4),
        convenant_checked_on: Some(d("2026-09-01")),
        ..Supplier::new("s".into(), "S".into())
    }
}

fn clean_agreement() -> AgreementFull {
    AgreementFull {
        agreement: Agreement {
            schools: vec![],
            id: "a".into(),
            supplier: "s".into(),
            products: vec![],
            model: Model::Model4,
            signed_on: Some(d("2024-01-01")),
            starts_on: None,
            expires_on: None,
            review_on: None,
            terminated_on: None,
            document: Some("DMS/1".into()),
            privacy_leaflet: None,
            storage_countries: vec!["NL".into()],
            transfer_safeguard: None,
            breach_notice_hours: Some(24),
            dpia: None,
            notes: None,
        },
        scope: vec![ScopeEntry::of(Category::EckId)],
        subprocessors: vec![],
    }
}

fn codes_for(supplier: Supplier, agreements: Vec<AgreementFull>, as_of: &str) -> Vec<&'static str> {
    let snapshot = Snapshot {
        register: Register {
            suppliers: vec![(supplier, agreements)],
            ..Register::default()
        },
        ..Snapshot::default()
    };
    audit(&snapshot, d(as_of), 90)
        .into_iter()
        .map(|f| static_code(&f.code))
        .collect()
}

/// The code as the list of codes holds it.
fn static_code(code: &str) -> &'static str {
    CODES.iter().find(|c| c.0 == code).map(|c| c.0).unwrap()
}

fn codes(agreement: AgreementFull, as_of: &str) -> Vec<&'static str> {
    codes_for(clean_supplier(), vec![agreement], as_of)
}

#[test]
fn a_clean_supplier_has_no_findings() {
    assert_eq!(codes(clean_agreement(), AS_OF), Vec::<&str>::new());
}

#[test]
fn expiry_on_as_of_is_expiring_and_the_day_after_expired() {
    let mut a = clean_agreement();
    a.agreement.expires_on = Some(d(AS_OF));
    assert_eq!(codes(a.clone(), AS_OF), ["agreement-expiring"]);
    // A lapsed agreement is one finding, not also agreement-missing.
    assert_eq!(codes(a, "2026-11-29"), ["agreement-expired"]);
}

#[test]
fn expiring_exactly_on_the_horizon_counts() {
    let mut a = clean_agreement();
    a.agreement.expires_on = Some(d("2027-02-26"));
    assert_eq!(codes(a.clone(), AS_OF), ["agreement-expiring"]);
    a.agreement.expires_on = Some(d("2027-02-27"));
    assert_eq!(codes(a, AS_OF), Vec::<&str>::new());
}

#[test]
fn a_newer_agreement_takes_over_from_an_expired_one() {
    let mut old = clean_agreement();
    old.agreement.expires_on = Some(d("2026-07-31"));
    let mut new = clean_agreement();
    new.agreement.id = "b".into();
    new.agreement.signed_on = Some(d("2026-07-01"));
    assert_eq!(
        codes_for(clean_supplier(), vec![old.clone(), new], AS_OF),
        Vec::<&str>::new()
    );
    // A terminated agreement is no expiry to report.
    old.agreement.terminated_on = Some(d("2026-07-31"));
    assert_eq!(codes(old, AS_OF), ["agreement-missing"]);
}

#[test]
fn review_is_overdue_only_after_its_day() {
    let mut a = clean_agreement();
    a.agreement.review_on = Some(d(AS_OF));
    assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
    a.agreement.review_on = Some(d("2026-11-27"));
    assert_eq!(codes(a, AS_OF), ["review-overdue"]);
}

#[test]
fn model_3_signed_from_august_2022_is_outdated() {
    let mut a = clean_agreement();
    a.agreement.model = Model::Model3;
    a.agreement.signed_on = Some(d("2022-07-31"));
    assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
    a.agreement.signed_on = Some(d("2022-08-01"));
    assert_eq!(codes(a.clone(), AS_OF), ["model-outdated"]);
    a.agreement.signed_on = Some(d("2020-01-01"));
    a.agreement.review_on = Some(d("2026-01-01"));
    assert_eq!(codes(a, AS_OF), ["model-outdated", "review-overdue"]);
}

#[test]
fn outside_the_eea_needs_a_safeguard() {
    let mut a = clean_agreement();
    a.agreement.storage_countries = vec!["NO".into(), "IS".into(), "LI".into()];
    assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
    a.agreement.storage_countries = vec!["US".into()];
    assert_eq!(codes(a.clone(), AS_OF), ["transfer-unsafeguarded"]);
    a.agreement.transfer_safeguard = Some(Safeguard::None);
    assert_eq!(codes(a.clone(), AS_OF), ["transfer-unsafeguarded"]);
    a.agreement.transfer_safeguard = Some(Safeguard::Dpf);
    assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
    let mut b = clean_agreement();
    b.subprocessors.push(Subprocessor {
        name: "X".into(),
        country: "GB".into(),
        purpose: None,
        transfer_safeguard: None,
    });
    assert_eq!(codes(b.clone(), AS_OF), ["transfer-unsafeguarded"]);
    b.subprocessors[0].transfer_safeguard = Some(Safeguard::Adequacy);
    assert_eq!(codes(b, AS_OF), Vec::<&str>::new());
}

#[test]
fn data_rules_special_bsn_scope_document() {
    let mut a = clean_agreement();
    a.scope.push(ScopeEntry::of(Category::Health));
    assert_eq!(codes(a.clone(), AS_OF), ["special-category"]);
    a.agreement.dpia = Some("DPIA".into());
    assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
    a.scope.push(ScopeEntry::of(Category::Bsn));
    assert_eq!(codes(a.clone(), AS_OF), ["bsn-shared"]);
    // The pupil administration keeps the BSN because a law says so.
    a.scope.last_mut().unwrap().law = Some("WPO art. 178a".into());
    assert_eq!(codes(a.clone(), AS_OF), Vec::<&str>::new());
    let mut b = clean_agreement();
    b.scope.clear();
    b.agreement.document = None;
    assert_eq!(codes(b, AS_OF), ["scope-missing", "document-missing"]);
}

#[test]
fn convenant_rules_apply_to_processors() {
    let mut s = clean_supplier();
    s.convenant = Convenant::Unknown;
    s.convenant_checked_on = Some(d("2025-11-28"));
    assert_eq!(
        codes_for(s.clone(), vec![clean_agreement()], AS_OF),
        ["convenant-none"]
    );
    s.convenant_checked_on = Some(d("2025-11-27"));
    assert_eq!(
        codes_for(s.clone(), vec![clean_agreement()], AS_OF),
        ["convenant-none", "convenant-unchecked"]
    );
    s.role = Role::Controller;
    assert_eq!(codes_for(s, vec![], AS_OF), Vec::<&str>::new());
}

#[test]
fn party_rules() {
    let party = |basis, law: Option<&str>, cats: Vec<Category>, listed| Party {
        schools: vec![],
        id: "p".into(),
        name: "P".into(),
        kind: Kind::Care,
        basis,
        law: law.map(Into::into),
        categories: cats,
        in_privacy_regulation: listed,
        notes: None,
    };
    let run = |p: Party| -> Vec<&'static str> {
        let snapshot = Snapshot {
            register: Register {
                parties: vec![p],
                ..Register::default()
            },
            ..Snapshot::default()
        };
        audit(&snapshot, d(AS_OF), 90)
            .into_iter()
            .map(|f| static_code(&f.code))
            .collect()
    };
    assert_eq!(
        run(party(
            Basis::LegalObligation,
            Some("Wet"),
            vec![Category::Bsn],
            true
        )),
        Vec::<&str>::new()
    );
    assert_eq!(
        run(party(Basis::LegalObligation, None, vec![], true)),
        ["party-no-basis"]
    );
    assert_eq!(
        run(party(
            Basis::PublicTask,
            Some("Wet"),
            vec![Category::Bsn],
            false
        )),
        ["bsn-shared", "party-not-in-regulation"]
    );
}

#[test]
fn school_year_starts_on_the_first_of_august() {
    assert_eq!(school_year_start(d("2026-08-01")), d("2026-08-01"));
    assert_eq!(school_year_start(d("2026-07-31")), d("2025-08-01"));
    assert_eq!(school_year_start(d("2026-11-28")), d("2026-08-01"));
}

#[test]
fn retention_is_two_years_after_leaving() {
    assert_eq!(retention_limit(d("2026-11-28")), d("2024-11-28"));
    assert_eq!(retention_limit(d("2026-02-28")), d("2024-02-28"));
    assert_eq!(retention_limit(d("2028-02-29")), d("2026-02-28"));
}

#[test]
fn fail_on_levels() {
    assert!(FailOn::Error.fails(Severity::Error));
    assert!(!FailOn::Error.fails(Severity::Warning));
    assert!(FailOn::Warning.fails(Severity::Warning));
    assert!(!FailOn::Warning.fails(Severity::Info));
    assert!(!FailOn::Never.fails(Severity::Error));
}
