//! A data breach as soon as it is known: what, since when the board knows, where, which data
//! and how many people.

use super::{Asked, Line, categories, count, given_or_chosen, optional_text, required};
use crate::commands::Ctx;
use crate::commands::breach::add::BreachAddArgs;
use crate::domain::breach::{Kind, happened, parse_time, show_time};
use crate::domain::processing::Subject;
use crate::{prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: BreachAddArgs) -> anyhow::Result<Asked> {
    let mut line = Line::new(&["breach", "add"]);
    let title = match given.title {
        Some(title) => title,
        None => required(&tr!("guide-breach-title"), |_| Ok(()))?,
    };
    line.arg(title);
    let discovered = match given.discovered {
        Some(at) => show_time(at),
        None => {
            // Now is when the answer is given, not when the question was asked.
            let answer = prompt::text(&tr!("guide-breach-discovered"), false, |t| {
                let now = crate::clock::instant().map_err(|e| e.to_string())?;
                happened("discovered", parse_time(t)?, now)
            })?;
            answer
                .and_then(|t| parse_time(&t).ok())
                .map(show_time)
                .unwrap_or_default()
        }
    };
    line.flag("--discovered", discovered);
    line.flag_opt("--started", given.started.map(show_time));
    line.flag_opt("--ended", given.ended.map(show_time));
    match (given.supplier, given.agreement) {
        (None, None) => {
            let store = ctx.store()?;
            let suppliers = store.read()?.suppliers()?;
            let mut items = vec![tr!("guide-breach-no-supplier")];
            items.extend(suppliers.iter().map(|s| format!("{} — {}", s.id, s.name)));
            let at = prompt::find(&tr!("guide-breach-supplier"), &items)?;
            if let Some(supplier) = at.checked_sub(1).and_then(|i| suppliers.get(i)) {
                line.flag("--supplier", &supplier.id);
            }
        }
        (supplier, agreement) => {
            line.flag_opt("--supplier", supplier);
            line.flag_opt("--agreement", agreement);
        }
    }
    for school in given.schools {
        line.flag("--school", school);
    }
    let chosen: Vec<&str> = match given.categories.is_empty() {
        false => given.categories.iter().map(|c| c.code()).collect(),
        true => categories(&tr!("guide-breach-categories"))?,
    };
    for category in chosen {
        line.flag("--category", category);
    }
    let subjects = match given.subjects {
        Some(n) => Some(n.to_string()),
        None => count(&tr!("guide-breach-subjects"))?,
    };
    line.flag_opt("--subjects", subjects);
    let question = tr!("guide-breach-subject-kinds");
    for kind in given_or_chosen(
        &given.subject_kinds,
        Subject::ALL,
        Subject::code,
        Subject::label,
        &question,
    )? {
        line.flag("--subject-kind", kind);
    }
    let question = tr!("guide-breach-kinds");
    for kind in given_or_chosen(&given.kinds, Kind::ALL, Kind::code, Kind::label, &question)? {
        line.flag("--kind", kind);
    }
    let description = match given.description {
        Some(d) => Some(d),
        None => optional_text(&tr!("guide-breach-description"))?,
    };
    line.flag_opt("--description", description);
    let consequences = match given.consequences {
        Some(c) => Some(c),
        None => optional_text(&tr!("guide-breach-consequences"))?,
    };
    line.flag_opt("--consequences", consequences);
    Ok(Asked {
        lines: vec![line],
        offer: None,
    })
}
