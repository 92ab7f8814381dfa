//! At home in a shell: completions, man page, help, colour, width, and real terminals.

use std::time::Duration;

use crate::common::TestEnv;

#[test]
fn completions_and_man_page_come_from_the_parser() {
    let env = TestEnv::empty();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = env.ok(&["completions", shell]);
        assert!(
            script.contains("supplier") && script.contains("leverancier"),
            "{shell}"
        );
        assert!(script.contains("--fail-on"), "{shell}");
        // Enumerations complete too.
        assert!(
            script.contains("joint-controller") && script.contains("legal-obligation"),
            "{shell}"
        );
    }
    assert!(
        env.refused(&["completions", "tcsh"])
            .contains("invalid value 'tcsh'")
    );
    let man = env.ok(&["man"]);
    assert!(man.contains(".TH vreg 1"), "{man}");
    assert!(man.contains("verwerkersregister"));
    // Every command has its subsection, with its own options; the global ones are said once.
    for command in [
        "vreg supplier add",
        "vreg consent set",
        "vreg breach notify",
        "vreg report year",
        "vreg audit",
        "vreg audit history",
    ] {
        assert!(man.contains(&format!(".SS \"{command}\"")), "{command}");
    }
    assert!(
        man.contains("\\fB\\-\\-breach\\-notice\\-hours\\fR"),
        "agreement add's options"
    );
    assert_eq!(man.matches(".SH \"GLOBAL OPTIONS\"").count(), 1);
    assert!(
        man.contains("vreg \\- the verwerkersregister"),
        "the name said once"
    );
    // groff reads the page without a word of warning.
    if let Ok(out) = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(man.as_bytes())?;
            child.wait_with_output()
        })
    {
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "groff warns");
    }
}

#[test]
fn the_man_page_names_only_pages_that_exist() {
    // `vreg man` writes one page, vreg(1): no `vreg-supplier(1)` for a page never written.
    let man = TestEnv::empty().ok(&["man"]);
    // A page reference is a name followed by its section: `name(1)`; `art. 6(1)` is none.
    let pages: Vec<&str> = man
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| {
            let Some((name, rest)) = word.split_once('(') else {
                return false;
            };
            name.starts_with(|c: char| c.is_ascii_alphabetic())
                && rest.len() >= 2
                && rest.as_bytes()[0].is_ascii_digit()
                && rest.as_bytes()[1] == b')'
        })
        .filter(|page| !page.starts_with("vreg("))
        .collect();
    assert!(pages.is_empty(), "pages that are not written: {pages:?}");
    // Every command is still listed, by the name a shell takes.
    for sub in verwerkersregister::cli::command().get_subcommands() {
        let line = format!("\\fBvreg {}\\fR", sub.get_name().replace('-', "\\-"));
        assert!(man.lines().any(|l| l == line), "{line}");
    }
}

#[test]
fn every_command_has_examples_in_its_help() {
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let path = format!("{path} {}", cmd.get_name());
        let help = cmd
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        if path != " vreg" && !help.contains("Example") {
            missing.push(path.clone());
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &path, missing);
        }
    }
    let mut missing = Vec::new();
    walk(&verwerkersregister::cli::command(), "", &mut missing);
    assert!(
        missing.is_empty(),
        "no examples in the help of: {missing:?}"
    );
    verwerkersregister::cli::command().debug_assert();
}

#[test]
fn audit_help_explains_fail_on_and_exit_codes() {
    let env = TestEnv::empty();
    let help = env.ok(&["audit", "--help"]);
    assert!(help.contains("Exit codes:"), "{help}");
    assert!(help.contains("--fail-on warning"), "{help}");
    assert!(env.ok(&["--version"]).starts_with("vreg 0."));
}

