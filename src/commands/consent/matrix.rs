use std::collections::BTreeMap;

use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

use crate::commands::{Ctx, Outcome};
use crate::domain::consent::{Standing, State};
use crate::domain::date::parse_date;
use crate::ops::school::pupil_filter;
use crate::output::{self, Format, opt};
use std::io::Write;

use crate::tr;

#[derive(Debug, Args)]
pub struct ConsentMatrixArgs {
    /// Only this group, e.g. 5B
    #[arg(long)]
    pub group: Option<String>,
    /// Only this school: BRIN, BRIN with vestiging, or its name
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
    // The pupils come one at a time, a class together: JSON and CSV are written as they come,
    // a table is printed a class at a time (one screen), so memory does not grow with the
    // register.
    let each = |printer: &mut dyn FnMut(MatrixRow) -> anyhow::Result<()>| {
        tx.for_each_pupil_standings(None, as_of, |p, stands| {
            if !filter.wants(&p) {
                return Ok(());
            }
            let consent = purposes
                .iter()
                .map(|purpose| {
                    let mark = stands
                        .iter()
                        .find(|(id, _)| id == purpose)
                        .map_or(Mark::Unknown, |(_, s)| Mark::of(s));
                    (purpose.clone(), mark)
                })
                .collect();
            printer(MatrixRow {
                pupil: p.leerlingnummer,
                name: p.name,
                group: p.group,
                school: p.school,
                consent,
            })
        })
    };
    match ctx.format {
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut array = output::JsonArray::start(&mut out, "")?;
            each(&mut |row| array.item(&row))?;
            array.finish()?;
            writeln!(out)?;
            out.flush()?;
        }
        Format::Csv => {
            let mut headers: Vec<&str> = vec!["pupil", "name", "group", "school"];
            headers.extend(purposes.iter().map(String::as_str));
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut w = output::csv::Writer::start(&mut out, output::csv::STANDARD, &headers)?;
            each(&mut |r| {
                let mut cells = vec![r.pupil, r.name, opt(&r.group), opt(&r.school)];
                cells.extend(r.consent.values().map(|m| m.dutch().to_string()));
                w.record(cells)
            })?;
            w.finish()?;
            out.flush()?;
        }
        Format::Table => print_table(&purposes, each)?,
    }
    Ok(Outcome::Done)
}

/// A class: its school and its group.
type Class = (Option<String>, Option<String>);

/// The matrix as tables, one a class under its group (and school, on a board of several): purposes by number (named in the legend
/// below), so that a class fits at 80 columns.
fn print_table(
    purposes: &[String],
    each: impl FnOnce(&mut dyn FnMut(MatrixRow) -> anyhow::Result<()>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut headers: Vec<String> = ["pupil", "name"].map(String::from).to_vec();
    headers.extend((1..=purposes.len()).map(|n| n.to_string()));
    // Each mark put in words once, not once a cell.
    let marks = [Mark::Yes, Mark::No, Mark::Unknown, Mark::Disputed].map(Mark::shown);
    let shown = |m: &Mark| marks[*m as usize].clone();
    let print = |class: &Class, rows: Vec<Vec<String>>| -> anyhow::Result<()> {
        let (school, group) = class;
        output::line(match school {
            Some(school) => tr!(
                "command-matrix-group-at",
                group = opt(group),
                school = school
            ),
            None => tr!("command-matrix-group", group = opt(group)),
        })?;
        output::grid(Format::Table, &headers, &["name"], &[], rows, "")?;
        output::line("")
    };
    let mut class: Option<Class> = None;
    let mut rows: Vec<Vec<String>> = Vec::new();
    each(&mut |r| {
        let this = (r.school.clone(), r.group.clone());
        if let Some(done) = class.as_ref().filter(|c| **c != this) {
            print(done, std::mem::take(&mut rows))?;
        }
        let mut cells = vec![r.pupil, r.name];
        cells.extend(r.consent.values().map(shown));
        rows.push(cells);
        class = Some(this);
        Ok(())
    })?;
    match class {
        None => output::note(tr!("command-pupil-none")),
        Some(last) => {
            print(&last, rows)?;
            for (n, purpose) in purposes.iter().enumerate() {
                output::line(format!("{}: {purpose}", n + 1))?;
            }
            output::line(tr!("command-matrix-legend"))?;
        }
    }
    Ok(())
}
