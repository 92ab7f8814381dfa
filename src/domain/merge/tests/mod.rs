use super::*;
use serde_json::json;

mod pupils;

fn row(value: Value) -> Row {
    match value {
        Value::Object(map) => map,
        _ => panic!("a row is an object"),
    }
}

fn tables(entries: &[(&str, Vec<Value>)]) -> Tables {
    Tables(
        entries
            .iter()
            .map(|(t, rows)| (t.to_string(), rows.iter().cloned().map(row).collect()))
            .collect(),
    )
}

fn supplier(id: &str, name: &str) -> Value {
    json!({"id": id, "name": name})
}

fn agreement(id: &str, supplier: &str, notes: &str) -> Value {
    json!({"id": id, "supplier_id": supplier, "notes": notes})
}

fn pupil(key: &str, number: &str, school: &str, name: &str) -> Value {
    json!({"leerlingnummer": key, "name": name, "school": school, "number": number})
}

fn event(pupil: &str, purpose: &str, date: &str) -> Value {
    json!({"pupil": pupil, "purpose": purpose, "decision": "granted", "date": date})
}

fn rows<'p>(plan: &'p Plan, table: &str) -> &'p [Row] {
    plan.rows
        .iter()
        .find(|(t, _)| *t == table)
        .map_or(&[], |(_, r)| r.as_slice())
}

#[test]
fn suffixes_and_free_numbers() {
    assert_eq!(suffixed("parnassys-vwo", "twee"), "parnassys-vwo-twee");
    assert_eq!(suffixed("parnassys-vwo", "-twee"), "parnassys-vwo-twee");
    let taken: BTreeSet<String> = ["1001", "1002", "17"].map(String::from).into();
    assert_eq!(free_number("1001", &taken), "1003");
    assert_eq!(free_number("5000", &taken), "5001");
    assert_eq!(free_number("1", &BTreeSet::new()), "2");
}

#[test]
fn keys_stay_unless_taken() {
    let used: BTreeSet<String> = ["1001", "1001@12AB00"].map(String::from).into();
    assert_eq!(
        free_key(Some("2002"), "2002", Some("12AB00"), &used),
        "2002"
    );
    assert_eq!(
        free_key(Some("1001"), "1001", Some("34CD00"), &used),
        "1001@34CD00"
    );
    assert_eq!(
        free_key(Some("1001"), "1001", Some("12AB00"), &used),
        "1001@12AB00#2"
    );
    assert_eq!(free_key(None, "1001", None, &used), "1001#2");
}

#[test]
fn identical_entities_are_no_clash() {
    let ours = tables(&[
        ("supplier", vec![supplier("gynzy", "Gynzy")]),
        ("agreement", vec![agreement("gynzy-1", "gynzy", "n")]),
    ]);
    let plan = plan(&ours, &ours.clone(), Options::default()).unwrap();
    assert_eq!(plan.identical.get("supplier"), Some(&1));
    assert_eq!(plan.identical.get("agreement"), Some(&1));
    assert!(plan.rows.iter().all(|(_, r)| r.is_empty()));
}

