use super::*;

fn t(s: &str) -> Instant {
    parse_time(s).unwrap()
}

#[test]
fn local_times_get_the_offset_of_their_season() {
    assert_eq!(iso(t("2026-10-23 16:00")), "2026-10-23T16:00:00+02:00");
    assert_eq!(iso(t("23-10-2026 16:00")), "2026-10-23T16:00:00+02:00");
    assert_eq!(iso(t("2026-12-01T08:30")), "2026-12-01T08:30:00+01:00");
    assert_eq!(iso(t("2026-12-01 08:30:15")), "2026-12-01T08:30:15+01:00");
    // An instant given with another offset is shown in Dutch time.
    assert_eq!(iso(t("2026-10-23T14:00:00Z")), "2026-10-23T16:00:00+02:00");
    assert_eq!(
        iso(t("2026-10-23 16:00+02:00")),
        "2026-10-23T16:00:00+02:00"
    );
}

#[test]
fn the_repeated_and_the_missing_hour() {
    let twice = parse_time("2026-10-25 02:30").unwrap_err();
    assert!(twice.contains("2026-10-25T02:30:00+02:00"), "{twice}");
    assert!(twice.contains("2026-10-25T02:30:00+01:00"), "{twice}");
    assert_eq!(
        iso(t("2026-10-25T02:30:00+01:00")),
        "2026-10-25T02:30:00+01:00"
    );
    assert!(
        parse_time("2026-03-29 02:30")
            .unwrap_err()
            .contains("does not exist")
    );
    let twice = crate::i18n::speaking(crate::i18n::Lang::Nl, || {
        parse_time("2026-10-25 02:30").unwrap_err()
    });
    assert_eq!(
        twice,
        "'2026-10-25 02:30' kwam twee keer voor toen de klok werd teruggezet; vermeld de tijdzone: 2026-10-25T02:30:00+02:00 (zomertijd) of 2026-10-25T02:30:00+01:00 (wintertijd)"
    );
    for bad in [
        "",
        "2026-10-23",
        "16:00",
        "2026-13-01 10:00",
        "2026-10-23 25:00",
    ] {
        assert!(parse_time(bad).is_err(), "{bad}");
    }
}

#[test]
fn seventy_two_elapsed_hours_across_the_clock_changes() {
    // Autumn: the clocks go back on 25 October 2026; 72 h is 15:00 on the Monday.
    let autumn = Breach::new("2026-001".into(), "x".into(), t("2026-10-23 16:00"));
    assert_eq!(iso(autumn.ap_due()), "2026-10-26T15:00:00+01:00");
    // Spring: the clocks go forward on 29 March 2026; 72 h is 17:00.
    let spring = Breach::new("2026-002".into(), "x".into(), t("2026-03-27 16:00"));
    assert_eq!(iso(spring.ap_due()), "2026-03-30T17:00:00+02:00");
    // No change in between: the same hour three days later.
    let plain = Breach::new("2026-003".into(), "x".into(), t("2026-06-01 09:00"));
    assert_eq!(show_time(plain.ap_due()), "04-06-2026 09:00");
}

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
        "processor: due 24-10-2026 16:00 (done 24-10-2026 22:00, 6 h late)"
    );
    assert_eq!(b.clocks(now, Some(30))[1].status, ClockStatus::Met);
    b.risk = Some(Risk::High);
    // A register file may give the risk without the moment of assessment: the duty counts from
    // the discovery, and on the next day it has passed.
    assert_eq!(b.clocks(now, None)[1].status, ClockStatus::Overdue);
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
        "AP: due 26-10-2026 15:00 (70 h left)"
    );
    assert_eq!(
        b.clocks(t("2026-10-26 14:15"), None)[0]
            .describe()
            .to_string(),
        "AP: due 26-10-2026 15:00 (45 min left)"
    );
    assert_eq!(
        b.clocks(t("2026-10-26 18:00"), None)[0]
            .describe()
            .to_string(),
        "AP: due 26-10-2026 15:00 (3 h late)"
    );
}

#[test]
fn ids_count_per_year() {
    assert_eq!(next_id(2026, Vec::<String>::new()), "2026-001");
    assert_eq!(
        next_id(
            2026,
            ["2026-001".into(), "2026-009".into(), "2025-044".into()]
        ),
        "2026-010"
    );
    assert_eq!(next_id(2027, ["2026-001".to_string()]), "2027-001");
    assert_eq!(next_id(2026, ["2026-999".to_string()]), "2026-1000");
    assert!(validate_id("2026-001").is_ok());
    assert!(validate_id("2026-1000").is_ok());
    for bad in [
        "2026-01",
        "26-001",
        "2026-000",
        "2026_001",
        "abcd-001",
        "2026-001-",
    ] {
        assert!(validate_id(bad).is_err(), "{bad}");
    }
}

