use clap::Args;

use crate::cli::code;
use crate::commands::{Ctx, Outcome};
use crate::domain::category::Category;
use crate::output::{self, Row, opt};
use crate::store::ScopeRow;
use crate::text;

#[derive(Debug, Args)]
pub struct ScopeListArgs {
    /// Only this category, e.g. health
    #[arg(long, value_parser = code::<Category>(Category::SPELLINGS))]
    pub category: Option<Category>,
}

impl Row for ScopeRow {
    const HEADERS: &'static [&'static str] = &[
        "agreement",
        "supplier",
        "category",
        "purpose",
        "retention",
        "law",
    ];

    const FREE_TEXT: &'static [&'static str] = &["purpose", "retention", "law"];
    const NARROW: &'static [&'static str] = &["supplier", "law", "retention"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.agreement.clone(),
            self.supplier.clone(),
            self.entry.category.to_string(),
            opt(&self.entry.purpose),
            opt(&self.entry.retention),
            opt(&self.entry.law),
        ]
    }
}

pub fn run(ctx: &Ctx, args: &ScopeListArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let rows = tx.scope_rows(None, args.category)?;
    output::list(ctx.format, &rows, text!("command-scope-none"))?;
    Ok(Outcome::Done)
}
