//! Every command honours `--format`: a command that writes prints what it wrote as one JSON
//! document (the object as `show` or `list` gives it afterwards), one CSV row, or, in table
//! mode, the id of `add` alone; a format that cannot hold it is refused with one error line.

use serde_json::Value;

use crate::common::{TestEnv, write};

/// Runs a command that writes with `--format json`: exit 0, and stdout is one JSON document
/// and nothing else.
fn wrote(env: &TestEnv, args: &[&str]) -> Value {
    let out = env
        .cmd()
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?}: {stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    // `from_str` refuses anything after the document.
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {stdout}"))
}

/// The register with pupils and a supplier with an agreement.
fn env() -> TestEnv {
    let env = TestEnv::new();
    env.with_agreement();
    let pupils = env.path("leerlingen.csv");
    write(
        &pupils,
        "leerlingnummer;naam;groep;geboortedatum\n1001;Anna;5B;2016-03-01\n1002;Bram;8A;2014-05-05\n",
    );
    env.ok(&["pupil", "import", pupils.to_str().unwrap()]);
    env
}

#[test]
fn suppliers_agreements_and_their_parts_print_what_show_gives() {
    let env = env();
    let added = wrote(&env, &["supplier", "add", "Parnassys", "--kvk", "87654321"]);
    assert_eq!(added, env.json(&["supplier", "show", "parnassys"]));
    let edited = wrote(
        &env,
        &["supplier", "edit", "parnassys", "--website", "https://x.nl"],
    );
    assert_eq!(edited["website"], "https://x.nl");
    assert_eq!(edited, env.json(&["supplier", "show", "parnassys"]));
    // An edit that changes nothing still prints the supplier.
    let same = wrote(
        &env,
        &["supplier", "edit", "parnassys", "--website", "https://x.nl"],
    );
    assert_eq!(same, edited);
    let convenant = wrote(&env, &["convenant", "set", "parnassys", "participant"]);
    let list = env.json(&["convenant", "list"]);
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["supplier"] == "parnassys")
        .unwrap();
    assert_eq!(&convenant, row);

    let agreement = wrote(
        &env,
        &["agreement", "add", "parnassys", "--signed-on", "2025-01-01"],
    );
    assert_eq!(agreement["id"], "parnassys-2025");
    assert_eq!(
        agreement,
        env.json(&["agreement", "show", "parnassys-2025"])
    );
    let edited = wrote(
        &env,
        &["agreement", "edit", "parnassys-2025", "--dpia", "DPIA-1"],
    );
    assert_eq!(edited, env.json(&["agreement", "show", "parnassys-2025"]));

    let scope = wrote(&env, &["scope", "set", "parnassys-2025", "name", "group"]);
    let shown = env.json(&["agreement", "show", "parnassys-2025"]);
    assert_eq!(scope["agreement"], "parnassys-2025");
    assert_eq!(scope["scope"], shown["scope"]);
    let scope = wrote(
        &env,
        &[
            "scope",
            "add",
            "parnassys-2025",
            "progress",
            "--purpose",
            "toetsen",
        ],
    );
    let shown = env.json(&["agreement", "show", "parnassys-2025"]);
    assert_eq!(scope["scope"], shown["scope"]);
    assert_eq!(scope["scope"].as_array().unwrap().len(), 3);
    let scope = wrote(&env, &["scope", "remove", "parnassys-2025", "group"]);
    assert_eq!(
        scope["scope"],
        env.json(&["agreement", "show", "parnassys-2025"])["scope"]
    );

    let sub = wrote(
        &env,
        &[
            "agreement",
            "subprocessor",
            "add",
            "parnassys-2025",
            "Azure",
            "--country",
            "NL",
        ],
    );
    let subs = env.json(&["agreement", "subprocessor", "list", "parnassys-2025"]);
    assert_eq!(subs, Value::Array(vec![sub]));

    let ended = wrote(
        &env,
        &["agreement", "end", "parnassys-2025", "--on", "2026-06-30"],
    );
    assert_eq!(ended["terminated_on"], "2026-06-30");
    assert_eq!(ended, env.json(&["agreement", "show", "parnassys-2025"]));
    let retired = wrote(
        &env,
        &["supplier", "retire", "parnassys", "--on", "2026-07-01"],
    );
    assert_eq!(retired["retired_on"], "2026-07-01");
    assert_eq!(retired, env.json(&["supplier", "show", "parnassys"]));
}

