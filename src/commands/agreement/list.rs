use super::AgreementView;
use crate::cli::AgreementList;
use crate::commands::{Ctx, Outcome};
use crate::domain::agreement::Status;
use crate::output;

pub fn run(ctx: &Ctx, args: &AgreementList) -> anyhow::Result<Outcome> {
    let as_of = ctx.as_of(args.when.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    if let Some(supplier) = &args.supplier {
        tx.supplier(supplier)?;
    }
    let views: Vec<AgreementView> = tx
        .agreements(args.supplier.as_deref())?
        .into_iter()
        .map(|a| AgreementView::new(a, as_of, args.when.within))
        .filter(|v| match args.status {
            None => true,
            // An agreement that expires soon is still active.
            Some(Status::Active) => v.status.in_force(),
            Some(wanted) => v.status == wanted,
        })
        .collect();
    output::list(ctx.format, &views, "no agreements")?;
    Ok(Outcome::Done)
}
