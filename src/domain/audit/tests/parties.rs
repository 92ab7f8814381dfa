//! The rules of external parties.

use super::*;

#[test]
fn party_rules() {
    let party = |basis, law: Option<&str>, cats: Vec<Category>, listed| Party {
        schools: vec![],
        id: "p".into(),
        name: "P".into(),
        kind: Kind::Care,
        basis,
        law: law.map(Into::into),
        categories: cats,
        in_privacy_regulation: listed,
        notes: None,
    };
    let run = |p: Party| -> Vec<&'static str> {
        let snapshot = Snapshot {
            register: Register {
                parties: vec![p],
                ..Register::default()
            },
            ..Snapshot::default()
        };
        audit(&snapshot, d(AS_OF), 90)
            .into_iter()
            .map(|f| static_code(&f.code))
            .collect()
    };
    assert_eq!(
        run(party(
            Basis::LegalObligation,
            Some("Wet"),
            vec![Category::Bsn],
            true
        )),
        Vec::<&str>::new()
    );
    assert_eq!(
        run(party(Basis::LegalObligation, None, vec![], true)),
        ["party-no-basis"]
    );
    assert_eq!(
        run(party(
            Basis::PublicTask,
            Some("Wet"),
            vec![Category::Bsn],
            false
        )),
        ["bsn-shared", "party-not-in-regulation"]
    );
    // The BSN on a legal obligation whose law is not recorded: the missing law, said once.
    assert_eq!(
        run(party(
            Basis::LegalObligation,
            None,
            vec![Category::Bsn],
            true
        )),
        ["party-no-basis"]
    );
}

#[test]
fn a_partys_hint_says_how_to_lift_its_special_category_problem() {
    let party = |basis| Party {
        schools: vec![],
        id: "p".into(),
        name: "P".into(),
        kind: Kind::Care,
        basis,
        law: None,
        categories: vec![Category::Health],
        in_privacy_regulation: true,
        notes: None,
    };
    let hint = |basis| {
        let snapshot = Snapshot {
            register: Register {
                parties: vec![party(basis)],
                ..Register::default()
            },
            ..Snapshot::default()
        };
        audit(&snapshot, d(AS_OF), 90)
            .into_iter()
            .find(|f| f.code == "special-category-party")
            .map(|f| f.hint)
            .unwrap()
    };
    assert!(hint(Basis::PublicTask).starts_with("name the law"));
    assert!(hint(Basis::Contract).starts_with("remove the special categories"));
}
