//! The audit as a board works with it: accepted findings, former suppliers, saved runs read
//! back and compared, duplicates refused.

use serde_json::Value;

use crate::common::{TestEnv, write};

/// A lawful board: one learning platform on the model agreement, a campsite that will never join
/// the convenant (accepted), a former supplier (retired), the GGD on a public task.
const LAWFUL: &str = r#"
[organisation]
name = "Stichting Voorbeeld"

[[supplier]]
id = "leerlijn"
name = "Leerlijn B.V."
convenant = "participant"
convenant_version = "4.0"
convenant_checked_on = 2026-09-01

[[supplier.agreement]]
id = "leerlijn-2025"
products = ["Leerlijn"]
signed_on = 2025-08-01
document = "DMS/1"
scope = ["eck-id", "name", "group", "results"]
storage_countries = ["NL"]

[[supplier]]
id = "camping"
name = "Camping De Berk"
convenant = "none"
convenant_checked_on = 2026-09-01

[[supplier.agreement]]
id = "camping-2026"
signed_on = 2026-03-01
document = "DMS/2"
scope = ["name", "group"]

[[supplier]]
id = "oud"
name = "Oude Methode B.V."
convenant = "unknown"
retired_on = 2026-07-31
retired_reason = "methode vervangen"

[[supplier.agreement]]
id = "oud-2020"
signed_on = 2020-01-01
expires_on = 2026-07-31
scope = ["eck-id"]

[[party]]
id = "ggd"
name = "GGD"
kind = "care"
basis = "public-task"
law = "Wet publieke gezondheid art. 5"
categories = ["name", "birth-date"]
in_privacy_regulation = true

[[accepted]]
code = "convenant-none"
subject_kind = "supplier"
subject_id = "camping"
reason = "schoolkamp: alleen naam en groep, geen convenant te verwachten"
until = 2027-07-31
"#;

fn lawful() -> TestEnv {
    let env = TestEnv::empty();
    let file = env.path("register.toml");
    write(&file, LAWFUL);
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
    // Every purpose asked once and answered for nobody is no gap on an empty pupil list.
    env
}

fn codes(audit: &Value) -> Vec<String> {
    audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}:{}{}",
                f["code"].as_str().unwrap(),
                f["subject_kind"].as_str().unwrap(),
                f["subject_id"].as_str().unwrap(),
                if f["accepted"].is_null() {
                    ""
                } else {
                    " (accepted)"
                }
            )
        })
        .collect()
}

#[test]
fn a_lawful_board_with_an_accepted_finding_and_a_former_supplier_passes() {
    let env = lawful();
    let audit = env.json(&["audit", "--fail-on", "never"]);
    assert_eq!(
        codes(&audit),
        ["convenant-none supplier:camping (accepted)"],
        "{audit}"
    );
    assert_eq!(audit["summary"]["accepted"], 1);
    assert_eq!(audit["summary"]["warning"], 0);
    assert_eq!(
        audit["findings"][0]["accepted"]["until"], "2027-07-31",
        "{audit}"
    );
    assert_eq!(env.code(&["audit", "--fail-on", "warning"]), Some(0));
    let table = env.ok(&["audit", "--fail-on", "warning"]);
    assert!(
        table.contains("accepted (1)") && table.contains("2027-07-31"),
        "{table}"
    );
    assert!(
        table.contains("0 errors, 0 warnings, 0 info; 1 accepted"),
        "{table}"
    );
    // The day after the acceptance ends, the finding counts again.
    assert_eq!(
        env.code(&["audit", "--fail-on", "warning", "--as-of", "2027-07-31"]),
        Some(0)
    );
    assert_eq!(
        env.code(&["audit", "--fail-on", "warning", "--as-of", "2027-08-01"]),
        Some(1)
    );
    // Each fault makes it fail with its code.
    for (args, code) in [
        (
            &["party", "edit", "ggd", "--in-regulation", "false"][..],
            "party-not-in-regulation",
        ),
        (&["scope", "add", "leerlijn-2025", "bsn"][..], "bsn-shared"),
        (
            &["agreement", "edit", "leerlijn-2025", "--document", ""][..],
            "document-missing",
        ),
    ] {
        let env = lawful();
        env.ok(args);
        assert_eq!(
            env.code(&["audit", "--fail-on", "warning"]),
            Some(1),
            "{code}"
        );
        assert!(
            codes(&env.json(&["audit", "--fail-on", "never"]))
                .iter()
                .any(|c| c.starts_with(code)),
            "{code}"
        );
    }
}

