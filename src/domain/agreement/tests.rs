use super::*;

#[test]
fn a_successor_in_time_renews_and_a_late_or_unsigned_one_does_not() {
    let mut old = signed("2024-01-01");
    old.id = "old".into();
    old.expires_on = Some("2026-12-31".parse().unwrap());
    let next = |starts: &str, signed: Option<&str>| Agreement {
        id: "new".into(),
        signed_on: signed.map(|s| s.parse().unwrap()),
        starts_on: Some(starts.parse().unwrap()),
        expires_on: None,
        ..old.clone()
    };
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    // Takes effect the day after the last day: renewed.
    let on_time = next("2027-01-01", Some("2026-11-01"));
    assert_eq!(
        old.status_among([&on_time], d("2026-12-01"), 90),
        Status::Active
    );
    assert_eq!(
        old.status_among([&on_time], d("2027-02-01"), 90),
        Status::Renewed
    );
    assert!(!Status::Renewed.in_force());
    // A day's gap: not renewed.
    let gap = next("2027-01-02", Some("2026-11-01"));
    assert_eq!(
        old.status_among([&gap], d("2026-12-01"), 90),
        Status::Expiring
    );
    assert_eq!(
        old.status_among([&gap], d("2027-02-01"), 90),
        Status::Expired
    );
    // Not yet signed on the day asked: not renewed.
    let unsigned = next("2027-01-01", Some("2027-01-15"));
    assert_eq!(
        old.status_among([&unsigned], d("2026-12-01"), 90),
        Status::Expiring
    );
    assert_eq!(
        old.status_among([&unsigned], d("2027-02-01"), 90),
        Status::Renewed
    );
    let never = next("2027-01-01", None);
    assert_eq!(
        old.status_among([&never], d("2027-02-01"), 90),
        Status::Expired
    );
    // An older agreement is no successor.
    let older = next("2023-01-01", Some("2023-01-01"));
    assert_eq!(
        old.status_among([&older], d("2027-02-01"), 90),
        Status::Expired
    );
    // Itself is no successor.
    assert_eq!(
        old.status_among([&old], d("2027-02-01"), 90),
        Status::Expired
    );
    // One that ends first, or is for another product, runs beside it.
    let shorter = Agreement {
        expires_on: Some(d("2026-12-31")),
        ..on_time.clone()
    };
    assert_eq!(
        old.status_among([&shorter], d("2027-02-01"), 90),
        Status::Expired
    );
    let mut rekenen = old.clone();
    rekenen.products = vec!["Rekenen".into()];
    let taal = Agreement {
        products: vec!["Taal".into()],
        ..on_time.clone()
    };
    assert_eq!(
        rekenen.status_among([&taal], d("2027-02-01"), 90),
        Status::Expired
    );
    let both = Agreement {
        products: vec!["Taal".into(), "Rekenen".into()],
        ..on_time.clone()
    };
    assert_eq!(
        rekenen.status_among([&both], d("2027-02-01"), 90),
        Status::Renewed
    );
}

#[test]
fn products_and_countries_are_stored_once_each() {
    let a = Agreement {
        products: vec![" Y ".into(), "Y".into(), "Taal".into(), "Y".into()],
        storage_countries: vec!["NL".into(), "DE".into(), "NL".into()],
        ..signed("2024-01-01")
    }
    .normalised();
    assert_eq!(a.products, ["Y", "Taal"]);
    assert_eq!(a.storage_countries, ["NL", "DE"]);
}

