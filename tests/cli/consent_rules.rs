//! What the register decides about consent: snapshots, two parents, forms, 16+, policies.

use serde_json::json;

use crate::common::{TODAY, TestEnv, write};

/// Pupils 1008 (born 2016, group 5B), 2001 (born 2010-03-15, group 8B), 1009 (born 2016, 5B).
fn env() -> TestEnv {
    let env = TestEnv::new();
    import(
        &env,
        "leerlingnummer;naam;groep;geboortedatum\n1008;Sanne;5B;2016-05-01\n2001;Bram;8B;2010-03-15\n1009;Daan;5B;2016-02-02\n",
        &[],
    );
    env
}

fn import(env: &TestEnv, contents: &str, extra: &[&str]) -> serde_json::Value {
    let file = env.path("export.csv");
    write(&file, contents);
    let mut args = vec!["pupil", "import", file.to_str().unwrap()];
    args.extend(extra);
    env.json(&args)
}

fn check(env: &TestEnv, pupil: &str, purpose: &str) -> (i32, String) {
    let out = env
        .cmd()
        .args(["consent", "check", pupil, purpose])
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap().trim().to_string(),
    )
}

/// Where `consent show`'s JSON says the pupil stands on `purpose`.
fn current(shown: &serde_json::Value, purpose: &str) -> serde_json::Value {
    shown["current"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == purpose)
        .unwrap()
        .clone()
}

fn set(env: &TestEnv, args: &[&str]) {
    let mut all = vec!["consent", "set"];
    all.extend(args);
    env.ok(&all);
}

/// A parent's "yes" to the website, said at the gate on `on`.
fn spoken_yes(env: &TestEnv, pupil: &str, on: &str) {
    set(
        env,
        &[
            pupil,
            "photo-website",
            "granted",
            "--form",
            "verbal",
            "--on",
            on,
        ],
    );
}

