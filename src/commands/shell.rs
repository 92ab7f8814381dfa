//! Completions and the man page, generated from the same clap definition as the parser.

use clap::Args;

use super::Outcome;

#[derive(Debug, Args)]
#[command(after_help = COMPLETIONS_HELP)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: clap_complete::Shell,
}

pub fn completions(args: &CompletionsArgs) -> anyhow::Result<Outcome> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut crate::cli::command(), "vreg", &mut out);
    crate::output::file::emit(None, &out)?;
    Ok(Outcome::Done)
}

/// One page, `vreg(1)`. clap_mangen names each subcommand as a page of its own
/// (`vreg-supplier(1)`), which is never written; the page names them as commands instead
/// (`vreg supplier`), whose `--help` tells the rest.
pub fn man() -> anyhow::Result<Outcome> {
    let mut cmd = crate::cli::command();
    cmd.build();
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut out)?;
    let mut page = String::from_utf8(out)?;
    for sub in cmd.get_subcommands() {
        let name = sub.get_name().replace('-', "\\-");
        page = page.replace(
            &format!("\nvreg\\-{name}(1)\n"),
            &format!("\n\\fBvreg {name}\\fR\n"),
        );
    }
    crate::output::file::emit(None, page.as_bytes())?;
    Ok(Outcome::Done)
}

const COMPLETIONS_HELP: &str = "Examples:
  vreg completions bash > ~/.local/share/bash-completion/completions/vreg
  vreg completions zsh > ~/.zfunc/_vreg        # with fpath+=(~/.zfunc) in ~/.zshrc
  vreg completions fish > ~/.config/fish/completions/vreg.fish";
