use chrono::NaiveDate;
use serde_json::json;

use crate::Error;
use crate::commands::{Ctx, Outcome, print_written, required_text};
use crate::domain::change::EntityKind;
use crate::domain::date::parse_date;
use crate::domain::request::check_extension;
use crate::output::note;
use crate::text;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct RequestExtendArgs {
    /// The request's id, e.g. 2026-001
    pub id: String,
    /// Why more time is needed (complex or many requests), as told to the requester
    #[arg(long)]
    pub reason: String,
    /// The day the requester was told; no later than the last day of the first month
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub notified_on: NaiveDate,
}

pub fn run(ctx: &Ctx, args: RequestExtendArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let reason = required_text(args.reason, text!("command-label-reason"))?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let mut r = tx.request(args.id.trim())?;
    if let Some(closed) = r.closed_on {
        return Err(Error::Conflict(tr!(
            "command-request-extend-answered",
            id = &r.id,
            closed = closed
        ))
        .into());
    }
    if let Some(told) = r.extension_notified_on {
        return Err(Error::Conflict(tr!(
            "command-request-extended-already",
            id = &r.id,
            told = told
        ))
        .into());
    }
    check_extension(r.received_on, args.notified_on).map_err(Error::Invalid)?;
    r.extension_reason = Some(reason);
    r.extension_notified_on = Some(args.notified_on);
    r.validate(today).map_err(Error::Invalid)?;
    tx.save_request(&r)?;
    tx.log(
        "extend",
        EntityKind::Request,
        &r.id,
        json!({ "reason": r.extension_reason, "notified_on": args.notified_on, "due_on": r.due_on() }),
    )?;
    print_written(
        ctx,
        super::show::written(ctx, &tx, &r.id, "vreg request extend")?,
    )?;
    tx.commit()?;
    note(tr!(
        "command-request-extended",
        id = &r.id,
        due = r.due_on()
    ));
    Ok(Outcome::Done)
}