#[test]
fn a_stale_export_never_regrants_a_withdrawn_consent() {
    let env = env();
    let export = "leerlingnummer;naam;photo-internal\n1008;Sanne;Ja\n";
    import(&env, export, &["--on", "2026-09-01"]);
    assert_eq!(check(&env, "1008", "photo-internal").0, 0);
    set(
        &env,
        &[
            "1008",
            "photo-internal",
            "withdrawn",
            "--form",
            "written",
            "--on",
            "2026-11-10",
        ],
    );
    // The same export again, dated today: it says what it said in September.
    let dry = import(&env, export, &["--dry-run"]);
    assert_eq!(dry["decisions_recorded"], 0, "{dry}");
    assert_eq!(dry["decisions_kept"], 1, "{dry}");
    assert_eq!(dry["cells"][0]["action"], "kept");
    assert_eq!(dry["cells"][0]["state"], "withdrawn");
    let report = import(&env, export, &[]);
    assert_eq!(report["decisions_recorded"], 0, "{report}");
    let (code, reason) = check(&env, "1008", "photo-internal");
    assert_eq!(code, 1, "{reason}");
    assert!(reason.contains("withdrawn on 2026-11-10"), "{reason}");
    // A table-mode import says which cells it kept.
    let file = env.path("export.csv");
    let out = env
        .cmd()
        .args(["pupil", "import", file.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("kept 1008 photo-internal (line 2)"),
        "{stderr}"
    );
    // When the administration changes the cell, that is a new decision.
    import(
        &env,
        "leerlingnummer;naam;photo-internal\n1008;Sanne;nee\n",
        &[],
    );
    import(
        &env,
        "leerlingnummer;naam;photo-internal\n1008;Sanne;ja\n",
        &[],
    );
    assert_eq!(check(&env, "1008", "photo-internal").0, 0);
}

#[test]
fn an_older_export_imported_after_a_newer_one_changes_nothing() {
    let env = env();
    let nee = "leerlingnummer;naam;photo-internal;photo-website\n1008;Sanne;nee;nee\n";
    let ja = "leerlingnummer;naam;photo-internal;photo-website\n1008;Sanne;ja;ja\n";
    import(&env, nee, &["--on", "2026-09-01"]);
    // October's export says the same: no new decision, but the later snapshot.
    let report = import(&env, nee, &["--on", "2026-10-01"]);
    assert_eq!(report["decisions_recorded"], 0, "{report}");
    // September's "ja", found again and imported last, is older than October's "nee".
    let report = import(&env, ja, &["--on", "2026-09-20"]);
    assert_eq!(report["decisions_recorded"], 0, "{report}");
    assert_eq!(report["decisions_kept"], 2, "{report}");
    assert_eq!(report["cells"][0]["action"], "kept");
    let (code, reason) = check(&env, "1008", "photo-internal");
    assert_eq!(code, 1, "{reason}");
    // The same with a withdrawal by hand between the snapshots.
    set(
        &env,
        &["1009", "photo-internal", "granted", "--on", "2026-09-01"],
    );
    let ja = "leerlingnummer;naam;photo-internal\n1009;Daan;ja\n";
    let nee = "leerlingnummer;naam;photo-internal\n1009;Daan;nee\n";
    import(&env, ja, &["--on", "2026-09-01"]);
    set(
        &env,
        &["1009", "photo-internal", "withdrawn", "--on", "2026-09-15"],
    );
    import(&env, nee, &["--on", "2026-10-01"]);
    let report = import(&env, ja, &["--on", "2026-09-20"]);
    assert_eq!(report["decisions_recorded"], 0, "{report}");
    assert_eq!(check(&env, "1009", "photo-internal").0, 1);
    // Said in a table-mode import.
    let file = env.path("export.csv");
    let out = env
        .cmd()
        .args([
            "pupil",
            "import",
            file.to_str().unwrap(),
            "--on",
            "2026-09-20",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "but an export of 2026-10-01 was imported before: an older export changes nothing"
        ),
        "{stderr}"
    );
    // An export of the same day or later is read as ever.
    import(&env, ja, &["--on", "2026-10-01"]);
    assert_eq!(check(&env, "1009", "photo-internal").0, 0);
}

/// Later exports whose cell was empty (a yearly reset: the question asked again, not yet
/// answered) are later snapshots too: last school year's "ja", found and imported after them,
/// grants nothing. A later export without the purpose's column, or one that did not list the
/// pupil, asked nothing, and the older answer is recorded as before.
#[test]
fn an_older_answer_does_not_fill_a_cell_later_exports_left_empty() {
    let env = TestEnv::new();
    let empty = "leerlingnummer;naam;photo-website\n1008;Sanne;\n";
    import(&env, empty, &["--on", "2026-09-01"]);
    import(&env, empty, &["--on", "2026-11-20"]);
    let july =
        "leerlingnummer;naam;photo-website;photo-internal\n1008;Sanne;ja;ja\n1009;Daan;ja;\n";
    let report = import(&env, july, &["--on", "2026-07-01"]);
    // photo-website of 1008: asked in September and November, unanswered: no consent.
    assert_eq!(check(&env, "1008", "photo-website").0, 1);
    let kept = report["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["pupil"] == "1008" && c["purpose"] == "photo-website")
        .unwrap();
    assert_eq!(kept["action"], "kept", "{report}");
    assert_eq!(kept["state"], "unknown", "{report}");
    assert!(
        kept["reason"]
            .as_str()
            .unwrap()
            .contains("an export of 2026-11-20 was imported before"),
        "{report}"
    );
    // photo-internal of 1008: no later export had its column. 1009: no later export listed
    // them (new to the register). Both answers are the latest there is, and recorded.
    assert_eq!(check(&env, "1008", "photo-internal").0, 0);
    assert_eq!(check(&env, "1009", "photo-website").0, 0);
    assert_eq!(report["decisions_recorded"], 2, "{report}");
    assert_eq!(report["decisions_kept"], 1, "{report}");
}

#[test]
fn an_older_export_leaves_pupils_and_their_leaving_as_a_later_one_gave_them() {
    let env = TestEnv::new();
    let header = "leerlingnummer;naam;groep;photo-internal\n";
    let october = format!("{header}1001;Anna Jansen;6A;nee\n1002;Bram Smit;6A;ja\n");
    let september = format!("{header}1001;Anna Jansen;5B;ja\n");
    import(&env, &october, &["--on", "2026-10-01"]);
    let report = import(&env, &september, &["--on", "2026-09-01", "--complete"]);
    assert_eq!(report["pupils_kept"], 1, "{report}");
    assert_eq!(report["pupils_left"], serde_json::json!([]), "{report}");
    // Anna stays in 6A, as October's export gave her; Bram, in October's export, never left.
    assert_eq!(env.json(&["pupil", "show", "1001"])["group"], "6A");
    assert_eq!(
        env.json(&["pupil", "show", "1002"])["left_on"],
        serde_json::Value::Null
    );
    assert_eq!(check(&env, "1001", "photo-internal").0, 1);
    // Also when the later export had no consent columns, or an empty cell: the pupil was
    // named by it all the same.
    import(
        &env,
        "leerlingnummer;naam;groep\n1001;Anna Jansen;6B\n1002;Bram Smit;6B\n1003;Cas Oud;6B\n",
        &["--on", "2026-10-15"],
    );
    let report = import(
        &env,
        &format!("{header}1001;Anna Jansen;5C;\n"),
        &["--on", "2026-10-10", "--complete"],
    );
    assert_eq!(report["pupils_kept"], 1, "{report}");
    assert_eq!(report["pupils_unchanged"], 0, "counted once: {report}");
    assert_eq!(report["pupils_left"], serde_json::json!([]), "{report}");
    assert_eq!(env.json(&["pupil", "show", "1001"])["group"], "6B");
    assert_eq!(
        env.json(&["pupil", "show", "1003"])["left_on"],
        serde_json::Value::Null
    );
    // A later export is read as ever.
    let november = format!("{header}1001;Anna Jansen;7A;nee\n");
    import(&env, &november, &["--on", "2026-11-01", "--complete"]);
    assert_eq!(env.json(&["pupil", "show", "1001"])["group"], "7A");
    assert_eq!(
        env.json(&["pupil", "show", "1002"])["left_on"],
        "2026-11-01"
    );
}

#[test]
fn an_older_export_adds_a_pupil_a_later_complete_one_left_out_as_left() {
    let env = TestEnv::new();
    let schools = env.path("register.toml");
    write(
        &schools,
        "[[school]]\nbrin = \"12AB\"\nvestiging = \"00\"\nname = \"De Linde\"\n\n[[school]]\nbrin = \"34CD\"\nvestiging = \"00\"\nname = \"Het Anker\"\n",
    );
    env.ok(&["import", schools.to_str().unwrap()]);
    let header = "leerlingnummer;naam;groep;school\n";
    // October's complete export of De Linde: Anna and Bram.
    import(
        &env,
        &format!("{header}1001;Anna Jansen;6A;12AB00\n1002;Bram Smit;6A;12AB00\n"),
        &["--on", "2026-10-01", "--complete"],
    );
    // September's export, found later: Dirk was at De Linde then and had gone by October;
    // Eva is at Het Anker, which October's export was not the whole of.
    let file = env.path("september.csv");
    write(
        &file,
        format!(
            "{header}1001;Anna Jansen;5B;12AB00\n1004;Dirk de Wit;5B;12AB00\n1005;Eva Kok;5B;34CD00\n"
        ),
    );
    let out = env
        .cmd()
        .args([
            "pupil",
            "import",
            file.to_str().unwrap(),
            "--on",
            "2026-09-01",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("1 pupil new to the register was added as left: a complete export of a day after 2026-09-01"),
        "{stderr}"
    );
    assert_eq!(
        env.json(&["pupil", "show", "1004"])["left_on"],
        "2026-10-01"
    );
    assert_eq!(
        env.json(&["pupil", "show", "1005"])["left_on"],
        serde_json::Value::Null
    );
    let at_school = env.json(&["pupil", "list"]);
    let mut numbers: Vec<&str> = at_school
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["leerlingnummer"].as_str().unwrap())
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, ["1001", "1002", "1005"]);
    // The log says why Dirk left, on his own record.
    let log = env.json(&["log", "--entity", "pupil:1004"]);
    assert_eq!(log[0]["action"], "leave", "{log}");
    assert_eq!(
        log[0]["detail"]["complete_import_on"], "2026-10-01",
        "{log}"
    );
}

#[test]
fn a_pupil_a_later_export_lists_again_is_back_at_school() {
    let env = TestEnv::new();
    let header = "leerlingnummer;naam;groep;photo-internal\n";
    import(
        &env,
        &format!("{header}1003;Sofie Jansen;6V;ja\n1008;Noor Visser;5H;ja\n"),
        &["--on", "2026-09-01", "--complete"],
    );
    let october = import(
        &env,
        &format!("{header}1008;Noor Visser;5H;ja\n"),
        &["--on", "2026-10-01", "--complete"],
    );
    assert_eq!(october["pupils_left"], serde_json::json!(["1003"]));
    // An export that is not the whole school may lag behind: she stays left, and it says so.
    for day in ["2026-10-01", "2026-10-20"] {
        let file = env.path("lagging.csv");
        write(&file, format!("{header}1003;Sofie Jansen;6V;ja\n"));
        let out = env
            .cmd()
            .args(["pupil", "import", file.to_str().unwrap(), "--on", day])
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains(&format!(
                "pupil 1003 left on 2026-10-01, yet the export of {day} lists them: still left"
            )),
            "{stderr}"
        );
        assert_eq!(
            env.json(&["pupil", "show", "1003"])["left_on"],
            "2026-10-01"
        );
    }
    // November's export lists Sofie again, with a "nee": she is back, and on the lists.
    let file = env.path("november.csv");
    write(
        &file,
        format!("{header}1003;Sofie Jansen;6V;nee\n1008;Noor Visser;5H;ja\n"),
    );
    let out = env
        .cmd()
        .args([
            "pupil",
            "import",
            file.to_str().unwrap(),
            "--on",
            "2026-11-16",
            "--complete",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("back 1003: left on 2026-10-01, listed again by the export of 2026-11-16"),
        "{stderr}"
    );
    let pupil = env.json(&["pupil", "show", "1003"]);
    assert_eq!(pupil["left_on"], serde_json::Value::Null, "{pupil}");
    let not_granted = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--not-granted",
    ]);
    assert_eq!(not_granted[0]["pupil"], "1003", "{not_granted}");
    assert_eq!(check(&env, "1003", "photo-internal").0, 1);
    // Nothing left to purge, and the log says why.
    let deadlines = env.json(&["deadlines"]);
    assert!(
        !deadlines.to_string().contains("pupil-purge"),
        "{deadlines}"
    );
    let log = env.json(&["log", "--entity", "pupil:1003"]);
    let back = log.as_array().unwrap().last().unwrap();
    assert_eq!(back["action"], "return", "{log}");
    assert_eq!(back["detail"]["left_on"]["from"], "2026-10-01", "{log}");
}

