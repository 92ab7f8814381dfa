use std::io::Write;
use std::path::PathBuf;

use crate::commands::{Ctx, Outcome};
use crate::domain::change::EntityKind;
use crate::domain::date::parse_year;
use crate::domain::year_report::{self, Inputs, SupplierChange};
use crate::output::FormatFlag;
use crate::output::note;
use crate::store::Changes;
use crate::tr;
use crate::{Error, clock, output};

#[derive(Debug, clap::Args)]
pub struct ReportYearArgs {
    /// The calendar year, e.g. 2026; a year still running is reported up to today
    #[arg(value_name = "YEAR", allow_negative_numbers = true, value_parser = parse_year)]
    pub year: i32,
    /// Counts of pupils from 1 to below this number are written "<N" (at least 1, which shows
    /// every count)
    #[arg(long, value_name = "N", default_value_t = 5, allow_negative_numbers = true, value_parser = crate::cli::parse_min_count)]
    pub min_count: u64,
    /// Write the report to this file instead of stdout (replaced when it exists; mode 0600)
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: &ReportYearArgs) -> anyhow::Result<Outcome> {
    if crate::commands::portfolio::several(ctx) {
        if output::file::named(args.out.as_deref()).is_some()
            || matches!(ctx.format_flag, FormatFlag::Html | FormatFlag::Ics)
        {
            return Err(Error::Invalid(tr!("command-year-report-several")).into());
        }
        return crate::commands::portfolio::run(ctx, |one| {
            let report = build(one, args)?;
            if matches!(ctx.format_flag, FormatFlag::Md | FormatFlag::Table) {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                // A blank line after each register's report.
                let printed = output::year_report::markdown(&mut out, &report, args.min_count)
                    .and_then(|()| out.write_all(b"\n"))
                    .and_then(|()| out.flush())
                    .map_err(anyhow::Error::from);
                output::answered(printed, ())?;
            }
            let count = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
            Ok(crate::commands::portfolio::Part {
                counts: vec![
                    ("agreements_in_force", count(report.agreements.in_force)),
                    ("agreements_missing", count(report.agreements.missing)),
                    ("breaches", count(report.breaches.registered)),
                    (
                        "breaches_reported_to_ap",
                        count(report.breaches.reported_to_ap),
                    ),
                    ("requests", count(report.requests.received)),
                    ("requests_late", count(report.requests.late)),
                ],
                json: serde_json::to_value(output::year_report::Json::new(
                    &report,
                    args.min_count,
                ))?,
                outcome: Outcome::Done,
            })
        });
    }
    if matches!(ctx.format_flag, FormatFlag::Csv | FormatFlag::Ics) {
        return Err(Error::Invalid(tr!("command-year-report-format")).into());
    }
    let report = build(ctx, args)?;
    let min = args.min_count;
    output::file::emit_with(args.out.as_deref(), |out| match ctx.format_flag {
        FormatFlag::Html => Ok(output::year_report::html(out, &report, min)?),
        FormatFlag::Json => output::json(out, &output::year_report::Json::new(&report, min)),
        _ => Ok(output::year_report::markdown(out, &report, min)?),
    })?;
    if let Some(path) = output::file::named(args.out.as_deref()) {
        note(tr!(
            "command-year-report-written",
            year = args.year.to_string(),
            path = path.display().to_string()
        ));
    }
    Ok(Outcome::Done)
}

/// The year report of one register.
fn build(ctx: &Ctx, args: &ReportYearArgs) -> anyhow::Result<year_report::YearReport> {
    let today = clock::today()?;
    let (from, to, complete) = year_report::period(args.year, today).map_err(Error::Invalid)?;
    // The year's breaches and requests are judged as handled by the moment the report is made.
    let now = clock::instant()?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let register = tx.register()?;
    let requests = tx.requests()?;
    let consent = tx.consent_by_school(to)?;
    let runs = tx.audit_runs_between(from, to)?;
    // The change log from shortly before the year on: the exact start is judged in Dutch time.
    let since = from.pred_opt().unwrap_or(from);
    let mut supplier_changes: Vec<SupplierChange> = Vec::new();
    tx.for_each_change(Some(since), Changes::Of(EntityKind::Supplier), |c| {
        supplier_changes.push(SupplierChange {
            at: c.at,
            action: c.action,
            supplier: c.entity_id,
            detail: c.detail,
        });
        Ok(())
    })?;
    drop(tx);
    let inputs = Inputs {
        register: &register,
        requests: &requests,
        consent: &consent,
        runs: &runs,
        supplier_changes: &supplier_changes,
    };
    Ok(year_report::build(
        &inputs, args.year, from, to, complete, now,
    ))
}
