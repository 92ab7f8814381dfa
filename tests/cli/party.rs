use serde_json::json;

use crate::common::{TestEnv, write};

/// Runs `party check` and returns the exit code and the answer line.
fn check(env: &TestEnv, args: &[&str]) -> (i32, String) {
    let mut all = vec!["party", "check"];
    all.extend(args);
    let out = env.cmd().args(&all).output().unwrap();
    assert!(
        out.stderr.is_empty() || out.status.code() == Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap().trim().to_string(),
    )
}

fn example() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let file = env.path("pupils.csv");
    write(&file, "leerlingnummer;naam;groep\n1;Anna;3A\n2;Bram;3A\n");
    env.ok(&["pupil", "import", file.to_str().unwrap()]);
    env
}

#[test]
fn add_show_edit_and_remove() {
    let env = TestEnv::new();
    let id = env.ok(&[
        "partij",
        "add",
        "GGD Hollands Noorden",
        "--kind",
        "care",
        "--basis",
        "public-task",
        "--law",
        "Wet publieke gezondheid",
        "--category",
        "name",
        "--category",
        "birth-date",
        "--category",
        "name",
        "--in-regulation",
    ]);
    assert_eq!(id, "ggd-hollands-noorden\n");
    assert_eq!(
        env.json(&["party", "show", "ggd-hollands-noorden"]),
        json!({
            "id": "ggd-hollands-noorden", "name": "GGD Hollands Noorden", "kind": "care", "basis": "public-task",
            "law": "Wet publieke gezondheid", "categories": ["name", "birth-date"], "in_privacy_regulation": true,
            "notes": null, "schools": []
        })
    );
    env.ok(&[
        "party",
        "edit",
        "ggd-hollands-noorden",
        "--category",
        "group",
        "--in-regulation",
        "false",
        "--notes",
        "nooit BSN",
    ]);
    let p = env.json(&["party", "show", "ggd-hollands-noorden"]);
    assert_eq!(
        (
            p["categories"].clone(),
            p["in_privacy_regulation"].clone(),
            p["notes"].clone()
        ),
        (json!(["group"]), json!(false), json!("nooit BSN"))
    );
    let csv = env.ok(&["party", "list", "--format", "csv"]);
    assert!(
        csv.starts_with(
            "id,name,kind,basis,law,categories,in_privacy_regulation,notes,schools\r\n"
        )
    );
    assert!(
        env.refused(&["party", "remove", "ggd-hollands-noorden"])
            .contains("pass --yes")
    );
    env.ok(&["party", "remove", "ggd-hollands-noorden", "--yes"]);
    assert_eq!(env.json(&["party", "list"]), json!([]));
}

#[test]
fn validation_refuses_bad_parties() {
    let env = TestEnv::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &["party", "add", "X", "--kind", "club", "--basis", "consent"],
            "invalid value 'club' for '--kind <KIND>'",
        ),
        (
            &["party", "add", "X", "--kind", "care", "--basis", "whim"],
            "invalid value 'whim' for '--basis <BASIS>'",
        ),
        (
            &[
                "party",
                "add",
                "X",
                "--kind",
                "care",
                "--basis",
                "consent",
                "--category",
                "shoe-size",
            ],
            "invalid value 'shoe-size' for '--category <CATEGORY>'",
        ),
        (&["party", "add", "X", "--basis", "consent"], "--kind"),
        (&["party", "show", "nope"], "no party 'nope'"),
        (&["party", "check", "nope"], "no party 'nope'"),
    ];
    for (args, expected) in cases {
        assert!(env.refused(args).contains(expected), "{args:?}");
    }
    env.ok(&[
        "party",
        "add",
        "DUO",
        "--kind",
        "government",
        "--basis",
        "legal-obligation",
        "--law",
        "WPO art. 178a",
    ]);
    // A law not yet looked up is kept; the audit names it.
    env.ok(&["party", "edit", "duo", "--law", ""]);
    let audit = env.json(&["audit", "--fail-on", "never"]);
    assert!(
        audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "party-no-basis" && f["subject_id"] == "duo"),
        "{audit}"
    );
}

