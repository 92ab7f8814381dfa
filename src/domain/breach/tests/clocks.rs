//! The clocks of a breach at their edges.

use super::*;

#[test]
fn the_ap_clock_at_its_edges() {
    let mut b = Breach::new("2026-001".into(), "x".into(), t("2026-10-23 16:00"));
    let due = b.ap_due();
    let at = |m: i64| due + Duration::minutes(m);
    let clock = |b: &Breach, now| b.clocks(now, None)[0].clone();
    assert_eq!(clock(&b, at(-1)).status, ClockStatus::Running);
    assert_eq!(clock(&b, at(0)).status, ClockStatus::Running);
    assert_eq!(clock(&b, at(0)).minutes_left, Some(0));
    assert_eq!(clock(&b, at(1)).status, ClockStatus::Overdue);
    assert!(!b.ap_late(at(0)));
    assert!(b.ap_late(at(1)));
    b.risk = Some(Risk::Risk);
    b.risk_reason = Some("r".into());
    b.ap_reference = Some("M1".into());
    b.ap_reported_at = Some(at(0));
    assert_eq!(clock(&b, at(100)).status, ClockStatus::Met);
    assert!(!b.ap_late(at(100)));
    b.ap_reported_at = Some(at(1));
    assert_eq!(clock(&b, at(100)).status, ClockStatus::Late);
    assert!(b.ap_late(at(100)));
    // No risk stops the clock, and is never late.
    b.ap_reported_at = None;
    b.risk = Some(Risk::None);
    assert_eq!(clock(&b, at(100)).status, ClockStatus::Stopped);
    assert!(!b.ap_late(at(100)));
}

#[test]
fn pressing_means_passed_or_within_the_warning() {
    let b = Breach::new("2026-001".into(), "x".into(), t("2026-10-23 16:00"));
    let due = b.ap_due();
    let clock = |now| b.clocks(now, None)[0].clone();
    assert!(!clock(due - Duration::hours(24)).pressing(24));
    assert!(clock(due - Duration::hours(24) + Duration::minutes(1)).pressing(24));
    assert!(clock(due + Duration::minutes(1)).pressing(24));
}

#[test]
fn the_processor_and_subjects_clocks() {
    let mut b = Breach::new("2026-001".into(), "x".into(), t("2026-10-23 16:00"));
    let now = t("2026-10-24 23:00");
    assert_eq!(b.clocks(now, None).len(), 1);
    b.supplier_reported_at = Some(t("2026-10-24 22:00"));
    let clocks = b.clocks(now, Some(24));
    assert_eq!(clocks[1].kind, ClockKind::Processor);
    assert_eq!(clocks[1].status, ClockStatus::Late);
    assert_eq!(
        clocks[1].describe().to_string(),
        "processor: due 2026-10-24 16:00 (done 2026-10-24 22:00, 6 h late)"
    );
    assert_eq!(b.clocks(now, Some(30))[1].status, ClockStatus::Met);
    b.risk = Some(Risk::High);
    // A register file may give the risk without the moment of assessment: the duty counts from
    // the discovery, and has passed 72 hours after it (the clocks went back in between).
    assert_eq!(b.clocks(now, None)[1].status, ClockStatus::Due);
    let later = t("2026-10-26 15:01");
    assert_eq!(b.clocks(later, None)[1].status, ClockStatus::Overdue);
    b.assessed_at = Some(t("2026-10-24 22:30"));
    assert_eq!(b.clocks(now, None)[1].status, ClockStatus::Due);
    assert!(b.clocks(now, None)[1].pressing(0));
}

#[test]
fn describe_says_what_is_left() {
    use crate::i18n::Lang;
    let running = Breach::new("2026-001".into(), "x".into(), t("2026-10-23 16:00"));
    assert_eq!(
        running.clocks(t("2026-10-23 18:00"), None)[0]
            .describe()
            .in_lang(Lang::Nl),
        "AP: uiterlijk 26-10-2026 15:00 (nog 70 uur)"
    );
    assert_eq!(
        running.clocks(t("2026-10-26 18:00"), None)[0]
            .describe()
            .in_lang(Lang::Nl),
        "AP: uiterlijk 26-10-2026 15:00 (3 uur te laat)"
    );
    let b = Breach::new("2026-001".into(), "x".into(), t("2026-10-23 16:00"));
    assert_eq!(
        b.clocks(t("2026-10-23 18:00"), None)[0]
            .describe()
            .to_string(),
        "AP: due 2026-10-26 15:00 (70 h left)"
    );
    assert_eq!(
        b.clocks(t("2026-10-26 14:15"), None)[0]
            .describe()
            .to_string(),
        "AP: due 2026-10-26 15:00 (45 min left)"
    );
    assert_eq!(
        b.clocks(t("2026-10-26 18:00"), None)[0]
            .describe()
            .to_string(),
        "AP: due 2026-10-26 15:00 (3 h late)"
    );
}

