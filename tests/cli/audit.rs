use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::{TestEnv, write};

/// One instance of every audit rule, and one clean supplier.
const REGISTER: &str = r#"
[[supplier]]
id = "clean"
name = "Clean B.V."
convenant = "participant"
convenant_version = "4.0"
convenant_checked_on = 2026-09-01

[[supplier.agreement]]
id = "clean-2024"
model = "model-4.0"
signed_on = 2024-01-10
review_on = 2027-06-01
document = "DMS/1"
storage_countries = ["NL"]
scope = ["eck-id", "name"]

[[supplier.agreement.subprocessor]]
name = "Hosting NL"
country = "NL"

[[supplier]]
id = "no-agreement"
name = "Zonder Overeenkomst"
convenant = "participant"
convenant_checked_on = 2026-09-01

[[supplier]]
id = "expired"
name = "Verlopen"
convenant = "participant"
convenant_checked_on = 2026-09-01

[[supplier.agreement]]
id = "expired-2021"
signed_on = 2021-01-01
expires_on = 2026-06-30
document = "DMS/2"
scope = ["eck-id"]

[[supplier]]
id = "many"
name = "Van Alles"
convenant = "none"
convenant_checked_on = 2025-01-01

[[supplier.agreement]]
id = "expiring"
products = ["Rekenen"]
signed_on = 2024-01-01
expires_on = 2027-01-15
document = "DMS/3"
scope = ["eck-id"]

[[supplier.agreement]]
id = "review"
products = ["Taal"]
signed_on = 2024-02-01
review_on = 2026-10-01
document = "DMS/4"
scope = ["eck-id"]

[[supplier.agreement]]
id = "no-scope"
signed_on = 2024-03-01
document = "DMS/5"

[[supplier.agreement]]
id = "no-document"
signed_on = 2024-04-01
scope = ["eck-id"]

[[supplier.agreement]]
id = "model-3"
model = "model-3.0"
signed_on = 2023-01-01
document = "DMS/6"
scope = ["eck-id"]

[[supplier.agreement]]
id = "health"
signed_on = 2024-05-01
document = "DMS/7"
scope = ["eck-id", "health"]

[[supplier.agreement]]
id = "bsn"
signed_on = 2024-06-01
document = "DMS/8"
scope = ["bsn"]

[[supplier.agreement]]
id = "us"
signed_on = 2024-07-01
document = "DMS/9"
storage_countries = ["US"]
scope = ["eck-id"]

[[party]]
id = "leerplicht"
name = "Leerplicht"
kind = "government"
basis = "legal-obligation"
law = "Leerplichtwet 1969 art. 21a"
categories = ["bsn"]
in_privacy_regulation = true

[[party]]
id = "ggd"
name = "GGD"
kind = "care"
basis = "public-task"
categories = ["bsn", "name"]
in_privacy_regulation = false
"#;

const PUPILS: &str = "leerlingnummer;naam;groep;photo-internal;photo-website;contact-sharing;photo-social-media;social-media-use\n\
1;Anna;3A;ja;ja;ja;ja;ja\n\
2;Bram;3A;ja;;ja;ja;ja\n";

