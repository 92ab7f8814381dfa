//! A school administration's pupil file applied to the register: pupils added, changed or
//! left, and each consent cell recorded as a snapshot (only what changed since the previous
//! import is a new decision; a later decision in the register stands).

mod input;
mod pupils;
mod report;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use chrono::NaiveDate;
use encoding_rs_io::DecodeReaderBytesBuilder;

use crate::Error;
use crate::domain::columns::Column;
use crate::domain::consent::Form;
use crate::domain::consent::{
    Decision, Event, GivenBy, Standing, State, before_sixteen, check_given_by, decider_standing,
    imported_decision, is_sixteen, reason, standing,
};
use crate::domain::pupil::{
    Pupil, known_vestiging, new_key, resolve_school, same_name, same_school, short_name,
};
use crate::domain::pupil_file::PupilFile;
use crate::store::{NewEvent, Tx};

use crate::{text, tr};
pub use input::Input;
use pupils::{born_again, covered_by, known};
pub use report::{Cell, Left, Report};

/// How a pupil file is read and what it may change.
pub struct Options<'a> {
    /// The file (`-` is standard input).
    pub path: &'a Path,
    /// The school of a file without a school column.
    pub school: Option<&'a str>,
    /// The file lists every pupil of its school: pupils missing from it have left on `on`.
    pub complete: bool,
    /// A cell that says what stands is recorded as this year's answer.
    pub reconfirm: bool,
    pub form: Form,
    pub given_by: GivenBy,
    /// The day the file's decisions are dated.
    pub on: NaiveDate,
    /// `on` was given (`--on`), not taken to be today.
    pub dated: bool,
    pub today: NaiveDate,
    /// Every recorded cell goes into the report (a dry run, JSON), not only the kept ones.
    pub list_recorded: bool,
}

/// The answer a decision gives in a cell of an export: granted, or refused (a withdrawal is a
/// "no" too).
fn as_answer(decision: Decision) -> Decision {
    match decision {
        Decision::Granted => Decision::Granted,
        Decision::Refused | Decision::Withdrawn => Decision::Refused,
    }
}