#[test]
fn a_complete_import_that_changes_nothing_else_is_still_remembered() {
    let env = TestEnv::new();
    let header = "leerlingnummer;naam;groep\n";
    let october = format!("{header}1001;Anna Jansen;6A\n");
    import(&env, &october, &["--on", "2026-10-01"]);
    // The same file as complete: nobody leaves, nothing else changes.
    let report = import(&env, &october, &["--on", "2026-10-01", "--complete"]);
    assert_eq!(report["pupils_left"], serde_json::json!([]), "{report}");
    import(
        &env,
        &format!("{header}1001;Anna Jansen;5B\n1004;Dirk de Wit;5B\n"),
        &["--on", "2026-09-01"],
    );
    assert_eq!(
        env.json(&["pupil", "show", "1004"])["left_on"],
        "2026-10-01"
    );
    // Again as complete on the same day: the log has it already.
    let before = env.json(&["log"]).as_array().unwrap().len();
    import(&env, &october, &["--on", "2026-10-01", "--complete"]);
    assert_eq!(env.json(&["log"]).as_array().unwrap().len(), before);
}

#[test]
fn an_export_repeats_a_refusal_that_a_corrected_birth_date_voided() {
    let env = TestEnv::new();
    let export = |born: &str| {
        format!("leerlingnummer;naam;groep;geboortedatum;photo-internal\n3002;Sem;4A;{born};nee\n")
    };
    import(
        &env,
        "leerlingnummer;naam;groep;geboortedatum\n3002;Sem;4A;2010-03-01\n",
        &["--on", "2025-09-01"],
    );
    set(
        &env,
        &["3002", "photo-internal", "granted", "--on", "2025-09-01"],
    );
    // Sixteen on 2026-03-01 by this birth date: the file's "nee" is the pupil's side.
    import(&env, &export("2010-03-01"), &["--on", "2026-03-10"]);
    assert_eq!(check(&env, "3002", "photo-internal").0, 1);
    // The birth date is corrected to 2010-03-20: March's "nee" falls before the birthday and
    // no longer counts; April's export says "nee" again, now the first that counts.
    let report = import(&env, &export("2010-03-20"), &["--on", "2026-04-01"]);
    assert_eq!(report["decisions_recorded"], 1, "{report}");
    let (code, reason) = check(&env, "3002", "photo-internal");
    assert_eq!(code, 1, "{reason}");
    assert!(reason.contains("2026-04-01"), "{reason}");
}

#[test]
fn an_express_grant_in_the_export_is_recorded_beside_a_spoken_one() {
    let env = env();
    // A parent said yes on the schoolyard; it never counts for the website.
    spoken_yes(&env, "1008", "2026-09-05");
    assert_eq!(check(&env, "1008", "photo-website").0, 1);
    // Then the same parent said yes in the parent app.
    let report = import(
        &env,
        "leerlingnummer;naam;photo-website\n1008;Sanne;ja\n",
        &["--on", "2026-09-10"],
    );
    assert_eq!(report["decisions_recorded"], 1, "{report}");
    let (code, reason) = check(&env, "1008", "photo-website");
    assert_eq!(code, 0, "{reason}");
    assert!(reason.contains("2026-09-10"), "{reason}");
    // But an export that still says what it said is no new statement in the app: after a
    // withdrawal and a spoken grant, September's unchanged "ja" grants nothing that counts.
    let ja = "leerlingnummer;naam;photo-website\n1009;Daan;ja\n";
    import(&env, ja, &["--on", "2026-09-01"]);
    set(
        &env,
        &["1009", "photo-website", "withdrawn", "--on", "2026-09-10"],
    );
    spoken_yes(&env, "1009", "2026-09-12");
    let report = import(&env, ja, &["--on", "2026-10-01"]);
    assert_eq!(report["decisions_recorded"], 0, "{report}");
    assert_eq!(check(&env, "1009", "photo-website").0, 1);
    // A spoken "yes" after a digital one of the same parent does not undo the digital one,
    // which still stands with its date; the officer is told so.
    let out = env
        .cmd()
        .args([
            "consent",
            "set",
            "1008",
            "photo-website",
            "granted",
            "--form",
            "verbal",
            "--on",
            "2026-10-05",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("note: photo-website needs an express statement, written or digital; this verbal grant does not count, and the digital grant of 2026-09-10 (parent) still stands"),
        "{stderr}"
    );
    let (code, reason) = check(&env, "1008", "photo-website");
    assert_eq!(code, 0, "{reason}");
    assert!(reason.contains("2026-09-10"), "{reason}");
}

#[test]
fn a_pupils_own_refusal_survives_the_next_export() {
    let env = env();
    let export = "leerlingnummer;naam;geboortedatum;photo-website\n2001;Bram;2010-03-15;ja\n";
    import(&env, export, &["--on", "2026-09-01"]);
    set(
        &env,
        &[
            "2001",
            "photo-website",
            "refused",
            "--by",
            "pupil",
            "--on",
            "2026-11-02",
        ],
    );
    import(&env, export, &[]);
    let (code, reason) = check(&env, "2001", "photo-website");
    assert_eq!(code, 1);
    assert!(
        reason.contains("refused on 2026-11-02 by pupil"),
        "{reason}"
    );
    let history = env.json(&["consent", "show", "2001"])["history"].clone();
    assert_eq!(history.as_array().unwrap().len(), 2, "{history}");
    assert_eq!(history[0]["given_by"], "file");
}

#[test]
fn lists_say_exactly_what_check_says() {
    let env = env();
    set(
        &env,
        &["1008", "photo-website", "granted", "--form", "verbal"],
    );
    set(
        &env,
        &[
            "1009",
            "photo-website",
            "granted",
            "--by",
            "parent",
            "--who",
            "ouder 1",
        ],
    );
    set(
        &env,
        &[
            "1009",
            "photo-website",
            "refused",
            "--by",
            "parent",
            "--who",
            "Ouder  2",
        ],
    );
    set(
        &env,
        &[
            "2001",
            "photo-website",
            "granted",
            "--by",
            "pupil",
            "--form",
            "digital",
        ],
    );
    let rows = env.json(&["consent", "list", "--purpose", "photo-website"]);
    for row in rows.as_array().unwrap() {
        let pupil = row["pupil"].as_str().unwrap();
        let (code, reason) = check(&env, pupil, "photo-website");
        assert_eq!(row["counts"], json!(code == 0), "{pupil}: {row}");
        if code == 1 {
            assert_eq!(format!("no: {}", row["reason"].as_str().unwrap()), reason);
        } else {
            assert_eq!(row["reason"], json!(null));
        }
    }
    let states: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["pupil"].as_str().unwrap().into(),
                r["state"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        states.contains(&("1008".into(), "granted".into())),
        "{states:?}"
    );
    assert!(
        states.contains(&("1009".into(), "disputed".into())),
        "{states:?}"
    );
    let not: Vec<String> = env
        .json(&[
            "consent",
            "list",
            "--purpose",
            "photo-website",
            "--not-granted",
        ])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["pupil"].as_str().unwrap().to_string())
        .collect();
    // The verbal grant and the dispute are no consent; the pupil's own digital grant is.
    assert_eq!(not, ["1008", "1009"]);
    let csv = env.ok(&[
        "consent",
        "list",
        "--purpose",
        "photo-website",
        "--format",
        "csv",
    ]);
    assert!(
        csv.contains("1008,Sanne,5B,,photo-website,granted,false,2026-11-28,verbal,parent,,"),
        "{csv}"
    );
}