#[test]
fn parties_purposes_pupils_consent_and_acceptances_print_what_show_or_list_gives() {
    let env = env();
    let party = wrote(
        &env,
        &[
            "party",
            "add",
            "GGD Hollands Midden",
            "--kind",
            "care",
            "--basis",
            "legal-obligation",
            "--law",
            "Wet publieke gezondheid",
        ],
    );
    let id = party["id"].as_str().unwrap().to_string();
    assert_eq!(party, env.json(&["party", "show", &id]));
    let edited = wrote(&env, &["party", "edit", &id, "--notes", "jaarlijks"]);
    assert_eq!(edited, env.json(&["party", "show", &id]));

    let purpose = |env: &TestEnv, id: &str| {
        env.json(&["consent", "purposes", "--all"])
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .cloned()
            .unwrap()
    };
    let added = wrote(&env, &["consent", "purpose", "add", "Schoolreis foto's"]);
    let pid = added["id"].as_str().unwrap().to_string();
    assert_eq!(added, purpose(&env, &pid));
    let edited = wrote(
        &env,
        &[
            "consent",
            "purpose",
            "edit",
            &pid,
            "--name",
            "Foto's op reis",
        ],
    );
    assert_eq!(edited, purpose(&env, &pid));

    let set = wrote(
        &env,
        &[
            "consent",
            "set",
            "1001",
            &pid,
            "granted",
            "--on",
            "2026-11-01",
        ],
    );
    let shown = env.json(&["consent", "show", "1001"]);
    let history = shown["history"].as_array().unwrap();
    assert_eq!(set["event"], history[history.len() - 1]);
    let current = shown["current"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == pid.as_str())
        .unwrap();
    assert_eq!(&set["decision"], current);
    assert_eq!(set["decision"]["state"], "granted");

    let retired = wrote(&env, &["consent", "purpose", "retire", &pid]);
    assert_eq!(retired, purpose(&env, &pid));
    assert!(retired["retired_on"].is_string(), "{retired}");

    let left = wrote(&env, &["pupil", "leave", "1002", "--on", "2026-10-01"]);
    assert_eq!(left["left_on"], "2026-10-01");
    assert_eq!(left, env.json(&["pupil", "show", "1002"]));
    let back = wrote(&env, &["pupil", "leave", "1002", "--undo"]);
    assert_eq!(back, env.json(&["pupil", "show", "1002"]));

    let accepted = wrote(
        &env,
        &[
            "audit",
            "accept",
            "convenant-none",
            "supplier:gynzy-bv",
            "--reason",
            "besloten",
            "--until",
            "2027-01-31",
        ],
    );
    assert_eq!(
        env.json(&["audit", "accepted"]),
        Value::Array(vec![accepted.clone()])
    );
    let revoked = wrote(
        &env,
        &[
            "audit",
            "accept",
            "--revoke",
            "convenant-none",
            "supplier:gynzy-bv",
        ],
    );
    assert_eq!(revoked, accepted);
    assert_eq!(env.json(&["audit", "accepted"]), Value::Array(vec![]));
}

