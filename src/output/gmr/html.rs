//! The GMR tables as one document to print on A4 landscape.

use std::io::{self, Write};

use super::{GmrData, board, date};
use crate::domain::breach::Instant;
use crate::output::document::{escape, foot, head, html_table};

/// At most this many columns side by side on a landscape page. A wider table is printed in
/// parts, each repeating the row number and the first column, so that a row can be followed
/// from one part to the next.
pub(super) const PRINTED_COLUMNS: usize = 10;

/// Text as a CSS string: everything but letters, digits and spaces as a hexadecimal escape, so
/// that no name can end the string or the style sheet.
pub(super) fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// The page: A4 landscape, the style of the other documents with smaller tables, and the board
/// and reference date at the top of every printed page.
pub(super) fn style(running_head: &str) -> String {
    format!(
        "{}
@page {{ size: A4 landscape; margin: 16mm 12mm 16mm 12mm;
  @top-left {{ content: {}; font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 7.5pt; color: #444; }}
  @bottom-right {{ content: \"pagina \" counter(page) \" van \" counter(pages); font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 7.5pt; color: #444; }} }}
body {{ max-width: none; font-size: 9pt; }}
p.sub {{ font-size: 10.5pt; margin-bottom: 4mm; }}
table {{ font-size: 7.5pt; }}
th, td {{ overflow-wrap: break-word; hyphens: auto; }}
td.n {{ text-align: right; white-space: nowrap; }}
h3 {{ font-size: 9.5pt; }}
dl.uitleg {{ column-count: 2; column-gap: 8mm; font-size: 8pt; margin: 0 0 4mm; }}
dl.uitleg div {{ break-inside: avoid; page-break-inside: avoid; margin-bottom: 1mm; }}
dl.uitleg dt {{ font-weight: bold; display: inline; }}
dl.uitleg dd {{ display: inline; margin: 0; }}",
        crate::output::document::STYLE,
        css_string(running_head)
    )
}

/// What a table without rows says.
const NOTHING: &str = "Op de peildatum is hier niets vastgelegd.";

/// The name of the school an export is limited to, as the board calls it.
pub(super) fn school_label(data: &GmrData, school: &str) -> String {
    crate::domain::organisation::find_school(&data.register.schools, school)
        .map_or_else(|| school.to_string(), |s| format!("{} ({school})", s.name))
}

/// The GMR tables as one self-contained HTML document for A4 landscape: no scripts, nothing
/// fetched, the fonts of the system. It holds the rows of the CSV files, with the board and the
/// reference date once at the top (and on every printed page) instead of in every row, and
/// under each table what its columns mean. Each table is made and written in turn: memory
/// holds one table at a time.
pub fn html(
    out: &mut dyn Write,
    data: &GmrData,
    now: Instant,
    school: Option<&str>,
) -> io::Result<()> {
    let board = match board(data) {
        name if name.trim().is_empty() => "het schoolbestuur".to_string(),
        name => name,
    };
    let as_of = date(Some(data.as_of));
    let title = match school {
        Some(code) => format!(
            "Verwerkersregister voor de MR van {}",
            school_label(data, code)
        ),
        None => "Verwerkersregister voor de GMR".to_string(),
    };
    out.write_all(
        head(
            &format!("{title} — {board}"),
            &style(&format!("{board} · {title} · peildatum {as_of}")),
        )
        .as_bytes(),
    )?;
    write!(
        out,
        "<h1>{}</h1>\n<p class=\"sub\">{} · peildatum {}</p>\n",
        escape(&title),
        escape(&board),
        escape(&as_of)
    )?;
    let mut intro = format!(
        "Dit overzicht is opgesteld uit het verwerkersregister van {board} en geeft de stand op \
         {as_of} (de peildatum). Het bevat dezelfde gegevens als de CSV-bestanden van \
         vreg export gmr, zonder gegevens over individuele leerlingen. Onder elke tabel staat \
         wat de kolommen betekenen."
    );
    if school.is_some() {
        intro.push_str(
            " Het gaat alleen over deze school: de overeenkomsten en partijen die voor haar \
             gelden, de toestemmingen van haar leerlingen en de datalekken die haar raakten of \
             geen school noemen. De verzoeken zijn die van het hele bestuur.",
        );
    }
    writeln!(out, "<p>{}</p>", escape(&intro))?;
    for (number, make) in super::TABLES.iter().enumerate() {
        let table = make(data, now);
        writeln!(
            out,
            "<h2>{}. {}</h2>\n<p>{} <em>({})</em></p>",
            number + 1,
            escape(table.title),
            escape(&table.about),
            escape(table.file)
        )?;
        let headers = table.headers();
        if headers.len() <= PRINTED_COLUMNS {
            html_table(out, &headers, &table.rows, Some(NOTHING))?;
        } else {
            // The row number and the first column, then an even share of the others per part.
            let others = headers.len() - 1;
            let parts = others.div_ceil(PRINTED_COLUMNS - 2);
            let per_part = others.div_ceil(parts);
            for part in 0..parts {
                let columns = 1 + part * per_part..(1 + (part + 1) * per_part).min(headers.len());
                writeln!(
                    out,
                    "<h3>Deel {} van {parts}: {} tot en met {}</h3>",
                    part + 1,
                    escape(headers[columns.start]),
                    escape(headers[columns.end - 1])
                )?;
                let mut part_headers = vec!["Nr.", headers[0]];
                part_headers.extend(&headers[columns.clone()]);
                let rows = table.rows.iter().enumerate().map(|(i, row)| {
                    [(i + 1).to_string(), row[0].clone()]
                        .into_iter()
                        .chain(row[columns.clone()].iter().cloned())
                });
                html_table(out, &part_headers, rows, Some(NOTHING))?;
            }
        }
        out.write_all(b"<h3>Wat de kolommen betekenen</h3>\n<dl class=\"uitleg\">\n")?;
        for c in table.columns {
            writeln!(
                out,
                "<div><dt>{}:</dt> <dd>{}</dd></div>",
                escape(c.name),
                escape(c.explains)
            )?;
        }
        out.write_all(b"</dl>\n")?;
    }
    out.write_all(
        foot(&format!(
            "Opgesteld uit het verwerkersregister van {board}, peildatum {as_of}."
        ))
        .as_bytes(),
    )
}
