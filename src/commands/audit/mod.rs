//! `vreg audit`: the yearly audit, its saved runs, and the findings the board accepted.

pub mod accept;
pub mod history;

use std::io::Write;

use chrono::NaiveDate;
use clap::Args;
use clap::Subcommand;
use comfy_table::Cell;
use serde::Serialize;

use super::{Ctx, Outcome};
use crate::cli::code;
use crate::clock;
use crate::domain::audit::FailOn;
use crate::domain::audit::{Finding, Severity, Summary, apply_acceptances, audit, describe};
use crate::domain::breach::moment_of;
use crate::domain::date::parse_date;
use crate::i18n;
use crate::output::note;
use crate::output::{self, Color, Format, Row};
use crate::store::AuditRun;
use crate::tr;

pub const AUDIT_HELP: &str = "Exit codes:
  0  no finding at or above --fail-on (default: error)
  1  a finding at or above --fail-on
  2  the audit could not run (no register, bad flag, ...)

--fail-on error    fail on errors only (missing or expired agreements, BSN, unsafeguarded transfers, ...)
--fail-on warning  fail on warnings too (expiring agreements, convenant, stale consent, ...)
--fail-on never    always exit 0; read the findings from --format json

Examples:
  vreg audit
  vreg audit --format json --fail-on warning >audit.json || mail fg@school.example <audit.json
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
    #[arg(long, value_name = "DAYS", default_value_t = crate::domain::agreement::DEFAULT_HORIZON_DAYS, allow_negative_numbers = true, value_parser = crate::cli::parse_count)]
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
    History(history::AuditHistoryArgs),
    /// Findings new, resolved and still open between two saved runs (default: the last saved
    /// run and now)
    ///
    /// When the terminal is narrow, the table leaves out subject kind, severity, subject id (--wide
    /// keeps them).
    #[command(after_help = "Examples:\n  vreg audit diff\n  vreg audit diff 2 3 --format csv")]
    Diff(history::AuditDiffArgs),
    /// Live with a finding until a day, for a reason: shown apart, not failing the audit
    #[command(
        after_help = "Examples:\n  vreg audit accept convenant-none supplier:camping-de-berk --reason \"schoolkamp\" --until 2027-07-31\n  vreg audit accept --revoke convenant-none supplier:camping-de-berk"
    )]
    Accept(accept::AuditAcceptArgs),
    /// The findings the board accepted, with reason and end date
    ///
    /// When the terminal is narrow, the table leaves out subject kind (--wide keeps them).
    #[command(after_help = "Example:\n  vreg audit accepted --format csv")]
    Accepted,
    /// Every finding code with its severity and meaning
    #[command(after_help = "Example:\n  vreg audit codes --format csv")]
    Codes,
}

impl Row for Finding {
    const HEADERS: &'static [&'static str] = &[
        "code",
        "severity",
        "subject_kind",
        "subject_id",
        "message",
        "hint",
        "accepted_until",
        "accepted_reason",
    ];
    const TABLE: &'static [&'static str] = &["code", "severity", "subject_id", "message"];

    const FREE_TEXT: &'static [&'static str] = &["message"];
    const NARROW: &'static [&'static str] = &["severity", "subject_id"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.code.to_string(),
            self.severity.to_string(),
            self.subject_kind.to_string(),
            self.subject_id.clone(),
            self.message.clone(),
            self.hint.clone(),
            self.accepted
                .as_ref()
                .map(|a| a.until.to_string())
                .unwrap_or_default(),
            self.accepted
                .as_ref()
                .map(|a| a.reason.clone())
                .unwrap_or_default(),
        ]
    }
}

impl Row for AuditRun {
    const HEADERS: &'static [&'static str] = &["id", "at", "as_of", "error", "warning", "info"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.as_of.to_string(),
            self.error.to_string(),
            self.warning.to_string(),
            self.info.to_string(),
        ]
    }
}

#[derive(Serialize)]
struct Report<'a> {
    as_of: chrono::NaiveDate,
    summary: Summary,
    findings: &'a [Finding],
}

/// One line of `vreg audit codes`.
#[derive(serde::Serialize)]
struct CodeRow {
    code: &'static str,
    severity: Severity,
    meaning: String,
}

