//! A consent purpose: the name parents read, which statement counts, and whether it is asked
//! every school year and of every pupil.

use super::{Asked, Line, choices, required};
use crate::commands::Ctx;
use crate::commands::consent::purpose::ConsentPurposeAddArgs;
use crate::domain::consent::{AppliesTo, Renewal, namesake};
use crate::{prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: ConsentPurposeAddArgs) -> anyhow::Result<Asked> {
    let mut line = Line::new(&["consent", "purpose", "add"]);
    let name = match given.name {
        Some(name) => name,
        None => {
            // Parents, the GMR and an import's headers tell purposes apart by name.
            let purposes = ctx.store()?.read()?.purposes()?;
            required(&tr!("guide-purpose-name"), |name| {
                match namesake(&purposes, "", name.trim()) {
                    Some(other) => Err(tr!("guide-purpose-name-taken", other = &other.id)),
                    None => Ok(()),
                }
            })?
        }
    };
    line.arg(name);
    line.flag_opt("--id", given.id);
    // Which statement counts: any form, an express one (written or digital), or paper alone.
    let (explicit, written_only) = match (given.explicit, given.written_only) {
        (false, false) => {
            let items = [
                tr!("guide-purpose-any-form"),
                tr!("guide-purpose-express"),
                tr!("guide-purpose-written-only"),
            ];
            match prompt::choose(&tr!("guide-purpose-forms"), &items, 0)? {
                0 => (false, false),
                1 => (true, false),
                _ => (false, true),
            }
        }
        given => given,
    };
    if explicit {
        line.switch("--explicit");
    }
    if written_only {
        line.switch("--written-only");
    }
    let items = choices(Renewal::ALL, Renewal::code, Renewal::label);
    let at = Renewal::ALL
        .iter()
        .position(|r| *r == given.renewal)
        .unwrap_or(0);
    let renewal = Renewal::ALL[prompt::choose(&tr!("guide-purpose-renewal"), &items, at)?];
    if renewal != Renewal::Yearly {
        line.flag("--renewal", renewal.code());
    }
    let items = choices(AppliesTo::ALL, AppliesTo::code, AppliesTo::label);
    let at = AppliesTo::ALL
        .iter()
        .position(|a| *a == given.applies_to)
        .unwrap_or(0);
    let applies_to = AppliesTo::ALL[prompt::choose(&tr!("guide-purpose-applies-to"), &items, at)?];
    if applies_to != AppliesTo::All {
        line.flag("--applies-to", applies_to.code());
    }
    Ok(Asked {
        lines: vec![line],
        offer: None,
    })
}
