//! Dates as users type them: `YYYY-MM-DD`, or the Dutch `DD-MM-YYYY` (also `1-2-2027`), the
//! same forms in a flag as in a pupil file. Every date vreg reads lies in 1900..=2100: a year
//! `0000` is a typing error, and one that would make a pupil 2,000 years old decide alone.

use chrono::{Datelike, NaiveDate};

/// The first and last year of a date vreg accepts.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Refuses a date outside [`YEARS`].
pub fn check_year(date: NaiveDate) -> Result<NaiveDate, String> {
    if YEARS.contains(&date.year()) {
        Ok(date)
    } else {
        Err(outside(&date.to_string()))
    }
}

/// "`text` is not a date between 1900 and 2100", in the reader's language.
fn outside(text: &str) -> String {
    crate::tr!(
        "domain-date-outside",
        date = text,
        first = YEARS.start().to_string(),
        last = YEARS.end().to_string()
    )
}

/// A calendar year as a flag gives it (`2026`, spaces around it allowed, as around a date):
/// only a year of [`YEARS`], the years a date in the register can have.
pub fn parse_year(text: &str) -> Result<i32, String> {
    let t = text.trim();
    let digits = t.strip_prefix('-').unwrap_or(t);
    let year = (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse::<i32>().ok())
        .flatten()
        .ok_or_else(|| crate::tr!("domain-year-not-a-year", text = t))?;
    check_year_number(year)
}

/// Refuses a year outside [`YEARS`].
pub fn check_year_number(year: i32) -> Result<i32, String> {
    if YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(crate::tr!(
            "domain-year-out-of-range",
            year = year.to_string(),
            first = YEARS.start().to_string(),
            last = YEARS.end().to_string()
        ))
    }
}

/// "'`text`' is not a date (use YYYY-MM-DD or DD-MM-YYYY)", in the reader's language.
fn not_a_date(text: &str) -> String {
    crate::tr!("domain-date-not-a-date", text = text)
}

/// A date as a flag or a register file gives it: every form [`parse_export_date`] reads.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    parse_export_date(text)
}

/// `YYYY-MM-DD` or `DD-MM-YYYY`, both with two-digit day and month.
fn parse_strict(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    let bytes = t.as_bytes();
    let digits_at = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    let shaped = bytes.len() == 10
        && ((bytes[4] == b'-'
            && bytes[7] == b'-'
            && digits_at(0..4)
            && digits_at(5..7)
            && digits_at(8..10))
            || (bytes[2] == b'-'
                && bytes[5] == b'-'
                && digits_at(0..2)
                && digits_at(3..5)
                && digits_at(6..10)));
    let format = if bytes.len() == 10 && bytes[4] == b'-' {
        "%Y-%m-%d"
    } else {
        "%d-%m-%Y"
    };
    shaped
        .then(|| NaiveDate::parse_from_str(t, format).ok())
        .flatten()
        .ok_or_else(|| not_a_date(text))
}

/// A date as school administrations and spreadsheets write them: also `1-8-2015`,
/// `01/08/2015` and `01.08.2015` (day first), besides what [`parse_date`] reads.
pub fn parse_export_date(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    let within = |date: NaiveDate| check_year(date).map_err(|_| outside(&format!("'{t}'")));
    if let Ok(date) = parse_strict(t) {
        return within(date);
    }
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let date = match parts.as_slice() {
        [d, m, y]
            if y.len() == 4
                && d.len() <= 2
                && m.len() <= 2
                && [d, m, y]
                    .iter()
                    .all(|p| p.bytes().all(|b| b.is_ascii_digit())) =>
        {
            match (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>()) {
                (Ok(d), Ok(m), Ok(y)) => NaiveDate::from_ymd_opt(y, m, d),
                _ => None,
            }
        }
        _ => None,
    };
    date.ok_or_else(|| not_a_date(t)).and_then(within)
}

