//! The GMR export: Dutch CSV that opens cleanly in Dutch Excel and LibreOffice. `;` between
//! cells, UTF-8 with a byte order mark, CRLF line ends, dates DD-MM-JJJJ, ja/nee.
//!
//! It is built from [`GmrData`], which holds the register and consent counts per school and
//! purpose: no pupil's name or number can reach these files, because none is ever given to them.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::NaiveDate;

use super::csv;
use crate::domain::agreement::{DEFAULT_HORIZON_DAYS, Safeguard};
use crate::domain::category::Category;
use crate::domain::consent::Tally;
use crate::domain::country::in_eea;
use crate::domain::document::Register;

/// What the GMR sees: the register and counts, nothing per pupil.
pub struct GmrData {
    pub register: Register,
    /// (school code, purpose id) → number of pupils per consent state.
    pub consent: BTreeMap<(String, String), Tally>,
}

/// `;` and a byte order mark: what Dutch Excel and LibreOffice open without asking.
const DUTCH: csv::Style = csv::Style {
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

fn labels<'a>(categories: impl Iterator<Item = &'a Category>) -> String {
    categories.map(|c| c.label()).collect::<Vec<_>>().join("; ")
}

/// Writes one CSV table: BOM, `;`, CRLF, every cell neutralised.
fn table(out: &mut dyn Write, headers: &[&str], rows: &[Vec<String>]) -> anyhow::Result<()> {
    csv::write(out, DUTCH, headers, rows)
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
    "Toestemming niet schriftelijk (telt niet)",
    "Geen toestemming",
    "Ingetrokken",
    "Onbekend",
];

/// `toestemmingen.csv`: per school and purpose, how many pupils are in each state. A grant for a
/// purpose that needs written consent, given otherwise, is counted apart: it is no consent.
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
                counts.granted_unwritten.to_string(),
                counts.refused.to_string(),
                counts.withdrawn.to_string(),
                counts.unknown.to_string(),
            ]
        })
        .collect();
    table(out, CONSENT_HEADERS, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_dutch() {
        assert_eq!(date(Some("2024-08-01".parse().unwrap())), "01-08-2024");
        assert_eq!(date(None), "");
    }
}
