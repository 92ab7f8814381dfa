use serde_json::json;

use crate::common::TestEnv;

#[test]
fn set_add_remove_and_list() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&[
        "scope",
        "set",
        "gynzy-bv-2024",
        "name",
        "eck-id",
        "group",
        "name",
    ]);
    env.ok(&[
        "gegevens",
        "add",
        "gynzy-bv-2024",
        "results",
        "usage",
        "--purpose",
        "adaptief oefenen",
        "--retention",
        "1 jaar",
    ]);
    // A later add without --purpose keeps the purpose on record.
    env.ok(&[
        "scope",
        "add",
        "gynzy-bv-2024",
        "results",
        "--retention",
        "2 jaar",
    ]);
    let scope = env.json(&["scope", "list"]);
    assert_eq!(
        scope,
        json!([
            {"agreement": "gynzy-bv-2024", "supplier": "gynzy-bv", "category": "eck-id", "purpose": null, "retention": null, "law": null},
            {"agreement": "gynzy-bv-2024", "supplier": "gynzy-bv", "category": "name", "purpose": null, "retention": null, "law": null},
            {"agreement": "gynzy-bv-2024", "supplier": "gynzy-bv", "category": "group", "purpose": null, "retention": null, "law": null},
            {"agreement": "gynzy-bv-2024", "supplier": "gynzy-bv", "category": "results", "purpose": "adaptief oefenen", "retention": "2 jaar", "law": null},
            {"agreement": "gynzy-bv-2024", "supplier": "gynzy-bv", "category": "usage", "purpose": "adaptief oefenen", "retention": "1 jaar", "law": null},
        ])
    );
    // set replaces: what stays keeps its purpose, what goes is gone.
    env.ok(&["scope", "set", "gynzy-bv-2024", "eck-id", "results"]);
    let scope = env.json(&["agreement", "show", "gynzy-bv-2024"])["scope"].clone();
    assert_eq!(
        scope,
        json!([
            {"category": "eck-id", "purpose": null, "retention": null, "law": null},
            {"category": "results", "purpose": "adaptief oefenen", "retention": "2 jaar", "law": null},
        ])
    );
    env.ok(&["scope", "remove", "gynzy-bv-2024", "results"]);
    assert_eq!(
        env.json(&["scope", "list", "--category", "results"]),
        json!([])
    );
    let csv = env.ok(&["scope", "list", "--format", "csv"]);
    assert_eq!(
        csv,
        "agreement,supplier,category,purpose,retention,law\r\ngynzy-bv-2024,gynzy-bv,eck-id,,,\r\n"
    );
}

