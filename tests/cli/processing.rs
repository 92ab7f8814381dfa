//! The register of processing activities (AVG art. 30): the processing noun, recipients and
//! transfers derived from agreements and parties, the audit rules, [[processing]] and
//! [[category]] in the register file, and `export art30` in CSV, JSON and HTML.

use std::os::unix::fs::PermissionsExt;

use serde_json::{Value, json};

use crate::common::{TestEnv, write};

const EXAMPLE: &str = include_str!("../../register.example.toml");

/// A board with its controller details, a supplier storing in the US with a US and an Irish
/// sub-processor, a supplier in the Netherlands, and a party on a law.
const BOARD: &str = r#"
[organisation]
name = "Stichting De Waterlanden"
privacy_officer = "fg@dewaterlanden.example"
contact = "bestuur@dewaterlanden.example"
address = "Kerkstraat 12, 1441 AB Purmerend"

[[supplier]]
id = "cloudwerk"
name = "Cloudwerk Inc."

[[supplier.agreement]]
id = "cloudwerk-2025"
products = ["Cloudwerk for Education"]
model = "own"
signed_on = 2025-01-10
storage_countries = ["IE", "US"]
transfer_safeguard = "dpf"
scope = ["name", "account"]

[[supplier.agreement.subprocessor]]
name = "Cloudwerk Support LLC"
country = "US"
purpose = "support"
transfer_safeguard = "scc"

[[supplier.agreement.subprocessor]]
name = "Datacentrum Dublin"
country = "IE"
purpose = "hosting"

[[supplier]]
id = "loonwerk"
name = "Loonwerk Onderwijs B.V."

[[supplier.agreement]]
id = "loonwerk-2025"
model = "own"
signed_on = 2025-02-01
storage_countries = ["NL"]
scope = ["name", "salary"]

[[party]]
id = "duo"
name = "DUO (BRON)"
kind = "government"
basis = "legal-obligation"
law = "WPO art. 178a"
categories = ["name", "bsn"]
in_privacy_regulation = true

[[category]]
code = "vog"
label = "verklaring omtrent het gedrag"
"#;

fn board() -> TestEnv {
    let env = TestEnv::empty();
    let file = env.path("board.toml");
    write(&file, BOARD);
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
    env
}

fn import(env: &TestEnv, toml: &str) {
    let file = env.path("more.toml");
    let _ = std::fs::remove_file(&file);
    write(&file, toml);
    env.ok(&["import", file.to_str().unwrap()]);
}

/// `processing add` for the communication with parents, linked to cloudwerk and DUO.
fn add_communication(env: &TestEnv) -> String {
    env.ok(&[
        "processing",
        "add",
        "Communicatie met ouders",
        "--purpose",
        "ouders informeren",
        "--purpose",
        "leerlingaccounts",
        "--basis",
        "public-task",
        "--subjects",
        "parents",
        "pupils",
        "--category",
        "name",
        "--category",
        "contact,account",
        "--retention",
        "1 jaar na vertrek",
        "--security",
        "IB-beleid 2025",
        "--owner",
        "directeur-bestuurder",
        "--review-on",
        "2027-06-30",
        "--agreement",
        "cloudwerk-2025",
        "--party",
        "duo",
    ])
    .trim()
    .to_string()
}