fn register() -> TestEnv {
    let env = TestEnv::empty();
    let file = env.path("register.toml");
    write(&file, REGISTER);
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
    let csv = env.path("pupils.csv");
    write(&csv, PUPILS);
    env.ok(&[
        "pupil",
        "import",
        csv.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    // Said at the school gate: no statement a publication can rest on.
    env.ok(&[
        "consent",
        "set",
        "2",
        "photo-website",
        "granted",
        "--form",
        "verbal",
        "--on",
        "2026-09-02",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1",
        "photo-internal",
        "granted",
        "--on",
        "2025-09-01",
    ]);
    // A decision from last school year that still stands.
    write(&csv, "leerlingnummer;naam;groep\n3;Cas;8B\n");
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    env.ok(&[
        "consent",
        "set",
        "3",
        "contact-sharing",
        "granted",
        "--on",
        "2025-09-01",
    ]);
    write(&csv, "leerlingnummer;naam;groep\n4;Dirk;8B\n5;Eva;8B\n");
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    env.ok(&["pupil", "leave", "4", "--on", "2024-11-27"]);
    env.ok(&["pupil", "leave", "5", "--on", "2024-11-28"]);
    // No vreg command makes a legal obligation without a law; a register edited by hand can have one.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute("UPDATE party SET law = NULL WHERE id = 'leerplicht'", [])
        .unwrap();
    env
}

fn audit(env: &TestEnv, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["audit", "--format", "json"];
    args.extend(extra);
    let out = env.cmd().args(&args).output().unwrap();
    (
        out.status.code().unwrap(),
        serde_json::from_slice(&out.stdout).expect("audit JSON"),
    )
}

#[test]
fn every_rule_fires_once_where_it_should_and_never_on_the_clean_supplier() {
    let env = register();
    let (code, report) = audit(&env, &[]);
    assert_eq!(code, 1);
    let found: BTreeSet<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {} {}:{}",
                f["severity"].as_str().unwrap(),
                f["code"].as_str().unwrap(),
                f["subject_kind"].as_str().unwrap(),
                f["subject_id"].as_str().unwrap()
            )
        })
        .collect();
    let expected: BTreeSet<String> = [
        "error agreement-missing supplier:no-agreement",
        "error agreement-expired agreement:expired-2021",
        "warning agreement-expiring agreement:expiring",
        "warning review-overdue agreement:review",
        "error scope-missing agreement:no-scope",
        "warning document-missing agreement:no-document",
        "warning convenant-none supplier:many",
        "info convenant-unchecked supplier:many",
        "warning model-outdated agreement:model-3",
        "warning special-category agreement:health",
        "error bsn-shared agreement:bsn",
        "error bsn-shared party:ggd",
        "error transfer-unsafeguarded agreement:us",
        "error party-no-basis party:leerplicht",
        "warning party-not-in-regulation party:ggd",
        "info consent-unknown purpose:photo-website",
        "info consent-unknown purpose:photo-internal",
        "info consent-unknown purpose:photo-social-media",
        "info consent-unknown purpose:social-media-use",
        "warning consent-stale purpose:contact-sharing",
        "warning consent-explicit-unwritten purpose:photo-website",
        "warning pupil-retention pupil:*",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(
        found,
        expected,
        "\nmissing: {:?}\nextra: {:?}",
        expected.difference(&found).collect::<Vec<_>>(),
        found.difference(&expected).collect::<Vec<_>>()
    );
    assert!(
        !report.to_string().contains("clean"),
        "a finding on the clean supplier"
    );
    assert_eq!(report["as_of"], "2026-11-28");
    assert_eq!(
        report["summary"],
        serde_json::json!({"error": 7, "warning": 10, "info": 5, "accepted": 0})
    );
    // Counts name numbers, not pupils.
    let retention = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "pupil-retention")
        .unwrap();
    assert!(
        retention["message"]
            .as_str()
            .unwrap()
            .starts_with("1 pupil who left before 2024-11-28")
    );
    // The hint is a command that works as given, in a script too (as `deadlines` gives it).
    assert_eq!(
        retention["hint"],
        "vreg pupil purge --left-before 2024-11-28 --yes"
    );
    env.ok(&["pupil", "purge", "--left-before", "2024-11-28", "--yes"]);
}

