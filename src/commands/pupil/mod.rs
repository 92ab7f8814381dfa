pub mod erase;
mod import;
mod leave;
mod list;
mod purge;
pub mod report;
mod show;

use crate::cli::Deferred;
use clap::Subcommand;

use super::{Ctx, Outcome};
use crate::domain::pupil::Pupil;
use crate::output::{Row, opt};
use import::PupilImportArgs;
use leave::PupilLeaveArgs;
use list::PupilListArgs;
use purge::PupilPurgeArgs;
use show::PupilShowArgs;

#[derive(Debug, Subcommand)]
pub enum PupilCommand {
    /// Import pupils and consent columns from a CSV export (ParnasSys, Magister, ...)
    #[command(
        after_help = "Examples:\n  vreg pupil import leerlingen.csv --on 2026-09-01 --dry-run\n  vreg pupil import export.csv --map \"Foto website=photo-website\" --map Adres=ignore"
    )]
    Import(PupilImportArgs),
    /// List pupils at school (not those who left)
    ///
    /// When the terminal is narrow, the table leaves out left on, birth date (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg pupil list --group 5B\n  vreg pupil list --school 12AB --all --format csv"
    )]
    List(PupilListArgs),
    /// One pupil
    #[command(after_help = "Example:\n  vreg pupil show 1001")]
    Show(PupilShowArgs),
    /// Record that a pupil left school
    #[command(after_help = "Example:\n  vreg pupil leave 1001 --on 2026-07-10")]
    Leave(PupilLeaveArgs),
    /// Remove pupils who left before a date, with their consent history
    #[command(after_help = "Example:\n  vreg pupil purge --left-before 2024-08-01 --yes")]
    Purge(PupilPurgeArgs),
    /// The answer to an access request (inzageverzoek), in Dutch: the pupil's data, the
    /// suppliers and parties that receive data and why, the consent history, retention, rights
    #[command(
        after_help = "Formats: --format md (default), html (one self-contained page that prints on A4) or json.\n\nExamples:\n  vreg pupil report 1001 --format html --out inzage-1001.html\n  vreg leerling report 1001 --as-of 2026-11-27 --format json"
    )]
    Report(report::PupilReportArgs),
    /// Erase one pupil for a granted erasure request, as thoroughly as purge, and close it
    #[command(after_help = "Example:\n  vreg pupil erase 1001 --request 2026-002 --yes")]
    Erase(erase::PupilEraseArgs),
}

pub fn run(ctx: &Ctx, cmd: PupilCommand) -> anyhow::Result<Outcome> {
    match cmd {
        PupilCommand::Import(args) => import::run(ctx, &args),
        PupilCommand::List(args) => list::run(ctx, &args),
        PupilCommand::Show(args) => show::run(ctx, &args),
        PupilCommand::Leave(args) => leave::run(ctx, &args),
        PupilCommand::Purge(args) => purge::run(ctx, &args),
        PupilCommand::Report(args) => report::run(ctx, &args),
        PupilCommand::Erase(args) => erase::run(ctx, args),
    }
}

/// Whether the command writes a document, which takes `--format md|html|json`.
pub fn writes_document(command: &crate::cli::Command) -> bool {
    matches!(
        command,
        crate::cli::Command::Pupil(Deferred(PupilCommand::Report(_)))
    )
}

impl Row for Pupil {
    const HEADERS: &'static [&'static str] = &[
        "leerlingnummer",
        "name",
        "group",
        "school",
        "birth_date",
        "left_on",
    ];

    const FREE_TEXT: &'static [&'static str] = &["name"];
    const NARROW: &'static [&'static str] = &["left_on", "birth_date"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.leerlingnummer.clone(),
            self.name.clone(),
            opt(&self.group),
            opt(&self.school),
            opt(&self.birth_date),
            opt(&self.left_on),
        ]
    }
}
