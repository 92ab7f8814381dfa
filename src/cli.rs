//! The command line, as clap types only. Doc comments are the help text.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::domain::agreement::{Model, Safeguard, Status};
use crate::domain::audit::FailOn;
use crate::domain::category::Category;
use crate::domain::consent::{Form, GivenBy};
use crate::domain::date::parse_date;
use crate::domain::party::{Basis, Kind};
use crate::domain::pupil::{parse_number, parse_school};
use crate::domain::supplier::{Convenant, ConvenantVersion, Role};
use crate::output::{ColourChoice, FormatFlag};

/// vreg — the verwerkersregister of a Dutch school board: suppliers, processor agreements,
/// the pupil data each receives, and Privacyconvenant status, in one local SQLite file.
#[derive(Debug, Parser)]
#[command(name = "vreg", version)]
pub struct Cli {
    /// The register file [default: $VREG_DB, else the platform data dir,
    /// verwerkersregister/register.sqlite]; `audit`, `deadlines`, `export gmr` and `report year`
    /// take it several times, one register per board
    #[arg(long, global = true, value_name = "PATH", action = clap::ArgAction::Append)]
    pub db: Vec<PathBuf>,

    /// Who is making the change, for the change log [default: $VREG_ACTOR, else the OS user]
    #[arg(long, global = true, value_name = "NAME")]
    pub actor: Option<String>,

    /// Output format of lists and details; md and html are for `pupil report` and `report year`
    /// (html also for `export art30`), ics for `deadlines`
    #[arg(long, global = true, value_enum, default_value_t = FormatFlag::Table)]
    pub format: FormatFlag,

    /// Colour in tables: auto (on a terminal, unless NO_COLOR is set), always, never
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColourChoice::Auto)]
    pub color: ColourChoice,

    /// Tables keep every column; at narrow widths they otherwise leave out the columns each
    /// list's --help names
    #[arg(long, global = true)]
    pub wide: bool,

    /// No notes on stderr (what was added, warnings about the data); errors still print
    #[arg(long, short, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new, empty register and say where it is
    #[command(after_help = "Examples:\n  vreg init\n  vreg --db board.sqlite init --example")]
    Init(InitArgs),
    /// Suppliers of digital learning material and other services
    #[command(
        subcommand,
        visible_alias = "leverancier",
        after_help = "Examples:\n  vreg supplier add \"Gynzy B.V.\"\n  vreg leverancier list"
    )]
    Supplier(SupplierCommand),
    /// Privacyconvenant Onderwijs status of suppliers
    #[command(
        subcommand,
        after_help = "Example:\n  vreg convenant set gynzy-bv deelnemer --version 4.0"
    )]
    Convenant(ConvenantCommand),
    /// Processor agreements (verwerkersovereenkomsten)
    #[command(
        subcommand,
        visible_alias = "overeenkomst",
        after_help = "Examples:\n  vreg agreement add gynzy-bv --signed-on 2024-03-01\n  vreg overeenkomst list --status expiring"
    )]
    Agreement(AgreementCommand),
    /// The pupil data (categories) each agreement receives
    #[command(
        subcommand,
        visible_alias = "gegevens",
        after_help = "Examples:\n  vreg scope categories\n  vreg gegevens set gynzy-bv-2024 eck-id name group"
    )]
    Scope(ScopeCommand),
    /// External parties (externe partijen) and the "may we share this?" check
    #[command(
        subcommand,
        visible_alias = "partij",
        after_help = "Example:\n  vreg party check ggd --category name --category bsn"
    )]
    Party(PartyCommand),
    /// Pupils (leerlingen), from the school administration's export
    #[command(
        subcommand,
        visible_alias = "leerling",
        after_help = "Examples:\n  vreg pupil import leerlingen.csv\n  vreg leerling list --group 5B"
    )]
    Pupil(PupilCommand),
    /// Parental consent (toestemming): record, show, check, list
    #[command(
        subcommand,
        visible_alias = "toestemming",
        after_help = "Examples:\n  vreg consent check 1001 photo-website\n  vreg toestemming list --purpose photo-internal --not-granted"
    )]
    Consent(crate::commands::consent::ConsentCommand),
    /// Breaches (datalekken): the register of art. 33(5) AVG and its deadlines
    #[command(
        subcommand,
        visible_alias = "datalek",
        after_help = "Examples:\n  vreg breach add \"Phishingmail leverancier\" --discovered \"2026-10-23 16:00\" --supplier gynzy-bv\n  vreg datalek show 2026-001\n  vreg breach clock || mail -s datalek fg@school.example    # from cron"
    )]
    Breach(crate::commands::breach::BreachCommand),
    /// Requests of parents and pupils (inzage, correctie, verwijdering, ...) and their deadlines
    #[command(
        subcommand,
        visible_alias = "verzoek",
        after_help = "Examples:\n  vreg request add access --pupil 1001 --by parent --received 2026-11-02\n  vreg verzoek list --open\n  vreg pupil report 1001 --format html --out inzage-1001.html"
    )]
    Request(crate::commands::request::RequestCommand),
    /// The register of processing activities (AVG art. 30), built on the agreements and parties
    #[command(
        subcommand,
        visible_alias = "verwerking",
        after_help = "Examples:\n  vreg processing add \"Salarisadministratie\" --purpose salarisbetaling --basis contract --subjects staff --category salary --agreement loonwerk-2025\n  vreg verwerking list --subject pupils\n  vreg export art30 --format html --out verwerkingsregister.html"
    )]
    Processing(crate::commands::processing::ProcessingCommand),
    /// Reports for people: the privacy year report for the bestuursverslag and the GMR
    #[command(
        subcommand,
        visible_alias = "rapport",
        after_help = "Examples:\n  vreg report year 2026 --format html --out privacyjaarverslag-2026.html\n  vreg rapport year 2025 --format md"
    )]
    Report(crate::commands::report::ReportCommand),
    /// Every dated duty in one list, soonest first: exit 1 when one has passed
    ///
    /// When the terminal is narrow, the table leaves out settle with (--wide keeps it).
    #[command(
        visible_alias = "termijnen",
        after_help = "Examples:\n  vreg deadlines --within 30\n  vreg deadlines --format ics --out termijnen.ics\n  vreg deadlines --within 14 || mail -s termijnen fg@school.example    # from cron"
    )]
    Deadlines(crate::commands::deadlines::Args),
    /// Upsert a declarative register file (the format of `export toml`); --create makes the
    /// register, --merge patches it
    #[command(
        after_help = "Examples:\n  vreg import register.toml --dry-run\n  vreg --db board.sqlite import register.example.toml --create\n  vreg import shared.toml --merge --only-existing"
    )]
    Import(ImportArgs),
    /// Bring another board's register into this one: suppliers, agreements, parties,
    /// purposes, schools, pupils with their whole consent history, breaches, requests and the
    /// rest, in one transaction; this register keeps its organisation
    #[command(
        after_help = "Examples:\n  vreg --db een.sqlite merge twee.sqlite --dry-run\n  vreg --db een.sqlite merge twee.sqlite --id-suffix twee --renumber"
    )]
    Merge(crate::commands::merge::Args),
    /// Write the whole register out
    #[command(
        subcommand,
        after_help = "Examples:\n  vreg export toml > register.toml\n  vreg export gmr --out-dir gmr/"
    )]
    Export(ExportCommand),
    /// Check the whole register: exit 0 = nothing at or above --fail-on, 1 = findings, 2 = error
    ///
    /// When the terminal is narrow, the table leaves out hint (--wide keeps them).
    #[command(visible_alias = "controle", args_conflicts_with_subcommands = true, after_help = AUDIT_HELP)]
    Audit(AuditArgs),
    /// The change history of the register
    ///
    /// When the terminal is narrow, the table leaves out entity kind, detail, actor (--wide keeps
    /// them).
    #[command(
        after_help = "Examples:\n  vreg log --entity supplier:gynzy-bv\n  vreg log --since 2026-08-01 --format csv"
    )]
    Log(LogArgs),
    /// Copy the register while it is in use (SQLite online backup), then verify the copy
    #[command(after_help = "Example:\n  vreg backup /mnt/backup/register-$(date +%F).sqlite")]
    Backup(BackupArgs),
    /// Check the register: integrity, foreign keys, schema version, file permissions
    #[command(
        after_help = "Exit codes: 0 sound, 1 damaged, 2 not readable.\n\nExample:\n  vreg check && vreg backup backup.sqlite"
    )]
    Check,
    /// Print a shell completion script
    #[command(after_help = COMPLETIONS_HELP)]
    Completions(CompletionsArgs),
    /// Print the man page (roff)
    #[command(after_help = "Example:\n  vreg man > ~/.local/share/man/man1/vreg.1")]
    Man,
}

