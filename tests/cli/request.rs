//! Requests of parents and pupils: due dates at their edges, the age rule, extension, closing,
//! the audit rules, the log and exports, the access report and erasure.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::common::{TestEnv, write};

/// A board with two schools, two suppliers with an agreement in force each (one storing in the
/// US with a US sub-processor), one that ended, a party on consent and one on a law; pupils
/// 1001 (born 2016, at 12AB00), 1002 (16 on today, 2026-11-28) and 1003 (another child at the
/// same school, whose name must never appear in 1001's report).
const REGISTER: &str = r#"
[organisation]
name = "Stichting De Waterlanden"
privacy_officer = "fg@dewaterlanden.example"

[[school]]
brin = "12AB"
vestiging = "00"
name = "OBS De Regenboog"

[[school]]
brin = "34CD"
vestiging = "00"
name = "OBS Het Kompas"

[[supplier]]
id = "leerlijn"
name = "Leerlijn Digitaal B.V."
convenant = "participant"

[[supplier.agreement]]
id = "leerlijn-2024"
products = ["Leerlijn Rekenen"]
model = "model-4.0"
signed_on = 2024-06-20
storage_countries = ["NL"]
scope = [
  "eck-id",
  { category = "results", purpose = "adaptief oefenen", retention = "tot 1 jaar na uitschrijving" },
]

[[supplier]]
id = "cloudwerk"
name = "Cloudwerk Inc."
convenant = "none"

[[supplier.agreement]]
id = "cloudwerk-2025"
products = ["Cloudwerk for Education"]
model = "own"
signed_on = 2025-01-10
storage_countries = ["IE", "US"]
transfer_safeguard = "dpf"
scope = ["name", { category = "account", purpose = "inloggen", retention = "tot einde schooljaar" }]

[[supplier.agreement.subprocessor]]
name = "Cloudwerk Support LLC"
country = "US"
purpose = "support"
transfer_safeguard = "dpf"

[[supplier.agreement.subprocessor]]
name = "Datacentrum Dublin"
country = "IE"
purpose = "hosting"

[[supplier]]
id = "oudleer"
name = "Oudleer B.V."
convenant = "none"

[[supplier.agreement]]
id = "oudleer-2020"
products = ["Oudleer"]
model = "own"
signed_on = 2020-01-01
expires_on = 2022-12-31
scope = ["name"]

[[party]]
id = "logopedie"
name = "Logopediepraktijk De Klankkast"
kind = "care"
basis = "consent"
categories = ["name", "progress"]
in_privacy_regulation = true

[[party]]
id = "leerplicht"
name = "Leerplicht Waterland"
kind = "government"
basis = "legal-obligation"
law = "Leerplichtwet 1969 art. 21a"
categories = ["name", "attendance"]
in_privacy_regulation = true
"#;