#[test]
fn a_clash_is_refused_without_a_suffix_and_renamed_with_one() {
    let ours = tables(&[
        ("supplier", vec![supplier("gynzy", "Gynzy")]),
        ("agreement", vec![agreement("gynzy-1", "gynzy", "ours")]),
    ]);
    let theirs = tables(&[
        ("supplier", vec![supplier("gynzy", "Gynzy")]),
        ("agreement", vec![agreement("gynzy-1", "gynzy", "theirs")]),
        (
            "breach",
            vec![json!({"id": "lek-1", "supplier_id": "gynzy", "agreement_id": "gynzy-1"})],
        ),
        (
            "processing_agreement",
            vec![json!({"processing_id": "lvs", "agreement_id": "gynzy-1"})],
        ),
        ("processing", vec![json!({"id": "lvs", "name": "LVS"})]),
        (
            "accepted_finding",
            vec![
                json!({"code": "review-overdue", "subject_kind": "agreement",
                        "subject_id": "gynzy-1", "reason": "r", "until": "2027-01-01"}),
            ],
        ),
    ]);
    let refusal = plan(&ours, &theirs, Options::default()).unwrap_err();
    assert_eq!(refusal.ids, ["agreement gynzy-1"]);
    assert!(refusal.to_string().contains("--id-suffix"));

    let options = Options {
        suffix: Some("b"),
        renumber: false,
        ..Options::default()
    };
    let plan = plan(&ours, &theirs, options).unwrap();
    assert_eq!(
        plan.renamed,
        [Renamed {
            kind: "agreement",
            from: "gynzy-1".into(),
            to: "gynzy-1-b".into()
        }]
    );
    assert_eq!(rows(&plan, "agreement")[0]["id"], "gynzy-1-b");
    assert_eq!(rows(&plan, "breach")[0]["agreement_id"], "gynzy-1-b");
    assert_eq!(rows(&plan, "breach")[0]["supplier_id"], "gynzy");
    assert_eq!(
        rows(&plan, "processing_agreement")[0]["agreement_id"],
        "gynzy-1-b"
    );
    assert_eq!(
        rows(&plan, "accepted_finding")[0]["subject_id"],
        "gynzy-1-b"
    );
    assert!(rows(&plan, "supplier").is_empty());
}

#[test]
fn a_renamed_party_takes_its_purpose_along() {
    let party = |notes: &str| json!({"id": "ggd", "name": "GGD", "notes": notes});
    let purpose = json!({"id": "party-ggd", "name": "Delen met GGD", "party_id": "ggd"});
    let ours = tables(&[
        ("party", vec![party("ours")]),
        ("purpose", vec![purpose.clone()]),
    ]);
    let theirs = tables(&[
        ("party", vec![party("theirs")]),
        ("purpose", vec![purpose]),
        ("pupil", vec![pupil("7", "7", "12AB00", "Ada")]),
        ("consent_event", vec![event("7", "party-ggd", "2026-09-01")]),
    ]);
    let options = Options {
        suffix: Some("b"),
        renumber: false,
        ..Options::default()
    };
    let plan = plan(&ours, &theirs, options).unwrap();
    let purpose = &rows(&plan, "purpose")[0];
    assert_eq!(purpose["id"], "party-ggd-b");
    assert_eq!(purpose["party_id"], "ggd-b");
    assert_eq!(purpose["name"], "Delen met GGD (b)");
    assert_eq!(rows(&plan, "consent_event")[0]["purpose"], "party-ggd-b");
    assert_eq!(plan.purposes["party-ggd"], "party-ggd-b");
}

#[test]
fn a_refusal_is_said_in_the_readers_language() {
    use crate::i18n::{Lang, speaking};
    let ours = tables(&[
        ("supplier", vec![supplier("gynzy", "Gynzy")]),
        ("pupil", vec![pupil("1001", "1001", "12AB", "Ada")]),
    ]);
    let theirs = tables(&[
        ("supplier", vec![supplier("gynzy", "Gynzy Plus")]),
        ("pupil", vec![pupil("1001", "1001", "12AB00", "Cas")]),
    ]);
    let said = || {
        plan(&ours, &theirs, Options::default())
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        said(),
        "the other register clashes with this one; ids used here for something else: supplier gynzy (--id-suffix S renames the incoming ones); pupil numbers taken at their school: 1001 at 12AB00 (--renumber gives the incoming pupils free numbers); nothing was changed"
    );
    assert_eq!(
        speaking(Lang::Nl, said),
        "het andere register botst met dit register; ids die hier al voor iets anders gebruikt worden: leverancier gynzy (--id-suffix S geeft de binnenkomende een nieuwe id); leerlingnummers die op hun school al bezet zijn: 1001 op 12AB00 (--renumber geeft de binnenkomende leerlingen vrije nummers); er is niets gewijzigd"
    );
}

