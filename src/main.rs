use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};
use verwerkersregister::cli::Cli;
use verwerkersregister::domain::text::escape;
use verwerkersregister::output::is_broken_pipe;
use verwerkersregister::{Outcome, run};

fn main() -> ExitCode {
    // The command tree is only needed to parse; freeing it costs more than the lookup that a
    // `consent check` does, so it is left to the end of the process.
    let mut command = std::mem::ManuallyDrop::new(Cli::command());
    let cli = match command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => return usage(e),
    };
    match run(cli) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::No) => ExitCode::from(1),
        // `vreg log | head`: the reader has what it wanted.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let message = format!("{e:#}").replace('\n', " ");
            eprintln!("error: {}", escape(&message, false));
            ExitCode::from(2)
        }
    }
}

/// Help and version go to stdout with exit 0; a usage error is one `error:` line and exit 2.
fn usage(e: clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            eprintln!("error: a command is needed here; `--help` lists them");
            ExitCode::from(2)
        }
        _ => {
            let text = e.render().to_string();
            let first: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            eprintln!("{} (see --help)", first.join(" "));
            ExitCode::from(2)
        }
    }
}
