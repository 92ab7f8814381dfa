use super::*;

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
    // Case beyond ASCII too, as an import's headers are matched: "ÉÉN" is "één".
    let purposes = [Purpose::new("een", "Één keer per jaar")];
    assert_eq!(
        namesake(&purposes, "nieuw", "ÉÉN KEER PER JAAR").map(|p| p.id.as_str()),
        Some("een")
    );
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
    assert_eq!(standing(&p, &granted, d(TODAY), None), Standing::UNKNOWN);
    assert_eq!(
        standing(&p, &granted, d("2026-11-27"), None).state,
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
