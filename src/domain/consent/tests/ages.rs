use super::*;

#[test]
fn decisions_are_dated_between_birth_and_today() {
    let today = d(TODAY);
    assert!(check_decision_date(today, today, None).is_ok());
    assert!(
        check_decision_date(d("2026-11-29"), today, None)
            .unwrap_err()
            .contains("after today")
    );
    assert!(check_decision_date(d("2015-01-01"), today, Some(d("2015-01-02"))).is_err());
    assert!(check_decision_date(d("2015-01-02"), today, Some(d("2015-01-02"))).is_ok());
}

#[test]
fn pupils_decide_alone_from_their_sixteenth_birthday() {
    let born = Some(d("2010-03-15"));
    assert!(may_decide_alone(born, d("2026-03-15")).is_ok());
    assert!(may_decide_alone(born, d("2026-03-14")).is_err());
    assert!(may_decide_alone(None, d("2030-01-01")).is_err());
    // Born on 29 February: 16 on 1 March in a year without one.
    assert!(may_decide_alone(Some(d("2008-02-29")), d("2024-02-29")).is_ok());
    assert!(may_decide_alone(Some(d("2012-02-29")), d("2028-02-28")).is_err());
}

#[test]
fn who_decides_depends_on_the_sixteenth_birthday() {
    let born = Some(d("2010-03-15"));
    let (before, on) = (d("2026-03-14"), d("2026-03-15"));
    for younger in [GivenBy::Parent, GivenBy::Guardian] {
        assert!(check_given_by(younger, born, before).is_ok());
        assert!(check_given_by(younger, born, on).is_err());
    }
    for own in [GivenBy::Pupil, GivenBy::Representative, GivenBy::File] {
        assert!(check_given_by(own, born, before).is_err(), "{own}");
        assert!(check_given_by(own, born, on).is_ok(), "{own}");
    }
    assert!(check_given_by(GivenBy::Representative, None, on).is_err());
    assert!(check_given_by(GivenBy::Parent, None, on).is_ok());
}

#[test]
fn the_sixteen_cut_off_agrees_with_the_birthday_rule() {
    let mut day = d("2023-01-01");
    while day < d("2029-01-01") {
        let cutoff = born_by_for_sixteen(day);
        for born in [
            cutoff,
            cutoff.succ_opt().unwrap(),
            cutoff.pred_opt().unwrap(),
        ] {
            assert_eq!(
                born <= cutoff,
                may_decide_alone(Some(born), day).is_ok(),
                "born {born}, on {day}"
            );
        }
        for born in [
            d("2008-02-29"),
            d("2012-02-29"),
            d("2010-02-28"),
            d("2010-03-01"),
        ] {
            assert_eq!(
                born <= cutoff,
                may_decide_alone(Some(born), day).is_ok(),
                "born {born}, on {day}"
            );
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn an_own_decision_before_the_sixteenth_birthday_on_record_does_not_count() {
    // The pupil said no "as 16" on 2026-09-01; the administration then corrected the birth
    // date to 2010-09-02, which puts the 16th birthday a day later.
    let p = purpose(false);
    let events = [
        by(
            GivenBy::Parent,
            Some("ouder 1"),
            Decision::Granted,
            Form::Digital,
            "2026-06-01",
        ),
        by(
            GivenBy::Parent,
            Some("ouder 2"),
            Decision::Refused,
            Form::Digital,
            "2026-06-02",
        ),
        by(
            GivenBy::Pupil,
            None,
            Decision::Granted,
            Form::Digital,
            "2026-09-01",
        ),
    ];
    let on = |born: &str| standing(&p, &events, d(TODAY), Some(d(born))).state;
    // The parents' dispute stands; the pupil's grant is not theirs yet.
    assert_eq!(on("2010-09-02"), State::Disputed);
    // Sixteen on the very day: the pupil's own decision takes over.
    assert_eq!(on("2010-09-01"), State::Granted);
    // An unknown birth date shows nothing: the decision counts as recorded.
    assert_eq!(standing(&p, &events, d(TODAY), None).state, State::Granted);
    assert_eq!(deciders(&events, d(TODAY), Some(d("2010-09-02"))).len(), 2);
    // Born on 29 February: 16 on 29 February of a leap year, on 1 March in a year without one
    // (2100); the day before does not count.
    let file = |date| by(GivenBy::File, None, Decision::Refused, Form::Digital, date);
    let leap = Some(d("2008-02-29"));
    assert!(before_sixteen(&file("2024-02-28"), leap));
    assert!(!before_sixteen(&file("2024-02-29"), leap));
    let century = Some(d("2084-02-29"));
    assert!(before_sixteen(&file("2100-02-28"), century));
    assert!(!before_sixteen(&file("2100-03-01"), century));
    // A parent's decision is never left out by this rule.
    assert!(!before_sixteen(&events[0], Some(d("2020-01-01"))));
}
