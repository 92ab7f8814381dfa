//! Pupils (leerlingen): the minimum the register needs. Never a BSN.

use chrono::NaiveDate;
use serde::Serialize;

use super::organisation::School;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pupil {
    /// The register's key of the pupil, which consent events and requests point at: the
    /// leerlingnummer, or `NUMBER@SCHOOL` for a pupil whose number a pupil of another school
    /// had first.
    #[serde(skip)]
    pub key: String,
    /// The number the school's administration gives the pupil: unique within one school.
    pub leerlingnummer: String,
    pub name: String,
    pub group: Option<String>,
    pub school: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub left_on: Option<NaiveDate>,
    /// The date of the first export that listed the pupil: before it the register did not know
    /// them. None for a pupil that came without one (from another register): known always.
    /// The register's bookkeeping, like the date of the latest export: not in lists or files.
    #[serde(skip)]
    pub first_listed_on: Option<NaiveDate>,
}

/// The longest leerlingnummer accepted; administrations use up to about ten digits.
const MAX_NUMBER_DIGITS: usize = 20;

/// A leerlingnummer is the school's own administration number: digits only. Leading zeros are
/// dropped, because a spreadsheet drops them too: `0012` and `12` are one pupil.
pub fn parse_number(number: &str) -> Result<String, String> {
    let number = number.trim();
    if !number.is_empty()
        && number.len() <= MAX_NUMBER_DIGITS
        && number.bytes().all(|b| b.is_ascii_digit())
    {
        let significant = number.trim_start_matches('0');
        Ok(if significant.is_empty() {
            "0"
        } else {
            significant
        }
        .to_string())
    } else {
        Err(crate::tr!(
            "domain-pupil-bad-number",
            number = number,
            max = MAX_NUMBER_DIGITS
        ))
    }
}

/// A school reference: a BRIN (`12AB`) or BRIN plus vestiging (`12AB00`), upper case.
pub fn parse_school(text: &str) -> Result<String, String> {
    let code = text.trim().to_ascii_uppercase();
    let brin_ok = code.len() >= 4
        && code.as_bytes()[..4]
            .iter()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    let vestiging_ok = match code.len() {
        4 => true,
        6 => code.as_bytes()[4..].iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if brin_ok && vestiging_ok {
        Ok(code)
    } else {
        Err(crate::tr!("domain-pupil-bad-school", school = text.trim()))
    }
}

/// A school as a pupil file or a flag names it: by BRIN (`12AB`), BRIN with vestiging
/// (`12AB00`), or by its name as the register's `[[school]]` gives it (ParnasSys and Magister
/// export names). A register without schools takes any BRIN, as before it had them; one with
/// schools refuses a school that is not one of them (a file of another board), listing them.
pub fn resolve_school(text: &str, schools: &[School]) -> Result<String, String> {
    let text = text.trim();
    let code = parse_school(text);
    if schools.is_empty() {
        return code;
    }
    if let Ok(code) = &code {
        // Compared in place: an import asks this for every row.
        let known = schools
            .iter()
            .any(|s| match code.split_at_checked(s.brin.len()) {
                Some((brin, vestiging)) => {
                    brin == s.brin && (vestiging.is_empty() || vestiging == s.vestiging)
                }
                None => false,
            });
        if known {
            return Ok(code.clone());
        }
    }
    let named = schools_named(text, schools);
    match named.as_slice() {
        [s] => return Ok(format!("{}{}", s.brin, s.vestiging)),
        // Two schools of one name: a name cannot say which, and a guess would put pupils (and
        // their consent) at the wrong school.
        [_, _, ..] => {
            return Err(crate::tr!(
                "domain-pupil-school-name-twice",
                school = text,
                schools = named
                    .iter()
                    .map(|s| format!("{}{}", s.brin, s.vestiging))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        [] => {}
    }
    let list = schools
        .iter()
        .map(|s| format!("{}{} ({})", s.brin, s.vestiging, s.name))
        .collect::<Vec<_>>()
        .join(", ");
    Err(crate::tr!(
        "domain-pupil-unknown-school",
        school = text,
        schools = list
    ))
}

/// The schools whose name is `text`, compared without case or extra spaces: one, or none, or
/// (two boards merged) several, which a name cannot tell apart.
fn schools_named<'a>(text: &str, schools: &'a [School]) -> Vec<&'a School> {
    let wanted = words(text);
    schools
        .iter()
        .filter(|s| words(&s.name) == wanted)
        .collect()
}

/// A name compared without case or extra spaces.
fn words(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a text (a source file name) could name a pupil: it holds their leerlingnummer as a
/// number of its own, or a word of their name (of three letters or more, prefixes aside).
pub fn names_pupil(text: &str, number: &str, name: &str) -> bool {
    const PREFIXES: &[&str] = &["van", "der", "den", "ter", "ten", "het", "von", "de", "la"];
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let numbers = lower
        .split(|c: char| !c.is_ascii_digit())
        .map(|n| n.trim_start_matches('0'));
    numbers.into_iter().any(|n| !n.is_empty() && n == number)
        || name
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3 && !PREFIXES.contains(w))
            .any(|w| words.contains(&w))
}

/// The register's key for a new pupil with this number at this school: the number, unless a
/// pupil of another school has it already.
pub fn new_key(number: &str, school: Option<&str>, taken: bool) -> String {
    match (taken, school) {
        (true, Some(school)) => format!("{number}@{school}"),
        _ => number.to_string(),
    }
}

/// Two spellings of one name: case and spacing aside.
pub fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// Whether two records of one number at one school are the same child: the same name (case
/// and spacing aside) and no other birth date. A pupil import finds a pupil who moved to
/// another vestiging by it, and a merge the pupil both registers hold.
pub fn same_child<T: PartialEq>(a: (&str, Option<T>), b: (&str, Option<T>)) -> bool {
    same_name(a.0, b.0)
        && match (a.1, b.1) {
            (Some(born), Some(other)) => born == other,
            _ => true,
        }
}

/// A pupil's name as a message may show it: the first name and the initial of the last,
/// `Lieke S.`.
pub fn short_name(name: &str) -> String {
    let parts: Vec<&str> = name.split_whitespace().collect();
    match parts.as_slice() {
        [] => String::new(),
        [only] => (*only).to_string(),
        [first, .., last] => {
            let initial: String = last.chars().take(1).flat_map(char::to_uppercase).collect();
            format!("{first} {initial}.")
        }
    }
}

/// Which pupils a list shows: those at school on `day` (or also those who left), of one group
/// and one school when given.
#[derive(Debug, Clone)]
pub struct PupilFilter<'a> {
    pub day: NaiveDate,
    pub include_left: bool,
    pub group: Option<&'a str>,
    /// BRIN, or BRIN with vestiging, as [`parse_school`] gives it.
    pub school: Option<String>,
}

impl PupilFilter<'_> {
    pub fn wants(&self, p: &Pupil) -> bool {
        (self.include_left || p.present_on(self.day))
            && self
                .group
                .is_none_or(|g| group_matches(p.group.as_deref(), g))
            && self
                .school
                .as_deref()
                .is_none_or(|s| school_matches(p.school.as_deref(), s))
    }
}

