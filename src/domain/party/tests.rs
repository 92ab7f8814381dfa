use super::*;
use crate::i18n::Lang;

/// The pupil's consent for the party's purpose as `consent check` words it.
fn consent_reason(state: &str) -> Text {
    use crate::domain::consent::{Form, GivenBy, Purpose, Standing, State, reason};
    let state = match state {
        "granted" => State::Granted,
        _ => State::Refused,
    };
    let standing = Standing {
        state,
        counts: state == State::Granted,
        date: chrono::NaiveDate::from_ymd_opt(2026, 3, 1),
        form: Some(Form::Written),
        given_by: Some(GivenBy::Parent),
        decider: None,
    };
    reason(&Purpose::of_party("ggd", "GGD"), &standing)
}

fn party(basis: Basis, categories: &[Category]) -> Party {
    Party {
        schools: vec![],
        id: "ggd".into(),
        name: "GGD".into(),
        kind: Kind::Care,
        basis,
        law: Some("Wet publieke gezondheid".into()),
        categories: categories.to_vec(),
        in_privacy_regulation: true,
        notes: None,
    }
}

#[test]
fn the_bsn_goes_only_where_a_law_demands_it() {
    let ggd = party(Basis::PublicTask, &[Category::Name, Category::Bsn]);
    let v = may_share(&ggd, &[Category::Bsn], None);
    assert!(!v.allowed);
    assert!(v.reason.to_string().contains("UAVG art. 46"));
    let leerplicht = party(Basis::LegalObligation, &[Category::Bsn]);
    assert!(may_share(&leerplicht, &[Category::Bsn], None).allowed);
}

#[test]
fn only_allowed_categories_go() {
    let ggd = party(Basis::PublicTask, &[Category::Name, Category::BirthDate]);
    assert!(may_share(&ggd, &[Category::Name], None).allowed);
    let v = may_share(&ggd, &[Category::Name, Category::Health], None);
    assert_eq!(
        v.reason.to_string(),
        "ggd may not receive health (allowed: name, birth-date)"
    );
    assert!(!v.allowed);
}

#[test]
fn a_consent_party_needs_the_pupils_consent() {
    let therapist = party(Basis::Consent, &[Category::Name]);
    assert!(!may_share(&therapist, &[Category::Name], None).allowed);
    let consent = |counts, state, explicit| {
        Some(PupilConsent {
            counts,
            why: consent_reason(state),
            explicit,
        })
    };
    assert!(!may_share(&therapist, &[], consent(false, "refused", true)).allowed);
    let v = may_share(
        &therapist,
        &[Category::Name],
        consent(true, "granted", true),
    );
    assert!(v.allowed);
    assert_eq!(
        v.reason.to_string(),
        "basis consent (Wet publieke gezondheid): party-ggd granted on 2026-03-01 by parent (written)"
    );
    assert_eq!(
        v.reason.in_lang(Lang::Nl),
        "grondslag toestemming (Wet publieke gezondheid): party-ggd: toestemming gegeven op 2026-03-01 door ouder (schriftelijk)"
    );
}

/// A purpose set to accept any form let health data go to a consent party on a spoken
/// "yes"; art. 9(2)(a) asks explicit consent.
#[test]
fn special_categories_on_consent_need_a_purpose_that_asks_an_express_statement() {
    let therapist = party(Basis::Consent, &[Category::Name, Category::Health]);
    let consent = |explicit| {
        Some(PupilConsent {
            counts: true,
            why: consent_reason("granted"),
            explicit,
        })
    };
    assert!(may_share(&therapist, &[Category::Health], consent(true)).allowed);
    let v = may_share(&therapist, &[Category::Health], consent(false));
    assert!(!v.allowed);
    assert_eq!(
        v.reason.to_string(),
        "health: special categories (AVG art. 9), which go to ggd only on explicit consent, \
         and purpose party-ggd accepts any form; make it ask for an express statement: vreg \
         consent purpose edit party-ggd --explicit true"
    );
    // What is not special may still go on any form the purpose accepts.
    assert!(may_share(&therapist, &[Category::Name], consent(false)).allowed);
    // Nothing named: what the party may receive, health among it.
    assert!(!may_share(&therapist, &[], consent(false)).allowed);
}

#[test]
fn a_legal_obligation_without_its_law_is_kept_for_the_audit() {
    let mut p = party(Basis::LegalObligation, &[]);
    p.law = None;
    assert!(p.validate().is_ok());
}

#[test]
fn special_categories_need_more_than_an_article_6_basis() {
    let health = [Category::Health, Category::Name];
    for basis in [Basis::LegitimateInterest, Basis::Contract] {
        let p = party(basis, &health);
        assert!(p.special_category_problem().is_some(), "{basis}");
        let v = may_share(&p, &[], None);
        assert!(
            !v.allowed && v.reason.to_string().contains("AVG art. 9"),
            "{}",
            v.reason
        );
        let v = may_share(&p, &[Category::Health], None);
        assert!(!v.allowed, "{basis}");
        // What is not special may still go.
        assert!(may_share(&p, &[Category::Name], None).allowed, "{basis}");
    }
    for basis in [Basis::LegalObligation, Basis::PublicTask] {
        let mut p = party(basis, &health);
        assert!(p.special_category_problem().is_none(), "{basis} with a law");
        assert!(may_share(&p, &[Category::Health], None).allowed);
        p.law = None;
        assert!(
            p.special_category_problem().is_some(),
            "{basis} without a law"
        );
        assert!(!may_share(&p, &[Category::Health], None).allowed);
    }
    let p = party(Basis::Consent, &health);
    assert!(p.special_category_problem().is_none());
    assert!(
        !may_share(
            &p,
            &[Category::Health],
            Some(PupilConsent {
                counts: false,
                why: consent_reason("refused"),
                explicit: true,
            })
        )
        .allowed
    );
    assert!(
        may_share(
            &p,
            &[Category::Health],
            Some(PupilConsent {
                counts: true,
                why: consent_reason("granted"),
                explicit: true,
            })
        )
        .allowed
    );
}

