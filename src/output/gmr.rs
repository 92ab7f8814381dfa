//! The GMR export: Dutch CSV that opens cleanly in Dutch Excel and LibreOffice. `;` between
//! cells, UTF-8 with a byte order mark, CRLF line ends, dates DD-MM-JJJJ, ja/nee.
//!
//! It is built from [`GmrData`], which holds the register and consent counts per school and
//! purpose: no pupil's name or number can reach these files, because none is ever given to them.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::NaiveDate;

use crate::domain::agreement::{DEFAULT_HORIZON_DAYS, Safeguard};
use crate::domain::breach::{Instant, count_per_year};
use crate::domain::category::Category;
use crate::domain::consent::Tally;
use crate::domain::country::in_eea;
use crate::domain::document::Register;
use crate::domain::request::{self, Request};

/// What the GMR sees: the register and counts, nothing per pupil.
pub struct GmrData {
    pub register: Register,
    /// (school code, purpose id) → number of pupils per consent state.
    pub consent: BTreeMap<(String, String), Tally>,
    /// Requests of parents and pupils: only counted, never shown one by one.
    pub requests: Vec<Request>,
}

const BOM: &[u8] = "\u{feff}".as_bytes();

/// A cell that a spreadsheet would read as a formula gets a leading apostrophe.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_default()
}

fn ja_nee(b: bool) -> String {
    if b { "ja" } else { "nee" }.to_string()
}

fn labels<'a>(categories: impl Iterator<Item = &'a Category>) -> String {
    categories.map(|c| c.label()).collect::<Vec<_>>().join("; ")
}

/// Writes one CSV table: BOM, `;`, CRLF, every cell neutralised.
fn table(out: &mut dyn Write, headers: &[&str], rows: &[Vec<String>]) -> anyhow::Result<()> {
    out.write_all(BOM)?;
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(headers)?;
    for row in rows {
        w.write_record(row.iter().map(|c| neutralise(c)))?;
    }
    w.flush()?;
    Ok(())
}

pub const OVERVIEW_HEADERS: &[&str] = &[
    "Leverancier",
    "KvK",
    "Rol",
    "Convenant",
    "Convenantversie",
    "Producten",
    "Model",
    "Getekend op",
    "Ingangsdatum",
    "Einddatum",
    "Status",
    "Gegevens",
    "Bijzondere gegevens",
    "Opslaglocatie",
    "Subverwerkers",
    "Evaluatie op",
];

/// `verwerkersregister.csv`: one row per agreement; a supplier without one gets a row too.
pub fn overview(out: &mut dyn Write, data: &GmrData, as_of: NaiveDate) -> anyhow::Result<()> {
    let mut rows = Vec::new();
    for (s, agreements) in &data.register.suppliers {
        let supplier = vec![
            s.name.clone(),
            s.kvk.clone().unwrap_or_default(),
            s.role.label().to_string(),
            s.convenant.label().to_string(),
            s.convenant_version
                .map(|v| v.code().to_string())
                .unwrap_or_default(),
        ];
        if agreements.is_empty() {
            let mut row = supplier.clone();
            row.extend([
                "".into(),
                "".into(),
                "".into(),
                "".into(),
                "".into(),
                "geen verwerkersovereenkomst".into(),
            ]);
            row.extend(std::iter::repeat_n(String::new(), 5));
            rows.push(row);
        }
        for full in agreements {
            let a = &full.agreement;
            let (sensitive, ordinary): (Vec<&Category>, Vec<&Category>) = full
                .scope
                .iter()
                .map(|e| &e.category)
                .partition(|c| c.special() || c.national_id());
            let outside: Vec<&str> = a
                .storage_countries
                .iter()
                .filter(|c| !in_eea(c))
                .map(String::as_str)
                .collect();
            let mut storage = a.storage_countries.join("; ");
            if !outside.is_empty() {
                let safeguard = a.transfer_safeguard.unwrap_or(Safeguard::None).label();
                storage.push_str(&format!(
                    " (buiten de EER: {}; waarborg: {safeguard})",
                    outside.join(", ")
                ));
            }
            let subs = full
                .subprocessors
                .iter()
                .map(|s| format!("{} ({})", s.name, s.country))
                .collect::<Vec<_>>()
                .join("; ");
            let mut row = supplier.clone();
            row.extend([
                a.products.join("; "),
                a.model.label().to_string(),
                date(a.signed_on),
                date(a.starts_on),
                date(a.ends_on()),
                a.status(as_of, DEFAULT_HORIZON_DAYS).label().to_string(),
                labels(ordinary.into_iter()),
                labels(sensitive.into_iter()),
                storage,
                subs,
                date(a.review_on),
            ]);
            rows.push(row);
        }
    }
    table(out, OVERVIEW_HEADERS, &rows)
}

pub const PARTY_HEADERS: &[&str] = &[
    "Partij",
    "Soort",
    "Grondslag",
    "Wet",
    "Gegevens",
    "In privacyreglement",
];

