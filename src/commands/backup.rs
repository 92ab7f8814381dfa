use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use serde::Serialize;

use super::{Ctx, Outcome};
use crate::i18n::Text;
use crate::ops::english::{english_all, in_english};
use crate::output::file::NewFile;
use crate::output::note;
use crate::output::{self, Format};
use crate::store::{Health, Store, schema_version};
use crate::{text, tr};

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  vreg backup ~/backups/register-$(date +%F).sqlite")]
pub struct BackupArgs {
    /// Where the copy goes; must not exist yet
    pub file: PathBuf,
}

pub fn backup(ctx: &Ctx, args: &BackupArgs) -> anyhow::Result<Outcome> {
    // `-` is stdout everywhere else; a backup is a file that is checked once written.
    if crate::output::file::named(Some(&args.file)).is_none() {
        return Err(crate::Error::Invalid(tr!("command-backup-stdout")).into());
    }
    let store = ctx.store()?;
    let copy = NewFile::create(&args.file)?;
    let health = store.backup_into(copy.temp_path()).with_context(|| {
        tr!(
            "command-backup-failed",
            path = args.file.display().to_string()
        )
    })?;
    copy.place()?;
    note(tr!(
        "command-backed-up",
        from = ctx.db.display().to_string(),
        to = args.file.display().to_string(),
        version = health.schema_version
    ));
    Ok(Outcome::Done)
}

impl output::Row for Report {
    const HEADERS: &'static [&'static str] = &[
        "path",
        "schema_version",
        "integrity",
        "foreign_key_violations",
        "missing_schema_objects",
        "enumeration_violations",
        "journal_mode",
        "schema_version_expected",
        "file_mode",
        "problems",
        "warnings",
        "consent_decider_differences",
        "unreadable_dates",
        "dangling_references",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.path.clone(),
            self.health.schema_version.to_string(),
            output::joined(&self.health.integrity),
            self.health.foreign_key_violations.to_string(),
            output::joined(&self.health.missing_schema_objects),
            output::joined(&self.health.enumeration_violations),
            self.health.journal_mode.clone(),
            self.schema_version_expected.to_string(),
            self.file_mode.clone(),
            output::joined(&in_english(&self.problems)),
            output::joined(&in_english(&self.warnings)),
            self.consent_decider_differences.to_string(),
            output::joined(&self.unreadable_dates),
            output::joined(&self.dangling_references),
        ]
    }
}

#[derive(Serialize)]
struct Report {
    path: String,
    #[serde(flatten)]
    health: Health,
    schema_version_expected: i64,
    file_mode: String,
    /// In words: in English in JSON and CSV, in the reader's language on a terminal.
    #[serde(serialize_with = "english_all")]
    problems: Vec<Text>,
    #[serde(serialize_with = "english_all")]
    warnings: Vec<Text>,
    /// Rows of the kept consent decisions that differ from the history (see [`Health`]).
    consent_decider_differences: u64,
    /// Dates vreg cannot read (see [`Health`]).
    unreadable_dates: Vec<String>,
    /// What the foreign-key violations refer to (see [`Health`]).
    dangling_references: Vec<String>,
}

pub fn check(ctx: &Ctx) -> anyhow::Result<Outcome> {
    let store = Store::inspect(&ctx.db, &ctx.actor)?;
    let health = store.health()?;
    let mut problems = Vec::new();
    if health.integrity != ["ok"] {
        problems.push(text!(
            "command-check-integrity",
            found = health.integrity.join("; ")
        ));
    }
    if !health.missing_schema_objects.is_empty() {
        problems.push(text!(
            "command-check-missing-schema",
            objects = health.missing_schema_objects.join(", ")
        ));
    }
    if !health.enumeration_violations.is_empty() {
        problems.push(text!(
            "command-check-enumerations",
            values = health.enumeration_violations.join(", ")
        ));
    }
    if !health.unreadable_dates.is_empty() {
        problems.push(text!(
            "command-check-dates",
            values = health.unreadable_dates.join(", ")
        ));
    }
    if health.foreign_key_violations > 0 {
        // Which rows, where the damage lets them be read.
        problems.push(match health.dangling_references.is_empty() {
            true => text!(
                "command-check-foreign-keys-unread",
                count = health.foreign_key_violations
            ),
            false => text!(
                "command-check-foreign-keys",
                count = health.foreign_key_violations,
                references = health.dangling_references.join(", ")
            ),
        });
    }
    if health.consent_decider_differences > 0 {
        problems.push(text!(
            "command-check-consent-decider",
            count = health.consent_decider_differences
        ));
    }
    if health.schema_version != schema_version() {
        problems.push(text!(
            "command-check-schema-version",
            found = health.schema_version,
            expected = schema_version()
        ));
    }
    let mode = std::fs::metadata(&ctx.db)?.permissions().mode() & 0o777;
    let mut warnings = Vec::new();
    if !health.journal_mode.is_empty() && health.journal_mode != "delete" {
        warnings.push(text!(
            "command-check-journal-mode",
            mode = &health.journal_mode,
            path = ctx.db.display().to_string()
        ));
    }
    if store.reclaim_pending() {
        warnings.push(text!("command-check-purge-unfinished"));
    }
    if mode & 0o077 != 0 {
        warnings.push(text!(
            "command-check-file-mode",
            path = ctx.db.display().to_string(),
            mode = format!("{mode:04o}")
        ));
    }
    let report = Report {
        path: ctx.db.display().to_string(),
        schema_version_expected: schema_version(),
        file_mode: format!("{mode:04o}"),
        consent_decider_differences: health.consent_decider_differences,
        unreadable_dates: health.unreadable_dates.clone(),
        dangling_references: health.dangling_references.clone(),
        health,
        problems,
        warnings,
    };
    if ctx.format == Format::Json {
        output::document(&report)?;
    } else if ctx.format == Format::Csv {
        output::list(Format::Csv, std::slice::from_ref(&report), "")?;
    } else {
        let ok = || tr!("command-check-ok");
        output::line(tr!(
            "command-check-line",
            verdict = match report.problems.is_empty() {
                true => ok(),
                false => tr!("command-check-problems"),
            },
            path = &report.path,
            version = report.health.schema_version,
            integrity = match report.health.integrity == ["ok"] {
                true => ok(),
                false => tr!("command-check-damaged"),
            },
            foreign_keys = match report.health.foreign_key_violations {
                0 => ok(),
                n => n.to_string(),
            },
            mode = &report.file_mode
        ))?;
        for p in &report.problems {
            output::line(tr!("command-check-problem", problem = p.to_string()))?;
        }
    }
    for w in &report.warnings {
        note(tr!("command-warning", warning = w.to_string()));
    }
    Ok(if report.problems.is_empty() {
        Outcome::Done
    } else {
        Outcome::No
    })
}
