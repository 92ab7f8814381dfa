use serde_json::json;

use crate::common::TestEnv;

#[test]
fn add_takes_every_field_and_show_returns_them_with_status() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Heutink ICT"]);
    env.ok(&[
        "convenant",
        "set",
        "heutink-ict",
        "participant",
        "--version",
        "4.0",
    ]);
    let id = env.ok(&[
        "overeenkomst",
        "add",
        "heutink-ict",
        "--signed-on",
        "15-08-2023",
        "--starts-on",
        "2023-09-01",
        "--expires-on",
        "2027-07-31",
        "--review-on",
        "2026-08-01",
        "--product",
        "ParnasSys",
        "--product",
        "Parro",
        "--document",
        "DMS-2023-114",
        "--privacy-leaflet",
        "PB 2023.2",
        "--storage",
        "nl",
        "--storage",
        "DE",
        "--safeguard",
        "scc",
        "--breach-hours",
        "24",
        "--dpia",
        "DPIA-2023-01",
        "--notes",
        "via Basispoort",
    ]);
    assert_eq!(id, "heutink-ict-2023\n");
    let a = env.json(&["agreement", "show", "heutink-ict-2023"]);
    assert_eq!(
        a,
        json!({
            "id": "heutink-ict-2023", "supplier": "heutink-ict", "products": ["ParnasSys", "Parro"],
            "model": "model-4.0", "signed_on": "2023-08-15", "starts_on": "2023-09-01",
            "expires_on": "2027-07-31", "review_on": "2026-08-01", "terminated_on": null,
            "document": "DMS-2023-114", "privacy_leaflet": "PB 2023.2", "storage_countries": ["NL", "DE"],
            "transfer_safeguard": "scc", "breach_notice_hours": 24, "dpia": "DPIA-2023-01",
            "notes": "via Basispoort", "schools": [], "status": "active", "scope": [], "subprocessors": []
        })
    );
}

