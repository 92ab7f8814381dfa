//! Files vreg writes: made new under a random name, private, moved into place; never through a
//! link or a file someone planted.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{TestEnv, write};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The names in a directory, hidden ones too, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_planted_link_never_overwrites_the_register() {
    let env = TestEnv::new();
    env.with_agreement();
    let before = env.fingerprint();
    let gmr = env.path("gmr");
    std::fs::create_dir(&gmr).unwrap();
    // Links under the old temporary names and under the final names.
    for name in [
        ".verwerkersregister.csv.partial",
        ".externe-partijen.csv.partial",
        ".toestemmingen.csv.partial",
    ] {
        std::os::unix::fs::symlink("../register.sqlite", gmr.join(name)).unwrap();
    }
    // Under a final name, a link to the register is refused, and nothing is written.
    std::os::unix::fs::symlink("../register.sqlite", gmr.join("externe-partijen.csv")).unwrap();
    let err = env.refused(&["export", "gmr", "--out-dir", "gmr"]);
    assert!(err.contains("SQLite database"), "{err}");
    std::fs::remove_file(gmr.join("externe-partijen.csv")).unwrap();
    std::os::unix::fs::symlink("../elders.csv", gmr.join("externe-partijen.csv")).unwrap();
    env.ok(&["export", "gmr", "--out-dir", "gmr"]);
    assert_eq!(
        env.fingerprint(),
        before,
        "the register was written through a link"
    );
    assert!(env.ok(&["check"]).starts_with("ok: "));
    for name in [
        "verwerkersregister.csv",
        "externe-partijen.csv",
        "toestemmingen.csv",
    ] {
        let meta = std::fs::symlink_metadata(gmr.join(name)).unwrap();
        assert!(meta.is_file(), "{name} is a file of its own");
        assert_eq!(mode(&gmr.join(name)), 0o600, "{name}");
    }
    // A plain file planted under the old temporary name is left alone too.
    std::fs::remove_file(gmr.join(".toestemmingen.csv.partial")).unwrap();
    write(&gmr.join(".toestemmingen.csv.partial"), "someone else's");
    env.ok(&["export", "gmr", "--out-dir", "gmr"]);
    assert_eq!(
        std::fs::read_to_string(gmr.join(".toestemmingen.csv.partial")).unwrap(),
        "someone else's"
    );
    assert!(
        names(&gmr).iter().all(|n| !n.ends_with(".tmp")),
        "{:?}",
        names(&gmr)
    );
}

#[test]
fn a_failed_export_leaves_earlier_files_as_they_were_and_no_temporaries() {
    let env = TestEnv::new();
    env.with_agreement();
    let gmr = env.path("gmr");
    std::fs::create_dir(&gmr).unwrap();
    write(&gmr.join("verwerkersregister.csv"), "last year's");
    // The last of the three files cannot be put in place.
    std::fs::create_dir(gmr.join("toestemmingen.csv")).unwrap();
    let err = env.fails(&["export", "gmr", "--out-dir", "gmr"]);
    assert!(err.contains("toestemmingen.csv"), "{err}");
    assert_eq!(
        std::fs::read_to_string(gmr.join("verwerkersregister.csv")).unwrap(),
        "last year's"
    );
    assert_eq!(
        names(&gmr),
        ["toestemmingen.csv", "verwerkersregister.csv"],
        "no temporary file stays behind"
    );
}

#[test]
fn every_export_writes_a_private_file_with_out() {
    let env = TestEnv::new();
    env.with_agreement();
    for (args, name) in [
        (&["export", "toml"][..], "register.toml"),
        (&["export", "json"][..], "register.json"),
        (&["export", "gmr"][..], "overzicht.csv"),
    ] {
        let target = env.path(name);
        // A link at the target is replaced, never written through (a link to a register is
        // refused: `no_export_writes_over_a_register`).
        write(&env.path("notities.txt"), "eigen notities");
        std::os::unix::fs::symlink("notities.txt", &target).unwrap();
        let before = env.fingerprint();
        let mut all = args.to_vec();
        all.extend(["--out", name]);
        let out = env.ok(&all);
        assert!(out.is_empty(), "nothing on stdout with --out");
        assert_eq!(env.fingerprint(), before);
        assert!(std::fs::symlink_metadata(&target).unwrap().is_file());
        assert_eq!(mode(&target), 0o600, "{name}");
        assert_eq!(
            std::fs::read(&target).unwrap(),
            env.ok(args).into_bytes(),
            "{name}"
        );
        std::fs::remove_file(env.path("notities.txt")).unwrap();
    }
    assert!(names(env.dir.path()).iter().all(|n| !n.ends_with(".tmp")));
}