#[test]
fn a_school_with_another_name_is_no_clash_a_flag_resolves() {
    let ours = tables(&[(
        "school",
        vec![json!({"brin": "12AB", "vestiging": "00", "name": "De Regenboog"})],
    )]);
    let theirs = tables(&[(
        "school",
        vec![json!({"brin": "12AB", "vestiging": "00", "name": "Regenboog"})],
    )]);
    let options = Options {
        suffix: Some("b"),
        renumber: true,
        ..Options::default()
    };
    let refusal = plan(&ours, &theirs, options).unwrap_err();
    assert_eq!(refusal.fixed, ["school 12AB00"]);
}

#[test]
fn a_bad_suffix_is_refused() {
    let options = Options {
        suffix: Some("Twee!"),
        renumber: false,
        ..Options::default()
    };
    let refusal = plan(&Tables::default(), &Tables::default(), options).unwrap_err();
    assert!(refusal.invalid.is_some());
}

#[test]
fn what_is_the_same_and_what_is_new_is_counted_per_kind() {
    let school = |brin: &str, name: &str| json!({"brin": brin, "vestiging": "00", "name": name});
    let category = |code: &str| json!({"code": code, "label": code, "special": 0});
    let scope =
        |agreement: &str, category: &str| json!({"agreement_id": agreement, "category": category});
    let ours = tables(&[
        ("school", vec![school("12AB", "De Es")]),
        ("category", vec![category("vog")]),
        ("supplier", vec![supplier("gynzy", "Gynzy")]),
        ("agreement", vec![agreement("gynzy-1", "gynzy", "n")]),
        ("scope", vec![scope("gynzy-1", "name")]),
    ]);
    let theirs = tables(&[
        (
            "school",
            vec![school("12AB", "De Es"), school("34CD", "Het Baken")],
        ),
        ("category", vec![category("vog"), category("ehbo")]),
        (
            "supplier",
            vec![supplier("gynzy", "Gynzy"), supplier("snappet", "Snappet")],
        ),
        (
            "agreement",
            vec![
                agreement("gynzy-1", "gynzy", "n"),
                agreement("snappet-1", "snappet", "n"),
                agreement("snappet-2", "snappet", "n"),
            ],
        ),
        (
            "scope",
            vec![scope("gynzy-1", "name"), scope("snappet-1", "name")],
        ),
    ]);
    let plan = plan(&ours, &theirs, Options::default()).unwrap();
    for (kind, same, new) in [
        ("school", 1, 1),
        ("category", 1, 1),
        ("supplier", 1, 1),
        ("agreement", 1, 2),
    ] {
        assert_eq!(
            (plan.identical.get(kind), plan.added.get(kind)),
            (Some(&same), Some(&new)),
            "{kind}"
        );
    }
    assert_eq!(rows(&plan, "scope").len(), 1);
    // The same agreement with other data categories is another agreement: a clash.
    let other_scope = tables(&[
        ("supplier", vec![supplier("gynzy", "Gynzy")]),
        ("agreement", vec![agreement("gynzy-1", "gynzy", "n")]),
        ("scope", vec![scope("gynzy-1", "group")]),
    ]);
    assert!(plan_refused(&ours, &other_scope).contains("gynzy-1"));
}

fn plan_refused(ours: &Tables, theirs: &Tables) -> String {
    match plan(ours, theirs, Options::default()) {
        Ok(_) => String::new(),
        Err(refusal) => refusal.to_string(),
    }
}

