//! The command line, as clap types only. Doc comments are the help text.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::commands::agreement::AgreementCommand;
use crate::commands::audit::AuditArgs;
use crate::commands::backup::BackupArgs;
use crate::commands::convenant::ConvenantCommand;
use crate::commands::export::ExportCommand;
use crate::commands::import::ImportArgs;
use crate::commands::init::InitArgs;
use crate::commands::log::LogArgs;
use crate::commands::party::PartyCommand;
use crate::commands::pupil::PupilCommand;
use crate::commands::scope::ScopeCommand;
use crate::commands::shell::CompletionsArgs;
use crate::commands::supplier::SupplierCommand;
use crate::domain::date::parse_date;
use crate::output::{ColourChoice, FormatFlag};

mod deferred;
mod once;
mod parse;

pub use deferred::{Deferred, parsing};
pub use once::given_twice;
pub use parse::Clear;
pub(crate) use parse::{clearable, code, parse_count, parse_min_count, parse_run, school_as_given};

/// vreg — the verwerkersregister of a Dutch school board: suppliers, processor agreements,
/// the pupil data each receives, and Privacyconvenant status, in one local SQLite file.
#[derive(Debug, Parser)]
#[command(name = "vreg", version)]
pub struct Cli {
    /// The register file [default: $VREG_DB, else the platform data dir,
    /// verwerkersregister/register.sqlite]; `audit`, `deadlines`, `export gmr` and `report year`
    /// take it several times, one register per board
    #[arg(long, global = true, help_heading = "Global options", value_name = "PATH", action = clap::ArgAction::Append)]
    pub db: Vec<PathBuf>,

