//! Documents for people rather than scripts: the access answer, the year report, the art. 30
//! register and the GMR's tables. One writer of their Markdown and one of their HTML page, so
//! that every document escapes alike and opens alike: self-contained, nothing fetched, no
//! scripts, printable on A4.

use std::io::{self, Write};

/// Print styles every document starts from: A4 with margins, tables that break between rows,
/// headings kept with what follows them.
pub const STYLE: &str = "@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #000; max-width: 178mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 0.4pt solid #555; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm; break-after: avoid; page-break-after: avoid; }
p, ul { margin: 0 0 2.5mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; font-size: 9pt; }
th, td { border: 0.4pt solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 6mm; font-size: 8pt; color: #444; }";

/// Text as HTML: the five characters that mean something there written as entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Text from the register in Markdown: characters that would start markup are escaped, and a
/// line end, which would end a table row or a list item, is a space. `<` and `>` are escaped
/// too, as HTML output writes them as entities: Markdown passes a tag through as raw HTML
/// (`<script>`), and an autolink (`<https://...>`) is markup as well; so is `&` where it could
/// start a character reference (`&lt;`, `&#60;`). A backslash keeps the text readable where the
/// Markdown is read as it is (the access answer in a terminal).
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let reference = c == '&'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        if reference
            || matches!(
                c,
                '\\' | '*' | '_' | '`' | '[' | ']' | '#' | '|' | '<' | '>'
            )
        {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// A table cell in Markdown: a figure vreg wrote (`<5`) as it is, anything else as text.
fn md_cell(cell: &str) -> String {
    if is_figure(cell) {
        cell.to_string()
    } else {
        md_text(cell)
    }
}

/// A cell that holds a figure: a count, `<5`, a percentage or a dash. Aligned right in HTML.
pub fn is_figure(cell: &str) -> bool {
    let core = cell.trim_start_matches('<').trim_end_matches('%');
    cell == "–" || (!core.is_empty() && core.bytes().all(|b| b.is_ascii_digit()))
}

/// The rows of a table, made as they are written: a table of every school and purpose of a
/// large board never stands in memory whole.
pub type Rows<'a> = Box<dyn Iterator<Item = Vec<String>> + 'a>;

/// A piece of a document, the same in Markdown and in HTML.
pub enum Block<'a> {
    Title(String),
    Heading(String),
    Sub(String),
    Para(String),
    List(Vec<String>),
    Table(Vec<&'static str>, Rows<'a>),
    /// An SVG drawing with its caption: HTML only.
    Chart(String, String),
}

impl<'a> Block<'a> {
    /// A table whose rows are made already.
    pub fn table(headers: Vec<&'static str>, rows: Vec<Vec<String>>) -> Block<'a> {
        Block::Table(headers, Box::new(rows.into_iter()))
    }
}

/// The blocks as Markdown, a blank line between them and one line end at the end.
pub fn markdown<'a>(
    out: &mut dyn Write,
    blocks: impl IntoIterator<Item = Block<'a>>,
) -> io::Result<()> {
    let mut first = true;
    for block in blocks {
        if matches!(block, Block::Chart(..)) {
            continue;
        }
        if !first {
            out.write_all(b"\n")?;
        }
        first = false;
        match block {
            Block::Title(t) => writeln!(out, "# {}", md_text(&t))?,
            Block::Heading(t) => writeln!(out, "## {}", md_text(&t))?,
            Block::Sub(t) => writeln!(out, "### {}", md_text(&t))?,
            Block::Para(t) => writeln!(out, "{}", md_text(&t))?,
            Block::List(items) => {
                for i in items {
                    writeln!(out, "- {}", md_text(&i))?;
                }
            }
            Block::Table(headers, rows) => {
                writeln!(out, "| {} |", headers.join(" | "))?;
                writeln!(out, "|{}", "---|".repeat(headers.len()))?;
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
                    writeln!(out, "| {} |", cells.join(" | "))?;
                }
            }
            Block::Chart(..) => {}
        }
    }
    Ok(())
}

/// The top of an HTML page, up to and with `<body>`: Dutch, UTF-8, and a content security
/// policy that lets nothing be fetched or run, only the inline style.
pub fn head(title: &str, style: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\n{style}\n</style>\n</head>\n<body>\n",
        escape(title)
    )
}

/// The end of an HTML page: the footer line, and the body and page closed.
pub fn foot(footer: &str) -> String {
    format!("<footer>{}</footer>\n</body>\n</html>\n", escape(footer))
}