#[test]
fn list_by_category_answers_who_receives_health_data() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&["supplier", "add", "Zorgapp"]);
    env.ok(&["agreement", "add", "zorgapp", "--signed-on", "2025-01-01"]);
    let out = env
        .cmd()
        .args(["scope", "add", "zorgapp-2025", "health", "name"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("special categories (AVG art. 9) need a DPIA")
    );
    env.ok(&["scope", "set", "gynzy-bv-2024", "name"]);
    let health = env.json(&["scope", "list", "--category", "health"]);
    assert_eq!(health.as_array().unwrap().len(), 1);
    assert_eq!(health[0]["supplier"], "zorgapp");
    assert_eq!(
        env.json(&["scope", "list", "--category", "name"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn bsn_to_a_supplier_is_warned_about() {
    let env = TestEnv::new();
    env.with_agreement();
    let out = env
        .cmd()
        .args(["scope", "set", "gynzy-bv-2024", "bsn"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("may receive the BSN only where a law prescribes it")
    );
}

/// With the law named the register says why the BSN may go (the pupil administration): the
/// warning said "may never", and the audit had nothing to report.
#[test]
fn the_bsn_with_its_law_is_not_warned_about() {
    let env = TestEnv::new();
    env.with_agreement();
    let out = env
        .cmd()
        .args([
            "scope",
            "add",
            "gynzy-bv-2024",
            "name",
            "bsn",
            "--law",
            "WPO art. 178a",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("BSN"), "{said}");
    // A special category with a DPIA on the agreement needs no warning either.
    env.ok(&["agreement", "edit", "gynzy-bv-2024", "--dpia", "DPIA-1"]);
    let out = env
        .cmd()
        .args(["scope", "add", "gynzy-bv-2024", "health"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("DPIA"), "{said}");
}

#[test]
fn unknown_categories_and_agreements_are_refused() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&["scope", "set", "gynzy-bv-2024", "name"]);
    assert!(
        env.refused(&["scope", "set", "gynzy-bv-2024", "name", "medical"])
            .contains("invalid value 'medical' for '<CATEGORIES>...'")
    );
    assert!(
        env.refused(&["scope", "set", "gynzy-bv-2024"])
            .contains("required")
    );
    assert!(
        env.refused(&["scope", "add", "nope", "name"])
            .contains("no agreement 'nope'")
    );
    assert!(
        env.refused(&["scope", "remove", "gynzy-bv-2024", "health"])
            .contains("does not receive 'health'")
    );
    assert!(
        env.refused(&["scope", "list", "--category", "x"])
            .contains("invalid value 'x' for '--category <CATEGORY>'")
    );
}

#[test]
fn categories_are_the_catalogue() {
    let env = TestEnv::empty();
    // The catalogue needs no register.
    let cats = env.json(&["scope", "categories"]);
    let cats = cats.as_array().unwrap();
    assert_eq!(cats.len(), 27);
    assert_eq!(
        cats[0],
        json!({"code": "eck-id", "label": "ECK iD", "special": false, "national_id": false})
    );
    let flagged: Vec<_> = cats
        .iter()
        .filter(|c| c["special"] == true || c["national_id"] == true)
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        flagged,
        ["absence", "health", "religion", "ethnicity", "bsn"]
    );
    let csv = env.ok(&["scope", "categories", "--format", "csv"]);
    assert!(csv.starts_with("code,label,special,national_id\r\neck-id,ECK iD,false,false\r\n"));
}

#[test]
fn a_new_purpose_or_retention_is_logged_and_no_change_is_not() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&["scope", "set", "gynzy-bv-2024", "name", "health"]);
    env.ok(&[
        "scope",
        "add",
        "gynzy-bv-2024",
        "health",
        "--purpose",
        "medicatie",
        "--retention",
        "1 jaar",
    ]);
    let log = env.json(&["log", "--entity", "agreement:gynzy-bv-2024"]);
    let last = &log[log.as_array().unwrap().len() - 1];
    assert_eq!(last["action"], "scope-add");
    assert_eq!(
        last["detail"]["changed"],
        json!([{"category": "health", "purpose": "medicatie", "retention": "1 jaar", "law": null}])
    );
    let count = log.as_array().unwrap().len();
    env.ok(&["scope", "set", "gynzy-bv-2024", "health", "name"]);
    env.ok(&[
        "scope",
        "add",
        "gynzy-bv-2024",
        "health",
        "--purpose",
        "medicatie",
    ]);
    assert_eq!(
        env.json(&["log", "--entity", "agreement:gynzy-bv-2024"])
            .as_array()
            .unwrap()
            .len(),
        count
    );
}

/// The BSN warning is said when a change leaves the BSN without its law: added without one, or
/// its law taken away from a line that had it.
#[test]
fn taking_the_law_away_from_the_bsn_warns_as_adding_it_without_one_does() {
    let env = TestEnv::new();
    env.with_agreement();
    let warned = |args: &[&str]| {
        let out = env.cmd().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("a supplier may receive the BSN only where a law prescribes it")
    };
    assert!(!warned(&[
        "scope",
        "add",
        "gynzy-bv-2024",
        "bsn",
        "--law",
        "WPO art. 178a"
    ]));
    assert!(warned(&[
        "scope",
        "add",
        "gynzy-bv-2024",
        "bsn",
        "--law",
        ""
    ]));
}
