//! The GMR export: Dutch CSV that opens cleanly in Dutch Excel and LibreOffice. `;` between
//! cells, UTF-8 with a byte order mark, CRLF line ends, dates DD-MM-JJJJ, ja/nee.
//!
//! It is built from [`GmrData`], which holds the register and consent counts per school and
//! purpose: no pupil's name or number can reach these files, because none is ever given to them.

mod html;
mod tables;

use std::collections::BTreeMap;
use std::io::Write;

use chrono::NaiveDate;

use super::csv;
use crate::domain::breach::Instant;
use crate::domain::category::Category;
use crate::domain::consent::Tally;
use crate::domain::register::Register;
use crate::domain::request::Request;
use tables::{breaches_table, consent_table, parties_table, requests_table};

pub use html::html;
pub use tables::overview_table;

/// What the GMR sees: the register and counts, nothing per pupil.
pub struct GmrData {
    pub register: Register,
    /// (school code, purpose id) → number of pupils per consent state.
    pub consent: BTreeMap<(String, String), Tally>,
    /// Requests of parents and pupils: only counted, never shown one by one.
    pub requests: Vec<Request>,
    /// Consent counts from 1 to below this are written `<N`.
    pub min_count: u64,
    /// The reference date of every file (Peildatum).
    pub as_of: NaiveDate,
}

impl GmrData {
    /// Keeps what concerns one school: the agreements and parties that serve it (those that
    /// list no school serve every school), its consent counts and the breaches that touched it
    /// or name no school.
    pub fn only_school(&mut self, school: &str) {
        use crate::domain::organisation::serves;
        // A supplier whose agreements all serve other schools is none of this school's.
        self.register.suppliers.retain_mut(|(_, agreements)| {
            let had = !agreements.is_empty();
            agreements.retain(|a| serves(&a.agreement.schools, school));
            !had || !agreements.is_empty()
        });
        self.register.parties.retain(|p| serves(&p.schools, school));
        self.register
            .breaches
            .retain(|b| serves(&b.schools, school));
        self.consent.retain(|(code, _), _| {
            crate::domain::pupil::school_matches(Some(code.as_str()), school)
        });
    }
}

/// Which counts of a table add up to totals a reader knows or can find elsewhere.
pub struct Sums<'a> {
    /// The cells of a row that add up to the row's pupils (shown beside it, or in the rows of
    /// the school's other purposes).
    pub row: &'a [usize],
    /// Parts of a row whose sum another document shows (the year report's "not granted" is
    /// the sum of four of the GMR's states).
    pub parts: &'a [&'a [usize]],
    /// Whether each column's rows add up to a total shown elsewhere (the schools of one
    /// purpose add up to the board's count).
    pub columns: bool,
    /// Columns hidden whatever their count (`*`): totals whose parts could not be hidden.
    pub hide: &'a [usize],
}

