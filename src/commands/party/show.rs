use clap::Args;

use crate::commands::{Ctx, Outcome};
use crate::output::{self};

#[derive(Debug, Args)]
pub struct PartyShowArgs {
    /// The party's id (see `vreg party list`)
    pub id: String,
}

pub fn run(ctx: &Ctx, args: &PartyShowArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let party = tx.party(&args.id)?;
    output::show(ctx.format, &party, &party, |_| Ok(()))?;
    Ok(Outcome::Done)
}
