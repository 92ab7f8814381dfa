//! The breach register: Dutch times, the clocks at their edges, the audit rules, the file format.

use serde_json::Value;

use crate::common::{TestEnv, write};

/// A register with Gynzy and its agreement `gynzy-bv-2024`, which gives it 24 hours to report.
fn env() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy B.V."]);
    env.ok(&[
        "agreement",
        "add",
        "gynzy-bv",
        "--signed-on",
        "2024-03-01",
        "--breach-hours",
        "24",
    ]);
    env
}

fn output(env: &TestEnv, now: &str, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("VREG_NOW", now)
        .args(args)
        .output()
        .expect("run vreg")
}

/// Runs vreg at `now` (Dutch time); asserts exit 0 and returns stdout.
fn ok(env: &TestEnv, now: &str, args: &[&str]) -> String {
    let out = output(env, now, args);
    assert!(
        out.status.success(),
        "vreg {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn code(env: &TestEnv, now: &str, args: &[&str]) -> Option<i32> {
    output(env, now, args).status.code()
}

/// The JSON a command prints, whatever its exit code (`breach clock` exits 1 on a pressing
/// deadline).
fn json_of(env: &TestEnv, now: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_slice(&output(env, now, &all).stdout).expect("JSON")
}

fn json(env: &TestEnv, now: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&ok(env, now, &all)).expect("JSON")
}

/// Asserts exit 2 with one `error:` line, nothing on stdout and the register unchanged.
fn refused(env: &TestEnv, now: &str, args: &[&str]) -> String {
    let before = env.fingerprint();
    let out = output(env, now, args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "vreg {args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "vreg {args:?} printed on stdout");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(
        before,
        env.fingerprint(),
        "vreg {args:?} changed the register"
    );
    stderr
}

/// The breach findings of an audit at `now` (today is pinned to 2026-11-28 by the test env).
/// `vreg breach notify ID TO --at AT` and the flags that follow.
fn notify<'a>(id: &'a str, to: &'a str, at: &'a str, rest: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["breach", "notify", id, to, "--at", at];
    args.extend_from_slice(rest);
    args
}

fn breach_codes(env: &TestEnv, now: &str, as_of: &str) -> Vec<String> {
    let out = output(
        env,
        now,
        &[
            "audit",
            "--as-of",
            as_of,
            "--fail-on",
            "never",
            "--format",
            "json",
        ],
    );
    assert!(out.status.success());
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["subject_kind"] == "breach")
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

const LATER: &str = "2026-11-28 12:00";

/// A breach at Gynzy under its agreement (24 hours to report), discovered then; its id.
fn add_at_gynzy(env: &TestEnv, discovered: &str) -> String {
    ok(
        env,
        LATER,
        &[
            "breach",
            "add",
            "Lek bij Gynzy",
            "--discovered",
            discovered,
            "--supplier",
            "gynzy-bv",
            "--agreement",
            "gynzy-bv-2024",
        ],
    )
    .trim()
    .to_string()
}

/// The scenario of the issue: discovered on the Friday before the clocks go back, the supplier
/// reports after 30 hours on a 24-hour agreement, assessed as reportable, reported after `hours`.
fn scenario(hours_to_ap: &str) -> TestEnv {
    let env = env();
    let id = ok(
        &env,
        "2026-10-23 16:30",
        &[
            "breach",
            "add",
            "Phishing bij leverancier",
            "--discovered",
            "2026-10-23 16:00",
            "--supplier",
            "gynzy-bv",
            "--category",
            "name",
            "--category",
            "results",
            "--subjects",
            "120",
            "--kind",
            "confidentiality",
        ],
    );
    assert_eq!(id, "2026-001\n");
    ok(
        &env,
        "2026-10-24 22:30",
        &[
            "breach",
            "supplier-reported",
            "2026-001",
            "--at",
            "2026-10-24 22:00",
        ],
    );
    ok(
        &env,
        "2026-10-24 23:00",
        &[
            "breach",
            "assess",
            "2026-001",
            "--risk",
            "risk",
            "--reason",
            "namen en resultaten",
        ],
    );
    ok(
        &env,
        LATER,
        &notify("2026-001", "ap", hours_to_ap, &["--ref", "M-1"]),
    );
    env
}

#[test]
fn done_when_reported_after_71_hours() {
    // Friday 16:00 summer time + 71 h = Monday 14:00 winter time.
    let env = scenario("2026-10-26 14:00");
    let b = json(&env, LATER, &["breach", "show", "2026-001"]);
    assert_eq!(b["ap_due"], "2026-10-26T15:00:00+01:00");
    assert_eq!(b["discovered_at"], "2026-10-23T16:00:00+02:00");
    assert_eq!(b["ap_reported_at"], "2026-10-26T14:00:00+01:00");
    assert_eq!(b["supplier_reported_at"], "2026-10-24T22:00:00+02:00");
    assert_eq!(b["agreement"], "gynzy-bv-2024");
    assert_eq!(b["ap_status"], "met");
    let codes = breach_codes(&env, LATER, "2026-11-28");
    assert!(
        codes.contains(&"breach-processor-late".to_string()),
        "{codes:?}"
    );
    assert!(!codes.contains(&"breach-ap-late".to_string()), "{codes:?}");
    let shown = ok(&env, LATER, &["breach", "show", "2026-001"]);
    assert!(
        shown.contains("AP: due 2026-10-26 15:00 (done 2026-10-26 14:00, on time)"),
        "{shown}"
    );
    assert!(
        shown.contains("processor: due 2026-10-24 16:00 (done 2026-10-24 22:00, 6 h late)"),
        "{shown}"
    );
}

#[test]
fn done_when_reported_after_73_hours() {
    let env = scenario("2026-10-26 16:00");
    let b = json(&env, LATER, &["breach", "show", "2026-001"]);
    assert_eq!(b["ap_due"], "2026-10-26T15:00:00+01:00");
    assert_eq!(b["ap_status"], "late");
    let codes = breach_codes(&env, LATER, "2026-11-28");
    assert!(codes.contains(&"breach-ap-late".to_string()), "{codes:?}");
    assert!(
        codes.contains(&"breach-processor-late".to_string()),
        "{codes:?}"
    );
    // An error: the audit fails by default.
    assert_eq!(code(&env, LATER, &["audit"]), Some(1));
}

fn add_plain(env: &TestEnv, now: &str, discovered: &str) -> String {
    ok(
        env,
        now,
        &["breach", "add", "Laptop kwijt", "--discovered", discovered],
    )
    .trim()
    .to_string()
}

#[test]
fn the_audit_of_an_earlier_day_judges_only_what_was_done_by_then() {
    let env = env();
    let id = add_plain(&env, LATER, "2026-10-23 16:00");
    ok(
        &env,
        LATER,
        &[
            "breach",
            "assess",
            &id,
            "--risk",
            "risk",
            "--reason",
            "adressen",
            "--at",
            "2026-10-24 09:00",
        ],
    );
    ok(
        &env,
        LATER,
        &notify(&id, "ap", "2026-10-26 15:30", &["--ref", "M-1"]),
    );
    // At the end of 25 October the 72 hours (26 October 15:00) had not passed: no finding of
    // lateness for a report made the next day.
    assert_eq!(breach_codes(&env, LATER, "2026-10-25"), ["breach-open"]);
    assert_eq!(
        breach_codes(&env, LATER, "2026-10-26"),
        ["breach-ap-late", "breach-open"]
    );
    // A decision taken later is not yet known on an earlier day.
    let later = add_plain(&env, LATER, "2026-11-20 10:00");
    ok(
        &env,
        LATER,
        &[
            "breach",
            "assess",
            &later,
            "--risk",
            "none",
            "--reason",
            "versleuteld",
            "--at",
            "2026-11-25 10:00",
        ],
    );
    let codes = breach_codes(&env, LATER, "2026-11-22");
    assert!(codes.contains(&"breach-undecided".to_string()), "{codes:?}");
    let codes = breach_codes(&env, LATER, "2026-11-23");
    assert!(codes.contains(&"breach-ap-late".to_string()), "{codes:?}");
}