#[test]
fn accept_revoke_and_the_record_of_both() {
    let env = lawful();
    let accepted = env.json(&["audit", "accepted"]);
    assert_eq!(accepted.as_array().unwrap().len(), 1);
    env.ok(&[
        "audit",
        "accept",
        "--revoke",
        "convenant-none",
        "supplier:camping",
    ]);
    assert_eq!(env.code(&["audit", "--fail-on", "warning"]), Some(1));
    env.ok(&[
        "audit",
        "accept",
        "convenant-none",
        "supplier:camping",
        "--reason",
        "opnieuw besloten",
        "--until",
        "2027-01-31",
    ]);
    assert_eq!(env.code(&["audit", "--fail-on", "warning"]), Some(0));
    let log = env.json(&["log", "--entity", "finding:convenant-none supplier:camping"]);
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["import-add", "revoke", "accept"], "{log}");
    // In the TOML, and back the same way.
    let toml = env.ok(&["export", "toml"]);
    assert!(
        toml.contains("[[accepted]]") && toml.contains("until = 2027-01-31"),
        "{toml}"
    );
    let other = TestEnv::empty();
    let file = other.path("r.toml");
    write(&file, &toml);
    other.ok(&["import", file.to_str().unwrap(), "--create"]);
    assert_eq!(other.ok(&["export", "toml"]), toml);
    // What cannot be accepted.
    for (args, says) in [
        (
            &[
                "audit",
                "accept",
                "no-such-code",
                "supplier:camping",
                "--reason",
                "x",
                "--until",
                "2027-01-01",
            ][..],
            "not a finding code",
        ),
        (
            &[
                "audit",
                "accept",
                "convenant-none",
                "camping",
                "--reason",
                "x",
                "--until",
                "2027-01-01",
            ][..],
            "KIND:ID",
        ),
        (
            &[
                "audit",
                "accept",
                "convenant-none",
                "boat:camping",
                "--reason",
                "x",
                "--until",
                "2027-01-01",
            ][..],
            "not a kind of subject",
        ),
        (
            &[
                "audit",
                "accept",
                "convenant-none",
                "supplier:camping",
                "--reason",
                " ",
                "--until",
                "2027-01-01",
            ][..],
            "needs the reason",
        ),
        (
            &[
                "audit",
                "accept",
                "convenant-none",
                "supplier:camping",
                "--reason",
                "x",
                "--until",
                "2026-11-27",
            ][..],
            "before today",
        ),
        (
            &[
                "audit",
                "accept",
                "convenant-none",
                "supplier:camping",
                "--until",
                "2027-01-01",
            ][..],
            "--reason",
        ),
        (
            &[
                "audit",
                "accept",
                "--revoke",
                "convenant-none",
                "supplier:leerlijn",
            ][..],
            "is not accepted",
        ),
        // What it is about must be there: a typing error never matches a finding.
        (
            &[
                "audit",
                "accept",
                "convenant-none",
                "supplier:campnig",
                "--reason",
                "x",
                "--until",
                "2027-01-01",
            ][..],
            "no supplier 'campnig'",
        ),
        (
            &[
                "audit",
                "accept",
                "consent-turned-16",
                "pupil:9999",
                "--reason",
                "x",
                "--until",
                "2027-01-01",
            ][..],
            "9999",
        ),
    ] {
        let err = env.refused(args);
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn a_former_supplier_is_kept_hidden_and_asks_for_nothing() {
    let env = lawful();
    let ids = |args: &[&str]| -> Vec<String> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["supplier", "list"]), ["camping", "leerlijn"]);
    assert_eq!(
        ids(&["supplier", "list", "--all"]),
        ["camping", "leerlijn", "oud"]
    );
    // Retiring a supplier with an agreement in force is refused.
    let err = env.refused(&["supplier", "retire", "leerlijn", "--on", "2026-11-28"]);
    assert!(
        err.contains("agreement leerlijn-2025") && err.contains("vreg agreement end"),
        "{err}"
    );
    env.ok(&["agreement", "end", "leerlijn-2025", "--on", "2026-11-01"]);
    env.ok(&["supplier", "retire", "leerlijn", "--reason", "overgestapt"]);
    let audit = env.json(&["audit", "--fail-on", "never"]);
    assert!(
        !codes(&audit).iter().any(|c| c.contains("leerlijn")),
        "{audit}"
    );
    let shown = env.json(&["supplier", "show", "leerlijn"]);
    assert_eq!(shown["retired_on"], "2026-11-28");
    assert_eq!(shown["retired_reason"], "overgestapt");
    // Not in the GMR overview of today.
    let gmr =
        String::from_utf8(env.cmd().args(["export", "gmr"]).output().unwrap().stdout).unwrap();
    assert!(
        !gmr.contains("Leerlijn") && !gmr.contains("Oude Methode"),
        "{gmr}"
    );
    // A mistake is undone, and both are in the log.
    env.ok(&["supplier", "retire", "leerlijn", "--undo"]);
    assert!(ids(&["supplier", "list"]).contains(&"leerlijn".to_string()));
    let log = env.json(&["log", "--entity", "supplier:leerlijn"]);
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.ends_with(&["retire", "unretire"]), "{actions:?}");
}

