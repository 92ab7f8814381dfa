use super::*;

mod ages;
mod forms;
mod imports;
mod purposes;
mod reasons;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const TODAY: &str = "2026-11-28";

fn by(given_by: GivenBy, who: Option<&str>, decision: Decision, form: Form, date: &str) -> Event {
    Event {
        pupil: "1".into(),
        purpose: "p".into(),
        decision,
        given_by,
        decider: who.map(String::from),
        form,
        date: d(date),
        evidence: None,
        source: None,
        recorded_at: String::new(),
        actor: String::new(),
    }
}

fn event(decision: Decision, form: Form, date: &str) -> Event {
    by(GivenBy::Parent, None, decision, form, date)
}

fn purpose(explicit: bool) -> Purpose {
    Purpose {
        explicit,
        ..Purpose::new("p", "P")
    }
}

fn state(p: &Purpose, events: &[Event]) -> (State, bool) {
    let s = standing(p, events, d(TODAY), None);
    (s.state, s.counts)
}

#[test]
fn an_older_decision_entered_later_does_not_win() {
    let events = [
        event(Decision::Withdrawn, Form::Written, "2026-09-01"),
        event(Decision::Granted, Form::Written, "2026-08-15"),
    ];
    assert_eq!(state(&purpose(false), &events), (State::Withdrawn, false));
}

#[test]
fn on_the_same_day_the_later_recorded_wins() {
    let events = [
        event(Decision::Granted, Form::Written, "2026-09-01"),
        event(Decision::Refused, Form::Written, "2026-09-01"),
    ];
    assert_eq!(state(&purpose(false), &events).0, State::Refused);
    let events = [
        event(Decision::Refused, Form::Written, "2026-09-01"),
        event(Decision::Granted, Form::Written, "2026-09-01"),
    ];
    assert_eq!(state(&purpose(false), &events), (State::Granted, true));
}

#[test]
fn a_decision_dated_after_the_day_asked_does_not_stand_yet() {
    let events = [
        event(Decision::Granted, Form::Written, "2026-09-01"),
        event(Decision::Withdrawn, Form::Written, "2026-11-29"),
    ];
    assert_eq!(state(&purpose(false), &events), (State::Granted, true));
}

#[test]
fn no_decision_is_never_consent() {
    let s = standing(&purpose(false), &[], d(TODAY), None);
    assert_eq!(s, Standing::UNKNOWN);
    assert!(
        reason(&purpose(false), &s)
            .to_string()
            .contains("no decision recorded")
    );
}

#[test]
fn withdrawal_ends_consent() {
    let events = [
        event(Decision::Granted, Form::Written, "2025-09-01"),
        event(Decision::Withdrawn, Form::Digital, "2026-02-01"),
    ];
    assert_eq!(state(&purpose(false), &events), (State::Withdrawn, false));
}

#[test]
fn explicit_purposes_count_written_and_digital_grants_never_verbal() {
    let grant = |form| [event(Decision::Granted, form, "2026-09-01")];
    let explicit = purpose(true);
    assert!(state(&explicit, &grant(Form::Written)).1);
    assert!(state(&explicit, &grant(Form::Digital)).1);
    assert!(!state(&explicit, &grant(Form::Verbal)).1);
    assert!(state(&purpose(false), &grant(Form::Verbal)).1);
    let s = standing(&explicit, &grant(Form::Verbal), d(TODAY), None);
    assert!(
        reason(&explicit, &s)
            .to_string()
            .contains("written or digital"),
        "{}",
        reason(&explicit, &s).to_string()
    );
}

#[test]
fn a_written_only_purpose_counts_paper_alone() {
    let paper = Purpose {
        written_only: true,
        ..purpose(true)
    };
    assert!(paper.form_counts(Form::Written));
    assert!(!paper.form_counts(Form::Digital));
    assert!(!paper.form_counts(Form::Verbal));
    let s = standing(
        &paper,
        &[event(Decision::Granted, Form::Digital, "2026-09-01")],
        d(TODAY),
        None,
    );
    assert!(!s.counts);
    assert!(reason(&paper, &s).to_string().contains("written (paper)"));
}

#[test]
fn either_parents_refusal_stands_and_a_split_is_disputed() {
    use Decision::*;
    let p = purpose(false);
    let one = |dec, date| by(GivenBy::Parent, Some("ouder 1"), dec, Form::Digital, date);
    let two = |dec, date| by(GivenBy::Parent, Some("ouder 2"), dec, Form::Digital, date);
    assert_eq!(
        state(
            &p,
            &[one(Granted, "2026-09-01"), two(Granted, "2026-09-02")]
        ),
        (State::Granted, true)
    );
    assert_eq!(
        state(
            &p,
            &[one(Granted, "2026-09-01"), two(Refused, "2026-09-02")]
        ),
        (State::Disputed, false)
    );
    // The refusal is older, and still stands beside the other parent's later grant.
    assert_eq!(
        state(
            &p,
            &[two(Refused, "2026-08-01"), one(Granted, "2026-09-02")]
        ),
        (State::Disputed, false)
    );
    assert_eq!(
        state(
            &p,
            &[one(Refused, "2026-09-01"), two(Withdrawn, "2026-09-02")]
        ),
        (State::Withdrawn, false)
    );
    // The same parent again: their own later decision replaces the earlier.
    assert_eq!(
        state(
            &p,
            &[
                one(Granted, "2026-09-01"),
                two(Refused, "2026-09-02"),
                two(Granted, "2026-10-01")
            ]
        ),
        (State::Granted, true)
    );
    let s = standing(
        &p,
        &[one(Granted, "2026-09-01"), two(Refused, "2026-09-02")],
        d(TODAY),
        None,
    );
    assert_eq!(s.decider.as_deref(), Some("ouder 2"));
    assert!(reason(&p, &s).to_string().contains("disputed"));
}

