use serde_json::json;

use crate::common::TestEnv;

#[test]
fn set_records_status_version_and_check_date() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    env.ok(&["supplier", "add", "Zwijsen"]);
    env.ok(&[
        "convenant",
        "set",
        "gynzy",
        "deelnemer",
        "--version",
        "4.0",
        "--checked-on",
        "28-11-2025",
    ]);
    env.ok(&["convenant", "set", "zwijsen", "medestander"]);
    assert_eq!(
        env.json(&["convenant", "list"]),
        json!([
            {"supplier": "gynzy", "name": "Gynzy", "convenant": "participant", "convenant_version": "4.0",
             "convenant_checked_on": "2025-11-28", "days_since_check": 365},
            {"supplier": "zwijsen", "name": "Zwijsen", "convenant": "supporter", "convenant_version": null,
             "convenant_checked_on": "2026-11-28", "days_since_check": 0}
        ])
    );
    assert_eq!(
        env.json(&["convenant", "list", "--as-of", "2026-12-01"])[1]["days_since_check"],
        3
    );
    // Leaving the convenant drops the version.
    env.ok(&["convenant", "set", "gynzy", "none"]);
    let s = env.json(&["supplier", "show", "gynzy"]);
    assert_eq!(
        (s["convenant"].clone(), s["convenant_version"].clone()),
        (json!("none"), json!(null))
    );
    let csv = env.ok(&["convenant", "list", "--format", "csv"]);
    assert!(csv.starts_with(
        "supplier,name,convenant,convenant_version,convenant_checked_on,days_since_check\r\n"
    ));
}

#[test]
fn bad_status_version_or_supplier_is_refused() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    assert!(
        env.refused(&["convenant", "set", "gynzy", "member"])
            .contains("invalid value 'member' for '<STATUS>'")
    );
    assert!(
        env.refused(&[
            "convenant",
            "set",
            "gynzy",
            "participant",
            "--version",
            "5.0"
        ])
        .contains("invalid value '5.0' for '--version <VERSION>' [possible values: 2.0, 3.0, 4.0]")
    );
    assert!(
        env.refused(&["convenant", "set", "nope", "participant"])
            .contains("no supplier 'nope'")
    );
    assert!(
        env.refused(&[
            "convenant",
            "set",
            "gynzy",
            "participant",
            "--checked-on",
            "2026-02-30"
        ])
        .contains("not a date")
    );
}

#[test]
fn a_check_cannot_be_dated_in_the_future() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    assert!(
        env.refused(&[
            "convenant",
            "set",
            "gynzy",
            "participant",
            "--checked-on",
            "2031-01-01"
        ])
        .contains("after today")
    );
}
