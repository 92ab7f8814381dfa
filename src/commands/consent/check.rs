use clap::Args;

use crate::commands::{Ctx, Outcome, answer};
use crate::domain::consent::reason;
use crate::domain::pupil::parse_number;

#[derive(Debug, Args)]
pub struct ConsentCheckArgs {
    /// The leerlingnummer
    #[arg(value_parser = parse_number)]
    pub pupil: String,
    /// The purpose id
    pub purpose: String,
}

pub fn run(ctx: &Ctx, args: &ConsentCheckArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let pupil = tx.pupil(&args.pupil)?;
    let purpose = tx.active_purpose(&args.purpose, today)?;
    let standing = tx.standing(&pupil.leerlingnummer, &purpose.id, today)?;
    answer(ctx, standing.counts, &reason(&purpose, &standing))
}
