//! A consent decision: the pupil found by number or name, the purpose, the decision, who gave
//! it and how.

use super::{Asked, Line, choices, dated, optional_text, pupil};
use crate::commands::Ctx;
use crate::commands::consent::set::ConsentSetArgs;
use crate::domain::consent::{Decision, Form, GivenBy, check_given_by};
use crate::{prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: ConsentSetArgs) -> anyhow::Result<Asked> {
    // What the lists need is read first: no transaction stays open while the officer types
    // (a reader would keep a script's write waiting).
    let today = ctx.as_of(None)?;
    let (all_pupils, all_purposes) = {
        let store = ctx.store()?;
        let tx = store.read()?;
        (tx.pupils()?, tx.purposes()?)
    };
    let mut line = Line::new(&["consent", "set"]);
    let (pupil, school, born) = pupil(given.pupil, given.school, all_pupils)?;
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
    // Who and how have defaults (parent, digital): the guide asks, starting from them. Offered
    // are those who may decide for the pupil on the day the decision is dated (the parents
    // under 16, the pupil or their representative from 16), by the rule `consent set` holds
    // it to; the date is checked against the choice when it is asked.
    let may_decide = |g: GivenBy, day| born.is_none_or(|born| check_given_by(g, born, day).is_ok());
    let deciders: Vec<GivenBy> = [
        GivenBy::Parent,
        GivenBy::Guardian,
        GivenBy::Pupil,
        GivenBy::Representative,
    ]
    .into_iter()
    .filter(|g| may_decide(*g, given.on.unwrap_or(today)))
    .collect();
    let items = choices(&deciders, GivenBy::code, GivenBy::label);
    let at = deciders
        .iter()
        .position(|g| *g == given.given_by)
        .unwrap_or(0);
    let given_by = deciders[prompt::choose(&tr!("guide-consent-by"), &items, at)?];
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
    let on = match given.on {
        Some(day) => Some(day.to_string()),
        None => dated(&tr!("guide-consent-on"), true, |day| match born {
            Some(born) => check_given_by(given_by, born, day),
            None => Ok(()),
        })?
        .map(|day| day.to_string()),
    };
    line.flag_opt("--on", on);
    Ok(Asked {
        lines: vec![line],
        offer: None,
    })
}
