//! Tables at 80 and 120 columns: nothing wider than the terminal, every id, code, date and
//! status whole on one line, and `--wide` for the columns a narrow table leaves out.

use serde_json::Value;

use crate::common::{TestEnv, write};

/// The example register with pupils, a breach and a request.
pub(crate) fn env() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let pupils = env.path("leerlingen.csv");
    write(
        &pupils,
        "leerlingnummer;naam;groep;school;geboortedatum\n\
         1001;Anna de Vries;5B;12AB00;2016-03-01\n\
         1002;Bram Smit;8A;34CD00;2010-11-28\n\
         1003;Xanthippe Zonnebloem-van Oldenbarnevelt;5B;12AB00;2016-05-05\n",
    );
    env.ok(&[
        "pupil",
        "import",
        pupils.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    env.ok(&[
        "breach",
        "add",
        "Phishingmail bij de leverancier van het leerlingvolgsysteem",
        "--discovered",
        "2026-11-26 16:00",
        "--supplier",
        "cloudwerk",
        "--subjects",
        "120",
    ]);
    env.ok(&[
        "request",
        "add",
        "access",
        "--pupil",
        "1001",
        "--by",
        "parent",
        "--received",
        "2026-11-02",
        "--via",
        "e-mail aan de directeur",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-website",
        "granted",
        "--on",
        "2026-09-02",
    ]);
    env.ok(&["audit", "--save"]);
    env.ok(&[
        "audit",
        "accept",
        "agreement-expiring",
        "agreement:uitgeverij-rekenrijk-2024",
        "--reason",
        "verlenging ligt bij de leverancier ter ondertekening",
        "--until",
        "2027-01-31",
    ]);
    env
}

/// A list, the JSON keys whose values a table must never split, and the columns it leaves out
/// at 80 columns: (a word found only in that header, the header as `--help` names it).
pub(crate) struct List {
    pub args: &'static [&'static str],
    pub whole: &'static [&'static str],
    pub narrow: &'static [(&'static str, &'static str)],
}

pub(crate) const LISTS: &[List] = &[
    List {
        args: &["supplier", "list"],
        whole: &["id", "convenant"],
        narrow: &[("kvk", "kvk"), ("role", "role")],
    },
    List {
        args: &["convenant", "list"],
        whole: &["supplier", "convenant", "convenant_checked_on"],
        narrow: &[],
    },
    List {
        args: &["agreement", "list"],
        whole: &["id", "expires_on", "status"],
        narrow: &[("review", "review on"), ("model", "model")],
    },
    List {
        args: &["agreement", "subprocessor", "list", "cloudwerk-2025"],
        whole: &["country", "transfer_safeguard"],
        narrow: &[],
    },
    List {
        args: &["scope", "list"],
        whole: &["agreement", "category"],
        narrow: &[("law", "law")],
    },
    List {
        args: &["scope", "categories"],
        whole: &["code"],
        narrow: &[],
    },
    List {
        args: &["party", "list"],
        whole: &["id", "kind", "basis"],
        narrow: &[("notes", "notes"), ("schools", "schools")],
    },
    List {
        args: &["pupil", "list"],
        whole: &["leerlingnummer", "group", "school", "birth_date"],
        narrow: &[],
    },
    List {
        args: &["consent", "list", "--purpose", "photo-website"],
        whole: &["pupil", "state", "counts"],
        narrow: &[],
    },
    List {
        args: &["consent", "matrix"],
        // Purposes are numbered with a legend: the group fits at 80 columns.
        whole: &["pupil"],
        narrow: &[],
    },
    List {
        args: &["consent", "purposes"],
        whole: &["id", "renewal", "applies_to"],
        narrow: &[("retired", "retired on")],
    },
    List {
        args: &["audit", "codes"],
        whole: &["code", "severity"],
        narrow: &[],
    },
    List {
        args: &["audit", "history"],
        whole: &["id", "as_of"],
        narrow: &[],
    },
    List {
        args: &["log"],
        whole: &["action", "entity_id"],
        narrow: &[("detail", "detail")],
    },
    List {
        args: &["breach", "list"],
        whole: &["id", "status", "ap_status"],
        narrow: &[("discovered", "discovered at")],
    },
    List {
        args: &["request", "list"],
        whole: &["id", "kind", "pupil", "due_on", "status"],
        narrow: &[("requested", "requested by")],
    },
    List {
        args: &["processing", "list"],
        whole: &["id", "basis"],
        narrow: &[("review", "review on")],
    },
    List {
        args: &["processing", "categories"],
        whole: &["code"],
        narrow: &[],
    },
    List {
        args: &["deadlines"],
        whole: &["subject_id"],
        narrow: &[("settle", "settle with")],
    },
];

/// Details and reports that print tables too.
pub(crate) const SHOWS: &[&[&str]] = &[
    &["supplier", "show", "schoolkompas"],
    &["agreement", "show", "cloudwerk-2025"],
    &["party", "show", "logopedie-klankkast"],
    &["pupil", "show", "1001"],
    &["consent", "show", "1001"],
    &["breach", "show", "2026-001"],
    &["request", "show", "2026-001"],
    &["processing", "show", "leerlingadministratie"],
    &["audit"],
    &["audit", "diff"],
    &["audit", "accepted"],
    &["consent", "check", "1001", "photo-website"],
];

