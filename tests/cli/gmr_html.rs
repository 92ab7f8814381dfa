//! `vreg export gmr --format html`: the GMR tables as one printable document, with the same
//! columns and rows as the CSV files.

use std::path::Path;

use crate::common::{TestEnv, write};

/// The example board, pupils at two schools (small counts), a breach, a request, and suppliers
/// whose names a spreadsheet or a browser would run.
fn env() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let csv = env.path("pupils.csv");
    write(
        &csv,
        "leerlingnummer;naam;groep;brin;photo-internal;photo-website\n\
         987654;Xanthippe Zonnebloem;5B;12AB00;ja;nee\n\
         987655;Quirijn Ypma;5B;12AB00;nee;\n\
         987656;Ruud Tak;7;34CD00;;\n",
    );
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    env.ok(&[
        "supplier",
        "add",
        "=HYPERLINK(\"http://evil.example\")",
        "--id",
        "evil",
    ]);
    env.ok(&[
        "supplier",
        "add",
        "<script>alert(1)</script> & Co",
        "--id",
        "xss",
    ]);
    env.ok(&[
        "agreement",
        "add",
        "xss",
        "--signed-on",
        "2025-03-01",
        "--product=-2+3",
    ]);
    env.ok(&[
        "request",
        "add",
        "access",
        "--pupil",
        "987654",
        "--by",
        "parent",
        "--received",
        "2026-10-01",
    ]);
    env
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A GMR CSV file's header and rows, without the trailing Bestuur and Peildatum, with the
/// apostrophe that neutralises a formula taken off again.
fn csv_table(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = std::fs::read(path).unwrap();
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(body);
    let mut records: Vec<Vec<String>> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let cells: Vec<String> = r.iter().map(String::from).collect();
            cells[..cells.len() - 2]
                .iter()
                .map(|c| match c.strip_prefix('\'') {
                    Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
                    _ => c.clone(),
                })
                .collect()
        })
        .collect();
    let headers = records.remove(0);
    (headers, records)
}

/// Runs `export gmr` with `args` as CSV files and as HTML, and checks that the document holds
/// every column (in a header cell and explained) and every cell of every row of every file.
fn same_as_csv(env: &TestEnv, args: &[&str]) -> String {
    let dir = env.path("gmr");
    let _ = std::fs::remove_dir_all(&dir);
    let mut csv_args = vec!["export", "gmr", "--out-dir", dir.to_str().unwrap()];
    csv_args.extend(args);
    env.ok(&csv_args);
    let mut html_args = vec!["export", "gmr", "--format", "html"];
    html_args.extend(args);
    let html = env.ok(&html_args);
    for file in [
        "verwerkersregister.csv",
        "externe-partijen.csv",
        "toestemmingen.csv",
        "datalekken.csv",
        "verzoeken.csv",
    ] {
        assert!(html.contains(&format!("<em>({file})</em>")), "no {file}");
        let (headers, rows) = csv_table(&dir.join(file));
        for h in &headers {
            assert!(
                html.contains(&format!("<th>{}</th>", escape(h))),
                "{file}: no column {h}"
            );
            assert!(
                html.contains(&format!("<dt>{}:</dt> <dd>", escape(h))),
                "{file}: column {h} is not explained"
            );
        }
        if rows.is_empty() {
            continue;
        }
        let plain = html.replace(" class=\"n\"", "");
        for row in &rows {
            assert_eq!(row.len(), headers.len());
            // A table narrow enough for the page holds the row as it is, cell for cell.
            if headers.len() <= 10 {
                let cells: String = row
                    .iter()
                    .map(|c| format!("<td>{}</td>", escape(c)))
                    .collect();
                assert!(
                    plain.contains(&format!("<tr>{cells}</tr>")),
                    "{file}: the row {row:?} is not in the document"
                );
            }
            for cell in row.iter().filter(|c| !c.is_empty()) {
                let escaped = escape(cell);
                assert!(
                    html.contains(&format!(">{escaped}</td>")),
                    "{file}: the cell {cell:?} is not in the document"
                );
            }
        }
    }
    html
}

