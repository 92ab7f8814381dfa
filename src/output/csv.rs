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
    if style.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(style.delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(headers.iter().map(|h| neutralise(h).into_owned()))?;
    for row in rows {
        w.write_record(row.into_iter().map(|c| neutralise(c.as_ref()).into_owned()))?;
    }
    w.flush()?;
    Ok(())
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