#[test]
fn either_parent_may_refuse_and_disagreement_is_no_consent() {
    let env = env();
    set(
        &env,
        &[
            "1008",
            "photo-social-media",
            "granted",
            "--who",
            "ouder 1",
            "--evidence",
            "Parro 2026-09-03",
        ],
    );
    assert_eq!(check(&env, "1008", "photo-social-media").0, 0);
    set(
        &env,
        &["1008", "photo-social-media", "refused", "--who", "ouder 2"],
    );
    let (code, reason) = check(&env, "1008", "photo-social-media");
    assert_eq!(code, 1);
    assert!(reason.contains("disputed"), "{reason}");
    assert!(reason.contains("parent (ouder 2)"), "{reason}");
    let shown = env.json(&["consent", "show", "1008"]);
    let current = current(&shown, "photo-social-media");
    assert_eq!(current["state"], "disputed");
    assert_eq!(
        current["deciders"].as_array().unwrap().len(),
        2,
        "{current}"
    );
    assert_eq!(shown["history"][0]["evidence"], "Parro 2026-09-03");
    // CSV carries the codes JSON does: `given_by` is `parent`, and which parent is `decider`.
    let csv = env.ok(&[
        "consent",
        "list",
        "--purpose",
        "photo-social-media",
        "--format",
        "csv",
    ]);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let headers = rows.headers().unwrap().clone();
    let row = rows
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "1008")
        .unwrap();
    let field = |name: &str| row[headers.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(field("given_by"), "parent", "{csv}");
    assert_eq!(field("decider"), "ouder 2", "{csv}");
    // A table keeps saying which parent.
    let table = env.ok(&["consent", "show", "1008", "--wide"]);
    assert!(table.contains("ouder 2"), "{table}");
    let audit = env.json(&["audit", "--fail-on", "never"]);
    let disputed: Vec<_> = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "consent-disputed")
        .collect();
    assert_eq!(disputed.len(), 1, "{audit}");
    assert_eq!(disputed[0]["subject_id"], "photo-social-media");
    assert!(
        disputed[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("1 pupil has deciders who disagree")
    );
    // The second parent agrees after all: their own later decision replaces their refusal.
    set(
        &env,
        &["1008", "photo-social-media", "granted", "--who", "OUDER 2"],
    );
    assert_eq!(check(&env, "1008", "photo-social-media").0, 0);
}

#[test]
fn representatives_act_from_sixteen_and_a_parents_decision_waits_for_the_pupil() {
    let env = env();
    let err = env.refused(&[
        "consent",
        "set",
        "1008",
        "photo-internal",
        "granted",
        "--by",
        "representative",
    ]);
    assert!(
        err.contains("representative (curator or mentor) acts for a pupil of 16 or older"),
        "{err}"
    );
    let err = env.refused(&[
        "consent",
        "set",
        "1008",
        "photo-internal",
        "granted",
        "--by",
        "file",
    ]);
    assert!(err.contains("--by file is what an import records"), "{err}");
    // Before the 16th birthday a parent decided; it keeps counting until the pupil decides.
    set(
        &env,
        &["2001", "photo-internal", "granted", "--on", "2026-03-14"],
    );
    assert_eq!(check(&env, "2001", "photo-internal").0, 0);
    let audit = env.json(&["audit", "--fail-on", "never"]);
    let turned: Vec<_> = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "consent-turned-16")
        .collect();
    assert_eq!(turned.len(), 1, "{audit}");
    assert_eq!(turned[0]["subject_id"], "2001");
    assert_eq!(turned[0]["severity"], "info");
    // The day before the birthday, the audit has nothing to say.
    let before = env.json(&["audit", "--fail-on", "never", "--as-of", "2026-03-14"]);
    assert!(
        !before["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "consent-turned-16")
    );
    set(
        &env,
        &[
            "2001",
            "photo-internal",
            "refused",
            "--by",
            "representative",
            "--who",
            "mentor",
        ],
    );
    assert_eq!(check(&env, "2001", "photo-internal").0, 1);
    let audit = env.json(&["audit", "--fail-on", "never"]);
    assert!(
        !audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "consent-turned-16")
    );
}

#[test]
fn new_registers_make_every_publication_purpose_explicit() {
    let env = TestEnv::new();
    let purposes = env.json(&["consent", "purposes"]);
    let explicit: Vec<&str> = purposes
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["explicit"] == true)
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        explicit,
        ["photo-internal", "photo-social-media", "photo-website"]
    );
}