#[test]
fn saved_runs_can_be_read_back_and_compared() {
    let env = lawful();
    env.ok(&["audit", "--save", "--fail-on", "never"]);
    env.ok(&["party", "edit", "ggd", "--in-regulation", "false"]);
    env.ok(&["audit", "--save", "--fail-on", "never"]);
    let history = env.json(&["audit", "history"]);
    assert_eq!(history[1]["id"], 2, "{history}");
    let shown = env.json(&["audit", "history", "show", "2"]);
    assert_eq!(shown["as_of"], "2026-11-28");
    assert!(
        codes(&shown).contains(&"party-not-in-regulation party:ggd".to_string()),
        "{shown}"
    );
    let table = env.ok(&["audit", "history", "show", "2"]);
    assert!(table.contains("party-not-in-regulation"), "{table}");
    // The run's moment as a person reads it, on a Dutch clock, not the stored UTC instant.
    let run_at = |lang: &str| {
        let out = env
            .cmd()
            .env("VREG_NOW", "2026-11-28 12:00")
            .args(["--lang", lang, "audit", "--save", "--fail-on", "never"])
            .output()
            .unwrap();
        assert!(out.status.success());
        let id = env
            .json(&["audit", "history"])
            .as_array()
            .unwrap()
            .len()
            .to_string();
        env.ok(&["--lang", lang, "audit", "history", "show", &id])
    };
    let english = run_at("en");
    assert!(
        english.contains("of 2026-11-28 (run at 2026-11-28 12:00)"),
        "{english}"
    );
    let dutch = run_at("nl");
    assert!(
        dutch.contains("op 28-11-2026 (uitgevoerd 28-11-2026 12:00)"),
        "{dutch}"
    );
    assert!(!dutch.contains("T11:00"), "{dutch}");
    // Between the two runs: one new finding, one still open.
    let diff = env.json(&["audit", "diff", "1", "2"]);
    let rows: Vec<(String, String)> = diff
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["change"].as_str().unwrap().to_string(),
                c["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("new".to_string(), "party-not-in-regulation".to_string()),
            ("open".to_string(), "convenant-none".to_string())
        ]
    );
    // Fixed since the last run: resolved between it and now.
    env.ok(&["party", "edit", "ggd", "--in-regulation", "true"]);
    let now = env.json(&["audit", "diff"]);
    assert!(
        now.as_array()
            .unwrap()
            .iter()
            .any(|c| c["change"] == "resolved" && c["code"] == "party-not-in-regulation"),
        "{now}"
    );
    let csv = env.ok(&["audit", "diff", "--format", "csv"]);
    assert!(
        csv.starts_with("change,code,severity,subject_kind,subject_id,message\r\n"),
        "{csv}"
    );
    assert!(
        env.refused(&["audit", "history", "show", "9"])
            .contains("no saved audit run 9")
    );
}

