//! One rule, one place: the same facts entered with the command-line verbs and with `vreg import`
//! give the same register, byte for byte in `vreg export toml`; the same impossible fact is refused
//! on both paths. The input is messy on purpose (spaces, repeats, letter case, DD-MM-YYYY dates),
//! so that both paths go through the same normalisation.

use serde_json::Value;

use crate::common::{TestEnv, write};

/// Register A gets `steps` through the command line, register B `toml` through `vreg import`;
/// both start as `vreg init` makes them. Asserts that both export the same TOML, and returns them.
fn same_facts(steps: &[&[&str]], toml: &str) -> (TestEnv, TestEnv) {
    let by_flags = TestEnv::new();
    for step in steps {
        by_flags.ok(step);
    }
    let by_file = TestEnv::new();
    import(&by_file, toml);
    let (flags, file) = (
        by_flags.ok(&["export", "toml"]),
        by_file.ok(&["export", "toml"]),
    );
    assert_eq!(
        flags, file,
        "the command line (left) and `vreg import` (right) stored different facts"
    );
    (by_flags, by_file)
}

fn import(env: &TestEnv, toml: &str) -> String {
    let file = env.path("facts.toml");
    write(&file, toml);
    env.ok(&["import", file.to_str().unwrap()])
}

/// `step` on the command line and `toml` through `vreg import` are both refused with exit 2, one
/// `error:` line and nothing changed, each on a register that got `setup` first. Returns both
/// error lines.
fn refused_both(setup: &[&[&str]], step: &[&str], toml: &str) -> (String, String) {
    let by_flags = TestEnv::new();
    let by_file = TestEnv::new();
    for env in [&by_flags, &by_file] {
        for s in setup {
            env.ok(s);
        }
    }
    let flags = by_flags.refused(step);
    let file = by_file.path("facts.toml");
    write(&file, toml);
    let imported = by_file.refused(&["import", file.to_str().unwrap()]);
    (flags, imported)
}

