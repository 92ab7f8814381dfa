//! The commands in Dutch: notes, errors, questions and reports follow the locale (`LANG`) or
//! `--lang nl`; what goes to stdout as JSON stays byte for byte what English gives.

use std::os::unix::fs::PermissionsExt;
use std::process::Output;

use crate::common::{TestEnv, write};

/// A pupil export with a name the export could not save (`?`), for the import's warning.
const EXPORT: &str = "Leerlingnummer;Roepnaam;Achternaam;Groep;BRIN;Geboortedatum;\
Beeldmateriaal in nieuwsbrief, schoolgids en ouderapp;photo-website\n\
1001;Sanne;Vries;5B;12AB00;01-03-2016;ja;nee\n\
1002;Mo;Amr?ni;5B;12AB00;12-11-2015;;ja\n";

/// vreg in a Dutch locale.
fn dutch(env: &TestEnv, args: &[&str]) -> Output {
    env.cmd()
        .env("LANG", "nl_NL.UTF-8")
        .args(args)
        .output()
        .expect("run vreg")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("utf-8 stderr")
}

/// A refusal in Dutch: exit 2, nothing on stdout, one `fout:` line, returned.
fn dutch_refusal(env: &TestEnv, args: &[&str]) -> String {
    let out = dutch(env, args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "vreg {args:?}: {err}");
    assert!(out.stdout.is_empty(), "vreg {args:?} printed on stdout");
    assert!(err.starts_with("fout: "), "vreg {args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "vreg {args:?}: {err}");
    err.trim_end().to_string()
}

/// Stdout of `args` with `--lang en` and with `--lang nl`, on this register (for a command
/// that reads, or writes nothing in a dry run).
fn stdout_in_both(env: &TestEnv, args: &[&str]) -> (String, String) {
    (run_in(env, "en", args), run_in(env, "nl", args))
}

/// The same for a command that writes: the second run goes to a copy of the register as it
/// was, so that both write the same thing.
fn written_in_both(env: &TestEnv, args: &[&str]) -> (String, String) {
    let copy = TestEnv::empty();
    std::fs::copy(&env.db, &copy.db).expect("copy the register");
    (run_in(env, "en", args), run_in(&copy, "nl", args))
}

fn run_in(env: &TestEnv, lang: &str, args: &[&str]) -> String {
    let out = env
        .cmd()
        .args(["--lang", lang])
        .args(args)
        .output()
        .expect("run vreg");
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "vreg --lang {lang} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 stdout")
}

#[test]
fn adding_a_supplier_says_so_in_dutch_and_prints_the_same_id() {
    let env = TestEnv::new();
    let out = dutch(&env, &["supplier", "add", "Gynzy B.V."]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout, b"gynzy-bv\n");
    assert_eq!(
        stderr(&out),
        "leverancier gynzy-bv (Gynzy B.V.) toegevoegd\n"
    );
    // What an add writes as JSON does not change with the language.
    let (en, nl) = written_in_both(
        &env,
        &["supplier", "add", "Heutink ICT", "--format", "json"],
    );
    assert!(!en.is_empty());
    assert_eq!(en, nl);
}

