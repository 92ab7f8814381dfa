//! The deadlines as an iCalendar file (RFC 5545), written by the `icalendar` crate: CRLF line
//! ends, text escaped, lines folded at 75 octets (folded again here, see [`refold`]). One event per deadline, with a UID made of
//! its kind and subject, so that a calendar subscribing again updates the event.
//!
//! Days are all-day events; breach clocks are timed events in the Europe/Amsterdam zone. The
//! crate writes no time zone definition (it adds `DTSTAMP` and `UID` to every component, which a
//! `VTIMEZONE` may not have), so the definition of Europe/Amsterdam, the EU summer-time rule, is
//! the one fixed block written here.

use chrono::Utc;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};

use crate::domain::breach::Instant;
use crate::domain::deadline::{Deadline, Due, State};

/// The zone breach clocks are given in.
pub const TZID: &str = "Europe/Amsterdam";

/// Central European Time with the EU rule since 1996: summer time from the last Sunday of March
/// 02:00 to the last Sunday of October 03:00.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Amsterdam\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19810329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19961027T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The calendar of `list`, stamped with `now`.
pub fn calendar(list: &[Deadline], board: Option<&str>, now: Instant) -> anyhow::Result<String> {
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", "-//vreg//verwerkersregister//NL"));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.append_property(("METHOD", "PUBLISH"));
    cal.name(&match board {
        Some(b) => format!("Privacytermijnen {b}"),
        None => "Privacytermijnen".to_string(),
    });
    let stamp = now.with_timezone(&Utc);
    for d in list {
        let mut e = Event::new();
        e.uid(&d.uid())
            .timestamp(stamp)
            .summary(&summary(d))
            .description(&format!(
                "{}\n\n{}",
                d.what,
                crate::tr!("domain-deadline-calendar-settle", command = &d.command)
            ))
            .add_property("CATEGORIES", d.kind.code())
            .add_property("STATUS", "CONFIRMED")
            .add_property("TRANSP", "TRANSPARENT");
        match d.due {
            Due::Day(day) => {
                // DTEND is exclusive and must come after DTSTART: the next day (the crate's
                // `all_day` writes the same day twice).
                e.starts(day).ends(day.succ_opt().unwrap_or(day));
            }
            Due::At(t) => {
                use chrono::TimeZone;
                let zone = chrono_tz::Europe::Amsterdam;
                let local = t.with_timezone(&zone).naive_local();
                // No end: a deadline is a moment (RFC 5545 3.6.1). In the hour that comes
                // twice, a local time with TZID means its first occurrence (3.3.5): the
                // second is written in UTC.
                match zone.from_local_datetime(&local) {
                    chrono::LocalResult::Ambiguous(..) => {
                        e.starts(CalendarDateTime::Utc(t.with_timezone(&chrono::Utc)))
                    }
                    _ => e.starts(CalendarDateTime::WithTimezone {
                        date_time: local,
                        tzid: TZID.to_string(),
                    }),
                };
            }
        }
        cal.push(e.done());
    }
    let mut text = refold(&cal.done().to_string());
    if list.iter().any(|d| matches!(d.due, Due::At(_))) {
        // The zone goes before the first event that refers to it.
        let at = text
            .find("BEGIN:VEVENT\r\n")
            .ok_or_else(|| anyhow::anyhow!(crate::tr!("table-calendar-no-event")))?;
        text.insert_str(at, VTIMEZONE);
    }
    Ok(text)
}

/// The longest line RFC 5545 allows, in octets, without its CRLF.
const MAX_OCTETS: usize = 75;

/// Folds every content line at 75 octets, on character boundaries. The crate folds too, but lets
/// a last continuation line of exactly 75 octets plus its leading space through (76 octets):
/// its folds are undone and made again.
fn refold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(text.len() + text.len() / 64 * 3);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut limit = MAX_OCTETS;
        while rest.len() > limit {
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            // A continuation line starts with a space.
            limit = MAX_OCTETS - 1;
        }
        out.push_str(rest);
        out.push_str("\r\n");
    }
    out
}

/// The event's title: the duty, marked when passed.
fn summary(d: &Deadline) -> String {
    match d.state {
        State::Overdue => crate::tr!("domain-deadline-calendar-overdue", what = &d.what),
        _ => d.what.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::breach::parse_time;
    use crate::domain::deadline::Kind;

    fn deadline(due: Due, what: &str) -> Deadline {
        Deadline {
            kind: Kind::BreachAp,
            due,
            undated: false,
            subject_kind: "breach",
            subject_id: "2026-001".into(),
            what: crate::text!("domain-deadline-breach-ap", id = what),
            command: crate::text!("domain-deadline-command-breach-subjects", id = what),
            state: State::Upcoming,
        }
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets() {
        let long =
            "Datalek 2026-001 melden bij de AP — één lange regel met letters als ë en ï ".repeat(4);
        let now = parse_time("2026-11-28 12:00").unwrap();
        let text = calendar(
            &[deadline(
                Due::At(parse_time("2026-11-30 16:00").unwrap()),
                &long,
            )],
            None,
            now,
        )
        .unwrap();
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        assert!(
            text.contains("DTSTART;TZID=Europe/Amsterdam:20261130T160000\r\n"),
            "{text}"
        );
        assert!(text.contains("DTSTAMP:20261128T110000Z\r\n"), "{text}");
        // The zone is defined once, before the event.
        assert_eq!(text.matches("BEGIN:VTIMEZONE").count(), 1);
        assert!(text.find("BEGIN:VTIMEZONE") < text.find("BEGIN:VEVENT"));
    }

    #[test]
    fn a_last_continuation_of_75_octets_is_folded_again() {
        let line = format!("DESCRIPTION:{}", "x".repeat(75 + 75 - 12));
        let folded = refold(&format!("{line}\r\n"));
        let lines: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(
            lines.iter().map(|l| l.len()).collect::<Vec<_>>(),
            [75, 75, 2]
        );
        assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
        // Never inside a character of more than one octet.
        let line = format!("SUMMARY:{}", "ë".repeat(60));
        for l in refold(&line).split("\r\n") {
            assert!(l.len() <= 75);
        }
        assert_eq!(refold(&line).replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn a_deadline_in_the_hour_that_comes_twice_is_written_in_utc() {
        let now = parse_time("2026-10-20 12:00").unwrap();
        let at = |t: &str| {
            calendar(&[deadline(Due::At(parse_time(t).unwrap()), "x")], None, now).unwrap()
        };
        assert!(at("2026-10-25T02:30:00+02:00").contains("DTSTART:20261025T003000Z\r\n"));
        assert!(at("2026-10-25T02:30:00+01:00").contains("DTSTART:20261025T013000Z\r\n"));
        // The hour after it is one moment: in Dutch time, with the zone.
        assert!(
            at("2026-10-25T03:30:00+01:00")
                .contains("DTSTART;TZID=Europe/Amsterdam:20261025T033000\r\n")
        );
    }

    #[test]
    fn days_are_all_day_events_and_need_no_zone() {
        let now = parse_time("2026-11-28 12:00").unwrap();
        let day = "2026-12-01".parse().unwrap();
        let text = calendar(
            &[deadline(Due::Day(day), "Evaluatie")],
            Some("Stichting"),
            now,
        )
        .unwrap();
        assert!(text.contains("DTSTART;VALUE=DATE:20261201\r\n"), "{text}");
        assert!(text.contains("DTEND;VALUE=DATE:20261202\r\n"), "{text}");
        assert!(!text.contains("VTIMEZONE"));
        assert!(text.contains("UID:breach-ap-2026-001@vreg\r\n"));
    }
}
