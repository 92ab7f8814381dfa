use chrono::NaiveDate;

use crate::cli::code;
use crate::commands::{Ctx, Outcome, print_written};
use crate::domain::date::parse_date;
use crate::domain::request::Outcome as Answer;
use crate::output::note;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct RequestCloseArgs {
    /// The request's id, e.g. 2026-001
    pub id: String,
    /// The day the answer was sent
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub on: NaiveDate,
    /// granted, partly, refused
    #[arg(long, value_parser = code::<Answer>(Answer::SPELLINGS))]
    pub outcome: Answer,
    /// What was answered, and why (for a refusal: the reason, and that the requester may
    /// complain to the Autoriteit Persoonsgegevens)
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, args: RequestCloseArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let r = crate::ops::request::close_request(
        &tx,
        ctx.as_of(None)?,
        args.id.trim(),
        args.on,
        args.outcome,
        args.note,
    )?;
    print_written(
        ctx,
        super::show::written(ctx, &tx, &r.id, "vreg request close")?,
    )?;
    tx.commit()?;
    let (id, outcome, due) = (&r.id, args.outcome.word(), r.due_on());
    note(if r.closed_on.is_some_and(|c| c > due) {
        tr!(
            "command-request-closed-late",
            id = id,
            outcome = outcome,
            due = due
        )
    } else {
        tr!(
            "command-request-closed",
            id = id,
            outcome = outcome,
            due = due
        )
    });
    Ok(Outcome::Done)
}