/// The codes of the audit's findings about one subject.
fn findings(env: &TestEnv, kind: &str, id: &str) -> Vec<String> {
    let out = env
        .cmd()
        .args(["audit", "--format", "json", "--fail-on", "never"])
        .output()
        .expect("run vreg");
    let audit: Value = serde_json::from_slice(&out.stdout).expect("audit JSON");
    audit["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["subject_kind"] == kind && f["subject_id"] == id)
        .map(|f| f["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

// ------------------------------------------------------------------ one kind at a time

#[test]
fn a_supplier_is_the_same_from_flags_and_from_a_file() {
    same_facts(
        &[&[
            "supplier",
            "add",
            "  Gynzy B.V.  ",
            "--kvk",
            " 12345678 ",
            "--website",
            " https://www.gynzy.com ",
            "--contact",
            "  privacy@gynzy.com ",
            "--role",
            "Controller",
            "--notes",
            "  rekenen en taal  ",
        ]],
        r#"
[[supplier]]
name = "  Gynzy B.V.  "
kvk = " 12345678 "
website = " https://www.gynzy.com "
contact = "  privacy@gynzy.com "
role = "Controller"
notes = "  rekenen en taal  "
"#,
    );
}

#[test]
fn a_convenant_standing_is_the_same_from_flags_and_from_a_file() {
    same_facts(
        &[
            &["supplier", "add", "Zwijsen"],
            &[
                "convenant",
                "set",
                "zwijsen",
                "Medestander",
                "--version",
                "4",
                "--checked-on",
                "01-09-2026",
            ],
            &["supplier", "add", "Heutink"],
            &[
                "convenant",
                "set",
                "heutink",
                "none",
                "--checked-on",
                "28-11-2026",
            ],
            &["supplier", "add", "Basispoort"],
        ],
        r#"
[[supplier]]
name = "Zwijsen"
convenant = "Medestander"
convenant_version = "4"
convenant_checked_on = "01-09-2026"

[[supplier]]
name = "Heutink"
convenant = "geen"
convenant_checked_on = 2026-11-28

[[supplier]]
name = "Basispoort"
"#,
    );
}

/// The agreement the next tests build on, from the command line.
const GYNZY: &[&[&str]] = &[
    &["supplier", "add", "Gynzy"],
    &[
        "convenant",
        "set",
        "gynzy",
        "participant",
        "--version",
        "4.0",
        "--checked-on",
        "2026-01-05",
    ],
    &[
        "agreement",
        "add",
        "gynzy",
        "--signed-on",
        "01-03-2024",
        "--starts-on",
        "01-04-2024",
        "--expires-on",
        "31-03-2027",
        "--review-on",
        "01-03-2026",
        "--product",
        " Gynzy Rekenen ",
        "--product",
        "Gynzy Rekenen",
        "--product",
        "Taal",
        "--storage",
        "nl",
        "--storage",
        "NL",
        "--storage",
        "de",
        "--safeguard",
        "SCC",
        "--breach-hours",
        "24",
        "--document",
        " DMS/VWO/2024-01 ",
        "--privacy-leaflet",
        " 2.1 ",
        "--dpia",
        "  DPIA-7 ",
        "--notes",
        " getekend door de bestuurder ",
    ],
];

/// The same supplier and agreement as a file, with `more` appended inside the agreement.
fn gynzy_file(more: &str) -> String {
    format!(
        r#"
[[supplier]]
name = "Gynzy"
convenant = "participant"
convenant_version = "4.0"
convenant_checked_on = 2026-01-05

[[supplier.agreement]]
signed_on = "01-03-2024"
starts_on = "01-04-2024"
expires_on = "31-03-2027"
review_on = "01-03-2026"
products = [" Gynzy Rekenen ", "Gynzy Rekenen", "Taal"]
storage_countries = ["nl", "NL", "de"]
transfer_safeguard = "SCC"
breach_notice_hours = 24
document = " DMS/VWO/2024-01 "
privacy_leaflet = " 2.1 "
dpia = "  DPIA-7 "
notes = " getekend door de bestuurder "
{more}"#
    )
}

#[test]
fn an_agreement_is_the_same_from_flags_and_from_a_file() {
    let (flags, _) = same_facts(GYNZY, &gynzy_file(""));
    let agreement = flags.json(&["agreement", "show", "gynzy-2024"]);
    assert_eq!(
        agreement["products"],
        serde_json::json!(["Gynzy Rekenen", "Taal"])
    );
    assert_eq!(
        agreement["storage_countries"],
        serde_json::json!(["NL", "DE"])
    );
}

#[test]
fn an_edited_product_list_is_the_same_as_a_file_with_that_list() {
    let mut steps = GYNZY.to_vec();
    let edit: &[&str] = &[
        "agreement",
        "edit",
        "gynzy-2024",
        "--product",
        "Y",
        "--product",
        " Y ",
        "--storage",
        "us",
        "--storage",
        "US",
    ];
    steps.push(edit);
    same_facts(
        &steps,
        &gynzy_file("").replace(
            r#"products = [" Gynzy Rekenen ", "Gynzy Rekenen", "Taal"]
storage_countries = ["nl", "NL", "de"]"#,
            r#"products = ["Y", " Y "]
storage_countries = ["us", "US"]"#,
        ),
    );
}

#[test]
fn a_scope_is_the_same_from_flags_and_from_a_file() {
    let mut steps = GYNZY.to_vec();
    let set: &[&str] = &["scope", "set", "gynzy-2024", "name", "ECK-ID", "name"];
    let add: &[&str] = &[
        "scope",
        "add",
        "gynzy-2024",
        "results",
        "results",
        "--purpose",
        "  adaptief oefenen ",
        "--retention",
        " 1 jaar na vertrek ",
        "--law",
        "  ",
    ];
    steps.extend([set, add]);
    same_facts(
        &steps,
        &gynzy_file(
            r#"scope = ["name", "eck-id", "name",
  { category = "Results", purpose = "  adaptief oefenen ", retention = " 1 jaar na vertrek ", law = "  " },
  { category = "results", purpose = "adaptief oefenen", retention = "1 jaar na vertrek" }]
"#,
        ),
    );
}

#[test]
fn sub_processors_are_the_same_from_flags_and_from_a_file() {
    let mut steps = GYNZY.to_vec();
    let aws: &[&str] = &[
        "agreement",
        "subprocessor",
        "add",
        "gynzy-2024",
        "  Amazon Web Services  ",
        "--country",
        "ie",
        "--purpose",
        " hosting ",
    ];
    let mailer: &[&str] = &[
        "agreement",
        "subprocessor",
        "add",
        "gynzy-2024",
        "Mailgun",
        "--country",
        "us",
        "--safeguard",
        "DPF",
    ];
    steps.extend([aws, mailer]);
    same_facts(
        &steps,
        &gynzy_file(
            r#"
[[supplier.agreement.subprocessor]]
name = "Mailgun"
country = "us"
transfer_safeguard = "DPF"

[[supplier.agreement.subprocessor]]
name = "  Amazon Web Services  "
country = "ie"
purpose = " hosting "
"#,
        ),
    );
}

#[test]
fn removing_a_sub_processor_names_it_as_it_is_stored() {
    let env = TestEnv::new();
    for step in GYNZY {
        env.ok(step);
    }
    env.ok(&[
        "agreement",
        "subprocessor",
        "add",
        "gynzy-2024",
        "AWS",
        "--country",
        "IE",
    ]);
    let out = env
        .cmd()
        .args([
            "agreement",
            "subprocessor",
            "remove",
            "gynzy-2024",
            "  AWS  ",
        ])
        .output()
        .expect("run vreg");
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("removed sub-processor AWS from agreement gynzy-2024"),
        "{stderr}"
    );
    let log = env.json(&["log", "--entity", "agreement:gynzy-2024"]);
    let removal = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "subprocessor-remove")
        .expect("the removal is logged");
    assert_eq!(removal["detail"]["name"], "AWS");
    // And the agreement is as one imported without it.
    same_facts_with(&env, &gynzy_file(""));
}

/// `env`'s export equals that of a new register that imported `toml`.
fn same_facts_with(env: &TestEnv, toml: &str) {
    let by_file = TestEnv::new();
    import(&by_file, toml);
    assert_eq!(env.ok(&["export", "toml"]), by_file.ok(&["export", "toml"]));
}

#[test]
fn a_party_is_the_same_from_flags_and_from_a_file() {
    let (flags, file) = same_facts(
        &[
            // A legal obligation whose law is not yet looked up: true but incomplete.
            &[
                "party",
                "add",
                "  Leerplicht Utrecht  ",
                "--kind",
                "Overheid",
                "--basis",
                "legal-obligation",
                "--category",
                "name",
                "--category",
                "attendance",
                "--category",
                "Name",
                "--notes",
                " bureau leerplicht ",
                "--in-regulation",
            ],
            &[
                "party",
                "add",
                "Logopedie De Mond",
                "--kind",
                "care",
                "--basis",
                "Toestemming",
                "--category",
                "progress",
                "--law",
                "   ",
            ],
        ],
        r#"
[[party]]
name = "  Leerplicht Utrecht  "
kind = "Overheid"
basis = "legal-obligation"
categories = ["name", "attendance", "Name"]
in_privacy_regulation = true
notes = " bureau leerplicht "

[[party]]
name = "Logopedie De Mond"
kind = "care"
basis = "Toestemming"
categories = ["progress"]
law = "   "
"#,
    );
    for env in [&flags, &file] {
        assert!(
            findings(env, "party", "leerplicht-utrecht").contains(&"party-no-basis".to_string()),
            "the audit names the missing law"
        );
    }
}

#[test]
fn a_consent_purpose_is_the_same_from_flags_and_from_a_file() {
    same_facts(
        &[&[
            "consent",
            "purpose",
            "add",
            "  Foto's in de klassenapp  ",
            "--explicit",
            "--written-only",
            "--renewal",
            "once",
            "--applies-to",
            "some",
        ]],
        r#"
[[purpose]]
name = "  Foto's in de klassenapp  "
explicit = true
written_only = true
renewal = "once"
applies_to = "some"
"#,
    );
}

#[test]
fn a_processing_activity_is_the_same_from_flags_and_from_a_file() {
    let mut steps = GYNZY.to_vec();
    let party: &[&str] = &[
        "party",
        "add",
        "DUO",
        "--kind",
        "government",
        "--basis",
        "legal-obligation",
        "--law",
        "WPO art. 178a",
    ];
    let processing: &[&str] = &[
        "processing",
        "add",
        "  Leerlingadministratie ",
        "--purpose",
        " onderwijs geven ",
        "--purpose",
        "onderwijs geven",
        "--purpose",
        "bekostiging",
        "--basis",
        "legal-obligation",
        "--law",
        " WPO art. 178a ",
        "--subjects",
        "pupils",
        "parents",
        "pupils",
        "--category",
        "name",
        "bsn",
        "Name",
        "--retention",
        " 2 jaar na vertrek ",
        "--security",
        " IB-beleid ",
        "--owner",
        " directeur ",
        "--review-on",
        "01-09-2027",
        "--agreement",
        "gynzy-2024",
        "--party",
        "duo",
        "--party",
        "duo",
        "--notes",
        " n ",
    ];
    steps.extend([party, processing]);
    let toml = gynzy_file("")
        + r#"
[[party]]
name = "DUO"
kind = "government"
basis = "legal-obligation"
law = "WPO art. 178a"

[[processing]]
name = "  Leerlingadministratie "
purposes = [" onderwijs geven ", "onderwijs geven", "bekostiging"]
basis = "legal-obligation"
law = " WPO art. 178a "
subjects = ["pupils", "parents", "pupils"]
categories = ["name", "bsn", "Name"]
retention = " 2 jaar na vertrek "
security = " IB-beleid "
owner = " directeur "
review_on = "01-09-2027"
agreements = ["gynzy-2024"]
parties = ["duo", "duo"]
notes = " n "
"#;
    same_facts(&steps, &toml);
}

#[test]
fn an_accepted_finding_is_the_same_from_flags_and_from_a_file() {
    same_facts(
        &[
            &["supplier", "add", "Heutink"],
            &["convenant", "set", "heutink", "none"],
            &[
                "audit",
                "accept",
                " convenant-none ",
                "supplier: heutink ",
                "--reason",
                "  in gesprek over deelname ",
                "--until",
                "01-03-2027",
            ],
        ],
        r#"
[[supplier]]
name = "Heutink"
convenant = "none"
convenant_checked_on = 2026-11-28

[[accepted]]
code = " convenant-none "
subject_kind = "supplier"
subject_id = " heutink "
reason = "  in gesprek over deelname "
until = "01-03-2027"
"#,
    );
}

#[test]
fn a_breach_is_the_same_from_flags_and_from_a_file() {
    same_facts(
        &[
            &["supplier", "add", "Gynzy"],
            &[
                "breach",
                "add",
                "  Phishingmail met klassenlijst  ",
                "--discovered",
                "2026-11-20 10:00",
                "--supplier",
                "gynzy",
                "--category",
                "name",
                "--category",
                "group",
                "--category",
                "name",
                "--kind",
                "confidentiality",
                "--kind",
                "confidentiality",
                "--subjects",
                "28",
                "--description",
                "  een lijst ging naar een verkeerd adres ",
            ],
        ],
        r#"
[[supplier]]
name = "Gynzy"

[[breach]]
id = "2026-001"
title = "  Phishingmail met klassenlijst  "
discovered_at = "2026-11-20 10:00"
supplier = "gynzy"
categories = ["name", "group", "name"]
kinds = ["confidentiality", "confidentiality"]
subjects = 28
description = "  een lijst ging naar een verkeerd adres "
"#,
    );
}

#[test]
fn a_saved_column_mapping_is_the_same_from_a_pupil_import_and_from_a_file() {
    let by_flags = TestEnv::new();
    let csv = by_flags.path("leerlingen.csv");
    write(
        &csv,
        "Leerlingnummer;Naam;Groep;Foto intern\n1001;Lieke;5;ja\n",
    );
    by_flags.ok(&[
        "pupil",
        "import",
        csv.to_str().unwrap(),
        "--map",
        " Foto intern = photo-internal ",
        "--save-map",
        "parnassys",
    ]);
    let by_file = TestEnv::new();
    import(
        &by_file,
        r#"
[[import_profile]]
name = " parnassys "
map = [" Foto intern = photo-internal "]
"#,
    );
    assert_eq!(
        by_flags.ok(&["export", "toml"]),
        by_file.ok(&["export", "toml"])
    );
}

/// The organisation, its schools and its own data categories are entered by file only; a messy
/// file stores what a clean one does.
#[test]
fn file_only_kinds_are_normalised_like_the_rest() {
    let clean = TestEnv::new();
    import(
        &clean,
        r#"
[organisation]
name = "Stichting Primair Utrecht"
kvk = "41234567"
privacy_officer = "fg@spu.example"
contact = "info@spu.example"
address = "Postbus 1, 3500 AA Utrecht"

[[school]]
brin = "12AB"
vestiging = "00"
name = "De Regenboog"

[[category]]
code = "salaris"
label = "Salarisgegevens"
"#,
    );
    let messy = TestEnv::new();
    import(
        &messy,
        r#"
[organisation]
name = "  Stichting Primair Utrecht "
kvk = "41234567"
privacy_officer = " fg@spu.example "
contact = " info@spu.example"
address = "Postbus 1, 3500 AA Utrecht  "

[[school]]
brin = " 12AB "
vestiging = " 00"
name = "  De Regenboog "

[[category]]
code = "salaris"
label = "  Salarisgegevens "
"#,
    );
    assert_eq!(clean.ok(&["export", "toml"]), messy.ok(&["export", "toml"]));
}

// ------------------------------------------------------------------ the same refusals

#[test]
fn a_convenant_version_outside_the_convenant_is_refused_on_both_paths() {
    for status in ["none", "unknown"] {
        let (flags, file) = refused_both(
            &[&["supplier", "add", "Heutink"]],
            &["convenant", "set", "heutink", status, "--version", "4.0"],
            &format!(
                "[[supplier]]\nname = \"Heutink\"\nconvenant = \"{status}\"\nconvenant_version = \"4.0\"\n"
            ),
        );
        for e in [flags, file] {
            assert!(e.contains("version"), "{e}");
        }
    }
}

#[test]
fn an_end_before_the_start_is_refused_on_both_paths() {
    let supplier: &[&[&str]] = &[&["supplier", "add", "Gynzy"]];
    let (flags, file) = refused_both(
        supplier,
        &[
            "agreement",
            "add",
            "gynzy",
            "--signed-on",
            "01-03-2024",
            "--starts-on",
            "01-05-2024",
            "--expires-on",
            "30-04-2024",
        ],
        "[[supplier]]\nname = \"Gynzy\"\n[[supplier.agreement]]\nsigned_on = 2024-03-01\nstarts_on = 2024-05-01\nexpires_on = 2024-04-30\n",
    );
    for e in [flags, file] {
        assert!(
            e.contains("expires_on 2024-04-30 is before starts_on 2024-05-01"),
            "{e}"
        );
    }
    // Ended before it was signed.
    let mut setup = supplier.to_vec();
    let add: &[&str] = &["agreement", "add", "gynzy", "--signed-on", "2024-03-01"];
    setup.push(add);
    let (flags, file) = refused_both(
        &setup,
        &["agreement", "end", "gynzy-2024", "--on", "29-02-2024"],
        "[[supplier]]\nname = \"Gynzy\"\n[[supplier.agreement]]\nid = \"gynzy-2024\"\nsigned_on = 2024-03-01\nterminated_on = 2024-02-29\n",
    );
    for e in [flags, file] {
        assert!(e.contains("2024-02-29"), "{e}");
    }
}

#[test]
fn a_convenant_check_in_the_future_is_refused_on_both_paths() {
    // The suite's today is 2026-11-28.
    let (flags, file) = refused_both(
        &[&["supplier", "add", "Gynzy"]],
        &[
            "convenant",
            "set",
            "gynzy",
            "participant",
            "--checked-on",
            "29-11-2026",
        ],
        "[[supplier]]\nname = \"Gynzy\"\nconvenant = \"participant\"\nconvenant_checked_on = 2026-11-29\n",
    );
    for e in [flags, file] {
        assert!(e.contains("2026-11-29 is after today (2026-11-28)"), "{e}");
    }
}

#[test]
fn a_category_with_two_purposes_is_refused_in_a_file() {
    // The command line cannot say it: `scope add` gives one purpose to every category named.
    let env = TestEnv::new();
    let file = env.path("facts.toml");
    write(
        &file,
        gynzy_file(
            r#"scope = [{ category = "results", purpose = "oefenen" }, { category = "results", purpose = "toetsen" }]
"#,
        ),
    );
    let e = env.refused(&["import", file.to_str().unwrap()]);
    assert!(e.contains("scope names 'results' twice"), "{e}");
}

#[test]
fn a_purpose_name_in_use_is_refused_on_both_paths() {
    let (flags, file) = refused_both(
        &[],
        &[
            "consent",
            "purpose",
            "add",
            " BEELDMATERIAAL OP DE WEBSITE VAN DE SCHOOL ",
            "--id",
            "website",
        ],
        "[[purpose]]\nid = \"website\"\nname = \" BEELDMATERIAAL OP DE WEBSITE VAN DE SCHOOL \"\n",
    );
    for e in [flags, file] {
        assert!(e.contains("photo-website"), "{e}");
    }
}
