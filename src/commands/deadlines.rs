//! `vreg deadlines`: every dated duty in one list, as a table, JSON, CSV or a calendar.

use std::io::Write;
use std::path::PathBuf;

use crate::commands::{Ctx, Outcome};
use crate::domain::deadline::{self, Deadline, DeadlineView, Sources, State};
use crate::output::note;
use crate::output::{self, FormatFlag, Row};
use crate::tr;
use crate::{Error, clock};

#[derive(Debug, clap::Args)]
pub struct DeadlinesArgs {
    /// Only what is due within this many days from today (a deadline exactly that many days
    /// ahead included); passed ones are always listed [default: everything]
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true, value_parser = crate::cli::parse_count)]
    pub within: Option<u32>,
    /// Write the list to this file instead of stdout (replaced when it exists, so a calendar
    /// subscription can read it again; mode 0600)
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

impl Row for DeadlineView {
    const HEADERS: &'static [&'static str] = &[
        "due_on",
        "due_at",
        "undated",
        "status",
        "days_left",
        "kind",
        "subject_kind",
        "subject_id",
        "what",
        "command",
        "uid",
    ];
    const TABLE: &'static [&'static str] = &["due_on", "status", "what", "command"];

    const FREE_TEXT: &'static [&'static str] = &["what", "command"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.due_on.to_string(),
            self.due_at.clone().unwrap_or_default(),
            self.undated.to_string(),
            self.status.to_string(),
            self.days_left.to_string(),
            self.kind.to_string(),
            self.subject_kind.to_string(),
            self.subject_id.clone(),
            self.what.clone(),
            self.command.clone(),
            self.uid.clone(),
        ]
    }

    fn colour(&self, header: &str) -> Option<output::Color> {
        (header == "status").then_some(match self.status {
            State::Overdue => output::Color::Red,
            State::Due => output::Color::Yellow,
            State::Upcoming => output::Color::Reset,
        })
    }
}

pub fn run(ctx: &Ctx, args: &DeadlinesArgs) -> anyhow::Result<Outcome> {
    if crate::commands::portfolio::several(ctx) {
        if output::file::named(args.out.as_deref()).is_some()
            || !matches!(
                ctx.format_flag,
                FormatFlag::Table | FormatFlag::Json | FormatFlag::Csv
            )
        {
            return Err(Error::Invalid(tr!("command-deadlines-several")).into());
        }
        return crate::commands::portfolio::run(ctx, |one| in_portfolio(one, args));
    }
    let today = clock::today()?;
    let now = clock::instant()?;
    let (register, list) = listed(ctx, args, today, now)?;
    let outcome = if deadline::any_overdue(&list) {
        Outcome::No
    } else {
        Outcome::Done
    };
    let views: Vec<DeadlineView> = list.iter().map(|d| DeadlineView::of(d, today)).collect();
    let text = match ctx.format_flag {
        FormatFlag::Ics => output::ics::calendar(
            &list,
            register.organisation.as_ref().map(|o| o.name.as_str()),
            now,
        )?,
        FormatFlag::Json => format!("{}\n", serde_json::to_string_pretty(&views)?),
        FormatFlag::Csv => {
            let mut bytes = Vec::new();
            output::csv::write(
                &mut bytes,
                output::csv::STANDARD,
                DeadlineView::HEADERS,
                views.iter().map(Row::cells),
            )?;
            String::from_utf8(bytes)?
        }
        FormatFlag::Table => table(&list, &views),
        FormatFlag::Md | FormatFlag::Html => {
            return Err(Error::Invalid(tr!("command-deadlines-format")).into());
        }
    };
    // The exit code tells of a passed deadline even when the reader closed the pipe.
    output::answered(output::file::emit(args.out.as_deref(), text.as_bytes()), ())?;
    if let Some(path) = output::file::named(args.out.as_deref()) {
        note(tr!(
            "command-deadlines-written",
            count = list.len(),
            path = path.display().to_string()
        ));
    }
    if list.is_empty() {
        note(match args.within {
            Some(days) => tr!("command-deadlines-none-within", days = days),
            None => tr!("command-deadlines-none"),
        });
    }
    Ok(outcome)
}

/// The deadlines of one register of several: its table under its heading, and its counts.
fn in_portfolio(
    ctx: &Ctx,
    args: &DeadlinesArgs,
) -> anyhow::Result<crate::commands::portfolio::Part> {
    let today = clock::today()?;
    let (_, list) = listed(ctx, args, today, clock::instant()?)?;
    let views: Vec<DeadlineView> = list.iter().map(|d| DeadlineView::of(d, today)).collect();
    if ctx.format == output::Format::Table {
        let mut out = std::io::stdout().lock();
        let printed = out
            .write_all(table(&list, &views).as_bytes())
            .and_then(|()| out.flush())
            .map_err(anyhow::Error::from);
        output::answered(printed, ())?;
    }
    let count = |state: State| list.iter().filter(|d| d.state == state).count();
    Ok(crate::commands::portfolio::Part {
        counts: vec![
            ("overdue", count(State::Overdue)),
            ("due", count(State::Due)),
            ("upcoming", count(State::Upcoming)),
        ],
        json: serde_json::to_value(&views)?,
        outcome: if deadline::any_overdue(&list) {
            Outcome::No
        } else {
            Outcome::Done
        },
    })
}

/// The register and its deadlines within `--within`.
fn listed(
    ctx: &Ctx,
    args: &DeadlinesArgs,
    today: chrono::NaiveDate,
    now: crate::domain::breach::Instant,
) -> anyhow::Result<(crate::domain::register::Register, Vec<Deadline>)> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let register = tx.register()?;
    let requests = tx.requests()?;
    let left_per_day = tx.pupils_left_per_day()?;
    let notice: std::collections::HashMap<String, Option<u32>> = register
        .suppliers
        .iter()
        .flat_map(|(_, list)| list.iter())
        .map(|f| (f.agreement.id.clone(), f.agreement.breach_notice_hours))
        .collect();
    drop(tx);
    let notice_hours = |id: &str| notice.get(id).copied().flatten();
    let sources = Sources {
        register: &register,
        requests: &requests,
        left_per_day: &left_per_day,
        notice_hours: &notice_hours,
    };
    let list = deadline::within(
        deadline::deadlines(&sources, today, now),
        today,
        args.within,
    );
    Ok((register, list))
}

/// The table for a person: due day (and hour for a breach clock), status, what, and how.
fn table(list: &[Deadline], views: &[DeadlineView]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let rows = list.iter().zip(views).map(|(d, v)| {
        let status = comfy_table::Cell::new(output::labelled("status", d.state.code()));
        let status = match v.colour("status") {
            Some(c) if d.state != State::Upcoming => status.fg(c),
            _ => status,
        };
        vec![
            output::cell(&d.due.shown()),
            status,
            output::cell(&d.what.to_string()),
            output::cell(&d.command.to_string()),
        ]
    });
    let columns = output::Columns {
        headers: &["due", "status", "what", "settle_with"],
        free_text: &["what", "settle_with"],
        narrow: &["settle_with"],
    };
    let t = output::laid_out(columns, rows);
    format!("{t}\n")
}
