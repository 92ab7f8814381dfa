//! Nothing lost under concurrency, crashes, old or foreign files and hostile input.

use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::{TestEnv, write};

fn count(env: &TestEnv, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn many_writers_at_once_all_succeed() {
    let env = TestEnv::new();
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let mut cmd = env.std_cmd();
            cmd.args(["supplier", "list"]);
            let script: Vec<std::process::Child> = (0..12)
                .map(|i| {
                    env.std_cmd()
                        .args(["supplier", "add", &format!("Leverancier {w}-{i}")])
                        .stdout(Stdio::null())
                        .stderr(Stdio::piped())
                        .spawn()
                        .unwrap()
                })
                .collect();
            let reader = cmd
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            (script, reader)
        })
        .collect();
    for (children, reader) in writers {
        for child in children.into_iter().chain([reader]) {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    assert_eq!(count(&env, "SELECT count(*) FROM supplier"), 96);
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM change_event WHERE action = 'add'"
        ),
        96
    );
}

#[test]
fn a_killed_import_leaves_a_sound_register_with_all_or_nothing() {
    let env = TestEnv::new();
    let rows = 60_000;
    let mut csv = String::from("leerlingnummer;naam;groep;photo-internal;photo-website\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "{};Leerling {i};{};ja;nee\n",
            100_000 + i,
            1 + i % 8
        ));
    }
    let file = env.path("big.csv");
    write(&file, &csv);
    let journal = env.db.with_extension("sqlite-journal");
    let mut child = env
        .std_cmd()
        .args(["pupil", "import", file.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once it is writing (its journal exists), or let it finish if it is that quick.
    let start = Instant::now();
    while !journal.exists()
        && child.try_wait().unwrap().is_none()
        && start.elapsed() < Duration::from_secs(60)
    {
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = child.kill();
    child.wait().unwrap();

    let check = env.cmd().arg("check").output().unwrap();
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let pupils = count(&env, "SELECT count(*) FROM pupil");
    let events = count(&env, "SELECT count(*) FROM consent_event");
    let logged = count(
        &env,
        "SELECT count(*) FROM change_event WHERE action = 'pupil-import'",
    );
    assert!(
        (pupils, events, logged) == (0, 0, 0) || (pupils, events, logged) == (rows, 2 * rows, 1),
        "half an import: {pupils} pupils, {events} events, {logged} log entries"
    );
    // The register is usable afterwards, and the import can simply be run again.
    env.ok(&["pupil", "import", file.to_str().unwrap()]);
    assert_eq!(count(&env, "SELECT count(*) FROM pupil"), rows);
}

#[test]
fn a_register_of_every_earlier_schema_version_opens_and_migrates() {
    // One fixture per schema version, made by that version of vreg (see tests/fixtures/README.md).
    // (version, consent events of pupil 1001 in it)
    for (version, events) in [(1, 3), (5, 4)] {
        let env = TestEnv::empty();
        std::fs::copy(format!("tests/fixtures/v{version}.sqlite"), &env.db).unwrap();
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
        let check = env.ok(&["check"]);
        assert!(check.starts_with("ok: "), "v{version}: {check}");
        assert_eq!(
            env.json(&["supplier", "list"]).as_array().unwrap().len(),
            4,
            "v{version}"
        );
        assert_eq!(
            env.json(&["consent", "show", "1001"])["history"]
                .as_array()
                .unwrap()
                .len(),
            events,
            "v{version}"
        );
        assert_eq!(
            env.json(&["audit", "history"]).as_array().unwrap().len(),
            1,
            "v{version}"
        );
        env.ok(&["supplier", "add", "Na de migratie"]);
    }
}

#[test]
fn backup_makes_a_verified_private_copy() {
    let env = TestEnv::new();
    env.ok(&[
        "init",
        "--example",
        "--db",
        env.path("example.sqlite").to_str().unwrap(),
    ]);
    let source = env.path("example.sqlite");
    let copy = env.path("backups/copy.sqlite");
    std::fs::create_dir(env.path("backups")).unwrap();
    let out = env
        .cmd()
        .env("VREG_DB", &source)
        .args(["backup", copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("integrity ok"));
    assert_eq!(
        std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let export = |db: &std::path::Path| {
        env.cmd()
            .env("VREG_DB", db)
            .args(["export", "toml"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(export(&source), export(&copy));
    let again = env
        .cmd()
        .env("VREG_DB", &source)
        .args(["backup", copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[test]
fn check_reports_damage_and_warns_about_open_permissions() {
    let env = TestEnv::new();
    assert!(env.ok(&["check"]).starts_with("ok: "));
    let report = env.json(&["check"]);
    assert_eq!(report["integrity"], serde_json::json!(["ok"]));
    assert_eq!(report["file_mode"], "0600");

    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = env.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("others can read pupil consent data"));

    // A row that refers to nothing, as a hand edit without foreign keys could leave.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "foreign_keys", false).unwrap();
    conn.execute(
        "INSERT INTO agreement (id, supplier_id, model) VALUES ('orphan', 'nobody', 'own')",
        [],
    )
    .unwrap();
    drop(conn);
    let out = env.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("1 row refers to something that is not there")
    );
}

#[test]
fn hostile_values_are_data_and_absurd_ones_are_refused() {
    let env = TestEnv::new();
    let sneaky = "Robert'); DROP TABLE supplier; --";
    env.ok(&[
        "supplier",
        "add",
        sneaky,
        "--id",
        "bobby",
        "--notes",
        "' OR 1=1 --",
    ]);
    assert_eq!(env.json(&["supplier", "show", "bobby"])["name"], sneaky);
    assert_eq!(
        env.json(&["log", "--entity", "supplier:bobby"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let long = "x".repeat(10_001);
    assert!(
        env.refused(&["supplier", "edit", "bobby", "--notes", &long])
            .contains("at most 10000 are kept")
    );
    assert!(
        env.refused(&["supplier", "add", &"n".repeat(301)])
            .contains("at most 300")
    );
    env.ok(&["agreement", "add", "bobby", "--signed-on", "2024-01-01"]);
    assert!(
        env.refused(&["scope", "add", "bobby-2024", "name", "--purpose", &long])
            .contains("at most 10000")
    );

    let huge = env.path("huge.toml");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    assert!(
        env.refused(&["import", huge.to_str().unwrap()])
            .contains("more than 64 MiB is refused")
    );

    let binary = env.path("binary.csv");
    write(
        &binary,
        (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect::<Vec<u8>>(),
    );
    env.refused(&["pupil", "import", binary.to_str().unwrap()]);
    write(&binary, b"\x00\x01\x02leerlingnummer\x00;naam\n\x00;\x00\n");
    env.refused(&["pupil", "import", binary.to_str().unwrap()]);
}

#[test]
fn check_answers_in_csv_too() {
    let env = TestEnv::new();
    let csv = env.ok(&["check", "--format", "csv"]);
    assert!(
        csv.starts_with(
            "path,schema_version,integrity,foreign_key_violations,missing_schema_objects,enumeration_violations,journal_mode,schema_version_expected,file_mode,problems,warnings,consent_decider_differences,unreadable_dates,dangling_references\r\n"
        ),
        "{csv}"
    );
    // The schema version is the number of migrations.
    let version = std::fs::read_dir("migrations").unwrap().count();
    assert!(
        csv.contains(&format!(
            ",{version},ok,0,,,delete,{version},0600,,,0,,\r\n"
        )),
        "{csv}"
    );
}

#[test]
fn check_names_values_written_by_another_tool_that_vreg_cannot_read() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy", "--id", "gynzy"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    // The register itself refuses a value outside its enumeration (migration 9's triggers).
    let err = conn
        .execute("UPDATE supplier SET role = 'boss' WHERE id = 'gynzy'", [])
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("supplier.role: not one of processor"),
        "{err}"
    );
    let err = conn
        .execute(
            "INSERT INTO consent_event (pupil, purpose, decision, given_by, form, date, source, recorded_at, actor) \
             VALUES ('1', 'photo-internal', 'maybe', 'parent', 'written', '2026-01-01', 'x', 'x', 'x')",
            [],
        )
        .unwrap_err();
    // consent_event holds its codes with CHECK constraints (migration 13).
    assert!(
        err.to_string()
            .contains("CHECK constraint failed: decision = 'granted'"),
        "{err}"
    );
    // A tool that takes the guard away can still write it; `check` names both.
    conn.execute_batch(
        "DROP TRIGGER supplier_role_update; UPDATE supplier SET role = 'boss' WHERE id = 'gynzy'",
    )
    .unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL").unwrap();
    drop(conn);
    let (code, out) = check(&env);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("supplier.role = 'boss' (1 row(s))"), "{out}");
    assert!(out.contains("supplier_role_update"), "{out}");
    assert!(out.contains("journal mode wal"), "{out}");
    let (_, json) = env.check_report();
    assert_eq!(
        json["enumeration_violations"][0],
        "supplier.role = 'boss' (1 row(s))"
    );
    assert_eq!(json["journal_mode"], "wal");
}

/// `vreg check`'s exit code and stdout.
fn check(env: &TestEnv) -> (Option<i32>, String) {
    let out = env.cmd().arg("check").output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// A register with enough in it to span many pages.
fn filled() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let csv = env.path("pupils.csv");
    let mut text = String::from("leerlingnummer;naam;groep;photo-internal\n");
    for i in 1..3000 {
        text.push_str(&format!("{i};Leerling nummer {i};5B;ja\n"));
    }
    write(&csv, text);
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    env
}

#[test]
fn check_lists_a_damaged_page_and_exits_1() {
    let env = filled();
    let mut bytes = std::fs::read(&env.db).unwrap();
    let page = 4096;
    assert!(bytes.len() > 20 * page);
    // Scribble over a page in the middle of the pupil data, past the schema's pages.
    let at = (bytes.len() / page / 2) * page;
    for b in &mut bytes[at..at + page] {
        *b = 0x5a;
    }
    std::fs::write(&env.db, bytes).unwrap();
    let (code, out) = check(&env);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.starts_with("PROBLEMS: "), "{out}");
    assert!(out.contains("problem: integrity check: "), "{out}");
}

#[test]
fn check_lists_a_truncated_file_and_exits_1() {
    let env = filled();
    let len = std::fs::metadata(&env.db).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&env.db)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    let (code, out) = check(&env);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("problem: integrity check: "), "{out}");
}

#[test]
fn check_finds_tables_and_indexes_that_are_missing() {
    let env = TestEnv::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let index: String = conn
        .query_row(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute_batch(&format!("DROP INDEX {index}")).unwrap();
    drop(conn);
    let (code, out) = check(&env);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(&format!("missing from the schema: index {index}")),
        "{out}"
    );

    // The right application id and version, and no tables at all.
    let empty = TestEnv::empty();
    let conn = rusqlite::Connection::open(&empty.db).unwrap();
    let version = std::fs::read_dir("migrations").unwrap().count();
    conn.execute_batch(&format!(
        "PRAGMA application_id = 1987208551; PRAGMA user_version = {version};"
    ))
    .unwrap();
    drop(conn);
    let (code, out) = check(&empty);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("table supplier"), "{out}");
}

/// "Today" was the machine's local date for the audit and consent, and the Dutch date for the
/// breach clocks and the year report: on a machine in another zone they were two days. It is
/// the Dutch date everywhere, whatever the machine's zone (UTC+14 and UTC-12 are always on
/// different dates, so the old code always failed this).
#[test]
fn today_is_the_dutch_date_whatever_the_machine_s_zone() {
    let env = TestEnv::new();
    let as_of = |zone: &str| {
        let out = env
            .cmd()
            .env_remove("VREG_TODAY")
            .env("TZ", zone)
            .args(["audit", "--format", "json", "--fail-on", "never"])
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["as_of"].as_str().unwrap().to_string()
    };
    // POSIX zone strings, which need no tz database on the machine: UTC+14 and UTC-12.
    let east = as_of("<+14>-14");
    let west = as_of("<-12>+12");
    assert_eq!(east, west);
}

/// `--db 'what?.sqlite' init` said "no register matches": `?` and `*` name several boards'
/// registers for reading commands, but a register to be made is named as it will be called.
#[test]
fn a_register_to_be_made_may_have_a_question_mark_in_its_name() {
    let env = TestEnv::empty();
    env.ok(&["--db", "what?.sqlite", "init"]);
    assert!(env.path("what?.sqlite").is_file());
    env.ok(&["--db", "star*.sqlite", "import", "--create", "/dev/null"]);
    assert!(env.path("star*.sqlite").is_file());
    // Read back through the pattern, which matches the file itself.
    env.ok(&["--db", "what?.sqlite", "supplier", "list"]);
}

/// A register whose version was set back (by another tool) fails a migration: that was kind
/// `invalid` with SQLite's "Error code 1: SQL logic error"; it is a damaged register, said so,
/// and nothing is changed.
#[test]
fn a_register_whose_tables_do_not_match_its_version_is_damaged() {
    let env = TestEnv::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("PRAGMA user_version = 3;").unwrap();
    drop(conn);
    let before = std::fs::read(&env.db).unwrap();
    let error = env.json_error(&["supplier", "list"]);
    assert_eq!(error["error"]["kind"], "damaged", "{error}");
    let message = error["error"]["message"].as_str().unwrap();
    assert!(message.contains("schema version 3"), "{message}");
    assert!(message.contains("migration 4 failed"), "{message}");
    assert!(!message.contains("Error code"), "{message}");
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
}

/// Migration 13 rebuilds consent_event with CHECK constraints: every row of an older register is
/// kept, one written around vreg with a value outside its enumeration too (`check` names it),
/// the view still reads the table, and a new bad value is refused.
#[test]
fn consent_events_keep_every_row_when_their_codes_become_constraints() {
    let env = TestEnv::empty();
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v5.sqlite"),
        &env.db,
    )
    .unwrap();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let count = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row("SELECT count(*) FROM consent_event", [], |r| r.get(0))
            .unwrap()
    };
    let before = count(&conn);
    // Schema 5 has no guard: a tool writes a decision vreg does not know.
    conn.execute(
        "INSERT INTO consent_event (pupil, purpose, decision, given_by, form, date, source, recorded_at, actor) \
         SELECT pupil, purpose, 'maybe', given_by, form, date, source, recorded_at, actor \
           FROM consent_event LIMIT 1",
        [],
    )
    .unwrap();
    drop(conn);
    let (code, out) = check(&env);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("consent_event.decision = 'maybe' (1 row(s))"),
        "{out}"
    );
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    assert_eq!(count(&conn), before + 1);
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(version >= 13, "{version}");
    conn.query_row("SELECT count(*) FROM consent_standing", [], |r| {
        r.get::<_, i64>(0)
    })
    .unwrap();
    let err = conn
        .execute(
            "INSERT INTO consent_event (pupil, purpose, decision, given_by, form, date, source, recorded_at, actor) \
             SELECT pupil, purpose, 'granted', 'neighbour', form, date, source, recorded_at, actor \
               FROM consent_event LIMIT 1",
            [],
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("CHECK constraint failed: given_by"),
        "{err}"
    );
}

fn dev_full() -> Option<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .ok()
}

#[test]
fn a_stderr_that_cannot_be_written_never_turns_a_done_write_into_a_crash() {
    let Some(_) = dev_full() else { return };
    let env = TestEnv::empty();
    let run = |args: &[&str]| {
        env.std_cmd()
            .args(args)
            .stderr(dev_full().unwrap())
            .output()
            .unwrap()
    };
    // Done and committed: exit 0, the note on stderr lost, no panic (exit 101).
    assert_eq!(run(&["init"]).status.code(), Some(0));
    let out = run(&["supplier", "add", "Gynzy B.V."]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "gynzy-bv\n");
    env.ok(&["supplier", "show", "gynzy-bv"]);
    // Refused: exit 2, whether or not the error line could be written.
    assert_eq!(run(&["supplier", "show", "nope"]).status.code(), Some(2));
    assert_eq!(run(&["supplier", "list"]).status.code(), Some(0));
}

/// A write whose reader was gone before it printed (`vreg --format json supplier add X | true`)
/// was kept and exited 0 quietly, as a read does: the script never saw the id of what it made.
#[test]
fn a_write_whose_reader_is_gone_keeps_nothing_and_says_so() {
    let env = TestEnv::new();
    for format in ["json", "table"] {
        let before = env.fingerprint();
        let out = env.with_closed_stdout(&["--format", format, "supplier", "add", "Piped"]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert_eq!(before, env.fingerprint(), "{format}: the supplier was kept");
        let said = String::from_utf8(out.stderr).unwrap();
        assert!(
            said.contains(
                "before vreg supplier add could print what it wrote; nothing was changed"
            ),
            "{said}"
        );
    }
    let out = env.with_closed_stdout(&["--format", "json", "supplier", "add", "Piped"]);
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(error["error"]["kind"], "io", "{error}");
    // A merge prints its report its own way, and keeps nothing either (it was lost, exit 0).
    let other = TestEnv::new();
    other.ok(&["supplier", "add", "Gynzy B.V."]);
    let before = env.fingerprint();
    let out = env.with_closed_stdout(&["merge", other.db.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    // A dry run writes nothing: it ends quietly, as a read does.
    let dry = [
        "merge",
        other.db.to_str().unwrap(),
        "--dry-run",
        "--format",
        "json",
    ];
    assert_eq!(env.with_closed_stdout(&dry).status.code(), Some(0));
    assert_eq!(before, env.fingerprint(), "the merge was kept");
}

#[test]
fn a_stdout_that_cannot_be_written_is_an_io_error_and_keeps_nothing() {
    let Some(_) = dev_full() else { return };
    let env = TestEnv::new();
    let other = TestEnv::new();
    other.ok(&["supplier", "add", "Gynzy B.V."]);
    let run = |env: &TestEnv, args: &[&str]| {
        env.std_cmd()
            .args(args)
            .stdout(dev_full().unwrap())
            .output()
            .unwrap()
    };
    // A merge whose report cannot be printed keeps nothing, as every other write.
    let before = env.fingerprint();
    let out = run(
        &env,
        &["merge", other.db.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(before, env.fingerprint(), "the merge was kept");
    // The error says what kind of failure it was.
    let out = run(&env, &["supplier", "list", "--format", "json"]);
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(error["error"]["kind"], "io", "{error}");
    // Help that cannot be written is not "done".
    assert_eq!(run(&env, &["--help"]).status.code(), Some(2));
    // An init that fails leaves no register behind, and the next one works.
    let fresh = TestEnv::empty();
    let out = fresh
        .cmd()
        .args(["init", "--example", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!fresh.db.exists(), "a failed init left a register");
    let out = run(&fresh, &["init", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!fresh.db.exists(), "a failed init left a register");
    fresh.ok(&["init", "--example"]);
}

#[test]
fn a_file_is_never_written_where_sqlite_keeps_its_journal() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy B.V."]);
    for suffix in ["-journal", "-wal", "-shm"] {
        let target = format!("{}{suffix}", env.db.display());
        let err = env.refused(&["backup", &target]);
        assert!(err.contains("SQLite keeps its journal"), "{err}");
        assert!(!std::path::Path::new(&target).exists());
        env.refused(&["export", "toml", "--out", &target]);
    }
    // Beside a file that is no database of this name, the name is free.
    let free = env.path("other.sqlite-journal");
    env.ok(&["backup", free.to_str().unwrap()]);
}

/// A date another tool wrote that is no date (`2025-02-30`): `check` said "ok", and every
/// command that read the row failed with "Conversion error from type Text at index: 4".
#[test]
fn a_date_vreg_cannot_read_is_named_by_check_and_said_plainly_elsewhere() {
    let env = TestEnv::new();
    env.with_agreement();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "UPDATE agreement SET signed_on = '2025-02-30' WHERE id = 'gynzy-bv-2024'",
        [],
    )
    .unwrap();
    drop(conn);
    let (code, report) = env.check_report();
    assert_eq!(code, Some(1));
    assert_eq!(
        report["unreadable_dates"],
        serde_json::json!(["agreement.signed_on = '2025-02-30' (1 row(s))"])
    );
    let error = env.json_error(&["agreement", "list"]);
    assert_eq!(error["error"]["kind"], "damaged", "{error}");
    assert_eq!(
        error["error"]["hint"], "`vreg check` looks for such dates and codes",
        "{error}"
    );
}

/// Two damaged bytes of the header (the page size): vreg said "not a vreg register (create one
/// with `vreg init` in a new file)" of the officer's own register, which still bears vreg's mark.
#[test]
fn a_damaged_header_of_a_vreg_register_is_damage_not_a_foreign_file() {
    let env = TestEnv::new();
    env.with_agreement();
    let mut bytes = std::fs::read(&env.db).unwrap();
    bytes[16] = 0;
    bytes[17] = 0;
    std::fs::write(&env.db, &bytes).unwrap();
    let out = env.cmd().args(["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("integrity damaged"), "{said}");
    let err = env.fails(&["supplier", "list"]);
    assert!(
        err.contains("is damaged: SQLite cannot read its header"),
        "{err}"
    );
    assert!(!err.contains("vreg init"), "{err}");
    let error = env.json_error(&["audit"]);
    assert_eq!(error["error"]["kind"], "damaged", "{error}");
}

/// `vreg check` itself failed (exit 2) on a register whose version another tool changed, and
/// called a register with SQLite's name damaged, or its version set to 0, "not a vreg register".
#[test]
fn check_examines_a_register_whose_version_or_name_another_tool_changed() {
    for (version, magic) in [(Some(22), false), (Some(0), false), (None, true)] {
        let env = TestEnv::new();
        env.with_agreement();
        if let Some(version) = version {
            let conn = rusqlite::Connection::open(&env.db).unwrap();
            conn.pragma_update(None, "user_version", version).unwrap();
        }
        if magic {
            let mut bytes = std::fs::read(&env.db).unwrap();
            bytes[..4].copy_from_slice(b"XXXX");
            std::fs::write(&env.db, &bytes).unwrap();
        }
        let out = env.cmd().args(["check"]).output().unwrap();
        let said = String::from_utf8(out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(1), "{version:?} {said}");
        match version {
            Some(v) => assert!(
                said.contains(&format!("schema version {v} where 23 was expected")),
                "{said}"
            ),
            None => assert!(said.contains("integrity damaged"), "{said}"),
        }
        let error = env.json_error(&["supplier", "list"]);
        assert_eq!(error["error"]["kind"], "damaged", "{error}");
        assert!(
            !error["error"]["message"]
                .as_str()
                .unwrap()
                .contains("vreg init"),
            "{error}"
        );
    }
}

#[test]
fn an_agreement_whose_supplier_another_tool_deleted_is_reported_not_left_out() {
    let env = TestEnv::new();
    env.with_agreement();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM supplier WHERE id = 'gynzy-bv';")
        .unwrap();
    drop(conn);
    let err = env.fails(&["export", "toml"]);
    assert!(err.contains("gynzy-bv-2024 → gynzy-bv"), "{err}");
    let error = env.json_error(&["audit"]);
    assert_eq!(error["error"]["kind"], "damaged", "{error}");
    // `check` names what the rows refer to: it said only how many.
    assert_eq!(env.code(&["check"]), Some(1));
    let (_, report) = env.check_report();
    assert_eq!(report["foreign_key_violations"], 1, "{report}");
    assert_eq!(
        report["dangling_references"],
        serde_json::json!(["agreement.supplier_id = 'gynzy-bv' (1 row(s))"]),
        "{report}"
    );
    let out = env.cmd().arg("check").output().unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(
            "1 row refers to something that is not there: agreement.supplier_id = 'gynzy-bv'"
        ),
        "{said}"
    );
}

/// The files in the register's directory, hidden ones too.
fn listing(env: &TestEnv) -> Vec<String> {
    crate::files::names(env.db.parent().unwrap())
}

#[test]
fn a_register_is_made_whole_under_another_name_and_then_put_in_place() {
    let env = TestEnv::empty();
    // A file that does not apply: nothing at all is left, no hidden file either.
    let bad = env.path("bad.toml");
    crate::common::write(
        &bad,
        "[[supplier]]\nid = \"x\"\nname = \"X\"\nrole = \"boss\"\n",
    );
    let before = listing(&env);
    env.fails(&["import", bad.to_str().unwrap(), "--create"]);
    assert_eq!(listing(&env), before);
    // A made register, and no file beside it.
    env.ok(&["init", "--example"]);
    let mut expected = before.clone();
    expected.push("register.sqlite".into());
    expected.sort();
    assert_eq!(listing(&env), expected);
    assert_eq!(env.code(&["check"]), Some(0));
    // What a stopped `init` left beside the path (a half-made register under its own name)
    // neither blocks the next one nor is taken for the register.
    let env = TestEnv::empty();
    // A process id above the kernel's highest never runs: its writer is gone.
    let left = env.db.with_file_name(".register.sqlite.9999999.2.new");
    crate::common::write(&left, "");
    env.ok(&["init"]);
    assert_eq!(env.code(&["check"]), Some(0));
    assert!(!left.exists(), "what a stopped init left is still there");
    // The same for the hidden copy a killed backup leaves (it holds every pupil).
    let copy = env.path(".b.sqlite.9999999.00ff.tmp");
    crate::common::write(&copy, "pupils");
    env.ok(&["backup", env.path("b.sqlite").to_str().unwrap()]);
    assert!(!copy.exists(), "what a killed backup left is still there");
}

#[test]
fn an_init_stopped_half_way_leaves_no_register_that_blocks_the_next() {
    let env = TestEnv::empty();
    // The file size limit stops vreg (SIGXFSZ) in the middle of writing the example register,
    // as a kill or a power loss would.
    let vreg = env.bare_cmd();
    let mut cmd = std::process::Command::new("sh");
    cmd.args(["-c", "ulimit -f 16; exec \"$0\" init --example"])
        .arg(vreg.get_program())
        .env_clear()
        .current_dir(env.db.parent().unwrap())
        .stdin(std::process::Stdio::null());
    for (key, value) in vreg.get_envs() {
        if let Some(value) = value {
            cmd.env(key, value);
        }
    }
    let out = cmd.output().unwrap();
    assert!(!out.status.success(), "the limit did not stop it");
    assert!(!env.db.exists(), "a half-made register is at the path");
    env.ok(&["init", "--example"]);
    assert_eq!(env.code(&["check"]), Some(0));
}

/// `-` is stdout everywhere else: a backup to `-` is refused, not written to a file named `-`.
#[test]
fn a_backup_to_stdout_is_refused() {
    let env = TestEnv::new();
    let dir = env.path("here");
    std::fs::create_dir(&dir).unwrap();
    let out = env
        .cmd()
        .current_dir(&dir)
        .args(["backup", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("error: a backup is written to a file"),
        "{err}"
    );
    assert!(!dir.join("-").exists());
}

/// Two `import --create` of one new register at once: the second failed with "already
/// exists" where, run after the first, it imports into it.
#[test]
fn two_imports_that_create_one_register_at_once_both_succeed() {
    let env = TestEnv::empty();
    let file = env.path("register.toml");
    crate::common::write(
        &file,
        "[[supplier]]\nname = \"Gynzy B.V.\"\n\n[[supplier]]\nname = \"Snappet\"\n",
    );
    for round in 0..4 {
        let db = env.path(&format!("boards/r{round}.sqlite"));
        let spawn = || {
            env.std_cmd()
                .args([
                    "--db",
                    db.to_str().unwrap(),
                    "import",
                    file.to_str().unwrap(),
                    "--create",
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (first, second) = (spawn(), spawn());
        for child in [first, second] {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let list = env.json(&["--db", db.to_str().unwrap(), "supplier", "list"]);
        assert_eq!(list.as_array().unwrap().len(), 2, "{list}");
    }
}

/// A page overwritten by garbage: `check` says the rows that refer to nothing are there, and
/// that the damage hides which; it never ends a line on a colon with nothing after it.
#[test]
fn check_on_a_damaged_page_says_every_problem_whole() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let mut bytes = std::fs::read(&env.db).unwrap();
    bytes[20480..23480].fill(0xff);
    std::fs::write(&env.db, &bytes).unwrap();
    let out = env.cmd().args(["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("integrity damaged"), "{said}");
    for line in said.lines() {
        assert!(!line.trim_end().ends_with(':'), "{said}");
    }
}
