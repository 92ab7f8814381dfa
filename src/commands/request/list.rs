use chrono::NaiveDate;

use super::RequestView;
use crate::commands::{Ctx, Outcome};
use crate::domain::date::parse_date;
use crate::domain::request::Status;
use crate::output;
use crate::text;

#[derive(Debug, clap::Args)]
pub struct RequestListArgs {
    /// Only requests not yet answered
    #[arg(long)]
    pub open: bool,
    /// Only open requests whose due date has passed
    #[arg(long)]
    pub overdue: bool,
    /// Judge due dates on this day, and list only requests received by then [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, args: &RequestListArgs) -> anyhow::Result<Outcome> {
    let day = ctx.as_of(args.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let mut views: Vec<RequestView> = Vec::new();
    for r in tx.requests()?.into_iter().filter(|r| r.known_on(day)) {
        let v = RequestView::new(&tx, r, day)?;
        if (!args.open || matches!(v.status, Status::Open | Status::Overdue))
            && (!args.overdue || v.status == Status::Overdue)
        {
            views.push(v);
        }
    }
    output::list(ctx.format, &views, text!("command-request-none"))?;
    Ok(Outcome::Done)
}
