//! Parental consent: purposes, append-only decisions, and what counts as consent.

use chrono::NaiveDate;
use serde::Serialize;

use super::code_enum;
use super::text::{Kind, check};
use crate::i18n::Text;

mod standing;

pub use standing::{
    Standing, before_sixteen, decider_standing, deciders, standing, standing_deciders,
};

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

/// The evidence an import records for a decision: the file and its line, `leerlingen.csv line
/// 2`. Stored so, in English, as every stored text is; [`evidence_in`] says it in Dutch.
pub fn import_evidence(source: &str, line: u64) -> String {
    format!("{source} line {line}")
}

/// Evidence as the reader's language says it: what [`import_evidence`] wrote, a file name
/// with its extension and a line number, is `leerlingen.csv regel 2` in Dutch (a Dutch
/// table); what a person typed (`intakeformulier line 3`) stays as they typed it.
pub fn evidence_in(lang: crate::i18n::Lang, evidence: &str) -> std::borrow::Cow<'_, str> {
    let a_file = |name: &str| {
        name.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.bytes().all(|b| b.is_ascii_alphanumeric())
        })
    };
    let line = evidence.rsplit_once(" line ").filter(|(file, line)| {
        a_file(file) && !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit())
    });
    match (lang, line) {
        (crate::i18n::Lang::Nl, Some((file, line))) => format!("{file} regel {line}").into(),
        _ => evidence.into(),
    }
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
        .find(|p| p.id != id && p.name.to_lowercase() == name.to_lowercase())
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
