//! One module per command noun, one file per verb. Each reads its arguments, applies the domain
//! rules and the store in one transaction, and hands rows to an output printer.

pub mod agreement;
pub mod audit;
pub mod backup;
pub mod breach;
pub mod consent;
pub mod convenant;
pub mod deadlines;
pub mod dutch;
pub mod export;
pub mod guide;
pub mod import;
pub mod init;
pub mod log;
pub mod merge;
pub mod party;
pub mod portfolio;
pub mod processing;
pub mod pupil;
pub mod report;
pub mod request;
pub mod scope;
pub mod shell;
pub mod supplier;

use crate::cli::Deferred;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use crate::cli::{Cli, Command};
use crate::domain::text;
use crate::i18n::{Lang, Text};
use crate::output::{self, Format, FormatFlag};
use crate::store::{self, Store};
use crate::{Error, clock, tr};

/// How a command ended, when it did not fail: done (or "yes"), or a negative answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    No,
}

/// What every command knows besides its own arguments.
pub struct Ctx {
    pub db: PathBuf,
    /// Every register of `--db`, for the commands that run over several; `db` is the first.
    pub dbs: Vec<PathBuf>,
    /// Several registers asked for (`--db` more than once, or a pattern), however many were
    /// found: a script's output keeps the shape of a run over several even when one is left.
    pub several: bool,
    pub actor: String,
    pub format: Format,
    /// `--format` as given, for the commands that write documents (`pupil report`).
    pub format_flag: FormatFlag,
}

impl Ctx {
    /// The same context for one register of several.
    pub fn single(&self, db: &std::path::Path) -> Ctx {
        Ctx {
            db: db.to_path_buf(),
            dbs: vec![db.to_path_buf()],
            several: false,
            actor: self.actor.clone(),
            format: self.format,
            format_flag: self.format_flag,
        }
    }

    pub fn store(&self) -> anyhow::Result<Store> {
        Store::open(&self.db, &self.actor)
    }

    /// The register, or for a dry run one it may work in even where the file is read-only
    /// ([`Store::for_dry_run`]).
    pub fn store_for(&self, dry_run: bool) -> anyhow::Result<Store> {
        match dry_run {
            true => self.store()?.for_dry_run(),
            false => self.store(),
        }
    }

    /// The day asked for, or today.
    pub fn as_of(&self, day: Option<NaiveDate>) -> anyhow::Result<NaiveDate> {
        day.map_or_else(clock::today, Ok)
    }
}

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    crate::output::set_colour(cli.color);
    crate::output::set_wide(cli.wide);
    crate::output::set_quiet(cli.quiet);
    // An empty environment variable counts as not set.
    let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    let several = cli.db.len() > 1 || cli.db.iter().any(|db| pattern(db).is_some());
    let dbs = match cli.db.is_empty() {
        false => {
            // A register to be made is named as it will be called: `?` and `*` are letters.
            let creates = match &cli.command {
                Command::Init(_) => true,
                Command::Import(args) => args.create,
                _ => false,
            };
            match creates {
                true => cli.db,
                false => expand_registers(cli.db)?,
            }
        }
        true => vec![match env("VREG_DB").map(PathBuf::from) {
            Some(path) => path,
            None => store::default_path()?,
        }],
    };
    if dbs.len() > 1 && !takes_several_registers(&cli.command) {
        return Err(Error::Invalid(tr!("command-db-several", count = dbs.len())).into());
    }
    let ctx = Ctx {
        db: dbs[0].clone(),
        several: several && takes_several_registers(&cli.command),
        dbs,
        actor: cli
            .actor
            .or_else(|| env("VREG_ACTOR").map(|a| a.to_string_lossy().into_owned()))
            .filter(|a| !a.trim().is_empty())
            .unwrap_or_else(os_user),
        format: list_format(cli.format, &cli.command)?,
        format_flag: cli.format,
    };
    let done = match guide::wanted(&cli.command) {
        true => {
            // A guide ends in a write: a bad actor is said before its first question.
            store::check_actor(&ctx.actor)?;
            guide::run(&ctx, cli.command, dispatch)
        }
        false => dispatch(&ctx, cli.command),
    };
    done.map_err(|e| store::explain(e, &ctx.db))
}