#[test]
fn a_breach_closed_before_anyone_decided_keeps_its_ap_clock() {
    let env = env();
    // At the supplier, whose report has not come: of a closed breach only the AP clock runs.
    let id = add_at_gynzy(&env, "2026-11-28 10:00");
    assert_eq!(
        json_of(&env, LATER, &["breach", "clock"])
            .as_array()
            .unwrap()
            .len(),
        2,
        "the AP's and the processor's clock, while open"
    );
    ok(
        &env,
        LATER,
        &["breach", "close", &id, "--measures", "gewist"],
    );
    let clocks = json_of(&env, LATER, &["breach", "clock"]);
    let kinds: Vec<&str> = clocks
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clock"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["ap"], "{clocks}");
    let deadlines = json_of(&env, LATER, &["deadlines"]);
    assert!(
        deadlines
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["subject_id"] == id.as_str()),
        "{deadlines}"
    );
    assert_eq!(
        breach_codes(&env, LATER, "2026-11-28"),
        ["breach-undecided"]
    );
    // Decided: nothing left.
    ok(
        &env,
        LATER,
        &[
            "breach",
            "assess",
            &id,
            "--risk",
            "none",
            "--reason",
            "versleuteld",
        ],
    );
    assert_eq!(
        json_of(&env, LATER, &["breach", "clock"]),
        serde_json::json!([])
    );
}

#[test]
fn show_says_what_is_left() {
    let env = env();
    add_plain(&env, "2026-10-23 16:10", "2026-10-23 16:00");
    let shown = ok(&env, "2026-10-23 18:00", &["datalek", "show", "2026-001"]);
    assert!(
        shown.contains("AP: due 2026-10-26 15:00 (70 h left)"),
        "{shown}"
    );
    let shown = ok(&env, "2026-10-26 18:00", &["breach", "show", "2026-001"]);
    assert!(
        shown.contains("AP: due 2026-10-26 15:00 (3 h late)"),
        "{shown}"
    );
    let csv = ok(
        &env,
        "2026-10-23 18:00",
        &["breach", "show", "2026-001", "--format", "csv"],
    );
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("id,title,discovered_at,"));
    assert!(lines.next().unwrap().contains("2026-10-23T16:00:00+02:00"));
}

#[test]
fn exactly_72_hours_is_in_time_and_a_minute_more_is_late() {
    let env = env();
    add_plain(&env, "2026-10-23 16:00", "2026-10-23 16:00");
    ok(
        &env,
        "2026-10-24 10:00",
        &[
            "breach", "assess", "2026-001", "--risk", "risk", "--reason", "r",
        ],
    );
    // Not reported: at the deadline itself it still runs; a minute later it is overdue.
    let at_due = json(&env, "2026-10-26 15:00", &["breach", "show", "2026-001"]);
    assert_eq!(at_due["ap_status"], "running");
    assert_eq!(at_due["clocks"][0]["minutes_left"], 0);
    assert!(
        !breach_codes(&env, "2026-10-26 15:00", "2026-11-28").contains(&"breach-ap-late".into())
    );
    let after = json(&env, "2026-10-26 15:01", &["breach", "show", "2026-001"]);
    assert_eq!(after["ap_status"], "overdue");
    assert_eq!(after["clocks"][0]["minutes_left"], -1);
    assert!(
        breach_codes(&env, "2026-10-26 15:01", "2026-11-28").contains(&"breach-ap-late".into())
    );
    // Reported at exactly 72 elapsed hours: on time.
    ok(
        &env,
        LATER,
        &notify("2026-001", "ap", "2026-10-26 15:00", &["--ref", "M"]),
    );
    assert_eq!(
        json(&env, LATER, &["breach", "show", "2026-001"])["ap_status"],
        "met"
    );
    assert!(!breach_codes(&env, LATER, "2026-11-28").contains(&"breach-ap-late".into()));
    // A second notice at another moment does not quietly move the first: refused, and
    // changed only as a correction.
    let err = refused(
        &env,
        LATER,
        &notify("2026-001", "ap", "2026-10-26 15:01", &["--ref", "M"]),
    );
    assert!(err.contains("--correct"), "{err}");
    ok(
        &env,
        LATER,
        &notify(
            "2026-001",
            "ap",
            "2026-10-26 15:01",
            &["--ref", "M", "--correct"],
        ),
    );
    let log = json(&env, LATER, &["log", "--entity", "breach:2026-001"]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "notify-correct"
                && e["detail"]["from"] == "2026-10-26T15:00:00+01:00"),
        "{log}"
    );
    assert_eq!(
        json(&env, LATER, &["breach", "show", "2026-001"])["ap_status"],
        "late"
    );
    assert!(breach_codes(&env, LATER, "2026-11-28").contains(&"breach-ap-late".into()));
}

