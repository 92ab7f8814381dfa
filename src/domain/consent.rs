//! Parental consent: purposes, append-only decisions, and what counts as consent.

use chrono::NaiveDate;
use serde::Serialize;

use super::code_enum;
use super::text::{Kind, check};

code_enum! {
    /// Whether a purpose is asked again every school year, or once.
    pub enum Renewal ("renewal") {
        Yearly = "yearly", "jaarlijks" | "jaarlijks";
        Once = "once", "eenmalig" | "eenmalig";
    }
}

code_enum! {
    /// Whether every pupil is asked, or only those it concerns.
    pub enum AppliesTo ("applies to") {
        All = "all", "iedereen" | "iedereen" | "alle";
        Some = "some", "wie het betreft" | "sommige";
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Purpose {
    pub id: String,
    pub name: String,
    /// Needs an express statement: a `written` or `digital` grant counts, a `verbal` one never.
    pub explicit: bool,
    /// Only a `written` (paper) grant counts: a board's choice for an explicit purpose.
    pub written_only: bool,
    /// `yearly`: a decision from before this school year is stale.
    pub renewal: Renewal,
    /// `some`: asked only of the pupils it concerns, so no decision is normal.
    pub applies_to: AppliesTo,
    /// No longer used from this day: kept with its history, gone from lists, checks and the GMR.
    pub retired_on: Option<NaiveDate>,
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
    /// A purpose every pupil is asked each school year, where any form counts.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Purpose {
        Purpose {
            id: id.into(),
            name: name.into(),
            explicit: false,
            written_only: false,
            renewal: Renewal::Yearly,
            applies_to: AppliesTo::All,
            retired_on: None,
            party: None,
        }
    }

    /// The purpose of an external party on consent: explicit, asked only of the pupils
    /// concerned.
    pub fn of_party(party: &str, name: impl Into<String>) -> Purpose {
        Purpose {
            explicit: true,
            applies_to: AppliesTo::Some,
            party: Some(party.to_string()),
            ..Purpose::new(format!("party-{party}"), name)
        }
    }

    /// In use on `day`: not retired by then.
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.retired_on.is_none_or(|retired| retired > day)
    }

    /// Whether a grant in `form` is consent for this purpose.
    pub fn form_counts(&self, form: Form) -> bool {
        match form {
            _ if !self.explicit && !self.written_only => true,
            Form::Written => true,
            Form::Digital => !self.written_only,
            Form::Verbal => false,
        }
    }

    /// The forms that count, in words, for a reason or a hint.
    pub fn forms_needed(&self) -> &'static str {
        match (self.explicit || self.written_only, self.written_only) {
            (_, true) => "a written (paper) statement",
            (true, false) => "an express statement, written or digital",
            (false, false) => "any form",
        }
    }

    /// The one shape every write path stores: a purpose that demands paper demands an express
    /// statement.
    pub fn normalised(mut self) -> Purpose {
        self.name = self.name.trim().to_string();
        self.explicit |= self.written_only;
        self
    }

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
        Representative = "representative", "vertegenwoordiger" | "vertegenwoordiger" | "curator" | "mentor";
        File = "file", "bestand" | "bestand";
    }
}

