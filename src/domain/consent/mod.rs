//! Parental consent: purposes, append-only decisions, and what counts as consent.

use chrono::NaiveDate;
use serde::Serialize;

use super::code_enum;
use super::text::{Kind, check};
use crate::i18n::Text;

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
    pub fn forms_needed(&self) -> Text {
        match (self.explicit || self.written_only, self.written_only) {
            (_, true) => crate::text!("reason-consent-needs-written"),
            (true, false) => crate::text!("reason-consent-needs-express"),
            (false, false) => crate::text!("reason-consent-needs-any"),
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
            return Err(crate::tr!("domain-purpose-needs-name", id = &self.id));
        }
        // `party-<id>` is the purpose of the external party <id>, and only of that party.
        match (&self.party, self.id.strip_prefix("party-")) {
            (Some(party), Some(of)) if party == of => {}
            (Some(party), _) => {
                return Err(crate::tr!(
                    "domain-purpose-party-id",
                    id = &self.id,
                    party = party
                ));
            }
            (None, Some(_)) => {
                return Err(crate::tr!("domain-purpose-no-party", id = &self.id));
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

    /// A decision someone on the pupil's own side took in person (the pupil, their curator or
    /// mentor), not read from an export: it takes the place of what the file said before it.
    pub fn in_person(self) -> bool {
        matches!(self, GivenBy::Pupil | GivenBy::Representative)
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
    /// The positions in [`Tally::counts`] of the states that are no consent ("niet gegeven").
    pub const NOT_GRANTED: [usize; 4] = [1, 2, 3, 4];

    /// Every pupil counted, whatever their state.
    pub fn pupils(&self) -> u64 {
        self.counts().iter().sum()
    }

    /// The counts in the order the GMR file shows them: granted, granted in a form that does
    /// not count, refused, withdrawn, disputed, unknown.
    pub fn counts(&self) -> [u64; 6] {
        [
            self.granted,
            self.granted_not_counting,
            self.refused,
            self.withdrawn,
            self.disputed,
            self.unknown,
        ]
    }

    /// Those with no consent but unknown: the year report's "niet gegeven".
    pub fn not_granted(&self) -> u64 {
        Tally::NOT_GRANTED.iter().map(|&i| self.counts()[i]).sum()
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

/// Whose decisions supersede each other: each decider's own, by who they are and, where several
/// can decide, which one (`ouder 2`). Each parent or guardian decides for themselves; on the
/// pupil's own side so do the pupil, their representative (an adult under curatele decides
/// through the curator, not alone) and the administration's file (an export does not say who
/// clicked): a later "yes" of one never clears a refusal of another, which stands, or with a
/// grant beside it is a dispute. The store groups by the same key (`store::consent`).
fn decider_key(e: &Event) -> (GivenBy, &str) {
    (e.given_by, e.decider.as_deref().unwrap_or(""))
}

/// Whether the birth date on record (`born`) shows that `e` was not its decider's to take: a
/// decision on the pupil's own side dated before the 16th birthday. It is recorded only from
/// that birthday, so this is a birth date corrected afterwards: what the pupil (or the file)
/// decided "as 16" did not count then and does not now, and the parents' decisions stand. An
/// unknown birth date shows nothing. The store's SQL asks the same (`store::consent`).
pub fn before_sixteen(e: &Event, born: Option<NaiveDate>) -> bool {
    e.given_by.own_side() && born.is_some() && !is_sixteen(born, e.date)
}

/// The day and position in `events` of the latest decision taken by `as_of` in person on the
/// pupil's own side (the pupil, their representative): what the file said before it no longer
/// counts.
fn last_in_person(
    events: &[Event],
    as_of: NaiveDate,
    born: Option<NaiveDate>,
) -> Option<(NaiveDate, usize)> {
    events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.date <= as_of && e.given_by.in_person() && !before_sixteen(e, born))
        .map(|(at, e)| (e.date, at))
        .max()
}

/// Each decider's latest decision on `as_of`: of those taken by then, their latest by date,
/// then by recording order (for a purpose, [`standing_deciders`] puts a grant in a form that
/// counts in the place of a later one that does not). Once someone on the pupil's own side has
/// decided, the parents' decisions no longer count; once the pupil or their representative has decided in person,
/// what the file said before that no longer counts (a later export still does: it may be the
/// pupil's own change in the administration, or not). A decision on the own side dated before
/// the 16th birthday of the pupil born on `born` does not count ([`before_sixteen`]). `events`
/// are of one (pupil, purpose), in recording order.
pub fn deciders(events: &[Event], as_of: NaiveDate, born: Option<NaiveDate>) -> Vec<&Event> {
    let taken = events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.date <= as_of && !before_sixteen(e, born));
    let own_side = taken.clone().any(|(_, e)| e.given_by.own_side());
    // (date, recording order, event) of each decider's latest.
    let mut standing: Vec<(NaiveDate, usize, &Event)> = Vec::new();
    for (at, e) in taken {
        if own_side && !e.given_by.own_side() {
            continue;
        }
        match standing
            .iter_mut()
            .find(|(_, _, s)| decider_key(s) == decider_key(e))
        {
            // Later in recording order: on the same date it wins.
            Some(s) if e.date >= s.0 => *s = (e.date, at, e),
            Some(_) => {}
            None => standing.push((e.date, at, e)),
        }
    }
    let in_person = last_in_person(events, as_of, born);
    standing
        .into_iter()
        .filter(|(date, at, e)| {
            e.given_by != GivenBy::File || in_person.is_none_or(|later| later < (*date, *at))
        })
        .map(|(_, _, e)| e)
        .collect()
}

/// Each decider's decision that stands for `purpose` on `as_of`: their latest ([`deciders`]),
/// unless that is a grant in a form the purpose does not accept and the same decider granted
/// it in a form it does accept since their last refusal or withdrawal ([`in_place_of`]). A
/// spoken "yes" after a signed one does not undo the signature: the signed grant stands, with
/// its date (a spoken "yes" renews nothing that needs an express statement). Where any form
/// counts, the latest stays. What the file said before the pupil or their representative
/// decided in person no longer counts, so no such grant of the file's stands in the place of
/// its latest. The store's SQL asks the same (`store::consent`).
pub fn standing_deciders<'a>(
    purpose: &Purpose,
    events: &'a [Event],
    as_of: NaiveDate,
    born: Option<NaiveDate>,
) -> Vec<&'a Event> {
    let in_person = last_in_person(events, as_of, born);
    deciders(events, as_of, born)
        .into_iter()
        .map(|latest| {
            let after = in_person.filter(|_| latest.given_by == GivenBy::File);
            in_place_of(purpose, events, latest, as_of, born, after)
        })
        .collect()
}

/// The decision of `latest`'s decider that stands for `purpose` on `as_of`: `latest` itself,
/// unless it is a grant in a form the purpose does not accept; then the same decider's latest
/// grant in a form it does accept, if none of their refusals or withdrawals came after it
/// (by date, then recording order), else still `latest`. Only decisions after `after` (a date
/// and a position in `events`) and not taken on the own side before the 16th birthday of the
/// pupil born on `born` are looked at.
fn in_place_of<'a>(
    purpose: &Purpose,
    events: &'a [Event],
    latest: &'a Event,
    as_of: NaiveDate,
    born: Option<NaiveDate>,
    after: Option<(NaiveDate, usize)>,
) -> &'a Event {
    let counts = |e: &Event| e.decision != Decision::Granted || purpose.form_counts(e.form);
    if counts(latest) {
        return latest;
    }
    events
        .iter()
        .enumerate()
        .filter(|(at, e)| {
            e.date <= as_of
                && decider_key(e) == decider_key(latest)
                && !before_sixteen(e, born)
                && counts(e)
                && after.is_none_or(|after| after < (e.date, *at))
        })
        // The last of equal dates: the later recorded.
        .max_by_key(|(_, e)| e.date)
        .map(|(_, e)| e)
        .filter(|e| e.decision == Decision::Granted)
        .unwrap_or(latest)
}

