use super::{AgreementDetail, print_parts};
use crate::cli::AgreementShow;
use crate::commands::{Ctx, Outcome};
use crate::output;

pub fn run(ctx: &Ctx, args: &AgreementShow) -> anyhow::Result<Outcome> {
    let as_of = ctx.as_of(args.when.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let agreement = tx.agreement(&args.id)?;
    let detail = AgreementDetail::load(&tx, agreement, as_of, args.when.within)?;
    output::show(ctx.format, &detail.view, &detail, |out| {
        print_parts(out, &detail)
    })?;
    Ok(Outcome::Done)
}
