//! An activity of the register of processing (art. 30): its name, purposes, basis, whose data
//! and which, and the agreements and parties through which the data go.

use super::{Asked, Line, agreement_item, choices, dated, optional_text, required};
use crate::commands::Ctx;
use crate::commands::processing::add::ProcessingAddArgs;
use crate::domain::party::Basis;
use crate::domain::processing::{Subject, catalogue};
use crate::{prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: ProcessingAddArgs) -> anyhow::Result<Asked> {
    // What the lists need is read first: no transaction stays open while the officer types.
    let (own, agreements, parties) = {
        let store = ctx.store()?;
        let tx = store.read()?;
        (tx.own_categories()?, tx.agreements(None)?, tx.parties()?)
    };
    let mut line = Line::new(&["processing", "add"]);
    let name = match given.name {
        Some(name) => name,
        None => required(&tr!("guide-processing-name"), |_| Ok(()))?,
    };
    line.arg(name);
    line.flag_opt("--id", given.id);
    let mut purposes = given.purposes;
    if purposes.is_empty() {
        purposes.push(required(&tr!("guide-processing-purpose"), |_| Ok(()))?);
        while let Some(more) = optional_text(&tr!("guide-processing-purpose-more"))? {
            purposes.push(more);
        }
    }
    for purpose in purposes {
        line.flag("--purpose", purpose);
    }
    let basis = match given.basis {
        Some(basis) => basis,
        None => {
            let items = choices(Basis::ALL, Basis::code, Basis::label);
            Basis::ALL[prompt::choose(&tr!("guide-processing-basis"), &items, 0)?]
        }
    };
    line.flag("--basis", basis.code());
    let law = match given.law {
        Some(law) => Some(law),
        None => optional_text(&tr!("guide-processing-law"))?,
    };
    line.flag_opt("--law", law);
    let subjects: Vec<String> = match given.subjects.is_empty() {
        false => given.subjects,
        true => {
            let items = choices(Subject::ALL, Subject::code, Subject::label);
            at_least_one(&tr!("guide-processing-subjects"), &items)?
                .into_iter()
                .map(|i| Subject::ALL[i].code().to_string())
                .collect()
        }
    };
    line.flag("--subjects", subjects.join(","));
    let categories: Vec<String> = match given.categories.is_empty() {
        false => given.categories,
        true => {
            let known = catalogue(&own);
            let items: Vec<String> = known
                .iter()
                .map(|c| format!("{} ({})", c.label, c.code))
                .collect();
            at_least_one(&tr!("guide-processing-categories"), &items)?
                .into_iter()
                .map(|i| known[i].code.clone())
                .collect()
        }
    };
    for category in categories {
        line.flag("--category", category);
    }
    for (flag, value, question) in [
        ("--retention", given.retention, "guide-processing-retention"),
        ("--security", given.security, "guide-processing-security"),
        ("--dpia", given.dpia, "guide-processing-dpia"),
        ("--owner", given.owner, "guide-processing-owner"),
    ] {
        let value = match value {
            Some(value) => Some(value),
            None => optional_text(&crate::i18n::message(question, &[]))?,
        };
        line.flag_opt(flag, value);
    }
    let review_on = match given.review_on {
        Some(day) => Some(day),
        None => dated(&tr!("guide-processing-review"), true, |_| Ok(()))?,
    };
    line.flag_opt("--review-on", review_on.map(|d| d.to_string()));
    let chosen_agreements: Vec<String> = match given.agreements.is_empty() {
        false => given.agreements,
        true if agreements.is_empty() => Vec::new(),
        true => {
            let items: Vec<String> = agreements.iter().map(agreement_item).collect();
            prompt::choose_many(&tr!("guide-processing-agreements"), &items)?
                .into_iter()
                .map(|i| agreements[i].id.clone())
                .collect()
        }
    };
    for agreement in chosen_agreements {
        line.flag("--agreement", agreement);
    }
    let chosen_parties: Vec<String> = match given.parties.is_empty() {
        false => given.parties,
        true if parties.is_empty() => Vec::new(),
        true => {
            let items: Vec<String> = parties
                .iter()
                .map(|p| format!("{} — {}", p.id, p.name))
                .collect();
            prompt::choose_many(&tr!("guide-processing-parties"), &items)?
                .into_iter()
                .map(|i| parties[i].id.clone())
                .collect()
        }
    };
    for party in chosen_parties {
        line.flag("--party", party);
    }
    let notes = match given.notes {
        Some(notes) => Some(notes),
        None => optional_text(&tr!("guide-processing-notes"))?,
    };
    line.flag_opt("--notes", notes);
    Ok(Asked {
        lines: vec![line],
        offer: None,
    })
}

/// One or more of a list: asked again while nothing is marked.
fn at_least_one(question: &str, items: &[String]) -> anyhow::Result<Vec<usize>> {
    loop {
        let chosen = prompt::choose_many(question, items)?;
        if !chosen.is_empty() {
            return Ok(chosen);
        }
        crate::output::note(tr!("guide-mark-one"));
    }
}