const COMPLETIONS_HELP: &str = "Examples:
  vreg completions bash > ~/.local/share/bash-completion/completions/vreg
  vreg completions zsh > ~/.zfunc/_vreg        # with fpath+=(~/.zfunc) in ~/.zshrc
  vreg completions fish > ~/.config/fish/completions/vreg.fish";

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where the copy goes; must not exist yet
    pub file: PathBuf,
}

const AUDIT_HELP: &str = "Exit codes:
  0  no finding at or above --fail-on (default: error)
  1  a finding at or above --fail-on
  2  the audit could not run (no register, bad flag, ...)

--fail-on error    fail on errors only (missing or expired agreements, BSN, unsafeguarded transfers, ...)
--fail-on warning  fail on warnings too (expiring agreements, convenant, stale consent, ...)
--fail-on never    always exit 0; read the findings from --format json

Examples:
  vreg audit
  vreg audit --format json --fail-on warning > audit.json || mail -s \"audit\" fg@school.example < audit.json
  vreg audit --as-of 2027-08-01 --horizon 120 --save
  vreg audit history";

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: Option<AuditCommand>,
    /// Check the register as it stands on this day [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Warn about agreements that end within this many days
    #[arg(long, value_name = "DAYS", default_value_t = crate::domain::agreement::DEFAULT_HORIZON_DAYS)]
    pub horizon: u32,
    /// Exit 1 when a finding is at or above this severity: error, warning, never
    #[arg(long, default_value = "error", value_parser = code::<FailOn>(FailOn::SPELLINGS))]
    pub fail_on: FailOn,
    /// Store this run (see `vreg audit history`)
    #[arg(long)]
    pub save: bool,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Saved audit runs; `history show N` prints one as the audit did
    ///
    /// When the terminal is narrow, the table leaves out severity, subject id (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg audit history --format csv\n  vreg audit history show 3"
    )]
    History(crate::commands::audit::history::HistoryArgs),
    /// Findings new, resolved and still open between two saved runs (default: the last saved
    /// run and now)
    ///
    /// When the terminal is narrow, the table leaves out subject kind, severity, subject id (--wide
    /// keeps them).
    #[command(after_help = "Examples:\n  vreg audit diff\n  vreg audit diff 2 3 --format csv")]
    Diff(crate::commands::audit::history::DiffArgs),
    /// Live with a finding until a day, for a reason: shown apart, not failing the audit
    #[command(
        after_help = "Examples:\n  vreg audit accept convenant-none supplier:camping-de-berk --reason \"schoolkamp, geen leerlingdata buiten naam\" --until 2027-07-31\n  vreg audit accept --revoke convenant-none supplier:camping-de-berk"
    )]
    Accept(crate::commands::audit::accept::AcceptArgs),
    /// The findings the board accepted, with reason and end date
    ///
    /// When the terminal is narrow, the table leaves out subject kind (--wide keeps them).
    #[command(after_help = "Example:\n  vreg audit accepted --format csv")]
    Accepted,
    /// Every finding code with its severity and meaning
    #[command(after_help = "Example:\n  vreg audit codes --format csv")]
    Codes,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Fill the new register with the example board of register.example.toml
    #[arg(long)]
    pub example: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A TOML file like register.example.toml
    pub file: PathBuf,
    /// Report what would be added or changed, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Patch: keys the file leaves out keep their value; an entity may be just its id and the
    /// keys to change
    #[arg(long)]
    pub merge: bool,
    /// With --merge: touch only suppliers, agreements and the rest that the register has already
    #[arg(long, requires = "merge")]
    pub only_existing: bool,
    /// Create the register when the file at --db does not exist yet
    #[arg(long)]
    pub create: bool,
    /// Import a file whose organisation has another KvK number than the register's
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The register as TOML, in the format `import` reads; the same register gives the same bytes.
    /// TOML only: --format json or csv is refused (`vreg export json` is the same document as JSON)
    #[command(
        after_help = "Example:\n  vreg export toml > register.toml && git diff register.toml\n  vreg export toml --out register.toml"
    )]
    Toml(OutArgs),
    /// The same document as JSON; with --with-pupils also every pupil, consent event and request
    #[command(
        after_help = "Examples:\n  vreg export json --out register.json\n  vreg export json --with-pupils --out volledig.json    # holds pupil data: keep it private"
    )]
    Json(JsonArgs),
    /// Dutch CSV for the GMR (participation council): the overview on stdout, or five files;
    /// --format html: all five tables as one document to print on A4 landscape
    #[command(
        after_help = "Examples:\n  vreg export gmr > verwerkersregister.csv\n  vreg export gmr --out-dir gmr/ --as-of 2026-09-01\n  vreg export gmr --format html --out gmr.html"
    )]
    Gmr(GmrArgs),
    /// The register of processing activities (AVG art. 30(1)(a)-(g)) for the Autoriteit
    /// Persoonsgegevens, in Dutch: --format csv (default), json or html
    #[command(after_help = crate::commands::export::ART30_HELP)]
    Art30(crate::commands::export::Art30Args),
}

