//! The one CSV writer: every `--format csv` list and the GMR files go through it.
//!
//! Records end with CRLF (RFC 4180). A cell that a spreadsheet would read as a formula (it
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so that
//! `=HYPERLINK(...)` in a supplier's name stays text when the file is opened in Excel.

use std::io::Write;

/// How a CSV file is laid out besides its cells.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub delimiter: u8,
    /// A UTF-8 byte order mark first, for Dutch Excel.
    pub bom: bool,
}

/// RFC 4180: comma, no byte order mark.
pub const STANDARD: Style = Style {
    delimiter: b',',
    bom: false,
};

/// Whether a spreadsheet would read a cell starting with `c` as a formula.
fn formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// A cell that a spreadsheet would read as a formula gets a leading apostrophe. So does a
/// cell that already starts with an apostrophe before such a character, or before another
/// apostrophe: then a reader who strips one apostrophe where one stands before either gets
/// every value back (`'=x` and `=x` stay two values), and `'s-Hertogenbosch` stays as it is.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = cell.chars();
    let guard = match (chars.next(), chars.next()) {
        (Some(c), _) if formula_start(c) => true,
        (Some('\''), Some(next)) => next == '\'' || formula_start(next),
        _ => false,
    };
    match guard {
        true => format!("'{cell}").into(),
        false => cell.into(),
    }
}

/// A CSV document being written a record at a time: memory does not grow with the rows.
pub struct Writer<W: Write> {
    inner: ::csv::Writer<W>,
}

impl<W: Write> Writer<W> {
    /// Starts a document: the byte order mark when the style asks for one, then the header row.
    pub fn start(mut out: W, style: Style, headers: &[&str]) -> anyhow::Result<Self> {
        if style.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut inner = ::csv::WriterBuilder::new()
            .delimiter(style.delimiter)
            .terminator(::csv::Terminator::CRLF)
            .from_writer(out);
        inner.write_record(headers.iter().map(|h| neutralise(h).into_owned()))?;
        Ok(Writer { inner })
    }

    /// One record, every cell neutralised.
    pub fn record<C: AsRef<str>>(
        &mut self,
        cells: impl IntoIterator<Item = C>,
    ) -> anyhow::Result<()> {
        self.inner.write_record(
            cells
                .into_iter()
                .map(|c| neutralise(c.as_ref()).into_owned()),
        )?;
        Ok(())
    }

    pub fn finish(mut self) -> anyhow::Result<()> {
        self.inner.flush()?;
        Ok(())
    }
}

/// Writes a header row and the rows, every cell neutralised.
pub fn write<R, C>(
    out: &mut dyn Write,
    style: Style,
    headers: &[&str],
    rows: impl IntoIterator<Item = R>,
) -> anyhow::Result<()>
where
    R: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut w = Writer::start(out, style, headers)?;
    for row in rows {
        w.record(row)?;
    }
    w.finish()
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
        assert_eq!(neutralise("'s-Hertogenbosch"), "'s-Hertogenbosch");
        assert_eq!(neutralise("'"), "'");
    }

    /// `=x` and `'=x` were both written `'=x`: a reader could not tell them apart. Stripping
    /// one apostrophe where one stands before a formula character or another apostrophe now
    /// gives every value back.
    #[test]
    fn every_value_comes_back_by_the_documented_rule() {
        let read_back = |cell: &str| -> String {
            let mut chars = cell.chars();
            match (chars.next(), chars.next()) {
                (Some('\''), Some(next)) if next == '\'' || formula_start(next) => {
                    cell[1..].to_string()
                }
                _ => cell.to_string(),
            }
        };
        let values = [
            "=x",
            "'=x",
            "''=x",
            "'",
            "''",
            "'''",
            "'s-Hertogenbosch",
            "''s",
            "-1",
            "'-1",
            "a'",
            "",
            "@",
            "'@",
            "\t",
            "'\t",
        ];
        let written: Vec<String> = values.iter().map(|v| neutralise(v).into_owned()).collect();
        for (value, cell) in values.iter().zip(&written) {
            assert_eq!(read_back(cell), *value, "{cell:?}");
            assert!(!cell.starts_with(formula_start), "{cell:?}");
        }
        let distinct: std::collections::BTreeSet<&String> = written.iter().collect();
        assert_eq!(distinct.len(), values.len());
    }
}
