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

/// A cell that a spreadsheet would read as a formula gets a leading apostrophe.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
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
    }
}
