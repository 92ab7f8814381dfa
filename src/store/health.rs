//! The register's health (`vreg check`) and its verified copy (`vreg backup`).

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::Context;
use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{BUSY_TIMEOUT, MIGRATIONS, Store, plain};
use crate::Error;
use crate::tr;

/// What `vreg check` found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Health {
    pub schema_version: i64,
    /// What `PRAGMA integrity_check` lists (`["ok"]` for a sound file), or the error that kept it
    /// from reading the file.
    pub integrity: Vec<String>,
    pub foreign_key_violations: u64,
    /// Tables, indexes and triggers of the schema that the file lacks, as `kind name`.
    pub missing_schema_objects: Vec<String>,
    /// Values outside their enumeration (written by another tool), as `table.column = 'value'
    /// (n rows)`: vreg cannot read those rows.
    pub enumeration_violations: Vec<String>,
    /// Rows of `consent_decider` (each decider's latest consent decision, kept as decisions are
    /// recorded) that differ from what the consent history says, and decisions missing from it.
    /// Reports list it last, after the fields that were there before it.
    #[serde(skip)]
    pub consent_decider_differences: u64,
    /// Dates vreg cannot read (`2025-02-30`, `31-12-2025`, written by another tool), as
    /// `table.column = 'value' (n rows)`: every command that reads those rows fails on them.
    /// Reports list it after the consent decisions.
    #[serde(skip)]
    pub unreadable_dates: Vec<String>,
    /// What the foreign-key violations refer to, as `table.column = 'value' (n rows)`.
    /// Reports list it after the unreadable dates.
    #[serde(skip)]
    pub dangling_references: Vec<String>,
    /// SQLite's journal mode; vreg keeps the rollback journal (`delete`).
    pub journal_mode: String,
}

impl Health {
    pub fn sound(&self) -> bool {
        self.integrity == ["ok"]
            && self.foreign_key_violations == 0
            && self.missing_schema_objects.is_empty()
            && self.enumeration_violations.is_empty()
            && self.consent_decider_differences == 0
            && self.unreadable_dates.is_empty()
    }
}

/// Every stored enumeration with the codes vreg reads: a value outside them makes the rows
/// unreadable to vreg, so `vreg check` names it.
/// Every column that holds a code of a domain enumeration, with the codes it may hold: what
/// `check` looks at, and what migration 9's triggers enforce.
fn enumerations() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    use crate::domain::{agreement, breach, category, consent, party, request, supplier};
    fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|v| code(*v)).collect()
    }
    vec![
        (
            "supplier",
            "role",
            codes(supplier::Role::ALL, supplier::Role::code),
        ),
        (
            "supplier",
            "convenant",
            codes(supplier::Convenant::ALL, supplier::Convenant::code),
        ),
        (
            "supplier",
            "convenant_version",
            codes(
                supplier::ConvenantVersion::ALL,
                supplier::ConvenantVersion::code,
            ),
        ),
        (
            "agreement",
            "model",
            codes(agreement::Model::ALL, agreement::Model::code),
        ),
        (
            "agreement",
            "transfer_safeguard",
            codes(agreement::Safeguard::ALL, agreement::Safeguard::code),
        ),
        (
            "subprocessor",
            "transfer_safeguard",
            codes(agreement::Safeguard::ALL, agreement::Safeguard::code),
        ),
        (
            "scope",
            "category",
            codes(category::Category::ALL, category::Category::code),
        ),
        ("party", "kind", codes(party::Kind::ALL, party::Kind::code)),
        (
            "party",
            "basis",
            codes(party::Basis::ALL, party::Basis::code),
        ),
        (
            "consent_event",
            "decision",
            codes(consent::Decision::ALL, consent::Decision::code),
        ),
        (
            "consent_event",
            "given_by",
            codes(consent::GivenBy::ALL, consent::GivenBy::code),
        ),
        (
            "consent_event",
            "form",
            codes(consent::Form::ALL, consent::Form::code),
        ),
        (
            "breach",
            "risk",
            codes(breach::Risk::ALL, breach::Risk::code),
        ),
        (
            "request",
            "kind",
            codes(request::Kind::ALL, request::Kind::code),
        ),
    ]
}