/// Whether a pupil's group matches a filter: `5b` is group 5B.
pub fn group_matches(group: Option<&str>, filter: &str) -> bool {
    group.is_some_and(|g| g.trim().eq_ignore_ascii_case(filter.trim()))
}

/// Whether two school codes are one school: equal, or one is the BRIN of the other.
pub fn same_school(a: &str, b: &str) -> bool {
    a == b || (a.len() == 4 && b.starts_with(a)) || (b.len() == 4 && a.starts_with(b))
}

/// Two schools of one BRIN, whatever their vestigingen: one institution, one administration.
pub fn same_brin(a: &str, b: &str) -> bool {
    a.len() >= 4 && b.len() >= 4 && a.get(..4) == b.get(..4)
}

/// The school of a known pupil after a file or `--school` names `given`: a BRIN alone keeps the
/// vestiging the register knows for that BRIN, so the pupil stays at their school.
pub fn known_vestiging(old: Option<&str>, given: Option<String>) -> Option<String> {
    match (old, given) {
        (Some(old), Some(given))
            if given.len() == 4 && old.len() > 4 && old.starts_with(&given) =>
        {
            Some(old.to_string())
        }
        (_, given) => given,
    }
}

/// Whether a pupil's school matches a filter: one school by [`same_school`], so a pupil known by
/// BRIN alone is found by the BRIN with a vestiging too, as `pupil show` finds them.
pub fn school_matches(school: Option<&str>, filter: &str) -> bool {
    school.is_some_and(|s| same_school(s, filter))
}