#[test]
fn policies_decide_what_is_stale_and_what_is_a_gap() {
    let env = env();
    env.ok(&[
        "party",
        "add",
        "Logopedie Klank",
        "--kind",
        "care",
        "--basis",
        "consent",
        "--category",
        "name",
    ]);
    set(
        &env,
        &["1008", "contact-sharing", "granted", "--on", "2025-09-01"],
    );
    set(
        &env,
        &["1009", "photo-internal", "granted", "--on", "2025-09-01"],
    );
    let codes = |env: &TestEnv| -> Vec<String> {
        env.json(&["audit", "--fail-on", "never"])["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"].as_str().unwrap().starts_with("consent-"))
            .map(|f| {
                format!(
                    "{} {}",
                    f["code"].as_str().unwrap(),
                    f["subject_id"].as_str().unwrap()
                )
            })
            .collect()
    };
    let before = codes(&env);
    assert!(
        before.contains(&"consent-stale contact-sharing".to_string()),
        "{before:?}"
    );
    assert!(
        before.contains(&"consent-stale photo-internal".to_string()),
        "{before:?}"
    );
    // A party's purpose is asked only of the pupils concerned: no decision is no gap.
    assert!(
        !before.iter().any(|c| c.contains("party-logopedie-klank")),
        "{before:?}"
    );
    assert!(
        before.contains(&"consent-unknown social-media-use".to_string()),
        "{before:?}"
    );
    env.ok(&[
        "consent",
        "purpose",
        "edit",
        "contact-sharing",
        "--renewal",
        "once",
    ]);
    env.ok(&[
        "consent",
        "purpose",
        "edit",
        "social-media-use",
        "--applies-to",
        "some",
    ]);
    let after = codes(&env);
    assert!(
        !after.contains(&"consent-stale contact-sharing".to_string()),
        "{after:?}"
    );
    assert!(
        after.contains(&"consent-stale photo-internal".to_string()),
        "{after:?}"
    );
    assert!(
        !after.contains(&"consent-unknown social-media-use".to_string()),
        "{after:?}"
    );
}

#[test]
fn a_retired_purpose_keeps_its_history_and_leaves_lists_checks_and_the_gmr() {
    let env = env();
    set(
        &env,
        &["1008", "social-media-use", "granted", "--on", "2026-09-01"],
    );
    env.ok(&[
        "consent",
        "purpose",
        "retire",
        "social-media-use",
        "--on",
        "2026-10-01",
    ]);
    let ids: Vec<String> = env
        .json(&["consent", "purposes"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    assert!(!ids.contains(&"social-media-use".to_string()), "{ids:?}");
    assert_eq!(
        env.json(&["consent", "purposes", "--all"])
            .as_array()
            .unwrap()
            .len(),
        5
    );
    let err = env.refused(&["consent", "check", "1008", "social-media-use"]);
    assert!(err.contains("was retired on 2026-10-01"), "{err}");
    env.refused(&["consent", "list", "--purpose", "social-media-use"]);
    env.refused(&["consent", "set", "1008", "social-media-use", "refused"]);
    let shown = env.json(&["consent", "show", "1008"]);
    assert!(
        !shown["current"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["purpose"] == "social-media-use")
    );
    assert_eq!(shown["history"][0]["purpose"], "social-media-use");
    let matrix = env.json(&["consent", "matrix", "--group", "5B"]);
    assert!(
        matrix[0]["consent"].get("social-media-use").is_none(),
        "{matrix}"
    );
    let out = env.path("gmr");
    env.ok(&["export", "gmr", "--out-dir", out.to_str().unwrap()]);
    let gmr = std::fs::read_to_string(out.join("toestemmingen.csv")).unwrap();
    assert!(!gmr.contains("Gebruik van sociale media"), "{gmr}");
    let log = env.json(&["log", "--entity", "purpose:social-media-use"]);
    assert_eq!(log[0]["action"], "retire");
    // Retired in TOML too, and back the same way.
    let toml = env.ok(&["export", "toml"]);
    assert!(toml.contains("retired_on = 2026-10-01"), "{toml}");
    env.ok(&["consent", "purpose", "retire", "social-media-use", "--undo"]);
    assert_eq!(check(&env, "1008", "social-media-use").0, 0);
}

#[test]
fn the_matrix_shows_a_group_at_a_glance() {
    let env = env();
    set(&env, &["1008", "photo-internal", "granted"]);
    set(&env, &["1008", "photo-website", "refused"]);
    set(
        &env,
        &["1009", "photo-internal", "granted", "--who", "ouder 1"],
    );
    set(
        &env,
        &["1009", "photo-internal", "withdrawn", "--who", "ouder 2"],
    );
    let matrix = env.json(&["consent", "matrix", "--group", "5b"]);
    assert_eq!(
        matrix.as_array().unwrap().len(),
        2,
        "group 8B stays out: {matrix}"
    );
    assert_eq!(matrix[0]["pupil"], "1008");
    assert_eq!(matrix[0]["consent"]["photo-internal"], "yes");
    assert_eq!(matrix[0]["consent"]["photo-website"], "no");
    assert_eq!(matrix[0]["consent"]["contact-sharing"], "unknown");
    assert_eq!(matrix[1]["consent"]["photo-internal"], "disputed");
    let csv = env.ok(&["consent", "matrix", "--group", "5B", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "pupil,name,group,school,contact-sharing,photo-internal,photo-social-media,photo-website,social-media-use"
    );
    assert_eq!(
        lines.next().unwrap(),
        "1008,Sanne,5B,,onbekend,ja,onbekend,nee,onbekend"
    );
    assert_eq!(
        lines.next().unwrap(),
        "1009,Daan,5B,,onbekend,oneens,onbekend,onbekend,onbekend"
    );
    // On a day before the decisions, nothing was decided yet.
    let earlier = env.json(&[
        "consent",
        "matrix",
        "--group",
        "5B",
        "--as-of",
        "2026-11-01",
    ]);
    assert_eq!(earlier[0]["consent"]["photo-internal"], "unknown");
    let table = env.ok(&["consent", "matrix", "--group", "5B"]);
    assert!(
        table.contains("DISP") && table.contains("DISP: the parents disagree"),
        "{table}"
    );
}

#[test]
fn purpose_policies_round_trip_through_toml() {
    let env = env();
    env.ok(&[
        "consent",
        "purpose",
        "add",
        "Deelname aan onderzoek",
        "--written-only",
        "--renewal",
        "once",
        "--applies-to",
        "some",
    ]);
    let purposes = env.json(&["consent", "purposes"]);
    let research = purposes
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "deelname-aan-onderzoek")
        .unwrap()
        .clone();
    assert_eq!(
        research,
        json!({"id": "deelname-aan-onderzoek", "name": "Deelname aan onderzoek", "explicit": true,
               "written_only": true, "renewal": "once", "applies_to": "some", "retired_on": null, "party": null})
    );
    let toml = env.ok(&["export", "toml"]);
    let other = TestEnv::empty();
    let file = other.path("register.toml");
    write(&file, &toml);
    other.ok(&["import", file.to_str().unwrap(), "--create"]);
    assert_eq!(other.ok(&["export", "toml"]), toml);
}

/// From 16 the pupil decides, through a curator where one is appointed; an export does not say
/// who clicked. Each of them decides apart: a later "ja" of one never clears another's "nee".
#[test]
fn on_the_pupils_own_side_a_refusal_stands_against_a_later_grant_of_another() {
    let env = env();
    // Pupil 2001 (16 since 2026-03-15) refuses in person; the next export says "ja".
    import(
        &env,
        "leerlingnummer;photo-social-media\n2001;\n",
        &["--on", "2026-09-01"],
    );
    pupil_refuses_social_media(&env);
    import(
        &env,
        "leerlingnummer;photo-social-media\n2001;ja\n",
        &["--on", "2026-10-01"],
    );
    let (code, reason) = check(&env, "2001", "photo-social-media");
    assert_eq!(code, 1, "before, the file's grant was consent: {reason}");
    assert!(
        reason.contains("is disputed: granted by one who decides for the pupil")
            && reason.contains("refused or withdrawn on 2026-09-10 by pupil"),
        "{reason}"
    );
    let listed = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-social-media",
        "--not-granted",
    ]);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["pupil"] == "2001" && r["state"] == "disputed"),
        "{listed}"
    );
    // The pupil's grant after the curator's refusal is no consent either.
    set(
        &env,
        &[
            "2001",
            "photo-internal",
            "refused",
            "--by",
            "representative",
            "--who",
            "curator",
            "--form",
            "written",
            "--on",
            "2026-09-05",
        ],
    );
    set(
        &env,
        &[
            "2001",
            "photo-internal",
            "granted",
            "--by",
            "pupil",
            "--on",
            "2026-09-06",
        ],
    );
    assert_eq!(check(&env, "2001", "photo-internal").0, 1);
    // In Dutch the dispute is not one of parents.
    let out = env
        .cmd()
        .env("LANG", "nl_NL.UTF-8")
        .args(["consent", "check", "2001", "photo-internal"])
        .output()
        .unwrap();
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("wie voor de leerling beslissen zijn het oneens"),
        "{said}"
    );
    assert!(!said.contains("ouders"), "{said}");
    assert!(env.ok(&["check"]).starts_with("ok: "));
}

