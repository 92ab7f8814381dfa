//! Which decision stands: each decider's latest, the grant that takes a lesser form's place,
//! and the combination of every decider's into the one decision of a (pupil, purpose).

use chrono::NaiveDate;

use super::{Decision, Event, Form, GivenBy, Purpose, State, is_sixteen};

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
