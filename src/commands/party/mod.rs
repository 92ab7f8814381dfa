use serde_json::json;

use super::answer;
use super::{Ctx, Outcome, Written, diff, new_id, note, print_written, required_text};
use crate::Error;
use crate::cli::{Clear, PartyAdd, PartyCheck, PartyCommand, PartyEdit, PartyRemove, PartyShow};
use crate::domain::consent::{Purpose, namesake, reason};
use crate::domain::non_empty;
use crate::domain::party::{Party, may_share};
use crate::output::{self, Row, joined, opt};
use crate::prompt;
use crate::store::Tx;

pub fn run(ctx: &Ctx, cmd: PartyCommand) -> anyhow::Result<Outcome> {
    match cmd {
        PartyCommand::Add(args) => add(ctx, args),
        PartyCommand::List => list(ctx),
        PartyCommand::Show(args) => show(ctx, &args),
        PartyCommand::Edit(args) => edit(ctx, args),
        PartyCommand::Remove(args) => remove(ctx, &args),
        PartyCommand::Check(args) => check(ctx, &args),
    }
}

impl Row for Party {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "name",
        "kind",
        "basis",
        "law",
        "categories",
        "in_privacy_regulation",
        "notes",
        "schools",
    ];

    const FREE_TEXT: &'static [&'static str] = &["name", "law", "categories", "notes", "schools"];
    const NARROW: &'static [&'static str] = &[
        "notes",
        "schools",
        "in_privacy_regulation",
        "law",
        "categories",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.kind.to_string(),
            self.basis.to_string(),
            opt(&self.law),
            joined(&self.categories),
            self.in_privacy_regulation.to_string(),
            opt(&self.notes),
            joined(&self.schools),
        ]
    }
}

/// Keeps the consent purpose of a party on consent in step with it: created when missing, its
/// generated name following the party's. A purpose is never dropped here: its decisions are evidence.
pub fn sync_purpose(tx: &Tx<'_>, before: Option<&Party>, party: &Party) -> anyhow::Result<()> {
    let Some(id) = party.purpose_id() else {
        return Ok(());
    };
    let existing = tx.purposes()?.into_iter().find(|p| p.id == id);
    if let Some(other) = existing
        .as_ref()
        .filter(|p| p.party.as_deref() != Some(&party.id))
    {
        return Err(Error::Conflict(format!(
            "consent purpose {} exists but is not about party {}; rename it first (`vreg consent purpose edit`) or give the party another --id",
            other.id, party.id
        ))
        .into());
    }
    if let Some(namesake) = namesake(&tx.purposes()?, &id, &party.purpose_name()) {
        return Err(Error::Conflict(format!(
            "consent purpose {} is already named '{}'; rename it first (`vreg consent purpose edit {} --name ...`)",
            namesake.id, namesake.name, namesake.id
        ))
        .into());
    }
    let generated_before = before.map(Party::purpose_name);
    let (purpose, action, detail) = match existing {
        None => {
            let purpose = Purpose::of_party(&party.id, party.purpose_name());
            let detail = serde_json::to_value(&purpose)?;
            (purpose, "add", detail)
        }
        Some(p) if Some(&p.name) == generated_before.as_ref() && p.name != party.purpose_name() => {
            let renamed = Purpose {
                name: party.purpose_name(),
                ..p.clone()
            };
            let detail = diff(&p, &renamed)?;
            (renamed, "edit", detail)
        }
        Some(_) => return Ok(()),
    };
    tx.save_purpose(&purpose)?;
    tx.log(action, "purpose", &purpose.id, detail)?;
    note(format!(
        "consent purpose {} ({}) is what parents consent to before data goes to {}",
        purpose.id, purpose.name, party.id
    ));
    Ok(())
}

fn add(ctx: &Ctx, args: PartyAdd) -> anyhow::Result<Outcome> {
    let name = required_text(args.name, "the party's name")?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let existing: Vec<String> = tx.parties()?.into_iter().map(|p| p.id).collect();
    let id = new_id(args.id.as_deref(), &name, "party", |c| {
        Ok(existing.iter().any(|e| e == c))
    })?;
    let party = Party {
        id,
        name,
        kind: args.kind,
        basis: args.basis,
        law: non_empty(args.law),
        categories: args.categories,
        in_privacy_regulation: args.in_regulation,
        notes: non_empty(args.notes),
        schools: super::board_schools(&tx, args.schools)?,
    }
    .normalised();
    party.validate().map_err(Error::Invalid)?;
    tx.save_party(&party)?;
    tx.log("add", "party", &party.id, serde_json::to_value(&party)?)?;
    sync_purpose(&tx, None, &party)?;
    // What was written goes out before the commit: if it cannot be printed, nothing is kept.
    let written = Written::object("vreg party add", &party, &party)?;
    print_written(ctx, written.with_line(&party.id))?;
    tx.commit()?;
    note(format!("added party {} ({})", party.id, party.name));
    Ok(Outcome::Done)
}

