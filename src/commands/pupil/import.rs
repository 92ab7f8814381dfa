//! `vreg pupil import`: a school administration's CSV export, streamed row by row inside one
//! transaction, so that memory stays flat and a bad row anywhere leaves nothing written.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::path::PathBuf;

use anyhow::Context;
use chrono::NaiveDate;
use clap::Args;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;
use serde::Serialize;
use serde_json::json;

use crate::Error;
use crate::cli::code;
use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::columns::Column;
use crate::domain::consent::Form;
use crate::domain::consent::{
    Decision, Event, GivenBy, Standing, State, check_decision_date, check_given_by,
    decider_standing, imported_decision, may_decide_alone, reason, standing,
};
use crate::domain::date::parse_date;
use crate::domain::pupil::{
    Pupil, known_vestiging, new_key, resolve_school, same_school, short_name,
};
use crate::domain::pupil_file::PupilFile;
use crate::domain::register::check_profile_name;
use crate::domain::register::parse_mapping;
use crate::output::note;
use crate::output::{Format, file};
use crate::store::{NewEvent, Tx};

#[derive(Debug, Args)]
pub struct PupilImportArgs {
    /// The CSV file: `;` or `,`, UTF-8 (UTF-16 with a byte-order mark) or Windows-1252, a
    /// header row; `-` reads standard input
    pub file: PathBuf,
    /// The school of the rows when the file has no school column: BRIN, BRIN with vestiging, or
    /// its name as in `[[school]]`
    #[arg(long)]
    pub school: Option<String>,
    /// The file is the whole school on --on: its pupils missing from the file are marked as
    /// left on that day (the dry run lists them first)
    #[arg(long)]
    pub complete: bool,
    /// The file answers this school year's question: a cell that says what stands is recorded as
    /// a re-confirmation dated --on (a later decision is never overruled)
    #[arg(long)]
    pub reconfirm: bool,
    /// Store this import's --map flags in the register under NAME, for --profile
    #[arg(long, value_name = "NAME")]
    pub save_map: Option<String>,
    /// Use the column mapping saved under NAME (--map flags given as well come on top)
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Date of the decisions in the file [default: today]
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
    /// Map a column: HEADER=field (leerlingnummer, name, first_name, prefix, last_name, group,
    /// school, birth_date, ignore) or HEADER=purpose-id
    #[arg(long = "map", value_name = "HEADER=TARGET", value_parser = parse_mapping)]
    pub maps: Vec<(String, String)>,
    /// How the decisions in the file were given: written, digital, verbal
    #[arg(long, default_value = "digital", value_parser = code::<Form>(Form::SPELLINGS))]
    pub form: Form,
    /// Who decided for pupils of 16 and older: file (an export does not say who clicked),
    /// pupil or representative; for younger pupils it is always a parent
    #[arg(long = "by", default_value = "file", value_parser = code::<GivenBy>(GivenBy::SPELLINGS))]
    pub given_by: GivenBy,
    /// Check the whole file and report, per pupil and purpose, what would be recorded and what
    /// is kept because a later decision stands; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// What an import did (or would do).
#[derive(Debug, Default, Serialize)]
struct Report {
    pupils_added: u64,
    pupils_changed: u64,
    pupils_unchanged: u64,
    /// Pupils of the school missing from a `--complete` file, marked as left on `--on`.
    pupils_left: Vec<String>,
    decisions_recorded: u64,
    /// Cells that say what stands, recorded as this year's answer (`--reconfirm`).
    decisions_reconfirmed: u64,
    /// Cells whose answer is not what stands, because a later decision does.
    decisions_kept: u64,
    /// Cells whose answer differs from the previous import's: remembered, so that the next
    /// export that says the same is no new decision.
    #[serde(skip)]
    answers_changed: u64,
    ignored_columns: Vec<String>,
    /// The file has columns, but none of them is a consent purpose.
    #[serde(skip)]
    no_purpose_read: bool,
    /// Rows to look at: names with a `?` where a letter belongs.
    warnings: Vec<String>,
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
    /// `recorded`, `reconfirmed` or `kept`.
    action: &'static str,
    /// The decision recorded; for `kept`, the state that stands.
    state: State,
    reason: String,
}

pub fn run(ctx: &Ctx, args: &PupilImportArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let on = args.on.unwrap_or(today);
    check_decision_date(on, today, None).map_err(|e| Error::Invalid(format!("--on: {e}")))?;
    let source = args.file.file_name().map_or_else(
        || args.file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    // The file's name is kept as the source and evidence of every decision it brings.
    crate::domain::text::check("the file's name", &source, crate::domain::text::Kind::Name)
        .map_err(Error::Invalid)?;
    if let Some(name) = &args.save_map {
        check_profile_name(name).map_err(|e| Error::Invalid(format!("--save-map: {e}")))?;
    }
    let input = Input::open(&args.file)?;
    let store = ctx.store()?;
    let tx = store.write()?;
    // A saved mapping first, the flags of this import on top of it.
    let mut maps = match &args.profile {
        Some(name) => match tx.import_profile(name)? {
            Some(maps) => maps,
            None => {
                let saved: Vec<String> =
                    tx.import_profiles()?.into_iter().map(|p| p.name).collect();
                return Err(Error::Invalid(format!(
                    "--profile {name}: no such saved mapping ({}); save one with --map ... --save-map {name}",
                    if saved.is_empty() {
                        "none is saved".to_string()
                    } else {
                        format!("saved: {}", saved.join(", "))
                    }
                ))
                .into());
            }
        },
        None => Vec::new(),
    };
    for (header, target) in &args.maps {
        maps.retain(|(h, _)| h != header);
        maps.push((header.clone(), target.clone()));
    }
    let saves_map = args.save_map.is_some();
    if let Some(name) = &args.save_map {
        tx.save_import_profile(name, &maps)?;
    }
    let list_recorded = args.dry_run || ctx.format == Format::Json;
    let report = import(&tx, args, &maps, &source, input, (on, today), list_recorded)?;
    let changed = report.pupils_added
        + report.pupils_changed
        + report.decisions_recorded
        + report.decisions_reconfirmed
        + report.answers_changed
        > 0
        || !report.pupils_left.is_empty()
        || saves_map;
    // The report goes out before the commit: if it cannot be printed, nothing is kept.
    print_written(ctx, Written::document("vreg pupil import", &report)?)?;
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
                "pupils_left": report.pupils_left.len(),
                "decisions_recorded": report.decisions_recorded,
                "decisions_reconfirmed": report.decisions_reconfirmed,
            }),
        )?;
        for number in &report.pupils_left {
            // On the pupil, so that a purge takes it along.
            tx.log(
                "leave",
                "pupil",
                number,
                json!({ "left_on": { "from": null, "to": on }, "complete_import": source }),
            )?;
        }
        if let Some(name) = &args.save_map {
            tx.log(
                "save",
                "import-profile",
                name,
                json!({ "maps": maps_json(&maps) }),
            )?;
        }
        tx.commit()?;
    }
    if ctx.format != Format::Json {
        for number in &report.pupils_left {
            note(format!(
                "{} {number}: not in the complete file, left on {on}",
                if args.dry_run { "leave" } else { "left" }
            ));
        }
        for cell in &report.cells {
            note(format!(
                "{} {} {} (line {}): {}",
                match cell.action {
                    "kept" => "kept",
                    "reconfirmed" => "re-confirm",
                    _ => "record",
                },
                cell.pupil,
                cell.purpose,
                cell.line,
                cell.reason
            ));
        }
    }
    for warning in &report.warnings {
        note(format!("warning: {warning}"));
    }
    if !report.ignored_columns.is_empty() {
        note(format!(
            "ignored columns: {}",
            report.ignored_columns.join(", ")
        ));
    }
    if report.no_purpose_read {
        note(format!(
            "no column of the file is a consent purpose, so no decision is read (ignored: {}); \
             name a consent column with --map 'HEADER=PURPOSE' (see `vreg consent purposes`)",
            report.ignored_columns.join(", ")
        ));
    }
    let reconfirmed = if args.reconfirm {
        format!(", {} re-confirmed", report.decisions_reconfirmed)
    } else {
        String::new()
    };
    let left = if args.complete {
        format!(", {} left", report.pupils_left.len())
    } else {
        String::new()
    };
    note(format!(
        "{}{} pupils added, {} changed, {} unchanged{left}; {} consent decisions recorded{reconfirmed}, {} kept because a later decision stands",
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
    if let (Some(name), false) = (&args.save_map, args.dry_run) {
        note(format!(
            "saved the column mapping as profile {name}: next time `--profile {name}`"
        ));
    }
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
                let mut scan = Scan::default();
                let mut block = vec![0u8; 64 * 1024];
                loop {
                    let n = f
                        .read(&mut block)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    if n == 0 {
                        break;
                    }
                    scan.feed(&block[..n]);
                }
                let encoding = scan.verdict(path)?;
                f.seek(SeekFrom::Start(0))
                    .with_context(|| format!("cannot read {}", path.display()))?;
                Ok((encoding, Box::new(f)))
            }
            Input::Bytes(bytes) => {
                let mut scan = Scan::default();
                scan.feed(&bytes);
                let encoding = scan.verdict(path)?;
                Ok((encoding, Box::new(std::io::Cursor::new(bytes))))
            }
        }
    }
}

