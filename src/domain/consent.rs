//! Parental consent: purposes, append-only decisions, and what counts as consent.

use chrono::NaiveDate;
use serde::Serialize;

use super::code_enum;
use super::text::{Kind, check};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Purpose {
    pub id: String,
    pub name: String,
    /// Requires written consent: only a `written` grant counts.
    pub explicit: bool,
    /// The external party whose exchange this purpose covers.
    pub party: Option<String>,
}

/// The purpose, other than `id`, that already has `name`: parents, the GMR and an import's
/// headers tell purposes apart by name, compared without case.
pub fn namesake<'a>(
    purposes: impl IntoIterator<Item = &'a Purpose>,
    id: &str,
    name: &str,
) -> Option<&'a Purpose> {
    purposes
        .into_iter()
        .find(|p| p.id != id && p.name.eq_ignore_ascii_case(name))
}

impl Purpose {
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err(format!("purpose {} needs a name", self.id));
        }
        // `party-<id>` is the purpose of the external party <id>, and only of that party.
        match (&self.party, self.id.strip_prefix("party-")) {
            (Some(party), Some(of)) if party == of => {}
            (Some(party), _) => {
                return Err(format!(
                    "purpose {} is about party {party}, so its id must be party-{party}",
                    self.id
                ));
            }
            (None, Some(_)) => {
                return Err(format!(
                    "purpose ids starting with party- belong to external parties on consent; {} names no party",
                    self.id
                ));
            }
            (None, None) => {}
        }
        check("the purpose's name", &self.name, Kind::Name)
    }
}

code_enum! {
    /// A decision about one purpose.
    pub enum Decision ("decision") {
        Granted = "granted", "toestemming" | "ja" | "toestemming";
        Refused = "refused", "geen toestemming" | "nee" | "geweigerd";
        Withdrawn = "withdrawn", "ingetrokken" | "ingetrokken";
    }
}

code_enum! {
    /// Who decided.
    pub enum GivenBy ("given by") {
        Parent = "parent", "ouder" | "ouder";
        Guardian = "guardian", "voogd" | "voogd";
        Pupil = "pupil", "leerling" | "leerling";
    }
}

code_enum! {
    /// How the decision was given.
    pub enum Form ("form") {
        Written = "written", "schriftelijk" | "schriftelijk";
        Digital = "digital", "digitaal" | "digitaal";
        Verbal = "verbal", "mondeling" | "mondeling";
    }
}

code_enum! {
    /// Where a (pupil, purpose) stands: its latest decision, or unknown.
    pub enum State ("consent state") {
        Granted = "granted", "toestemming";
        Refused = "refused", "geen toestemming";
        Withdrawn = "withdrawn", "ingetrokken";
        Unknown = "unknown", "onbekend";
    }
}

impl From<Decision> for State {
    fn from(d: Decision) -> State {
        match d {
            Decision::Granted => State::Granted,
            Decision::Refused => State::Refused,
            Decision::Withdrawn => State::Withdrawn,
        }
    }
}

/// How many pupils are in each state for one purpose (and school).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Consent that counts.
    pub granted: u64,
    /// Granted, but not in writing where the purpose needs it: no consent.
    pub granted_unwritten: u64,
    pub refused: u64,
    pub withdrawn: u64,
    pub unknown: u64,
}

impl Tally {
    /// Counts `n` pupils whose standing decision is `state` (given in `form`, for `explicit`).
    pub fn add(&mut self, state: State, written: bool, explicit: bool, n: u64) {
        let slot = match state {
            State::Granted if explicit && !written => &mut self.granted_unwritten,
            State::Granted => &mut self.granted,
            State::Refused => &mut self.refused,
            State::Withdrawn => &mut self.withdrawn,
            State::Unknown => &mut self.unknown,
        };
        *slot += n;
    }
}

/// One recorded decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub pupil: String,
    pub purpose: String,
    pub decision: Decision,
    pub given_by: GivenBy,
    pub form: Form,
    pub date: NaiveDate,
    pub source: Option<String>,
    pub recorded_at: String,
    pub actor: String,
}

/// The decision that stands for a (pupil, purpose): the latest by date, then by recording order.
/// `events` must be in recording order.
pub fn latest(events: &[Event]) -> Option<&Event> {
    // max_by_key returns the last of equal keys: the later recorded of two on one day.
    events.iter().max_by_key(|e| e.date)
}

/// Whether the decision that stands is consent for the purpose: granted, and for an explicit
/// purpose granted in writing. No decision is never consent.
pub fn counts_as_consent(purpose: &Purpose, latest: Option<&Event>) -> bool {
    latest.is_some_and(|e| {
        e.decision == Decision::Granted && (!purpose.explicit || e.form == Form::Written)
    })
}

