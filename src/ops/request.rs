//! Answering a request of a parent or pupil: `request close`, and `pupil erase`, which closes the
//! erasure request it carries out.

use chrono::NaiveDate;
use serde_json::json;

use crate::Error;
use crate::domain::change::EntityKind;
use crate::store;
use crate::tr;

/// Records the answer to a request: `request close`, and `pupil erase`, which closes the
/// erasure request it carries out. Refused when the request was answered already, or when
/// the day is before its receipt or after today.
pub fn close_request(
    tx: &store::Tx<'_>,
    today: NaiveDate,
    id: &str,
    on: NaiveDate,
    outcome: crate::domain::request::Outcome,
    outcome_note: Option<String>,
) -> anyhow::Result<crate::domain::request::Request> {
    let mut r = tx.request(id)?;
    if let Some(closed) = r.closed_on {
        return Err(Error::Conflict(tr!(
            "command-request-answered",
            id = &r.id,
            closed = closed,
            outcome = output_code(r.outcome)
        ))
        .into());
    }
    r.closed_on = Some(on);
    r.outcome = Some(outcome);
    r.outcome_note = crate::domain::non_empty(outcome_note);
    r.validate(today).map_err(Error::Invalid)?;
    tx.save_request(&r)?;
    tx.log(
        "close",
        EntityKind::Request,
        &r.id,
        json!({ "closed_on": on, "outcome": outcome, "note": r.outcome_note,
                "due_on": r.due_on(), "on_time": on <= r.due_on() }),
    )?;
    Ok(r)
}

fn output_code(outcome: Option<crate::domain::request::Outcome>) -> &'static str {
    outcome.map_or("", |o| o.code())
}
