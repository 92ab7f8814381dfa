use super::*;

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
    let s = standing(p, events, d(TODAY));
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
    let s = standing(&purpose(false), &[], d(TODAY));
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
    let s = standing(&explicit, &grant(Form::Verbal), d(TODAY));
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
    );
    assert_eq!(s.decider.as_deref(), Some("ouder 2"));
    assert!(reason(&p, &s).to_string().contains("disputed"));
}

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
    let s = standing(&explicit, &events, d(TODAY));
    assert_eq!(
        (s.state, s.counts, s.form),
        (State::Granted, true, Some(Form::Written))
    );
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
    // The file and the pupil are one decider: the later decides.
    let file = by(
        GivenBy::File,
        None,
        Decision::Refused,
        Form::Digital,
        "2026-11-01",
    );
    assert_eq!(state(&p, &[parent, own, file]).0, State::Refused);
}

#[test]
fn deciders_are_named_alike_whatever_the_spelling() {
    assert_eq!(normalise_decider("  Ouder   2 "), Some("ouder 2".into()));
    assert_eq!(normalise_decider("   "), None);
}

#[test]
fn cells_are_read_in_dutch_and_english() {
    for yes in ["ja", "J", " yes ", "Y", "1", "Toestemming"] {
        assert_eq!(parse_cell(yes), Ok(Some(Decision::Granted)), "{yes}");
    }
    for no in [
        "nee",
        "N",
        "no",
        "0",
        "geen toestemming",
        "GEEN TOESTEMMING",
    ] {
        assert_eq!(parse_cell(no), Ok(Some(Decision::Refused)), "{no}");
    }
    assert_eq!(parse_cell("  "), Ok(None));
    assert!(parse_cell("misschien").is_err());
}

#[test]
fn imports_record_only_changes() {
    use Decision::*;
    let d = Form::Digital;
    assert_eq!(imported_decision(Granted, d, None, None), Some(Granted));
    assert_eq!(
        imported_decision(Granted, d, None, Some((Granted, d))),
        None
    );
    assert_eq!(
        imported_decision(Granted, d, None, Some((Withdrawn, d))),
        Some(Granted)
    );
    assert_eq!(imported_decision(Refused, d, None, None), Some(Refused));
    assert_eq!(
        imported_decision(Refused, d, None, Some((Granted, Form::Written))),
        Some(Withdrawn)
    );
    assert_eq!(
        imported_decision(Refused, d, None, Some((Refused, d))),
        None
    );
    assert_eq!(
        imported_decision(Refused, d, None, Some((Withdrawn, d))),
        None
    );
}

#[test]
fn a_cell_that_says_what_the_last_import_said_never_overrules() {
    use Decision::*;
    let d = Form::Digital;
    // Withdrawn by hand since the last import said "ja": the same "ja" again changes nothing.
    assert_eq!(
        imported_decision(Granted, d, Some(Granted), Some((Withdrawn, Form::Written))),
        None
    );
    assert_eq!(
        imported_decision(Refused, d, Some(Refused), Some((Granted, Form::Written))),
        None
    );
    // A cell that changed is a new decision.
    assert_eq!(
        imported_decision(Granted, d, Some(Refused), Some((Refused, d))),
        Some(Granted)
    );
    assert_eq!(
        imported_decision(Refused, d, Some(Granted), Some((Granted, d))),
        Some(Withdrawn)
    );
}

#[test]
fn an_import_in_writing_strengthens_a_digital_grant() {
    use Decision::*;
    assert_eq!(
        imported_decision(Granted, Form::Written, None, Some((Granted, Form::Digital))),
        Some(Granted)
    );
    assert_eq!(
        imported_decision(Granted, Form::Written, None, Some((Granted, Form::Written))),
        None
    );
    assert_eq!(
        imported_decision(Granted, Form::Digital, None, Some((Granted, Form::Written))),
        None
    );
}

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
fn a_namesake_is_another_purpose_with_the_name_in_any_case() {
    let purposes = [
        Purpose::new("foto", "Foto's"),
        Purpose::new("video", "Video"),
    ];
    assert_eq!(
        namesake(&purposes, "nieuw", "FOTO'S").map(|p| p.id.as_str()),
        Some("foto")
    );
    // A purpose is no namesake of itself.
    assert_eq!(namesake(&purposes, "foto", "foto's"), None);
    assert_eq!(namesake(&purposes, "nieuw", "Nieuwsbrief"), None);
}