#[test]
fn a_backup_target_is_a_plain_path_never_an_sqlite_uri() {
    let env = TestEnv::new();
    env.with_agreement();
    let other = TestEnv::new();
    let other_before = other.fingerprint();
    // As an SQLite URI, `file:/x/register.sqlite` is the other register; as a path it is a file
    // under the directory `file:` here.
    let target = format!("file:{}", other.db.display());
    let local = env.dir.path().join(&target);
    std::fs::create_dir_all(local.parent().unwrap()).unwrap();
    env.ok(&["backup", &target]);
    assert_eq!(
        other.fingerprint(),
        other_before,
        "another register was overwritten"
    );
    assert_eq!(mode(&local), 0o600);
    assert!(
        env.ok(&["--db", local.to_str().unwrap(), "check"])
            .starts_with("ok: ")
    );
    let simple = "file:copy.sqlite";
    env.ok(&["backup", simple]);
    assert_eq!(mode(&env.path(simple)), 0o600);
    assert!(!env.path("copy.sqlite").exists());
}

#[test]
fn a_backup_never_replaces_or_follows_what_is_at_its_target() {
    let env = TestEnv::new();
    env.with_agreement();
    let victim = env.path("victim");
    write(&victim, "keep me");
    std::os::unix::fs::symlink("victim", env.path("link.sqlite")).unwrap();
    let err = env.fails(&["backup", "link.sqlite"]);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert_eq!(
        names(env.dir.path()),
        ["link.sqlite", "register.sqlite", "victim"]
    );
}

