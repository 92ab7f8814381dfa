use clap::Args;

use crate::commands::{Ctx, Outcome};
use crate::ops::school::pupil_filter;
use crate::output::{self};
use crate::text;

#[derive(Debug, Args)]
pub struct PupilListArgs {
    /// Only this group, e.g. 5B
    #[arg(long)]
    pub group: Option<String>,
    /// Only this school: BRIN (12AB), BRIN with vestiging (12AB00), or its name
    #[arg(long)]
    pub school: Option<String>,
    /// Also pupils who left
    #[arg(long)]
    pub all: bool,
}

pub fn run(ctx: &Ctx, args: &PupilListArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let filter = pupil_filter(
        &tx,
        today,
        args.all,
        args.group.as_deref(),
        args.school.as_deref(),
    )?;
    output::stream(ctx.format, text!("command-pupil-none"), |emit| {
        tx.for_each_pupil(|p| if filter.wants(&p) { emit(p) } else { Ok(()) })
    })?;
    Ok(Outcome::Done)
}