#[test]
fn a_purpose_named_after_its_renamed_party_follows_it_and_no_other() {
    let party = |notes: &str| json!({"id": "ggd", "name": "GGD", "notes": notes});
    let ours = tables(&[("party", vec![party("ours")])]);
    let theirs = tables(&[
        ("party", vec![party("theirs")]),
        (
            "purpose",
            vec![
                json!({"id": "party-ggd", "name": "Delen met GGD", "party_id": "ggd"}),
                json!({"id": "ggd-exchange", "name": "Uitwisseling", "party_id": "ggd"}),
            ],
        ),
    ]);
    let options = Options {
        suffix: Some("b"),
        renumber: false,
        ..Options::default()
    };
    let plan = plan(&ours, &theirs, options).unwrap();
    let purposes: Vec<(&str, &str)> = rows(&plan, "purpose")
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["party_id"].as_str().unwrap()))
        .collect();
    assert_eq!(
        purposes,
        [("party-ggd-b", "ggd-b"), ("ggd-exchange", "ggd-b")]
    );
}

#[test]
fn a_suffixed_id_this_register_already_has_is_refused() {
    let ours = tables(&[(
        "agreement",
        vec![
            agreement("gynzy-1", "gynzy", "ours"),
            agreement("gynzy-1-b", "gynzy", "another"),
        ],
    )]);
    let theirs = tables(&[("agreement", vec![agreement("gynzy-1", "gynzy", "theirs")])]);
    let options = Options {
        suffix: Some("b"),
        renumber: false,
        ..Options::default()
    };
    let refusal = plan(&ours, &theirs, options).unwrap_err();
    assert!(refusal.ids.is_empty());
    assert_eq!(refusal.fixed.len(), 1);
    assert!(
        refusal.fixed[0].contains("gynzy-1-b"),
        "{:?}",
        refusal.fixed
    );
}

fn change(kind: &str, id: &str, action: &str, detail: Value) -> Value {
    json!({"at": "2026-10-01T09:00:00+02:00", "actor": "fg", "action": action,
           "entity_kind": kind, "entity_id": id, "detail": detail.to_string()})
}

fn detail(row: &Row) -> Value {
    serde_json::from_str(row["detail"].as_str().unwrap()).unwrap()
}

