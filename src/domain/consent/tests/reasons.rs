use super::*;

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
            None,
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
    let reason_of = |events: &[Event]| reason(&p, &standing(&p, events, d(TODAY), None));
    let verbal = reason_of(&[event(Decision::Granted, Form::Verbal, "2026-09-01")]);
    assert_eq!(
        verbal.in_lang(Lang::Nl),
        "voor p is op 2026-09-01 toestemming gegeven door ouder (mondeling), maar dit doel vraagt een uitdrukkelijke verklaring, schriftelijk of digitaal"
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
            "p: toestemming gegeven op 2026-09-01 door ouder (schriftelijk)",
        ),
        (
            reason_of(&[event(Decision::Refused, Form::Digital, "2026-09-02")]),
            "p refused on 2026-09-02 by parent (digital)",
            "p: geen toestemming, geweigerd op 2026-09-02 door ouder (digitaal)",
        ),
        (
            reason_of(&[
                event(Decision::Granted, Form::Written, "2026-09-01"),
                event(Decision::Withdrawn, Form::Written, "2026-09-03"),
            ]),
            "p withdrawn on 2026-09-03 by parent (written)",
            "p: toestemming ingetrokken op 2026-09-03 door ouder (schriftelijk)",
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
            "p: de ouders zijn het oneens: de een gaf toestemming, op 2026-09-02 is geweigerd of ingetrokken door ouder (ouder 2) (schriftelijk); er is geen toestemming totdat zij het eens zijn",
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
