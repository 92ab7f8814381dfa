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

mod acceptances;
mod breaches;
mod parties;
mod processing_requests;

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

#[test]
fn a_finding_about_an_agreement_for_some_schools_names_them() {
    let mut some = clean_agreement();
    some.agreement.document = None;
    some.agreement.schools = vec!["01AB".into(), "02CD".into()];
    let mut every = clean_agreement();
    every.agreement.id = "b".into();
    every.agreement.document = None;
    let mut supplier = clean_supplier();
    supplier.convenant = Convenant::Unknown;
    let snapshot = Snapshot {
        register: Register {
            suppliers: vec![(supplier, vec![every, some])],
            ..Register::default()
        },
        ..Snapshot::default()
    };
    let messages: Vec<(String, String)> = audit(&snapshot, d(AS_OF), 90)
        .into_iter()
        .map(|f| (f.subject_id, f.message))
        .collect();
    assert_eq!(
        messages,
        [
            (
                "s".to_string(),
                "processor s is of unknown standing in the Privacyconvenant Onderwijs".to_string()
            ),
            (
                "a".to_string(),
                "agreement a has no reference to the signed document (serves 01AB, 02CD)"
                    .to_string()
            ),
            (
                "b".to_string(),
                "agreement b has no reference to the signed document".to_string()
            ),
        ]
    );
}

#[test]
fn an_expired_agreement_is_superseded_only_by_a_later_one_in_force() {
    let mut old = clean_agreement();
    old.agreement.expires_on = Some(d("2025-12-31"));
    // Signed later, in force from after a gap: no renewal, but it takes over.
    let later = |signed: &str, starts: &str| {
        let mut new = clean_agreement();
        new.agreement.id = "b".into();
        new.agreement.signed_on = Some(d(signed));
        new.agreement.starts_on = Some(d(starts));
        new
    };
    let in_force = later("2026-03-01", "2026-03-01");
    assert!(superseded(
        &old.agreement,
        &[old.clone(), in_force.clone()],
        d(AS_OF),
        90
    ));
    assert_eq!(
        codes_for(clean_supplier(), vec![old.clone(), in_force], AS_OF),
        Vec::<&str>::new()
    );
    // Signed later, but not in force until next year: the old one has lapsed.
    let not_yet = later("2026-03-01", "2027-01-01");
    assert!(!superseded(
        &old.agreement,
        &[old.clone(), not_yet.clone()],
        d(AS_OF),
        90
    ));
    assert_eq!(
        codes_for(clean_supplier(), vec![old.clone(), not_yet], AS_OF),
        ["agreement-expired"]
    );
    // In force, but signed on the same day or before: it runs beside the old one.
    for signed in ["2024-01-01", "2023-06-01"] {
        let beside = later(signed, "2026-03-01");
        assert!(
            !superseded(&old.agreement, &[old.clone(), beside.clone()], d(AS_OF), 90),
            "signed {signed}"
        );
        assert_eq!(
            codes_for(clean_supplier(), vec![old.clone(), beside], AS_OF),
            ["agreement-expired"],
            "signed {signed}"
        );
    }
    // Another supplier's agreement, signed later and in force, takes over nothing.
    let mut elsewhere = in_force_of_another_supplier();
    elsewhere.agreement.signed_on = Some(d("2026-03-01"));
    assert!(!superseded(
        &old.agreement,
        &[old.clone(), elsewhere],
        d(AS_OF),
        90
    ));
}

fn in_force_of_another_supplier() -> AgreementFull {
    let mut other = clean_agreement();
    other.agreement.id = "other".into();
    other.agreement.supplier = "someone-else".into();
    other.agreement.starts_on = Some(d("2026-03-01"));
    other
}

#[test]
fn a_draft_with_special_categories_needs_a_dpia_an_expired_one_does_not() {
    let mut a = clean_agreement();
    a.scope.push(ScopeEntry::of(Category::Health));
    a.agreement.signed_on = None;
    assert_eq!(
        codes(a.clone(), AS_OF),
        ["agreement-missing", "special-category"]
    );
    a.agreement.signed_on = Some(d("2024-01-01"));
    a.agreement.expires_on = Some(d("2025-12-31"));
    assert_eq!(codes(a, AS_OF), ["agreement-expired"]);
}

#[test]
fn consent_findings_need_a_count_of_at_least_one() {
    let run = |consent: ConsentCounts, retained_pupils: u64| -> Vec<&'static str> {
        let snapshot = Snapshot {
            consent,
            retained_pupils,
            ..Snapshot::default()
        };
        audit(&snapshot, d(AS_OF), 90)
            .into_iter()
            .map(|f| static_code(&f.code))
            .collect()
    };
    let counts = |n: u64| {
        let per_purpose = BTreeMap::from([("foto".to_string(), n)]);
        ConsentCounts {
            unknown: per_purpose.clone(),
            stale: per_purpose.clone(),
            not_counting: per_purpose.clone(),
            disputed: per_purpose,
            turned_16: vec![],
        }
    };
    assert_eq!(run(counts(0), 0), Vec::<&str>::new());
    assert_eq!(
        run(counts(1), 1),
        [
            "consent-disputed",
            "consent-explicit-unwritten",
            "consent-stale",
            "pupil-retention",
            "consent-unknown"
        ]
    );
    let turned = ConsentCounts {
        turned_16: vec![TurnedSixteen {
            key: "123".into(),
            number: "123".into(),
            school: String::new(),
            purposes: "foto".into(),
        }],
        ..ConsentCounts::default()
    };
    assert_eq!(run(turned, 0), ["consent-turned-16"]);
}

