//! Pupils and their consent history in a merge.

use super::*;

#[test]
fn a_pupil_at_the_brin_is_the_pupil_at_its_vestiging() {
    let ours = tables(&[("pupil", vec![pupil("1001", "1001", "12AB", "Ada")])]);
    let theirs = tables(&[(
        "pupil",
        vec![
            pupil("1001", "1001", "12AB00", "Cas"),
            pupil("1002", "1002", "12AB00", "Dirk"),
        ],
    )]);
    let refusal = plan(&ours, &theirs, Options::default()).unwrap_err();
    assert_eq!(refusal.numbers, ["1001 at 12AB00"]);
    let options = Options {
        suffix: None,
        renumber: true,
        ..Options::default()
    };
    let plan = plan(&ours, &theirs, options).unwrap();
    assert_eq!(plan.renumbered[0].to, "1003");
    assert_eq!(rows(&plan, "pupil")[1]["number"], "1002");
}

#[test]
fn a_pupil_number_taken_at_the_school_is_renumbered_on_request() {
    let ours = tables(&[(
        "pupil",
        vec![
            pupil("1001", "1001", "12AB00", "Ada"),
            pupil("1002", "1002", "34CD00", "Bo"),
        ],
    )]);
    let theirs = tables(&[
        (
            "pupil",
            vec![
                pupil("1001", "1001", "12AB00", "Cas"),
                pupil("1002", "1002", "12AB00", "Dirk"),
            ],
        ),
        (
            "consent_event",
            vec![
                event("1001", "photo-website", "2026-09-01"),
                event("1002", "photo-website", "2026-09-02"),
            ],
        ),
        (
            "request",
            vec![json!({"id": "r1", "pupil": "1001", "kind": "access"})],
        ),
    ]);
    let refusal = plan(&ours, &theirs, Options::default()).unwrap_err();
    assert_eq!(refusal.numbers, ["1001 at 12AB00"]);

    let options = Options {
        suffix: None,
        renumber: true,
        ..Options::default()
    };
    let plan = plan(&ours, &theirs, options).unwrap();
    // Free at the school in both registers: 1001 and 1002 are taken there.
    assert_eq!(
        plan.renumbered,
        [Renumbered {
            school: Some("12AB00".into()),
            from: "1001".into(),
            to: "1003".into(),
            key: "1003".into()
        }]
    );
    let pupils = rows(&plan, "pupil");
    // 1002 is another school's pupil here: the same number, another key.
    assert_eq!(pupils[1]["leerlingnummer"], "1002@12AB00");
    assert_eq!(pupils[1]["number"], "1002");
    let events = rows(&plan, "consent_event");
    assert_eq!(events[0]["pupil"], "1003");
    assert_eq!(events[1]["pupil"], "1002@12AB00");
    assert_eq!(rows(&plan, "request")[0]["pupil"], "1003");
    assert_eq!(
        plan.new_pupils,
        [
            ("1001".to_string(), "1003".to_string()),
            ("1002".to_string(), "1002@12AB00".to_string())
        ]
    );
}

#[test]
fn the_same_pupil_keeps_their_events_and_gains_the_missing_ones() {
    let ada = pupil("1001", "1001", "12AB00", "Ada");
    let ours = tables(&[
        ("pupil", vec![ada.clone()]),
        (
            "consent_event",
            vec![event("1001", "photo-website", "2026-09-01")],
        ),
    ]);
    let theirs = tables(&[
        ("pupil", vec![ada]),
        (
            "consent_event",
            vec![
                event("1001", "photo-website", "2026-09-01"),
                event("1001", "photo-internal", "2026-09-03"),
            ],
        ),
    ]);
    let plan = plan(&ours, &theirs, Options::default()).unwrap();
    assert_eq!(plan.identical.get("pupil"), Some(&1));
    let events = rows(&plan, "consent_event");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["purpose"], "photo-internal");
}

#[test]
fn new_pupils_their_events_and_the_cells_this_register_lacks_are_counted_and_kept() {
    let cell = |pupil: &str, purpose: &str| json!({"pupil": pupil, "purpose": purpose, "answer": "granted", "on": "2026-09-01"});
    let ada = pupil("1001", "1001", "12AB00", "Ada");
    let ours = tables(&[
        ("pupil", vec![ada.clone()]),
        ("import_cell", vec![cell("1001", "photo-website")]),
    ]);
    // Ada under another key there: the same pupil, and her events follow her key here.
    let theirs = tables(&[
        (
            "pupil",
            vec![
                pupil("9001", "1001", "12AB00", "Ada"),
                pupil("1002", "1002", "12AB00", "Bo"),
                pupil("1003", "1003", "12AB00", "Cas"),
            ],
        ),
        (
            "consent_event",
            vec![
                event("9001", "photo-internal", "2026-09-01"),
                event("1002", "photo-internal", "2026-09-01"),
                event("1003", "photo-internal", "2026-09-01"),
            ],
        ),
        (
            "import_cell",
            vec![
                cell("9001", "photo-website"),
                cell("9001", "photo-internal"),
            ],
        ),
    ]);
    let plan = plan(&ours, &theirs, Options::default()).unwrap();
    assert_eq!(plan.identical.get("pupil"), Some(&1));
    assert_eq!(plan.added.get("pupil"), Some(&2));
    assert_eq!(plan.added.get("consent_event"), Some(&3));
    let events: Vec<&str> = rows(&plan, "consent_event")
        .iter()
        .map(|e| e["pupil"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["1001", "1002", "1003"]);
    let cells: Vec<(&str, &str)> = rows(&plan, "import_cell")
        .iter()
        .map(|c| (c["pupil"].as_str().unwrap(), c["purpose"].as_str().unwrap()))
        .collect();
    assert_eq!(cells, [("1001", "photo-internal")]);
}

#[test]
fn pupils_without_a_school_are_one_pupil_only_with_each_other() {
    let ours = tables(&[(
        "pupil",
        vec![json!({"leerlingnummer": "1001", "name": "Ada", "number": "1001"})],
    )]);
    let plan_same = plan(&ours, &ours.clone(), Options::default()).unwrap();
    assert_eq!(plan_same.identical.get("pupil"), Some(&1));
    assert!(rows(&plan_same, "pupil").is_empty());
    // The number without a school here and at a school there: two pupils, no clash.
    let theirs = tables(&[("pupil", vec![pupil("1001", "1001", "12AB00", "Cas")])]);
    let plan = plan(&ours, &theirs, Options::default()).unwrap();
    assert_eq!(plan.identical.get("pupil"), None);
    assert_eq!(rows(&plan, "pupil").len(), 1);
    assert_eq!(rows(&plan, "pupil")[0]["school"], "12AB00");
}