pub(super) fn enumeration_violations(conn: &Connection) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    for (table, column, allowed) in enumerations() {
        let list = allowed
            .iter()
            .map(|c| format!("'{c}'"))
            .collect::<Vec<_>>()
            .join(", ");
        let outside = format!("\"{column}\" NOT IN ({list})");
        found.extend(values_where(conn, table, column, &outside, |_| true)?);
    }
    Ok(found)
}

/// The values of `table.column` that the SQL `condition` picks and `bad` confirms, each once
/// with its number of rows, as `check` names them: `table.column = 'value' (n row(s))`.
fn values_where(
    conn: &Connection,
    table: &str,
    column: &str,
    condition: &str,
    bad: impl Fn(&rusqlite::types::Value) -> bool,
) -> anyhow::Result<Vec<String>> {
    use rusqlite::types::Value;
    let mut stmt = conn.prepare(&format!(
        "SELECT \"{column}\", count(*) FROM \"{table}\" \
         WHERE \"{column}\" IS NOT NULL AND {condition} GROUP BY \"{column}\""
    ))?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, Value>(0)?, r.get::<_, i64>(1)?)))?;
    let mut found = Vec::new();
    for row in rows {
        let (value, n) = row?;
        if !bad(&value) {
            continue;
        }
        let shown = match value {
            Value::Text(t) => t,
            Value::Integer(i) => i.to_string(),
            Value::Real(f) => f.to_string(),
            Value::Blob(_) => "(blob)".to_string(),
            Value::Null => continue,
        };
        found.push(format!("{table}.{column} = '{shown}' ({n} row(s))"));
    }
    Ok(found)
}

/// Every date column of the register's tables: named `date`, `until`, `as_of`, or ending in
/// `_on` or `_date`, as the schema names its dates (`YYYY-MM-DD` text).
fn date_columns(conn: &Connection) -> anyhow::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
           AND (p.name IN ('date', 'until', 'as_of') \
                OR p.name LIKE '%\\_on' ESCAPE '\\' OR p.name LIKE '%\\_date' ESCAPE '\\') \
         ORDER BY m.name, p.cid",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The dates of the register that are no date vreg reads, each value once with its rows. SQLite
/// picks the candidates in one pass without sorting (a date that `+0 days` does not give back
/// unchanged: `2025-02-30` becomes `2025-03-02`); chrono has the last word.
pub(super) fn unreadable_dates(conn: &Connection) -> anyhow::Result<Vec<String>> {
    let readable = |v: &rusqlite::types::Value| match v {
        rusqlite::types::Value::Text(t) => {
            t.len() == 10 && chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").is_ok()
        }
        _ => false,
    };
    let mut found = Vec::new();
    for (table, column) in date_columns(conn)? {
        let changed = format!("date(\"{column}\", '+0 days') IS NOT \"{column}\"");
        found.extend(values_where(conn, &table, &column, &changed, |v| {
            !readable(v)
        })?);
    }
    Ok(found)
}

/// The references to rows that are not there (written by another tool, or with foreign keys
/// off), as `table.column = 'value' (n row(s))`: the value names what is missing, so that the
/// officer knows what to add again or where to look in a backup. `PRAGMA foreign_key_check`
/// counts them; this says which.
pub(super) fn dangling_references(conn: &Connection) -> anyhow::Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT m.name, f.\"from\", f.\"table\", f.\"to\" \
         FROM sqlite_schema m, pragma_foreign_key_list(m.name) f \
         WHERE m.type = 'table' AND f.\"to\" IS NOT NULL \
           AND NOT EXISTS (SELECT 1 FROM pragma_foreign_key_list(m.name) g \
                           WHERE g.id = f.id AND g.seq > 0) \
         ORDER BY m.name, f.id",
    )?;
    let keys = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut found = Vec::new();
    for (table, column, parent, to) in keys {
        let missing = format!(
            "NOT EXISTS (SELECT 1 FROM \"{parent}\" p WHERE p.\"{to}\" = \"{table}\".\"{column}\")"
        );
        found.extend(values_where(conn, &table, &column, &missing, |_| true)?);
    }
    Ok(found)
}

