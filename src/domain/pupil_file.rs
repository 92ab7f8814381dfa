//! Reading a school administration's pupil export: one row per pupil, consent columns by purpose.
//! Streams: one row at a time, whatever the size of the file.

use std::io::{BufRead, BufReader, Chain, Cursor, Read};

use chrono::NaiveDate;

use super::columns::{Column, plan};
use super::consent::{Decision, Purpose, parse_cell};
use super::date::parse_export_date;
use super::pupil::parse_number;

/// One pupil as the file states them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub number: String,
    /// `None` when the file has no name column: it updates known pupils only.
    pub name: Option<String>,
    pub group: Option<String>,
    /// The school as the file names it: a BRIN, or a name.
    pub school: Option<String>,
    pub birth_date: Option<NaiveDate>,
    /// Answers per purpose column, in the order of [`PupilFile::purposes`]; `None` is an empty cell.
    pub answers: Vec<Option<Decision>>,
    /// The name holds a `?` where a letter belongs: what Excel leaves of a character it could
    /// not save in the file's encoding.
    pub lost_letters: bool,
}

type Source<R> = Chain<Cursor<Vec<u8>>, LfLines<BufReader<R>>>;

/// Reads lines with CRLF ends (Excel, Windows) as LF lines, so that records are counted by the
/// lines a person sees in the file.
pub struct LfLines<R> {
    inner: R,
    line: Vec<u8>,
    at: usize,
}

impl<R: BufRead> LfLines<R> {
    fn new(inner: R) -> Self {
        LfLines {
            inner,
            line: Vec::new(),
            at: 0,
        }
    }

    /// The next whole line into the empty `into`, with an LF end where the file had CRLF, and
    /// an LF end on a last line that had none: every record then ends on a line end, which is
    /// how its line is known. Its length; 0 at the end of the file.
    fn next_line(&mut self, into: &mut Vec<u8>) -> std::io::Result<usize> {
        debug_assert!(into.is_empty());
        self.inner.read_until(b'\n', into)?;
        if into.ends_with(b"\r\n") {
            into.remove(into.len() - 2);
        } else if !into.is_empty() && !into.ends_with(b"\n") {
            into.push(b'\n');
        }
        Ok(into.len())
    }
}

