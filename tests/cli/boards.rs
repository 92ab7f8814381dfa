//! Many boards, one officer: imports that patch, guards between boards, portfolio runs and
//! merges of registers.

use crate::common::{TestEnv, write};

/// A board's register: its organisation, a shared supplier with a board-specific note and an
/// agreement with one sub-processor, and a supplier of its own.
fn board(name: &str, kvk: &str, own_supplier: &str) -> String {
    format!(
        r#"[organisation]
name = "{name}"
kvk = "{kvk}"

[[supplier]]
id = "parnassys"
name = "ParnasSys"
kvk = "30123456"
convenant = "unknown"
notes = "Note of {name}"

[[supplier.agreement]]
id = "parnassys-vwo"
products = ["ParnasSys"]
model = "model-4.0"
signed_on = 2024-01-10
document = "dms://{kvk}/vwo"
review_on = 2027-06-01
scope = ["name", "group"]

[[supplier.agreement.subprocessor]]
name = "Host Oud"
country = "NL"

[[supplier]]
id = "{own_supplier}"
name = "{own_supplier}"
convenant = "participant"
convenant_checked_on = 2026-09-01
notes = "Only at {name}"

[[supplier.agreement]]
id = "{own_supplier}-vwo"
model = "model-4.0"
signed_on = 2024-01-10
document = "dms://{kvk}/{own_supplier}"
review_on = 2027-06-01
scope = ["name"]
"#
    )
}

/// A register made from a file.
fn register(env: &TestEnv, text: &str) {
    let file = env.path("board.toml");
    write(&file, text);
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
}

const PATCH: &str = r#"
[[supplier]]
id = "parnassys"
convenant = "participant"
convenant_version = "4.0"
convenant_checked_on = 2026-11-01

[[supplier.agreement]]
id = "parnassys-vwo"

[[supplier.agreement.subprocessor]]
name = "Host Nieuw"
country = "DE"

[[supplier]]
id = "gynzy"
name = "Gynzy B.V."
"#;

