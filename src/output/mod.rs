//! Printers: one per format. Data goes to stdout; messages go to stderr.

pub mod access;
pub mod art30;
pub mod csv;
pub mod file;
pub mod gmr;
pub mod ics;
pub mod year_report;

use std::io::{self, IsTerminal, Write};

pub use comfy_table::Color;
use comfy_table::{Cell, ContentArrangement, Table, presets};
use serde::Serialize;

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColourChoice {
    /// On a terminal, unless NO_COLOR is set
    Auto,
    Always,
    Never,
}

static COLOUR: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

/// Decides once whether output is coloured: `--color always`, or `auto` on a terminal without
/// `NO_COLOR` set.
pub fn set_colour(choice: ColourChoice) {
    let on = match choice {
        ColourChoice::Always => true,
        ColourChoice::Never => false,
        ColourChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stdout().is_terminal()
        }
    };
    let _ = COLOUR.set(on);
}

pub fn colour() -> bool {
    COLOUR.get().copied().unwrap_or(false)
}

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

/// What `--format` says: one of the formats of lists and details, or a document format of
/// `pupil report` and `report year` (`md`, `html`), or the calendar of `deadlines` (`ics`).
/// Other commands refuse them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatFlag {
    /// A table for people (layout may change between versions)
    Table,
    /// One JSON document; keys and shapes are a contract
    Json,
    /// RFC 4180 CSV with a header row; headers are a contract
    Csv,
    /// Markdown (`pupil report`, `report year`)
    Md,
    /// One self-contained HTML page that prints on A4 (`pupil report`, `report year`, `export
    /// art30`, `export gmr`)
    Html,
    /// An iCalendar file (RFC 5545) for a calendar program (`deadlines` only)
    Ics,
}

/// Something printed as a table row and a CSV record. Its JSON is its `Serialize` form.
pub trait Row: Serialize {
    /// CSV headers (snake_case, the JSON keys) and table headers alike.
    const HEADERS: &'static [&'static str];
    /// The columns a table shows, when not all of them fit.
    const TABLE: &'static [&'static str] = Self::HEADERS;
    /// The cells, in header order: absent values empty, lists joined with "; ".
    fn cells(&self) -> Vec<String>;
    /// A colour for a table cell that carries a status.
    fn colour(&self, _header: &str) -> Option<Color> {
        None
    }
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
                let cells = row.cells();
                table.add_row(shown.iter().map(|&i| {
                    let cell = Cell::new(shown_text(&cells[i]));
                    match row.colour(T::HEADERS[i]) {
                        Some(c) => cell.fg(c),
                        None => cell,
                    }
                }));
            }
            writeln!(out, "{table}")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Prints rows whose columns are known only at run time, as a table or CSV.
pub fn grid(
    format: Format,
    headers: &[String],
    rows: Vec<Vec<String>>,
    empty: &str,
) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        Format::Csv => {
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            csv(&mut out, &headers, rows)?;
        }
        _ if rows.is_empty() => eprintln!("{empty}"),
        _ => {
            let mut table = table();
            table.set_header(headers);
            for row in rows {
                table.add_row(shown_cells(row));
            }
            writeln!(out, "{table}")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Prints a list whose rows `produce` hands over one at a time: CSV and JSON are written as the
/// rows come, so memory does not grow with the list; a table needs every row for its widths.
pub fn stream<T: Row>(
    format: Format,
    empty: &str,
    produce: impl FnOnce(&mut dyn FnMut(T) -> anyhow::Result<()>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    match format {
        Format::Table => {
            let mut rows = Vec::new();
            produce(&mut |row| {
                rows.push(row);
                Ok(())
            })?;
            list(format, &rows, empty)
        }
        Format::Csv => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            let mut w = csv::Writer::start(&mut out, csv::STANDARD, T::HEADERS)?;
            produce(&mut |row| w.record(row.cells()))?;
            w.finish()?;
            out.flush()?;
            Ok(())
        }
        Format::Json => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            let mut array = JsonArray::start(&mut out, "")?;
            produce(&mut |row| array.item(&row))?;
            array.finish()?;
            writeln!(out)?;
            out.flush()?;
            Ok(())
        }
    }
}