#[test]
fn seventy_two_hours_across_both_clock_changes() {
    let env = env();
    // Spring: the clocks go forward on 29 March 2026, so 72 hours end at 17:00.
    add_plain(&env, "2026-03-27 16:00", "2026-03-27 16:00");
    let spring = json(&env, LATER, &["breach", "show", "2026-001"]);
    assert_eq!(spring["discovered_at"], "2026-03-27T16:00:00+01:00");
    assert_eq!(spring["ap_due"], "2026-03-30T17:00:00+02:00");
    // Autumn: they go back on 25 October 2026, so 72 hours end at 15:00.
    add_plain(&env, "2026-10-23 16:00", "23-10-2026 16:00");
    let autumn = json(&env, LATER, &["breach", "show", "2026-002"]);
    assert_eq!(autumn["ap_due"], "2026-10-26T15:00:00+01:00");
    // The hour that happens twice needs its offset; the hour that never happens is refused.
    let err = refused(
        &env,
        LATER,
        &["breach", "add", "x", "--discovered", "2026-10-25 02:30"],
    );
    assert!(err.contains("+02:00") && err.contains("+01:00"), "{err}");
    add_plain(&env, LATER, "2026-10-25T02:30+01:00");
    assert_eq!(
        json(&env, LATER, &["breach", "show", "2026-003"])["ap_due"],
        "2026-10-28T02:30:00+01:00"
    );
    let err = refused(
        &env,
        LATER,
        &["breach", "add", "x", "--discovered", "2026-03-29 02:30"],
    );
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn clock_exits_1_when_a_deadline_is_passed_or_within_24_hours() {
    let env = env();
    assert_eq!(code(&env, LATER, &["breach", "clock"]), Some(0));
    add_plain(&env, "2026-10-23 16:00", "2026-10-23 16:00");
    // Due Monday 15:00: exactly 24 hours before, nothing presses; a minute later it does.
    let out = output(&env, "2026-10-25 15:00", &["breach", "clock"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("2026-001 Laptop kwijt: AP: due 2026-10-26 15:00 (24 h left)")
    );
    assert_eq!(
        code(&env, "2026-10-25 15:01", &["breach", "clock"]),
        Some(1)
    );
    assert_eq!(
        code(
            &env,
            "2026-10-25 15:01",
            &["breach", "clock", "--within", "12"]
        ),
        Some(0)
    );
    assert_eq!(
        code(&env, "2026-10-27 09:00", &["breach", "clock"]),
        Some(1)
    );
    let rows = json_of(&env, "2026-10-27 09:00", &["breach", "clock"]);
    assert_eq!(rows[0]["breach"], "2026-001");
    assert_eq!(rows[0]["clock"], "ap");
    assert_eq!(rows[0]["status"], "overdue");
    assert_eq!(rows[0]["due"], "2026-10-26T15:00:00+01:00");
    assert_eq!(rows[0]["pressing"], true);
    // No risk stops the AP clock.
    ok(
        &env,
        "2026-10-24 09:00",
        &[
            "breach",
            "assess",
            "2026-001",
            "--risk",
            "none",
            "--reason",
            "versleuteld",
        ],
    );
    assert_eq!(
        code(&env, "2026-10-27 09:00", &["breach", "clock"]),
        Some(0)
    );
    assert_eq!(
        json(&env, "2026-10-27 09:00", &["breach", "clock"]),
        serde_json::json!([])
    );
    // High risk: the people affected must be told now.
    ok(
        &env,
        "2026-10-24 10:00",
        &[
            "breach", "assess", "2026-001", "--risk", "high", "--reason", "r",
        ],
    );
    ok(
        &env,
        "2026-10-24 11:00",
        &notify("2026-001", "ap", "2026-10-24 11:00", &["--ref", "M"]),
    );
    let rows = json_of(&env, "2026-10-24 12:00", &["breach", "clock"]);
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    assert_eq!(rows[0]["clock"], "subjects");
    assert_eq!(
        code(&env, "2026-10-24 12:00", &["breach", "clock"]),
        Some(1)
    );
    ok(
        &env,
        "2026-10-24 13:00",
        &notify(
            "2026-001",
            "subjects",
            "2026-10-24 13:00",
            &["--how", "brief via Parro"],
        ),
    );
    assert_eq!(
        code(&env, "2026-10-24 14:00", &["breach", "clock"]),
        Some(0)
    );
    // A breach closed before anyone decided whether to report it keeps its AP clock; decided
    // and closed, it has no open deadlines.
    add_plain(&env, "2026-10-24 14:00", "2026-10-24 14:00");
    assert_eq!(
        code(&env, "2026-10-27 14:00", &["breach", "clock"]),
        Some(1)
    );
    ok(
        &env,
        "2026-10-27 14:00",
        &["breach", "close", "2026-002", "--measures", "gevonden"],
    );
    assert_eq!(
        code(&env, "2026-10-27 14:00", &["breach", "clock"]),
        Some(1)
    );
    ok(
        &env,
        "2026-10-27 14:00",
        &[
            "breach",
            "assess",
            "2026-002",
            "--risk",
            "none",
            "--reason",
            "teruggevonden",
        ],
    );
    assert_eq!(
        code(&env, "2026-10-27 14:00", &["breach", "clock"]),
        Some(0)
    );
}

#[test]
fn ids_are_numbered_per_calendar_year_of_discovery() {
    let env = env();
    assert_eq!(
        add_plain(&env, "2027-01-02 12:00", "2026-12-31 23:30"),
        "2026-001"
    );
    assert_eq!(
        add_plain(&env, "2027-01-02 12:00", "2026-05-01 09:00"),
        "2026-002"
    );
    assert_eq!(
        add_plain(&env, "2027-01-02 12:00", "2027-01-01 00:30"),
        "2027-001"
    );
    assert_eq!(
        add_plain(&env, "2027-01-02 12:00", "2027-01-02 08:00"),
        "2027-002"
    );
    let ids: Vec<Value> = json(
        &env,
        "2027-01-02 12:00",
        &["breach", "list", "--year", "2026"],
    )
    .as_array()
    .unwrap()
    .iter()
    .map(|b| b["id"].clone())
    .collect();
    assert_eq!(ids, ["2026-001", "2026-002"]);
    ok(
        &env,
        "2027-01-02 12:00",
        &["breach", "close", "2027-001", "--measures", "m"],
    );
    let open: Vec<Value> = json(
        &env,
        "2027-01-02 12:00",
        &["breach", "list", "--open", "--year", "2027"],
    )
    .as_array()
    .unwrap()
    .iter()
    .map(|b| b["id"].clone())
    .collect();
    assert_eq!(open, ["2027-002"]);
    let csv = ok(
        &env,
        "2027-01-02 12:00",
        &["breach", "list", "--format", "csv"],
    );
    assert_eq!(csv.lines().count(), 5);
    assert!(
        csv.contains("2027-001,Laptop kwijt,2027-01-01T00:30:00+01:00"),
        "{csv}"
    );
}

#[test]
fn the_audit_rules() {
    let env = env();
    // Open and not assessed, within its 72 hours: undecided and open.
    add_plain(&env, "2026-11-27 10:00", "2026-11-27 09:00");
    assert_eq!(
        breach_codes(&env, LATER, "2026-11-28"),
        ["breach-undecided", "breach-open"]
    );
    // The day before its 72 hours end it is still undecided; past them, late and no longer
    // merely undecided.
    assert_eq!(
        breach_codes(&env, "2026-12-01 10:00", "2026-11-29"),
        ["breach-undecided", "breach-open"],
        "an audit as of another day than today judges the end of that day"
    );
    let past = output(
        &env,
        "2026-11-30 10:00",
        &[
            "audit",
            "--as-of",
            "2026-11-30",
            "--fail-on",
            "never",
            "--format",
            "json",
        ],
    );
    assert!(past.status.success());
    // Today is pinned to 2026-11-28, so as-of 2026-11-30 is judged at its end.
    let report: Value = serde_json::from_slice(&past.stdout).unwrap();
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["subject_kind"] == "breach")
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["breach-ap-late", "breach-open"]);
    // High risk: the people must be told.
    ok(
        &env,
        LATER,
        &[
            "breach",
            "assess",
            "2026-001",
            "--risk",
            "high",
            "--reason",
            "gezondheidsgegevens",
        ],
    );
    ok(
        &env,
        LATER,
        &notify("2026-001", "ap", "2026-11-28 11:00", &["--ref", "M-9"]),
    );
    assert_eq!(
        breach_codes(&env, LATER, "2026-11-28"),
        ["breach-subjects-unnotified", "breach-open"]
    );
    ok(
        &env,
        LATER,
        &notify(
            "2026-001",
            "subjects",
            "2026-11-28 11:30",
            &["--how", "brief"],
        ),
    );
    assert_eq!(breach_codes(&env, LATER, "2026-11-28"), ["breach-open"]);
    ok(
        &env,
        LATER,
        &[
            "breach",
            "close",
            "2026-001",
            "--measures",
            "toegang ingetrokken",
        ],
    );
    assert_eq!(
        breach_codes(&env, LATER, "2026-11-28"),
        Vec::<String>::new()
    );
    // A supplier within its agreement's hours is no finding; later is.
    ok(
        &env,
        LATER,
        &[
            "breach",
            "add",
            "Lek",
            "--discovered",
            "2026-11-27 08:00",
            "--agreement",
            "gynzy-bv-2024",
        ],
    );
    ok(
        &env,
        LATER,
        &[
            "breach",
            "supplier-reported",
            "2026-002",
            "--at",
            "2026-11-28 08:00",
        ],
    );
    assert_eq!(
        breach_codes(&env, LATER, "2026-11-28"),
        ["breach-undecided", "breach-open"]
    );
    ok(
        &env,
        LATER,
        &[
            "breach",
            "supplier-reported",
            "2026-002",
            "--at",
            "2026-11-28 08:01",
        ],
    );
    assert_eq!(
        breach_codes(&env, LATER, "2026-11-28"),
        ["breach-processor-late", "breach-undecided", "breach-open"]
    );
    // A breach discovered after the day audited is not judged.
    assert_eq!(
        breach_codes(&env, LATER, "2026-11-26"),
        Vec::<String>::new()
    );
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let env = env();
    env.ok(&["supplier", "add", "Ander B.V."]);
    add_plain(&env, "2026-10-23 17:00", "2026-10-23 16:00");
    let now = "2026-10-24 12:00";
    for (args, says) in [
        (
            vec!["breach", "add", "x", "--discovered", "2026-10-25 16:00"],
            "future",
        ),
        (
            vec!["breach", "add", "x", "--discovered", "gisteren"],
            "is not a time",
        ),
        (
            vec!["breach", "add", "", "--discovered", "2026-10-23 16:00"],
            "title",
        ),
        (
            vec![
                "breach",
                "add",
                "x",
                "--discovered",
                "2026-10-23 16:00",
                "--supplier",
                "nobody",
            ],
            "no supplier 'nobody'",
        ),
        (
            vec![
                "breach",
                "add",
                "x",
                "--discovered",
                "2026-10-23 16:00",
                "--supplier",
                "ander-bv",
                "--agreement",
                "gynzy-bv-2024",
            ],
            "belongs to supplier gynzy-bv",
        ),
        (
            vec![
                "breach",
                "add",
                "x",
                "--discovered",
                "2026-10-23 16:00",
                "--started",
                "2026-10-23 17:00",
            ],
            "after it was discovered",
        ),
        (
            vec![
                "breach",
                "add",
                "x",
                "--discovered",
                "2026-10-23 16:00",
                "--school",
                "12A",
            ],
            "BRIN",
        ),
        (
            vec![
                "breach",
                "add",
                "x",
                "--discovered",
                "2026-10-23 16:00",
                "--kind",
                "leak",
            ],
            "leak",
        ),
        (
            vec![
                "breach",
                "add",
                "x",
                "--discovered",
                "2026-10-23 16:00",
                "--subjects",
                "-3",
            ],
            "-3",
        ),
        (vec!["breach", "show", "2026-099"], "no breach '2026-099'"),
        (
            vec![
                "breach", "assess", "2026-001", "--risk", "maybe", "--reason", "r",
            ],
            "maybe",
        ),
        (
            vec![
                "breach", "assess", "2026-001", "--risk", "risk", "--reason", " ",
            ],
            "reason",
        ),
        (
            vec![
                "breach",
                "notify",
                "2026-001",
                "ap",
                "--at",
                "2026-10-24 10:00",
            ],
            "--ref",
        ),
        (
            vec![
                "breach",
                "notify",
                "2026-001",
                "subjects",
                "--at",
                "2026-10-24 10:00",
            ],
            "--how",
        ),
        (
            vec![
                "breach",
                "notify",
                "2026-001",
                "ap",
                "--at",
                "2026-10-23 15:00",
                "--ref",
                "M",
            ],
            "before the breach was discovered",
        ),
        (
            vec![
                "breach",
                "notify",
                "2026-001",
                "ap",
                "--at",
                "2026-10-24 13:00",
                "--ref",
                "M",
            ],
            "future",
        ),
        (
            vec![
                "breach",
                "notify",
                "2026-001",
                "pers",
                "--at",
                "2026-10-24 10:00",
            ],
            "pers",
        ),
        (
            vec![
                "breach",
                "supplier-reported",
                "2026-001",
                "--at",
                "2026-10-24 10:00",
            ],
            "names no supplier",
        ),
        (
            vec!["breach", "close", "2026-001", "--measures", ""],
            "measures",
        ),
        (
            vec![
                "breach",
                "edit",
                "2026-001",
                "--discovered",
                "2025-12-31 10:00",
            ],
            "numbered in 2026",
        ),
        (
            vec!["breach", "edit", "2026-001", "--subjects", "veel"],
            "veel",
        ),
        (
            vec!["breach", "edit", "2026-001", "--category", "geheim"],
            "geheim",
        ),
        (vec!["breach", "clock", "--within", "x"], "x"),
    ] {
        let err = refused(&env, now, &args);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    ok(
        &env,
        now,
        &["breach", "close", "2026-001", "--measures", "m"],
    );
    let err = refused(
        &env,
        now,
        &["breach", "close", "2026-001", "--measures", "m"],
    );
    assert!(err.contains("was closed"), "{err}");
    // A bad pinned clock is an error too, never a panic.
    let err = refused(&env, "soon", &["breach", "clock"]);
    assert!(err.contains("VREG_NOW"), "{err}");
}

#[test]
fn edit_changes_what_it_names_and_logs_it() {
    let env = env();
    let now = "2026-10-24 12:00";
    ok(
        &env,
        now,
        &[
            "breach",
            "add",
            "Lek",
            "--discovered",
            "2026-10-23 16:00",
            "--school",
            "12ab",
            "--category",
            "name",
        ],
    );
    ok(
        &env,
        now,
        &[
            "breach",
            "edit",
            "2026-001",
            "--title",
            "Lek in ouderportaal",
            "--ended",
            "2026-10-23 18:30",
            "--started",
            "2026-10-23 09:00",
            "--subjects",
            "40",
            "--kind",
            "confidentiality",
            "--kind",
            "integrity",
            "--school",
            "12AB00",
            "--school",
            "34CD",
            "--category",
            "",
            "--supplier",
            "gynzy-bv",
            "--description",
            "verkeerde rechten",
            "--consequences",
            "inzage door andere ouders",
        ],
    );
    let b = json(&env, now, &["breach", "show", "2026-001"]);
    assert_eq!(b["title"], "Lek in ouderportaal");
    assert_eq!(b["started_at"], "2026-10-23T09:00:00+02:00");
    assert_eq!(b["ended_at"], "2026-10-23T18:30:00+02:00");
    assert_eq!(b["subjects"], 40);
    assert_eq!(
        b["kinds"],
        serde_json::json!(["confidentiality", "integrity"])
    );
    assert_eq!(b["schools"], serde_json::json!(["12AB00", "34CD"]));
    assert_eq!(b["categories"], serde_json::json!([]));
    assert_eq!(b["supplier"], "gynzy-bv");
    assert_eq!(b["agreement"], "gynzy-bv-2024");
    ok(
        &env,
        now,
        &[
            "breach",
            "edit",
            "2026-001",
            "--agreement",
            "",
            "--subjects",
            "",
            "--ended",
            "",
        ],
    );
    let b = json(&env, now, &["breach", "show", "2026-001"]);
    assert_eq!(
        (b["supplier"].clone(), b["agreement"].clone()),
        ("gynzy-bv".into(), Value::Null)
    );
    assert_eq!(
        (b["subjects"].clone(), b["ended_at"].clone()),
        (Value::Null, Value::Null)
    );
    // Nothing to change writes nothing.
    let before = env.fingerprint();
    ok(
        &env,
        now,
        &[
            "breach",
            "edit",
            "2026-001",
            "--title",
            "Lek in ouderportaal",
        ],
    );
    assert_eq!(before, env.fingerprint());
    ok(
        &env,
        now,
        &[
            "breach",
            "supplier-reported",
            "2026-001",
            "--at",
            "2026-10-24 09:00",
        ],
    );
    ok(
        &env,
        now,
        &[
            "breach",
            "assess",
            "2026-001",
            "--risk",
            "risk",
            "--reason",
            "r",
            "--at",
            "2026-10-24 10:00",
        ],
    );
    ok(
        &env,
        now,
        &notify("2026-001", "ap", "2026-10-24 11:00", &["--ref", "M-1"]),
    );
    ok(
        &env,
        now,
        &notify(
            "2026-001",
            "inspectie",
            "2026-10-24 11:30",
            &["--ref", "INS-7"],
        ),
    );
    ok(
        &env,
        now,
        &[
            "breach",
            "close",
            "2026-001",
            "--measures",
            "rechten hersteld",
            "--on",
            "2026-10-24 11:45",
        ],
    );
    let b = json(&env, now, &["breach", "show", "2026-001"]);
    assert_eq!(b["inspectie_reference"], "INS-7");
    assert_eq!(b["closed_at"], "2026-10-24T11:45:00+02:00");
    assert_eq!(b["status"], "closed");
    let actions: Vec<String> = env
        .json(&["log", "--entity", "breach:2026-001"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        actions,
        [
            "add",
            "edit",
            "edit",
            "supplier-reported",
            "assess",
            "notify",
            "notify",
            "close"
        ]
    );
    // Reopening is an edit.
    ok(&env, now, &["breach", "edit", "2026-001", "--closed", ""]);
    assert_eq!(
        json(&env, now, &["breach", "show", "2026-001"])["status"],
        "open"
    );
}

#[test]
fn a_supplier_that_sat_on_a_breach_is_late_by_its_own_awareness() {
    let env = env();
    let id = add_at_gynzy(&env, "2026-10-20 10:00");
    // Told the board at once, but by its own report it knew since 1 October.
    ok(
        &env,
        LATER,
        &[
            "breach",
            "supplier-reported",
            &id,
            "--at",
            "2026-10-20 10:00",
            "--aware-at",
            "2026-10-01 09:00",
        ],
    );
    let codes = breach_codes(&env, LATER, "2026-11-28");
    assert!(
        codes.contains(&"breach-processor-late".to_string()),
        "{codes:?}"
    );
    let shown = ok(&env, LATER, &["breach", "show", &id]);
    assert!(shown.contains("processor: due 2026-10-02 09:00"), "{shown}");
    let json = json(&env, LATER, &["breach", "show", &id]);
    assert_eq!(json["supplier_aware_at"], "2026-10-01T09:00:00+02:00");
    // It travels in the register file.
    let toml = ok(&env, LATER, &["export", "toml"]);
    assert!(
        toml.contains("supplier_aware_at = 2026-10-01T09:00:00+02:00"),
        "{toml}"
    );
    // Aware after it reported: refused, nothing changed.
    let err = refused(
        &env,
        LATER,
        &[
            "breach",
            "supplier-reported",
            &id,
            "--at",
            "2026-10-20 10:00",
            "--aware-at",
            "2026-10-21 09:00",
        ],
    );
    assert!(err.contains("after it reported"), "{err}");
}

#[test]
fn a_late_report_with_the_reasons_for_the_delay_is_a_warning() {
    let env = scenario("2026-10-27 09:00");
    assert!(breach_codes(&env, LATER, "2026-11-28").contains(&"breach-ap-late".to_string()));
    // The reasons, given with the report (again, now with them).
    ok(
        &env,
        LATER,
        &notify(
            "2026-001",
            "ap",
            "2026-10-27 09:00",
            &[
                "--ref",
                "M-1",
                "--delay-reason",
                "de leverancier meldde pas na 30 uur",
            ],
        ),
    );
    let codes = breach_codes(&env, LATER, "2026-11-28");
    assert!(
        codes.contains(&"breach-ap-late-explained".to_string()),
        "{codes:?}"
    );
    assert!(!codes.contains(&"breach-ap-late".to_string()), "{codes:?}");
    // The reasons added to the same notice later need not repeat its reference.
    ok(
        &env,
        LATER,
        &notify(
            "2026-001",
            "ap",
            "2026-10-27 09:00",
            &["--delay-reason", "de leverancier meldde pas na 30 uur"],
        ),
    );
    // Another reference at the same moment is a correction: refused without --correct, which
    // keeps the reasons.
    let err = refused(
        &env,
        LATER,
        &notify("2026-001", "ap", "2026-10-27 09:00", &["--ref", "M-2"]),
    );
    assert!(err.contains("recorded with \"M-1\""), "{err}");
    ok(
        &env,
        LATER,
        &notify(
            "2026-001",
            "ap",
            "2026-10-27 09:00",
            &["--ref", "M-2", "--correct"],
        ),
    );
    // The log says what the notice stands at: the reasons kept, not `null`.
    let log = json(&env, LATER, &["log", "--entity", "breach:2026-001"]);
    let last = log.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "notify-correct", "{last}");
    assert_eq!(
        last["detail"]["delay_reason"], "de leverancier meldde pas na 30 uur",
        "{last}"
    );
    // The Inspectie told at the same moment again without a reference keeps the one it had.
    ok(
        &env,
        LATER,
        &notify(
            "2026-001",
            "inspectie",
            "2026-10-27 11:00",
            &["--ref", "I-1"],
        ),
    );
    ok(
        &env,
        LATER,
        &notify("2026-001", "inspectie", "2026-10-27 11:00", &[]),
    );
    assert_eq!(
        json(&env, LATER, &["breach", "show", "2026-001"])["inspectie_reference"],
        "I-1"
    );
    let codes = breach_codes(&env, LATER, "2026-11-28");
    assert!(
        codes.contains(&"breach-ap-late-explained".to_string()),
        "{codes:?}"
    );
    // Reasons for a report within the 72 hours are no reasons for a delay.
    let err = refused(
        &env,
        LATER,
        &notify(
            "2026-001",
            "ap",
            "2026-10-26 14:00",
            &["--ref", "M-2", "--delay-reason", "x", "--correct"],
        ),
    );
    assert!(err.contains("there is no delay"), "{err}");
    let shown = json(&env, LATER, &["breach", "show", "2026-001"]);
    assert_eq!(
        shown["ap_delay_reason"],
        "de leverancier meldde pas na 30 uur"
    );
    let toml = ok(&env, LATER, &["export", "toml"]);
    assert!(
        toml.contains("ap_delay_reason = \"de leverancier meldde pas na 30 uur\""),
        "{toml}"
    );
    // Only with a report to the AP.
    let err = refused(
        &env,
        LATER,
        &notify(
            "2026-001",
            "subjects",
            "2026-10-27 10:00",
            &["--how", "brief", "--delay-reason", "x"],
        ),
    );
    assert!(err.contains("--delay-reason is for `notify ap`"), "{err}");
}

#[test]
fn breaches_round_trip_through_export_and_import() {
    let env = scenario("2026-10-26 14:00");
    ok(
        &env,
        LATER,
        &[
            "breach",
            "add",
            "Zoekgeraakte map",
            "--discovered",
            "2026-03-27 16:00",
            "--school",
            "12AB",
            "--description",
            "papieren dossier",
        ],
    );
    let first = ok(&env, LATER, &["export", "toml"]);
    assert!(first.contains("[[breach]]"), "{first}");
    assert!(
        first.contains("discovered_at = 2026-10-23T16:00:00+02:00"),
        "{first}"
    );
    assert!(
        first.contains("ap_reported_at = 2026-10-26T14:00:00+01:00"),
        "{first}"
    );
    let file = env.path("register.toml");
    write(&file, &first);
    let other = TestEnv::empty();
    ok(
        &other,
        LATER,
        &["import", file.to_str().unwrap(), "--create"],
    );
    assert_eq!(ok(&other, LATER, &["export", "toml"]), first);
    // Importing again changes nothing.
    let before = other.fingerprint();
    ok(&other, LATER, &["import", file.to_str().unwrap()]);
    assert_eq!(before, other.fingerprint());
    let exported = json(&other, LATER, &["export", "json"]);
    assert_eq!(
        exported["breach"][0]["discovered_at"],
        "2026-10-23T16:00:00+02:00"
    );
    assert_eq!(exported["breach"][0]["risk"], "risk");
    assert_eq!(
        breach_codes(&other, LATER, "2026-11-28"),
        breach_codes(&env, LATER, "2026-11-28")
    );
    // Local times in the file are Dutch time; changes are logged.
    write(
        &file,
        first.replace("title = \"Zoekgeraakte map\"", "title = \"Map kwijt\""),
    );
    ok(&other, LATER, &["import", file.to_str().unwrap()]);
    assert_eq!(
        json(&other, LATER, &["breach", "show", "2026-002"])["title"],
        "Map kwijt"
    );
    let log = other.json(&["log", "--entity", "breach:2026-002"]);
    assert_eq!(
        log.as_array().unwrap().last().unwrap()["action"],
        "import-edit"
    );
}

#[test]
fn bad_breaches_in_a_register_file_are_refused_with_their_line() {
    let env = env();
    for (body, says) in [
        (
            "id = \"2026-001\"\ntitle = \"x\"\ndiscovered_at = 2026-10-23T16:00:00+02:00\nsupplier = \"nobody\"\n",
            "supplier 'nobody'",
        ),
        (
            "id = \"2026-001\"\ntitle = \"x\"\ndiscovered_at = 2025-10-23T16:00:00+02:00\n",
            "year",
        ),
        (
            "id = \"26-1\"\ntitle = \"x\"\ndiscovered_at = 2026-10-23T16:00:00+02:00\n",
            "breach id",
        ),
        (
            "id = \"2026-001\"\ntitle = \"x\"\ndiscovered_at = \"2026-10-25 02:30\"\n",
            "twice",
        ),
        (
            "id = \"2026-001\"\ntitle = \"x\"\ndiscovered_at = 2026-10-23T16:00:00+02:00\nrisk = \"high\"\n",
            "reason",
        ),
        (
            "id = \"2026-001\"\ntitle = \"x\"\ndiscovered_at = 2027-10-23T16:00:00+02:00\n",
            "year",
        ),
        (
            "id = \"2026-001\"\ntitle = \"x\"\ndiscovered_at = 2026-12-23T16:00:00+01:00\n",
            "future",
        ),
        (
            "id = \"2026-001\"\ntitle = \"x\"\ndiscovered_at = 2026-10-23T16:00:00+02:00\npupil = \"1001\"\n",
            "pupil",
        ),
    ] {
        let file = env.path("bad.toml");
        write(&file, format!("# a register\n\n[[breach]]\n{body}"));
        let err = refused(&env, LATER, &["import", file.to_str().unwrap()]);
        assert!(err.contains("bad.toml:"), "{err}");
        assert!(err.contains(says), "{body}: {err}");
    }
}

#[test]
fn the_gmr_gets_counts_per_year_and_no_details() {
    let env = scenario("2026-10-26 16:00");
    ok(
        &env,
        LATER,
        &[
            "breach",
            "add",
            "Geheim-Xylofoon",
            "--discovered",
            "2025-02-03 10:00",
        ],
    );
    ok(
        &env,
        LATER,
        &[
            "breach",
            "assess",
            "2025-001",
            "--risk",
            "none",
            "--reason",
            "versleuteld",
        ],
    );
    ok(
        &env,
        LATER,
        &["breach", "close", "2025-001", "--measures", "m"],
    );
    ok(&env, LATER, &["export", "gmr", "--out-dir", "gmr"]);
    let bytes = std::fs::read(env.path("gmr/datalekken.csv")).unwrap();
    let text =
        std::str::from_utf8(bytes.strip_prefix("\u{feff}".as_bytes()).expect("BOM")).unwrap();
    assert_eq!(
        text,
        "Jaar;Datalekken;Gemeld bij de AP;Niet gemeld;Te laat gemeld (na 72 uur);Betrokkenen geïnformeerd;Nog open;Bestuur;Peildatum\r\n\
         2025;1;0;1;0;0;0;;28-11-2026\r\n\
         2026;1;1;0;1;0;1;;28-11-2026\r\n"
    );
    for file in [
        "verwerkersregister.csv",
        "externe-partijen.csv",
        "toestemmingen.csv",
    ] {
        assert!(env.path("gmr").join(file).exists(), "{file}");
    }
    for dir_entry in std::fs::read_dir(env.path("gmr")).unwrap() {
        let content = std::fs::read_to_string(dir_entry.unwrap().path()).unwrap();
        assert!(
            !content.contains("Xylofoon"),
            "a breach's title reached the GMR"
        );
    }
}

#[test]
fn a_supplier_named_in_a_breach_stays() {
    let env = env();
    ok(
        &env,
        LATER,
        &[
            "breach",
            "add",
            "Lek",
            "--discovered",
            "2026-11-27 10:00",
            "--supplier",
            "gynzy-bv",
        ],
    );
    let err = refused(
        &env,
        LATER,
        &["supplier", "remove", "gynzy-bv", "--cascade", "--yes"],
    );
    assert!(err.contains("2026-001"), "{err}");
}

#[test]
fn the_help_keeps_pupils_out() {
    let env = env();
    let help = env.ok(&["breach", "add", "--help"]);
    assert!(
        help.contains("never their names or leerlingnummers"),
        "{help}"
    );
    let help = env.ok(&["datalek", "clock", "--help"]);
    assert!(help.contains("crontab"), "{help}");
}

/// The kinds of `deadlines` about breaches at `now`, with their state, and the exit code.
fn breach_deadlines(env: &TestEnv, now: &str) -> (Vec<(String, String)>, Option<i32>) {
    let out = output(env, now, &["deadlines", "--format", "json"]);
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["subject_kind"] == "breach")
        .map(|d| {
            (
                d["kind"].as_str().unwrap().to_string(),
                d["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (kinds, out.status.code())
}

/// A high-risk breach closed before it was reported: `deadlines` and `breach clock` said
/// nothing more ("no deadlines", exit 0) while the audit erred, and `close` said nothing.
#[test]
fn closing_a_breach_ends_none_of_the_board_s_duties() {
    let env = TestEnv::new();
    let id = add_plain(&env, "2026-11-02 12:00", "2026-11-01 10:00");
    ok(
        &env,
        "2026-11-02 12:00",
        &["breach", "assess", &id, "--risk", "high", "--reason", "r"],
    );
    let out = output(
        &env,
        "2026-11-02 12:00",
        &["breach", "close", &id, "--measures", "m"],
    );
    assert!(out.status.success());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains(
            "still to do (`vreg deadlines` keeps it): report it to the AP by 2026-11-04 10:00"
        ),
        "{said}"
    );
    assert!(said.contains("tell the people affected"), "{said}");
    let later = "2026-11-10 12:00";
    let (kinds, code) = breach_deadlines(&env, later);
    assert_eq!(
        kinds,
        [
            ("breach-ap".to_string(), "overdue".to_string()),
            ("breach-subjects".to_string(), "overdue".to_string()),
        ]
    );
    assert_eq!(code, Some(1));
    assert_eq!(code_of_clock(&env, later), Some(1));
    assert_eq!(
        breach_codes(&env, later, "2026-11-10"),
        ["breach-ap-late", "breach-subjects-unnotified"]
    );
}

fn code_of_clock(env: &TestEnv, now: &str) -> Option<i32> {
    output(env, now, &["breach", "clock"]).status.code()
}

/// Telling the people affected was re-dated to the day of the list every day: never passed,
/// and `deadlines || mail` never spoke up, while the audit erred and `breach clock` exited 1.
#[test]
fn telling_the_people_affected_has_passed_72_hours_after_the_high_risk_was_established() {
    let env = TestEnv::new();
    let id = add_plain(&env, "2026-11-01 12:00", "2026-11-01 10:00");
    ok(
        &env,
        "2026-11-01 12:00",
        &[
            "breach",
            "assess",
            &id,
            "--risk",
            "high",
            "--reason",
            "r",
            "--at",
            "2026-11-01 12:00",
        ],
    );
    ok(
        &env,
        "2026-11-02 10:00",
        &notify(&id, "ap", "2026-11-02 10:00", &["--ref", "M1"]),
    );
    let (kinds, code) = breach_deadlines(&env, "2026-11-01 23:00");
    assert_eq!(kinds, [("breach-subjects".to_string(), "due".to_string())]);
    assert_eq!(code, Some(0));
    let (kinds, code) = breach_deadlines(&env, "2026-11-10 12:00");
    assert_eq!(
        kinds,
        [("breach-subjects".to_string(), "overdue".to_string())]
    );
    assert_eq!(code, Some(1));
    let list = json_of(&env, "2026-11-10 12:00", &["deadlines"]);
    assert_eq!(list[0]["due_on"], "2026-11-04", "{list}");
    assert_eq!(list[0]["due_at"], "2026-11-04T12:00:00+01:00", "{list}");
    // The command that settles it says how the people were told, which the notice needs.
    assert!(
        list[0]["command"]
            .as_str()
            .unwrap()
            .ends_with("subjects --at TIME --how TEXT"),
        "{list}"
    );
    assert_eq!(list[0]["undated"], false, "{list}");
    // Assessed again after the people were told: the note asks for nothing more.
    let out = output(
        &env,
        "2026-11-10 12:00",
        &notify(&id, "subjects", "2026-11-10 11:00", &["--how", "brief"]),
    );
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("subjects told on 2026-11-10 11:00"), "{said}");
    let out = output(
        &env,
        "2026-11-10 12:00",
        &["breach", "assess", &id, "--risk", "high", "--reason", "r2"],
    );
    let said = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        said.trim(),
        format!("breach {id}: high risk; what the law asks at this risk is recorded")
    );
}

/// The people affected by a high-risk breach told three weeks after the risk was established
/// were "on time", and assessing the same risk again moved the day it was established.
#[test]
fn telling_the_people_affected_weeks_later_is_late_and_stays_so() {
    let env = TestEnv::new();
    let id = add_plain(&env, "2026-10-23 17:00", "2026-10-23 16:00");
    let assess = |now: &str, reason: &str| {
        ok(
            &env,
            now,
            &[
                "breach", "assess", &id, "--risk", "high", "--reason", reason,
            ],
        )
    };
    // Nothing to correct before a first assessment.
    let err = refused(
        &env,
        "2026-10-24 08:00",
        &[
            "breach",
            "assess",
            &id,
            "--risk",
            "high",
            "--reason",
            "r",
            "--correct",
        ],
    );
    assert!(err.contains("leave out --correct"), "{err}");
    assess("2026-10-24 09:00", "r");
    ok(
        &env,
        "2026-10-24 10:00",
        &notify(&id, "ap", "2026-10-24 10:00", &["--ref", "M-1"]),
    );
    // A better reason three weeks on: the high risk still dates from 24 October.
    assess("2026-11-13 09:00", "r2");
    ok(
        &env,
        "2026-11-13 10:00",
        &notify(&id, "subjects", "2026-11-13 10:00", &["--how", "brief"]),
    );
    let shown = ok(&env, "2026-11-20 12:00", &["breach", "show", &id]);
    assert!(
        shown.contains("people affected: due 2026-10-27 08:00 (done 2026-11-13 10:00, 410 h late)"),
        "{shown}"
    );
    let clocks = json(&env, "2026-11-20 12:00", &["breach", "show", &id])["clocks"].clone();
    let subjects = clocks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["clock"] == "subjects")
        .unwrap_or_else(|| panic!("{clocks}"));
    assert_eq!(subjects["status"], "late", "{clocks}");
    assert_eq!(
        breach_codes(&env, "2026-11-20 12:00", "2026-11-20"),
        ["breach-subjects-late", "breach-open"]
    );
    // Nor does the same risk given another moment: that is a correction, and says so.
    let err = refused(
        &env,
        "2026-11-20 12:00",
        &[
            "breach",
            "assess",
            &id,
            "--risk",
            "high",
            "--reason",
            "r3",
            "--at",
            "2026-11-13 09:00",
        ],
    );
    assert!(err.contains("--correct"), "{err}");
    let dutch = ok(
        &env,
        "2026-11-20 12:00",
        &["--lang", "nl", "breach", "show", &id],
    );
    assert!(
        dutch.contains(
            "Betrokkenen: uiterlijk 27-10-2026 08:00 (gedaan op 13-11-2026 10:00, 410 uur te laat)"
        ),
        "{dutch}"
    );
}

