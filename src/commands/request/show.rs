use chrono::NaiveDate;

use super::RequestView;
use crate::commands::{Ctx, Outcome, Written};
use crate::domain::date::parse_date;
use crate::domain::request::Status;
use crate::output;
use crate::store::Tx;

/// What a command wrote to request `id`, as `request show` prints it today.
pub fn written<'a>(
    ctx: &Ctx,
    tx: &Tx<'_>,
    id: &str,
    command: &'a str,
) -> anyhow::Result<Written<'a>> {
    let view = RequestView::new(tx.request(id)?, ctx.as_of(None)?);
    Written::object(command, &view, &view)
}

#[derive(Debug, clap::Args)]
pub struct RequestShowArgs {
    /// The request's id, e.g. 2026-001
    pub id: String,
    /// Judge the due date on this day [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, args: &RequestShowArgs) -> anyhow::Result<Outcome> {
    let day = ctx.as_of(args.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let view = RequestView::new(tx.request(args.id.trim())?, day);
    output::show(ctx.format, &view, &view, |out| {
        let r = &view.request;
        if r.pupil.is_none() {
            writeln!(out, "the pupil was erased from the register")?;
        }
        match view.status {
            Status::Open => writeln!(
                out,
                "open: the answer is due on {} ({} day(s) left)",
                view.due_on,
                view.days_left.unwrap_or_default()
            ),
            Status::Overdue => writeln!(
                out,
                "overdue: the answer was due on {}, {} day(s) ago",
                view.due_on,
                -view.days_left.unwrap_or_default()
            ),
            Status::AnsweredOnTime | Status::AnsweredLate => writeln!(
                out,
                "answered on {} ({}), due {}",
                output::opt(&r.closed_on),
                if view.status == Status::AnsweredLate {
                    "late"
                } else {
                    "on time"
                },
                view.due_on
            ),
        }
    })?;
    Ok(Outcome::Done)
}
