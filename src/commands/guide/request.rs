//! A request of a parent or pupil: which right, about which pupil, when the school received it
//! (the month to answer runs from that day), and who made it.

use super::{Asked, Line, choices, dated, optional_text, pupil};
use crate::commands::Ctx;
use crate::commands::request::add::RequestAddArgs;
use crate::domain::request::{Kind, RequestedBy, check_requester, received_by};
use crate::{Error, prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: RequestAddArgs) -> anyhow::Result<Asked> {
    let today = ctx.as_of(None)?;
    let kind = match given.kind {
        Some(kind) => kind,
        None => {
            let items = choices(Kind::ALL, Kind::code, Kind::label);
            Kind::ALL[prompt::choose(&tr!("guide-request-kind"), &items, 0)?]
        }
    };
    let mut line = Line::new(&["request", "add"]);
    line.arg(kind.code());
    let (number, school, born) = pupil(ctx, given.pupil, given.school)?;
    line.flag("--pupil", number);
    line.flag_opt("--school", school);
    // The day first: who may make the request depends on the pupil's age on it. Each answer is
    // checked by the rules `request add` holds it to (a day that has come, and a `--by` given
    // that may make it on that day).
    let may_ask = |by: RequestedBy, day| check_requester(by, born, day).map(|_| ());
    let check_day = |day| -> Result<(), String> {
        received_by(day, today)?;
        given.requested_by.map_or(Ok(()), |by| may_ask(by, day))
    };
    let received = match given.received {
        Some(day) => {
            check_day(day).map_err(Error::Invalid)?;
            day
        }
        None => dated(&tr!("guide-request-received"), true, check_day)?.unwrap_or(today),
    };
    line.flag("--received", received.to_string());
    // Who: given, or one of those who may make it on that day (under 16 the parents, who are
    // then not asked about; from 16 the pupil, their representative, or a parent with a note).
    let requested_by = match given.requested_by {
        Some(by) => by,
        None => {
            let offered: Vec<RequestedBy> = RequestedBy::ALL
                .iter()
                .copied()
                .filter(|by| may_ask(*by, received).is_ok())
                .collect();
            match offered.as_slice() {
                [only] => *only,
                _ => {
                    let items = choices(&offered, RequestedBy::code, RequestedBy::label);
                    offered[prompt::choose(&tr!("guide-request-by"), &items, 0)?]
                }
            }
        }
    };
    line.flag("--by", requested_by.code());
    let via = match given.via {
        Some(via) => Some(via),
        None => optional_text(&tr!("guide-request-via"))?,
    };
    line.flag_opt("--via", via);
    let notes = match given.notes {
        Some(notes) => Some(notes),
        None => optional_text(&tr!("guide-request-notes"))?,
    };
    line.flag_opt("--notes", notes);
    Ok(Asked {
        lines: vec![line],
        offer: None,
    })
}
