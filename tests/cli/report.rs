//! `vreg report year`: the privacy year report, as the board, the GMR and a script read it.

use serde_json::Value;

use crate::common::{TestEnv, write};

/// The moment every command of these tests runs at: Saturday 28 November 2026, noon.
pub(crate) const NOW: &str = "2026-11-28 12:00";

/// Names and numbers of pupils in the fixture: none may appear in any report.
pub(crate) const PUPIL_DATA: &[&str] = &[
    "Xanthippe",
    "Zonnebloem",
    "Quirijn",
    "987601",
    "987612",
    "987701",
];

pub(crate) fn ok(env: &TestEnv, args: &[&str]) -> String {
    let out = env
        .cmd()
        .env("VREG_NOW", NOW)
        .args(args)
        .output()
        .expect("run vreg");
    assert!(
        out.status.success(),
        "vreg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn report_json(env: &TestEnv, year: &str) -> Value {
    serde_json::from_str(&ok(env, &["report", "year", year, "--format", "json"])).expect("JSON")
}

/// The board's consent row of a purpose in the year report, with every count shown.
fn board_consent(env: &TestEnv, year: &str, purpose: &str) -> Value {
    let args = [
        "report",
        "year",
        year,
        "--format",
        "json",
        "--min-count",
        "1",
    ];
    let r: Value = serde_json::from_str(&ok(env, &args)).expect("JSON");
    r["consent"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == purpose && c["school"].is_null())
        .unwrap()
        .clone()
}

/// The example board through 2026: twelve pupils at one school and three at another (one of
/// whom left in 2024), two breaches, two requests, three saved audits with a review and a
/// convenant put in order between them.
pub(crate) fn year_2026() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let mut csv = String::from("leerlingnummer;naam;groep;brin;photo-internal;photo-website\n");
    for i in 1..=12 {
        let internal = if i <= 9 { "ja" } else { "nee" };
        let website = if i <= 6 { "ja" } else { "" };
        let name = if i == 1 {
            "Xanthippe Zonnebloem".to_string()
        } else {
            format!("Kind {i}")
        };
        csv.push_str(&format!(
            "9876{i:02};{name};5B;12AB00;{internal};{website}\n"
        ));
    }
    for i in 1..=3 {
        let name = if i == 1 {
            "Quirijn Ypma".to_string()
        } else {
            format!("Ander {i}")
        };
        csv.push_str(&format!("98770{i};{name};7;34CD00;ja;\n"));
    }
    let path = env.path("leerlingen.csv");
    write(&path, csv);
    env.ok(&[
        "pupil",
        "import",
        path.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    env.ok(&["pupil", "leave", "987703", "--on", "2024-06-30"]);
    ok(
        &env,
        &[
            "breach",
            "add",
            "Phishingmail leverancier",
            "--discovered",
            "2026-03-02 09:00",
            "--supplier",
            "uitgeverij-rekenrijk",
            "--kind",
            "confidentiality",
        ],
    );
    ok(
        &env,
        &[
            "breach", "assess", "2026-001", "--risk", "risk", "--reason", "namen",
        ],
    );
    ok(
        &env,
        &[
            "breach",
            "notify",
            "2026-001",
            "ap",
            "--at",
            "2026-03-04 10:00",
            "--ref",
            "M-1",
        ],
    );
    ok(
        &env,
        &[
            "breach",
            "add",
            "Laptop kwijt",
            "--discovered",
            "2026-11-27 16:00",
            "--kind",
            "availability",
            "--kind",
            "confidentiality",
        ],
    );
    env.ok(&[
        "request",
        "add",
        "access",
        "--pupil",
        "987601",
        "--by",
        "parent",
        "--received",
        "2026-10-01",
    ]);
    env.ok(&[
        "request",
        "close",
        "2026-001",
        "--on",
        "2026-10-20",
        "--outcome",
        "granted",
    ]);
    env.ok(&[
        "request",
        "add",
        "erasure",
        "--pupil",
        "987602",
        "--by",
        "parent",
        "--received",
        "2026-11-10",
    ]);
    // A request of the year before is not in this year's figures.
    env.ok(&[
        "request",
        "add",
        "access",
        "--pupil",
        "987603",
        "--by",
        "parent",
        "--received",
        "2025-12-31",
    ]);
    for as_of in ["2026-02-01", "2026-06-01"] {
        ok(
            &env,
            &["audit", "--as-of", as_of, "--save", "--fail-on", "never"],
        );
    }
    env.ok(&[
        "agreement",
        "edit",
        "cloudwerk-2025",
        "--review-on",
        "2027-01-15",
    ]);
    env.ok(&[
        "convenant",
        "set",
        "cloudwerk",
        "supporter",
        "--checked-on",
        "2026-10-01",
    ]);
    ok(
        &env,
        &[
            "audit",
            "--as-of",
            "2026-11-01",
            "--save",
            "--fail-on",
            "never",
        ],
    );
    // An audit of another year is not one of this year's runs.
    ok(
        &env,
        &[
            "audit",
            "--as-of",
            "2025-12-31",
            "--save",
            "--fail-on",
            "never",
        ],
    );
    env
}

#[test]
fn the_figures_of_the_year_in_json() {
    let env = year_2026();
    let r = report_json(&env, "2026");
    assert_eq!(r["year"], 2026);
    assert_eq!(r["from"], "2026-01-01");
    assert_eq!(r["to"], "2026-11-28");
    assert_eq!(r["complete"], false);
    assert_eq!(r["min_count"], 5);
    assert_eq!(
        r["board"],
        "Stichting Openbaar Primair Onderwijs De Waterlanden"
    );

    let a = &r["agreements"];
    assert_eq!(
        (a["in_force"].as_u64(), a["missing"].as_u64()),
        (Some(5), Some(0))
    );
    assert_eq!(a["end_dates"][0]["agreement"], "uitgeverij-rekenrijk-2024");
    assert_eq!(a["end_dates"][0]["ends_on"], "2027-01-31");

    // Every supplier came in with the example during this year, but each had signed its
    // agreement before it: the processors of the start of the year, with the status they were
    // registered with (before, the start counted none). Cloudwerk became a supporter.
    let c = &r["convenant"];
    assert_eq!(
        c["start"],
        serde_json::json!({"participant": 2, "supporter": 2, "neither": 1})
    );
    assert_eq!(
        c["end"],
        serde_json::json!({"participant": 2, "supporter": 3, "neither": 0})
    );

    let b = &r["breaches"];
    assert_eq!(b["registered"], 2);
    assert_eq!(b["reported_to_ap"], 1);
    assert_eq!(b["reported_on_time"], 1);
    assert_eq!(b["late"], 0);
    assert_eq!(b["open"], 2);
    let kinds: Vec<(String, u64)> = b["by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                k["kind"].as_str().unwrap().to_string(),
                k["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("confidentiality".into(), 2),
            ("integrity".into(), 0),
            ("availability".into(), 1)
        ]
    );

    let q = &r["requests"];
    assert_eq!(
        (q["received"].as_u64(), q["answered_on_time"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!((q["late"].as_u64(), q["open"].as_u64()), (Some(0), Some(1)));
    assert_eq!(q["by_kind"][0]["kind"], "access");
    assert_eq!(q["by_kind"][1]["kind"], "erasure");

    let runs: Vec<&str> = r["audit"]["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["as_of"].as_str().unwrap())
        .collect();
    assert_eq!(runs, ["2026-02-01", "2026-06-01", "2026-11-01"]);
    let resolved: Vec<&str> = r["audit"]["resolved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["code"].as_str().unwrap())
        .collect();
    assert!(resolved.contains(&"review-overdue"), "{resolved:?}");
    assert!(resolved.contains(&"convenant-none"), "{resolved:?}");

    // Consent per purpose, board-wide and per school; counts of 1 to 4 pupils hidden.
    let consent = r["consent"].as_array().unwrap();
    let row = |purpose: &str, school: Option<&str>| {
        consent
            .iter()
            .find(|c| c["purpose"] == purpose && c["school"].as_str() == school)
            .unwrap_or_else(|| panic!("{purpose} {school:?}"))
            .clone()
    };
    let board = row("photo-internal", None);
    assert_eq!(board["pupils"], 14);
    // 11 would give the hidden 3 away (14 - 11 - 0): it is hidden with it.
    assert_eq!(board["granted"], "*");
    assert_eq!(board["not_granted"], "<5");
    assert_eq!(board["coverage_percent"], Value::Null);
    let small = row("photo-internal", Some("34CD00"));
    assert_eq!(small["pupils"], "<5");
    assert_eq!(small["school_name"], "OBS Het Kompas");
    // The schools add up to the board (14 pupils, 8 unknown): with the small school's 2 hidden,
    // the other school's counts would give them back, so two of them are hidden too. Its
    // pupils stay: every other purpose's row shows them anyway.
    let website = row("photo-website", Some("12AB00"));
    assert_eq!(
        (&website["pupils"], &website["granted"], &website["unknown"]),
        (&Value::from(12), &Value::from("*"), &Value::from("*"))
    );
    assert_eq!(website["coverage_percent"], Value::Null);
    let board = row("photo-website", None);
    assert_eq!(
        (&board["pupils"], &board["unknown"]),
        (&Value::from(14), &Value::from(8))
    );
    let text = r.to_string();
    for secret in PUPIL_DATA {
        assert!(!text.contains(secret), "the JSON names {secret}");
    }
}

/// Keys are a contract: the report's fields in their order, then `min_count` and `consent`,
/// each consent row in its order; one document, one line end.
#[test]
fn the_json_keeps_its_key_order() {
    let env = year_2026();
    let text = ok(&env, &["report", "year", "2026", "--format", "json"]);
    assert!(text.ends_with("}\n") && !text.ends_with("}\n\n"), "{text}");
    let r: Value = serde_json::from_str(&text).unwrap();
    let keys = |v: &Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(
        keys(&r),
        [
            "year",
            "from",
            "to",
            "complete",
            "handled_as_of",
            "board",
            "privacy_officer",
            "agreements",
            "convenant",
            "breaches",
            "requests",
            "audit",
            "min_count",
            "consent"
        ]
    );
    let rows = r["consent"].as_array().unwrap();
    assert!(rows.len() > 2, "{rows:?}");
    for row in rows {
        assert_eq!(
            keys(row),
            [
                "purpose",
                "name",
                "applies_to",
                "school",
                "school_name",
                "pupils",
                "granted",
                "not_granted",
                "unknown",
                "coverage_percent"
            ]
        );
    }
    // The board's row first, then one per school.
    assert_eq!(rows[0]["school"], Value::Null);
    assert!(rows[1]["school"].is_string());
    // A purpose asked only where needed (a party's) has no coverage.
    let party = rows
        .iter()
        .find(|row| row["purpose"].as_str().unwrap().starts_with("party-"))
        .expect("a party's purpose");
    assert_eq!(party["applies_to"], "some");
    assert_eq!(party["coverage_percent"], Value::Null);
}

#[test]
fn min_count_one_shows_every_count() {
    let env = year_2026();
    let board = board_consent(&env, "2026", "photo-internal");
    assert_eq!(board["not_granted"], 3);
    assert_eq!(board["coverage_percent"], 79);
    env.fails(&["report", "year", "2026", "--min-count", "0"]);
    // The text says what is hidden: nothing with 1, up to and including 4 by default. It never
    // speaks of "<1", which reads as none.
    let md = ok(
        &env,
        &[
            "report",
            "year",
            "2026",
            "--format",
            "md",
            "--min-count",
            "1",
        ],
    );
    assert!(md.contains("er is niets verborgen"), "{md}");
    assert!(!md.contains("<1") && !md.contains("onder 1"), "{md}");
    let md = ok(&env, &["report", "year", "2026", "--format", "md"]);
    assert!(
        md.contains("Aantallen van 1 tot en met 4 staan er als \\<5"),
        "{md}"
    );
    let gmr = ok(
        &env,
        &["export", "gmr", "--format", "html", "--min-count", "1"],
    );
    assert!(gmr.contains("er is niets verborgen"), "{gmr}");
    assert!(!gmr.contains("&lt;1"), "{gmr}");
}

#[test]
fn markdown_is_the_paragraph_for_the_bestuursverslag_with_its_tables() {
    let env = year_2026();
    let md = ok(&env, &["report", "year", "2026"]);
    assert_eq!(md, ok(&env, &["report", "year", "2026", "--format", "md"]));
    assert!(md.ends_with('\n') && !md.ends_with("\n\n"), "{md:?}");
    assert!(md.starts_with(
        "# Privacyjaarverslag 2026 — Stichting Openbaar Primair Onderwijs De Waterlanden\n"
    ));
    for heading in [
        "## Verwerkersovereenkomsten",
        "## Privacyconvenant Onderwijs",
        "## Datalekken",
        "## Verzoeken van ouders en leerlingen",
        "## Toestemming",
        "## Controles van het register",
    ] {
        assert!(md.contains(&format!("\n{heading}\n")), "{heading} missing");
    }
    assert!(md.contains("het jaar loopt nog"));
    assert!(
        md.contains("In de periode zijn 2 datalekken geregistreerd."),
        "{md}"
    );
    assert!(
        md.contains("| Soort verzoek | Ontvangen | Op tijd beantwoord | Te laat | Loopt nog |")
    );
    assert!(md.contains("| Inzage | 1 | 1 | 0 | 0 |"), "{md}");
    assert!(
        md.contains("\n- Cloudwerk Inc.: van geen deelnemer of medestander naar medestander\n"),
        "{md}"
    );
    // Each school by name and code: a BRIN alone and its vestiging are told apart.
    assert!(
        md.contains("| OBS Het Kompas (34CD00) | Beeldmateriaal in nieuwsbrief"),
        "{md}"
    );
    // A purpose asked only where needed has no unknowns to count as a gap, and no coverage.
    assert!(
        md.contains(
            "| Gegevens uitwisselen met Logopediepraktijk De Klankkast | 14 | \\* | 0 | – | – |"
        ),
        "{md}"
    );
    assert!(md.contains("| <5 |"), "{md}");
    assert!(
        md.contains("In de periode werd het register 3 keer gecontroleerd."),
        "{md}"
    );
    assert!(!md.contains("<svg"));
    for secret in PUPIL_DATA {
        assert!(!md.contains(secret), "the report names {secret}");
    }
}

#[test]
fn html_is_one_page_with_inline_charts_and_nothing_fetched() {
    let env = year_2026();
    let html = ok(&env, &["report", "year", "2026", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assert!(html.trim_end().ends_with("</html>"));
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("default-src 'none'"));
    let lower = html.to_lowercase();
    for banned in [
        "<script",
        "javascript:",
        "src=",
        "href=",
        "url(",
        "@import",
        "<link",
        "<img",
        "<iframe",
        "<object",
        "<embed",
        "http:",
        "https:",
        "//",
    ] {
        assert!(!lower.contains(banned), "the page contains {banned}");
    }
    // No event handler attributes (onload=, onclick=, ...).
    let handler = lower.match_indices(" on").any(|(i, _)| {
        let rest = &lower[i + 3..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        !name.is_empty() && rest[name.len()..].starts_with('=')
    });
    assert!(!handler, "an event handler in the page");
    // Four charts: the end-date timeline, convenant, consent coverage, audit runs.
    assert_eq!(html.matches("<svg ").count(), 4);
    assert_eq!(html.matches("<figure>").count(), 4);
    assert!(html.contains("aria-label=\"Einddatums van de verwerkersovereenkomsten\""));
    assert!(html.contains("aria-label=\"Dekking van toestemming per doel\""));
    assert!(html.contains("aria-label=\"Bevindingen per controle\""));
    // A dot per agreement with an end date, the reference day as a line, bars from the data.
    assert_eq!(html.matches("<circle class=\"end\"").count(), 4);
    assert_eq!(html.matches("class=\"today\"").count(), 1);
    assert!(html.contains("<title>waarschuwingen: 2</title>"));
    // photo-website: 6 of 12 at one school and 0 of 2 at the other: 6 of 14 board-wide, 43%.
    assert!(html.contains(">43%</text>"), "no bar for 43%");
    // A bar left out says why: a share that gives back a small count, or a purpose asked only
    // where needed, never "fewer than 5 pupils" where there are more.
    assert!(html.contains(">niet getoond: zou een aantal onder 5 prijsgeven</text>"));
    assert!(!html.contains("of geen leerlingen"));
    for section in [
        "Verwerkersovereenkomsten",
        "Datalekken",
        "Toestemming",
        "Controles van het register",
    ] {
        assert!(html.contains(&format!("<h2>{section}</h2>")));
    }
    for secret in PUPIL_DATA {
        assert!(!html.contains(secret), "the page names {secret}");
    }
}

#[test]
fn register_text_is_escaped_in_html_and_markdown() {
    let env = year_2026();
    env.ok(&[
        "supplier",
        "edit",
        "cloudwerk",
        "--name",
        "<script>alert(1)</script> | *x*",
    ]);
    let html = ok(&env, &["report", "year", "2026", "--format", "html"]);
    assert!(!html.contains("<script"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // Markdown passes a tag through as HTML: it is escaped as every other markup character is.
    let md = ok(&env, &["report", "year", "2026", "--format", "md"]);
    assert!(!md.replace("\\<", "").contains("<script"), "{md}");
    assert!(
        md.contains("\\<script\\>alert(1)\\</script\\> \\| \\*x\\*"),
        "{md}"
    );
}

#[test]
fn a_year_that_is_over_is_reported_to_31_december_and_one_not_begun_is_refused() {
    let env = year_2026();
    let r = report_json(&env, "2025");
    assert_eq!(
        (r["from"].as_str(), r["to"].as_str()),
        (Some("2025-01-01"), Some("2025-12-31"))
    );
    assert_eq!(r["complete"], true);
    assert_eq!(r["breaches"]["registered"], 0);
    // The request received on 31 December 2025 counts in 2025. It was open on the year's last
    // day, but the report is made on 28 November 2026: its month has long passed unanswered,
    // and the report says it is late, as the GMR's counts per year do.
    assert_eq!(r["requests"]["received"], 1);
    assert_eq!(
        (
            r["requests"]["open"].as_u64(),
            r["requests"]["late"].as_u64()
        ),
        (Some(0), Some(1))
    );
    assert_eq!(r["handled_as_of"], "2026-11-28");
    let md = env.ok(&["report", "year", "2025"]);
    assert!(
        md.contains("De afhandeling is die van 28-11-2026: wat na 31-12-2025 gebeurde, telt mee."),
        "{md}"
    );
    assert_eq!(r["audit"]["runs"].as_array().unwrap().len(), 1);
    // On 1 January 2027, 2026 is complete and 2027 has begun.
    let on_new_years_day = |args: &[&str]| {
        env.cmd()
            .env("VREG_TODAY", "2027-01-01")
            .env("VREG_NOW", "2027-01-01 09:00")
            .args(args)
            .output()
            .unwrap()
    };
    let out = on_new_years_day(&["report", "year", "2026", "--format", "json"]);
    assert!(out.status.success());
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (r["to"].as_str(), r["complete"].as_bool()),
        (Some("2026-12-31"), Some(true))
    );
    let out = on_new_years_day(&["report", "year", "2027", "--format", "json"]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (r["from"].as_str(), r["to"].as_str()),
        (Some("2027-01-01"), Some("2027-01-01"))
    );
    assert_eq!(r["breaches"]["registered"], 0);
    let err = env.refused(&["report", "year", "2027"]);
    assert_eq!(
        err,
        "error: 2027 has not begun (today is 2026-11-28): a report covers a year that has begun"
    );
    env.refused(&["report", "year", "twenty"]);
    env.refused(&["report", "year", "-5"]);
    env.refused(&["report", "year"]);
}

#[test]
fn a_year_is_read_alike_by_the_report_and_the_breach_list() {
    let env = year_2026();
    // Spaces around a year are let through, as around a date.
    assert_eq!(report_json(&env, " 2025 ")["year"], 2025);
    assert!(env.json(&["breach", "list", "--year", " 2026"]).is_array());
    for (year, why) in [
        ("1899", "1899 is not a year between 1900 and 2100"),
        ("99999", "99999 is not a year between 1900 and 2100"),
        ("-5", "-5 is not a year between 1900 and 2100"),
        ("2026x", "'2026x' is not a year (write it as 2026)"),
    ] {
        let err = env.refused(&["report", "year", year]);
        assert!(err.starts_with("error: invalid value"), "{err}");
        assert!(err.contains(why), "{err}");
        // The breach list said "no breaches" of a year no breach can have.
        let err = env.refused(&["breach", "list", "--year", year]);
        assert!(err.contains(why), "{err}");
    }
}

#[test]
fn formats_that_do_not_apply_are_refused() {
    let env = year_2026();
    for format in ["csv", "ics"] {
        let err = env.refused(&["report", "year", "2026", "--format", format]);
        assert_eq!(
            err,
            "error: the year report is a document: --format md, html or json"
        );
    }
    let err = env.refused(&["pupil", "report", "987601", "--format", "ics"]);
    assert_eq!(
        err,
        "error: the access report is a document: --format md, html or json"
    );
    let err = env.refused(&["supplier", "list", "--format", "html"]);
    assert!(err.contains("`vreg report year`"), "{err}");
}

#[test]
fn out_writes_the_report_to_a_file_and_nothing_half() {
    let env = year_2026();
    let path = env.path("jaarverslag.html");
    let out = env
        .cmd()
        .env("VREG_NOW", NOW)
        .args([
            "report",
            "year",
            "2026",
            "--format",
            "html",
            "--out",
            path.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        written,
        ok(&env, &["report", "year", "2026", "--format", "html"])
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // Into a directory that does not exist: an error, and no file anywhere.
    let missing = env.path("nergens/jaarverslag.html");
    env.fails(&["report", "year", "2026", "--out", missing.to_str().unwrap()]);
    assert!(!missing.exists());
}

#[test]
fn an_empty_register_gives_a_report_of_zeros() {
    let env = TestEnv::new();
    let md = ok(&env, &["report", "year", "2026"]);
    assert!(md.contains("Er staan geen leerlingen in het register."));
    assert!(md.contains("In de periode is geen controle (vreg audit --save) bewaard."));
    let html = ok(&env, &["report", "year", "2026", "--format", "html"]);
    assert_eq!(html.matches("<svg ").count(), 0);
    env.fails(&[
        "--db",
        env.path("none.sqlite").to_str().unwrap(),
        "report",
        "year",
        "2026",
    ]);
}

#[test]
fn one_agreement_in_force_is_said_in_the_singular() {
    let env = TestEnv::new();
    env.with_agreement();
    let md = env.ok(&["report", "year", "2026"]);
    assert!(
        md.contains("Op 28-11-2026 was 1 verwerkersovereenkomst van kracht."),
        "{md}"
    );
}

#[test]
fn a_breach_of_new_years_eve_reported_in_january_counts_as_reported_in_its_year() {
    let env = TestEnv::new();
    let id = env.ok(&[
        "breach",
        "add",
        "Laptop kwijt",
        "--discovered",
        "2025-12-31 23:30",
    ]);
    let id = id.trim();
    env.ok(&[
        "breach",
        "assess",
        id,
        "--risk",
        "risk",
        "--reason",
        "adressen",
        "--at",
        "2026-01-02 10:00",
    ]);
    env.ok(&[
        "breach",
        "notify",
        id,
        "ap",
        "--at",
        "2026-01-03 23:00",
        "--ref",
        "M-1",
    ]);
    let r = report_json(&env, "2025");
    let b = &r["breaches"];
    assert_eq!(
        (
            b["registered"].as_u64(),
            b["reported_to_ap"].as_u64(),
            b["reported_on_time"].as_u64()
        ),
        (Some(1), Some(1), Some(1)),
        "{b}"
    );
    assert_eq!(b["late"], 0);
}

/// A newcomer of a later year is no pupil of an earlier one: the complete export of September
/// 2025 did not list Cas, so the report on 2025 leaves him out instead of counting a pupil of
/// whom nothing was known. Anna, listed by both, counts in both years. The same exports give
/// the same counts in whichever order they are imported.
#[test]
fn a_newcomer_of_a_later_year_is_not_counted_in_an_earlier_one() {
    const Y2024: &str = "leerlingnummer;naam;groep\n1;Anna;2\n2;Cas;2\n3;Dirk;2\n";
    const Y2025: &str = "leerlingnummer;naam;groep;photo-internal\n1;Anna;3;ja\n3;Dirk;3;ja\n";
    const Y2026: &str =
        "leerlingnummer;naam;groep;photo-internal\n1;Anna;4;ja\n2;Cas;3;\n3;Dirk;4;ja\n4;Eva;1;\n";
    let import = |env: &TestEnv, csv: &str, on: &str| {
        let path = env.path(&format!("{on}.csv"));
        write(&path, csv);
        let path = path.to_str().unwrap();
        ok(env, &["pupil", "import", path, "--on", on, "--complete"]);
    };
    let photo = |env: &TestEnv, year: &str| {
        let row = board_consent(env, year, "photo-internal");
        (row["pupils"].clone(), row["unknown"].clone())
    };
    let in_order = TestEnv::new();
    import(&in_order, Y2025, "2025-09-01");
    import(&in_order, Y2026, "2026-09-01");
    assert_eq!(photo(&in_order, "2025"), (2.into(), 0.into()));
    assert_eq!(photo(&in_order, "2026"), (4.into(), 2.into()));
    // The lists and the audit of a day before they came leave them out too (Cas's unknown
    // answer would be a `consent-unknown` finding for photo-internal).
    let listed = in_order.json(&[
        "consent",
        "list",
        "--purpose",
        "photo-internal",
        "--as-of",
        "2026-08-31",
    ]);
    let pupils: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["pupil"].as_str().unwrap())
        .collect();
    assert_eq!(pupils, ["1", "3"], "{listed}");
    let audit = in_order
        .cmd()
        .args(["audit", "--as-of", "2026-08-31", "--format", "json"])
        .output()
        .unwrap();
    let audit: Value = serde_json::from_slice(&audit.stdout).unwrap();
    assert!(
        !audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "consent-unknown" && f["subject_id"] == "photo-internal"),
        "{audit}"
    );
    // The same exports, the latest first: the same pupils in each year. (An export older than
    // one imported before records no decisions: the snapshot rule, so 2025's answers are not
    // known here.)
    let backwards = TestEnv::new();
    import(&backwards, Y2026, "2026-09-01");
    import(&backwards, Y2025, "2025-09-01");
    assert_eq!(photo(&backwards, "2025").0, 2);
    assert_eq!(photo(&backwards, "2026"), (4.into(), 2.into()));
    // An older complete export that lists Cas, imported after: he was at school in 2024, away
    // in 2025 (the complete export of 2025 did not list him), and back in 2026. The register
    // keeps one span, from his return: 2025 still leaves him out.
    for env in [&in_order, &backwards] {
        import(env, Y2024, "2024-09-01");
        assert_eq!(photo(env, "2025").0, 2);
        assert_eq!(photo(env, "2026"), (4.into(), 2.into()));
    }
    assert_eq!(photo(&in_order, "2025"), (2.into(), 0.into()));
}

/// One of each is said as one: the paragraph goes into the published bestuursverslag.
#[test]
fn one_finding_and_one_processor_are_said_in_the_singular() {
    let env = TestEnv::new();
    ok(&env, &["supplier", "add", "Acme BV", "--role", "processor"]);
    let out = env
        .cmd()
        .env("VREG_NOW", NOW)
        .args(["audit", "--save"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let md = ok(&env, &["report", "year", "2026", "--format", "md"]);
    assert!(
        md.contains("stonden er 1 fout, 1 waarschuwing en 1 melding ter informatie open."),
        "{md}"
    );
    assert!(
        md.contains(
            "De enige verwerker in het register was op 28-11-2026 geen deelnemer of medestander"
        ),
        "{md}"
    );
    assert!(!md.contains("Van de 1 "), "{md}");
}

/// A purpose asked only of the pupils it concerns has no bar in the coverage chart, and the
/// chart says that is why (not "fewer than 5 pupils").
#[test]
fn the_coverage_chart_says_why_a_purpose_asked_where_needed_has_no_bar() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let csv = env.path("l.csv");
    write(
        &csv,
        "Leerlingnummer;Achternaam;Roepnaam;Groep;School;photo-internal\n\
         1001;Vries;Sanne;5B;12AB00;ja\n\
         1002;Jansen;Daan;6A;12AB00;ja\n",
    );
    env.ok(&[
        "pupil",
        "import",
        csv.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    let html = env.ok(&["report", "year", "2026", "--format", "html"]);
    let reasons: Vec<&str> = html
        .split("fill=\"#555\">")
        .skip(1)
        .map(|rest| rest.split('<').next().unwrap())
        .collect();
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == "gevraagd waar nodig: geen dekking")
            .count(),
        1,
        "{reasons:?}"
    );
    assert!(!html.contains("of geen leerlingen"), "{reasons:?}");
}