#[derive(Debug, Clone, Args)]
pub struct GmrArgs {
    /// Agreement status and consent counts as of this day [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Write verwerkersregister.csv, externe-partijen.csv, toestemmingen.csv, datalekken.csv and
    /// verzoeken.csv here
    #[arg(long, value_name = "DIR", conflicts_with = "out")]
    pub out_dir: Option<PathBuf>,
    /// Write the overview (verwerkersregister.csv), or with --format html the document, to this
    /// file, mode 0600, instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only what concerns this school (BRIN or BRIN with vestiging): for the school's MR
    #[arg(long, value_name = "BRIN", value_parser = parse_school)]
    pub school: Option<String>,
    /// In toestemmingen.csv, counts from 1 up to this number are written "<N": a count of one
    /// for a care party at a small school points at a child (at least 1, which shows every count)
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..))]
    pub min_count: u64,
}

#[derive(Debug, Args)]
pub struct JsonArgs {
    #[command(flatten)]
    pub out: OutArgs,
    /// Add every pupil, their consent history and the requests of parents and pupils: the
    /// complete register, with pupil data in it
    #[arg(long)]
    pub with_pupils: bool,
}

#[derive(Debug, Args)]
pub struct OutArgs {
    /// Write to this file (created anew, mode 0600, moved into place when complete) instead of
    /// stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

// ---------------------------------------------------------------- suppliers

#[derive(Debug, Subcommand)]
pub enum SupplierCommand {
    /// Register a supplier; prints its id
    #[command(
        after_help = "Examples:\n  vreg supplier add \"Gynzy B.V.\" --kvk 12345678 --website https://gynzy.example\n  id=$(vreg supplier add \"Heutink ICT\" --role processor)"
    )]
    Add(SupplierAdd),
    /// List suppliers
    ///
    /// When the terminal is narrow, the table leaves out role, kvk, convenant version, convenant
    /// checked on (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg supplier list --convenant none\n  vreg supplier list --format csv > leveranciers.csv"
    )]
    List(SupplierList),
    /// Everything about one supplier: agreements, scopes, sub-processors
    #[command(after_help = "Example:\n  vreg supplier show gynzy-bv --format json")]
    Show(SupplierShow),
    /// Change a supplier's details (an empty value clears an optional field)
    #[command(
        after_help = "Example:\n  vreg supplier edit gynzy-bv --contact privacy@gynzy.example --website \"\""
    )]
    Edit(SupplierEdit),
    /// Remove a supplier entered by mistake (a former supplier is retired, not removed)
    #[command(
        after_help = "Examples:\n  vreg supplier remove oud-bv\n  vreg supplier remove oud-bv --cascade --yes    # with its agreements, in a script"
    )]
    Remove(SupplierRemove),
    /// A former supplier: kept with its agreements as evidence, out of lists and of the findings
    /// that expect a current agreement or convenant check
    #[command(
        after_help = "Examples:\n  vreg supplier retire oud-bv --on 2026-07-31 --reason \"contract niet verlengd\"\n  vreg supplier retire oud-bv --undo"
    )]
    Retire(crate::commands::supplier::retire::SupplierRetireArgs),
}

