//! The rules of the register in Dutch: a Dutch locale (or `--lang nl`) gets validation errors,
//! consent and party reasons and breach clocks in Dutch, while JSON and CSV on stdout stay
//! byte for byte what an English run prints.

use std::process::Output;

use crate::common::{TestEnv, write};

/// A register with a supplier, pupils 1 (born 2016) and 2 (born 2010-03-15), a verbal grant for
/// pupil 1 on `photo-website` (which does not count), a written refusal for pupil 2 on
/// `photo-internal`, and the GGD on a public task.
fn env() -> TestEnv {
    let env = TestEnv::new();
    env.with_agreement();
    let file = env.path("pupils.csv");
    write(
        &file,
        "leerlingnummer;naam;groep;geboortedatum\n1;Anna;3A;2016-05-01\n2;Bram;8B;2010-03-15\n",
    );
    env.ok(&["pupil", "import", file.to_str().unwrap()]);
    env.ok(&[
        "consent",
        "set",
        "1",
        "photo-website",
        "granted",
        "--form",
        "verbal",
    ]);
    env.ok(&[
        "consent",
        "set",
        "2",
        "photo-internal",
        "refused",
        "--by",
        "pupil",
        "--form",
        "written",
    ]);
    env.ok(&[
        "party",
        "add",
        "GGD",
        "--kind",
        "care",
        "--basis",
        "public-task",
        "--law",
        "Wet publieke gezondheid",
        "--category",
        "name",
        "--category",
        "health",
    ]);
    env
}

/// vreg with a Dutch locale in the environment.
fn dutch(env: &TestEnv, args: &[&str]) -> Output {
    env.cmd()
        .env("LANG", "nl_NL.UTF-8")
        .args(args)
        .output()
        .expect("run vreg")
}

/// vreg with `--lang LANG` before the command.
fn with_lang(env: &TestEnv, lang: &str, args: &[&str]) -> Output {
    env.cmd()
        .args(["--lang", lang])
        .args(args)
        .output()
        .expect("run vreg")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("utf-8 stderr")
}

/// The stdout and exit code of `args` in JSON and in CSV are the same in English, with
/// `--lang nl` and with a Dutch locale; returns the JSON.
fn same_data_in_both_languages(env: &TestEnv, args: &[&str]) -> String {
    let mut json = String::new();
    for format in ["json", "csv"] {
        let mut all = args.to_vec();
        all.extend(["--format", format]);
        let english = env.cmd().args(&all).output().unwrap();
        let forced = with_lang(env, "en", &all);
        let nl = with_lang(env, "nl", &all);
        let locale = dutch(env, &all);
        assert!(!english.stdout.is_empty(), "{all:?} printed nothing");
        for other in [&forced, &nl, &locale] {
            assert_eq!(
                stdout(&english),
                stdout(other),
                "{all:?}: stdout differs between the languages"
            );
            assert_eq!(english.status.code(), other.status.code(), "{all:?}");
        }
        if format == "json" {
            json = stdout(&english);
        }
    }
    json
}

#[test]
fn a_bad_date_is_refused_in_dutch() {
    let env = TestEnv::new();
    env.with_agreement();
    let args = ["agreement", "add", "gynzy-bv", "--signed-on", "2026-13-01"];
    let out = dutch(&env, &args);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("'2026-13-01' is geen datum (gebruik YYYY-MM-DD of DD-MM-YYYY)"),
        "{err}"
    );
    // English without a locale, as before.
    assert!(
        env.fails(&args)
            .contains("'2026-13-01' is not a date (use YYYY-MM-DD or DD-MM-YYYY)")
    );
    // A date outside 1900..=2100, and a breach time.
    let err = stderr(&dutch(
        &env,
        &["agreement", "add", "gynzy-bv", "--signed-on", "1899-12-31"],
    ));
    assert!(err.contains("is geen datum tussen 1900 en 2100"), "{err}");
    let err = stderr(&dutch(
        &env,
        &["breach", "add", "Laptop kwijt", "--discovered", "gisteren"],
    ));
    assert!(err.contains("'gisteren' is geen tijdstip"), "{err}");
}