/// One HTML table: the header row, and the rows with figures aligned right; without rows, a
/// row that says `empty` where one is given.
pub fn html_table<R, C>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl IntoIterator<Item = R>,
    empty: Option<&str>,
) -> io::Result<()>
where
    R: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    out.write_all(b"<table>\n<thead><tr>")?;
    for h in headers {
        write!(out, "<th>{}</th>", escape(h))?;
    }
    out.write_all(b"</tr></thead>\n<tbody>\n")?;
    let mut none = true;
    for row in rows {
        none = false;
        out.write_all(b"<tr>")?;
        for cell in row {
            let cell = cell.as_ref();
            let class = if is_figure(cell) { " class=\"n\"" } else { "" };
            write!(out, "<td{class}>{}</td>", escape(cell))?;
        }
        out.write_all(b"</tr>\n")?;
    }
    if let Some(empty) = empty.filter(|_| none) {
        writeln!(
            out,
            "<tr><td colspan=\"{}\">{}</td></tr>",
            headers.len(),
            escape(empty)
        )?;
    }
    out.write_all(b"</tbody>\n</table>\n")
}

/// The blocks as one self-contained HTML page.
pub fn html<'a>(
    out: &mut dyn Write,
    title: &str,
    style: &str,
    blocks: impl IntoIterator<Item = Block<'a>>,
    footer: &str,
) -> io::Result<()> {
    out.write_all(head(title, style).as_bytes())?;
    for block in blocks {
        match block {
            Block::Title(t) => writeln!(out, "<h1>{}</h1>", escape(&t))?,
            Block::Heading(t) => writeln!(out, "<h2>{}</h2>", escape(&t))?,
            Block::Sub(t) => writeln!(out, "<h3>{}</h3>", escape(&t))?,
            Block::Para(t) => writeln!(out, "<p>{}</p>", escape(&t))?,
            Block::List(items) => {
                out.write_all(b"<ul>\n")?;
                for i in items {
                    writeln!(out, "<li>{}</li>", escape(&i))?;
                }
                out.write_all(b"</ul>\n")?;
            }
            Block::Table(headers, rows) => html_table(out, &headers, rows, None)?,
            Block::Chart(svg, caption) => writeln!(
                out,
                "<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>",
                escape(&caption)
            )?,
        }
    }
    out.write_all(foot(footer).as_bytes())
}

/// A document written to memory, for a caller that wants it as text.
pub fn text(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<String> {
    let mut bytes = Vec::new();
    write(&mut bytes)?;
    String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn markdown_escapes_markup_and_ends_with_one_line_end() {
        let doc = text(|out| {
            markdown(
                out,
                [
                    Block::Title("Inzage *Anne_Marie*".into()),
                    Block::Chart("<svg/>".into(), "left out".into()),
                    Block::List(vec!["a|b".into(), "c\nd".into()]),
                    Block::table(vec!["Doel", "Aantal"], vec![vec!["[x]".into(), "3".into()]]),
                ],
            )
        })
        .unwrap();
        assert_eq!(
            doc,
            "# Inzage \\*Anne\\_Marie\\*\n\n- a\\|b\n- c d\n\n| Doel | Aantal |\n|---|---|\n| \\[x\\] | 3 |\n"
        );
    }

    /// Text from the register never becomes HTML or a link in Markdown; a figure stays as it is.
    #[test]
    fn markdown_passes_no_html_through() {
        let doc = text(|out| {
            markdown(
                out,
                [
                    Block::Para("<script>alert(1)</script> & co &amp; <https://x.example>".into()),
                    Block::table(
                        vec!["Leverancier", "Aantal"],
                        vec![vec!["<img src=x onerror=alert(1)>".into(), "<5".into()]],
                    ),
                ],
            )
        })
        .unwrap();
        assert_eq!(
            doc,
            "\\<script\\>alert(1)\\</script\\> & co \\&amp; \\<https://x.example\\>\n\n\
             | Leverancier | Aantal |\n|---|---|\n| \\<img src=x onerror=alert(1)\\> | <5 |\n"
        );
    }

    #[test]
    fn figures_are_counts_percentages_and_the_dash() {
        for figure in ["0", "12", "<5", "80%", "–"] {
            assert!(is_figure(figure), "{figure}");
        }
        for text in ["", "<", "%", "—", "2 jaar", "01-02-2015", "5a"] {
            assert!(!is_figure(text), "{text}");
        }
    }
}