impl Pupil {
    /// At school on `day`, as far as the register can tell: listed by an export of that day
    /// or before, born by then and not yet left. (An administration's export does not say when
    /// a pupil came; the first export that lists them is the first the register knows of them.)
    pub fn present_on(&self, day: NaiveDate) -> bool {
        self.left_on.is_none_or(|left| left > day)
            && self.birth_date.is_none_or(|b| b <= day)
            && self.first_listed_on.is_none_or(|listed| listed <= day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::organisation::example_school as school;

    #[test]
    fn a_school_is_known_by_its_code_its_brin_or_its_name() {
        let board = [school("12AB", "00", "OBS De Regenboog")];
        assert_eq!(resolve_school("12AB00", &board), Ok("12AB00".into()));
        assert_eq!(resolve_school("12ab", &board), Ok("12AB".into()));
        assert_eq!(
            resolve_school(" obs de  regenboog ", &board),
            Ok("12AB00".into())
        );
        // Another BRIN of four characters is another board's school.
        assert!(
            resolve_school("34CD", &board)
                .unwrap_err()
                .contains("not one of")
        );
        // Without schools in the register, any BRIN stands.
        assert_eq!(resolve_school("34CD", &[]), Ok("34CD".into()));
    }

    /// Two schools of one name (of two boards merged): the import put every pupil at the first.
    #[test]
    fn a_name_two_schools_have_says_neither() {
        let board = [
            school("12AB", "00", "De Regenboog"),
            school("34CD", "00", "De Regenboog"),
        ];
        assert_eq!(
            resolve_school("de regenboog", &board),
            Err(
                "'de regenboog' is the name of more than one school (12AB00, 34CD00): give the \
                 BRIN with vestiging"
                    .into()
            )
        );
        assert_eq!(resolve_school("34CD00", &board), Ok("34CD00".into()));
    }

    #[test]
    fn another_vestiging_of_a_known_brin_is_not_a_school_of_the_board() {
        let board = [
            school("12AB", "00", "OBS De Regenboog"),
            school("12AB", "01", "OBS De Regenboog, dependance"),
            school("34CD", "00", "CBS Het Kompas"),
        ];
        assert_eq!(resolve_school("12AB01", &board), Ok("12AB01".into()));
        assert_eq!(resolve_school("34cd00", &board), Ok("34CD00".into()));
        assert_eq!(resolve_school("34CD", &board), Ok("34CD".into()));
        for other in ["12AB02", "34CD01", "12AC00", "56EF"] {
            let refused = resolve_school(other, &board).unwrap_err();
            assert!(
                refused.contains("12AB01 (OBS De Regenboog, dependance)"),
                "{refused}"
            );
        }
    }

    #[test]
    fn a_file_name_names_a_pupil_by_number_or_a_word_of_the_name() {
        assert!(names_pupil(
            "toestemming-1001.pdf",
            "1001",
            "Sanne de Vries"
        ));
        assert!(names_pupil("formulier vries.pdf", "1001", "Sanne de Vries"));
        assert!(!names_pupil("export-10010.csv", "1001", "Sanne de Vries"));
        // Prefixes and words under three letters name nobody.
        assert!(!names_pupil("van-2026.csv", "1001", "Piet van Dijk"));
        assert!(!names_pupil("li-2026.csv", "1001", "Li Wang"));
    }

    #[test]
    fn a_number_another_school_has_gets_the_school_in_its_key() {
        assert_eq!(new_key("1001", Some("12AB00"), true), "1001@12AB00");
        assert_eq!(new_key("1001", Some("12AB00"), false), "1001");
        assert_eq!(new_key("1001", None, true), "1001");
    }

    #[test]
    fn a_list_shows_the_pupils_of_its_day_group_and_school() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let pupil = |group: &str, school: &str, left: Option<NaiveDate>| Pupil {
            key: "1".into(),
            leerlingnummer: "1".into(),
            name: "Anna".into(),
            group: Some(group.into()),
            school: Some(school.into()),
            birth_date: None,
            left_on: left,
            first_listed_on: None,
        };
        let filter = |include_left, group, school: Option<&str>| PupilFilter {
            day,
            include_left,
            group,
            school: school.map(String::from),
        };
        let here = pupil("5B", "12AB00", None);
        let left = pupil("5B", "12AB00", day.pred_opt());
        assert!(filter(false, None, None).wants(&here));
        assert!(!filter(false, None, None).wants(&left));
        assert!(filter(true, None, None).wants(&left));
        // Leaving on the day itself: gone that day.
        assert!(!filter(false, None, None).wants(&pupil("5B", "12AB00", Some(day))));
        assert!(filter(false, Some("5b"), None).wants(&here));
        assert!(!filter(false, Some("6A"), None).wants(&here));
        assert!(filter(false, None, Some("12AB")).wants(&here));
        assert!(!filter(false, None, Some("34CD")).wants(&here));
        assert!(!filter(false, Some("5B"), Some("34CD")).wants(&here));
        assert!(!filter(true, Some("6A"), Some("12AB")).wants(&left));
        assert!(group_matches(Some(" 5B "), "5b"));
        assert!(!group_matches(None, "5B"));
    }

    #[test]
    fn numbers_are_digits_without_leading_zeros() {
        assert_eq!(parse_number("123456"), Ok("123456".to_string()));
        assert_eq!(parse_number("0012"), Ok("12".to_string()));
        assert_eq!(parse_number("000"), Ok("0".to_string()));
        assert!(parse_number("").is_err());
        assert!(parse_number("12a").is_err());
        assert!(parse_number("-1").is_err());
        assert!(parse_number(&"1".repeat(21)).is_err());
    }

    #[test]
    fn schools_are_brin_with_optional_vestiging() {
        assert_eq!(parse_school("12ab"), Ok("12AB".to_string()));
        assert_eq!(parse_school("12AB01"), Ok("12AB01".to_string()));
        assert!(parse_school("12AB0").is_err());
        assert!(parse_school("12ABXY").is_err());
        assert!(school_matches(Some("12AB01"), "12AB"));
        assert!(school_matches(Some("12AB01"), "12AB01"));
        assert!(!school_matches(Some("12AB01"), "12AB00"));
        assert!(!school_matches(None, "12AB"));
    }

    #[test]
    fn schools_are_found_by_code_or_name_among_the_registers() {
        let schools = [
            School {
                brin: "12AB".into(),
                vestiging: "00".into(),
                name: "OBS De Regenboog".into(),
            },
            School {
                brin: "34CD".into(),
                vestiging: "01".into(),
                name: "Het Baken".into(),
            },
        ];
        assert_eq!(resolve_school("12ab00", &schools), Ok("12AB00".into()));
        assert_eq!(resolve_school("34CD", &schools), Ok("34CD".into()));
        assert_eq!(
            resolve_school(" obs de  regenboog", &schools),
            Ok("12AB00".into())
        );
        let err = resolve_school("99ZZ00", &schools).unwrap_err();
        assert!(
            err.contains("12AB00 (OBS De Regenboog), 34CD01 (Het Baken)"),
            "{err}"
        );
        assert_eq!(resolve_school("99ZZ00", &[]), Ok("99ZZ00".into()));
        assert_eq!(
            known_vestiging(Some("34CD01"), Some("34CD".into())),
            Some("34CD01".into())
        );
        assert_eq!(
            known_vestiging(Some("34CD01"), Some("12AB".into())),
            Some("12AB".into())
        );
        assert_eq!(
            known_vestiging(Some("34CD01"), Some("34CD00".into())),
            Some("34CD00".into())
        );
        assert_eq!(
            known_vestiging(None, Some("34CD".into())),
            Some("34CD".into())
        );
        assert!(resolve_school("De Regenboog", &[]).is_err());
        assert_eq!(short_name("Lieke van der Smit"), "Lieke S.");
        assert_eq!(short_name("Daan"), "Daan");
        assert!(names_pupil(
            "toestemming 4711 Zwaantje.csv",
            "4711",
            "Zwaantje de Boer"
        ));
        assert!(names_pupil("toestemming-0004711.csv", "4711", "X"));
        assert!(names_pupil("Zwaantje.csv", "1", "Zwaantje de Boer"));
        assert!(!names_pupil(
            "leerlingen 2025.csv",
            "4711",
            "Zwaantje van Dijk"
        ));
        assert!(!names_pupil(
            "toestemming januari.csv",
            "47",
            "Jan van Dijk"
        ));
        assert!(!names_pupil("export 14711.csv", "4711", "A"));
    }

    #[test]
    fn a_pupil_who_leaves_is_gone_from_that_day() {
        let mut p = Pupil {
            key: "1".into(),
            leerlingnummer: "1".into(),
            name: "A".into(),
            group: None,
            school: None,
            birth_date: None,
            left_on: Some("2026-07-10".parse().unwrap()),
            first_listed_on: None,
        };
        assert!(p.present_on("2026-07-09".parse().unwrap()));
        assert!(!p.present_on("2026-07-10".parse().unwrap()));
        p.left_on = None;
        assert!(p.present_on("2099-01-01".parse().unwrap()));
        // Not before they were born: from the day of birth on.
        p.birth_date = Some("2020-02-29".parse().unwrap());
        assert!(!p.present_on("2020-02-28".parse().unwrap()));
        assert!(p.present_on("2020-02-29".parse().unwrap()));
        // Not before the first export that listed them: from its day on.
        p.first_listed_on = Some("2026-09-01".parse().unwrap());
        assert!(!p.present_on("2026-08-31".parse().unwrap()));
        assert!(p.present_on("2026-09-01".parse().unwrap()));
    }

    #[test]
    fn vestigingen_of_one_brin_share_it() {
        assert!(same_brin("12AB00", "12AB01"));
        assert!(same_brin("12AB", "12AB01"));
        assert!(!same_brin("12AB00", "12AC00"));
        assert!(!same_brin("12A", "12AB00"));
        assert!(!same_brin("", ""));
        // One school is the same BRIN; two vestigingen are not one school.
        assert!(!same_school("12AB00", "12AB01"));
    }
}