/// A register of schema 15 kept the pupil's own side as one decider in `consent_decider`;
/// opened by this version, the table is filled anew and answers as the history does.
#[test]
fn a_register_of_schema_15_gets_its_kept_decisions_anew() {
    let env = env();
    import(
        &env,
        "leerlingnummer;photo-social-media\n2001;ja\n",
        &["--on", "2026-10-01"],
    );
    pupil_refuses_social_media(&env);
    // As schema 15 kept it: one row for the own side, the latest (the file's grant).
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(&format!(
        "DELETE FROM consent_decider WHERE given_by = 'pupil';
         UPDATE consent_decider SET decider_key = '' WHERE given_by = 'file';
         {BEFORE_18}
         PRAGMA user_version = 15;"
    ))
    .unwrap();
    drop(conn);
    let (code, reason) = check(&env, "2001", "photo-social-media");
    assert_eq!(code, 1, "{reason}");
    let report = env.json(&["check"]);
    assert_eq!(report["consent_decider_differences"], 0, "{report}");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let keys: Vec<String> = conn
        .prepare("SELECT decider_key FROM consent_decider WHERE purpose = 'photo-social-media' ORDER BY 1")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(keys, ["file:", "pupil:"]);
}

/// A withdrawal recorded by hand and an export dated the same day: which came first that day is
/// not known, and the withdrawal stands (before, the export's "ja", recorded later, won).
#[test]
fn an_export_of_the_day_of_a_withdrawal_does_not_grant_again() {
    let env = env();
    import(
        &env,
        "leerlingnummer;photo-internal\n1008;\n",
        &["--on", "2026-09-01"],
    );
    set(
        &env,
        &["1008", "photo-internal", "withdrawn", "--on", "2026-10-10"],
    );
    let report = import(
        &env,
        "leerlingnummer;photo-internal\n1008;ja\n",
        &["--on", "2026-10-10"],
    );
    assert_eq!(report["decisions_recorded"], 0, "{report}");
    assert_eq!(report["decisions_kept"], 1, "{report}");
    let (code, reason) = check(&env, "1008", "photo-internal");
    assert_eq!(code, 1, "{reason}");
    assert!(reason.contains("withdrawn on 2026-10-10"), "{reason}");
    // The next day's export that still says "ja" says what the last one said: no new decision.
    import(
        &env,
        "leerlingnummer;photo-internal\n1008;ja\n",
        &["--on", "2026-10-11"],
    );
    assert_eq!(check(&env, "1008", "photo-internal").0, 1);
}

/// September's export found again and imported without `--on` was dated today: its "ja" after
/// October's "nee" granted again. vreg knows the file by its bytes: it is September's export.
#[test]
fn the_same_file_again_without_a_date_is_the_export_of_the_day_it_was_imported_as() {
    let env = env();
    let sept = "leerlingnummer;photo-internal\n1008;ja\n";
    import(&env, sept, &["--on", "2026-09-01"]);
    import(
        &env,
        "leerlingnummer;photo-internal\n1008;nee\n",
        &["--on", "2026-10-01"],
    );
    let file = env.path("export.csv");
    write(&file, sept);
    let out = env
        .cmd()
        .args(["pupil", "import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "warning: export.csv is, byte for byte, the export of 2026-09-01 imported before: read \
             as that export, not as today's (give --on with the day it was exported to date it \
             otherwise)"
        ),
        "{err}"
    );
    assert!(err.contains("0 consent decisions recorded"), "{err}");
    assert_eq!(check(&env, "1008", "photo-internal").0, 1);
    // Dated by the officer, it is what they say it is: a new export with a "ja".
    import(&env, sept, &["--on", "2026-11-01"]);
    assert_eq!(check(&env, "1008", "photo-internal").0, 0);
    // The last export again, undated, changes nothing and is no error (a quiet week's export).
    let report = import(&env, sept, &[]);
    assert_eq!(report["decisions_recorded"], 0, "{report}");
}

/// The same file imported again undated, before a genuine later export came in: the pupils'
/// import day moved to today, and October's export, dated before it, was then thrown away as
/// older (the parent's "nee" lost, the group not moved).
#[test]
fn the_same_file_again_does_not_make_a_later_export_look_older() {
    let env = TestEnv::new();
    let sept = "leerlingnummer;naam;groep;photo-website\n1006;Sophie Bakker;1A;ja\n";
    import(&env, sept, &["--on", "2026-09-01"]);
    let again = import(&env, sept, &[]);
    assert_eq!(again["pupils_changed"], 0, "{again}");
    let oct = import(
        &env,
        "leerlingnummer;naam;groep;photo-website\n1006;Sophie Bakker;1B;nee\n",
        &["--on", "2026-10-01"],
    );
    assert_eq!(oct["decisions_recorded"], 1, "{oct}");
    let (code, reason) = check(&env, "1006", "photo-website");
    assert_eq!(code, 1, "{reason}");
    assert!(reason.contains("withdrawn on 2026-10-01"), "{reason}");
    let pupil = env.json(&["pupil", "show", "1006"]);
    assert_eq!(pupil["group"], "1B", "{pupil}");
}

