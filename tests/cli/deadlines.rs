//! `vreg deadlines`: every dated duty in one list, and as an RFC 5545 calendar.

use std::process::Output;

use icalendar::Component;
use serde_json::Value;

use crate::common::{TestEnv, write};

/// The moment every command of these tests runs at: Saturday 28 November 2026, noon.
const NOW: &str = "2026-11-28 12:00";

fn output(env: &TestEnv, args: &[&str]) -> Output {
    env.cmd()
        .env("VREG_NOW", NOW)
        .args(args)
        .output()
        .expect("run vreg")
}

/// Runs vreg at [`NOW`]; returns the exit code and stdout.
fn run(env: &TestEnv, args: &[&str]) -> (Option<i32>, String) {
    let out = output(env, args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "vreg {args:?}: {stderr}"
    );
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

fn json(env: &TestEnv, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["deadlines", "--format", "json"];
    all.extend(args);
    let (_, out) = run(env, &all);
    serde_json::from_str::<Value>(&out)
        .expect("JSON")
        .as_array()
        .unwrap()
        .clone()
}

/// A supplier checked today, with an agreement ending 8 December and a review on 9 December.
fn small() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy B.V.", "--kvk", "12345678"]);
    env.ok(&[
        "convenant",
        "set",
        "gynzy-bv",
        "participant",
        "--checked-on",
        "2026-11-28",
    ]);
    env.ok(&[
        "agreement",
        "add",
        "gynzy-bv",
        "--signed-on",
        "2024-03-01",
        "--expires-on",
        "2026-12-08",
        "--review-on",
        "2026-12-09",
        "--product",
        "Gynzy",
    ]);
    env
}

/// The example register with a pupil who left in 2024, an open breach, and an open request.
fn busy() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let csv = env.path("pupils.csv");
    write(
        &csv,
        "leerlingnummer;naam;groep;brin\n987654;Xanthippe Zonnebloem;5B;12AB00\n987655;Quirijn Ypma;7;12AB00\n",
    );
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    env.ok(&["pupil", "leave", "987655", "--on", "2024-06-30"]);
    assert_eq!(
        run(
            &env,
            &[
                "breach",
                "add",
                "Laptop kwijt",
                "--discovered",
                "2026-11-27 16:00"
            ]
        )
        .0,
        Some(0)
    );
    env.ok(&[
        "request",
        "add",
        "erasure",
        "--pupil",
        "987654",
        "--by",
        "parent",
        "--received",
        "2026-11-10",
    ]);
    env
}

