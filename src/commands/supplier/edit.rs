use clap::Args;

use super::SupplierFields;
use super::apply;
use crate::commands::{Ctx, Outcome, print_written, required_text};
use crate::domain::change::EntityKind;
use crate::domain::change::diff;
use crate::output::note;
use crate::text;
use crate::tr;

#[derive(Debug, Args)]
pub struct SupplierEditArgs {
    /// The supplier's id (see `vreg supplier list`)
    pub id: String,
    /// New name (the id stays)
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: SupplierFields,
}

pub fn run(ctx: &Ctx, args: SupplierEditArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.supplier(&args.id)?;
    let mut after = before.clone();
    if let Some(name) = args.name {
        after.name = required_text(name, text!("command-label-supplier-name"))?;
    }
    apply(args.fields, &mut after)?;
    let changes = diff(&before, &after)?;
    let unchanged = changes.as_object().is_some_and(|c| c.is_empty());
    if !unchanged {
        tx.save_supplier(&after)?;
        tx.log("edit", EntityKind::Supplier, &after.id, changes)?;
    }
    print_written(
        ctx,
        super::show::written(ctx, &tx, &after.id, "vreg supplier edit")?,
    )?;
    tx.commit()?;
    match unchanged {
        true => note(tr!("command-supplier-unchanged", id = &after.id)),
        false => note(tr!("command-supplier-updated", id = &after.id)),
    }
    Ok(Outcome::Done)
}