fn env() -> TestEnv {
    let env = TestEnv::new();
    let file = env.path("register.toml");
    write(&file, REGISTER);
    env.ok(&["import", file.to_str().unwrap()]);
    let pupils = env.path("leerlingen.csv");
    write(
        &pupils,
        "leerlingnummer;naam;groep;school;geboortedatum\n\
         1001;Anna de Vries;5B;12AB00;2016-03-01\n\
         1002;Bram Smit;8A;34CD00;2010-11-28\n\
         1003;Xanthippe Zonnebloem;5B;12AB00;2016-05-05\n",
    );
    env.ok(&[
        "pupil",
        "import",
        pupils.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    env
}

fn add(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["request", "add"];
    all.extend(args);
    env.ok(&all).trim().to_string()
}

fn show(env: &TestEnv, id: &str) -> Value {
    env.json(&["request", "show", id])
}

fn stderr(env: &TestEnv, args: &[&str]) -> String {
    let out = env.cmd().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn add_prints_ids_numbered_per_year_of_receipt() {
    let env = env();
    let a = ["--pupil", "1001", "--by", "parent"];
    let first = [&["access"][..], &a, &["--received", "2026-11-02"]].concat();
    assert_eq!(add(&env, &first), "2026-001");
    let second = [&["erasure"][..], &a, &["--received", "2026-01-31"]].concat();
    assert_eq!(add(&env, &second), "2026-002");
    let older = [&["objection"][..], &a, &["--received", "2025-12-31"]].concat();
    assert_eq!(add(&env, &older), "2025-001");
    // The Dutch alias, Dutch words and Dutch dates.
    assert_eq!(
        env.ok(&[
            "verzoek",
            "add",
            "inzage",
            "--pupil",
            "1001",
            "--by",
            "ouder",
            "--received",
            "03-11-2026"
        ])
        .trim(),
        "2026-003"
    );
    let list = env.json(&["request", "list"]);
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["2025-001", "2026-001", "2026-002", "2026-003"]);
}

#[test]
fn due_dates_at_their_edges_through_the_binary() {
    let env = env();
    for (received, due) in [
        // The law's example: 2 November, due 2 December.
        ("2026-11-02", "2026-12-02"),
        // 31 January + 1 month = 28 February 2026, a Saturday: Monday 2 March.
        ("2026-01-31", "2026-03-02"),
        // Leap year: 31 January 2024 + 1 month = 29 February 2024, a Thursday.
        ("2024-01-31", "2024-02-29"),
        // Across the year end: 31 January 2026 is a Saturday: Monday 2 February.
        ("2025-12-31", "2026-02-02"),
        // A shorter month: 31 October + 1 month = 30 November 2026, a Monday.
        ("2026-10-31", "2026-11-30"),
        // 20 December 2026 is a Sunday: Monday 21 December.
        ("2026-11-20", "2026-12-21"),
    ] {
        let id = add(
            &env,
            &[
                "access",
                "--pupil",
                "1001",
                "--by",
                "parent",
                "--received",
                received,
            ],
        );
        assert_eq!(show(&env, &id)["due_on"], due, "received {received}");
    }
}

#[test]
fn under_sixteen_the_parents_act_and_from_sixteen_a_parent_gets_a_note() {
    let env = env();
    let err = env.refused(&[
        "request",
        "add",
        "access",
        "--pupil",
        "1001",
        "--by",
        "pupil",
        "--received",
        "2026-11-02",
    ]);
    assert!(
        err.contains("under 16") && err.contains("--by parent"),
        "{err}"
    );
    env.refused(&[
        "request",
        "add",
        "access",
        "--pupil",
        "1001",
        "--by",
        "representative",
        "--received",
        "2026-11-02",
    ]);
    // Pupil 1002 turns 16 today: the day before, they could not ask themselves.
    env.refused(&[
        "request",
        "add",
        "access",
        "--pupil",
        "1002",
        "--by",
        "pupil",
        "--received",
        "2026-11-27",
    ]);
    assert_eq!(
        add(
            &env,
            &[
                "access",
                "--pupil",
                "1002",
                "--by",
                "pupil",
                "--received",
                "2026-11-28"
            ]
        ),
        "2026-001"
    );
    let note = stderr(
        &env,
        &[
            "request",
            "add",
            "access",
            "--pupil",
            "1002",
            "--by",
            "parent",
            "--received",
            "2026-11-28",
        ],
    );
    assert!(note.contains("note: the pupil is 16 or older"), "{note}");
    assert_eq!(show(&env, "2026-002")["requested_by"], "parent");
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let env = env();
    for args in [
        // Unknown pupil, unknown kind, a day still to come, a bad date, a bad requester.
        &[
            "request",
            "add",
            "access",
            "--pupil",
            "4242",
            "--by",
            "parent",
            "--received",
            "2026-11-02",
        ][..],
        &[
            "request",
            "add",
            "complaint",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-02",
        ],
        &[
            "request",
            "add",
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-29",
        ],
        &[
            "request",
            "add",
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-02-30",
        ],
        &[
            "request",
            "add",
            "access",
            "--pupil",
            "1001",
            "--by",
            "neighbour",
            "--received",
            "2026-11-02",
        ],
        &["request", "show", "2026-001"],
        &[
            "request",
            "close",
            "2026-001",
            "--on",
            "2026-11-20",
            "--outcome",
            "granted",
        ],
    ] {
        env.refused(args);
    }
}

#[test]
fn extension_within_the_first_month_and_not_after() {
    let env = env();
    let id = add(
        &env,
        &[
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-10-02",
        ],
    );
    // The first month ended on 2026-11-02: told on the 3rd is too late.
    let err = env.refused(&[
        "request",
        "extend",
        &id,
        "--reason",
        "veel gegevens",
        "--notified-on",
        "2026-11-03",
    ]);
    assert!(
        err.contains("after the first month ended on 2026-11-02"),
        "{err}"
    );
    // Before the request came in is no notice either; nor an empty reason.
    env.refused(&[
        "request",
        "extend",
        &id,
        "--reason",
        "x",
        "--notified-on",
        "2026-10-01",
    ]);
    env.refused(&[
        "request",
        "extend",
        &id,
        "--reason",
        " ",
        "--notified-on",
        "2026-10-20",
    ]);
    // On the last day of the first month it is in time: due three months after receipt.
    env.ok(&[
        "request",
        "extend",
        &id,
        "--reason",
        "gegevens bij drie leveranciers",
        "--notified-on",
        "2026-11-02",
    ]);
    let r = show(&env, &id);
    assert_eq!(r["due_on"], "2027-01-04"); // 2 January 2027 is a Saturday
    assert_eq!(r["extension_reason"], "gegevens bij drie leveranciers");
    assert_eq!(r["status"], "open");
    // One extension only.
    env.refused(&[
        "request",
        "extend",
        &id,
        "--reason",
        "nog meer",
        "--notified-on",
        "2026-10-20",
    ]);
}

#[test]
fn close_on_time_late_and_only_once() {
    let env = env();
    let on_time = add(
        &env,
        &[
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-02",
        ],
    );
    let late = add(
        &env,
        &[
            "rectification",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-09-01",
        ],
    );
    env.refused(&[
        "request",
        "close",
        &on_time,
        "--on",
        "2026-11-01",
        "--outcome",
        "granted",
    ]);
    env.refused(&[
        "request",
        "close",
        &on_time,
        "--on",
        "2026-11-29",
        "--outcome",
        "granted",
    ]);
    env.refused(&[
        "request",
        "close",
        &on_time,
        "--on",
        "2026-11-20",
        "--outcome",
        "maybe",
    ]);
    env.ok(&[
        "request",
        "close",
        &on_time,
        "--on",
        "2026-11-20",
        "--outcome",
        "granted",
        "--note",
        "inzage per brief",
    ]);
    let note = stderr(
        &env,
        &[
            "request",
            "close",
            &late,
            "--on",
            "2026-10-15",
            "--outcome",
            "partly",
        ],
    );
    assert!(note.contains("late: it was due on 2026-10-01"), "{note}");
    assert_eq!(show(&env, &on_time)["status"], "answered_on_time");
    assert_eq!(show(&env, &on_time)["outcome_note"], "inzage per brief");
    assert_eq!(show(&env, &late)["status"], "answered_late");
    assert_eq!(show(&env, &late)["outcome"], "partly");
    let err = env.refused(&[
        "request",
        "close",
        &on_time,
        "--on",
        "2026-11-21",
        "--outcome",
        "refused",
    ]);
    assert!(err.contains("was answered on 2026-11-20"), "{err}");
}

#[test]
fn list_filters_and_formats() {
    let env = env();
    let open = add(
        &env,
        &[
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-20",
        ],
    );
    let overdue = add(
        &env,
        &[
            "objection",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-10-01",
        ],
    );
    let closed = add(
        &env,
        &[
            "erasure",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-01",
        ],
    );
    env.ok(&[
        "request",
        "close",
        &closed,
        "--on",
        "2026-11-10",
        "--outcome",
        "refused",
    ]);
    let ids = |args: &[&str]| -> Vec<String> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(&["request", "list", "--open"]),
        [open.clone(), overdue.clone()]
    );
    assert_eq!(
        ids(&["request", "list", "--overdue"]),
        std::slice::from_ref(&overdue)
    );
    // As of an earlier day the objection was not yet overdue.
    assert!(ids(&["request", "list", "--overdue", "--as-of", "2026-11-02"]).is_empty());
    // A request received after the day asked about is not yet known then, as in the audit.
    assert_eq!(
        ids(&["request", "list", "--as-of", "2026-10-31"]),
        std::slice::from_ref(&overdue)
    );
    assert_eq!(
        ids(&["request", "list", "--as-of", "2026-11-19"]),
        [overdue.clone(), closed.clone()]
    );
    // As of a day before it was answered, the answer is not there yet: no closing date or
    // outcome beside the status `open`.
    let before = env.json(&["request", "list", "--as-of", "2026-11-05"]);
    let row = before
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == closed.as_str())
        .unwrap();
    assert_eq!(
        (&row["status"], &row["closed_on"], &row["outcome"]),
        (&serde_json::json!("open"), &Value::Null, &Value::Null),
        "{row}"
    );
    let csv = env.ok(&["request", "list", "--format", "csv"]);
    assert_eq!(
        csv.lines().next().unwrap(),
        "id,kind,pupil,requested_by,received_on,via,notes,extension_reason,extension_notified_on,closed_on,outcome,outcome_note,due_on,status,days_left,school"
    );
    assert_eq!(csv.lines().count(), 4);
    let one = env.ok(&["request", "show", &open, "--format", "csv"]);
    assert_eq!(one.lines().count(), 2);
    let table = env.ok(&["request", "show", &overdue]);
    assert!(
        table.contains("overdue: the answer was due on 2026-11-02, 26 days ago"),
        "{table}"
    );
    let r = show(&env, &open);
    assert_eq!(r["due_on"], "2026-12-21");
    assert_eq!(r["days_left"], 23);
    // Shown as of a day before it came in, a request did not exist yet: no "open" status
    // with a negative age, but a refusal naming the day it was received.
    let err = env.fails(&["request", "show", &open, "--as-of", "2026-10-31"]);
    assert_eq!(
        err,
        format!(
            "error: request {open} was received on 2026-11-20, after 2026-10-31: on that day it was not yet known"
        )
    );
    let on_the_day = env.json(&["request", "show", &open, "--as-of", "2026-11-20"]);
    assert_eq!(on_the_day["status"], "open");
}

