use serde_json::json;

use crate::common::{TestEnv, write};

const EXPORT: &str = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;BRIN;Geboortedatum;\
Beeldmateriaal in nieuwsbrief, schoolgids en ouderapp;photo-website;Adres\n\
1001;Sanne;de;Vries;5B;12AB00;01-03-2016;ja;nee;Dorpsstraat 1\n\
1002;Mo;;Amrani;5B;12AB00;12-11-2015;;ja;\n\
1003;Lotte;van;Dijk;6A;12AB01;2014-08-31;Nee;;\n";

/// Writes `contents` as a CSV file in the environment and imports it with `extra` flags.
fn import(env: &TestEnv, contents: impl AsRef<[u8]>, extra: &[&str]) -> serde_json::Value {
    let file = env.path("export.csv");
    write(&file, contents);
    let mut args = vec!["pupil", "import", file.to_str().unwrap()];
    args.extend(extra);
    env.json(&args)
}

fn history_len(env: &TestEnv, pupil: &str) -> usize {
    env.json(&["consent", "show", pupil])["history"]
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn an_export_brings_pupils_and_their_decisions() {
    let env = TestEnv::new();
    let report = import(&env, EXPORT, &["--on", "2026-09-01"]);
    assert_eq!(
        (
            &report["pupils_added"],
            &report["pupils_changed"],
            &report["pupils_unchanged"]
        ),
        (&json!(3), &json!(0), &json!(0))
    );
    assert_eq!(report["decisions_recorded"], 4);
    assert_eq!(report["decisions_kept"], 0);
    assert_eq!(report["ignored_columns"], json!(["Adres"]));
    assert_eq!(
        report["cells"][0],
        json!({"pupil": "1001", "purpose": "photo-internal", "line": 2, "answer": "granted",
               "action": "recorded", "state": "granted", "reason": "granted on 2026-09-01 by parent (digital)"})
    );
    assert_eq!(
        env.json(&["pupil", "show", "1001"]),
        json!({
            "leerlingnummer": "1001", "name": "Sanne de Vries", "group": "5B", "school": "12AB00",
            "birth_date": "2016-03-01", "left_on": null
        })
    );
    let shown = env.json(&["consent", "show", "1001"]);
    assert_eq!(
        shown["history"][0],
        json!({
            "purpose": "photo-internal", "decision": "granted", "date": "2026-09-01", "given_by": "parent",
            "decider": null, "form": "digital", "evidence": "export.csv line 2", "source": "export.csv",
            "recorded_at": shown["history"][0]["recorded_at"],
            "actor": "tester"
        })
    );
    let current: Vec<_> = shown["current"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{}={}",
                c["purpose"].as_str().unwrap(),
                c["state"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        current,
        [
            "contact-sharing=unknown",
            "photo-internal=granted",
            "photo-social-media=unknown",
            "photo-website=refused",
            "social-media-use=unknown"
        ]
    );
}

#[test]
fn importing_the_same_export_twice_records_nothing_new() {
    let env = TestEnv::new();
    import(&env, EXPORT, &[]);
    let before = env.fingerprint();
    let report = import(&env, EXPORT, &[]);
    assert_eq!(report["decisions_recorded"], 0);
    assert_eq!(report["pupils_unchanged"], 3);
    // Nothing changed, so nothing is written, not even a log entry.
    assert_eq!(history_len(&env, "1001"), 2);
    assert_eq!(before, env.fingerprint());
    let log = env.json(&["log", "--entity", "import:export.csv"]);
    assert_eq!(log.as_array().unwrap().len(), 1);
    assert_eq!(log[0]["detail"]["decisions_recorded"], 4);
    assert!(
        !log[0].to_string().contains("Sanne"),
        "the log names no pupils"
    );
}

#[test]
fn a_changed_answer_becomes_a_new_event_and_no_after_yes_is_a_withdrawal() {
    let env = TestEnv::new();
    import(&env, EXPORT, &["--on", "2026-09-01"]);
    let changed = EXPORT
        .replace("01-03-2016;ja;nee", "01-03-2016;nee;ja")
        .replace("Groep", "Klas");
    let report = import(&env, &changed, &["--on", "2026-10-01"]);
    assert_eq!(report["decisions_recorded"], 2);
    let history = env.json(&["consent", "show", "1001"])["history"].clone();
    assert_eq!(history[2]["purpose"], "photo-internal");
    assert_eq!(history[2]["decision"], "withdrawn");
    assert_eq!(history[3]["decision"], "granted");
}

#[test]
fn every_encoding_and_delimiter_is_read() {
    let utf8 = "leerlingnummer,naam,groep,photo-internal\n7,Zoë Çelik,3A,ja\n";
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("utf-8", utf8.as_bytes().to_vec()),
        ("utf-8 with BOM", [b"\xEF\xBB\xBF".as_slice(), utf8.as_bytes()].concat()),
        ("semicolons", utf8.replace(',', ";").into_bytes()),
        ("windows-1252", b"Leerlingnummer;Naam;Groep;photo-internal\r\n7;Zo\xEB \xC7elik;3A;ja\r\n".to_vec()),
        ("quoted", b"\"Leerlingnummer\";\"Naam\";\"Groep\";\"photo-internal\"\n\"7\";\"Zo\xC3\xAB \xC3\x87elik\";\"3A\";\"ja\"\n".to_vec()),
    ];
    for (what, bytes) in cases {
        let env = TestEnv::new();
        let report = import(&env, &bytes, &[]);
        assert_eq!(report["pupils_added"], 1, "{what}");
        assert_eq!(
            env.json(&["pupil", "show", "7"])["name"],
            "Zoë Çelik",
            "{what}"
        );
        assert_eq!(
            env.json(&["consent", "show", "7"])["current"][1]["state"],
            "granted",
            "{what}"
        );
    }
}

#[test]
fn a_delimiter_inside_quotes_is_data() {
    let env = TestEnv::new();
    import(
        &env,
        "leerlingnummer;naam;groep\n8;\"Jansen; Piet\";4\n",
        &[],
    );
    assert_eq!(env.json(&["pupil", "show", "8"])["name"], "Jansen; Piet");
}

#[test]
fn columns_can_be_mapped() {
    let env = TestEnv::new();
    let report = import(
        &env,
        "Nr,Leerling,Jaargroep,Foto's website,Contact\n9,Ayla,7,ja,nee\n",
        &[
            "--map",
            "Nr=leerlingnummer",
            "--map",
            "Leerling=name",
            "--map",
            "Jaargroep=group",
            "--map",
            "Foto's website=photo-website",
            "--map",
            "Contact=contact-sharing",
            "--form",
            "written",
        ],
    );
    assert_eq!(report["decisions_recorded"], 2);
    assert_eq!(env.json(&["pupil", "show", "9"])["group"], "7");
    let current = env.json(&["consent", "show", "9"])["current"].clone();
    assert_eq!(
        current[0],
        json!({"purpose": "contact-sharing", "state": "refused", "counts": false, "date": "2026-11-28",
               "form": "written", "given_by": "parent", "decider": null,
               "reason": "contact-sharing refused on 2026-11-28 by parent (written)",
               "deciders": [{"given_by": "parent", "decider": null, "decision": "refused",
                             "date": "2026-11-28", "form": "written"}]})
    );
    assert_eq!(current[3]["state"], "granted");
    let out = env
        .cmd()
        .args(["consent", "check", "9", "photo-website"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_bad_file_names_line_and_column_and_writes_nothing() {
    let env = TestEnv::new();
    import(&env, EXPORT, &[]);
    let file = env.path("bad.csv");
    let cases: &[(&str, &str)] = &[
        (
            "leerlingnummer;naam;photo-internal\n1;A;ja\n2;B;misschien\n",
            "bad.csv line 3, column 3 (photo-internal): 'misschien' is not a consent answer",
        ),
        (
            "leerlingnummer;naam\n1;A\n12x;B\n",
            "bad.csv line 3, column 1 (leerlingnummer): leerlingnummer '12x' is not a number",
        ),
        (
            "leerlingnummer;naam\n1;A\n1;B\n",
            "bad.csv line 3, column 1 (leerlingnummer): leerlingnummer 1 appears twice in the file",
        ),
        (
            "leerlingnummer;naam;brin\n1;A;12AB0\n",
            "bad.csv line 2, column 3 (brin): '12AB0' is not a BRIN",
        ),
        (
            "leerlingnummer;naam;geboortedatum\n1;A;31-02-2015\n",
            "bad.csv line 2, column 3 (geboortedatum): '31-02-2015' is not a date",
        ),
        (
            "leerlingnummer;naam\n1;\n",
            "bad.csv line 2, column 2 (naam): pupil 1 has no name",
        ),
        (
            "leerlingnummer;naam\n1;A;extra\n",
            "bad.csv line 2: 3 fields where the header has 2",
        ),
        (
            "naam;groep\nA;1\n",
            "bad.csv: no leerlingnummer column among 'naam', 'groep'",
        ),
        (
            "leerlingnummer;groep\n1;1\n",
            "bad.csv line 2: pupil 1 is not in the register, and the file has no name column",
        ),
        ("", "bad.csv: the file is empty"),
        (
            "leerlingnummer;naam\n1;\"A\n2;B\n",
            "bad.csv line 2, column 2 (naam): a quote is left open or a value holds a line break",
        ),
    ];
    for (contents, expected) in cases {
        write(&file, contents);
        let err = env.refused(&["pupil", "import", file.to_str().unwrap()]);
        assert!(err.contains(expected), "{contents:?}: {err}");
    }
    let err = env.refused(&[
        "pupil",
        "import",
        file.to_str().unwrap(),
        "--map",
        "Foo=name",
    ]);
    assert!(err.contains("the file has no column 'Foo'"), "{err}");
    assert!(
        env.refused(&["pupil", "import", "missing.csv"])
            .contains("cannot read missing.csv")
    );
    assert!(
        env.refused(&["pupil", "import", env.dir.path().to_str().unwrap()])
            .contains("cannot read")
    );
}

#[test]
fn a_dry_run_writes_nothing() {
    let env = TestEnv::new();
    let before = env.fingerprint();
    let report = import(&env, EXPORT, &["--dry-run"]);
    assert_eq!(report["pupils_added"], 3);
    assert_eq!(env.fingerprint(), before);
    env.fails(&["pupil", "show", "1001"]);
}

#[test]
fn list_filters_by_group_and_school_and_leaving() {
    let env = TestEnv::new();
    import(&env, EXPORT, &[]);
    let numbers = |args: &[&str]| -> Vec<String> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["leerlingnummer"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        numbers(&["pupil", "list", "--group", "5B"]),
        ["1001", "1002"]
    );
    assert_eq!(
        numbers(&["leerling", "list", "--school", "12ab"]),
        ["1001", "1002", "1003"]
    );
    assert_eq!(numbers(&["pupil", "list", "--school", "12AB01"]), ["1003"]);
    env.ok(&["pupil", "leave", "1002", "--on", "2026-11-01"]);
    assert_eq!(numbers(&["pupil", "list", "--group", "5B"]), ["1001"]);
    assert_eq!(
        numbers(&["pupil", "list", "--group", "5B", "--all"]),
        ["1001", "1002"]
    );
    assert!(
        env.refused(&["pupil", "list", "--school", "x"])
            .contains("--school")
    );
    let csv = env.ok(&["pupil", "list", "--format", "csv"]);
    assert!(csv.starts_with("leerlingnummer,name,group,school,birth_date,left_on\r\n"));
}

#[test]
fn purge_removes_those_who_left_with_their_history_and_logs_only_a_count() {
    let env = TestEnv::new();
    import(&env, EXPORT, &[]);
    env.ok(&["pupil", "leave", "1001", "--on", "2024-07-10"]);
    env.ok(&["pupil", "leave", "1002", "--on", "2024-07-11"]);
    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-internal",
        "withdrawn",
        "--on",
        "2024-07-01",
    ]);
    assert_eq!(
        env.json(&["log", "--entity", "pupil:1001"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert!(
        env.refused(&["pupil", "purge", "--left-before", "2024-07-11"])
            .contains("pass --yes")
    );
    env.ok(&["pupil", "purge", "--left-before", "2024-07-11", "--yes"]);
    env.fails(&["pupil", "show", "1001"]);
    env.ok(&["pupil", "show", "1002"]);
    // Nothing in the register names the purged pupil any more, the change log included.
    assert_eq!(env.json(&["log", "--entity", "pupil:1001"]), json!([]));
    assert!(!env.ok(&["log", "--format", "csv"]).contains("1001"));
    assert_eq!(
        env.json(&["log", "--entity", "pupil:1002"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let log = env.json(&["log", "--entity", "pupil:*"]);
    assert_eq!(
        log[0]["detail"],
        json!({"left_before": "2024-07-11", "removed": 1})
    );
    assert!(
        env.refused(&["pupil", "leave", "4040", "--on", "2024-01-01"])
            .contains("no pupil '4040'")
    );
    // An export of before they left still lists the purged pupil: it adds no pupil of that
    // school the register does not hold (another vestiging's are its own). One of a later day
    // adds its newcomers.
    let old = "leerlingnummer;naam;groep;school\n1001;Sanne de Vries;5B;12AB00\n1009;Ada Bos;5B;12AB00\n1010;Bo Kok;6A;12AB01\n";
    let report = import(&env, old, &["--on", "2024-07-01"]);
    assert_eq!(report["pupils_not_added_again"], 2, "{report}");
    assert_eq!(report["pupils_added"], 1, "{report}");
    env.fails(&["pupil", "show", "1001"]);
    env.ok(&["pupil", "show", "1010"]);
    let report = import(
        &env,
        "leerlingnummer;naam;groep;school\n1009;Ada Bos;5B;12AB00\n",
        &["--on", "2024-07-11"],
    );
    assert_eq!(report["pupils_added"], 1, "{report}");
    assert_eq!(report["pupils_not_added_again"], 0, "{report}");
}

#[test]
fn a_file_without_a_column_leaves_that_field_as_it_was() {
    let env = TestEnv::new();
    import(&env, EXPORT, &[]);
    let report = import(
        &env,
        "leerlingnummer;naam;photo-website\n1002;Mo Amrani;ja\n",
        &[],
    );
    assert_eq!(report["pupils_unchanged"], 1, "{report}");
    assert_eq!(
        env.json(&["pupil", "show", "1002"]),
        json!({
            "leerlingnummer": "1002", "name": "Mo Amrani", "group": "5B", "school": "12AB00",
            "birth_date": "2015-11-12", "left_on": null
        })
    );
    // An empty cell in a column the file has does clear the field.
    import(&env, "leerlingnummer;naam;groep\n1002;Mo Amrani;\n", &[]);
    assert_eq!(env.json(&["pupil", "show", "1002"])["group"], json!(null));
}

#[test]
fn reimporting_an_older_export_after_a_later_decision_records_nothing_new() {
    let env = TestEnv::new();
    import(&env, EXPORT, &["--on", "2026-09-01"]);
    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-internal",
        "withdrawn",
        "--on",
        "2026-10-01",
    ]);
    for _ in 0..2 {
        let report = import(&env, EXPORT, &["--on", "2026-09-01"]);
        assert_eq!(report["decisions_recorded"], 0, "{report}");
    }
    assert_eq!(history_len(&env, "1001"), 3);
    let out = env
        .cmd()
        .args(["consent", "check", "1001", "photo-internal"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "the later withdrawal still stands"
    );
}

#[test]
fn an_import_in_writing_makes_a_digital_grant_count() {
    let env = TestEnv::new();
    import(
        &env,
        "leerlingnummer;naam;photo-website\n7;Eva;ja\n",
        &["--on", "2026-09-01", "--form", "verbal"],
    );
    assert_eq!(
        env.code(&["consent", "check", "7", "photo-website"]),
        Some(1)
    );
    let report = import(
        &env,
        "leerlingnummer;naam;photo-website\n7;Eva;ja\n",
        &["--on", "2026-09-15", "--form", "written"],
    );
    assert_eq!(report["decisions_recorded"], 1);
    assert_eq!(
        env.code(&["consent", "check", "7", "photo-website"]),
        Some(0)
    );
    let again = import(
        &env,
        "leerlingnummer;naam;photo-website\n7;Eva;ja\n",
        &["--on", "2026-09-15", "--form", "written"],
    );
    assert_eq!(again["decisions_recorded"], 0);
}

#[test]
fn a_pupil_of_sixteen_decides_for_themselves_in_an_import() {
    let env = TestEnv::new();
    import(
        &env,
        "leerlingnummer;naam;geboortedatum;photo-internal\n1;Jong;2015-01-01;ja\n2;Oud;2010-09-01;ja\n3;Onbekend;;ja\n",
        &["--on", "2026-09-01"],
    );
    let by = |n: &str| env.json(&["consent", "show", n])["history"][0]["given_by"].clone();
    // An export does not say who clicked: for the pupil of 16 it is "the file".
    assert_eq!(
        (by("1"), by("2"), by("3")),
        (json!("parent"), json!("file"), json!("parent"))
    );
    // Unless the school says who did.
    import(
        &env,
        "leerlingnummer;naam;geboortedatum;photo-website\n2;Oud;2010-09-01;ja\n",
        &["--on", "2026-09-01", "--by", "pupil"],
    );
    let history = env.json(&["consent", "show", "2"])["history"].clone();
    assert_eq!(history[1]["given_by"], "pupil", "{history}");
    assert_eq!(history[1]["evidence"], "export.csv line 2", "{history}");
    // A parent cannot be named for a pupil who decides alone.
    let path = env.path("export.csv");
    std::fs::write(
        &path,
        "leerlingnummer;naam;geboortedatum;photo-website\n2;Oud;2010-09-01;nee\n",
    )
    .unwrap();
    let err = env.refused(&[
        "pupil",
        "import",
        path.to_str().unwrap(),
        "--on",
        "2026-09-01",
        "--by",
        "parent",
    ]);
    assert!(
        err.contains("export.csv line 2: pupil 2: --by parent"),
        "{err}"
    );
}

#[test]
fn groups_match_without_case_and_numbers_without_leading_zeros() {
    let env = TestEnv::new();
    import(
        &env,
        "Stamnr;Naam;Klas;photo-internal\n0012;Anna;5B;nee\n",
        &[],
    );
    env.ok(&["pupil", "show", "12"]);
    env.ok(&["pupil", "show", "0012"]);
    // A spreadsheet that dropped the zeros brings the same pupil, not a second one.
    let again = import(
        &env,
        "Stamnr;Naam;Klas;photo-internal\n12;Anna;5B;nee\n",
        &[],
    );
    assert_eq!(again["pupils_unchanged"], 1);
    let not = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--not-granted",
        "--group",
        "5b",
    ]);
    assert_eq!(not.as_array().unwrap().len(), 1);
    assert_eq!(
        env.json(&["pupil", "list", "--group", " 5b "])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_map_picks_one_of_two_columns_that_look_alike() {
    let env = TestEnv::new();
    let report = import(
        &env,
        "leerlingnummer;naam;photo-internal;Photo_Internal\n1;Anna;ja;nee\n",
        &["--map", "Photo_Internal=ignore"],
    );
    assert_eq!(report["decisions_recorded"], 1);
    assert_eq!(
        env.json(&["consent", "show", "1"])["history"][0]["decision"],
        "granted"
    );
}

#[test]
fn purge_only_those_who_have_left_and_refuse_future_birth_dates() {
    let env = TestEnv::new();
    import(&env, EXPORT, &[]);
    env.ok(&["pupil", "leave", "1001", "--on", "2027-07-15"]);
    assert!(
        env.refused(&["pupil", "purge", "--left-before", "2027-08-01", "--yes"])
            .contains("after today")
    );
    env.ok(&["pupil", "show", "1001"]);
    let file = env.path("future.csv");
    write(
        &file,
        "leerlingnummer;naam;geboortedatum\n45;Mo;2030-05-05\n",
    );
    assert!(
        env.refused(&["pupil", "import", file.to_str().unwrap()]).contains(
            "line 2, column 3 (geboortedatum): pupil 45 has a birth date in the future (2030-05-05)"
        )
    );
    // Born after the day the decisions are dated: the birth date's column is named.
    write(
        &file,
        "leerlingnummer;naam;geboortedatum;photo-internal\n46;Noor;2026-10-01;ja\n",
    );
    let err = env.refused(&[
        "pupil",
        "import",
        file.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    assert!(
        err.contains("line 2, column 3 (geboortedatum): pupil 46 was born after the decisions' date 2026-09-01"),
        "{err}"
    );
}

#[test]
fn a_header_that_fits_two_purposes_must_be_mapped() {
    let env = TestEnv::new();
    env.ok(&["consent", "purpose", "add", "Klassenfoto", "--id", "kf1"]);
    assert!(
        env.refused(&["consent", "purpose", "add", "klassenfoto", "--id", "kf2"])
            .contains("already has the name 'klassenfoto'")
    );
    // Case beyond ASCII too: the import's headers match "ÉÉN" to "één" as well.
    env.ok(&["consent", "purpose", "add", "Één dag", "--id", "dag1"]);
    assert!(
        env.refused(&["consent", "purpose", "add", "ÉÉN DAG", "--id", "dag2"])
            .contains("already has the name 'ÉÉN DAG'")
    );
    env.ok(&[
        "consent",
        "purpose",
        "add",
        "Foto van de klas",
        "--id",
        "klassenfoto",
    ]);
    let file = env.path("kf.csv");
    write(&file, "leerlingnummer;naam;Klassenfoto\n1;A;ja\n");
    let err = env.refused(&["pupil", "import", file.to_str().unwrap()]);
    assert!(
        err.contains("column 'Klassenfoto' could be purpose kf1 or klassenfoto"),
        "{err}"
    );
    let report = import(
        &env,
        "leerlingnummer;naam;Klassenfoto\n1;A;ja\n",
        &["--map", "Klassenfoto=kf1"],
    );
    assert_eq!(report["decisions_recorded"], 1);
}

/// Reading commands stream their rows: `export json` of 40,000 pupils and their decisions runs
/// within an address space of 150 MB (holding them all took about 400 MB), and so do tables of
/// as many rows.
#[test]
fn reading_commands_stream_their_rows() {
    let env = TestEnv::new();
    let csv = env.path("many.csv");
    let mut text = String::from("leerlingnummer;naam;groep;photo-internal;photo-website\n");
    for i in 1..=40_000 {
        text.push_str(&format!(
            "{i};Leerling met een naam {i};{};ja;nee\n",
            i % 8 + 1
        ));
    }
    crate::common::write(&csv, text);
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    for args in [
        "export json --with-pupils",
        "pupil list --format csv",
        "consent list --purpose photo-internal --format csv",
        "pupil list --format json",
        "consent matrix --format csv",
        "consent matrix --format json",
        // A table takes its rows 5,000 at a time.
        "pupil list",
        "consent list --purpose photo-internal",
    ] {
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "ulimit -v 150000 && exec \"$VREG_BIN\" {args} > out.txt"
            ))
            .env("VREG_BIN", env.bare_cmd().get_program())
            .envs(env.bare_cmd().get_envs().filter_map(|(k, v)| Some((k, v?))))
            .current_dir(env.dir.path())
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{args}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        let out = std::fs::read_to_string(env.path("out.txt")).unwrap();
        if args.contains("json") {
            let value: serde_json::Value = serde_json::from_str(&out).unwrap();
            // The layout of a document printed whole.
            assert_eq!(
                out,
                serde_json::to_string_pretty(&value).unwrap() + "\n",
                "{args}"
            );
        } else {
            assert!(out.lines().count() > 40_000, "{args}");
        }
    }
}

/// One column mapped to two purposes: the consent went under the last, without a word.
#[test]
fn a_column_mapped_to_two_purposes_is_refused() {
    let env = TestEnv::new();
    let file = env.path("f.csv");
    write(
        &file,
        "Leerlingnummer;Roepnaam;Achternaam;Foto\n501;Sanne;Vries;ja\n",
    );
    let before = env.fingerprint();
    let err = env.refused(&[
        "pupil",
        "import",
        file.to_str().unwrap(),
        "--map",
        "Foto=photo-website",
        "--map",
        "Foto=photo-internal",
    ]);
    assert_eq!(
        err,
        "error: --map Foto=...: the column is mapped to photo-website and to photo-internal; give one"
    );
    assert_eq!(env.fingerprint(), before);
}

/// A flag overrides a saved mapping of its column however the two spell the header: the
/// profile's `Foto` and the flag's `foto` were both kept, and the flag was ignored.
#[test]
fn a_map_flag_overrides_the_profile_s_mapping_of_its_column() {
    let env = TestEnv::new();
    let file = env.path("f.csv");
    // Saved with a file whose cell says nothing yet.
    write(
        &file,
        "Leerlingnummer;Roepnaam;Achternaam;Foto\n501;Sanne;Vries;\n",
    );
    env.ok(&[
        "pupil",
        "import",
        file.to_str().unwrap(),
        "--map",
        "Foto=photo-website",
        "--save-map",
        "school",
    ]);
    write(
        &file,
        "Leerlingnummer;Roepnaam;Achternaam;Foto\n501;Sanne;Vries;ja\n",
    );
    env.ok(&[
        "pupil",
        "import",
        file.to_str().unwrap(),
        "--profile",
        "school",
        "--map",
        "foto=photo-internal",
    ]);
    let shown = env.json(&["consent", "show", "501"]);
    let history = shown["history"].as_array().unwrap();
    assert_eq!(history.len(), 1, "{shown}");
    assert_eq!(history[0]["purpose"], "photo-internal", "{shown}");
}
