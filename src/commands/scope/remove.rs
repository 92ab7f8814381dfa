use super::{distinct, finish};
use crate::Error;
use crate::commands::{Ctx, Outcome};
use crate::domain::category::Category;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct ScopeRemoveArgs {
    /// The agreement's id (see `vreg agreement list`)
    pub agreement: String,
    /// Data categories the agreement no longer receives (see `vreg scope categories`)
    #[arg(required = true, value_parser = crate::cli::code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
}

pub fn run(ctx: &Ctx, args: ScopeRemoveArgs) -> anyhow::Result<Outcome> {
    let categories = distinct(args.categories);
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&args.agreement)?.id;
    let before_entries = tx.scope(&agreement)?;
    let before: Vec<Category> = before_entries.iter().map(|e| e.category).collect();
    if let Some(missing) = categories.iter().find(|c| !before.contains(c)) {
        return Err(Error::Missing(tr!(
            "command-scope-not-received",
            agreement = &agreement,
            category = missing.to_string()
        ))
        .into());
    }
    for &category in &categories {
        tx.delete_scope_entry(&agreement, category)?;
    }
    finish(ctx, tx, "scope-remove", &agreement, before_entries)
}