impl GivenBy {
    /// A decision on the pupil's own side: the pupil of 16 or older, their curator or mentor, or
    /// an export that does not say who clicked for such a pupil. Once there is one, the
    /// parents' decisions no longer count.
    pub fn own_side(self) -> bool {
        matches!(
            self,
            GivenBy::Pupil | GivenBy::Representative | GivenBy::File
        )
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
    /// Where a (pupil, purpose) stands.
    pub enum State ("consent state") {
        Granted = "granted", "toestemming";
        Refused = "refused", "geen toestemming";
        Withdrawn = "withdrawn", "ingetrokken";
        Disputed = "disputed", "oneens";
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
    /// Granted, but in a form the purpose does not accept: no consent.
    pub granted_not_counting: u64,
    pub refused: u64,
    pub withdrawn: u64,
    /// The parents disagree: no consent.
    pub disputed: u64,
    pub unknown: u64,
}

impl Tally {
    /// Every pupil counted, whatever their state.
    pub fn pupils(&self) -> u64 {
        self.granted
            + self.granted_not_counting
            + self.refused
            + self.withdrawn
            + self.disputed
            + self.unknown
    }

    /// Adds another tally's counts (a school's to the board's).
    pub fn absorb(&mut self, other: &Tally) {
        self.granted += other.granted;
        self.granted_not_counting += other.granted_not_counting;
        self.refused += other.refused;
        self.withdrawn += other.withdrawn;
        self.disputed += other.disputed;
        self.unknown += other.unknown;
    }

    /// Counts `n` pupils whose standing decision is `state`, consent that counts or not.
    pub fn add(&mut self, state: State, counts: bool, n: u64) {
        let slot = match state {
            State::Granted if !counts => &mut self.granted_not_counting,
            State::Granted => &mut self.granted,
            State::Refused => &mut self.refused,
            State::Withdrawn => &mut self.withdrawn,
            State::Disputed => &mut self.disputed,
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
    /// Which parent, guardian or representative, when more than one can decide (`ouder 2`).
    pub decider: Option<String>,
    pub form: Form,
    pub date: NaiveDate,
    /// The form, the e-mail, or the file and line of an import.
    pub evidence: Option<String>,
    pub source: Option<String>,
    pub recorded_at: String,
    pub actor: String,
}

/// A decider's name as stored: trimmed, spaces collapsed, lower case, so that "Ouder 2" and
/// "ouder  2" are one person; empty is none.
pub fn normalise_decider(who: &str) -> Option<String> {
    let words: Vec<&str> = who.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" ").to_lowercase())
}

/// Whose decisions supersede each other: on the pupil's own side one person decides (the pupil
/// or their representative); on the parents' side each parent or guardian decides for
/// themselves. The store groups by the same key (`store::consent`).
fn decider_key(e: &Event) -> Option<(GivenBy, &str)> {
    (!e.given_by.own_side()).then(|| (e.given_by, e.decider.as_deref().unwrap_or("")))
}

/// Each decider's decision that stands on `as_of`: of those taken by then, their latest by date,
/// then by recording order. Once someone on the pupil's own side has decided, the parents'
/// decisions no longer count. `events` are of one (pupil, purpose), in recording order.
pub fn deciders(events: &[Event], as_of: NaiveDate) -> Vec<&Event> {
    let taken: Vec<&Event> = events.iter().filter(|e| e.date <= as_of).collect();
    let own_side = taken.iter().any(|e| e.given_by.own_side());
    let mut standing: Vec<&Event> = Vec::new();
    for e in taken {
        if own_side && !e.given_by.own_side() {
            continue;
        }
        match standing
            .iter_mut()
            .find(|s| decider_key(s) == decider_key(e))
        {
            // Later in recording order: on the same date it wins.
            Some(s) if e.date >= s.date => *s = e,
            Some(_) => {}
            None => standing.push(e),
        }
    }
    standing
}

/// The decision of one decider that stood on `day`: the latest event with the same decider key
/// as (`given_by`, `decider`), dated on or before `day`.
pub fn decider_standing<'a>(
    events: &'a [Event],
    given_by: GivenBy,
    decider: Option<&str>,
    day: NaiveDate,
) -> Option<&'a Event> {
    let probe = (!given_by.own_side()).then(|| (given_by, decider.unwrap_or("")));
    events
        .iter()
        .filter(|e| e.date <= day && decider_key(e) == probe)
        // max_by_key returns the last of equal keys: the later recorded of two on one day.
        .max_by_key(|e| e.date)
}

/// Where a (pupil, purpose) stands, and the decision that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub state: State,
    /// Whether this is consent: granted by everyone who decided, in a form the purpose accepts.
    pub counts: bool,
    /// The decision the state rests on: the latest refusal or withdrawal where one stands, else
    /// the latest grant in a form that counts, else the latest grant.
    pub date: Option<NaiveDate>,
    pub form: Option<Form>,
    pub given_by: Option<GivenBy>,
    pub decider: Option<String>,
}

impl Standing {
    pub const UNKNOWN: Standing = Standing {
        state: State::Unknown,
        counts: false,
        date: None,
        form: None,
        given_by: None,
        decider: None,
    };
}

