//! Tables in Dutch: column names and enumeration values as a Dutch privacy officer reads them,
//! at 80 columns with every id, date and code whole; CSV and JSON the same in both languages.

use serde_json::Value;

use crate::common::TestEnv;
use crate::help_examples::prepared_register;
use crate::tables::{self, LISTS, SHOWS, assert_fits, values};

/// A list, the Dutch words its table shows (headers and labels), the English ones it no
/// longer shows, and the JSON keys whose values (ids, dates, codes) stay whole.
struct Dutch {
    args: &'static [&'static str],
    dutch: &'static [&'static str],
    english: &'static [&'static str],
    whole: &'static [&'static str],
}

const DUTCH: &[Dutch] = &[
    Dutch {
        args: &["supplier", "list"],
        dutch: &["naam", "convenant", "nagegaan", "deelnemer", "geen"],
        english: &["name", "checked", "participant"],
        whole: &["id", "convenant_checked_on"],
    },
    Dutch {
        args: &["agreement", "list"],
        dutch: &["producten", "verloopt", "actief"],
        english: &["products", "expires", "active"],
        whole: &["id", "expires_on"],
    },
    Dutch {
        args: &["consent", "list", "--purpose", "photo-website"],
        dutch: &[
            "leerling",
            "naam",
            "stand",
            "telt",
            "reden",
            "toestemming",
            "onbekend",
            "ja",
            "nee",
        ],
        english: &["pupil", "state", "counts", "reason", "unknown"],
        whole: &["pupil", "group"],
    },
    Dutch {
        args: &["party", "list"],
        dutch: &[
            "naam",
            "soort",
            "grondslag",
            "overheid",
            "wettelijke",
            "verplichting",
        ],
        english: &["kind", "basis", "government", "legal-obligation"],
        whole: &["id"],
    },
    Dutch {
        args: &["scope", "categories"],
        dutch: &["omschrijving", "bijzonder", "BSN", "ja", "nee"],
        english: &["label", "special", "national", "true", "false"],
        whole: &["code"],
    },
];

/// vreg's table on a pipe `columns` wide, with a Dutch locale; exit 1 is an answer too.
fn dutch_table(env: &TestEnv, args: &[&str], columns: u16) -> String {
    let out = env
        .cmd()
        .env("LANG", "nl_NL.UTF-8")
        .env("COLUMNS", columns.to_string())
        .args(args)
        .output()
        .expect("run vreg");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "vreg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 stdout")
}

/// vreg's stdout with `--lang` and `--format`, and whatever else `env` sets.
fn formatted(env: &TestEnv, args: &[&str], lang: Option<&str>, format: &str) -> Vec<u8> {
    let mut cmd = env.cmd();
    if let Some(lang) = lang {
        cmd.args(["--lang", lang]);
    } else {
        cmd.env("LANG", "nl_NL.UTF-8");
    }
    let out = cmd
        .args(args)
        .args(["--format", format])
        .output()
        .expect("run vreg");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "vreg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Every value of `keys` in `json`, each word of it found whole on one line of `text`; a day
/// (ISO in JSON) as a Dutch table writes it, `14-09-2026`.
fn assert_whole(args: &[&str], text: &str, json: &Value, keys: &[&str]) {
    let whole = values(json, keys);
    assert!(!whole.is_empty(), "vreg {args:?}: nothing to check");
    for value in whole.iter().flat_map(|v| v.split_whitespace()) {
        let value = match chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(day) => {
                assert!(
                    !text.contains(value),
                    "vreg {args:?}: ISO {value} in Dutch:\n{text}"
                );
                day.format("%d-%m-%Y").to_string()
            }
            Err(_) => value.to_string(),
        };
        assert!(
            text.lines().any(|line| line.contains(&value)),
            "vreg {args:?} in Dutch at 80 columns split {value}:\n{text}"
        );
    }
}

