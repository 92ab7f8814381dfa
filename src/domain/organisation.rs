//! The school board (bevoegd gezag) and its schools (vestigingen).

use std::collections::HashMap;

use serde::Serialize;

use super::text::{Kind, check, check_opt, check_required};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub name: String,
    pub kvk: Option<String>,
    pub privacy_officer: Option<String>,
    /// How to reach the board as controller (art. 30(1)(a)): e-mail or telephone.
    pub contact: Option<String>,
    /// The board's postal address.
    pub address: Option<String>,
}

impl Organisation {
    pub fn validate(&self) -> Result<(), String> {
        check_required("the organisation's name", &self.name, Kind::Name)?;
        check_opt(
            "the privacy officer",
            self.privacy_officer.as_deref(),
            Kind::Name,
        )?;
        check_opt("the contact", self.contact.as_deref(), Kind::Name)?;
        check_opt("the address", self.address.as_deref(), Kind::Line)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct School {
    pub brin: String,
    pub vestiging: String,
    pub name: String,
}

impl School {
    /// BRIN: 4 characters, digits and capitals, e.g. `12AB`; vestiging: 2 digits.
    pub fn validate(&self) -> Result<(), String> {
        let brin_ok = self.brin.len() == 4
            && self
                .brin
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
        if !brin_ok {
            return Err(crate::tr!("domain-school-bad-brin", brin = &self.brin));
        }
        if self.vestiging.len() != 2 || !self.vestiging.bytes().all(|b| b.is_ascii_digit()) {
            return Err(crate::tr!(
                "domain-school-bad-vestiging",
                vestiging = &self.vestiging
            ));
        }
        if self.name.trim().is_empty() {
            return Err(crate::tr!(
                "domain-school-needs-name",
                school = format!("{}{}", self.brin, self.vestiging)
            ));
        }
        check("the school's name", &self.name, Kind::Name)
    }

    /// How a school is referred to: BRIN and vestiging together, e.g. `12AB00`.
    pub fn code(&self) -> String {
        format!("{}{}", self.brin, self.vestiging)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn school(brin: &str, vestiging: &str) -> School {
        School {
            brin: brin.into(),
            vestiging: vestiging.into(),
            name: "De Regenboog".into(),
        }
    }

    #[test]
    fn brin_and_vestiging_are_checked() {
        assert!(school("12AB", "00").validate().is_ok());
        assert!(school("12ab", "00").validate().is_err());
        assert!(school("12A", "00").validate().is_err());
        assert!(school("12AB", "0").validate().is_err());
        assert!(school("12AB", "0A").validate().is_err());
        assert_eq!(school("12AB", "01").code(), "12AB01");
    }
}

/// The school a code names: itself, or for a BRIN alone (pupils registered without their
/// vestiging) the first vestiging of that BRIN.
pub fn find_school<'a>(schools: &'a [School], code: &str) -> Option<&'a School> {
    SchoolIndex::new(schools).find(code)
}

/// The schools of a board, found by code as [`find_school`] finds them, each in constant time:
/// a report that names the school on each of its rows stays linear in the number of schools.
pub struct SchoolIndex<'a> {
    by_code: HashMap<String, &'a School>,
    first_of_brin: HashMap<&'a str, &'a School>,
}

impl<'a> SchoolIndex<'a> {
    pub fn new(schools: &'a [School]) -> SchoolIndex<'a> {
        let mut index = SchoolIndex {
            by_code: HashMap::with_capacity(schools.len()),
            first_of_brin: HashMap::new(),
        };
        for s in schools {
            index.by_code.entry(s.code()).or_insert(s);
            index.first_of_brin.entry(s.brin.as_str()).or_insert(s);
        }
        index
    }

    /// The school `code` names: itself, or for a BRIN alone its first vestiging.
    pub fn find(&self, code: &str) -> Option<&'a School> {
        self.by_code
            .get(code)
            .or_else(|| self.first_of_brin.get(code))
            .copied()
    }

    /// The school's name as the board calls it, or the code of one the register does not
    /// name; for no school, [`NO_SCHOOL`].
    pub fn name(&self, code: &str) -> String {
        match self.find(code) {
            _ if code.is_empty() => NO_SCHOOL.to_string(),
            Some(s) => s.name.clone(),
            None => code.to_string(),
        }
    }

    /// The school as a row of the GMR or the year report shows it: its name and code, so that
    /// a BRIN alone and its vestiging are told apart (`OBS De Regenboog (12AB00)`).
    pub fn label(&self, code: &str) -> String {
        school_label(code, &self.name(code))
    }
}

