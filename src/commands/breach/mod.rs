//! `vreg breach`: the breach register (datalekken) and its deadlines.

pub mod add;
mod assess;
mod clock;
mod close;
mod edit;
mod list;
mod notify;
mod show;
mod supplier_reported;

use clap::Subcommand;
use serde::Serialize;

use super::{Ctx, Outcome};
use crate::Error;
use crate::domain::breach::{Breach, Clock, ClockKind, ClockStatus, Instant, iso};
use crate::output::{Row, joined, opt};
use crate::store::Tx;
use crate::tr;

#[derive(Debug, Subcommand)]
pub enum BreachCommand {
    /// Register a breach; prints its id (2026-001, numbered per calendar year)
    #[command(after_help = ADD_HELP)]
    Add(add::BreachAddArgs),
    /// List breaches with the state of their AP deadline
    ///
    /// When the terminal is narrow, the table leaves out discovered at, supplier, risk (--wide
    /// keeps them).
    #[command(
        after_help = "Examples:\n  vreg breach list --open\n  vreg datalek list --year 2026 --format csv"
    )]
    List(list::BreachListArgs),
    /// One breach with every clock: "AP: uiterlijk 26-10-2026 15:00 (70 h left)"
    #[command(after_help = "Example:\n  vreg breach show 2026-001 --format json")]
    Show(show::BreachShowArgs),
    /// Change what is known about a breach (an empty value clears an optional field)
    #[command(
        after_help = "Example:\n  vreg breach edit 2026-001 --subjects 120 --ended \"2026-10-23 18:30\""
    )]
    Edit(edit::BreachEditArgs),
    /// Record when the supplier (processor) told the board
    #[command(
        name = "supplier-reported",
        after_help = "Example:\n  vreg breach supplier-reported 2026-001 --at \"2026-10-24 22:00\""
    )]
    SupplierReported(supplier_reported::BreachSupplierReportedArgs),
    /// Record the decision whether to report, with its reason (none stops the AP clock)
    #[command(
        after_help = "Examples:\n  vreg breach assess 2026-001 --risk risk --reason \"e-mailadressen van 120 ouders\"\n  vreg breach assess 2026-002 --risk none --reason \"versleutelde laptop\""
    )]
    Assess(assess::BreachAssessArgs),
    /// Record a notification: to the AP (with its report number), the people affected, or
    /// the Inspectie
    #[command(after_help = NOTIFY_HELP)]
    Notify(notify::BreachNotifyArgs),
    /// Close a breach with the measures taken
    #[command(
        after_help = "Example:\n  vreg breach close 2026-001 --measures \"wachtwoorden gereset, MFA aangezet\""
    )]
    Close(close::BreachCloseArgs),
    /// Every open deadline; exit 1 when one is passed or less than --within hours away (for cron)
    #[command(after_help = CLOCK_HELP)]
    Clock(clock::BreachClockArgs),
}

const ADD_HELP: &str = "Times are Dutch local time as shown on the clock: \"2026-10-23 16:00\" or \
\"23-10-2026 16:00\". In the hour that repeats when the clocks go back, add the offset: \
\"2026-10-25T02:30+01:00\".

Record kinds and numbers of people, never their names or leerlingnummers: keep those out of the \
title, the description and every other text.

