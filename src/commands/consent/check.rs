use chrono::NaiveDate;
use clap::Args;

use crate::commands::{Ctx, Outcome, answer};
use crate::domain::consent::reason;
use crate::domain::date::parse_date;
use crate::domain::pupil::parse_number;

#[derive(Debug, Args)]
pub struct ConsentCheckArgs {
    /// The leerlingnummer
    #[arg(value_parser = parse_number)]
    pub pupil: String,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
    /// The purpose id
    pub purpose: String,
    /// The day the answer is for: the decisions dated on or before it [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, args: &ConsentCheckArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(args.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let pupil = crate::ops::school::find_pupil(&tx, &args.pupil, args.school.as_deref())?;
    crate::ops::school::say_if_gone(&pupil, today);
    let purpose = tx.active_purpose(&args.purpose, today)?;
    let standing = tx.standing(&pupil.key, &purpose.id, today)?;
    // JSON and CSV give the reason in English, a table in the reader's language.
    let reason = reason(&purpose, &standing);
    answer(ctx, standing.counts, |lang| reason.in_lang(lang))
}
