use clap::Args;

use crate::commands::{Ctx, Outcome};
use crate::domain::pupil::parse_number;
use crate::output::{self};

#[derive(Debug, Args)]
pub struct PupilShowArgs {
    /// The leerlingnummer
    #[arg(value_parser = parse_number)]
    pub pupil: String,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
}

pub fn run(ctx: &Ctx, args: &PupilShowArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let pupil = crate::ops::school::find_pupil(&tx, &args.pupil, args.school.as_deref())?;
    output::show(ctx.format, &pupil, &pupil, |_| Ok(()))?;
    Ok(Outcome::Done)
}