/// Why a pupil may or may not be included, in one sentence.
pub fn reason(purpose: &Purpose, latest: Option<&Event>) -> String {
    let Some(e) = latest else {
        return format!(
            "no decision recorded for {}: without a decision there is no consent",
            purpose.id
        );
    };
    let (by, form, on) = (e.given_by.code(), e.form.code(), e.date);
    match e.decision {
        Decision::Granted if purpose.explicit && e.form != Form::Written => format!(
            "{} was granted on {on} by {by} ({form}), but this purpose needs written consent",
            purpose.id
        ),
        Decision::Granted => format!("{} granted on {on} by {by} ({form})", purpose.id),
        Decision::Refused => format!("{} refused on {on} by {by} ({form})", purpose.id),
        Decision::Withdrawn => format!("{} withdrawn on {on} by {by} ({form})", purpose.id),
    }
}

/// What a consent cell of a school's export says: a decision, or nothing (empty).
pub fn parse_cell(cell: &str) -> Result<Option<Decision>, String> {
    match cell.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "ja" | "j" | "yes" | "y" | "1" | "toestemming" => Ok(Some(Decision::Granted)),
        "nee" | "n" | "no" | "0" | "geen toestemming" => Ok(Some(Decision::Refused)),
        _ => Err(format!(
            "'{}' is not a consent answer (ja/nee, yes/no, 1/0, toestemming/geen toestemming, or empty)",
            cell.trim()
        )),
    }
}

/// The event an imported answer adds, if any: only a decision that differs from the one that
/// stood on the import's date is recorded. A "no" after a grant is a withdrawal; a "no" after a
/// refusal or withdrawal changes nothing, and so does a "yes" after a grant, unless the import
/// brings the written form that the standing grant lacked (the earlier event stays the evidence).
pub fn imported_decision(
    answer: Decision,
    form: Form,
    standing: Option<(Decision, Form)>,
) -> Option<Decision> {
    match (answer, standing) {
        (Decision::Granted, Some((Decision::Granted, was))) => {
            (form == Form::Written && was != Form::Written).then_some(Decision::Granted)
        }
        (Decision::Granted, _) => Some(Decision::Granted),
        (_, Some((Decision::Granted, _))) => Some(Decision::Withdrawn),
        (_, Some((Decision::Refused | Decision::Withdrawn, _))) => None,
        (_, None) => Some(Decision::Refused),
    }
}

/// A decision is recorded for a day that has come, and not before the pupil was born.
pub fn check_decision_date(
    on: NaiveDate,
    today: NaiveDate,
    birth_date: Option<NaiveDate>,
) -> Result<(), String> {
    if on > today {
        return Err(format!(
            "a decision cannot be dated after today ({today}); record it when it is taken"
        ));
    }
    match birth_date {
        Some(born) if on < born => Err(format!("{on} is before the pupil was born ({born})")),
        _ => Ok(()),
    }
}

/// The age from which a pupil decides on their own consent (AVG art. 8, UAVG art. 5).
pub const AGE_OF_CONSENT: u32 = 16;

