//! A breach's deadlines: the report to the AP within 72 hours, the supplier's report within its
//! agreement's hours, telling the people affected and the Inspectie, and where each stands.

use chrono::Duration;
use serde::Serialize;

use super::{Breach, ClockKind, ClockStatus, Instant, Risk};
use crate::i18n::{Arg, Text};

impl Breach {
    /// The clocks still to mind at `now`: those not yet met, late or stopped. Closing the
    /// record ends none of the board's own duties (the report to the AP, telling the people
    /// affected): they stay until they are done. It ends the wait for the supplier's report.
    pub fn open_clocks(&self, now: Instant, notice_hours: Option<u32>) -> Vec<Clock> {
        self.clocks(now, notice_hours)
            .into_iter()
            .filter(|c| c.status.open() && (self.is_open() || c.kind != ClockKind::Processor))
            .collect()
    }

    /// Every clock of this breach at `now`. `notice_hours` is what the breach's agreement gives
    /// the supplier to report it.
    pub fn clocks(&self, now: Instant, notice_hours: Option<u32>) -> Vec<Clock> {
        let mut clocks = vec![self.ap_clock(now)];
        if let Some(due) = self.processor_due(notice_hours) {
            clocks.push(Clock::timed(
                ClockKind::Processor,
                due,
                self.supplier_reported_at,
                now,
            ));
        }
        if self.risk == Some(Risk::High) || self.subjects_notified_at.is_some() {
            let due = self.subjects_due();
            clocks.push(match self.subjects_notified_at {
                // Told without a high risk on record: a courtesy, with no moment it was due.
                Some(at) => Clock {
                    kind: ClockKind::Subjects,
                    due: (self.risk == Some(Risk::High)).then_some(due),
                    status: match self.subjects_late() {
                        true => ClockStatus::Late,
                        false => ClockStatus::Met,
                    },
                    done_at: Some(at),
                    minutes_left: None,
                },
                // "Without undue delay": due from the moment the high risk was established
                // (the audit errs at once), passed after its hours.
                None => Clock {
                    kind: ClockKind::Subjects,
                    due: Some(due),
                    status: match now > due {
                        true => ClockStatus::Overdue,
                        false => ClockStatus::Due,
                    },
                    done_at: None,
                    minutes_left: None,
                },
            });
        }
        clocks
    }

    fn ap_clock(&self, now: Instant) -> Clock {
        let due = self.ap_due();
        if self.ap_reported_at.is_none() && self.risk == Some(Risk::None) {
            return Clock {
                kind: ClockKind::Ap,
                due: Some(due),
                status: ClockStatus::Stopped,
                done_at: self.assessed_at,
                minutes_left: None,
            };
        }
        Clock::timed(ClockKind::Ap, due, self.ap_reported_at, now)
    }
}

/// One deadline and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clock {
    #[serde(rename = "clock")]
    pub kind: ClockKind,
    /// None: "without undue delay", which has no hour.
    pub due: Option<Instant>,
    pub status: ClockStatus,
    /// When it was done (or, stopped, when it was decided).
    pub done_at: Option<Instant>,
    /// Minutes until the deadline while it runs; negative when passed.
    pub minutes_left: Option<i64>,
}

impl Clock {
    fn timed(kind: ClockKind, due: Instant, done: Option<Instant>, now: Instant) -> Clock {
        let (status, minutes_left) = match done {
            Some(at) if at <= due => (ClockStatus::Met, None),
            Some(_) => (ClockStatus::Late, None),
            None => {
                // Whole minutes, rounded down: 30 seconds past the deadline is a minute late.
                let left = (due - now).num_milliseconds().div_euclid(60_000);
                let status = if now > due {
                    ClockStatus::Overdue
                } else {
                    ClockStatus::Running
                };
                (status, Some(left))
            }
        };
        Clock {
            kind,
            due: Some(due),
            status,
            done_at: done,
            minutes_left,
        }
    }

    /// Whether a cron job should speak up: passed, due now, or less than `warn_hours` away.
    pub fn pressing(&self, warn_hours: u32) -> bool {
        match self.status {
            ClockStatus::Due | ClockStatus::Overdue => true,
            ClockStatus::Running => self
                .minutes_left
                .is_some_and(|m| m < i64::from(warn_hours) * 60),
            _ => false,
        }
    }

    /// The line `breach show` prints: "AP: due 26-10-2026 15:00 (70 h left)". A message:
    /// `breach clock` gives it in English in JSON and CSV, in the reader's language in a table.
    pub fn describe(&self) -> Text {
        let name = match self.kind {
            ClockKind::Ap => crate::text!("domain-clock-kind-ap"),
            ClockKind::Processor => crate::text!("domain-clock-kind-processor"),
            ClockKind::Subjects => crate::text!("domain-clock-kind-subjects"),
        };
        let due = match self.due {
            Some(due) => crate::text!("domain-clock-due-by", time = due),
            None => crate::text!("domain-clock-undue-delay"),
        };
        let done = self.done_at.map_or(Arg::from(""), |at| {
            crate::text!("domain-clock-done", time = at).into()
        });
        let minutes = |m: i64| span(Duration::minutes(m));
        match self.status {
            ClockStatus::Running => crate::text!(
                "domain-clock-running",
                name = name,
                due = due,
                left = minutes(self.minutes_left.unwrap_or(0))
            ),
            ClockStatus::Overdue => match self.minutes_left {
                Some(left) => crate::text!(
                    "domain-clock-overdue",
                    name = name,
                    due = due,
                    late = minutes(-left)
                ),
                None => crate::text!("domain-clock-not-told-passed", name = name, due = due),
            },
            ClockStatus::Due => crate::text!("domain-clock-not-told", name = name, due = due),
            ClockStatus::Met => {
                crate::text!("domain-clock-met", name = name, due = due, done = done)
            }
            ClockStatus::Late => match (self.done_at, self.due) {
                (Some(at), Some(due_at)) => crate::text!(
                    "domain-clock-late",
                    name = name,
                    due = due,
                    done = done,
                    late = span(at - due_at)
                ),
                // Every clock has its moment; a late one without it says only that.
                _ => crate::text!(
                    "domain-clock-late-undue",
                    name = name,
                    due = due,
                    done = done
                ),
            },
            ClockStatus::Stopped => crate::text!("domain-clock-stopped", name = name),
        }
    }
}

/// A duration as hours, or minutes under an hour: "70 h", "45 min". A part of a minute counts
/// as a minute: a report 30 seconds late is "1 min" late, not "0 min".
pub fn span(d: Duration) -> Text {
    let minutes = (d.num_milliseconds() + 59_999).div_euclid(60_000).max(0);
    if minutes < 60 {
        crate::text!("domain-span-minutes", minutes = minutes)
    } else {
        crate::text!("domain-span-hours", hours = minutes / 60)
    }
}
