use clap::Args;

use super::{distinct, finish};
use crate::Error;
use crate::cli::code;
use crate::commands::{Ctx, Outcome};
use crate::domain::category::{Category, ScopeEntry};
use crate::domain::non_empty;

#[derive(Debug, Args)]
pub struct ScopeAddArgs {
    /// The agreement's id (see `vreg agreement list`)
    pub agreement: String,
    /// Data categories (see `vreg scope categories`)
    #[arg(required = true, value_parser = code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
    /// Why the supplier receives them
    #[arg(long)]
    pub purpose: Option<String>,
    /// How long the supplier keeps them
    #[arg(long)]
    pub retention: Option<String>,
    /// The law that prescribes this processing, e.g. "WPO art. 178a" for the BSN in the pupil
    /// administration (empty clears it)
    #[arg(long)]
    pub law: Option<String>,
}

pub fn run(ctx: &Ctx, args: ScopeAddArgs) -> anyhow::Result<Outcome> {
    let categories = distinct(args.categories);
    let (purpose, retention, law) = (args.purpose, args.retention, args.law);
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&args.agreement)?.id;
    let current = tx.scope(&agreement)?;
    for &category in &categories {
        let existing = current.iter().find(|e| e.category == category);
        let keep = |given: &Option<String>, old: Option<&Option<String>>| match given {
            Some(_) => non_empty(given.clone()),
            None => old.cloned().flatten(),
        };
        let entry = ScopeEntry {
            category,
            purpose: keep(&purpose, existing.map(|e| &e.purpose)),
            retention: keep(&retention, existing.map(|e| &e.retention)),
            law: keep(&law, existing.map(|e| &e.law)),
        };
        entry.validate().map_err(Error::Invalid)?;
        tx.save_scope_entry(&agreement, &entry)?;
    }
    finish(ctx, tx, "scope-add", &agreement, current)
}
