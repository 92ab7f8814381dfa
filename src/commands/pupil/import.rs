//! `vreg pupil import`: a school administration's CSV export, streamed row by row inside one
//! transaction, so that memory stays flat and a bad row anywhere leaves nothing written.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use anyhow::Context;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;
use serde::Serialize;
use serde_json::json;

use crate::Error;
use crate::cli::PupilImport;
use crate::commands::{Ctx, Outcome, note};
use crate::domain::columns::Column;
use crate::domain::consent::{GivenBy, check_decision_date, imported_decision, may_decide_alone};
use crate::domain::pupil::Pupil;
use crate::domain::pupil_file::PupilFile;
use crate::output::{self, Format, file};
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
    let today = ctx.as_of(None)?;
    let on = args.on.unwrap_or(today);
    check_decision_date(on, today, None).map_err(|e| Error::Invalid(format!("--on: {e}")))?;
    let source = args.file.file_name().map_or_else(
        || args.file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let input = Input::open(&args.file)?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let report = import(&tx, args, &source, input, (on, today))?;
    let changed = report.pupils_added + report.pupils_changed + report.decisions_recorded > 0;
    if args.dry_run || !changed {
        // Nothing to keep: an import that changes nothing leaves the register as it was.
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

/// The pupil file, opened once: a regular file is read twice through the same handle (for its
/// encoding, then its rows); a pipe or device (`-` is standard input) is read once into memory,
/// at most 64 MiB.
enum Input {
    File(File),
    Bytes(Vec<u8>),
}

impl Input {
    fn open(path: &Path) -> anyhow::Result<Input> {
        if path.as_os_str() == "-" {
            return Ok(Input::Bytes(file::read_bounded(std::io::stdin(), path)?));
        }
        let f = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
        let regular = f
            .metadata()
            .with_context(|| format!("cannot read {}", path.display()))?
            .is_file();
        Ok(if regular {
            Input::File(f)
        } else {
            Input::Bytes(file::read_bounded(f, path)?)
        })
    }

    /// The encoding, and a reader from the first byte.
    fn into_reader(self, path: &Path) -> anyhow::Result<(&'static Encoding, Box<dyn Read>)> {
        match self {
            Input::File(mut f) => {
                let encoding = detect_encoding(&mut f, path)?;
                f.seek(SeekFrom::Start(0))
                    .with_context(|| format!("cannot read {}", path.display()))?;
                Ok((encoding, Box::new(f)))
            }
            Input::Bytes(bytes) => {
                let encoding = match std::str::from_utf8(&bytes) {
                    Ok(_) => UTF_8,
                    Err(_) => WINDOWS_1252,
                };
                Ok((encoding, Box::new(std::io::Cursor::new(bytes))))
            }
        }
    }
}

/// UTF-8 when the whole file is valid UTF-8 (with or without BOM), else Windows-1252, the
/// encoding Excel uses for CSV on Dutch Windows. Reads the file once, in blocks.
fn detect_encoding(file: &mut File, path: &Path) -> anyhow::Result<&'static Encoding> {
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

fn import(
    tx: &Tx<'_>,
    args: &PupilImport,
    source: &str,
    input: Input,
    (on, today): (chrono::NaiveDate, chrono::NaiveDate),
) -> anyhow::Result<Report> {
    let (encoding, file) = input.into_reader(&args.file)?;
    let decoded = DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .build(file);
    let purposes = tx.purposes()?;
    let mut rows =
        PupilFile::open(decoded, &purposes, &args.maps, source).map_err(Error::Invalid)?;
    let purpose_ids: Vec<String> = rows.purposes().into_iter().map(String::from).collect();
    let mut report = Report {
        ignored_columns: rows.ignored(),
        ..Report::default()
    };
    let mut writer = tx.pupil_writer()?;
    while let Some(row) = rows.next_row() {
        let row = row.map_err(Error::Invalid)?;
        if !writer.first_sighting(&row.number)? {
            return Err(Error::Invalid(format!(
                "{source} line {}, {}: leerlingnummer {} appears twice in the file",
                row.line,
                rows.number_column(),
                row.number
            ))
            .into());
        }
        let mut pupil = Pupil {
            leerlingnummer: row.number,
            name: row.name,
            group: row.group,
            school: row.school,
            birth_date: row.birth_date,
            left_on: None,
        };
        // A new pupil is one insert; a known one is compared, and what the file does not say
        // about it (its leaving date, and any column the file lacks) is kept.
        let is_new = writer.insert_new(&pupil)?;
        if is_new {
            report.pupils_added += 1;
        } else {
            let existing = writer.find(&pupil.leerlingnummer)?;
            if let Some(old) = &existing {
                pupil.left_on = old.left_on;
                if !rows.reads(&Column::Group) {
                    pupil.group = old.group.clone();
                }
                if !rows.reads(&Column::School) {
                    pupil.school = old.school.clone();
                }
                if !rows.reads(&Column::BirthDate) {
                    pupil.birth_date = old.birth_date;
                }
            }
            if existing.as_ref() == Some(&pupil) {
                report.pupils_unchanged += 1;
            } else {
                report.pupils_changed += 1;
                writer.save(&pupil)?;
            }
        }
        if let Some(born) = pupil.birth_date.filter(|born| *born > today) {
            return Err(Error::Invalid(format!(
                "{source} line {}: pupil {} has a birth date in the future ({born})",
                row.line, pupil.leerlingnummer
            ))
            .into());
        }
        if pupil.birth_date.is_some_and(|born| born > on) && row.answers.iter().any(Option::is_some)
        {
            return Err(Error::Invalid(format!(
                "{source} line {}: pupil {} was born after the decisions' date {on}",
                row.line, pupil.leerlingnummer
            ))
            .into());
        }
        // From 16 a pupil decides alone: what the school recorded for them is their decision.
        let given_by = match may_decide_alone(pupil.birth_date, on) {
            Ok(()) => GivenBy::Pupil,
            Err(_) => GivenBy::Parent,
        };
        for (purpose, answer) in purpose_ids.iter().zip(row.answers) {
            let Some(answer) = answer else { continue };
            let standing = match is_new {
                true => None,
                false => writer.standing_on(&pupil.leerlingnummer, purpose, on)?,
            };
            if let Some(decision) = imported_decision(answer, args.form, standing) {
                writer.add_event(&NewEvent {
                    pupil: &pupil.leerlingnummer,
                    purpose,
                    decision,
                    given_by,
                    form: args.form,
                    date: on,
                    source: Some(source),
                })?;
                report.decisions_recorded += 1;
            }
        }
    }
    Ok(report)
}