#[test]
fn a_clock_is_open_until_it_is_met_late_or_stopped() {
    let open: Vec<ClockStatus> = ClockStatus::ALL
        .iter()
        .copied()
        .filter(|s| s.open())
        .collect();
    assert_eq!(
        open,
        [ClockStatus::Running, ClockStatus::Due, ClockStatus::Overdue]
    );
}

#[test]
fn spans_are_minutes_under_an_hour_and_hours_from_one() {
    assert_eq!(span(Duration::minutes(59)).to_string(), "59 min");
    assert_eq!(span(Duration::minutes(60)).to_string(), "1 h");
    assert_eq!(span(Duration::minutes(-5)).to_string(), "0 min");
}

#[test]
fn the_suppliers_hours_run_from_when_it_became_aware() {
    let mut b = Breach::new("2026-001".into(), "Lek".into(), t("2026-10-20 10:00"));
    b.supplier = Some("s".into());
    // Without its awareness: from the board's discovery.
    assert_eq!(b.processor_due(Some(24)), Some(t("2026-10-21 10:00")));
    // The supplier knew since 1 October: its 24 hours ended on 2 October.
    b.supplier_aware_at = Some(t("2026-10-01 09:00"));
    b.supplier_reported_at = Some(t("2026-10-20 15:00"));
    assert_eq!(b.processor_due(Some(24)), Some(t("2026-10-02 09:00")));
    assert_eq!(
        b.clocks(t("2026-10-21 12:00"), Some(24))[1].status,
        ClockStatus::Late
    );
    assert_eq!(b.processor_due(None), None);
    assert!(b.check().is_ok());
    // Aware after it reported, or without a supplier: refused.
    b.supplier_aware_at = Some(t("2026-10-20 15:01"));
    assert!(b.check().unwrap_err().contains("after it reported"));
    b.supplier_aware_at = Some(t("2026-10-01 09:00"));
    b.supplier = None;
    assert!(b.check().is_err());
    // Not before the breach started.
    b.supplier = Some("s".into());
    b.started_at = Some(t("2026-10-05 00:00"));
    assert!(b.check().unwrap_err().contains("before the breach started"));
    b.started_at = Some(t("2026-09-30 00:00"));
    assert!(b.check().is_ok());
    // Known from the supplier's report: not before it.
    let known = b.as_known_at(t("2026-10-20 12:00")).unwrap();
    assert_eq!(
        (known.supplier_reported_at, known.supplier_aware_at),
        (None, None)
    );
    assert_eq!(b.as_known_at(t("2026-10-20 15:00")), Some(b.clone()));
    // Not in the future.
    b.supplier_aware_at = Some(t("2026-10-25 10:00"));
    b.supplier_reported_at = Some(t("2026-10-25 11:00"));
    assert!(b.not_after(t("2026-10-22 10:00")).is_err());
}

/// Closing the record ended the AP's clock once the risk was assessed, and the duty to tell
/// the people affected at once: `deadlines` and `breach clock` said nothing more, while the
/// audit still erred.
#[test]
fn closing_a_breach_ends_the_wait_for_the_supplier_but_none_of_the_board_s_duties() {
    let mut b = Breach::new("2026-001".into(), "Lek".into(), t("2026-11-28 10:00"));
    b.supplier = Some("s".into());
    let now = t("2026-11-28 12:00");
    let kinds = |b: &Breach| {
        b.open_clocks(now, Some(24))
            .iter()
            .map(|c| c.kind)
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(&b), [ClockKind::Ap, ClockKind::Processor]);
    b.measures = Some("gewist".into());
    b.closed_at = Some(t("2026-11-28 11:00"));
    assert_eq!(kinds(&b), [ClockKind::Ap]);
    b.risk = Some(Risk::High);
    b.risk_reason = Some("gezondheidsgegevens".into());
    b.assessed_at = Some(t("2026-11-28 10:30"));
    assert_eq!(kinds(&b), [ClockKind::Ap, ClockKind::Subjects]);
    b.ap_reported_at = Some(t("2026-11-28 11:30"));
    b.ap_reference = Some("M-1".into());
    assert_eq!(kinds(&b), [ClockKind::Subjects]);
    b.subjects_notified_at = Some(t("2026-11-28 11:45"));
    b.subjects_notice = Some("brief".into());
    assert_eq!(kinds(&b), Vec::<ClockKind>::new());
    b.risk = Some(Risk::None);
    (b.ap_reported_at, b.ap_reference) = (None, None);
    (b.subjects_notified_at, b.subjects_notice) = (None, None);
    assert_eq!(kinds(&b), Vec::<ClockKind>::new());
}

