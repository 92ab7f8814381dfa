use clap::Args;

use super::SupplierFields;
use super::apply;
use crate::Error;
use crate::commands::{Ctx, Outcome, new_id, print_written, required_text};
use crate::domain::change::EntityKind;
use crate::domain::supplier::{Supplier, namesake};
use crate::output::note;
use crate::prompt;
use crate::text;
use crate::tr;

#[derive(Debug, Args)]
pub struct SupplierAddArgs {
    /// The supplier's name, e.g. "Gynzy B.V." (without it on a terminal, vreg asks for every
    /// field)
    pub name: Option<String>,
    /// The id [default: derived from the name, e.g. gynzy-bv]
    #[arg(long)]
    pub id: Option<String>,
    /// Add it even when a supplier with the same name (without case, punctuation and legal form)
    /// or KvK number exists
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub fields: SupplierFields,
}

/// A supplier already in the register under another id: the same name once case, punctuation
/// and the legal form are ignored, or the same KvK number.
fn refuse_duplicate(existing: &[Supplier], new: &Supplier) -> anyhow::Result<()> {
    match namesake(existing, new) {
        Some(s) => Err(Error::Conflict(match s.kvk.as_deref() {
            Some(kvk) => tr!(
                "command-supplier-duplicate-kvk",
                id = &s.id,
                name = &s.name,
                kvk = kvk
            ),
            None => tr!("command-supplier-duplicate", id = &s.id, name = &s.name),
        })
        .into()),
        None => Ok(()),
    }
}

pub fn run(ctx: &Ctx, args: SupplierAddArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let name = prompt::given(args.name, text!("command-supplier-missing-name"))?;
    let name = required_text(name, text!("command-label-supplier-name"))?;
    let tx = store.write()?;
    let id = new_id(args.id.as_deref(), &name, "supplier", |c| {
        tx.supplier_exists(c)
    })?;
    let mut supplier = Supplier::new(id, name);
    apply(args.fields, &mut supplier)?;
    if !args.force {
        refuse_duplicate(&tx.suppliers()?, &supplier)?;
    }
    tx.save_supplier(&supplier)?;
    tx.log(
        "add",
        EntityKind::Supplier,
        &supplier.id,
        serde_json::to_value(&supplier)?,
    )?;
    // What was written goes out before the commit: if it cannot be printed, nothing is kept.
    let written = super::show::written(ctx, &tx, &supplier.id, "vreg supplier add")?;
    print_written(ctx, written.with_line(&supplier.id))?;
    tx.commit()?;
    note(tr!(
        "command-supplier-added",
        id = &supplier.id,
        name = &supplier.name
    ));
    Ok(Outcome::Done)
}