Examples:
  vreg breach add \"Phishingmail leverancier\" --discovered \"2026-10-23 16:00\" --supplier gynzy-bv
  vreg breach add \"Mail aan verkeerde ouders\" --discovered \"2026-11-02 09:00\" --subjects 120
  id=$(vreg datalek add \"Laptop kwijt\" --discovered \"23-10-2026 09:15\" --school 12AB)";

const NOTIFY_HELP: &str = "Examples:
  vreg breach notify 2026-001 ap --at \"2026-10-26 14:00\" --ref M-2026-12345
  vreg breach notify 2026-001 subjects --at \"2026-10-27 10:00\" --how \"brief aan ouders via Parro\"
  vreg breach notify 2026-001 inspectie --at \"2026-10-27 11:00\" --ref INS-77";

const CLOCK_HELP: &str = "Exit codes:
  0  no deadline passed, none less than --within hours away
  1  a deadline passed, is due now, or is less than --within hours away
  2  the clocks could not be read

Examples:
  vreg breach clock --within 12
  vreg datalek clock --format json || mail fg@school.example

A crontab line (every hour; cron mails what is printed when the exit code is 1):
  0 * * * *  vreg breach clock >/tmp/vreg-clock.txt || mail -s \"datalek: deadline\" fg@school.example </tmp/vreg-clock.txt";

pub fn run(ctx: &Ctx, cmd: BreachCommand) -> anyhow::Result<Outcome> {
    match cmd {
        BreachCommand::Add(args) => add::run(ctx, args),
        BreachCommand::List(args) => list::run(ctx, &args),
        BreachCommand::Show(args) => show::run(ctx, &args),
        BreachCommand::Edit(args) => edit::run(ctx, args),
        BreachCommand::SupplierReported(args) => supplier_reported::run(ctx, &args),
        BreachCommand::Assess(args) => assess::run(ctx, args),
        BreachCommand::Notify(args) => notify::run(ctx, args),
        BreachCommand::Close(args) => close::run(ctx, args),
        BreachCommand::Clock(args) => clock::run(ctx, &args),
    }
}

/// A breach with where it stands at a moment.
#[derive(Debug, Serialize)]
pub struct BreachView {
    #[serde(flatten)]
    pub breach: Breach,
    pub status: &'static str,
    pub ap_due: Instant,
    pub ap_status: ClockStatus,
    pub clocks: Vec<Clock>,
}

impl BreachView {
    pub fn load(tx: &Tx<'_>, breach: Breach, now: Instant) -> anyhow::Result<Self> {
        let clocks = breach.clocks(now, notice_hours(tx, &breach)?);
        let ap_status = clocks
            .iter()
            .find(|c| c.kind == ClockKind::Ap)
            .map_or(ClockStatus::Running, |c| c.status);
        Ok(BreachView {
            status: if breach.is_open() { "open" } else { "closed" },
            ap_due: breach.ap_due(),
            ap_status,
            clocks,
            breach,
        })
    }
}

/// The hours the breach's agreement gives the supplier to report it.
pub fn notice_hours(tx: &Tx<'_>, breach: &Breach) -> anyhow::Result<Option<u32>> {
    match &breach.agreement {
        Some(id) => Ok(tx.agreement(id)?.breach_notice_hours),
        None => Ok(None),
    }
}

fn time(t: Option<Instant>) -> String {
    t.map(iso).unwrap_or_default()
}

impl Row for BreachView {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "title",
        "discovered_at",
        "started_at",
        "ended_at",
        "supplier",
        "agreement",
        "schools",
        "categories",
        "subjects",
        "subject_kinds",
        "kinds",
        "description",
        "consequences",
        "supplier_reported_at",
        "supplier_aware_at",
        "risk",
        "risk_reason",
        "assessed_at",
        "ap_reported_at",
        "ap_reference",
        "ap_delay_reason",
        "subjects_notified_at",
        "subjects_notice",
        "inspectie_notified_at",
        "inspectie_reference",
        "measures",
        "closed_at",
        "status",
        "ap_due",
        "ap_status",
        "clocks",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "title",
        "discovered_at",
        "supplier",
        "risk",
        "status",
        "ap_due",
        "ap_status",
    ];

    const FREE_TEXT: &'static [&'static str] = &["title"];
    const NARROW: &'static [&'static str] = &["discovered_at", "supplier", "risk"];
    const SAID_BELOW: &'static [&'static str] = &["clocks"];

    fn cells(&self) -> Vec<String> {
        let b = &self.breach;
        vec![
            b.id.clone(),
            b.title.clone(),
            iso(b.discovered_at),
            time(b.started_at),
            time(b.ended_at),
            opt(&b.supplier),
            opt(&b.agreement),
            joined(&b.schools),
            joined(&b.categories),
            opt(&b.subjects),
            joined(&b.subject_kinds),
            joined(&b.kinds),
            opt(&b.description),
            opt(&b.consequences),
            time(b.supplier_reported_at),
            time(b.supplier_aware_at),
            opt(&b.risk),
            opt(&b.risk_reason),
            time(b.assessed_at),
            time(b.ap_reported_at),
            opt(&b.ap_reference),
            opt(&b.ap_delay_reason),
            time(b.subjects_notified_at),
            opt(&b.subjects_notice),
            time(b.inspectie_notified_at),
            opt(&b.inspectie_reference),
            opt(&b.measures),
            time(b.closed_at),
            self.status.to_string(),
            iso(self.ap_due),
            self.ap_status.to_string(),
            // Every clock, as the JSON array: a CSV cell drops none of them.
            serde_json::to_string(&self.clocks).unwrap_or_default(),
        ]
    }

    fn colour(&self, header: &str) -> Option<crate::output::Color> {
        use crate::output::Color;
        (header == "ap_status").then_some(match self.ap_status {
            ClockStatus::Overdue | ClockStatus::Late | ClockStatus::Due => Color::Red,
            ClockStatus::Running => Color::Yellow,
            ClockStatus::Met | ClockStatus::Stopped => Color::Green,
        })
    }
}