#[test]
fn a_party_on_consent_gets_its_purpose_kept_in_step() {
    let env = TestEnv::new();
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
    let purposes = env.json(&["consent", "purposes"]);
    let own = purposes
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "party-logopedie-klank")
        .unwrap()
        .clone();
    assert_eq!(
        own,
        json!({"id": "party-logopedie-klank", "name": "Gegevens uitwisselen met Logopedie Klank",
                           "explicit": true, "written_only": false, "renewal": "yearly", "applies_to": "some",
                           "retired_on": null, "party": "logopedie-klank"})
    );
    env.ok(&[
        "party",
        "edit",
        "logopedie-klank",
        "--name",
        "Logopedie De Klank",
    ]);
    let renamed = env
        .json(&["consent", "purposes"])
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "party-logopedie-klank")
        .unwrap()["name"]
        .clone();
    assert_eq!(renamed, "Gegevens uitwisselen met Logopedie De Klank");
    // A party that moves to consent gets its purpose then.
    env.ok(&[
        "party",
        "add",
        "Sportclub",
        "--kind",
        "other",
        "--basis",
        "legitimate-interest",
    ]);
    env.ok(&["party", "edit", "sportclub", "--basis", "consent"]);
    assert!(
        env.json(&["consent", "purposes"])
            .to_string()
            .contains("party-sportclub")
    );
    // Removing the party removes its purpose.
    env.ok(&["party", "remove", "logopedie-klank", "--yes"]);
    assert!(
        !env.json(&["consent", "purposes"])
            .to_string()
            .contains("party-logopedie-klank")
    );
}

#[test]
fn never_a_bsn_to_the_ggd_and_only_allowed_categories() {
    let env = example();
    assert_eq!(check(&env, &["ggd", "--category", "bsn"]),
               (1, "no: the BSN may only go to a party that a law obliges to receive it (UAVG art. 46); ggd shares on basis public-task".into()));
    assert_eq!(
        check(&env, &["ggd", "--category", "name", "--category", "health"]),
        (
            1,
            "no: ggd may not receive health (allowed: pupil-number, name, birth-date, group)"
                .into()
        )
    );
    assert_eq!(check(&env, &["ggd", "--category", "name", "--category", "birth-date"]),
               (0, "yes: basis public-task (Wet publieke gezondheid art. 5); the categories asked are allowed".into()));
    assert_eq!(
        check(
            &env,
            &[
                "leerplicht",
                "--category",
                "bsn",
                "--category",
                "attendance"
            ]
        )
        .0,
        0
    );
    // The samenwerkingsverband may receive health data for support.
    assert_eq!(
        check(&env, &["swv-passend-onderwijs", "--category", "health"]).0,
        0
    );
}