#[derive(Debug, Args)]
pub struct SupplierAdd {
    /// The supplier's name, e.g. "Gynzy B.V." (asked for on a terminal when missing)
    pub name: Option<String>,
    /// The id [default: derived from the name, e.g. gynzy-bv]
    #[arg(long)]
    pub id: Option<String>,
    /// Add it even when a supplier with the same name (without case, punctuation and legal form)
    /// or KvK number exists
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub fields: SupplierFields,
}

/// The supplier fields that `add` and `edit` share.
#[derive(Debug, Args)]
pub struct SupplierFields {
    /// KvK number (8 digits)
    #[arg(long)]
    pub kvk: Option<String>,
    /// Website
    #[arg(long)]
    pub website: Option<String>,
    /// Contact (privacy contact, e-mail)
    #[arg(long)]
    pub contact: Option<String>,
    /// Role under the AVG: processor, controller, joint-controller [add: processor]
    #[arg(long, value_parser = code::<Role>(Role::SPELLINGS))]
    pub role: Option<Role>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct SupplierList {
    /// Only suppliers with this convenant status: participant, supporter, none, unknown
    #[arg(long, value_parser = code::<Convenant>(Convenant::SPELLINGS))]
    pub convenant: Option<Convenant>,
    /// Only suppliers with this role: processor, controller, joint-controller
    #[arg(long, value_parser = code::<Role>(Role::SPELLINGS))]
    pub role: Option<Role>,
    /// Also former (retired) suppliers
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct SupplierShow {
    pub id: String,
    #[command(flatten)]
    pub when: AsOf,
}

#[derive(Debug, Args)]
pub struct SupplierEdit {
    pub id: String,
    /// New name (the id stays)
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: SupplierFields,
}

#[derive(Debug, Args)]
pub struct SupplierRemove {
    pub id: String,
    /// Also remove the supplier's agreements, scopes and sub-processors
    #[arg(long)]
    pub cascade: bool,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long, short)]
    pub yes: bool,
}

// ---------------------------------------------------------------- convenant

#[derive(Debug, Subcommand)]
pub enum ConvenantCommand {
    /// Record a supplier's convenant status (deelnemer, medestander, none, unknown)
    #[command(
        after_help = "Example:\n  vreg convenant set gynzy-bv deelnemer --version 4.0 --checked-on 2026-09-14"
    )]
    Set(ConvenantSet),
    /// Every supplier's convenant status and days since it was checked
    ///
    /// When the terminal is narrow, the table leaves out days since check, convenant version
    /// (--wide keeps them).
    #[command(after_help = "Example:\n  vreg convenant list --format csv")]
    List(ConvenantList),
}

#[derive(Debug, Args)]
pub struct ConvenantSet {
    pub supplier: String,
    /// participant (deelnemer), supporter (medestander), none, unknown
    #[arg(value_parser = code::<Convenant>(Convenant::SPELLINGS))]
    pub status: Convenant,
    /// Convenant version the supplier joined: 2.0, 3.0, 4.0
    #[arg(long, value_parser = code::<ConvenantVersion>(ConvenantVersion::SPELLINGS))]
    pub version: Option<ConvenantVersion>,
    /// When the status was checked on privacyconvenant.nl [default: today]
    #[arg(long, value_parser = parse_date)]
    pub checked_on: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct ConvenantList {
    /// Count days since the check up to this day [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

// ---------------------------------------------------------------- agreements

#[derive(Debug, Subcommand)]
pub enum AgreementCommand {
    /// Register a processor agreement of a supplier; prints its id
    #[command(
        after_help = "Example:\n  vreg agreement add gynzy-bv --signed-on 2024-03-01 --expires-on 2027-07-31 \\\n       --product Gynzy --storage NL --breach-hours 24 --document DMS/VWO/2024-01"
    )]
    Add(AgreementAdd),
    /// List agreements with their status
    ///
    /// When the terminal is narrow, the table leaves out review on, storage countries, model,
    /// signed on, supplier (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg agreement list --status expiring --within 120\n  vreg agreement list --supplier gynzy-bv --as-of 2027-01-01 --format json"
    )]
    List(AgreementList),
    /// One agreement with its scope and sub-processors
    #[command(after_help = "Example:\n  vreg agreement show gynzy-bv-2024")]
    Show(AgreementShow),
    /// Change an agreement (an empty value clears an optional field)
    #[command(
        after_help = "Example:\n  vreg agreement edit gynzy-bv-2024 --review-on 2027-03-01 --dpia DPIA-2026-03"
    )]
    Edit(AgreementEdit),
    /// Terminate an agreement; it is kept, with status terminated from that day
    #[command(after_help = "Example:\n  vreg agreement end gynzy-bv-2024 --on 2026-07-31")]
    End(AgreementEnd),
    /// Sub-processors (subverwerkers) named in an agreement
    #[command(
        subcommand,
        visible_alias = "subverwerker",
        after_help = "Example:\n  vreg agreement subprocessor list gynzy-bv-2024"
    )]
    Subprocessor(SubprocessorCommand),
}