#[test]
fn a_missing_supplier_is_named_in_dutch_with_its_hint() {
    let env = TestEnv::new();
    assert_eq!(
        dutch_refusal(&env, &["supplier", "show", "nope"]),
        "fout: geen leverancier 'nope' (zie `vreg supplier list`)"
    );
    assert_eq!(
        dutch_refusal(&env, &["party", "show", "nope"]),
        "fout: geen externe partij 'nope' (zie `vreg party list`)"
    );
    // The JSON error keeps its kind; its message and hint are in the reader's language.
    let out = dutch(&env, &["supplier", "show", "nope", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let error: serde_json::Value = serde_json::from_str(&stderr(&out)).expect("JSON error");
    assert_eq!(
        error,
        serde_json::json!({"error": {
            "kind": "not_found",
            "message": "geen leverancier 'nope'",
            "hint": "zie `vreg supplier list`"
        }})
    );
}

#[test]
fn a_conflict_is_refused_in_dutch() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy B.V.", "--kvk", "12345678"]);
    let err = dutch_refusal(&env, &["supplier", "add", "Gynzy BV"]);
    assert_eq!(
        err,
        "fout: leverancier gynzy-bv (Gynzy B.V., KvK 12345678) lijkt dezelfde leverancier; \
         gebruik die, of voeg deze toch toe met --force"
    );
    let err = dutch_refusal(&env, &["supplier", "add", "Ander", "--id", "gynzy-bv"]);
    assert_eq!(err, "fout: er bestaat al een leverancier met id 'gynzy-bv'");
    // `--lang nl` speaks Dutch in an English locale too.
    let out = env
        .cmd()
        .args([
            "--lang", "nl", "supplier", "add", "Gynzy BV", "--format", "json",
        ])
        .output()
        .expect("run vreg");
    let error: serde_json::Value = serde_json::from_str(&stderr(&out)).expect("JSON error");
    assert_eq!(error["error"]["kind"], "conflict");
    assert!(
        error["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("lijkt dezelfde leverancier")),
        "{error}"
    );
}

#[test]
fn removing_without_yes_off_a_terminal_is_refused_in_dutch() {
    let env = TestEnv::new();
    env.with_agreement();
    assert_eq!(
        dutch_refusal(&env, &["supplier", "remove", "gynzy-bv", "--cascade"]),
        "fout: Leverancier gynzy-bv (Gynzy B.V.) en zijn verwerkersovereenkomst verwijderen?: \
         geweigerd zonder terminal; geef --yes mee"
    );
    assert_eq!(
        dutch_refusal(&env, &["supplier", "remove", "gynzy-bv"]),
        "fout: leverancier gynzy-bv heeft 1 verwerkersovereenkomst (gynzy-bv-2024), ook na het \
         einde bewaard als bewijs; een voormalige leverancier zet u buiten gebruik (`vreg \
         supplier retire gynzy-bv --on DATUM`), en alleen een die per vergissing is ingevoerd \
         verwijdert u met de overeenkomsten (--cascade)"
    );
    // The English locale keeps the English words.
    assert!(
        env.refused(&["supplier", "remove", "gynzy-bv", "--cascade"])
            .ends_with("refused without a terminal; pass --yes")
    );
}

#[test]
fn an_import_dry_run_reports_in_dutch_and_its_json_does_not_change() {
    let env = TestEnv::new();
    let file = env.path("register.toml");
    write(
        &file,
        "[[supplier]]\nid = \"gynzy-bv\"\nname = \"Gynzy B.V.\"\n\n\
         [[supplier]]\nid = \"snappet\"\nname = \"Snappet B.V.\"\n",
    );
    let file = file.to_str().unwrap();
    let out = dutch(&env, &["import", file, "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        "zou toevoegen: leverancier gynzy-bv\n\
         zou toevoegen: leverancier snappet\n\
         proefrun, er is niets geschreven: 2 toegevoegd, 0 gewijzigd, 0 ongewijzigd\n"
    );
    let (en, nl) = stdout_in_both(&env, &["import", file, "--dry-run", "--format", "json"]);
    assert!(!en.is_empty());
    assert_eq!(en, nl);
}

#[test]
fn a_pupil_import_reports_in_dutch_and_keeps_english_in_its_json() {
    let env = TestEnv::new();
    let file = env.path("export.csv");
    write(&file, EXPORT);
    let file = file.to_str().unwrap();
    let args = ["pupil", "import", file, "--on", "2026-09-01", "--dry-run"];
    let out = dutch(&env, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "vastleggen 1001 photo-internal (regel 2): toestemming op 2026-09-01 door ouder (digitaal)"
        ),
        "{err}"
    );
    assert!(
        err.contains("waarschuwing: export.csv regel 3: de naam van leerling 1002 bevat '?'"),
        "{err}"
    );
    assert!(
        err.contains("proefrun, er is niets geschreven: 2 leerlingen toegevoegd"),
        "{err}"
    );
    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let (en, nl) = stdout_in_both(&env, &json_args);
    assert_eq!(en, nl);
    let report: serde_json::Value = serde_json::from_str(&nl).expect("JSON report");
    assert_eq!(
        report["cells"][0]["reason"],
        "granted on 2026-09-01 by parent (digital)"
    );
    assert!(
        report["warnings"][0]
            .as_str()
            .is_some_and(|w| w.contains("holds '?' where a letter belongs")),
        "{report}"
    );
}

#[test]
fn check_speaks_dutch_on_a_terminal_and_english_in_json() {
    let env = TestEnv::new();
    let out = dutch(&env, &["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.starts_with("in orde: "), "{line}");
    assert!(
        line.contains("(schemaversie ")
            && line.contains(", integriteit in orde, verwijzingen in orde, modus 0600)"),
        "{line}"
    );
    // A register others can read: a warning in Dutch on stderr, in English in the JSON.
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = dutch(&env, &["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("waarschuwing: ") && err.contains("heeft modus 0644: anderen kunnen"),
        "{err}"
    );
    let (en, nl) = stdout_in_both(&env, &["check", "--format", "json"]);
    assert_eq!(en, nl);
    let report: serde_json::Value = serde_json::from_str(&nl).expect("JSON report");
    assert!(
        report["warnings"][0]
            .as_str()
            .is_some_and(|w| w.contains("others can read pupil consent data")),
        "{report}"
    );
    let (en, nl) = stdout_in_both(&env, &["check", "--format", "csv"]);
    assert_eq!(en, nl);
}

/// The notes of `consent set` about a grant's form name the form in Dutch: "mondeling", not
/// the code `verbal`.
#[test]
fn consent_set_names_the_form_in_dutch() {
    let env = TestEnv::new();
    let export = env.path("export.csv");
    write(&export, EXPORT);
    env.ok(&[
        "pupil",
        "import",
        export.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    let set = |purpose: &str| {
        let out = dutch(
            &env,
            &[
                "consent",
                "set",
                "1001",
                purpose,
                "granted",
                "--form",
                "verbal",
                "--on",
                "2026-10-01",
            ],
        );
        assert_eq!(out.status.code(), Some(0));
        stderr(&out)
    };
    // No grant that counts: the warning.
    let err = set("photo-social-media");
    assert!(
        err.contains("deze toestemming (mondeling) telt niet"),
        "{err}"
    );
    assert!(!err.contains("verbal"), "{err}");
    // Behind September's "nee" for the website nothing counts either; the same words.
    let err = set("photo-website");
    assert!(err.contains("(mondeling) telt niet"), "{err}");
}