#[test]
fn a_grant_in_a_form_that_does_not_count_is_said_by_the_rule_it_fails() {
    use crate::domain::consent::Purpose;
    let run = |written_only: bool, n: u64| -> String {
        let purpose = Purpose {
            explicit: true,
            written_only,
            ..Purpose::new("photo-website", "Beeldmateriaal op de website")
        };
        let snapshot = Snapshot {
            register: Register {
                purposes: vec![purpose],
                ..Register::default()
            },
            consent: ConsentCounts {
                not_counting: BTreeMap::from([("photo-website".to_string(), n)]),
                ..ConsentCounts::default()
            },
            ..Snapshot::default()
        };
        let findings = audit(&snapshot, d(AS_OF), 90);
        assert_eq!(findings[0].code, "consent-explicit-unwritten");
        findings[0].message.clone()
    };
    assert_eq!(
        run(false, 1),
        "1 grant for photo-website was given in a form this purpose does not accept (a verbal grant never counts where an express statement is needed)"
    );
    assert_eq!(
        run(true, 2),
        "2 grants for photo-website were not given on paper, and this purpose counts only a written statement"
    );
}

/// A finding is said in English in JSON and in the reader's language in a table; the schools an
/// agreement serves are said in both.
#[test]
fn a_finding_is_english_for_scripts_and_dutch_for_a_dutch_reader() {
    let f = Findings::with(|f| {
        f.add(
            "document-missing",
            Severity::Warning,
            ("agreement", "gynzy-2025"),
            crate::text!("audit-document-missing", id = "gynzy-2025"),
        )
    });
    let mut finding = f.into_iter().next().unwrap();
    finding.serving("de-regenboog".to_string());
    assert_eq!(
        finding.message,
        "agreement gynzy-2025 has no reference to the signed document (serves de-regenboog)"
    );
    assert_eq!(finding.message_in(Lang::En), finding.message);
    assert_eq!(
        finding.message_in(Lang::Nl),
        "overeenkomst gynzy-2025 verwijst niet naar het getekende document (voor de-regenboog)"
    );
    assert_eq!(
        finding.hint,
        "vreg agreement edit gynzy-2025 --document REF"
    );
    assert_eq!(
        finding.hint_in(Lang::Nl),
        "vreg agreement edit gynzy-2025 --document VERWIJZING"
    );
    let json = serde_json::to_value(&finding).unwrap();
    assert_eq!(json["message"], finding.message.as_str());
    // A saved run read back has only its English.
    let saved: Finding = serde_json::from_value(json).unwrap();
    assert_eq!(saved.message_in(Lang::Nl), finding.message);
}

/// Counts choose the plural in both languages.
#[test]
fn counts_choose_the_plural() {
    let said = |n: u64, lang| {
        crate::text!(
            "audit-consent-unknown",
            count = n,
            purpose = "photo-website"
        )
        .in_lang(lang)
    };
    assert!(said(1, Lang::En).starts_with("1 pupil has no decision"));
    assert!(said(2, Lang::En).starts_with("2 pupils have no decision"));
    assert!(said(1, Lang::Nl).starts_with("voor 1 leerling is geen besluit"));
    assert!(said(2, Lang::Nl).starts_with("voor 2 leerlingen is geen besluit"));
}

/// Every code says what it means, in both languages.
#[test]
fn every_code_has_its_meaning_in_both_languages() {
    for (code, _) in CODES {
        for lang in Lang::ALL {
            let meaning = describe(code, lang).unwrap();
            assert!(!meaning.starts_with("audit-meaning"), "{code} in {lang:?}");
        }
        assert_ne!(describe(code, Lang::En), describe(code, Lang::Nl), "{code}");
    }
    assert_eq!(describe("no-such-code", Lang::En), None);
}

/// Every finding's message has its hint beside it, in both languages.
#[test]
fn every_finding_message_has_a_hint_in_both_languages() {
    let source = [
        include_str!("../agreements.rs"),
        include_str!("../breaches.rs"),
        include_str!("../consent.rs"),
        include_str!("../parties.rs"),
        include_str!("../processing.rs"),
        include_str!("../requests.rs"),
    ]
    .concat();
    let keys: Vec<&str> = source
        .split(concat!("text", "!("))
        .skip(1)
        .filter_map(|call| call.trim_start().strip_prefix('"'))
        .filter_map(|call| call.split('"').next())
        .filter(|key| key.starts_with("audit-"))
        .collect();
    assert!(keys.len() > 30, "{keys:?}");
    for key in keys {
        for lang in Lang::ALL {
            let key: &'static str = Box::leak(key.to_string().into_boxed_str());
            let hint = Text::new(key, Vec::new()).attribute_in(lang, "hint");
            assert!(!hint.ends_with(".hint"), "{key} has no hint in {lang:?}");
        }
    }
}