#[test]
fn colour_only_where_asked_or_on_a_terminal() {
    let env = TestEnv::new();
    env.with_agreement();
    let esc = |args: &[&str], no_color: bool| -> bool {
        let mut cmd = env.cmd();
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let out = cmd.args(args).output().unwrap();
        assert!(out.status.success());
        out.stdout.contains(&0x1b)
    };
    assert!(
        !esc(&["agreement", "list"], false),
        "colour without a terminal"
    );
    assert!(esc(&["--color", "always", "agreement", "list"], false));
    assert!(
        esc(&["--color", "always", "agreement", "list"], true),
        "the flag wins over NO_COLOR"
    );
    assert!(!esc(&["--color", "never", "agreement", "list"], false));
    assert!(!esc(
        &["--color", "always", "agreement", "list", "--format", "json"],
        false
    ));
    assert!(!esc(
        &["--color", "always", "agreement", "list", "--format", "csv"],
        false
    ));
    assert!(esc(
        &["--color", "always", "audit", "--fail-on", "never"],
        false
    ));
}

#[test]
fn tables_fit_a_width_when_not_on_a_terminal() {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "add",
        &"Leverancier met een heel lange naam ".repeat(6),
        "--id",
        "lang",
        "--website",
        &format!("https://{}.example", "w".repeat(80)),
    ]);
    let widest = |columns: Option<&str>| -> usize {
        let mut cmd = env.cmd();
        if let Some(c) = columns {
            cmd.env("COLUMNS", c);
        } else {
            cmd.env_remove("COLUMNS");
        }
        let out = cmd.args(["supplier", "list"]).output().unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| l.chars().count())
            .max()
            .unwrap()
    };
    assert!(widest(None) <= 120, "{}", widest(None));
    assert!(widest(Some("80")) <= 80, "{}", widest(Some("80")));
}

/// vreg on a pseudo-terminal, as a person at a keyboard runs it.
pub fn on_terminal(env: &TestEnv, args: &[&str]) -> rexpect::session::PtySession {
    let mut cmd = env.bare_cmd();
    cmd.args(args).env("TERM", "xterm").env("NO_COLOR", "1");
    rexpect::session::spawn_command(cmd, Some(Duration::from_secs(20).as_millis() as u64))
        .expect("spawn on a pty")
}

#[test]
fn remove_asks_and_respects_no() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    let mut p = on_terminal(&env, &["supplier", "remove", "gynzy"]);
    answer(&mut p, "Remove supplier gynzy", "n");
    p.exp_string("nothing removed").unwrap();
    p.exp_eof().unwrap();
    env.ok(&["supplier", "show", "gynzy"]);

    let mut p = on_terminal(&env, &["supplier", "remove", "gynzy"]);
    answer(&mut p, "Remove supplier gynzy", "y");
    p.exp_string("removed supplier gynzy").unwrap();
    p.exp_eof().unwrap();
    env.fails(&["supplier", "show", "gynzy"]);
}

/// Ctrl-C at a question: the run ends as an interrupted one does (130), nothing is written, and
/// the cursor that a question hides is shown again. Before, it was left hidden in the shell.
#[test]
fn ctrl_c_at_a_question_shows_the_cursor_again_and_writes_nothing() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Gynzy"]);
    let before = env.fingerprint();
    for (lang, question) in [
        ("C", "Remove supplier gynzy"),
        ("nl_NL.UTF-8", "Leverancier gynzy"),
    ] {
        let mut cmd = env.bare_cmd();
        cmd.args(["supplier", "remove", "gynzy"])
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .env("LANG", lang);
        let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn on a pty");
        p.exp_string(question).unwrap();
        interrupt(&mut p);
        p.exp_eof().unwrap();
        let status = format!("{:?}", p.process().wait().unwrap());
        assert!(status.contains("130"), "{lang}: {status}");
    }
    // A question in text (the guide's first) too.
    let mut p = on_terminal(&env, &["supplier", "add"]);
    p.exp_string("Name of the supplier").unwrap();
    interrupt(&mut p);
    p.exp_eof().unwrap();
    assert_eq!(before, env.fingerprint());
}