#[test]
fn a_party_on_consent_needs_the_pupils_written_consent() {
    let env = example();
    let (code, reason) = check(&env, &["logopedie-klankkast", "--category", "name"]);
    assert_eq!(
        (code, reason.as_str()),
        (
            1,
            "no: logopedie-klankkast receives pupil data only with consent: name the pupil with --pupil"
        )
    );
    let (code, reason) = check(
        &env,
        &["logopedie-klankkast", "--pupil", "1", "--category", "name"],
    );
    assert_eq!(code, 1);
    assert!(
        reason.contains("pupil 1: no decision recorded for party-logopedie-klankkast"),
        "{reason}"
    );
    env.ok(&[
        "consent",
        "set",
        "1",
        "party-logopedie-klankkast",
        "granted",
        "--form",
        "verbal",
    ]);
    let (code, reason) = check(&env, &["logopedie-klankkast", "--pupil", "1"]);
    assert_eq!(code, 1);
    assert!(reason.contains("needs an express statement"), "{reason}");
    env.ok(&[
        "consent",
        "set",
        "1",
        "party-logopedie-klankkast",
        "granted",
        "--form",
        "written",
    ]);
    assert_eq!(check(&env, &["logopedie-klankkast", "--pupil", "1", "--category", "progress"]),
               (0, "yes: basis consent: pupil 1: party-logopedie-klankkast granted on 2026-11-28 by parent (written)".into()));
    // Consent for one pupil is not consent for another.
    assert_eq!(check(&env, &["logopedie-klankkast", "--pupil", "2"]).0, 1);
    // Consent does not widen what the party may receive.
    assert_eq!(
        check(
            &env,
            &[
                "logopedie-klankkast",
                "--pupil",
                "1",
                "--category",
                "health"
            ]
        )
        .0,
        1
    );
    let json = env
        .cmd()
        .args([
            "party",
            "check",
            "logopedie-klankkast",
            "--pupil",
            "1",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["allowed"], true);
    assert!(
        env.refused(&["party", "check", "logopedie-klankkast", "--pupil", "99"])
            .contains("no pupil '99'")
    );
    // A pupil who has left: the consent still stands, and it is said that the pupil left, as
    // `consent check` says it.
    env.ok(&["pupil", "leave", "1", "--on", "2026-11-01"]);
    let out = env
        .cmd()
        .args(["party", "check", "logopedie-klankkast", "--pupil", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("pupil 1 left school on 2026-11-01"),
        "{stderr}"
    );
}

#[test]
fn a_party_never_takes_over_a_purpose_that_is_not_its_own() {
    let env = TestEnv::new();
    assert!(
        env.refused(&[
            "consent",
            "purpose",
            "add",
            "Iets anders",
            "--id",
            "party-zorg"
        ])
        .contains("belong to external parties")
    );
    assert!(
        env.refused(&["consent", "purpose", "add", "Party time"])
            .contains("belong to external parties")
    );
    // A hand-edited register may still hold such a purpose: the party is refused, not bent to it.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "INSERT INTO purpose (id, name, explicit) VALUES ('party-zorg', 'Iets anders', 0)",
        [],
    )
    .unwrap();
    drop(conn);
    let err = env.refused(&[
        "party",
        "add",
        "Zorg",
        "--kind",
        "care",
        "--basis",
        "consent",
        "--category",
        "name",
    ]);
    assert!(
        err.contains("consent purpose party-zorg exists but is not about party zorg"),
        "{err}"
    );
    let file = env.path("p.toml");
    write(&file, "[[purpose]]\nid = \"party-x\"\nname = \"X\"\n");
    assert!(
        env.refused(&["import", file.to_str().unwrap()])
            .contains(":1: key `purpose`: purpose ids starting with party- belong")
    );
}

#[test]
fn renaming_a_party_on_consent_logs_its_purpose_as_edited() {
    let env = TestEnv::new();
    env.ok(&[
        "party", "add", "Alpha", "--id", "alpha", "--kind", "care", "--basis", "consent",
    ]);
    env.ok(&["party", "edit", "alpha", "--name", "Beta"]);
    let log = env.json(&["log", "--entity", "purpose:party-alpha"]);
    let actions: Vec<_> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["add", "edit"]);
    assert_eq!(
        log[1]["detail"]["name"]["to"],
        "Gegevens uitwisselen met Beta"
    );
}

#[test]
fn categories_can_be_cleared_and_a_taken_purpose_name_is_explained() {
    let env = TestEnv::new();
    env.ok(&[
        "party",
        "add",
        "GGD",
        "--kind",
        "care",
        "--basis",
        "public-task",
        "--category",
        "name",
    ]);
    env.ok(&["party", "edit", "ggd", "--category", ""]);
    assert_eq!(env.json(&["party", "show", "ggd"])["categories"], json!([]));
    env.ok(&[
        "consent",
        "purpose",
        "add",
        "Gegevens uitwisselen met Zorg BV",
        "--id",
        "zorg-uitwisseling",
    ]);
    let err = env.refused(&[
        "party", "add", "Zorg BV", "--kind", "care", "--basis", "consent",
    ]);
    assert!(
        err.contains("consent purpose zorg-uitwisseling is already named"),
        "{err}"
    );
}

