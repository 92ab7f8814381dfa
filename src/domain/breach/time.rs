//! Breach times: Dutch local time in and out, stored in UTC; the AP's hours run in elapsed time.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, Timelike};
use chrono::{TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;

use super::Instant;

/// An instant shown with the offset Dutch clocks had at that moment.
pub fn dutch(t: DateTime<impl TimeZone>) -> Instant {
    t.with_timezone(&Amsterdam).fixed_offset()
}

/// A Dutch local time as people type it: `2026-10-23 16:00`, `23-10-2026 16:00` (seconds
/// optional, `T` between date and time allowed), or an ISO time with its offset
/// (`2026-10-25T02:30:00+01:00`), which is the way to name the repeated hour when the clocks go
/// back.
pub fn parse_time(text: &str) -> Result<Instant, String> {
    let at = parse_any_time(text)?;
    // chrono reads second 60 as a leap second; Dutch clocks (and most JSON readers) have none.
    if at.nanosecond() >= 1_000_000_000 {
        return Err(crate::tr!("domain-time-not-a-time", text = text));
    }
    crate::domain::date::check_year(at.date_naive()).map_err(|_| {
        crate::tr!(
            "domain-time-outside",
            text = text.trim(),
            first = crate::domain::date::YEARS.start().to_string(),
            last = crate::domain::date::YEARS.end().to_string()
        )
    })?;
    Ok(at)
}

fn parse_any_time(text: &str) -> Result<Instant, String> {
    let t = text.trim();
    let with_offset = t.replacen(' ', "T", 1);
    if let Ok(at) = DateTime::parse_from_rfc3339(&with_offset) {
        return Ok(dutch(at));
    }
    for format in ["%Y-%m-%dT%H:%M%:z", "%d-%m-%YT%H:%M%:z"] {
        if let Ok(at) = DateTime::parse_from_str(&with_offset, format) {
            return Ok(dutch(at));
        }
    }
    let local = [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%d-%m-%Y %H:%M",
        "%d-%m-%Y %H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok());
    let Some(local) = local else {
        return Err(crate::tr!("domain-time-not-a-time", text = text));
    };
    match Amsterdam.from_local_datetime(&local) {
        LocalResult::Single(at) => Ok(at.fixed_offset()),
        LocalResult::Ambiguous(summer, winter) => Err(crate::tr!(
            "domain-time-twice",
            text = text,
            summer = summer.fixed_offset().to_rfc3339(),
            winter = winter.fixed_offset().to_rfc3339()
        )),
        LocalResult::None => Err(crate::tr!("domain-time-skipped", text = text)),
    }
}

/// An instant on a Dutch clock, as the reader's language writes it (see [`show_time_in`]).
pub fn show_time(t: Instant) -> String {
    show_time_in(crate::i18n::lang(), t)
}

/// An instant on a Dutch clock as `lang` writes it: `2026-10-26 15:00` in English, `26-10-2026
/// 15:00` in Dutch, with seconds where it has them (`15:00:30`: half a minute after a deadline
/// is after it). In the hour that comes twice when the clocks go back, with its offset
/// (`25-10-2026 02:30 +01:00`): the two are an hour apart, and so are their 72 hours. Either is
/// read back by [`parse_time`].
pub fn show_time_in(lang: crate::i18n::Lang, t: Instant) -> String {
    let local = t.with_timezone(&Amsterdam);
    let day = crate::i18n::DAY_FORMATS[lang as usize];
    let shown = match local.second() {
        0 => local.format(&format!("{day} %H:%M")).to_string(),
        _ => local.format(&format!("{day} %H:%M:%S")).to_string(),
    };
    match Amsterdam.from_local_datetime(&local.naive_local()) {
        LocalResult::Ambiguous(..) => format!("{shown} {}", local.format("%:z")),
        _ => shown,
    }
}

/// An instant as an ISO string with its offset, for JSON, CSV and the register file.
pub fn iso(t: Instant) -> String {
    t.to_rfc3339()
}

/// The Dutch calendar day a moment falls on.
pub fn day_of(t: Instant) -> NaiveDate {
    t.with_timezone(&Amsterdam).date_naive()
}

/// The calendar year (Dutch time) a moment falls in.
pub fn year(t: Instant) -> i32 {
    t.with_timezone(&Amsterdam).year()
}

/// The moment a judgement "as of a day" is made at: now when the day is today, else the end of
/// that day in Dutch time.
pub fn moment_of(as_of: NaiveDate, today: NaiveDate, now: Instant) -> Instant {
    if as_of == today {
        return now;
    }
    let next = as_of.succ_opt().unwrap_or(as_of);
    let midnight = next.and_hms_opt(0, 0, 0).unwrap_or_default();
    match Amsterdam.from_local_datetime(&midnight) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => {
            (t - Duration::seconds(1)).fixed_offset()
        }
        LocalResult::None => dutch(Utc.from_utc_datetime(&midnight)),
    }
}
