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
use crate::domain::consent::{
    Decision, Event, GivenBy, Standing, State, check_decision_date, check_given_by,
    decider_standing, imported_decision, may_decide_alone, reason, standing,
};
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
    /// Cells whose answer is not what stands, because a later decision does.
    decisions_kept: u64,
    /// Cells whose answer differs from the previous import's: remembered, so that the next
    /// export that says the same is no new decision.
    #[serde(skip)]
    answers_changed: u64,
    ignored_columns: Vec<String>,
    /// Per pupil and purpose: what is recorded (listed in a dry run and in JSON) and what is
    /// kept (always listed).
    cells: Vec<Cell>,
}

/// One consent cell of the file that records something, or that the register overrules.
#[derive(Debug, Serialize)]
struct Cell {
    pupil: String,
    purpose: String,
    line: u64,
    /// What the file says: granted or refused.
    answer: Decision,
    /// `recorded` or `kept`.
    action: &'static str,
    /// The decision recorded; for `kept`, the state that stands.
    state: State,
    reason: String,
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
    let list_recorded = args.dry_run || ctx.format == Format::Json;
    let report = import(&tx, args, &source, input, (on, today), list_recorded)?;
    let changed = report.pupils_added
        + report.pupils_changed
        + report.decisions_recorded
        + report.answers_changed
        > 0;
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
    } else {
        for cell in &report.cells {
            note(format!(
                "{} {} {} (line {}): {}",
                if cell.action == "kept" {
                    "kept"
                } else {
                    "record"
                },
                cell.pupil,
                cell.purpose,
                cell.line,
                cell.reason
            ));
        }
    }
    if !report.ignored_columns.is_empty() {
        note(format!(
            "ignored columns: {}",
            report.ignored_columns.join(", ")
        ));
    }
    note(format!(
        "{}{} pupils added, {} changed, {} unchanged; {} consent decisions recorded, {} kept because a later decision stands",
        if args.dry_run {
            "dry run, nothing written: "
        } else {
            ""
        },
        report.pupils_added,
        report.pupils_changed,
        report.pupils_unchanged,
        report.decisions_recorded,
        report.decisions_kept
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

/// The answer a decision gives in a cell of an export: granted, or refused (a withdrawal is a
/// "no" too).
fn as_answer(decision: Decision) -> Decision {
    match decision {
        Decision::Granted => Decision::Granted,
        Decision::Refused | Decision::Withdrawn => Decision::Refused,
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
    list_recorded: bool,
) -> anyhow::Result<Report> {
    let (encoding, file) = input.into_reader(&args.file)?;
    let decoded = DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .build(file);
    let purposes = tx.purposes()?;
    let mut rows =
        PupilFile::open(decoded, &purposes, &args.maps, source).map_err(Error::Invalid)?;
    let purpose_ids: Vec<String> = rows.purposes().into_iter().map(String::from).collect();
    let file_purposes: Vec<crate::domain::consent::Purpose> = purpose_ids
        .iter()
        .map(|id| tx.purpose(id))
        .collect::<anyhow::Result<_>>()?;
    if let Some(retired) = file_purposes.iter().find(|p| !p.active_on(on)) {
        return Err(Error::Invalid(format!(
            "{source}: the file has a column for consent purpose {}, which was retired; leave the column out (--map \"HEADER=ignore\")",
            retired.id
        ))
        .into());
    }
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
        // From 16 a pupil decides alone, but an export does not say who clicked: `--by` says it
        // (by default "the file"). Under 16 a parent decided.
        let given_by = match may_decide_alone(pupil.birth_date, on) {
            Ok(()) => args.given_by,
            Err(_) => GivenBy::Parent,
        };
        if row.answers.iter().any(Option::is_some) {
            check_given_by(given_by, pupil.birth_date, on).map_err(|e| {
                Error::Invalid(format!(
                    "{source} line {}: pupil {}: --by {given_by}: {e}",
                    row.line, pupil.leerlingnummer
                ))
            })?;
        }
        let evidence = format!("{source} line {}", row.line);
        for (purpose, answer) in file_purposes.iter().zip(row.answers) {
            let Some(answer) = answer else { continue };
            let number = &pupil.leerlingnummer;
            // What the previous import said in this cell: a remembered answer, else what the
            // last event an import recorded says.
            let (remembered, mut events) = match is_new {
                true => (None, Vec::new()),
                false => (
                    writer.imported_answer(number, &purpose.id)?,
                    writer.events_of(number, &purpose.id)?,
                ),
            };
            let previous = remembered.or_else(|| {
                events
                    .iter()
                    .rev()
                    .find(|e| e.source.is_some())
                    .map(|e| as_answer(e.decision))
            });
            let own = decider_standing(&events, given_by, None, on).map(|e| (e.decision, e.form));
            let recorded = imported_decision(answer, args.form, previous, own);
            if let Some(decision) = recorded {
                writer.add_event(&NewEvent {
                    pupil: number,
                    purpose: &purpose.id,
                    decision,
                    given_by,
                    decider: None,
                    form: args.form,
                    date: on,
                    evidence: Some(&evidence),
                    source: Some(source),
                })?;
                report.decisions_recorded += 1;
                if !is_new {
                    events.push(Event {
                        pupil: number.clone(),
                        purpose: purpose.id.clone(),
                        decision,
                        given_by,
                        decider: None,
                        form: args.form,
                        date: on,
                        evidence: None,
                        source: None,
                        recorded_at: String::new(),
                        actor: String::new(),
                    });
                }
            }
            match recorded {
                // The event says what the file said; a remembered answer would overrule it.
                Some(decision) if as_answer(decision) == answer && remembered.is_some() => {
                    writer.forget_answer(number, &purpose.id)?;
                    report.answers_changed += 1;
                }
                Some(decision) if as_answer(decision) == answer => {}
                _ if previous != Some(answer) => {
                    writer.remember_answer(number, &purpose.id, answer, on)?;
                    report.answers_changed += 1;
                }
                _ => {}
            }
            // What stands now, after this import: where it is not what the file says, a later
            // decision stands and the register keeps it. A new pupil has only this decision.
            let now = match is_new {
                true => Standing {
                    state: answer.into(),
                    ..Standing::UNKNOWN
                },
                false => standing(purpose, &events, today.max(on)),
            };
            let agrees = match answer {
                Decision::Granted => now.state == State::Granted,
                _ => matches!(now.state, State::Refused | State::Withdrawn),
            };
            let cell = |action, state, reason| Cell {
                pupil: number.clone(),
                purpose: purpose.id.clone(),
                line: row.line,
                answer,
                action,
                state,
                reason,
            };
            if !agrees && now.state != State::Unknown {
                report.decisions_kept += 1;
                report.cells.push(cell(
                    "kept",
                    now.state,
                    format!("the file says {answer}, but {}", reason(purpose, &now)),
                ));
            } else if let Some(decision) = recorded.filter(|_| list_recorded) {
                report.cells.push(cell(
                    "recorded",
                    decision.into(),
                    format!("{decision} on {on} by {given_by} ({})", args.form),
                ));
            }
        }
    }
    Ok(report)
}
