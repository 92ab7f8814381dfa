use crate::commands::{Ctx, Outcome};
use crate::output::{self};
use crate::text;

pub fn run(ctx: &Ctx) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    output::list(ctx.format, &tx.parties()?, text!("command-party-none"))?;
    Ok(Outcome::Done)
}