fn list(ctx: &Ctx) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    output::list(ctx.format, &tx.parties()?, "no external parties")?;
    Ok(Outcome::Done)
}

fn show(ctx: &Ctx, args: &PartyShow) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let party = tx.party(&args.id)?;
    output::show(ctx.format, &party, &party, |_| Ok(()))?;
    Ok(Outcome::Done)
}

fn edit(ctx: &Ctx, args: PartyEdit) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.party(&args.id)?;
    let mut party = before.clone();
    if let Some(name) = args.name {
        party.name = required_text(name, "the party's name")?;
    }
    if let Some(kind) = args.kind {
        party.kind = kind;
    }
    if let Some(basis) = args.basis {
        party.basis = basis;
    }
    if args.law.is_some() {
        party.law = non_empty(args.law);
    }
    if let Some(categories) = args.categories {
        party.categories = categories.into_iter().filter_map(|Clear(c)| c).collect();
    }
    if let Some(listed) = args.in_regulation {
        party.in_privacy_regulation = listed;
    }
    if let Some(schools) = args.schools {
        party.schools =
            super::board_schools(&tx, schools.into_iter().filter_map(|Clear(s)| s).collect())?;
    }
    if args.notes.is_some() {
        party.notes = non_empty(args.notes);
    }
    let party = party.normalised();
    party.validate().map_err(Error::Invalid)?;
    let changes = diff(&before, &party)?;
    let unchanged = changes.as_object().is_some_and(|c| c.is_empty());
    if !unchanged {
        tx.save_party(&party)?;
        tx.log("edit", "party", &party.id, changes)?;
        sync_purpose(&tx, Some(&before), &party)?;
    }
    print_written(ctx, Written::object("vreg party edit", &party, &party)?)?;
    tx.commit()?;
    match unchanged {
        true => note(format!("party {} unchanged", party.id)),
        false => note(format!("updated party {}", party.id)),
    }
    Ok(Outcome::Done)
}

fn remove(ctx: &Ctx, args: &PartyRemove) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let party = tx.party(&args.id)?;
    let decisions = match party.purpose_id() {
        Some(purpose) => tx.consent_decision_count(&purpose)?,
        None => 0,
    };
    let question = match decisions {
        0 => format!("Remove party {} ({})?", party.id, party.name),
        n => format!(
            "Remove party {} ({}), its consent purpose and the {n} consent decision(s) recorded for it?",
            party.id, party.name
        ),
    };
    if !prompt::confirm(&question, args.yes)? {
        note("nothing removed");
        return Ok(Outcome::Done);
    }
    tx.delete_party(&party.id)?;
    tx.log(
        "remove",
        "party",
        &party.id,
        json!({ "party": party, "consent_decisions_removed": decisions }),
    )?;
    tx.commit()?;
    note(format!("removed party {}", party.id));
    Ok(Outcome::Done)
}

fn check(ctx: &Ctx, args: &PartyCheck) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let party = tx.party(&args.party)?;
    let pupil = args
        .pupil
        .as_deref()
        .map(|n| crate::commands::find_pupil(&tx, n, args.school.as_deref()))
        .transpose()?;
    let consent = match (party.purpose_id(), &pupil) {
        (Some(purpose_id), Some(pupil)) => {
            let purpose = tx.purpose(&purpose_id)?;
            let standing = tx.standing(&pupil.key, &purpose.id, ctx.as_of(None)?)?;
            Some((
                standing.counts,
                format!(
                    "pupil {}: {}",
                    pupil.leerlingnummer,
                    reason(&purpose, &standing)
                ),
            ))
        }
        _ => None,
    };
    if let Some(problem) = party.school_problem(pupil.as_ref().and_then(|p| p.school.as_deref())) {
        return answer(ctx, false, &problem);
    }
    let verdict = may_share(&party, &args.categories, consent);
    answer(ctx, verdict.allowed, &verdict.reason)
}