#[derive(Debug, Args)]
pub struct AgreementAdd {
    /// The supplier's id (asked for on a terminal when missing)
    pub supplier: Option<String>,
    /// Add it even when the supplier has an agreement signed that day with the same document
    #[arg(long)]
    pub force: bool,
    /// The id [default: <supplier>-<year signed>, e.g. gynzy-bv-2024]
    #[arg(long)]
    pub id: Option<String>,
    /// Date signed (YYYY-MM-DD or DD-MM-YYYY)
    #[arg(long, value_parser = parse_date)]
    pub signed_on: Option<NaiveDate>,
    /// Date it takes effect
    #[arg(long, value_parser = parse_date)]
    pub starts_on: Option<NaiveDate>,
    /// Last day in force [default: indefinite]
    #[arg(long, value_parser = parse_date)]
    pub expires_on: Option<NaiveDate>,
    /// Date of the next review
    #[arg(long, value_parser = parse_date)]
    pub review_on: Option<NaiveDate>,
    /// model-4.0, model-3.0, general-4.0, own, none [default: from the convenant status]
    #[arg(long, value_parser = code::<Model>(Model::SPELLINGS))]
    pub model: Option<Model>,
    /// A product or service covered (repeat for several)
    #[arg(long = "product", value_name = "PRODUCT")]
    pub products: Vec<String>,
    /// A school it serves: BRIN or BRIN with vestiging (repeat for several) [default: every
    /// school of the board]
    #[arg(long = "school", value_name = "BRIN", value_parser = parse_school)]
    pub schools: Vec<String>,
    /// Where the signed document is: path, URL or DMS reference
    #[arg(long)]
    pub document: Option<String>,
    /// Privacybijsluiter version or reference
    #[arg(long)]
    pub privacy_leaflet: Option<String>,
    /// Country where data is stored, ISO 3166 alpha-2 (repeat for several)
    #[arg(long = "storage", value_name = "CC", value_parser = parse_country)]
    pub storage_countries: Vec<String>,
    /// Transfer safeguard outside the EEA: adequacy, scc, dpf, bcr, none
    #[arg(long, value_parser = code::<Safeguard>(Safeguard::SPELLINGS))]
    pub safeguard: Option<Safeguard>,
    /// Hours within which the supplier reports a data breach
    #[arg(long)]
    pub breach_hours: Option<u32>,
    /// DPIA reference
    #[arg(long)]
    pub dpia: Option<String>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct AgreementList {
    /// Only this supplier's agreements
    #[arg(long)]
    pub supplier: Option<String>,
    /// Only agreements with this status; `active` includes those expiring soon
    #[arg(long, value_parser = code::<Status>(Status::SPELLINGS))]
    pub status: Option<Status>,
    #[command(flatten)]
    pub when: AsOf,
}

/// The day a status is computed for, and how far ahead "expiring" looks.
#[derive(Debug, Args)]
pub struct AsOf {
    /// Compute status for this day [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// An agreement ending within this many days is `expiring`
    #[arg(long, value_name = "DAYS", default_value_t = crate::domain::agreement::DEFAULT_HORIZON_DAYS)]
    pub within: u32,
}

#[derive(Debug, Args)]
pub struct AgreementShow {
    pub id: String,
    #[command(flatten)]
    pub when: AsOf,
}

#[derive(Debug, Args)]
pub struct AgreementEdit {
    pub id: String,
    /// Date signed
    #[arg(long, value_parser = clearable(parse_date))]
    pub signed_on: Option<Clear<NaiveDate>>,
    /// Date it takes effect
    #[arg(long, value_parser = clearable(parse_date))]
    pub starts_on: Option<Clear<NaiveDate>>,
    /// Last day in force ("" = indefinite)
    #[arg(long, value_parser = clearable(parse_date))]
    pub expires_on: Option<Clear<NaiveDate>>,
    /// Date of the next review
    #[arg(long, value_parser = clearable(parse_date))]
    pub review_on: Option<Clear<NaiveDate>>,
    /// Correct the termination date ("" = not terminated); to terminate, use `agreement end`
    #[arg(long, value_parser = clearable(parse_date))]
    pub terminated_on: Option<Clear<NaiveDate>>,
    /// model-4.0, model-3.0, general-4.0, own, none
    #[arg(long, value_parser = code::<Model>(Model::SPELLINGS))]
    pub model: Option<Model>,
    /// Replace the products (repeat for several; one empty value clears them)
    #[arg(long = "product", value_name = "PRODUCT")]
    pub products: Option<Vec<String>>,
    /// Replace the schools it serves (repeat for several; one empty value: every school)
    #[arg(long = "school", value_name = "BRIN", value_parser = clearable(parse_school))]
    pub schools: Option<Vec<Clear<String>>>,
    /// Where the signed document is
    #[arg(long)]
    pub document: Option<String>,
    /// Privacybijsluiter version or reference
    #[arg(long)]
    pub privacy_leaflet: Option<String>,
    /// Replace the storage countries (repeat for several; one empty value clears them)
    #[arg(long = "storage", value_name = "CC", value_parser = clearable(parse_country))]
    pub storage_countries: Option<Vec<Clear<String>>>,
    /// Transfer safeguard: adequacy, scc, dpf, bcr, none
    #[arg(long, value_parser = clearable(|s: &str| s.parse::<Safeguard>().map_err(|e| e.to_string())))]
    pub safeguard: Option<Clear<Safeguard>>,
    /// Hours within which the supplier reports a data breach
    #[arg(long, value_parser = clearable(|s: &str| s.parse::<u32>().map_err(|_| format!("'{s}' is not a whole number of hours"))))]
    pub breach_hours: Option<Clear<u32>>,
    /// DPIA reference
    #[arg(long)]
    pub dpia: Option<String>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct AgreementEnd {
    pub id: String,
    /// The day the termination takes effect
    #[arg(long, value_parser = parse_date)]
    pub on: NaiveDate,
}

#[derive(Debug, Subcommand)]
pub enum SubprocessorCommand {
    /// Name a sub-processor in an agreement
    #[command(
        after_help = "Example:\n  vreg agreement subprocessor add gynzy-bv-2024 \"Amazon Web Services\" --country IE --purpose hosting"
    )]
    Add(SubprocessorAdd),
    /// Remove a sub-processor from an agreement
    #[command(
        after_help = "Example:\n  vreg agreement subprocessor remove gynzy-bv-2024 \"Amazon Web Services\""
    )]
    Remove(SubprocessorRemove),
    /// An agreement's sub-processors
    #[command(
        after_help = "Example:\n  vreg agreement subprocessor list gynzy-bv-2024 --format csv"
    )]
    List(SubprocessorList),
}