#[test]
fn the_other_log_follows_what_the_merge_adds_under_its_ids_here() {
    let shared = change("supplier", "parnassys", "add", json!({"name": "ParnasSys"}));
    let accepted = |id: &str| json!({"code": "review-overdue", "subject_kind": "agreement", "subject_id": id, "reason": "volgt"});
    let ours = tables(&[
        (
            "supplier",
            vec![
                supplier("gynzy", "Gynzy B.V."),
                supplier("parnassys", "ParnasSys"),
            ],
        ),
        ("agreement", vec![agreement("gynzy-vwo", "gynzy", "een")]),
        ("pupil", vec![pupil("1001", "1001", "12AB00", "Sanne")]),
        ("change_event", vec![shared.clone()]),
    ]);
    let theirs = tables(&[
        (
            "supplier",
            vec![
                supplier("gynzy", "Gynzy"),
                supplier("parnassys", "ParnasSys"),
            ],
        ),
        ("agreement", vec![agreement("gynzy-vwo", "gynzy", "twee")]),
        ("accepted_finding", vec![accepted("gynzy-vwo")]),
        ("pupil", vec![pupil("1001", "1001", "12AB00", "Cas")]),
        (
            "change_event",
            vec![
                shared,
                change("supplier", "gynzy", "add", json!({"name": "Gynzy"})),
                change(
                    "pupil",
                    "1001",
                    "consent-set",
                    json!({"purpose": "photo-website"}),
                ),
                change(
                    "register",
                    "drie.sqlite",
                    "merge",
                    json!({"merged_from": "vier.sqlite"}),
                ),
                change(
                    "finding",
                    "review-overdue agreement:gynzy-vwo",
                    "accept",
                    json!({}),
                ),
                // Of what both have, or this register keeps: its own history tells it.
                change(
                    "supplier",
                    "parnassys",
                    "convenant-set",
                    json!({"convenant": "participant"}),
                ),
                change(
                    "organisation",
                    "organisation",
                    "edit",
                    json!({"name": "Twee"}),
                ),
                // Removed there: never here, so it comes along; here under another meaning, not.
                change("party", "ggd-oud", "remove", json!({})),
                change("agreement", "gynzy-oud", "remove", json!({})),
            ],
        ),
    ]);
    let mut ours = ours;
    ours.0
        .get_mut("agreement")
        .unwrap()
        .push(row(agreement("gynzy-oud", "gynzy", "een")));
    let options = Options {
        suffix: Some("twee"),
        renumber: true,
        source: "twee.sqlite",
    };
    let plan = plan(&ours, &theirs, options).unwrap();
    assert_eq!(plan.identical.get("change_event"), Some(&1));
    assert_eq!(plan.added.get("change_event"), Some(&5));
    let log: Vec<(&str, &str)> = rows(&plan, "change_event")
        .iter()
        .map(|e| {
            (
                e["entity_kind"].as_str().unwrap(),
                e["entity_id"].as_str().unwrap(),
            )
        })
        .collect();
    // Under the renamed supplier, the renumbered pupil's key, the renamed finding's subject.
    assert_eq!(
        log,
        [
            ("supplier", "gynzy-twee"),
            ("pupil", "1002"),
            ("register", "drie.sqlite"),
            ("finding", "review-overdue agreement:gynzy-vwo-twee"),
            ("party", "ggd-oud"),
        ]
    );
    let details: Vec<Value> = rows(&plan, "change_event").iter().map(detail).collect();
    assert_eq!(
        details[1],
        json!({"purpose": "photo-website", "merged_from": "twee.sqlite"})
    );
    // An entry merged into the other register before keeps where it came from.
    assert_eq!(details[2]["merged_from"], "vier.sqlite");

    // Merged once more (as from a copy of this register), nothing is written twice.
    let mut merged = ours.clone();
    merged
        .0
        .get_mut("change_event")
        .unwrap()
        .extend(rows(&plan, "change_event").iter().cloned());
    let again = super::plan(&merged, &theirs, options).unwrap();
    assert_eq!(again.identical.get("change_event"), Some(&6));
    assert_eq!(again.added.get("change_event"), None);
}

#[test]
fn a_complete_import_there_counts_here_for_the_schools_only_it_had() {
    let import = |complete: Value| {
        change(
            "import",
            "leerlingen.csv",
            "pupil-import",
            json!({"on": "2026-10-01", "complete": complete}),
        )
    };
    let school = json!({"brin": "12AB", "vestiging": "00", "name": "De Linde"});
    let ours = tables(&[("school", vec![school.clone()])]);
    let theirs = tables(&[
        ("school", vec![school]),
        (
            "change_event",
            vec![
                import(json!([])),
                import(json!(["22BB00"])),
                import(json!(["12AB00", "22BB00"])),
                import(json!(["12AB"])),
            ],
        ),
    ]);
    let plan = plan(&ours, &theirs, Options::default()).unwrap();
    let details: Vec<Value> = rows(&plan, "change_event").iter().map(detail).collect();
    // Every pupil there is not every pupil here.
    assert!(details[0].get("complete").is_none(), "{}", details[0]);
    assert_eq!(details[0]["complete_there"], json!([]));
    assert_eq!(details[1]["complete"], json!(["22BB00"]));
    assert!(details[1].get("complete_there").is_none());
    // Of the school both have, the export there was not the whole.
    assert_eq!(details[2]["complete"], json!(["22BB00"]));
    assert_eq!(details[2]["complete_there"], json!(["12AB00", "22BB00"]));
    assert!(details[3].get("complete").is_none(), "{}", details[3]);
    // Merged once more, they are what the other register wrote.
    let mut merged = ours.clone();
    merged
        .0
        .insert("change_event".into(), rows(&plan, "change_event").to_vec());
    let again = super::plan(&merged, &theirs, Options::default()).unwrap();
    assert_eq!(again.identical.get("change_event"), Some(&4));
}
