use serde_json::json;

use crate::common::{TestEnv, write};

/// A register with pupils 1 (born 2016) and 2 (born 2010-03-15) and pupil 3 (no birth date).
fn env() -> TestEnv {
    let env = TestEnv::new();
    let file = env.path("pupils.csv");
    write(
        &file,
        "leerlingnummer;naam;groep;geboortedatum\n1;Anna;3A;2016-05-01\n2;Bram;8B;2010-03-15\n3;Cas;3A;\n",
    );
    env.ok(&["pupil", "import", file.to_str().unwrap()]);
    env
}

/// Runs `consent check` and returns the exit code and the reason.
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

#[test]
fn no_decision_is_no_consent() {
    let env = env();
    assert_eq!(
        check(&env, "1", "photo-internal"),
        (
            1,
            "no: no decision recorded for photo-internal: without a decision there is no consent"
                .into()
        )
    );
    let out = env
        .cmd()
        .args([
            "consent",
            "check",
            "1",
            "photo-internal",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["allowed"], false);
    assert!(
        json["reason"]
            .as_str()
            .unwrap()
            .starts_with("no decision recorded")
    );
}

#[test]
fn a_decision_entered_later_with_an_older_date_does_not_win() {
    let env = env();
    env.ok(&[
        "consent",
        "set",
        "1",
        "photo-internal",
        "granted",
        "--on",
        "2026-09-01",
    ]);
    let out = env
        .cmd()
        .args([
            "consent",
            "set",
            "1",
            "photo-internal",
            "refused",
            "--on",
            "2026-08-01",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("a later-dated decision stands"));
    assert_eq!(
        check(&env, "1", "photo-internal"),
        (
            0,
            "yes: photo-internal granted on 2026-09-01 by parent (digital)".into()
        )
    );
    assert_eq!(
        env.json(&["consent", "show", "1"])["history"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

/// Pupil 1's parent grants `photo-internal` on 2026-09-01 (by the Dutch noun) and withdraws it
/// in writing on 2026-10-01.
fn grant_then_withdraw(env: &TestEnv) {
    env.ok(&[
        "toestemming",
        "set",
        "1",
        "photo-internal",
        "granted",
        "--on",
        "2026-09-01",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1",
        "photo-internal",
        "withdrawn",
        "--on",
        "2026-10-01",
        "--form",
        "written",
    ]);
}

#[test]
fn a_withdrawal_ends_consent() {
    let env = env();
    grant_then_withdraw(&env);
    assert_eq!(
        check(&env, "1", "photo-internal"),
        (
            1,
            "no: photo-internal withdrawn on 2026-10-01 by parent (written)".into()
        )
    );
}

#[test]
fn an_explicit_purpose_counts_written_and_digital_grants_never_verbal() {
    let env = env();
    let out = env
        .cmd()
        .args([
            "consent",
            "set",
            "1",
            "photo-website",
            "granted",
            "--form",
            "verbal",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs an express statement"));
    let (code, reason) = check(&env, "1", "photo-website");
    assert_eq!(code, 1);
    assert!(
        reason.contains("but this purpose needs an express statement, written or digital"),
        "{reason}"
    );
    // Portal consent (Parro, Magister, Somtoday) is an express statement.
    env.ok(&[
        "consent",
        "set",
        "1",
        "photo-website",
        "granted",
        "--form",
        "digital",
    ]);
    assert_eq!(check(&env, "1", "photo-website").0, 0);
    // A board may demand paper for a purpose; it is said that this judges past grants too.
    let out = env
        .cmd()
        .args([
            "consent",
            "purpose",
            "edit",
            "photo-website",
            "--written-only",
            "true",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(
            "warning: the forms of consent that count for photo-website changed; every grant is \
             judged by the purpose as it is now, also in answers for an earlier day (--as-of)"
        ),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (code, reason) = check(&env, "1", "photo-website");
    assert_eq!(code, 1);
    assert!(reason.contains("written (paper)"), "{reason}");
    env.ok(&[
        "consent",
        "set",
        "1",
        "photo-website",
        "granted",
        "--form",
        "written",
    ]);
    assert_eq!(check(&env, "1", "photo-website").0, 0);
    // A renewed decision is evidence too: every set is recorded.
    env.ok(&[
        "consent",
        "set",
        "1",
        "photo-website",
        "granted",
        "--form",
        "written",
    ]);
    assert_eq!(
        env.json(&["consent", "show", "1"])["history"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[test]
fn only_pupils_of_sixteen_decide_for_themselves() {
    let env = env();
    let err = env.refused(&[
        "consent",
        "set",
        "2",
        "social-media-use",
        "granted",
        "--by",
        "pupil",
        "--on",
        "2026-03-14",
    ]);
    assert!(err.contains("younger than 16 on 2026-03-14"), "{err}");
    env.ok(&[
        "consent",
        "set",
        "2",
        "social-media-use",
        "granted",
        "--by",
        "pupil",
        "--on",
        "2026-03-15",
    ]);
    // From then on a parent's word is not the pupil's consent.
    let err = env.refused(&[
        "consent",
        "set",
        "2",
        "social-media-use",
        "refused",
        "--by",
        "parent",
        "--on",
        "2026-03-15",
    ]);
    assert!(
        err.contains("pupil 2: the pupil is 16 or older on 2026-03-15 and decides alone"),
        "{err}"
    );
    env.ok(&[
        "consent",
        "set",
        "2",
        "social-media-use",
        "refused",
        "--by",
        "parent",
        "--on",
        "2026-03-14",
    ]);
    assert!(
        env.refused(&[
            "consent",
            "set",
            "3",
            "social-media-use",
            "granted",
            "--by",
            "pupil"
        ])
        .contains("birth date is not known")
    );
    env.ok(&[
        "consent",
        "set",
        "3",
        "social-media-use",
        "granted",
        "--by",
        "guardian",
    ]);
}

#[test]
fn bad_pupils_purposes_and_decisions_are_refused() {
    let env = env();
    assert!(
        env.refused(&["consent", "set", "99", "photo-internal", "granted"])
            .contains("no pupil '99'")
    );
    assert!(
        env.refused(&["consent", "set", "1", "nope", "granted"])
            .contains("no consent purpose 'nope'")
    );
    assert!(
        env.refused(&["consent", "set", "1", "photo-internal", "maybe"])
            .contains("invalid value 'maybe' for '[DECISION]'")
    );
    assert!(
        env.refused(&[
            "consent",
            "set",
            "1",
            "photo-internal",
            "granted",
            "--form",
            "fax"
        ])
        .contains("invalid value 'fax' for '--form <FORM>'")
    );
    assert!(
        env.refused(&["consent", "check", "1", "nope"])
            .contains("no consent purpose 'nope'")
    );
    assert!(
        env.refused(&["consent", "list", "--purpose", "nope"])
            .contains("no consent purpose 'nope'")
    );
}

#[test]
fn list_shows_who_may_not_be_on_the_class_photo() {
    let env = env();
    env.ok(&["consent", "set", "1", "photo-internal", "granted"]);
    env.ok(&["consent", "set", "3", "photo-internal", "refused"]);
    let rows = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--group",
        "3A",
    ]);
    assert_eq!(
        rows,
        json!([
            {"pupil": "1", "name": "Anna", "group": "3A", "school": null, "purpose": "photo-internal", "state": "granted", "counts": true, "date": "2026-11-28", "form": "digital", "given_by": "parent", "decider": null, "reason": null},
            {"pupil": "3", "name": "Cas", "group": "3A", "school": null, "purpose": "photo-internal", "state": "refused", "counts": false, "date": "2026-11-28", "form": "digital", "given_by": "parent", "decider": null, "reason": "photo-internal refused on 2026-11-28 by parent (digital)"},
        ])
    );
    let not = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--not-granted",
    ]);
    let names: Vec<_> = not
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Cas", "Bram"]);
    let csv = env.ok(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--format",
        "csv",
    ]);
    assert!(csv.starts_with(
        "pupil,name,group,school,purpose,state,counts,date,form,given_by,decider,reason\r\n"
    ));
}

#[test]
fn purposes_are_seeded_and_can_be_added_and_edited() {
    let env = TestEnv::new();
    let ids: Vec<_> = env
        .json(&["consent", "purposes"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "contact-sharing",
            "photo-internal",
            "photo-social-media",
            "photo-website",
            "social-media-use"
        ]
    );
    assert_eq!(
        env.json(&["consent", "purposes"])[3],
        json!({"id": "photo-website", "name": "Beeldmateriaal op de website van de school", "explicit": true, "written_only": false, "renewal": "yearly", "applies_to": "all", "retired_on": null, "party": null})
    );
    assert_eq!(
        env.ok(&[
            "consent",
            "purpose",
            "add",
            "Deelname aan onderzoek",
            "--explicit"
        ]),
        "deelname-aan-onderzoek\n"
    );
    env.ok(&[
        "consent",
        "purpose",
        "edit",
        "photo-internal",
        "--explicit",
        "true",
        "--name",
        "Foto's intern",
    ]);
    let edited = env.json(&["consent", "purposes"])[2].clone();
    assert_eq!(
        edited,
        json!({"id": "photo-internal", "name": "Foto's intern", "explicit": true, "written_only": false, "renewal": "yearly", "applies_to": "all", "retired_on": null, "party": null})
    );
    assert!(
        env.refused(&["consent", "purpose", "add", "X", "--id", "photo-internal"])
            .contains("already exists")
    );
    assert!(
        env.refused(&["consent", "purpose", "edit", "nope", "--name", "x"])
            .contains("no consent purpose 'nope'")
    );
}

#[test]
fn decisions_are_dated_by_today_at_the_latest_and_judged_as_of_today() {
    let env = env();
    assert!(
        env.refused(&[
            "consent",
            "set",
            "1",
            "photo-internal",
            "granted",
            "--on",
            "2026-11-29"
        ])
        .contains("cannot be dated after today")
    );
    assert!(
        env.refused(&[
            "consent",
            "set",
            "1",
            "photo-internal",
            "granted",
            "--on",
            "2016-04-30"
        ])
        .contains("before the pupil was born (2016-05-01)")
    );
    let file = env.path("later.csv");
    write(&file, "leerlingnummer;naam;photo-internal\n1;Anna;ja\n");
    assert!(
        env.refused(&[
            "pupil",
            "import",
            file.to_str().unwrap(),
            "--on",
            "2027-01-01"
        ])
        .contains("--on: a decision cannot be dated after today")
    );
    // Recorded on a later day, it does not count on an earlier one.
    let later = env
        .cmd()
        .env("VREG_TODAY", "2026-12-15")
        .args([
            "consent",
            "set",
            "1",
            "photo-internal",
            "granted",
            "--on",
            "2026-12-15",
        ])
        .output()
        .unwrap();
    assert!(later.status.success());
    assert_eq!(check(&env, "1", "photo-internal").0, 1);
    let not = env.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--not-granted",
    ]);
    assert!(not.to_string().contains("Anna"), "{not}");
    assert_eq!(
        env.json(&["consent", "show", "1"])["current"][1]["state"],
        "unknown"
    );
    let on_the_day = env
        .cmd()
        .env("VREG_TODAY", "2026-12-15")
        .args(["consent", "check", "1", "photo-internal"])
        .output()
        .unwrap();
    assert_eq!(on_the_day.status.code(), Some(0));
}

#[test]
fn check_answers_in_csv_too() {
    let env = env();
    let out = env
        .cmd()
        .args(["consent", "check", "1", "photo-internal", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "allowed,reason\r\nfalse,no decision recorded for photo-internal: without a decision there is no consent\r\n"
    );
}

/// `--as-of` asks for another day: what stood when the photo was published, and who was at
/// school then.
#[test]
fn check_list_and_show_answer_for_the_day_asked() {
    let env = env();
    grant_then_withdraw(&env);
    env.ok(&["pupil", "leave", "2", "--on", "2026-09-15"]);
    let check_on = |day: &str| {
        let out = env
            .cmd()
            .args(["consent", "check", "1", "photo-internal", "--as-of", day])
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stdout).unwrap().trim().to_string(),
        )
    };
    assert_eq!(
        check_on("2026-09-30"),
        (
            0,
            "yes: photo-internal granted on 2026-09-01 by parent (digital)".into()
        )
    );
    assert_eq!(check_on("2026-10-01").0, 1);
    assert_eq!(check_on("2026-08-31").0, 1);
    assert!(
        check_on("2026-08-31").1.contains("no decision"),
        "{:?}",
        check_on("2026-08-31")
    );
    assert_eq!(check(&env, "1", "photo-internal").0, 1);

    let list = |day: Option<&str>| {
        let mut args = vec!["consent", "list", "--purpose", "photo-internal"];
        args.extend(day.map(|d| ["--as-of", d]).iter().flatten());
        let rows = env.json(&args);
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["pupil"].as_str().unwrap().to_string(),
                    r["state"].as_str().unwrap().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let pair = |p: &str, s: &str| (p.to_string(), s.to_string());
    assert_eq!(
        list(Some("2026-09-14")),
        [
            pair("1", "granted"),
            pair("3", "unknown"),
            pair("2", "unknown")
        ]
    );
    assert_eq!(list(None), [pair("1", "withdrawn"), pair("3", "unknown")]);
    // Not before they were born (pupil 1 on 2016-05-01); the register does not know when a
    // pupil came, so a pupil born by then counts as at school.
    assert_eq!(
        list(Some("2016-04-30")),
        [pair("3", "unknown"), pair("2", "unknown")]
    );

    let show = env.json(&["consent", "show", "1", "--as-of", "2026-09-30"]);
    let photo = show["current"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "photo-internal")
        .unwrap();
    assert_eq!(photo["state"], "granted");
    assert_eq!(show["history"].as_array().unwrap().len(), 2);

    // A pupil who had left by the day asked: the answer stands, and a note says so.
    let stderr_on = |day: &str| {
        let out = env
            .cmd()
            .args(["consent", "check", "2", "photo-internal", "--as-of", day])
            .output()
            .unwrap();
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(
        stderr_on("2026-09-15").contains("pupil 2 left school on 2026-09-15"),
        "{}",
        stderr_on("2026-09-15")
    );
    assert_eq!(stderr_on("2026-09-14"), "");

    let err = env.refused(&[
        "consent",
        "check",
        "1",
        "photo-internal",
        "--as-of",
        "2026-02-30",
    ]);
    assert!(err.contains("--as-of"), "{err}");
}