#[test]
fn the_year_is_the_dutch_calendar_year() {
    // New Year's Eve 23:30 in Amsterdam is still the old year, though UTC says so too;
    // 00:30 on 1 January is the new year, while UTC still says 31 December.
    assert_eq!(year(t("2026-12-31 23:30")), 2026);
    assert_eq!(year(t("2027-01-01 00:30")), 2027);
}

#[test]
fn future_and_out_of_order_moments_are_refused() {
    let now = t("2026-10-24 12:00");
    let mut b = Breach::new("2026-001".into(), "x".into(), t("2026-10-23 16:00"));
    assert!(b.validate(now).is_ok());
    b.started_at = Some(t("2026-10-23 17:00"));
    assert!(
        b.validate(now)
            .unwrap_err()
            .contains("after it was discovered")
    );
    b.started_at = Some(t("2026-10-20 17:00"));
    b.ended_at = Some(t("2026-10-19 17:00"));
    assert!(b.validate(now).unwrap_err().contains("before it started"));
    b.ended_at = None;
    b.supplier_reported_at = Some(t("2026-10-23 15:00"));
    assert!(
        b.validate(now)
            .unwrap_err()
            .starts_with("the supplier's report (23-10-2026 15:00) ")
    );
    b.supplier_reported_at = Some(t("2026-10-24 12:01"));
    let future = b.validate(now).unwrap_err();
    assert!(future.contains("future"), "{future}");
    assert!(future.contains("the supplier's report"), "{future}");
    b.supplier_reported_at = None;
    b.closed_at = Some(t("2026-10-23 15:00"));
    b.measures = Some("wachtwoorden vervangen".into());
    assert!(b.validate(now).unwrap_err().starts_with("closing ("));
    let dutch = crate::i18n::speaking(crate::i18n::Lang::Nl, || b.validate(now).unwrap_err());
    assert!(dutch.starts_with("het afsluiten ("), "{dutch}");
}

#[test]
fn schools_are_brin_codes() {
    assert_eq!(parse_school("12ab"), Ok("12AB".into()));
    assert_eq!(parse_school("12AB00"), Ok("12AB00".into()));
    for bad in ["12A", "12AB0", "12AB0X", "12-B"] {
        assert!(parse_school(bad).is_err(), "{bad}");
    }
}