    /// Who is making the change, for the change log [default: $VREG_ACTOR, else the OS user]
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "NAME"
    )]
    pub actor: Option<String>,

    /// Output format of lists and details; md and html are for `pupil report` and `report year`
    /// (html also for `export art30`), ics for `deadlines`
    #[arg(long, global = true, help_heading = "Global options", value_enum, default_value_t = FormatFlag::Table)]
    pub format: FormatFlag,

    /// Colour in tables: auto (on a terminal, unless NO_COLOR is set), always, never
    #[arg(long, global = true, help_heading = "Global options", value_enum, value_name = "WHEN", default_value_t = ColourChoice::Auto)]
    pub color: ColourChoice,

    /// Tables keep every column; at narrow widths they otherwise leave out the columns each
    /// list's --help names
    #[arg(long, global = true, help_heading = "Global options")]
    pub wide: bool,

    /// No notes on stderr (what was added, warnings about the data); errors still print
    #[arg(long, short, global = true, help_heading = "Global options")]
    pub quiet: bool,

    /// Language of help, messages and tables: en or nl [default: nl when LC_ALL, LC_MESSAGES or
    /// LANG is Dutch (nl_*), else en]; JSON and CSV are the same in both
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_enum,
        value_name = "LANG"
    )]
    pub lang: Option<crate::i18n::Lang>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new, empty register and say where it is
    Init(InitArgs),
    /// Suppliers of digital learning material and other services
    #[command(
        subcommand,
        visible_alias = "leverancier",
        after_help = "Examples:\n  vreg supplier add \"Snappet B.V.\"\n  vreg leverancier list"
    )]
    Supplier(Deferred<SupplierCommand>),
    /// Privacyconvenant Onderwijs status of suppliers
    #[command(
        subcommand,
        after_help = "Example:\n  vreg convenant set gynzy-bv deelnemer --version 4.0"
    )]
    Convenant(Deferred<ConvenantCommand>),
    /// Processor agreements (verwerkersovereenkomsten)
    #[command(
        subcommand,
        visible_alias = "overeenkomst",
        after_help = "Examples:\n  vreg agreement add gynzy-bv --signed-on 2024-03-01\n  vreg overeenkomst list --status expiring"
    )]
    Agreement(Deferred<AgreementCommand>),
    /// The pupil data (categories) each agreement receives
    #[command(
        subcommand,
        visible_alias = "gegevens",
        after_help = "Examples:\n  vreg scope categories\n  vreg gegevens set gynzy-bv-2024 eck-id name group"
    )]
    Scope(Deferred<ScopeCommand>),
    /// External parties (externe partijen) and the "may we share this?" check
    #[command(
        subcommand,
        visible_alias = "partij",
        after_help = "Example:\n  vreg party check ggd --category name --category bsn"
    )]
    Party(Deferred<PartyCommand>),
    /// Pupils (leerlingen), from the school administration's export
    #[command(
        subcommand,
        visible_alias = "leerling",
        after_help = "Examples:\n  vreg pupil import leerlingen.csv\n  vreg leerling list --group 5B"
    )]
    Pupil(Deferred<PupilCommand>),
    /// Parental consent (toestemming): record, show, check, list
    #[command(
        subcommand,
        visible_alias = "toestemming",
        after_help = "Examples:\n  vreg consent check 1001 photo-website\n  vreg toestemming list --purpose photo-internal --not-granted"
    )]
    Consent(Deferred<crate::commands::consent::ConsentCommand>),
    /// Breaches (datalekken): the register of art. 33(5) AVG and its deadlines
    #[command(
        subcommand,
        visible_alias = "datalek",
        after_help = "Examples:\n  vreg breach add \"Phishingmail leverancier\" --discovered \"2026-10-23 16:00\" --supplier gynzy-bv\n  vreg datalek show 2026-001\n  vreg breach clock || mail -s datalek fg@school.example    # from cron"
    )]
    Breach(Deferred<crate::commands::breach::BreachCommand>),
    /// Requests of parents and pupils (inzage, correctie, verwijdering, ...) and their deadlines
    #[command(
        subcommand,
        visible_alias = "verzoek",
        after_help = "Examples:\n  vreg request add access --pupil 1001 --by parent --received 2026-11-02\n  vreg verzoek list --open\n  vreg pupil report 1001 --format html --out inzage-1001.html"
    )]
    Request(Deferred<crate::commands::request::RequestCommand>),
    /// The register of processing activities (AVG art. 30), built on the agreements and parties
    #[command(
        subcommand,
        visible_alias = "verwerking",
        after_help = "Examples:\n  vreg processing add Salaris --purpose salaris --basis contract --subjects staff --category name\n  vreg verwerking list --subject pupils\n  vreg export art30 --format html --out verwerkingsregister.html"
    )]
    Processing(Deferred<crate::commands::processing::ProcessingCommand>),
    /// Reports for people: the privacy year report for the bestuursverslag and the GMR
    #[command(
        subcommand,
        visible_alias = "rapport",
        after_help = "Examples:\n  vreg report year 2026 --format html --out privacyjaarverslag-2026.html\n  vreg rapport year 2025 --format md"
    )]
    Report(Deferred<crate::commands::report::ReportCommand>),
    /// Every dated duty in one list, soonest first: exit 1 when one has passed
    ///
    /// When the terminal is narrow, the table leaves out the column settle with, the command for
    /// each duty (--wide keeps it).
    #[command(
        visible_alias = "termijnen",
        after_help = "Examples:\n  vreg deadlines --within 30\n  vreg deadlines --format ics --out termijnen.ics\n  vreg deadlines --within 14 || mail -s termijnen fg@school.example    # from cron"
    )]
    Deadlines(crate::commands::deadlines::DeadlinesArgs),
    /// Upsert a declarative register file (the format of `export toml`); --create makes the
    /// register, --merge patches it
    Import(ImportArgs),
    /// Bring another board's register into this one: suppliers, agreements, parties,
    /// purposes, schools, pupils with their whole consent history, breaches, requests and the
    /// rest, in one transaction; this register keeps its organisation
    Merge(crate::commands::merge::MergeArgs),
    /// Write the whole register out
    #[command(
        subcommand,
        after_help = "Examples:\n  vreg export toml > register.toml\n  vreg export gmr --out-dir gmr/"
    )]
    Export(Deferred<ExportCommand>),
    /// Check the whole register: exit 0 = nothing at or above --fail-on, 1 = findings, 2 = error
    ///
    /// When the terminal is narrow, the table leaves out hint (--wide keeps them).
    #[command(visible_alias = "controle", args_conflicts_with_subcommands = true, after_help = crate::commands::audit::AUDIT_HELP)]
    Audit(AuditArgs),
    /// The change history of the register
    ///
    /// When the terminal is narrow, the table leaves out entity kind, detail, actor (--wide keeps
    /// them).
    Log(LogArgs),
    /// Copy the register while it is in use (SQLite online backup), then verify the copy
    Backup(BackupArgs),
    /// Check the register: integrity, foreign keys, schema version, file permissions
    #[command(
        after_help = "Exit codes: 0 sound, 1 damaged, 2 not readable.\n\nExample:\n  vreg check && vreg backup backup.sqlite"
    )]
    Check,
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Print the man page (roff)
    #[command(after_help = "Example:\n  vreg man > ~/.local/share/man/man1/vreg.1")]
    Man,
}

// ---------------------------------------------------------------- agreements

/// The day a status is computed for, and how far ahead "expiring" looks.
#[derive(Debug, Args)]
pub struct AsOf {
    /// Compute status for this day [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// An agreement ending within this many days is `expiring`
    #[arg(long, value_name = "DAYS", default_value_t = crate::domain::agreement::DEFAULT_HORIZON_DAYS, allow_negative_numbers = true, value_parser = parse_count)]
    pub within: u32,
}

/// The command line as vreg parses it: the clap definition, with every command's Dutch name as a
/// visible alias (`vreg leverancier lijst`). Help, completions and the man page show them.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    crate::commands::dutch::with_dutch_names(Cli::command())
}