/// A JSON array written an item at a time, laid out as `serde_json`'s pretty printer lays out a
/// whole array, at the indentation `indent` (the array's own).
pub struct JsonArray<'w, W: Write + ?Sized> {
    out: &'w mut W,
    indent: String,
    items: usize,
}

impl<'w, W: Write + ?Sized> JsonArray<'w, W> {
    pub fn start(out: &'w mut W, indent: &str) -> anyhow::Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonArray {
            out,
            indent: indent.to_string(),
            items: 0,
        })
    }

    pub fn item(&mut self, value: &impl Serialize) -> anyhow::Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        self.out
            .write_all(if self.items == 0 { b"\n" } else { b",\n" })?;
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.out.write_all(b"\n")?;
            }
            write!(self.out, "{}  {line}", self.indent)?;
        }
        self.items += 1;
        Ok(())
    }

    pub fn finish(self) -> anyhow::Result<()> {
        if self.items > 0 {
            write!(self.out, "\n{}", self.indent)?;
        }
        self.out.write_all(b"]")?;
        Ok(())
    }
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

/// Whether an error is the reader closing the pipe (`vreg log | head`): not a failure of vreg.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let broken = |kind: io::ErrorKind| kind == io::ErrorKind::BrokenPipe;
    e.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io| broken(io.kind()))
            || cause
                .downcast_ref::<::csv::Error>()
                .is_some_and(|c| matches!(c.kind(), ::csv::ErrorKind::Io(io) if broken(io.kind())))
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                .is_some_and(broken)
    })
}

/// The answer of a check or an audit stands when the reader closed the pipe before reading it
/// all: its exit code still tells.
pub fn answered<T>(printed: anyhow::Result<()>, outcome: T) -> anyhow::Result<T> {
    match printed {
        Err(e) if !is_broken_pipe(&e) => Err(e),
        _ => Ok(outcome),
    }
}

/// Prints one line of data on stdout (an id, a heading); a closed pipe is an error, not a panic.
pub fn line(text: impl std::fmt::Display) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "{}", shown_text(&text.to_string()))?;
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

/// Prints one CSV record under its headers on stdout.
pub fn record(headers: &[&str], cells: Vec<String>) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    csv(&mut out, headers, [cells])?;
    out.flush()?;
    Ok(())
}

/// A two-column table of field names and values.
pub fn fields(headers: &[&str], cells: Vec<String>) -> Table {
    let mut table = table();
    for (h, v) in headers.iter().zip(cells) {
        table.add_row(vec![h.replace('_', " "), shown_text(&v).into_owned()]);
    }
    table
}

/// Width of tables written to a file or pipe: `COLUMNS` when set, else this.
const PIPE_WIDTH: u16 = 120;

/// A table in vreg's style: as wide as the terminal, or `COLUMNS` / 120 characters when the
/// output is not a terminal; coloured only as [`colour`] says.
pub fn table() -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if !io::stdout().is_terminal() {
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(PIPE_WIDTH);
        table.set_width(width);
    }
    if colour() {
        table.enforce_styling();
    } else {
        table.force_no_tty();
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
    csv::write(out, csv::STANDARD, headers, rows)
}

/// A text as a table or a message shows it: control characters, also those stored before vreg
/// refused them, written as `\u{..}`; line breaks kept.
pub fn shown_text(text: &str) -> std::borrow::Cow<'_, str> {
    crate::domain::text::escape(text, true)
}

/// Table cells as [`shown_text`] shows them.
pub fn shown_cells(cells: impl IntoIterator<Item = String>) -> Vec<String> {
    cells
        .into_iter()
        .map(|c| shown_text(&c).into_owned())
        .collect()
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