#[test]
fn each_safeguard_holds_only_where_the_law_says() {
    use TransferProblem::*;
    assert_eq!(transfer_problem("NL", None), None);
    assert_eq!(transfer_problem("US", None), Some(Unsafeguarded));
    assert_eq!(
        transfer_problem("US", Some(Safeguard::None)),
        Some(Unsafeguarded)
    );
    assert_eq!(transfer_problem("US", Some(Safeguard::Dpf)), None);
    assert_eq!(transfer_problem("IN", Some(Safeguard::Dpf)), Some(Invalid));
    assert_eq!(
        transfer_problem("US", Some(Safeguard::Adequacy)),
        Some(Invalid)
    );
    assert_eq!(transfer_problem("GB", Some(Safeguard::Adequacy)), None);
    assert_eq!(transfer_problem("IN", Some(Safeguard::Scc)), None);
    assert_eq!(transfer_problem("CN", Some(Safeguard::Bcr)), None);
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn a_review_is_overdue_the_day_after_its_date() {
    let mut a = signed("2025-08-01");
    assert!(!a.review_overdue(d("2026-08-01")));
    a.review_on = Some(d("2026-08-01"));
    assert!(!a.review_overdue(d("2026-08-01")));
    assert!(a.review_overdue(d("2026-08-02")));
}

fn signed(on: &str) -> Agreement {
    Agreement {
        schools: vec![],
        id: "a".into(),
        supplier: "s".into(),
        products: vec![],
        model: Model::Model4,
        signed_on: Some(d(on)),
        starts_on: None,
        expires_on: None,
        review_on: None,
        terminated_on: None,
        document: None,
        privacy_leaflet: None,
        storage_countries: vec![],
        transfer_safeguard: None,
        breach_notice_hours: None,
        dpia: None,
        notes: None,
    }
}

#[test]
fn expiry_day_is_the_last_day_in_force() {
    let mut a = signed("2024-01-01");
    a.expires_on = Some(d("2026-11-28"));
    assert_eq!(a.status(d("2026-11-28"), 0), Status::Expiring);
    assert_eq!(a.status(d("2026-11-29"), 0), Status::Expired);
    assert_eq!(a.status(d("2026-11-27"), 0), Status::Active);
}

#[test]
fn expiring_within_exactly_n_days() {
    let mut a = signed("2024-01-01");
    a.expires_on = Some(d("2027-02-26"));
    let as_of = d("2026-11-28");
    assert_eq!((d("2027-02-26") - as_of).num_days(), 90);
    assert_eq!(a.status(as_of, 90), Status::Expiring);
    assert_eq!(a.status(as_of, 89), Status::Active);
}

#[test]
fn no_expiry_is_active_for_ever() {
    let a = signed("2020-01-01");
    assert_eq!(a.status(d("2099-12-31"), 90), Status::Active);
    assert_eq!(a.status(d("2020-01-01"), u32::MAX), Status::Active);
}

#[test]
fn unsigned_or_not_started_is_draft() {
    let mut a = signed("2026-12-01");
    assert_eq!(a.status(d("2026-11-30"), 90), Status::Draft);
    assert_eq!(a.status(d("2026-12-01"), 90), Status::Active);
    a.signed_on = None;
    assert_eq!(a.status(d("2030-01-01"), 90), Status::Draft);
    let mut b = signed("2026-01-01");
    b.starts_on = Some(d("2026-08-01"));
    assert_eq!(b.status(d("2026-07-31"), 90), Status::Draft);
    assert_eq!(b.status(d("2026-08-01"), 90), Status::Active);
}

#[test]
fn termination_takes_effect_on_its_day() {
    let mut a = signed("2024-01-01");
    a.terminated_on = Some(d("2026-12-31"));
    // In force up to and including the day before.
    assert_eq!(a.ends_on(), Some(d("2026-12-30")));
    assert_eq!(a.status(d("2026-12-29"), 0), Status::Active);
    assert_eq!(a.status(d("2026-12-29"), 1), Status::Expiring);
    assert_eq!(a.status(d("2026-12-30"), 0), Status::Expiring);
    assert_eq!(a.status(d("2026-12-31"), 90), Status::Terminated);
    // Terminated wins over expired: the agreement was ended on purpose.
    a.expires_on = Some(d("2025-01-01"));
    assert_eq!(a.status(d("2027-01-01"), 90), Status::Terminated);
    assert_eq!(a.status(d("2026-01-01"), 90), Status::Expired);
}

#[test]
fn in_force_means_active_or_expiring() {
    let in_force: Vec<_> = Status::ALL.iter().filter(|s| s.in_force()).collect();
    assert_eq!(in_force, [&Status::Active, &Status::Expiring]);
}

#[test]
fn dates_must_be_in_order() {
    let mut a = signed("2024-05-01");
    a.expires_on = Some(d("2024-05-01"));
    assert!(a.validate().is_ok());
    a.expires_on = Some(d("2024-04-30"));
    assert!(a.validate().unwrap_err().contains("before signed_on"));
    let mut b = signed("2024-05-01");
    b.terminated_on = Some(d("2024-04-30"));
    assert!(b.validate().is_err());
    let mut c = signed("2024-05-01");
    c.starts_on = Some(d("2025-01-01"));
    c.expires_on = Some(d("2024-12-31"));
    assert!(c.validate().unwrap_err().contains("before starts_on"));
}

#[test]
fn an_end_before_the_start_is_refused_in_the_readers_language() {
    use crate::i18n::{Lang, speaking};
    let mut a = signed("2024-05-01");
    a.expires_on = Some(d("2024-04-30"));
    assert_eq!(
        a.validate().unwrap_err(),
        "agreement a: expires_on 2024-04-30 is before signed_on 2024-05-01"
    );
    assert_eq!(
        speaking(Lang::Nl, || a.validate().unwrap_err()),
        "verwerkersovereenkomst a: expires_on 2024-04-30 ligt vóór signed_on 2024-05-01"
    );
    a.expires_on = None;
    a.notes = Some("\u{1b}[8m".into());
    assert_eq!(
        speaking(Lang::Nl, || a.validate().unwrap_err()),
        "verwerkersovereenkomst a: in de notities staat het stuurteken U+001B"
    );
}

#[test]
fn breach_hours_are_bounded() {
    let mut a = signed("2024-05-01");
    a.breach_notice_hours = Some(0);
    assert!(a.validate().is_err());
    a.breach_notice_hours = Some(24);
    assert!(a.validate().is_ok());
    a.breach_notice_hours = Some(MAX_BREACH_NOTICE_HOURS + 1);
    assert!(a.validate().is_err());
}

#[test]
fn an_id_is_the_supplier_and_the_year_signed() {
    assert_eq!(id_base("heutink", Some(d("2024-05-01"))), "heutink-2024");
    assert_eq!(id_base("heutink", None), "heutink");
    // Shortened to 44 characters, without a dangling hyphen, so the year survives.
    let long = format!("{}-{}", "a".repeat(43), "b".repeat(20));
    assert_eq!(
        id_base(&long, Some(d("2026-01-01"))),
        format!("{}-2026", "a".repeat(43))
    );
}

#[test]
fn an_agreement_may_expire_or_end_on_the_day_it_starts() {
    let mut a = signed("2024-05-01");
    a.starts_on = Some(d("2024-06-01"));
    a.expires_on = Some(d("2024-06-01"));
    assert_eq!(a.validate(), Ok(()));
    assert_eq!(a.status(d("2024-06-01"), 0), Status::Expiring);
    assert_eq!(a.status(d("2024-06-02"), 0), Status::Expired);
    let mut b = signed("2024-05-01");
    b.terminated_on = Some(d("2024-05-01"));
    assert_eq!(b.validate(), Ok(()));
    assert_eq!(b.status(d("2024-05-01"), 0), Status::Terminated);
}

#[test]
fn breach_hours_run_from_one_hour_to_a_year_of_366_days() {
    let mut a = signed("2024-05-01");
    a.breach_notice_hours = Some(1);
    assert!(a.validate().is_ok());
    a.breach_notice_hours = Some(8784);
    assert!(a.validate().is_ok());
    a.breach_notice_hours = Some(8785);
    assert!(a.validate().is_err());
}

#[test]
fn at_most_100_products_and_100_countries() {
    let names = |n: usize| (0..n).map(|i| format!("P{i}")).collect::<Vec<_>>();
    for (products, countries, ok) in [(100, 100, true), (101, 0, false), (0, 101, false)] {
        let a = Agreement {
            products: names(products),
            storage_countries: names(countries),
            ..signed("2024-05-01")
        };
        assert_eq!(
            a.validate().is_ok(),
            ok,
            "{products} products, {countries} countries"
        );
    }
}

#[test]
fn a_sub_processor_needs_a_name_on_one_line() {
    let sub = |name: &str| Subprocessor {
        name: name.into(),
        country: "NL".into(),
        purpose: Some("hosting".into()),
        transfer_safeguard: None,
    };
    assert_eq!(sub("Amazon Web Services").validate(), Ok(()));
    assert!(sub("  ").validate().is_err());
    assert!(sub("Amazon\nWeb Services").validate().is_err());
}

#[test]
fn a_successor_starting_the_same_day_or_ending_sooner_or_for_products_does_not_renew() {
    let mut old = signed("2024-01-01");
    old.id = "old".into();
    old.expires_on = Some(d("2026-12-31"));
    let after_end = d("2027-02-01");
    let successor = |starts: &str, expires: Option<&str>, products: &[&str]| Agreement {
        id: "new".into(),
        signed_on: Some(d("2023-12-01")),
        starts_on: Some(d(starts)),
        expires_on: expires.map(d),
        products: products.iter().map(|p| p.to_string()).collect(),
        ..old.clone()
    };
    // Ends later than the old one: renews it.
    let longer = successor("2027-01-01", Some("2029-12-31"), &[]);
    assert_eq!(old.status_among([&longer], after_end, 90), Status::Renewed);
    // Takes effect on the same day as the old one: it runs beside it.
    let same_day = successor("2024-01-01", None, &[]);
    assert_eq!(
        old.status_among([&same_day], after_end, 90),
        Status::Expired
    );
    // For one product, while the old one names none: not the same products.
    let one_product = successor("2027-01-01", None, &["Taal"]);
    assert_eq!(
        old.status_among([&one_product], after_end, 90),
        Status::Expired
    );
}

#[test]
fn an_agreement_names_a_sub_processor_once_as_stored() {
    let named = vec!["Amazon Web Services".to_string()];
    assert!(subprocessor_named_once("a", &named, "  Amazon Web Services ").is_err());
    assert!(subprocessor_named_once("a", &named, "amazon web services").is_ok());
    assert!(subprocessor_named_once("a", &[], "Amazon Web Services").is_ok());
}

#[test]
fn a_successor_after_a_gap_is_one_to_come_until_it_takes_effect() {
    let mut old = signed("2023-01-01");
    old.id = "old".into();
    old.products = vec!["P".into()];
    old.expires_on = Some(d("2026-10-31"));
    let next = Agreement {
        id: "new".into(),
        signed_on: Some(d("2026-10-15")),
        starts_on: Some(d("2026-12-01")),
        expires_on: Some(d("2029-11-30")),
        ..old.clone()
    };
    let found =
        |a: &Agreement, as_of: &str| old.successor_to_come([a], d(as_of)).map(|a| a.id.clone());
    // In the gap, up to the day before it takes effect.
    assert_eq!(found(&next, "2026-11-28"), Some("new".into()));
    assert_eq!(found(&next, "2026-11-30"), Some("new".into()));
    // From its first day it is in force: no longer one to come.
    assert_eq!(found(&next, "2026-12-01"), None);
    // Not yet signed on the day asked: a draft, no successor yet.
    assert_eq!(found(&next, "2026-10-14"), None);
    let unsigned = Agreement {
        signed_on: None,
        ..next.clone()
    };
    assert_eq!(found(&unsigned, "2026-11-28"), None);
    // Taking effect the day after the last day: a renewal, no gap.
    let renewal = Agreement {
        starts_on: Some(d("2026-11-01")),
        ..next.clone()
    };
    assert_eq!(found(&renewal, "2026-10-20"), None);
    let a_day_between = Agreement {
        starts_on: Some(d("2026-11-02")),
        ..next.clone()
    };
    assert_eq!(found(&a_day_between, "2026-10-20"), Some("new".into()));
    // A termination planned after it takes effect leaves it a successor.
    let ends_later = Agreement {
        terminated_on: Some(d("2028-01-01")),
        ..next.clone()
    };
    assert_eq!(found(&ends_later, "2026-11-28"), Some("new".into()));
    // Another product's agreement runs beside it; one terminated before it takes effect
    // comes to nothing.
    let other = Agreement {
        products: vec!["Q".into()],
        ..next.clone()
    };
    assert_eq!(found(&other, "2026-11-28"), None);
    let ended = Agreement {
        terminated_on: Some(d("2026-11-20")),
        ..next.clone()
    };
    assert_eq!(found(&ended, "2026-11-28"), None);
    // Taking effect before this one ended is no successor after a gap.
    let overlap = Agreement {
        starts_on: Some(d("2026-10-31")),
        ..next.clone()
    };
    assert_eq!(found(&overlap, "2026-10-01"), None);
}

#[test]
fn an_agreement_terminated_before_it_takes_effect_never_is_in_force() {
    let mut a = signed("2026-12-01");
    a.starts_on = Some(d("2027-02-01"));
    assert!(a.ever_in_force());
    // Terminated the day it would take effect: never in force; a day later: one day.
    a.terminated_on = Some(d("2027-02-01"));
    assert!(!a.ever_in_force());
    a.terminated_on = Some(d("2027-02-02"));
    assert!(a.ever_in_force());
}