pub fn import(
    tx: &Tx<'_>,
    options: &Options<'_>,
    maps: &[(String, String)],
    source: &str,
    input: Input,
) -> anyhow::Result<Report> {
    let (today, list_recorded) = (options.today, options.list_recorded);
    let (encoding, digest, file) = input.into_reader(options.path)?;
    // The same bytes imported before as the export of an earlier day are that export, found
    // again: undated, they are read as of that day, not today. Dated today, September's "ja"
    // would undo October's "nee", re-confirm last year's answers as this year's, advance the
    // pupils' import date past a genuine later export, and (complete) mark as left the pupils
    // that later exports added. The first day they were imported as: a file is never exported
    // after it was first imported (and an earlier vreg logged such re-imports as of their
    // day). With `--on`, the file is what the officer says it is.
    let earlier = match options.dated {
        true => None,
        false => tx
            .days_file_imported(&digest)?
            .into_iter()
            .filter(|day| *day < options.on)
            .min(),
    };
    let on = earlier.unwrap_or(options.on);
    let decoded = DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .build(file);
    let purposes = tx.purposes()?;
    let schools = tx.schools()?;
    let default_school = super::school::school_filter(tx, options.school)?;
    let mut rows = PupilFile::open(decoded, &purposes, maps, source, encoding.name())
        .map_err(Error::Invalid)?;
    if rows.reads(&Column::School) && default_school.is_some() {
        return Err(
            Error::Invalid(tr!("command-pupil-import-school-column", source = source)).into(),
        );
    }
    if options.complete
        && !rows.reads(&Column::School)
        && default_school.is_none()
        && schools.len() > 1
    {
        return Err(Error::Invalid(tr!(
            "command-pupil-import-which-school",
            source = source,
            count = schools.len()
        ))
        .into());
    }
    let purpose_ids: Vec<String> = rows.purposes().into_iter().map(String::from).collect();
    let file_purposes: Vec<crate::domain::consent::Purpose> = purpose_ids
        .iter()
        .map(|id| tx.purpose(id))
        .collect::<anyhow::Result<_>>()?;
    if let Some(retired) = file_purposes.iter().find(|p| !p.active_on(on)) {
        return Err(Error::Invalid(tr!(
            "command-pupil-import-retired-purpose",
            source = source,
            purpose = &retired.id
        ))
        .into());
    }
    let mut report = Report {
        on,
        digest,
        purposes: purpose_ids.clone(),
        ignored_columns: rows.ignored(),
        no_purpose_read: file_purposes.is_empty() && !rows.ignored().is_empty(),
        ..Report::default()
    };
    if let Some(earlier) = earlier {
        report.warnings.push(text!(
            "command-pupil-import-same-file",
            source = source,
            earlier = earlier
        ));
    }
    // The schools a `--complete` file is the whole of.
    let mut complete_schools: BTreeSet<String> = default_school.iter().cloned().collect();
    // A school column says the same few schools on every row: each is resolved once (a board
    // can have hundreds of schools).
    let mut resolved: HashMap<String, String> = HashMap::new();
    // Complete exports of a later day, imported before: a pupil this file adds, whom they did
    // not list, had left by the first of them. Of an earlier day: a pupil this file adds came
    // after them, and the register knows them from this export's day (`first_listed_on`).
    let complete_imports = tx.complete_imports()?;
    // The days of later exports that had a purpose's column, imported before. A pupil one of
    // them listed was asked it then: whatever the cell said (an empty cell too, after a yearly
    // reset), that answer is later than this file's.
    let mut asked_later: HashMap<String, Vec<NaiveDate>> = HashMap::new();
    for (day, purposes) in tx.purposes_asked()?.into_iter().filter(|(d, _)| *d > on) {
        for purpose in purposes {
            asked_later.entry(purpose).or_default().push(day);
        }
    }
    let later_complete: Vec<_> = complete_imports.iter().filter(|(d, _)| *d > on).collect();
    let earlier_complete: Vec<_> = complete_imports.iter().filter(|(d, _)| *d < on).collect();
    let came_after = |school: Option<&str>| covered_by(&earlier_complete, school).map(|_| on);
    // Schools whose pupils were removed (erased, purged) on this file's day or later: the file
    // still lists them, and adds no pupil the register does not hold.
    let removals: Vec<(String, NaiveDate)> = tx
        .pupil_removals()?
        .into_iter()
        .filter(|(_, day)| *day >= on)
        .collect();
    // The school as the row gives it against the school the removed pupils were at: the same
    // school (a BRIN alone stands for its vestigingen), or either unknown, which might be it.
    let removed_on = |school: Option<&str>| {
        removals
            .iter()
            .filter(|(removed, _)| match school {
                Some(school) => removed.is_empty() || same_school(removed, school),
                None => true,
            })
            .map(|(_, day)| *day)
            .max()
    };
    let mut not_added: BTreeMap<Option<String>, (u64, NaiveDate)> = BTreeMap::new();
    let mut writer = tx.pupil_writer()?;
    while let Some(row) = rows.next_row() {
        let row = row.map_err(Error::Invalid)?;
        let row_school = match &row.school {
            Some(text) => Some(match resolved.get(text) {
                Some(code) => code.clone(),
                None => {
                    let code = resolve_school(text, &schools).map_err(|e| {
                        Error::Invalid(tr!(
                            "command-pupil-import-line-column",
                            source = source,
                            line = row.line,
                            column = rows.column(&Column::School),
                            error = e
                        ))
                    })?;
                    resolved.insert(text.clone(), code.clone());
                    code
                }
            }),
            None => default_school.clone(),
        };
        if let Some(school) = &row_school
            && !complete_schools.contains(school)
        {
            complete_schools.insert(school.clone());
        }
        if row.lost_letters {
            report.warnings.push(text!(
                "command-pupil-import-lost-letters",
                source = source,
                line = row.line,
                pupil = &row.number
            ));
        }
        let mut candidates = writer.numbered(&row.number)?;
        let existing = match &row_school {
            Some(school) => known(&mut candidates, school, &row),
            None if candidates.len() > 1 => {
                return Err(Error::Invalid(tr!(
                    "command-pupil-import-several-schools",
                    source = source,
                    line = row.line,
                    pupil = &row.number,
                    count = candidates.len(),
                    schools = tx.school_names(candidates.iter().map(|p| p.school.as_deref()))?
                ))
                .into());
            }
            None => candidates.pop(),
        };
        if existing.is_none()
            && let Some(removed) = removed_on(row_school.as_deref())
        {
            not_added
                .entry(row_school.clone())
                .or_insert((0, removed))
                .0 += 1;
            report.pupils_not_added_again += 1;
            continue;
        }
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
            return Err(Error::Invalid(tr!(
                "command-pupil-import-twice",
                source = source,
                line = row.line,
                column = rows.number_column(),
                pupil = &row.number
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
            first_listed_on: None,
        };
        // A new pupil is one insert; a known one is compared, and what the file does not say
        // about it (its leaving date, and any column the file lacks) is kept.
        let is_new = named && existing.is_none();
        // The day of the latest export that listed a known pupil, where it is later than this
        // one's.
        let mut listed_later = None;
        if is_new {
            pupil.left_on = covered_by(&later_complete, pupil.school.as_deref());
            pupil.first_listed_on = came_after(pupil.school.as_deref());
            if let Some(day) = pupil.left_on {
                let left = Left {
                    key: pupil.key.clone(),
                    number: pupil.leerlingnummer.clone(),
                    school: pupil.school.clone(),
                };
                report.pupils_added_left.push((left, day));
            }
            writer.insert(&pupil, on)?;
            report.pupils_added += 1;
        } else {
            let Some(old) = &existing else {
                return Err(Error::Invalid(tr!(
                    "command-pupil-import-unknown-unnamed",
                    source = source,
                    line = row.line,
                    pupil = &pupil.leerlingnummer
                ))
                .into());
            };
            if named
                && pupil.birth_date.is_some()
                && old.birth_date.is_some()
                && pupil.birth_date != old.birth_date
                && !same_name(&pupil.name, &old.name)
            {
                return Err(Error::Invalid(tr!(
                    "command-pupil-import-other-child",
                    source = source,
                    line = row.line,
                    pupil = &pupil.leerlingnummer,
                    was = short_name(&old.name),
                    was_born = old.birth_date.map_or_else(String::new, |d| d.to_string()),
                    now = short_name(&pupil.name),
                    now_born = pupil.birth_date.map_or_else(String::new, |d| d.to_string()),
                ))
                .into());
            }
            listed_later = writer.last_imported_on(&old.key)?.filter(|last| on < *last);
            if listed_later.is_some() {
                // An export older than one already imported for this pupil: the pupil stays as
                // the later one gave them (group, school, name), as its cells do. Only that the
                // pupil was listed this early is news.
                pupil = old.clone();
                report.pupils_kept += 1;
                // Unless a complete export between the two did not list them: they were away
                // then, and count from their return (one span is all the register keeps).
                if let Some(listed) = old.first_listed_on.filter(|listed| on < *listed) {
                    let between: Vec<_> = complete_imports
                        .iter()
                        .filter(|(d, _)| on < *d && *d < listed)
                        .collect();
                    if covered_by(&between, pupil.school.as_deref()).is_none() {
                        pupil.first_listed_on = came_after(pupil.school.as_deref());
                        writer.save(&pupil)?;
                    }
                }
            } else {
                if writer.mark_imported(&old.key, on)? {
                    report.dates_advanced += 1;
                }
                if !named {
                    pupil.name = old.name.clone();
                }
                pupil.left_on = old.left_on;
                pupil.first_listed_on = old.first_listed_on;
                if let Some(left) = old.left_on.filter(|left| *left <= on) {
                    // Listed by an export of a day after they left. A complete export of the
                    // school says who is there: back at school, counted from its day (one span
                    // is all the register keeps), unless a later complete export left them out
                    // too. Any other export may lag behind a leave the officer recorded: said.
                    let who = Left {
                        key: old.key.clone(),
                        number: old.leerlingnummer.clone(),
                        school: old.school.clone(),
                    };
                    let whole_school_later = options.complete && left < on;
                    match covered_by(&later_complete, old.school.as_deref()) {
                        None if whole_school_later => {
                            pupil.left_on = None;
                            pupil.first_listed_on = Some(on);
                            report.pupils_back.push((who, left));
                        }
                        // At school on this day after all: they left by the later complete
                        // export that did not list them (imported before this older one).
                        later @ Some(_) if whole_school_later => pupil.left_on = later,
                        _ => report.warnings.push(text!(
                            "command-pupil-import-listed-after-leaving",
                            pupil = who.to_string(),
                            left = left,
                            on = on
                        )),
                    }
                }
                if !rows.reads(&Column::Group) {
                    pupil.group = old.group.clone();
                }
                if !rows.reads(&Column::School) && default_school.is_none() {
                    pupil.school = old.school.clone();
                }
                pupil.school = known_vestiging(old.school.as_deref(), pupil.school.take());
                // An empty birth-date cell says nothing: the date known stays (cleared, it
                // would change who decides for a pupil of 16).
                if !rows.reads(&Column::BirthDate) || pupil.birth_date.is_none() {
                    pupil.birth_date = old.birth_date;
                }
            }
            // Counted once: a pupil an older export left alone is kept, not also unchanged.
            if listed_later.is_some() {
            } else if existing.as_ref() == Some(&pupil) {
                report.pupils_unchanged += 1;
            } else {
                report.pupils_changed += 1;
                writer.save(&pupil)?;
                born_again(tx, old, &pupil, (source, row.line), &mut report)?;
            }
        }
        // Where the birth date stands, when the file gives it (else it is the register's).
        let born_column = match rows.reads(&Column::BirthDate) {
            true => format!(", {}", rows.column(&Column::BirthDate)),
            false => String::new(),
        };
        if let Some(born) = pupil.birth_date.filter(|born| *born > today) {
            return Err(Error::Invalid(tr!(
                "command-pupil-import-born-in-future",
                source = source,
                line = row.line,
                column = &born_column,
                pupil = &pupil.leerlingnummer,
                born = born
            ))
            .into());
        }
        if pupil.birth_date.is_some_and(|born| born > on) && row.answers.iter().any(Option::is_some)
        {
            return Err(Error::Invalid(tr!(
                "command-pupil-import-born-after",
                source = source,
                line = row.line,
                column = &born_column,
                pupil = &pupil.leerlingnummer,
                on = on
            ))
            .into());
        }
        // From 16 a pupil decides alone, but an export does not say who clicked: `--by` says it
        // (by default "the file"). Under 16 a parent decided.
        let given_by = match is_sixteen(pupil.birth_date, on) {
            true => options.given_by,
            false => GivenBy::Parent,
        };
        if row.answers.iter().any(Option::is_some) {
            check_given_by(given_by, pupil.birth_date, on).map_err(|e| {
                Error::Invalid(tr!(
                    "command-pupil-import-given-by",
                    source = source,
                    line = row.line,
                    pupil = &pupil.leerlingnummer,
                    given_by = given_by.to_string(),
                    error = e
                ))
            })?;
        }
        let evidence = crate::domain::consent::import_evidence(source, row.line);
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
            let last_imported = events.iter().rev().find(|e| e.source.is_some());
            // What an earlier import recorded on the pupil's own side before the 16th birthday
            // on record (a birth date corrected since) does not count: the same answer now is
            // the first that does, and is recorded.
            let counting = |e: &&Event| !before_sixteen(e, pupil.birth_date);
            let previous = remembered.map(|(answer, _)| answer).or_else(|| {
                last_imported
                    .filter(counting)
                    .map(|e| as_answer(e.decision))
            });
            // An export older than one imported before is a snapshot of a past that the later
            // one replaced: it records, reconfirms and remembers nothing. Without this, a "ja"
            // of September imported after October's "nee" would grant again.
            // The later export that last listed the pupil, where it had this column, asked them
            // too, though its cell may have been empty and left nothing behind. (Of the exports
            // between, the register does not keep whom each listed.)
            let asked = listed_later.filter(|listed| {
                asked_later
                    .get(&purpose.id)
                    .is_some_and(|days| days.contains(listed))
            });
            let last_import_on = remembered
                .map(|(_, on)| on)
                .into_iter()
                .chain(last_imported.map(|e| e.date))
                .chain(asked)
                .max();
            let older = last_import_on.is_some_and(|last| on < last);
            let own = decider_standing(purpose, &events, given_by, None, on, pupil.birth_date)
                .filter(counting);
            let mut recorded =
                imported_decision(answer, options.form, previous, own, on).filter(|_| !older);
            let mut reconfirms = false;
            if recorded.is_none() && options.reconfirm && !is_new && !older {
                // This year's answer, the same as what stands: evidence of a renewed decision.
                // Where a later decision says otherwise, the file overrules nothing.
                let now = standing(purpose, &events, today.max(on), pupil.birth_date);
                let decision = match now.state {
                    State::Withdrawn => Decision::Withdrawn,
                    _ => answer,
                };
                // The same re-confirmation imported twice is one renewed decision, not two.
                let again = events
                    .iter()
                    .any(|e| e.source.is_some() && e.date == on && e.decision == decision);
                if agrees(answer, now.state) && !again {
                    recorded = Some(decision);
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
                    form: options.form,
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
                        form: options.form,
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
                _ if older => {}
                _ if previous != Some(answer) => {
                    writer.remember_answer(key, &purpose.id, answer, on)?;
                    report.answers_changed += 1;
                }
                // The same answer in a later snapshot: its date is what a still older export
                // is measured against.
                _ if last_import_on.is_some_and(|last| on > last) => {
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
                false => standing(purpose, &events, today.max(on), pupil.birth_date),
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
            if recorded.is_none() && !agrees && (now.state != State::Unknown || older) {
                report.decisions_kept += 1;
                let said = match last_import_on.filter(|_| older) {
                    Some(last) => text!(
                        "command-pupil-import-cell-older",
                        answer = answer.word(),
                        on = on,
                        last = last,
                        reason = reason(purpose, &now)
                    ),
                    None => text!(
                        "command-pupil-import-cell-kept",
                        answer = answer.word(),
                        reason = reason(purpose, &now)
                    ),
                };
                report.cells.push(cell("kept", now.state, said));
            } else if let Some(decision) = recorded.filter(|_| list_recorded || !agrees) {
                let (decision_code, given_by_code, form) =
                    (decision.word(), given_by.word(), options.form.word());
                let said = match agrees {
                    true => text!(
                        "command-pupil-import-cell-recorded",
                        decision = decision_code,
                        on = on,
                        given_by = given_by_code,
                        form = form
                    ),
                    false => text!(
                        "command-pupil-import-cell-recorded-but",
                        decision = decision_code,
                        on = on,
                        given_by = given_by_code,
                        form = form,
                        reason = reason(purpose, &now)
                    ),
                };
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
    for (school, (count, removed)) in &not_added {
        report.warnings.push(match school {
            Some(school) => text!(
                "command-pupil-import-not-added-again-school",
                source = source,
                on = on,
                count = *count,
                school = school,
                removed = *removed
            ),
            None => text!(
                "command-pupil-import-not-added-again",
                source = source,
                on = on,
                count = *count,
                removed = *removed
            ),
        });
    }
    if !report.pupils_added_left.is_empty() {
        report.warnings.push(text!(
            "command-pupil-import-added-left",
            source = source,
            on = on,
            count = report.pupils_added_left.len()
        ));
    }
    if report.pupils_kept > 0 {
        report.warnings.push(text!(
            "command-pupil-import-older-pupils",
            source = source,
            on = on,
            count = report.pupils_kept
        ));
    }
    // Where consent stands, with this import's decisions: in the same transaction.
    writer.finish()?;
    if options.complete {
        let complete_schools = Vec::from_iter(complete_schools);
        let left = tx.pupils_missing_from_import(on, &complete_schools)?;
        // An older complete export, imported after later ones: who it does not list, and a
        // later export does, came after its day, and counts from the first export known to
        // list them. The same files imported in date order give the same register.
        let came_later = tx.pupils_listed_only_after(on, &complete_schools)?;
        report.complete_first = !complete_imports
            .iter()
            .any(|(day, schools)| *day == on && *schools == complete_schools);
        report.complete_schools = Some(complete_schools);
        for mut pupil in left {
            pupil.left_on = Some(on);
            tx.save_pupil(&pupil)?;
            report.pupils_left.push(Left {
                key: pupil.key,
                number: pupil.leerlingnummer,
                school: pupil.school,
            });
        }
        for (mut pupil, earliest) in came_later {
            pupil.first_listed_on = Some(earliest);
            tx.save_pupil(&pupil)?;
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