#[test]
fn a_patch_changes_what_it_names_and_keeps_the_rest() {
    let env = TestEnv::empty();
    register(&env, &board("Stichting Een", "11111111", "eigen"));
    let patch = env.path("shared.toml");
    write(&patch, PATCH);
    let out = env
        .cmd()
        .args([
            "import",
            patch.to_str().unwrap(),
            "--merge",
            "--only-existing",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("supplier parnassys: convenant: unknown -> participant"),
        "{stderr}"
    );
    assert!(
        stderr.contains("supplier parnassys: convenant_version: (none) -> 4.0"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Host Oud") && stderr.contains("Host Nieuw"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped supplier gynzy: not in the register (--only-existing)"),
        "{stderr}"
    );
    let supplier = env.json(&["supplier", "show", "parnassys"]);
    assert_eq!(supplier["convenant"], "participant");
    assert_eq!(supplier["notes"], "Note of Stichting Een");
    assert_eq!(supplier["kvk"], "30123456");
    let agreement = env.json(&["agreement", "show", "parnassys-vwo"]);
    assert_eq!(agreement["document"], "dms://11111111/vwo");
    assert_eq!(agreement["subprocessors"][0]["name"], "Host Nieuw");
    assert_eq!(agreement["subprocessors"].as_array().unwrap().len(), 1);
    assert_eq!(agreement["scope"].as_array().unwrap().len(), 2);
    let suppliers = env.json(&["supplier", "list"]);
    assert_eq!(suppliers.as_array().unwrap().len(), 2, "nothing was added");
    // The change report is in the JSON too, with old and new values.
    write(&patch, "[[supplier]]\nid = \"eigen\"\nnotes = \"Nieuw\"\n");
    let report = env.json(&["import", patch.to_str().unwrap(), "--merge"]);
    assert_eq!(report["changes"][0]["field"], "notes");
    assert_eq!(report["changes"][0]["from"], "Only at Stichting Een");
    assert_eq!(report["changes"][0]["to"], "Nieuw");
}

#[test]
fn without_merge_a_new_supplier_is_added_and_a_partial_one_refused() {
    let env = TestEnv::empty();
    register(&env, &board("Stichting Een", "11111111", "eigen"));
    let patch = env.path("shared.toml");
    write(&patch, PATCH);
    // A patch is no whole entity: without --merge the missing name is named at its line.
    let err = env.refused(&["import", patch.to_str().unwrap()]);
    assert!(
        err.contains("shared.toml:2") && err.contains("name"),
        "{err}"
    );
    // With --merge, a new entity must still be whole.
    write(
        &patch,
        "[[supplier]]\nid = \"eigen\"\nnotes = \"x\"\n\n[[supplier]]\nid = \"nieuw\"\n",
    );
    let err = env.refused(&["import", patch.to_str().unwrap(), "--merge"]);
    assert!(
        err.contains("shared.toml:5") && err.contains("name"),
        "{err}"
    );
    // A bad value laid over the register is named at its entity's line.
    write(
        &patch,
        "[[party]]\nid = \"x\"\nname = \"X\"\nkind = \"care\"\nbasis = \"consent\"\n\n[[supplier]]\nid = \"eigen\"\nkvk = \"12\"\n",
    );
    let err = env.refused(&["import", patch.to_str().unwrap(), "--merge"]);
    assert!(
        err.contains("shared.toml:7") && err.contains("kvk"),
        "{err}"
    );
    // --only-existing is a patch option.
    let out = env
        .cmd()
        .args(["import", patch.to_str().unwrap(), "--only-existing"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // With --merge and without --only-existing a whole new supplier is added.
    write(
        &patch,
        "[[supplier]]\nid = \"gynzy\"\nname = \"Gynzy B.V.\"\n",
    );
    env.ok(&["import", patch.to_str().unwrap(), "--merge"]);
    assert_eq!(
        env.json(&["supplier", "show", "gynzy"])["name"],
        "Gynzy B.V."
    );
}

#[test]
fn a_file_of_another_board_stops_without_force() {
    let env = TestEnv::empty();
    register(&env, &board("Stichting Een", "11111111", "eigen"));
    let other = env.path("other.toml");
    write(&other, board("Stichting Twee", "22222222", "ander"));
    let err = env.refused(&["import", other.to_str().unwrap()]);
    assert!(
        err.contains("KvK 22222222 (Stichting Twee)")
            && err.contains("KvK 11111111 (Stichting Een)")
            && err.contains("--force"),
        "{err}"
    );
    let out = env
        .cmd()
        .args(["import", other.to_str().unwrap(), "--force"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: "));
    // The same board's file passes without a word about it.
    let same = env.path("same.toml");
    write(
        &same,
        "[organisation]\nname = \"Stichting Een\"\nkvk = \"22222222\"\n",
    );
    env.ok(&["import", same.to_str().unwrap()]);
}

#[test]
fn import_makes_a_register_only_when_asked() {
    let env = TestEnv::empty();
    let file = env.path("board.toml");
    write(&file, board("Stichting Een", "11111111", "eigen"));
    let err = env.fails(&["import", file.to_str().unwrap()]);
    assert!(
        err.contains(&env.db.display().to_string())
            && err.contains("--create")
            && err.contains("vreg init"),
        "{err}"
    );
    assert!(!env.db.exists());
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
    assert!(env.db.exists());
}

/// Three boards' registers in one directory: `a`, `b`, `c`; `c` has a processor without an
/// agreement (an error).
fn three_boards() -> TestEnv {
    let env = TestEnv::empty();
    for (file, name, kvk, own) in [
        ("a", "Stichting Een", "11111111", "eigen-a"),
        ("b", "Stichting Twee", "22222222", "eigen-b"),
        ("c", "Stichting Drie", "33333333", "eigen-c"),
    ] {
        let toml = env.path(&format!("{file}.toml"));
        let mut text = board(name, kvk, own);
        if file == "c" {
            text.push_str("\n[[supplier]]\nid = \"los\"\nname = \"Los B.V.\"\n");
        }
        write(&toml, text);
        let db = env.path(&format!("{file}.sqlite"));
        env.ok(&[
            "--db",
            db.to_str().unwrap(),
            "import",
            toml.to_str().unwrap(),
            "--create",
        ]);
    }
    env
}

/// `--db a.sqlite --db b.sqlite --db c.sqlite` and then `args`.
fn over_all(env: &TestEnv, args: &[&str]) -> (Option<i32>, String, String) {
    let mut all: Vec<String> = Vec::new();
    for file in ["a", "b", "c"] {
        all.push("--db".into());
        all.push(format!("{file}.sqlite"));
    }
    all.extend(args.iter().map(|a| a.to_string()));
    let out = env.cmd().args(&all).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_portfolio_audit_has_a_row_per_register_and_the_worst_exit_code() {
    let env = three_boards();
    let (code, csv, stderr) = over_all(&env, &["audit", "--format", "csv"]);
    assert_eq!(code, Some(1), "{stderr}");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "register,organisation,error,warning,info,accepted,exit_code"
    );
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(lines[1].starts_with("a.sqlite,Stichting Een,0,"), "{csv}");
    assert!(lines[2].starts_with("b.sqlite,Stichting Twee,0,"), "{csv}");
    assert!(lines[3].starts_with("c.sqlite,Stichting Drie,1,"), "{csv}");
    assert!(
        lines[3].ends_with(",1") && lines[1].ends_with(",0"),
        "{csv}"
    );
    // A quoted pattern stands for the registers it matches, in name order.
    let out = env
        .cmd()
        .args(["--db", "*.sqlite", "audit", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), csv);
    assert_eq!(out.status.code(), Some(1));
    // A register named twice, or by a pattern and by name, is read once.
    let out = env
        .cmd()
        .args([
            "--db",
            "*.sqlite",
            "--db",
            "a.sqlite",
            "--db",
            "./b.sqlite",
            "audit",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), csv);
    let err = env.refused(&["--db", "nothing-*.sqlite", "audit"]);
    assert!(err.contains("no register matches"), "{err}");
    // One register named twice, or a pattern that finds one, keeps the shape of a run over
    // several: a script's CSV does not change its columns with the number of files found.
    std::fs::create_dir(env.path("linked")).unwrap();
    std::fs::hard_link(env.path("a.sqlite"), env.path("linked/a.sqlite")).unwrap();
    for args in [
        &[
            "--db",
            "a.sqlite",
            "--db",
            "./a.sqlite",
            "audit",
            "--format",
            "csv",
        ][..],
        &["--db", "a*.sqlite", "audit", "--format", "csv"],
        &[
            "--db",
            "a.sqlite",
            "--db",
            "linked/a.sqlite",
            "audit",
            "--format",
            "csv",
        ],
    ] {
        let out = env.cmd().args(args).output().unwrap();
        let csv = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            csv.lines().next(),
            Some("register,organisation,error,warning,info,accepted,exit_code"),
            "{args:?}: {csv}"
        );
        assert_eq!(csv.lines().count(), 2, "{csv}");
    }

    // Accepted findings hold per register: accepting c's error there makes the run pass.
    let c = env.path("c.sqlite");
    env.ok(&[
        "--db",
        c.to_str().unwrap(),
        "audit",
        "accept",
        "agreement-missing",
        "supplier:los",
        "--reason",
        "Contract wordt getekend",
        "--until",
        "2027-01-31",
    ]);
    let (code, json, stderr) = over_all(&env, &["audit", "--format", "json"]);
    assert_eq!(code, Some(0), "{stderr}");
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = doc["registers"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2]["organisation"], "Stichting Drie");
    assert_eq!(rows[2]["accepted"], 1);
    assert_eq!(rows[2]["error"], 0);
    assert_eq!(rows[0]["accepted"], 0);
    assert_eq!(rows[2]["result"]["summary"]["accepted"], 1);

    // The table: a section per register under its organisation's name, then the summary.
    let (code, table, _) = over_all(&env, &["audit", "--fail-on", "warning"]);
    assert_eq!(
        code,
        Some(1),
        "the convenant warnings fail at --fail-on warning"
    );
    for heading in [
        "== Stichting Een (a.sqlite) ==",
        "== Stichting Twee (b.sqlite) ==",
        "== Stichting Drie (c.sqlite) ==",
        "== summary ==",
    ] {
        assert!(table.contains(heading), "{table}");
    }
}

#[test]
fn deadlines_reports_and_gmr_run_over_several_registers() {
    let env = three_boards();
    let (code, csv, stderr) = over_all(&env, &["deadlines", "--format", "csv"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        csv.lines().next(),
        Some("register,organisation,overdue,due,upcoming,exit_code")
    );
    assert_eq!(csv.lines().count(), 4);
    let (code, json, _) = over_all(&env, &["report", "year", "2026", "--format", "json"]);
    assert_eq!(code, Some(0));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["registers"][1]["result"]["board"], "Stichting Twee");
    assert_eq!(doc["registers"][1]["agreements_in_force"], 2);
    // `--out -` is stdout, which several registers can share.
    let (code, same, _) = over_all(
        &env,
        &["report", "year", "2026", "--format", "json", "--out", "-"],
    );
    assert_eq!((code, same), (Some(0), json.clone()));
    let (code, _, stderr) = over_all(&env, &["export", "gmr", "--out-dir", "gmr"]);
    assert_eq!(code, Some(0), "{stderr}");
    for file in ["a", "b", "c"] {
        let overview =
            std::fs::read_to_string(env.path(&format!("gmr/{file}/verwerkersregister.csv")))
                .unwrap();
        assert!(overview.contains(&format!("eigen-{file}")), "{overview}");
    }
    // What cannot run over several registers says so and changes nothing.
    let (code, _, stderr) = over_all(&env, &["export", "gmr"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("--out-dir"), "{stderr}");
    let (code, _, stderr) = over_all(&env, &["supplier", "list"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("--db is given 3 times"), "{stderr}");
    let (code, _, stderr) = over_all(&env, &["deadlines", "--format", "ics"]);
    assert_eq!(code, Some(2), "{stderr}");
    // A missing register stops the run before anything is printed.
    let out = env
        .cmd()
        .args(["--db", "a.sqlite", "--db", "nope.sqlite", "audit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.sqlite"));
}

/// Two schools of one name: the import put the pupils of the row's school name at the first,
/// without a word.
#[test]
fn a_school_name_two_schools_have_is_refused_with_its_line() {
    let env = TestEnv::new();
    let register = env.path("s.toml");
    write(
        &register,
        "[[school]]\nbrin = \"12AB\"\nvestiging = \"00\"\nname = \"De Regenboog\"\n\n\
         [[school]]\nbrin = \"34CD\"\nvestiging = \"00\"\nname = \"De Regenboog\"\n",
    );
    env.ok(&["import", register.to_str().unwrap()]);
    let file = env.path("p.csv");
    write(
        &file,
        "Leerlingnummer;Roepnaam;Achternaam;Groep;School;photo-internal\n\
         501;Sanne;Vries;5B;De Regenboog;ja\n",
    );
    let before = env.fingerprint();
    let err = env.refused(&["pupil", "import", file.to_str().unwrap()]);
    assert_eq!(
        err,
        "error: p.csv line 2, column 5 (School): 'De Regenboog' is the name of more than one \
         school (12AB00, 34CD00): give the BRIN with vestiging"
    );
    assert_eq!(env.fingerprint(), before);
}

/// A board with two schools that each have a group 1A: the class-photo list mixed both groups
/// and never named the school (not even with `--wide`; at 80 columns it is there); its CSV wrote `counts` as yes/no where
/// every other boolean column says true/false.
#[test]
fn the_consent_list_names_the_school_and_counts_is_true_or_false() {
    let env = TestEnv::new();
    let register = env.path("s.toml");
    write(
        &register,
        "[[school]]\nbrin = \"12AB\"\nvestiging = \"00\"\nname = \"De Regenboog\"\n\n\
         [[school]]\nbrin = \"34CD\"\nvestiging = \"00\"\nname = \"Het Kompas\"\n",
    );
    env.ok(&["import", register.to_str().unwrap()]);
    let file = env.path("p.csv");
    write(
        &file,
        "leerlingnummer;naam;groep;school;photo-internal\n\
         501;Sanne Vries;1A;12AB00;nee\n601;Bram Dijk;1A;34CD00;nee\n",
    );
    env.ok(&["pupil", "import", file.to_str().unwrap()]);
    let table = env
        .cmd()
        .env("COLUMNS", "80")
        .args([
            "consent",
            "list",
            "--purpose",
            "photo-internal",
            "--group",
            "1A",
        ])
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(
        table.contains("12AB00") && table.contains("34CD00"),
        "{table}"
    );
    let csv = env.ok(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--format",
        "csv",
    ]);
    assert!(
        csv.contains("501,Sanne Vries,1A,12AB00,photo-internal,refused,false,"),
        "{csv}"
    );
}

/// A breach is one board's record, numbered per board: a shared file without `[organisation]`
/// that carries another board's breach 2026-001 would rewrite this board's 2026-001. It is
/// refused, and this board's breach stays as it was; the board's own file still imports.
#[test]
fn a_shared_file_with_breaches_cannot_rewrite_a_boards_breach() {
    let env = TestEnv::empty();
    register(&env, &board("Stichting Een", "11111111", "eigen"));
    env.ok(&[
        "breach",
        "add",
        "Phishing een",
        "--discovered",
        "2026-11-23 10:00",
        "--subjects",
        "30",
    ]);
    let other = TestEnv::empty();
    register(&other, &board("Stichting Twee", "22222222", "eigen"));
    other.ok(&[
        "breach",
        "add",
        "Laptop twee",
        "--discovered",
        "2026-11-24 10:00",
        "--subjects",
        "4",
    ]);
    let theirs = other.ok(&["export", "toml"]);
    let start = theirs.find("[organisation]").unwrap();
    let end = start + theirs[start..].find("\n\n").unwrap();
    let shared = format!("{}{}", &theirs[..start], &theirs[end..]);
    let file = env.path("shared.toml");
    write(&file, &shared);
    for extra in [&["--merge", "--only-existing"][..], &["--merge"], &[]] {
        let mut args = vec!["import", file.to_str().unwrap()];
        args.extend(extra);
        let err = env.refused(&args);
        assert!(
            err.contains("carries breaches but does not say it is this board's file"),
            "{err}"
        );
    }
    // An empty [organisation], or one without this board's KvK, says nothing either.
    for org in [
        "[organisation]\n",
        "[organisation]\nname = \"Stichting Een\"\n",
    ] {
        write(&file, format!("{org}{shared}"));
        let err = env.refused(&[
            "import",
            file.to_str().unwrap(),
            "--merge",
            "--only-existing",
        ]);
        assert!(
            err.contains("does not say it is this board's file"),
            "{err}"
        );
    }
    // A board's own patch of its breach, with its KvK, is taken.
    write(
        &file,
        "[organisation]\nkvk = \"11111111\"\n\n[[breach]]\nid = \"2026-001\"\nsubjects = 31\n",
    );
    env.ok(&[
        "import",
        file.to_str().unwrap(),
        "--merge",
        "--only-existing",
    ]);
    assert_eq!(env.json(&["breach", "show", "2026-001"])["subjects"], 31);
    assert_eq!(
        env.json(&["breach", "show", "2026-001"])["title"],
        "Phishing een"
    );
    // The board's own file, with its organisation, imports as before.
    let own = env.ok(&["export", "toml"]);
    write(&file, &own);
    env.ok(&["import", file.to_str().unwrap(), "--merge"]);
}
