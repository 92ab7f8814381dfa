//! Completions and the man page, generated from the same clap definition as the parser.

use clap::Args;
use clap::CommandFactory;

use super::Outcome;
use crate::cli::Cli;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: clap_complete::Shell,
}

pub fn completions(args: &CompletionsArgs) -> anyhow::Result<Outcome> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "vreg", &mut out);
    crate::output::file::emit(None, &out)?;
    Ok(Outcome::Done)
}

pub fn man() -> anyhow::Result<Outcome> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    crate::output::file::emit(None, &out)?;
    Ok(Outcome::Done)
}
