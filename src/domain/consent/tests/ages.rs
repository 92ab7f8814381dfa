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