#[test]
fn a_partys_purpose_is_explicit_and_asked_of_those_concerned() {
    let p = Purpose::of_party("ggd", "Gegevens uitwisselen met GGD");
    assert_eq!(p.id, "party-ggd");
    assert!(p.explicit && !p.written_only);
    assert_eq!(p.applies_to, AppliesTo::Some);
    assert_eq!(p.party.as_deref(), Some("ggd"));
    assert_eq!(p.validate(), Ok(()));
}

#[test]
fn a_purpose_retired_on_a_day_is_no_longer_in_use_that_day() {
    let mut p = purpose(false);
    assert!(p.active_on(d(TODAY)));
    p.retired_on = Some(d(TODAY));
    assert!(p.active_on(d("2026-11-27")));
    assert!(!p.active_on(d(TODAY)));
    let granted = [event(Decision::Granted, Form::Written, "2026-09-01")];
    assert_eq!(standing(&p, &granted, d(TODAY)), Standing::UNKNOWN);
    assert_eq!(
        standing(&p, &granted, d("2026-11-27")).state,
        State::Granted
    );
}

#[test]
fn a_purpose_that_demands_paper_demands_an_express_statement() {
    let paper = Purpose {
        name: "  Foto's ".into(),
        written_only: true,
        ..Purpose::new("foto", "")
    }
    .normalised();
    assert_eq!(paper.name, "Foto's");
    assert!(paper.explicit);
    // An explicit purpose stays explicit whatever it says of paper.
    assert!(purpose(true).normalised().explicit);
    assert!(!purpose(false).normalised().explicit);
}

#[test]
fn a_purpose_id_starting_with_party_belongs_to_that_party_alone() {
    assert_eq!(Purpose::new("foto", "Foto's").validate(), Ok(()));
    assert!(
        Purpose::new("foto", "  ")
            .validate()
            .unwrap_err()
            .contains("needs a name")
    );
    let ggd = Purpose::of_party("ggd", "Gegevens uitwisselen met GGD");
    assert_eq!(ggd.validate(), Ok(()));
    let other = Purpose {
        party: Some("jgz".into()),
        ..ggd.clone()
    };
    assert!(other.validate().unwrap_err().contains("must be party-jgz"));
    let about_a_party = Purpose {
        party: Some("ggd".into()),
        ..Purpose::new("foto", "Foto's")
    };
    assert!(about_a_party.validate().is_err());
    let no_party = Purpose { party: None, ..ggd };
    assert!(no_party.validate().unwrap_err().contains("names no party"));
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
        decider_standing(&events, given_by, who, d(day)).map(|e| (e.decision, e.date))
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
    // On the pupil's own side one person decides, whoever is named.
    assert_eq!(
        standing_of(GivenBy::Representative, Some("mentor"), TODAY),
        Some((Granted, d("2026-09-03")))
    );
}

#[test]
fn a_reason_names_the_decision_and_who_gave_it() {
    assert_eq!(
        by_whom(GivenBy::Parent, Some("ouder 2")),
        "parent (ouder 2)"
    );
    assert_eq!(by_whom(GivenBy::Pupil, None), "pupil");
    let p = purpose(true);
    let grant = |form| {
        standing(
            &p,
            &[by(
                GivenBy::Parent,
                Some("ouder 1"),
                Decision::Granted,
                form,
                "2026-09-01",
            )],
            d(TODAY),
        )
    };
    assert_eq!(
        reason(&p, &grant(Form::Digital)).to_string(),
        "p granted on 2026-09-01 by parent (ouder 1) (digital)"
    );
    assert_eq!(
        reason(&p, &grant(Form::Verbal)).to_string(),
        "p was granted on 2026-09-01 by parent (ouder 1) (verbal), but this purpose needs an express statement, written or digital"
    );
}

