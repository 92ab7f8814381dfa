use super::apply;
use crate::cli::SupplierEdit;
use crate::commands::{Ctx, Outcome, diff, note, required_text};

pub fn run(ctx: &Ctx, args: SupplierEdit) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.supplier(&args.id)?;
    let mut after = before.clone();
    if let Some(name) = args.name {
        after.name = required_text(name, "the supplier's name")?;
    }
    apply(args.fields, &mut after)?;
    let changes = diff(&before, &after)?;
    if changes.as_object().is_some_and(|c| c.is_empty()) {
        note(format!("supplier {} unchanged", after.id));
        return Ok(Outcome::Done);
    }
    tx.save_supplier(&after)?;
    tx.log("edit", "supplier", &after.id, changes)?;
    tx.commit()?;
    note(format!("updated supplier {}", after.id));
    Ok(Outcome::Done)
}
