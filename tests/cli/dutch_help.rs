//! Help and usage errors in Dutch: with a Dutch locale or `--lang nl`, and English again with
//! `--lang en`.

use crate::common::TestEnv;

/// What vreg prints to stdout and stderr for `args`, with `env` set, at 80 columns.
fn run(env: &TestEnv, vars: &[(&str, &str)], args: &[&str]) -> (String, String, Option<i32>) {
    let mut cmd = env.cmd();
    cmd.env("COLUMNS", "80");
    for (name, value) in vars {
        cmd.env(name, value);
    }
    let output = cmd.args(args).output().expect("run vreg");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

const DUTCH: &[(&str, &str)] = &[("LANG", "nl_NL.UTF-8")];

const ENGLISH_WORDS: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Global options:",
    "Print help",
    "[default:",
    "[possible values:",
    "Examples:",
    "Example:",
];

#[test]
fn a_dutch_locale_gives_dutch_help() {
    let env = TestEnv::empty();
    let (help, _, code) = run(&env, DUTCH, &["supplier", "add", "--help"]);
    assert_eq!(code, Some(0));
    for dutch in [
        "Een leverancier registreren; toont het id",
        "Gebruik: vreg supplier add [OPTIES] [NAME]",
        "Argumenten:",
        "Opties:",
        "Algemene opties:",
        "KvK-nummer (8 cijfers)",
        "Hulp tonen",
        "[standaard: table]",
        "Mogelijke waarden:",
        "Voorbeelden:",
        "  vreg supplier add \"Snappet B.V.\" --kvk 12345678",
    ] {
        assert!(help.contains(dutch), "{dutch:?} in:\n{help}");
    }
    for english in ENGLISH_WORDS {
        assert!(!help.contains(english), "{english:?} in:\n{help}");
    }
    let (short, _, _) = run(&env, &[], &["--lang", "nl", "supplier", "-h"]);
    assert!(short.contains("Opdrachten:"), "{short}");
    assert!(short.contains("[ook: toevoegen]"), "{short}");
    assert!(short.contains("Hulp tonen (meer met '--help')"), "{short}");
}

#[test]
fn lang_en_overrides_a_dutch_locale() {
    let env = TestEnv::empty();
    let (dutch_locale, _, _) = run(&env, DUTCH, &["--lang", "en", "supplier", "add", "--help"]);
    let (plain, _, _) = run(&env, &[], &["supplier", "add", "--help"]);
    assert_eq!(dutch_locale, plain);
    assert!(plain.contains("Usage: vreg supplier add [OPTIONS] [NAME]"));
}

#[test]
fn a_mistyped_command_is_told_in_dutch_with_the_suggestion() {
    let env = TestEnv::empty();
    let (_, stderr, code) = run(&env, &[], &["--lang", "nl", "suplier"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr,
        "fout: onbekende opdracht 'suplier'; bedoelt u 'supplier' (leverancier)? (zie --help)\n"
    );
    let (_, stderr, _) = run(&env, DUTCH, &["agreement", "list", "--status", "expird"]);
    assert!(
        stderr.starts_with(
            "fout: ongeldige waarde 'expird' voor '--status <STATUS>' [mogelijke waarden: "
        ),
        "{stderr}"
    );
    assert!(stderr.contains("bedoelt u 'expired'?"), "{stderr}");
    let (_, stderr, _) = run(&env, DUTCH, &["consent", "check"]);
    assert_eq!(
        stderr,
        "fout: deze verplichte argumenten ontbreken: <PUPIL>, <PURPOSE> (zie --help)\n"
    );
    // English is clap's own words, as it was.
    let (_, stderr, _) = run(&env, &[], &["suplier"]);
    assert_eq!(
        stderr,
        "error: unrecognized subcommand 'suplier'; did you mean 'supplier' (leverancier)? (see --help)\n"
    );
    // The error object of --format json says it in Dutch too; its kind stays.
    let (_, stderr, _) = run(&env, DUTCH, &["--format", "json", "suplier"]);
    let error: serde_json::Value = serde_json::from_str(&stderr).expect(&stderr);
    assert_eq!(error["error"]["kind"], "usage");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("onbekende opdracht"),
        "{stderr}"
    );
}

#[test]
fn vreg_alone_starts_in_dutch() {
    let env = TestEnv::empty();
    let (dutch, _, code) = run(&env, DUTCH, &[]);
    assert_eq!(code, Some(0));
    assert!(dutch.starts_with("vreg — het verwerkersregister van een Nederlands schoolbestuur"));
    assert!(dutch.contains("`vreg --help` noemt elke opdracht"));
    assert_eq!(run(&env, &[], &["--lang", "nl"]).0, dutch);
    let (english, _, _) = run(&env, &[], &[]);
    assert!(
        english.starts_with("vreg — the verwerkersregister of a Dutch school board. To start:")
    );
}

/// Every command path, from `vreg --help` down, by reading the Dutch help's command lists.
fn command_paths(env: &TestEnv) -> Vec<Vec<String>> {
    let mut paths = vec![Vec::new()];
    let mut found = Vec::new();
    while let Some(path) = paths.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let (help, _, _) = run(env, DUTCH, &args);
        if let Some((_, list)) = help.split_once("Opdrachten:\n") {
            for line in list.lines().take_while(|l| !l.trim().is_empty()) {
                let name = line.trim_start();
                if line.starts_with("  ") && !line.starts_with("   ") && !name.starts_with("help ")
                {
                    let name = name.split_whitespace().next().unwrap_or_default();
                    let mut sub = path.clone();
                    sub.push(name.to_string());
                    paths.push(sub);
                }
            }
        }
        found.push(path);
    }
    found
}

#[test]
fn every_command_help_in_dutch_fits_80_columns_and_has_no_english_headings() {
    let env = TestEnv::empty();
    let paths = command_paths(&env);
    assert!(paths.len() > 90, "{} commands found", paths.len());
    for path in paths {
        for flag in ["-h", "--help"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push(flag);
            let (help, stderr, code) = run(&env, DUTCH, &args);
            assert_eq!(code, Some(0), "{args:?}: {stderr}");
            for line in help.lines() {
                assert!(
                    unicode_width(line) <= 80,
                    "{args:?} has a line of {} columns:\n{line}",
                    unicode_width(line)
                );
            }
            for english in ENGLISH_WORDS {
                assert!(
                    !help.contains(english),
                    "{args:?} says {english:?}:\n{help}"
                );
            }
        }
    }
}

fn unicode_width(line: &str) -> usize {
    line.chars().count()
}
