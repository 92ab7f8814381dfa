use super::*;
use chrono::Weekday;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn due_one_calendar_month_later_on_the_same_day() {
    // The law's own example: received 2 November, due 2 December (a Wednesday).
    assert_eq!(due_on(d("2026-11-02")), d("2026-12-02"));
    assert_eq!(due_on(d("2026-12-15")), d("2027-01-15"));
    // Across the year end: 2027-01-31 is a Sunday.
    assert_eq!(due_on(d("2026-12-31")), d("2027-02-01"));
}

#[test]
fn a_shorter_month_gives_its_last_day() {
    // 2026-03-31 + 1 month = 2026-04-30, a Thursday.
    assert_eq!(due_on(d("2026-03-31")), d("2026-04-30"));
    // 2026-01-29/30/31: 2026-02-28 is a Saturday, so Monday 2 March.
    for received in ["2026-01-28", "2026-01-29", "2026-01-30", "2026-01-31"] {
        assert_eq!(due_on(d(received)), d("2026-03-02"), "{received}");
    }
}

#[test]
fn leap_years_end_february_on_the_29th() {
    // 2028 is a leap year: 31 January + 1 month = 29 February 2028, a Tuesday.
    assert_eq!(due_on(d("2028-01-31")), d("2028-02-29"));
    assert_eq!(due_on(d("2028-01-29")), d("2028-02-29"));
    // Received on the 29th itself: due 29 March 2028, a Wednesday.
    assert_eq!(due_on(d("2028-02-29")), d("2028-03-29"));
    // 2100 is no leap year (a century not divisible by 400): 28 February 2100, a Sunday.
    assert_eq!(due_on(d("2100-01-31")), d("2100-03-01"));
}

#[test]
fn a_weekend_or_public_holiday_moves_the_due_date_to_the_next_working_day() {
    // The example: 2027-02-28 is a Sunday, so due Monday 2027-03-01.
    assert_eq!(due_on(d("2027-01-31")), d("2027-03-01"));
    // A Saturday: 2026-12-05 is a Saturday, so Monday 7 December.
    assert_eq!(due_on(d("2026-11-05")), d("2026-12-07"));
    // A Friday stays.
    assert_eq!(due_on(d("2026-11-04")), d("2026-12-04"));
    // Christmas Day 2026 is a Friday: past it and the weekend to Monday 28 December.
    assert_eq!(due_on(d("2026-11-25")), d("2026-12-28"));
    // Good Friday 2027, the weekend and Easter Monday: Tuesday 30 March.
    assert_eq!(due_on(d("2027-02-26")), d("2027-03-30"));
    // An extension lands on King's Day 2028 (Thursday 27 April): Friday the 28th.
    assert_eq!(extended_due_on(d("2028-01-27")), d("2028-04-28"));
    assert_eq!(d("2026-12-04").weekday(), Weekday::Fri);
}

#[test]
fn an_extension_gives_three_months_from_receipt() {
    assert_eq!(extended_due_on(d("2026-11-02")), d("2027-02-02"));
    // 2026-11-30 + 3 months = 2027-02-28, a Sunday: Monday 1 March.
    assert_eq!(extended_due_on(d("2026-11-30")), d("2027-03-01"));
    // Leap year: 2027-11-30 + 3 months = 2028-02-29, a Tuesday.
    assert_eq!(extended_due_on(d("2027-11-30")), d("2028-02-29"));
}

#[test]
fn an_extension_must_be_announced_within_the_first_month() {
    let received = d("2026-11-02");
    assert!(check_extension(received, d("2026-11-02")).is_ok());
    // The last day of the first month is the due date itself.
    assert!(check_extension(received, d("2026-12-02")).is_ok());
    let late = check_extension(received, d("2026-12-03")).unwrap_err();
    assert!(
        late.contains("after the first month ended on 2026-12-02"),
        "{late}"
    );
    assert!(check_extension(received, d("2026-11-01")).is_err());
    // When the month ends on a weekend, the Monday is still within it.
    assert!(check_extension(d("2027-01-31"), d("2027-03-01")).is_ok());
    assert!(check_extension(d("2027-01-31"), d("2027-03-02")).is_err());
}

