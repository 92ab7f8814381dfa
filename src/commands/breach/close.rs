use serde_json::json;

use crate::commands::{Ctx, Outcome, print_written, required_text};
use crate::domain::breach::{Instant, iso, parse_time};
use crate::domain::change::EntityKind;
use crate::output::note;
use crate::text;
use crate::tr;
use crate::{Error, clock};

#[derive(Debug, clap::Args)]
pub struct BreachCloseArgs {
    /// The breach's id, e.g. 2026-001
    pub id: String,
    /// The measures taken to end the breach and prevent another
    #[arg(long)]
    pub measures: String,
    /// When it was closed [default: now]
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub on: Option<Instant>,
}

pub fn run(ctx: &Ctx, args: BreachCloseArgs) -> anyhow::Result<Outcome> {
    let now = clock::instant()?;
    let measures = required_text(args.measures, text!("command-label-measures"))?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let mut b = tx.breach(args.id.trim())?;
    if let Some(closed) = b.closed_at {
        return Err(Error::Conflict(tr!(
            "command-breach-already-closed",
            id = &b.id,
            closed = closed
        ))
        .into());
    }
    let at = args.on.unwrap_or(now);
    b.closed_at = Some(at);
    b.measures = Some(measures);
    b.validate(now).map_err(Error::Invalid)?;
    tx.save_breach(&b)?;
    tx.log(
        "close",
        EntityKind::Breach,
        &b.id,
        json!({ "at": iso(at), "measures": b.measures }),
    )?;
    print_written(
        ctx,
        super::show::written(&tx, &b.id, now, "vreg breach close")?,
    )?;
    tx.commit()?;
    let left = super::duties_left(&b, now);
    if b.risk.is_none() {
        note(tr!("command-breach-closed-unassessed", id = &b.id));
    } else if left.is_empty() {
        note(tr!("command-breach-closed", id = &b.id, at = at));
    } else {
        // Closing the record ends none of the board's duties: `deadlines` keeps them.
        note(tr!(
            "command-breach-closed-duties",
            id = &b.id,
            at = at,
            duties = left.join("; ")
        ));
    }
    Ok(Outcome::Done)
}
