use serde_json::json;

use super::{Ctx, Outcome, Written, note, print_written};
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

fn add(ctx: &Ctx, args: ScopeChange) -> anyhow::Result<Outcome> {
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

fn remove(ctx: &Ctx, args: ScopeSet) -> anyhow::Result<Outcome> {
    let categories = distinct(args.categories);
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&args.agreement)?.id;
    let before_entries = tx.scope(&agreement)?;
    let before: Vec<Category> = before_entries.iter().map(|e| e.category).collect();
    if let Some(missing) = categories.iter().find(|c| !before.contains(c)) {
        return Err(Error::Invalid(format!(
            "agreement {agreement} does not receive '{missing}' (see `vreg agreement show {agreement}`)"
        ))
        .into());
    }
    for &category in &categories {
        tx.delete_scope_entry(&agreement, category)?;
    }
    finish(ctx, tx, "scope-remove", &agreement, before_entries)
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
        note(format!("agreement {agreement}: data set unchanged"));
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
        "agreement",
        agreement,
        json!({ "added": codes(added.iter().copied()), "removed": codes(removed),
                "changed": changed, "scope": codes(scope.iter().copied()) }),
    )?;
    tx.commit()?;
    warn_about(&added);
    match scope.as_slice() {
        [] => note(format!(
            "agreement {agreement} now receives no data categories"
        )),
        _ => note(format!(
            "agreement {agreement} now receives: {}",
            codes(scope.iter().copied()).join(", ")
        )),
    }
    Ok(Outcome::Done)
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

fn list(ctx: &Ctx, args: &ScopeList) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let rows = tx.scope_rows(None, args.category)?;
    output::list(ctx.format, &rows, "no agreement receives that")?;
    Ok(Outcome::Done)
}

impl Row for CatalogueEntry {
    const HEADERS: &'static [&'static str] = &["code", "label", "special", "national_id"];

    const FREE_TEXT: &'static [&'static str] = &["label"];

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