#[test]
fn the_main_lists_show_dutch_headers_and_labels_at_80_columns_with_ids_and_dates_whole() {
    let prepared = prepared_register();
    let env = &prepared.env;
    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-website",
        "granted",
        "--on",
        "2026-09-02",
    ]);
    for list in DUTCH {
        let text = dutch_table(env, list.args, 80);
        assert_fits(list.args, &text, 80);
        for word in list.dutch {
            assert!(
                text.contains(word),
                "vreg {:?} in Dutch lacks {word}:\n{text}",
                list.args
            );
        }
        let headers: String = text.lines().take_while(|l| !l.starts_with('╞')).collect();
        for word in list.english {
            assert!(
                !headers.contains(word) && !text.contains(&format!(" {word} ")),
                "vreg {:?} in Dutch shows {word}:\n{text}",
                list.args
            );
        }
        let json: Value = serde_json::from_slice(&formatted(env, list.args, None, "json"))
            .expect("JSON on stdout");
        assert_whole(list.args, &text, &json, list.whole);
        // --lang nl says the same as the locale; --lang en the English table of before.
        let mut flagged = vec!["--lang", "nl"];
        flagged.extend(list.args);
        assert_eq!(
            env.cmd()
                .env("COLUMNS", "80")
                .args(&flagged)
                .output()
                .unwrap()
                .stdout,
            text.as_bytes()
        );
    }
    let english = String::from_utf8(
        env.cmd()
            .env("LANG", "nl_NL.UTF-8")
            .env("COLUMNS", "80")
            .args(["--lang", "en", "party", "list"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        english.contains("legal-obligation") && english.contains("basis"),
        "{english}"
    );
}

#[test]
fn csv_and_json_are_the_same_in_english_and_in_dutch() {
    let prepared = prepared_register();
    let env = &prepared.env;
    for list in DUTCH {
        for format in ["csv", "json"] {
            let english = formatted(env, list.args, Some("en"), format);
            assert!(
                !english.is_empty(),
                "vreg {:?} --format {format}",
                list.args
            );
            assert_eq!(
                english,
                formatted(env, list.args, Some("nl"), format),
                "vreg {:?} --format {format}: --lang nl differs",
                list.args
            );
            assert_eq!(
                english,
                formatted(env, list.args, None, format),
                "vreg {:?} --format {format}: LANG=nl_NL.UTF-8 differs",
                list.args
            );
        }
    }
}

#[test]
fn every_list_and_detail_fits_80_columns_in_dutch_with_ids_and_dates_whole() {
    // The enumerations are words in Dutch (tested above); the rest stays as it is.
    const LABELLED: &[&str] = &[
        "status",
        "convenant",
        "kind",
        "basis",
        "state",
        "counts",
        "renewal",
        "applies_to",
        "severity",
        "ap_status",
        "transfer_safeguard",
    ];
    let env = tables::env();
    for list in LISTS {
        let text = dutch_table(&env, list.args, 80);
        assert_fits(list.args, &text, 80);
        let keys: Vec<&str> = list
            .whole
            .iter()
            .copied()
            .filter(|k| !LABELLED.contains(k))
            .collect();
        if keys.is_empty() {
            continue;
        }
        let mut args = list.args.to_vec();
        args.extend(["--format", "json"]);
        let json: Value = serde_json::from_str(&dutch_table(&env, &args, 80)).expect("JSON");
        assert_whole(list.args, &text, &json, &keys);
    }
    for args in SHOWS {
        let text = dutch_table(&env, args, 80);
        assert!(!text.is_empty(), "vreg {args:?} printed nothing");
        assert_fits(args, &text, 80);
    }
    let breach = dutch_table(&env, &["breach", "show", "2026-001"], 80);
    for word in [
        "2026-001",
        "cloudwerk-2025",
        "26-11-2026 16:00",
        "ontdekt op",
        "risico",
    ] {
        assert!(
            breach.lines().any(|l| l.contains(word)),
            "{word}:\n{breach}"
        );
    }
    let agreement = dutch_table(&env, &["agreement", "show", "cloudwerk-2025"], 80);
    for word in [
        "gegevensset:",
        "subverwerkers:",
        "doorgiftewaarborg",
        "getekend op",
    ] {
        assert!(agreement.contains(word), "{word}:\n{agreement}");
    }
}

#[test]
fn the_summary_of_several_registers_keeps_each_register_whole_and_says_a_missing_name_in_dutch() {
    let env = tables::env();
    let other = TestEnv::new();
    let (one, two) = (env.db.display().to_string(), other.db.display().to_string());
    for command in [&["audit"][..], &["deadlines"]] {
        let mut args = command.to_vec();
        args.extend(["--db", &one, "--db", &two]);
        let text = dutch_table(&env, &args, 80);
        for path in [&one, &two] {
            assert!(
                text.lines().any(|l| l.contains(path.as_str())),
                "vreg {args:?} split {path}:\n{text}"
            );
        }
        assert!(text.contains("(geen"), "{text}");
        assert!(!text.contains("(no organisation)"), "{text}");
        // At 80 columns the summary leaves out the exit code first, then the organisation.
        let summary = text.split("== samenvatting ==").nth(1).unwrap_or_default();
        assert!(summary.contains("register"), "{text}");
        assert!(!summary.contains("afsluitcode"), "{text}");
    }
}

#[test]
fn a_breach_shows_its_clocks_in_words_and_not_as_json() {
    let env = tables::env();
    let text = dutch_table(&env, &["breach", "show", "2026-001"], 80);
    assert!(!text.contains("{\""), "{text}");
    assert!(text.contains("AP: uiterlijk 29-11-2026 16:00"), "{text}");
    // CSV keeps every clock in its cell, the same in both languages.
    let csv = formatted(&env, &["breach", "show", "2026-001"], Some("nl"), "csv");
    assert!(String::from_utf8_lossy(&csv).contains("minutes_left"));
    assert_eq!(
        csv,
        formatted(&env, &["breach", "show", "2026-001"], Some("en"), "csv")
    );
}

#[test]
fn a_saved_run_shows_dutch_headers_with_its_english_at_80_columns() {
    let env = tables::env();
    let args = ["audit", "history", "show", "1"];
    let text = dutch_table(&env, &args, 80);
    // The table fits; the line under it names the run.
    let table: String = text
        .lines()
        .filter(|l| l.starts_with(['┌', '│', '╞', '└']))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_fits(&args, &table, 80);
    assert!(table.contains("melding"), "{text}");
    // A saved run keeps the English it was saved in (docs/commands.md, Language).
    assert!(table.contains("processor cloudwerk"), "{text}");
    let json: Value = serde_json::from_slice(&formatted(&env, &args, None, "json")).unwrap();
    assert_whole(&args, &table, &json["findings"], &["code", "subject_id"]);
}
