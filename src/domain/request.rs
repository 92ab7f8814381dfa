//! Requests of parents and pupils (rights of data subjects, art. 15-21 AVG) and the deadlines of
//! art. 12(3): an answer within one calendar month of receipt, extendable by two further months
//! when the requester is told so, with reasons, within the first month.

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use super::code_enum;
use super::consent::AGE_OF_CONSENT;
use super::date::next_working_day;
use super::text;

/// `request-due-soon` warns about open requests due within this many days.
pub const DUE_SOON_DAYS: i64 = 7;

code_enum! {
    /// Which right the requester exercises.
    pub enum Kind ("request kind") {
        Access = "access", "inzage" | "inzage";
        Rectification = "rectification", "rectificatie" | "rectificatie" | "correctie";
        Erasure = "erasure", "verwijdering" | "verwijdering" | "vergetelheid";
        Restriction = "restriction", "beperking" | "beperking";
        Portability = "portability", "overdraagbaarheid" | "overdraagbaarheid";
        Objection = "objection", "bezwaar" | "bezwaar";
    }
}

code_enum! {
    /// Who made the request for the pupil.
    pub enum RequestedBy ("requester") {
        Parent = "parent", "ouder" | "ouder" | "guardian" | "voogd";
        Pupil = "pupil", "leerling" | "leerling";
        Representative = "representative", "vertegenwoordiger" | "vertegenwoordiger" | "curator" | "mentor";
    }
}

code_enum! {
    /// How a request was answered.
    pub enum Outcome ("outcome") {
        Granted = "granted", "toegewezen" | "toegewezen";
        Partly = "partly", "gedeeltelijk toegewezen" | "gedeeltelijk";
        Refused = "refused", "afgewezen" | "afgewezen";
    }
}

/// One request, as the register keeps it. `pupil` is empty once the pupil is erased or purged:
/// the request stays as evidence that it was answered, without pointing at anyone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Request {
    pub id: String,
    pub kind: Kind,
    pub pupil: Option<String>,
    pub requested_by: RequestedBy,
    pub received_on: NaiveDate,
    pub via: Option<String>,
    pub notes: Option<String>,
    pub extension_reason: Option<String>,
    pub extension_notified_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    pub outcome_note: Option<String>,
}