#[test]
fn an_end_before_the_start_is_refused_in_dutch_and_changes_nothing() {
    let env = TestEnv::new();
    env.with_agreement();
    let args = [
        "agreement",
        "add",
        "gynzy-bv",
        "--signed-on",
        "2025-05-01",
        "--expires-on",
        "2025-04-30",
    ];
    let before = env.fingerprint();
    for out in [dutch(&env, &args), with_lang(&env, "nl", &args)] {
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let err = stderr(&out);
        assert_eq!(
            err.trim_end(),
            "fout: verwerkersovereenkomst gynzy-bv-2025: expires_on 2025-04-30 ligt vóór signed_on 2025-05-01"
        );
    }
    assert_eq!(before, env.fingerprint());
    assert_eq!(
        env.refused(&args),
        "error: agreement gynzy-bv-2025: expires_on 2025-04-30 is before signed_on 2025-05-01"
    );
    // The JSON error object on stderr says it in the reader's language; its kind stays.
    let mut json = args.to_vec();
    json.extend(["--format", "json"]);
    let out = dutch(&env, &json);
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(error["error"]["kind"], "invalid");
    assert_eq!(
        error["error"]["message"],
        "verwerkersovereenkomst gynzy-bv-2025: expires_on 2025-04-30 ligt vóór signed_on 2025-05-01"
    );
}