#[test]
fn every_kind_of_duty_in_one_sorted_list_with_the_command_that_settles_it() {
    let env = busy();
    let list = json(&env, &[]);
    let kinds: Vec<&str> = list.iter().map(|d| d["kind"].as_str().unwrap()).collect();
    for kind in [
        "agreement-end",
        "agreement-review",
        "convenant-check",
        "breach-ap",
        "request-answer",
        "pupil-purge",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    let days: Vec<&str> = list.iter().map(|d| d["due_on"].as_str().unwrap()).collect();
    let mut sorted = days.clone();
    sorted.sort();
    assert_eq!(days, sorted);
    let ap = list.iter().find(|d| d["kind"] == "breach-ap").unwrap();
    assert_eq!(ap["due_at"], "2026-11-30T16:00:00+01:00");
    assert_eq!(ap["due_on"], "2026-11-30");
    assert_eq!(ap["status"], "upcoming");
    assert_eq!(ap["days_left"], 2);
    assert_eq!(ap["uid"], "breach-ap-2026-001@vreg");
    assert_eq!(ap["undated"], false);
    assert_eq!(
        ap["command"],
        "vreg breach notify 2026-001 ap --at TIME --ref REF"
    );
    let request = list.iter().find(|d| d["kind"] == "request-answer").unwrap();
    assert_eq!(request["due_on"], "2026-12-10");
    assert_eq!(request["subject_id"], "2026-001");
    let purge = list.iter().find(|d| d["kind"] == "pupil-purge").unwrap();
    assert_eq!(purge["due_on"], "2026-06-30");
    assert_eq!(purge["status"], "overdue");
    assert_eq!(
        purge["command"],
        "vreg pupil purge --left-before 2024-07-01 --yes"
    );
    // No pupil is named anywhere: not in the list, not in the calendar.
    for format in ["json", "csv", "table", "ics"] {
        let (_, out) = run(&env, &["deadlines", "--format", format]);
        for secret in ["987654", "987655", "Xanthippe", "Quirijn"] {
            assert!(!out.contains(secret), "{format} names {secret}");
        }
    }
}

#[test]
fn exit_1_when_a_deadline_has_passed_so_cron_can_mail_it() {
    let env = busy();
    let (code, table) = run(&env, &["deadlines"]);
    assert_eq!(code, Some(1));
    assert!(table.contains("overdue"), "{table}");
    assert!(table.contains("2026-11-30 16:00"), "{table}");
    // In Dutch the status and what is to be done are Dutch, and the day is written day first;
    // in English neither is.
    let out = output(&env, &["--lang", "nl", "deadlines"]);
    let dutch = String::from_utf8(out.stdout).unwrap();
    assert!(dutch.contains("30-11-2026 16:00"), "{dutch}");
    assert!(dutch.contains("verlopen"), "{dutch}");
    assert!(dutch.contains("evalueren"), "{dutch}");
    // (The example's activities have Dutch names, "Leerlingadministratie": data, not words.)
    for word in [
        "verlopen",
        "komt eraan",
        "evalueren",
        "Datalek",
        "verwijderen",
    ] {
        assert!(!table.contains(word), "{word} in English: {table}");
    }
    let env = small();
    let (code, _) = run(&env, &["deadlines"]);
    assert_eq!(code, Some(0));
    // The day after the agreement ended it has passed.
    let out = env
        .cmd()
        .env("VREG_NOW", "2026-12-09 09:00")
        .env("VREG_TODAY", "2026-12-09")
        .args(["deadlines", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["kind"], "agreement-end");
    assert_eq!(list[0]["status"], "overdue");
    assert_eq!(list[0]["days_left"], -1);
}

#[test]
fn another_suppliers_later_agreement_never_hides_a_lapsed_one() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Alpha", "--id", "alpha"]);
    env.ok(&[
        "agreement",
        "add",
        "alpha",
        "--id",
        "alpha-2024",
        "--signed-on",
        "2024-01-01",
        "--expires-on",
        "2026-11-27",
        "--product",
        "Alpha LVS",
    ]);
    env.ok(&["supplier", "add", "Beta", "--id", "beta"]);
    env.ok(&[
        "agreement",
        "add",
        "beta",
        "--id",
        "beta-2025",
        "--signed-on",
        "2025-01-01",
        "--product",
        "Beta",
    ]);
    let (code, _) = run(&env, &["deadlines"]);
    assert_eq!(code, Some(1), "a lapsed agreement is overdue");
    let list = json(&env, &[]);
    assert!(
        list.iter()
            .any(|d| d["kind"] == "agreement-end" && d["subject_id"] == "alpha-2024"),
        "{list:?}"
    );
    let report = env.json(&["report", "year", "2026"]);
    assert_eq!(
        report["agreements"]["expired_without_successor"], 1,
        "{report}"
    );
}

#[test]
fn within_includes_a_deadline_exactly_that_many_days_ahead() {
    let env = small();
    let due = |args: &[&str]| -> Vec<String> {
        json(&env, args)
            .iter()
            .map(|d| {
                format!(
                    "{} {}",
                    d["due_on"].as_str().unwrap(),
                    d["kind"].as_str().unwrap()
                )
            })
            .collect()
    };
    // The agreement ends 8 December, 10 days ahead; its review is 9 December, 11 days ahead;
    // the convenant, checked today, is checked again in a year.
    assert!(due(&["--within", "0"]).is_empty());
    assert!(due(&["--within", "9"]).is_empty());
    assert_eq!(due(&["--within", "10"]), ["2026-12-08 agreement-end"]);
    assert_eq!(
        due(&["--within", "11"]),
        ["2026-12-08 agreement-end", "2026-12-09 agreement-review"]
    );
    assert_eq!(
        due(&[]),
        [
            "2026-12-08 agreement-end",
            "2026-12-09 agreement-review",
            "2027-11-28 convenant-check"
        ]
    );
    let env2 = small();
    env2.fails(&["deadlines", "--within", "-1"]);
    env2.fails(&["deadlines", "--within", "soon"]);
}

#[test]
fn csv_has_the_json_keys_as_headers() {
    let env = small();
    let (_, csv) = run(&env, &["deadlines", "--format", "csv"]);
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "due_on,due_at,undated,status,days_left,kind,subject_kind,subject_id,what,command,uid"
    );
    assert_eq!(
        lines.next().unwrap(),
        "2026-12-08,,false,upcoming,10,agreement-end,agreement,gynzy-bv-2024,\
         processor agreement gynzy-bv-2024 with Gynzy B.V. ends,\
         \"vreg agreement add gynzy-bv, or vreg agreement end gynzy-bv-2024 --on DATE\",\
         agreement-end-gynzy-bv-2024@vreg"
    );
    // The same in Dutch, byte for byte: JSON and CSV are for scripts.
    let out = output(&env, &["--lang", "nl", "deadlines", "--format", "csv"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), csv);
}