#[test]
fn the_bsn_goes_only_to_a_party_on_a_legal_obligation_with_its_law() {
    let bsn = [Category::Bsn, Category::Name];
    let mut duo = party(Basis::LegalObligation, &bsn);
    assert!(may_share(&duo, &[Category::Bsn], None).allowed);
    duo.law = None;
    let v = may_share(&duo, &[Category::Bsn], None);
    assert!(!v.allowed);
    assert!(
        v.reason.to_string().contains("no law is recorded"),
        "{}",
        v.reason
    );
    assert!(
        v.reason
            .in_lang(Lang::Nl)
            .contains("er is geen wet vastgelegd"),
        "{}",
        v.reason.in_lang(Lang::Nl)
    );
    for basis in [Basis::PublicTask, Basis::Consent, Basis::LegitimateInterest] {
        let v = may_share(&party(basis, &bsn), &[Category::Bsn], None);
        assert!(!v.allowed, "{basis}");
        assert!(
            v.reason.to_string().contains("shares on basis"),
            "{}",
            v.reason
        );
    }
}

/// One rule for parties and processing activities: what a basis lifts, and what not.
#[test]
fn what_a_basis_lifts() {
    let law = Some("WPO");
    for basis in Basis::ALL {
        let special = basis.special_categories(law);
        let expected = match basis {
            Basis::Contract | Basis::LegitimateInterest => Some(Unlifted::Never),
            Basis::VitalInterest => Some(Unlifted::CaseByCase),
            _ => None,
        };
        assert_eq!(special, expected, "{basis} with a law");
        let bsn = basis.national_id(law);
        let expected = match basis {
            Basis::LegalObligation => None,
            _ => Some(Unlifted::Never),
        };
        assert_eq!(bsn, expected, "{basis} with a law");
    }
    for basis in [Basis::LegalObligation, Basis::PublicTask] {
        assert_eq!(basis.special_categories(None), Some(Unlifted::NoLaw));
    }
    assert_eq!(Basis::Consent.special_categories(None), None);
    // A vital interest only in an emergency, case by case: never a standing exchange.
    assert_eq!(
        Basis::VitalInterest.special_categories(Some("WGBO")),
        Some(Unlifted::CaseByCase)
    );
    assert_eq!(
        Basis::LegalObligation.national_id(None),
        Some(Unlifted::NoLaw)
    );
    assert_eq!(Unlifted::Never.code(), "never");
    assert_eq!(Unlifted::NoLaw.code(), "no-law");
}

#[test]
fn a_party_id_leaves_room_for_its_purpose_id() {
    let mut p = party(Basis::Consent, &[]);
    p.id = "p".repeat(58);
    assert_eq!(p.validate(), Ok(()));
    assert_eq!(
        p.purpose_id().map(|id| id.len()),
        Some(64),
        "party-<id> fits an id of 64"
    );
    p.id = "p".repeat(59);
    assert!(p.validate().unwrap_err().contains("longer than 58"));
    let mut unnamed = party(Basis::Consent, &[]);
    unnamed.name = " ".into();
    assert!(unnamed.validate().unwrap_err().contains("needs a name"));
}

#[test]
fn only_a_party_on_consent_has_a_purpose() {
    let p = party(Basis::Consent, &[]);
    assert_eq!(p.purpose_id().as_deref(), Some("party-ggd"));
    assert_eq!(p.purpose_name(), "Gegevens uitwisselen met GGD");
    assert_eq!(party(Basis::PublicTask, &[]).purpose_id(), None);
}

#[test]
fn a_party_receives_data_only_from_the_schools_it_lists() {
    let mut p = party(Basis::PublicTask, &[]);
    assert_eq!(p.school_problem(Some("01AB")), None);
    p.schools = vec!["01AB".into(), "02CD".into()];
    assert_eq!(p.school_problem(Some("01AB")), None);
    assert_eq!(p.school_problem(None), None);
    assert_eq!(
        p.school_problem(Some("03EF"))
            .map(|t| t.to_string())
            .as_deref(),
        Some("ggd receives data from 01AB, 02CD only, and this pupil is at 03EF")
    );
    assert_eq!(
        p.school_problem(Some("03EF"))
            .map(|t| t.in_lang(Lang::Nl))
            .as_deref(),
        Some("ggd ontvangt alleen gegevens van 01AB, 02CD, en deze leerling zit op 03EF")
    );
}

#[test]
fn without_categories_asked_the_verdict_names_the_basis_alone() {
    let ggd = party(Basis::PublicTask, &[Category::Name]);
    let v = may_share(&ggd, &[], None);
    assert!(v.allowed);
    assert_eq!(
        v.reason.to_string(),
        "basis public-task (Wet publieke gezondheid)"
    );
    let v = may_share(&ggd, &[Category::Name], None);
    assert_eq!(
        v.reason.to_string(),
        "basis public-task (Wet publieke gezondheid); the categories asked are allowed"
    );
    assert_eq!(
        v.reason.in_lang(Lang::Nl),
        "grondslag algemeen belang / publieke taak (Wet publieke gezondheid); de gevraagde categorieën zijn toegestaan"
    );
}
