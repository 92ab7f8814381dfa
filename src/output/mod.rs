//! Printers: one per format. Data goes to stdout; messages go to stderr.

pub mod access;
pub mod agreement;
pub mod art30;
pub mod csv;
pub mod file;
pub mod gmr;
pub mod ics;
pub mod year_report;

use std::io::{self, IsTerminal, Write};

pub use comfy_table::Color;
use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Table, Width, presets};
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
    /// The columns of free text (names, products, messages): they wrap. Every other column (ids,
    /// codes, dates, statuses, numbers) is as wide as its widest value and never wraps.
    const FREE_TEXT: &'static [&'static str] = &[];
    /// Table columns of less value, left out first to last while the table is wider than the
    /// terminal, unless `--wide`. The list's `--help` names them.
    const NARROW: &'static [&'static str] = &[];
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
            let names: Vec<&str> = headers.iter().map(String::as_str).collect();
            let columns = Columns {
                headers: &names,
                free_text,
                narrow,
            };
            let cells = rows.iter().map(|row| row.iter().map(|c| cell(c)).collect());
            writeln!(out, "{}", laid_out(columns, cells))?;
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

/// A two-column table of field names and values; the values wrap, the names do not.
pub fn fields(headers: &[&str], cells: Vec<String>) -> Table {
    let rows = headers
        .iter()
        .zip(cells)
        .map(|(h, v)| vec![Cell::new(h.replace('_', " ")), cell(&v)])
        .collect();
    fit(table(), None, &[false, true], rows)
}

/// The table of a list of rows: the row type's table columns, as many as fit unless `--wide`.
pub fn row_table<T: Row>(rows: &[T]) -> Table {
    let shown: Vec<usize> = (0..T::HEADERS.len())
        .filter(|&i| T::TABLE.contains(&T::HEADERS[i]))
        .collect();
    let headers: Vec<&str> = shown.iter().map(|&i| T::HEADERS[i]).collect();
    let cells = rows.iter().map(|row| {
        let cells = row.cells();
        shown
            .iter()
            .map(|&i| {
                let c = cell(&cells[i]);
                match row.colour(T::HEADERS[i]) {
                    Some(colour) => c.fg(colour),
                    None => c,
                }
            })
            .collect()
    });
    let columns = Columns {
        headers: &headers,
        free_text: T::FREE_TEXT,
        narrow: T::NARROW,
    };
    laid_out(columns, cells)
}

/// What a table's columns are and how they behave at its width.
#[derive(Debug, Clone, Copy)]
pub struct Columns<'a> {
    /// Every column in order, snake_case (shown with spaces).
    pub headers: &'a [&'a str],
    /// The columns of free text, which wrap; the others never do.
    pub free_text: &'a [&'a str],
    /// Columns left out, first to last, while the table is wider than its width; `--wide` keeps
    /// them.
    pub narrow: &'a [&'a str],
}

/// The narrowest a free-text column is made before columns are left out to give it room.
const FREE_TEXT_MIN: usize = 14;

/// The longest word a free-text column keeps whole on one line, when the room allows.
const WORD_MAX: usize = 40;

/// A table of `rows` (cells in the order of `columns.headers`): ids, codes, dates, statuses
/// and numbers at their full width, free text wrapping in the room left, and the narrow
/// columns left out while that room is too small.
pub fn laid_out(columns: Columns<'_>, rows: impl IntoIterator<Item = Vec<Cell>>) -> Table {
    let mut rows: Vec<Vec<Cell>> = rows.into_iter().collect();
    let mut headers: Vec<&str> = columns.headers.to_vec();
    let table = table();
    if let Some(width) = table.width().filter(|_| !wide()) {
        for name in columns.narrow {
            let free: Vec<bool> = headers
                .iter()
                .map(|h| columns.free_text.contains(h))
                .collect();
            if needed(&headers, &free, &rows) <= usize::from(width) {
                break;
            }
            if let Some(i) = headers.iter().position(|h| h == name) {
                headers.remove(i);
                for row in &mut rows {
                    if i < row.len() {
                        row.remove(i);
                    }
                }
            }
        }
    }
    let free: Vec<bool> = headers
        .iter()
        .map(|h| columns.free_text.contains(h))
        .collect();
    let names: Vec<String> = headers.iter().map(|h| h.replace('_', " ")).collect();
    fit(table, Some(names), &free, rows)
}