/// `externe-partijen.csv`.
pub fn parties(out: &mut dyn Write, data: &GmrData) -> anyhow::Result<()> {
    let rows: Vec<Vec<String>> = data
        .register
        .parties
        .iter()
        .map(|p| {
            vec![
                p.name.clone(),
                p.kind.label().to_string(),
                p.basis.label().to_string(),
                p.law.clone().unwrap_or_default(),
                labels(p.categories.iter()),
                ja_nee(p.in_privacy_regulation),
            ]
        })
        .collect();
    table(out, PARTY_HEADERS, &rows)
}

pub const CONSENT_HEADERS: &[&str] = &[
    "School",
    "Doel",
    "Toestemming",
    "Toestemming in een vorm die niet telt",
    "Geen toestemming",
    "Ingetrokken",
    "Ouders oneens",
    "Onbekend",
];

/// `toestemmingen.csv`: per school and purpose in use, how many pupils are in each state. A grant
/// in a form the purpose does not accept, and a grant one parent gives while the other refuses,
/// are counted apart: neither is consent.
pub fn consent(out: &mut dyn Write, data: &GmrData) -> anyhow::Result<()> {
    let school_name = |code: &str| -> String {
        data.register
            .schools
            .iter()
            .find(|s| s.code() == code)
            .or_else(|| data.register.schools.iter().find(|s| s.brin == code))
            .map_or_else(
                || {
                    if code.is_empty() {
                        "(geen school vastgelegd)".to_string()
                    } else {
                        code.to_string()
                    }
                },
                // Pupils registered with a BRIN alone keep that BRIN as their school.
                |s| format!("{} ({code})", s.name),
            )
    };
    let purpose_name = |id: &str| -> String {
        data.register
            .purposes
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    };
    let rows: Vec<Vec<String>> = data
        .consent
        .iter()
        .map(|((school, purpose), counts)| {
            vec![
                school_name(school),
                purpose_name(purpose),
                counts.granted.to_string(),
                counts.granted_not_counting.to_string(),
                counts.refused.to_string(),
                counts.withdrawn.to_string(),
                counts.disputed.to_string(),
                counts.unknown.to_string(),
            ]
        })
        .collect();
    table(out, CONSENT_HEADERS, &rows)
}

pub const BREACH_HEADERS: &[&str] = &[
    "Jaar",
    "Datalekken",
    "Gemeld bij de AP",
    "Niet gemeld",
    "Te laat gemeld (na 72 uur)",
    "Betrokkenen geïnformeerd",
    "Nog open",
];

/// `datalekken.csv`: per calendar year of discovery, how many breaches, reported to the AP or
/// not, and how many late, as of `now`. Counts only: no titles, no descriptions, no people.
pub fn breaches(out: &mut dyn Write, data: &GmrData, now: Instant) -> anyhow::Result<()> {
    let rows: Vec<Vec<String>> = count_per_year(&data.register.breaches, now)
        .into_iter()
        .map(|(year, c)| {
            vec![
                year.to_string(),
                c.total.to_string(),
                c.reported.to_string(),
                c.not_reported.to_string(),
                c.late.to_string(),
                c.subjects_notified.to_string(),
                c.open.to_string(),
            ]
        })
        .collect();
    table(out, BREACH_HEADERS, &rows)
}

pub const REQUEST_HEADERS: &[&str] = &[
    "Jaar",
    "Soort verzoek",
    "Ontvangen",
    "Op tijd beantwoord",
    "Te laat (na de termijn beantwoord of nog open)",
    "Nog open binnen de termijn",
];

/// `verzoeken.csv`: per calendar year of receipt and kind of request, as of `as_of`: how many
/// were received, answered on time, late (answered after the due date, or still open past it),
/// and still open within their term. Counts only: no pupils, no requesters, no notes.
pub fn requests(out: &mut dyn Write, data: &GmrData, as_of: NaiveDate) -> anyhow::Result<()> {
    let rows: Vec<Vec<String>> = request::count_per_year(&data.requests, as_of)
        .into_iter()
        .map(|((year, kind), c)| {
            vec![
                year.to_string(),
                kind.label().to_string(),
                c.received.to_string(),
                c.on_time.to_string(),
                c.late.to_string(),
                c.open.to_string(),
            ]
        })
        .collect();
    table(out, REQUEST_HEADERS, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for bad in ["=SUM(A1)", "+31 6", "-1", "@cmd", "\tx", "\rx"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralise("Gynzy"), "Gynzy");
        assert_eq!(neutralise(""), "");
        assert_eq!(neutralise("12-08-2024"), "12-08-2024");
    }

    #[test]
    fn dates_are_dutch() {
        assert_eq!(date(Some("2024-08-01".parse().unwrap())), "01-08-2024");
        assert_eq!(date(None), "");
    }
}