/// The commands an officer of several boards runs over all their registers at once.
fn takes_several_registers(command: &Command) -> bool {
    use crate::commands::audit::AuditArgs;
    use crate::commands::export::ExportCommand;
    use report::ReportCommand;
    matches!(
        command,
        Command::Audit(AuditArgs { command: None, .. })
            | Command::Deadlines(_)
            | Command::Export(Deferred(ExportCommand::Gmr(_)))
            | Command::Report(Deferred(ReportCommand::Year(_)))
    )
}

fn dispatch(ctx: &Ctx, command: Command) -> anyhow::Result<Outcome> {
    match command {
        Command::Init(args) => init::run(ctx, &args),
        Command::Supplier(Deferred(cmd)) => supplier::run(ctx, cmd),
        Command::Convenant(Deferred(cmd)) => convenant::run(ctx, cmd),
        Command::Agreement(Deferred(cmd)) => agreement::run(ctx, cmd),
        Command::Scope(Deferred(cmd)) => scope::run(ctx, cmd),
        Command::Party(Deferred(cmd)) => party::run(ctx, cmd),
        Command::Pupil(Deferred(cmd)) => pupil::run(ctx, cmd),
        Command::Consent(Deferred(cmd)) => consent::run(ctx, cmd),
        Command::Breach(Deferred(cmd)) => breach::run(ctx, cmd),
        Command::Request(Deferred(cmd)) => request::run(ctx, cmd),
        Command::Processing(Deferred(cmd)) => processing::run(ctx, cmd),
        Command::Report(Deferred(cmd)) => report::run(ctx, cmd),
        Command::Deadlines(args) => deadlines::run(ctx, &args),
        Command::Import(args) => import::run(ctx, &args),
        Command::Merge(args) => merge::run(ctx, &args),
        Command::Export(Deferred(cmd)) => export::run(ctx, &cmd),
        Command::Audit(args) => audit::run(ctx, &args),
        Command::Log(args) => log::run(ctx, &args),
        Command::Backup(args) => backup::backup(ctx, &args),
        Command::Check => backup::check(ctx),
        Command::Completions(args) => shell::completions(&args),
        Command::Man => shell::man(),
    }
}

/// The format of lists and details that `--format` asks for; `md` and `html` only for the
/// commands that write a document, `ics` only for `deadlines`.
fn list_format(flag: FormatFlag, command: &Command) -> anyhow::Result<Format> {
    Ok(match flag {
        FormatFlag::Table => Format::Table,
        FormatFlag::Json => Format::Json,
        FormatFlag::Csv => Format::Csv,
        FormatFlag::Md | FormatFlag::Html
            if pupil::writes_document(command)
                || export::writes_document(command)
                || report::writes_document(command) =>
        {
            Format::Table
        }
        // The documents refuse it with the formats they do take.
        FormatFlag::Ics
            if matches!(command, Command::Deadlines(_))
                || export::is_gmr(command)
                || pupil::writes_document(command)
                || report::writes_document(command) =>
        {
            Format::Table
        }
        FormatFlag::Md | FormatFlag::Html if matches!(command, Command::Deadlines(_)) => {
            return Err(Error::Invalid(tr!("command-format-deadlines")).into());
        }
        FormatFlag::Md | FormatFlag::Html => {
            return Err(Error::Invalid(tr!("command-format-document")).into());
        }
        FormatFlag::Ics => {
            return Err(Error::Invalid(tr!("command-format-ics")).into());
        }
    })
}

/// The file name of a `--db` that is a pattern (`boards/*.sqlite`), or `None` for a name.
fn pattern(db: &std::path::Path) -> Option<String> {
    db.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| n.contains(['*', '?']))
}

