//! Dates as users type them: `YYYY-MM-DD`, or the Dutch `DD-MM-YYYY`.

use chrono::NaiveDate;

pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
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
        .ok_or_else(|| format!("'{text}' is not a date (use YYYY-MM-DD or DD-MM-YYYY)"))
}

/// A date as school administrations and spreadsheets write them: also `1-8-2015`,
/// `01/08/2015` and `01.08.2015` (day first), besides what [`parse_date`] reads.
pub fn parse_export_date(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    if let Ok(date) = parse_date(t) {
        return Ok(date);
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
    date.ok_or_else(|| format!("'{t}' is not a date (use DD-MM-YYYY or YYYY-MM-DD)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
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
    fn impossible_or_odd_dates_are_refused() {
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "32-01-2026",
            "2026-8-1",
            "1-8-2026",
            "2026/08/01",
            "",
            "20260801",
            "2026-08-01x",
            "+2026-08-0",
            "tomorrow",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}
