use super::BreachView;
use crate::commands::{Ctx, Outcome};
use crate::domain::breach::year;
use crate::domain::date::parse_year;
use crate::text;
use crate::{clock, output};

#[derive(Debug, clap::Args)]
pub struct BreachListArgs {
    /// Only breaches not yet closed
    #[arg(long)]
    pub open: bool,
    /// Only breaches discovered in this calendar year
    #[arg(long, value_name = "YEAR", allow_negative_numbers = true, value_parser = parse_year)]
    pub year: Option<i32>,
}

pub fn run(ctx: &Ctx, args: &BreachListArgs) -> anyhow::Result<Outcome> {
    let now = clock::instant()?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let views = tx
        .breaches()?
        .into_iter()
        .filter(|b| !args.open || b.is_open())
        .filter(|b| args.year.is_none_or(|y| year(b.discovered_at) == y))
        .map(|b| BreachView::load(&tx, b, now))
        .collect::<anyhow::Result<Vec<_>>>()?;
    output::list(ctx.format, &views, text!("command-breach-none"))?;
    Ok(Outcome::Done)
}
