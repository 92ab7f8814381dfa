//! The audit's rules of law: special categories to parties, legitimate interest, transfers per
//! recipient, and the BSN where a law prescribes it.

use crate::common::{TestEnv, write};

fn findings(env: &TestEnv) -> Vec<String> {
    env.json(&["audit", "--fail-on", "never"])["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}:{}",
                f["code"].as_str().unwrap(),
                f["subject_kind"].as_str().unwrap(),
                f["subject_id"].as_str().unwrap()
            )
        })
        .collect()
}

fn import(env: &TestEnv, toml: &str) {
    let file = env.path("register.toml");
    write(&file, toml);
    env.ok(&["import", file.to_str().unwrap()]);
}

#[test]
fn special_categories_never_go_to_a_party_on_legitimate_interest_or_contract() {
    let env = TestEnv::new();
    env.ok(&[
        "party",
        "add",
        "Sportvereniging",
        "--kind",
        "other",
        "--basis",
        "legitimate-interest",
        "--category",
        "health",
        "--category",
        "photo",
        "--in-regulation",
    ]);
    let out = env
        .cmd()
        .args(["party", "check", "sportvereniging"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("AVG art. 9") && said.contains("health"),
        "{said}"
    );
    assert_eq!(
        env.code(&["party", "check", "sportvereniging", "--category", "photo"]),
        Some(0)
    );
    let found = findings(&env);
    assert!(
        found.contains(&"special-category-party party:sportvereniging".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"party-legitimate-interest party:sportvereniging".to_string()),
        "{found:?}"
    );
    assert_eq!(env.code(&["audit"]), Some(1));
    // A public task with its law may receive health data for support.
    env.ok(&[
        "party",
        "add",
        "Samenwerkingsverband",
        "--kind",
        "education",
        "--basis",
        "public-task",
        "--law",
        "WPO art. 18a",
        "--category",
        "health",
        "--in-regulation",
    ]);
    env.ok(&[
        "party",
        "check",
        "samenwerkingsverband",
        "--category",
        "health",
    ]);
    let found = findings(&env);
    assert!(
        !found
            .iter()
            .any(|f| f.ends_with("party:samenwerkingsverband")),
        "{found:?}"
    );
    // Without its law it may not.
    env.ok(&["party", "edit", "samenwerkingsverband", "--law", ""]);
    assert_eq!(
        env.code(&[
            "party",
            "check",
            "samenwerkingsverband",
            "--category",
            "health"
        ]),
        Some(1)
    );
    assert!(
        findings(&env).contains(&"special-category-party party:samenwerkingsverband".to_string())
    );
}

const TRANSFERS: &str = r#"
[[supplier]]
id = "cloud"
name = "Cloud"
convenant = "participant"
convenant_version = "4.0"
convenant_checked_on = 2026-09-01

[[supplier.agreement]]
id = "cloud-2026"
signed_on = 2026-01-01
document = "DMS/1"
scope = ["eck-id"]
storage_countries = ["NL", "US"]
transfer_safeguard = "dpf"

[[supplier.agreement.subprocessor]]
name = "Support India"
country = "IN"
transfer_safeguard = "dpf"

[[supplier.agreement.subprocessor]]
name = "Backup USA"
country = "US"

[[supplier.agreement.subprocessor]]
name = "Mail UK"
country = "GB"
transfer_safeguard = "adequacy"

[[supplier.agreement.subprocessor]]
name = "Hosting Ierland"
country = "IE"
"#;

#[test]
fn every_recipient_outside_the_eea_needs_a_safeguard_that_holds_there() {
    let env = TestEnv::new();
    import(&env, TRANSFERS);
    let audit = env.json(&["audit", "--fail-on", "never"]);
    let transfer: Vec<(String, String)> = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"].as_str().unwrap().starts_with("transfer-"))
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(transfer.len(), 2, "{transfer:?}");
    // dpf is for the United States only.
    assert!(
        transfer
            .iter()
            .any(|(code, m)| code == "transfer-safeguard-invalid"
                && m.contains("Support India")
                && m.contains("IN")
                && m.contains("dpf")),
        "{transfer:?}"
    );
    // Nothing is inherited from the agreement's dpf.
    assert!(
        transfer
            .iter()
            .any(|(code, m)| code == "transfer-unsafeguarded" && m.contains("Backup USA")),
        "{transfer:?}"
    );
    // adequacy for the United Kingdom holds; Ireland is in the EEA.
    assert!(
        !transfer
            .iter()
            .any(|(_, m)| m.contains("Mail UK") || m.contains("Hosting Ierland"))
    );
    // adequacy for the United States does not.
    import(&env, &TRANSFERS.replace("transfer_safeguard = \"dpf\"\n\n[[supplier.agreement.subprocessor]]\nname = \"Support India\"", "transfer_safeguard = \"adequacy\"\n\n[[supplier.agreement.subprocessor]]\nname = \"Support India\""));
    let found = findings(&env);
    assert!(
        found
            .iter()
            .filter(|f| f.starts_with("transfer-safeguard-invalid"))
            .count()
            == 2,
        "{found:?}"
    );
}

#[test]
fn the_pupil_administration_keeps_the_bsn_by_law_and_learning_material_never() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "ParnasSys", "--id", "parnassys"]);
    env.ok(&[
        "agreement",
        "add",
        "parnassys",
        "--signed-on",
        "2025-01-01",
        "--document",
        "DMS/2",
    ]);
    env.ok(&["scope", "set", "parnassys-2025", "name", "bsn"]);
    assert!(findings(&env).contains(&"bsn-shared agreement:parnassys-2025".to_string()));
    let hint = env.json(&["audit", "--fail-on", "never"])["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "bsn-shared")
        .unwrap()["hint"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(hint.contains("ECK iD") && hint.contains("--law"), "{hint}");
    env.ok(&[
        "scope",
        "add",
        "parnassys-2025",
        "bsn",
        "--law",
        "WPO art. 178a",
        "--purpose",
        "leveringen aan DUO (BRON)",
    ]);
    assert!(!findings(&env).iter().any(|f| f.starts_with("bsn-shared")));
    // In TOML the law is on the scope line, and it comes back the same.
    let toml = env.ok(&["export", "toml"]);
    assert!(
        toml.contains(
            r#"{ category = "bsn", purpose = "leveringen aan DUO (BRON)", law = "WPO art. 178a" }"#
        ),
        "{toml}"
    );
    let other = TestEnv::empty();
    let file = other.path("register.toml");
    write(&file, &toml);
    other.ok(&["import", file.to_str().unwrap(), "--create"]);
    assert_eq!(other.ok(&["export", "toml"]), toml);
    // The GMR never lists the BSN as a special category; it has its own column with the law.
    let gmr = env.cmd().args(["export", "gmr"]).output().unwrap().stdout;
    let text = String::from_utf8(gmr).unwrap();
    let header: Vec<&str> = text
        .lines()
        .next()
        .unwrap()
        .trim_start_matches('\u{feff}')
        .split(';')
        .collect();
    let row: Vec<&str> = text
        .lines()
        .find(|l| l.starts_with("ParnasSys"))
        .unwrap()
        .split(';')
        .collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    assert_eq!(row[col("Bijzondere gegevens")], "");
    assert_eq!(row[col("BSN (wettelijke grondslag)")], "ja (WPO art. 178a)");
    assert!(!row[col("Gegevens")].contains("BSN"), "{row:?}");
}

#[test]
fn a_renewed_agreement_neither_expires_nor_stands_beside_its_successor() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Rekenrijk", "--id", "rekenrijk"]);
    env.ok(&[
        "convenant",
        "set",
        "rekenrijk",
        "participant",
        "--version",
        "4.0",
    ]);
    let add = |id: &str, args: &[&str]| {
        let mut all = vec![
            "agreement",
            "add",
            "rekenrijk",
            "--id",
            id,
            "--product",
            "Rekenrijk",
            "--document",
            "DMS/1",
        ];
        all.extend(args);
        env.ok(&all);
        env.ok(&["scope", "set", id, "eck-id"]);
    };
    add(
        "old",
        &["--signed-on", "2024-01-01", "--expires-on", "2026-12-31"],
    );
    let codes = |as_of: &str| -> Vec<String> {
        env.json(&["audit", "--fail-on", "never", "--as-of", as_of])["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"].as_str().unwrap().starts_with("agreement-"))
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(codes("2026-11-28"), ["agreement-expiring"]);
    // Lapsed without a successor: one finding, not also agreement-missing.
    assert_eq!(codes("2027-01-05"), ["agreement-expired"]);
    // The successor, signed in time, takes effect the day after the last day.
    add(
        "new",
        &[
            "--signed-on",
            "2026-11-20",
            "--starts-on",
            "2027-01-01",
            "--expires-on",
            "2029-12-31",
        ],
    );
    assert_eq!(codes("2026-11-28"), Vec::<String>::new());
    assert_eq!(codes("2027-01-05"), Vec::<String>::new());
    let status = env.json(&["agreement", "show", "old", "--as-of", "2027-01-05"])["status"].clone();
    assert_eq!(status, "renewed");
    let gmr = env
        .cmd()
        .args(["export", "gmr", "--as-of", "2027-01-05"])
        .output()
        .unwrap()
        .stdout;
    let text = String::from_utf8(gmr).unwrap();
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("Rekenrijk"))
        .collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert!(
        rows[0].contains("actief") && !rows[0].contains("verlopen"),
        "{}",
        rows[0]
    );
}

