//! Hostile text: formulas in CSV, terminal escapes, absurd sizes.

use std::os::unix::fs::PermissionsExt;

use crate::common::{TestEnv, write};

/// Every cell of a CSV document on stdout.
fn cells(csv: &str) -> Vec<String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes())
        .records()
        .flat_map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
        .collect()
}

#[test]
fn no_csv_output_starts_a_cell_with_a_formula() {
    let env = TestEnv::new();
    let formula = "=HYPERLINK(\"http://evil.example\",\"klik\")";
    env.ok(&[
        "supplier", "add", formula, "--id", "evil", "--notes", "+31 20",
    ]);
    env.ok(&[
        "agreement",
        "add",
        "evil",
        "--signed-on",
        "2024-01-01",
        "--product",
        "@SUM(1)",
    ]);
    env.ok(&["consent", "purpose", "add", "--id", "foto", "--", "-Foto"]);
    let pupils = env.path("pupils.csv");
    write(
        &pupils,
        "leerlingnummer;naam;groep;foto\n1;=cmd|' /C calc'!A0;5B;nee\n",
    );
    env.ok(&["pupil", "import", pupils.to_str().unwrap()]);
    env.ok(&[
        "--actor",
        "@admin",
        "supplier",
        "edit",
        "evil",
        "--website=-x",
    ]);
    for args in [
        &["supplier", "list"][..],
        &["convenant", "list"],
        &["agreement", "list"],
        &["consent", "list", "--purpose", "foto"],
        &["consent", "purposes"],
        &["pupil", "list"],
        &["log"],
        &["export", "gmr"],
    ] {
        let mut all = args.to_vec();
        if args[0] != "export" {
            all.extend(["--format", "csv"]);
        }
        let out = env.ok(&all);
        let out = out.trim_start_matches('\u{feff}');
        let cells = if args[0] == "export" {
            csv::ReaderBuilder::new()
                .delimiter(b';')
                .has_headers(false)
                .from_reader(out.as_bytes())
                .records()
                .flat_map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
                .collect()
        } else {
            cells(out)
        };
        assert!(
            cells.iter().any(|c| c.starts_with('\'')),
            "{args:?} shows the hostile value: {out}"
        );
        for cell in cells {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{args:?}: {cell:?}"
            );
        }
    }
}

const ESC: &str = "\u{1b}[8m";

/// Stderr and stdout of a run, whatever its exit code.
fn both(env: &TestEnv, args: &[&str]) -> String {
    let out = env.cmd().args(args).output().unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn control_characters_are_refused_on_every_way_in() {
    let env = TestEnv::new();
    let bad_names = [
        format!("Gynzy{ESC}"),
        "Bel\u{7}".to_string(),
        "Nul\0l".to_string(),
        "csi\u{9b}".to_string(),
        "abc\u{202e}fdp.exe".to_string(),
        "iso\u{2066}late".to_string(),
        "tab\there".to_string(),
        "two\nlines".to_string(),
    ];
    for name in &bad_names {
        if name.contains('\0') {
            continue; // no argument can hold NUL; the TOML and CSV cases below do
        }
        let err = env.refused(&["supplier", "add", name]);
        assert!(err.contains("control character U+"), "{err}");
        assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    }
    env.ok(&[
        "supplier",
        "add",
        "Gynzy",
        "--notes",
        "regel 1\n\tregel 2\r\nregel 3",
    ]);
    env.refused(&["supplier", "edit", "gynzy", &format!("--notes=x{ESC}")]);
    env.refused(&[
        "supplier",
        "edit",
        "gynzy",
        "--website",
        "https://x.example/\u{7}",
    ]);
    env.refused(&[
        "party",
        "add",
        "GGD\u{202e}",
        "--kind",
        "care",
        "--basis",
        "consent",
    ]);
    env.refused(&["consent", "purpose", "add", &format!("Foto{ESC}")]);
    env.refused(&[
        "--actor",
        &format!("admin{ESC}"),
        "supplier",
        "add",
        "Anders",
    ]);

    let toml = env.path("hostile.toml");
    for body in [
        "[organisation]\nname = \"Stichting \\u001b[2J\"\n",
        "[[supplier]]\nname = \"Gynzy\\u0007\"\n",
        "[[supplier]]\nname = \"Gynzy\"\nnotes = \"nul \\u0000\"\n",
        "[[party]]\nname = \"P\\u202d\"\nkind = \"care\"\nbasis = \"consent\"\n",
        "[[school]]\nbrin = \"12AB\"\nvestiging = \"00\"\nname = \"De\\u009bRegenboog\"\n",
    ] {
        write(&toml, body);
        let err = env.refused(&["import", toml.to_str().unwrap()]);
        assert!(err.contains("control character U+"), "{body}: {err}");
    }
    let pupils = env.path("pupils.csv");
    for row in [
        "1;Xan\u{1b}[8mthippe;5B",
        "1;Xan;5B\u{7}",
        "1;Xan\u{0};5B",
        "1;Xan\u{202e};5B",
    ] {
        write(&pupils, format!("leerlingnummer;naam;groep\n{row}\n"));
        let err = env.refused(&["pupil", "import", pupils.to_str().unwrap()]);
        assert!(err.contains("line 2") && err.contains("U+"), "{err}");
    }
}

#[test]
fn text_stored_before_is_shown_escaped() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy", "--id", "gynzy"]);
    // A register written by an older vreg, which let these through.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "UPDATE supplier SET name = 'Gyn' || char(27) || '[8mzy' || char(7), notes = 'a' || char(8238) || 'b'",
        [],
    )
    .unwrap();
    conn.execute(
        "UPDATE change_event SET actor = 'ev' || char(27) || ']0;pwned' || char(7) || 'il'",
        [],
    )
    .unwrap();
    drop(conn);
    for args in [
        &["supplier", "list"][..],
        &["supplier", "show", "gynzy"],
        &["log"],
        &["audit"],
    ] {
        let out = both(&env, args);
        for c in ['\u{1b}', '\u{7}', '\u{202e}'] {
            assert!(!out.contains(c), "{args:?} printed {c:?}: {out:?}");
        }
        assert!(out.contains("\\u{1b}"), "{args:?}: {out}");
    }
    let err = env.fails(&["supplier", "show", "no\u{1b}]0;x\u{7}"]);
    assert!(
        err.contains("\\u{1b}") && !err.contains('\u{1b}'),
        "{err:?}"
    );
}

