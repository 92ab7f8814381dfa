use crate::cli::SupplierList;
use crate::commands::{Ctx, Outcome};
use crate::output;

pub fn run(ctx: &Ctx, args: &SupplierList) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let suppliers: Vec<_> = tx
        .suppliers()?
        .into_iter()
        .filter(|s| args.all || !s.retired_by(today))
        .filter(|s| args.convenant.is_none_or(|c| s.convenant == c))
        .filter(|s| args.role.is_none_or(|r| s.role == r))
        .collect();
    output::list(ctx.format, &suppliers, "no suppliers")?;
    Ok(Outcome::Done)
}