#[test]
fn formats_that_do_not_apply_are_refused_with_the_ones_that_do() {
    let env = small();
    let err = env.refused(&["deadlines", "--format", "md"]);
    assert_eq!(
        err,
        "error: `vreg deadlines` takes --format table, json, csv or ics"
    );
    let err = env.refused(&["supplier", "list", "--format", "ics"]);
    assert!(
        err.contains("--format ics is for `vreg deadlines`"),
        "{err}"
    );
    assert!(err.contains("table, json or csv"), "{err}");
}

/// The content lines of a calendar: every line ends in CRLF, none is longer than 75 octets, and
/// continuation lines (a leading space) join the line before.
fn content_lines(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"), "no CRLF at the end");
    let physical: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
    let mut lines: Vec<String> = Vec::new();
    for line in physical {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line end in {line:?}"
        );
        assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("a first line").push_str(rest),
            None => lines.push(line.to_string()),
        }
    }
    lines
}

#[test]
fn the_calendar_is_rfc_5545_with_crlf_folded_lines_and_zoned_breach_clocks() {
    let env = busy();
    // A title long enough to need folding, with letters of more than one octet.
    env.ok(&[
        "supplier",
        "edit",
        "uitgeverij-rekenrijk",
        "--name",
        "Uitgeverij Rekenrijk — rekenen, taal en wereldoriëntatie voor het primair onderwijs",
    ]);
    let (code, ics) = run(&env, &["deadlines", "--format", "ics"]);
    assert_eq!(code, Some(1));
    let lines = content_lines(&ics);
    assert!(ics.contains("\r\n "), "nothing was folded");
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    // Every line is NAME[;PARAMS]:VALUE.
    for l in &lines {
        let name = l.split([':', ';']).next().unwrap();
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '-'),
            "{l:?}"
        );
    }
    // One zone definition, before the events, for the breach clock.
    let zone = lines.iter().position(|l| l == "BEGIN:VTIMEZONE").unwrap();
    let first_event = lines.iter().position(|l| l == "BEGIN:VEVENT").unwrap();
    assert!(zone < first_event);
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VTIMEZONE").count(), 1);
    assert!(lines.contains(&"TZID:Europe/Amsterdam".to_string()));
    assert!(lines.contains(&"DTSTART;TZID=Europe/Amsterdam:20261130T160000".to_string()));
    // Dates are all-day events, DTEND the day after.
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20261210".to_string()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20261211".to_string()));
    assert!(lines.contains(&"DTSTAMP:20261128T110000Z".to_string()));
    // Parsed back by the same crate: one event per deadline, with its UID and start.
    let list = json(&env, &[]);
    let cal: icalendar::Calendar = ics.parse().expect("the calendar parses");
    let events: Vec<&icalendar::Event> = cal.events().collect();
    assert_eq!(events.len(), list.len());
    for (event, d) in events.iter().zip(&list) {
        assert_eq!(event.get_uid(), d["uid"].as_str());
        let summary = event.get_summary().unwrap();
        assert!(summary.ends_with(d["what"].as_str().unwrap()), "{summary}");
        match event.get_start().unwrap() {
            icalendar::DatePerhapsTime::Date(day) => {
                assert_eq!(day.to_string(), d["due_on"].as_str().unwrap());
                assert!(d["due_at"].is_null());
            }
            icalendar::DatePerhapsTime::DateTime(t) => {
                assert_eq!(d["kind"], "breach-ap");
                let icalendar::CalendarDateTime::WithTimezone { date_time, tzid } = t else {
                    panic!("a breach clock without its zone: {t:?}");
                };
                assert_eq!(tzid, "Europe/Amsterdam");
                assert_eq!(date_time.to_string(), "2026-11-30 16:00:00");
            }
        }
    }
    let overdue = events
        .iter()
        .find(|e| e.get_uid() == Some("pupil-purge-2024-06-30@vreg"))
        .unwrap();
    assert!(overdue.get_summary().unwrap().starts_with("OVERDUE: "));
    let out = output(&env, &["--lang", "nl", "deadlines", "--format", "ics"]);
    let dutch = String::from_utf8(out.stdout).unwrap();
    assert!(
        dutch.contains("SUMMARY:VERLOPEN: Gegevens verwijderen van 1 leerling"),
        "{dutch}"
    );
}

