//! Answers an officer relied on and could not: each test is a case vreg once got wrong.

use crate::common::{TestEnv, write};

fn import(env: &TestEnv, contents: &str, on: &str) -> serde_json::Value {
    let file = env.path("export.csv");
    write(&file, contents);
    env.json(&["pupil", "import", file.to_str().unwrap(), "--on", on])
}

/// The year report's board-wide consent row of a purpose.
fn board_row(report: &serde_json::Value, purpose: &str) -> serde_json::Value {
    report["consent"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == purpose && c["school"].is_null())
        .unwrap()
        .clone()
}

#[test]
fn an_imported_refusal_beside_the_other_parents_grant_is_recorded_not_kept() {
    let env = TestEnv::new();
    import(
        &env,
        "leerlingnummer;naam;photo-internal\n1008;Sanne;ja\n",
        "2026-09-01",
    );
    env.ok(&[
        "consent",
        "set",
        "1008",
        "photo-internal",
        "granted",
        "--who",
        "ouder 2",
        "--on",
        "2026-09-10",
    ]);
    // The administration's parent now says no: a new decision, and the parents disagree.
    let report = import(
        &env,
        "leerlingnummer;naam;photo-internal\n1008;Sanne;nee\n",
        "2026-10-01",
    );
    assert_eq!(report["decisions_recorded"], 1, "{report}");
    assert_eq!(report["decisions_kept"], 0, "{report}");
    assert_eq!(report["cells"][0]["action"], "recorded", "{report}");
    let show = env.json(&["consent", "show", "1008"]);
    let history = show["history"].as_array().unwrap();
    assert_eq!(history.last().unwrap()["decision"], "withdrawn", "{show}");
    let current = show["current"].as_array().unwrap();
    let internal = current
        .iter()
        .find(|c| c["purpose"] == "photo-internal")
        .unwrap();
    assert_eq!(internal["state"], "disputed", "{show}");
}

#[test]
fn a_file_that_names_the_brin_alone_keeps_a_pupil_at_their_vestiging() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    import(
        &env,
        "leerlingnummer;naam;groep;school;photo-internal\n505;Lars Mulder;5B;34CD00;nee\n",
        "2026-09-01",
    );
    // The next export names the school by its BRIN alone.
    let report = import(
        &env,
        "leerlingnummer;naam;groep;school\n505;Lars Mulder;5B;34CD\n",
        "2026-10-01",
    );
    assert_eq!(report["pupils_unchanged"], 1, "{report}");
    let pupil = env.json(&["pupil", "show", "505"]);
    assert_eq!(pupil["school"], "34CD00", "{pupil}");
    // Who may not be on the school's photo still lists him.
    let list = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--not-granted",
        "--school",
        "34CD00",
    ]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["pupil"], "505", "{list}");
}

#[test]
fn a_hidden_small_count_cannot_be_worked_out_from_its_row() {
    let env = TestEnv::new();
    let csv = env.path("p.csv");
    let mut text = String::from("leerlingnummer;naam;groep;photo-internal\n1;Een;7;ja\n");
    for i in 2..=7 {
        text.push_str(&format!("{i};Leerling {i};7;\n"));
    }
    write(&csv, text);
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    let report = env.json(&["report", "year", "2026"]);
    let row = board_row(&report, "photo-internal");
    assert_eq!(row["pupils"], 7, "{row}");
    assert_eq!(row["granted"], "<5", "{row}");
    // 7 pupils, 0 not granted: without this the 6 unknown would give the 1 away.
    assert_eq!(row["unknown"], "*", "{row}");
    let dir = env.path("gmr");
    env.ok(&["export", "gmr", "--out-dir", dir.to_str().unwrap()]);
    let counts = std::fs::read_to_string(dir.join("toestemmingen.csv")).unwrap();
    let line = counts.lines().find(|l| l.contains("nieuwsbrief")).unwrap();
    assert!(line.contains(";<5;0;0;0;0;*;"), "{line}");
}

