//! The one place that reads the system clock.

use chrono::{Local, NaiveDate, SecondsFormat, Utc};

/// Overrides "today" for tests and reproducible runs; `--as-of` is the user-facing way.
pub const TODAY_ENV: &str = "VREG_TODAY";

/// The local date, unless `VREG_TODAY` pins it.
pub fn today() -> anyhow::Result<NaiveDate> {
    match std::env::var(TODAY_ENV) {
        Ok(pinned) => crate::domain::date::parse_date(&pinned)
            .map_err(|e| crate::Error::Invalid(format!("{TODAY_ENV}: {e}")).into()),
        Err(_) => Ok(Local::now().date_naive()),
    }
}

/// The current instant, for the change log: RFC 3339 in UTC, to the second.
pub fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
}