#[test]
fn uids_are_stable_across_runs_and_when_a_date_moves() {
    let env = busy();
    let uids = |env: &TestEnv| -> Vec<String> {
        let (_, ics) = run(env, &["deadlines", "--format", "ics"]);
        content_lines(&ics)
            .into_iter()
            .filter_map(|l| l.strip_prefix("UID:").map(String::from))
            .collect()
    };
    let first = uids(&env);
    assert_eq!(first, uids(&env));
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len(), "{first:?}");
    // The request is extended: its due date moves, its event keeps its UID.
    env.ok(&[
        "request",
        "extend",
        "2026-001",
        "--reason",
        "veel gegevens",
        "--notified-on",
        "2026-11-20",
    ]);
    let list = json(&env, &[]);
    let request = list.iter().find(|d| d["kind"] == "request-answer").unwrap();
    assert_eq!(request["due_on"], "2027-02-10");
    assert_eq!(request["uid"], "request-answer-2026-001@vreg");
    let mut after = uids(&env);
    after.sort();
    let mut before = first;
    before.sort();
    assert_eq!(after, before);
}

#[test]
fn out_writes_the_calendar_and_replaces_it_next_time() {
    let env = small();
    let path = env.path("termijnen.ics");
    let out = output(
        &env,
        &[
            "deadlines",
            "--format",
            "ics",
            "--out",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let first = std::fs::read_to_string(&path).unwrap();
    assert!(first.starts_with("BEGIN:VCALENDAR\r\n"));
    env.ok(&[
        "agreement",
        "edit",
        "gynzy-bv-2024",
        "--review-on",
        "2027-03-01",
    ]);
    let out = output(
        &env,
        &[
            "deadlines",
            "--format",
            "ics",
            "--out",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let second = std::fs::read_to_string(&path).unwrap();
    assert!(second.contains("DTSTART;VALUE=DATE:20270301"));
    assert!(!second.contains("DTSTART;VALUE=DATE:20261209"));
    // A directory in the way: an error, and the calendar is left as it was.
    let dir = env.path("dir.ics");
    std::fs::create_dir(&dir).unwrap();
    env.fails(&[
        "deadlines",
        "--format",
        "ics",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), second);
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_convenant_never_checked_is_due_today_without_a_date_of_its_own() {
    let env = TestEnv::new();
    env.with_agreement();
    let (code, _) = run(&env, &["deadlines"]);
    // Due is not passed: nothing for cron to mail yet.
    assert_eq!(code, Some(0));
    let list = json(&env, &[]);
    assert_eq!(list.len(), 1);
    let check = &list[0];
    assert_eq!(check["kind"], "convenant-check");
    assert_eq!(check["due_on"], "2026-11-28");
    assert_eq!(check["undated"], true);
    assert_eq!(check["status"], "due");
    assert_eq!(check["days_left"], 0);
    assert_eq!(
        check["what"],
        "re-check the convenant status of Gynzy B.V. (never checked)"
    );
}

/// Runs vreg on `day` (at noon); returns the exit code and stdout.
fn on_day(env: &TestEnv, day: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = env
        .cmd()
        .env("VREG_TODAY", day)
        .env("VREG_NOW", format!("{day} 12:00"))
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "vreg {args:?}: {stderr}"
    );
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

/// An agreement ended on purpose: the audit warns before its last day and errs after it; the
/// list names it as the same duty, in every format, and exits 1 once it has passed.
#[test]
fn an_agreement_ended_on_a_later_day_is_listed_until_a_successor_or_retirement() {
    let env = small();
    env.ok(&["agreement", "end", "gynzy-bv-2024", "--on", "2026-12-01"]);
    let (code, out) = on_day(&env, "2026-11-28", &["deadlines", "--format", "json"]);
    assert_eq!(code, Some(0));
    let list: Value = serde_json::from_str(&out).unwrap();
    let end = list
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "agreement-end")
        .unwrap_or_else(|| panic!("no agreement-end in {list}"));
    assert_eq!(end["subject_id"], "gynzy-bv-2024");
    assert_eq!(end["due_on"], "2026-11-30");
    assert_eq!(end["status"], "upcoming");
    assert_eq!(
        end["what"],
        "processor agreement gynzy-bv-2024 with Gynzy B.V. is terminated from 2026-12-01: register its successor, or retire the supplier"
    );
    assert_eq!(
        end["command"],
        "vreg agreement add gynzy-bv, or vreg supplier retire gynzy-bv --on 2026-12-01"
    );
    let (_, audit) = on_day(&env, "2026-11-28", &["audit", "--format", "csv"]);
    assert!(
        audit.contains("agreement-expiring,warning,agreement,gynzy-bv-2024"),
        "{audit}"
    );
    // From the day it took effect: the audit's agreement-missing, an overdue deadline, exit 1.
    let (code, audit) = on_day(&env, "2026-12-01", &["audit", "--format", "csv"]);
    assert_eq!(code, Some(1));
    assert!(
        audit.contains("agreement-missing,error,supplier,gynzy-bv"),
        "{audit}"
    );
    let (code, csv) = on_day(&env, "2026-12-01", &["deadlines", "--format", "csv"]);
    assert_eq!(code, Some(1));
    assert!(
        csv.contains("2026-11-30,,false,overdue,'-1,agreement-end,agreement,gynzy-bv-2024,"),
        "{csv}"
    );
    let (code, table) = on_day(&env, "2026-12-01", &["deadlines"]);
    assert_eq!(code, Some(1));
    assert!(table.contains("overdue"), "{table}");
    let (_, ics) = on_day(&env, "2026-12-01", &["deadlines", "--format", "ics"]);
    let lines = content_lines(&ics);
    assert!(
        lines.contains(&"UID:agreement-end-gynzy-bv-2024@vreg".to_string()),
        "{ics}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:OVERDUE: processor agreement gynzy-bv-2024")),
        "{ics}"
    );
    // The supplier retired: the audit expects nothing of it, neither does the list.
    env.ok(&["supplier", "retire", "gynzy-bv", "--on", "2026-12-01"]);
    let (code, out) = on_day(&env, "2026-12-01", &["deadlines", "--format", "json"]);
    assert_eq!(code, Some(0));
    assert!(!out.contains("agreement-end"), "{out}");
    assert_eq!(on_day(&env, "2026-12-01", &["audit"]).0, Some(0));
}

/// The review dates of processing activities are duties: the example register a fortnight after
/// its reviews has four, overdue as the audit's four warnings are.
#[test]
fn processing_reviews_are_deadlines_as_the_audit_reports_them() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let day = "2027-07-15";
    let (_, audit) = on_day(
        &env,
        day,
        &["audit", "--format", "csv", "--fail-on", "never"],
    );
    let mut warned: Vec<&str> = audit
        .lines()
        .filter(|l| l.starts_with("processing-review-overdue,"))
        .map(|l| l.split(',').nth(3).unwrap())
        .collect();
    assert_eq!(warned.len(), 4, "{audit}");
    let (code, out) = on_day(&env, day, &["deadlines", "--format", "json"]);
    assert_eq!(code, Some(1));
    let list: Value = serde_json::from_str(&out).unwrap();
    let mut reviews: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["kind"] == "processing-review")
        .map(|d| {
            assert_eq!(d["status"], "overdue");
            assert_eq!(d["due_on"], "2027-06-30");
            assert_eq!(d["subject_kind"], "processing");
            d["subject_id"].as_str().unwrap()
        })
        .collect();
    warned.sort();
    reviews.sort();
    assert_eq!(reviews, warned);
    let admin = list
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["uid"] == "processing-review-leerlingadministratie@vreg")
        .unwrap();
    assert_eq!(
        admin["command"],
        "vreg processing edit leerlingadministratie --review-on DATE"
    );
    // In the calendar and in Dutch.
    let out = env
        .cmd()
        .env("VREG_TODAY", day)
        .env("VREG_NOW", format!("{day} 12:00"))
        .args(["--lang", "nl", "deadlines", "--format", "ics"])
        .output()
        .unwrap();
    let ics = String::from_utf8(out.stdout).unwrap();
    let lines = content_lines(&ics);
    assert!(
        lines.contains(&"SUMMARY:VERLOPEN: Verwerking leerlingadministratie (Leerlingadministratie en leerlingenzorg) evalueren".to_string()),
        "{ics}"
    );
    // A new review date settles it.
    env.ok(&[
        "processing",
        "edit",
        "leerlingadministratie",
        "--review-on",
        "2028-06-30",
    ]);
    let (_, out) = on_day(&env, day, &["deadlines", "--format", "csv"]);
    assert!(
        out.contains(
            "2028-06-30,,false,upcoming,351,processing-review,processing,leerlingadministratie,"
        ),
        "{out}"
    );
}

