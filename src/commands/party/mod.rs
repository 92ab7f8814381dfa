pub mod add;
mod check;
mod edit;
mod list;
mod remove;
mod show;

use clap::Subcommand;

use super::{Ctx, Outcome};
use crate::domain::party::Party;
use crate::output::{Row, joined, opt};
use add::PartyAddArgs;
use check::PartyCheckArgs;
use edit::PartyEditArgs;
use remove::PartyRemoveArgs;
use show::PartyShowArgs;

#[derive(Debug, Subcommand)]
pub enum PartyCommand {
    /// Register an external party; prints its id
    #[command(
        after_help = "Examples:\n  vreg party add Leerplicht --kind government --basis legal-obligation --law \"LPW art. 21a\"\n  vreg party add \"Logopedie De Klank\" --kind care --basis consent --category progress"
    )]
    Add(PartyAddArgs),
    /// List external parties
    ///
    /// When the terminal is narrow, the table leaves out notes, schools, in privacy regulation,
    /// law, categories (--wide keeps them).
    #[command(after_help = "Example:\n  vreg party list --format csv")]
    List,
    /// One external party
    #[command(after_help = "Example:\n  vreg party show ggd")]
    Show(PartyShowArgs),
    /// Change an external party (an empty value clears an optional field)
    #[command(
        after_help = "Example:\n  vreg party edit ggd --category name --category birth-date --in-privacy-regulation true"
    )]
    Edit(PartyEditArgs),
    /// Remove an external party
    #[command(after_help = "Example:\n  vreg party remove oude-partij --yes")]
    Remove(PartyRemoveArgs),
    /// May we share this with them? Exit 0 = yes, 1 = no; prints why
    #[command(
        after_help = "Examples:\n  vreg party check ggd --category name --category bsn\n  vreg party check logopedie-klankkast --pupil 1001 --category progress && echo ok"
    )]
    Check(PartyCheckArgs),
}

pub fn run(ctx: &Ctx, cmd: PartyCommand) -> anyhow::Result<Outcome> {
    match cmd {
        PartyCommand::Add(args) => add::run(ctx, args),
        PartyCommand::List => list::run(ctx),
        PartyCommand::Show(args) => show::run(ctx, &args),
        PartyCommand::Edit(args) => edit::run(ctx, args),
        PartyCommand::Remove(args) => remove::run(ctx, &args),
        PartyCommand::Check(args) => check::run(ctx, &args),
    }
}

impl Row for Party {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "name",
        "kind",
        "basis",
        "law",
        "categories",
        "in_privacy_regulation",
        "notes",
        "schools",
    ];

    const FREE_TEXT: &'static [&'static str] = &["name", "law", "categories", "notes", "schools"];
    const NARROW: &'static [&'static str] = &[
        "notes",
        "schools",
        "in_privacy_regulation",
        "law",
        "categories",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.kind.to_string(),
            self.basis.to_string(),
            opt(&self.law),
            joined(&self.categories),
            self.in_privacy_regulation.to_string(),
            opt(&self.notes),
            joined(&self.schools),
        ]
    }
}