/// `--db` values as given, a file name with `*` or `?` (quoted, so that the shell leaves it,
/// e.g. `--db 'besturen/*.sqlite'`) standing for the files of its directory that it matches, in
/// name order. A pattern that matches nothing is an error.
fn expand_registers(given: Vec<PathBuf>) -> anyhow::Result<Vec<PathBuf>> {
    let mut dbs = Vec::new();
    for path in given {
        let Some(pattern) = pattern(&path) else {
            dbs.push(path);
            continue;
        };
        let parent = path.parent().filter(|d| !d.as_os_str().is_empty());
        let dir = parent.unwrap_or(std::path::Path::new("."));
        let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| Error::Invalid(format!("--db {}: {e}", path.display())))?
            .filter_map(Result::ok)
            .filter(|entry| {
                crate::domain::slug::wildcard_matches(
                    &pattern,
                    &entry.file_name().to_string_lossy(),
                )
            })
            .map(|entry| match parent {
                Some(parent) => parent.join(entry.file_name()),
                None => PathBuf::from(entry.file_name()),
            })
            .collect();
        if found.is_empty() {
            return Err(Error::Invalid(tr!(
                "command-db-no-match",
                path = path.display().to_string()
            ))
            .into());
        }
        found.sort();
        dbs.extend(found);
    }
    // One register named twice (`--db a --db a`, `a` and `boards/../a`, a pattern and a name,
    // a hard link) is read once: a portfolio would count it twice.
    let mut seen = std::collections::HashSet::new();
    dbs.retain(|db| {
        use std::os::unix::fs::MetadataExt;
        let file = std::fs::metadata(db).map(|m| (m.dev(), m.ino()));
        let path = std::fs::canonicalize(db).unwrap_or_else(|_| db.clone());
        seen.insert(file.map_err(|_| path))
    });
    Ok(dbs)
}

/// The user running vreg: from the environment, else the account of the process's user id.
fn os_user() -> String {
    use std::os::unix::fs::MetadataExt;
    let from_env = ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()));
    let uid = || std::fs::metadata("/proc/self").ok().map(|m| m.uid());
    let account = |uid: u32| {
        let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
        passwd.lines().find_map(|line| {
            let mut fields = line.split(':');
            let name = fields.next()?;
            (fields.nth(1)?.parse::<u32>().ok()? == uid).then(|| name.to_string())
        })
    };
    from_env
        .or_else(|| uid().map(|u| account(u).unwrap_or_else(|| format!("uid {u}"))))
        .unwrap_or_else(|| "unknown".to_string())
}

/// What a command wrote, as it prints it: see [`print_written`].
pub struct Written<'a> {
    /// The line table mode prints on stdout: the new id of `add`; other verbs print none and
    /// leave their notes on stderr.
    line: Option<&'a str>,
    json: Value,
    /// The headers and the one CSV record, or `None` where one row cannot hold what was written.
    csv: Option<(&'static [&'static str], Vec<String>)>,
    /// The command, as a refusal of `--format csv` names it: `vreg scope set`.
    command: &'a str,
}

impl<'a> Written<'a> {
    /// An object as `show` prints it: `detail` as JSON, `row` as the CSV record.
    pub fn object<T: output::Row>(
        command: &'a str,
        row: &T,
        detail: &impl Serialize,
    ) -> anyhow::Result<Self> {
        Ok(Written {
            line: None,
            json: serde_json::to_value(detail)?,
            csv: Some((T::HEADERS, row.cells())),
            command,
        })
    }

    /// A document that one CSV row cannot hold: JSON only.
    pub fn document(command: &'a str, detail: &impl Serialize) -> anyhow::Result<Self> {
        Ok(Written {
            line: None,
            json: serde_json::to_value(detail)?,
            csv: None,
            command,
        })
    }

    /// What table mode prints on stdout: the id an `add` made, for scripts to capture.
    pub fn with_line(self, line: &'a str) -> Self {
        Written {
            line: Some(line),
            ..self
        }
    }
}