impl output::Row for CodeRow {
    const HEADERS: &'static [&'static str] = &["code", "severity", "meaning"];

    const FREE_TEXT: &'static [&'static str] = &["meaning"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.code.to_string(),
            self.severity.to_string(),
            self.meaning.clone(),
        ]
    }
}

pub fn run(ctx: &Ctx, args: &AuditArgs) -> anyhow::Result<Outcome> {
    if let Some(AuditCommand::Codes) = args.command {
        // JSON and CSV say what a code means in English, a table in the reader's language.
        let lang = ctx.format.lang();
        let codes: Vec<CodeRow> = crate::domain::audit::CODES
            .iter()
            .map(|&(code, severity)| CodeRow {
                code,
                severity,
                meaning: describe(code, lang).unwrap_or_default(),
            })
            .collect();
        output::list(ctx.format, &codes, "")?;
        return Ok(Outcome::Done);
    }
    match &args.command {
        Some(AuditCommand::History(history)) => return history::run(ctx, history),
        Some(AuditCommand::Accept(accept)) => return accept::run(ctx, accept),
        Some(AuditCommand::Accepted) => return accept::list(ctx),
        Some(AuditCommand::Diff(diff)) => {
            let today = ctx.as_of(None)?;
            let now = moment_of(today, clock::today()?, clock::instant()?);
            return history::diff(ctx, diff, |tx| findings_on(tx, today, now, args.horizon));
        }
        Some(AuditCommand::Codes) | None => {}
    }
    let as_of = ctx.as_of(args.as_of)?;
    if super::portfolio::several(ctx) {
        return super::portfolio::run(ctx, |one| in_portfolio(one, args, as_of));
    }
    let store = ctx.store()?;
    let run = Run::of(&store, args, as_of)?;
    let printed = match ctx.format {
        Format::Json => output::document(&run.report(as_of)),
        Format::Csv => output::list(Format::Csv, &run.findings, ""),
        Format::Table => print_table(&run.findings, as_of, run.summary),
    };
    let outcome = output::answered(printed, run.outcome())?;
    run.save(args, as_of, &tr!("audit-saved-see-history"))?;
    Ok(outcome)
}

/// The audit of one register of several: its table under its heading, its counts for the
/// summary; a saved run is saved in each register.
fn in_portfolio(
    ctx: &Ctx,
    args: &AuditArgs,
    as_of: chrono::NaiveDate,
) -> anyhow::Result<super::portfolio::Part> {
    let store = ctx.store()?;
    let run = Run::of(&store, args, as_of)?;
    if ctx.format == Format::Table {
        output::answered(print_table(&run.findings, as_of, run.summary), ())?;
    }
    let count = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    let summary = run.summary;
    let (json, outcome) = (serde_json::to_value(run.report(as_of))?, run.outcome());
    run.save(
        args,
        as_of,
        &tr!("audit-saved", path = ctx.db.display().to_string()),
    )?;
    Ok(super::portfolio::Part {
        counts: vec![
            ("error", count(summary.error)),
            ("warning", count(summary.warning)),
            ("info", count(summary.info)),
            ("accepted", count(summary.accepted)),
        ],
        json,
        outcome,
    })
}

/// One audit of one register. Its transaction writes when the run is to be saved, and the run is
/// saved after its report went out: if the report cannot be written, nothing is saved.
struct Run<'s> {
    tx: crate::store::Tx<'s>,
    findings: Vec<Finding>,
    summary: Summary,
    fail_on: FailOn,
}

impl<'s> Run<'s> {
    fn of(
        store: &'s crate::store::Store,
        args: &AuditArgs,
        as_of: chrono::NaiveDate,
    ) -> anyhow::Result<Self> {
        let tx = if args.save {
            store.write()?
        } else {
            store.read()?
        };
        let now = moment_of(as_of, clock::today()?, clock::instant()?);
        let findings = findings_on(&tx, as_of, now, args.horizon)?;
        let summary = Summary::of(&findings);
        Ok(Run {
            tx,
            findings,
            summary,
            fail_on: args.fail_on,
        })
    }

