use std::os::unix::fs::PermissionsExt;

use crate::common::{TestEnv, write};

#[test]
fn init_creates_a_private_file_in_a_private_directory_and_says_where() {
    let env = TestEnv::empty();
    let db = env.path("deep/er/register.sqlite");
    let out = env.cmd().env("VREG_DB", &db).arg("init").output().unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains(&format!("created register at {}", db.display()))
    );
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(db.parent().unwrap()), 0o700);
    let again = env.cmd().env("VREG_DB", &db).arg("init").output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&again.stderr)
            .contains("already exists; `vreg init` makes a register in a new file")
    );
}

#[test]
fn the_register_is_found_by_flag_then_env_then_data_dir() {
    let env = TestEnv::empty();
    // No --db, no VREG_DB: the platform data dir.
    let out = env
        .cmd()
        .env_remove("VREG_DB")
        .arg("init")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(env.path("xdg/verwerkersregister/register.sqlite").is_file());
    // --db wins over VREG_DB.
    let flag_db = env.path("flag.sqlite");
    env.cmd()
        .args(["--db", flag_db.to_str().unwrap(), "init"])
        .assert()
        .success();
    assert!(flag_db.is_file());
    assert!(!env.db.exists());
}

#[test]
fn a_missing_register_names_the_path_and_init() {
    let env = TestEnv::empty();
    let err = env.fails(&["supplier", "list"]);
    assert_eq!(
        err,
        format!(
            "error: no register at {}; create it with `vreg init` (or point --db / VREG_DB at one)",
            env.db.display()
        )
    );
    assert!(!env.db.exists(), "a read must not create the register");
}

#[test]
fn files_that_are_not_registers_are_refused_unchanged() {
    let env = TestEnv::empty();
    write(
        &env.db,
        b"these are not the droids you are looking for, just text in a file.......",
    );
    let err = env.refused(&["supplier", "list"]);
    assert!(err.contains("is not a vreg register"), "{err}");

    let other = rusqlite::Connection::open(env.path("other.sqlite")).unwrap();
    other
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(other);
    let out = env
        .cmd()
        .env("VREG_DB", env.path("other.sqlite"))
        .args(["supplier", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a vreg register"));

    std::fs::create_dir(env.path("dir.sqlite")).unwrap();
    let out = env
        .cmd()
        .env("VREG_DB", env.path("dir.sqlite"))
        .args(["supplier", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a vreg register"));
}

#[test]
fn a_register_from_a_newer_vreg_is_refused_unchanged() {
    let env = TestEnv::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let err = env.refused(&["supplier", "add", "X"]);
    assert!(
        err.contains("was written by a newer vreg (schema version 999"),
        "{err}"
    );
}

#[test]
fn a_register_with_a_negative_schema_version_is_refused_unchanged() {
    let env = TestEnv::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "user_version", -1).unwrap();
    drop(conn);
    // Even a command that only reads: it would have migrated the file to the last version.
    let err = env.refused(&["supplier", "list"]);
    assert!(err.contains("is not a vreg register"), "{err}");
}

#[test]
fn help_and_version_exit_zero_and_usage_errors_exit_two() {
    let env = TestEnv::empty();
    env.cmd().arg("--help").assert().success();
    env.cmd()
        .args(["supplier", "add", "--help"])
        .assert()
        .success();
    let version = env.ok(&["--version"]);
    assert!(version.starts_with("vreg "));
    assert!(
        env.fails(&["frobnicate"])
            .contains("unrecognized subcommand 'frobnicate'")
    );
    // `vreg` alone is no error: it shows the commands to start with.
    assert_eq!(env.cmd().output().unwrap().status.code(), Some(0));
}

#[test]
fn a_pinned_today_must_be_a_date() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .env("VREG_TODAY", "soon")
        .args(["agreement", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("VREG_TODAY: 'soon' is not a date"));
}

#[test]
fn an_empty_file_or_a_directory_is_not_made_into_a_register() {
    let env = TestEnv::empty();
    write(&env.db, b"");
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(env.refused(&["log"]).contains("is not a vreg register"));
    assert!(
        env.refused(&["supplier", "add", "X"])
            .contains("is not a vreg register")
    );
    assert!(env.refused(&["init"]).contains("already exists"));
    assert_eq!(
        std::fs::metadata(&env.db).unwrap().len(),
        0,
        "the empty file was written to"
    );
    let dir = env.path("dir");
    std::fs::create_dir(&dir).unwrap();
    let out = env.cmd().env("VREG_DB", &dir).arg("init").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
}

#[test]
fn empty_environment_variables_count_as_unset() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .env("VREG_DB", "")
        .args(["--db", env.db.to_str().unwrap(), "supplier", "add", "X"])
        .env("VREG_ACTOR", "")
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env_remove("USERNAME")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let actor = env.json(&["log", "--entity", "supplier:x"])[0]["actor"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!actor.is_empty() && actor != "unknown", "{actor}");
}

#[test]
fn a_missing_subcommand_is_one_error_line() {
    let env = TestEnv::empty();
    for args in [&["supplier"][..], &["agreement", "subprocessor"][..]] {
        let err = env.fails(args);
        assert!(err.contains("a command is needed here"), "{err}");
    }
}