/// How a count of pupils without a school is labelled, in Dutch (the GMR's documents are).
pub const NO_SCHOOL: &str = "(geen school vastgelegd)";

/// A school's name with its code, as [`SchoolIndex::label`] says it.
pub fn school_label(code: &str, name: &str) -> String {
    if code.is_empty() || name == code {
        name.to_string()
    } else {
        format!("{name} ({code})")
    }
}

/// Whether a list of schools (BRIN or BRIN with vestiging; empty: every school) covers `school`,
/// itself a BRIN or BRIN with vestiging: a BRIN covers each of its vestigingen, and is covered
/// by any of them.
pub fn serves(schools: &[String], school: &str) -> bool {
    schools.is_empty() || schools.iter().any(|s| super::pupil::same_school(s, school))
}

/// A school for tests.
#[cfg(test)]
pub(crate) fn example_school(brin: &str, vestiging: &str, name: &str) -> School {
    School {
        brin: brin.into(),
        vestiging: vestiging.into(),
        name: name.into(),
    }
}

/// The schools named in `given` that are none of the board's, as they were given.
pub fn unknown_schools<'a>(given: &'a [String], board: &[School]) -> Vec<&'a str> {
    given
        .iter()
        .filter(|g| {
            !board
                .iter()
                .any(|s| serves(std::slice::from_ref(g), &s.code()))
        })
        .map(String::as_str)
        .collect()
}

#[cfg(test)]
mod serve_tests {
    use super::*;

    #[test]
    fn a_brin_covers_its_vestigingen_and_none_listed_covers_all() {
        let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(serves(&[], "12AB00"));
        assert!(serves(&list(&["12AB"]), "12AB01"));
        assert!(serves(&list(&["12AB00"]), "12AB00"));
        assert!(!serves(&list(&["12AB00"]), "12AB01"));
        assert!(serves(&list(&["12AB00"]), "12AB"));
        assert!(!serves(&list(&["34CD00"]), "12AB"));
    }

    use super::example_school as school;

    #[test]
    fn a_code_finds_its_school_and_a_brin_the_first_vestiging() {
        let board = [
            school("12AB", "00", "De Regenboog"),
            school("12AB", "01", "De Regenboog, dependance"),
            school("34CD", "00", "Het Baken"),
        ];
        let name = |code: &str| find_school(&board, code).map(|s| s.name.as_str());
        assert_eq!(name("12AB01"), Some("De Regenboog, dependance"));
        assert_eq!(name("34CD00"), Some("Het Baken"));
        assert_eq!(name("12AB"), Some("De Regenboog"));
        assert_eq!(name("34CD01"), None);
        assert_eq!(name("56EF"), None);
    }

    #[test]
    fn the_schools_a_list_names_that_the_board_has_not_are_said_as_given() {
        let board = [school("12AB", "00", "A"), school("34CD", "01", "B")];
        let given: Vec<String> = ["12AB", "12AB01", "34CD01", "56EF00", "34CD"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(unknown_schools(&given, &board), ["12AB01", "56EF00"]);
        assert!(unknown_schools(&[], &board).is_empty());
    }

    #[test]
    fn an_organisation_needs_a_name_and_one_line_texts() {
        let org = |name: &str, address: Option<&str>| Organisation {
            name: name.into(),
            kvk: None,
            privacy_officer: Some("A. de Vries".into()),
            contact: Some("fg@school.example".into()),
            address: address.map(str::to_string),
        };
        assert!(
            org("Stichting Een", Some("Schoolstraat 1, Utrecht"))
                .validate()
                .is_ok()
        );
        assert!(org("  ", None).validate().is_err());
        assert!(
            org("Stichting Een", Some("Schoolstraat 1\nUtrecht"))
                .validate()
                .is_err()
        );
        let mut officer = org("Stichting Een", None);
        officer.privacy_officer = Some("x".repeat(301));
        assert!(officer.validate().unwrap_err().contains("privacy officer"));
        let mut contact = org("Stichting Een", None);
        contact.contact = Some("a\nb".into());
        assert!(contact.validate().unwrap_err().contains("contact"));
    }

    #[test]
    fn a_school_is_labelled_with_its_code() {
        let schools = [school("12AB", "00", "De Regenboog")];
        let index = SchoolIndex::new(&schools);
        assert_eq!(index.label("12AB00"), "De Regenboog (12AB00)");
        // A BRIN alone keeps its own code beside the name of its first vestiging.
        assert_eq!(index.label("12AB"), "De Regenboog (12AB)");
        assert_eq!(index.label("99ZZ00"), "99ZZ00");
        assert_eq!(index.label(""), NO_SCHOOL);
        assert_eq!(school_label("", "x"), "x");
    }
}
