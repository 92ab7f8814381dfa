//! A consent decision: the pupil found by number or name, the purpose, the decision, who gave
//! it and how.

use super::{Asked, Line, choices, dated, optional_text, pupil};
use crate::Error;
use crate::commands::Ctx;
use crate::commands::consent::set::ConsentSetArgs;
use crate::domain::consent::{Decision, Form, GivenBy, check_decision_date, check_given_by};
use crate::{prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: ConsentSetArgs) -> anyhow::Result<Asked> {
    // What the lists need is read first: no transaction stays open while the officer types
    // (a reader would keep a script's write waiting).
    let today = ctx.as_of(None)?;
    let all_purposes = ctx.store()?.read()?.purposes()?;
    let mut line = Line::new(&["consent", "set"]);
    let (pupil, school, born) = pupil(ctx, given.pupil, given.school)?;
    line.arg(&pupil);
    line.flag_opt("--school", school);
    let purpose = match given.purpose {
        Some(purpose) => purpose,
        None => {
            let purposes: Vec<_> = all_purposes
                .into_iter()
                .filter(|p| p.active_on(today))
                .collect();
            let items: Vec<String> = purposes
                .iter()
                .map(|p| format!("{} — {}", p.id, p.name))
                .collect();
            purposes[prompt::choose(&tr!("guide-consent-purpose"), &items, 0)?]
                .id
                .clone()
        }
    };
    line.arg(purpose);
    let decision = match given.decision {
        Some(decision) => decision,
        None => {
            let items = choices(Decision::ALL, Decision::code, Decision::label);
            Decision::ALL[prompt::choose(&tr!("guide-consent-decision"), &items, 0)?]
        }
    };
    line.arg(decision.code());
    // The day first: who may decide depends on the pupil's age on it. Each answer is checked
    // by the rules `consent set` holds it to (a day that has come, not before the birth, and a
    // `--by` given that may decide on it).
    let decides = |by: GivenBy, day| check_given_by(by, born, day);
    let check_day = |day| -> Result<(), String> {
        check_decision_date(day, today, born)?;
        given.given_by.map_or(Ok(()), |by| decides(by, day))
    };
    let on = match given.on {
        Some(day) => {
            check_day(day).map_err(Error::Invalid)?;
            day
        }
        None => dated(&tr!("guide-consent-on"), true, check_day)?.unwrap_or(today),
    };
    if on != today {
        line.flag("--on", on.to_string());
    }
    // Who: given, or one of those who may decide on that day (the parents under 16, the
    // pupil or their representative from 16). How has a default (digital): the guide asks,
    // starting from it.
    let given_by = match given.given_by {
        Some(by) => by,
        None => {
            let deciders: Vec<GivenBy> = [
                GivenBy::Parent,
                GivenBy::Guardian,
                GivenBy::Pupil,
                GivenBy::Representative,
            ]
            .into_iter()
            .filter(|by| decides(*by, on).is_ok())
            .collect();
            let items = choices(&deciders, GivenBy::code, GivenBy::label);
            deciders[prompt::choose(&tr!("guide-consent-by"), &items, 0)?]
        }
    };
    if given_by != GivenBy::Parent {
        line.flag("--by", given_by.code());
    }
    let who = match given.who {
        Some(who) => Some(who),
        None if matches!(given_by, GivenBy::Parent | GivenBy::Guardian) => {
            optional_text(&tr!("guide-consent-who"))?
        }
        None => None,
    };
    line.flag_opt("--who", who);
    let items = choices(Form::ALL, Form::code, Form::label);
    let at = Form::ALL.iter().position(|f| *f == given.form).unwrap_or(0);
    let form = Form::ALL[prompt::choose(&tr!("guide-consent-form"), &items, at)?];
    if form != Form::Digital {
        line.flag("--form", form.code());
    }
    let evidence = match given.evidence {
        Some(e) => Some(e),
        None => optional_text(&tr!("guide-consent-evidence"))?,
    };
    line.flag_opt("--evidence", evidence);
    Ok(Asked {
        lines: vec![line],
        offer: None,
    })
}
