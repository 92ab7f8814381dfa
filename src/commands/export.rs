use crate::cli::Deferred;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use chrono::NaiveDate;
use clap::Args;
use clap::Subcommand;

use super::{Ctx, Outcome};
use crate::domain::breach::moment_of;
use crate::domain::date::parse_date;
use crate::domain::document::Document;
use crate::output::gmr::{self, GmrData};
use crate::output::{self, FormatFlag, file};
use crate::store::Tx;
use crate::tr;

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
    Json(ExportJsonArgs),
    /// Dutch CSV for the GMR (participation council): the overview on stdout, or five files;
    /// --format html: all five tables as one document to print on A4 landscape
    #[command(
        after_help = "Examples:\n  vreg export gmr > verwerkersregister.csv\n  vreg export gmr --out-dir gmr/ --as-of 2026-09-01\n  vreg export gmr --format html --out gmr.html"
    )]
    Gmr(ExportGmrArgs),
    /// The register of processing activities (AVG art. 30(1)(a)-(g)) for the Autoriteit
    /// Persoonsgegevens, in Dutch: --format csv (default), json or html
    #[command(after_help = ART30_HELP)]
    Art30(ExportArt30Args),
}

#[derive(Debug, Clone, Args)]
pub struct ExportGmrArgs {
    /// Agreement status and consent counts as of this day [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Write verwerkersregister.csv, externe-partijen.csv, toestemmingen.csv, datalekken.csv and
    /// verzoeken.csv here
    #[arg(long, value_name = "DIR", conflicts_with = "out", value_parser = directory)]
    pub out_dir: Option<PathBuf>,
    /// Write the overview (verwerkersregister.csv), or with --format html the document, to this
    /// file, mode 0600, instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only what concerns this school (BRIN, BRIN with vestiging, or its name): for the school's MR
    #[arg(long, value_name = "BRIN")]
    pub school: Option<String>,
    /// In toestemmingen.csv, counts from 1 to below this number are written "<N": a count of one
    /// for a care party at a small school points at a child (at least 1, which shows every count)
    #[arg(long, value_name = "N", default_value_t = 5, allow_negative_numbers = true, value_parser = crate::cli::parse_min_count)]
    pub min_count: u64,
}

