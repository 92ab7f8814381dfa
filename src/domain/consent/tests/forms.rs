//! Which grant stands where a purpose asks for an express or a written form.

use super::*;

#[test]
fn a_grant_in_a_form_that_counts_is_the_one_shown() {
    let explicit = purpose(true);
    let events = [
        by(
            GivenBy::Parent,
            Some("ouder 1"),
            Decision::Granted,
            Form::Written,
            "2026-09-01",
        ),
        by(
            GivenBy::Parent,
            Some("ouder 2"),
            Decision::Granted,
            Form::Verbal,
            "2026-09-05",
        ),
    ];
    let s = standing(&explicit, &events, d(TODAY), None);
    assert_eq!(
        (s.state, s.counts, s.form),
        (State::Granted, true, Some(Form::Written))
    );
}

#[test]
fn a_spoken_yes_after_a_written_yes_of_the_same_parent_leaves_the_written_one_standing() {
    let explicit = purpose(true);
    let events = [
        event(Decision::Granted, Form::Digital, "2026-09-01"),
        event(Decision::Granted, Form::Verbal, "2026-10-01"),
    ];
    let s = standing(&explicit, &events, d(TODAY), None);
    assert_eq!(
        (s.state, s.counts, s.date, s.form),
        (
            State::Granted,
            true,
            Some(d("2026-09-01")),
            Some(Form::Digital)
        )
    );
    // Where any form counts, the spoken yes is the latest decision and its date stands (a
    // yearly purpose is renewed by it).
    let s = standing(&purpose(false), &events, d(TODAY), None);
    assert_eq!(
        (s.counts, s.date, s.form),
        (true, Some(d("2026-10-01")), Some(Form::Verbal))
    );
    // A purpose that demands paper falls back to paper only.
    let paper = Purpose {
        written_only: true,
        ..purpose(true)
    };
    let with_paper = [
        event(Decision::Granted, Form::Written, "2026-08-20"),
        event(Decision::Granted, Form::Digital, "2026-09-01"),
        event(Decision::Granted, Form::Verbal, "2026-10-01"),
    ];
    let s = standing(&paper, &with_paper, d(TODAY), None);
    assert_eq!(
        (s.counts, s.date, s.form),
        (true, Some(d("2026-08-20")), Some(Form::Written))
    );
    let s = standing(&explicit, &with_paper, d(TODAY), None);
    assert_eq!((s.counts, s.date), (true, Some(d("2026-09-01"))));
}

#[test]
fn a_refusal_between_the_two_yeses_leaves_only_the_spoken_one() {
    let explicit = purpose(true);
    for no in [Decision::Refused, Decision::Withdrawn] {
        let events = [
            event(Decision::Granted, Form::Written, "2026-09-01"),
            event(no, Form::Verbal, "2026-09-10"),
            event(Decision::Granted, Form::Verbal, "2026-10-01"),
        ];
        let s = standing(&explicit, &events, d(TODAY), None);
        assert_eq!(
            (s.state, s.counts, s.form),
            (State::Granted, false, Some(Form::Verbal))
        );
    }
    // Recorded afterwards but dated before the refusal: still before it.
    let events = [
        event(Decision::Refused, Form::Written, "2026-09-10"),
        event(Decision::Granted, Form::Verbal, "2026-10-01"),
        event(Decision::Granted, Form::Written, "2026-09-01"),
    ];
    assert_eq!(state(&explicit, &events), (State::Granted, false));
    // Of one day, the later recorded: a refusal recorded after the written yes of that day
    // ends it, one recorded before it does not.
    let events = [
        event(Decision::Granted, Form::Written, "2026-09-10"),
        event(Decision::Refused, Form::Written, "2026-09-10"),
        event(Decision::Granted, Form::Verbal, "2026-10-01"),
    ];
    assert_eq!(state(&explicit, &events), (State::Granted, false));
    let events = [
        event(Decision::Refused, Form::Written, "2026-09-10"),
        event(Decision::Granted, Form::Written, "2026-09-10"),
        event(Decision::Granted, Form::Verbal, "2026-10-01"),
    ];
    assert_eq!(state(&explicit, &events), (State::Granted, true));
}

#[test]
fn another_parents_written_yes_does_not_carry_a_parents_spoken_one() {
    let explicit = purpose(true);
    let events = [
        by(
            GivenBy::Parent,
            Some("ouder 1"),
            Decision::Granted,
            Form::Written,
            "2026-09-01",
        ),
        by(
            GivenBy::Parent,
            Some("ouder 2"),
            Decision::Refused,
            Form::Written,
            "2026-09-02",
        ),
        by(
            GivenBy::Parent,
            Some("ouder 1"),
            Decision::Granted,
            Form::Verbal,
            "2026-09-03",
        ),
        by(
            GivenBy::Parent,
            Some("ouder 2"),
            Decision::Granted,
            Form::Verbal,
            "2026-10-01",
        ),
    ];
    // Ouder 1's written yes still stands; ouder 2's last word is a spoken yes after a refusal.
    let s = standing(&explicit, &events, d(TODAY), None);
    assert_eq!(
        (s.state, s.counts, s.date),
        (State::Granted, true, Some(d("2026-09-01")))
    );
    let shown: Vec<(Option<&str>, Form)> = standing_deciders(&explicit, &events, d(TODAY), None)
        .iter()
        .map(|e| (e.decider.as_deref(), e.form))
        .collect();
    assert_eq!(
        shown,
        [
            (Some("ouder 1"), Form::Written),
            (Some("ouder 2"), Form::Verbal)
        ]
    );
}

#[test]
fn a_written_yes_dated_after_the_day_asked_does_not_stand_yet() {
    let explicit = purpose(true);
    let events = [
        event(Decision::Granted, Form::Verbal, "2026-10-01"),
        event(Decision::Granted, Form::Written, "2026-12-01"),
    ];
    assert_eq!(state(&explicit, &events), (State::Granted, false));
}

#[test]
fn a_deciders_standing_decision_for_a_purpose_is_the_grant_that_counts() {
    let events = [
        event(Decision::Granted, Form::Written, "2026-09-01"),
        event(Decision::Granted, Form::Verbal, "2026-10-01"),
    ];
    let of = |p: &Purpose| {
        decider_standing(p, &events, GivenBy::Parent, None, d(TODAY), None).map(|e| e.form)
    };
    assert_eq!(of(&purpose(true)), Some(Form::Written));
    assert_eq!(of(&purpose(false)), Some(Form::Verbal));
}