#[test]
fn every_text_has_its_limit_on_every_path() {
    let env = TestEnv::new();
    let toml = env.path("org.toml");
    write(
        &toml,
        format!("[organisation]\nname = \"{}\"\n", "S".repeat(301)),
    );
    assert!(
        env.refused(&["import", toml.to_str().unwrap()])
            .contains("at most 300")
    );
    write(&toml, "[organisation]\nname = \"  \"\n");
    assert!(
        env.refused(&["import", toml.to_str().unwrap()])
            .contains("the organisation's name cannot be empty")
    );
    let err = env.refused(&["--actor", &"a".repeat(100_000), "supplier", "add", "X"]);
    assert!(err.contains("the actor is 100000 characters long"), "{err}");
    // A read names no actor: a bad one (a stray `$USER`) does not stop it.
    let out = env
        .cmd()
        .env("VREG_ACTOR", "x\u{202e}")
        .args(["supplier", "list"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = env.refused(&["--actor", "x\u{202e}", "supplier", "add", "Y"]);
    assert!(err.contains("the actor contains"), "{err}");
    let err = env.refused(&["import", "/dev/zero"]);
    assert!(err.contains("more than 64 MiB"), "{err}");
    let err = env.refused(&["pupil", "import", "/dev/zero"]);
    assert!(err.contains("more than 64 MiB"), "{err}");
}

#[test]
fn imports_read_from_a_pipe() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["import", "/dev/stdin"])
        .write_stdin("[organisation]\nname = \"Stichting Pijp\"\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(env.ok(&["export", "toml"]).contains("Stichting Pijp"));
    for path in ["-", "/dev/stdin"] {
        let out = env
            .cmd()
            .args(["pupil", "import", path])
            .write_stdin(format!(
                "leerlingnummer;naam;groep\n{};Ann;5B\n",
                path.len()
            ))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{path}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(env.json(&["pupil", "list"]).as_array().unwrap().len(), 2);
}

/// vreg in `env` with its register read-only: as root (who writes anywhere) run as nobody,
/// otherwise with the file and its directory made read-only. The directory is given back its
/// mode by [`writable_again`].
fn read_only(env: &TestEnv) -> std::process::Command {
    let dir = env.dir.path();
    let mut cmd = env.bare_cmd();
    cmd.stdin(std::process::Stdio::null());
    let root = std::fs::metadata("/proc/self").map(|m| {
        use std::os::unix::fs::MetadataExt;
        m.uid() == 0
    });
    if root.unwrap_or(false) {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
        let mut wrapped = std::process::Command::new("setpriv");
        wrapped
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(cmd.get_program())
            .envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .current_dir(dir)
            .stdin(std::process::Stdio::null());
        wrapped
    } else {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o444)).unwrap();
        cmd
    }
}