fn audit_findings(env: &TestEnv, as_of: &str) -> (Option<i32>, Vec<(String, String)>) {
    let out = env
        .cmd()
        .args([
            "audit",
            "--as-of",
            as_of,
            "--format",
            "json",
            "--fail-on",
            "error",
        ])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["subject_kind"] == "request")
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["subject_id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (out.status.code(), findings)
}

#[test]
fn audit_rules_overdue_is_an_error_and_due_soon_a_warning() {
    // A register with pupils and nothing else, so that the exit code is the requests' alone.
    let env = TestEnv::new();
    let pupils = env.path("leerlingen.csv");
    write(&pupils, "leerlingnummer;naam\n1001;Anna de Vries\n");
    env.ok(&["pupil", "import", pupils.to_str().unwrap()]);
    // Due 2026-12-02: within 7 days of 2026-11-25 (7 days left) and on the day itself.
    let id = add(
        &env,
        &[
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-02",
        ],
    );
    assert_eq!(audit_findings(&env, "2026-11-24"), (Some(0), vec![]));
    let soon = vec![("request-due-soon".to_string(), id.clone())];
    assert_eq!(audit_findings(&env, "2026-11-25"), (Some(0), soon.clone()));
    assert_eq!(audit_findings(&env, "2026-12-02"), (Some(0), soon.clone()));
    let warned = env
        .cmd()
        .args(["audit", "--as-of", "2026-12-02", "--fail-on", "warning"])
        .output()
        .unwrap();
    assert_eq!(warned.status.code(), Some(1));
    // A request received after the day of the audit is not yet known to it.
    assert!(audit_findings(&env, "2026-11-01").1.is_empty());
    // The day after the due date: an error, and the audit fails.
    let overdue = vec![("request-overdue".to_string(), id.clone())];
    assert_eq!(
        audit_findings(&env, "2026-12-03"),
        (Some(1), overdue.clone())
    );
    // Extended in time, it is neither.
    env.ok(&[
        "request",
        "extend",
        &id,
        "--reason",
        "complex",
        "--notified-on",
        "2026-11-10",
    ]);
    assert_eq!(audit_findings(&env, "2026-12-03"), (Some(0), vec![]));
    // Answered late: as of a day before the answer it was overdue then, and after it nothing.
    let late = add(
        &env,
        &[
            "objection",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-10-20",
        ],
    );
    env.ok(&[
        "request",
        "close",
        &late,
        "--on",
        "2026-11-28",
        "--outcome",
        "refused",
    ]);
    assert_eq!(
        audit_findings(&env, "2026-11-21").1,
        [("request-overdue".to_string(), late)]
    );
    env.ok(&[
        "request",
        "close",
        &id,
        "--on",
        "2026-11-28",
        "--outcome",
        "granted",
    ]);
    assert_eq!(audit_findings(&env, "2026-11-28"), (Some(0), vec![]));
}

#[test]
fn the_log_and_exports_hold_requests_and_the_log_names_no_pupil() {
    let env = env();
    let id = add(
        &env,
        &[
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-02",
        ],
    );
    env.ok(&[
        "request",
        "extend",
        &id,
        "--reason",
        "veel",
        "--notified-on",
        "2026-11-10",
    ]);
    env.ok(&[
        "request",
        "close",
        &id,
        "--on",
        "2026-11-20",
        "--outcome",
        "granted",
    ]);
    let log = env.json(&["log", "--entity", &format!("request:{id}")]);
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["add", "extend", "close"]);
    assert!(!log.to_string().contains("1001"), "{log}");

    let export = env.json(&["export", "json", "--with-pupils"]);
    let requests = export["request"].as_array().unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0]["id"], id.as_str());
    assert_eq!(requests[0]["pupil"], "1001");
    assert_eq!(requests[0]["extension_notified_on"], "2026-11-10");
    // The TOML is the board's shared register: no pupils, so no requests.
    let toml = env.ok(&["export", "toml"]);
    assert!(
        !toml.contains("[[request]]") && !toml.contains("1001"),
        "{toml}"
    );
}

