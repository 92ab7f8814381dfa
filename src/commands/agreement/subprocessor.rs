use serde_json::json;

use crate::Error;
use crate::cli::{SubprocessorAdd, SubprocessorCommand, SubprocessorList, SubprocessorRemove};
use crate::commands::{Ctx, Outcome, note, required_text};
use crate::domain::agreement::Subprocessor;
use crate::domain::non_empty;
use crate::output;

pub fn run(ctx: &Ctx, cmd: SubprocessorCommand) -> anyhow::Result<Outcome> {
    match cmd {
        SubprocessorCommand::Add(args) => add(ctx, args),
        SubprocessorCommand::Remove(args) => remove(ctx, &args),
        SubprocessorCommand::List(args) => list(ctx, &args),
    }
}

fn add(ctx: &Ctx, args: SubprocessorAdd) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&args.agreement)?;
    let sub = Subprocessor {
        name: required_text(args.name, "the sub-processor's name")?,
        country: args.country,
        purpose: non_empty(args.purpose),
        transfer_safeguard: args.safeguard,
    };
    sub.validate().map_err(Error::Invalid)?;
    if tx
        .subprocessors(&agreement.id)?
        .iter()
        .any(|s| s.name == sub.name)
    {
        return Err(Error::Conflict(format!(
            "agreement {} already names sub-processor '{}'",
            agreement.id, sub.name
        ))
        .into());
    }
    tx.save_subprocessor(&agreement.id, &sub)?;
    tx.log(
        "subprocessor-add",
        "agreement",
        &agreement.id,
        serde_json::to_value(&sub)?,
    )?;
    // The id goes out before the commit: if it cannot be written, nothing is kept.
    output::answered(output::line(&sub.name), ())?;
    tx.commit()?;
    note(format!(
        "agreement {} names sub-processor {}",
        agreement.id, sub.name
    ));
    Ok(Outcome::Done)
}

fn remove(ctx: &Ctx, args: &SubprocessorRemove) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&args.agreement)?;
    if !tx.delete_subprocessor(&agreement.id, args.name.trim())? {
        return Err(Error::Invalid(format!(
            "agreement {} names no sub-processor '{}' (see `vreg agreement subprocessor list {}`)",
            agreement.id, args.name, agreement.id
        ))
        .into());
    }
    tx.log(
        "subprocessor-remove",
        "agreement",
        &agreement.id,
        json!({ "name": args.name }),
    )?;
    tx.commit()?;
    note(format!(
        "removed sub-processor {} from agreement {}",
        args.name, agreement.id
    ));
    Ok(Outcome::Done)
}

fn list(ctx: &Ctx, args: &SubprocessorList) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let agreement = tx.agreement(&args.agreement)?;
    let subs = tx.subprocessors(&agreement.id)?;
    output::list(ctx.format, &subs, "no sub-processors")?;
    Ok(Outcome::Done)
}