/// vreg's table on a pipe `columns` wide; exit 1 (a finding, a deadline) is an answer too.
fn table(env: &TestEnv, args: &[&str], columns: u16, wide: bool) -> String {
    let mut cmd = env.cmd();
    cmd.env("COLUMNS", columns.to_string()).args(args);
    if wide {
        cmd.arg("--wide");
    }
    let out = cmd.output().expect("run vreg");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "vreg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 stdout")
}

pub(crate) fn assert_fits(args: &[&str], text: &str, columns: u16) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= usize::from(columns),
            "vreg {args:?} at {columns} columns: a line of {} characters:\n{text}",
            line.chars().count()
        );
    }
}

/// The values of `keys` in every object of a JSON list, as a table would show them.
pub(crate) fn values(json: &Value, keys: &[&str]) -> Vec<String> {
    let items = match json {
        Value::Array(items) => items.clone(),
        other => vec![other.clone()],
    };
    let mut found = Vec::new();
    for item in &items {
        for key in keys {
            match item.get(key) {
                Some(Value::String(s)) if !s.is_empty() => found.push(s.clone()),
                Some(Value::Number(n)) => found.push(n.to_string()),
                _ => {}
            }
        }
    }
    found
}

#[test]
fn every_list_fits_80_and_120_columns_with_ids_dates_and_statuses_whole() {
    let env = env();
    for list in LISTS {
        let mut args = list.args.to_vec();
        args.extend(["--format", "json"]);
        let json: Value = serde_json::from_str(&table(&env, &args, 120, false)).expect("JSON");
        let whole = values(&json, list.whole);
        assert!(!whole.is_empty(), "vreg {:?}: nothing to check", list.args);
        for columns in [80, 120] {
            let text = table(&env, list.args, columns, false);
            assert_fits(list.args, &text, columns);
            // A value of several words (an acceptance's subject) may wrap between them.
            for value in whole.iter().flat_map(|v| v.split_whitespace()) {
                assert!(
                    text.lines().any(|line| line.contains(value)),
                    "vreg {:?} at {columns} columns split {value}:\n{text}",
                    list.args
                );
            }
        }
    }
}

#[test]
fn details_and_reports_fit_80_and_120_columns() {
    let env = env();
    for args in SHOWS {
        for columns in [80, 120] {
            let text = table(&env, args, columns, false);
            assert!(!text.is_empty(), "vreg {args:?} printed nothing");
            assert_fits(args, &text, columns);
        }
    }
    // The ids a breach and an agreement show stay whole at 80 columns.
    let breach = table(&env, &["breach", "show", "2026-001"], 80, false);
    for id in ["2026-001", "cloudwerk-2025", "2026-11-26 16:00"] {
        assert!(breach.lines().any(|l| l.contains(id)), "{id}:\n{breach}");
    }
    let audit = table(&env, &["audit"], 80, false);
    assert!(
        audit
            .lines()
            .any(|l| l.contains("uitgeverij-rekenrijk-2024")),
        "{audit}"
    );
}

#[test]
fn wide_shows_the_columns_a_narrow_table_leaves_out_and_help_names_them() {
    let env = env();
    for list in LISTS.iter().filter(|l| !l.narrow.is_empty()) {
        let narrow = table(&env, list.args, 80, false);
        let wide = table(&env, list.args, 80, true);
        let help = help(&env, list.args);
        for (word, header) in list.narrow {
            let header_row = |t: &str| -> String {
                t.lines()
                    .take_while(|l| !l.starts_with('╞'))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            assert!(
                !header_row(&narrow).contains(word),
                "vreg {:?} at 80 columns shows {word}:\n{narrow}",
                list.args
            );
            assert!(
                header_row(&wide).contains(word),
                "vreg {:?} --wide leaves out {word}:\n{wide}",
                list.args
            );
            assert!(
                help.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .contains(header),
                "vreg {:?} --help does not name {header}:\n{help}",
                list.args
            );
        }
        // At 120 columns, --wide or not, the same table if it fits anyway; --wide never drops.
        let wide_120 = table(&env, list.args, 120, true);
        for (word, _) in list.narrow {
            assert!(wide_120.contains(word), "{wide_120}");
        }
    }
}

/// The `--help` of the command a list's arguments name (its positional values left off).
fn help(env: &TestEnv, args: &[&str]) -> String {
    let mut words: Vec<&str> = Vec::new();
    for a in args {
        if a.starts_with("--") || a.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        words.push(a);
    }
    words.push("--help");
    env.ok(&words)
}

#[test]
fn json_and_csv_do_not_follow_the_width() {
    let env = env();
    for args in [&["breach", "list"][..], &["supplier", "list"], &["log"]] {
        for format in ["json", "csv"] {
            let mut all = args.to_vec();
            all.extend(["--format", format]);
            let narrow = table(&env, &all, 80, false);
            let wide = table(&env, &all, 200, true);
            assert_eq!(narrow, wide, "vreg {all:?}");
        }
    }
    let json = env.json(&["breach", "list"]);
    assert_eq!(json[0]["discovered_at"], "2026-11-26T16:00:00+01:00");
}