fn writable_again(env: &TestEnv) {
    std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// The register file writable, its directory not: SQLite cannot write its journal there, and a
/// dry run failed as on a read-only file.
#[test]
fn a_dry_run_needs_no_write_access_to_the_directory() {
    let env = TestEnv::new();
    let pupils = env.path("leerlingen.csv");
    write(&pupils, "leerlingnummer;naam;groep\n1001;Anna;5B\n");
    let mut cmd = read_only(&env);
    // As root vreg runs as nobody: nobody owns the file. Otherwise the owner may write it.
    if cmd.get_program() == "setpriv" {
        std::os::unix::fs::chown(&env.db, Some(65534), Some(65534)).unwrap();
    } else {
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = cmd
        .args(["pupil", "import", pupils.to_str().unwrap(), "--dry-run"])
        .output()
        .unwrap();
    writable_again(&env);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("1 pupil added"), "{stderr}");
}

/// A dry run of an import, a pupil import or a merge failed on a register this user may only
/// read ("cannot write the register"), though it writes nothing: it now runs on a copy in
/// memory, and says what it would do.
#[test]
fn a_dry_run_needs_no_write_access() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    let other = TestEnv::new();
    other.ok(&["supplier", "add", "Heutink"]);
    let pupils = env.path("leerlingen.csv");
    write(&pupils, "leerlingnummer;naam;groep\n1001;Anna;5B\n");
    let file = env.path("register.toml");
    write(
        &file,
        "[[supplier]]\nid = \"basispoort\"\nname = \"Basispoort\"\nrole = \"processor\"\n",
    );
    let shared = env.path("other.sqlite");
    std::fs::copy(&other.db, &shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = env.fingerprint();
    for (args, said) in [
        (
            vec!["pupil", "import", pupils.to_str().unwrap(), "--dry-run"],
            "1 pupil added",
        ),
        (
            vec!["import", file.to_str().unwrap(), "--dry-run"],
            "1 added",
        ),
        (
            vec!["merge", shared.to_str().unwrap(), "--dry-run"],
            "dry run",
        ),
    ] {
        let out = read_only(&env).args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        assert!(stderr.contains(said), "{args:?}: {stderr}");
        // Without --dry-run it is refused as before.
        let wet: Vec<&str> = args.iter().copied().filter(|a| *a != "--dry-run").collect();
        let out = read_only(&env).args(&wet).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{wet:?}");
    }
    writable_again(&env);
    assert_eq!(env.fingerprint(), before);
}

/// An older register this user may only read cannot be migrated: that said it was damaged
/// ("its tables are not what that version has"); it is read-only, and said so.
#[test]
fn an_older_read_only_register_is_read_only_not_damaged() {
    let env = TestEnv::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("DROP TABLE pupil_removal; PRAGMA user_version = 22;")
        .unwrap();
    drop(conn);
    let out = read_only(&env)
        .args(["--format", "json", "supplier", "list"])
        .output()
        .unwrap();
    writable_again(&env);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let error: serde_json::Value = serde_json::from_str(&stderr).unwrap();
    assert_eq!(error["error"]["kind"], "io", "{stderr}");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("read-only"),
        "{stderr}"
    );
}

#[test]
fn a_read_only_register_is_named_in_the_error() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    let out = read_only(&env)
        .args(["--format", "json", "supplier", "add", "Anders"])
        .output()
        .unwrap();
    writable_again(&env);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("Error code"), "{stderr}");
    let error: serde_json::Value = serde_json::from_str(&stderr).unwrap();
    let message = error["error"]["message"].as_str().unwrap();
    assert!(message.contains(&env.db.display().to_string()), "{stderr}");
    assert!(message.contains("read-only"), "{stderr}");
    // A file that cannot be written is an `io` failure, as formats.md says (it said `invalid`).
    assert_eq!(error["error"]["kind"], "io", "{stderr}");
    // Reading still works.
    assert!(env.ok(&["supplier", "list"]).contains("Gynzy"));
}