/// Last year's export imported again with `--reconfirm` and no date re-confirmed its answers as
/// this year's (and cleared `consent-stale`), and put the pupil back in last year's group.
#[test]
fn last_year_s_file_again_reconfirms_nothing() {
    let env = TestEnv::new();
    let sept = "leerlingnummer;naam;groep;photo-website\n1006;Sophie Bakker;1A;ja\n";
    import(&env, sept, &["--on", "2025-09-01"]);
    import(
        &env,
        "leerlingnummer;naam;groep;photo-website\n1006;Sophie Bakker;1B;ja\n",
        &["--on", "2025-10-01"],
    );
    let stale = |env: &TestEnv| {
        let out = env
            .cmd()
            .args(["audit", "--format", "json", "--fail-on", "never"])
            .output()
            .unwrap();
        let audit: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "consent-stale" && f["subject_id"] == "photo-website")
    };
    assert!(stale(&env));
    let report = import(&env, sept, &["--reconfirm"]);
    assert_eq!(report["decisions_reconfirmed"], 0, "{report}");
    assert_eq!(report["pupils_changed"], 0, "{report}");
    assert!(stale(&env));
    let pupil = env.json(&["pupil", "show", "1006"]);
    assert_eq!(pupil["group"], "1B", "{pupil}");
}

/// September's complete export found again after October's: the pupil October added was
/// marked as left, and fell off the list of who may not be on the photo.
#[test]
fn an_old_complete_file_again_marks_no_later_pupil_as_left() {
    let env = TestEnv::new();
    let sept = "leerlingnummer;naam;groep;photo-internal\n3001;Aap Een;1A;ja\n";
    import(&env, sept, &["--on", "2026-09-01", "--complete"]);
    import(
        &env,
        "leerlingnummer;naam;groep;photo-internal\n3001;Aap Een;1A;ja\n3003;Mies Drie;1A;nee\n",
        &["--on", "2026-10-01", "--complete"],
    );
    let report = import(&env, sept, &["--complete"]);
    assert_eq!(report["pupils_left"], serde_json::json!([]), "{report}");
    let list = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--not-granted",
    ]);
    assert_eq!(list[0]["pupil"], "3003", "{list}");
}

/// Pupil 2001, 16 since 2026-03-15, refuses `photo-social-media` in person on 2026-09-10.
fn pupil_refuses_social_media(env: &TestEnv) {
    set(
        env,
        &[
            "2001",
            "photo-social-media",
            "refused",
            "--by",
            "pupil",
            "--on",
            "2026-09-10",
        ],
    );
}

#[test]
fn a_birth_date_corrected_later_voids_what_the_pupil_decided_before_sixteen() {
    let env = TestEnv::new();
    let export =
        |born: &str| format!("leerlingnummer;naam;groep;geboortedatum\n3001;Noor;4A;{born}\n");
    import(&env, &export("2010-09-01"), &["--on", "2026-06-01"]);
    for (who, decision, on) in [
        ("ouder 1", "granted", "2026-06-01"),
        ("ouder 2", "refused", "2026-06-02"),
    ] {
        set(
            &env,
            &[
                "3001",
                "photo-website",
                decision,
                "--who",
                who,
                "--form",
                "written",
                "--on",
                on,
            ],
        );
    }
    // Sixteen on 2026-09-01: the pupil decides alone, and the parents' dispute is over.
    set(
        &env,
        &[
            "3001",
            "photo-website",
            "granted",
            "--by",
            "pupil",
            "--form",
            "written",
            "--on",
            "2026-09-15",
        ],
    );
    assert_eq!(check(&env, "3001", "photo-website").0, 0);
    // The administration corrects the birth date: the 16th birthday is 2026-10-01.
    let file = env.path("export.csv");
    write(&file, export("2010-10-01"));
    let out = env
        .cmd()
        .args(["pupil", "import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("with the birth date 2010-10-01, 1 decision on pupil 3001's own side (of 2026-09-15) falls before the 16th birthday"),
        "{stderr}"
    );
    let (code, reason) = check(&env, "3001", "photo-website");
    assert_eq!(code, 1, "{reason}");
    assert!(reason.contains("disputed"), "{reason}");
    let show = env.json(&["consent", "show", "3001"]);
    let current = current(&show, "photo-website");
    assert_eq!(current["state"], "disputed", "{current}");
    assert_eq!(
        current["deciders"].as_array().unwrap().len(),
        2,
        "{current}"
    );
    // The list and the counts say the same; the history keeps the pupil's decision.
    let list = env.json(&["consent", "list", "--purpose", "photo-website"]);
    assert_eq!(list[0]["state"], "disputed");
    assert_eq!(show["history"].as_array().unwrap().len(), 3);
    let audit = env.json(&["audit", "--fail-on", "never"]);
    assert!(
        audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "consent-disputed"),
        "{audit}"
    );
    // Back to the first birth date, and the pupil's own decision counts again. The file is
    // byte for byte June's export: undated, it is June's, older than the correction, and
    // changes nothing; dated today, it is today's export.
    write(&file, export("2010-09-01"));
    env.ok(&["pupil", "import", file.to_str().unwrap()]);
    assert_eq!(check(&env, "3001", "photo-website").0, 1);
    env.ok(&["pupil", "import", file.to_str().unwrap(), "--on", TODAY]);
    assert_eq!(check(&env, "3001", "photo-website").0, 0);
}

/// What schemas 18 to 22 added, taken away again: a register as schema 17 left it (schema 22
/// only updates a row).
const BEFORE_18: &str = "DROP TABLE pupil_removal;
     ALTER TABLE breach DROP COLUMN subject_kinds;
     ALTER TABLE pupil DROP COLUMN first_listed_on;
     DROP TABLE reclaim_pending;
     ALTER TABLE consent_decider DROP COLUMN express_seq;
     ALTER TABLE consent_decider DROP COLUMN express_date;
     ALTER TABLE consent_decider DROP COLUMN written_seq;
     ALTER TABLE consent_decider DROP COLUMN written_date;";

/// A register of schema 17 kept each decider's latest decision only: a spoken "yes" after a
/// digital one hid the digital one. Opened by this version, the table is filled anew and the
/// digital grant stands again, in every reader.
#[test]
fn a_register_of_schema_17_finds_the_digital_grant_behind_a_spoken_one() {
    let env = env();
    import(
        &env,
        "leerlingnummer;photo-website\n1008;ja\n",
        &["--on", "2026-09-01"],
    );
    spoken_yes(&env, "1008", "2026-09-20");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(&format!("{BEFORE_18} PRAGMA user_version = 17;"))
        .unwrap();
    drop(conn);
    let (code, reason) = check(&env, "1008", "photo-website");
    assert_eq!(code, 0, "{reason}");
    assert!(reason.contains("2026-09-01"), "{reason}");
    let report = env.json(&["check"]);
    assert_eq!(report["consent_decider_differences"], 0, "{report}");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let (version, express): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT user_version FROM pragma_user_version), count(*) \
             FROM consent_decider WHERE purpose = 'photo-website' AND express_seq < seq",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((version, express), (23, 1));
    let viewed: (String, bool) = conn
        .query_row(
            "SELECT state, counts FROM consent_standing WHERE pupil = '1008' AND purpose = 'photo-website'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(viewed, ("granted".to_string(), true));
    // The digital grant behind the spoken one, lost: `check` says so.
    conn.execute(
        "UPDATE consent_decider SET express_seq = NULL, express_date = NULL WHERE form = 'verbal'",
        [],
    )
    .unwrap();
    drop(conn);
    let (code, report) = env.check_report();
    assert_eq!(code, Some(1));
    assert_eq!(report["consent_decider_differences"], 1, "{report}");
}