fn codes(env: &TestEnv, args: &[&str]) -> Vec<(String, String)> {
    let mut all = vec!["audit", "--fail-on", "never"];
    all.extend(args);
    env.json(&all)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["subject_id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn has(findings: &[(String, String)], code: &str, subject: &str) -> bool {
    findings.iter().any(|(c, s)| c == code && s == subject)
}

#[test]
fn add_prints_the_id_and_show_derives_recipients_and_transfers() {
    let env = board();
    let id = add_communication(&env);
    assert_eq!(id, "communicatie-met-ouders");
    let p = env.json(&["processing", "show", &id]);
    assert_eq!(p["name"], "Communicatie met ouders");
    assert_eq!(
        p["purposes"],
        json!(["ouders informeren", "leerlingaccounts"])
    );
    assert_eq!(p["basis"], "public-task");
    assert_eq!(p["subjects"], json!(["pupils", "parents"]));
    // In the catalogue's order, whatever the order typed.
    assert_eq!(p["categories"], json!(["name", "contact", "account"]));
    assert_eq!(p["review_on"], "2027-06-30");
    assert_eq!(p["agreements"], json!(["cloudwerk-2025"]));
    assert_eq!(p["parties"], json!(["duo"]));
    let recipients = p["recipients"].as_array().unwrap();
    assert_eq!(recipients.len(), 2);
    assert_eq!(recipients[0]["kind"], "supplier");
    assert_eq!(recipients[0]["name"], "Cloudwerk Inc.");
    assert_eq!(recipients[0]["agreement_status"], "active");
    assert_eq!(recipients[0]["storage_countries"], json!(["IE", "US"]));
    assert_eq!(recipients[0]["subprocessors"].as_array().unwrap().len(), 2);
    assert_eq!(recipients[1]["kind"], "party");
    assert_eq!(recipients[1]["law"], "WPO art. 178a");
    // Outside the EEA: the supplier's US storage under its own safeguard, and the US
    // sub-processor under its own; the Irish one is inside the EEA.
    assert_eq!(
        p["transfers"],
        json!([
            {"recipient": "Cloudwerk Inc.", "via": null, "country": "US", "transfer_safeguard": "dpf"},
            {"recipient": "Cloudwerk Support LLC", "via": "Cloudwerk Inc.", "country": "US", "transfer_safeguard": "scc"},
        ])
    );
    // The Dutch alias, and the table.
    let table = env.ok(&["verwerking", "show", &id]);
    assert!(table.contains("Communicatie met ouders"), "{table}");
    assert!(
        table.contains("outside the EEA: Cloudwerk Support LLC (sub-processor of Cloudwerk Inc.) in US, safeguard scc"),
        "{table}"
    );
    let err = env.refused(&["processing", "show", &id, "--format", "csv"]);
    assert!(
        err.contains("recipients, transfers; use --format json"),
        "{err}"
    );
    let csv = env.ok(&["processing", "list", "--format", "csv"]);
    assert!(csv.starts_with("id,name,purposes,basis,law,subjects,categories,"));
    assert!(csv.contains("communicatie-met-ouders,Communicatie met ouders,ouders informeren; leerlingaccounts,public-task,"));
}

#[test]
fn derived_recipients_follow_the_agreements() {
    let env = board();
    let id = add_communication(&env);
    // A sub-processor added to the agreement shows up without touching the activity.
    env.ok(&[
        "agreement",
        "subprocessor",
        "add",
        "cloudwerk-2025",
        "Cloudwerk India Pvt",
        "--country",
        "IN",
        "--purpose",
        "support",
    ]);
    let p = env.json(&["processing", "show", &id]);
    let transfers = p["transfers"].as_array().unwrap();
    assert!(transfers.contains(&json!({"recipient": "Cloudwerk India Pvt", "via": "Cloudwerk Inc.", "country": "IN", "transfer_safeguard": null})));
    // Removing the supplier with its agreements removes the link, not the activity.
    env.ok(&["supplier", "remove", "cloudwerk", "--cascade", "--yes"]);
    let p = env.json(&["processing", "show", &id]);
    assert_eq!(p["agreements"], json!([]));
    assert_eq!(p["transfers"], json!([]));
    assert_eq!(p["recipients"].as_array().unwrap().len(), 1);
}

/// Removing a supplier with its agreements, or a party, takes the links of the activities that
/// named them as recipients: stderr names each activity and the change log keeps the change.
#[test]
fn a_removal_names_the_activities_that_lose_a_recipient_and_logs_it() {
    let env = board();
    let id = add_communication(&env);
    let stderr = |args: &[&str]| -> String {
        let out = env.cmd().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    let said = stderr(&["supplier", "remove", "cloudwerk", "--cascade", "--yes"]);
    assert!(said.contains("removed supplier cloudwerk"), "{said}");
    assert!(
        said.contains("processing activity communicatie-met-ouders no longer lists cloudwerk-2025 as a recipient (the change log keeps it); link what replaces it: vreg processing edit communicatie-met-ouders --agreement ID"),
        "{said}"
    );
    let log = env.json(&["log", "--entity", &format!("processing:{id}")]);
    let last = log.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "unlink");
    assert_eq!(
        last["detail"],
        json!({"agreements": {"from": ["cloudwerk-2025"], "to": []}})
    );
    // The last recipient goes: said so, in Dutch too.
    let out = env
        .cmd()
        .args(["--lang", "nl", "party", "remove", "duo", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("verwerking communicatie-met-ouders noemt duo niet meer als ontvanger (het wijzigingslogboek bewaart het); ze noemt nu geen enkele ontvanger; koppel wat ervoor in de plaats komt: vreg processing edit communicatie-met-ouders --party ID"),
        "{said}"
    );
    let p = env.json(&["processing", "show", &id]);
    assert_eq!(p["recipients"], json!([]));
    let log = env.json(&["log", "--entity", &format!("processing:{id}")]);
    assert_eq!(
        log.as_array().unwrap().last().unwrap()["detail"],
        json!({"parties": {"from": ["duo"], "to": []}})
    );
    // A supplier no activity uses says nothing about activities.
    let said = stderr(&["supplier", "remove", "loonwerk", "--cascade", "--yes"]);
    assert!(!said.contains("processing activity"), "{said}");
}

#[test]
fn list_filters_and_formats() {
    let env = board();
    add_communication(&env);
    env.ok(&[
        "processing",
        "add",
        "Salarisadministratie",
        "--purpose",
        "salarissen betalen",
        "--basis",
        "contract",
        "--subjects",
        "staff",
        "--category",
        "salary",
        "vog",
        "--agreement",
        "loonwerk-2025",
    ]);
    let all = env.json(&["processing", "list"]);
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["communicatie-met-ouders", "salarisadministratie"]);
    let only = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["processing", "list"];
        all.extend(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(only(&["--subject", "staff"]), ["salarisadministratie"]);
    assert_eq!(only(&["--subject", "ouders"]), ["communicatie-met-ouders"]);
    assert_eq!(
        only(&["--agreement", "loonwerk-2025"]),
        ["salarisadministratie"]
    );
    assert_eq!(only(&["--party", "duo"]), ["communicatie-met-ouders"]);
    assert_eq!(only(&["--category", "vog"]), ["salarisadministratie"]);
    assert!(only(&["--category", "health"]).is_empty());
    let csv = env.ok(&["processing", "list", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.contains(
        "salarisadministratie,Salarisadministratie,salarissen betalen,contract,,staff,salary; vog,"
    ));
    let out = env
        .cmd()
        .env("COLUMNS", "300")
        .args(["processing", "list"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains(" salarisadministratie "), "{table}");
    // The catalogue an activity may name: the fixed one and the board's own.
    let cats = env.json(&["processing", "categories"]);
    let cats = cats.as_array().unwrap();
    assert!(cats.contains(&json!({"code": "absence", "label": "ziekteverzuim medewerkers", "special": true, "national_id": false, "own": false})));
    assert_eq!(
        cats.last().unwrap(),
        &json!({"code": "vog", "label": "verklaring omtrent het gedrag", "special": false, "national_id": false, "own": true})
    );
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let env = board();
    add_communication(&env);
    let base = [
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
        "results",
    ];
    let with = |extra: &[&str]| -> Vec<String> {
        base.iter()
            .chain(extra)
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    let refused = |extra: &[&str]| {
        let args = with(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.refused(&args)
    };
    assert!(refused(&["--category", "medical"]).contains("unknown data category 'medical'"));
    assert!(refused(&["--agreement", "nope-2020"]).contains("no agreement 'nope-2020'"));
    assert!(refused(&["--party", "ggd"]).contains("no party 'ggd'"));
    assert!(
        refused(&["--subjects", "teachers"]).contains("unknown data subject category 'teachers'")
    );
    assert!(refused(&["--review-on", "2027-02-30"]).starts_with("error: "));
    assert!(refused(&["--owner", "a\u{1b}[31mb"]).contains("owner"));
    assert!(
        refused(&["--id", "communicatie-met-ouders"])
            .contains("a processing with id 'communicatie-met-ouders' already exists")
    );
    let empty_purpose = env.refused(&[
        "processing",
        "add",
        "Toetsen",
        "--purpose",
        " ",
        "--basis",
        "public-task",
        "--subjects",
        "pupils",
        "--category",
        "results",
    ]);
    assert!(empty_purpose.contains("needs purpose"), "{empty_purpose}");
    // A missing required flag is a usage error: exit 2, nothing written.
    let before = env.fingerprint();
    let out = env
        .cmd()
        .args(["processing", "add", "Toetsen", "--purpose", "toetsen"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(env.fingerprint(), before);
    assert!(
        env.refused(&["processing", "show", "nope"])
            .contains("no processing 'nope'")
    );
    assert!(
        env.refused(&["processing", "edit", "nope", "--owner", "x"])
            .contains("no processing 'nope'")
    );
    assert!(
        env.refused(&[
            "processing",
            "edit",
            "communicatie-met-ouders",
            "--agreement",
            "nope-2020"
        ])
        .contains("no agreement 'nope-2020'")
    );
    // Without a terminal, remove needs --yes.
    assert!(
        env.refused(&["processing", "remove", "communicatie-met-ouders"])
            .contains("pass --yes")
    );
}

#[test]
fn edit_changes_clears_and_logs() {
    let env = board();
    let id = add_communication(&env);
    env.ok(&[
        "processing",
        "edit",
        &id,
        "--owner",
        "",
        "--review-on",
        "2028-01-15",
        "--agreement",
        "cloudwerk-2025",
        "--agreement",
        "loonwerk-2025",
        "--party",
        "",
        "--category",
        "name",
        "vog",
    ]);
    let p = env.json(&["processing", "show", &id]);
    assert_eq!(p["owner"], Value::Null);
    assert_eq!(p["review_on"], "2028-01-15");
    assert_eq!(p["agreements"], json!(["cloudwerk-2025", "loonwerk-2025"]));
    assert_eq!(p["parties"], json!([]));
    assert_eq!(p["categories"], json!(["name", "vog"]));
    // Unchanged fields stay.
    assert_eq!(p["retention"], "1 jaar na vertrek");
    // An edit that changes nothing writes nothing.
    let before = env.fingerprint();
    env.ok(&["processing", "edit", &id, "--review-on", "15-01-2028"]);
    assert_eq!(env.fingerprint(), before);

    let log = env.json(&["log", "--entity", &format!("processing:{id}")]);
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["add", "edit"]);
    let detail = &log[1]["detail"];
    assert_eq!(
        detail["owner"],
        json!({"from": "directeur-bestuurder", "to": null})
    );
    assert_eq!(
        detail["review_on"],
        json!({"from": "2027-06-30", "to": "2028-01-15"})
    );

    env.ok(&["processing", "remove", &id, "--yes"]);
    assert!(
        env.refused(&["processing", "show", &id])
            .contains("no processing")
    );
    // The agreement and the party stay.
    env.ok(&["agreement", "show", "cloudwerk-2025"]);
    env.ok(&["party", "show", "duo"]);
    let log = env.json(&["log", "--entity", &format!("processing:{id}")]);
    assert_eq!(log.as_array().unwrap().last().unwrap()["action"], "remove");
}

#[test]
fn the_audit_rules_of_the_processing_register() {
    let env = board();
    // Before the board keeps activities, no agreement is reported as unlinked.
    let before = codes(&env, &[]);
    assert!(
        !before.iter().any(|(c, _)| c == "agreement-unlinked"),
        "{before:?}"
    );

    add_communication(&env);
    import(
        &env,
        r#"
[[processing]]
id = "concept"
name = "Nog in te vullen"

[[processing]]
id = "zorg"
name = "Leerlingenzorg"
purposes = ["begeleiding"]
basis = "public-task"
subjects = ["pupils"]
categories = ["support", "health"]
review_on = 2026-11-27
"#,
    );
    let found = codes(&env, &[]);
    // Nothing filled in: one error naming all four items.
    assert!(has(&found, "art30-incomplete", "concept"), "{found:?}");
    assert!(!has(&found, "art30-incomplete", "zorg"));
    assert!(!has(&found, "art30-incomplete", "communicatie-met-ouders"));
    let json = env.json(&["audit", "--fail-on", "never"]);
    let incomplete = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "art30-incomplete")
        .unwrap();
    assert_eq!(incomplete["severity"], "error");
    assert_eq!(incomplete["subject_kind"], "processing");
    assert!(
        incomplete["message"]
            .as_str()
            .unwrap()
            .contains("lacks purpose, subjects, categories, basis")
    );
    // Health data on a public task without a law.
    assert!(has(&found, "processing-special-no-exception", "zorg"));
    // Review date yesterday: overdue; the day itself is not.
    assert!(has(&found, "processing-review-overdue", "zorg"));
    assert!(!has(
        &codes(&env, &["--as-of", "2026-11-27"]),
        "processing-review-overdue",
        "zorg"
    ));
    // The agreement no activity uses is reported; the linked one is not.
    assert!(has(&found, "agreement-unlinked", "loonwerk-2025"));
    assert!(!has(&found, "agreement-unlinked", "cloudwerk-2025"));
    // Errors fail the audit.
    assert_eq!(env.code(&["audit"]), Some(1));

    // The fixes make each finding go.
    env.ok(&[
        "processing",
        "edit",
        "zorg",
        "--law",
        "UAVG art. 30",
        "--review-on",
        "2027-11-27",
    ]);
    env.ok(&[
        "processing",
        "edit",
        "concept",
        "--purpose",
        "x",
        "--basis",
        "contract",
        "--subjects",
        "staff",
        "--category",
        "salary",
        "--agreement",
        "loonwerk-2025",
    ]);
    let after = codes(&env, &[]);
    for code in [
        "art30-incomplete",
        "processing-special-no-exception",
        "processing-review-overdue",
        "agreement-unlinked",
    ] {
        assert!(!after.iter().any(|(c, _)| c == code), "{code}: {after:?}");
    }
    // Consent lifts the prohibition too; a board's own special category counts.
    import(
        &env,
        r#"
[[category]]
code = "biometrie"
label = "vingerafdruk"
special = true

[[processing]]
id = "toegang"
name = "Toegangscontrole"
purposes = ["toegang tot het gebouw"]
basis = "legitimate-interest"
subjects = ["staff"]
categories = ["biometrie"]
"#,
    );
    assert!(has(
        &codes(&env, &[]),
        "processing-special-no-exception",
        "toegang"
    ));
    env.ok(&["processing", "edit", "toegang", "--basis", "consent"]);
    assert!(!has(
        &codes(&env, &[]),
        "processing-special-no-exception",
        "toegang"
    ));
    // Clearing a required item through edit is allowed and reported.
    let out = env
        .cmd()
        .args(["processing", "edit", "toegang", "--subjects", ""])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("lacks subjects"));
    assert!(has(&codes(&env, &[]), "art30-incomplete", "toegang"));
}

/// Special categories and the BSN in an activity are held to the rule of parties: a contract or
/// legitimate interest never lifts the prohibition, whatever is written as the law; the BSN
/// only on a legal obligation with its law.
#[test]
fn special_categories_and_the_bsn_follow_the_rule_of_parties() {
    let env = board();
    env.ok(&[
        "processing",
        "add",
        "Zorgdossier",
        "--purpose",
        "zorg",
        "--basis",
        "contract",
        "--law",
        "afspraak",
        "--subjects",
        "pupils",
        "--category",
        "name",
        "health",
        "religion",
    ]);
    env.ok(&[
        "processing",
        "add",
        "Sportdag",
        "--purpose",
        "sport",
        "--basis",
        "legitimate-interest",
        "--subjects",
        "pupils",
        "--category",
        "name",
        "bsn",
    ]);
    let found = codes(&env, &[]);
    assert!(
        has(&found, "processing-special-no-exception", "zorgdossier"),
        "{found:?}"
    );
    assert!(
        has(&found, "processing-bsn-no-law", "sportdag"),
        "{found:?}"
    );
    assert!(has(&found, "processing-legitimate-interest", "sportdag"));
    let csv = env.ok(&["audit", "--format", "csv", "--fail-on", "never"]);
    assert!(
        csv.contains("processing-special-no-exception,error,processing,zorgdossier,\"processing zorgdossier holds special categories (health, religion) on basis contract, which never lifts"),
        "{csv}"
    );
    // In Dutch, message and hint.
    let out = env
        .cmd()
        .env("COLUMNS", "400")
        .args(["--lang", "nl", "audit", "--fail-on", "never"])
        .output()
        .unwrap();
    let dutch = String::from_utf8(out.stdout).unwrap();
    assert!(
        dutch.contains("op grondslag overeenkomst, die het verbod van AVG art. 9 nooit opheft"),
        "{dutch}"
    );
    assert!(
        dutch.contains("een nationaal identificatienummer mag alleen worden gebruikt waar een wet het voorschrijft"),
        "{dutch}"
    );
    // A legal obligation without its law: the law is what is missing.
    env.ok(&[
        "processing",
        "edit",
        "sportdag",
        "--basis",
        "legal-obligation",
    ]);
    let json = env.json(&["audit", "--fail-on", "never"]);
    let bsn = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "processing-bsn-no-law")
        .unwrap();
    assert_eq!(
        bsn["hint"],
        "name the law: vreg processing edit sportdag --law \"...\""
    );
    env.ok(&["processing", "edit", "sportdag", "--law", "WPO art. 178a"]);
    let found = codes(&env, &[]);
    assert!(
        !has(&found, "processing-bsn-no-law", "sportdag"),
        "{found:?}"
    );
    assert!(!has(&found, "processing-legitimate-interest", "sportdag"));
    // Consent lifts the prohibition on special categories.
    env.ok(&["processing", "edit", "zorgdossier", "--basis", "consent"]);
    assert!(!has(
        &codes(&env, &[]),
        "processing-special-no-exception",
        "zorgdossier"
    ));
    // A board that acts outside its public task accepts the warning, with its reason.
    env.ok(&[
        "processing",
        "edit",
        "zorgdossier",
        "--basis",
        "legitimate-interest",
        "--category",
        "name",
    ]);
    env.ok(&[
        "audit",
        "accept",
        "processing-legitimate-interest",
        "processing:zorgdossier",
        "--reason",
        "buitenschoolse opvang, geen publieke taak",
        "--until",
        "2027-07-31",
    ]);
    let json = env.json(&["audit", "--fail-on", "never"]);
    let accepted = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "processing-legitimate-interest")
        .unwrap();
    assert_eq!(accepted["accepted"]["until"], "2027-07-31", "{accepted}");
}

#[test]
fn the_register_file_round_trips_processing_and_categories() {
    let env = board();
    add_communication(&env);
    let first = env.ok(&["export", "toml"]);
    assert!(
        first.contains("[[processing]]\nid = \"communicatie-met-ouders\""),
        "{first}"
    );
    assert!(first.contains("[[category]]\ncode = \"vog\""), "{first}");
    assert!(first.contains("contact = \"bestuur@dewaterlanden.example\""));
    let other = TestEnv::empty();
    let file = other.path("register.toml");
    write(&file, &first);
    other.ok(&["import", file.to_str().unwrap(), "--create"]);
    assert_eq!(other.ok(&["export", "toml"]), first);
    // Importing it again changes nothing.
    let before = other.fingerprint();
    other.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(other.fingerprint(), before);
    // JSON holds the same.
    let doc = other.json(&["export", "json"]);
    assert_eq!(doc["processing"][0]["id"], "communicatie-met-ouders");
    assert_eq!(
        doc["processing"][0]["agreements"],
        json!(["cloudwerk-2025"])
    );
    assert_eq!(doc["category"][0]["code"], "vog");
    // The log records the import per activity.
    let log = other.json(&["log", "--entity", "processing:communicatie-met-ouders"]);
    assert_eq!(log[0]["action"], "import-add");
}

#[test]
fn a_register_file_that_names_what_does_not_exist_is_refused() {
    let env = board();
    let file = env.path("bad.toml");
    let refused = |toml: &str| {
        write(&file, toml);
        env.refused(&["import", file.to_str().unwrap()])
    };
    let e = refused("[[processing]]\nid = \"x\"\nname = \"X\"\ncategories = [\"medisch\"]\n");
    assert!(e.contains("bad.toml:1: key `processing`"), "{e}");
    assert!(e.contains("names category 'medisch'"), "{e}");
    let e = refused("[[processing]]\nid = \"x\"\nname = \"X\"\nagreements = [\"nope-2020\"]\n");
    assert!(e.contains("names agreement 'nope-2020'"), "{e}");
    let e = refused("[[processing]]\nid = \"x\"\nname = \"X\"\nparties = [\"ggd\"]\n");
    assert!(e.contains("names party 'ggd'"), "{e}");
    let e = refused("[[processing]]\nid = \"x\"\nname = \"X\"\nsubjects = [\"teachers\"]\n");
    assert!(
        e.contains("unknown data subject category 'teachers'"),
        "{e}"
    );
    let e = refused("[[category]]\ncode = \"health\"\nlabel = \"gezondheid\"\n");
    assert!(e.contains("fixed catalogue"), "{e}");
    let e = refused(
        "[[processing]]\nid = \"x\"\nname = \"X\"\n\n[[processing]]\nid = \"x\"\nname = \"Y\"\n",
    );
    assert!(e.contains("processing id 'x' appears twice"), "{e}");
    // A category of the file itself may be used in the same file.
    import(
        &env,
        "[[category]]\ncode = \"camera\"\nlabel = \"camerabeelden\"\n\n[[processing]]\nid = \"camera\"\nname = \"Cameratoezicht\"\ncategories = [\"camera\"]\n",
    );
    assert_eq!(
        env.json(&["processing", "show", "camera"])["categories"],
        json!(["camera"])
    );
}

#[test]
fn export_art30_needs_the_controller_and_activities() {
    let env = TestEnv::new();
    let e = env.fails(&["export", "art30"]);
    assert!(e.contains("no [organisation]"), "{e}");
    import(
        &env,
        "[organisation]\nname = \"Stichting X\"\nprivacy_officer = \"fg@x.example\"\n",
    );
    let e = env.fails(&["export", "art30"]);
    assert!(e.contains("[organisation] lacks contact, address"), "{e}");
    import(
        &env,
        "[organisation]\nname = \"Stichting X\"\nprivacy_officer = \"fg@x.example\"\ncontact = \"x@x.example\"\naddress = \"Straat 1\"\n",
    );
    let e = env.fails(&["export", "art30"]);
    assert!(e.contains("no processing activities"), "{e}");
    let e = env.fails(&["export", "art30", "--format", "md"]);
    assert!(e.contains("csv, json or html"), "{e}");
    // html stays a document format: lists refuse it.
    let e = env.fails(&["processing", "list", "--format", "html"]);
    assert!(e.contains("table, json or csv"), "{e}");
}

#[test]
fn export_art30_in_csv_json_and_html() {
    let env = board();
    add_communication(&env);
    let out = env.cmd().args(["export", "art30"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // Dutch Excel: byte order mark, `;`, CRLF, DD-MM-JJJJ.
    assert!(
        text.starts_with("\u{feff}Verwerkingsactiviteit;Kenmerk;Verwerkingsverantwoordelijke;")
    );
    assert!(text.contains("\r\n"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 1);
    let cell = |h: &str| rows[0][headers.iter().position(|x| x == h).unwrap()].clone();
    assert_eq!(
        cell("Verwerkingsverantwoordelijke"),
        "Stichting De Waterlanden"
    );
    assert_eq!(cell("Adres"), "Kerkstraat 12, 1441 AB Purmerend");
    assert_eq!(
        cell("Functionaris gegevensbescherming"),
        "fg@dewaterlanden.example"
    );
    assert_eq!(cell("Doeleinden"), "ouders informeren; leerlingaccounts");
    assert_eq!(cell("Rechtsgrond"), "algemeen belang / publieke taak");
    assert_eq!(
        cell("Categorieën betrokkenen"),
        "leerlingen; ouders en verzorgers"
    );
    assert!(cell("Categorieën persoonsgegevens").starts_with("naam; contactgegevens"));
    assert_eq!(cell("Bijzondere persoonsgegevens"), "geen");
    assert!(
        cell("Ontvangers")
            .contains("Cloudwerk Inc. (verwerker, verwerkersovereenkomst cloudwerk-2025 (actief)")
    );
    assert!(
        cell("Ontvangers")
            .contains("DUO (BRON) (externe partij, wettelijke verplichting, WPO art. 178a)")
    );
    assert_eq!(
        cell("Doorgifte buiten de EER"),
        "Cloudwerk Inc. in US: EU-US Data Privacy Framework; Cloudwerk Support LLC (subverwerker van Cloudwerk Inc.) in US: standaardcontractbepalingen (SCC)"
    );
    assert_eq!(cell("Bewaartermijn"), "1 jaar na vertrek");
    assert_eq!(cell("Beveiligingsmaatregelen"), "IB-beleid 2025");
    assert_eq!(cell("Evaluatie op"), "30-06-2027");
    assert_eq!(cell("Datum register"), "28-11-2026");

    let doc = env.json(&["export", "art30"]);
    assert_eq!(doc["register_date"], "2026-11-28");
    assert_eq!(
        doc["controller"]["contact"],
        "bestuur@dewaterlanden.example"
    );
    assert_eq!(doc["activities"][0]["id"], "communicatie-met-ouders");
    assert_eq!(
        doc["activities"][0]["transfers"].as_array().unwrap().len(),
        2
    );

    let file = env.path("art30.html");
    env.ok(&[
        "export",
        "art30",
        "--format",
        "html",
        "--out",
        file.to_str().unwrap(),
    ]);
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assert!(html.contains("@page { size: A4;"));
    assert!(!html.contains("<script") && !html.contains("src=") && !html.contains("href="));
    assert!(html.contains("<h2>1. Communicatie met ouders</h2>"));
    for item in [
        "a. Verwerkingsverantwoordelijke en FG",
        "b. Doeleinden",
        "c. Categorieën betrokkenen",
        "c. Categorieën persoonsgegevens",
        "d. Ontvangers",
        "e. Doorgifte buiten de EER en waarborgen",
        "f. Bewaartermijn",
        "g. Beveiligingsmaatregelen",
    ] {
        assert!(
            html.contains(&format!("<th scope=\"row\">{item}</th>")),
            "{item}"
        );
    }
    assert!(html.contains("Kerkstraat 12, 1441 AB Purmerend"));
    assert!(html.contains("standaardcontractbepalingen (SCC)"));
}

/// The record for the AP never reads "none" where it does not know, nor where a linked recipient
/// receives special categories the activity does not list; a safeguard that does not hold is
/// said to be invalid, by the audit's rule.
#[test]
fn the_record_says_what_it_does_not_know_and_what_recipients_receive_beyond_it() {
    let env = board();
    let id = add_communication(&env);
    let row = |env: &TestEnv, id: &str| -> std::collections::HashMap<String, String> {
        let text = env.ok(&["export", "art30"]);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        reader
            .records()
            .map(|r| r.unwrap())
            .find(|r| &r[1] == id)
            .map(|r| {
                headers
                    .iter()
                    .cloned()
                    .zip(r.iter().map(String::from))
                    .collect()
            })
            .unwrap()
    };
    // Neither a law nor a DPIA recorded: unknown, not "geen".
    let r = row(&env, &id);
    assert_eq!(r["Wet"], "niet vastgelegd");
    assert_eq!(r["DPIA"], "niet vastgelegd");
    assert_eq!(r["Bijzondere persoonsgegevens"], "geen");
    // DUO may receive the BSN, which this activity does not list.
    assert_eq!(
        r["Categorieën persoonsgegevens"],
        "naam; contactgegevens leerling/ouders (adres, telefoon, e-mail); inlog/e-mailaccount; ontvangen door gekoppelde ontvangers, maar niet bij deze verwerking vastgelegd: BSN/onderwijsnummer (DUO (BRON), externe partij)"
    );
    let json = env.json(&["audit", "--fail-on", "never"]);
    let duo = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "processing-categories-unlisted")
        .unwrap();
    assert_eq!(duo["subject_id"], id.as_str());
    assert!(
        duo["hint"].as_str().unwrap().ends_with(
            "take them out of what the party may receive: vreg party edit duo --category ..."
        ),
        "{duo}"
    );
    env.ok(&["processing", "edit", &id, "--party", ""]);
    assert!(!has(
        &codes(&env, &[]),
        "processing-categories-unlisted",
        &id
    ));
    // The agreement of the activity receives health data the activity does not list.
    env.ok(&[
        "scope",
        "add",
        "cloudwerk-2025",
        "health",
        "--purpose",
        "dyslexie",
    ]);
    let r = row(&env, &id);
    assert_eq!(
        r["Bijzondere persoonsgegevens"],
        "geen; ontvangen door gekoppelde ontvangers, maar niet bij deze verwerking vastgelegd: medische gegevens (Cloudwerk Inc., verwerkersovereenkomst cloudwerk-2025)"
    );
    assert!(!r["Categorieën persoonsgegevens"].contains("ontvangen door"));
    let found = codes(&env, &[]);
    assert!(
        has(&found, "processing-categories-unlisted", &id),
        "{found:?}"
    );
    let json = env.json(&["audit", "--fail-on", "never"]);
    let unlisted = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "processing-categories-unlisted")
        .unwrap();
    assert_eq!(
        unlisted["message"],
        "processing communicatie-met-ouders does not list health, which Cloudwerk Inc. receives under agreement cloudwerk-2025; no other activity linked to it lists them either, so the record does not say them (AVG art. 30(1)(c))"
    );
    let shown = env.json(&["processing", "show", &id]);
    assert_eq!(
        shown["recipients"][0]["unlisted_categories"],
        json!([{"code": "health", "label": "medische gegevens", "special": true, "national_id": false, "own": false}])
    );
    assert_eq!(shown["recipients"].as_array().unwrap().len(), 1);
    // Another activity linked to the agreement lists health: it goes there for that activity.
    env.ok(&[
        "processing",
        "add",
        "Dyslexiebegeleiding",
        "--purpose",
        "dyslexie",
        "--basis",
        "public-task",
        "--law",
        "UAVG art. 30",
        "--subjects",
        "pupils",
        "--category",
        "name",
        "health",
        "--agreement",
        "cloudwerk-2025",
    ]);
    assert_eq!(row(&env, &id)["Bijzondere persoonsgegevens"], "geen");
    assert!(!has(
        &codes(&env, &[]),
        "processing-categories-unlisted",
        &id
    ));
    env.ok(&["processing", "remove", "dyslexiebegeleiding", "--yes"]);
    // Listed by the activity itself: its own special category, nothing beyond.
    env.ok(&[
        "processing",
        "edit",
        &id,
        "--category",
        "name",
        "contact",
        "account",
        "health",
    ]);
    assert_eq!(
        row(&env, &id)["Bijzondere persoonsgegevens"],
        "medische gegevens"
    );
    assert!(!has(
        &codes(&env, &[]),
        "processing-categories-unlisted",
        &id
    ));
    // A draft without categories: unknown, both cells.
    env.ok(&["processing", "edit", &id, "--category", ""]);
    let r = row(&env, &id);
    assert!(
        r["Categorieën persoonsgegevens"].starts_with("niet vastgelegd; ontvangen door"),
        "{r:?}"
    );
    assert!(
        r["Bijzondere persoonsgegevens"].starts_with("niet vastgelegd; ontvangen door"),
        "{r:?}"
    );
    assert!(!has(
        &codes(&env, &[]),
        "processing-categories-unlisted",
        &id
    ));
    // A sub-processor in India under the DPF: invalid, as the audit says.
    env.ok(&[
        "agreement",
        "subprocessor",
        "add",
        "cloudwerk-2025",
        "Cloudwerk India Pvt",
        "--country",
        "IN",
        "--purpose",
        "support",
        "--transfer-safeguard",
        "dpf",
    ]);
    assert!(has(
        &codes(&env, &[]),
        "transfer-safeguard-invalid",
        "cloudwerk-2025"
    ));
    let r = row(&env, &id);
    assert!(
        r["Doorgifte buiten de EER"].contains(
            "Cloudwerk India Pvt (subverwerker van Cloudwerk Inc.) in IN: EU-US Data Privacy Framework (ongeldig: deze waarborg geldt niet voor IN);"
        ),
        "{}",
        r["Doorgifte buiten de EER"]
    );
    assert!(
        r["Doorgifte buiten de EER"]
            .contains("Cloudwerk Inc. in US: EU-US Data Privacy Framework;")
    );
    let html = env.ok(&["export", "art30", "--format", "html"]);
    assert!(html.contains(
        "in IN: EU-US Data Privacy Framework (ongeldig: deze waarborg geldt niet voor IN)"
    ));
    let table = env
        .cmd()
        .env("COLUMNS", "300")
        .args(["processing", "show", &id])
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(
        table.contains("in IN, safeguard dpf, which does not hold for IN"),
        "{table}"
    );
    assert!(table.contains("in US, safeguard dpf\n"), "{table}");
    let dutch = env
        .cmd()
        .args(["--lang", "nl", "processing", "show", &id])
        .output()
        .unwrap();
    let dutch = String::from_utf8(dutch.stdout).unwrap();
    // In Dutch the safeguard is its label, as `agreement show`, `export art30` and the GMR
    // files say it, never its code.
    assert!(
        dutch.contains("in IN, waarborg EU-US Data Privacy Framework, die niet geldt voor IN"),
        "{dutch}"
    );
    assert!(
        dutch.contains("in US, waarborg EU-US Data Privacy Framework\n"),
        "{dutch}"
    );
}

#[test]
fn html_is_escaped() {
    let env = board();
    env.ok(&[
        "processing",
        "add",
        "<script>alert(1)</script> & co",
        "--id",
        "x",
        "--purpose",
        "\"quoted\" <b>",
        "--basis",
        "contract",
        "--subjects",
        "staff",
        "--category",
        "salary",
    ]);
    let html = env.ok(&["export", "art30", "--format", "html"]);
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    assert!(html.contains("&quot;quoted&quot; &lt;b&gt;"));
    // Items the register does not hold are said to be missing, not left blank.
    assert!(html.contains("<th scope=\"row\">f. Bewaartermijn</th><td>niet vastgelegd</td>"));
}

#[test]
fn the_example_register_fills_every_item_for_every_activity() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let doc = env.json(&["export", "art30"]);
    for key in ["name", "contact", "address", "privacy_officer"] {
        assert!(
            doc["controller"][key]
                .as_str()
                .is_some_and(|v| !v.is_empty()),
            "{key}"
        );
    }
    let activities = doc["activities"].as_array().unwrap();
    let ids: Vec<&str> = activities
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "digitale-leermiddelen",
            "leerlingadministratie",
            "oudercommunicatie",
            "salarisadministratie"
        ]
    );
    for a in activities {
        let id = a["id"].as_str().unwrap();
        for list in ["purposes", "subjects", "categories", "recipients"] {
            assert!(!a[list].as_array().unwrap().is_empty(), "{id}: {list}");
        }
        for text in ["basis", "retention", "security", "owner", "review_on"] {
            assert!(
                a[text].as_str().is_some_and(|v| !v.is_empty()),
                "{id}: {text}"
            );
        }
    }
    // The office suite stores in the US: its transfers are in the register, with safeguards.
    let communication = &activities[2];
    assert!(!communication["transfers"].as_array().unwrap().is_empty());
    assert!(
        communication["transfers"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["transfer_safeguard"] == "dpf")
    );
    // The staff activity names the board's own category with its label.
    let salary = &activities[3];
    assert!(salary["categories"].as_array().unwrap().contains(&json!({"code": "vog", "label": "verklaring omtrent het gedrag (VOG)", "special": false, "national_id": false, "own": true})));
    // The example is sound: no finding of the processing rules.
    let found = codes(&env, &[]);
    for code in [
        "art30-incomplete",
        "processing-special-no-exception",
        "processing-bsn-no-law",
        "processing-legitimate-interest",
        "processing-categories-unlisted",
        "processing-review-overdue",
        "agreement-unlinked",
    ] {
        assert!(!found.iter().any(|(c, _)| c == code), "{code}: {found:?}");
    }
    let html = env.ok(&["export", "art30", "--format", "html"]);
    assert_eq!(
        html.matches("<th scope=\"row\">g. Beveiligingsmaatregelen</th>")
            .count(),
        4
    );
    // Every item of art. 30(1) is filled in (a DPIA is not one of them).
    for line in html.lines().filter(|l| l.contains("niet vastgelegd")) {
        assert!(
            line.starts_with("<tr><th scope=\"row\">DPIA</th>"),
            "{line}"
        );
    }
    assert!(!html.contains("niet bij deze verwerking vastgelegd"));
}

#[test]
fn a_pupils_access_report_leaves_out_agreements_only_for_staff() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let csv = env.path("pupils.csv");
    write(
        &csv,
        "leerlingnummer;naam;groep;brin\n1001;Anna de Vries;5B;12AB00\n",
    );
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    let suppliers = |env: &TestEnv| -> Vec<String> {
        env.json(&["pupil", "report", "1001"])["suppliers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["supplier"].as_str().unwrap().to_string())
            .collect()
    };
    let listed = suppliers(&env);
    assert!(listed.contains(&"schoolkompas".to_string()), "{listed:?}");
    assert!(!listed.contains(&"loonwerk".to_string()), "{listed:?}");
    // Linked to an activity about pupils as well, it is listed.
    env.ok(&[
        "processing",
        "edit",
        "digitale-leermiddelen",
        "--agreement",
        "leerlijn-digitaal-2024",
        "--agreement",
        "uitgeverij-rekenrijk-2024",
        "--agreement",
        "loonwerk-2025",
    ]);
    assert!(suppliers(&env).contains(&"loonwerk".to_string()));
}

#[test]
fn an_example_file_parses_as_documented() {
    // The example's [[processing]] keys are those of the export: the file round-trips.
    let env = TestEnv::empty();
    let file = env.path("example.toml");
    write(&file, EXAMPLE);
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
    let first = env.ok(&["export", "toml"]);
    let again = TestEnv::empty();
    let copy = again.path("copy.toml");
    write(&copy, &first);
    again.ok(&["import", copy.to_str().unwrap(), "--create"]);
    assert_eq!(again.ok(&["export", "toml"]), first);
    assert_eq!(first.matches("[[processing]]").count(), 4);
}