#[test]
fn a_school_is_one_school_whether_named_by_brin_or_with_its_vestiging() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let csv = env.path("p.csv");
    write(
        &csv,
        "leerlingnummer;naam;groep;brin;photo-internal\n1001;Sanne;5B;12AB;ja\n2002;Daan;7;34CD00;ja\n",
    );
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    // Known by BRIN alone, found by the BRIN with a vestiging as `pupil show` finds them.
    let listed = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--school",
        "12AB00",
    ]);
    let pupils: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["pupil"].as_str().unwrap())
        .collect();
    assert_eq!(pupils, ["1001"]);
    // A party that receives data from one school answers no for a pupil of another.
    env.ok(&["party", "edit", "ggd", "--school", "12AB"]);
    assert_eq!(
        env.code(&["party", "check", "ggd", "--pupil", "1001"]),
        Some(0)
    );
    let out = env
        .cmd()
        .args(["party", "check", "ggd", "--pupil", "2002"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("receives data from 12AB only"));
}

#[test]
fn a_percentage_never_gives_a_hidden_count_back() {
    let env = TestEnv::new();
    let csv = env.path("p.csv");
    let mut text = String::from("leerlingnummer;naam;groep;photo-internal\n");
    for i in 1..=22 {
        let answer = match i {
            1..=10 => "ja",
            11..=12 => "nee",
            _ => "",
        };
        text.push_str(&format!("{i};Leerling {i};7;{answer}\n"));
    }
    write(&csv, text);
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    let report = env.json(&["report", "year", "2026"]);
    let row = board_row(&report, "photo-internal");
    assert_eq!(row["not_granted"], "<5", "{row}");
    // 45% of 22 would give the granted 10 back, and with it the hidden 2.
    assert_eq!(row["coverage_percent"], serde_json::Value::Null, "{row}");
}

#[test]
fn a_file_name_or_a_joined_name_keeps_the_rules_of_stored_text() {
    let env = TestEnv::new();
    let odd = env.path("toestemming\u{202E}vsc.csv");
    write(&odd, "leerlingnummer;naam;photo-internal\n1;Anna;ja\n");
    let err = env.refused(&["pupil", "import", odd.to_str().unwrap()]);
    assert!(
        err.contains("the file's name") && err.contains("U+202E"),
        "{err}"
    );
    let long = env.path("lang.csv");
    let part = "a".repeat(200);
    write(
        &long,
        format!("leerlingnummer;roepnaam;achternaam\n1;{part};{part}\n"),
    );
    let err = env.refused(&["pupil", "import", long.to_str().unwrap()]);
    assert!(err.contains("the name is 401 characters long"), "{err}");
}

#[test]
fn every_school_flag_takes_the_boards_schools_by_code_or_name_and_no_other() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let csv = env.path("p.csv");
    write(
        &csv,
        "leerlingnummer;naam;groep;brin;photo-internal\n1001;Sanne;5B;12AB00;ja\n",
    );
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    // By name, as `pupil show` takes it.
    let listed = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--school",
        "OBS De Regenboog",
    ]);
    assert_eq!(listed[0]["pupil"], "1001", "{listed}");
    // A school the board does not have is an error, not an empty list.
    let err = env.refused(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--school",
        "99ZZ",
    ]);
    assert!(err.contains("not one of the register's schools"), "{err}");
    let err = env.refused(&[
        "breach",
        "add",
        "Lek",
        "--discovered",
        "2026-10-23 16:00",
        "--school",
        "99ZZ",
    ]);
    assert!(err.contains("not a school of this board"), "{err}");
}

#[test]
fn a_finding_about_a_pupil_whose_number_two_schools_have_can_be_accepted() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    import(
        &env,
        "leerlingnummer;naam;groep;school;photo-internal\n1001;Sanne;5B;12AB00;ja\n1001;Daan;7;34CD00;ja\n",
        "2026-09-01",
    );
    // Findings name a pupil by the register's key: the number, `NUMBER@SCHOOL` for the second.
    for subject in ["pupil:1001", "pupil:1001@34CD00"] {
        env.ok(&[
            "audit",
            "accept",
            "consent-turned-16",
            subject,
            "--reason",
            "besproken met de ouders",
            "--until",
            "2099-01-01",
        ]);
    }
    let err = env.refused(&[
        "audit",
        "accept",
        "consent-turned-16",
        "pupil:1001@12AB00",
        "--reason",
        "x",
        "--until",
        "2099-01-01",
    ]);
    assert!(err.contains("1001@12AB00"), "{err}");
}

