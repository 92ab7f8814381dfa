use super::*;
use crate::domain::agreement::{Agreement, Model, Subprocessor};
use crate::domain::category::{Category, ScopeEntry};
use crate::domain::consent::{Decision, Form, GivenBy};
use crate::domain::organisation::School;
use crate::domain::party::{Kind, Party};
use crate::domain::processing::{Processing, Subject};
use crate::domain::register::AgreementFull;
use crate::domain::supplier::Supplier;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn agreement(id: &str, schools: &[&str], expires: &str) -> AgreementFull {
    AgreementFull {
        agreement: Agreement {
            schools: schools.iter().map(|s| s.to_string()).collect(),
            id: id.into(),
            supplier: "gynzy".into(),
            products: vec!["Gynzy Kids".into()],
            model: Model::Model4,
            signed_on: Some(d("2024-03-01")),
            starts_on: None,
            expires_on: Some(d(expires)),
            review_on: None,
            terminated_on: None,
            document: None,
            privacy_leaflet: None,
            storage_countries: vec!["NL".into(), "US".into()],
            transfer_safeguard: Some(Safeguard::Scc),
            breach_notice_hours: None,
            dpia: None,
            notes: None,
        },
        scope: vec![ScopeEntry {
            category: Category::Name,
            purpose: Some("inloggen".into()),
            retention: Some("1 jaar".into()),
            law: None,
        }],
        subprocessors: vec![
            Subprocessor {
                name: "AWS".into(),
                country: "US".into(),
                purpose: Some("hosting".into()),
                transfer_safeguard: None,
            },
            Subprocessor {
                name: "Hetzner".into(),
                country: "DE".into(),
                purpose: None,
                transfer_safeguard: None,
            },
        ],
    }
}

fn party(id: &str, basis: Basis, schools: &[&str]) -> Party {
    Party {
        id: id.into(),
        name: id.to_uppercase(),
        kind: Kind::Care,
        basis,
        law: None,
        categories: vec![Category::Name, Category::Group],
        in_privacy_regulation: true,
        notes: None,
        schools: schools.iter().map(|s| s.to_string()).collect(),
    }
}

fn staff_only(agreement: &str) -> Processing {
    Processing {
        subjects: vec![Subject::Staff],
        agreements: vec![agreement.into()],
        ..crate::domain::processing::example("salaris")
    }
}

fn register() -> Register {
    let mut ggd = Purpose::new("ggd-exchange", "Gegevens delen met de GGD");
    ggd.party = Some("ggd".into());
    Register {
        schools: vec![School {
            brin: "12AB".into(),
            vestiging: "00".into(),
            name: "OBS De Regenboog".into(),
        }],
        suppliers: vec![(
            Supplier::new("gynzy".into(), "Gynzy B.V.".into()),
            vec![
                agreement("here", &["12AB00"], "2027-12-31"),
                agreement("elsewhere", &["34CD00"], "2027-12-31"),
                agreement("ended", &["12AB00"], "2026-06-30"),
                agreement("staff", &["12AB00"], "2027-12-31"),
            ],
        )],
        parties: vec![
            party("ggd", Basis::Consent, &[]),
            party("leerplicht", Basis::LegalObligation, &["12AB00"]),
            party("jeugdzorg", Basis::Consent, &[]),
            party("other-school", Basis::LegitimateInterest, &["34CD00"]),
        ],
        purposes: vec![Purpose::new("photo-internal", "Foto's intern"), ggd],
        processings: vec![staff_only("staff")],
        ..Register::default()
    }
}

fn pupil() -> Pupil {
    Pupil {
        key: "1001".into(),
        leerlingnummer: "1001".into(),
        name: "Sanne de Vries".into(),
        group: Some("5B".into()),
        school: Some("12AB00".into()),
        birth_date: Some(d("2016-05-04")),
        left_on: Some(d("2026-07-15")),
        first_listed_on: None,
    }
}

fn granted(date: &str, form: Form, counts: bool) -> Standing {
    Standing {
        state: State::Granted,
        counts,
        date: Some(d(date)),
        form: Some(form),
        given_by: Some(GivenBy::Parent),
        decider: None,
    }
}

fn event(purpose: &str, date: &str) -> Event {
    Event {
        pupil: "1001".into(),
        purpose: purpose.into(),
        decision: Decision::Granted,
        given_by: GivenBy::Parent,
        decider: None,
        form: Form::Digital,
        date: d(date),
        evidence: None,
        source: None,
        recorded_at: format!("{date}T10:00:00Z"),
        actor: "fg".into(),
    }
}

fn report() -> AccessReport {
    let standing = HashMap::from([
        (
            "photo-internal".to_string(),
            granted("2026-09-01", Form::Digital, true),
        ),
        (
            "ggd-exchange".to_string(),
            granted("2026-09-02", Form::Verbal, false),
        ),
    ]);
    let events = [
        event("photo-internal", "2026-09-01"),
        event("retired-purpose", "2026-10-01"),
        event("photo-internal", "2026-10-02"),
        event("photo-internal", "2026-10-03"),
    ];
    build(&register(), &pupil(), &standing, &events, d("2026-10-02"))
}