/// `months` calendar months after `day`: the same day of the month, or the last day of a
/// shorter month (31 January + 1 month = 28 or 29 February).
fn months_after(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// The answer to a request received on `received` is due one calendar month later; a
/// Saturday, Sunday or public holiday moves it to the next working day.
pub fn due_on(received: NaiveDate) -> NaiveDate {
    next_working_day(months_after(received, 1))
}

/// An extended request is due two further months on: three calendar months after receipt in
/// all (the AP: "in totaal maximaal 3 maanden"), moved off a weekend or public holiday.
pub fn extended_due_on(received: NaiveDate) -> NaiveDate {
    next_working_day(months_after(received, 3))
}

/// Whether the requester was told of an extension in time: on or after receipt, and no later
/// than the last day of the first month (the day the answer was due).
pub fn check_extension(received: NaiveDate, notified: NaiveDate) -> Result<(), String> {
    let first_month_ends = due_on(received);
    if notified < received {
        Err(crate::tr!(
            "domain-request-told-before-received",
            notified = notified,
            received = received
        ))
    } else if notified > first_month_ends {
        Err(crate::tr!(
            "domain-request-told-late",
            notified = notified,
            ends = first_month_ends
        ))
    } else {
        Ok(())
    }
}

/// Whether `by` may make a request for a pupil born on `birth_date`, judged on the day it was
/// received. Under 16 the parents act; from 16 the pupil does, or their representative
/// (curator, mentor). A parent's request for a pupil of 16 or older is accepted with a note
/// (returned), because the pupil decides.
pub fn check_requester(
    by: RequestedBy,
    birth_date: Option<NaiveDate>,
    received: NaiveDate,
) -> Result<Option<String>, String> {
    let sixteen = super::consent::is_sixteen(birth_date, received);
    // For the message only: the rule is `is_sixteen`.
    let age = birth_date.and_then(|born| received.years_since(born));
    match by {
        RequestedBy::Pupil | RequestedBy::Representative if !sixteen => Err(match (age, by) {
            (None, _) => crate::tr!(
                "domain-request-birth-unknown",
                sixteen = AGE_OF_CONSENT,
                received = received
            ),
            (Some(age), RequestedBy::Pupil) => crate::tr!(
                "domain-request-pupil-too-young",
                age = age,
                sixteen = AGE_OF_CONSENT,
                received = received
            ),
            (Some(age), _) => crate::tr!(
                "domain-request-representative-too-young",
                age = age,
                sixteen = AGE_OF_CONSENT,
                received = received
            ),
        }),
        RequestedBy::Parent if sixteen => Ok(Some(crate::tr!(
            "domain-request-pupil-decides",
            sixteen = AGE_OF_CONSENT,
            received = received
        ))),
        _ => Ok(None),
    }
}

/// A request is received on a day that has come.
pub fn received_by(received: NaiveDate, today: NaiveDate) -> Result<(), String> {
    match received > today {
        true => Err(crate::tr!(
            "domain-request-received-after-today",
            received = received,
            today = today
        )),
        false => Ok(()),
    }
}

/// Where a request stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Open, its due date still ahead (or today).
    Open,
    /// Open, and its due date has passed.
    Overdue,
    /// Answered on or before its due date.
    AnsweredOnTime,
    /// Answered after its due date.
    AnsweredLate,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Overdue => "overdue",
            Status::AnsweredOnTime => "answered_on_time",
            Status::AnsweredLate => "answered_late",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Request {
    /// A new, open request with only what `add` requires.
    pub fn new(
        id: String,
        kind: Kind,
        pupil: String,
        requested_by: RequestedBy,
        received_on: NaiveDate,
    ) -> Request {
        Request {
            id,
            kind,
            pupil: Some(pupil),
            requested_by,
            received_on,
            via: None,
            notes: None,
            extension_reason: None,
            extension_notified_on: None,
            closed_on: None,
            outcome: None,
            outcome_note: None,
        }
    }

    pub fn is_extended(&self) -> bool {
        self.extension_notified_on.is_some()
    }

    /// The day the answer is due: one month after receipt, or three when extended.
    pub fn due_on(&self) -> NaiveDate {
        if self.is_extended() {
            extended_due_on(self.received_on)
        } else {
            due_on(self.received_on)
        }
    }

    /// The due date as it stood on `day`: the extension counts from the day the requester was
    /// told of it (or, for an answered request, at all).
    pub fn due_as_of(&self, day: NaiveDate) -> NaiveDate {
        match self.extension_notified_on {
            Some(told) if told <= day || self.closed_by(day) => extended_due_on(self.received_on),
            _ => due_on(self.received_on),
        }
    }

    /// Received on or before `day`: a request received later is not yet known on that day,
    /// to the audit, a list or a count.
    pub fn known_on(&self, day: NaiveDate) -> bool {
        self.received_on <= day
    }

    /// The request as the register knew it on `day`: without an extension told or an answer
    /// given after that day. A list as of an earlier day shows no later facts beside the
    /// status it gives for that day.
    pub fn as_known_on(mut self, day: NaiveDate) -> Request {
        if self.extension_notified_on.is_some_and(|told| told > day) {
            (self.extension_notified_on, self.extension_reason) = (None, None);
        }
        if self.closed_on.is_some_and(|closed| closed > day) {
            (self.closed_on, self.outcome, self.outcome_note) = (None, None, None);
        }
        self
    }

    /// Closed on or before `day`.
    pub fn closed_by(&self, day: NaiveDate) -> bool {
        self.closed_on.is_some_and(|c| c <= day)
    }

    /// Where the request stands on `day`: a request closed later is still open then, and an
    /// extension counts from the day the requester was told.
    pub fn status(&self, day: NaiveDate) -> Status {
        let due = self.due_as_of(day);
        match self.closed_on.filter(|c| *c <= day) {
            Some(closed) if closed <= due => Status::AnsweredOnTime,
            Some(_) => Status::AnsweredLate,
            None if day > due => Status::Overdue,
            None => Status::Open,
        }
    }

    /// Days from `day` until the due date (negative when passed); none once answered.
    pub fn days_left(&self, day: NaiveDate) -> Option<i64> {
        (!self.closed_by(day)).then(|| (self.due_as_of(day) - day).num_days())
    }

    /// Open on `day` and due within [`DUE_SOON_DAYS`] (today included).
    pub fn due_soon(&self, day: NaiveDate) -> bool {
        self.status(day) == Status::Open
            && self
                .days_left(day)
                .is_some_and(|d| (0..=DUE_SOON_DAYS).contains(&d))
    }

    /// The checks every stored request passes.
    pub fn validate(&self, today: NaiveDate) -> Result<(), String> {
        received_by(self.received_on, today)?;
        if let Some(told) = self.extension_notified_on {
            check_extension(self.received_on, told)?;
            if told > today {
                return Err(crate::tr!(
                    "domain-request-after-today",
                    flag = "--notified-on",
                    day = told,
                    today = today
                ));
            }
        }
        if let Some(closed) = self.closed_on {
            if closed < self.received_on {
                return Err(crate::tr!(
                    "domain-request-closed-before-received",
                    closed = closed,
                    received = self.received_on
                ));
            }
            if closed > today {
                return Err(crate::tr!(
                    "domain-request-after-today",
                    flag = "--on",
                    day = closed,
                    today = today
                ));
            }
            // An extension is announced while the answer is still owed, not after it was given.
            if let Some(told) = self.extension_notified_on.filter(|told| *told > closed) {
                return Err(crate::tr!(
                    "domain-request-extended-after-answer",
                    told = told,
                    closed = closed
                ));
            }
        }
        for (what, value, kind) in [
            ("--via", &self.via, text::Kind::Line),
            ("--notes", &self.notes, text::Kind::Notes),
            ("--reason", &self.extension_reason, text::Kind::Notes),
            ("--note", &self.outcome_note, text::Kind::Notes),
        ] {
            text::check_opt(what, value.as_deref(), kind)?;
        }
        Ok(())
    }
}

/// The calendar year a request is numbered and counted in: the year it was received.
pub fn year(r: &Request) -> i32 {
    r.received_on.year()
}

/// The id of the next request of a year: `2026-001`, after the highest number used that year
/// (the scheme breaches use).
pub fn next_id(year: i32, used: impl IntoIterator<Item = String>) -> String {
    super::breach::next_id(year, used)
}

/// What the GMR sees of a year and kind of request: counts only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YearCount {
    pub received: u64,
    pub on_time: u64,
    /// Answered after the due date, or still open past it.
    pub late: u64,
    /// Still open, the due date not passed.
    pub open: u64,
}

/// Per calendar year of receipt and kind, as of `day`: requests received by then, answered on
/// time, late (answered late, or open past the due date), and open within their term.
pub fn count_per_year(requests: &[Request], day: NaiveDate) -> Vec<((i32, Kind), YearCount)> {
    let mut years: std::collections::BTreeMap<(i32, Kind), YearCount> = Default::default();
    for r in requests.iter().filter(|r| r.known_on(day)) {
        let c = years.entry((year(r), r.kind)).or_default();
        c.received += 1;
        match r.status(day) {
            Status::AnsweredOnTime => c.on_time += 1,
            Status::AnsweredLate | Status::Overdue => c.late += 1,
            Status::Open => c.open += 1,
        }
    }
    years.into_iter().collect()
}

#[cfg(test)]
mod tests;