#[test]
fn under_sixteen_the_parents_act() {
    let born = Some(d("2010-11-28"));
    // The day before the 16th birthday: refused for the pupil and a representative.
    let e = check_requester(RequestedBy::Pupil, born, d("2026-11-27")).unwrap_err();
    assert!(e.contains("15") && e.contains("--by parent"), "{e}");
    assert!(check_requester(RequestedBy::Representative, born, d("2026-11-27")).is_err());
    assert_eq!(
        check_requester(RequestedBy::Parent, born, d("2026-11-27")),
        Ok(None)
    );
    // On the birthday: the pupil acts; a parent is accepted with a note.
    assert_eq!(
        check_requester(RequestedBy::Pupil, born, d("2026-11-28")),
        Ok(None)
    );
    let note = check_requester(RequestedBy::Parent, born, d("2026-11-28"))
        .unwrap()
        .unwrap();
    assert!(note.contains("decides"), "{note}");
    // Unknown birth date: the pupil cannot be shown to be 16.
    assert!(check_requester(RequestedBy::Pupil, None, d("2026-11-28")).is_err());
    assert_eq!(
        check_requester(RequestedBy::Parent, None, d("2026-11-28")),
        Ok(None)
    );
}

fn request(received: &str) -> Request {
    Request::new(
        "2026-001".into(),
        Kind::Access,
        "1".into(),
        RequestedBy::Parent,
        d(received),
    )
}

#[test]
fn status_on_a_day() {
    let mut r = request("2026-11-02");
    assert_eq!(r.status(d("2026-11-20")), Status::Open);
    assert!(!r.due_soon(d("2026-11-20")));
    assert!(r.due_soon(d("2026-11-25")));
    assert!(r.due_soon(d("2026-12-02")));
    assert_eq!(r.days_left(d("2026-12-02")), Some(0));
    assert_eq!(r.status(d("2026-12-02")), Status::Open);
    assert_eq!(r.status(d("2026-12-03")), Status::Overdue);
    assert!(!r.due_soon(d("2026-12-03")));
    r.extension_notified_on = Some(d("2026-12-01"));
    assert_eq!(r.due_on(), d("2027-02-02"));
    // Before the requester was told, the first due date holds.
    assert!(r.due_soon(d("2026-11-30")));
    assert_eq!(r.days_left(d("2026-11-30")), Some(2));
    assert!(!r.due_soon(d("2026-12-01")));
    assert_eq!(r.days_left(d("2026-12-01")), Some(63));
    assert_eq!(r.status(d("2026-12-03")), Status::Open);
    r.closed_on = Some(d("2027-02-02"));
    assert_eq!(r.status(d("2027-02-02")), Status::AnsweredOnTime);
    assert_eq!(r.status(d("2027-01-01")), Status::Open);
    assert_eq!(r.days_left(d("2027-03-01")), None);
    r.closed_on = Some(d("2027-02-03"));
    assert_eq!(r.status(d("2027-03-01")), Status::AnsweredLate);
}

#[test]
fn counts_per_year_and_kind() {
    let mut on_time = request("2026-11-02");
    on_time.closed_on = Some(d("2026-11-20"));
    let mut late = request("2026-10-01");
    late.closed_on = Some(d("2026-11-20"));
    let overdue = request("2026-10-05");
    let open = request("2026-11-25");
    let mut other = request("2025-03-01");
    other.kind = Kind::Erasure;
    other.closed_on = Some(d("2025-03-10"));
    let future = request("2026-12-01");
    let counts = count_per_year(
        &[on_time, late, overdue, open, other, future],
        d("2026-11-28"),
    );
    assert_eq!(
        counts,
        [
            (
                (2025, Kind::Erasure),
                YearCount {
                    received: 1,
                    on_time: 1,
                    late: 0,
                    open: 0
                }
            ),
            (
                (2026, Kind::Access),
                YearCount {
                    received: 4,
                    on_time: 1,
                    late: 2,
                    open: 1
                }
            ),
        ]
    );
}