/// A supplier past its agreement's hours without any report got no audit finding, though
/// `deadlines` showed its clock passed; only a late report counted.
#[test]
fn a_supplier_silent_past_its_hours_is_a_finding() {
    let env = env();
    let id = add_at_gynzy(&env, "2026-11-01 10:00");
    ok(
        &env,
        LATER,
        &["breach", "assess", &id, "--risk", "none", "--reason", "r"],
    );
    // Judged at the end of a day: not on the day of discovery, from the next.
    let codes = breach_codes(&env, LATER, "2026-11-01");
    assert!(
        !codes.contains(&"breach-processor-late".to_string()),
        "{codes:?}"
    );
    let codes = breach_codes(&env, LATER, "2026-11-02");
    assert!(
        codes.contains(&"breach-processor-late".to_string()),
        "{codes:?}"
    );
    let out = output(
        &env,
        LATER,
        &["audit", "--fail-on", "never", "--format", "json"],
    );
    let audit: Value = serde_json::from_slice(&out.stdout).unwrap();
    let finding = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "breach-processor-late")
        .unwrap()
        .clone();
    assert_eq!(
        finding["message"],
        format!(
            "supplier gynzy-bv has not reported breach {id}, due by the 24 hours of agreement \
             gynzy-bv-2024 on 2026-11-02 10:00"
        )
    );
    // Closed, the wait ends, as the supplier's clock does.
    ok(&env, LATER, &["breach", "close", &id, "--measures", "m"]);
    assert_eq!(
        breach_codes(&env, LATER, "2026-11-28"),
        Vec::<String>::new()
    );
}

