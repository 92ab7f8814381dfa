use std::io::Write;

use serde::Serialize;

use super::notice_hours;
use crate::clock;
use crate::commands::{Ctx, Outcome};
use crate::domain::breach::{Clock, ClockKind, ClockStatus, DEFAULT_WARN_HOURS, Instant, iso};
use crate::output::note;
use crate::output::{self, Format, Row, opt};
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct BreachClockArgs {
    /// Exit 1 when a deadline is less than this many hours away
    #[arg(long, value_name = "HOURS", default_value_t = DEFAULT_WARN_HOURS, allow_negative_numbers = true, value_parser = crate::cli::parse_count)]
    pub within: u32,
}

/// One open deadline of a breach (closed or not: closing ends none of the board's duties).
#[derive(Debug, Serialize)]
struct Deadline {
    breach: String,
    title: String,
    clock: ClockKind,
    due: Option<Instant>,
    status: ClockStatus,
    minutes_left: Option<i64>,
    pressing: bool,
    message: String,
}

impl Row for Deadline {
    const HEADERS: &'static [&'static str] = &[
        "breach",
        "title",
        "clock",
        "due",
        "status",
        "minutes_left",
        "pressing",
        "message",
    ];

    const FREE_TEXT: &'static [&'static str] = &["title", "message"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.breach.clone(),
            self.title.clone(),
            self.clock.to_string(),
            self.due.map(iso).unwrap_or_default(),
            self.status.to_string(),
            opt(&self.minutes_left),
            self.pressing.to_string(),
            self.message.clone(),
        ]
    }
}

pub fn run(ctx: &Ctx, args: &BreachClockArgs) -> anyhow::Result<Outcome> {
    let now = clock::instant()?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let mut deadlines = Vec::new();
    for b in tx.breaches()? {
        let clocks: Vec<Clock> = b.open_clocks(now, notice_hours(&tx, &b)?);
        for c in clocks {
            deadlines.push(Deadline {
                breach: b.id.clone(),
                title: b.title.clone(),
                clock: c.kind,
                due: c.due,
                status: c.status,
                minutes_left: c.minutes_left,
                pressing: c.pressing(args.within),
                // English in JSON and CSV, the reader's language in the lines of a table.
                message: c.describe().in_lang(ctx.format.lang()),
            });
        }
    }
    // The most urgent first: passed or due now, then by deadline.
    deadlines.sort_by_key(|d| (d.minutes_left.unwrap_or(i64::MIN), d.breach.clone()));
    let pressing = deadlines.iter().any(|d| d.pressing);
    let printed = match ctx.format {
        Format::Table => print_lines(&deadlines),
        format => output::list(format, &deadlines, ""),
    };
    let outcome = if pressing { Outcome::No } else { Outcome::Done };
    let outcome = output::answered(printed, outcome)?;
    if deadlines.is_empty() {
        note(tr!("command-breach-no-deadlines"));
    }
    Ok(outcome)
}

/// One line a deadline, for a person or a cron mail.
fn print_lines(deadlines: &[Deadline]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for d in deadlines {
        let mark = if d.pressing { "!" } else { " " };
        writeln!(out, "{mark} {} {}: {}", d.breach, d.title, d.message)?;
    }
    out.flush()?;
    Ok(())
}
