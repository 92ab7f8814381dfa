//! A request of a parent or pupil: which right, about which pupil, who made it, and when the
//! school received it (the month to answer runs from that day).

use super::{Asked, Line, choices, dated, optional_text, pupil};
use crate::commands::Ctx;
use crate::commands::request::add::RequestAddArgs;
use crate::domain::request::{Kind, Request, RequestedBy, check_requester};
use crate::{prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: RequestAddArgs) -> anyhow::Result<Asked> {
    // The pupils are read first: no transaction stays open while the officer types.
    let today = ctx.as_of(None)?;
    let all_pupils = ctx.store()?.read()?.pupils()?;
    let kind = match given.kind {
        Some(kind) => kind,
        None => {
            let items = choices(Kind::ALL, Kind::code, Kind::label);
            Kind::ALL[prompt::choose(&tr!("guide-request-kind"), &items, 0)?]
        }
    };
    let mut line = Line::new(&["request", "add"]);
    line.arg(kind.code());
    let (number, school, born) = pupil(given.pupil, given.school, all_pupils)?;
    line.flag("--pupil", number);
    line.flag_opt("--school", school);
    // Offered are those who may make it on the day it came in (under 16 the parents; from 16
    // the pupil, their representative, and a parent with a note), by the rule `request add`
    // holds it to; the date is checked against the choice when it is asked.
    let may_ask =
        |by: RequestedBy, day| born.is_none_or(|born| check_requester(by, born, day).is_ok());
    let requested_by = match given.requested_by {
        Some(by) => by,
        None => {
            let day = given.received.unwrap_or(today);
            let offered: Vec<RequestedBy> = RequestedBy::ALL
                .iter()
                .copied()
                .filter(|by| may_ask(*by, day))
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
    let received = match given.received {
        Some(day) => day,
        None => dated(&tr!("guide-request-received"), true, |day| {
            let request = Request::new(String::new(), kind, String::new(), requested_by, day);
            request.validate(today)?;
            match born {
                Some(born) => check_requester(requested_by, born, day).map(|_| ()),
                None => Ok(()),
            }
        })?
        .unwrap_or(today),
    };
    line.flag("--received", received.to_string());
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