#[derive(Debug, Args)]
pub struct SubprocessorAdd {
    pub agreement: String,
    pub name: String,
    /// Country where it processes the data, ISO 3166 alpha-2
    #[arg(long, value_parser = parse_country)]
    pub country: String,
    /// What it does
    #[arg(long)]
    pub purpose: Option<String>,
    /// Transfer safeguard outside the EEA: adequacy, scc, dpf, bcr, none
    #[arg(long, value_parser = code::<Safeguard>(Safeguard::SPELLINGS))]
    pub safeguard: Option<Safeguard>,
}

#[derive(Debug, Args)]
pub struct SubprocessorRemove {
    pub agreement: String,
    pub name: String,
}

#[derive(Debug, Args)]
pub struct SubprocessorList {
    pub agreement: String,
}

// ---------------------------------------------------------------- scopes

#[derive(Debug, Subcommand)]
pub enum ScopeCommand {
    /// Replace an agreement's data set with these categories
    #[command(
        after_help = "Example:\n  vreg scope set gynzy-bv-2024 eck-id name group results usage"
    )]
    Set(ScopeSet),
    /// Add categories to an agreement's data set (or update their purpose/retention)
    #[command(
        after_help = "Examples:\n  vreg scope add gynzy-bv-2024 results --purpose \"adaptief oefenen\" --retention \"1 jaar na vertrek\"\n  vreg scope add parnassys-2023 bsn --law \"WPO art. 178a\" --purpose \"leveringen aan DUO (BRON)\""
    )]
    Add(ScopeChange),
    /// Remove categories from an agreement's data set
    #[command(after_help = "Example:\n  vreg scope remove gynzy-bv-2024 bsn")]
    Remove(ScopeSet),
    /// Who receives what
    ///
    /// When the terminal is narrow, the table leaves out supplier, law, retention (--wide keeps
    /// them).
    #[command(
        after_help = "Example:\n  vreg scope list --category health    # who receives medical data?"
    )]
    List(ScopeList),
    /// The catalogue of data categories with their flags and Dutch labels
    #[command(after_help = "Example:\n  vreg scope categories --format json")]
    Categories,
}

#[derive(Debug, Args)]
pub struct ScopeSet {
    pub agreement: String,
    /// Data categories (see `vreg scope categories`)
    #[arg(required = true, value_parser = code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
}

#[derive(Debug, Args)]
pub struct ScopeChange {
    pub agreement: String,
    /// Data categories (see `vreg scope categories`)
    #[arg(required = true, value_parser = code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
    /// Why the supplier receives them
    #[arg(long)]
    pub purpose: Option<String>,
    /// How long the supplier keeps them
    #[arg(long)]
    pub retention: Option<String>,
    /// The law that prescribes this processing, e.g. "WPO art. 178a" for the BSN in the pupil
    /// administration (empty clears it)
    #[arg(long)]
    pub law: Option<String>,
}

#[derive(Debug, Args)]
pub struct ScopeList {
    /// Only this category, e.g. health
    #[arg(long, value_parser = code::<Category>(Category::SPELLINGS))]
    pub category: Option<Category>,
}

// ---------------------------------------------------------------- external parties

#[derive(Debug, Subcommand)]
pub enum PartyCommand {
    /// Register an external party; prints its id
    #[command(
        after_help = "Examples:\n  vreg party add \"Leerplicht Waterland\" --kind government --basis legal-obligation \\\n       --law \"Leerplichtwet 1969 art. 21a\" --category name --category attendance --in-regulation\n  vreg party add \"Logopedie De Klank\" --kind care --basis consent --category name --category progress"
    )]
    Add(PartyAdd),
    /// List external parties
    ///
    /// When the terminal is narrow, the table leaves out notes, schools, in privacy regulation,
    /// law, categories (--wide keeps them).
    #[command(after_help = "Example:\n  vreg party list --format csv")]
    List,
    /// One external party
    #[command(after_help = "Example:\n  vreg party show ggd")]
    Show(PartyShow),
    /// Change an external party (an empty value clears an optional field)
    #[command(
        after_help = "Example:\n  vreg party edit ggd --category name --category birth-date --in-regulation true"
    )]
    Edit(PartyEdit),
    /// Remove an external party
    #[command(after_help = "Example:\n  vreg party remove oude-partij --yes")]
    Remove(PartyRemove),
    /// May we share this with them? Exit 0 = yes, 1 = no; prints why
    #[command(
        after_help = "Examples:\n  vreg party check ggd --category name --category bsn\n  vreg party check logopedie-de-klank --pupil 1001 --category progress && echo ok"
    )]
    Check(PartyCheck),
}

