// Output goes through writers whose errors are handled: `println!` and `eprintln!` panic when
// stdout or stderr cannot be written.
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};
use std::io::Write;
use verwerkersregister::cli::Cli;
use verwerkersregister::domain::text::escape;

use verwerkersregister::output::{is_broken_pipe, stderr_line};
use verwerkersregister::{Outcome, error, i18n, run, tr};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    i18n::set(i18n::Lang::detect(i18n::Lang::from_args(&args), |name| {
        std::env::var(name).ok()
    }));
    // `vreg`, or `vreg --lang nl`: nothing asked yet.
    let alone = match &args[1.min(args.len())..] {
        [] => true,
        [flag] => flag.starts_with("--lang="),
        [flag, _] => flag == "--lang",
        _ => false,
    } && (args.len() == 1 || i18n::Lang::from_args(&args).is_some());
    if alone {
        // What `vreg` alone prints: the commands a new officer starts with.
        return printed(
            writeln!(std::io::stdout(), "{}", tr!("help-start")),
            json_asked(),
        );
    }
    // The command tree is only needed to parse; freeing it costs more than the lookup that a
    // `consent check` does, so it is left to the end of the process. English names parse on the
    // plain tree, which holds only the noun the command line names; only what that does not
    // take (a Dutch name, help, a mistake) is parsed again on the whole tree with the Dutch
    // names, which costs the time of adding them.
    if let Some(flag) = verwerkersregister::cli::given_twice(std::env::args_os()) {
        let problem = tr!("help-clap-error-used-twice", arg = flag);
        report(
            "usage",
            &tr!("word-usage-error", problem = problem),
            json_asked(),
        );
        return ExitCode::from(2);
    }
    let parse = |command: clap::Command| {
        std::mem::ManuallyDrop::new(command)
            .try_get_matches_from_mut(std::env::args_os())
            .and_then(|matches| Cli::from_arg_matches(&matches))
    };
    // Help and mistakes are said in the reader's language: in Dutch, from the tree with Dutch
    // help, built only when the command line was not understood.
    let cli = match parse(verwerkersregister::cli::parsing(Cli::command))
        .or_else(|_| parse(verwerkersregister::cli::command()))
        .or_else(|e| match i18n::lang() {
            i18n::Lang::En => Err(e),
            lang => parse(i18n::help::localise(
                verwerkersregister::cli::command(),
                lang,
            )),
        }) {
        Ok(cli) => cli,
        Err(e) => return usage(e, json_asked()),
    };
    let json = json_asked();
    match run(cli) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::No) => ExitCode::from(1),
        // `vreg log | head`: the reader has what it wanted.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let message = error::said(&e).replace('\n', " ");
            report(error::kind(&e), &message, json);
            ExitCode::from(2)
        }
    }
}

/// Whether the command line asks for JSON: then an error is one JSON object on stderr too.
fn json_asked() -> bool {
    // Lossy: a file name that is not UTF-8 is no reason to panic.
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    args.iter().any(|a| a == "--format=json")
        || args
            .windows(2)
            .any(|w| w[0] == "--format" && w[1] == "json")
}

/// Help and the start text went out: exit 0, also when the reader quit early (`vreg --help |
/// head`); a stdout that cannot take them (a full disk) is an error like any other.
fn printed(written: std::io::Result<()>, json: bool) -> ExitCode {
    match written.and_then(|()| std::io::stdout().flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            report(
                "io",
                &tr!("word-stdout-failed", error = e.to_string()),
                json,
            );
            ExitCode::from(2)
        }
    }
}

/// One line on stderr: `error: ...`, or `{"error": {"kind", "message", "hint"}}` for JSON.
fn report(kind: &str, message: &str, json: bool) {
    if json {
        let (message, hint) = error::split_hint(message);
        let value = serde_json::json!({
            "error": { "kind": kind, "message": message, "hint": hint }
        });
        stderr_line(&value.to_string());
    } else {
        stderr_line(&format!(
            "{} {}",
            tr!("word-error-prefix"),
            escape(message, false)
        ));
    }
}

/// Help and version go to stdout with exit 0; a usage error is one `error:` line and exit 2.
fn usage(e: clap::Error, json: bool) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => printed(e.print(), json),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            report("usage", &tr!("word-command-needed"), json);
            ExitCode::from(2)
        }
        _ => {
            let suggestion = suggestion(&e);
            let text = e.render().to_string();
            let first: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let line = first.join(" ");
            let line = line.strip_prefix("error: ").unwrap_or(&line);
            let line = line.split(" tip: ").next().unwrap_or(line);
            let line = i18n::help::problem(&e, i18n::lang()).unwrap_or_else(|| line.to_string());
            report(
                "usage",
                &tr!("word-usage-error", problem = format!("{line}{suggestion}")),
                json,
            );
            ExitCode::from(2)
        }
    }
}

/// `; did you mean 'supplier' (leverancier)?` for a mistyped command or value, with the Dutch
/// name a command also answers to.
fn suggestion(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue};
    let mut names: Vec<String> = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
        ContextKind::SuggestedArg,
    ] {
        match e.get(kind) {
            Some(ContextValue::String(s)) => names.push(s.clone()),
            Some(ContextValue::Strings(list)) => names.extend(list.iter().cloned()),
            _ => {}
        }
    }
    if names.is_empty() {
        return String::new();
    }
    let aliases = |name: &str| -> Vec<String> {
        let mut found = Vec::new();
        fn walk(cmd: &clap::Command, name: &str, found: &mut Vec<String>) {
            for sub in cmd.get_subcommands() {
                if sub.get_name() == name {
                    found.extend(sub.get_visible_aliases().map(String::from));
                }
                walk(sub, name, found);
            }
        }
        walk(&verwerkersregister::cli::command(), name, &mut found);
        found.dedup();
        found
    };
    let shown: Vec<String> = names
        .iter()
        .map(|name| match aliases(name).as_slice() {
            [] => format!("'{name}'"),
            dutch => format!("'{name}' ({})", dutch.join(", ")),
        })
        .collect();
    tr!("word-did-you-mean", names = shown.join(&tr!("word-or")))
}