/// Easter Sunday of `year` (Gregorian; the anonymous algorithm of Meeus).
fn easter(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Whether `day` is a public holiday by the Algemene termijnenwet (art. 3): New Year's Day,
/// Good Friday, Easter Monday, King's Day (27 April, the 26th when the 27th is a Sunday; the
/// Queen's Day of 30 April before 2014), 5 May, Ascension Day, Whit Monday and both
/// Christmas days; and the Friday after Ascension, which the decrees of art. 3(3) add every
/// year. Other days those decrees add now and then (a Monday before a Tuesday holiday) are not.
pub fn public_holiday(day: NaiveDate) -> bool {
    let (year, month, date) = (day.year(), day.month(), day.day());
    let fixed = matches!((month, date), (1, 1) | (5, 5) | (12, 25) | (12, 26));
    let royal = {
        let (month, date) = if year >= 2014 { (4, 27) } else { (4, 30) };
        NaiveDate::from_ymd_opt(year, month, date).is_some_and(|d| {
            let observed = match d.weekday() {
                chrono::Weekday::Sun => d.pred_opt(),
                _ => Some(d),
            };
            observed == Some(day)
        })
    };
    let moving = easter(year).is_some_and(|easter| {
        [-2, 1, 39, 40, 50]
            .iter()
            .any(|offset| easter.checked_add_signed(chrono::Duration::days(*offset)) == Some(day))
    });
    fixed || royal || moving
}

/// A deadline that falls on a Saturday, Sunday or public holiday ([`public_holiday`]) moves to
/// the next day that is none of these (Algemene termijnenwet art. 1; EU regulation 1182/71
/// art. 3(4), which the EDPB applies to the month of art. 12(3) AVG).
pub fn next_working_day(mut day: NaiveDate) -> NaiveDate {
    while matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
        || public_holiday(day)
    {
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn easter_and_the_days_that_follow_it() {
        assert_eq!(easter(2026), Some(day("2026-04-05")));
        assert_eq!(easter(2027), Some(day("2027-03-28")));
        assert_eq!(easter(2038), Some(day("2038-04-25")));
        assert_eq!(easter(2008), Some(day("2008-03-23")));
        // Good Friday, Easter Monday, Ascension and the Friday after it, Whit Monday of 2027.
        for text in [
            "2027-03-26",
            "2027-03-29",
            "2027-05-06",
            "2027-05-07",
            "2027-05-17",
        ] {
            assert!(public_holiday(day(text)), "{text}");
        }
        // Easter Saturday, Whit Sunday and Maundy Thursday are none.
        for text in ["2027-03-27", "2027-05-16", "2027-03-25"] {
            assert!(!public_holiday(day(text)), "{text}");
        }
    }

    #[test]
    fn kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
        assert!(public_holiday(day("2027-04-27")));
        // 27 April 2025 was a Sunday: King's Day was Saturday the 26th.
        assert!(public_holiday(day("2025-04-26")));
        assert!(!public_holiday(day("2025-04-27")));
        assert!(!public_holiday(day("2026-04-26")));
        assert!(public_holiday(day("2013-04-30")));
        assert!(!public_holiday(day("2013-04-27")));
    }

    #[test]
    fn a_deadline_moves_past_weekends_and_holidays_together() {
        // Christmas 2026 is a Friday: Saturday, Sunday, then Monday the 28th.
        assert_eq!(next_working_day(day("2026-12-25")), day("2026-12-28"));
        // Good Friday 2027, the weekend, Easter Monday: Tuesday 30 March.
        assert_eq!(next_working_day(day("2027-03-26")), day("2027-03-30"));
        // 5 May, Ascension and the Friday after it, then the weekend: Monday 10 May 2027.
        assert_eq!(next_working_day(day("2027-05-05")), day("2027-05-10"));
        // New Year 2028 is a Saturday; Monday 3 January is a working day.
        assert_eq!(next_working_day(day("2028-01-01")), day("2028-01-03"));
        // A working day stays.
        assert_eq!(next_working_day(day("2026-12-24")), day("2026-12-24"));
        assert_eq!(next_working_day(NaiveDate::MAX), NaiveDate::MAX);
    }

    #[test]
    fn a_bad_date_is_refused_in_the_readers_language() {
        use crate::i18n::{Lang, speaking};
        let wrong = || parse_date("2026-13-01").unwrap_err();
        assert_eq!(
            wrong(),
            "'2026-13-01' is not a date (use YYYY-MM-DD or DD-MM-YYYY)"
        );
        assert_eq!(
            speaking(Lang::Nl, wrong),
            "'2026-13-01' is geen datum (gebruik YYYY-MM-DD of DD-MM-YYYY)"
        );
        let old = || parse_date("1899-12-31").unwrap_err();
        assert_eq!(old(), "'1899-12-31' is not a date between 1900 and 2100");
        assert_eq!(
            speaking(Lang::Nl, old),
            "'1899-12-31' is geen datum tussen 1900 en 2100"
        );
        assert_eq!(
            speaking(Lang::Nl, || check_year(d(2101, 1, 1)).unwrap_err()),
            "2101-01-01 is geen datum tussen 1900 en 2100"
        );
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_year_is_one_a_date_can_have() {
        assert_eq!(parse_year("1900"), Ok(1900));
        assert_eq!(parse_year(" 2100 "), Ok(2100));
        assert_eq!(
            parse_year("1899"),
            Err("1899 is not a year between 1900 and 2100".to_string())
        );
        assert_eq!(
            parse_year("2101"),
            Err("2101 is not a year between 1900 and 2100".to_string())
        );
        assert_eq!(
            parse_year("-2026"),
            Err("-2026 is not a year between 1900 and 2100".to_string())
        );
        for wrong in ["", "-", "+2026", "2026x", "20 26", "99999999999"] {
            assert_eq!(
                parse_year(wrong),
                Err(format!(
                    "'{}' is not a year (write it as 2026)",
                    wrong.trim()
                )),
                "{wrong:?}"
            );
        }
    }

    #[test]
    fn both_orders_are_read() {
        assert_eq!(parse_date("2026-08-01"), Ok(d(2026, 8, 1)));
        assert_eq!(parse_date("01-08-2026"), Ok(d(2026, 8, 1)));
        assert_eq!(parse_date(" 2024-02-29 "), Ok(d(2024, 2, 29)));
    }

    #[test]
    fn export_dates_are_read_day_first() {
        assert_eq!(parse_export_date("1-8-2015"), Ok(d(2015, 8, 1)));
        assert_eq!(parse_export_date("01/08/2015"), Ok(d(2015, 8, 1)));
        assert_eq!(parse_export_date("01.08.2015"), Ok(d(2015, 8, 1)));
        assert_eq!(parse_export_date("2015-08-01"), Ok(d(2015, 8, 1)));
        assert!(parse_export_date("31/02/2015").is_err());
        assert!(parse_export_date("8/1/15").is_err());
        assert!(parse_export_date("+1-8-2015").is_err());
    }

    #[test]
    fn flags_read_what_an_export_holds_within_1900_to_2100() {
        assert_eq!(parse_date("1-2-2027"), Ok(d(2027, 2, 1)));
        assert_eq!(parse_date("01-02-2027"), Ok(d(2027, 2, 1)));
        assert_eq!(parse_date("1900-01-01"), Ok(d(1900, 1, 1)));
        assert_eq!(parse_date("31-12-2100"), Ok(d(2100, 12, 31)));
        for bad in ["01-01-0000", "1899-12-31", "2101-01-01", "0000-01-01"] {
            assert!(parse_date(bad).is_err(), "{bad}");
            assert!(parse_export_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn impossible_or_odd_dates_are_refused() {
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "32-01-2026",
            "2026-8-1",
            "",
            "20260801",
            "2026-08-01x",
            "+2026-08-0",
            "tomorrow",
        ] {
            assert!(parse_strict(bad).is_err(), "{bad}");
        }
        assert!(parse_date("2026-8-1").is_err());
        assert!(parse_date("26-08-01").is_err());
    }

    #[test]
    fn a_space_or_sign_inside_a_date_is_no_date() {
        // chrono would read each of these; the shape of a strict date refuses them, and so does
        // the day-first form of an export.
        for bad in ["2026- 8-01", "2026-08- 1", "08- 8-2026"] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        // A signed year is no year of 1900..=2100 either, but the date's form is what is wrong.
        for bad in ["+026-08-01", "01-08-+202"] {
            let e = parse_date(bad).unwrap_err();
            assert!(e.contains("use YYYY-MM-DD or DD-MM-YYYY"), "{bad}: {e}");
        }
    }
}
