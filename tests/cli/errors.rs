//! Errors as data: with `--format json` an error is one JSON object on stderr, with a kind a
//! script can act on; `--quiet` keeps notes off stderr.

use serde_json::Value;

use crate::common::{TestEnv, write};

/// Runs vreg expecting exit 2, and reads the one JSON object on stderr.
fn error(env: &TestEnv, args: &[&str]) -> Value {
    let out = env.cmd().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}: data on stdout");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    serde_json::from_str(&stderr).unwrap_or_else(|e| panic!("{e}: {stderr}"))
}

#[test]
fn every_failure_has_a_kind_a_message_and_maybe_a_hint() {
    let env = TestEnv::new();
    let e = error(&env, &["supplier", "show", "nope", "--format", "json"]);
    assert_eq!(e["error"]["kind"], "not_found");
    assert_eq!(e["error"]["message"], "no supplier 'nope'");
    assert_eq!(e["error"]["hint"], "see `vreg supplier list`");

    let e = error(
        &env,
        &["supplier", "list", "--format", "json", "--role", "boss"],
    );
    assert_eq!(e["error"]["kind"], "usage");
    assert!(
        e["error"]["message"].as_str().unwrap().contains("'boss'"),
        "{e}"
    );

    env.ok(&["supplier", "add", "Gynzy B.V."]);
    let e = error(&env, &["supplier", "add", "Gynzy BV", "--format=json"]);
    assert_eq!(e["error"]["kind"], "conflict");

    let e = error(
        &env,
        &["supplier", "add", "X", "--kvk", "123", "--format", "json"],
    );
    assert_eq!(e["error"]["kind"], "invalid");

    let missing = TestEnv::empty();
    let e = error(&missing, &["supplier", "list", "--format", "json"]);
    assert_eq!(e["error"]["kind"], "not_found");
    assert!(
        e["error"]["hint"].as_str().unwrap().contains("vreg init"),
        "{e}"
    );

    let damaged = TestEnv::empty();
    write(
        &damaged.db,
        "this is no register, just text that is long enough to be read",
    );
    let e = error(&damaged, &["supplier", "list", "--format", "json"]);
    assert_eq!(e["error"]["kind"], "damaged", "{e}");

    let e = error(
        &env,
        &["import", "/nonexistent/register.toml", "--format", "json"],
    );
    assert_eq!(e["error"]["kind"], "io", "{e}");

    // Without --format json: the one `error:` line as before.
    let err = env.refused(&["supplier", "show", "nope"]);
    assert!(err.starts_with("error: no supplier 'nope'"), "{err}");
    // Every kind has its row in the table of docs/formats.md.
    let page = std::fs::read_to_string("docs/formats.md").unwrap();
    for kind in verwerkersregister::error::KINDS {
        assert!(
            page.lines()
                .any(|l| l.starts_with(&format!("| `{kind}` |"))),
            "docs/formats.md does not list {kind}"
        );
    }
}

#[test]
fn quiet_keeps_notes_off_stderr_but_not_errors() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["supplier", "add", "Gynzy", "--quiet"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "gynzy\n");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = env
        .cmd()
        .args(["-q", "supplier", "show", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));
}

#[test]
fn whatever_is_named_and_not_there_is_not_found() {
    let env = TestEnv::new();
    env.with_agreement();
    let agreement = env.ok(&["agreement", "list", "--format", "csv"]);
    let agreement = agreement.lines().nth(1).unwrap().split(',').next().unwrap();
    for args in [
        vec!["consent", "purpose", "edit", "nope", "--name", "x"],
        vec!["consent", "list", "--purpose", "nope"],
        vec!["agreement", "subprocessor", "remove", agreement, "nope"],
        vec!["scope", "remove", agreement, "health"],
        vec![
            "audit",
            "accept",
            "--revoke",
            "convenant-none",
            "supplier:nope",
        ],
        vec!["audit", "history", "show", "99"],
    ] {
        let mut args = args;
        args.extend(["--format", "json"]);
        let e = error(&env, &args);
        assert_eq!(e["error"]["kind"], "not_found", "{args:?}: {e}");
    }
    let missing = TestEnv::empty();
    let file = missing.path("register.toml");
    write(&file, "[organisation]\nname = \"Stichting\"\n");
    let e = error(
        &missing,
        &["import", file.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(e["error"]["kind"], "not_found", "{e}");
}

#[test]
fn a_negative_count_is_refused_as_a_count_not_as_an_unknown_flag() {
    let env = TestEnv::new();
    // Before, clap took "-5" for a flag: "unexpected argument '-5' found".
    for args in [
        &["agreement", "list", "--within", "-5"][..],
        &["audit", "--horizon", "-3"],
        &["deadlines", "--within", "-1"],
        &["breach", "clock", "--within", "-2"],
        &["breach", "add", "Lost laptop", "--subjects", "-5"],
        &["breach", "edit", "2026-001", "--subjects", "-5"],
        &["agreement", "edit", "x", "--breach-hours", "-24"],
    ] {
        let err = env.refused(args);
        let value = args.last().unwrap();
        assert!(
            err.contains(&format!("'{value}' is not a whole number of 0 or more")),
            "{args:?}: {err}"
        );
    }
    // Spaces around a number are allowed, as around dates.
    env.ok(&["audit", "--horizon", " 30 ", "--fail-on", "never"]);
}

/// A global option given before the subcommand and again after it was taken silently: the
/// change was logged under one of two actors, and `--lang` kept the first where `--format`
/// kept the last.
#[test]
fn a_global_option_given_twice_is_refused_wherever_it_stands() {
    let env = TestEnv::new();
    let before = env.fingerprint();
    for args in [
        &[
            "--actor", "alice", "supplier", "add", "Mixed", "--actor", "bob",
        ][..],
        &["--format", "json", "supplier", "list", "--format=csv"],
        &["--color", "never", "supplier", "list", "--color", "always"],
    ] {
        // Said in the language and the format asked for (the first of the two).
        let err = env.refused(args);
        let flag = args[0];
        assert!(err.contains(&format!("'{flag}'")), "{args:?}: {err}");
        assert!(
            err.contains("multiple times") || err.contains("één keer"),
            "{args:?}: {err}"
        );
    }
    let out = env
        .cmd()
        .args(["--lang", "nl", "supplier", "list", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap().trim(),
        "fout: het argument '--lang' mag maar één keer worden gebruikt (zie --help)"
    );
    assert_eq!(env.fingerprint(), before);
    // `--db` names one register per board, as often as there are boards.
    env.ok(&["--db", env.db.to_str().unwrap(), "supplier", "list"]);
}
