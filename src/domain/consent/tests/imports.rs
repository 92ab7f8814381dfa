use super::*;

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
        "Geen  toestemming",
        "geen\u{a0}toestemming ",
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
    assert_eq!(imported(Granted, d, None, None), Some(Granted));
    assert_eq!(imported(Granted, d, None, Some((Granted, d))), None);
    assert_eq!(
        imported(Granted, d, None, Some((Withdrawn, d))),
        Some(Granted)
    );
    assert_eq!(imported(Refused, d, None, None), Some(Refused));
    assert_eq!(
        imported(Refused, d, None, Some((Granted, Form::Written))),
        Some(Withdrawn)
    );
    assert_eq!(imported(Refused, d, None, Some((Refused, d))), None);
    assert_eq!(imported(Refused, d, None, Some((Withdrawn, d))), None);
}

#[test]
fn a_cell_that_says_what_the_last_import_said_never_overrules() {
    use Decision::*;
    let d = Form::Digital;
    // Withdrawn by hand since the last import said "ja": the same "ja" again changes nothing.
    assert_eq!(
        imported(Granted, d, Some(Granted), Some((Withdrawn, Form::Written))),
        None
    );
    assert_eq!(
        imported(Refused, d, Some(Refused), Some((Granted, Form::Written))),
        None
    );
    // A cell that changed is a new decision.
    assert_eq!(
        imported(Granted, d, Some(Refused), Some((Refused, d))),
        Some(Granted)
    );
    assert_eq!(
        imported(Refused, d, Some(Granted), Some((Granted, d))),
        Some(Withdrawn)
    );
}

#[test]
fn an_import_in_writing_strengthens_a_digital_grant() {
    use Decision::*;
    assert_eq!(
        imported(Granted, Form::Written, None, Some((Granted, Form::Digital))),
        Some(Granted)
    );
    assert_eq!(
        imported(Granted, Form::Written, None, Some((Granted, Form::Written))),
        None
    );
    assert_eq!(
        imported(Granted, Form::Digital, None, Some((Granted, Form::Written))),
        None
    );
}

#[test]
fn a_grant_in_a_more_express_form_is_recorded_beside_a_lesser_one() {
    use Decision::*;
    use Form::*;
    // A parent said yes on the schoolyard, then in the parent app: the app's grant counts for
    // a purpose that needs an express statement, the spoken one never did.
    for previous in [None, Some(Refused)] {
        assert_eq!(
            imported(Granted, Digital, previous, Some((Granted, Verbal))),
            Some(Granted),
            "{previous:?}"
        );
        assert_eq!(
            imported(Granted, Written, previous, Some((Granted, Verbal))),
            Some(Granted),
            "{previous:?}"
        );
        assert_eq!(
            imported(Granted, Verbal, previous, Some((Granted, Verbal))),
            None,
            "{previous:?}"
        );
        assert_eq!(
            imported(Granted, Verbal, previous, Some((Granted, Digital))),
            None,
            "{previous:?}"
        );
    }
    assert!(Written.strength() > Digital.strength());
    assert!(Digital.strength() > Verbal.strength());
}

#[test]
fn the_same_yes_again_strengthens_only_in_writing() {
    use Decision::*;
    use Form::*;
    // The export still says September's "ja"; since then a parent's spoken grant stands.
    // The unchanged cell is no new statement in the app.
    assert_eq!(
        imported(Granted, Digital, Some(Granted), Some((Granted, Verbal))),
        None
    );
    // A file of signed forms is.
    assert_eq!(
        imported(Granted, Written, Some(Granted), Some((Granted, Verbal))),
        Some(Granted)
    );
    assert_eq!(
        imported(Granted, Written, Some(Granted), Some((Granted, Written))),
        None
    );
}

#[test]
fn an_imports_evidence_is_said_in_dutch_and_typed_evidence_as_typed() {
    use crate::i18n::Lang;
    let stored = import_evidence("leerlingen 2026.csv", 2);
    assert_eq!(stored, "leerlingen 2026.csv line 2");
    assert_eq!(evidence_in(Lang::En, &stored), stored);
    assert_eq!(
        evidence_in(Lang::Nl, &stored),
        "leerlingen 2026.csv regel 2"
    );
    assert_eq!(
        evidence_in(Lang::Nl, "export.CSV line 12"),
        "export.CSV regel 12"
    );
    // What a person typed, and an import's file name taken out with a purged pupil: not a
    // file name and a line number.
    for typed in [
        "mail van moeder, line 2b",
        "line 2",
        "formulier",
        "zie line ",
        "intakeformulier line 3",
        "(file name removed with a purged pupil) line 3",
    ] {
        assert_eq!(evidence_in(Lang::Nl, typed), typed);
    }
}
