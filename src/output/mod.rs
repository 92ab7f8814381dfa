//! Printers: one per format. Data goes to stdout; messages go to stderr.

pub mod access;
pub mod agreement;
pub mod art30;
mod column;
pub mod csv;
pub mod document;
pub mod file;
pub mod gmr;
pub mod ics;
mod table;
pub mod year_report;

pub use column::{header, value as labelled};
pub use table::{Columns, cell, column_cell, fields, laid_out, row_table, table};

use std::io::{self, IsTerminal, Write};

pub use comfy_table::Color;
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

static WIDE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

/// Decides once whether tables keep the columns they leave out when narrow (`--wide`).
pub fn set_wide(on: bool) {
    let _ = WIDE.set(on);
}

fn wide() -> bool {
    WIDE.get().copied().unwrap_or(false)
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

impl Format {
    /// The language of the words inside the data: the reader's in a table, English in JSON and
    /// CSV, which never change with the language (a reason, a clock's message).
    pub fn lang(self) -> crate::i18n::Lang {
        match self {
            Format::Table => crate::i18n::lang(),
            Format::Json | Format::Csv => crate::i18n::Lang::En,
        }
    }
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
    /// CSV headers (snake_case, the JSON keys); a table shows each as [`header`] says, and
    /// its cells as [`labelled`] says.
    const HEADERS: &'static [&'static str];
    /// The columns a table shows, when not all of them fit.
    const TABLE: &'static [&'static str] = Self::HEADERS;
    /// The columns of free text (names, products, messages): they wrap. Every other column (ids,
    /// codes, dates, statuses, numbers) is as wide as its widest value and never wraps.
    const FREE_TEXT: &'static [&'static str] = &[];
    /// Table columns of less value, left out first to last while the table is wider than the
    /// terminal, unless `--wide`. The list's `--help` names them.
    const NARROW: &'static [&'static str] = &[];
    /// Fields the detail table of [`show`] leaves out because the lines under it say them in
    /// the reader's words (a breach's clocks, which a CSV cell holds as JSON).
    const SAID_BELOW: &'static [&'static str] = &[];
    /// The cells, in header order: absent values empty, lists joined with "; ".
    fn cells(&self) -> Vec<String>;
    /// A colour for a table cell that carries a status.
    fn colour(&self, _header: &str) -> Option<Color> {
        None
    }
}

/// Prints a list: a table, a JSON array, or CSV with a header row. `empty` is what a table
/// says instead of an empty list (a `text!` is put in words only then).
pub fn list<T: Row>(
    format: Format,
    rows: &[T],
    empty: impl std::fmt::Display,
) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        Format::Json => json(&mut out, &rows)?,
        Format::Csv => csv(&mut out, T::HEADERS, rows.iter().map(Row::cells))?,
        Format::Table if rows.is_empty() => note(empty),
        Format::Table => {
            let table = row_table(rows);
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
    free_text: &[&str],
    narrow: &[&str],
    rows: Vec<Vec<String>>,
    empty: impl std::fmt::Display,
) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        Format::Csv => {
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            csv(&mut out, &headers, rows)?;
        }
        _ if rows.is_empty() => note(empty),
        _ => {
            let names: Vec<&str> = headers.iter().map(String::as_str).collect();
            let columns = Columns {
                headers: &names,
                free_text,
                narrow,
            };
            let cells = rows.iter().map(|row| {
                row.iter()
                    .enumerate()
                    .map(|(i, c)| column_cell(names.get(i).copied().unwrap_or_default(), c))
                    .collect()
            });
            writeln!(out, "{}", laid_out(columns, cells))?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The most rows a table holds at once: a longer list is printed as tables of this many rows, so
/// that memory does not grow with the list (a row of a table takes about 2 KB).
const TABLE_ROWS: usize = 5_000;

/// Prints a list whose rows `produce` hands over one at a time: CSV and JSON are written as the
/// rows come, so memory does not grow with the list; a table needs its rows for its widths, and
/// takes them [`TABLE_ROWS`] at a time.
pub fn stream<T: Row>(
    format: Format,
    empty: impl std::fmt::Display,
    produce: impl FnOnce(&mut dyn FnMut(T) -> anyhow::Result<()>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    match format {
        Format::Table => {
            let mut rows = Vec::new();
            let mut printed = false;
            produce(&mut |row| {
                rows.push(row);
                if rows.len() == TABLE_ROWS {
                    list(format, &std::mem::take(&mut rows), "")?;
                    printed = true;
                }
                Ok(())
            })?;
            match (printed, rows.is_empty()) {
                (true, true) => Ok(()),
                _ => list(format, &rows, empty),
            }
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
/// The refusal of `--format csv` for details whose `parts` one CSV row cannot hold: CSV never
/// drops data.
pub fn no_csv_for(parts: &[impl AsRef<str>]) -> anyhow::Error {
    let parts: Vec<&str> = parts.iter().map(AsRef::as_ref).collect();
    crate::Error::Invalid(crate::tr!("table-no-csv", parts = parts.join(", "))).into()
}

/// The keys of `detail`'s JSON that are not columns of its CSV row.
fn parts_beyond(headers: &[&str], detail: &impl Serialize) -> anyhow::Result<Vec<String>> {
    Ok(match serde_json::to_value(detail)? {
        serde_json::Value::Object(fields) => fields
            .keys()
            .filter(|k| !headers.contains(&k.as_str()))
            .cloned()
            .collect(),
        _ => Vec::new(),
    })
}

pub fn show<T: Row>(
    format: Format,
    row: &T,
    detail: &impl Serialize,
    more: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        Format::Json => json(&mut out, detail)?,
        Format::Csv => {
            // CSV never drops data: details with parts beyond the row's columns are refused.
            let parts = parts_beyond(T::HEADERS, detail)?;
            if !parts.is_empty() {
                return Err(no_csv_for(&parts));
            }
            csv(&mut out, T::HEADERS, [row.cells()])?
        }
        Format::Table => {
            let (headers, cells): (Vec<&str>, Vec<String>) = T::HEADERS
                .iter()
                .zip(row.cells())
                .filter(|(h, _)| !T::SAID_BELOW.contains(h))
                .unzip();
            writeln!(out, "{}", fields(&headers, cells))?;
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

/// One JSON document, pretty-printed, with a final line end.
pub fn json(out: &mut dyn Write, value: &impl Serialize) -> anyhow::Result<()> {
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

/// A cell for a list: the items joined with `; `. A `;` or `\` inside an item is escaped with a
/// backslash, so that a reader splitting on unescaped `; ` gets the items back: `["A; B", "C"]`
/// is `A\; B; C`, not the three items `A`, `B`, `C`.
pub fn joined(values: &[impl ToString]) -> String {
    values
        .iter()
        .map(|v| v.to_string().replace('\\', "\\\\").replace(';', "\\;"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A message for the person at the terminal; never mixed into data on stdout.
pub fn note(message: impl std::fmt::Display) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        stderr_line(&crate::domain::text::escape(&message.to_string(), true));
    }
}

/// One line on stderr. A stderr that cannot be written (a full disk, a reader that quit) loses
/// the line: it is the last channel there is, and a message is never a reason to fail a command
/// that has done its work (`eprintln!` would panic, after the commit).
pub fn stderr_line(line: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{line}").and_then(|()| err.flush());
}

/// `--quiet`: set once, before any command runs.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
}

static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