#[test]
fn the_document_has_every_column_and_row_of_the_csv_files_and_nothing_fetched() {
    let env = env();
    let html = same_as_csv(&env, &[]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assert!(html.trim_end().ends_with("</html>"));
    assert!(html.contains("@page { size: A4 landscape;"));
    assert!(html.contains("default-src 'none'"));
    assert!(html.contains("<h1>Verwerkersregister voor de GMR</h1>"));
    assert!(html.contains(
        "<p class=\"sub\">Stichting Openbaar Primair Onderwijs De Waterlanden · peildatum 28-11-2026</p>"
    ));
    // The running head of every printed page, as a CSS string that no name can end.
    assert!(html.contains(
        "@top-left { content: \"Stichting Openbaar Primair Onderwijs De Waterlanden \\b7  Verwerkersregister voor de GMR"
    ));
    let lower = html.to_lowercase();
    for fetched in [
        "<script", "src=", "href=", "url(", "@import", "<link", "<img",
    ] {
        assert!(!lower.contains(fetched), "the document has {fetched}");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
    // The overview's 22 columns in three parts that each repeat the number and the supplier.
    assert_eq!(html.matches("<h3>Deel ").count(), 3);
    assert!(html.contains("<h3>Deel 1 van 3: KvK tot en met Getekend op</h3>"));
    assert_eq!(html.matches("<th>Nr.</th><th>Leverancier</th>").count(), 3);
    // Small counts hidden as in the CSV, and no pupil.
    assert!(html.contains("<td class=\"n\">&lt;5</td>"));
    for secret in ["Xanthippe", "Zonnebloem", "Quirijn", "Ruud", "987654"] {
        assert!(!html.contains(secret), "the document names {secret}");
    }
    // No breaches: the columns all the same, and a line that says so.
    assert!(
        html.contains("<tr><td colspan=\"7\">Op de peildatum is hier niets vastgelegd.</td></tr>")
    );
}

#[test]
fn per_school_and_with_min_count_as_the_csv_files() {
    let env = env();
    let html = same_as_csv(&env, &["--school", "34CD00", "--min-count", "1"]);
    assert!(html.contains("<h1>Verwerkersregister voor de MR van OBS Het Kompas (34CD00)</h1>"));
    assert!(html.contains("Het gaat alleen over deze school"));
    assert!(!html.contains("OBS De Regenboog (12AB00)"));
    assert!(!html.contains("&lt;5"));
    let html = same_as_csv(&env, &["--as-of", "2025-06-01", "--min-count", "3"]);
    assert!(html.contains("peildatum 01-06-2025"));
}

#[test]
fn out_writes_the_document_whole_and_other_formats_are_refused() {
    let env = env();
    let path = env.path("gmr.html");
    let out = env
        .cmd()
        .args(["export", "gmr", "--format", "html", "--out"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        env.ok(&["export", "gmr", "--format", "html"])
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // CSV stays the default, and --format csv is the same.
    assert_eq!(
        env.ok(&["export", "gmr"]),
        env.ok(&["export", "gmr", "--format", "csv"])
    );
    for format in ["md", "ics"] {
        assert_eq!(
            env.refused(&["export", "gmr", "--format", format]),
            format!("error: export gmr writes csv (the default) or html; not {format}")
        );
    }
    // Asked for JSON, the refusal is JSON too.
    let err: serde_json::Value =
        serde_json::from_str(&env.refused(&["export", "gmr", "--format", "json"])).unwrap();
    assert_eq!(
        err["error"]["message"],
        "export gmr writes csv (the default) or html; not json"
    );
    let dir = env.path("gmr");
    let err = env.refused(&[
        "export",
        "gmr",
        "--format",
        "html",
        "--out-dir",
        dir.to_str().unwrap(),
    ]);
    assert!(
        err.contains("--out-dir writes the GMR's CSV files"),
        "{err}"
    );
    assert!(!dir.exists());
    let missing = env.path("nergens/gmr.html");
    env.fails(&[
        "export",
        "gmr",
        "--format",
        "html",
        "--out",
        missing.to_str().unwrap(),
    ]);
    assert!(!missing.exists());
}
