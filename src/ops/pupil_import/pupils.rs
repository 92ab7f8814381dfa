//! Which pupil of the register a row of the file is, and what a row says about them.

use chrono::NaiveDate;

use super::Report;
use crate::domain::consent::{before_sixteen, is_sixteen};
use crate::domain::organisation::serves;
use crate::domain::pupil::{Pupil, same_brin, same_child, same_school};
use crate::domain::pupil_file::Row;
use crate::store::Tx;
use crate::text;

/// The pupil of the register that a row at `school` is, taken out of `candidates` (the pupils
/// with the row's number); none: a new pupil.
///
/// A leerlingnummer is unique within one school's administration: a row is the pupil
/// with its number at its school (or one without a school yet), and never a pupil of
/// another school. The vestigingen of one BRIN may share an administration: the one
/// pupil with the number, the name (and, where both are known, the birth date) of the
/// row at another vestiging of its BRIN, and at none of its own, is that pupil, who
/// moved. Another name is another child.
pub(super) fn known(candidates: &mut Vec<Pupil>, school: &str, row: &Row) -> Option<Pupil> {
    let at = candidates
        .iter()
        .position(|p| p.school.as_deref().is_some_and(|s| same_school(s, school)))
        .or_else(|| {
            let moved: Vec<usize> = (0..candidates.len())
                .filter(|&i| {
                    let p = &candidates[i];
                    p.school.as_deref().is_some_and(|s| same_brin(s, school))
                        && row.name.as_deref().is_some_and(|n| {
                            same_child((&p.name, p.birth_date), (n, row.birth_date))
                        })
                })
                .collect();
            match moved.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        })
        .or_else(|| candidates.iter().position(|p| p.school.is_none()));
    at.map(|i| candidates.swap_remove(i))
}

/// The day of the first of these complete exports (earliest first) that was the whole of
/// `school`, or of every pupil. For a pupil new to the register, whom none of them listed: of
/// the later ones, the day they had left by; of the earlier ones, that they came after it.
pub(super) fn covered_by(
    complete: &[&(NaiveDate, Vec<String>)],
    school: Option<&str>,
) -> Option<NaiveDate> {
    complete
        .iter()
        .find(|(_, schools)| school.map_or(schools.is_empty(), |s| serves(schools, s)))
        .map(|(day, _)| *day)
}

/// A birth date corrected by the file can put decisions the pupil's own side took "as 16"
/// before the 16th birthday: they no longer count (`domain::consent::before_sixteen`), and the
/// parents' decisions stand again. The register keeps them; the officer is told.
pub(super) fn born_again(
    tx: &Tx<'_>,
    old: &Pupil,
    pupil: &Pupil,
    (source, line): (&str, u64),
    report: &mut Report,
) -> anyhow::Result<()> {
    if old.birth_date == pupil.birth_date {
        return Ok(());
    }
    let void: Vec<NaiveDate> = tx
        .consent_history(&pupil.key)?
        .into_iter()
        .filter(|e| before_sixteen(e, pupil.birth_date) && !before_sixteen(e, old.birth_date))
        .map(|e| e.date)
        .collect();
    if let Some(first) = void.iter().min() {
        report.warnings.push(text!(
            "command-pupil-import-before-sixteen",
            source = source,
            line = line,
            pupil = &pupil.leerlingnummer,
            born = pupil.birth_date.map_or_else(String::new, |d| d.to_string()),
            count = void.len(),
            first = *first
        ));
    }
    // A request the pupil (or a representative, who stands in for a pupil of 16 or older) made,
    // on a day they were under 16 by the corrected date: the parents act for them, as
    // `request add` would have said.
    for r in tx.requests_about(&pupil.key)?.iter().filter(|r| {
        r.requested_by != crate::domain::request::RequestedBy::Parent
            && !is_sixteen(pupil.birth_date, r.received_on)
            && is_sixteen(old.birth_date, r.received_on)
    }) {
        report.warnings.push(text!(
            "command-pupil-import-request-under-sixteen",
            source = source,
            line = line,
            pupil = &pupil.leerlingnummer,
            born = pupil.birth_date.map_or_else(String::new, |d| d.to_string()),
            request = &r.id,
            received = r.received_on
        ));
    }
    Ok(())
}