/// What the bytes of a pupil file say about its encoding, read once, in blocks.
///
/// A file with a byte-order mark is what the mark says (UTF-8, UTF-16 LE or BE). Otherwise a
/// file that is valid UTF-8 is UTF-8; a file with bytes that are not UTF-8 is Windows-1252 (what
/// Excel writes on Dutch Windows) only when nothing in it is UTF-8 beyond ASCII: a UTF-8 file
/// with a few stray bytes stays UTF-8, and the rows holding them are refused by line, instead
/// of every é in the file becoming "Ã©".
#[derive(Default)]
struct Scan {
    /// The first bytes: a byte-order mark, or the NUL of UTF-16 without one.
    start: Vec<u8>,
    /// A character cut at the end of the previous block.
    carry: Vec<u8>,
    utf8_letters: bool,
    not_utf8: bool,
}

impl Scan {
    fn feed(&mut self, block: &[u8]) {
        if self.start.len() < 4 {
            let take = (4 - self.start.len()).min(block.len());
            self.start.extend_from_slice(&block[..take]);
        }
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(block);
        let mut rest = bytes.as_slice();
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    self.utf8_letters |= !text.is_ascii();
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    self.utf8_letters |= !valid.is_ascii();
                    match e.error_len() {
                        Some(n) => {
                            self.not_utf8 = true;
                            rest = &after[n..];
                        }
                        None => {
                            self.carry = after.to_vec();
                            break;
                        }
                    }
                }
            }
        }
    }

    fn verdict(&self, path: &Path) -> anyhow::Result<&'static Encoding> {
        if let Some((encoding, _)) = Encoding::for_bom(&self.start) {
            return Ok(encoding);
        }
        // A header begins with letters: a NUL among its first bytes is UTF-16 without a mark.
        if self.start.contains(&0) {
            return Err(Error::Invalid(format!(
                "{}: the file looks like UTF-16 without a byte-order mark, which cannot be told apart from other encodings; save it as UTF-8 (CSV UTF-8 in Excel)",
                path.display()
            ))
            .into());
        }
        // A character cut off by the end of the file is a stray byte too.
        Ok(
            if (self.not_utf8 || !self.carry.is_empty()) && !self.utf8_letters {
                WINDOWS_1252
            } else {
                UTF_8
            },
        )
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