#[test]
fn verzoeken_csv_counts_per_year_and_kind_without_personal_data() {
    let env = env();
    let a = add(
        &env,
        &[
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-02",
            "--notes",
            "Anna via Parro",
        ],
    );
    env.ok(&[
        "request",
        "close",
        &a,
        "--on",
        "2026-11-20",
        "--outcome",
        "granted",
    ]);
    let b = add(
        &env,
        &[
            "access",
            "--pupil",
            "1003",
            "--by",
            "parent",
            "--received",
            "2026-09-01",
        ],
    );
    env.ok(&[
        "request",
        "close",
        &b,
        "--on",
        "2026-10-05",
        "--outcome",
        "granted",
    ]);
    add(
        &env,
        &[
            "access",
            "--pupil",
            "1003",
            "--by",
            "parent",
            "--received",
            "2026-10-01",
        ],
    );
    add(
        &env,
        &[
            "erasure",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-25",
        ],
    );
    add(
        &env,
        &[
            "objection",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2025-03-03",
        ],
    );
    let dir = env.path("gmr");
    env.ok(&[
        "export",
        "gmr",
        "--out-dir",
        dir.to_str().unwrap(),
        "--as-of",
        "2026-11-28",
    ]);
    let bytes = std::fs::read(dir.join("verzoeken.csv")).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.ends_with("\r\n"));
    let rows: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        rows,
        [
            "Jaar;Soort verzoek;Ontvangen;Op tijd beantwoord;Te laat (na de termijn beantwoord of nog open);Nog open binnen de termijn;Bestuur;Peildatum",
            "2025;bezwaar;1;0;1;0;Stichting De Waterlanden;28-11-2026",
            "2026;inzage;3;1;2;0;Stichting De Waterlanden;28-11-2026",
            "2026;verwijdering;1;0;0;1;Stichting De Waterlanden;28-11-2026",
        ]
    );
    for name in ["Anna", "Xanthippe", "1001", "1003", "Parro"] {
        assert!(!text.contains(name), "verzoeken.csv holds {name}");
    }
}

/// Pupil 1001 with a consent history: a website photo granted by import, withdrawn by one
/// parent; the speech therapist granted in writing.
fn with_history(env: &TestEnv) {
    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-website",
        "granted",
        "--by",
        "parent",
        "--form",
        "digital",
        "--on",
        "2026-09-02",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-website",
        "withdrawn",
        "--by",
        "parent",
        "--form",
        "written",
        "--on",
        "2026-10-12",
        "--evidence",
        "brief 12-10",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1001",
        "party-logopedie",
        "granted",
        "--by",
        "parent",
        "--form",
        "written",
        "--on",
        "2026-10-01",
    ]);
    // Another pupil's decisions never reach 1001's report.
    env.ok(&[
        "consent",
        "set",
        "1003",
        "party-logopedie",
        "refused",
        "--by",
        "parent",
        "--form",
        "written",
        "--on",
        "2026-10-03",
        "--evidence",
        "formulier Zonnebloem",
    ]);
}

fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading} in {text}"));
    let rest = &text[start + heading.len()..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

#[test]
fn pupil_report_answers_an_access_request_section_by_section() {
    let env = env();
    with_history(&env);
    let md = env.ok(&["pupil", "report", "1001"]);
    assert!(
        md.starts_with("# Inzage in de gegevens van Anna de Vries (1001)"),
        "{md}"
    );
    assert!(md.contains("Stichting De Waterlanden") && md.contains("28-11-2026"));

    let data = section(&md, "## 1. Gegevens in het register");
    for fact in [
        "| Leerlingnummer | 1001 |",
        "| Groep/klas | 5B |",
        "| School | OBS De Regenboog (12AB00) |",
        "| Geboortedatum | 01-03-2016 |",
    ] {
        assert!(data.contains(fact), "{fact} in {data}");
    }

    let suppliers = section(&md, "## 2. Leveranciers");
    assert!(
        suppliers.contains("### Leerlijn Digitaal B.V. — Leerlijn Rekenen"),
        "{suppliers}"
    );
    assert!(
        suppliers.contains(
            "| leer- en toetsresultaten | adaptief oefenen | tot 1 jaar na uitschrijving |"
        ),
        "{suppliers}"
    );
    assert!(suppliers.contains("| ECK iD | — | — |"), "{suppliers}");
    assert!(
        suppliers.contains("### Cloudwerk Inc. — Cloudwerk for Education"),
        "{suppliers}"
    );
    assert!(suppliers.contains("Opslag: IE, US"));
    assert!(suppliers.contains("Opslag buiten de Europese Economische Ruimte: US (waarborg: EU-US Data Privacy Framework)"), "{suppliers}");
    assert!(
        suppliers.contains("Subverwerker buiten de EER: Cloudwerk Support LLC (US), support"),
        "{suppliers}"
    );
    // A sub-processor inside the EEA is not listed as outside it; an ended agreement not at all.
    assert!(!suppliers.contains("Datacentrum Dublin"), "{suppliers}");
    assert!(!suppliers.contains("Oudleer"), "{suppliers}");
    assert!(
        suppliers.contains("alle overeenkomsten van het bestuur"),
        "{suppliers}"
    );

    let parties = section(&md, "## 3. Andere organisaties");
    assert!(parties.contains("| Leerplicht Waterland | wettelijke verplichting (Leerplichtwet 1969 art. 21a) | naam, verzuim | niet nodig |"), "{parties}");
    assert!(
        parties.contains("| Logopediepraktijk De Klankkast | toestemming |"),
        "{parties}"
    );
    assert!(
        parties.contains("Toestemming gegeven op 01-10-2026 (schriftelijk)."),
        "{parties}"
    );

    let consent = section(&md, "## 4. Toestemming");
    assert!(
        consent.contains("Toestemming ingetrokken op 12-10-2026 (schriftelijk)."),
        "{consent}"
    );
    assert!(consent.contains("| 02-09-2026 | Beeldmateriaal op de website van de school | toestemming | ouder | digitaal |"), "{consent}");
    assert!(consent.contains("| 12-10-2026 | Beeldmateriaal op de website van de school | ingetrokken | ouder | schriftelijk | brief 12-10 |"), "{consent}");

    let retention = section(&md, "## 5. Bewaartermijn");
    assert!(
        retention.contains("tot 2 jaar nadat de leerling de school heeft verlaten"),
        "{retention}"
    );
    let rights = section(&md, "## 6. Uw rechten en bezwaar");
    assert!(
        rights.contains("Bezwaar") && rights.contains("artikel 21 AVG"),
        "{rights}"
    );
    assert!(rights.contains("fg@dewaterlanden.example"), "{rights}");
    let complaint = section(&md, "## 7. Klacht bij de Autoriteit Persoonsgegevens");
    assert!(
        complaint.contains("klacht in te dienen bij de Autoriteit Persoonsgegevens"),
        "{complaint}"
    );

    // No other pupil, in any format.
    let json = env.ok(&["pupil", "report", "1001", "--format", "json"]);
    let html = env.ok(&["pupil", "report", "1001", "--format", "html"]);
    for text in [&md, &json, &html] {
        for other in ["Xanthippe", "Zonnebloem", "1003", "Bram", "1002"] {
            assert!(!text.contains(other), "the report names {other}");
        }
    }
}

#[test]
fn pupil_report_json_html_and_out_file() {
    let env = env();
    with_history(&env);
    let r = env.json(&["pupil", "report", "1001", "--as-of", "2026-10-05"]);
    assert_eq!(r["as_of"], "2026-10-05");
    assert_eq!(r["pupil"]["leerlingnummer"], "1001");
    assert_eq!(r["pupil"]["school_name"], "OBS De Regenboog");
    assert_eq!(r["agreements_for_all_schools"], true);
    let suppliers: Vec<&str> = r["suppliers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["agreement"].as_str().unwrap())
        .collect();
    assert_eq!(suppliers, ["cloudwerk-2025", "leerlijn-2024"]);
    assert_eq!(
        r["suppliers"][0]["subprocessors_outside_eea"][0]["country"],
        "US"
    );
    let logopedie = r["parties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["party"] == "logopedie")
        .unwrap();
    assert_eq!(logopedie["consent"]["state"], "granted");
    assert_eq!(logopedie["consent"]["counts"], true);
    let leerplicht = r["parties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["party"] == "leerplicht")
        .unwrap();
    assert_eq!(leerplicht["consent"], Value::Null);
    // As of 5 October the withdrawal of 12 October had not happened yet.
    let website = r["consent"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "photo-website")
        .unwrap();
    assert_eq!(website["state"], "granted");
    assert_eq!(r["consent_history"].as_array().unwrap().len(), 2);

    let html = env.ok(&["pupil", "report", "1001", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page { size: A4"));
    for outside in [
        "<script", "src=", "href=", "http://", "https://", "@import", "url(",
    ] {
        assert!(
            !html.contains(outside),
            "the page reaches outside: {outside}"
        );
    }
    assert!(html.contains("<h2>7. Klacht bij de Autoriteit Persoonsgegevens</h2>"));

    let out = env.path("inzage-1001.html");
    env.ok(&[
        "pupil",
        "report",
        "1001",
        "--format",
        "html",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), html);
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // An existing file is never overwritten.
    let err = env.fails(&["pupil", "report", "1001", "--out", out.to_str().unwrap()]);
    assert!(err.contains("already exists; nothing was written"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), html);

    env.fails(&["pupil", "report", "1001", "--format", "csv"]);
    env.fails(&["pupil", "report", "4242"]);
    let err = env.fails(&["pupil", "list", "--format", "html"]);
    assert!(err.contains("pupil report"), "{err}");
}

#[test]
fn erase_removes_one_pupil_like_purge_and_closes_the_request() {
    let env = env();
    with_history(&env);
    let access = add(
        &env,
        &[
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-20",
        ],
    );
    let erasure = add(
        &env,
        &[
            "erasure",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-20",
        ],
    );
    let other = add(
        &env,
        &[
            "erasure",
            "--pupil",
            "1003",
            "--by",
            "parent",
            "--received",
            "2026-11-20",
        ],
    );
    // Without a terminal and without --yes: refused, nothing changed.
    let err = env.refused(&["pupil", "erase", "1001", "--request", &erasure]);
    assert!(err.contains("--yes"), "{err}");
    // Not an erasure request, another pupil's request, an unknown request.
    env.refused(&["pupil", "erase", "1001", "--request", &access, "--yes"]);
    env.refused(&["pupil", "erase", "1001", "--request", &other, "--yes"]);
    env.refused(&["pupil", "erase", "1001", "--request", "2026-099", "--yes"]);

    env.ok(&["pupil", "erase", "1001", "--request", &erasure, "--yes"]);
    env.fails(&["pupil", "show", "1001"]);
    env.fails(&["consent", "show", "1001"]);
    let r = show(&env, &erasure);
    assert_eq!(r["pupil"], Value::Null);
    assert_eq!(r["closed_on"], "2026-11-28");
    assert_eq!(r["outcome"], "granted");
    assert_eq!(r["status"], "answered_on_time");
    // The other request for the erased pupil stays, without the pupil.
    assert_eq!(show(&env, &access)["pupil"], Value::Null);
    // Nothing in the register names the pupil any more: not the log, not the export.
    let log = env.ok(&["log", "--format", "json"]);
    assert!(!log.contains("\"1001\"") && !log.contains("Anna"), "{log}");
    let export = env.ok(&["export", "json", "--with-pupils"]);
    assert!(
        !export.contains("\"1001\"") && !export.contains("Anna"),
        "{export}"
    );
    // The other pupil is untouched, with their consent.
    let standing = env.json(&["consent", "show", "1003"]);
    assert_eq!(standing["history"].as_array().unwrap().len(), 1);
    // Erased once: the closed request cannot erase again.
    env.refused(&["pupil", "erase", "1003", "--request", &erasure, "--yes"]);
}

/// Importing the export of September again after an erasure in November brought the erased
/// pupil back, with their consent ("yes" to `consent check`): the file was recognised as the
/// export of 2026-09-01, and still added the pupil. An export of the day of a removal or before
/// adds no pupil of that school the register does not hold; one of a later day does.
#[test]
fn an_export_of_before_an_erasure_does_not_bring_the_pupil_back() {
    let env = env();
    env.erase("1001", "parent", "2026-11-20");
    let september = env.path("leerlingen.csv");
    let out = env
        .cmd()
        .args(["pupil", "import", september.to_str().unwrap()])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("1 pupil of 12AB00 the register does not hold was not added"),
        "{said}"
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["pupils_not_added_again"], 1, "{report}");
    assert_eq!(report["pupils_added"], 0, "{report}");
    env.fails(&["pupil", "show", "1001"]);
    env.fails(&["consent", "check", "1001", "photo-internal"]);
    // An older export: neither the erased pupil nor a newcomer of that school is added; a
    // newcomer of the other school is.
    let august = env.path("augustus.csv");
    write(
        &august,
        "leerlingnummer;naam;groep;school\n\
         1001;Anna de Vries;5B;12AB00\n\
         1004;Daan Bos;5B;12AB00\n\
         2001;Eva Kok;8A;34CD00\n",
    );
    let report = env.json(&[
        "pupil",
        "import",
        august.to_str().unwrap(),
        "--on",
        "2026-08-20",
    ]);
    assert_eq!(report["pupils_not_added_again"], 2, "{report}");
    assert_eq!(report["pupils_added"], 1, "{report}");
    env.fails(&["pupil", "show", "1004"]);
    env.ok(&["pupil", "show", "2001"]);
    // A file without a school column might be of that school: it adds no one either.
    let plain = env.path("zonder-school.csv");
    write(&plain, "leerlingnummer;naam;groep\n1001;Anna de Vries;5B\n");
    let report = env.json(&[
        "pupil",
        "import",
        plain.to_str().unwrap(),
        "--on",
        "2026-11-20",
    ]);
    assert_eq!(report["pupils_not_added_again"], 1, "{report}");
    env.fails(&["pupil", "show", "1001"]);
    // An export made after the erasure is the school's own word: its newcomer is added.
    let december = env.path("december.csv");
    write(
        &december,
        "leerlingnummer;naam;groep;school\n1004;Daan Bos;5B;12AB00\n",
    );
    let out = env
        .cmd()
        .env("VREG_TODAY", "2026-12-01")
        .args([
            "pupil",
            "import",
            december.to_str().unwrap(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["pupils_added"], 1, "{report}");
    assert_eq!(report["pupils_not_added_again"], 0, "{report}");
}

/// A pupil import corrected a birth date so that the pupil was 15 when they made a request on
/// their own, and said nothing about it, though it warns about consent decisions it voids.
#[test]
fn a_corrected_birth_date_names_a_request_the_pupil_made_under_sixteen() {
    let env = env();
    // 1002 turns 16 today (born 2010-11-28).
    let id = add(
        &env,
        &[
            "access",
            "--pupil",
            "1002",
            "--by",
            "pupil",
            "--received",
            "2026-11-28",
        ],
    );
    // A representative (curator, mentor) stands in for a pupil of 16 or older too.
    let by_representative = add(
        &env,
        &[
            "rectification",
            "--pupil",
            "1002",
            "--by",
            "representative",
            "--received",
            "2026-11-28",
        ],
    );
    let file = env.path("correctie.csv");
    write(
        &file,
        "leerlingnummer;naam;groep;school;geboortedatum\n1002;Bram Smit;8A;34CD00;2011-11-28\n",
    );
    let said = stderr(&env, &["pupil", "import", file.to_str().unwrap()]);
    for id in [&id, &by_representative] {
        assert!(
            said.contains(&format!(
                "pupil 1002 was under 16 when request {id} came in (2026-11-28)"
            )),
            "{said}"
        );
    }
}

/// The access answer said "niet nodig" (no consent needed) beside health data going to a
/// party on a contract, and "Toestemming gegeven" beside health data through a purpose that
/// takes a spoken "yes", where `party check` says no and the audit errs (art. 9).
#[test]
fn the_access_answer_does_not_present_an_exchange_the_law_forbids_as_lawful() {
    let env = env();
    env.ok(&[
        "party",
        "add",
        "BSO Kinderrijk",
        "--id",
        "bso",
        "--kind",
        "care",
        "--basis",
        "contract",
        "--category",
        "name",
        "--category",
        "health",
    ]);
    env.ok(&[
        "party",
        "add",
        "Praktijk Beweging",
        "--id",
        "fysio",
        "--kind",
        "care",
        "--basis",
        "consent",
        "--category",
        "name",
        "--category",
        "health",
    ]);
    env.ok(&[
        "consent",
        "purpose",
        "edit",
        "party-fysio",
        "--explicit",
        "false",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1001",
        "party-fysio",
        "granted",
        "--by",
        "parent",
        "--form",
        "verbal",
        "--on",
        "2026-09-02",
    ]);
    assert_eq!(
        env.code(&["party", "check", "bso", "--pupil", "1001"]),
        Some(1)
    );
    assert_eq!(
        env.code(&["party", "check", "fysio", "--pupil", "1001"]),
        Some(1)
    );
    let out = env
        .cmd()
        .args(["pupil", "report", "1001"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let answer = String::from_utf8(out.stdout).unwrap();
    let said = String::from_utf8(out.stderr).unwrap();
    for name in ["BSO Kinderrijk", "Praktijk Beweging"] {
        let row = answer
            .lines()
            .find(|l| l.starts_with(&format!("| {name} |")))
            .unwrap_or_else(|| panic!("{answer}"));
        assert!(row.contains("| Niet toegestaan: "), "{row}");
        assert!(
            !row.contains("niet nodig") && !row.contains("Toestemming gegeven"),
            "{row}"
        );
    }
    // The lawful exchanges read as before.
    assert!(
        answer.contains(
            "wettelijke verplichting (Leerplichtwet 1969 art. 21a) | naam, verzuim | niet nodig |"
        ),
        "{answer}"
    );
    assert!(said.contains("bso:") && said.contains("fysio:"), "{said}");
    let r = env.json(&["pupil", "report", "1001"]);
    let party = |id: &str| {
        r["parties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["party"] == id)
            .unwrap()
            .clone()
    };
    assert!(party("bso")["not_allowed"].is_string(), "{r}");
    assert!(party("fysio")["not_allowed"].is_string(), "{r}");
    assert_eq!(party("leerplicht")["not_allowed"], Value::Null);
}

/// The access answer gave "naam | — | —" for an agreement whose scope lines say no purpose,
/// though the art. 30 activity it serves names the purpose and the retention.
#[test]
fn the_access_answer_takes_purposes_and_retention_from_the_activities_an_agreement_serves() {
    let env = TestEnv::new();
    let file = env.path("one.csv");
    write(&file, "leerlingnummer;naam;groep\n1001;Anna A;5B\n");
    env.ok(&[
        "pupil",
        "import",
        file.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    env.ok(&["supplier", "add", "Leerplatform", "--role", "processor"]);
    env.ok(&[
        "agreement",
        "add",
        "leerplatform",
        "--signed-on",
        "2025-01-01",
        "--document",
        "d",
        "--product",
        "Rekenen",
    ]);
    env.ok(&[
        "scope",
        "set",
        "leerplatform-2025",
        "name",
        "results",
        "eck-id",
    ]);
    env.ok(&[
        "scope",
        "add",
        "leerplatform-2025",
        "eck-id",
        "--purpose",
        "inloggen",
        "--retention",
        "zolang het account bestaat",
    ]);
    env.ok(&[
        "processing",
        "add",
        "Digitaal leren",
        "--purpose",
        "adaptief oefenen",
        "--basis",
        "public-task",
        "--subjects",
        "pupils",
        "--category",
        "name",
        "results",
        "--retention",
        "1 jaar na vertrek",
        "--agreement",
        "leerplatform-2025",
    ]);
    let report = env.ok(&["pupil", "report", "1001"]);
    assert!(
        report.contains("| naam | adaptief oefenen | 1 jaar na vertrek |"),
        "{report}"
    );
    // What the scope line says itself stands.
    assert!(
        report.contains("| ECK iD | inloggen | zolang het account bestaat |"),
        "{report}"
    );
}

/// The access answer is for the parents: an imported decision's evidence, the school's file
/// and line, is said as where it came from (the file's name may name another pupil, and
/// the parents do not have it), in Dutch, with every date day first. A Dutch `consent show`
/// says the line with "regel"; JSON keeps the stored text.
#[test]
fn the_access_answer_names_no_file_and_a_dutch_table_says_regel() {
    let env = TestEnv::new();
    let file = env.path("correctie 7 Zwaantje de Wit.csv");
    write(
        &file,
        "leerlingnummer;naam;groep;photo-internal\n7;Ada Smit;5A;ja\n8;Zwaantje de Wit;5A;ja\n",
    );
    env.ok(&[
        "pupil",
        "import",
        file.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    let md = env.ok(&["pupil", "report", "7"]);
    assert!(
        md.contains("overgenomen uit de leerlingadministratie"),
        "{md}"
    );
    assert!(!md.contains("Zwaantje") && !md.contains(" line "), "{md}");
    assert!(
        md.contains("| 01-09-2026 |") && md.contains("| 28-11-2026 |"),
        "{md}"
    );
    assert!(!md.contains("2026-11-28"), "{md}");
    let html = env.ok(&["pupil", "report", "7", "--format", "html"]);
    assert!(!html.contains("Zwaantje"), "{html}");
    let table = env.ok(&["--lang", "nl", "consent", "show", "7"]);
    assert!(
        table.contains("regel 2") && !table.contains("line 2"),
        "{table}"
    );
    let english = env.ok(&["--lang", "en", "consent", "show", "7"]);
    assert!(english.contains("line 2"), "{english}");
    let json = env.json(&["--lang", "nl", "consent", "show", "7"]);
    assert_eq!(
        json["history"][0]["evidence"],
        "correctie 7 Zwaantje de Wit.csv line 2"
    );
}

/// Two schools of a board give the number 1001 to two children: a request names the number
/// and the school, as `pupil report` takes them, whichever of the two was imported first.
#[test]
fn a_request_says_the_school_of_its_pupil() {
    let env = TestEnv::empty();
    let file = env.path("r.toml");
    write(
        &file,
        "[organisation]\nname = \"T\"\n[[school]]\nbrin = \"20AA\"\nvestiging = \"00\"\nname = \"Het Baken\"\n\
         [[school]]\nbrin = \"30BB\"\nvestiging = \"00\"\nname = \"Zaanlyceum\"\n",
    );
    env.ok(&["import", file.to_str().unwrap(), "--create"]);
    for (name, csv, school) in [
        (
            "som.csv",
            "Stamnr;Roepnaam;Achternaam;Geb. datum;Klas\n1001;Daan;Visser;02-02-2011;3H\n",
            "30BB00",
        ),
        (
            "mag.csv",
            "Stamnr;Roepnaam;Achternaam;Geb. datum;Klas\n1001;Anna;Hondt;15-05-2012;2A\n",
            "20AA00",
        ),
    ] {
        let path = env.path(name);
        write(&path, csv);
        env.ok(&[
            "pupil",
            "import",
            path.to_str().unwrap(),
            "--school",
            school,
            "--on",
            "2026-09-01",
        ]);
    }
    for (school, id) in [("30BB00", "2026-001"), ("20AA00", "2026-002")] {
        env.ok(&[
            "request",
            "add",
            "access",
            "--pupil",
            "1001",
            "--school",
            school,
            "--by",
            "parent",
            "--received",
            "2026-11-02",
        ]);
        let shown = env.json(&["request", "show", id]);
        assert_eq!(
            (shown["pupil"].as_str(), shown["school"].as_str()),
            (Some("1001"), Some(school))
        );
    }
    let csv = env.ok(&["request", "list", "--format", "csv"]);
    assert!(
        csv.contains(",30BB00\r\n") && csv.contains(",20AA00\r\n"),
        "{csv}"
    );
    // What the request says finds the one child.
    let anna = env.ok(&["pupil", "report", "1001", "--school", "20AA00"]);
    assert!(anna.contains("Anna") && !anna.contains("Daan"), "{anna}");
}

/// A pupil past the retention period whom an open request is about stays until it is
/// answered: the access answer needs their consent history. The purge says so, and removes
/// them once the request is closed.
#[test]
fn a_purge_keeps_a_pupil_an_open_request_is_about() {
    let env = env();
    env.ok(&["pupil", "leave", "1002", "--on", "2026-09-02"]);
    env.ok(&["pupil", "leave", "1003", "--on", "2026-09-02"]);
    let id = add(
        &env,
        &[
            "access",
            "--pupil",
            "1002",
            "--by",
            "parent",
            "--received",
            "2026-11-20",
        ],
    );
    // A second request about the same pupil: still one pupil kept.
    let second = add(
        &env,
        &[
            "rectification",
            "--pupil",
            "1002",
            "--by",
            "parent",
            "--received",
            "2026-11-21",
        ],
    );
    let out = env
        .cmd()
        .args(["pupil", "purge", "--left-before", "2026-09-03", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains(&format!(
            "kept 1 pupil an open request is about: 1002 (34CD00, {id}, {second})"
        )),
        "{said}"
    );
    assert_eq!(env.json(&["pupil", "show", "1002"])["name"], "Bram Smit");
    env.fails(&["pupil", "show", "1003"]);
    env.ok(&["pupil", "report", "1002"]);
    // Past the retention period as the audit sees it, still no purge is asked for him.
    let audit = env.json(&["audit", "--as-of", "2028-12-01", "--fail-on", "never"]);
    let asks = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["code"] == "pupil-retention");
    assert!(!asks, "{audit}");
    for request in [&id, &second] {
        env.ok(&[
            "request",
            "close",
            request,
            "--on",
            "2026-11-27",
            "--outcome",
            "granted",
        ]);
    }
    let audit = env.json(&["audit", "--as-of", "2028-12-01", "--fail-on", "never"]);
    assert!(
        audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "pupil-retention"),
        "{audit}"
    );
    env.ok(&["pupil", "purge", "--left-before", "2026-09-03", "--yes"]);
    env.fails(&["pupil", "show", "1002"]);
}

/// A payroll supplier receives staff data, never a pupil's: the access answer leaves it out,
/// and leaves the staff categories out of a supplier that receives both.
#[test]
fn the_access_answer_names_no_staff_data() {
    let env = TestEnv::new();
    env.with_pupils("leerlingnummer;naam;groep\n1001;Anna Jansen;5A\n");
    env.ok(&[
        "supplier",
        "add",
        "Loonbureau BV",
        "--id",
        "loon",
        "--role",
        "processor",
    ]);
    env.ok(&[
        "agreement",
        "add",
        "loon",
        "--signed-on",
        "2025-01-01",
        "--product",
        "Salaris",
        "--document",
        "D",
        "--dpia",
        "DP1",
    ]);
    env.ok(&[
        "scope",
        "set",
        "loon-2025",
        "name",
        "employment",
        "salary",
        "absence",
    ]);
    env.ok(&[
        "supplier",
        "add",
        "Alles BV",
        "--id",
        "alles",
        "--role",
        "processor",
    ]);
    env.ok(&[
        "agreement",
        "add",
        "alles",
        "--signed-on",
        "2025-01-01",
        "--product",
        "Suite",
        "--document",
        "D",
        "--dpia",
        "DP2",
    ]);
    env.ok(&["scope", "set", "alles-2025", "name", "group", "salary"]);
    let report = env.json(&["pupil", "report", "1001"]);
    let suppliers: Vec<&str> = report["suppliers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["supplier"].as_str().unwrap())
        .collect();
    assert_eq!(suppliers, ["alles"], "{report}");
    let categories: Vec<&str> = report["suppliers"][0]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["category"].as_str().unwrap())
        .collect();
    assert_eq!(categories, ["name", "group"]);
    let md = env.ok(&["pupil", "report", "1001"]);
    assert!(
        !md.contains("Loonbureau") && !md.contains("salaris"),
        "{md}"
    );
}

/// The access answer for a pupil of 16, who exercises these rights alone, still spoke to the
/// parents ("de school van uw kind", "gegeven door u of door de leerling").
#[test]
fn the_access_answer_for_a_pupil_of_sixteen_speaks_to_the_pupil() {
    let env = env();
    // 1002 turns 16 today; 1001 is 10.
    let sixteen = env.ok(&["pupil", "report", "1002"]);
    assert!(
        sixteen
            .contains("gegeven door u of, voor uw zestiende verjaardag, door uw ouders of voogd"),
        "{sixteen}"
    );
    assert!(!sixteen.contains("uw kind"), "{sixteen}");
    let young = env.ok(&["pupil", "report", "1001"]);
    assert!(
        young.contains("gegeven door u of door de leerling"),
        "{young}"
    );
}

/// In Dutch, `request add` and `request close` said the kind and the outcome in English
/// ("verzoek 2026-001 (access) toegevoegd", "afgesloten (partly)").
#[test]
fn a_request_s_kind_and_outcome_are_said_in_dutch() {
    let env = env();
    let said = stderr(
        &env,
        &[
            "--lang",
            "nl",
            "request",
            "add",
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-02",
        ],
    );
    assert!(said.contains("(inzage)"), "{said}");
    let said = stderr(
        &env,
        &[
            "--lang",
            "nl",
            "request",
            "close",
            "2026-001",
            "--outcome",
            "partly",
            "--on",
            "2026-11-28",
            "--note",
            "x",
        ],
    );
    assert!(!said.contains("partly"), "{said}");
}

/// A request due today read "due in 0 days"; erasing on a request of another kind named the
/// kind by its English code in Dutch.
#[test]
fn a_request_due_today_says_today_and_a_wrong_kind_is_named_in_dutch() {
    let env = env();
    let id = add(
        &env,
        &[
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-10-26",
        ],
    );
    let audit = |lang: &str| {
        let out = env
            .cmd()
            .env("VREG_TODAY", "2026-11-26")
            .args([
                "--lang",
                lang,
                "audit",
                "--format",
                "json",
                "--fail-on",
                "never",
            ])
            .output()
            .unwrap();
        let audit: Value = serde_json::from_slice(&out.stdout).unwrap();
        audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == "request-due-soon")
            .map(|f| f["message"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("{audit}"))
    };
    let said = audit("en");
    assert!(
        said.contains("is due on 2026-11-26, today (within 7"),
        "{said}"
    );
    let out = env
        .cmd()
        .args([
            "--lang",
            "nl",
            "pupil",
            "erase",
            "1001",
            "--request",
            &id,
            "--yes",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("is een verzoek om inzage, niet om verwijdering"),
        "{err}"
    );
}