/// A consent party's purpose set to accept any form let health data go on a spoken "yes"
/// (art. 9(2)(a) asks explicit consent); names and the like still go on it.
#[test]
fn health_data_to_a_consent_party_needs_a_purpose_that_asks_an_express_statement() {
    let env = TestEnv::new();
    env.ok(&[
        "party",
        "add",
        "RT-praktijk",
        "--id",
        "rt",
        "--kind",
        "care",
        "--basis",
        "consent",
        "--category",
        "name",
        "--category",
        "health",
        "--in-regulation",
    ]);
    let file = env.path("p.csv");
    write(&file, "leerlingnummer;naam;groep\n1005;Daan Vries;1B\n");
    env.ok(&["pupil", "import", file.to_str().unwrap()]);
    let out = env
        .cmd()
        .args([
            "consent",
            "purpose",
            "edit",
            "party-rt",
            "--explicit",
            "false",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains(
            "warning: party-rt accepts any form now, so party rt receives no health on it"
        ),
        "{said}"
    );
    // The audit says so too, as an error of the party.
    let audit = env
        .cmd()
        .args(["audit", "--format", "json", "--fail-on", "never"])
        .output()
        .unwrap();
    let audit: serde_json::Value = serde_json::from_slice(&audit.stdout).unwrap();
    assert!(
        audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "special-category-party"
                && f["subject_id"] == "rt"
                && f["message"].as_str().unwrap().contains("accepts any form")),
        "{audit}"
    );
    env.ok(&[
        "consent", "set", "1005", "party-rt", "granted", "--form", "verbal",
    ]);
    let health = env
        .cmd()
        .args([
            "party",
            "check",
            "rt",
            "--pupil",
            "1005",
            "--category",
            "health",
        ])
        .output()
        .unwrap();
    assert_eq!(health.status.code(), Some(1));
    let said = String::from_utf8(health.stdout).unwrap();
    assert!(said.contains("only on explicit consent"), "{said}");
    let name = env
        .cmd()
        .args([
            "party",
            "check",
            "rt",
            "--pupil",
            "1005",
            "--category",
            "name",
        ])
        .output()
        .unwrap();
    assert_eq!(name.status.code(), Some(0));
}

/// The warning that a purpose accepting any form lets no health data go is the same rule on
/// every path that can bring it about, judged on the purpose as stored.
#[test]
fn every_write_that_leaves_special_categories_without_explicit_consent_says_so() {
    let env = TestEnv::new();
    env.ok(&[
        "party",
        "add",
        "RT-praktijk",
        "--id",
        "rt",
        "--kind",
        "care",
        "--basis",
        "consent",
        "--category",
        "name",
    ]);
    let stderr = |args: &[&str]| {
        let out = env.cmd().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    // Paper only is an express statement, whatever `--explicit` says: no warning.
    let said = stderr(&[
        "consent",
        "purpose",
        "edit",
        "party-rt",
        "--explicit",
        "false",
        "--written-only",
        "true",
    ]);
    assert!(!said.contains("accepts any form"), "{said}");
    let said = stderr(&[
        "consent",
        "purpose",
        "edit",
        "party-rt",
        "--written-only",
        "false",
        "--explicit",
        "false",
    ]);
    assert!(!said.contains("accepts any form"), "no health yet: {said}");
    // The party gains health data while its purpose accepts any form.
    let said = stderr(&[
        "party",
        "edit",
        "rt",
        "--category",
        "name",
        "--category",
        "health",
    ]);
    assert!(
        said.contains(
            "warning: party-rt accepts any form now, so party rt receives no health on it"
        ),
        "{said}"
    );
}

/// A vital interest lifts the ban on special categories only in an emergency where the person
/// cannot consent (art. 9(2)(c)), case by case: a party registered ahead on it may not receive
/// health or religion data, and the audit says so.
#[test]
fn a_vital_interest_is_no_standing_ground_for_health_data() {
    let env = TestEnv::new();
    env.ok(&[
        "party",
        "add",
        "Zorgpartij",
        "--id",
        "zorg",
        "--kind",
        "care",
        "--basis",
        "vital-interest",
        "--category",
        "name",
        "--category",
        "health",
        "--in-regulation",
    ]);
    let out = env
        .cmd()
        .args(["party", "check", "zorg", "--category", "health"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("only in an emergency where the person cannot consent"),
        "{said}"
    );
    env.ok(&["party", "check", "zorg", "--category", "name"]);
    let audit = env
        .cmd()
        .args(["audit", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(audit.status.code(), Some(1));
    let audit: serde_json::Value = serde_json::from_slice(&audit.stdout).unwrap();
    let finding = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "special-category-party")
        .unwrap()
        .clone();
    assert_eq!(finding["severity"], "error");
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .contains("case by case"),
        "{finding}"
    );
}