/// The standing decision of a (pupil, purpose) on `as_of`, from its events in recording order.
/// A refusal or withdrawal by anyone who decides stands; a grant beside it is a dispute, which
/// is no consent. This is the reference the store's query is tested against.
pub fn standing(purpose: &Purpose, events: &[Event], as_of: NaiveDate) -> Standing {
    // A purpose retired by then is asked of no one.
    if !purpose.active_on(as_of) {
        return Standing::UNKNOWN;
    }
    let deciders = deciders(events, as_of);
    let grants = deciders
        .iter()
        .filter(|e| e.decision == Decision::Granted)
        .count();
    let refusals = deciders.len() - grants;
    let order = |e: &Event| {
        let position = events.iter().position(|x| std::ptr::eq(x, e));
        (
            e.decision != Decision::Granted,
            e.decision != Decision::Granted || purpose.form_counts(e.form),
            e.date,
            position,
        )
    };
    let Some(pick) = deciders.iter().max_by_key(|e| order(e)) else {
        return Standing::UNKNOWN;
    };
    let state = match (grants, refusals) {
        (_, 0) => State::Granted,
        (0, _) => pick.decision.into(),
        _ => State::Disputed,
    };
    Standing {
        state,
        counts: state == State::Granted && purpose.form_counts(pick.form),
        date: Some(pick.date),
        form: Some(pick.form),
        given_by: Some(pick.given_by),
        decider: pick.decider.clone(),
    }
}

/// "parent (ouder 2)", or "parent".
pub fn by_whom(given_by: GivenBy, decider: Option<&str>) -> String {
    match decider {
        Some(who) => format!("{given_by} ({who})"),
        None => given_by.to_string(),
    }
}

