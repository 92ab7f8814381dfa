use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::Error;
use crate::commands::{Ctx, Outcome, print_written};
use crate::domain::change::EntityKind;
use crate::domain::date::parse_date;
use crate::output::note;
use crate::tr;

#[derive(Debug, Args)]
pub struct AgreementEndArgs {
    /// The agreement's id (see `vreg agreement list`)
    pub id: String,
    /// The day the termination takes effect
    #[arg(long, value_parser = parse_date)]
    pub on: NaiveDate,
}

pub fn run(ctx: &Ctx, args: &AgreementEndArgs) -> anyhow::Result<Outcome> {
    let today = crate::clock::today()?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let mut agreement = tx.agreement(&args.id)?;
    if let Some(ended) = agreement.terminated_on {
        // A termination of a day to come has not happened yet: it is said so.
        let said = match ended > today {
            true => tr!(
                "command-agreement-already-ending",
                id = &agreement.id,
                ended = ended
            ),
            false => tr!(
                "command-agreement-already-ended",
                id = &agreement.id,
                ended = ended
            ),
        };
        return Err(Error::Conflict(said).into());
    }
    agreement.terminated_on = Some(args.on);
    agreement.validate().map_err(Error::Invalid)?;
    tx.save_agreement(&agreement)?;
    tx.log(
        "end",
        EntityKind::Agreement,
        &agreement.id,
        json!({ "terminated_on": args.on }),
    )?;
    print_written(
        ctx,
        super::show::written(ctx, &tx, &agreement.id, "vreg agreement end")?,
    )?;
    tx.commit()?;
    // Its last day in force: the day before the end, or its expiry, if that comes first.
    match agreement
        .ends_on()
        .filter(|last| args.on > today && *last >= today)
    {
        Some(last) => note(tr!(
            "command-agreement-ending",
            id = &agreement.id,
            on = args.on,
            last = last
        )),
        None => note(tr!(
            "command-agreement-ended",
            id = &agreement.id,
            on = args.on
        )),
    }
    Ok(Outcome::Done)
}
