pub mod add;
mod edit;
mod end;
mod list;
mod show;
pub mod subprocessor;

use clap::Subcommand;

use super::{Ctx, Outcome};
use crate::domain::agreement::Subprocessor;
use crate::output::{Row, opt};
use add::AgreementAddArgs;
use edit::AgreementEditArgs;
use end::AgreementEndArgs;
use list::AgreementListArgs;
use show::AgreementShowArgs;
use subprocessor::SubprocessorCommand;

#[derive(Debug, Subcommand)]
pub enum AgreementCommand {
    /// Register a processor agreement of a supplier; prints its id
    #[command(
        after_help = "Examples:\n  vreg agreement add gynzy-bv --signed-on 2024-03-01 --expires-on 2027-07-31 --product Gynzy\n  vreg agreement add gynzy-bv --signed-on 2025-08-01 --storage-country NL --breach-notice-hours 24"
    )]
    Add(AgreementAddArgs),
    /// List agreements with their status
    ///
    /// When the terminal is narrow, the table leaves out review on, storage countries, model,
    /// signed on, supplier (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg agreement list --status expiring --within 120\n  vreg agreement list --supplier gynzy-bv --as-of 2027-01-01 --format json"
    )]
    List(AgreementListArgs),
    /// One agreement with its scope and sub-processors
    #[command(after_help = "Example:\n  vreg agreement show gynzy-bv-2024")]
    Show(AgreementShowArgs),
    /// Change an agreement (an empty value clears an optional field)
    #[command(
        after_help = "Example:\n  vreg agreement edit gynzy-bv-2024 --review-on 2027-03-01 --dpia DPIA-2026-03"
    )]
    Edit(AgreementEditArgs),
    /// Terminate an agreement; it is kept, with status terminated from that day
    #[command(after_help = "Example:\n  vreg agreement end gynzy-bv-2024 --on 2026-07-31")]
    End(AgreementEndArgs),
    /// Sub-processors (subverwerkers) named in an agreement
    #[command(
        subcommand,
        visible_alias = "subverwerker",
        after_help = "Example:\n  vreg agreement subprocessor list gynzy-bv-2024"
    )]
    Subprocessor(SubprocessorCommand),
}

pub fn run(ctx: &Ctx, cmd: AgreementCommand) -> anyhow::Result<Outcome> {
    match cmd {
        AgreementCommand::Add(args) => add::run(ctx, args),
        AgreementCommand::List(args) => list::run(ctx, &args),
        AgreementCommand::Show(args) => show::run(ctx, &args),
        AgreementCommand::Edit(args) => edit::run(ctx, args),
        AgreementCommand::End(args) => end::run(ctx, &args),
        AgreementCommand::Subprocessor(cmd) => subprocessor::run(ctx, cmd),
    }
}

impl Row for Subprocessor {
    const HEADERS: &'static [&'static str] = &["name", "country", "purpose", "transfer_safeguard"];

    const FREE_TEXT: &'static [&'static str] = &["name", "purpose"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.country.clone(),
            opt(&self.purpose),
            opt(&self.transfer_safeguard),
        ]
    }
}