    fn report(&self, as_of: chrono::NaiveDate) -> Report<'_> {
        Report {
            as_of,
            summary: self.summary,
            findings: &self.findings,
        }
    }

    /// An accepted finding is shown, but does not fail the audit.
    fn outcome(&self) -> Outcome {
        let failed = self
            .findings
            .iter()
            .any(|f| f.accepted.is_none() && self.fail_on.fails(f.severity));
        if failed { Outcome::No } else { Outcome::Done }
    }

    fn save(self, args: &AuditArgs, as_of: chrono::NaiveDate, said: &str) -> anyhow::Result<()> {
        if args.save {
            self.tx.save_audit_run(as_of, &self.findings)?;
            self.tx.commit()?;
            note(said);
        }
        Ok(())
    }
}

/// The audit's findings on `as_of`, with the acceptances that hold then.
fn findings_on(
    tx: &crate::store::Tx<'_>,
    as_of: chrono::NaiveDate,
    now: crate::domain::breach::Instant,
    horizon: u32,
) -> anyhow::Result<Vec<Finding>> {
    let mut findings = audit(&tx.audit_snapshot(as_of, now)?, as_of, horizon);
    apply_acceptances(&mut findings, &tx.acceptances()?, as_of);
    Ok(findings)
}

fn print_table(
    findings: &[Finding],
    as_of: chrono::NaiveDate,
    summary: Summary,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let lang = i18n::lang();
    for severity in Severity::ALL {
        let group: Vec<Finding> = findings
            .iter()
            .filter(|f| f.severity == *severity && f.accepted.is_none())
            .cloned()
            .collect();
        if group.is_empty() {
            continue;
        }
        // Table cells take comfy-table colours; the heading, a bold ANSI colour of the same hue.
        let (colour, ansi) = match severity {
            Severity::Error => (Color::Red, "1;31"),
            Severity::Warning => (Color::Yellow, "1;33"),
            Severity::Info => (Color::Blue, "1;34"),
        };
        let heading = format!(
            "{} ({})",
            output::labelled("severity", severity.code()),
            group.len()
        );
        match output::colour() {
            true => writeln!(out, "\x1b[{ansi}m{heading}\x1b[0m")?,
            false => writeln!(out, "{heading}")?,
        }
        let rows = group.iter().map(|f| {
            vec![
                finding(f).fg(colour),
                output::cell(&f.message_in(lang)),
                output::cell(&f.hint_in(lang)),
            ]
        });
        let columns = output::Columns {
            headers: &["finding", "message", "hint"],
            free_text: &["message", "hint"],
            narrow: &["hint"],
        };
        let table = output::laid_out(columns, rows);
        writeln!(out, "{table}\n")?;
    }
    let accepted: Vec<&Finding> = findings.iter().filter(|f| f.accepted.is_some()).collect();
    if !accepted.is_empty() {
        writeln!(
            out,
            "{} ({})",
            tr!("audit-heading-accepted"),
            accepted.len()
        )?;
        let rows = accepted.iter().map(|f| {
            let (reason, until) = f
                .accepted
                .as_ref()
                .map(|a| (a.reason.as_str(), a.until.to_string()))
                .unwrap_or_default();
            vec![finding(f), output::cell(reason), output::cell(&until)]
        });
        let columns = output::Columns {
            headers: &["finding", "reason", "until"],
            free_text: &["reason"],
            narrow: &[],
        };
        let table = output::laid_out(columns, rows);
        writeln!(out, "{table}\n")?;
    }
    let accepted = match summary.accepted {
        0 => String::new(),
        n => tr!("audit-summary-accepted", accepted = n),
    };
    let line = tr!(
        "audit-summary-line",
        as_of = as_of,
        error = summary.error,
        warning = summary.warning,
        info = summary.info
    );
    writeln!(out, "{line}{accepted}")?;
    out.flush()?;
    Ok(())
}

/// A finding's code, above what it is about: its kind above its id. Stacked, the column is as
/// wide as the longest of the three, so that a long code beside a long id still leaves the
/// message room at 80 columns, and each stays whole on its line.
fn finding(f: &Finding) -> Cell {
    let kind = tr!("audit-subject", kind = f.subject_kind.as_str());
    output::cell(&format!("{}\n{kind}\n{}", f.code, f.subject_id))
}
