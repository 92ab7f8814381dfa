use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::Error;
use crate::commands::{Ctx, Outcome, print_written};
use crate::domain::change::EntityKind;
use crate::domain::change::diff;
use crate::domain::date::parse_date;
use crate::domain::supplier::Supplier;
use crate::output::note;
use crate::tr;

#[derive(Debug, Args)]
pub struct SupplierRetireArgs {
    /// The supplier's id (see `vreg supplier list`)
    pub id: String,
    /// The first day it is no longer a supplier [default: today]
    #[arg(long, value_parser = parse_date, conflicts_with = "undo")]
    pub on: Option<NaiveDate>,
    /// Why, e.g. "contract niet verlengd"
    #[arg(long, conflicts_with = "undo")]
    pub reason: Option<String>,
    /// Take a supplier retired by mistake back
    #[arg(long)]
    pub undo: bool,
}

pub fn run(ctx: &Ctx, args: &SupplierRetireArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let on = args.on.unwrap_or(today);
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.supplier(&args.id)?;
    let after = match args.undo {
        true => Supplier {
            retired_on: None,
            retired_reason: None,
            ..before.clone()
        },
        false => {
            // An agreement still in force on that day: end it first, so the record says when
            // the processing stopped.
            let agreements = tx.agreements(Some(&before.id))?;
            if let Some(live) = agreements
                .iter()
                .find(|a| a.status_among(&agreements, on, 0).in_force())
            {
                return Err(Error::Conflict(tr!(
                    "command-supplier-retire-in-force",
                    agreement = &live.id,
                    id = &before.id,
                    on = on
                ))
                .into());
            }
            Supplier {
                retired_on: Some(on),
                retired_reason: args
                    .reason
                    .as_deref()
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(String::from),
                ..before.clone()
            }
        }
    };
    after.validate().map_err(Error::Invalid)?;
    let changes = diff(&before, &after)?;
    if changes.as_object().is_some_and(|c| c.is_empty()) {
        print_written(
            ctx,
            super::show::written(ctx, &tx, &before.id, "vreg supplier retire")?,
        )?;
        note(tr!("command-supplier-unchanged", id = &before.id));
        return Ok(Outcome::Done);
    }
    tx.save_supplier(&after)?;
    let action = if args.undo { "unretire" } else { "retire" };
    tx.log(action, EntityKind::Supplier, &after.id, json!(changes))?;
    print_written(
        ctx,
        super::show::written(ctx, &tx, &after.id, "vreg supplier retire")?,
    )?;
    tx.commit()?;
    match args.undo {
        true => note(tr!("command-supplier-unretired", id = &after.id)),
        false => note(tr!("command-supplier-retired", id = &after.id, on = on)),
    }
    Ok(Outcome::Done)
}
