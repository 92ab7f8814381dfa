//! Schools and pupils as commands name them: `--school` and a leerlingnummer.

use chrono::NaiveDate;

use crate::Error;
use crate::store;
use crate::tr;

/// Says on stderr that a pupil had left school by `day`: a decision about them still stands,
/// but the lists, the matrix and the counts of that day leave the pupil out.
pub fn say_if_gone(pupil: &crate::domain::pupil::Pupil, day: NaiveDate) {
    if let Some(left) = pupil.left_on.filter(|left| *left <= day) {
        crate::output::note(crate::tr!(
            "command-consent-pupil-gone",
            pupil = &pupil.leerlingnummer,
            left = left
        ));
    }
}

/// The pupil a command names by leerlingnummer, and by `--school` (BRIN, BRIN with vestiging,
/// or the school's name) where pupils of several schools have that number.
pub fn find_pupil(
    tx: &crate::store::Tx<'_>,
    number: &str,
    school: Option<&str>,
) -> anyhow::Result<crate::domain::pupil::Pupil> {
    let school = school_filter(tx, school)?;
    tx.pupil(number, school.as_deref())
}

/// The `--school` filter as typed: BRIN, or BRIN with vestiging.
pub fn school_filter(tx: &store::Tx<'_>, school: Option<&str>) -> anyhow::Result<Option<String>> {
    school
        .map(|s| {
            crate::domain::pupil::resolve_school(s, &tx.schools()?)
                .map_err(|e| Error::Invalid(format!("--school: {e}")).into())
        })
        .transpose()
}

/// Which pupils a list shows, from its `--group` and `--school` flags.
pub fn pupil_filter<'a>(
    tx: &store::Tx<'_>,
    day: NaiveDate,
    include_left: bool,
    group: Option<&'a str>,
    school: Option<&str>,
) -> anyhow::Result<crate::domain::pupil::PupilFilter<'a>> {
    Ok(crate::domain::pupil::PupilFilter {
        day,
        include_left,
        group,
        school: school_filter(tx, school)?,
    })
}

/// The schools given with `--school`, each once, all of them schools of the board.
pub fn board_schools(tx: &store::Tx<'_>, given: Vec<String>) -> anyhow::Result<Vec<String>> {
    let board = tx.schools()?;
    let mut schools: Vec<String> = Vec::new();
    for school in given {
        // A school's name as in [[school]] is its code too; a register that lists no schools
        // takes any BRIN, and only a BRIN.
        let school = match crate::domain::pupil::resolve_school(&school, &board) {
            Ok(code) => code,
            Err(e) if board.is_empty() => {
                return Err(Error::Invalid(format!("--school: {e}")).into());
            }
            Err(_) => school.trim().to_string(),
        };
        if !schools.contains(&school) {
            schools.push(school);
        }
    }
    // A register that lists no schools cannot check them: the codes stand as given, as they
    // do for pupils.
    if board.is_empty() {
        return Ok(schools);
    }
    let unknown = crate::domain::organisation::unknown_schools(&schools, &board);
    if !unknown.is_empty() {
        let known: Vec<String> = board
            .iter()
            .map(|s| format!("{} ({})", s.code(), s.name))
            .collect();
        return Err(Error::Invalid(match known.is_empty() {
            true => tr!("command-school-unknown-none", schools = unknown.join(", ")),
            false => tr!(
                "command-school-unknown",
                schools = unknown.join(", "),
                known = known.join(", ")
            ),
        })
        .into());
    }
    Ok(schools)
}
