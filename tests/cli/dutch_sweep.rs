//! A sweep of what a Dutch reader sees: the commands of the help examples and their error paths
//! in Dutch at 80 columns, none of them showing the English that a sweep found (a reason of
//! the operating system, SQLite, serde or a number parser, a table cell in English, a refusal
//! left untranslated), and their JSON and CSV the same as in English.

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use crate::common::{TestEnv, write};
use crate::help_examples::{Prepared, prepared_register};

/// English a Dutch reader once saw, each phrase from a place the sweep fixed.
const ENGLISH: &[&str] = &[
    // report year
    "has not begun",
    "a report covers",
    "not a year vreg reports on",
    // several registers
    "(no organisation)",
    // numbers clap refuses
    "invalid digit",
    "cannot parse integer",
    " is not in ",
    "too large to fit",
    // the operating system and SQLite
    "No such file or directory",
    "File exists",
    "os error",
    "Permission denied",
    "database is locked",
    "disk image is malformed",
    "Error code",
    // serde in a register file
    "missing field",
    "unknown field",
    "invalid type",
    "invalid value",
    "duplicate key",
    "expected one of",
    "expected a ",
    "expected u32",
    "expected month",
    // a breach's clocks as JSON in a table
    "\"clock\"",
    "minutes_left",
    "\"overdue\"",
    // audit diff: today's findings
    " has no agreement",
    " is still not assessed",
    "no participant or supporter",
    "without a decision there is no consent",
    // anything said in English
    "error:",
    "warning:",
    "(see ",
    " the ",
    "could not",
];

/// vreg in a Dutch locale at 80 columns, with `PATH` and nothing of the caller's environment.
fn dutch(env: &TestEnv, args: &[&str]) -> Output {
    env.cmd()
        .env("LANG", "nl_NL.UTF-8")
        .env("COLUMNS", "80")
        .args(args)
        .output()
        .expect("run vreg")
}