#[test]
fn the_model_follows_the_convenant_unless_given() {
    let env = TestEnv::new();
    for (name, status) in [
        ("Deelnemer", "participant"),
        ("Medestander", "supporter"),
        ("Geen", "none"),
    ] {
        env.ok(&["supplier", "add", name]);
        env.ok(&["convenant", "set", &name.to_lowercase(), status]);
        env.ok(&[
            "agreement",
            "add",
            &name.to_lowercase(),
            "--signed-on",
            "2025-01-01",
        ]);
    }
    env.ok(&[
        "agreement",
        "add",
        "geen",
        "--signed-on",
        "2025-02-01",
        "--model",
        "model-3.0",
    ]);
    let models: Vec<_> = env
        .json(&["agreement", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap().to_string(),
                a["model"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        models,
        [
            ("deelnemer-2025".to_string(), "model-4.0".to_string()),
            ("geen-2025".to_string(), "own".to_string()),
            ("geen-2025-2".to_string(), "model-3.0".to_string()),
            ("medestander-2025".to_string(), "general-4.0".to_string()),
        ]
    );
}

#[test]
fn invalid_agreements_are_refused_with_nothing_written() {
    let env = TestEnv::new();
    env.with_agreement();
    let cases: &[(&[&str], &str)] = &[
        (
            &["agreement", "add", "gynzy-bv"],
            "error: missing --signed-on DATE",
        ),
        (
            &["agreement", "add", "--signed-on", "2024-01-01"],
            "error: missing SUPPLIER (the supplier's id)",
        ),
        (
            &["agreement", "add", "nope", "--signed-on", "2024-01-01"],
            "error: no supplier 'nope' (see `vreg supplier list`)",
        ),
        (
            &["agreement", "add", "gynzy-bv", "--signed-on", "2024-02-30"],
            "'2024-02-30' is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
        ),
        (
            &[
                "agreement",
                "add",
                "gynzy-bv",
                "--signed-on",
                "2024-05-01",
                "--expires-on",
                "2024-04-30",
            ],
            "expires_on 2024-04-30 is before signed_on 2024-05-01",
        ),
        (
            &[
                "agreement",
                "add",
                "gynzy-bv",
                "--signed-on",
                "2024-05-01",
                "--storage",
                "XX",
            ],
            "'XX' is not an ISO 3166-1 alpha-2 country code",
        ),
        (
            &[
                "agreement",
                "add",
                "gynzy-bv",
                "--signed-on",
                "2024-05-01",
                "--model",
                "model-5",
            ],
            "invalid value 'model-5' for '--model <MODEL>' [possible values: model-4.0, model-3.0, general-4.0, own, none]",
        ),
        (
            &[
                "agreement",
                "add",
                "gynzy-bv",
                "--signed-on",
                "2024-05-01",
                "--safeguard",
                "hope",
            ],
            "invalid value 'hope' for '--transfer-safeguard <SAFEGUARD>'",
        ),
        (
            &[
                "agreement",
                "add",
                "gynzy-bv",
                "--signed-on",
                "2024-05-01",
                "--breach-hours",
                "0",
            ],
            "breach_notice_hours 0 is not between 1 and 8784",
        ),
        (
            &[
                "agreement",
                "add",
                "gynzy-bv",
                "--signed-on",
                "2024-05-01",
                "--breach-hours",
                "-3",
            ],
            "'-3' is not a whole number of 0 or more",
        ),
        (
            &[
                "agreement",
                "add",
                "gynzy-bv",
                "--signed-on",
                "2024-05-01",
                "--product",
                " ",
            ],
            "a product name is empty",
        ),
        (
            &[
                "agreement",
                "add",
                "gynzy-bv",
                "--signed-on",
                "2024-05-01",
                "--id",
                "gynzy-bv-2024",
            ],
            "an agreement with id 'gynzy-bv-2024' already exists",
        ),
        (
            &[
                "agreement",
                "edit",
                "gynzy-bv-2024",
                "--expires-on",
                "2020-01-01",
            ],
            "is before signed_on",
        ),
        (
            &["agreement", "edit", "nope", "--dpia", "x"],
            "no agreement 'nope'",
        ),
        (
            &["agreement", "end", "gynzy-bv-2024", "--on", "2024-02-01"],
            "terminated_on 2024-02-01 is before signed_on 2024-03-01",
        ),
        (&["agreement", "end", "gynzy-bv-2024"], "--on <ON>"),
        (
            &["agreement", "list", "--supplier", "nope"],
            "no supplier 'nope'",
        ),
        (
            &["agreement", "list", "--status", "old"],
            "invalid value 'old' for '--status <STATUS>'",
        ),
        (
            &["agreement", "list", "--as-of", "tomorrow"],
            "'tomorrow' is not a date",
        ),
    ];
    for (args, expected) in cases {
        let err = env.refused(args);
        assert!(err.contains(expected), "vreg {args:?}: {err}");
    }
}

#[test]
fn status_and_within_follow_as_of() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "S"]);
    let add = |id: &str, extra: &[&str]| {
        let mut args = vec![
            "agreement",
            "add",
            "s",
            "--id",
            id,
            "--signed-on",
            "2024-01-01",
            // Each for its own product: none renews another.
            "--product",
            id,
        ];
        args.extend(extra);
        env.ok(&args);
    };
    add("forever", &[]);
    add("ends-today", &["--expires-on", "2026-11-28"]);
    add("ended-yesterday", &["--expires-on", "2026-11-27"]);
    add("ends-in-30", &["--expires-on", "2026-12-28"]);
    add("ends-in-91", &["--expires-on", "2027-02-27"]);
    add("not-yet", &["--starts-on", "2027-01-01"]);
    add("terminated", &[]);
    env.ok(&["agreement", "end", "terminated", "--on", "2026-06-30"]);

    let status = |args: &[&str]| -> Vec<(String, String)> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                (
                    a["id"].as_str().unwrap().to_string(),
                    a["status"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        status(&["agreement", "list"]),
        pairs(&[
            ("ended-yesterday", "expired"),
            ("ends-in-30", "expiring"),
            ("ends-in-91", "active"),
            ("ends-today", "expiring"),
            ("forever", "active"),
            ("not-yet", "draft"),
            ("terminated", "terminated"),
        ])
    );
    assert_eq!(
        status(&[
            "agreement",
            "list",
            "--status",
            "expiring",
            "--within",
            "91"
        ]),
        pairs(&[
            ("ends-in-30", "expiring"),
            ("ends-in-91", "expiring"),
            ("ends-today", "expiring"),
        ])
    );
    // `active` means in force: expiring agreements are active too.
    assert_eq!(
        status(&["agreement", "list", "--status", "active"]).len(),
        4
    );
    assert_eq!(
        status(&[
            "agreement",
            "list",
            "--status",
            "expired",
            "--as-of",
            "2027-01-01"
        ]),
        pairs(&[
            ("ended-yesterday", "expired"),
            ("ends-in-30", "expired"),
            ("ends-today", "expired"),
        ])
    );
    assert_eq!(
        status(&[
            "agreement",
            "list",
            "--status",
            "terminated",
            "--as-of",
            "29-06-2026"
        ]),
        pairs(&[])
    );
}