/// Ctrl-C, once the question reads keys in raw mode, and the cursor shown again after it.
fn interrupt(p: &mut rexpect::session::PtySession) {
    std::thread::sleep(Duration::from_millis(300));
    p.send("\x03").unwrap();
    p.flush().unwrap();
    p.exp_string("\x1b[?25h").unwrap();
}

/// Answers a yes/no question with one key, once the question waits for it (the cursor is hidden
/// when the terminal is in raw mode; a key sent before that would be lost with the line buffer).
fn answer(p: &mut rexpect::session::PtySession, question: &str, key: &str) {
    p.exp_string(question).unwrap();
    p.exp_string("\x1b[?25l").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    p.send(key).unwrap();
    p.flush().unwrap();
}

#[test]
fn help_guides_a_new_officer() {
    let env = TestEnv::new();
    // `vreg` alone: the commands to start with, not an error.
    let start = env.ok(&[]);
    for command in ["vreg init --example", "vreg supplier add", "vreg audit"] {
        assert!(start.contains(command), "{start}");
    }
    // A mistyped command or value gets a suggestion, with the Dutch name it answers to.
    let err = env.refused(&["suplier", "list"]);
    assert!(
        err.contains("did you mean 'supplier' (leverancier)?"),
        "{err}"
    );
    let err = env.refused(&["supplier", "list", "--role", "procesor"]);
    assert!(err.contains("did you mean 'processor'?"), "{err}");
    // The global options stand apart from the command's own.
    let help = env.ok(&["agreement", "end", "--help"]);
    let (own, global) = help.split_once("Global options:").expect(&help);
    assert!(own.contains("--on <ON>") && !own.contains("--db"), "{help}");
    assert!(
        global.contains("--db <PATH>") && global.contains("--format"),
        "{help}"
    );
}

#[test]
fn every_command_answers_to_its_dutch_name() {
    // Every command has a Dutch name beside its English one, but for the names that are Dutch
    // already or name a format.
    let same = [
        "convenant",
        "matrix",
        "codes",
        "toml",
        "json",
        "gmr",
        "art30",
        "help",
    ];
    fn walk(cmd: &clap::Command, path: &str, same: &[&str], missing: &mut Vec<String>) {
        for sub in cmd.get_subcommands() {
            let name = sub.get_name();
            if sub.get_visible_aliases().next().is_none() && !same.contains(&name) {
                missing.push(format!("{path} {name}"));
            }
            walk(sub, &format!("{path} {name}"), same, missing);
        }
    }
    let mut missing = Vec::new();
    walk(
        &verwerkersregister::cli::command(),
        "vreg",
        &same,
        &mut missing,
    );
    assert!(missing.is_empty(), "no Dutch name: {missing:?}");

    let env = TestEnv::new();
    env.ok(&["leverancier", "toevoegen", "Gynzy B.V."]);
    assert_eq!(
        env.ok(&["leverancier", "lijst", "--format", "csv"]),
        env.ok(&["supplier", "list", "--format", "csv"])
    );
    env.ok(&[
        "overeenkomst",
        "toevoegen",
        "gynzy-bv",
        "--signed-on",
        "2025-01-01",
    ]);
    env.ok(&[
        "overeenkomst",
        "beëindigen",
        "gynzy-bv-2025",
        "--on",
        "2026-07-31",
    ]);
    let shown = env.json(&["agreement", "show", "gynzy-bv-2025"]);
    assert_eq!(shown["terminated_on"], "2026-07-31");
    // The help names them, and shell completion offers them.
    let help = env.ok(&["supplier", "--help"]);
    assert!(help.contains("[alias: lijst]"), "{help}");
    let bash = env.ok(&["completions", "bash"]);
    assert!(bash.contains("lijst") && bash.contains("toevoegen"));
}