/// Why a pupil may or may not be included, in one sentence.
pub fn reason(purpose: &Purpose, s: &Standing) -> String {
    let id = &purpose.id;
    let (Some(on), Some(form), Some(given_by)) = (s.date, s.form, s.given_by) else {
        return format!("no decision recorded for {id}: without a decision there is no consent");
    };
    let by = by_whom(given_by, s.decider.as_deref());
    match s.state {
        State::Granted if !s.counts => format!(
            "{id} was granted on {on} by {by} ({form}), but this purpose needs {}",
            purpose.forms_needed()
        ),
        State::Granted => format!("{id} granted on {on} by {by} ({form})"),
        State::Disputed => format!(
            "{id} is disputed: granted by one parent, refused or withdrawn on {on} by {by} ({form}); there is no consent until they agree"
        ),
        State::Refused => format!("{id} refused on {on} by {by} ({form})"),
        State::Withdrawn => format!("{id} withdrawn on {on} by {by} ({form})"),
        State::Unknown => format!("no decision recorded for {id}"),
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

/// The event an imported answer adds, if any. An export is a snapshot: a cell that says what
/// the previous import of that cell said (`previous`) is no new decision, whatever was recorded
/// since. A changed cell is compared with the decision of the same decider that stood on the
/// import's date (`standing`): a "no" after a grant is a withdrawal; a "no" after a refusal or
/// withdrawal changes nothing, and so does a "yes" after a grant, unless the import brings the
/// written form that the standing grant lacked (the earlier event stays the evidence).
pub fn imported_decision(
    answer: Decision,
    form: Form,
    previous: Option<Decision>,
    standing: Option<(Decision, Form)>,
) -> Option<Decision> {
    match (answer, standing) {
        // The same answer as last time is no new decision; in writing it still strengthens a
        // grant of the same decider that is not in writing, which overrules nothing.
        (Decision::Granted, Some((Decision::Granted, was))) if previous == Some(answer) => {
            (form == Form::Written && was != Form::Written).then_some(Decision::Granted)
        }
        _ if previous == Some(answer) => None,
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

/// The latest birth date of a pupil who is 16 or older on `day`.
pub fn born_by_for_sixteen(day: NaiveDate) -> NaiveDate {
    day.checked_sub_months(chrono::Months::new(12 * AGE_OF_CONSENT))
        .unwrap_or(NaiveDate::MIN)
}

/// A pupil may decide for themselves from their 16th birthday on.
pub fn may_decide_alone(birth_date: Option<NaiveDate>, on: NaiveDate) -> Result<(), String> {
    match birth_date {
        None => Err("the pupil's birth date is not known, so it cannot be shown that they are 16 or older; the decision must come from a parent or guardian".into()),
        Some(_) if is_sixteen(birth_date, on) => Ok(()),
        Some(_) => Err(format!(
            "the pupil is younger than {AGE_OF_CONSENT} on {on}: a parent or guardian decides (--by parent)"
        )),
    }
}

/// Whether a pupil born on `birth_date` is 16 or older on `on` (29 February: 16 on 1 March in a
/// year without one). An unknown birth date cannot show it. The one age rule: consent, requests
/// and the access answer ask it; [`born_by_for_sixteen`] is its form for SQL.
pub fn is_sixteen(birth_date: Option<NaiveDate>, on: NaiveDate) -> bool {
    birth_date
        .and_then(|born| on.years_since(born))
        .is_some_and(|age| age >= AGE_OF_CONSENT)
}

/// Whether `given_by` may decide for a pupil born on `birth_date` on `on`: under 16 a parent or
/// guardian; from 16 the pupil, or their representative (curator, mentor). `file` is what an
/// import records for a pupil of 16 or older when the export does not say who clicked.
pub fn check_given_by(
    given_by: GivenBy,
    birth_date: Option<NaiveDate>,
    on: NaiveDate,
) -> Result<(), String> {
    let sixteen = may_decide_alone(birth_date, on);
    match (given_by, sixteen) {
        (GivenBy::Parent | GivenBy::Guardian, Ok(())) => Err(format!(
            "the pupil is {AGE_OF_CONSENT} or older on {on} and decides alone: record it with --by pupil (or --by representative for a curator or mentor)"
        )),
        (GivenBy::Pupil | GivenBy::File, Err(e)) => Err(e),
        (GivenBy::Representative, Err(_)) => Err(format!(
            "a representative (curator or mentor) acts for a pupil of {AGE_OF_CONSENT} or older; for a younger pupil the parents decide (--by parent)"
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const TODAY: &str = "2026-11-28";

    fn by(
        given_by: GivenBy,
        who: Option<&str>,
        decision: Decision,
        form: Form,
        date: &str,
    ) -> Event {
        Event {
            pupil: "1".into(),
            purpose: "p".into(),
            decision,
            given_by,
            decider: who.map(String::from),
            form,
            date: d(date),
            evidence: None,
            source: None,
            recorded_at: String::new(),
            actor: String::new(),
        }
    }

    fn event(decision: Decision, form: Form, date: &str) -> Event {
        by(GivenBy::Parent, None, decision, form, date)
    }

    fn purpose(explicit: bool) -> Purpose {
        Purpose {
            explicit,
            ..Purpose::new("p", "P")
        }
    }

    fn state(p: &Purpose, events: &[Event]) -> (State, bool) {
        let s = standing(p, events, d(TODAY));
        (s.state, s.counts)
    }

    #[test]
    fn an_older_decision_entered_later_does_not_win() {
        let events = [
            event(Decision::Withdrawn, Form::Written, "2026-09-01"),
            event(Decision::Granted, Form::Written, "2026-08-15"),
        ];
        assert_eq!(state(&purpose(false), &events), (State::Withdrawn, false));
    }

    #[test]
    fn on_the_same_day_the_later_recorded_wins() {
        let events = [
            event(Decision::Granted, Form::Written, "2026-09-01"),
            event(Decision::Refused, Form::Written, "2026-09-01"),
        ];
        assert_eq!(state(&purpose(false), &events).0, State::Refused);
        let events = [
            event(Decision::Refused, Form::Written, "2026-09-01"),
            event(Decision::Granted, Form::Written, "2026-09-01"),
        ];
        assert_eq!(state(&purpose(false), &events), (State::Granted, true));
    }

    #[test]
    fn a_decision_dated_after_the_day_asked_does_not_stand_yet() {
        let events = [
            event(Decision::Granted, Form::Written, "2026-09-01"),
            event(Decision::Withdrawn, Form::Written, "2026-11-29"),
        ];
        assert_eq!(state(&purpose(false), &events), (State::Granted, true));
    }

    #[test]
    fn no_decision_is_never_consent() {
        let s = standing(&purpose(false), &[], d(TODAY));
        assert_eq!(s, Standing::UNKNOWN);
        assert!(reason(&purpose(false), &s).contains("no decision recorded"));
    }

    #[test]
    fn withdrawal_ends_consent() {
        let events = [
            event(Decision::Granted, Form::Written, "2025-09-01"),
            event(Decision::Withdrawn, Form::Digital, "2026-02-01"),
        ];
        assert_eq!(state(&purpose(false), &events), (State::Withdrawn, false));
    }

    #[test]
    fn explicit_purposes_count_written_and_digital_grants_never_verbal() {
        let grant = |form| [event(Decision::Granted, form, "2026-09-01")];
        let explicit = purpose(true);
        assert!(state(&explicit, &grant(Form::Written)).1);
        assert!(state(&explicit, &grant(Form::Digital)).1);
        assert!(!state(&explicit, &grant(Form::Verbal)).1);
        assert!(state(&purpose(false), &grant(Form::Verbal)).1);
        let s = standing(&explicit, &grant(Form::Verbal), d(TODAY));
        assert!(
            reason(&explicit, &s).contains("written or digital"),
            "{}",
            reason(&explicit, &s)
        );
    }

    #[test]
    fn a_written_only_purpose_counts_paper_alone() {
        let paper = Purpose {
            written_only: true,
            ..purpose(true)
        };
        assert!(paper.form_counts(Form::Written));
        assert!(!paper.form_counts(Form::Digital));
        assert!(!paper.form_counts(Form::Verbal));
        let s = standing(
            &paper,
            &[event(Decision::Granted, Form::Digital, "2026-09-01")],
            d(TODAY),
        );
        assert!(!s.counts);
        assert!(reason(&paper, &s).contains("written (paper)"));
    }

    #[test]
    fn either_parents_refusal_stands_and_a_split_is_disputed() {
        use Decision::*;
        let p = purpose(false);
        let one = |dec, date| by(GivenBy::Parent, Some("ouder 1"), dec, Form::Digital, date);
        let two = |dec, date| by(GivenBy::Parent, Some("ouder 2"), dec, Form::Digital, date);
        assert_eq!(
            state(
                &p,
                &[one(Granted, "2026-09-01"), two(Granted, "2026-09-02")]
            ),
            (State::Granted, true)
        );
        assert_eq!(
            state(
                &p,
                &[one(Granted, "2026-09-01"), two(Refused, "2026-09-02")]
            ),
            (State::Disputed, false)
        );
        // The refusal is older, and still stands beside the other parent's later grant.
        assert_eq!(
            state(
                &p,
                &[two(Refused, "2026-08-01"), one(Granted, "2026-09-02")]
            ),
            (State::Disputed, false)
        );
        assert_eq!(
            state(
                &p,
                &[one(Refused, "2026-09-01"), two(Withdrawn, "2026-09-02")]
            ),
            (State::Withdrawn, false)
        );
        // The same parent again: their own later decision replaces the earlier.
        assert_eq!(
            state(
                &p,
                &[
                    one(Granted, "2026-09-01"),
                    two(Refused, "2026-09-02"),
                    two(Granted, "2026-10-01")
                ]
            ),
            (State::Granted, true)
        );
        let s = standing(
            &p,
            &[one(Granted, "2026-09-01"), two(Refused, "2026-09-02")],
            d(TODAY),
        );
        assert_eq!(s.decider.as_deref(), Some("ouder 2"));
        assert!(reason(&p, &s).contains("disputed"));
    }

    #[test]
    fn a_grant_in_a_form_that_counts_is_the_one_shown() {
        let explicit = purpose(true);
        let events = [
            by(
                GivenBy::Parent,
                Some("ouder 1"),
                Decision::Granted,
                Form::Written,
                "2026-09-01",
            ),
            by(
                GivenBy::Parent,
                Some("ouder 2"),
                Decision::Granted,
                Form::Verbal,
                "2026-09-05",
            ),
        ];
        let s = standing(&explicit, &events, d(TODAY));
        assert_eq!(
            (s.state, s.counts, s.form),
            (State::Granted, true, Some(Form::Written))
        );
    }

    #[test]
    fn once_the_pupil_decides_the_parents_decisions_stop_counting() {
        let p = purpose(false);
        let parent = event(Decision::Refused, Form::Written, "2025-09-01");
        assert_eq!(state(&p, std::slice::from_ref(&parent)).0, State::Refused);
        let own = by(
            GivenBy::Pupil,
            None,
            Decision::Granted,
            Form::Digital,
            "2026-10-01",
        );
        assert_eq!(
            state(&p, &[parent.clone(), own.clone()]),
            (State::Granted, true)
        );
        // The file and the pupil are one decider: the later decides.
        let file = by(
            GivenBy::File,
            None,
            Decision::Refused,
            Form::Digital,
            "2026-11-01",
        );
        assert_eq!(state(&p, &[parent, own, file]).0, State::Refused);
    }

    #[test]
    fn deciders_are_named_alike_whatever_the_spelling() {
        assert_eq!(normalise_decider("  Ouder   2 "), Some("ouder 2".into()));
        assert_eq!(normalise_decider("   "), None);
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
        assert_eq!(imported_decision(Granted, d, None, None), Some(Granted));
        assert_eq!(
            imported_decision(Granted, d, None, Some((Granted, d))),
            None
        );
        assert_eq!(
            imported_decision(Granted, d, None, Some((Withdrawn, d))),
            Some(Granted)
        );
        assert_eq!(imported_decision(Refused, d, None, None), Some(Refused));
        assert_eq!(
            imported_decision(Refused, d, None, Some((Granted, Form::Written))),
            Some(Withdrawn)
        );
        assert_eq!(
            imported_decision(Refused, d, None, Some((Refused, d))),
            None
        );
        assert_eq!(
            imported_decision(Refused, d, None, Some((Withdrawn, d))),
            None
        );
    }

    #[test]
    fn a_cell_that_says_what_the_last_import_said_never_overrules() {
        use Decision::*;
        let d = Form::Digital;
        // Withdrawn by hand since the last import said "ja": the same "ja" again changes nothing.
        assert_eq!(
            imported_decision(Granted, d, Some(Granted), Some((Withdrawn, Form::Written))),
            None
        );
        assert_eq!(
            imported_decision(Refused, d, Some(Refused), Some((Granted, Form::Written))),
            None
        );
        // A cell that changed is a new decision.
        assert_eq!(
            imported_decision(Granted, d, Some(Refused), Some((Refused, d))),
            Some(Granted)
        );
        assert_eq!(
            imported_decision(Refused, d, Some(Granted), Some((Granted, d))),
            Some(Withdrawn)
        );
    }

    #[test]
    fn an_import_in_writing_strengthens_a_digital_grant() {
        use Decision::*;
        assert_eq!(
            imported_decision(Granted, Form::Written, None, Some((Granted, Form::Digital))),
            Some(Granted)
        );
        assert_eq!(
            imported_decision(Granted, Form::Written, None, Some((Granted, Form::Written))),
            None
        );
        assert_eq!(
            imported_decision(Granted, Form::Digital, None, Some((Granted, Form::Written))),
            None
        );
    }

    #[test]
    fn decisions_are_dated_between_birth_and_today() {
        let today = d(TODAY);
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

    #[test]
    fn who_decides_depends_on_the_sixteenth_birthday() {
        let born = Some(d("2010-03-15"));
        let (before, on) = (d("2026-03-14"), d("2026-03-15"));
        for younger in [GivenBy::Parent, GivenBy::Guardian] {
            assert!(check_given_by(younger, born, before).is_ok());
            assert!(check_given_by(younger, born, on).is_err());
        }
        for own in [GivenBy::Pupil, GivenBy::Representative, GivenBy::File] {
            assert!(check_given_by(own, born, before).is_err(), "{own}");
            assert!(check_given_by(own, born, on).is_ok(), "{own}");
        }
        assert!(check_given_by(GivenBy::Representative, None, on).is_err());
        assert!(check_given_by(GivenBy::Parent, None, on).is_ok());
    }

    #[test]
    fn the_sixteen_cut_off_agrees_with_the_birthday_rule() {
        let mut day = d("2023-01-01");
        while day < d("2029-01-01") {
            let cutoff = born_by_for_sixteen(day);
            for born in [
                cutoff,
                cutoff.succ_opt().unwrap(),
                cutoff.pred_opt().unwrap(),
            ] {
                assert_eq!(
                    born <= cutoff,
                    may_decide_alone(Some(born), day).is_ok(),
                    "born {born}, on {day}"
                );
            }
            for born in [
                d("2008-02-29"),
                d("2012-02-29"),
                d("2010-02-28"),
                d("2010-03-01"),
            ] {
                assert_eq!(
                    born <= cutoff,
                    may_decide_alone(Some(born), day).is_ok(),
                    "born {born}, on {day}"
                );
            }
            day = day.succ_opt().unwrap();
        }
    }
}
