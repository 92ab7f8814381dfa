use serde_json::json;

use super::{Ctx, Outcome, note};
use crate::Error;
use crate::cli::{ScopeChange, ScopeCommand, ScopeList, ScopeSet};
use crate::domain::category::{CatalogueEntry, Category, ScopeEntry, catalogue};
use crate::domain::non_empty;
use crate::output::{self, Row, opt};
use crate::store::{ScopeRow, Tx};

pub fn run(ctx: &Ctx, cmd: ScopeCommand) -> anyhow::Result<Outcome> {
    match cmd {
        ScopeCommand::Set(args) => set(ctx, args),
        ScopeCommand::Add(args) => add(ctx, args),
        ScopeCommand::Remove(args) => remove(ctx, args),
        ScopeCommand::List(args) => list(ctx, &args),
        ScopeCommand::Categories => categories(ctx),
    }
}

/// The categories asked for, each once, in catalogue order.
fn distinct(mut categories: Vec<Category>) -> Vec<Category> {
    categories.sort();
    categories.dedup();
    categories
}

/// Warns where the law forbids or limits what is being registered; the audit reports it too.
fn warn_about(categories: &[Category]) {
    if categories.contains(&Category::Bsn) {
        note(
            "warning: a supplier may never receive the BSN (UAVG art. 46); `vreg audit` reports this as an error",
        );
    }
    if categories.iter().any(|c| c.special()) {
        note(
            "warning: special categories (AVG art. 9) need a DPIA reference on the agreement (`vreg agreement edit ID --dpia REF`)",
        );
    }
}

fn codes(entries: impl IntoIterator<Item = Category>) -> Vec<&'static str> {
    entries.into_iter().map(Category::code).collect()
}

fn set(ctx: &Ctx, args: ScopeSet) -> anyhow::Result<Outcome> {
    let wanted = distinct(args.categories);
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&args.agreement)?.id;
    let before: Vec<Category> = tx
        .scope(&agreement)?
        .into_iter()
        .map(|e| e.category)
        .collect();
    for &gone in before.iter().filter(|c| !wanted.contains(c)) {
        tx.delete_scope_entry(&agreement, gone)?;
    }
    for &new in wanted.iter().filter(|c| !before.contains(c)) {
        tx.save_scope_entry(
            &agreement,
            &ScopeEntry {
                category: new,
                purpose: None,
                retention: None,
            },
        )?;
    }
    finish(tx, "scope-set", &agreement, &before, &wanted)
}

fn add(ctx: &Ctx, args: ScopeChange) -> anyhow::Result<Outcome> {
    let categories = distinct(args.categories);
    let (purpose, retention) = (args.purpose, args.retention);
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
        };
        entry.validate().map_err(Error::Invalid)?;
        tx.save_scope_entry(&agreement, &entry)?;
    }
    let before: Vec<Category> = current.iter().map(|e| e.category).collect();
    let after = distinct(
        before
            .iter()
            .copied()
            .chain(categories.iter().copied())
            .collect(),
    );
    finish(tx, "scope-add", &agreement, &before, &after)
}

fn remove(ctx: &Ctx, args: ScopeSet) -> anyhow::Result<Outcome> {
    let categories = distinct(args.categories);
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&args.agreement)?.id;
    let before: Vec<Category> = tx
        .scope(&agreement)?
        .into_iter()
        .map(|e| e.category)
        .collect();
    if let Some(missing) = categories.iter().find(|c| !before.contains(c)) {
        return Err(Error::Invalid(format!(
            "agreement {agreement} does not receive '{missing}' (see `vreg agreement show {agreement}`)"
        ))
        .into());
    }
    for &category in &categories {
        tx.delete_scope_entry(&agreement, category)?;
    }
    let after: Vec<Category> = before
        .iter()
        .copied()
        .filter(|c| !categories.contains(c))
        .collect();
    finish(tx, "scope-remove", &agreement, &before, &after)
}

/// Logs and commits a change of an agreement's data set, and tells what it now receives.
fn finish(
    tx: Tx<'_>,
    action: &str,
    agreement: &str,
    before: &[Category],
    after: &[Category],
) -> anyhow::Result<Outcome> {
    let added: Vec<Category> = after
        .iter()
        .copied()
        .filter(|c| !before.contains(c))
        .collect();
    let removed: Vec<Category> = before
        .iter()
        .copied()
        .filter(|c| !after.contains(c))
        .collect();
    tx.log(
        action,
        "agreement",
        agreement,
        json!({ "added": codes(added.iter().copied()), "removed": codes(removed), "scope": codes(after.iter().copied()) }),
    )?;
    tx.commit()?;
    warn_about(&added);
    match after {
        [] => note(format!(
            "agreement {agreement} now receives no data categories"
        )),
        _ => note(format!(
            "agreement {agreement} now receives: {}",
            codes(after.iter().copied()).join(", ")
        )),
    }
    Ok(Outcome::Done)
}

impl Row for ScopeRow {
    const HEADERS: &'static [&'static str] =
        &["agreement", "supplier", "category", "purpose", "retention"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.agreement.clone(),
            self.supplier.clone(),
            self.entry.category.to_string(),
            opt(&self.entry.purpose),
            opt(&self.entry.retention),
        ]
    }
}

fn list(ctx: &Ctx, args: &ScopeList) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let rows = tx.scope_rows(None, args.category)?;
    output::list(ctx.format, &rows, "no agreement receives that")?;
    Ok(Outcome::Done)
}

impl Row for CatalogueEntry {
    const HEADERS: &'static [&'static str] = &["code", "label", "special", "national_id"];

    fn cells(&self) -> Vec<String> {
        let yes = |b: bool| b.to_string();
        vec![
            self.code.to_string(),
            self.label.to_string(),
            yes(self.special),
            yes(self.national_id),
        ]
    }
}

fn categories(ctx: &Ctx) -> anyhow::Result<Outcome> {
    output::list(ctx.format, &catalogue(), "")?;
    Ok(Outcome::Done)
}