/// Whether an error says the file is damaged (rather than missing, locked or foreign).
pub(super) fn damaged(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        // vreg's own finding: a migration that failed on tables not of the file's version.
        matches!(
            cause.downcast_ref::<crate::Error>(),
            Some(crate::Error::Damaged(_))
        ) || cause
            .downcast_ref::<rusqlite::Error>()
            .and_then(rusqlite::Error::sqlite_error_code)
            .is_some_and(|code| {
                // Not a database, yet marked as vreg's (see `not_a_register`): a damaged header.
                matches!(
                    code,
                    ErrorCode::DatabaseCorrupt
                        | ErrorCode::SystemIoFailure
                        | ErrorCode::NotADatabase
                )
            })
    })
}

/// What SQLite says about damage, once (its error repeats the message after the code); in
/// Dutch in the words of the catalogue.
pub(super) fn damage(e: &anyhow::Error) -> String {
    let dutch = crate::i18n::lang() != crate::i18n::Lang::En;
    e.chain()
        .find_map(|cause| {
            let sqlite = cause.downcast_ref::<rusqlite::Error>()?;
            if dutch && let Some(reason) = crate::error::sqlite_reason(sqlite) {
                return Some(reason);
            }
            match sqlite {
                rusqlite::Error::SqliteFailure(_, Some(message)) => Some(message.clone()),
                rusqlite::Error::SqliteFailure(code, None) => Some(code.to_string()),
                _ => None,
            }
        })
        .unwrap_or_else(|| crate::error::said(e))
}

/// The schema version from the file's header (bytes 60..64), for a file SQLite cannot read.
pub(super) fn header_version(path: &Path) -> anyhow::Result<i64> {
    use std::io::Read;
    let mut header = [0u8; 64];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .with_context(|| tr!("command-cannot-read", path = path.display().to_string()))?;
    Ok(i64::from(i32::from_be_bytes([
        header[60], header[61], header[62], header[63],
    ])))
}

/// The tables, indexes and triggers the schema of this vreg makes, as `kind name`.
pub(super) fn expected_schema() -> anyhow::Result<BTreeSet<String>> {
    let conn = Connection::open_in_memory()?;
    for sql in MIGRATIONS {
        conn.execute_batch(sql)?;
    }
    schema_objects(&conn)
}

pub(super) fn schema_objects(conn: &Connection) -> anyhow::Result<BTreeSet<String>> {
    let mut stmt = conn.prepare(
        "SELECT type || ' ' || name FROM sqlite_schema
         WHERE type IN ('table', 'index', 'trigger', 'view') AND name NOT LIKE 'sqlite_%'",
    )?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<_, _>>()?;
    Ok(names)
}

