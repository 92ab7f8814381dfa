//! Printers: one per format. Data goes to stdout; messages go to stderr.

pub mod gmr;

use std::io::{self, IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

/// How lists and details are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people (layout may change between versions)
    Table,
    /// One JSON document; keys and shapes are a contract
    Json,
    /// RFC 4180 CSV with a header row; headers are a contract
    Csv,
}

/// Something printed as a table row and a CSV record. Its JSON is its `Serialize` form.
pub trait Row: Serialize {
    /// CSV headers (snake_case, the JSON keys) and table headers alike.
    const HEADERS: &'static [&'static str];
    /// The columns a table shows, when not all of them fit.
    const TABLE: &'static [&'static str] = Self::HEADERS;
    /// The cells, in header order: absent values empty, lists joined with "; ".
    fn cells(&self) -> Vec<String>;
}

/// Prints a list: a table, a JSON array, or CSV with a header row.
pub fn list<T: Row>(format: Format, rows: &[T], empty: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        Format::Json => json(&mut out, &rows)?,
        Format::Csv => csv(&mut out, T::HEADERS, rows.iter().map(Row::cells))?,
        Format::Table if rows.is_empty() => eprintln!("{empty}"),
        Format::Table => {
            let shown: Vec<usize> = (0..T::HEADERS.len())
                .filter(|&i| T::TABLE.contains(&T::HEADERS[i]))
                .collect();
            let mut table = table();
            table.set_header(shown.iter().map(|&i| T::HEADERS[i].replace('_', " ")));
            for row in rows {
                let mut cells = row.cells();
                table.add_row(shown.iter().map(|&i| std::mem::take(&mut cells[i])));
            }
            writeln!(out, "{table}")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Prints one thing: `detail` as a JSON object, `row` as one CSV record, and on a terminal the
/// row as field/value pairs followed by whatever `more` adds.
pub fn show<T: Row>(
    format: Format,
    row: &T,
    detail: &impl Serialize,
    more: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        Format::Json => json(&mut out, detail)?,
        Format::Csv => csv(&mut out, T::HEADERS, [row.cells()])?,
        Format::Table => {
            writeln!(out, "{}", fields(T::HEADERS, row.cells()))?;
            more(&mut out)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Prints one line of data on stdout (an id, a heading); a closed pipe is an error, not a panic.
pub fn line(text: impl std::fmt::Display) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()?;
    Ok(())
}

/// Prints one JSON document on stdout.
pub fn document(value: &impl Serialize) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    json(&mut out, value)?;
    out.flush()?;
    Ok(())
}

/// A two-column table of field names and values.
pub fn fields(headers: &[&str], cells: Vec<String>) -> Table {
    let mut table = table();
    for (h, v) in headers.iter().zip(cells) {
        table.add_row(vec![h.replace('_', " "), v]);
    }
    table
}

/// A table in vreg's style, as wide as the terminal when there is one.
pub fn table() -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    if io::stdout().is_terminal() {
        table.set_content_arrangement(ContentArrangement::Dynamic);
    }
    table
}

fn json(out: &mut impl Write, value: &impl Serialize) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

fn csv(
    out: &mut impl Write,
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> anyhow::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(headers)?;
    for row in rows {
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}

/// A cell for an optional value.
pub fn opt(value: &Option<impl ToString>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A cell for a list.
pub fn joined(values: &[impl ToString]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}
