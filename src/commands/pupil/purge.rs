use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::Error;
use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::change::EntityKind;
use crate::domain::date::parse_date;
use crate::output::note;
use crate::prompt;
use crate::tr;

#[derive(Debug, Args)]
pub struct PupilPurgeArgs {
    /// Remove pupils whose leaving date is before this day
    #[arg(long, value_parser = parse_date)]
    pub left_before: NaiveDate,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long, short)]
    pub yes: bool,
}

pub fn run(ctx: &Ctx, args: &PupilPurgeArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    if args.left_before > today {
        return Err(Error::Invalid(tr!(
            "command-purge-future",
            left_before = args.left_before,
            today = today
        ))
        .into());
    }
    let store = ctx.store()?;
    let tx = store.write()?;
    // A pupil an open request is about stays until it is answered; the officer is told.
    let mut held: std::collections::BTreeMap<(String, Option<String>), Vec<String>> =
        Default::default();
    for (number, school, request) in tx.pupils_held_by_requests(args.left_before)? {
        held.entry((number, school)).or_default().push(request);
    }
    if !held.is_empty() {
        let said: Vec<String> = held
            .iter()
            .map(|((number, school), requests)| {
                let why = school.iter().chain(requests).cloned().collect::<Vec<_>>();
                format!("{number} ({})", why.join(", "))
            })
            .collect();
        note(tr!(
            "command-purge-held",
            count = held.len(),
            pupils = said.join("; ")
        ));
    }
    let count = tx.count_pupils_purgeable(args.left_before)?;
    let purged = |removed: usize| json!({ "left_before": args.left_before, "removed": removed });
    if count == 0 {
        print_written(ctx, Written::document("vreg pupil purge", &purged(0))?)?;
        note(tr!("command-purge-none", left_before = args.left_before));
        return Ok(Outcome::Done);
    }
    let question = tr!(
        "command-purge-ask",
        count = count,
        left_before = args.left_before
    );
    if !prompt::confirm(&question, args.yes)? {
        note(tr!("command-nothing-removed"));
        return Ok(Outcome::Done);
    }
    let removed = tx.delete_pupils_left_before(args.left_before)?;
    // The log says how many, never who: the point of purging is that they are gone.
    tx.log("purge", EntityKind::Pupil, "*", purged(removed))?;
    print_written(
        ctx,
        Written::document("vreg pupil purge", &purged(removed))?,
    )?;
    tx.commit()?;
    // The removal stands: `secure_delete` has overwritten what it freed; taking the freed
    // pages out of the file is what is left, and a failure there undoes nothing.
    if let Err(e) = store.reclaim() {
        note(tr!("command-warning", warning = crate::error::said(&e)));
    }
    note(tr!(
        "command-purged",
        count = removed,
        left_before = args.left_before
    ));
    Ok(Outcome::Done)
}