/// The supplier and agreement a breach names. An agreement brings its supplier; a supplier alone
/// brings the agreement it had in force on the day the breach was discovered, if any.
pub fn link(
    tx: &Tx<'_>,
    supplier: Option<&str>,
    agreement: Option<&str>,
    discovered: Instant,
) -> anyhow::Result<(Option<String>, Option<String>)> {
    if let Some(id) = agreement {
        let a = tx.agreement(id.trim())?;
        if let Some(s) = supplier.filter(|s| s.trim() != a.supplier) {
            return Err(Error::Invalid(tr!(
                "command-breach-agreement-owner",
                agreement = &a.id,
                owner = &a.supplier,
                supplier = s.trim()
            ))
            .into());
        }
        return Ok((Some(a.supplier), Some(a.id)));
    }
    let Some(id) = supplier else {
        return Ok((None, None));
    };
    let s = tx.supplier(id.trim())?;
    let day = discovered.date_naive();
    let in_force = tx
        .agreements(Some(&s.id))?
        .into_iter()
        .filter(|a| a.status(day, 0).in_force())
        .max_by(|a, b| (a.signed_on, &a.id).cmp(&(b.signed_on, &b.id)))
        .map(|a| a.id);
    Ok((Some(s.id), in_force))
}

/// A time flag of `edit`, where an empty value clears the field.
fn clear_time(s: &str) -> Result<crate::cli::Clear<Instant>, String> {
    use crate::cli::Clear;
    if s.trim().is_empty() {
        Ok(Clear(None))
    } else {
        crate::domain::breach::parse_time(s).map(|t| Clear(Some(t)))
    }
}

/// What the board still has to do about `b` at `now`, in the reader's language: report to the
/// AP, tell the people affected (its open clocks), tell the Inspectie of leaked results. Said
/// after an assessment and when a breach is closed.
fn duties_left(b: &Breach, now: Instant) -> Vec<String> {
    let clocks = b
        .open_clocks(now, None)
        .into_iter()
        .filter_map(|c| match c.kind {
            ClockKind::Ap => Some(tr!("command-breach-duty-ap", id = &b.id, due = b.ap_due())),
            ClockKind::Subjects => Some(tr!("command-breach-duty-subjects", id = &b.id)),
            ClockKind::Processor => None,
        });
    let inspectie = b
        .inspectie_owed()
        .then(|| tr!("command-breach-duty-inspectie", id = &b.id));
    clocks.chain(inspectie).collect()
}
