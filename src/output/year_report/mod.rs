//! The privacy year report as a document: Markdown for the bestuursverslag, one self-contained
//! HTML page with inline SVG charts for A4 (no scripts, no external references, system fonts),
//! and JSON with the figures. Counts of pupils from 1 below the threshold are written `<N`.

mod blocks;
mod charts;

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use super::gmr::small_count;
use crate::domain::consent::Tally;
use crate::domain::supplier::Convenant;
use crate::domain::year_report::{PurposeCoverage, YearReport, coverage_percent};
use crate::output::access::escape;
use blocks::blocks;

fn date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// "1 overeenkomst", "3 overeenkomsten".
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A block of the document, printed by both the Markdown and the HTML printer.
enum Block {
    Heading(String),
    Para(String),
    Table(Vec<&'static str>, Vec<Vec<String>>),
    List(Vec<String>),
    /// An SVG drawing (HTML only) with its caption.
    Chart(String, String),
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

fn not_granted(t: &Tally) -> u64 {
    t.granted_not_counting + t.refused + t.withdrawn + t.disputed
}

/// A tally's four counts: pupils, granted, not granted, unknown.
fn counts(t: &Tally) -> [u64; 4] {
    [t.pupils(), t.granted, not_granted(t), t.unknown]
}

/// Counts as shown. A count from 1 to `min - 1` is hidden (`<min`). So that no hidden count can
/// be worked out from the others, a row never hides just one of its four counts (the parts add
/// up to the pupils), and with `columns_add_up` (the schools of one purpose, which add up to the
/// board) a column never hides just one of its counts: the smallest count beside it is hidden
/// too (`*`), until neither holds.
pub(super) fn suppressed(rows: &[[u64; 4]], min: u64, columns_add_up: bool) -> Vec<[String; 4]> {
    let mut hidden: Vec<[bool; 4]> = rows
        .iter()
        .map(|row| row.map(|n| n > 0 && n < min))
        .collect();
    let mut extra: Vec<[bool; 4]> = vec![[false; 4]; rows.len()];
    // Hides the smallest shown count among `cells`: a non-zero one where there is one.
    let hide_one =
        |hidden: &mut Vec<[bool; 4]>, extra: &mut Vec<[bool; 4]>, cells: Vec<(usize, usize)>| {
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
    loop {
        let mut changed = false;
        for r in 0..rows.len() {
            if hidden[r].iter().filter(|h| **h).count() == 1 {
                changed |= hide_one(&mut hidden, &mut extra, (0..4).map(|c| (r, c)).collect());
            }
        }
        if columns_add_up && rows.len() > 1 {
            for c in 0..4 {
                if hidden.iter().filter(|row| row[c]).count() == 1 {
                    changed |= hide_one(
                        &mut hidden,
                        &mut extra,
                        (0..rows.len()).map(|r| (r, c)).collect(),
                    );
                }
            }
        }
        if !changed {
            break;
        }
    }
    rows.iter()
        .enumerate()
        .map(|(r, row)| {
            std::array::from_fn(|c| match (extra[r][c], hidden[r][c]) {
                (true, _) => "*".to_string(),
                (false, true) => small_count(row[c], min),
                (false, false) => row[c].to_string(),
            })
        })
        .collect()
}

/// The coverage of a row, unless the row hides a count: a percentage beside hidden counts
/// would give them back.
fn shown_coverage(t: &Tally, shown: &[String; 4], min: u64) -> Option<u64> {
    match shown.iter().any(|cell| cell.parse::<u64>().is_err()) {
        true => None,
        false => coverage_percent(t, min),
    }
}

/// The board's row and each school's row of one purpose, as shown.
pub(super) fn shown_rows(p: &PurposeCoverage, min: u64) -> ([String; 4], Vec<[String; 4]>) {
    let board = suppressed(&[counts(&p.board)], min, false).remove(0);
    let schools: Vec<[u64; 4]> = p.schools.iter().map(|(_, _, t)| counts(t)).collect();
    (board, suppressed(&schools, min, true))
}

fn consent_row(name: &str, t: &Tally, shown: &[String; 4], min: u64) -> Vec<String> {
    let mut row = vec![name.to_string()];
    row.extend(shown.iter().cloned());
    row.push(shown_coverage(t, shown, min).map_or_else(|| "–".to_string(), |p| format!("{p}%")));
    row
}

// ------------------------------------------------------------------ charts

fn title(r: &YearReport) -> String {
    format!(
        "Privacyjaarverslag {} — {}",
        r.year,
        r.board.as_deref().unwrap_or("schoolbestuur")
    )
}

/// The paragraph for the bestuursverslag, tables included.
pub fn markdown(r: &YearReport, min: u64) -> String {
    let mut out = format!("# {}\n\n", md_text(&title(r)));
    for block in blocks(r, min) {
        match block {
            Block::Heading(t) => {
                let _ = write!(out, "## {}\n\n", md_text(&t));
            }
            Block::Para(t) => {
                let _ = write!(out, "{}\n\n", md_text(&t));
            }
            Block::List(items) => {
                for i in items {
                    let _ = writeln!(out, "- {}", md_text(&i));
                }
                out.push('\n');
            }
            Block::Table(headers, rows) => {
                let _ = writeln!(out, "| {} |", headers.join(" | "));
                let _ = writeln!(
                    out,
                    "|{}",
                    headers.iter().map(|_| "---|").collect::<String>()
                );
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
                out.push('\n');
            }
            Block::Chart(_, _) => {}
        }
    }
    out
}

/// Text from the register in Markdown: characters that would start markup are escaped.
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '#' | '|') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

fn md_cell(text: &str) -> String {
    md_text(text)
}

/// Print styles: A4, charts and table rows kept whole, headings kept with what follows.
const STYLE: &str = "@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #000; max-width: 178mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 0.4pt solid #555; break-after: avoid; page-break-after: avoid; }
p, ul { margin: 0 0 2.5mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; font-size: 9pt; }
th, td { border: 0.4pt solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.n { text-align: right; white-space: nowrap; }
th { background: #eee; overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #333; margin-top: 1mm; }
footer { margin-top: 6mm; font-size: 8pt; color: #444; }";

/// A cell that holds a figure: a count, `<5`, a percentage or a dash.
pub(super) fn is_figure(cell: &str) -> bool {
    let core = cell.trim_start_matches('<').trim_end_matches('%');
    cell == "–" || (!core.is_empty() && core.bytes().all(|b| b.is_ascii_digit()))
}

/// The report as one self-contained HTML page: inline styles and SVG, nothing fetched.
pub fn html(r: &YearReport, min: u64) -> String {
    let mut body = format!("<h1>{}</h1>\n", escape(&title(r)));
    for block in blocks(r, min) {
        match block {
            Block::Heading(t) => {
                let _ = writeln!(body, "<h2>{}</h2>", escape(&t));
            }
            Block::Para(t) => {
                let _ = writeln!(body, "<p>{}</p>", escape(&t));
            }
            Block::List(items) => {
                body.push_str("<ul>\n");
                for i in items {
                    let _ = writeln!(body, "<li>{}</li>", escape(&i));
                }
                body.push_str("</ul>\n");
            }
            Block::Table(headers, rows) => {
                body.push_str("<table>\n<thead><tr>");
                for h in headers {
                    let _ = write!(body, "<th>{}</th>", escape(h));
                }
                body.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    body.push_str("<tr>");
                    for c in row {
                        let class = if is_figure(&c) { " class=\"n\"" } else { "" };
                        let _ = write!(body, "<td{class}>{}</td>", escape(&c));
                    }
                    body.push_str("</tr>\n");
                }
                body.push_str("</tbody>\n</table>\n");
            }
            Block::Chart(svg, caption) => {
                let _ = writeln!(
                    body,
                    "<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>",
                    escape(&caption)
                );
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n{body}\
         <footer>Opgesteld uit het verwerkersregister, peildatum {}.</footer>\n</body>\n</html>\n",
        escape(&title(r)),
        date(r.to),
    )
}

#[derive(Serialize)]
struct ConsentView {
    purpose: String,
    name: String,
    school: Option<String>,
    school_name: Option<String>,
    pupils: Value,
    granted: Value,
    not_granted: Value,
    unknown: Value,
    coverage_percent: Option<u64>,
}

fn consent_view(
    p: &PurposeCoverage,
    school: Option<(&str, &str)>,
    t: &Tally,
    shown: &[String; 4],
    min: u64,
) -> ConsentView {
    ConsentView {
        purpose: p.purpose.clone(),
        name: p.name.clone(),
        school: school.map(|s| s.0.to_string()),
        school_name: school.map(|s| s.1.to_string()),
        pupils: shown_count(&shown[0]),
        granted: shown_count(&shown[1]),
        not_granted: shown_count(&shown[2]),
        unknown: shown_count(&shown[3]),
        coverage_percent: shown_coverage(t, shown, min),
    }
}

/// A count as shown, in JSON: the number, or the string that hides it (`<5`, `*`).
fn shown_count(shown: &str) -> Value {
    match shown.parse::<u64>() {
        Ok(n) => Value::from(n),
        Err(_) => Value::from(shown),
    }
}

/// The figures behind the documents, as one JSON object. Counts of pupils are numbers, or the
/// string `<N` when they are hidden.
pub fn json(r: &YearReport, min: u64) -> anyhow::Result<String> {
    let mut value = serde_json::to_value(r)?;
    let mut consent = Vec::new();
    for p in &r.consent {
        let (board, schools) = shown_rows(p, min);
        consent.push(consent_view(p, None, &p.board, &board, min));
        for ((code, name, t), shown) in p.schools.iter().zip(&schools) {
            consent.push(consent_view(p, Some((code, name)), t, shown, min));
        }
    }
    if let Value::Object(map) = &mut value {
        map.insert("min_count".into(), Value::from(min));
        map.insert("consent".into(), serde_json::to_value(consent)?);
    }
    Ok(format!("{}\n", serde_json::to_string_pretty(&value)?))
}

#[cfg(test)]
mod tests {
    use super::suppressed;

    fn hidden(cell: &str) -> bool {
        cell.parse::<u64>().is_err()
    }

    #[test]
    fn a_school_count_hidden_alone_in_its_column_takes_another_with_it() {
        // School A has 3 pupils with consent (hidden); with B's 20 and the board's 23 shown, A's
        // 3 would follow. So a second count of the column is hidden, and each row hides two.
        let shown = suppressed(&[[8, 3, 5, 0], [30, 20, 6, 4]], 5, true);
        assert_eq!(shown[0][1], "<5");
        assert!(hidden(&shown[1][1]), "{shown:?}");
        for row in &shown {
            assert_ne!(row.iter().filter(|c| hidden(c)).count(), 1, "{shown:?}");
        }
        for c in 0..4 {
            assert_ne!(
                shown.iter().filter(|r| hidden(&r[c])).count(),
                1,
                "{shown:?}"
            );
        }
    }

    #[test]
    fn a_row_with_one_small_part_hides_a_zero_when_nothing_else_is_left() {
        // 12 pupils, 3 with consent, 9 without: 3 hidden, then 9 (smallest shown non-zero).
        let shown = suppressed(&[[12, 3, 9, 0]], 5, false);
        assert_eq!(shown[0], ["12", "<5", "*", "0"]);
        // Only zeros beside it: the total itself is hidden.
        let shown = suppressed(&[[3, 3, 0, 0]], 5, false);
        assert_eq!(shown[0], ["<5", "<5", "0", "0"]);
    }

    #[test]
    fn no_hidden_count_can_be_worked_out_on_random_tables() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..2000 {
            let schools = 1 + next(4) as usize;
            let rows: Vec<[u64; 4]> = (0..schools)
                .map(|_| {
                    let (g, n, u) = (next(12), next(12), next(12));
                    [g + n + u, g, n, u]
                })
                .collect();
            let shown = suppressed(&rows, 5, true);
            for (row, cells) in rows.iter().zip(&shown) {
                for (n, cell) in row.iter().zip(cells) {
                    if *n > 0 && *n < 5 {
                        assert!(hidden(cell), "{rows:?} {shown:?}");
                    }
                }
                assert_ne!(
                    cells.iter().filter(|c| hidden(c)).count(),
                    1,
                    "{rows:?} {shown:?}"
                );
            }
            if schools > 1 {
                for c in 0..4 {
                    let in_column = shown.iter().filter(|r| hidden(&r[c])).count();
                    assert_ne!(in_column, 1, "{rows:?} {shown:?}");
                }
            }
        }
    }
}
