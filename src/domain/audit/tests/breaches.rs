use super::*;

fn at(text: &str) -> crate::domain::breach::Instant {
    crate::domain::breach::parse_time(text).unwrap()
}

fn breach_codes(breach: crate::domain::breach::Breach, now: &str) -> Vec<&'static str> {
    let snapshot = Snapshot {
        register: Register {
            suppliers: vec![(clean_supplier(), vec![clean_agreement()])],
            breaches: vec![breach],
            ..Register::default()
        },
        now: at(now),
        ..Snapshot::default()
    };
    audit(&snapshot, d(AS_OF), 90)
        .into_iter()
        .map(|f| static_code(&f.code))
        .collect()
}

#[test]
fn breach_rules_at_their_edges() {
    use crate::domain::breach::{Breach, Risk};
    let discovered = "2026-11-25 12:00";
    let new = || Breach::new("2026-01".into(), "Lek".into(), at(discovered));
    // Discovered after the moment of the audit: not yet known.
    assert_eq!(breach_codes(new(), "2026-11-25 11:59"), Vec::<&str>::new());
    // Discovered at that very moment, not assessed: undecided, and open.
    assert_eq!(
        breach_codes(new(), discovered),
        ["breach-undecided", "breach-open"]
    );
    // Past its 72 hours and still not assessed: late, not also undecided.
    assert_eq!(
        breach_codes(new(), "2026-11-28 12:01"),
        ["breach-ap-late", "breach-open"]
    );
    // Assessed, open: only open; closed: nothing.
    let mut assessed = new();
    assessed.risk = Some(Risk::None);
    assert_eq!(breach_codes(assessed.clone(), discovered), ["breach-open"]);
    assessed.closed_at = Some(at("2026-11-26 12:00"));
    assert_eq!(
        breach_codes(assessed.clone(), "2026-11-26 12:00"),
        Vec::<&str>::new()
    );
    // Closed without an assessment, within the 72 hours: the decision whether to report is
    // still to be recorded (art. 33(5)), and past the 72 hours it is late.
    let mut closed = new();
    closed.closed_at = Some(at("2026-11-26 12:00"));
    assert_eq!(
        breach_codes(closed.clone(), "2026-11-26 12:00"),
        ["breach-undecided"]
    );
    assert_eq!(breach_codes(closed, "2026-11-28 12:01"), ["breach-ap-late"]);
    // Only a high risk must be told to the people affected.
    let mut risky = assessed.clone();
    risky.risk = Some(Risk::Risk);
    risky.ap_reported_at = Some(at("2026-11-26 09:00"));
    assert_eq!(
        breach_codes(risky.clone(), "2026-11-26 12:00"),
        Vec::<&str>::new()
    );
    risky.risk = Some(Risk::High);
    risky.assessed_at = Some(at("2026-11-26 08:00"));
    assert_eq!(
        breach_codes(risky.clone(), "2026-11-26 12:00"),
        ["breach-subjects-unnotified"]
    );
    risky.subjects_notified_at = Some(at("2026-11-26 10:00"));
    assert_eq!(breach_codes(risky, "2026-11-26 12:00"), Vec::<&str>::new());
}

#[test]
fn telling_the_people_affected_more_than_72_hours_after_the_high_risk_is_late() {
    use crate::domain::breach::{Breach, ClockKind, ClockStatus, Risk};
    let mut b = Breach::new("2026-01".into(), "Lek".into(), at("2026-10-23 16:00"));
    b.risk = Some(Risk::High);
    b.assessed_at = Some(at("2026-10-24 09:00"));
    b.ap_reported_at = Some(at("2026-10-24 10:00"));
    b.closed_at = Some(at("2026-11-20 10:00"));
    let subjects = |b: &Breach| {
        b.clocks(at("2026-11-20 12:00"), None)
            .into_iter()
            .find(|c| c.kind == ClockKind::Subjects)
            .map(|c| c.status)
    };
    // 72 elapsed hours after Saturday 09:00 in summer time, the clocks back on Sunday:
    // Tuesday 08:00 in winter time, in time at its very minute.
    b.subjects_notified_at = Some(at("2026-10-27 08:00"));
    assert_eq!(subjects(&b), Some(ClockStatus::Met));
    assert_eq!(
        breach_codes(b.clone(), "2026-11-20 12:00"),
        Vec::<&str>::new()
    );
    // A minute later: late, and the audit keeps saying so.
    b.subjects_notified_at = Some(at("2026-10-27 08:01"));
    assert_eq!(subjects(&b), Some(ClockStatus::Late));
    assert_eq!(
        breach_codes(b.clone(), "2026-11-20 12:00"),
        ["breach-subjects-late"]
    );
    // Told without a high risk on record: a courtesy, never late.
    b.risk = Some(Risk::Risk);
    assert_eq!(subjects(&b), Some(ClockStatus::Met));
    assert_eq!(breach_codes(b, "2026-11-20 12:00"), Vec::<&str>::new());
}

#[test]
fn a_supplier_reporting_on_its_last_hour_is_in_time() {
    use crate::domain::breach::{Breach, Risk};
    // Agreement a gives the supplier 24 hours.
    let reported = |when: &str| Breach {
        supplier: Some("s".into()),
        agreement: Some("a".into()),
        supplier_reported_at: Some(at(when)),
        risk: Some(Risk::None),
        closed_at: Some(at("2026-11-27 12:00")),
        ..Breach::new("2026-01".into(), "Lek".into(), at("2026-11-25 12:00"))
    };
    let now = "2026-11-28 12:00";
    assert_eq!(
        breach_codes(reported("2026-11-26 12:00"), now),
        Vec::<&str>::new()
    );
    assert_eq!(
        breach_codes(reported("2026-11-26 12:01"), now),
        ["breach-processor-late"]
    );
    assert_eq!(
        breach_codes(reported("2026-11-26 11:59"), now),
        Vec::<&str>::new()
    );
}

/// Leaked test or exam results go to the Inspectie too (VO-raad): nothing reminded the board.
#[test]
fn leaked_results_judged_a_risk_go_to_the_inspectie() {
    use crate::domain::breach::{Breach, Risk};
    use crate::domain::category::Category;
    let mut b = Breach::new("2026-001".into(), "Lek".into(), at("2026-11-25 12:00"));
    b.categories = vec![Category::Name, Category::Results];
    b.risk_reason = Some("r".into());
    b.assessed_at = Some(at("2026-11-25 13:00"));
    let inspectie = |b: &Breach| {
        breach_codes(b.clone(), "2026-11-26 12:00").contains(&"breach-inspectie-unnotified")
    };
    b.risk = Some(Risk::None);
    assert!(!inspectie(&b), "no risk");
    b.risk = Some(Risk::Risk);
    assert!(inspectie(&b));
    b.risk = Some(Risk::High);
    assert!(inspectie(&b));
    b.inspectie_notified_at = Some(at("2026-11-26 09:00"));
    b.inspectie_reference = Some("I-1".into());
    assert!(!inspectie(&b), "told");
    b.inspectie_notified_at = None;
    b.categories = vec![Category::Name];
    assert!(!inspectie(&b), "no results");
}