impl<R: BufRead> Read for LfLines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.line.len() {
            self.line.clear();
            self.at = 0;
            let mut line = std::mem::take(&mut self.line);
            let n = self.next_line(&mut line);
            self.line = line;
            if n? == 0 {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.line.len() - self.at);
        buf[..n].copy_from_slice(&self.line[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

pub struct PupilFile<R: Read> {
    csv: csv::Reader<Source<R>>,
    source: String,
    /// The encoding the file was read in, for messages.
    encoding: String,
    headers: Vec<String>,
    columns: Vec<Column>,
    purposes: Vec<(usize, String)>,
    record: csv::StringRecord,
}

/// The separator of a header line: `;` (Excel on Dutch settings) or `,`.
fn delimiter(header_line: &str) -> u8 {
    let count = |c| header_line.matches(c).count();
    if count(';') >= count(',') && count(';') > 0 {
        b';'
    } else {
        b','
    }
}

impl<R: Read> PupilFile<R> {
    /// Reads the header row and works out what each column holds. `source` names the file in errors.
    pub fn open(
        reader: R,
        purposes: &[Purpose],
        maps: &[(String, String)],
        source: &str,
        encoding: &str,
    ) -> Result<Self, String> {
        let mut reader = LfLines::new(BufReader::with_capacity(256 * 1024, reader));
        let mut first = Vec::new();
        reader
            .next_line(&mut first)
            .map_err(|e| cannot_read(source, &e))?;
        let first_line = String::from_utf8_lossy(&first).into_owned();
        if first_line.trim().is_empty() {
            return Err(crate::tr!("domain-file-empty", source = source));
        }
        let mut csv = csv::ReaderBuilder::new()
            .delimiter(delimiter(&first_line))
            .has_headers(true)
            // Rows of another length are reported by `row`, which knows their line.
            .flexible(true)
            .from_reader(Cursor::new(first).chain(reader));
        let headers: Vec<String> = csv
            .headers()
            .map_err(|e| csv_error(source, e))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        if headers.iter().any(|h| h.contains(REPLACEMENT)) {
            return Err(not_encoded(source, 1, encoding));
        }
        let columns = plan(&headers, purposes, maps)
            .map_err(|e| crate::tr!("domain-file-problem", source = source, problem = e))?;
        let purposes = columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match c {
                Column::Purpose(id) => Some((i, id.clone())),
                _ => None,
            })
            .collect();
        Ok(PupilFile {
            csv,
            source: source.to_string(),
            encoding: encoding.to_string(),
            headers,
            columns,
            purposes,
            record: csv::StringRecord::new(),
        })
    }

    /// The purpose ids of the consent columns, in the order of [`Row::answers`].
    pub fn purposes(&self) -> Vec<&str> {
        self.purposes.iter().map(|(_, id)| id.as_str()).collect()
    }

    /// Where the leerlingnummer stands, for messages: `column 1 (Leerlingnummer)`.
    pub fn number_column(&self) -> String {
        self.column(&Column::Number)
    }

    /// Where a field stands, for messages: `column 6 (Locatie)`.
    pub fn column(&self, column: &Column) -> String {
        let i = self.at(column).unwrap_or(0);
        crate::tr!(
            "domain-file-column",
            column = i + 1,
            header = self.headers.get(i).map_or("", String::as_str)
        )
    }

    /// Whether the file has a column for this field; what it lacks, an import leaves as it was.
    pub fn reads(&self, column: &Column) -> bool {
        self.columns.contains(column)
    }

    /// Headers of the columns that are not read.
    pub fn ignored(&self) -> Vec<String> {
        self.headers
            .iter()
            .zip(&self.columns)
            .filter(|(_, c)| **c == Column::Ignored)
            .map(|(h, _)| h.clone())
            .collect()
    }

    /// The next pupil, an error naming line and column, or `None` at the end. Blank rows are skipped.
    pub fn next_row(&mut self) -> Option<Result<Row, String>> {
        loop {
            match self.csv.read_record(&mut self.record) {
                Err(e) => return Some(Err(csv_error(&self.source, e))),
                Ok(false) => return None,
                Ok(true) if self.record.iter().all(|c| c.trim().is_empty()) => continue,
                // The reader stands at the start of the line after the record: csv counts the
                // lines it skips before a record, but gives a record the line it started from.
                // A record that spans lines (a quote left open) starts as many lines earlier.
                Ok(true) => {
                    let breaks: usize = self.record.iter().map(|f| f.matches('\n').count()).sum();
                    // A quote left open to the end holds the last line end itself.
                    let open_to_end = self
                        .record
                        .iter()
                        .next_back()
                        .is_some_and(|f| f.ends_with('\n'));
                    let line = self
                        .csv
                        .position()
                        .line()
                        .saturating_sub(breaks as u64 + u64::from(!open_to_end));
                    return Some(self.row(line));
                }
            }
        }
    }

    fn at(&self, column: &Column) -> Option<usize> {
        self.columns.iter().position(|c| c == column)
    }

    fn row(&self, line: u64) -> Result<Row, String> {
        let cell = |i: Option<usize>| i.and_then(|i| self.record.get(i)).map_or("", str::trim);
        let fail = |i: Option<usize>, message: String| match i {
            Some(i) => crate::tr!(
                "domain-file-cell-problem",
                source = &self.source,
                line = line.to_string(),
                column = i + 1,
                header = &self.headers[i],
                problem = message
            ),
            None => crate::tr!(
                "domain-file-line-problem",
                source = &self.source,
                line = line.to_string(),
                problem = message
            ),
        };
        // No export puts a line break in a field, read or ignored: one that spans lines is a
        // quote left open, which swallows the rows after it (and so their fields: said first,
        // it is the cause, the count of fields only its consequence).
        if let Some(i) = (0..self.record.len()).find(|&i| self.record[i].contains(['\n', '\r'])) {
            let column = (i < self.headers.len()).then_some(i);
            return Err(fail(column, crate::tr!("domain-file-open-quote")));
        }
        if self.record.len() != self.headers.len() {
            return Err(fail(
                None,
                crate::tr!(
                    "domain-file-field-count",
                    fields = self.record.len(),
                    headers = self.headers.len()
                ),
            ));
        }
        if self.record.iter().any(|f| f.contains(REPLACEMENT)) {
            return Err(not_encoded(&self.source, line, &self.encoding));
        }
        for i in 0..self.record.len() {
            if self.columns[i] != Column::Ignored {
                super::text::check("the value", cell(Some(i)), super::text::Kind::Name)
                    .map_err(|e| fail(Some(i), e))?;
            }
        }
        let number_at = self.at(&Column::Number);
        let number = parse_number(cell(number_at)).map_err(|e| fail(number_at, e))?;
        let name_at = self.at(&Column::Name);
        let named = [Column::Name, Column::FirstName, Column::LastName]
            .iter()
            .any(|c| self.columns.contains(c));
        let name = match name_at {
            Some(_) => cell(name_at).to_string(),
            None => join_name(
                cell(self.at(&Column::FirstName)),
                cell(self.at(&Column::Prefix)),
                cell(self.at(&Column::LastName)),
            ),
        };
        let name_column = name_at
            .or(self.at(&Column::FirstName))
            .or(self.at(&Column::LastName));
        if name.is_empty() && named {
            return Err(fail(
                name_column,
                crate::tr!("domain-file-no-name", number = &number),
            ));
        }
        // Joined from its parts, a name keeps the limit of a name.
        super::text::check("the name", &name, super::text::Kind::Name)
            .map_err(|e| fail(name_column, e))?;
        let optional = |c: &Column| {
            let at = self.at(c);
            let text = cell(at);
            (at, (!text.is_empty()).then_some(text))
        };
        // A BRIN or a school's name: the import knows the register's schools.
        let school = optional(&Column::School).1.map(String::from);
        let (birth_at, birth) = optional(&Column::BirthDate);
        let birth_date = birth
            .map(parse_export_date)
            .transpose()
            .map_err(|e| fail(birth_at, e))?;
        let group = optional(&Column::Group).1.map(String::from);
        let answers = self
            .purposes
            .iter()
            .map(|&(i, _)| parse_cell(cell(Some(i))).map_err(|e| fail(Some(i), e)))
            .collect::<Result<_, _>>()?;
        let lost_letters = super::text::lost_letters(&name);
        let name = named.then_some(name);
        Ok(Row {
            line,
            number,
            name,
            lost_letters,
            group,
            school,
            birth_date,
            answers,
        })
    }
}

/// What a decoder puts where the bytes are not of the encoding.
const REPLACEMENT: char = '\u{FFFD}';

fn not_encoded(source: &str, line: u64, encoding: &str) -> String {
    crate::tr!(
        "domain-file-not-encoded",
        source = source,
        line = line.to_string(),
        encoding = encoding
    )
}

fn cannot_read(source: &str, e: &dyn std::fmt::Display) -> String {
    crate::tr!(
        "domain-file-cannot-read",
        source = source,
        problem = e.to_string()
    )
}

/// A name from its parts: `Jan van Dijk`; a prefix ending in an apostrophe joins the last name
/// without a space: `Anna d'Hondt`.
fn join_name(first: &str, prefix: &str, last: &str) -> String {
    let mut name = first.to_string();
    for (part, glued) in [
        (prefix, false),
        (last, prefix.ends_with(['\'', '\u{2019}'])),
    ] {
        if part.is_empty() {
            continue;
        }
        if !name.is_empty() && !glued {
            name.push(' ');
        }
        name.push_str(part);
    }
    name
}

fn csv_error(source: &str, e: csv::Error) -> String {
    let line = e.position().map_or(0, |p| p.line());
    match e.kind() {
        csv::ErrorKind::Io(io) => cannot_read(source, io),
        _ => crate::tr!(
            "domain-file-not-csv",
            source = source,
            line = line.to_string(),
            problem = e.to_string()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purposes() -> Vec<Purpose> {
        vec![Purpose {
            explicit: false,
            ..Purpose::new("photo-internal", "Foto's")
        }]
    }

    fn rows(text: &str) -> Result<Vec<Row>, String> {
        let mut file = PupilFile::open(text.as_bytes(), &purposes(), &[], "f.csv", "UTF-8")?;
        std::iter::from_fn(|| file.next_row()).collect()
    }

    #[test]
    fn names_are_joined_and_blank_rows_skipped() {
        let r = rows("leerlingnummer,roepnaam,tussenvoegsel,achternaam,photo-internal\n1,Jan,van,Dijk,ja\n,,,,\n2,Eva,,Bos,\n").unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].name.as_deref(), Some("Jan van Dijk"));
        assert_eq!(r[0].answers, [Some(Decision::Granted)]);
        assert_eq!(r[1].name.as_deref(), Some("Eva Bos"));
        assert_eq!(r[1].answers, [None]);
        assert_eq!(r[1].line, 4);
    }

    #[test]
    fn errors_name_line_and_column() {
        let err = rows("leerlingnummer;naam;photo-internal\n1;A;ja\n2;B;wellicht\n").unwrap_err();
        assert_eq!(
            err,
            "f.csv line 3, column 3 (photo-internal): 'wellicht' is not a consent answer (ja/nee, yes/no, 1/0, toestemming/geen toestemming, or empty)"
        );
        let long = format!("leerlingnummer;naam\n1;{}\n", "x".repeat(301));
        assert!(rows(&long).unwrap_err().contains("at most 300 are kept"));
    }

    #[test]
    fn errors_are_said_in_the_readers_language() {
        use crate::i18n::{Lang, speaking};
        let err = |text: &'static str| move || rows(text).unwrap_err();
        assert_eq!(
            speaking(
                Lang::Nl,
                err("leerlingnummer;naam;photo-internal\n1;A;ja\n2;B;wellicht\n")
            ),
            "f.csv regel 3, kolom 3 (photo-internal): 'wellicht' is geen antwoord op een toestemmingsvraag (ja/nee, yes/no, 1/0, toestemming/geen toestemming, of leeg)"
        );
        assert_eq!(
            speaking(
                Lang::Nl,
                err("leerlingnummer;naam;geboortedatum\n1;A;31-02-2015\n")
            ),
            "f.csv regel 2, kolom 3 (geboortedatum): '31-02-2015' is geen datum (gebruik YYYY-MM-DD of DD-MM-YYYY)"
        );
        assert_eq!(
            speaking(Lang::Nl, err("naam;groep\nA;5B\n")),
            "f.csv: geen kolom met het leerlingnummer onder 'naam', 'groep'; wijs die aan met --map KOLOMKOP=leerlingnummer"
        );
        assert_eq!(
            speaking(
                Lang::Nl,
                err("leerlingnummer,naam,photo-internal\n5,A,ja\n6,B\n")
            ),
            "f.csv regel 3: 2 velden waar de kopregel er 3 heeft"
        );
    }

    #[test]
    fn a_prefix_with_an_apostrophe_joins_without_a_space() {
        assert_eq!(join_name("Anna", "d'", "Hondt"), "Anna d'Hondt");
        assert_eq!(join_name("Jan", "van", "Dijk"), "Jan van Dijk");
        assert_eq!(join_name("", "", "Bos"), "Bos");
        assert_eq!(join_name("Eva", "", ""), "Eva");
    }

    #[test]
    fn the_delimiter_is_the_commoner_of_the_two() {
        assert_eq!(delimiter("a;b;c"), b';');
        assert_eq!(delimiter("a,b,c"), b',');
        assert_eq!(delimiter("naam, roepnaam;groep;x"), b';');
        assert_eq!(delimiter("a"), b',');
    }
}

#[cfg(test)]
mod line_tests;
