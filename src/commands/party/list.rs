use crate::commands::{Ctx, Outcome};
use crate::output::{self};

pub fn run(ctx: &Ctx) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    output::list(ctx.format, &tx.parties()?, "no external parties")?;
    Ok(Outcome::Done)
}
