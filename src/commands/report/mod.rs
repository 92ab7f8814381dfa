//! `vreg report`: documents for people that read the register as a whole.

mod year;

use crate::cli::Deferred;
use clap::Subcommand;

use crate::commands::{Ctx, Outcome};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The privacy year report of a calendar year, in Dutch, for the bestuursverslag and the GMR:
    /// agreements, convenant, breaches, requests, consent and audits, without pupil data
    #[command(
        after_help = "Formats: md (default: the paragraph for the bestuursverslag), html (one self-contained page with charts, for A4), json (the figures).\n\nExamples:\n  vreg report year 2026 --format html --out privacyjaarverslag-2026.html\n  vreg report year 2025 --format json"
    )]
    Year(year::ReportYearArgs),
}

pub fn run(ctx: &Ctx, command: ReportCommand) -> anyhow::Result<Outcome> {
    match command {
        ReportCommand::Year(args) => year::run(ctx, &args),
    }
}

/// Whether the command writes a document (`--format md|html`).
pub fn writes_document(command: &crate::cli::Command) -> bool {
    matches!(
        command,
        crate::cli::Command::Report(Deferred(ReportCommand::Year(_)))
    )
}