/// The decision of one decider that stood for `purpose` on `day`: of the events with the
/// same decider key as (`given_by`, `decider`) dated on or before `day`, the latest, or the
/// grant that stands in its place ([`in_place_of`]).
pub fn decider_standing<'a>(
    purpose: &Purpose,
    events: &'a [Event],
    given_by: GivenBy,
    decider: Option<&str>,
    day: NaiveDate,
    born: Option<NaiveDate>,
) -> Option<&'a Event> {
    let probe = (given_by, decider.unwrap_or(""));
    let latest = events
        .iter()
        .filter(|e| e.date <= day && decider_key(e) == probe)
        // max_by_key returns the last of equal keys: the later recorded of two on one day.
        .max_by_key(|e| e.date)?;
    Some(in_place_of(purpose, events, latest, day, born, None))
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

/// The standing decision of a (pupil, purpose) on `as_of`, from its events in recording order,
/// for a pupil born on `born`, combining each decider's standing decision
/// ([`standing_deciders`]). A refusal or withdrawal by anyone who decides stands; a grant
/// beside it is a dispute, which is no consent. This is the reference the store's query is
/// tested against.
pub fn standing(
    purpose: &Purpose,
    events: &[Event],
    as_of: NaiveDate,
    born: Option<NaiveDate>,
) -> Standing {
    // A purpose retired by then is asked of no one.
    if !purpose.active_on(as_of) {
        return Standing::UNKNOWN;
    }
    let deciders = standing_deciders(purpose, events, as_of, born);
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

/// Who decided, said in the reader's language: "parent (ouder 2)", "ouder (ouder 2)".
pub fn said_by(given_by: GivenBy, decider: Option<&str>) -> crate::i18n::Text {
    match decider {
        Some(who) => crate::text!("reason-by-decider", who = given_by.word(), decider = who),
        None => crate::text!("reason-by", who = given_by.word()),
    }
}

/// Why a pupil may or may not be included, in one sentence: kept as a message, since JSON and
/// CSV give it in English and a table in the reader's language.
pub fn reason(purpose: &Purpose, s: &Standing) -> Text {
    let id = purpose.id.as_str();
    let (Some(on), Some(form), Some(given_by)) = (s.date, s.form, s.given_by) else {
        return crate::text!("reason-consent-no-decision", id = id);
    };
    let by = said_by(given_by, s.decider.as_deref());
    let form = form.word();
    match s.state {
        State::Granted if !s.counts => crate::text!(
            "reason-consent-granted-not-counting",
            id = id,
            on = on,
            by = by,
            form = form,
            needed = purpose.forms_needed()
        ),
        State::Unknown => crate::text!("reason-consent-unknown", id = id),
        // Granted, disputed, refused, withdrawn: one sentence each, with the same values. A
        // dispute on the pupil's own side is not one of parents.
        state => crate::text!(
            "reason-consent-standing",
            state = match state {
                State::Disputed if given_by.own_side() => "disputed-own",
                state => state.code(),
            },
            id = id,
            on = on,
            by = by,
            form = form
        ),
    }
}

impl Form {
    /// How express a statement is: written above digital above verbal. A grant in a more
    /// express form counts for every purpose the lesser one counts for, and for more.
    pub fn strength(self) -> u8 {
        match self {
            Form::Verbal => 0,
            Form::Digital => 1,
            Form::Written => 2,
        }
    }
}

/// What a consent cell of a school's export says: a decision, or nothing (empty).
pub fn parse_cell(cell: &str) -> Result<Option<Decision>, String> {
    // Spaces as a spreadsheet leaves them: around, doubled, non-breaking.
    let words = cell.split_whitespace().collect::<Vec<_>>().join(" ");
    match words.to_lowercase().as_str() {
        "" => Ok(None),
        "ja" | "j" | "yes" | "y" | "1" | "toestemming" => Ok(Some(Decision::Granted)),
        "nee" | "n" | "no" | "0" | "geen toestemming" => Ok(Some(Decision::Refused)),
        _ => Err(crate::tr!(
            "domain-consent-not-an-answer",
            cell = cell.trim()
        )),
    }
}

/// The event an imported answer adds, if any. An export is a snapshot: a cell that says what
/// the previous import of that cell said (`previous`) is no new decision, whatever was recorded
/// since. A changed cell is compared with the decision of the same decider that stood on the
/// import's date (`standing`): a "no" after a grant is a withdrawal; a "no" after a refusal or
/// withdrawal changes nothing, and so does a "yes" after a grant, unless the import brings the
/// written form that the standing grant lacked (the earlier event stays the evidence). A "yes"
/// never takes the place of a refusal or withdrawal recorded by hand for the export's own day
/// (`on`): which of the two came first that day is not known, and a withdrawal may be made at
/// any time. (Of two exports of one day, the one imported later is the later.)
pub fn imported_decision(
    answer: Decision,
    form: Form,
    previous: Option<Decision>,
    standing: Option<&Event>,
    on: NaiveDate,
) -> Option<Decision> {
    let refused_that_day = standing
        .is_some_and(|e| e.decision != Decision::Granted && e.date == on && e.source.is_none());
    let standing = standing.map(|e| (e.decision, e.form));
    match (answer, standing) {
        (Decision::Granted, _) if refused_that_day => None,
        // The same answer as last time is no new decision, even in a form more express than
        // the standing grant's (the export still says what it said); only a file of signed
        // forms (`--form written`) strengthens a grant that is not on paper.
        (Decision::Granted, Some((Decision::Granted, was))) if previous == Some(answer) => {
            (form == Form::Written && was != Form::Written).then_some(Decision::Granted)
        }
        _ if previous == Some(answer) => None,
        // A changed cell, or a cell imported for the first time: a grant in a more express
        // form than the standing grant is recorded beside it.
        (Decision::Granted, Some((Decision::Granted, was))) => {
            (form.strength() > was.strength()).then_some(Decision::Granted)
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
        return Err(crate::tr!("domain-consent-after-today", today = today));
    }
    match birth_date {
        Some(born) if on < born => Err(crate::tr!(
            "domain-consent-before-birth",
            on = on,
            born = born
        )),
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
        None => Err(crate::tr!(
            "domain-consent-birth-unknown",
            age = AGE_OF_CONSENT
        )),
        Some(_) if is_sixteen(birth_date, on) => Ok(()),
        Some(_) => Err(crate::tr!(
            "domain-consent-too-young",
            age = AGE_OF_CONSENT,
            on = on
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
    // Said only when refused: an import asks this of every cell.
    match (given_by, is_sixteen(birth_date, on)) {
        (GivenBy::Parent | GivenBy::Guardian, true) => Err(crate::tr!(
            "domain-consent-decides-alone",
            age = AGE_OF_CONSENT,
            on = on
        )),
        (GivenBy::Pupil | GivenBy::File, false) => may_decide_alone(birth_date, on),
        (GivenBy::Representative, false) => Err(crate::tr!(
            "domain-consent-representative-too-young",
            age = AGE_OF_CONSENT
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests;