#[test]
fn a_backup_finishes_while_another_process_keeps_writing() {
    let env = TestEnv::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    // About 20 MB: a copy in small steps takes longer than the pause between two writes.
    conn.execute_batch(
        "CREATE TABLE ballast (b BLOB);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
         INSERT INTO ballast SELECT randomblob(4000) FROM n;",
    )
    .unwrap();
    drop(conn);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (db, stop) = (env.db.clone(), stop.clone());
        std::thread::spawn(move || {
            let conn = rusqlite::Connection::open(db).unwrap();
            conn.busy_timeout(std::time::Duration::from_secs(30))
                .unwrap();
            let mut writes = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let row = 1 + writes % 5000;
                conn.execute(
                    "UPDATE ballast SET b = randomblob(4000) WHERE rowid = ?1",
                    [row],
                )
                .unwrap();
                writes += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            writes
        })
    };
    let mut child = env
        .std_cmd()
        .args(["backup", "copy.sqlite"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > std::time::Duration::from_secs(30) {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let writes = writer.join().unwrap();
    let status = status.expect("the backup did not finish within 30 s of steady writes");
    assert!(status.success());
    assert!(writes > 0);
    assert!(
        env.ok(&["--db", "copy.sqlite", "check"])
            .starts_with("ok: ")
    );
}

/// A pipe or a device at `--out` (or a link to one, as `/dev/stdout` is) is refused: it is never
/// replaced by a file, which as root would have taken `/dev/null` away.
#[test]
fn a_pipe_or_a_device_at_out_is_refused_and_stays() {
    use std::os::unix::fs::FileTypeExt;
    let env = TestEnv::new();
    let fifo = env.path("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let link = env.path("stdout-link");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    for target in [&fifo, &link] {
        for args in [
            vec!["report", "year", "2026", "--out"],
            vec!["export", "toml", "--out"],
            vec!["backup"],
        ] {
            let mut args = args.clone();
            args.push(target.to_str().unwrap());
            let err = env.refused(&args);
            assert!(err.contains("not a file"), "{args:?}: {err}");
        }
    }
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    let dir = fifo.parent().unwrap();
    assert!(
        names(dir).iter().all(|n| !n.ends_with(".tmp")),
        "{:?}",
        names(dir)
    );
}

/// `export toml --out` naming the register itself wrote the export over it: exit 0, and the
/// whole register (consent history, log, pupils) gone. No export replaces an SQLite database
/// (a link to one is replaced itself, as every link at a target is).
#[test]
fn no_export_writes_over_a_register() {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    env.ok(&["backup", "copy.sqlite"]);
    let register = env.path("register.sqlite");
    let copy = env.path("copy.sqlite");
    // A link scripts open the register by (`--db cur.sqlite`): replacing it would leave them a
    // TOML file where the register was.
    let link = env.path("cur.sqlite");
    std::os::unix::fs::symlink("register.sqlite", &link).unwrap();
    let bytes = std::fs::read(&copy).unwrap();
    for target in [&register, &copy, &link] {
        let target = target.to_str().unwrap();
        for args in [
            vec!["export", "toml", "--out", target],
            vec!["export", "json", "--with-pupils", "--out", target],
            vec!["export", "art30", "--out", target],
            vec!["export", "gmr", "--out", target],
            vec!["report", "year", "2026", "--out", target],
            vec!["deadlines", "--format", "ics", "--out", target],
        ] {
            let err = env.refused(&args);
            assert!(err.contains("SQLite database"), "{args:?}: {err}");
        }
    }
    assert_eq!(std::fs::read(&copy).unwrap(), bytes);
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(env.ok(&["check"]).starts_with("ok: "));
}

/// A link to `/proc/self/fd/1` (what `/dev/stdout` is) with stdout sent to a file: behind it
/// stands a plain file, and the link was replaced by the export (as root, `/dev/stdout` itself)
/// while the script's file stayed empty.
#[test]
fn a_link_to_stdout_is_refused_when_stdout_is_a_file() {
    let env = TestEnv::new();
    let link = env.path("mystdout");
    std::os::unix::fs::symlink("/proc/self/fd/1", &link).unwrap();
    let chained = env.path("chained");
    std::os::unix::fs::symlink("/dev/stdout", &chained).unwrap();
    for target in [&link, &chained] {
        let sink = std::fs::File::create(env.path("sink.txt")).unwrap();
        let out = env
            .std_cmd()
            .args(["export", "toml", "--out", target.to_str().unwrap()])
            .stdout(sink)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("not a file"), "{err}");
        assert!(std::fs::symlink_metadata(target).unwrap().is_symlink());
    }
    // `/dev/shm` is a directory of plain files, not a device.
    if std::path::Path::new("/dev/shm").is_dir() {
        let shm = format!("/dev/shm/vreg-test-{}.toml", std::process::id());
        env.ok(&["export", "toml", "--out", &shm]);
        assert!(std::fs::metadata(&shm).unwrap().is_file());
        std::fs::remove_file(&shm).unwrap();
    }
}

/// `--out -` is stdout, as `-` is stdin for the files vreg reads: no file named `-`.
#[test]
fn out_dash_is_stdout() {
    let env = TestEnv::new();
    let plain = env.ok(&["export", "toml"]);
    let dir = env.path("");
    for args in [
        vec!["export", "toml", "--out", "-"],
        vec!["report", "year", "2026", "--format", "json", "--out", "-"],
        vec!["deadlines", "--format", "json", "--out", "-"],
    ] {
        let out = env.cmd().current_dir(&dir).args(&args).output().unwrap();
        assert!(
            out.status.success() || out.status.code() == Some(1),
            "{args:?}"
        );
        assert!(!out.stdout.is_empty(), "{args:?}");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("wrote"),
            "{args:?}"
        );
    }
    let out = env
        .cmd()
        .current_dir(&dir)
        .args(["export", "toml", "--out", "-"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), plain);
    assert!(!dir.join("-").exists());
}
