use std::collections::BTreeMap;

use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

use crate::commands::{Ctx, Outcome};
use crate::domain::consent::{Standing, State};
use crate::domain::date::parse_date;
use crate::ops::school::pupil_filter;
use crate::output::{self, Format, opt};
use crate::{text, tr};

#[derive(Debug, Args)]
pub struct ConsentMatrixArgs {
    /// Only this group, e.g. 5B
    #[arg(long)]
    pub group: Option<String>,
    /// Only this school: BRIN or BRIN with vestiging
    #[arg(long)]
    pub school: Option<String>,
    /// The day the marks are for (pupils at school then, decisions taken by then) [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

/// What a teacher or photographer needs to know about one pupil and purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Mark {
    /// Consent that counts.
    Yes,
    /// Refused, withdrawn, or granted in a form that does not count.
    No,
    Unknown,
    /// The parents disagree: no.
    Disputed,
}

impl Mark {
    fn of(s: &Standing) -> Mark {
        match s.state {
            _ if s.counts => Mark::Yes,
            State::Unknown => Mark::Unknown,
            State::Disputed => Mark::Disputed,
            _ => Mark::No,
        }
    }

    /// In a table: short, so that a group fits at 80 columns; in the reader's language.
    fn shown(self) -> String {
        match self {
            Mark::Yes => tr!("command-matrix-yes"),
            Mark::No => tr!("command-matrix-no"),
            Mark::Unknown => tr!("command-matrix-unknown"),
            Mark::Disputed => tr!("command-matrix-disputed"),
        }
    }

    /// In CSV, for a Dutch spreadsheet.
    fn dutch(self) -> &'static str {
        match self {
            Mark::Yes => "ja",
            Mark::No => "nee",
            Mark::Unknown => "onbekend",
            Mark::Disputed => "oneens",
        }
    }
}

#[derive(Serialize)]
struct MatrixRow {
    pupil: String,
    name: String,
    group: Option<String>,
    school: Option<String>,
    /// Purpose id → mark, in purpose order.
    consent: BTreeMap<String, Mark>,
}

pub fn run(ctx: &Ctx, args: &ConsentMatrixArgs) -> anyhow::Result<Outcome> {
    let as_of = ctx.as_of(args.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let purposes: Vec<String> = tx
        .purposes()?
        .into_iter()
        .filter(|p| p.active_on(as_of))
        .map(|p| p.id)
        .collect();
    let filter = pupil_filter(
        &tx,
        as_of,
        false,
        args.group.as_deref(),
        args.school.as_deref(),
    )?;
    let pupils: Vec<_> = tx
        .pupils()?
        .into_iter()
        .filter(|p| filter.wants(p))
        .collect();
    let mut standing = tx.standing_of_purpose(None, as_of)?;
    let rows: Vec<MatrixRow> = pupils
        .into_iter()
        .map(|p| {
            let consent = purposes
                .iter()
                .map(|purpose| {
                    let s = standing
                        .remove(&(p.key.clone(), purpose.clone()))
                        .unwrap_or(Standing::UNKNOWN);
                    (purpose.clone(), Mark::of(&s))
                })
                .collect();
            MatrixRow {
                pupil: p.leerlingnummer,
                name: p.name,
                group: p.group,
                school: p.school,
                consent,
            }
        })
        .collect();
    if ctx.format == Format::Json {
        output::document(&rows)?;
        return Ok(Outcome::Done);
    }
    // A table leaves the school out (the group says enough) and ends with a legend.
    let table = ctx.format == Format::Table;
    let mut headers: Vec<String> = ["pupil", "name", "group", "school"]
        .map(String::from)
        .to_vec();
    if table {
        headers.pop();
        // Purposes by number, named in the legend: the names stay in the table at 80 columns.
        headers.extend((1..=purposes.len()).map(|n| n.to_string()));
    } else {
        headers.extend(purposes.iter().cloned());
    }
    // Each mark put in words once, not once a cell.
    let marks = [Mark::Yes, Mark::No, Mark::Unknown, Mark::Disputed].map(|m| match ctx.format {
        Format::Csv => m.dutch().to_string(),
        _ => m.shown(),
    });
    let mark = |m: &Mark| {
        marks[match m {
            Mark::Yes => 0,
            Mark::No => 1,
            Mark::Unknown => 2,
            Mark::Disputed => 3,
        }]
        .clone()
    };
    let cells = rows
        .into_iter()
        .map(|r| {
            let mut cells = vec![r.pupil, r.name, opt(&r.group)];
            if !table {
                cells.push(opt(&r.school));
            }
            cells.extend(r.consent.values().map(mark));
            cells
        })
        .collect();
    output::grid(
        ctx.format,
        &headers,
        &["name"],
        &["group"],
        cells,
        text!("command-pupil-none"),
    )?;
    if table {
        for (n, purpose) in purposes.iter().enumerate() {
            output::line(format!("{}: {purpose}", n + 1))?;
        }
        output::line(tr!("command-matrix-legend"))?;
    }
    Ok(Outcome::Done)
}
