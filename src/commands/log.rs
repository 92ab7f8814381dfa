use super::{Ctx, Outcome};
use crate::cli::LogArgs;
use crate::output::{self, Row};
use crate::store::ChangeEvent;

impl Row for ChangeEvent {
    const HEADERS: &'static [&'static str] = &[
        "at",
        "actor",
        "action",
        "entity_kind",
        "entity_id",
        "detail",
    ];

    // An acceptance's entity id is its code and subject: it may wrap between the two.
    const FREE_TEXT: &'static [&'static str] = &["actor", "entity_id", "detail"];
    const NARROW: &'static [&'static str] = &["entity_kind", "detail", "actor"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.at.clone(),
            self.actor.clone(),
            self.action.clone(),
            self.entity_kind.clone(),
            self.entity_id.clone(),
            self.detail.to_string(),
        ]
    }
}

pub fn run(ctx: &Ctx, args: &LogArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let entity = args.entity.as_ref().map(|(k, i)| (k.as_str(), i.as_str()));
    let events = tx.changes(args.since, entity)?;
    output::list(ctx.format, &events, "no changes recorded")?;
    Ok(Outcome::Done)
}
