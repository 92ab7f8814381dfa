use super::*;
use crate::domain::category::ScopeEntry;

fn processing() -> Processing {
    example("leerlingadministratie")
}

fn own() -> Vec<OwnCategory> {
    vec![OwnCategory {
        code: "vog".into(),
        label: "verklaring omtrent het gedrag".into(),
        special: true,
        national_id: false,
    }]
}

#[test]
fn each_missing_item_is_named() {
    assert!(processing().missing().is_empty());
    let bare = Processing {
        purposes: Vec::new(),
        subjects: Vec::new(),
        categories: Vec::new(),
        basis: None,
        ..processing()
    };
    assert_eq!(
        bare.missing(),
        ["purpose", "subjects", "categories", "basis"]
    );
    let no_basis = Processing {
        basis: None,
        ..processing()
    };
    assert_eq!(no_basis.missing(), ["basis"]);
}

#[test]
fn review_is_overdue_from_the_day_after() {
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    let p = Processing {
        review_on: Some(d("2026-11-28")),
        ..processing()
    };
    assert!(!p.review_overdue(d("2026-11-28")));
    assert!(p.review_overdue(d("2026-11-29")));
    assert!(!processing().review_overdue(d("2099-01-01")));
}

#[test]
fn special_categories_follow_the_rule_of_parties() {
    let health = Processing {
        categories: vec!["health".into(), "name".into()],
        ..processing()
    };
    let found = |p: &Processing| p.special_unlifted(&[]);
    // On a public task only with the law that covers it.
    assert_eq!(found(&health), Some(("no-law", vec!["health".into()])));
    let with_law = Processing {
        law: Some("UAVG art. 30".into()),
        ..health.clone()
    };
    assert_eq!(found(&with_law), None);
    let p = Processing {
        basis: Some(Basis::Consent),
        ..health.clone()
    };
    assert_eq!(found(&p), None);
    // A vital interest lifts it only in an emergency, case by case: not for an activity.
    let p = Processing {
        basis: Some(Basis::VitalInterest),
        ..health.clone()
    };
    assert_eq!(found(&p), Some(("case-by-case", vec!["health".into()])));
    // A contract or legitimate interest never lifts the prohibition, whatever the law field says.
    for basis in [Basis::Contract, Basis::LegitimateInterest] {
        let p = Processing {
            basis: Some(basis),
            law: Some("afspraak".into()),
            categories: vec!["name".into(), "health".into(), "religion".into()],
            ..processing()
        };
        assert_eq!(
            found(&p),
            Some(("never", vec!["health".into(), "religion".into()])),
            "{basis}"
        );
    }
    let no_basis = Processing {
        basis: None,
        ..with_law
    };
    assert_eq!(found(&no_basis), Some(("no-basis", vec!["health".into()])));
    // Nothing special, nothing to say, whatever the basis.
    let plain = Processing {
        basis: Some(Basis::LegitimateInterest),
        ..processing()
    };
    assert_eq!(found(&plain), None);
    // A board's own category flagged special counts too; staff sick leave is health data.
    let vog = Processing {
        categories: vec!["absence".into(), "vog".into()],
        ..processing()
    };
    assert_eq!(
        vog.special_unlifted(&own()),
        Some(("no-law", vec!["absence".into(), "vog".into()]))
    );
}

#[test]
fn the_bsn_only_on_a_legal_obligation_with_its_law() {
    let bsn = |basis, law: Option<&str>| Processing {
        basis,
        law: law.map(String::from),
        categories: vec!["name".into(), "bsn".into()],
        ..processing()
    };
    let found = |p: Processing| p.national_id_unlifted(&[]).map(|(why, _)| why);
    assert_eq!(
        bsn(Some(Basis::LegalObligation), Some("WPO art. 178a")).national_id_unlifted(&[]),
        None
    );
    assert_eq!(
        found(bsn(Some(Basis::LegalObligation), None)),
        Some("no-law")
    );
    for basis in [
        Basis::LegitimateInterest,
        Basis::PublicTask,
        Basis::Contract,
        Basis::Consent,
        Basis::VitalInterest,
    ] {
        assert_eq!(
            found(bsn(Some(basis), Some("WPO art. 178a"))),
            Some("never"),
            "{basis}"
        );
    }
    assert_eq!(found(bsn(None, Some("WPO art. 178a"))), Some("no-basis"));
    assert_eq!(found(processing()), None);
    // A board's own national identifier is held to the same rule.
    let own = vec![OwnCategory {
        code: "burgerservicenummer-medewerker".into(),
        label: "BSN medewerker".into(),
        special: false,
        national_id: true,
    }];
    let staff = Processing {
        basis: Some(Basis::Contract),
        categories: vec!["burgerservicenummer-medewerker".into()],
        ..processing()
    };
    assert_eq!(
        staff.national_id_unlifted(&own),
        Some(("never", vec!["burgerservicenummer-medewerker".into()]))
    );
}

