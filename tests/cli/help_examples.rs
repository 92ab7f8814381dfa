//! Every example in `--help` is one line a shell reads as it stands, and it runs: each is run by
//! `sh` against a fresh copy of a prepared register (the example board and the ids the examples
//! name), and must answer (exit 0 or 1) without an error.

use std::path::Path;
use std::process::Command;

use assert_cmd::cargo::cargo_bin;

use crate::common::{TODAY, TestEnv, write};

/// Every example line of every command's `--help`, with the command it belongs to.
fn examples() -> Vec<(String, String)> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
        if let Some(after) = cmd.get_after_help() {
            let mut in_examples = false;
            for line in after.to_string().lines() {
                if line.starts_with("Example") {
                    in_examples = true;
                    continue;
                }
                if !line.starts_with(' ') {
                    in_examples = false;
                }
                if in_examples && let Some(example) = line.trim_start().strip_prefix("vreg ") {
                    out.push((path.to_string(), format!("vreg {example}")));
                } else if in_examples && !line.trim().is_empty() {
                    out.push((path.to_string(), line.trim().to_string()));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }
    let mut out = Vec::new();
    walk(&verwerkersregister::cli::command(), "vreg", &mut out);
    out
}

/// The longest example line: it stays whole in help at the width clap uses off a terminal
/// (100 columns, two of them indent).
const LONGEST: usize = 98;

#[test]
fn every_help_example_is_one_whole_line() {
    let examples = examples();
    assert!(examples.len() > 100, "{} examples found", examples.len());
    let mut wrong = Vec::new();
    for (command, line) in &examples {
        if !(line.starts_with("vreg ") || line.starts_with("id=$(vreg ")) {
            wrong.push(format!(
                "`{command} --help`: not a command (wrapped?): {line}"
            ));
        } else if line.trim_end().ends_with('\\') {
            wrong.push(format!(
                "`{command} --help`: continued on the next line: {line}"
            ));
        } else if line.chars().count() > LONGEST {
            wrong.push(format!(
                "`{command} --help`: {} characters, wraps: {line}",
                line.chars().count()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// What an example needs beyond the prepared register, run by `sh` before it.
const SETUP: &[(&str, &str)] = &[
    (
        "subprocessor remove",
        "vreg agreement subprocessor add gynzy-bv-2024 \"Amazon Web Services\" --country IE",
    ),
    (
        "retire oud-bv --undo",
        "vreg supplier retire oud-bv --on 2026-07-31",
    ),
    (
        "accept --revoke",
        "vreg audit accept convenant-none supplier:camping-de-berk --reason kamp --until 2027-07-31",
    ),
    (
        "breach close",
        "vreg breach assess 2026-001 --risk risk --reason r",
    ),
    (
        "breach notify",
        "vreg breach assess 2026-001 --risk high --reason r",
    ),
];

#[test]
fn every_help_example_runs_against_a_prepared_register() {
    let prepared = prepared_register();
    let mut failures = Vec::new();
    let examples = examples();
    for (command, line) in &examples {
        let env = TestEnv::empty();
        let home = env.dir.path();
        let bin = home.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        link_tools(&bin);
        for dir in [
            ".local/share/bash-completion/completions",
            ".zfunc",
            ".config/fish/completions",
            ".local/share/man/man1",
            "backups",
        ] {
            std::fs::create_dir_all(home.join(dir)).unwrap();
        }
        let starts_fresh = line == "vreg init" || line.contains("--db board.sqlite");
        if !starts_fresh {
            std::fs::copy(&prepared.db, &env.db).unwrap();
        }
        files_for_examples(&prepared, home);
        let sh = |script: &str| {
            Command::new("sh")
                .arg("-c")
                .arg(script)
                .env_clear()
                .env("HOME", home)
                .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
                .env("VREG_DB", &env.db)
                .env("VREG_ACTOR", "tester")
                .env("VREG_TODAY", TODAY)
                .env("XDG_DATA_HOME", home.join("xdg"))
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .current_dir(home)
                .stdin(std::process::Stdio::null())
                .output()
                .unwrap()
        };
        for (wanted, setup) in SETUP {
            if line.contains(wanted) {
                let out = sh(setup);
                assert!(
                    out.status.success(),
                    "setup for `{line}`: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
        let out = sh(line);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let answered = matches!(out.status.code(), Some(0 | 1));
        if !answered || stderr.contains("error:") {
            failures.push(format!(
                "`{command} --help`: {line}\n    exit {:?}: {}",
                out.status.code(),
                stderr.trim()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}

/// `vreg` itself, a `mail` that swallows what it is given (examples mail a report from cron),
/// and `git` in a repository of its own.
fn link_tools(bin: &Path) {
    std::os::unix::fs::symlink(cargo_bin!("vreg"), bin.join("vreg")).unwrap();
    write(&bin.join("mail"), "#!/bin/sh\ncat >/dev/null\n");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(bin.join("mail"), std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// The files the examples read: an administration export, a register file, a patch, the example
/// register, and a second board's register to merge.
fn files_for_examples(prepared: &Prepared, dir: &Path) {
    write(&dir.join("leerlingen.csv"), PUPILS);
    write(
        &dir.join("export.csv"),
        "Leerlingnummer;Roepnaam;Achternaam;Groep;BRIN;Foto website;Adres\n\
         1001;Sanne;de Vries;5B;12AB00;ja;Dorpsstraat 1\n",
    );
    write(&dir.join("register.toml"), &prepared.toml);
    write(
        &dir.join("shared.toml"),
        "[[supplier]]\nid = \"gynzy-bv\"\nnotes = \"gedeeld bestand van de stichting\"\n",
    );
    write(
        &dir.join("register.example.toml"),
        std::fs::read_to_string("register.example.toml").unwrap(),
    );
    std::fs::copy(&prepared.db, dir.join("een.sqlite")).unwrap();
    std::fs::copy(&prepared.other, dir.join("twee.sqlite")).unwrap();
    let git = Command::new("git")
        .args(["init", "-q"])
        .current_dir(dir)
        .output();
    assert!(git.is_ok_and(|o| o.status.success()), "git init");
}

const PUPILS: &str = "Leerlingnummer;Roepnaam;Achternaam;Groep;BRIN;Geboortedatum;Foto intern;Foto website\n\
1001;Sanne;de Vries;5B;12AB00;2017-03-14;ja;nee\n\
1002;Daan;Jansen;5B;12AB00;2017-06-02;nee;nee\n\
1003;Noor;Bakker;7A;12AB01;2015-01-20;ja;ja\n";

/// The prepared register, its export, and another board's register.
pub struct Prepared {
    pub env: TestEnv,
    pub db: std::path::PathBuf,
    pub toml: String,
    pub other: std::path::PathBuf,
}

/// The example board, the suppliers, parties and records the examples name, three saved audit
/// runs, a breach and two requests.
pub fn prepared_register() -> Prepared {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let pupils = env.path("leerlingen.csv");
    write(&pupils, PUPILS);
    env.ok(&[
        "pupil",
        "import",
        pupils.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    let extra = env.path("extra.toml");
    write(&extra, EXTRA);
    env.ok(&["import", extra.to_str().unwrap(), "--merge"]);
    for args in [
        &[
            "breach",
            "add",
            "Phishingmail leverancier",
            "--discovered",
            "2026-10-23 16:00",
            "--supplier",
            "gynzy-bv",
        ][..],
        &[
            "breach",
            "add",
            "Laptop kwijt",
            "--discovered",
            "2026-11-02 09:00",
        ],
        &[
            "request",
            "add",
            "access",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-02",
        ],
        &[
            "request",
            "add",
            "erasure",
            "--pupil",
            "1001",
            "--by",
            "parent",
            "--received",
            "2026-11-10",
        ],
        &[
            "audit",
            "--save",
            "--fail-on",
            "never",
            "--as-of",
            "2026-09-01",
        ],
        &[
            "audit",
            "--save",
            "--fail-on",
            "never",
            "--as-of",
            "2026-10-01",
        ],
        &["audit", "--save", "--fail-on", "never"],
    ] {
        env.ok(args);
    }
    let toml = env.ok(&["export", "toml"]);
    // Another board of the same stichting: its own supplier, the same consent purposes.
    let other = TestEnv::empty();
    let purposes: String = toml
        .split("\n[[")
        .filter(|block| block.starts_with("purpose]]") && !block.contains("\nparty = "))
        .map(|block| format!("\n[[{block}"))
        .collect();
    let other_file = other.path("twee.toml");
    write(&other_file, purposes);
    other.ok(&["init"]);
    other.ok(&["import", other_file.to_str().unwrap(), "--merge"]);
    other.ok(&["supplier", "add", "Twee Leermiddelen B.V."]);
    let other_db = env.path("twee.sqlite");
    std::fs::copy(&other.db, &other_db).unwrap();
    Prepared {
        db: env.db.clone(),
        toml,
        other: other_db,
        env,
    }
}

/// What the examples name beyond the example board.
const EXTRA: &str = r#"
[[supplier]]
id = "gynzy-bv"
name = "Gynzy B.V."
role = "processor"
convenant = "participant"
convenant_version = "4.0"

[[supplier.agreement]]
id = "gynzy-bv-2024"
products = ["Gynzy"]
model = "model-4.0"
signed_on = 2024-02-15
expires_on = 2027-07-31
storage_countries = ["NL"]
scope = ["eck-id", "name", "group", "bsn"]

[[supplier]]
id = "parnassys"
name = "ParnasSys"
role = "processor"

[[supplier.agreement]]
id = "parnassys-2023"
signed_on = 2023-01-10
scope = ["name", "pupil-number"]

[[supplier]]
id = "oud-bv"
name = "Oud B.V."
role = "processor"

[[supplier]]
id = "camping-de-berk"
name = "Camping De Berk"
role = "processor"
convenant = "none"

[[party]]
id = "oude-partij"
name = "Oude partij"
kind = "other"
basis = "contract"

[[processing]]
id = "oude-verwerking"
name = "Oude verwerking"
purposes = ["niet meer in gebruik"]
basis = "contract"
subjects = ["pupils"]
categories = ["name"]
"#;
