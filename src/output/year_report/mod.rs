//! The privacy year report as a document: Markdown for the bestuursverslag, one self-contained
//! HTML page with inline SVG charts for A4 (no scripts, no external references, system fonts),
//! and JSON with the figures. Counts of pupils from 1 below the threshold are written `<N`.

mod blocks;
mod charts;

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use super::gmr::consent_counts;
use crate::domain::consent::{AppliesTo, Tally};
use crate::domain::supplier::Convenant;
use crate::domain::year_report::{PurposeCoverage, YearReport, coverage_percent};
use crate::output::document;
use blocks::blocks;

fn date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// The word that goes with a count: `one` for exactly one ("is", "kwam", "overeenkomst").
fn one_or_more<'a>(n: u64, one: &'a str, more: &'a str) -> &'a str {
    if n == 1 { one } else { more }
}

/// "1 overeenkomst", "3 overeenkomsten"; "1 is", "3 zijn".
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", one_or_more(n, one, many))
}

fn period_text(r: &YearReport) -> String {
    if r.complete {
        format!(
            "kalenderjaar {} ({} tot en met {})",
            r.year,
            date(r.from),
            date(r.to)
        )
    } else {
        format!(
            "{} tot en met {} (het jaar loopt nog: de cijfers zijn voorlopig)",
            date(r.from),
            date(r.to)
        )
    }
}

fn convenant_label(c: Convenant) -> &'static str {
    match c {
        Convenant::Participant => "deelnemer",
        Convenant::Supporter => "medestander",
        Convenant::None => "geen deelnemer of medestander",
        Convenant::Unknown => "status onbekend",
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn severity_label(code: &str) -> String {
    match code {
        "error" => "fout",
        "warning" => "waarschuwing",
        "info" => "informatie",
        other => other,
    }
    .to_string()
}

/// Why a row shows no coverage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NoCoverage {
    /// The purpose is asked only of the pupils it concerns (a speech therapist's): there no
    /// decision is normal, and a coverage would call it a gap.
    AskedWhereNeeded,
    NoPupils,
    /// A percentage would give back a count below the threshold (one the row hides, or one
    /// the share itself would tell).
    SmallCount,
}

/// The coverage of a row, or why it shows none.
fn shown_coverage(
    p: &PurposeCoverage,
    t: &Tally,
    shown: &[String; 4],
    min: u64,
) -> Result<u64, NoCoverage> {
    if p.applies_to != AppliesTo::All {
        Err(NoCoverage::AskedWhereNeeded)
    } else if t.pupils() == 0 {
        Err(NoCoverage::NoPupils)
    } else if shown.iter().any(|cell| cell.parse::<u64>().is_err()) {
        Err(NoCoverage::SmallCount)
    } else {
        coverage_percent(t, min).ok_or(NoCoverage::SmallCount)
    }
}

/// The board's row and each school's row of one purpose, as shown: decided with the GMR
/// file's counts (`output::gmr::consent_counts`), which the same readers have.
pub(super) fn shown_rows(p: &PurposeCoverage, min: u64) -> ([String; 4], Vec<[String; 4]>) {
    let rows: Vec<[u64; 6]> = p.schools.iter().map(|(_, _, t)| t.counts()).collect();
    let shown = consent_counts(&rows, min);
    (shown.board, shown.schools)
}

fn consent_row(p: &PurposeCoverage, t: &Tally, shown: &[String; 4], min: u64) -> Vec<String> {
    let mut row = vec![p.name.clone()];
    row.extend(shown.iter().cloned());
    if p.applies_to != AppliesTo::All {
        // Asked only where needed: "unknown" is no gap to show.
        row[4] = "–".to_string();
    }
    row.push(
        shown_coverage(p, t, shown, min).map_or_else(|_| "–".to_string(), |p| format!("{p}%")),
    );
    row
}

fn title(r: &YearReport) -> String {
    format!(
        "Privacyjaarverslag {} — {}",
        r.year,
        r.board.as_deref().unwrap_or("schoolbestuur")
    )
}