/// The one rule for what a command that writes prints on stdout: with `--format json` what it
/// wrote as one document, with `--format csv` as one record under its headers (refused, naming
/// `--format json`, where a row makes no sense), in table mode the id of `add` or nothing.
/// Called before the commit, so that a failure to print leaves nothing written, a reader gone
/// before it read the output (a closed pipe) too (see [`written_out`]).
pub fn print_written(ctx: &Ctx, written: Written<'_>) -> anyhow::Result<()> {
    let printed = match (ctx.format, written.csv) {
        (Format::Json, _) => output::document(&written.json),
        (Format::Csv, Some((headers, cells))) => output::record(headers, cells),
        (Format::Csv, None) => {
            return Err(
                Error::Invalid(tr!("command-written-no-csv", command = written.command)).into(),
            );
        }
        (Format::Table, _) => match written.line {
            Some(line) => output::line(line),
            None => Ok(()),
        },
    };
    written_out(printed, written.command)
}

/// What a write printed before its commit: a reader that is gone (a closed pipe) did not get
/// it, so nothing is kept, and the command fails (kind `io`) instead of exiting quietly as a
/// read does.
pub fn written_out(printed: anyhow::Result<()>, command: &str) -> anyhow::Result<()> {
    printed.map_err(|e| match output::is_broken_pipe(&e) {
        true => Error::Io(tr!("command-written-not-read", command = command)).into(),
        false => e,
    })
}

/// An id the user gave, checked, or one derived from `name` that is not yet taken.
pub fn new_id(
    given: Option<&str>,
    name: &str,
    kind: &str,
    taken: impl FnMut(&str) -> anyhow::Result<bool>,
) -> anyhow::Result<String> {
    use crate::domain::slug::{Unclaimed, claim};
    claim(given, name, taken).map_err(|refused| match refused {
        Unclaimed::Invalid(message) => Error::Invalid(message).into(),
        Unclaimed::Taken(id) => {
            Error::Conflict(tr!("command-id-taken", kind = kind, id = id)).into()
        }
        Unclaimed::Underivable => Error::Invalid(tr!("command-id-underivable", name = name)).into(),
        Unclaimed::Lookup(e) => e,
    })
}

/// A value that must not be empty, as a user typed it. `what` names it (`text!` of a
/// `command-label-...`), put in words only when the value is empty.
pub fn required_text(value: String, what: Text) -> anyhow::Result<String> {
    crate::domain::non_empty(Some(value))
        .ok_or_else(|| Error::Invalid(tr!("command-empty", what = what.to_string())).into())
}

/// [`text::check`] of a value a user gave, with its name (`what`) in the reader's language: the
/// name is put in words only when the value fails.
pub fn check_text(
    what: impl FnOnce() -> String,
    value: &str,
    kind: text::Kind,
) -> Result<(), Error> {
    if text::check("", value, kind).is_ok() {
        return Ok(());
    }
    text::check(&what(), value, kind).map_err(Error::Invalid)
}

/// Prints a yes/no answer with its reason, and turns it into the exit code: the answer of
/// `consent check` and `party check`. `reason` puts the reason in words in a language: JSON and
/// CSV give it in English, the line on a terminal in the reader's language.
pub fn answer(
    ctx: &Ctx,
    allowed: bool,
    reason: impl Fn(Lang) -> String,
) -> anyhow::Result<Outcome> {
    use crate::output::Row;

    #[derive(Serialize)]
    struct Answer {
        allowed: bool,
        reason: String,
    }

    impl Row for Answer {
        const HEADERS: &'static [&'static str] = &["allowed", "reason"];

        fn cells(&self) -> Vec<String> {
            vec![self.allowed.to_string(), self.reason.clone()]
        }
    }

    let answer = || Answer {
        allowed,
        reason: reason(Lang::En),
    };
    let printed = match ctx.format {
        Format::Json => output::document(&answer()),
        Format::Csv => output::list(Format::Csv, std::slice::from_ref(&answer()), ""),
        Format::Table => output::line(match allowed {
            true => tr!("word-answer-yes", reason = reason(crate::i18n::lang())),
            false => tr!("word-answer-no", reason = reason(crate::i18n::lang())),
        }),
    };
    output::answered(printed, if allowed { Outcome::Done } else { Outcome::No })
}
