use serde_json::json;

use crate::common::{TestEnv, write};

const EXAMPLE: &str = include_str!("../../register.example.toml");

/// A register in which every field of every kind is filled.
const FULL: &str = r#"
[organisation]
name = "Stichting Test"
kvk = "12345678"
privacy_officer = "fg@test.example"

[[school]]
brin = "99ZZ"
vestiging = "03"
name = "Testschool"

[[supplier]]
id = "full"
name = "Full B.V."
kvk = "87654321"
website = "https://full.example"
contact = "privacy@full.example"
role = "joint-controller"
convenant = "participant"
convenant_version = "3.0"
convenant_checked_on = 2025-01-02
notes = "every field"

[[supplier.agreement]]
id = "full-1"
products = ["A", "B"]
model = "model-3.0"
signed_on = 2021-01-01
starts_on = 2021-02-01
expires_on = 2031-01-01
review_on = 2026-01-01
terminated_on = 2026-06-30
document = "doc"
privacy_leaflet = "leaflet"
storage_countries = ["NL", "US"]
transfer_safeguard = "scc"
breach_notice_hours = 36
dpia = "dpia"
notes = "n"
scope = ["eck-id", { category = "health", purpose = "p", retention = "r" }, { category = "photo", retention = "1 jaar" }]

[[supplier.agreement.subprocessor]]
name = "Sub"
country = "US"
purpose = "hosting"
transfer_safeguard = "bcr"

[[party]]
id = "p"
name = "Party"
kind = "other"
basis = "legal-obligation"
law = "Wet"
categories = ["name", "bsn"]
in_privacy_regulation = true
notes = "n"

[[purpose]]
id = "party-p"
name = "Uitwisseling"
explicit = true
party = "p"
"#;

/// Imports `text` into a new register and returns `export toml`.
fn export_of(text: &str) -> String {
    let env = TestEnv::empty();
    let file = env.path("in.toml");
    write(&file, text);
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
    env.ok(&["export", "toml"])
}

#[test]
fn export_import_export_is_byte_identical_on_the_example() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let first = env.ok(&["export", "toml"]);
    assert!(first.contains("[[supplier.agreement.subprocessor]]"));
    assert_eq!(export_of(&first), first);
    // The example itself imports to the same register as `init --example`.
    assert_eq!(export_of(EXAMPLE), first);
}

#[test]
fn export_import_export_is_byte_identical_with_every_field() {
    let first = export_of(FULL);
    for key in [
        "privacy_officer",
        "brin",
        "convenant_checked_on = 2025-01-02",
        "terminated_on = 2026-06-30",
        "privacy_leaflet",
        "transfer_safeguard = \"bcr\"",
        "breach_notice_hours = 36",
        "retention = \"1 jaar\"",
        "in_privacy_regulation = true",
        "party = \"p\"",
        "explicit = true",
    ] {
        assert!(first.contains(key), "{key} missing from\n{first}");
    }
    assert_eq!(export_of(&first), first);
}