/// What a person reads of a run: stdout and stderr.
fn read(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn assert_no_english(args: &[&str], text: &str) {
    for phrase in ENGLISH {
        assert!(
            !text.contains(phrase),
            "vreg {args:?} in Dutch shows {phrase:?}:\n{text}"
        );
    }
}

/// The prepared register's two files, and files the commands read.
fn files(prepared: &Prepared) -> (String, String) {
    let dir = prepared.env.dir.path();
    for (name, text) in BAD_FILES {
        write(&dir.join(name), text);
    }
    write(
        &dir.join("leerlingen.csv"),
        "Leerlingnummer;Roepnaam;Achternaam;Groep;BRIN;Geboortedatum\n\
         1001;Sanne;de Vries;5B;12AB00;2017-03-14\n",
    );
    write(&dir.join("register.toml"), &prepared.toml);
    (
        prepared.db.display().to_string(),
        prepared.other.display().to_string(),
    )
}

/// Register files with a value out of place, as serde and the TOML parser see them.
const BAD_FILES: &[(&str, &str)] = &[
    ("zonder-naam.toml", "[[supplier]]\nid = \"x\"\n"),
    ("onbekend.toml", "[[supplier]]\nid = \"x\"\nnaam = \"X\"\n"),
    ("soort.toml", "[[supplier]]\nid = \"x\"\nname = 3\n"),
    (
        "dubbel.toml",
        "[[supplier]]\nid = \"x\"\nname = \"X\"\nname = \"Y\"\n",
    ),
    (
        "negatief.toml",
        "[[supplier]]\nid = \"x\"\nname = \"X\"\n[[supplier.agreement]]\nid = \"x-1\"\n\
         signed_on = 2024-01-01\nbreach_notice_hours = -1\n",
    ),
    (
        "maand.toml",
        "[[supplier]]\nid = \"x\"\nname = \"X\"\n[[supplier.agreement]]\nid = \"x-1\"\n\
         signed_on = 2024-13-01\n",
    ),
    (
        "scope.toml",
        "[[supplier]]\nid = \"x\"\nname = \"X\"\n[[supplier.agreement]]\nid = \"x-1\"\n\
         signed_on = 2024-01-01\nscope = [3]\n",
    ),
];

/// Commands that answer (exit 0 or 1), as the help examples run them; `A` and `B` stand for the
/// two registers.
const ANSWERS: &[&[&str]] = &[
    &["audit"],
    &["audit", "diff"],
    &["audit", "--db", "A", "--db", "B"],
    &["deadlines", "--db", "A", "--db", "B"],
    &["deadlines", "--within", "30"],
    &["breach", "show", "2026-001"],
    &["breach", "clock"],
    &["supplier", "show", "gynzy-bv"],
    &["agreement", "show", "gynzy-bv-2024"],
    &["consent", "check", "1001", "photo-website"],
    &["consent", "show", "1001"],
    &["party", "check", "ggd", "--category", "health"],
    &["request", "show", "2026-001"],
    &["pupil", "import", "leerlingen.csv", "--dry-run"],
    &["import", "register.toml", "--dry-run"],
    &["check"],
];

/// Commands refused (exit 2), with what the error says in Dutch.
const REFUSALS: &[(&[&str], &str)] = &[
    (&["report", "year", "2030"], "is nog niet begonnen"),
    (
        &["report", "year", "abc"],
        "'abc' is geen jaartal (schrijf het als 2026)",
    ),
    (
        &["report", "year", "1800"],
        "1800 is geen jaar tussen 1900 en 2100",
    ),
    (
        &["deadlines", "--within", "abc"],
        "'abc' is geen geheel getal van 0 of meer",
    ),
    (
        &["deadlines", "--within", ""],
        "'' is geen geheel getal van 0 of meer",
    ),
    (
        &["export", "gmr", "--min-count", "0"],
        "--min-count is 1 of meer",
    ),
    (
        &["breach", "clock", "--within", "99999999999"],
        "99999999999 is te groot (hoogstens 4294967295)",
    ),
    (
        &["pupil", "import", "ontbreekt.csv"],
        "het bestand of de map bestaat niet (systeemfout 2)",
    ),
    (
        &["import", "ontbreekt.toml", "--merge"],
        "het bestand of de map bestaat niet",
    ),
    (
        &["backup", "geen-map/kopie.sqlite"],
        "het bestand of de map bestaat niet",
    ),
    (&["backup", "leerlingen.csv"], "bestaat al"),
    (
        &["import", "zonder-naam.toml", "--merge"],
        "de sleutel `name` ontbreekt",
    ),
    (
        &["import", "onbekend.toml", "--merge"],
        "onbekende sleutel `naam`; mogelijk zijn: `id`, `name`",
    ),
    (
        &["import", "soort.toml", "--merge"],
        "verkeerd soort waarde: het getal 3, verwacht een tekst",
    ),
    (
        &["import", "dubbel.toml", "--merge"],
        "deze sleutel staat er al eerder in",
    ),
    (
        &["import", "negatief.toml", "--merge"],
        "het getal -1, verwacht een geheel getal van 0 of meer",
    ),
    (
        &["import", "maand.toml", "--merge"],
        "ongeldige datum: de maand ligt tussen 01 en 12",
    ),
    (
        &["import", "scope.toml", "--merge"],
        "verwacht een categoriecode of",
    ),
    (&["supplier", "show", "nope"], "geen leverancier 'nope'"),
    (
        &["agreement", "add", "gynzy-bv", "--signed-on", "2024-13-45"],
        "is geen datum",
    ),
    (
        &["supplier", "remove", "oud-bv"],
        "geweigerd zonder terminal",
    ),
    (&["supplier", "add"], "ontbreekt"),
    (&["suplier", "list"], "onbekende opdracht"),
];

/// `args` with the two registers put in for `A` and `B`.
fn with_registers<'a>(args: &[&'a str], a: &'a str, b: &'a str) -> Vec<&'a str> {
    args.iter()
        .map(|arg| match *arg {
            "A" => a,
            "B" => b,
            other => other,
        })
        .collect()
}

#[test]
fn the_commands_of_the_help_and_their_errors_show_no_english_in_dutch() {
    let prepared = prepared_register();
    let (a, b) = files(&prepared);
    let env = &prepared.env;
    for args in ANSWERS {
        let args = with_registers(args, &a, &b);
        let out = dutch(env, &args);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "vreg {args:?}: {}",
            read(&out)
        );
        assert_no_english(&args, &read(&out));
    }
    for (args, said) in REFUSALS {
        let before = env.fingerprint();
        let out = dutch(env, args);
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(2), "vreg {args:?}: {err}");
        assert!(err.starts_with("fout: "), "vreg {args:?}: {err}");
        assert!(err.contains(said), "vreg {args:?}: {err}");
        assert_no_english(args, &err);
        assert_eq!(
            before,
            env.fingerprint(),
            "vreg {args:?} changed the register"
        );
    }
}

