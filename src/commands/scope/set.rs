use clap::Args;

use super::{distinct, finish};
use crate::cli::code;
use crate::commands::{Ctx, Outcome};
use crate::domain::category::{Category, ScopeEntry};

#[derive(Debug, Args)]
pub struct ScopeSetArgs {
    /// The agreement's id (see `vreg agreement list`)
    pub agreement: String,
    /// Data categories (see `vreg scope categories`)
    #[arg(required = true, value_parser = code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
}

pub fn run(ctx: &Ctx, args: ScopeSetArgs) -> anyhow::Result<Outcome> {
    let wanted = distinct(args.categories);
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&args.agreement)?.id;
    let before_entries = tx.scope(&agreement)?;
    let before: Vec<Category> = before_entries.iter().map(|e| e.category).collect();
    for &gone in before.iter().filter(|c| !wanted.contains(c)) {
        tx.delete_scope_entry(&agreement, gone)?;
    }
    for &new in wanted.iter().filter(|c| !before.contains(c)) {
        tx.save_scope_entry(&agreement, &ScopeEntry::of(new))?;
    }
    finish(ctx, tx, "scope-set", &agreement, before_entries)
}