/// "Without undue delay" has no hour in the law: telling the people affected is due from the
/// moment the high risk was established (the audit errs at once) and passed 72 hours later.
#[test]
fn telling_the_people_affected_is_passed_72_hours_after_the_assessment() {
    let mut b = Breach::new("2026-001".into(), "Lek".into(), t("2026-11-01 10:00"));
    b.risk = Some(Risk::High);
    b.risk_reason = Some("r".into());
    b.assessed_at = Some(t("2026-11-01 12:00"));
    let subjects = |now: &str| {
        b.clocks(t(now), None)
            .into_iter()
            .find(|c| c.kind == ClockKind::Subjects)
            .unwrap()
    };
    let due = subjects("2026-11-02 09:00");
    assert_eq!(due.status, ClockStatus::Due);
    assert!(due.pressing(0));
    assert_eq!(subjects("2026-11-04 12:00").status, ClockStatus::Due);
    let passed = subjects("2026-11-04 12:01");
    assert_eq!(passed.status, ClockStatus::Overdue);
    assert!(passed.pressing(24));
    assert_eq!(
        passed.describe().to_string(),
        "people affected: due 2026-11-04 12:00 (not yet told, overdue)"
    );
}

/// At its very minute a deadline has not passed; half a minute after, it has, and is a minute
/// late, not "0 min".
#[test]
fn a_deadline_passes_after_its_minute_and_part_of_a_minute_is_a_minute() {
    let b = Breach::new("2026-001".into(), "Lek".into(), t("2026-10-23 16:00"));
    let ap = |now: &str| b.clocks(t(now), None).remove(0);
    let on_the_minute = ap("2026-10-26 15:00");
    assert_eq!(on_the_minute.status, ClockStatus::Running);
    assert_eq!(on_the_minute.minutes_left, Some(0));
    let after = ap("2026-10-26 15:00:30");
    assert_eq!(after.status, ClockStatus::Overdue);
    assert_eq!(after.minutes_left, Some(-1));
    // Even a fraction of a second after it: a minute late, never "0 min".
    let just = ap("2026-10-26T15:00:00.400+01:00");
    assert_eq!(just.status, ClockStatus::Overdue);
    assert_eq!(just.minutes_left, Some(-1));
    assert!(after.describe().to_string().ends_with("(1 min late)"));
    let mut reported = b.clone();
    reported.ap_reported_at = Some(t("2026-10-26 15:00:30"));
    reported.ap_reference = Some("M".into());
    let late = reported.clocks(t("2026-10-27 10:00"), None).remove(0);
    assert_eq!(late.status, ClockStatus::Late);
    assert_eq!(
        late.describe().to_string(),
        "AP: due 2026-10-26 15:00 (done 2026-10-26 15:00:30, 1 min late)"
    );
    assert_eq!(span(Duration::seconds(59)).to_string(), "1 min");
    assert_eq!(span(Duration::seconds(0)).to_string(), "0 min");
    assert_eq!(span(Duration::minutes(61)).to_string(), "1 h");
}

/// Told without a high risk on record: a courtesy, never late, with no moment it was due.
#[test]
fn a_courtesy_notice_has_no_due_moment() {
    let mut b = Breach::new("2026-001".into(), "Lek".into(), t("2026-11-01 10:00"));
    b.risk = Some(Risk::Risk);
    b.assessed_at = Some(t("2026-11-01 12:00"));
    b.subjects_notified_at = Some(t("2026-11-20 12:00"));
    let clock = b
        .clocks(t("2026-11-21 12:00"), None)
        .into_iter()
        .find(|c| c.kind == ClockKind::Subjects)
        .unwrap();
    assert_eq!(clock.status, ClockStatus::Met);
    assert_eq!(clock.due, None);
}
