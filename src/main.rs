use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};
use verwerkersregister::cli::Cli;
use verwerkersregister::domain::text::escape;
use verwerkersregister::output::is_broken_pipe;
use verwerkersregister::{Outcome, error, run};

fn main() -> ExitCode {
    // The command tree is only needed to parse; freeing it costs more than the lookup that a
    // `consent check` does, so it is left to the end of the process.
    let mut command = std::mem::ManuallyDrop::new(Cli::command());
    let cli = match command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
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
            let message = format!("{e:#}").replace('\n', " ");
            report(error::kind(&e), &message, json);
            ExitCode::from(2)
        }
    }
}

/// Whether the command line asks for JSON: then an error is one JSON object on stderr too.
fn json_asked() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.iter().any(|a| a == "--format=json")
        || args
            .windows(2)
            .any(|w| w[0] == "--format" && w[1] == "json")
}

/// One line on stderr: `error: ...`, or `{"error": {"kind", "message", "hint"}}` for JSON.
fn report(kind: &str, message: &str, json: bool) {
    if json {
        let (message, hint) = error::split_hint(message);
        let value = serde_json::json!({
            "error": { "kind": kind, "message": message, "hint": hint }
        });
        eprintln!("{value}");
    } else {
        eprintln!("error: {}", escape(message, false));
    }
}

/// Help and version go to stdout with exit 0; a usage error is one `error:` line and exit 2.
fn usage(e: clap::Error, json: bool) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            report(
                "usage",
                "a command is needed here; `--help` lists them",
                json,
            );
            ExitCode::from(2)
        }
        _ => {
            let text = e.render().to_string();
            let first: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let line = first.join(" ");
            let line = line.strip_prefix("error: ").unwrap_or(&line);
            report("usage", &format!("{line} (see --help)"), json);
            ExitCode::from(2)
        }
    }
}
