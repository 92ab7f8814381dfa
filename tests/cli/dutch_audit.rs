//! The audit in Dutch: a Dutch reader gets Dutch words from first line to last, a script the same
//! JSON and CSV whatever the language.

use crate::help_examples::prepared_register;

/// The output of `vreg ARGS` on the prepared register in a language (`LANG`), at 100 columns.
fn audit_in(env: &crate::common::TestEnv, lang: &str, args: &[&str]) -> (String, String, i32) {
    let out = env
        .cmd()
        .env("LANG", lang)
        .env("COLUMNS", "100")
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap(),
    )
}

/// English words of the findings that the Dutch table must not hold.
const ENGLISH: &[&str] = &[
    " has no ",
    " was due ",
    " is not ",
    " without ",
    " pupil",
    "record it",
    "register the",
    " errors",
    " warnings",
    "audit of",
];

#[test]
fn a_dutch_locale_gets_a_dutch_audit_and_scripts_get_the_same_json_and_csv() {
    let prepared = prepared_register();
    let env = &prepared.env;
    let (dutch, _, code_nl) = audit_in(env, "nl_NL.UTF-8", &["audit"]);
    let (english, _, code_en) = audit_in(env, "C", &["audit"]);
    assert_eq!(code_nl, code_en, "the exit code is the same in both");
    for word in ENGLISH {
        assert!(!dutch.contains(word), "English '{word}' in:\n{dutch}");
    }
    for dutch_word in [
        "fout (",
        "waarschuwing (",
        "controle 2026-11-28: ",
        "verwerker",
        "datalek",
    ] {
        assert!(dutch.contains(dutch_word), "no '{dutch_word}' in:\n{dutch}");
    }
    assert!(english.contains("audit of 2026-11-28"), "{english}");
    assert!(english.contains(" has no "), "{english}");
    // Every finding is in the Dutch table by its code and its subject.
    let (json, _, _) = audit_in(env, "C", &["audit", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    for finding in json["findings"].as_array().unwrap() {
        let code = finding["code"].as_str().unwrap();
        assert!(dutch.contains(code), "{code} missing:\n{dutch}");
    }
    for format in ["json", "csv"] {
        let (nl, _, _) = audit_in(env, "nl_NL.UTF-8", &["audit", "--format", format]);
        let (en, _, _) = audit_in(env, "C", &["audit", "--format", format]);
        assert_eq!(nl, en, "--format {format} differs between the languages");
        let (codes_nl, _, _) =
            audit_in(env, "nl_NL.UTF-8", &["audit", "codes", "--format", format]);
        let (codes_en, _, _) = audit_in(env, "C", &["audit", "codes", "--format", format]);
        assert_eq!(codes_nl, codes_en, "audit codes --format {format}");
    }
}

#[test]
fn lang_overrides_the_locale_and_lc_all_overrides_lang() {
    let prepared = prepared_register();
    let env = &prepared.env;
    let (english, _, _) = audit_in(env, "nl_NL.UTF-8", &["--lang", "en", "audit"]);
    assert!(english.contains("audit of 2026-11-28"), "{english}");
    let (dutch, _, _) = audit_in(env, "C", &["audit", "--lang", "nl"]);
    assert!(dutch.contains("controle 2026-11-28:"), "{dutch}");
    let out = env
        .cmd()
        .env("LANG", "nl_NL.UTF-8")
        .env("LC_ALL", "C")
        .args(["audit"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("audit of 2026-11-28"));
}

#[test]
fn codes_accepting_and_saved_runs_speak_dutch_too() {
    let prepared = prepared_register();
    let env = &prepared.env;
    let (codes, _, _) = audit_in(env, "nl_NL.UTF-8", &["audit", "codes"]);
    assert!(codes.contains("een verwerker zonder geldende"), "{codes}");
    let (_, stderr, code) = audit_in(
        env,
        "nl_NL.UTF-8",
        &[
            "audit",
            "accept",
            "no-such-code",
            "supplier:x",
            "--reason",
            "r",
            "--until",
            "2027-01-01",
        ],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("fout: 'no-such-code' is geen code van een bevinding"),
        "{stderr}"
    );
    let (_, stderr, code) = audit_in(
        env,
        "nl_NL.UTF-8",
        &[
            "audit",
            "accept",
            "convenant-none",
            "supplier:cloudwerk",
            "--reason",
            "schoolkamp",
            "--until",
            "2027-07-31",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("geaccepteerd tot 2027-07-31"), "{stderr}");
    let (table, _, _) = audit_in(env, "nl_NL.UTF-8", &["audit"]);
    assert!(table.contains("geaccepteerd (1)"), "{table}");
    assert!(table.contains("; 1 geaccepteerd"), "{table}");
}