#[test]
fn findings_come_in_a_stable_order() {
    let env = register();
    let (_, report) = audit(&env, &[]);
    let keys: Vec<(u8, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let rank = match f["severity"].as_str().unwrap() {
                "error" => 0,
                "warning" => 1,
                _ => 2,
            };
            (
                rank,
                f["code"].as_str().unwrap().to_string(),
                format!(
                    "{}:{}",
                    f["subject_kind"].as_str().unwrap(),
                    f["subject_id"].as_str().unwrap()
                ),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(audit(&env, &[]).1, report, "two runs differ");
}

#[test]
fn fail_on_sets_the_exit_code() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Clean", "--role", "controller"]);
    assert_eq!(audit(&env, &[]).0, 0);
    let env = register();
    assert_eq!(audit(&env, &["--fail-on", "never"]).0, 0);
    assert_eq!(audit(&env, &["--fail-on", "warning"]).0, 1);
    // Only warnings and info left: passes on error, fails on warning.
    let warn_only = TestEnv::new();
    warn_only.ok(&["supplier", "add", "X"]);
    warn_only.ok(&[
        "agreement",
        "add",
        "x",
        "--signed-on",
        "2024-01-01",
        "--document",
        "D",
    ]);
    warn_only.ok(&["scope", "set", "x-2024", "eck-id"]);
    assert_eq!(audit(&warn_only, &[]).0, 0);
    assert_eq!(audit(&warn_only, &["--fail-on", "warning"]).0, 1);
    assert!(
        warn_only
            .refused(&["audit", "--fail-on", "sometimes"])
            .contains("invalid value 'sometimes' for '--fail-on <FAIL_ON>' [possible values: error, warning, never]")
    );
}

#[test]
fn as_of_and_horizon_move_the_boundaries() {
    let env = register();
    let codes = |extra: &[&str]| -> Vec<String> {
        audit(&env, extra).1["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["subject_id"] == "expiring")
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(codes(&[]), ["agreement-expiring"]);
    // 2027-01-15 is 48 days after 2026-11-28.
    assert_eq!(codes(&["--horizon", "48"]), ["agreement-expiring"]);
    assert_eq!(codes(&["--horizon", "47"]), Vec::<String>::new());
    // Once expired, the supplier's newer agreements in force take over: not reported as expired.
    assert_eq!(codes(&["--as-of", "2027-01-16"]), Vec::<String>::new());
}

#[test]
fn runs_are_saved_and_listed_and_every_format_works() {
    let env = register();
    let out = env
        .cmd()
        .args(["controle", "--save", "--as-of", "2026-11-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("error (7)"), "{table}");
    assert!(table.contains("audit of 2026-11-01:"), "{table}");
    let history = env.json(&["audit", "history"]);
    assert_eq!(history.as_array().unwrap().len(), 1);
    assert_eq!(history[0]["as_of"], "2026-11-01");
    assert!(history[0]["error"].as_i64().unwrap() > 0);
    let csv = env
        .cmd()
        .args(["audit", "--format", "csv"])
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(
        csv.starts_with(
            "code,severity,subject_kind,subject_id,message,hint,accepted_until,accepted_reason\r\n"
        ),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 23);
    assert!(table.contains("warning ("));
    assert_eq!(
        env.ok(&["audit", "history", "--format", "csv"])
            .lines()
            .next(),
        Some("id,at,as_of,error,warning,info")
    );
}

#[test]
fn consent_is_judged_as_it_stood_on_as_of() {
    let env = TestEnv::new();
    let csv = env.path("pupils.csv");
    write(
        &csv,
        "leerlingnummer;naam;groep;photo-internal\n1;Anna;3A;ja\n",
    );
    env.ok(&[
        "pupil",
        "import",
        csv.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    let unknown = |as_of: &str| -> Vec<String> {
        audit(&env, &["--as-of", as_of]).1["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "consent-unknown")
            .map(|f| f["subject_id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(unknown("2026-08-15").contains(&"photo-internal".to_string()));
    assert!(!unknown("2026-09-01").contains(&"photo-internal".to_string()));
    // The hint asks whoever decides: from 16, the pupil (it named only the parents).
    let findings = audit(&env, &["--as-of", "2026-08-15"]).1["findings"].clone();
    let hint = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "consent-unknown")
        .unwrap()["hint"]
        .clone();
    assert!(
        hint.as_str()
            .unwrap()
            .starts_with("ask the parents (from 16, the pupil)"),
        "{hint}"
    );
    // The GMR counts are taken on the same day.
    let dir = env.path("gmr");
    env.ok(&[
        "export",
        "gmr",
        "--out-dir",
        dir.to_str().unwrap(),
        "--as-of",
        "2026-08-15",
        "--min-count",
        "1",
    ]);
    let counts = std::fs::read_to_string(dir.join("toestemmingen.csv")).unwrap();
    let row = counts
        .lines()
        .find(|l| l.contains("nieuwsbrief"))
        .unwrap()
        .to_string();
    // The counts, then the board and the reference date.
    assert!(row.ends_with(";0;0;0;0;0;1;;15-08-2026"), "{row}");
}

#[test]
fn a_reader_that_stops_early_does_not_hide_a_failing_audit() {
    let env = register();
    for format in ["table", "json", "csv"] {
        let out = env.with_closed_stdout(&["audit", "--format", format]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A long code beside a long id still fits 80 columns: the code, the kind and the id stand above
/// each other, each whole on its line, in both languages.
#[test]
fn a_long_code_and_a_long_id_fit_80_columns() {
    let env = TestEnv::new();
    let id = "leerlingbegeleiding-en-zorgdossiers-bovenbouw";
    env.ok(&[
        "processing",
        "add",
        "Leerlingbegeleiding",
        "--id",
        id,
        "--purpose",
        "zorg",
        "--subjects",
        "pupils",
        "--category",
        "health",
        "--basis",
        "public-task",
    ]);
    for lang in ["en", "nl"] {
        let out = env
            .cmd()
            .env("COLUMNS", "80")
            .args(["audit", "--lang", lang])
            .output()
            .unwrap();
        let table = String::from_utf8(out.stdout).unwrap();
        for line in table.lines() {
            assert!(line.chars().count() <= 80, "{lang}: {line}\n{table}");
        }
        assert!(table.lines().any(|l| l.contains(id)), "{lang}:\n{table}");
        assert!(
            table
                .lines()
                .any(|l| l.contains("processing-special-no-exception")),
            "{lang}:\n{table}"
        );
    }
}

/// An agreement lapsed while its successor is registered to take effect later: the gap is an
/// error, and the hint and `deadlines` name the successor instead of asking to register one.
#[test]
fn a_gap_before_a_registered_successor_names_the_successor() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Alpha", "--role", "processor"]);
    for (id, signed, starts, expires, doc) in [
        ("alpha-old", "2023-01-01", "2023-01-01", "2026-10-31", "d1"),
        ("alpha-new", "2026-10-15", "2026-12-01", "2029-11-30", "d2"),
    ] {
        env.ok(&[
            "agreement",
            "add",
            "alpha",
            "--id",
            id,
            "--signed-on",
            signed,
            "--starts-on",
            starts,
            "--expires-on",
            expires,
            "--product",
            "P",
            "--document",
            doc,
        ]);
        env.ok(&["scope", "set", id, "name"]);
    }
    let findings = audit(&env, &[]).1["findings"].clone();
    let expired = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "agreement-expired")
        .unwrap()
        .clone();
    assert!(
        expired["message"]
            .as_str()
            .unwrap()
            .contains("its successor alpha-new takes effect on 2026-12-01"),
        "{expired}"
    );
    let hint = expired["hint"].as_str().unwrap();
    assert!(
        hint.contains("vreg agreement edit alpha-new --starts-on")
            && !hint.contains("agreement add"),
        "{hint}"
    );
    // `deadlines` exits 1: a deadline has passed.
    let out = env
        .cmd()
        .args(["deadlines", "--format", "json"])
        .output()
        .unwrap();
    let deadlines: Value = serde_json::from_slice(&out.stdout).unwrap();
    let lapsed = deadlines
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["subject_id"] == "alpha-old")
        .unwrap()
        .clone();
    assert!(
        lapsed["command"]
            .as_str()
            .unwrap()
            .starts_with("vreg agreement edit alpha-new --starts-on"),
        "{lapsed}"
    );
    // Before the old one ends, the warning says the same.
    let early = audit(&env, &["--as-of", "2026-10-20"]).1["findings"].clone();
    let expiring = early
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "agreement-expiring")
        .unwrap()
        .clone();
    assert!(
        expiring["message"]
            .as_str()
            .unwrap()
            .contains("its successor alpha-new takes effect only on 2026-12-01"),
        "{expiring}"
    );
    assert!(
        expiring["hint"]
            .as_str()
            .unwrap()
            .contains("vreg agreement edit alpha-new --starts-on"),
        "{expiring}"
    );
    // The year report counts it as replaced (after a gap), not as ended without a successor.
    let report = env.json(&["report", "year", "2026"]);
    assert_eq!(report["agreements"]["replaced"], 1, "{report}");
    assert_eq!(report["agreements"]["expired_without_successor"], 0);
    // Its table, which goes into the bestuursverslag, has the row: every agreement that ended
    // in the year is in one of them.
    let md = env.ok(&["report", "year", "2026", "--format", "md"]);
    assert!(
        md.contains("| Vervangen door een latere overeenkomst | 1 |"),
        "{md}"
    );
}
