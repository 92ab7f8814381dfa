mod add;
mod categories;
mod list;
mod remove;
mod set;

use clap::Subcommand;
use serde_json::json;

use super::{Ctx, Outcome, Written, print_written};
use crate::domain::category::{Category, ScopeEntry};
use crate::domain::change::EntityKind;
use crate::output::note;
use crate::store::Tx;
use crate::tr;
use add::ScopeAddArgs;
use list::ScopeListArgs;
use set::ScopeSetArgs;

#[derive(Debug, Subcommand)]
pub enum ScopeCommand {
    /// Replace an agreement's data set with these categories
    #[command(
        after_help = "Example:\n  vreg scope set gynzy-bv-2024 eck-id name group results usage"
    )]
    Set(ScopeSetArgs),
    /// Add categories to an agreement's data set (or update their purpose/retention)
    #[command(
        after_help = "Examples:\n  vreg scope add gynzy-bv-2024 results --purpose \"adaptief oefenen\" --retention \"1 jaar na vertrek\"\n  vreg scope add parnassys-2023 bsn --law \"WPO art. 178a\" --purpose \"leveringen aan DUO (BRON)\""
    )]
    Add(ScopeAddArgs),
    /// Remove categories from an agreement's data set
    #[command(after_help = "Example:\n  vreg scope remove gynzy-bv-2024 bsn")]
    Remove(remove::ScopeRemoveArgs),
    /// Who receives what
    ///
    /// When the terminal is narrow, the table leaves out supplier, law, retention (--wide keeps
    /// them).
    #[command(
        after_help = "Example:\n  vreg scope list --category health    # who receives medical data?"
    )]
    List(ScopeListArgs),
    /// The catalogue of data categories with their flags and Dutch labels
    #[command(after_help = "Example:\n  vreg scope categories --format json")]
    Categories,
}

pub fn run(ctx: &Ctx, cmd: ScopeCommand) -> anyhow::Result<Outcome> {
    match cmd {
        ScopeCommand::Set(args) => set::run(ctx, args),
        ScopeCommand::Add(args) => add::run(ctx, args),
        ScopeCommand::Remove(args) => remove::run(ctx, args),
        ScopeCommand::List(args) => list::run(ctx, &args),
        ScopeCommand::Categories => categories::run(ctx),
    }
}

/// The categories asked for, each once, in catalogue order.
fn distinct(mut categories: Vec<Category>) -> Vec<Category> {
    categories.sort();
    categories.dedup();
    categories
}

/// The warnings where the law forbids or limits what is being registered and the register does
/// not yet say why it may (the audit reports it too): the BSN without the law that prescribes
/// it (`bsn-shared`), special categories on an agreement without a DPIA (`special-category`).
/// Each is said when the change brings it about: the BSN added, or its law taken away.
fn warnings(
    tx: &Tx<'_>,
    agreement: &str,
    added: &[Category],
    (before, after): (&[ScopeEntry], &[ScopeEntry]),
) -> anyhow::Result<Vec<String>> {
    use crate::domain::category::bsn_without_law;
    let mut said = Vec::new();
    if bsn_without_law(after) && !bsn_without_law(before) {
        said.push(tr!("command-scope-warn-bsn", agreement = agreement));
    }
    if added.iter().any(|c| c.special()) && tx.agreement(agreement)?.dpia.is_none() {
        said.push(tr!("command-scope-warn-special", agreement = agreement));
    }
    Ok(said)
}

fn codes(entries: impl IntoIterator<Item = Category>) -> Vec<&'static str> {
    entries.into_iter().map(Category::code).collect()
}

/// Logs and commits a change of an agreement's data set (what was added, removed, or given another
/// purpose or retention), and tells what it now receives. A change that changes nothing is neither
/// logged nor written. What it prints is the agreement's scope, as `agreement show` has it.
fn finish(
    ctx: &Ctx,
    tx: Tx<'_>,
    action: &str,
    agreement: &str,
    before: Vec<ScopeEntry>,
) -> anyhow::Result<Outcome> {
    let after = tx.scope(agreement)?;
    let command = format!("vreg {}", action.replace('-', " "));
    let written = json!({ "agreement": agreement, "scope": after });
    print_written(ctx, Written::document(&command, &written)?)?;
    if after == before {
        note(tr!("command-scope-unchanged", agreement = agreement));
        return Ok(Outcome::Done);
    }
    let had = |c: Category| before.iter().any(|e| e.category == c);
    let added: Vec<Category> = after
        .iter()
        .map(|e| e.category)
        .filter(|&c| !had(c))
        .collect();
    let removed: Vec<Category> = before
        .iter()
        .map(|e| e.category)
        .filter(|&c| !after.iter().any(|e| e.category == c))
        .collect();
    let changed: Vec<&ScopeEntry> = after
        .iter()
        .filter(|e| had(e.category) && !before.contains(e))
        .collect();
    let scope: Vec<Category> = after.iter().map(|e| e.category).collect();
    tx.log(
        action,
        EntityKind::Agreement,
        agreement,
        json!({ "added": codes(added.iter().copied()), "removed": codes(removed),
                "changed": changed, "scope": codes(scope.iter().copied()) }),
    )?;
    let warnings = warnings(&tx, agreement, &added, (&before, &after))?;
    tx.commit()?;
    for warning in warnings {
        note(warning);
    }
    match scope.as_slice() {
        [] => note(tr!("command-scope-now-nothing", agreement = agreement)),
        _ => note(tr!(
            "command-scope-now",
            agreement = agreement,
            categories = codes(scope.iter().copied()).join(", ")
        )),
    }
    Ok(Outcome::Done)
}