/// A parent's spoken "yes" after their digital one leaves the digital one standing, and every
/// reader says so: the check, `consent show`, the list, the matrix, the audit and the GMR's
/// counts; on a day before the digital one, nothing counts.
#[test]
fn every_reader_lets_a_digital_yes_stand_behind_a_spoken_one() {
    let env = env();
    import(
        &env,
        "leerlingnummer;photo-website\n1008;ja\n1009;ja\n",
        &["--on", "2026-09-01"],
    );
    spoken_yes(&env, "1008", "2026-09-20");
    // 1009's parent withdrew in between: the spoken "yes" after it does not count.
    set(
        &env,
        &["1009", "photo-website", "withdrawn", "--on", "2026-09-10"],
    );
    spoken_yes(&env, "1009", "2026-09-20");
    assert_eq!(check(&env, "1008", "photo-website").0, 0);
    assert_eq!(check(&env, "1009", "photo-website").0, 1);
    let shown = env.json(&["consent", "show", "1008"]);
    let current = shown["current"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "photo-website")
        .unwrap();
    assert_eq!(current["state"], "granted", "{current}");
    assert_eq!(current["counts"], true, "{current}");
    assert_eq!(current["date"], "2026-09-01", "{current}");
    assert_eq!(current["form"], "digital", "{current}");
    let listed = env.json(&["consent", "list", "--purpose", "photo-website"]);
    let counts: Vec<(String, bool)> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["pupil"] != "2001")
        .map(|r| {
            (
                r["pupil"].as_str().unwrap().to_string(),
                r["counts"] == true,
            )
        })
        .collect();
    assert_eq!(
        counts,
        [("1008".to_string(), true), ("1009".to_string(), false)],
        "{listed}"
    );
    let matrix = env.json(&["consent", "matrix"]);
    let cell = |pupil: &str| {
        matrix
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["pupil"] == pupil)
            .map(|r| r["consent"]["photo-website"].clone())
            .unwrap()
    };
    assert_eq!(cell("1008"), "yes", "{matrix}");
    assert_eq!(cell("1009"), "no", "{matrix}");
    let audit = env.json(&["audit", "--fail-on", "never"]);
    let unwritten: Vec<&serde_json::Value> = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "consent-explicit-unwritten")
        .collect();
    assert_eq!(unwritten.len(), 1, "{audit}");
    assert!(
        unwritten[0]["message"].as_str().unwrap().contains("1 "),
        "{audit}"
    );
    let dir = env.path("gmr");
    env.ok(&["export", "gmr", "--out-dir", dir.to_str().unwrap()]);
    let csv = std::fs::read_to_string(dir.join("toestemmingen.csv")).unwrap();
    let website: Vec<&str> = csv
        .lines()
        .find(|l| l.to_lowercase().contains("website"))
        .unwrap()
        .split(';')
        .collect();
    // Toestemming; in a form that does not count; geen: one each, shown as small counts.
    assert_eq!(website[2..5], ["<5", "<5", "0"], "{csv}");
    // As of a day before September's export, no grant stands at all.
    let (code, reason) = {
        let out = env
            .cmd()
            .args([
                "consent",
                "check",
                "1008",
                "photo-website",
                "--as-of",
                "2026-08-31",
            ])
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stdout).unwrap(),
        )
    };
    assert_eq!(code, 1, "{reason}");
}

/// An export that says what it said before records nothing, also when a spoken "yes" was
/// recorded in between: the written grant still stands behind it, so the same written "ja"
/// strengthens nothing and renews nothing.
#[test]
fn the_same_written_yes_again_after_a_spoken_one_records_nothing() {
    let env = env();
    let ja = "leerlingnummer;naam;photo-website\n1008;Sanne;ja\n";
    import(&env, ja, &["--on", "2025-09-10", "--form", "written"]);
    spoken_yes(&env, "1008", "2025-10-01");
    let report = import(&env, ja, &["--on", "2026-09-05", "--form", "written"]);
    assert_eq!(report["decisions_recorded"], 0, "{report}");
    let (code, reason) = check(&env, "1008", "photo-website");
    assert_eq!(code, 0, "{reason}");
    assert!(reason.contains("2025-09-10"), "{reason}");
}

/// An export with an empty birth-date cell cleared the birth date known, and with it the 16th
/// birthday that decides who decides.
#[test]
fn an_empty_birth_date_cell_keeps_the_birth_date_known() {
    let env = env();
    import(
        &env,
        "leerlingnummer;naam;groep;geboortedatum\n2001;Bram;8B;\n",
        &[],
    );
    let pupil = env.json(&["pupil", "show", "2001"]);
    assert_eq!(pupil["birth_date"], "2010-03-15", "{pupil}");
}

/// Schema 22 makes the seeded `photo-internal` explicit (the newsletter and the school guide
/// publish to every family), unless the board edited the purpose: then its choice stands.
#[test]
fn a_register_of_schema_21_asks_an_express_statement_for_the_newsletter() {
    for edited in [false, true] {
        let env = TestEnv::new();
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch("UPDATE purpose SET explicit = 0 WHERE id = 'photo-internal';")
            .unwrap();
        if edited {
            conn.execute_batch(
                "INSERT INTO change_event (at, actor, action, entity_kind, entity_id, detail) \
                 VALUES ('2026-01-01T00:00:00Z', 'x', 'edit', 'purpose', 'photo-internal', '{}');",
            )
            .unwrap();
        }
        conn.execute_batch("DROP TABLE pupil_removal; PRAGMA user_version = 21;")
            .unwrap();
        drop(conn);
        let purposes = env.json(&["consent", "purposes"]);
        let internal = purposes
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == "photo-internal")
            .unwrap()
            .clone();
        assert_eq!(internal["explicit"], !edited, "edited: {edited}");
    }
}

/// Complete exports imported out of order: November's, imported after December's, lists a
/// pupil that October's and December's leave out. They left by December, not October, and
/// the purge waits for that.
#[test]
fn an_older_complete_export_that_lists_a_leaver_moves_the_leaving_day_to_the_later_one() {
    let env = TestEnv::new();
    let header = "leerlingnummer;naam;groep\n";
    let both = format!("{header}1001;Anna Jansen;5B\n1003;Cees Bakker;5A\n");
    let anna = format!("{header}1001;Anna Jansen;5B\n");
    for (contents, on) in [
        (&both, "2026-09-01"),
        (&anna, "2026-11-20"),
        (&anna, "2026-10-01"),
        (&both, "2026-11-01"),
    ] {
        import(&env, contents, &["--on", on, "--complete"]);
    }
    assert_eq!(
        env.json(&["pupil", "show", "1003"])["left_on"],
        "2026-11-20"
    );
}