impl Store {
    /// Integrity, foreign keys and schema objects of the whole file. Damage is reported, not
    /// returned as an error: a file SQLite cannot read at all says so in `integrity`.
    pub fn health(&self) -> anyhow::Result<Health> {
        let snapshot = match self.read() {
            Ok(tx) => Some(tx),
            Err(e) if damaged(&e) => None,
            Err(e) => return Err(e),
        };
        let schema_version = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .or_else(|_| header_version(&self.path))?;
        let report = |e: anyhow::Error| vec![damage(&e)];
        let integrity = (|| -> anyhow::Result<Vec<String>> {
            let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
            let rows = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<Result<_, _>>()?;
            Ok(rows)
        })()
        .unwrap_or_else(report);
        let foreign_key_violations = (|| -> anyhow::Result<usize> {
            let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
            let n = stmt.query_map([], |_| Ok(()))?.count();
            Ok(n)
        })();
        let present = schema_objects(&self.conn);
        let mut integrity = integrity;
        for e in [
            foreign_key_violations.as_ref().err(),
            present.as_ref().err(),
        ]
        .into_iter()
        .flatten()
        {
            let text = damage(e);
            if !integrity.contains(&text) {
                if integrity == ["ok"] {
                    integrity.clear();
                }
                integrity.push(text);
            }
        }
        let missing_schema_objects = match &present {
            Ok(present) => expected_schema()?.difference(present).cloned().collect(),
            Err(_) => Vec::new(),
        };
        // A missing trigger or index leaves the values readable; a missing table does not.
        let tables_present = !missing_schema_objects
            .iter()
            .any(|o: &String| o.starts_with("table "));
        let enumeration_violations = match (&snapshot, tables_present) {
            (Some(_), true) => enumeration_violations(&self.conn).unwrap_or_default(),
            _ => Vec::new(),
        };
        let unreadable_dates = match (&snapshot, tables_present) {
            (Some(_), true) => unreadable_dates(&self.conn).unwrap_or_default(),
            _ => Vec::new(),
        };
        let dangling_references = match (&snapshot, &foreign_key_violations) {
            (Some(_), Ok(n)) if *n > 0 => dangling_references(&self.conn).unwrap_or_default(),
            _ => Vec::new(),
        };
        let consent_decider_differences = match (&snapshot, missing_schema_objects.is_empty()) {
            (Some(tx), true) => tx.deciders_differing().unwrap_or_default(),
            _ => 0,
        };
        let journal_mode = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0))
            .unwrap_or_default();
        drop(snapshot);
        Ok(Health {
            schema_version,
            integrity,
            foreign_key_violations: u64::try_from(foreign_key_violations.unwrap_or(0))?,
            missing_schema_objects,
            enumeration_violations,
            consent_decider_differences,
            unreadable_dates,
            dangling_references,
            journal_mode,
        })
    }

    /// Copies the register into `path`, an empty private file just made for it, with SQLite's
    /// online backup, then checks the copy. All pages are copied in one step under a read lock:
    /// a step-wise copy is restarted by every write of another process and may never finish
    /// while a register is written to steadily.
    pub fn backup_into(&self, path: &Path) -> anyhow::Result<Health> {
        // Only a vreg register of a known version is copied, and never with what a purge
        // removed still in its free space (the read first tries to finish the purge).
        drop(self.read()?);
        if self.reclaim_pending() {
            return Err(Error::Io(tr!("command-backup-purge-unfinished")).into());
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut copy = Connection::open_with_flags(plain(path), flags)
            .with_context(|| tr!("command-cannot-open", path = path.display().to_string()))?;
        copy.busy_timeout(BUSY_TIMEOUT)?;
        self.copy_into(&mut copy)?;
        drop(copy);
        let health = Store::open(path, &self.actor)?.health()?;
        if !health.sound() {
            return Err(Error::Invalid(tr!("command-backup-unsound")).into());
        }
        Ok(health)
    }
}

#[cfg(test)]
mod tests {
    use super::enumerations;

    /// Migration 9's triggers, and migration 13's constraints on consent_event, hold each column
    /// to exactly the codes of its domain enumeration; a code added to an enumeration needs a
    /// migration that replaces the column's triggers or constraint.
    #[test]
    fn the_triggers_enforce_the_domain_enumerations() {
        let triggers = include_str!("../../migrations/0009_enumerations.sql");
        let checks = include_str!("../../migrations/0013_consent_event_checks.sql");
        let mut enforced = 0;
        for (table, column, codes) in enumerations() {
            // breach.risk and request.kind have CHECK constraints of their own (migrations 3, 5).
            if ["breach", "request"].contains(&table) {
                continue;
            }
            if table == "consent_event" {
                // `column = 'a' OR column = 'b' ...` in its CHECK.
                let at = checks
                    .find(&format!("CHECK ({column} = "))
                    .unwrap_or_else(|| panic!("no CHECK on consent_event.{column}"));
                let check = &checks[at..at + checks[at..].find("),").unwrap()];
                let listed: Vec<&str> = check
                    .split(&format!("{column} = '"))
                    .skip(1)
                    .map(|rest| rest.split('\'').next().unwrap_or_default())
                    .collect();
                assert_eq!(listed, codes, "consent_event.{column}");
                enforced += 2;
                continue;
            }
            for event in ["insert", "update"] {
                let name = format!("CREATE TRIGGER {table}_{column}_{event} ");
                let at = triggers
                    .find(&name)
                    .unwrap_or_else(|| panic!("no trigger {table}_{column}_{event}"));
                let trigger = &triggers[at..at + triggers[at..].find("END;").unwrap()];
                let list = trigger
                    .split("NOT IN (")
                    .nth(1)
                    .and_then(|rest| rest.split(')').next())
                    .unwrap_or_else(|| panic!("{table}.{column}: no list"));
                let listed: Vec<&str> = list.split(", ").map(|c| c.trim_matches('\'')).collect();
                assert_eq!(listed, codes, "{table}.{column} ({event})");
                enforced += 1;
            }
        }
        assert_eq!(enforced, 2 * 12);
    }
}