#[derive(Debug, Args)]
pub struct PartyAdd {
    /// The party's name, e.g. "GGD Hollands Noorden"
    pub name: String,
    /// The id [default: derived from the name]
    #[arg(long)]
    pub id: Option<String>,
    /// government, education, care, safety, other
    #[arg(long, value_parser = code::<Kind>(Kind::SPELLINGS))]
    pub kind: Kind,
    /// AVG art. 6(1): consent, contract, legal-obligation, vital-interest, public-task,
    /// legitimate-interest
    #[arg(long, value_parser = code::<Basis>(Basis::SPELLINGS))]
    pub basis: Basis,
    /// The law that prescribes or allows the exchange (required for legal-obligation)
    #[arg(long)]
    pub law: Option<String>,
    /// A data category it may receive (repeat for several)
    #[arg(long = "category", value_name = "CATEGORY", value_parser = code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
    /// Listed in the board's privacyreglement
    #[arg(long)]
    pub in_regulation: bool,
    /// A school it receives data from: BRIN or BRIN with vestiging (repeat for several)
    /// [default: every school of the board]
    #[arg(long = "school", value_name = "BRIN", value_parser = parse_school)]
    pub schools: Vec<String>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct PartyShow {
    pub id: String,
}

#[derive(Debug, Args)]
pub struct PartyEdit {
    pub id: String,
    /// New name (the id stays)
    #[arg(long)]
    pub name: Option<String>,
    /// government, education, care, safety, other
    #[arg(long, value_parser = code::<Kind>(Kind::SPELLINGS))]
    pub kind: Option<Kind>,
    /// consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest
    #[arg(long, value_parser = code::<Basis>(Basis::SPELLINGS))]
    pub basis: Option<Basis>,
    /// The law reference
    #[arg(long)]
    pub law: Option<String>,
    /// Replace the categories it may receive (repeat for several; one empty value clears them)
    #[arg(long = "category", value_name = "CATEGORY", value_parser = clearable(|s: &str| s.parse::<Category>().map_err(|e| e.to_string())))]
    pub categories: Option<Vec<Clear<Category>>>,
    /// Listed in the privacyreglement: true or false
    #[arg(long)]
    pub in_regulation: Option<bool>,
    /// Replace the schools it receives data from (repeat for several; one empty value: every
    /// school)
    #[arg(long = "school", value_name = "BRIN", value_parser = clearable(parse_school))]
    pub schools: Option<Vec<Clear<String>>>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct PartyRemove {
    pub id: String,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long, short)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct PartyCheck {
    /// The party's id
    pub party: String,
    /// The pupil whose data it is (needed for a party on consent)
    #[arg(long, value_parser = parse_number)]
    pub pupil: Option<String>,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long, requires = "pupil")]
    pub school: Option<String>,
    /// A data category to share (repeat for several)
    #[arg(long = "category", value_name = "CATEGORY", value_parser = code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
}

// ---------------------------------------------------------------- pupils and consent

#[derive(Debug, Subcommand)]
pub enum PupilCommand {
    /// Import pupils and consent columns from a CSV export (ParnasSys, Magister, ...)
    #[command(
        after_help = "Examples:\n  vreg pupil import leerlingen.csv --on 2026-09-01 --dry-run\n  vreg pupil import export.csv --map \"Foto website=photo-website\" --map Adres=ignore"
    )]
    Import(PupilImport),
    /// List pupils at school (not those who left)
    ///
    /// When the terminal is narrow, the table leaves out left on, birth date (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg pupil list --group 5B\n  vreg pupil list --school 12AB --all --format csv"
    )]
    List(PupilList),
    /// One pupil
    #[command(after_help = "Example:\n  vreg pupil show 1001")]
    Show(PupilShow),
    /// Record that a pupil left school
    #[command(after_help = "Example:\n  vreg pupil leave 1001 --on 2026-07-10")]
    Leave(PupilLeave),
    /// Remove pupils who left before a date, with their consent history
    #[command(after_help = "Example:\n  vreg pupil purge --left-before 2024-08-01 --yes")]
    Purge(PupilPurge),
    /// The answer to an access request (inzageverzoek), in Dutch: the pupil's data, the
    /// suppliers and parties that receive data and why, the consent history, retention, rights
    #[command(
        after_help = "Formats: --format md (default), html (one self-contained page that prints on A4) or json.\n\nExamples:\n  vreg pupil report 1001 --format html --out inzage-1001.html\n  vreg leerling report 1001 --as-of 2026-11-27 --format json"
    )]
    Report(crate::commands::pupil::report::Args),
    /// Erase one pupil for a granted erasure request, as thoroughly as purge, and close it
    #[command(after_help = "Example:\n  vreg pupil erase 1001 --request 2026-002 --yes")]
    Erase(crate::commands::pupil::erase::Args),
}