#[test]
fn consent_check_gives_its_reason_in_dutch_and_the_same_json() {
    let env = env();
    let out = dutch(&env, &["consent", "check", "1", "photo-website"]);
    assert_eq!(out.status.code(), Some(1));
    let said = stdout(&out);
    assert!(
        said.contains(
            "voor photo-website is op 2026-11-28 toestemming gegeven door ouder (mondeling), maar dit doel vraagt een uitdrukkelijke verklaring, schriftelijk of digitaal"
        ),
        "{said}"
    );
    let out = with_lang(&env, "nl", &["consent", "check", "1", "photo-internal"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains(
            "geen beslissing vastgelegd voor photo-internal: zonder beslissing is er geen toestemming"
        ),
        "{}",
        stdout(&out)
    );
    let out = dutch(&env, &["consent", "check", "2", "photo-internal"]);
    assert!(
        stdout(&out).contains(
            "photo-internal: geen toestemming, geweigerd op 2026-11-28 door leerling (schriftelijk)"
        ),
        "{}",
        stdout(&out)
    );
    // Scripts read the same bytes whatever the language.
    let json = same_data_in_both_languages(&env, &["consent", "check", "1", "photo-website"]);
    let answer: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(answer["allowed"], false);
    assert_eq!(
        answer["reason"],
        "photo-website was granted on 2026-11-28 by parent (verbal), but this purpose needs an express statement, written or digital"
    );
    same_data_in_both_languages(&env, &["consent", "check", "2", "photo-internal"]);
    same_data_in_both_languages(&env, &["consent", "check", "2", "photo-website"]);
}

#[test]
fn consent_lists_and_details_keep_english_reasons_in_json_and_csv() {
    let env = env();
    same_data_in_both_languages(&env, &["consent", "list", "--purpose", "photo-website"]);
    let json = stdout(&with_lang(
        &env,
        "nl",
        &["consent", "show", "1", "--format", "json"],
    ));
    assert_eq!(
        json,
        stdout(&with_lang(
            &env,
            "en",
            &["consent", "show", "1", "--format", "json"]
        ))
    );
    assert!(json.contains("but this purpose needs an express statement"));
    // A table speaks Dutch.
    let table = stdout(&dutch(
        &env,
        &["consent", "list", "--purpose", "photo-website", "--wide"],
    ));
    assert!(table.contains("geen beslissing vastgelegd"), "{table}");
    let shown = stdout(&dutch(&env, &["consent", "show", "1"]));
    // The reason names the purpose once, and who and how in Dutch.
    assert!(
        shown.contains(
            "\nvoor photo-website is op 2026-11-28 toestemming gegeven door ouder (mondeling)"
        ),
        "{shown}"
    );
    assert!(
        !shown.contains("photo-website: voor photo-website"),
        "{shown}"
    );
}

#[test]
fn party_check_gives_its_reason_in_dutch_and_the_same_json() {
    let env = env();
    let out = dutch(&env, &["party", "check", "ggd", "--category", "bsn"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains(
            "het BSN mag alleen naar een partij die wettelijk verplicht is het te ontvangen (UAVG art. 46); ggd deelt op grondslag algemeen belang / publieke taak"
        ),
        "{}",
        stdout(&out)
    );
    let out = with_lang(&env, "nl", &["party", "check", "ggd", "--category", "name"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains(
            "grondslag algemeen belang / publieke taak (Wet publieke gezondheid); de gevraagde categorieën zijn toegestaan"
        ),
        "{}",
        stdout(&out)
    );
    for categories in [&["--category", "bsn"][..], &["--category", "name"], &[]] {
        let mut args = vec!["party", "check", "ggd"];
        args.extend(categories);
        same_data_in_both_languages(&env, &args);
    }
    // A party on consent gives the pupil's consent as its reason.
    env.ok(&[
        "party",
        "add",
        "Logopedie Zuid",
        "--id",
        "logopedie",
        "--kind",
        "care",
        "--basis",
        "consent",
        "--category",
        "name",
    ]);
    let args = ["party", "check", "logopedie", "--pupil", "1"];
    let out = dutch(&env, &args);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains(
            "grondslag toestemming: leerling 1: geen beslissing vastgelegd voor party-logopedie"
        ),
        "{}",
        stdout(&out)
    );
    let json = same_data_in_both_languages(&env, &args);
    assert!(
        json.contains("basis consent: pupil 1: no decision recorded for party-logopedie"),
        "{json}"
    );
}

#[test]
fn breach_clocks_are_dutch_in_a_table_and_english_in_json() {
    let env = env();
    let now = "2026-10-23 18:00";
    env.cmd()
        .env("VREG_NOW", now)
        .args([
            "breach",
            "add",
            "Laptop kwijt",
            "--discovered",
            "2026-10-23 16:00",
        ])
        .assert()
        .success();
    let run = |lang: &str, args: &[&str]| {
        env.cmd()
            .env("VREG_NOW", now)
            .args(["--lang", lang])
            .args(args)
            .output()
            .unwrap()
    };
    let table = stdout(&run("nl", &["breach", "clock"]));
    assert!(
        table.contains("2026-001 Laptop kwijt: AP: uiterlijk 26-10-2026 15:00 (nog 70 uur)"),
        "{table}"
    );
    let shown = stdout(&run("nl", &["breach", "show", "2026-001"]));
    assert!(
        shown.contains("AP: uiterlijk 26-10-2026 15:00 (nog 70 uur)"),
        "{shown}"
    );
    for format in ["json", "csv"] {
        let args = ["breach", "clock", "--format", format];
        let english = run("en", &args);
        let nl = run("nl", &args);
        assert_eq!(stdout(&english), stdout(&nl), "{format}");
        assert_eq!(english.status.code(), nl.status.code());
        assert!(stdout(&english).contains("AP: due 2026-10-26 15:00 (70 h left)"));
    }
}

#[test]
fn files_and_register_files_are_refused_in_dutch() {
    let env = TestEnv::new();
    let file = env.path("pupils.csv");
    write(
        &file,
        "leerlingnummer;naam;photo-internal\n1;Anna;ja\n2;Bram;wellicht\n",
    );
    let out = dutch(&env, &["pupil", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("regel 3, kolom 3 (photo-internal): 'wellicht' is geen antwoord op een toestemmingsvraag"),
        "{err}"
    );
    let toml = env.path("register.toml");
    write(&toml, "[[supplier]]\nname = \"Gynzy\"\nrole = \"boss\"\n");
    let err = stderr(&dutch(&env, &["import", toml.to_str().unwrap()]));
    assert!(
        err.contains("rol 'boss' is onbekend (kies uit: processor, controller, joint-controller)"),
        "{err}"
    );
    assert!(env.fails(&["import", toml.to_str().unwrap()]).contains(
        "unknown role 'boss' (expected one of: processor, controller, joint-controller)"
    ));
    write(
        &toml,
        "[[supplier]]\nname = \"Gynzy\"\n\n[[supplier]]\nid = \"gynzy\"\nname = \"Gynzy Plus\"\n",
    );
    let err = stderr(&dutch(&env, &["import", toml.to_str().unwrap()]));
    assert!(
        err.contains("leverancier met id 'gynzy' komt twee keer voor"),
        "{err}"
    );
    write(&toml, "[[supplier]]\nname = \"Gynzy\"\nkvk = \"1234\"\n");
    let err = stderr(&dutch(&env, &["import", toml.to_str().unwrap()]));
    assert!(err.contains("KvK-nummer '1234' is geen 8 cijfers"), "{err}");
}

#[test]
fn a_text_with_a_control_character_is_refused_in_dutch() {
    let env = TestEnv::new();
    let err = stderr(&dutch(&env, &["supplier", "add", "Gynzy\u{1b}[8m B.V."]));
    assert!(
        err.contains("in de naam staat het stuurteken U+001B"),
        "{err}"
    );
}