#[test]
fn the_moment_of_a_day() {
    let now = t("2026-11-28 10:00");
    let today = "2026-11-28".parse().unwrap();
    assert_eq!(moment_of(today, today, now), now);
    assert_eq!(
        iso(moment_of("2026-10-26".parse().unwrap(), today, now)),
        "2026-10-26T23:59:59+01:00"
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
fn moments_on_the_minute_of_discovery_are_allowed() {
    let discovered = t("2026-10-23 16:00");
    let mut b = Breach::new("2026-001".into(), "Lek".into(), discovered);
    // Every step may happen at the moment of discovery; a minute before is refused.
    b.supplier_reported_at = Some(discovered);
    b.started_at = Some(discovered);
    b.ended_at = Some(discovered);
    assert_eq!(b.check(), Ok(()));
    b.supplier_reported_at = Some(t("2026-10-23 15:59"));
    assert!(
        b.check()
            .unwrap_err()
            .contains("before the breach was discovered")
    );
    b.supplier_reported_at = None;
    b.started_at = Some(t("2026-10-23 16:01"));
    assert!(b.check().unwrap_err().contains("cannot start"));
    // Ending at the moment it started is allowed, a minute before is not.
    b.started_at = Some(t("2026-10-23 12:00"));
    b.ended_at = Some(t("2026-10-23 12:00"));
    assert_eq!(b.check(), Ok(()));
    b.ended_at = Some(t("2026-10-23 11:59"));
    assert!(b.check().unwrap_err().contains("cannot end"));
    // Nothing after now; now itself is fine.
    let b = Breach::new("2026-001".into(), "Lek".into(), discovered);
    assert_eq!(b.not_after(discovered), Ok(()));
    assert!(
        b.not_after(t("2026-10-23 15:59"))
            .unwrap_err()
            .contains("in the future")
    );
}

#[test]
fn spans_are_minutes_under_an_hour_and_hours_from_one() {
    assert_eq!(span(Duration::minutes(59)).to_string(), "59 min");
    assert_eq!(span(Duration::minutes(60)).to_string(), "1 h");
    assert_eq!(span(Duration::minutes(-5)).to_string(), "0 min");
}

#[test]
fn years_count_breaches_by_their_state() {
    let now = t("2027-02-01 12:00");
    let mut reported = Breach::new("2026-001".into(), "a".into(), t("2026-03-02 09:00"));
    reported.risk = Some(Risk::Risk);
    reported.risk_reason = Some("r".into());
    reported.ap_reported_at = Some(t("2026-03-03 09:00"));
    reported.subjects_notified_at = Some(t("2026-03-04 09:00"));
    reported.closed_at = Some(t("2026-03-10 09:00"));
    let mut late = Breach::new("2026-002".into(), "b".into(), t("2026-06-01 09:00"));
    late.ap_reported_at = Some(t("2026-06-10 09:00"));
    let open = Breach::new("2026-003".into(), "c".into(), t("2026-09-01 09:00"));
    let next_year = Breach::new("2027-001".into(), "d".into(), t("2027-01-15 09:00"));
    let future = Breach::new("2027-002".into(), "e".into(), t("2027-03-01 09:00"));
    let counts = count_per_year(&[reported, late, open, next_year, future], now);
    assert_eq!(
        counts,
        [
            (
                2026,
                YearCount {
                    total: 3,
                    reported: 2,
                    not_reported: 1,
                    late: 2,
                    subjects_notified: 1,
                    open: 2,
                }
            ),
            (
                2027,
                YearCount {
                    total: 1,
                    reported: 0,
                    not_reported: 1,
                    late: 1,
                    subjects_notified: 0,
                    open: 1,
                }
            ),
        ]
    );
}

#[test]
fn a_breach_as_known_at_a_moment_lacks_every_later_step() {
    let mut b = Breach::new("2026-001".into(), "Lek".into(), t("2026-10-23 16:00"));
    b.supplier_reported_at = Some(t("2026-10-23 17:00"));
    b.risk = Some(Risk::Risk);
    b.risk_reason = Some("namen en adressen".into());
    b.assessed_at = Some(t("2026-10-24 09:00"));
    b.ap_reported_at = Some(t("2026-10-26 15:30"));
    b.ap_reference = Some("M-1".into());
    b.subjects_notified_at = Some(t("2026-10-26 15:30"));
    b.subjects_notice = Some("brief".into());
    b.measures = Some("wachtwoorden".into());
    b.closed_at = Some(t("2026-11-02 10:00"));
    assert_eq!(b.as_known_at(t("2026-10-23 15:59")), None);
    let known = b.as_known_at(t("2026-10-23 16:00")).unwrap();
    assert_eq!((known.supplier_reported_at, known.risk), (None, None));
    // The end of 25 October: assessed, not yet reported, and the 72 hours not yet passed.
    let known = b.as_known_at(t("2026-10-25 23:59")).unwrap();
    assert_eq!(known.risk, Some(Risk::Risk));
    assert_eq!((known.ap_reported_at, &known.ap_reference), (None, &None));
    assert_eq!(known.subjects_notified_at, None);
    assert!(known.is_open());
    assert!(!known.ap_late(t("2026-10-25 23:59")));
    // On the minute of each step it has been taken.
    let known = b.as_known_at(t("2026-10-26 15:30")).unwrap();
    assert_eq!(known.ap_reported_at, Some(t("2026-10-26 15:30")));
    assert!(known.ap_late(t("2026-10-26 15:30")));
    assert_eq!(b.as_known_at(t("2026-11-02 10:00")), Some(b.clone()));
}

#[test]
fn the_hour_that_comes_twice_is_shown_with_its_offset() {
    assert_eq!(
        show_time(t("2026-10-25T02:30:00+02:00")),
        "25-10-2026 02:30 +02:00"
    );
    assert_eq!(
        show_time(t("2026-10-25T02:30:00+01:00")),
        "25-10-2026 02:30 +01:00"
    );
    // The hours around it, and the hour that never was in spring, need none.
    assert_eq!(
        show_time(t("2026-10-25T01:59:00+02:00")),
        "25-10-2026 01:59"
    );
    assert_eq!(
        show_time(t("2026-10-25T03:00:00+01:00")),
        "25-10-2026 03:00"
    );
    assert_eq!(
        show_time(t("2026-03-29T03:00:00+02:00")),
        "29-03-2026 03:00"
    );
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

#[test]
fn each_step_is_known_from_its_very_minute() {
    let mut b = Breach::new("2026-001".into(), "Lek".into(), t("2026-10-23 16:00"));
    b.risk = Some(Risk::High);
    b.risk_reason = Some("adressen".into());
    b.assessed_at = Some(t("2026-10-24 09:00"));
    b.subjects_notified_at = Some(t("2026-10-25 10:00"));
    b.subjects_notice = Some("brief".into());
    b.inspectie_notified_at = Some(t("2026-10-26 10:00"));
    b.inspectie_reference = Some("I-1".into());
    let known = |at: &str| b.as_known_at(t(at)).unwrap();
    assert_eq!(known("2026-10-24 08:59").risk, None);
    assert_eq!(known("2026-10-24 09:00").risk, Some(Risk::High));
    assert_eq!(known("2026-10-25 09:59").subjects_notified_at, None);
    assert_eq!(
        known("2026-10-25 10:00").subjects_notified_at,
        Some(t("2026-10-25 10:00"))
    );
    assert_eq!(known("2026-10-26 09:59").inspectie_reference, None);
    assert_eq!(
        known("2026-10-26 10:00").inspectie_reference,
        Some("I-1".to_string())
    );
}

#[test]
fn awareness_and_reasons_for_a_delay_at_their_edges() {
    let mut b = Breach::new("2026-001".into(), "Lek".into(), t("2026-10-23 16:00"));
    b.supplier = Some("s".into());
    // Aware the minute it started, and reporting that minute: both allowed.
    b.started_at = Some(t("2026-10-20 08:00"));
    b.supplier_aware_at = Some(t("2026-10-20 08:00"));
    b.supplier_reported_at = Some(t("2026-10-23 16:00"));
    assert_eq!(b.check(), Ok(()));
    b.supplier_aware_at = Some(t("2026-10-23 16:00"));
    assert_eq!(b.check(), Ok(()));
    // Reasons for a delay need a report, and one after the 72 hours (due 26-10 15:00).
    b.ap_delay_reason = Some("de leverancier meldde laat".into());
    assert!(b.check().unwrap_err().contains("report to the AP"));
    b.ap_reference = Some("M-1".into());
    b.ap_reported_at = Some(t("2026-10-26 15:00"));
    assert!(b.check().unwrap_err().contains("no delay"));
    b.ap_reported_at = Some(t("2026-10-26 15:01"));
    assert_eq!(b.check(), Ok(()));
    b.ap_delay_reason = None;
    b.ap_reported_at = Some(t("2026-10-26 15:00"));
    assert_eq!(b.check(), Ok(()));
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

/// "Without undue delay" has no hour: telling the people affected is due on the day the high
/// risk was established and passed from the next Dutch day, as the audit errs at once.
#[test]
fn telling_the_people_affected_is_passed_the_day_after_the_assessment() {
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
    assert_eq!(subjects("2026-11-01 23:59").status, ClockStatus::Due);
    let passed = subjects("2026-11-02 00:00");
    assert_eq!(passed.status, ClockStatus::Overdue);
    assert!(passed.pressing(24));
    assert_eq!(
        passed.describe().to_string(),
        "people affected: without undue delay (not yet told, overdue)"
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
        "AP: due 26-10-2026 15:00 (done 26-10-2026 15:00:30, 1 min late)"
    );
    assert_eq!(span(Duration::seconds(59)).to_string(), "1 min");
    assert_eq!(span(Duration::seconds(0)).to_string(), "0 min");
    assert_eq!(span(Duration::minutes(61)).to_string(), "1 h");
}

/// Second 60 (a leap second to chrono) is no time on a Dutch clock, nor to most JSON readers.
#[test]
fn second_sixty_is_refused() {
    assert!(parse_time("2026-11-20 10:17:60").is_err());
    assert!(parse_time("2026-11-20T10:17:60+01:00").is_err());
    assert!(parse_time("2026-11-20 10:17:59").is_ok());
}

#[test]
fn the_day_of_a_moment_is_the_dutch_day() {
    assert_eq!(
        day_of(t("2026-10-25T23:30:00+01:00")),
        "2026-10-25".parse().unwrap()
    );
    assert_eq!(
        day_of(t("2026-10-25T23:30:00Z")),
        "2026-10-26".parse().unwrap()
    );
}
