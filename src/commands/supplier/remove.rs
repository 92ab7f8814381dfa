use clap::Args;
use serde_json::json;

use crate::Error;
use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::change::EntityKind;
use crate::output::note;
use crate::prompt;

#[derive(Debug, Args)]
pub struct SupplierRemoveArgs {
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
        return Err(Error::Conflict(format!(
            "supplier {} has {} agreement(s) ({}), kept as evidence even when ended; remove them together with the supplier with --cascade",
            supplier.id,
            agreements.len(),
            agreements.join(", ")
        ))
        .into());
    }
    let breaches = tx.breaches_of_supplier(&supplier.id)?;
    if !breaches.is_empty() {
        return Err(Error::Conflict(format!(
            "supplier {} is named in breach(es) {}, which stay in the breach register; the supplier stays too",
            supplier.id,
            breaches.join(", ")
        ))
        .into());
    }
    let question = match agreements.len() {
        0 => format!("Remove supplier {} ({})?", supplier.id, supplier.name),
        n => format!(
            "Remove supplier {} ({}) and its {n} agreement(s)?",
            supplier.id, supplier.name
        ),
    };
    if !prompt::confirm(&question, args.yes)? {
        note("nothing removed");
        return Ok(Outcome::Done);
    }
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
    note(format!("removed supplier {}", supplier.id));
    Ok(Outcome::Done)
}
