use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use super::Tx;
use crate::domain::audit::{Finding, Snapshot, Summary, retention_limit, school_year_start};
use crate::domain::breach::Instant;

/// A saved audit run, as `audit history` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRun {
    pub at: String,
    pub as_of: NaiveDate,
    pub error: i64,
    pub warning: i64,
    pub info: i64,
}

impl Tx<'_> {
    /// Everything the audit looks at, in a fixed number of queries whatever the number of pupils.
    pub fn audit_snapshot(&self, as_of: NaiveDate, now: Instant) -> anyhow::Result<Snapshot> {
        Ok(Snapshot {
            register: self.register()?,
            consent: self.consent_counts(as_of, school_year_start(as_of))?,
            retained_pupils: self.count_pupils_left_before(retention_limit(as_of))? as u64,
            now,
            requests: self.requests()?,
        })
    }

    pub fn save_audit_run(&self, as_of: NaiveDate, findings: &[Finding]) -> anyhow::Result<()> {
        let s = Summary::of(findings);
        self.tx.execute(
            "INSERT INTO audit_run (at, actor, as_of, error, warning, info, findings) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                self.at,
                self.actor,
                as_of,
                i64::try_from(s.error)?,
                i64::try_from(s.warning)?,
                i64::try_from(s.info)?,
                serde_json::to_string(findings)?
            ],
        )?;
        Ok(())
    }

    /// Saved audit runs, oldest first.
    pub fn audit_runs(&self) -> anyhow::Result<Vec<AuditRun>> {
        let mut stmt = self
            .tx
            .prepare("SELECT at, as_of, error, warning, info FROM audit_run ORDER BY seq")?;
        let rows = stmt.query_map([], |r| {
            Ok(AuditRun {
                at: r.get(0)?,
                as_of: r.get(1)?,
                error: r.get(2)?,
                warning: r.get(3)?,
                info: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
