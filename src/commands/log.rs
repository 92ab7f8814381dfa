use chrono::NaiveDate;
use clap::Args;

use super::{Ctx, Outcome};
use crate::domain::change::EntityKind;
use crate::domain::date::parse_date;
use crate::output::{self, Row};
use crate::store::ChangeEvent;
use crate::store::Changes;
use crate::{text, tr};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  vreg log --entity supplier:gynzy-bv\n  vreg log --since 2026-08-01 --format csv"
)]
pub struct LogArgs {
    /// Only changes on or after this day (UTC)
    #[arg(long, value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// Only changes to this entity, e.g. supplier:gynzy-bv
    #[arg(long, value_name = "KIND:ID", value_parser = parse_entity)]
    pub entity: Option<(EntityKind, String)>,
}

fn parse_entity(s: &str) -> Result<(EntityKind, String), String> {
    match s.split_once(':') {
        Some((kind, id)) if !id.is_empty() => Ok((
            kind.parse()
                .map_err(|e: crate::domain::UnknownCode| e.to_string())?,
            id.to_string(),
        )),
        _ => Err(tr!("command-log-not-an-entity", value = s)),
    }
}

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
    let which = match &args.entity {
        Some((kind, id)) => Changes::Entity(*kind, id),
        None => Changes::All,
    };
    output::stream(ctx.format, text!("command-log-none"), |emit| {
        tx.for_each_change(args.since, which, emit)
    })?;
    Ok(Outcome::Done)
}
