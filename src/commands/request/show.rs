use chrono::NaiveDate;

use super::RequestView;
use crate::commands::{Ctx, Outcome, Written};
use crate::domain::date::parse_date;
use crate::domain::request::Status;
use crate::error::Error;
use crate::output;
use crate::store::Tx;
use crate::tr;

/// What a command wrote to request `id`, as `request show` prints it today.
pub fn written<'a>(
    ctx: &Ctx,
    tx: &Tx<'_>,
    id: &str,
    command: &'a str,
) -> anyhow::Result<Written<'a>> {
    let view = RequestView::new(tx, tx.request(id)?, ctx.as_of(None)?)?;
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
    let request = tx.request(args.id.trim())?;
    if !request.known_on(day) {
        return Err(Error::Invalid(tr!(
            "command-request-not-yet-received",
            id = request.id,
            received = request.received_on,
            day = day
        ))
        .into());
    }
    let view = RequestView::new(&tx, request, day)?;
    output::show(ctx.format, &view, &view, |out| {
        let r = &view.request;
        if r.pupil.is_none() {
            writeln!(out, "{}", tr!("command-request-pupil-erased"))?;
        }
        let line = match view.status {
            Status::Open => tr!(
                "command-request-open",
                due = view.due_on,
                days = view.days_left.unwrap_or_default()
            ),
            Status::Overdue => tr!(
                "command-request-overdue",
                due = view.due_on,
                days = -view.days_left.unwrap_or_default()
            ),
            Status::AnsweredOnTime => tr!(
                "command-request-answered-on-time",
                closed = output::opt(&r.closed_on),
                due = view.due_on
            ),
            Status::AnsweredLate => tr!(
                "command-request-answered-late",
                closed = output::opt(&r.closed_on),
                due = view.due_on
            ),
        };
        writeln!(out, "{line}")
    })?;
    Ok(Outcome::Done)
}
