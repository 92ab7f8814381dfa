//! Pupils (leerlingen): the minimum the register needs. Never a BSN.

use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pupil {
    pub leerlingnummer: String,
    pub name: String,
    pub group: Option<String>,
    pub school: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub left_on: Option<NaiveDate>,
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
        Err(format!(
            "leerlingnummer '{number}' is not a number of at most {MAX_NUMBER_DIGITS} digits"
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
        Err(format!(
            "'{}' is not a BRIN (12AB) or BRIN with vestiging (12AB00)",
            text.trim()
        ))
    }
}

/// Whether a pupil's group matches a filter: `5b` is group 5B.
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

pub fn group_matches(group: Option<&str>, filter: &str) -> bool {
    group.is_some_and(|g| g.trim().eq_ignore_ascii_case(filter.trim()))
}

/// Whether a pupil's school matches a filter: the same code, or the filter is the BRIN of it.
pub fn school_matches(school: Option<&str>, filter: &str) -> bool {
    school.is_some_and(|s| s == filter || (filter.len() == 4 && s.starts_with(filter)))
}

impl Pupil {
    /// Still at school on `day`.
    pub fn present_on(&self, day: NaiveDate) -> bool {
        self.left_on.is_none_or(|left| left > day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_pupil_who_leaves_is_gone_from_that_day() {
        let mut p = Pupil {
            leerlingnummer: "1".into(),
            name: "A".into(),
            group: None,
            school: None,
            birth_date: None,
            left_on: Some("2026-07-10".parse().unwrap()),
        };
        assert!(p.present_on("2026-07-09".parse().unwrap()));
        assert!(!p.present_on("2026-07-10".parse().unwrap()));
        p.left_on = None;
        assert!(p.present_on("2099-01-01".parse().unwrap()));
    }
}