#[test]
fn statuses_have_stable_codes() {
    let codes: Vec<String> = [
        Status::Open,
        Status::Overdue,
        Status::AnsweredOnTime,
        Status::AnsweredLate,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(
        codes,
        ["open", "overdue", "answered_on_time", "answered_late"]
    );
}

#[test]
fn a_request_is_extended_once_the_requester_is_told() {
    let mut r = request("2026-11-02");
    assert!(!r.is_extended());
    assert_eq!(r.due_on(), d("2026-12-02"));
    r.extension_notified_on = Some(d("2026-11-20"));
    assert!(r.is_extended());
}

#[test]
fn a_refused_requester_is_named_in_the_message() {
    let born = Some(d("2012-01-01"));
    let pupil = check_requester(RequestedBy::Pupil, born, d("2026-11-28")).unwrap_err();
    assert!(pupil.contains("under 16 the pupil cannot"), "{pupil}");
    let rep = check_requester(RequestedBy::Representative, born, d("2026-11-28")).unwrap_err();
    assert!(
        rep.contains("under 16 a representative (curator or mentor) cannot"),
        "{rep}"
    );
}

#[test]
fn a_request_is_recorded_between_its_receipt_and_today() {
    let today = d("2026-11-20");
    let r = request("2026-11-20");
    assert_eq!(r.validate(today), Ok(()));
    assert!(
        request("2026-11-21")
            .validate(today)
            .unwrap_err()
            .contains("after today")
    );
    let told = |on: &str| Request {
        extension_notified_on: Some(d(on)),
        ..request("2026-11-02")
    };
    assert_eq!(told("2026-11-20").validate(today), Ok(()));
    assert!(
        told("2026-11-21")
            .validate(today)
            .unwrap_err()
            .contains("after today")
    );
    let closed = |on: &str| Request {
        closed_on: Some(d(on)),
        ..request("2026-11-02")
    };
    assert_eq!(closed("2026-11-02").validate(today), Ok(()));
    assert_eq!(closed("2026-11-20").validate(today), Ok(()));
    assert!(
        closed("2026-11-01")
            .validate(today)
            .unwrap_err()
            .contains("before the request was received")
    );
    assert!(
        closed("2026-11-21")
            .validate(today)
            .unwrap_err()
            .contains("after today")
    );
}

#[test]
fn request_ids_count_on_within_their_year() {
    assert_eq!(next_id(2026, []), "2026-001");
    let used = ["2026-001", "2026-007", "2025-010"].map(String::from);
    assert_eq!(next_id(2026, used), "2026-008");
}

#[test]
fn a_request_as_known_on_a_day_has_no_later_answer_or_extension() {
    let mut r = request("2026-11-02");
    r.extension_reason = Some("veel dossiers".into());
    r.extension_notified_on = Some(d("2026-11-20"));
    r.closed_on = Some(d("2026-12-20"));
    r.outcome = Some(Outcome::Granted);
    let on = |day: &str| r.clone().as_known_on(d(day));
    let before = on("2026-11-19");
    assert_eq!(
        (before.extension_notified_on, before.extension_reason),
        (None, None)
    );
    assert_eq!((before.closed_on, before.outcome), (None, None));
    let told = on("2026-11-20");
    assert_eq!(told.extension_notified_on, Some(d("2026-11-20")));
    assert_eq!(told.closed_on, None);
    assert_eq!(on("2026-12-19").closed_on, None);
    let answered = on("2026-12-20");
    assert_eq!(
        (answered.closed_on, answered.outcome),
        (Some(d("2026-12-20")), Some(Outcome::Granted))
    );
    assert!(r.known_on(d("2026-11-02")) && !r.known_on(d("2026-11-01")));
}

/// `request extend --notified-on` after the answer was given was accepted: an extension
/// announced when nothing was owed any more.
#[test]
fn an_extension_is_announced_before_the_answer_not_after_it() {
    let mut r = request("2026-11-02");
    r.extension_reason = Some("veel gegevens".into());
    r.closed_on = Some(d("2026-11-25"));
    r.extension_notified_on = Some(d("2026-11-25"));
    assert_eq!(r.validate(d("2026-12-10")), Ok(()));
    r.extension_notified_on = Some(d("2026-11-26"));
    assert_eq!(
        r.validate(d("2026-12-10")),
        Err(
            "the extension was announced on 2026-11-26, after the request was answered on \
             2026-11-25: an extension is announced while the answer is still owed"
                .into()
        )
    );
}

#[test]
fn a_request_is_received_today_at_the_latest() {
    let today: NaiveDate = "2026-11-28".parse().unwrap();
    assert!(received_by(today, today).is_ok());
    assert!(received_by(today.pred_opt().unwrap(), today).is_ok());
    assert!(received_by(today.succ_opt().unwrap(), today).is_err());
}
