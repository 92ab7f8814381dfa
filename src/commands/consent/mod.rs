//! `vreg consent`: decisions per pupil and purpose, and the purposes themselves.

mod check;
mod list;
mod matrix;
pub mod purpose;
pub mod set;
mod show;

use clap::Subcommand;

use super::{Ctx, Outcome};

#[derive(Debug, Subcommand)]
pub enum ConsentCommand {
    /// Record a decision (always a new event: a renewed decision is evidence too)
    #[command(
        after_help = "Examples:\n  vreg consent set 1001 photo-website granted --form written --on 2026-09-01\n  vreg consent set 1001 photo-website refused --who \"ouder 2\" --evidence \"e-mail 2026-09-03\""
    )]
    Set(set::ConsentSetArgs),
    /// Where a pupil stands per purpose, each parent's decision, and the full history
    ///
    /// When the terminal is narrow, the table leaves out given by, form, recorded at (--wide keeps
    /// them).
    #[command(after_help = "Example:\n  vreg consent show 1001 --format json")]
    Show(show::ConsentShowArgs),
    /// May we? Exit 0 = yes, 1 = no, with the reason
    #[command(
        after_help = "Example:\n  vreg consent check 1001 photo-website && echo \"mag op de website\""
    )]
    Check(check::ConsentCheckArgs),
    /// Pupils and their consent for one purpose, e.g. who may not be on the class photo
    ///
    /// When the terminal is narrow, the table leaves out school, group (--wide keeps them).
    #[command(
        after_help = "Example:\n  vreg consent list --purpose photo-internal --not-granted --group 5B"
    )]
    List(list::ConsentListArgs),
    /// One row per pupil, one column per purpose: yes, no, unknown or disputed at a glance
    ///
    /// The table numbers the purposes and names them below it. When the terminal is narrow, it
    /// leaves out group (--wide keeps it).
    #[command(
        after_help = "Examples:\n  vreg consent matrix --group 5B\n  vreg consent matrix --group 5B --format csv > groep5b.csv"
    )]
    Matrix(matrix::ConsentMatrixArgs),
    /// The consent purposes in use (--all: retired ones too)
    ///
    /// When the terminal is narrow, the table leaves out retired on, party, written only, explicit
    /// (--wide keeps them).
    #[command(after_help = "Example:\n  vreg consent purposes --all")]
    Purposes(purpose::ConsentPurposesArgs),
    /// Add, change or retire consent purposes
    #[command(
        subcommand,
        after_help = "Example:\n  vreg consent purpose add \"Deelname aan onderzoek\" --explicit --applies-to some"
    )]
    Purpose(purpose::PurposeCommand),
}

pub fn run(ctx: &Ctx, cmd: ConsentCommand) -> anyhow::Result<Outcome> {
    match cmd {
        ConsentCommand::Set(args) => set::run(ctx, &args),
        ConsentCommand::Show(args) => show::run(ctx, &args),
        ConsentCommand::Check(args) => check::run(ctx, &args),
        ConsentCommand::List(args) => list::run(ctx, &args),
        ConsentCommand::Matrix(args) => matrix::run(ctx, &args),
        ConsentCommand::Purposes(args) => purpose::list(ctx, &args),
        ConsentCommand::Purpose(cmd) => purpose::run(ctx, cmd),
    }
}
