//! The GMR export: Dutch CSV that opens cleanly in Dutch Excel and LibreOffice. `;` between
//! cells, UTF-8 with a byte order mark, CRLF line ends, dates DD-MM-JJJJ, ja/nee.
//!
//! It is built from [`GmrData`], which holds the register and consent counts per school and
//! purpose: no pupil's name or number can reach these files, because none is ever given to them.

mod hide;
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
        self.keep_agreements(|a| serves(&a.schools, school));
        self.register.parties.retain(|p| serves(&p.schools, school));
        self.register
            .breaches
            .retain(|b| serves(&b.schools, school));
        self.consent.retain(|(code, _), _| {
            crate::domain::pupil::school_matches(Some(code.as_str()), school)
        });
    }

    /// Leaves out the agreements signed after the reference day: the files of a past day show
    /// the register as it stood then, as the year report of that year does. A supplier whose
    /// agreements were all signed later came later. One not signed at all stays, a draft.
    pub fn as_it_stood(&mut self) {
        let as_of = self.as_of;
        self.keep_agreements(|a| a.signed_on.is_none_or(|signed| signed <= as_of));
    }

    /// Keeps the agreements `keep` says, and the suppliers left with one or that had none.
    fn keep_agreements(&mut self, keep: impl Fn(&crate::domain::agreement::Agreement) -> bool) {
        self.register.suppliers.retain_mut(|(_, agreements)| {
            let had = !agreements.is_empty();
            agreements.retain(|a| keep(&a.agreement));
            !had || !agreements.is_empty()
        });
    }
}

pub use hide::{Shown, consent_counts, hiding_said};

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