/// Two pupils numbered 1003 at two schools, both 16 with a parent's decision standing: the
/// audit gave two findings with subject `1003`, a hint (`vreg consent set 1003 ...`) that
/// exits 2 (a pupil at 2 schools), and accepting one accepted both. The subject is the
/// register's key, as in `export json --with-pupils`.
#[test]
fn findings_about_two_pupils_with_one_number_tell_them_apart() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    import(
        &env,
        "leerlingnummer;naam;groep;school;geboortedatum;photo-internal\n\
         1003;Sanne;5B;12AB00;31-10-2010;ja\n\
         1003;Daan;7;34CD00;01-11-2010;ja\n",
        "2026-09-01",
    );
    let findings = |env: &TestEnv| {
        let out = env
            .cmd()
            .args(["audit", "--format", "json", "--fail-on", "never"])
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "consent-turned-16")
            .cloned()
            .collect::<Vec<_>>()
    };
    let found = findings(&env);
    let ids: Vec<&str> = found
        .iter()
        .map(|f| f["subject_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["1003", "1003@34CD00"], "{found:?}");
    assert!(
        found[1]["message"]
            .as_str()
            .unwrap()
            .contains("pupil 1003 (34CD00)"),
        "{found:?}"
    );
    // Accepting the first accepts the first only.
    env.ok(&[
        "audit",
        "accept",
        "consent-turned-16",
        "pupil:1003",
        "--reason",
        "besproken",
        "--until",
        "2099-01-01",
    ]);
    let accepted: Vec<bool> = findings(&env)
        .iter()
        .map(|f| f["accepted"].is_object())
        .collect();
    assert_eq!(accepted, [true, false]);
    // The hint is a command that works.
    let hint = found[1]["hint"].as_str().unwrap();
    assert!(hint.ends_with("--by pupil --school 34CD00"), "{hint}");
    env.ok(&[
        "consent",
        "set",
        "1003",
        "photo-internal",
        "granted",
        "--by",
        "pupil",
        "--form",
        "digital",
        "--school",
        "34CD00",
    ]);
    assert_eq!(findings(&env).len(), 1);
}

#[test]
fn two_hidden_counts_that_fill_what_the_pupils_leave_are_not_given_away() {
    let env = TestEnv::new();
    // 12 pupils at one school: one yes, one no, ten without an answer. "<5" and "<5" beside
    // ten unknown of twelve can only be 1 and 1.
    let mut text =
        String::from("leerlingnummer;naam;groep;photo-internal\n1;Een;7;ja\n2;Twee;7;nee\n");
    for i in 3..=12 {
        text.push_str(&format!("{i};Leerling {i};7;\n"));
    }
    import(&env, &text, "2026-09-01");
    let dir = env.path("gmr");
    env.ok(&["export", "gmr", "--out-dir", dir.to_str().unwrap()]);
    let counts = std::fs::read_to_string(dir.join("toestemmingen.csv")).unwrap();
    let line = counts.lines().find(|l| l.contains("nieuwsbrief")).unwrap();
    assert!(line.contains(";<5;0;<5;0;0;*"), "{line}");
    let report = env.json(&["report", "year", "2026"]);
    let board = board_row(&report, "photo-internal");
    assert_eq!(
        (
            &board["pupils"],
            &board["granted"],
            &board["not_granted"],
            &board["unknown"]
        ),
        (&12.into(), &"<5".into(), &"<5".into(), &"*".into()),
        "{board}"
    );
    // The reader is told what the * is.
    let md = env.ok(&["report", "year", "2026", "--format", "md"]);
    assert!(md.contains("is een aantal dat ook verborgen is"), "{md}");
}

#[test]
fn a_supplier_that_came_after_the_year_is_no_processor_without_an_agreement_in_it() {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "add",
        "Nieuw B.V.",
        "--id",
        "nieuw",
        "--role",
        "processor",
    ]);
    env.ok(&[
        "agreement",
        "add",
        "nieuw",
        "--signed-on",
        "2026-03-01",
        "--product",
        "P",
    ]);
    let report = env.json(&["report", "year", "2025"]);
    assert_eq!(
        report["agreements"]["missing"], 0,
        "{}",
        report["agreements"]
    );
    // In the year it came it is counted as it stands.
    let report = env.json(&["report", "year", "2026"]);
    assert_eq!(
        report["agreements"]["in_force"], 1,
        "{}",
        report["agreements"]
    );
}