/// The paragraph for the bestuursverslag, tables included, written as it is made.
pub fn markdown(out: &mut dyn Write, r: &YearReport, min: u64) -> io::Result<()> {
    document::markdown(out, blocks(r, min))
}

/// Print styles of the report: those of every document, with figures aligned right and the
/// charts kept whole.
fn style() -> String {
    format!(
        "{}
td.n {{ text-align: right; white-space: nowrap; }}
th {{ overflow-wrap: normal; }}
figure {{ margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }}
figure svg {{ display: block; max-width: 100%; height: auto; }}
figcaption {{ font-size: 8.5pt; color: #333; margin-top: 1mm; }}",
        document::STYLE
    )
}

/// The report as one self-contained HTML page: inline styles and SVG, nothing fetched; written
/// as it is made.
pub fn html(out: &mut dyn Write, r: &YearReport, min: u64) -> io::Result<()> {
    document::html(
        out,
        &title(r),
        &style(),
        blocks(r, min),
        &format!(
            "Opgesteld uit het verwerkersregister, peildatum {}.",
            date(r.to)
        ),
    )
}

#[derive(Serialize)]
struct ConsentView<'a> {
    purpose: &'a str,
    name: &'a str,
    /// `all` (every pupil is asked) or `some` (only pupils it concerns: no coverage).
    applies_to: &'static str,
    school: Option<&'a str>,
    school_name: Option<&'a str>,
    pupils: Value,
    granted: Value,
    not_granted: Value,
    unknown: Value,
    coverage_percent: Option<u64>,
}

fn consent_view<'a>(
    p: &'a PurposeCoverage,
    school: Option<(&'a str, &'a str)>,
    t: &Tally,
    shown: &[String; 4],
    min: u64,
) -> ConsentView<'a> {
    ConsentView {
        purpose: &p.purpose,
        name: &p.name,
        applies_to: p.applies_to.code(),
        school: school.map(|s| s.0),
        school_name: school.map(|s| s.1),
        pupils: shown_count(&shown[0]),
        granted: shown_count(&shown[1]),
        not_granted: shown_count(&shown[2]),
        unknown: shown_count(&shown[3]),
        coverage_percent: shown_coverage(p, t, shown, min).ok(),
    }
}

/// A count as shown, in JSON: the number, or the string that hides it (`<5`, `*`).
fn shown_count(shown: &str) -> Value {
    match shown.parse::<u64>() {
        Ok(n) => Value::from(n),
        Err(_) => Value::from(shown),
    }
}

/// The figures behind the documents, as one JSON object: the report's fields, `min_count`, and
/// `consent`, a row for the board and one per school for each purpose. Counts of pupils are
/// numbers, or the string `<N` or `*` when they are hidden. Serialised as it is written: the document
/// never stands in memory whole, and a purpose's rows are made when it is its turn.
#[derive(Serialize)]
pub struct Json<'a> {
    #[serde(flatten)]
    report: &'a YearReport,
    min_count: u64,
    consent: ConsentRows<'a>,
}

impl<'a> Json<'a> {
    pub fn new(report: &'a YearReport, min_count: u64) -> Json<'a> {
        Json {
            report,
            min_count,
            consent: ConsentRows { report, min_count },
        }
    }
}

struct ConsentRows<'a> {
    report: &'a YearReport,
    min_count: u64,
}

impl Serialize for ConsentRows<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let min = self.min_count;
        let mut seq = serializer.serialize_seq(None)?;
        for p in &self.report.consent {
            let (board, schools) = shown_rows(p, min);
            seq.serialize_element(&consent_view(p, None, &p.board, &board, min))?;
            for ((code, name, t), shown) in p.schools.iter().zip(&schools) {
                let school = Some((code.as_str(), name.as_str()));
                seq.serialize_element(&consent_view(p, school, t, shown, min))?;
            }
        }
        seq.end()
    }
}