#[test]
fn once_the_pupil_decides_the_parents_decisions_stop_counting() {
    let p = purpose(false);
    let parent = event(Decision::Refused, Form::Written, "2025-09-01");
    assert_eq!(state(&p, std::slice::from_ref(&parent)).0, State::Refused);
    let own = by(
        GivenBy::Pupil,
        None,
        Decision::Granted,
        Form::Digital,
        "2026-10-01",
    );
    assert_eq!(
        state(&p, &[parent.clone(), own.clone()]),
        (State::Granted, true)
    );
    // The file and the pupil each decide: an export does not say who clicked. The file's
    // refusal beside the pupil's grant is a dispute.
    let file = |decision, date| by(GivenBy::File, None, decision, Form::Digital, date);
    let refusal = file(Decision::Refused, "2026-11-01");
    assert_eq!(
        state(&p, &[parent.clone(), own.clone(), refusal]).0,
        State::Disputed
    );
    // What the file said before the pupil decided in person no longer counts: the pupil's
    // later refusal is no dispute with September's "ja" in the export.
    let september = file(Decision::Granted, "2026-09-01");
    let refused_later = by(
        GivenBy::Pupil,
        None,
        Decision::Refused,
        Form::Verbal,
        "2026-11-02",
    );
    assert_eq!(
        state(&p, &[september.clone(), refused_later.clone()]),
        (State::Refused, false)
    );
    // On the same day, the one recorded later is the later.
    let same_day = file(Decision::Granted, "2026-11-02");
    assert_eq!(
        state(&p, &[same_day.clone(), refused_later.clone()]).0,
        State::Refused
    );
    assert_eq!(
        state(&p, &[refused_later.clone(), same_day]).0,
        State::Disputed
    );
    // As of a day before the pupil's decision, the file's "ja" stood.
    assert_eq!(
        standing(&p, &[september, refused_later], d("2026-11-01"), None).state,
        State::Granted
    );
    // The pupil's own refusal stands against a later "ja" in the file (before, the file's
    // later grant replaced it and was consent).
    let refused = by(
        GivenBy::Pupil,
        None,
        Decision::Refused,
        Form::Digital,
        "2026-10-02",
    );
    let events = [
        parent.clone(),
        own,
        refused,
        file(Decision::Granted, "2026-11-01"),
    ];
    assert_eq!(state(&p, &events), (State::Disputed, false));
    // So does a curator's refusal against the pupil's own later grant.
    let curator = by(
        GivenBy::Representative,
        Some("curator"),
        Decision::Refused,
        Form::Written,
        "2026-09-05",
    );
    let own_later = by(
        GivenBy::Pupil,
        None,
        Decision::Granted,
        Form::Written,
        "2026-09-06",
    );
    assert_eq!(
        state(&p, &[parent, curator, own_later]),
        (State::Disputed, false)
    );
}

#[test]
fn a_tally_counts_each_state_in_its_own_slot() {
    let mut t = Tally::default();
    t.add(State::Granted, true, 1);
    t.add(State::Granted, false, 2);
    t.add(State::Refused, false, 3);
    t.add(State::Withdrawn, false, 4);
    t.add(State::Disputed, false, 5);
    t.add(State::Unknown, false, 6);
    t.add(State::Granted, true, 10);
    let expected = Tally {
        granted: 11,
        granted_not_counting: 2,
        refused: 3,
        withdrawn: 4,
        disputed: 5,
        unknown: 6,
    };
    assert_eq!(t, expected);
    assert_eq!(t.pupils(), 31);
    // A school's tally added to the board's.
    let mut board = Tally {
        granted: 100,
        granted_not_counting: 200,
        refused: 300,
        withdrawn: 400,
        disputed: 500,
        unknown: 600,
    };
    board.absorb(&t);
    assert_eq!(
        board,
        Tally {
            granted: 111,
            granted_not_counting: 202,
            refused: 303,
            withdrawn: 404,
            disputed: 505,
            unknown: 606,
        }
    );
    assert_eq!(board.pupils(), 2131);
}