/// Counts as shown. A count from 1 to `min - 1` is hidden (`<min`). So that no hidden count can
/// be worked out from the others, more counts are hidden (`*`), the smallest first:
/// - a row never hides just one of its counts, nor (with `sums.columns`) a column;
/// - no hidden count follows from the sums a reader knows: a total of `min` or more is taken
///   as known, and since a hidden small count is at least 1, two of them beside a total that
///   leaves room for only 2 are as good as shown (`12 = <5 + <5 + 10` gives 1 and 1).
///
/// Cells in no sum are shown as they are, small ones as `<min`. Where every count of a sum is
/// hidden and one can still be worked out (two schools with 4 each beside a board total of
/// 8), the cell is named in `unprotected`: the total it follows from is the caller's to hide.
pub fn suppressed<const N: usize>(rows: &[[u64; N]], min: u64, sums: &Sums) -> Shown<N> {
    let in_sum = |c: usize| sums.row.contains(&c);
    let small = |n: u64| n > 0 && n < min;
    let forced = |n: u64, c: usize| in_sum(c) && sums.hide.contains(&c) && !small(n);
    let mut hidden: Vec<[bool; N]> = rows
        .iter()
        .map(|row| std::array::from_fn(|c| in_sum(c) && (small(row[c]) || forced(row[c], c))))
        .collect();
    let mut extra: Vec<[bool; N]> = rows
        .iter()
        .map(|row| std::array::from_fn(|c| forced(row[c], c)))
        .collect();
    // The sums as lists of cells, in the order in which they give up a count: a row's parts,
    // the row, the column.
    let mut lines: Vec<(Line, Vec<(usize, usize)>)> = Vec::new();
    for r in 0..rows.len() {
        for part in sums.parts {
            lines.push((Line::Part, part.iter().map(|&c| (r, c)).collect()));
        }
        lines.push((Line::Row, sums.row.iter().map(|&c| (r, c)).collect()));
    }
    if sums.columns && rows.len() > 1 {
        for &c in sums.row {
            lines.push((Line::Column, (0..rows.len()).map(|r| (r, c)).collect()));
        }
    }
    // Hides the smallest shown count among `cells`: a non-zero one where there is one.
    let hide_one =
        |hidden: &mut Vec<[bool; N]>, extra: &mut Vec<[bool; N]>, cells: &[(usize, usize)]| {
            let pick = cells
                .iter()
                .filter(|&&(r, c)| !hidden[r][c])
                .min_by_key(|&&(r, c)| (rows[r][c] == 0, rows[r][c]))
                .copied();
            if let Some((r, c)) = pick {
                hidden[r][c] = true;
                extra[r][c] = true;
            }
            pick.is_some()
        };
    let mut given_up: Vec<(usize, usize)> = Vec::new();
    loop {
        let mut changed = false;
        for (_, line) in lines.iter().filter(|(kind, _)| *kind != Line::Part) {
            if line.iter().filter(|&&(r, c)| hidden[r][c]).count() == 1 {
                changed |= hide_one(&mut hidden, &mut extra, line);
            }
        }
        if changed {
            continue;
        }
        let known = known_sums(rows, min, &hidden, &lines);
        let exposed = worked_out(rows, min, &hidden, &known)
            .into_iter()
            .find(|cell| !given_up.contains(cell));
        let Some((r, c)) = exposed else { break };
        // The smallest sum through the cell that still shows a count gives one up.
        let mut through: Vec<&(Line, Vec<(usize, usize)>)> = lines
            .iter()
            .filter(|(_, line)| line.contains(&(r, c)))
            .collect();
        through.sort_by_key(|(kind, _)| *kind);
        if !through
            .into_iter()
            .any(|(_, line)| hide_one(&mut hidden, &mut extra, line))
        {
            given_up.push((r, c));
        }
    }
    let cells = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            std::array::from_fn(|c| match (extra[r][c], hidden[r][c]) {
                (true, _) => "*".to_string(),
                (false, true) => small_count(row[c], min),
                (false, false) if in_sum(c) => row[c].to_string(),
                (false, false) => small_count(row[c], min),
            })
        })
        .collect();
    Shown {
        cells,
        unprotected: given_up,
    }
}

/// A table of counts as shown, and the hidden small counts the table alone could not protect.
pub struct Shown<const N: usize> {
    pub cells: Vec<[String; N]>,
    pub unprotected: Vec<(usize, usize)>,
}

/// The sums a reader knows: those of `min` or more (smaller ones are shown as `<min`), those
/// with every count shown, and a smaller row or column that follows from all the others (the
/// rows' totals less the other columns').
fn known_sums<'l, const N: usize>(
    rows: &[[u64; N]],
    min: u64,
    hidden: &[[bool; N]],
    lines: &'l [(Line, Vec<(usize, usize)>)],
) -> Vec<&'l Vec<(usize, usize)>> {
    let mut known: Vec<bool> = lines
        .iter()
        .map(|(_, line)| {
            line.iter().map(|&(r, c)| rows[r][c]).sum::<u64>() >= min
                || line.iter().all(|&(r, c)| !hidden[r][c])
        })
        .collect();
    let unknown = |known: &[bool], kind: Line| -> Vec<usize> {
        (0..lines.len())
            .filter(|&i| lines[i].0 == kind && !known[i])
            .collect()
    };
    let has_columns = lines.iter().any(|(kind, _)| *kind == Line::Column);
    if has_columns {
        let (rows_open, columns_open) = (unknown(&known, Line::Row), unknown(&known, Line::Column));
        match (rows_open.as_slice(), columns_open.as_slice()) {
            ([], [one]) | ([one], []) => known[*one] = true,
            _ => {}
        }
    }
    lines
        .iter()
        .zip(known)
        .filter(|(_, known)| *known)
        .map(|((_, line), _)| line)
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Line {
    Part,
    Row,
    Column,
}

