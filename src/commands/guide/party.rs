//! An external party: what kind, on which basis and law, which data it may receive.

use super::{Asked, Line, categories, choices, optional_text, required};
use crate::commands::Ctx;
use crate::commands::party::add::PartyAddArgs;
use crate::domain::party::{Basis, Kind};
use crate::{prompt, tr};

pub(super) fn ask(_ctx: &Ctx, given: PartyAddArgs) -> anyhow::Result<Asked> {
    let mut line = Line::new(&["party", "add"]);
    let name = match given.name {
        Some(name) => name,
        None => required(&tr!("guide-party-name"), |_| Ok(()))?,
    };
    line.arg(name);
    line.flag_opt("--id", given.id);
    let kind = match given.kind {
        Some(kind) => kind,
        None => {
            let items = choices(Kind::ALL, Kind::code, Kind::label);
            Kind::ALL[prompt::choose(&tr!("guide-party-kind"), &items, 0)?]
        }
    };
    line.flag("--kind", kind.code());
    let basis = match given.basis {
        Some(basis) => basis,
        None => {
            let items = choices(Basis::ALL, Basis::code, Basis::label);
            Basis::ALL[prompt::choose(&tr!("guide-party-basis"), &items, 0)?]
        }
    };
    line.flag("--basis", basis.code());
    // A law is what a legal obligation or a public task rests on; it is asked for there.
    let law = match given.law {
        Some(law) => Some(law),
        None if matches!(basis, Basis::LegalObligation | Basis::PublicTask) => {
            optional_text(&tr!("guide-party-law"))?
        }
        None => None,
    };
    line.flag_opt("--law", law);
    let chosen: Vec<&str> = match given.categories.is_empty() {
        false => given.categories.iter().map(|c| c.code()).collect(),
        true => categories(&tr!("guide-party-categories"))?,
    };
    for category in chosen {
        line.flag("--category", category);
    }
    let listed =
        given.in_regulation || prompt::ask_yes_no(&tr!("guide-party-in-regulation"), true)?;
    if listed {
        line.switch("--in-privacy-regulation");
    }
    for school in given.schools {
        line.flag("--school", school);
    }
    line.flag_opt("--notes", given.notes);
    Ok(Asked {
        lines: vec![line],
        offer: None,
    })
}