/// Leaked results judged a risk are owed to the Inspectie too: the audit warned, while
/// `close` said nothing was left.
#[test]
fn closing_a_breach_of_results_names_the_inspectie_still_to_be_told() {
    let env = TestEnv::new();
    let now = "2026-11-02 12:00";
    let id = ok(
        &env,
        now,
        &[
            "breach",
            "add",
            "Toetsuitslagen gelekt",
            "--discovered",
            "2026-11-01 10:00",
            "--category",
            "results",
        ],
    )
    .trim()
    .to_string();
    ok(
        &env,
        now,
        &["breach", "assess", &id, "--risk", "risk", "--reason", "r"],
    );
    let said = |args: &[&str]| {
        let out = output(&env, now, args);
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    let closed = said(&["breach", "close", &id, "--measures", "m"]);
    assert!(
        closed.contains("tell the Inspectie van het Onderwijs about the leaked results"),
        "{closed}"
    );
}

/// Art. 33(5) asks for the kinds of people affected beside their number: pupils, parents,
/// staff. Kept as codes (Dutch labels in a Dutch table), replaced or cleared by `edit`, and
/// carried by the register file.
#[test]
fn a_breach_records_which_people_were_affected() {
    let env = TestEnv::new();
    let id = env
        .ok(&[
            "breach",
            "add",
            "Cijferlijst gemaild",
            "--discovered",
            "2026-11-02 09:00",
            "--subjects",
            "31",
            "--subject-kind",
            "pupils",
            "--subject-kind",
            "ouders",
            "--subject-kind",
            "pupils",
        ])
        .trim()
        .to_string();
    let shown = env.json(&["breach", "show", &id]);
    assert_eq!(
        shown["subject_kinds"],
        serde_json::json!(["pupils", "parents"])
    );
    let dutch = env.ok(&["--lang", "nl", "breach", "show", &id]);
    assert!(
        dutch.contains("leerlingen; ouders en verzorgers"),
        "{dutch}"
    );
    let toml = env.ok(&["export", "toml"]);
    assert!(
        toml.contains("subject_kinds = [\"pupils\", \"parents\"]"),
        "{toml}"
    );
    let copy = TestEnv::empty();
    let file = copy.path("r.toml");
    write(&file, &toml);
    copy.ok(&["import", file.to_str().unwrap(), "--create"]);
    assert_eq!(copy.ok(&["export", "toml"]), toml);
    env.ok(&["breach", "edit", &id, "--subject-kind", "staff"]);
    assert_eq!(
        env.json(&["breach", "show", &id])["subject_kinds"],
        serde_json::json!(["staff"])
    );
    env.ok(&["breach", "edit", &id, "--subject-kind", ""]);
    assert_eq!(
        env.json(&["breach", "show", &id])["subject_kinds"],
        serde_json::json!([])
    );
    let err = env.refused(&["breach", "edit", &id, "--subject-kind", "neighbours"]);
    assert!(err.contains("neighbours"), "{err}");
}

#[test]
fn an_old_register_file_does_not_take_back_a_report_or_an_assessment() {
    let env = env();
    let now = "2026-11-20T12:00:00+01:00";
    let org = env.path("org.toml");
    write(
        &org,
        "[organisation]\nname = \"Stichting VO\"\nkvk = \"41987654\"\n",
    );
    ok(&env, now, &["import", org.to_str().unwrap()]);
    let id = add_plain(&env, now, "2026-11-10 09:00");
    let old = env.path("old.toml");
    ok(
        &env,
        now,
        &["export", "toml", "--out", old.to_str().unwrap()],
    );
    ok(
        &env,
        now,
        &[
            "breach",
            "assess",
            &id,
            "--risk",
            "risk",
            "--reason",
            "cijfers",
            "--at",
            "2026-11-10 12:00",
        ],
    );
    ok(
        &env,
        now,
        &notify(&id, "ap", "2026-11-14 10:00", &["--ref", "M-9"]),
    );
    let current = env.path("current.toml");
    ok(
        &env,
        now,
        &["export", "toml", "--out", current.to_str().unwrap()],
    );
    ok(
        &env,
        now,
        &[
            "breach",
            "close",
            &id,
            "--measures",
            "MFA aangezet",
            "--on",
            "2026-11-15 10:00",
        ],
    );
    // The file of before the assessment would clear it, the report and the closure.
    let err = refused(&env, now, &["import", old.to_str().unwrap()]);
    assert!(
        err.contains(&format!("breach {id}"))
            && err.contains(
                "risk, risk_reason, assessed_at, ap_reported_at, ap_reference, measures, closed_at"
            ),
        "{err}"
    );
    refused(&env, now, &["import", old.to_str().unwrap(), "--dry-run"]);
    // One of before the closure would only open it again.
    let err = refused(&env, now, &["import", current.to_str().unwrap()]);
    assert!(err.contains("(measures, closed_at)"), "{err}");
    assert!(err.contains("current.toml:"), "{err}");
    // Another moment of discovery moves every clock: `breach edit --discovered` changes it.
    let mut moved = String::new();
    ok(
        &env,
        now,
        &["export", "toml", "--out", old.to_str().unwrap()],
    );
    for line in std::fs::read_to_string(&old).unwrap().lines() {
        match line.starts_with("discovered_at") {
            true => moved.push_str("discovered_at = 2026-11-09T09:00:00+01:00\n"),
            false => moved.push_str(&format!("{line}\n")),
        }
    }
    write(&old, &moved);
    let err = refused(&env, now, &["import", old.to_str().unwrap()]);
    assert!(err.contains("(discovered_at)"), "{err}");
    // A file that adds a step not recorded yet is taken.
    let mut after = String::new();
    ok(
        &env,
        now,
        &["export", "toml", "--out", old.to_str().unwrap()],
    );
    for line in std::fs::read_to_string(&old).unwrap().lines() {
        after.push_str(line);
        after.push('\n');
        if line.starts_with("ap_reference") {
            after.push_str("ap_delay_reason = \"vakantie\"\n");
        }
    }
    assert!(after.contains("ap_delay_reason"), "{after}");
    write(&old, after);
    ok(&env, now, &["import", old.to_str().unwrap()]);
    let shown = json(&env, now, &["breach", "show", &id]);
    assert_eq!(shown["ap_delay_reason"], "vakantie", "{shown}");
    assert_eq!(shown["risk"], "risk", "{shown}");
}
