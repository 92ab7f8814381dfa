use super::*;

mod clocks;

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
    assert_eq!(show_time(plain.ap_due()), "2026-06-04 09:00");
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
            .starts_with("the supplier's report (2026-10-23 15:00) ")
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
    use crate::i18n::Lang;
    assert_eq!(
        show_time_in(Lang::Nl, t("2026-10-25T02:30:00+02:00")),
        "25-10-2026 02:30 +02:00"
    );
    assert_eq!(
        show_time_in(Lang::Nl, t("2026-10-25T02:30:00+01:00")),
        "25-10-2026 02:30 +01:00"
    );
    // The hours around it, and the hour that never was in spring, need none.
    assert_eq!(
        show_time_in(Lang::Nl, t("2026-10-25T01:59:00+02:00")),
        "25-10-2026 01:59"
    );
    assert_eq!(
        show_time_in(Lang::Nl, t("2026-10-25T03:00:00+01:00")),
        "25-10-2026 03:00"
    );
    assert_eq!(
        show_time_in(Lang::Nl, t("2026-03-29T03:00:00+02:00")),
        "29-03-2026 03:00"
    );
    // In English the day is ISO, as vreg's files and flags write it.
    assert_eq!(
        show_time_in(Lang::En, t("2026-10-25T02:30:00+01:00")),
        "2026-10-25 02:30 +01:00"
    );
    // Either is read back as the same moment, so a guide's command line can say it.
    for lang in Lang::ALL {
        for at in ["2026-10-25T02:30:00+01:00", "2026-10-25T02:30:00+02:00"] {
            assert_eq!(t(&show_time_in(lang, t(at))), t(at), "{lang:?} {at}");
        }
    }
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

#[test]
fn the_people_affected_are_told_within_72_hours_of_the_high_risk_across_winter_time() {
    // Assessed high on Friday 23 October 2026 at 16:00 (summer time); the clocks go back on
    // Sunday 25 October: 72 elapsed hours end on Monday 26 October at 15:00 (winter time).
    let mut b = Breach::new("2026-001".into(), "Lek".into(), t("2026-10-23 09:00"));
    b.risk = Some(Risk::High);
    b.assessed_at = Some(t("2026-10-23 16:00"));
    assert_eq!(b.subjects_due(), t("2026-10-26 15:00"));
    // The next morning, with a night between: in time.
    b.subjects_notified_at = Some(t("2026-10-24 09:00"));
    assert!(!b.subjects_late());
    b.subjects_notified_at = Some(t("2026-10-26 15:00"));
    assert!(!b.subjects_late());
    b.subjects_notified_at = Some(t("2026-10-26 15:01"));
    assert!(b.subjects_late());
    // Without a high risk on record a notice is a courtesy, never late.
    b.risk = Some(Risk::Risk);
    assert!(!b.subjects_late());
    // Without the moment of assessment (a register file may leave it out): from discovery.
    b.risk = Some(Risk::High);
    b.assessed_at = None;
    assert_eq!(b.subjects_due(), t("2026-10-26 08:00"));
    assert!(b.subjects_late());
}