/// A pupil may decide for themselves from their 16th birthday on.
pub fn may_decide_alone(birth_date: Option<NaiveDate>, on: NaiveDate) -> Result<(), String> {
    match birth_date {
        None => Err("the pupil's birth date is not known, so it cannot be shown that they are 16 or older; the decision must come from a parent or guardian".into()),
        Some(born) => match on.years_since(born) {
            Some(age) if age >= AGE_OF_CONSENT => Ok(()),
            _ => Err(format!(
                "the pupil is younger than {AGE_OF_CONSENT} on {on}: a parent or guardian decides (--by parent)"
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn event(decision: Decision, form: Form, date: &str) -> Event {
        Event {
            pupil: "1".into(),
            purpose: "p".into(),
            decision,
            given_by: GivenBy::Parent,
            form,
            date: d(date),
            source: None,
            recorded_at: String::new(),
            actor: String::new(),
        }
    }

    fn purpose(explicit: bool) -> Purpose {
        Purpose {
            id: "p".into(),
            name: "P".into(),
            explicit,
            party: None,
        }
    }

    #[test]
    fn an_older_decision_entered_later_does_not_win() {
        let events = [
            event(Decision::Withdrawn, Form::Written, "2026-09-01"),
            event(Decision::Granted, Form::Written, "2026-08-15"),
        ];
        assert_eq!(latest(&events).unwrap().decision, Decision::Withdrawn);
    }

    #[test]
    fn on_the_same_day_the_later_recorded_wins() {
        let events = [
            event(Decision::Granted, Form::Written, "2026-09-01"),
            event(Decision::Refused, Form::Written, "2026-09-01"),
        ];
        assert_eq!(latest(&events).unwrap().decision, Decision::Refused);
        let events = [
            event(Decision::Refused, Form::Written, "2026-09-01"),
            event(Decision::Granted, Form::Written, "2026-09-01"),
        ];
        assert_eq!(latest(&events).unwrap().decision, Decision::Granted);
    }

    #[test]
    fn no_decision_is_never_consent() {
        assert!(latest(&[]).is_none());
        assert!(!counts_as_consent(&purpose(false), None));
        assert!(reason(&purpose(false), None).contains("no decision recorded"));
    }

    #[test]
    fn withdrawal_ends_consent() {
        let events = [
            event(Decision::Granted, Form::Written, "2025-09-01"),
            event(Decision::Withdrawn, Form::Digital, "2026-02-01"),
        ];
        assert!(!counts_as_consent(&purpose(false), latest(&events)));
    }

    #[test]
    fn explicit_purposes_count_only_written_grants() {
        let written = event(Decision::Granted, Form::Written, "2026-09-01");
        let digital = event(Decision::Granted, Form::Digital, "2026-09-01");
        assert!(counts_as_consent(&purpose(true), Some(&written)));
        assert!(!counts_as_consent(&purpose(true), Some(&digital)));
        assert!(counts_as_consent(&purpose(false), Some(&digital)));
        assert!(reason(&purpose(true), Some(&digital)).contains("needs written consent"));
    }

    #[test]
    fn cells_are_read_in_dutch_and_english() {
        for yes in ["ja", "J", " yes ", "Y", "1", "Toestemming"] {
            assert_eq!(parse_cell(yes), Ok(Some(Decision::Granted)), "{yes}");
        }
        for no in [
            "nee",
            "N",
            "no",
            "0",
            "geen toestemming",
            "GEEN TOESTEMMING",
        ] {
            assert_eq!(parse_cell(no), Ok(Some(Decision::Refused)), "{no}");
        }
        assert_eq!(parse_cell("  "), Ok(None));
        assert!(parse_cell("misschien").is_err());
    }

    #[test]
    fn imports_record_only_changes() {
        use Decision::*;
        let d = Form::Digital;
        assert_eq!(imported_decision(Granted, d, None), Some(Granted));
        assert_eq!(imported_decision(Granted, d, Some((Granted, d))), None);
        assert_eq!(
            imported_decision(Granted, d, Some((Withdrawn, d))),
            Some(Granted)
        );
        assert_eq!(imported_decision(Refused, d, None), Some(Refused));
        assert_eq!(
            imported_decision(Refused, d, Some((Granted, Form::Written))),
            Some(Withdrawn)
        );
        assert_eq!(imported_decision(Refused, d, Some((Refused, d))), None);
        assert_eq!(imported_decision(Refused, d, Some((Withdrawn, d))), None);
    }

    #[test]
    fn an_import_in_writing_strengthens_a_digital_grant() {
        use Decision::*;
        assert_eq!(
            imported_decision(Granted, Form::Written, Some((Granted, Form::Digital))),
            Some(Granted)
        );
        assert_eq!(
            imported_decision(Granted, Form::Written, Some((Granted, Form::Written))),
            None
        );
        assert_eq!(
            imported_decision(Granted, Form::Digital, Some((Granted, Form::Written))),
            None
        );
    }

    #[test]
    fn decisions_are_dated_between_birth_and_today() {
        let today = d("2026-11-28");
        assert!(check_decision_date(today, today, None).is_ok());
        assert!(
            check_decision_date(d("2026-11-29"), today, None)
                .unwrap_err()
                .contains("after today")
        );
        assert!(check_decision_date(d("2015-01-01"), today, Some(d("2015-01-02"))).is_err());
        assert!(check_decision_date(d("2015-01-02"), today, Some(d("2015-01-02"))).is_ok());
    }

    #[test]
    fn pupils_decide_alone_from_their_sixteenth_birthday() {
        let born = Some(d("2010-03-15"));
        assert!(may_decide_alone(born, d("2026-03-15")).is_ok());
        assert!(may_decide_alone(born, d("2026-03-14")).is_err());
        assert!(may_decide_alone(None, d("2030-01-01")).is_err());
        // Born on 29 February: 16 on 1 March in a year without one.
        assert!(may_decide_alone(Some(d("2008-02-29")), d("2024-02-29")).is_ok());
        assert!(may_decide_alone(Some(d("2012-02-29")), d("2028-02-28")).is_err());
    }
}
