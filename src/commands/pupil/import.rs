//! `vreg pupil import`: a school administration's CSV export, streamed row by row inside one
//! transaction, so that memory stays flat and a bad row anywhere leaves nothing written.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use anyhow::Context;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;
use serde::Serialize;
use serde_json::json;

use crate::Error;
use crate::cli::PupilImport;
use crate::commands::{Ctx, Outcome, note};
use crate::domain::columns::{Column, plan};
use crate::domain::consent::{GivenBy, imported_decision, parse_cell};
use crate::domain::date::parse_export_date;
use crate::domain::non_empty;
use crate::domain::pupil::{Pupil, parse_school, validate_number};
use crate::output::{self, Format};
use crate::store::{NewEvent, Tx};

/// What an import did (or would do).
#[derive(Debug, Default, Serialize)]
struct Report {
    pupils_added: u64,
    pupils_changed: u64,
    pupils_unchanged: u64,
    decisions_recorded: u64,
    ignored_columns: Vec<String>,
}

pub fn run(ctx: &Ctx, args: &PupilImport) -> anyhow::Result<Outcome> {
    let on = ctx.as_of(args.on)?;
    let source = args.file.file_name().map_or_else(
        || args.file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let encoding = detect_encoding(&args.file)?;
    let mut store = ctx.store()?;
    let tx = store.write()?;
    let report = import(&tx, args, &source, encoding, on)?;
    if args.dry_run {
        drop(tx);
    } else {
        tx.log(
            "pupil-import",
            "import",
            &source,
            json!({
                "source": source,
                "on": on,
                "pupils_added": report.pupils_added,
                "pupils_changed": report.pupils_changed,
                "decisions_recorded": report.decisions_recorded,
            }),
        )?;
        tx.commit()?;
    }
    if ctx.format == Format::Json {
        output::document(&report)?;
    }
    if !report.ignored_columns.is_empty() {
        note(format!(
            "ignored columns: {}",
            report.ignored_columns.join(", ")
        ));
    }
    note(format!(
        "{}{} pupils added, {} changed, {} unchanged; {} consent decisions recorded",
        if args.dry_run {
            "dry run, nothing written: "
        } else {
            ""
        },
        report.pupils_added,
        report.pupils_changed,
        report.pupils_unchanged,
        report.decisions_recorded
    ));
    Ok(Outcome::Done)
}

/// UTF-8 when the whole file is valid UTF-8 (with or without BOM), else Windows-1252, the
/// encoding Excel uses for CSV on Dutch Windows. Reads the file once, in blocks.
fn detect_encoding(path: &Path) -> anyhow::Result<&'static Encoding> {
    let mut file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut block = vec![0u8; 64 * 1024];
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = file
            .read(&mut block)
            .with_context(|| format!("cannot read {}", path.display()))?;
        if n == 0 {
            return Ok(if carry.is_empty() {
                UTF_8
            } else {
                WINDOWS_1252
            });
        }
        carry.extend_from_slice(&block[..n]);
        match std::str::from_utf8(&carry) {
            Ok(_) => carry.clear(),
            // A character cut at the block's end: keep its first bytes for the next block.
            Err(e) if e.error_len().is_none() => {
                carry.drain(..e.valid_up_to());
            }
            Err(_) => return Ok(WINDOWS_1252),
        }
        if carry.len() > 4 {
            return Ok(WINDOWS_1252);
        }
    }
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

