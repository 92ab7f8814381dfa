use clap::Args;
use serde_json::json;

use crate::Error;
use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::change::EntityKind;
use crate::output::note;
use crate::prompt;
use crate::tr;

#[derive(Debug, Args)]
pub struct SupplierRemoveArgs {
    /// The supplier's id (see `vreg supplier list`)
    pub id: String,
    /// Also remove the supplier's agreements, scopes and sub-processors
    #[arg(long)]
    pub cascade: bool,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long, short)]
    pub yes: bool,
}

pub fn run(ctx: &Ctx, args: &SupplierRemoveArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let supplier = tx.supplier(&args.id)?;
    let agreements: Vec<String> = tx
        .agreements(Some(&supplier.id))?
        .into_iter()
        .map(|a| a.id)
        .collect();
    if !agreements.is_empty() && !args.cascade {
        return Err(Error::Conflict(tr!(
            "command-supplier-has-agreements",
            id = &supplier.id,
            count = agreements.len(),
            agreements = agreements.join(", ")
        ))
        .into());
    }
    let breaches = tx.breaches_of_supplier(&supplier.id)?;
    if !breaches.is_empty() {
        return Err(Error::Conflict(tr!(
            "command-supplier-in-breaches",
            id = &supplier.id,
            count = breaches.len(),
            breaches = breaches.join(", ")
        ))
        .into());
    }
    let question = match agreements.len() {
        0 => tr!(
            "command-supplier-remove-ask",
            id = &supplier.id,
            name = &supplier.name
        ),
        n => tr!(
            "command-supplier-remove-ask-cascade",
            id = &supplier.id,
            name = &supplier.name,
            count = n
        ),
    };
    if !prompt::confirm(&question, args.yes)? {
        note(tr!("command-nothing-removed"));
        return Ok(Outcome::Done);
    }
    let unlinked = crate::ops::processing::unlink(&tx, &agreements, &[])?;
    tx.delete_supplier(&supplier.id)?;
    let removed = json!({ "supplier": supplier, "agreements": agreements });
    tx.log(
        "remove",
        EntityKind::Supplier,
        &supplier.id,
        removed.clone(),
    )?;
    print_written(ctx, Written::document("vreg supplier remove", &removed)?)?;
    tx.commit()?;
    note(tr!("command-supplier-removed", id = &supplier.id));
    crate::ops::processing::note_unlinked(&unlinked);
    Ok(Outcome::Done)
}