/// The hidden small counts whose value follows from the known sums: each hidden cell's range
/// (a small count 1 to `min - 1`, another hidden count 0 or more) narrowed by every sum through
/// it until nothing changes, as a reader with the documents and a pencil would.
fn worked_out<const N: usize>(
    rows: &[[u64; N]],
    min: u64,
    hidden: &[[bool; N]],
    known: &[&Vec<(usize, usize)>],
) -> Vec<(usize, usize)> {
    let value = |r: usize, c: usize| rows[r][c] as i64;
    let all: i64 = rows.iter().flatten().map(|&n| n as i64).sum();
    let small = |n: u64| n > 0 && n < min;
    let mut range: Vec<[(i64, i64); N]> = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            std::array::from_fn(|c| match (hidden[r][c], small(row[c])) {
                (false, _) => (value(r, c), value(r, c)),
                (true, true) => (1, min as i64 - 1),
                (true, false) => (0, all),
            })
        })
        .collect();
    // Each round narrows a range or ends; the cap only bounds a pathological table, where the
    // ranges found so far are still true ones.
    for _ in 0..1000 {
        let mut changed = false;
        for line in known {
            let total: i64 = line.iter().map(|&(r, c)| value(r, c)).sum();
            let low: i64 = line.iter().map(|&(r, c)| range[r][c].0).sum();
            let high: i64 = line.iter().map(|&(r, c)| range[r][c].1).sum();
            for &(r, c) in line.iter() {
                let (lo, hi) = range[r][c];
                let narrowed = (lo.max(total - (high - hi)), hi.min(total - (low - lo)));
                if narrowed != (lo, hi) {
                    range[r][c] = narrowed;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut exposed = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        for c in 0..N {
            if hidden[r][c] && small(row[c]) && range[r][c].0 == range[r][c].1 {
                exposed.push((r, c));
            }
        }
    }
    exposed
}

/// A count as the GMR sees it: small counts, which could point at a child, as `<N`.
pub fn small_count(n: u64, min_count: u64) -> String {
    if n > 0 && n < min_count {
        format!("<{min_count}")
    } else {
        n.to_string()
    }
}

/// `;` and a byte order mark: what Dutch Excel and LibreOffice open without asking.
pub(crate) const DUTCH: csv::Style = csv::Style {
    delimiter: b';',
    bom: true,
};

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_default()
}

fn ja_nee(b: bool) -> String {
    if b { "ja" } else { "nee" }.to_string()
}

/// What the scope lines say per category ("resultaten: adaptief oefenen; ..."), for those that
/// say it.
fn per_category(
    scope: &[crate::domain::category::ScopeEntry],
    field: impl Fn(&crate::domain::category::ScopeEntry) -> Option<&str>,
) -> String {
    scope
        .iter()
        .filter_map(|e| field(e).map(|text| format!("{}: {text}", e.category.label())))
        .collect::<Vec<_>>()
        .join("; ")
}

fn labels<'a>(categories: impl Iterator<Item = &'a Category>) -> String {
    categories.map(|c| c.label()).collect::<Vec<_>>().join("; ")
}

/// One column of a GMR table: its header, and what it means for a reader on paper.
pub struct Column {
    pub name: &'static str,
    pub explains: &'static str,
}

const fn column(name: &'static str, explains: &'static str) -> Column {
    Column { name, explains }
}

/// One GMR table with its rows. The CSV files and the printed document are both written from
/// these, so that a column cannot differ between them.
pub struct Table {
    /// The file it is written to by `--out-dir`.
    pub file: &'static str,
    /// Its heading in the printed document.
    pub title: &'static str,
    /// What it shows, in a sentence or two, for the printed document.
    pub about: String,
    pub columns: &'static [Column],
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn headers(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }
}

/// The board's name, as every GMR file and the printed document give it.
pub fn board(data: &GmrData) -> String {
    data.register
        .organisation
        .as_ref()
        .map(|o| o.name.clone())
        .unwrap_or_default()
}

/// Writes one CSV table: BOM, `;`, CRLF, every cell neutralised. Every row ends with the
/// board's name and the reference date, so that a file read on its own still says whose it is
/// and of which day, without a second header row.
pub fn write(out: &mut dyn Write, data: &GmrData, table: &Table) -> anyhow::Result<()> {
    let board = board(data);
    let as_of = date(Some(data.as_of));
    let mut headers = table.headers();
    headers.extend(["Bestuur", "Peildatum"]);
    let rows = table.rows.iter().map(|row| {
        row.iter()
            .map(String::as_str)
            .chain([board.as_str(), as_of.as_str()])
    });
    csv::write(out, DUTCH, &headers, rows)
}

/// What makes each GMR table, in the order of the files and of the printed document. `now`
/// is the moment the breach clocks are read at.
pub const TABLES: [fn(&GmrData, Instant) -> Table; 5] = [
    |data, _| overview_table(data, data.as_of),
    |data, _| parties_table(data),
    |data, _| consent_table(data),
    breaches_table,
    |data, _| requests_table(data, data.as_of),
];

#[cfg(test)]
mod tests;