fn maps_json(maps: &[(String, String)]) -> serde_json::Value {
    maps.iter()
        .map(|(h, t)| (h.clone(), serde_json::Value::String(t.clone())))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

fn import(
    tx: &Tx<'_>,
    args: &PupilImportArgs,
    maps: &[(String, String)],
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
    let schools = tx.schools()?;
    let default_school = args
        .school
        .as_deref()
        .map(|s| resolve_school(s, &schools))
        .transpose()
        .map_err(|e| Error::Invalid(format!("--school: {e}")))?;
    let mut rows = PupilFile::open(decoded, &purposes, maps, source, encoding.name())
        .map_err(Error::Invalid)?;
    if rows.reads(&Column::School) && default_school.is_some() {
        return Err(Error::Invalid(format!(
            "{source} has a school column; --school is for a file without one"
        ))
        .into());
    }
    if args.complete
        && !rows.reads(&Column::School)
        && default_school.is_none()
        && schools.len() > 1
    {
        return Err(Error::Invalid(format!(
            "--complete: {source} has no school column, and the register has {} schools; say which school the file is with --school",
            schools.len()
        ))
        .into());
    }
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
        no_purpose_read: file_purposes.is_empty() && !rows.ignored().is_empty(),
        ..Report::default()
    };
    // The schools a `--complete` file is the whole of.
    let mut complete_schools: Vec<String> = default_school.iter().cloned().collect();
    let mut writer = tx.pupil_writer()?;
    while let Some(row) = rows.next_row() {
        let row = row.map_err(Error::Invalid)?;
        let row_school = match &row.school {
            Some(text) => Some(resolve_school(text, &schools).map_err(|e| {
                Error::Invalid(format!(
                    "{source} line {}, {}: {e}",
                    row.line,
                    rows.column(&Column::School)
                ))
            })?),
            None => default_school.clone(),
        };
        if let Some(school) = &row_school
            && !complete_schools.contains(school)
        {
            complete_schools.push(school.clone());
        }
        if row.lost_letters {
            report.warnings.push(format!(
                "{source} line {}: the name of pupil {} holds '?' where a letter belongs (a character the export could not save); correct it in the administration and export as UTF-8",
                row.line, row.number
            ));
        }
        // A leerlingnummer is unique within one school: a row is the pupil with its number at
        // its school (or one without a school yet), and never a pupil of another school.
        let mut candidates = writer.numbered(&row.number)?;
        let existing = match &row_school {
            Some(school) => {
                let at = candidates
                    .iter()
                    .position(|p| p.school.as_deref().is_some_and(|s| same_school(s, school)))
                    .or_else(|| candidates.iter().position(|p| p.school.is_none()));
                at.map(|i| candidates.swap_remove(i))
            }
            None if candidates.len() > 1 => {
                return Err(Error::Invalid(format!(
                    "{source} line {}: leerlingnummer {} is a pupil at {} schools: {}; give the file a school column, or say which school it is with --school",
                    row.line,
                    row.number,
                    candidates.len(),
                    tx.school_names(candidates.iter().map(|p| p.school.as_deref()))?
                ))
                .into());
            }
            None => candidates.pop(),
        };
        let named = row.name.is_some();
        let key = match &existing {
            Some(old) => old.key.clone(),
            None => new_key(
                &row.number,
                row_school.as_deref(),
                candidates.iter().any(|p| p.key == row.number),
            ),
        };
        if !writer.first_sighting(&key)? {
            return Err(Error::Invalid(format!(
                "{source} line {}, {}: leerlingnummer {} appears twice in the file",
                row.line,
                rows.number_column(),
                row.number
            ))
            .into());
        }
        let mut pupil = Pupil {
            key,
            leerlingnummer: row.number,
            name: row.name.unwrap_or_default(),
            group: row.group,
            school: row_school,
            birth_date: row.birth_date,
            left_on: None,
        };
        // A new pupil is one insert; a known one is compared, and what the file does not say
        // about it (its leaving date, and any column the file lacks) is kept.
        let is_new = named && existing.is_none();
        if is_new {
            writer.insert(&pupil)?;
            report.pupils_added += 1;
        } else {
            let Some(old) = &existing else {
                return Err(Error::Invalid(format!(
                    "{source} line {}: pupil {} is not in the register, and the file has no name column: a file of numbers only updates known pupils",
                    row.line, pupil.leerlingnummer
                ))
                .into());
            };
            if named
                && pupil.birth_date.is_some()
                && old.birth_date.is_some()
                && pupil.birth_date != old.birth_date
                && !same_name(&pupil.name, &old.name)
            {
                return Err(Error::Invalid(format!(
                    "{source} line {}: leerlingnummer {} was {} ({}), now {} ({}); a number that changes person would keep the other child's consent. \
                     If the administration gave the number to another pupil, let the first leave and purge or erase them before this import",
                    row.line,
                    pupil.leerlingnummer,
                    short_name(&old.name),
                    old.birth_date.map_or_else(String::new, |d| d.to_string()),
                    short_name(&pupil.name),
                    pupil.birth_date.map_or_else(String::new, |d| d.to_string()),
                ))
                .into());
            }
            {
                if !named {
                    pupil.name = old.name.clone();
                }
                pupil.left_on = old.left_on;
                if !rows.reads(&Column::Group) {
                    pupil.group = old.group.clone();
                }
                if !rows.reads(&Column::School) && default_school.is_none() {
                    pupil.school = old.school.clone();
                }
                pupil.school = known_vestiging(old.school.as_deref(), pupil.school.take());
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
            let (number, key) = (&pupil.leerlingnummer, &pupil.key);
            // What the previous import said in this cell: a remembered answer, else what the
            // last event an import recorded says.
            let (remembered, mut events) = match is_new {
                true => (None, Vec::new()),
                false => (
                    writer.imported_answer(key, &purpose.id)?,
                    writer.events_of(key, &purpose.id)?,
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
            let mut recorded = imported_decision(answer, args.form, previous, own);
            let mut reconfirms = false;
            if recorded.is_none() && args.reconfirm && !is_new {
                // This year's answer, the same as what stands: evidence of a renewed decision.
                // Where a later decision says otherwise, the file overrules nothing.
                let now = standing(purpose, &events, today.max(on));
                if agrees(answer, now.state) {
                    recorded = Some(match now.state {
                        State::Withdrawn => Decision::Withdrawn,
                        _ => answer,
                    });
                    reconfirms = true;
                }
            }
            if let Some(decision) = recorded {
                writer.add_event(&NewEvent {
                    pupil: key,
                    purpose: &purpose.id,
                    decision,
                    given_by,
                    decider: None,
                    form: args.form,
                    date: on,
                    evidence: Some(&evidence),
                    source: Some(source),
                })?;
                if reconfirms {
                    report.decisions_reconfirmed += 1;
                } else {
                    report.decisions_recorded += 1;
                }
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
                    writer.forget_answer(key, &purpose.id)?;
                    report.answers_changed += 1;
                }
                Some(decision) if as_answer(decision) == answer => {}
                _ if previous != Some(answer) => {
                    writer.remember_answer(key, &purpose.id, answer, on)?;
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
            let agrees = agrees(answer, now.state);
            let cell = |action, state, reason| Cell {
                pupil: number.clone(),
                purpose: purpose.id.clone(),
                line: row.line,
                answer,
                action,
                state,
                reason,
            };
            // A cell whose decision was recorded is not kept, even where another decider's
            // decision makes it stand otherwise (one parent's grant, the other's refusal): it is
            // listed then, with what stands.
            if recorded.is_none() && !agrees && now.state != State::Unknown {
                report.decisions_kept += 1;
                report.cells.push(cell(
                    "kept",
                    now.state,
                    format!("the file says {answer}, but {}", reason(purpose, &now)),
                ));
            } else if let Some(decision) = recorded.filter(|_| list_recorded || !agrees) {
                let mut said = format!("{decision} on {on} by {given_by} ({})", args.form);
                if !agrees {
                    said = format!("{said}; {}", reason(purpose, &now));
                }
                report.cells.push(cell(
                    if reconfirms {
                        "reconfirmed"
                    } else {
                        "recorded"
                    },
                    decision.into(),
                    said,
                ));
            }
        }
    }
    if args.complete {
        let left = tx.pupils_missing_from_import(on, &complete_schools)?;
        for mut pupil in left {
            pupil.left_on = Some(on);
            tx.save_pupil(&pupil)?;
            report.pupils_left.push(pupil.key);
        }
    }
    Ok(report)
}

/// Whether what stands is the answer a cell gives.
fn agrees(answer: Decision, state: State) -> bool {
    match answer {
        Decision::Granted => state == State::Granted,
        _ => matches!(state, State::Refused | State::Withdrawn),
    }
}

/// Two spellings of one name: case and spacing aside.
fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}