#[test]
fn category_codes_come_from_the_catalogue_or_the_board() {
    assert_eq!(category_code(" salary ", &[]).unwrap(), "salary");
    assert_eq!(category_code("vog", &own()).unwrap(), "vog");
    assert!(
        category_code("vog", &[])
            .unwrap_err()
            .contains("unknown data category 'vog'")
    );
    let clash = OwnCategory {
        code: "health".into(),
        ..own()[0].clone()
    };
    assert!(clash.validate().unwrap_err().contains("fixed catalogue"));
    let unlabelled = OwnCategory {
        label: " ".into(),
        ..own()[0].clone()
    };
    assert!(unlabelled.validate().is_err());
    assert!(resolve("vog", &own()).is_some_and(|c| c.own && c.special));
}

#[test]
fn the_controller_needs_contact_address_and_fg() {
    let o = Organisation {
        name: "Stichting".into(),
        kvk: None,
        privacy_officer: Some("fg@example.nl".into()),
        contact: None,
        address: Some("Dorpsstraat 1".into()),
    };
    let e = controller(Some(&o)).unwrap_err();
    assert!(e.contains("lacks contact;"), "{e}");
    assert!(controller(None).unwrap_err().contains("no [organisation]"));
    let full = Organisation {
        contact: Some("bestuur@example.nl".into()),
        ..o
    };
    assert_eq!(
        controller(Some(&full)).unwrap().contact,
        "bestuur@example.nl"
    );
}

#[test]
fn staff_only_agreements_are_known_by_their_activities() {
    let salary = Processing {
        subjects: vec![Subject::Staff, Subject::Applicants],
        agreements: vec!["salaris-2025".into()],
        ..processing()
    };
    assert!(agreement_only_for_staff(
        "salaris-2025",
        std::slice::from_ref(&salary)
    ));
    let pupils = Processing {
        agreements: vec!["salaris-2025".into()],
        ..processing()
    };
    assert!(!agreement_only_for_staff("salaris-2025", &[salary, pupils]));
    assert!(!agreement_only_for_staff("unlinked", &[]));
}

#[test]
fn purposes_are_kept_as_given_once_each_and_never_empty() {
    let p = Processing {
        name: " Leerlingadministratie ".into(),
        purposes: vec![
            " onderwijs geven ".into(),
            "  ".into(),
            "begeleiding".into(),
            "onderwijs geven".into(),
        ],
        ..processing()
    }
    .normalised();
    assert_eq!(p.purposes, ["onderwijs geven", "begeleiding"]);
    assert_eq!(p.name, "Leerlingadministratie");
}

#[test]
fn an_activity_needs_a_name() {
    assert_eq!(processing().validate(), Ok(()));
    let unnamed = Processing {
        name: " ".into(),
        ..processing()
    };
    assert!(unnamed.validate().unwrap_err().contains("cannot be empty"));
}