#[test]
fn a_second_agreement_signed_the_same_day_with_the_same_document_is_refused() {
    let env = lawful();
    let err = env.refused(&[
        "agreement",
        "add",
        "camping",
        "--signed-on",
        "2026-03-01",
        "--document",
        "DMS/2",
    ]);
    assert!(err.contains("camping-2026"), "{err}");
    env.ok(&[
        "agreement",
        "add",
        "camping",
        "--signed-on",
        "2026-03-01",
        "--document",
        "DMS/2",
        "--force",
    ]);
    env.ok(&[
        "agreement",
        "add",
        "camping",
        "--signed-on",
        "2026-03-01",
        "--document",
        "DMS/3",
    ]);
}

#[test]
fn agreements_and_parties_serve_schools_and_each_school_gets_its_own_overview() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    env.ok(&[
        "agreement",
        "edit",
        "uitgeverij-rekenrijk-2024",
        "--school",
        "34cd00",
    ]);
    let shown = env.json(&["agreement", "show", "uitgeverij-rekenrijk-2024"]);
    assert_eq!(shown["schools"], serde_json::json!(["34CD00"]));
    // Only schools of the board.
    let err = env.refused(&[
        "agreement",
        "edit",
        "uitgeverij-rekenrijk-2024",
        "--school",
        "99ZZ",
    ]);
    assert!(
        err.contains("99ZZ")
            && err.contains("not a school of this board")
            && err.contains("12AB00"),
        "{err}"
    );
    // The audit says which schools an agreement serves.
    let audit = env.json(&["audit", "--fail-on", "never"]);
    let finding = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["subject_id"] == "uitgeverij-rekenrijk-2024")
        .unwrap()
        .clone();
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .ends_with("(serves 34CD00)"),
        "{finding}"
    );
    // The overview for the MR of De Regenboog leaves the publisher out; Het Kompas keeps it.
    let overview = |school: &str| {
        String::from_utf8(
            env.cmd()
                .args(["export", "gmr", "--school", school])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap()
    };
    assert!(!overview("12AB").contains("Uitgeverij Rekenrijk"));
    assert!(overview("34CD00").contains("Uitgeverij Rekenrijk"));
    assert!(overview("12AB00").contains("Leerlijn"));
    // A parent's access answer names only what serves the pupil's school.
    let csv = env.path("p.csv");
    write(
        &csv,
        "leerlingnummer;naam;groep;brin\n1001;Sanne;5B;12AB00\n2002;Daan;7;34CD00\n",
    );
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    let suppliers = |pupil: &str| -> Vec<String> {
        env.json(&["pupil", "report", pupil])["suppliers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["supplier"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!suppliers("1001").contains(&"uitgeverij-rekenrijk".to_string()));
    assert!(suppliers("2002").contains(&"uitgeverij-rekenrijk".to_string()));
    // Parties too; back to every school with an empty value.
    env.ok(&["party", "edit", "ggd", "--school", "12AB"]);
    let dir = env.path("gmr-kompas");
    env.ok(&[
        "export",
        "gmr",
        "--school",
        "34CD00",
        "--out-dir",
        dir.to_str().unwrap(),
    ]);
    let parties = std::fs::read_to_string(dir.join("externe-partijen.csv")).unwrap();
    assert!(!parties.contains("GGD"), "{parties}");
    env.ok(&["party", "edit", "ggd", "--school", ""]);
    assert_eq!(
        env.json(&["party", "show", "ggd"])["schools"],
        serde_json::json!([])
    );
    // In the TOML, and checked there too.
    let toml = env.ok(&["export", "toml"]);
    assert!(toml.contains("schools = [\"34CD00\"]"), "{toml}");
    let other = TestEnv::empty();
    let file = other.path("r.toml");
    write(
        &file,
        toml.replace("schools = [\"34CD00\"]", "schools = [\"77XX00\"]"),
    );
    let err = other.refused(&["import", file.to_str().unwrap(), "--create"]);
    assert!(
        err.contains("77XX00") && err.contains("not a school of this board"),
        "{err}"
    );
    assert!(
        other
            .refused(&["export", "gmr", "--school", "12AB"])
            .contains("no register")
    );
}

/// Every `--school` takes a school's name as `[[school]]` gives it, as `consent list` does: the
/// MR's overview, an agreement's, a party's and a breach's schools too.
#[test]
fn a_school_is_named_by_its_name_in_every_flag() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let by_code = env.ok(&["export", "gmr", "--school", "34CD00"]);
    assert_eq!(
        env.ok(&["export", "gmr", "--school", "OBS Het Kompas"]),
        by_code
    );
    let html = env.ok(&[
        "export",
        "gmr",
        "--format",
        "html",
        "--school",
        "obs het kompas",
    ]);
    assert!(html.contains("OBS Het Kompas"), "{html}");
    env.ok(&[
        "agreement",
        "edit",
        "uitgeverij-rekenrijk-2024",
        "--school",
        "OBS Het Kompas",
    ]);
    let shown = env.json(&["agreement", "show", "uitgeverij-rekenrijk-2024"]);
    assert_eq!(shown["schools"], serde_json::json!(["34CD00"]));
    env.ok(&["party", "edit", "ggd", "--school", "OBS Het Kompas"]);
    assert_eq!(
        env.json(&["party", "show", "ggd"])["schools"],
        serde_json::json!(["34CD00"])
    );
    // A name that is no school of the board is refused, naming the board's schools.
    let err = env.refused(&["export", "gmr", "--school", "OBS Nergens"]);
    assert!(
        err.contains("OBS Nergens") && err.contains("not a school of this board"),
        "{err}"
    );
    // A register that lists no schools takes a BRIN, and a name is no BRIN.
    let bare = TestEnv::new();
    bare.ok(&["supplier", "add", "Gynzy", "--role", "processor"]);
    let err = bare.refused(&[
        "agreement",
        "add",
        "gynzy",
        "--signed-on",
        "2026-01-01",
        "--school",
        "OBS Nergens",
    ]);
    assert!(err.contains("is not a BRIN"), "{err}");
    bare.ok(&[
        "agreement",
        "add",
        "gynzy",
        "--signed-on",
        "2026-01-01",
        "--school",
        "12ab00",
    ]);
}

/// An acceptance of a kind of subject a code never reports on could never match a finding: it
/// is refused, naming the kind the code is about, instead of telling the script the audit
/// will not fail on it.
#[test]
fn an_acceptance_names_a_subject_its_code_reports_on() {
    let env = lawful();
    let err = env.refused(&[
        "audit",
        "accept",
        "review-overdue",
        "supplier:gynzy",
        "--reason",
        "x",
        "--until",
        "2026-12-31",
    ]);
    assert!(
        err.contains("review-overdue findings are never about supplier, only about agreement"),
        "{err}"
    );
    let err = env.refused(&[
        "audit",
        "accept",
        "agreement-missing",
        "party:ggd",
        "--reason",
        "x",
        "--until",
        "2026-12-31",
    ]);
    assert!(err.contains("only about supplier"), "{err}");
    // bsn-shared is about an agreement or a party.
    env.ok(&[
        "audit",
        "accept",
        "bsn-shared",
        "party:ggd",
        "--reason",
        "x",
        "--until",
        "2026-12-31",
    ]);
}

/// `import` took an acceptance that had ended already, which `audit accept` refuses.
#[test]
fn an_import_refuses_an_acceptance_that_has_ended_unless_the_register_holds_it() {
    let env = lawful();
    let file = env.path("ended.toml");
    write(
        &file,
        "[[accepted]]\ncode = \"convenant-none\"\nsubject_kind = \"supplier\"\nsubject_id = \"camping\"\nreason = \"x\"\nuntil = 2020-01-01\n",
    );
    let before = env.fingerprint();
    let err = env.fails(&["import", file.to_str().unwrap()]);
    assert!(err.contains("ended.toml:6: key `until`"), "{err}");
    assert!(
        err.contains("the acceptance would have ended already"),
        "{err}"
    );
    assert_eq!(before, env.fingerprint());
    // Once the register's own acceptance has lapsed, its export still comes back unchanged.
    let export = env.path("export.toml");
    env.ok(&["export", "toml", "--out", export.to_str().unwrap()]);
    let out = env
        .cmd()
        .env("VREG_TODAY", "2027-09-01")
        .args(["import", export.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