#[test]
fn the_year_report_says_one_breach_and_one_request_in_the_singular() {
    let env = TestEnv::new();
    import(
        &env,
        "leerlingnummer;naam;groep\n1001;Een;7\n",
        "2026-09-01",
    );
    env.ok(&[
        "breach",
        "add",
        "Laptop kwijt",
        "--discovered",
        "2026-11-20 09:00",
        "--category",
        "name",
        "--subjects",
        "1",
        "--kind",
        "confidentiality",
    ]);
    env.ok(&[
        "request",
        "add",
        "access",
        "--pupil",
        "1001",
        "--by",
        "parent",
        "--received",
        "2026-11-20",
    ]);
    let md = env.ok(&["report", "year", "2026", "--format", "md"]);
    assert!(
        md.contains("In de periode is 1 datalek geregistreerd."),
        "{md}"
    );
    assert!(md.contains("In de periode kwam 1 verzoek binnen"), "{md}");
    assert!(md.contains("1 loopt nog binnen de termijn"), "{md}");
}

#[test]
fn a_party_on_a_legal_obligation_without_its_law_may_receive_nothing_yet() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "party",
            "add",
            "Jeugdarts",
            "--kind",
            "care",
            "--basis",
            "legal-obligation",
        ])
        .args(["--category", "name"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: jeugdarts is on a legal obligation, but its law is not recorded"),
        "{stderr}"
    );
    let check = env
        .cmd()
        .args([
            "party",
            "check",
            "jeugdarts",
            "--category",
            "name",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    let answer: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(answer["allowed"], false, "{answer}");
    assert!(
        answer["reason"]
            .as_str()
            .unwrap()
            .contains("no law is recorded"),
        "{answer}"
    );
    // Once the law is there, the answer is yes.
    env.ok(&[
        "party",
        "edit",
        "jeugdarts",
        "--law",
        "Wet publieke gezondheid art. 5",
    ]);
    env.ok(&["party", "check", "jeugdarts", "--category", "name"]);
}

#[test]
fn dutch_help_lists_the_arguments_in_the_order_of_the_usage_line() {
    let env = TestEnv::new();
    for (args, order) in [
        (&["convenant", "set"][..], &["<SUPPLIER>", "<STATUS>"][..]),
        (
            &["consent", "set"][..],
            &["[PUPIL]", "[PURPOSE]", "[DECISION]"][..],
        ),
    ] {
        let mut all = vec!["--lang", "nl"];
        all.extend(args);
        all.push("--help");
        let help = env.ok(&all);
        let listed: Vec<usize> = order
            .iter()
            .map(|a| help.find(&format!("\n  {a}\n")).expect(a))
            .collect();
        assert!(listed.windows(2).all(|w| w[0] < w[1]), "{help}");
        // And each says what it is.
        assert!(
            !help.contains(&format!("{}\n          \n", order[0])),
            "{help}"
        );
    }
}

#[test]
fn one_purged_pupil_is_one_in_dutch() {
    let env = TestEnv::new();
    import(&env, "leerlingnummer;naam;groep\n1;Piet;3\n", "2019-09-01");
    env.ok(&["pupil", "leave", "1", "--on", "2020-01-01"]);
    let out = env
        .cmd()
        .args([
            "--lang",
            "nl",
            "pupil",
            "purge",
            "--left-before",
            "2021-01-01",
            "--yes",
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.lines()
            .any(|l| l == "1 leerling verwijderd die vóór 2021-01-01 vertrok"),
        "{said}"
    );
}