#[test]
fn an_activity_lists_its_recipients_and_what_leaves_the_eea() {
    use crate::domain::agreement::{Agreement, Model, Subprocessor};
    use crate::domain::party::{Kind as PartyKind, Party};
    use crate::domain::register::AgreementFull;
    use crate::domain::supplier::Supplier;
    let agreement = |id: &str, countries: &[&str]| AgreementFull {
        agreement: Agreement {
            schools: vec![],
            id: id.into(),
            supplier: "s".into(),
            products: vec![],
            model: Model::Model4,
            signed_on: Some("2024-01-01".parse().unwrap()),
            starts_on: None,
            expires_on: None,
            review_on: None,
            terminated_on: None,
            document: None,
            privacy_leaflet: None,
            storage_countries: countries.iter().map(|c| c.to_string()).collect(),
            transfer_safeguard: Some(Safeguard::Scc),
            breach_notice_hours: None,
            dpia: None,
            notes: None,
        },
        scope: vec![],
        subprocessors: ["IN", "DE"]
            .iter()
            .map(|c| Subprocessor {
                name: format!("sub {c}"),
                country: c.to_string(),
                purpose: None,
                transfer_safeguard: None,
            })
            .collect(),
    };
    let party = |id: &str| Party {
        schools: vec![],
        id: id.into(),
        name: id.to_uppercase(),
        kind: PartyKind::Care,
        basis: Basis::PublicTask,
        law: None,
        categories: vec![],
        in_privacy_regulation: true,
        notes: None,
    };
    let register = Register {
        suppliers: vec![(
            Supplier::new("s".into(), "S".into()),
            vec![agreement("other", &["NL"]), agreement("a", &["US", "NL"])],
        )],
        parties: vec![party("jgz"), party("ggd")],
        ..Register::default()
    };
    let p = Processing {
        agreements: vec!["a".into()],
        parties: vec!["ggd".into()],
        ..processing()
    };
    let a = activity(&p, &register, "2026-11-28".parse().unwrap());
    let recipients: Vec<(&str, &str, Option<&str>)> = a
        .recipients
        .iter()
        .map(|r| (r.kind, r.id.as_str(), r.agreement.as_deref()))
        .collect();
    assert_eq!(
        recipients,
        [("supplier", "s", Some("a")), ("party", "ggd", None)]
    );
    let transfers: Vec<(&str, Option<&str>, &str)> = a
        .transfers
        .iter()
        .map(|t| (t.recipient.as_str(), t.via.as_deref(), t.country.as_str()))
        .collect();
    assert_eq!(transfers, [("S", None, "US"), ("sub IN", Some("S"), "IN")]);
    // Judged by the audit's rule: scc holds anywhere, none is unsafeguarded, dpf only in the US.
    let problems: Vec<Option<TransferProblem>> =
        a.transfers.iter().map(Transfer::problem).collect();
    assert_eq!(problems, [None, Some(TransferProblem::Unsafeguarded)]);
    let dpf_in_india = Transfer {
        transfer_safeguard: Some(Safeguard::Dpf),
        ..a.transfers[1].clone()
    };
    assert_eq!(dpf_in_india.problem(), Some(TransferProblem::Invalid));
    // What recipients receive beyond the activity: nothing here, they receive nothing.
    assert!(
        a.recipients
            .iter()
            .all(|r| r.unlisted_categories.is_empty())
    );
    let mut register = register;
    register.suppliers[0].1[1].scope = vec![
        ScopeEntry::of(Category::Name),
        ScopeEntry::of(Category::Health),
        ScopeEntry::of(Category::Results),
    ];
    register.parties[1].categories = vec![Category::Bsn, Category::Name];
    let unlisted = |register: &Register, p: &Processing| -> Vec<Vec<String>> {
        activity(p, register, "2026-11-28".parse().unwrap())
            .recipients
            .iter()
            .map(|r| {
                r.unlisted_categories
                    .iter()
                    .map(|c| c.code.clone())
                    .collect()
            })
            .collect()
    };
    assert_eq!(
        unlisted(&register, &p),
        [vec!["results", "health"], vec!["bsn"]]
    );
    // Another activity linked to the agreement lists health: it goes there for that one.
    register.processings = vec![Processing {
        id: "zorg".into(),
        categories: vec!["health".into()],
        agreements: vec!["a".into()],
        ..processing()
    }];
    assert_eq!(unlisted(&register, &p), [vec!["results"], vec!["bsn"]]);
    // One that lists it without the link does not count.
    register.processings[0].agreements.clear();
    assert_eq!(
        unlisted(&register, &p),
        [vec!["results", "health"], vec!["bsn"]]
    );
}