#[derive(Debug, Args)]
pub struct ExportJsonArgs {
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

pub fn run(ctx: &Ctx, cmd: &ExportCommand) -> anyhow::Result<Outcome> {
    if let ExportCommand::Gmr(args) = cmd
        && super::portfolio::several(ctx)
    {
        return gmr_portfolio(ctx, args);
    }
    if let ExportCommand::Toml(_) = cmd
        && ctx.format_flag != FormatFlag::Table
    {
        return Err(crate::Error::Invalid(tr!("command-export-toml-format")).into());
    }
    if let ExportCommand::Json(_) = cmd
        && !matches!(ctx.format_flag, FormatFlag::Table | FormatFlag::Json)
    {
        return Err(crate::Error::Invalid(tr!("command-export-json-format")).into());
    }
    let store = ctx.store()?;
    let tx = store.read()?;
    match cmd {
        ExportCommand::Toml(args) => emit(&args.out, toml_text(&tx)?.into_bytes())?,
        ExportCommand::Json(args) => {
            emit_with(&args.out.out, |out| write_json(&tx, out, args.with_pupils))?;
            if args.with_pupils {
                crate::output::note(tr!("command-export-pupil-data"));
            }
        }
        ExportCommand::Gmr(args) => gmr(ctx, &tx, args)?,
        ExportCommand::Art30(args) => art30(ctx, &tx, args)?,
    }
    Ok(Outcome::Done)
}

pub const ART30_HELP: &str = "Every item of art. 30(1)(a)-(g) per activity: the controller and \
the FG (from [organisation]: name, contact, address, privacy_officer, all required), purposes, \
subjects and categories, recipients and transfers outside the EEA (derived from the linked \
agreements and parties), retention and security measures. CSV (default) opens in Dutch Excel \
like the GMR export; json is for scripts; html is one self-contained page that prints on A4.

Examples:
  vreg export art30 --format html --out verwerkingsregister.html
  vreg export art30 --out verwerkingsregister.csv
  vreg export art30 --format json | jq '.activities[].name'";

/// The arguments of `export art30`.
#[derive(Debug, clap::Args)]
pub struct ExportArt30Args {
    /// Write to this file (created anew, mode 0600, moved into place when complete) instead of
    /// stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Whether the command writes a document that `--format html` is meant for.
pub fn writes_document(command: &crate::cli::Command) -> bool {
    matches!(
        command,
        crate::cli::Command::Export(Deferred(ExportCommand::Art30(_) | ExportCommand::Gmr(_)))
    )
}

/// Whether the command is `export gmr`, which refuses the formats it does not write itself.
pub fn is_gmr(command: &crate::cli::Command) -> bool {
    matches!(
        command,
        crate::cli::Command::Export(Deferred(ExportCommand::Gmr(_)))
    )
}

/// The register of processing activities for the Autoriteit Persoonsgegevens.
fn art30(ctx: &Ctx, tx: &Tx<'_>, args: &ExportArt30Args) -> anyhow::Result<()> {
    if matches!(ctx.format_flag, FormatFlag::Md | FormatFlag::Ics) {
        return Err(crate::Error::Invalid(tr!("command-export-art30-format")).into());
    }
    let today = ctx.as_of(None)?;
    let register =
        crate::domain::processing::art30(&tx.register()?, today).map_err(crate::Error::Invalid)?;
    let bytes = match ctx.format_flag {
        FormatFlag::Table | FormatFlag::Csv => {
            let mut out = Vec::new();
            output::art30::csv(&mut out, &register)?;
            out
        }
        FormatFlag::Json => format!("{}\n", serde_json::to_string_pretty(&register)?).into_bytes(),
        // Md and ics are refused above.
        FormatFlag::Html | FormatFlag::Md | FormatFlag::Ics => {
            output::art30::html(&register).into_bytes()
        }
    };
    emit(&args.out, bytes)
}

/// Writes an export to stdout, or to a new private file.
fn emit(out: &Option<PathBuf>, bytes: Vec<u8>) -> anyhow::Result<()> {
    emit_with(out, |w| Ok(w.write_all(&bytes)?))
}

/// Writes an export as it is made, to stdout or to a new private file that is moved into place
/// only when complete.
fn emit_with(
    out: &Option<PathBuf>,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    file::emit_with(out.as_deref(), write)?;
    if let Some(path) = file::named(out.as_deref()) {
        crate::output::note(tr!("command-wrote", path = path.display().to_string()));
    }
    Ok(())
}

/// The register as the TOML that `import` reads.
pub fn toml_text(tx: &Tx<'_>) -> anyhow::Result<String> {
    let document = Document::from(&tx.register()?);
    toml::to_string(&document).with_context(|| tr!("command-export-toml-failed"))
}

/// The TOML document as JSON, with dates as `YYYY-MM-DD` strings; `with_pupils` adds every pupil,
/// every consent event (in recording order) and every request: the complete register, for
/// auditors and other tools, and the only way pupil data leaves in one file. Pupils and events
/// are written as they are read, so memory does not grow with them; the layout is that of
/// `serde_json`'s pretty printer.
fn write_json(tx: &Tx<'_>, out: &mut dyn Write, with_pupils: bool) -> anyhow::Result<()> {
    // Through the TOML text, so that JSON holds exactly what the TOML export holds.
    let table: toml::Table = toml_text(tx)?
        .parse()
        .with_context(|| tr!("command-export-toml-unreadable"))?;
    let head = to_json(toml::Value::Table(table));
    let text = serde_json::to_string_pretty(&head)?;
    if !with_pupils {
        writeln!(out, "{text}")?;
        return Ok(());
    }
    match text.strip_suffix("\n}") {
        Some(open) => writeln!(out, "{open},")?,
        None => out.write_all(b"{\n")?,
    }
    out.write_all(b"  \"pupil\": ")?;
    let mut array = output::JsonArray::start(out, "  ")?;
    tx.for_each_pupil(|p| array.item(&p))?;
    array.finish()?;
    out.write_all(b",\n  \"consent\": ")?;
    let mut array = output::JsonArray::start(out, "  ")?;
    tx.for_each_consent_event(|e| array.item(&e))?;
    array.finish()?;
    // Requests name pupils, so they are here and not in the TOML, which is shared as the
    // board's register and holds no pupil data.
    out.write_all(b",\n  \"request\": ")?;
    let mut array = output::JsonArray::start(out, "  ")?;
    for request in tx.requests()? {
        array.item(&request)?;
    }
    array.finish()?;
    out.write_all(b"\n}\n")?;
    Ok(())
}

fn to_json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => J::from(f),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(table) => {
            J::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

/// The GMR files of several registers: one folder per register under `--out-dir`, named after
/// the register file, and the summary of what each holds.
fn gmr_portfolio(ctx: &Ctx, args: &ExportGmrArgs) -> anyhow::Result<Outcome> {
    let Some(dir) = &args.out_dir else {
        return Err(crate::Error::Invalid(tr!("command-gmr-several-needs-dir")).into());
    };
    if args.out.is_some() || args.school.is_some() {
        return Err(crate::Error::Invalid(tr!("command-gmr-several-flags")).into());
    }
    let mut folders: Vec<PathBuf> = Vec::new();
    for db in &ctx.dbs {
        let stem = db.file_stem().map(|s| s.to_string_lossy().into_owned());
        let Some(folder) = stem.filter(|s| !s.is_empty()).map(|s| dir.join(s)) else {
            return Err(crate::Error::Invalid(tr!(
                "command-gmr-no-folder-name",
                path = db.display().to_string()
            ))
            .into());
        };
        if folders.contains(&folder) {
            return Err(crate::Error::Invalid(tr!(
                "command-gmr-same-folder",
                path = folder.display().to_string()
            ))
            .into());
        }
        folders.push(folder);
    }
    let mut folders = folders.into_iter();
    super::portfolio::run(ctx, |one| {
        let folder = folders.next().unwrap_or_else(|| dir.clone());
        let store = one.store()?;
        let tx = store.read()?;
        let own = ExportGmrArgs {
            out_dir: Some(folder),
            ..args.clone()
        };
        gmr(one, &tx, &own)?;
        let register = tx.register()?;
        let agreements = register.suppliers.iter().map(|(_, a)| a.len()).sum();
        Ok(super::portfolio::Part {
            counts: vec![
                ("suppliers", register.suppliers.len()),
                ("agreements", agreements),
                ("parties", register.parties.len()),
                ("breaches", register.breaches.len()),
            ],
            json: serde_json::json!({ "out_dir": own.out_dir }),
            outcome: Outcome::Done,
        })
    })
}

fn gmr(ctx: &Ctx, tx: &Tx<'_>, args: &ExportGmrArgs) -> anyhow::Result<()> {
    let html = match ctx.format_flag {
        FormatFlag::Table | FormatFlag::Csv => false,
        FormatFlag::Html => true,
        other => {
            let name = match other {
                FormatFlag::Json => "json",
                FormatFlag::Md => "md",
                _ => "ics",
            };
            return Err(crate::Error::Invalid(tr!("command-gmr-format", format = name)).into());
        }
    };
    if html && args.out_dir.is_some() {
        return Err(crate::Error::Invalid(tr!("command-gmr-html-out-dir")).into());
    }
    let as_of = ctx.as_of(args.as_of)?;
    let data = GmrData {
        register: tx.register()?,
        consent: tx.consent_by_school(as_of)?,
        requests: tx.requests()?,
        min_count: args.min_count,
        as_of,
    };
    let mut data = data;
    data.as_it_stood();
    // By BRIN, BRIN with vestiging, or name: the school's code from here on.
    let school = match args.school.clone() {
        Some(given) => crate::ops::school::board_schools(tx, vec![given])?.pop(),
        None => None,
    };
    if let Some(school) = &school {
        data.only_school(school);
    }
    let data = data;
    let now = moment_of(as_of, crate::clock::today()?, crate::clock::instant()?);
    if html {
        let school = school.as_deref();
        return emit_with(&args.out, |out| Ok(gmr::html(out, &data, now, school)?));
    }
    let Some(dir) = &args.out_dir else {
        let overview = gmr::overview_table(&data, as_of);
        return emit_with(&args.out, |out| gmr::write(out, &data, &overview));
    };
    if std::fs::metadata(dir).is_ok_and(|m| !m.is_dir()) {
        return Err(crate::Error::Invalid(tr!(
            "command-gmr-out-dir-not-dir",
            path = dir.display().to_string()
        ))
        .into());
    }
    std::fs::create_dir_all(dir)
        .with_context(|| tr!("command-cannot-create", path = dir.display().to_string()))?;
    // Each table is made and written in turn, and all files are moved into place together.
    let mut files = file::Files::default();
    let mut written = Vec::new();
    for make in gmr::TABLES {
        let table = make(&data, now);
        let path = dir.join(table.file);
        files.add(&path, |out| gmr::write(out, &data, &table))?;
        written.push(path);
    }
    files.replace_all()?;
    for path in &written {
        crate::output::note(tr!("command-wrote", path = path.display().to_string()));
    }
    Ok(())
}

/// `--out-dir`: a directory for five files. `-`, which is stdout for `--out`, is none, and
/// nothing is no directory (it would fill the current one).
fn directory(text: &str) -> Result<PathBuf, String> {
    match text.trim() {
        "-" => Err(tr!("command-gmr-out-dir-dash")),
        "" => Err(tr!("command-gmr-out-dir-empty")),
        _ => Ok(PathBuf::from(text)),
    }
}
