use std::path::PathBuf;

use clap::Args;
use serde_json::Value;

use super::{Ctx, Outcome, Written, print_written};
use crate::Error;
use crate::ops::register::{self, Options, RegisterFile, Report};
use crate::output::note;
use crate::store::Store;
use crate::tr;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  vreg import register.toml --dry-run\n  vreg --db board.sqlite import register.example.toml --create\n  vreg import shared.toml --merge --only-existing"
)]
pub struct ImportArgs {
    /// A TOML file like register.example.toml
    pub file: PathBuf,
    /// Report what would be added or changed, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Patch: keys the file leaves out keep their value; an entity may be just its id and the
    /// keys to change
    #[arg(long)]
    pub merge: bool,
    /// With --merge: touch only suppliers, agreements and the rest that the register has already
    #[arg(long, requires = "merge")]
    pub only_existing: bool,
    /// Create the register when the file at --db does not exist yet
    #[arg(long)]
    pub create: bool,
    /// Import a file whose organisation has another KvK number than the register's
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &Ctx, args: &ImportArgs) -> anyhow::Result<Outcome> {
    let options = Options {
        today: ctx.as_of(None)?,
        only_existing: args.only_existing,
        force: args.force,
    };
    // A file that is no register document is refused before a register is opened.
    let file = RegisterFile::read(&args.file, args.merge)?;

    // Another `import --create` of the same register at the same moment: the one that waits
    // imports into the register the other made.
    let _creating = match args.create && !args.dry_run && !ctx.db.exists() {
        true => Some(Store::creation_lock(&ctx.db)?),
        false => None,
    };
    let created = !ctx.db.exists();
    if created && !args.create {
        return Err(Error::Missing(tr!(
            "command-import-no-register",
            path = ctx.db.display().to_string(),
            source = &file.source
        ))
        .into());
    }
    let work = |store: &Store| {
        let tx = store.write()?;
        let report = register::import(&tx, &file, &options)?;
        // The report goes out before the commit: if it cannot be printed, nothing is kept.
        print_written(ctx, Written::document("vreg import", &report)?)?;
        if !args.dry_run {
            tx.commit()?;
        }
        Ok(report)
    };
    let report = match (created, args.dry_run) {
        (true, true) => work(&Store::memory(&ctx.actor)?)?,
        (true, false) => Store::created(&ctx.db, &ctx.actor, work)?,
        (false, dry_run) => work(&ctx.store_for(dry_run)?)?,
    };
    if created && !args.dry_run {
        note(tr!(
            "command-created-register",
            path = ctx.db.display().to_string()
        ));
    }
    print_notes(&report, args.dry_run)?;
    Ok(Outcome::Done)
}

fn print_notes(report: &Report, dry_run: bool) -> anyhow::Result<()> {
    let kind = |code: &str| tr!("command-kind", kind = code);
    for e in &report.added {
        note(match dry_run {
            true => tr!("command-import-would-add", kind = kind(&e.kind), id = &e.id),
            false => tr!("command-import-added", kind = kind(&e.kind), id = &e.id),
        });
    }
    for c in &report.changed {
        let (kind, id, fields) = (kind(&c.kind), &c.id, c.fields.join(", "));
        note(match dry_run {
            true => tr!(
                "command-import-would-change",
                kind = kind,
                id = id,
                fields = fields
            ),
            false => tr!(
                "command-import-changed",
                kind = kind,
                id = id,
                fields = fields
            ),
        });
    }
    for c in &report.changes {
        note(tr!(
            "command-import-change",
            kind = kind(&c.kind),
            id = &c.id,
            field = &c.field,
            from = shown(&c.from),
            to = shown(&c.to)
        ));
    }
    for warning in &report.warnings {
        note(tr!("command-warning", warning = warning.to_string()));
    }
    for e in &report.skipped {
        note(tr!(
            "command-import-skipped",
            kind = kind(&e.kind),
            id = &e.id
        ));
    }
    let summary = tr!(
        "command-import-summary",
        added = report.added.len(),
        changed = report.changed.len(),
        unchanged = report.unchanged
    );
    let summary = match report.skipped.is_empty() {
        true => summary,
        false => tr!(
            "command-import-summary-skipped",
            summary = summary,
            skipped = report.skipped.len()
        ),
    };
    note(match dry_run {
        true => tr!("command-dry-run", summary = summary),
        false => summary,
    });
    Ok(())
}

/// A value as the change report shows it: text as it is, nothing as `(none)`.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => tr!("command-import-none"),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