#[test]
fn breaches_requests_and_activities_print_what_show_gives() {
    let env = env();
    let now = "2026-11-28 10:00";
    let run = |args: &[&str]| -> Value {
        let out = env
            .cmd()
            .env("VREG_NOW", now)
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let breach = run(&[
        "breach",
        "add",
        "Laptop kwijt",
        "--discovered",
        "2026-11-27 09:00",
    ]);
    let id = breach["id"].as_str().unwrap().to_string();
    assert_eq!(breach, run(&["breach", "show", &id]));
    let edited = run(&["breach", "edit", &id, "--description", "in de trein"]);
    assert_eq!(edited["description"], "in de trein");
    assert_eq!(edited, run(&["breach", "show", &id]));

    let request = wrote(
        &env,
        &[
            "request",
            "add",
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-02",
        ],
    );
    let rid = request["id"].as_str().unwrap().to_string();
    assert_eq!(request, env.json(&["request", "show", &rid]));
    let closed = wrote(
        &env,
        &[
            "request",
            "close",
            &rid,
            "--on",
            "2026-11-20",
            "--outcome",
            "granted",
        ],
    );
    assert_eq!(closed, env.json(&["request", "show", &rid]));

    let activity = wrote(
        &env,
        &[
            "processing",
            "add",
            "Toetsen",
            "--purpose",
            "toetsen",
            "--basis",
            "public-task",
            "--subjects",
            "pupils",
            "--category",
            "progress",
        ],
    );
    let aid = activity["id"].as_str().unwrap().to_string();
    assert_eq!(activity, env.json(&["processing", "show", &aid]));
    let edited = wrote(&env, &["processing", "edit", &aid, "--retention", "5 jaar"]);
    assert_eq!(edited, env.json(&["processing", "show", &aid]));
}

#[test]
fn imports_print_their_report_as_one_document() {
    let env = TestEnv::new();
    let file = env.path("register.toml");
    write(
        &file,
        "[organisation]\nname = \"Stichting Test\"\n\n[[supplier]]\nid = \"gynzy-bv\"\nname = \"Gynzy B.V.\"\n",
    );
    let report = wrote(&env, &["import", file.to_str().unwrap()]);
    assert!(report.is_object(), "{report}");
    let again = wrote(&env, &["import", file.to_str().unwrap()]);
    assert!(again.is_object(), "{again}");

    let pupils = env.path("leerlingen.csv");
    write(&pupils, "leerlingnummer;naam;groep\n1001;Anna;5B\n");
    let report = wrote(&env, &["pupil", "import", pupils.to_str().unwrap()]);
    assert_eq!(report["pupils_added"], 1, "{report}");
}

#[test]
fn table_mode_of_add_is_the_bare_id_and_csv_is_the_row_of_show() {
    let env = TestEnv::new();
    assert_eq!(env.ok(&["supplier", "add", "Gynzy B.V."]), "gynzy-bv\n");
    assert_eq!(
        env.ok(&["agreement", "add", "gynzy-bv", "--signed-on", "2024-03-01"]),
        "gynzy-bv-2024\n"
    );
    // Other verbs keep stdout empty in table mode; their notes are on stderr.
    assert_eq!(
        env.ok(&["supplier", "edit", "gynzy-bv", "--notes", "x"]),
        ""
    );
    assert_eq!(env.ok(&["scope", "set", "gynzy-bv-2024", "name"]), "");

    // The row is the object's row in its list (`show` has more than one row holds).
    let row = env.ok(&["supplier", "add", "Parnassys", "--format", "csv"]);
    assert_eq!(row.lines().count(), 2, "{row}");
    let list = env.ok(&["supplier", "list", "--format", "csv"]);
    assert!(list.starts_with(row.lines().next().unwrap()), "{list}");
    assert!(list.contains(row.lines().nth(1).unwrap()), "{list}");
    let row = env.ok(&[
        "agreement",
        "end",
        "gynzy-bv-2024",
        "--on",
        "2026-01-01",
        "--format",
        "csv",
    ]);
    let list = env.ok(&["agreement", "list", "--format", "csv"]);
    assert!(list.starts_with(row.lines().next().unwrap()), "{list}");
    assert!(list.contains(row.lines().nth(1).unwrap()), "{list}");
}

#[test]
fn a_format_that_cannot_hold_what_was_written_is_refused_and_nothing_is_written() {
    let env = env();
    env.ok(&["scope", "set", "gynzy-bv-2024", "name"]);
    let err = env.refused(&["scope", "add", "gynzy-bv-2024", "group", "--format", "csv"]);
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("--format json"), "{err}");
    let err = env.refused(&[
        "consent",
        "set",
        "1001",
        "photo-internal",
        "granted",
        "--format",
        "csv",
    ]);
    assert!(err.contains("--format json"), "{err}");
    let file = env.path("register.toml");
    write(&file, env.ok(&["export", "toml"]));
    let err = env.refused(&["import", file.to_str().unwrap(), "--format", "csv"]);
    assert!(err.contains("--format json"), "{err}");
    let pupils = env.path("nieuw.csv");
    write(&pupils, "leerlingnummer;naam;groep\n1003;Cas;3A\n");
    let err = env.refused(&[
        "pupil",
        "import",
        pupils.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert!(err.contains("--format json"), "{err}");
    assert!(
        env.json(&["pupil", "list", "--all"])
            .as_array()
            .unwrap()
            .len()
            == 2
    );
}

#[test]
fn export_toml_has_one_format_says_so_and_refuses_another() {
    let env = env();
    let help = env.ok(&["export", "toml", "--help"]);
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains("TOML only"), "{help}");
    for format in ["json", "csv"] {
        let err = env.fails(&["export", "toml", "--format", format]);
        assert!(err.contains("vreg export json"), "{err}");
    }
    // With --format json the refusal is the JSON error object.
    let e = env.json_error(&["export", "toml"]);
    assert_eq!(e["error"]["kind"], "invalid");
    assert!(env.ok(&["export", "toml"]).contains("[[supplier]]"));
}

#[test]
fn removals_purges_erasures_and_init_print_what_they_did() {
    let fresh = TestEnv::empty();
    let init = wrote(&fresh, &["init"]);
    assert_eq!(init["example"], false);
    assert_eq!(init["register"], fresh.db.display().to_string());
    assert!(init["schema_version"].as_i64().unwrap() > 0);

    let env = env();
    env.ok(&["supplier", "add", "Oud BV"]);
    let removed = wrote(&env, &["supplier", "remove", "oud-bv", "--yes"]);
    assert_eq!(removed["supplier"]["id"], "oud-bv");
    assert_eq!(removed["agreements"], serde_json::json!([]));

    env.ok(&[
        "party", "add", "Oud", "--kind", "other", "--basis", "contract",
    ]);
    let removed = wrote(&env, &["party", "remove", "oud", "--yes"]);
    assert_eq!(removed["party"]["id"], "oud");
    assert_eq!(removed["consent_decisions_removed"], 0);

    env.ok(&["pupil", "leave", "1002", "--on", "2024-06-30"]);
    let purged = wrote(
        &env,
        &["pupil", "purge", "--left-before", "2024-08-01", "--yes"],
    );
    assert_eq!(purged["removed"], 1);
    assert_eq!(purged["left_before"], "2024-08-01");

    env.ok(&[
        "request",
        "add",
        "erasure",
        "--pupil",
        "1001",
        "--by",
        "parent",
        "--received",
        "2026-11-20",
    ]);
    let request = env.ok(&["request", "list", "--format", "csv"]);
    let request = request.lines().nth(1).unwrap().split(',').next().unwrap();
    let erased = wrote(
        &env,
        &["pupil", "erase", "1001", "--request", request, "--yes"],
    );
    assert_eq!(erased["request"], request);
    assert_eq!(erased["pupils_removed"], 1);
    assert!(!erased.to_string().contains("Anna"), "{erased}");

    // One CSV row cannot say what a removal did: refused, and nothing is removed.
    env.ok(&["supplier", "add", "Weg BV"]);
    let err = env.refused(&["supplier", "remove", "weg-bv", "--yes", "--format", "csv"]);
    assert!(err.contains("use --format json"), "{err}");
    env.ok(&["supplier", "show", "weg-bv"]);
}

#[test]
fn a_list_cell_keeps_an_item_that_holds_the_separator() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Lijst BV"]);
    env.ok(&[
        "agreement",
        "add",
        "lijst-bv",
        "--signed-on",
        "2025-01-01",
        "--product",
        "A; B",
        "--product",
        "C\\D",
        "--product",
        "E",
    ]);
    let csv = env.ok(&["agreement", "list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let products = headers.iter().position(|h| h == "products").unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[products], "A\\; B; C\\\\D; E");
    let json = env.json(&["agreement", "list"]);
    assert_eq!(
        json[0]["products"],
        serde_json::json!(["A; B", "C\\D", "E"])
    );
}

#[test]
fn consent_show_refuses_csv_rather_than_drop_the_history() {
    let env = env();
    env.ok(&["consent", "set", "1001", "photo-internal", "granted"]);
    let err = env.refused(&["consent", "show", "1001", "--format", "csv"]);
    assert!(err.contains("current, history; use --format json"), "{err}");
}
