use super::apply;
use crate::cli::SupplierAdd;
use crate::commands::{Ctx, Outcome, new_id, note, required_text};
use crate::domain::supplier::Supplier;
use crate::{output, prompt};

pub fn run(ctx: &Ctx, args: SupplierAdd) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let name = prompt::require(
        args.name,
        "Name of the supplier",
        "NAME (the supplier's name)",
    )?;
    let name = required_text(name, "the supplier's name")?;
    let tx = store.write()?;
    let id = new_id(args.id.as_deref(), &name, "supplier", |c| {
        tx.supplier_exists(c)
    })?;
    let mut supplier = Supplier::new(id, name);
    apply(args.fields, &mut supplier)?;
    tx.save_supplier(&supplier)?;
    tx.log(
        "add",
        "supplier",
        &supplier.id,
        serde_json::to_value(&supplier)?,
    )?;
    // The id goes out before the commit: if it cannot be written, nothing is kept.
    output::answered(output::line(&supplier.id), ())?;
    tx.commit()?;
    note(format!(
        "added supplier {} ({})",
        supplier.id, supplier.name
    ));
    Ok(Outcome::Done)
}