#[test]
fn edit_replaces_lists_and_clears_with_empty_values() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&[
        "agreement",
        "edit",
        "gynzy-bv-2024",
        "--storage",
        "US",
        "--safeguard",
        "dpf",
        "--product",
        "Gynzy Kids",
        "--product",
        "Gynzy",
        "--expires-on",
        "31-12-2027",
        "--breach-hours",
        "48",
    ]);
    let a = env.json(&["agreement", "show", "gynzy-bv-2024"]);
    assert_eq!(a["storage_countries"], json!(["US"]));
    assert_eq!(a["transfer_safeguard"], "dpf");
    assert_eq!(a["products"], json!(["Gynzy Kids", "Gynzy"]));
    assert_eq!(a["expires_on"], "2027-12-31");
    env.ok(&[
        "agreement",
        "edit",
        "gynzy-bv-2024",
        "--storage",
        "",
        "--safeguard",
        "",
        "--expires-on",
        "",
        "--breach-hours",
        "",
    ]);
    let a = env.json(&["agreement", "show", "gynzy-bv-2024"]);
    assert_eq!(a["storage_countries"], json!([]));
    assert_eq!(a["transfer_safeguard"], json!(null));
    assert_eq!(a["expires_on"], json!(null));
    assert_eq!(a["breach_notice_hours"], json!(null));
}

#[test]
fn end_keeps_the_agreement_as_terminated_once() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&["agreement", "end", "gynzy-bv-2024", "--on", "2026-11-01"]);
    let a = env.json(&["agreement", "show", "gynzy-bv-2024"]);
    assert_eq!(a["terminated_on"], "2026-11-01");
    assert_eq!(a["status"], "terminated");
    let err = env.refused(&["agreement", "end", "gynzy-bv-2024", "--on", "2026-11-02"]);
    assert!(err.contains("already terminated on 2026-11-01"), "{err}");
}

#[test]
fn list_csv_has_the_contract_headers() {
    let env = TestEnv::new();
    env.with_agreement();
    let csv = env.ok(&["agreement", "list", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,supplier,products,model,signed_on,starts_on,expires_on,review_on,terminated_on,document,\
         privacy_leaflet,storage_countries,transfer_safeguard,breach_notice_hours,dpia,notes,schools,status"
        )
    );
    assert_eq!(
        lines.next(),
        Some("gynzy-bv-2024,gynzy-bv,Gynzy,own,2024-03-01,,,,,,,,,,,,,active")
    );
}

#[test]
fn subprocessors_are_added_listed_and_removed() {
    let env = TestEnv::new();
    env.with_agreement();
    let name = env.ok(&[
        "agreement",
        "subprocessor",
        "add",
        "gynzy-bv-2024",
        "Google Cloud",
        "--country",
        "us",
        "--purpose",
        "hosting",
        "--safeguard",
        "dpf",
    ]);
    assert_eq!(name, "Google Cloud\n");
    env.ok(&[
        "overeenkomst",
        "subverwerker",
        "add",
        "gynzy-bv-2024",
        "Mailgun",
        "--country",
        "DE",
    ]);
    assert_eq!(
        env.json(&["agreement", "subprocessor", "list", "gynzy-bv-2024"]),
        json!([
            {"name": "Google Cloud", "country": "US", "purpose": "hosting", "transfer_safeguard": "dpf"},
            {"name": "Mailgun", "country": "DE", "purpose": null, "transfer_safeguard": null}
        ])
    );
    assert!(
        env.refused(&[
            "agreement",
            "subprocessor",
            "add",
            "gynzy-bv-2024",
            "Mailgun",
            "--country",
            "DE"
        ])
        .contains("already names sub-processor 'Mailgun'")
    );
    assert!(
        env.refused(&[
            "agreement",
            "subprocessor",
            "add",
            "gynzy-bv-2024",
            "X",
            "--country",
            "ZZ"
        ])
        .contains("not an ISO 3166-1 alpha-2")
    );
    assert!(
        env.refused(&["agreement", "subprocessor", "add", "gynzy-bv-2024", "X"])
            .contains("--country")
    );
    assert!(
        env.refused(&[
            "agreement",
            "subprocessor",
            "add",
            "nope",
            "X",
            "--country",
            "NL"
        ])
        .contains("no agreement 'nope'")
    );
    env.ok(&[
        "agreement",
        "subprocessor",
        "remove",
        "gynzy-bv-2024",
        "Mailgun",
    ]);
    assert!(
        env.refused(&[
            "agreement",
            "subprocessor",
            "remove",
            "gynzy-bv-2024",
            "Mailgun"
        ])
        .contains("names no sub-processor 'Mailgun'")
    );
    let csv = env.ok(&[
        "agreement",
        "subprocessor",
        "list",
        "gynzy-bv-2024",
        "--format",
        "csv",
    ]);
    assert_eq!(
        csv,
        "name,country,purpose,transfer_safeguard\r\nGoogle Cloud,US,hosting,dpf\r\n"
    );
}