#[test]
fn audit_codes_lists_every_code_with_its_severity_and_meaning() {
    let env = TestEnv::new();
    let codes = env.json(&["audit", "codes"]);
    let list = codes.as_array().unwrap();
    assert_eq!(list.len(), 40, "{codes}");
    let find = |code: &str| {
        list.iter()
            .find(|c| c["code"] == code)
            .unwrap_or_else(|| panic!("{code}"))
            .clone()
    };
    assert_eq!(find("transfer-safeguard-invalid")["severity"], "error");
    assert_eq!(find("consent-disputed")["severity"], "warning");
    assert_eq!(find("consent-turned-16")["severity"], "info");
    assert!(
        find("bsn-shared")["meaning"]
            .as_str()
            .unwrap()
            .contains("law")
    );
    // Every code has its row in the table of docs/audit.md, and every row there is a code.
    let page = std::fs::read_to_string("docs/audit.md").unwrap();
    let rows: Vec<&str> = page
        .lines()
        .filter_map(|l| l.strip_prefix("| `")?.split_once('`').map(|(code, _)| code))
        .collect();
    for c in list {
        let code = c["code"].as_str().unwrap();
        assert!(rows.contains(&code), "docs/audit.md does not list {code}");
    }
    for code in &rows {
        assert!(
            list.iter().any(|c| c["code"] == *code),
            "docs/audit.md lists {code}, which vreg audit codes does not"
        );
    }
    let csv = env.ok(&["audit", "codes", "--format", "csv"]);
    assert!(csv.starts_with("code,severity,meaning\r\n"), "{csv}");
}