#[test]
fn json_export_is_the_same_document_with_iso_dates() {
    let env = TestEnv::empty();
    let file = env.path("full.toml");
    write(&file, FULL);
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
    let doc: serde_json::Value = serde_json::from_str(&env.ok(&["export", "json"])).unwrap();
    assert_eq!(doc["organisation"]["name"], "Stichting Test");
    let agreement = &doc["supplier"][0]["agreement"][0];
    assert_eq!(agreement["signed_on"], "2021-01-01");
    assert_eq!(
        agreement["scope"][2],
        json!({"category": "health", "purpose": "p", "retention": "r"})
    );
    assert_eq!(
        agreement["scope"][1],
        json!({"category": "photo", "retention": "1 jaar"})
    );
    assert_eq!(agreement["subprocessor"][0]["country"], "US");
    assert_eq!(doc["party"][0]["categories"], json!(["name", "bsn"]));
    // Only the document: pupil data leaves only with --with-pupils.
    assert_eq!(doc["pupil"], serde_json::Value::Null);
    assert_eq!(doc["consent"], serde_json::Value::Null);
    let toml: toml::Table = env.ok(&["export", "toml"]).parse().unwrap();
    assert_eq!(doc.as_object().unwrap().len(), toml.len());
    let out = env
        .cmd()
        .args(["export", "json", "--with-pupils"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds pupil data"));
    // With pupils and consent, every event is in it.
    let csv = env.path("p.csv");
    write(&csv, "leerlingnummer;naam;photo-internal\n5;Eva;ja\n");
    env.ok(&[
        "pupil",
        "import",
        csv.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    env.ok(&[
        "consent",
        "set",
        "5",
        "photo-internal",
        "withdrawn",
        "--on",
        "2026-10-01",
    ]);
    let doc: serde_json::Value =
        serde_json::from_str(&env.ok(&["export", "json", "--with-pupils"])).unwrap();
    assert_eq!(doc["pupil"][0]["name"], "Eva");
    let decisions: Vec<_> = doc["consent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["decision"].as_str().unwrap())
        .collect();
    assert_eq!(decisions, ["granted", "withdrawn"]);
    assert_eq!(doc["consent"][0]["source"], "p.csv");
}

#[test]
fn importing_twice_changes_nothing_and_logs_nothing() {
    let env = TestEnv::empty();
    let file = env.path("example.toml");
    write(&file, EXAMPLE);
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
    let log = env.json(&["log"]).as_array().unwrap().len();
    let before = env.fingerprint();
    let out = env
        .cmd()
        .args(["import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 added, 0 changed, 31 unchanged"));
    assert_eq!(env.fingerprint(), before);
    assert_eq!(env.json(&["log"]).as_array().unwrap().len(), log);
}

#[test]
fn an_upsert_changes_one_field_and_keeps_the_rest() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Not In File"]);
    let file = env.path("example.toml");
    write(&file, EXAMPLE);
    env.ok(&["import", file.to_str().unwrap()]);
    write(
        &file,
        EXAMPLE.replace("kvk = \"50123456\"", "kvk = \"50999999\""),
    );
    let report = env.json(&["import", file.to_str().unwrap()]);
    assert_eq!(
        report,
        json!({
            "added": [],
            "changed": [{"kind": "supplier", "id": "leerlijn-digitaal", "fields": ["kvk"]}],
            "unchanged": 30,
            "changes": [{"kind": "supplier", "id": "leerlijn-digitaal", "field": "kvk",
                         "from": "50123456", "to": "50999999"}],
            "skipped": [],
            "warnings": []
        })
    );
    assert_eq!(
        env.json(&["supplier", "show", "leerlijn-digitaal"])["kvk"],
        "50999999"
    );
    // What the file does not name stays.
    env.ok(&["supplier", "show", "not-in-file"]);
    let log = env.json(&["log", "--entity", "supplier:leerlijn-digitaal"]);
    let last = &log[log.as_array().unwrap().len() - 1];
    assert_eq!(last["action"], "import-edit");
    assert_eq!(
        last["detail"]["changes"],
        json!({"kvk": {"from": "50123456", "to": "50999999"}})
    );
}

#[test]
fn bad_files_are_refused_with_line_and_key_and_nothing_written() {
    let cases: &[(&str, &str)] = &[
        (
            "[[supplier]]\nname = \"X\"\nrole = \"boss\"\n",
            ":3: key `role`: unknown role 'boss'",
        ),
        (
            "[[supplier]]\nname = \"X\"\nconvenant = \"member\"\n",
            ":3: key `convenant`: unknown convenant status 'member'",
        ),
        (
            "[[supplier]]\nname = \"X\"\n\n[[supplier.agreement]]\nscope = [\"eck-id\", \"medical\"]\n",
            ":5: key `scope`: unknown data category 'medical'",
        ),
        (
            "[[supplier]]\nname = \"X\"\n\n[[supplier.agreement]]\nsigned_on = 2024-02-30\n",
            ":5: key `signed_on`:",
        ),
        (
            "[[supplier]]\nname = \"X\"\n\n[[supplier.agreement]]\nsigned_on = \"gisteren\"\n",
            ":5: key `signed_on`: 'gisteren' is not a date",
        ),
        (
            "[[supplier]]\nname = \"X\"\n\n[[supplier.agreement]]\nsigned_on = 2024-02-01\nexpires_on = 2023-01-01\n",
            ":6: key `expires_on`: agreement x-2024: expires_on 2023-01-01 is before signed_on 2024-02-01",
        ),
        (
            "[[supplier]]\nname = \"X\"\nkvk = \"123\"\n",
            ":3: key `kvk`: KvK number '123' is not 8 digits",
        ),
        ("[[supplier]]\nname = \"X\n", ":2: key `name`:"),
        (
            "[[supplier]]\nname = \"X\"\ncolour = \"blue\"\n",
            ":3: key `colour`: unknown field `colour`",
        ),
        (
            "[[supplier]]\nkvk = \"12345678\"\n",
            ":1: key `supplier`: missing field `name`",
        ),
        (
            "[[supplier]]\nname = \"X\"\n[[supplier]]\nname = \"Y\"\nid = \"x\"\n",
            ":5: key `id`: supplier id 'x' appears twice",
        ),
        (
            "[[supplier]]\nname = \"X\"\nid = \"Not A Slug\"\n",
            ":3: key `id`: 'Not A Slug' is not a valid id",
        ),
        (
            "[[supplier]]\nname = \"X\"\n\n[[supplier.agreement]]\nstorage_countries = [\"NL\", \"EU\"]\n",
            ":5: key `storage_countries`: 'EU' is not an ISO 3166-1 alpha-2",
        ),
        (
            "[[purpose]]\nid = \"party-nope\"\nname = \"X\"\nparty = \"nope\"\n",
            ":4: key `party`: purpose names party 'nope'",
        ),
        (
            "[[school]]\nbrin = \"12ab\"\nvestiging = \"00\"\nname = \"S\"\n",
            ":2: key `brin`: BRIN '12ab' is not 4 digits or capitals",
        ),
        ("[supplier]\nname = \"X\"\n", ":1: key `supplier`:"),
        (
            "[[purpose]]\nid = \"a1\"\nname = \"Zelfde\"\n[[purpose]]\nid = \"a2\"\nname = \"zelfde\"\n",
            ":6: key `name`: purpose a2 has the same name as purpose a1",
        ),
        (
            "[[purpose]]\nid = \"dup\"\nname = \"beeldmateriaal op de website van de school\"\n",
            ":3: key `name`: purpose dup has the same name as purpose photo-website in the register",
        ),
        (
            "[[supplier]]\nid = \"a\"\nname = \"A\"\nnotes = \"x\\u001by\"\n",
            ":4: key `notes`: supplier a: the notes contains the control character U+001B",
        ),
        (
            "[organisation]\nname = \"\"\n",
            ":2: key `name`: the organisation's name cannot be empty",
        ),
        (
            "[[supplier]]\nname = \"X\"\nconvenant_checked_on = 2027-01-01\n",
            ":3: key `convenant_checked_on`: supplier x: convenant_checked_on 2027-01-01 is after today (2026-11-28)",
        ),
    ];
    let env = TestEnv::new();
    let file = env.path("bad.toml");
    for (text, expected) in cases {
        write(&file, text);
        let err = env.refused(&["import", file.to_str().unwrap()]);
        assert!(
            err.contains(&format!("bad.toml{expected}")),
            "{text:?}: {err}"
        );
    }
    // Without --create, a missing register is named and not made.
    let empty = TestEnv::empty();
    write(&file, "[[supplier]]\nname = \"X\"\n");
    let err = empty.fails(&["import", file.to_str().unwrap()]);
    assert!(
        err.contains(&format!("no register at {}", empty.db.display()))
            && err.contains("--create")
            && err.contains("vreg init"),
        "{err}"
    );
    assert!(!empty.db.exists());
    // A failed import into a missing register leaves no register behind.
    write(&file, cases[0].0);
    empty.fails(&["import", file.to_str().unwrap(), "--create"]);
    assert!(!empty.db.exists());
}

#[test]
fn files_that_are_not_toml_text_are_refused() {
    let env = TestEnv::new();
    let file = env.path("bin.toml");
    write(&file, [0xff, 0xfe, 0x00, 0x41]);
    assert!(
        env.refused(&["import", file.to_str().unwrap()])
            .ends_with("bin.toml is not UTF-8 text")
    );
    assert!(
        env.refused(&["import", env.dir.path().to_str().unwrap()])
            .contains("cannot read")
    );
    assert!(
        env.refused(&["import", "missing.toml"])
            .contains("cannot read missing.toml")
    );
}

#[test]
fn a_dry_run_reports_and_writes_nothing() {
    let env = TestEnv::empty();
    let file = env.path("example.toml");
    write(&file, EXAMPLE);
    let out = env
        .cmd()
        .args(["import", file.to_str().unwrap(), "--dry-run", "--create"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("would add supplier leerlijn-digitaal"),
        "{stderr}"
    );
    assert!(
        stderr.contains("dry run, nothing written: 26 added, 2 changed, 3 unchanged"),
        "{stderr}"
    );
    assert!(!env.db.exists(), "a dry run created the register");

    env.ok(&["init"]);
    let before = env.fingerprint();
    let report = env.json(&["import", file.to_str().unwrap(), "--dry-run"]);
    assert_eq!(report["added"].as_array().unwrap().len(), 26);
    assert_eq!(env.fingerprint(), before);
}

#[test]
fn ids_left_out_are_derived_and_stable_across_imports() {
    let env = TestEnv::new();
    let file = env.path("noids.toml");
    write(
        &file,
        "[[supplier]]\nname = \"Gynzy B.V.\"\n\n[[supplier.agreement]]\nsigned_on = 2024-03-01\n\n\
                  [[supplier.agreement]]\nsigned_on = 2024-09-01\n",
    );
    env.ok(&["import", file.to_str().unwrap()]);
    env.ok(&["import", file.to_str().unwrap()]);
    let ids: Vec<_> = env
        .json(&["agreement", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["gynzy-bv-2024", "gynzy-bv-2024-2"]);
}

#[test]
fn init_example_holds_the_example_board() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let suppliers = env.json(&["supplier", "list"]);
    assert_eq!(suppliers.as_array().unwrap().len(), 5);
    let us = env.json(&["agreement", "show", "cloudwerk-2025"]);
    assert_eq!(us["transfer_safeguard"], "dpf");
    assert_eq!(us["subprocessors"].as_array().unwrap().len(), 2);
    assert!(
        env.refused(&["init", "--example"])
            .contains("already exists; `vreg init` makes a register in a new file")
    );
}

#[test]
fn long_names_give_ids_that_survive_a_round_trip() {
    let env = TestEnv::new();
    let name = "Stichting Voor Zeer Lange Namen En Nog Veel Meer Woorden Die Een Leverancier Kan Hebben B.V.";
    let id = env.ok(&["supplier", "add", name]);
    assert!(id.trim().len() <= 50, "{id}");
    env.ok(&["agreement", "add", id.trim(), "--signed-on", "2024-01-01"]);
    env.ok(&["party", "add", name, "--kind", "care", "--basis", "consent"]);
    let first = env.ok(&["export", "toml"]);
    assert_eq!(export_of(&first), first);
    let long_party = "p".repeat(59);
    assert!(
        env.refused(&[
            "party",
            "add",
            "X",
            "--id",
            &long_party,
            "--kind",
            "care",
            "--basis",
            "consent"
        ])
        .contains("longer than 58 characters")
    );
}

#[test]
fn an_upsert_replaces_what_it_names_and_says_which_fields_change() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let file = env.path("partial.toml");
    write(
        &file,
        "[[supplier]]\nid = \"cloudwerk\"\nname = \"Cloudwerk Inc.\"\nconvenant = \"none\"\n",
    );
    let out = env
        .cmd()
        .args(["import", file.to_str().unwrap(), "--dry-run"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("would change supplier cloudwerk (website, convenant_checked_on, notes)"),
        "{stderr}"
    );
    // An agreement keeps its supplier: a file cannot move it to another.
    write(
        &file,
        "[[supplier]]\nid = \"schoolkompas\"\nname = \"Schoolkompas B.V.\"\n\n[[supplier.agreement]]\nid = \"cloudwerk-2025\"\nsigned_on = 2025-01-15\n",
    );
    let err = env.refused(&["import", file.to_str().unwrap()]);
    assert!(
        err.contains("partial.toml:5: key `supplier.agreement`: agreement cloudwerk-2025 belongs to supplier cloudwerk, not schoolkompas"),
        "{err}"
    );
}

#[test]
fn a_saved_mapping_that_sends_one_column_to_two_purposes_is_refused_in_a_register_file() {
    let env = TestEnv::new();
    let file = env.path("profiel.toml");
    write(
        &file,
        "[[import_profile]]\nname = \"parnassys\"\nmap = [\"Foto=photo-website\", \"foto=photo-internal\"]\n",
    );
    let err = env.refused(&["import", file.to_str().unwrap(), "--merge"]);
    assert!(
        err.contains("the column is mapped to photo-website and to photo-internal"),
        "{err}"
    );
}

/// `supplier add` refuses a second "Cloudwerk Inc." under another id; `import` added one
/// without a word. It now adds it (the file is what the officer wants) and says so.
#[test]
fn an_import_says_when_a_new_supplier_looks_like_one_the_register_has() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Cloudwerk Inc."]);
    let file = env.path("d.toml");
    write(
        &file,
        "[[supplier]]\nid = \"cw3\"\nname = \"Cloudw\u{0435}rk B.V.\"\n\n[[supplier]]\nid = \"cw4\"\nname = \"cloudwerk\"\n",
    );
    let out = env
        .cmd()
        .args(["import", file.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("supplier cw3 (Cloudw\u{0435}rk B.V.) looks like supplier cloudwerk-inc"),
        "{said}"
    );
    assert!(
        said.contains("supplier cw4 (cloudwerk) looks like"),
        "{said}"
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["warnings"].as_array().unwrap().len(), 2, "{report}");
    // Importing the same file again adds nothing and says nothing.
    let out = env
        .cmd()
        .args(["import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        !String::from_utf8(out.stderr)
            .unwrap()
            .contains("looks like")
    );
}