#[test]
fn a_wrong_termination_date_can_be_corrected() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&["agreement", "end", "gynzy-bv-2024", "--on", "2026-12-31"]);
    env.ok(&[
        "agreement",
        "edit",
        "gynzy-bv-2024",
        "--terminated-on",
        "2026-12-01",
    ]);
    assert_eq!(
        env.json(&["agreement", "show", "gynzy-bv-2024"])["terminated_on"],
        "2026-12-01"
    );
    env.ok(&["agreement", "edit", "gynzy-bv-2024", "--terminated-on", ""]);
    let a = env.json(&["agreement", "show", "gynzy-bv-2024"]);
    assert_eq!(
        (a["terminated_on"].clone(), a["status"].clone()),
        (json!(null), json!("active"))
    );
}

#[test]
fn derived_ids_keep_the_year_and_subprocessor_names_are_one_trimmed_line() {
    let env = TestEnv::new();
    let supplier = env.ok(&[
        "supplier",
        "add",
        "Leverancier van Digitaal Leermateriaal voor Basisonderwijs B.V.",
    ]);
    let id = env.ok(&[
        "agreement",
        "add",
        supplier.trim(),
        "--signed-on",
        "2024-03-01",
    ]);
    assert!(id.trim().ends_with("-2024"), "{id}");
    assert_eq!(
        env.ok(&[
            "agreement",
            "add",
            supplier.trim(),
            "--signed-on",
            "2024-09-01"
        ])
        .trim(),
        format!("{}-2", id.trim())
    );
    env.ok(&[
        "agreement",
        "subprocessor",
        "add",
        id.trim(),
        "  Spaced  ",
        "--country",
        "NL",
    ]);
    env.ok(&[
        "agreement",
        "subprocessor",
        "remove",
        id.trim(),
        "  Spaced  ",
    ]);
    assert!(
        env.refused(&[
            "agreement",
            "subprocessor",
            "add",
            id.trim(),
            "Two\nLines",
            "--country",
            "NL"
        ])
        .contains("is one line")
    );
}

/// An end of a day to come has not happened yet, and the officer is not told it has: the
/// agreement is in force until the day before (TestEnv's today is 2026-11-28).
#[test]
fn an_end_to_come_is_said_as_one_to_come() {
    let env = TestEnv::new();
    env.with_agreement();
    let out = env
        .cmd()
        .args(["agreement", "end", "gynzy-bv-2024", "--on", "2026-12-15"])
        .output()
        .unwrap();
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("agreement gynzy-bv-2024 ends on 2026-12-15: in force until 2026-12-14"),
        "{said}"
    );
    assert_eq!(
        env.json(&["agreement", "show", "gynzy-bv-2024"])["status"],
        "expiring"
    );
    let err = env.refused(&["agreement", "end", "gynzy-bv-2024", "--on", "2026-12-20"]);
    assert!(err.contains("already ends on 2026-12-15"), "{err}");
    let out = env
        .cmd()
        .args([
            "--lang",
            "nl",
            "agreement",
            "end",
            "gynzy-bv-2024",
            "--on",
            "2026-12-20",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("eindigt al op 2026-12-15"), "{err}");
    assert!(!err.contains("beëindigd"), "{err}");
    // An end after its expiry: in force until it expires.
    env.ok(&[
        "agreement",
        "add",
        "gynzy-bv",
        "--id",
        "kort",
        "--signed-on",
        "2026-01-01",
        "--expires-on",
        "2026-12-31",
    ]);
    let out = env
        .cmd()
        .args(["agreement", "end", "kort", "--on", "2027-03-01"])
        .output()
        .unwrap();
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("in force until 2026-12-31"), "{said}");
}