#[test]
fn a_deciders_standing_decision_is_their_latest_by_the_day() {
    use Decision::*;
    let one = |dec, date| by(GivenBy::Parent, Some("ouder 1"), dec, Form::Digital, date);
    let two = |dec, date| by(GivenBy::Parent, Some("ouder 2"), dec, Form::Digital, date);
    let events = [
        one(Granted, "2026-09-01"),
        two(Refused, "2026-09-02"),
        one(Withdrawn, "2026-10-01"),
        by(GivenBy::Pupil, None, Granted, Form::Digital, "2026-09-03"),
    ];
    let standing_of = |given_by, who, day: &str| {
        decider_standing(&purpose(true), &events, given_by, who, d(day), None)
            .map(|e| (e.decision, e.date))
    };
    let parent = GivenBy::Parent;
    assert_eq!(standing_of(parent, Some("ouder 1"), "2026-08-31"), None);
    assert_eq!(
        standing_of(parent, Some("ouder 1"), "2026-09-30"),
        Some((Granted, d("2026-09-01")))
    );
    assert_eq!(
        standing_of(parent, Some("ouder 1"), "2026-10-01"),
        Some((Withdrawn, d("2026-10-01")))
    );
    assert_eq!(
        standing_of(parent, Some("ouder 2"), TODAY),
        Some((Refused, d("2026-09-02")))
    );
    assert_eq!(standing_of(GivenBy::Guardian, Some("ouder 2"), TODAY), None);
    // On the pupil's own side each decides too: the pupil's decision is not the mentor's.
    assert_eq!(
        standing_of(GivenBy::Representative, Some("mentor"), TODAY),
        None
    );
    assert_eq!(
        standing_of(GivenBy::Pupil, None, TODAY),
        Some((Granted, d("2026-09-03")))
    );
}

/// `imported_decision` for an export dated `TODAY`, beside a standing decision of an earlier day.
fn imported(
    answer: Decision,
    form: Form,
    previous: Option<Decision>,
    standing: Option<(Decision, Form)>,
) -> Option<Decision> {
    let earlier = standing.map(|(decision, form)| event(decision, form, "2026-09-01"));
    imported_decision(answer, form, previous, earlier.as_ref(), d(TODAY))
}

#[test]
fn an_exports_yes_never_takes_the_place_of_a_refusal_of_its_own_day() {
    use Decision::*;
    let on = d("2026-10-10");
    let yes =
        |standing: &Event| imported_decision(Granted, Form::Digital, None, Some(standing), on);
    // A withdrawal by hand on the export's day stands: which came first that day is not known.
    for refusal in [Withdrawn, Refused] {
        assert_eq!(yes(&event(refusal, Form::Written, "2026-10-10")), None);
        // The day before, the export's "ja" is the later decision.
        assert_eq!(
            yes(&event(refusal, Form::Written, "2026-10-09")),
            Some(Granted)
        );
        // An export of that same day imported before: this one, imported later, is later.
        let imported = Event {
            source: Some("export.csv".into()),
            ..event(refusal, Form::Digital, "2026-10-10")
        };
        assert_eq!(yes(&imported), Some(Granted));
    }
    // A "nee" of that day beside a grant of that day is still recorded: a refusal stands.
    let granted = event(Granted, Form::Written, "2026-10-10");
    assert_eq!(
        imported_decision(Refused, Form::Digital, None, Some(&granted), on),
        Some(Withdrawn)
    );
}

#[test]
fn the_same_yes_again_in_writing_strengthens_a_grant_not_in_writing() {
    use Decision::*;
    let again = Some(Granted);
    assert_eq!(
        imported(
            Granted,
            Form::Written,
            again,
            Some((Granted, Form::Digital))
        ),
        Some(Granted)
    );
    assert_eq!(
        imported(Granted, Form::Digital, again, Some((Granted, Form::Verbal))),
        None
    );
    assert_eq!(
        imported(Granted, Form::Verbal, again, Some((Granted, Form::Digital))),
        None
    );
    assert_eq!(
        imported(
            Granted,
            Form::Written,
            again,
            Some((Granted, Form::Written))
        ),
        None
    );
}

#[test]
fn a_grant_of_the_file_from_before_the_pupil_decided_in_person_stands_for_nothing() {
    let explicit = purpose(true);
    let born = Some(d("2008-01-01"));
    let events = [
        by(
            GivenBy::File,
            None,
            Decision::Granted,
            Form::Digital,
            "2026-09-01",
        ),
        by(
            GivenBy::Pupil,
            None,
            Decision::Granted,
            Form::Verbal,
            "2026-09-02",
        ),
        by(
            GivenBy::File,
            None,
            Decision::Granted,
            Form::Verbal,
            "2026-09-03",
        ),
    ];
    let s = standing(&explicit, &events, d(TODAY), born);
    assert_eq!(
        (s.state, s.counts, s.date),
        (State::Granted, false, Some(d("2026-09-03")))
    );
    // The file's express grant after the pupil's own word does stand behind its spoken one.
    let mut later = events.to_vec();
    later.insert(
        2,
        by(
            GivenBy::File,
            None,
            Decision::Granted,
            Form::Digital,
            "2026-09-02",
        ),
    );
    let s = standing(&explicit, &later, d(TODAY), born);
    assert_eq!(
        (s.state, s.counts, s.date),
        (State::Granted, true, Some(d("2026-09-02")))
    );
}
