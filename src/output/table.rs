//! Tables at the terminal's width: ids, codes, dates and numbers whole, free text wrapping, and
//! low-value columns left out while the room is too small (`--wide` keeps them).

use std::io::{self, IsTerminal};

use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Table, Width, presets};

use super::column::{self, header};
use super::{Row, colour, shown_text, wide};

/// A two-column table of field names and values; the values wrap, the names do not.
pub fn fields(headers: &[&str], cells: Vec<String>) -> Table {
    let rows = headers
        .iter()
        .zip(cells)
        .map(|(h, v)| vec![Cell::new(header(h)), column_cell(h, &v)])
        .collect();
    fit(table(), None, &[false, true], rows, WORD_MAX)
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
                let c = column_cell(T::HEADERS[i], &cells[i]);
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
    /// Every column in order, snake_case (shown as [`header`] says).
    pub headers: &'a [&'a str],
    /// The columns of free text, which wrap; the others never do (but an enumeration's Dutch
    /// labels of several words, see [`wraps`]).
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
            let free = wrapping(&columns, &headers, &rows);
            if needed(&headers, &free, &rows, WORD_MAX) <= usize::from(width) {
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
    let free = wrapping(&columns, &headers, &rows);
    // Where ids and codes whole leave too little room for a long word in the free text (an id
    // in a message), the word wraps: a table wider than the terminal breaks every line.
    let word_max = match table.width() {
        Some(width) if !wide() && needed(&headers, &free, &rows, WORD_MAX) > usize::from(width) => {
            0
        }
        _ => WORD_MAX,
    };
    let names: Vec<String> = headers.iter().map(|h| header(h)).collect();
    fit(table, Some(names), &free, rows, word_max)
}

/// Which of `headers` wrap: the free text, and the enumerations that [`wraps`].
fn wrapping(columns: &Columns<'_>, headers: &[&str], rows: &[Vec<Cell>]) -> Vec<bool> {
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            columns.free_text.contains(h)
                || wraps(h, rows.iter().filter_map(|r| r.get(i)).map(Cell::content))
        })
        .collect()
}

/// Whether an enumeration's column wraps like free text: in Dutch, where a label of several
/// words (`algemeen belang / publieke taak`) would otherwise take the room of the names. It
/// wraps between words only. An English table shows codes, whole on one line, as before.
fn wraps(column: &str, cells: impl IntoIterator<Item = String>) -> bool {
    crate::i18n::lang() != crate::i18n::Lang::En
        && column::is_enumeration(column)
        && cells.into_iter().any(|c| c.trim().contains(' '))
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
/// in a message) up to `word_max`, and its text up to [`FREE_TEXT_MIN`].
fn free_width(header: Option<&str>, cells: &[&Cell], word_max: usize) -> usize {
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
        .max(word.min(word_max))
        .max(header)
        .max(1)
}

/// The width of the table with every fixed column whole and every free-text column at its
/// least: borders, one space either side of each cell, and the cells.
fn needed(headers: &[&str], free: &[bool], rows: &[Vec<Cell>], word_max: usize) -> usize {
    let spaced: Vec<String> = headers.iter().map(|h| header(h)).collect();
    let content: usize = (0..headers.len())
        .map(|i| {
            let cells: Vec<&Cell> = rows.iter().filter_map(|r| r.get(i)).collect();
            match free[i] {
                true => free_width(Some(&spaced[i]), &cells, word_max),
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
    word_max: usize,
) -> Table {
    let mut headers = headers;
    let padded = |w: usize| Width::Fixed(u16::try_from(w + 2).unwrap_or(u16::MAX));
    let mut constraints = Vec::with_capacity(free.len());
    for (i, &free) in free.iter().enumerate() {
        let cells: Vec<&Cell> = rows.iter().filter_map(|r| r.get(i)).collect();
        let header = headers.as_mut().and_then(|h| h.get_mut(i));
        if free {
            let width = free_width(header.as_deref().map(String::as_str), &cells, word_max);
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

/// A cell of the column `name`: its value as [`column::value`] shows it, as [`cell`] does.
pub fn column_cell(name: &str, text: &str) -> Cell {
    cell(&column::value(name, text))
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