/// In Dutch the command that settles a duty is Dutch too, in the table and in the calendar, as
/// the audit's hints are; JSON and CSV keep it in English.
#[test]
fn the_command_to_settle_is_dutch_for_a_dutch_reader() {
    let env = small();
    let dutch = |args: &[&str]| -> String {
        let out = env
            .cmd()
            .env("VREG_NOW", NOW)
            .env("LANG", "nl_NL.UTF-8")
            .env("COLUMNS", "300")
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let table = dutch(&["deadlines"]);
    assert!(
        table.contains(
            "vreg agreement add gynzy-bv, of vreg agreement end gynzy-bv-2024 --on DATUM"
        ),
        "{table}"
    );
    assert!(table.contains("--review-on DATUM"), "{table}");
    assert!(
        !table.contains("DATE") && !table.contains(", or "),
        "{table}"
    );
    let ics = content_lines(&dutch(&["deadlines", "--format", "ics"])).join("\n");
    assert!(
        ics.contains("Afhandelen met: vreg agreement add gynzy-bv\\, of vreg agreement end gynzy-bv-2024 --on DATUM"),
        "{ics}"
    );
    assert!(!ics.contains("DATE "), "{ics}");
    let json = dutch(&["deadlines", "--format", "json"]);
    assert!(
        json.contains("\"command\": \"vreg agreement add gynzy-bv, or vreg agreement end gynzy-bv-2024 --on DATE\""),
        "{json}"
    );
}