#[test]
fn their_json_and_csv_are_the_same_in_english_and_in_dutch() {
    let prepared = prepared_register();
    let (a, b) = files(&prepared);
    let env = &prepared.env;
    // Exit code and stdout; a detail that CSV cannot hold is refused in both.
    let run = |lang: &str, args: &[&str]| {
        let out = env
            .cmd()
            .env("LANG", format!("{lang}.UTF-8"))
            .env("COLUMNS", "80")
            .args(args)
            .output()
            .expect("run vreg");
        (out.status.code(), out.stdout)
    };
    for args in ANSWERS
        .iter()
        .filter(|args| !args.contains(&"--dry-run") && args[0] != "check")
    {
        for format in ["json", "csv"] {
            let mut args = with_registers(args, &a, &b);
            args.extend(["--format", format]);
            let english = run("en_GB", &args);
            assert!(
                format == "csv" || !english.1.is_empty(),
                "vreg {args:?} printed nothing"
            );
            assert_eq!(
                english,
                run("nl_NL", &args),
                "vreg {args:?}: Dutch differs from English"
            );
        }
    }
    // An error object keeps its kind; its message is the reader's.
    for (args, _) in REFUSALS {
        let mut args = args.to_vec();
        args.extend(["--format", "json"]);
        let error = |lang: &str| {
            let out = env
                .cmd()
                .env("LANG", lang)
                .args(&args)
                .output()
                .expect("run vreg");
            assert!(out.stdout.is_empty(), "vreg {args:?} printed on stdout");
            let object: serde_json::Value =
                serde_json::from_slice(&out.stderr).expect("one JSON object");
            object["error"]["kind"].clone()
        };
        assert_eq!(error("C"), error("nl_NL.UTF-8"), "vreg {args:?}");
    }
}

/// A locked register waits 30 seconds before it says so: that wording is a unit test
/// (`error::tests`); a damaged one is said at once.
#[test]
fn a_damaged_register_is_said_in_dutch() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy B.V."]);
    damage(&env.db);
    for args in [&["check"][..], &["supplier", "list"]] {
        let out = dutch(&env, args);
        let text = read(&out);
        assert!(text.contains("het registerbestand is beschadigd"), "{text}");
        assert_no_english(args, &text);
    }
}

/// Overwrites the pages after the first few with junk: SQLite reads the header and the schema,
/// and finds the tables damaged.
fn damage(path: &Path) {
    let mut bytes = std::fs::read(path).expect("read the register");
    let page = 4096;
    assert!(
        bytes.len() > 6 * page,
        "a register of {} bytes",
        bytes.len()
    );
    for b in &mut bytes[2 * page..] {
        *b = 0xff;
    }
    std::fs::write(path, bytes).expect("damage the register");
}

#[test]
fn audit_diff_says_todays_findings_in_dutch_and_keeps_a_saved_runs_english() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy B.V."]);
    env.ok(&["audit", "--save", "--fail-on", "never"]);
    env.ok(&["supplier", "add", "Snappet"]);
    let out = dutch(&env, &["audit", "diff"]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    // The new finding is today's: in Dutch. The one still open is today's too.
    assert!(text.contains("verwerker snappet"), "{text}");
    assert!(text.contains("verwerker gynzy-bv"), "{text}");
    assert!(!text.contains("processor"), "{text}");
    // Between two saved runs the English they were saved in stays.
    env.ok(&["audit", "--save", "--fail-on", "never"]);
    let saved =
        String::from_utf8_lossy(&dutch(&env, &["audit", "diff", "1", "2"]).stdout).to_string();
    assert!(saved.contains("processor snappet"), "{saved}");
}

#[test]
fn a_yes_or_no_at_the_terminal_is_ja_or_nee_in_dutch() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    let mut cmd = env.bare_cmd();
    cmd.args(["supplier", "remove", "gynzy"])
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LANG", "nl_NL.UTF-8");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn on a pty");
    p.exp_string("verwijderen?").unwrap();
    p.exp_string("nee").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    // "nee" is chosen to begin with: enter keeps the supplier.
    p.send("\r").unwrap();
    p.flush().unwrap();
    let (said, _) = p.exp_regex("niets verwijderd").unwrap();
    assert!(!said.contains("[y/N]") && !said.contains("yes"), "{said}");
    p.exp_eof().unwrap();
    env.ok(&["supplier", "show", "gynzy"]);
}
