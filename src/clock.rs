//! The one place that reads the system clock.

use chrono::{NaiveDate, SecondsFormat, Utc};

use crate::domain::breach::{self, Instant};

/// Overrides "today" for tests and reproducible runs; `--as-of` is the user-facing way.
pub const TODAY_ENV: &str = "VREG_TODAY";

/// Overrides the current instant that breach clocks are read at, for tests and reproducible
/// runs: a Dutch local time or an ISO time with offset.
pub const NOW_ENV: &str = "VREG_NOW";

/// The Dutch date, unless `VREG_TODAY` pins it; with `VREG_NOW` alone, the Dutch day of that
/// moment. The day of the schools, whatever zone the machine runs in: a server on UTC (a cron
/// audit at 00:30 Dutch time) or a laptop abroad would otherwise date a consent decision, an
/// audit and a breach's clocks on different days.
pub fn today() -> anyhow::Result<NaiveDate> {
    match std::env::var(TODAY_ENV) {
        Ok(pinned) => crate::domain::date::parse_date(&pinned)
            .map_err(|e| crate::Error::Invalid(format!("{TODAY_ENV}: {e}")).into()),
        Err(_) => Ok(breach::day_of(instant()?)),
    }
}

/// The current instant in Dutch time, unless `VREG_NOW` pins it; with `VREG_TODAY` alone, the
/// end of that day, so that the two never disagree.
pub fn instant() -> anyhow::Result<Instant> {
    match (std::env::var(NOW_ENV), std::env::var(TODAY_ENV)) {
        (Ok(pinned), _) => breach::parse_time(&pinned)
            .map_err(|e| crate::Error::Invalid(format!("{NOW_ENV}: {e}")).into()),
        (Err(_), Ok(_)) => {
            let day = today()?;
            let tomorrow = day.succ_opt().unwrap_or(day);
            Ok(breach::moment_of(day, tomorrow, breach::dutch(Utc::now())))
        }
        (Err(_), Err(_)) => Ok(breach::dutch(Utc::now())),
    }
}

/// The current instant, for the change log and saved audit runs: RFC 3339 in UTC, to the second.
/// A pinned moment (`VREG_NOW`, `VREG_TODAY`) pins it too, so that a reproducible run records
/// the moment it runs at: the year report reads the convenant's history from these times. A pin
/// that cannot be read leaves the system's clock here (the commands that read the day refuse it).
pub fn now() -> String {
    instant()
        .map_or_else(|_| Utc::now(), |i| i.with_timezone(&Utc))
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}
