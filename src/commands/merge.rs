//! `vreg merge OTHER.sqlite`: another board's register into this one, in one transaction.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use serde_json::json;

use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::change::EntityKind;
use crate::domain::merge::{self, Options, Renamed, Renumbered};
use crate::output::Format;
use crate::output::note;
use crate::store::{Store, Tx};
use crate::tr;
use crate::{Error, clock};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  vreg --db een.sqlite merge twee.sqlite --dry-run\n  vreg --db een.sqlite merge twee.sqlite --id-suffix twee --renumber"
)]
pub struct MergeArgs {
    /// The register to merge into this one (--db); it is only read
    pub other: PathBuf,
    /// Rename each incoming entity whose id this register uses for something else to ID-S, and
    /// every reference to it
    #[arg(long, value_name = "S")]
    pub id_suffix: Option<String>,
    /// Give an incoming pupil whose number a pupil of the same school has here a free number
    #[arg(long)]
    pub renumber: bool,
    /// Report what would be merged, and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// What a merge did, as `--format json` gives it.
#[derive(Debug, Serialize)]
struct Report {
    dry_run: bool,
    added: BTreeMap<&'static str, usize>,
    identical: BTreeMap<&'static str, usize>,
    renamed: Vec<Renamed>,
    renumbered: Vec<Renumbered>,
    pupils_not_added_again: usize,
}

pub fn run(ctx: &Ctx, args: &MergeArgs) -> anyhow::Result<Outcome> {
    let same_file = match (ctx.db.canonicalize(), args.other.canonicalize()) {
        (Ok(here), Ok(other)) => here == other,
        _ => false,
    };
    if same_file {
        return Err(Error::Invalid(tr!(
            "command-merge-itself",
            path = args.other.display().to_string()
        ))
        .into());
    }
    // One row cannot hold what a merge did: refused before anything is read or said.
    if ctx.format == Format::Csv {
        return Err(Error::Invalid(tr!("command-written-no-csv", command = "vreg merge")).into());
    }
    // The other register is read in full before this one is locked for writing.
    let other = Store::open_other(&args.other, &ctx.actor)?;
    let theirs_tx = other.read()?;
    let theirs = theirs_tx.merge_rows().map_err(|e| {
        e.context(tr!(
            "command-cannot-read",
            path = args.other.display().to_string()
        ))
    })?;

    let store = ctx.store_for(args.dry_run)?;
    let tx = store.write()?;
    let ours = tx.merge_rows()?;
    let source = args.other.file_name().map_or_else(
        || args.other.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let options = Options {
        suffix: args.id_suffix.as_deref(),
        renumber: args.renumber,
        source: &source,
    };
    let plan = merge::plan(&ours, &theirs, options).map_err(|refusal| {
        anyhow::Error::from(match refusal.invalid {
            Some(_) => Error::Invalid(refusal.to_string()),
            None => Error::Conflict(refusal.to_string()),
        })
    })?;
    tx.insert_merged(&plan.rows)?;
    // A supplier renamed because its id clashed may be this register's own under another id:
    // said, as `import` says it (`supplier add` would refuse it).
    let suppliers = tx.suppliers()?;
    for renamed in plan.renamed.iter().filter(|r| r.kind == "supplier") {
        let Some(incoming) = suppliers.iter().find(|s| s.id == renamed.to) else {
            continue;
        };
        if let Some(other) = crate::domain::supplier::namesake(&suppliers, incoming) {
            note(tr!(
                "command-warning",
                warning = tr!(
                    "command-merge-namesake",
                    id = &incoming.id,
                    name = &incoming.name,
                    other = &other.id,
                    other_name = &other.name
                )
            ));
        }
    }

    // Every merged pupil stands where they stood, for every purpose.
    let today = clock::today()?;
    for (there, here) in &plan.new_pupils {
        let before = theirs_tx.standing_of_pupil(there, today)?;
        let after = tx.standing_of_pupil(here, today)?;
        let moved: BTreeMap<&str, _> = before
            .iter()
            .map(|(purpose, s)| {
                let id = plan
                    .purposes
                    .get(purpose)
                    .map_or(purpose.as_str(), String::as_str);
                (id, s)
            })
            .collect();
        let after: BTreeMap<&str, _> = after.iter().map(|(p, s)| (p.as_str(), s)).collect();
        if moved != after {
            return Err(anyhow::anyhow!(tr!(
                "command-merge-consent-moved",
                pupil = here
            )));
        }
    }

    // A merge that brings nothing leaves the register as it was, its log too.
    let brings = plan.rows.iter().any(|(_, rows)| !rows.is_empty());
    if brings {
        log(&tx, &source, &plan)?;
    }
    drop(theirs_tx);
    let report = Report {
        dry_run: args.dry_run,
        added: plan.added,
        identical: plan.identical,
        renamed: plan.renamed,
        renumbered: plan.renumbered,
        pupils_not_added_again: plan.pupils_not_added_again,
    };
    if ctx.format != Format::Json {
        notes(&report);
    }
    // A dry run writes nothing, and ends quietly like any read when its reader is gone.
    if args.dry_run {
        let printed = match ctx.format {
            Format::Json => crate::output::document(&report),
            _ => Ok(()),
        };
        return crate::output::answered(printed, Outcome::Done);
    }
    // The report goes out before the commit: if it cannot be printed, nothing is kept.
    print_written(ctx, Written::document("vreg merge", &report)?)?;
    if brings {
        tx.commit()?;
    }
    Ok(Outcome::Done)
}

/// The merge in the change log, and each renumbering under its pupil.
fn log(tx: &Tx<'_>, source: &str, plan: &merge::Plan) -> anyhow::Result<()> {
    tx.log(
        "merge",
        EntityKind::Register,
        source,
        json!({ "added": plan.added, "identical": plan.identical, "renamed": plan.renamed,
                "renumbered": plan.renumbered.len(),
                "pupils_not_added_again": plan.pupils_not_added_again }),
    )?;
    // Each renumbering under the pupil, so that a purge or an erasure takes it along.
    for r in &plan.renumbered {
        tx.log(
            "renumber",
            EntityKind::Pupil,
            &r.key,
            json!({ "school": r.school, "from": r.from, "to": r.to, "merged_from": source }),
        )?;
    }
    Ok(())
}

/// What a person reads of the merge, on stderr: the new ids and numbers, and the counts.
fn notes(report: &Report) {
    for r in &report.renamed {
        note(tr!(
            "command-merge-renamed",
            kind = r.kind,
            from = &r.from,
            to = &r.to
        ));
    }
    for r in &report.renumbered {
        note(match r.school.as_deref() {
            Some(school) => tr!(
                "command-merge-renumbered",
                from = &r.from,
                school = school,
                to = &r.to
            ),
            None => tr!(
                "command-merge-renumbered-no-school",
                from = &r.from,
                to = &r.to
            ),
        });
    }
    if report.pupils_not_added_again > 0 {
        note(tr!(
            "command-merge-not-added-again",
            count = report.pupils_not_added_again
        ));
    }
    let counts = |map: &BTreeMap<&str, usize>| {
        let parts: Vec<String> = map
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(table, n)| tr!("command-merge-count", table = *table, count = *n))
            .collect();
        if parts.is_empty() {
            tr!("command-merge-nothing")
        } else {
            parts.join(", ")
        }
    };
    let (added, identical) = (counts(&report.added), counts(&report.identical));
    note(match report.dry_run {
        true => tr!(
            "command-dry-run",
            summary = tr!(
                "command-merge-would-add",
                added = added,
                identical = identical
            )
        ),
        false => tr!("command-merge-added", added = added, identical = identical),
    });
}