#[test]
fn a_reason_is_english_for_scripts_and_dutch_for_a_dutch_reader() {
    use crate::i18n::Lang;
    let p = purpose(true);
    let reason_of = |events: &[Event]| reason(&p, &standing(&p, events, d(TODAY)));
    let verbal = reason_of(&[event(Decision::Granted, Form::Verbal, "2026-09-01")]);
    assert_eq!(
        verbal.in_lang(Lang::Nl),
        "voor p is op 2026-09-01 toestemming gegeven door parent (verbal), maar dit doel vraagt een uitdrukkelijke verklaring, schriftelijk of digitaal"
    );
    let cases = [
        (
            reason_of(&[]),
            "no decision recorded for p: without a decision there is no consent",
            "geen beslissing vastgelegd voor p: zonder beslissing is er geen toestemming",
        ),
        (
            reason_of(&[event(Decision::Granted, Form::Written, "2026-09-01")]),
            "p granted on 2026-09-01 by parent (written)",
            "p: toestemming gegeven op 2026-09-01 door parent (written)",
        ),
        (
            reason_of(&[event(Decision::Refused, Form::Digital, "2026-09-02")]),
            "p refused on 2026-09-02 by parent (digital)",
            "p: geen toestemming, geweigerd op 2026-09-02 door parent (digital)",
        ),
        (
            reason_of(&[
                event(Decision::Granted, Form::Written, "2026-09-01"),
                event(Decision::Withdrawn, Form::Written, "2026-09-03"),
            ]),
            "p withdrawn on 2026-09-03 by parent (written)",
            "p: toestemming ingetrokken op 2026-09-03 door parent (written)",
        ),
        (
            reason_of(&[
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
            ]),
            "p is disputed: granted by one parent, refused or withdrawn on 2026-09-02 by parent (ouder 2) (written); there is no consent until they agree",
            "p: de ouders zijn het oneens: de een gaf toestemming, op 2026-09-02 is geweigerd of ingetrokken door parent (ouder 2) (written); er is geen toestemming totdat zij het eens zijn",
        ),
    ];
    for (reason, english, dutch) in cases {
        assert_eq!(reason.in_lang(Lang::En), english);
        assert_eq!(
            reason.to_string(),
            english,
            "a run without a language is English"
        );
        assert_eq!(reason.in_lang(Lang::Nl), dutch);
    }
}

#[test]
fn who_may_decide_is_refused_in_the_readers_language() {
    use crate::i18n::{Lang, speaking};
    let young = || check_given_by(GivenBy::Pupil, Some(d("2015-01-01")), d(TODAY)).unwrap_err();
    assert_eq!(
        young(),
        "the pupil is younger than 16 on 2026-11-28: a parent or guardian decides (--by parent)"
    );
    assert_eq!(
        speaking(Lang::Nl, young),
        "de leerling is op 2026-11-28 jonger dan 16 jaar: een ouder of voogd beslist (--by parent)"
    );
    let late = || check_decision_date(d("2026-12-01"), d(TODAY), None).unwrap_err();
    assert_eq!(
        speaking(Lang::Nl, late),
        "een beslissing kan niet na vandaag (2026-11-28) gedateerd zijn; leg haar vast wanneer zij genomen is"
    );
    assert_eq!(
        speaking(Lang::Nl, || parse_cell("wellicht").unwrap_err()),
        "'wellicht' is geen antwoord op een toestemmingsvraag (ja/nee, yes/no, 1/0, toestemming/geen toestemming, of leeg)"
    );
}

#[test]
fn the_same_yes_again_in_writing_strengthens_a_grant_not_in_writing() {
    use Decision::*;
    let again = Some(Granted);
    assert_eq!(
        imported_decision(
            Granted,
            Form::Written,
            again,
            Some((Granted, Form::Digital))
        ),
        Some(Granted)
    );
    assert_eq!(
        imported_decision(Granted, Form::Digital, again, Some((Granted, Form::Verbal))),
        None
    );
    assert_eq!(
        imported_decision(
            Granted,
            Form::Written,
            again,
            Some((Granted, Form::Written))
        ),
        None
    );
}
