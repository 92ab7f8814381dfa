use clap::Args;

use crate::cli::AsOf;
use crate::commands::{Ctx, Outcome, Written};
use crate::domain::agreement::DEFAULT_HORIZON_DAYS;
use crate::ops::agreement::AgreementDetail;
use crate::output;
use crate::output::agreement::print_parts;
use crate::store::Tx;

#[derive(Debug, Args)]
pub struct AgreementShowArgs {
    /// The agreement's id (see `vreg agreement list`)
    pub id: String,
    #[command(flatten)]
    pub when: AsOf,
}

/// What a command wrote to agreement `id`, as `agreement show` prints it today.
pub fn written<'a>(
    ctx: &Ctx,
    tx: &Tx<'_>,
    id: &str,
    command: &'a str,
) -> anyhow::Result<Written<'a>> {
    let agreement = tx.agreement(id)?;
    let detail = AgreementDetail::load(tx, agreement, ctx.as_of(None)?, DEFAULT_HORIZON_DAYS)?;
    Written::object(command, &detail.view, &detail)
}

pub fn run(ctx: &Ctx, args: &AgreementShowArgs) -> anyhow::Result<Outcome> {
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