/// The widest line of a text, in terminal columns.
fn text_width(text: &str) -> usize {
    text.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// The width a fixed column needs: its widest value, or its header's longest piece (a header
/// may wrap between words and after a hyphen).
fn fixed_width(header: Option<&str>, cells: &[&Cell]) -> usize {
    let content = cells
        .iter()
        .map(|c| text_width(&c.content()))
        .max()
        .unwrap_or(0);
    let header = header.map_or(0, header_width);
    content.max(header).max(1)
}

/// The width of a header's longest piece: the least its column can be.
fn header_width(header: &str) -> usize {
    header_pieces(header)
        .iter()
        .map(|p| text_width(p.trim_end()))
        .max()
        .unwrap_or(0)
}

/// A header cut after each space and hyphen: the places it may wrap.
fn header_pieces(header: &str) -> Vec<&str> {
    header
        .split_inclusive([' ', '-'])
        .filter(|p| !p.trim().is_empty())
        .collect()
}

/// A header wrapped to `width` at the places [`header_pieces`] allows.
fn wrapped_header(header: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for piece in header_pieces(header) {
        match lines.last_mut() {
            Some(line) if text_width(format!("{line}{piece}").trim_end()) <= width => {
                line.push_str(piece)
            }
            _ => lines.push(piece.to_string()),
        }
    }
    lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The least a free-text column is given: its header's longest piece, its longest word (an id
/// in a message) up to [`WORD_MAX`], and its text up to [`FREE_TEXT_MIN`].
fn free_width(header: Option<&str>, cells: &[&Cell]) -> usize {
    let texts: Vec<String> = cells.iter().map(|c| c.content()).collect();
    let content = texts.iter().map(|t| text_width(t)).max().unwrap_or(0);
    let word = texts
        .iter()
        .flat_map(|t| t.split_whitespace().map(text_width).collect::<Vec<_>>())
        .max()
        .unwrap_or(0);
    let header = header.map_or(0, header_width);
    content
        .min(FREE_TEXT_MIN)
        .max(word.min(WORD_MAX))
        .max(header)
        .max(1)
}

/// The width of the table with every fixed column whole and every free-text column at its
/// least: borders, one space either side of each cell, and the cells.
fn needed(headers: &[&str], free: &[bool], rows: &[Vec<Cell>]) -> usize {
    let spaced: Vec<String> = headers.iter().map(|h| h.replace('_', " ")).collect();
    let content: usize = (0..headers.len())
        .map(|i| {
            let cells: Vec<&Cell> = rows.iter().filter_map(|r| r.get(i)).collect();
            match free[i] {
                true => free_width(Some(&spaced[i]), &cells),
                false => fixed_width(Some(&spaced[i]), &cells),
            }
        })
        .sum();
    content + 3 * headers.len() + 1
}

/// Fills `table` and fixes the width of every column that is not free text.
fn fit(
    mut table: Table,
    headers: Option<Vec<String>>,
    free: &[bool],
    rows: Vec<Vec<Cell>>,
) -> Table {
    let mut headers = headers;
    let padded = |w: usize| Width::Fixed(u16::try_from(w + 2).unwrap_or(u16::MAX));
    let mut constraints = Vec::with_capacity(free.len());
    for (i, &free) in free.iter().enumerate() {
        let cells: Vec<&Cell> = rows.iter().filter_map(|r| r.get(i)).collect();
        let header = headers.as_mut().and_then(|h| h.get_mut(i));
        if free {
            let width = free_width(header.as_deref().map(String::as_str), &cells);
            constraints.push(ColumnConstraint::LowerBoundary(padded(width)));
            continue;
        }
        let width = fixed_width(header.as_deref().map(String::as_str), &cells);
        if let Some(header) = header {
            *header = wrapped_header(header, width);
        }
        constraints.push(ColumnConstraint::Absolute(padded(width)));
    }
    if let Some(headers) = headers {
        table.set_header(headers);
    }
    for row in rows {
        table.add_row(row);
    }
    table.set_constraints(constraints);
    table
}

/// A table cell: the text as [`shown_text`] shows it, a timestamp with its offset (a breach's)
/// as a Dutch clock shows it, `23-10-2026 16:00`.
pub fn cell(text: &str) -> Cell {
    match chrono::DateTime::parse_from_rfc3339(text) {
        Ok(t) => Cell::new(crate::domain::breach::show_time(t)),
        Err(_) => Cell::new(shown_text(text)),
    }
}

/// Width of tables written to a file or pipe: `COLUMNS` when set, else this.
const PIPE_WIDTH: u16 = 120;

/// A table in vreg's style: as wide as the terminal, or `COLUMNS` / 120 characters when the
/// output is not a terminal; coloured only as [`colour`] says.
pub fn table() -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if io::stdout().is_terminal() {
        // Read before `force_no_tty` below, after which comfy-table no longer asks the terminal.
        if let Some(width) = table.width() {
            table.set_width(width);
        }
    } else {
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

/// A message for the person at the terminal; never mixed into data on stdout.
pub fn note(message: impl std::fmt::Display) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        eprintln!(
            "{}",
            crate::domain::text::escape(&message.to_string(), true)
        );
    }
}

/// `--quiet`: set once, before any command runs.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
}

static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
