use serde_json::json;

use crate::common::TestEnv;

#[test]
fn add_prints_the_derived_id_and_show_returns_every_field() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "supplier",
            "add",
            "Gynzy B.V.",
            "--kvk",
            "12345678",
            "--website",
            "https://gynzy.example",
            "--contact",
            "privacy@gynzy.example",
            "--notes",
            "adaptief rekenen",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "gynzy-bv\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("added supplier gynzy-bv"));

    let shown = env.json(&["supplier", "show", "gynzy-bv"]);
    assert_eq!(
        shown,
        json!({
            "id": "gynzy-bv", "name": "Gynzy B.V.", "kvk": "12345678",
            "website": "https://gynzy.example", "contact": "privacy@gynzy.example",
            "role": "processor", "convenant": "unknown", "convenant_version": null,
            "convenant_checked_on": null, "notes": "adaptief rekenen", "retired_on": null,
            "retired_reason": null, "agreements": []
        })
    );
}

#[test]
fn a_clashing_name_gets_a_numbered_id_and_a_clashing_id_is_refused() {
    let env = TestEnv::new();
    assert_eq!(env.ok(&["supplier", "add", "Gynzy B.V."]), "gynzy-bv\n");
    // The same supplier by another spelling is refused, naming the one there is.
    let err = env.refused(&["supplier", "add", "Gynzy BV"]);
    assert!(
        err.contains("supplier gynzy-bv (Gynzy B.V.) looks like the same supplier"),
        "{err}"
    );
    assert_eq!(
        env.ok(&["supplier", "add", "Gynzy BV", "--force"]),
        "gynzy-bv-2\n"
    );
    // So is another name with the same KvK number.
    env.ok(&["supplier", "edit", "gynzy-bv", "--kvk", "12345678"]);
    let err = env.refused(&["supplier", "add", "Gynzy Holding", "--kvk", "12345678"]);
    assert!(err.contains("KvK 12345678"), "{err}");
    assert_eq!(
        env.ok(&["leverancier", "add", "Café Één", "--id", "cafe"]),
        "cafe\n"
    );
    let err = env.refused(&["supplier", "add", "Other", "--id", "gynzy-bv"]);
    assert_eq!(err, "error: a supplier with id 'gynzy-bv' already exists");
}

#[test]
fn bad_input_is_one_error_line_and_changes_nothing() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    assert_eq!(
        env.refused(&["supplier", "add", "X", "--kvk", "1234567"]),
        "error: KvK number '1234567' is not 8 digits"
    );
    assert!(
        env.refused(&["supplier", "add", "X", "--kvk", "1234567a"])
            .contains("not 8 digits")
    );
    assert!(
        env.refused(&["supplier", "add", "X", "--id", "Bad Id"])
            .contains("'Bad Id' is not a valid id")
    );
    assert!(
        env.refused(&["supplier", "add", "X", "--role", "boss"])
            .contains(
                "invalid value 'boss' for '--role <ROLE>' [possible values: processor, controller, joint-controller]"
            )
    );
    assert!(
        env.refused(&["supplier", "add", "   "])
            .contains("cannot be empty")
    );
    assert!(
        env.refused(&["supplier", "add", "..."])
            .contains("cannot derive an id")
    );
    assert!(
        env.refused(&["supplier", "add", "X", "--frobnicate"])
            .contains("unexpected argument")
    );
    assert_eq!(
        env.refused(&["supplier", "show", "nope"]),
        "error: no supplier 'nope' (see `vreg supplier list`)"
    );
    assert!(
        env.refused(&["supplier", "edit", "nope", "--name", "x"])
            .contains("no supplier 'nope'")
    );
    assert!(
        env.refused(&["supplier", "edit", "gynzy", "--kvk", "1"])
            .contains("not 8 digits")
    );
}

#[test]
fn without_a_terminal_a_missing_name_is_an_error_not_a_prompt() {
    let env = TestEnv::new();
    assert_eq!(
        env.refused(&["supplier", "add"]),
        "error: missing NAME (the supplier's name)"
    );
}

