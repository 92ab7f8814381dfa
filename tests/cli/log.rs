use serde_json::json;

use crate::common::TestEnv;

#[test]
fn every_change_is_logged_with_actor_and_detail() {
    let env = TestEnv::new();
    env.with_agreement();
    env.ok(&[
        "supplier",
        "edit",
        "gynzy-bv",
        "--website",
        "https://gynzy.example",
    ]);
    env.ok(&["scope", "set", "gynzy-bv-2024", "eck-id"]);
    env.ok(&["agreement", "end", "gynzy-bv-2024", "--on", "2026-12-31"]);
    let log = env.json(&["log"]);
    let actions: Vec<_> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} {}:{}",
                e["action"].as_str().unwrap(),
                e["entity_kind"].as_str().unwrap(),
                e["entity_id"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            "init register:register",
            "add supplier:gynzy-bv",
            "add agreement:gynzy-bv-2024",
            "edit supplier:gynzy-bv",
            "scope-set agreement:gynzy-bv-2024",
            "end agreement:gynzy-bv-2024",
        ]
    );
    let edit = &log[3];
    assert_eq!(edit["actor"], "tester");
    assert_eq!(
        edit["detail"],
        json!({"website": {"from": null, "to": "https://gynzy.example"}})
    );
    assert!(edit["at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(
        log[4]["detail"],
        json!({"added": ["eck-id"], "removed": [], "changed": [], "scope": ["eck-id"]})
    );
}

#[test]
fn the_actor_comes_from_the_flag_or_the_environment() {
    let env = TestEnv::new();
    env.ok(&["--actor", "fg@stichting.example", "supplier", "add", "A"]);
    env.ok(&["supplier", "add", "B"]);
    let log = env.json(&["log", "--entity", "supplier:a"]);
    assert_eq!(log.as_array().unwrap().len(), 1);
    assert_eq!(log[0]["actor"], "fg@stichting.example");
    assert_eq!(
        env.json(&["log", "--entity", "supplier:b"])[0]["actor"],
        "tester"
    );
}

#[test]
fn failed_and_unchanged_commands_log_nothing() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "A", "--kvk", "12345678"]);
    env.fails(&["supplier", "edit", "a", "--kvk", "1"]);
    env.ok(&["supplier", "edit", "a", "--kvk", "12345678"]);
    assert_eq!(
        env.json(&["log", "--entity", "supplier:a"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn since_and_entity_filter_and_csv_has_the_contract_headers() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "A"]);
    assert_eq!(env.json(&["log", "--since", "2099-01-01"]), json!([]));
    assert_eq!(
        env.json(&["log", "--since", "2000-01-01"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(env.json(&["log", "--entity", "supplier:nope"]), json!([]));
    assert!(
        env.refused(&["log", "--entity", "supplier"])
            .contains("is not KIND:ID")
    );
    let csv = env.ok(&["log", "--format", "csv"]);
    assert!(csv.starts_with("at,actor,action,entity_kind,entity_id,detail\r\n"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = TestEnv::new();
    for i in 0..200 {
        env.ok(&["supplier", "add", &format!("Supplier {i}")]);
    }
    let out = env.with_closed_stdout(&["log", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_misspelled_kind_is_an_error_not_an_empty_history() {
    let env = TestEnv::new();
    assert!(
        env.refused(&["log", "--entity", "supllier:x"])
            .contains("unknown entity kind 'supllier'")
    );
}

#[test]
fn an_id_that_cannot_be_written_is_not_kept() {
    let env = TestEnv::new();
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
    let Ok(full) = full else { return };
    let out = env
        .std_cmd()
        .args(["supplier", "add", "X", "--id", "ftt"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    env.fails(&["supplier", "show", "ftt"]);
}

/// A pinned moment pins the change log and saved audit runs too: a reproducible run records the
/// moment it runs at (before, the log said the wall clock while the command judged the pin).
#[test]
fn a_pinned_moment_is_the_moment_the_log_and_saved_audits_record() {
    let env = TestEnv::new();
    let pinned = |args: &[&str]| {
        env.cmd()
            .env("VREG_NOW", "2026-03-01 10:00")
            .args(args)
            .assert()
            .success();
    };
    pinned(&["supplier", "add", "Gynzy"]);
    pinned(&["audit", "--save", "--fail-on", "never"]);
    // 10:00 Dutch winter time is 09:00 UTC.
    let log = env.json(&["log", "--entity", "supplier:gynzy"]);
    assert_eq!(log[0]["at"], "2026-03-01T09:00:00Z", "{log}");
    let runs = env.json(&["audit", "history"]);
    assert_eq!(runs[0]["at"], "2026-03-01T09:00:00Z", "{runs}");
}