#[derive(Debug, Args)]
pub struct PupilImport {
    /// The CSV file: `;` or `,`, UTF-8 (UTF-16 with a byte-order mark) or Windows-1252, a
    /// header row; `-` reads standard input
    pub file: PathBuf,
    /// The school of the rows when the file has no school column: BRIN, BRIN with vestiging, or
    /// its name as in `[[school]]`
    #[arg(long)]
    pub school: Option<String>,
    /// The file is the whole school on --on: its pupils missing from the file are marked as
    /// left on that day (the dry run lists them first)
    #[arg(long)]
    pub complete: bool,
    /// The file answers this school year's question: a cell that says what stands is recorded as
    /// a re-confirmation dated --on (a later decision is never overruled)
    #[arg(long)]
    pub reconfirm: bool,
    /// Store this import's --map flags in the register under NAME, for --profile
    #[arg(long, value_name = "NAME")]
    pub save_map: Option<String>,
    /// Use the column mapping saved under NAME (--map flags given as well come on top)
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Date of the decisions in the file [default: today]
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
    /// Map a column: HEADER=field (leerlingnummer, name, first_name, prefix, last_name, group,
    /// school, birth_date, ignore) or HEADER=purpose-id
    #[arg(long = "map", value_name = "HEADER=TARGET", value_parser = parse_mapping)]
    pub maps: Vec<(String, String)>,
    /// How the decisions in the file were given: written, digital, verbal
    #[arg(long, default_value = "digital", value_parser = code::<Form>(Form::SPELLINGS))]
    pub form: Form,
    /// Who decided for pupils of 16 and older: file (an export does not say who clicked),
    /// pupil or representative; for younger pupils it is always a parent
    #[arg(long = "by", default_value = "file", value_parser = code::<GivenBy>(GivenBy::SPELLINGS))]
    pub given_by: GivenBy,
    /// Check the whole file and report, per pupil and purpose, what would be recorded and what
    /// is kept because a later decision stands; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct PupilList {
    /// Only this group, e.g. 5B
    #[arg(long)]
    pub group: Option<String>,
    /// Only this school: BRIN (12AB) or BRIN with vestiging (12AB00)
    #[arg(long)]
    pub school: Option<String>,
    /// Also pupils who left
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct PupilShow {
    /// The leerlingnummer
    #[arg(value_parser = parse_number)]
    pub pupil: String,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
}

#[derive(Debug, Args)]
pub struct PupilLeave {
    /// The leerlingnummer
    #[arg(value_parser = parse_number)]
    pub pupil: String,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
    /// The day the pupil left
    #[arg(long, value_parser = parse_date, required_unless_present = "undo")]
    pub on: Option<NaiveDate>,
    /// Change the leaving date of a pupil who already has one
    #[arg(long, conflicts_with = "undo")]
    pub correct: bool,
    /// Take back a leaving date entered by mistake: the pupil is at school again
    #[arg(long, conflicts_with = "on")]
    pub undo: bool,
}

#[derive(Debug, Args)]
pub struct PupilPurge {
    /// Remove pupils whose leaving date is before this day
    #[arg(long, value_parser = parse_date)]
    pub left_before: NaiveDate,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long, short)]
    pub yes: bool,
}

// ---------------------------------------------------------------- log

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only changes on or after this day (UTC)
    #[arg(long, value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// Only changes to this entity, e.g. supplier:gynzy-bv
    #[arg(long, value_name = "KIND:ID", value_parser = parse_entity)]
    pub entity: Option<(String, String)>,
}

// ---------------------------------------------------------------- value parsers

/// A flag value of `edit` where an empty value clears the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clear<T>(pub Option<T>);

fn clearable<T>(
    parse: impl Fn(&str) -> Result<T, String> + Clone + Send + Sync + 'static,
) -> impl Fn(&str) -> Result<Clear<T>, String> + Clone + Send + Sync + 'static {
    move |s: &str| {
        if s.trim().is_empty() {
            Ok(Clear(None))
        } else {
            parse(s).map(|v| Clear(Some(v)))
        }
    }
}

/// The parser of a domain enumeration: its codes go into help and shell completion, and a value
/// is read as the domain reads it (any letter case, Dutch spellings), so that a flag takes what a
/// register file takes.
pub(crate) fn code<T>(
    spellings: &'static [(&'static str, &'static [&'static str])],
) -> impl clap::builder::TypedValueParser<Value = T>
where
    T: std::str::FromStr + Clone + Send + Sync + 'static,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    DomainCode(
        PossibleValuesParser::new(
            spellings
                .iter()
                .map(|(code, aliases)| PossibleValue::new(*code).aliases(aliases.iter().copied())),
        )
        .try_map(|text: String| text.parse::<T>()),
    )
}

/// Reads a value with the domain's `FromStr`; what it does not know gets clap's error, which
/// lists the codes.
#[derive(Clone)]
struct DomainCode<P>(P);

impl<P> clap::builder::TypedValueParser for DomainCode<P>
where
    P: clap::builder::TypedValueParser,
    P::Value: std::str::FromStr,
{
    type Value = P::Value;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        match value.to_str().map(str::parse::<P::Value>) {
            Some(Ok(parsed)) => Ok(parsed),
            _ => self.0.parse_ref(cmd, arg, value),
        }
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        self.0.possible_values()
    }
}

fn parse_mapping(s: &str) -> Result<(String, String), String> {
    crate::domain::document::parse_mapping(s)
}

fn parse_country(s: &str) -> Result<String, String> {
    crate::domain::country::parse_country(s)
}

/// The kinds of thing the change log records changes to.
const LOGGED_KINDS: &[&str] = &[
    "register",
    "organisation",
    "school",
    "supplier",
    "agreement",
    "party",
    "purpose",
    "pupil",
    "import",
    "finding",
    "import-profile",
    "breach",
    "request",
    "category",
    "processing",
];

fn parse_entity(s: &str) -> Result<(String, String), String> {
    match s.split_once(':') {
        Some((kind, id)) if LOGGED_KINDS.contains(&kind) && !id.is_empty() => {
            Ok((kind.to_string(), id.to_string()))
        }
        Some((kind, _)) if !LOGGED_KINDS.contains(&kind) => Err(format!(
            "unknown kind '{kind}' (expected one of: {})",
            LOGGED_KINDS.join(", ")
        )),
        _ => Err(format!("'{s}' is not KIND:ID, e.g. supplier:gynzy-bv")),
    }
}