#[test]
fn only_agreements_in_force_for_the_pupils_school_and_for_pupils_are_listed() {
    let report = report();
    let agreements: Vec<&str> = report
        .suppliers
        .iter()
        .map(|s| s.agreement.as_str())
        .collect();
    assert_eq!(agreements, ["here"]);
    assert!(!report.agreements_for_all_schools);
    let here = &report.suppliers[0];
    assert_eq!(here.storage_outside_eea, ["US"]);
    assert_eq!(here.categories[0].category, "name");
    assert_eq!(here.categories[0].retention.as_deref(), Some("1 jaar"));
    // A sub-processor without its own safeguard has none: it never borrows the agreement's
    // (the audit's `transfer-unsafeguarded`).
    let outside: Vec<(&str, Option<&str>)> = here
        .subprocessors_outside_eea
        .iter()
        .map(|s| (s.name.as_str(), s.transfer_safeguard.map(Safeguard::label)))
        .collect();
    assert_eq!(outside, [("AWS", None)]);
    assert_eq!(
        report.pupil.school_name.as_deref(),
        Some("OBS De Regenboog")
    );
}

#[test]
fn without_schools_on_any_agreement_every_agreement_in_force_serves_the_pupil() {
    let mut register = register();
    for (_, agreements) in &mut register.suppliers {
        for a in agreements.iter_mut() {
            a.agreement.schools.clear();
        }
    }
    let report = build(&register, &pupil(), &HashMap::new(), &[], d("2026-10-02"));
    assert!(report.agreements_for_all_schools);
    let agreements: Vec<&str> = report
        .suppliers
        .iter()
        .map(|s| s.agreement.as_str())
        .collect();
    assert_eq!(agreements, ["here", "elsewhere"]);
}

#[test]
fn a_party_on_consent_says_whether_it_stands_for_this_pupil() {
    let report = report();
    let parties: Vec<(&str, Option<(State, bool)>)> = report
        .parties
        .iter()
        .map(|p| {
            (
                p.party.as_str(),
                p.consent.as_ref().map(|c| (c.state, c.counts)),
            )
        })
        .collect();
    assert_eq!(
        parties,
        [
            ("ggd", Some((State::Granted, false))),
            ("leerplicht", None),
            ("jeugdzorg", Some((State::Unknown, false))),
        ]
    );
    let ggd = report.parties[0].consent.as_ref().unwrap();
    assert_eq!(ggd.purpose, "ggd-exchange");
    assert_eq!(
        ggd.text,
        "Toestemming gegeven op 02-09-2026 (mondeling), maar niet in de vorm die dit doel vraagt (een uitdrukkelijke verklaring): dat telt niet als toestemming."
    );
    let jeugdzorg = report.parties[2].consent.as_ref().unwrap();
    assert!(
        jeugdzorg
            .text
            .starts_with("Geen toestemmingsdoel vastgelegd")
    );
}

#[test]
fn consent_is_said_in_one_dutch_sentence_with_its_date_and_form() {
    let report = report();
    let said: Vec<(&str, &str)> = report
        .consent
        .iter()
        .map(|c| (c.purpose.as_str(), c.text.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            (
                "photo-internal",
                "Toestemming gegeven op 01-09-2026 (digitaal)."
            ),
            (
                "ggd-exchange",
                "Toestemming gegeven op 02-09-2026 (mondeling), maar niet in de vorm die dit doel vraagt (een uitdrukkelijke verklaring): dat telt niet als toestemming."
            ),
        ]
    );
    let photo = Purpose::new("p", "P");
    let without_date = Standing {
        date: None,
        ..granted("2026-09-01", Form::Written, true)
    };
    assert_eq!(consent_text(&photo, &without_date), "Toestemming gegeven.");
    let mut written = Purpose::new("p", "P");
    written.explicit = true;
    written.written_only = true;
    assert!(
        consent_text(&written, &granted("2026-09-01", Form::Digital, false))
            .contains("(schriftelijk)")
    );
    written.written_only = false;
    assert!(
        consent_text(&written, &granted("2026-09-01", Form::Verbal, false))
            .contains("(schriftelijk of digitaal)")
    );
    assert!(consent_text(&photo, &Standing::UNKNOWN).starts_with("Geen besluit"));
}

#[test]
fn the_history_ends_on_the_day_asked_about_and_names_each_purpose() {
    let report = report();
    let history: Vec<(&str, &str, NaiveDate)> = report
        .consent_history
        .iter()
        .map(|e| (e.purpose.as_str(), e.name.as_str(), e.date))
        .collect();
    assert_eq!(
        history,
        [
            ("photo-internal", "Foto's intern", d("2026-09-01")),
            // A purpose the register no longer has is named by its id.
            ("retired-purpose", "retired-purpose", d("2026-10-01")),
            ("photo-internal", "Foto's intern", d("2026-10-02")),
        ]
    );
    assert_eq!(report.retention.remove_by, Some(d("2028-07-15")));
    assert!(!report.pupil.decides_alone);
}