fn import(
    tx: &Tx<'_>,
    args: &PupilImport,
    source: &str,
    encoding: &'static Encoding,
    on: chrono::NaiveDate,
) -> anyhow::Result<Report> {
    let path = &args.file;
    let file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let decoded = DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .build(file);
    let mut reader = BufReader::with_capacity(256 * 1024, decoded);
    let mut first_line = String::new();
    reader
        .read_line(&mut first_line)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if first_line.trim().is_empty() {
        return Err(Error::Invalid(format!(
            "{source}: the file is empty; it needs a header row"
        ))
        .into());
    }
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter(&first_line))
        .has_headers(true)
        .from_reader(io::Cursor::new(first_line.into_bytes()).chain(reader));

    let located = |line: u64, column: Option<(usize, &str)>, message: String| -> anyhow::Error {
        Error::Invalid(match column {
            Some((i, header)) => format!(
                "{source} line {line}, column {} ({header}): {message}",
                i + 1
            ),
            None => format!("{source} line {line}: {message}"),
        })
        .into()
    };
    let csv_error = |e: csv::Error| -> anyhow::Error {
        let line = e.position().map_or(0, |p| p.line());
        match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => located(
                line,
                None,
                format!("{len} fields where the header has {expected_len}"),
            ),
            csv::ErrorKind::Io(io) => anyhow::anyhow!("cannot read {}: {io}", path.display()),
            _ => located(line, None, format!("not readable as CSV: {e}")),
        }
    };

    let headers: Vec<String> = csv
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let purposes = tx.purposes()?;
    let columns = plan(&headers, &purposes, &args.maps)
        .map_err(|e| Error::Invalid(format!("{source}: {e}")))?;
    let mut report = Report {
        ignored_columns: headers
            .iter()
            .zip(&columns)
            .filter(|(_, c)| **c == Column::Ignored)
            .map(|(h, _)| h.clone())
            .collect(),
        ..Report::default()
    };
    let at = |name: &Column| columns.iter().position(|c| c == name);
    let (number_at, name_at, first_at, prefix_at, last_at) = (
        at(&Column::Number),
        at(&Column::Name),
        at(&Column::FirstName),
        at(&Column::Prefix),
        at(&Column::LastName),
    );
    let (group_at, school_at, birth_at) = (
        at(&Column::Group),
        at(&Column::School),
        at(&Column::BirthDate),
    );
    let purpose_columns: Vec<(usize, &str)> = columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Column::Purpose(id) => Some((i, id.as_str())),
            _ => None,
        })
        .collect();

    tx.start_import_seen()?;
    let mut record = csv::StringRecord::new();
    let mut decisions = Vec::with_capacity(purpose_columns.len());
    while csv.read_record(&mut record).map_err(csv_error)? {
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).map(str::trim).unwrap_or("");
        let column = |i: Option<usize>| i.map(|i| (i, headers[i].as_str()));
        // No value vreg reads spans lines; one that does is a quote left open.
        if let Some(i) = (0..record.len())
            .find(|&i| columns[i] != Column::Ignored && cell(Some(i)).contains(['\n', '\r']))
        {
            return Err(located(
                line,
                column(Some(i)),
                "a line break inside a value (a quote left open?)".into(),
            ));
        }

        let number = cell(number_at).to_string();
        validate_number(&number).map_err(|e| located(line, column(number_at), e))?;
        if !tx.mark_import_seen(&number)? {
            return Err(located(
                line,
                column(number_at),
                format!("leerlingnummer {number} appears twice in the file"),
            ));
        }
        let name = match name_at {
            Some(_) => cell(name_at).to_string(),
            None => [cell(first_at), cell(prefix_at), cell(last_at)]
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" "),
        };
        if name.is_empty() {
            let at = name_at.or(first_at).or(last_at);
            return Err(located(
                line,
                column(at),
                format!("pupil {number} has no name"),
            ));
        }
        let school = non_empty(Some(cell(school_at).to_string()))
            .map(|s| parse_school(&s))
            .transpose()
            .map_err(|e| located(line, column(school_at), e))?;
        let birth_date = non_empty(Some(cell(birth_at).to_string()))
            .map(|d| parse_export_date(&d))
            .transpose()
            .map_err(|e| located(line, column(birth_at), e))?;
        decisions.clear();
        for &(i, purpose) in &purpose_columns {
            let answer =
                parse_cell(cell(Some(i))).map_err(|e| located(line, column(Some(i)), e))?;
            decisions.push((purpose, answer));
        }

        let existing = tx.find_pupil(&number)?;
        let pupil = Pupil {
            group: non_empty(Some(cell(group_at).to_string())),
            left_on: existing.as_ref().and_then(|p| p.left_on),
            leerlingnummer: number,
            name,
            school,
            birth_date,
        };
        match &existing {
            None => report.pupils_added += 1,
            Some(old) if *old != pupil => report.pupils_changed += 1,
            Some(_) => report.pupils_unchanged += 1,
        }
        if existing.as_ref() != Some(&pupil) {
            tx.save_pupil(&pupil)?;
        }
        for &(purpose, answer) in &decisions {
            let Some(answer) = answer else { continue };
            let standing = match existing {
                Some(_) => tx
                    .latest_decision(&pupil.leerlingnummer, purpose)?
                    .map(|e| e.decision),
                None => None,
            };
            if let Some(decision) = imported_decision(answer, standing) {
                tx.add_consent_event(&NewEvent {
                    pupil: &pupil.leerlingnummer,
                    purpose,
                    decision,
                    given_by: GivenBy::Parent,
                    form: args.form,
                    date: on,
                    source: Some(source),
                })?;
                report.decisions_recorded += 1;
            }
        }
    }
    tx.end_import_seen()?;
    Ok(report)
}
