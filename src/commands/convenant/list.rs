use chrono::NaiveDate;
use clap::Args;

use super::ConvenantRow;
use crate::commands::{Ctx, Outcome};
use crate::domain::date::parse_date;
use crate::output::{self};
use crate::text;

#[derive(Debug, Args)]
pub struct ConvenantListArgs {
    /// Count days since the check up to this day [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, args: &ConvenantListArgs) -> anyhow::Result<Outcome> {
    let as_of = ctx.as_of(args.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let rows: Vec<ConvenantRow> = tx
        .suppliers()?
        .into_iter()
        .map(|s| ConvenantRow::new(s, as_of))
        .collect();
    output::list(ctx.format, &rows, text!("command-supplier-none"))?;
    Ok(Outcome::Done)
}
