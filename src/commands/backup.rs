use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use serde::Serialize;

use super::{Ctx, Outcome};
use crate::output::file::NewFile;
use crate::output::note;
use crate::output::{self, Format};
use crate::store::{Health, Store, schema_version};

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  vreg backup ~/backups/register-$(date +%F).sqlite")]
pub struct BackupArgs {
    /// Where the copy goes; must not exist yet
    pub file: PathBuf,
}

pub fn backup(ctx: &Ctx, args: &BackupArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let copy = NewFile::create(&args.file)?;
    let health = store
        .backup_into(copy.temp_path())
        .with_context(|| format!("backup to {} failed", args.file.display()))?;
    copy.place()?;
    note(format!(
        "backed up {} to {} (schema version {}, integrity ok)",
        ctx.db.display(),
        args.file.display(),
        health.schema_version
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
            output::joined(&self.problems),
            output::joined(&self.warnings),
            self.consent_decider_differences.to_string(),
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
    problems: Vec<String>,
    warnings: Vec<String>,
    /// Rows of the kept consent decisions that differ from the history (see [`Health`]).
    consent_decider_differences: u64,
}

pub fn check(ctx: &Ctx) -> anyhow::Result<Outcome> {
    let store = Store::inspect(&ctx.db, &ctx.actor)?;
    let health = store.health()?;
    let mut problems = Vec::new();
    if health.integrity != ["ok"] {
        problems.push(format!("integrity check: {}", health.integrity.join("; ")));
    }
    if !health.missing_schema_objects.is_empty() {
        problems.push(format!(
            "missing from the schema: {}",
            health.missing_schema_objects.join(", ")
        ));
    }
    if !health.enumeration_violations.is_empty() {
        problems.push(format!(
            "values outside their enumeration, which vreg cannot read: {}",
            health.enumeration_violations.join(", ")
        ));
    }
    if health.foreign_key_violations > 0 {
        problems.push(format!(
            "{} row(s) refer to something that is not there",
            health.foreign_key_violations
        ));
    }
    if health.consent_decider_differences > 0 {
        problems.push(format!(
            "{} row(s) of consent_decider differ from the consent history (written by another tool?); where consent stands may be shown wrongly",
            health.consent_decider_differences
        ));
    }
    if health.schema_version != schema_version() {
        problems.push(format!(
            "schema version {} where {} was expected",
            health.schema_version,
            schema_version()
        ));
    }
    let mode = std::fs::metadata(&ctx.db)?.permissions().mode() & 0o777;
    let mut warnings = Vec::new();
    if !health.journal_mode.is_empty() && health.journal_mode != "delete" {
        warnings.push(format!(
            "journal mode {} where vreg keeps the rollback journal (delete); run `sqlite3 {} 'PRAGMA journal_mode=DELETE'`",
            health.journal_mode,
            ctx.db.display()
        ));
    }
    if mode & 0o077 != 0 {
        warnings.push(format!(
            "{} has mode {mode:04o}: others can read pupil consent data; run `chmod 600 {}`",
            ctx.db.display(),
            ctx.db.display()
        ));
    }
    let report = Report {
        path: ctx.db.display().to_string(),
        schema_version_expected: schema_version(),
        file_mode: format!("{mode:04o}"),
        consent_decider_differences: health.consent_decider_differences,
        health,
        problems,
        warnings,
    };
    if ctx.format == Format::Json {
        output::document(&report)?;
    } else if ctx.format == Format::Csv {
        output::list(Format::Csv, std::slice::from_ref(&report), "")?;
    } else {
        let verdict = if report.problems.is_empty() {
            "ok"
        } else {
            "PROBLEMS"
        };
        output::line(format!(
            "{verdict}: {} (schema version {}, integrity {}, foreign keys {}, mode {})",
            report.path,
            report.health.schema_version,
            if report.health.integrity == ["ok"] {
                "ok"
            } else {
                "damaged"
            },
            if report.health.foreign_key_violations == 0 {
                "ok".to_string()
            } else {
                report.health.foreign_key_violations.to_string()
            },
            report.file_mode
        ))?;
        for p in &report.problems {
            output::line(format!("problem: {p}"))?;
        }
    }
    for w in &report.warnings {
        note(format!("warning: {w}"));
    }
    Ok(if report.problems.is_empty() {
        Outcome::Done
    } else {
        Outcome::No
    })
}