#[test]
fn list_filters_by_convenant_and_role_in_every_format() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    env.ok(&["supplier", "add", "Heutink", "--role", "controller"]);
    env.ok(&[
        "convenant",
        "set",
        "gynzy",
        "participant",
        "--version",
        "4.0",
    ]);

    let all = env.json(&["supplier", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(all[0]["id"], "gynzy");

    let participants = env.json(&["supplier", "list", "--convenant", "deelnemer"]);
    assert_eq!(participants.as_array().unwrap().len(), 1);
    assert_eq!(participants[0]["convenant_version"], "4.0");

    let controllers = env.json(&["supplier", "list", "--role", "controller"]);
    assert_eq!(controllers[0]["id"], "heutink");

    let csv = env.ok(&["supplier", "list", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,name,kvk,website,contact,role,convenant,convenant_version,convenant_checked_on,notes,retired_on,retired_reason"
        )
    );
    assert_eq!(
        lines.next(),
        Some("gynzy,Gynzy,,,,processor,participant,4.0,2026-11-28,,,")
    );
    assert_eq!(
        lines.next(),
        Some("heutink,Heutink,,,,controller,unknown,,,,,")
    );

    let table = env.ok(&["supplier", "list"]);
    assert!(table.contains("gynzy") && table.contains("heutink"));
    assert_eq!(
        env.json(&["supplier", "list", "--role", "joint-controller"]),
        json!([])
    );
}

#[test]
fn csv_quotes_what_needs_quoting() {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "add",
        "Malmberg, \"uitgeverij\"",
        "--id",
        "malmberg",
    ]);
    let csv = env.ok(&["supplier", "list", "--format", "csv"]);
    assert!(
        csv.contains("malmberg,\"Malmberg, \"\"uitgeverij\"\"\","),
        "{csv}"
    );
}

#[test]
fn edit_changes_only_what_is_given_and_empty_clears() {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "add",
        "Gynzy",
        "--kvk",
        "12345678",
        "--website",
        "https://g.example",
    ]);
    env.ok(&[
        "supplier",
        "edit",
        "gynzy",
        "--name",
        "Gynzy B.V.",
        "--website",
        "",
        "--role",
        "joint-controller",
    ]);
    let s = env.json(&["supplier", "show", "gynzy"]);
    assert_eq!(s["name"], "Gynzy B.V.");
    assert_eq!(s["kvk"], "12345678");
    assert_eq!(s["website"], json!(null));
    assert_eq!(s["role"], "joint-controller");
}

#[test]
fn remove_needs_yes_without_a_terminal_and_cascade_with_agreements() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&["supplier", "add", "Lonely"]);

    let err = env.refused(&["supplier", "remove", "lonely"]);
    assert!(
        err.contains("refused without a terminal; pass --yes"),
        "{err}"
    );
    env.ok(&["supplier", "remove", "lonely", "--yes"]);
    env.fails(&["supplier", "show", "lonely"]);

    let err = env.refused(&["supplier", "remove", "gynzy-bv", "--yes"]);
    assert!(err.contains("has 1 agreement (gynzy-bv-2024)"), "{err}");
    env.ok(&["supplier", "remove", "gynzy-bv", "--yes", "--cascade"]);
    env.fails(&["agreement", "show", "gynzy-bv-2024"]);
    assert_eq!(env.json(&["scope", "list"]), json!([]));
}

#[test]
fn show_lists_agreements_with_scope_and_subprocessors() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&["scope", "set", "gynzy-bv-2024", "eck-id", "name"]);
    env.ok(&[
        "agreement",
        "subprocessor",
        "add",
        "gynzy-bv-2024",
        "Amazon Web Services",
        "--country",
        "IE",
    ]);
    let s = env.json(&["supplier", "show", "gynzy-bv"]);
    let a = &s["agreements"][0];
    assert_eq!(a["id"], "gynzy-bv-2024");
    assert_eq!(a["status"], "active");
    assert_eq!(
        a["scope"],
        json!([
            {"category": "eck-id", "purpose": null, "retention": null, "law": null},
            {"category": "name", "purpose": null, "retention": null, "law": null}
        ])
    );
    assert_eq!(a["subprocessors"][0]["name"], "Amazon Web Services");

    let table = env.ok(&["supplier", "show", "gynzy-bv"]);
    assert!(table.contains("agreement gynzy-bv-2024"));
    assert!(table.contains("ECK iD"));
    assert!(table.contains("Amazon Web Services"));

    // One CSV row cannot hold the agreements: refused, naming JSON, rather than dropped.
    let err = env.refused(&["supplier", "show", "gynzy-bv", "--format", "csv"]);
    assert!(err.contains("agreements; use --format json"), "{err}");
}

#[test]
fn csv_is_rfc_4180_with_crlf_line_ends() {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "add",
        "Een",
        "--id",
        "multi",
        "--notes",
        "Regel\nEen",
    ]);
    let csv = env.ok(&["supplier", "list", "--format", "csv"]);
    assert!(csv.starts_with("id,name,"));
    // A line break inside a value is quoted data, not a record end.
    assert!(
        csv.ends_with(",processor,unknown,,,\"Regel\nEen\",,\r\n"),
        "{csv:?}"
    );
}
