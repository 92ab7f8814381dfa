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

/// One page, `vreg(1)`, with every command in it. clap_mangen names each subcommand as a page
/// of its own (`vreg-supplier(1)`), which is never written; the page names them as commands
/// instead (`vreg supplier`), and its section COMMANDS gives each command its synopsis and
/// options, as `vreg supplier add --help` does.
pub fn man() -> anyhow::Result<Outcome> {
    let mut cmd = crate::cli::command();
    // NAME says `vreg \- what it is`: the about's own "vreg — " would say it twice.
    let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
    if let Some(what) = about.strip_prefix("vreg — ") {
        cmd = cmd.about(what.to_string());
    }
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
    page.push_str(".SH COMMANDS\n");
    for sub in cmd.get_subcommands() {
        command_section(&mut page, sub)?;
    }
    // groff reads the page as Latin-1 unless told otherwise: the dash as its own glyph.
    let page = page.replace('—', "\\(em");
    crate::output::file::emit(None, page.as_bytes())?;
    Ok(Outcome::Done)
}

/// A command's subsection of COMMANDS, and those of the commands under it: its name as it is
/// typed, what it does, its synopsis and its options.
fn command_section(page: &mut String, cmd: &clap::Command) -> anyhow::Result<()> {
    if cmd.get_name() == "help" {
        return Ok(());
    }
    let subs: Vec<&clap::Command> = cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help")
        .collect();
    // A command that runs by itself has its subsection, also when it has subcommands
    // (`vreg audit`, beside `vreg audit history`); a group of commands has none.
    let own_options = cmd
        .get_arguments()
        .any(|a| !a.is_global_set() && !matches!(a.get_id().as_str(), "help" | "version"));
    if subs.is_empty() || own_options || !cmd.is_subcommand_required_set() {
        let name = cmd.get_bin_name().unwrap_or(cmd.get_name());
        let man = clap_mangen::Man::new(cmd.clone());
        let mut out = Vec::new();
        man.render_description_section(&mut out)?;
        man.render_synopsis_section(&mut out)?;
        man.render_options_section(&mut out)?;
        let body = String::from_utf8(out)?;
        page.push_str(&format!(".SS \"{name}\"\n"));
        // The subsection is the command; its parts are paragraphs, not sections of the page.
        // The global options are said once, at the top of the page.
        let mut global = false;
        for line in body.lines() {
            match line.strip_prefix(".SH ").map(|h| h.trim_matches('"')) {
                Some(heading) => {
                    global = heading == "GLOBAL OPTIONS";
                    match heading {
                        "DESCRIPTION" | "SYNOPSIS" => page.push_str(".PP\n"),
                        _ if global => {}
                        _ => page.push_str(&format!(".PP\n\\fI{heading}\\fR\n")),
                    }
                }
                None if global => {}
                None => {
                    page.push_str(line);
                    page.push('\n');
                }
            }
        }
    }
    for sub in subs {
        command_section(page, sub)?;
    }
    Ok(())
}

const COMPLETIONS_HELP: &str = "Examples:
  vreg completions bash > ~/.local/share/bash-completion/completions/vreg
  vreg completions zsh > ~/.zfunc/_vreg        # with fpath+=(~/.zfunc) in ~/.zshrc
  vreg completions fish > ~/.config/fish/completions/vreg.fish";
