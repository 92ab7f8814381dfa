//! `vreg audit history [show N]` and `vreg audit diff [N [M]]`: saved runs read back.

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::Error;
use crate::commands::{Ctx, Outcome};
use crate::domain::audit::{Finding, Severity};
use crate::output::{self, Format, Row};
use crate::store::Tx;
use crate::tr;

#[derive(Debug, Args)]
pub struct AuditHistoryArgs {
    #[command(subcommand)]
    pub command: Option<HistoryCommand>,
}

#[derive(Debug, Subcommand)]
pub enum HistoryCommand {
    /// One saved run's findings, as the audit printed them
    #[command(after_help = "Example:\n  vreg audit history show 3 --format json")]
    Show {
        /// The run's id (see `vreg audit history`)
        #[arg(allow_negative_numbers = true, value_parser = crate::cli::parse_run)]
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct AuditDiffArgs {
    /// The earlier saved run [default: the last one]
    #[arg(allow_negative_numbers = true, value_parser = crate::cli::parse_run)]
    pub from: Option<i64>,
    /// The later saved run [default: the audit as of today]
    #[arg(allow_negative_numbers = true, value_parser = crate::cli::parse_run)]
    pub to: Option<i64>,
}

pub fn run(ctx: &Ctx, args: &AuditHistoryArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    match args.command {
        None => output::list(
            ctx.format,
            &tx.audit_runs()?,
            crate::text!("audit-no-saved-runs"),
        )?,
        Some(HistoryCommand::Show { id }) => {
            let (run, findings) = tx.audit_run(id)?;
            match ctx.format {
                Format::Json => output::document(&serde_json::json!({
                    "id": run.id, "at": run.at, "as_of": run.as_of,
                    "summary": {"error": run.error, "warning": run.warning, "info": run.info},
                    "findings": findings,
                }))?,
                Format::Csv => output::list(Format::Csv, &findings, "")?,
                Format::Table => {
                    output::list(Format::Table, &findings, crate::text!("audit-no-findings"))?;
                    // For a person: the day as the language writes it, the run on a Dutch clock.
                    let at = chrono::DateTime::parse_from_rfc3339(&run.at)
                        .map_or_else(|_| run.at.clone(), crate::domain::breach::show_time);
                    output::line(tr!(
                        "audit-saved-run-line",
                        id = run.id,
                        as_of = crate::i18n::Arg::Day(run.as_of),
                        at = at,
                        error = run.error,
                        warning = run.warning,
                        info = run.info
                    ))?;
                }
            }
        }
    }
    Ok(Outcome::Done)
}

/// A finding new in, resolved by, or still open in the later run.
#[derive(Serialize)]
struct Change {
    change: &'static str,
    code: String,
    severity: Severity,
    subject_kind: String,
    subject_id: String,
    message: String,
    /// The message as a table or CSV shows it: in a table today's findings in the reader's
    /// language, a saved run's in the English it was saved in; in CSV English.
    #[serde(skip)]
    shown: String,
}

impl Row for Change {
    const HEADERS: &'static [&'static str] = &[
        "change",
        "code",
        "severity",
        "subject_kind",
        "subject_id",
        "message",
    ];

    const FREE_TEXT: &'static [&'static str] = &["message"];
    const NARROW: &'static [&'static str] = &["subject_kind", "severity", "subject_id"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.change.to_string(),
            self.code.clone(),
            self.severity.to_string(),
            self.subject_kind.clone(),
            self.subject_id.clone(),
            self.shown.clone(),
        ]
    }
}

/// The findings of a saved run, or of the audit as it stands today.
fn findings_of(
    tx: &Tx<'_>,
    run: Option<i64>,
    today_audit: impl FnOnce() -> anyhow::Result<Vec<Finding>>,
) -> anyhow::Result<Vec<Finding>> {
    match run {
        Some(id) => Ok(tx.audit_run(id)?.1),
        None => today_audit(),
    }
}

pub fn diff(
    ctx: &Ctx,
    args: &AuditDiffArgs,
    today_audit: impl FnOnce(&Tx<'_>) -> anyhow::Result<Vec<Finding>>,
) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let from = match args.from {
        Some(id) => id,
        None => tx
            .audit_runs()?
            .last()
            .map(|r| r.id)
            .ok_or_else(|| Error::Invalid(tr!("audit-nothing-to-compare")))?,
    };
    let before = tx.audit_run(from)?.1;
    let after = findings_of(&tx, args.to, || today_audit(&tx))?;
    let key = |f: &Finding| (f.code.clone(), f.subject_kind.clone(), f.subject_id.clone());
    let change = |label: &'static str, f: &Finding| Change {
        change: label,
        code: f.code.clone(),
        severity: f.severity,
        subject_kind: f.subject_kind.clone(),
        subject_id: f.subject_id.clone(),
        message: f.message.clone(),
        shown: f.message_in(ctx.format.lang()),
    };
    let mut changes: Vec<Change> = Vec::new();
    for f in &after {
        let label = match before.iter().any(|b| key(b) == key(f)) {
            true => "open",
            false => "new",
        };
        changes.push(change(label, f));
    }
    for f in before
        .iter()
        .filter(|b| !after.iter().any(|a| key(a) == key(b)))
    {
        changes.push(change("resolved", f));
    }
    let rank = |c: &str| match c {
        "new" => 0,
        "resolved" => 1,
        _ => 2,
    };
    changes.sort_by(|a, b| {
        (
            rank(a.change),
            a.severity,
            &a.code,
            &a.subject_kind,
            &a.subject_id,
        )
            .cmp(&(
                rank(b.change),
                b.severity,
                &b.code,
                &b.subject_kind,
                &b.subject_id,
            ))
    });
    output::list(
        ctx.format,
        &changes,
        crate::text!("audit-no-findings-in-either"),
    )?;
    Ok(Outcome::Done)
}
