use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::Tx;
use crate::domain::audit::{
    Acceptance, Finding, Snapshot, Summary, log_id, retention_limit, school_year_start,
};
use crate::domain::breach::Instant;

/// A saved audit run, as `audit history` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRun {
    /// Its number, for `audit history show N` and `audit diff`.
    pub id: i64,
    pub at: String,
    pub as_of: NaiveDate,
    pub error: i64,
    pub warning: i64,
    pub info: i64,
}

impl Tx<'_> {
    /// Takes the numbers of removed pupils out of the audit's memory: a saved run's findings
    /// about them forget the pupil ([`Finding::forget_pupil`]); acceptances of them and their
    /// log entries go. Their keys go; a number another pupil still has (at another school) stays.
    pub(super) fn forget_pupils_in_audits(
        &self,
        numbers: &[String],
        keys: &[String],
    ) -> anyhow::Result<()> {
        // Their keys are gone with them; a number, once no pupil of any school has it.
        let mut gone: std::collections::HashSet<&str> = keys.iter().map(String::as_str).collect();
        for number in numbers {
            if !self.pupil_number_exists(number)? {
                gone.insert(number.as_str());
            }
        }
        if gone.is_empty() {
            return Ok(());
        }
        // One run at a time: a register audited weekly for years holds hundreds of runs. Only
        // the runs that name one of these pupils are read.
        let runs: Vec<i64> = {
            let mut stmt = self.tx.prepare(
                "SELECT seq FROM audit_run WHERE EXISTS (SELECT 1 FROM json_each(?1) AS gone \
                   WHERE instr(findings, '\"subject_id\":' || json_quote(gone.value)) > 0) \
                 ORDER BY seq",
            )?;
            let list = serde_json::to_string(&gone.iter().collect::<Vec<_>>())?;
            let rows = stmt.query_map([list], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for seq in runs {
            let findings: String = self.tx.query_row(
                "SELECT findings FROM audit_run WHERE seq = ?1",
                [seq],
                |r| r.get(0),
            )?;
            let mut findings: Vec<Finding> = serde_json::from_str(&findings)?;
            let mut changed = false;
            for f in &mut findings {
                for number in &gone {
                    changed |= f.forget_pupil(number);
                }
            }
            if changed {
                self.tx.execute(
                    "UPDATE audit_run SET findings = ?2 WHERE seq = ?1",
                    params![seq, serde_json::to_string(&findings)?],
                )?;
            }
        }
        let logged: Vec<(i64, String)> = {
            let mut stmt = self.tx.prepare(
                "SELECT seq, entity_id FROM change_event \
                 WHERE entity_kind = 'finding' AND instr(entity_id, ' pupil:') > 0",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        for (seq, id) in logged {
            if gone
                .iter()
                .any(|number| id.ends_with(&log_id("", "pupil", number)))
            {
                self.tx
                    .execute("DELETE FROM change_event WHERE seq = ?1", [seq])?;
            }
        }
        for number in gone {
            self.tx.execute(
                "DELETE FROM accepted_finding WHERE subject_kind = 'pupil' AND subject_id = ?1",
                [number],
            )?;
        }
        Ok(())
    }

    /// Everything the audit looks at, in a fixed number of queries whatever the number of pupils.
    pub fn audit_snapshot(&self, as_of: NaiveDate, now: Instant) -> anyhow::Result<Snapshot> {
        Ok(Snapshot {
            register: self.register()?,
            consent: self.consent_counts(as_of, school_year_start(as_of))?,
            retained_pupils: self.count_pupils_purgeable(retention_limit(as_of))? as u64,
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
            .prepare("SELECT seq, at, as_of, error, warning, info FROM audit_run ORDER BY seq")?;
        let rows = stmt.query_map([], run_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One saved run with its findings as they were saved.
    pub fn audit_run(&self, id: i64) -> anyhow::Result<(AuditRun, Vec<Finding>)> {
        let (run, findings): (AuditRun, String) = self
            .tx
            .query_row(
                "SELECT seq, at, as_of, error, warning, info, findings FROM audit_run WHERE seq = ?1",
                [id],
                |r| Ok((run_from_row(r)?, r.get(6)?)),
            )
            .optional()?
            .ok_or_else(|| {
                crate::Error::Missing(crate::tr!("command-audit-run-not-found", id = id))
            })?;
        Ok((run, serde_json::from_str(&findings)?))
    }

    /// Acceptances of findings, by code and subject.
    pub fn acceptances(&self) -> anyhow::Result<Vec<Acceptance>> {
        let mut stmt = self.tx.prepare(
            "SELECT code, subject_kind, subject_id, reason, until FROM accepted_finding \
             ORDER BY code, subject_kind, subject_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Acceptance {
                code: r.get(0)?,
                subject_kind: r.get(1)?,
                subject_id: r.get(2)?,
                reason: r.get(3)?,
                until: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records an acceptance, or replaces the one of the same finding.
    pub fn save_acceptance(&self, a: &Acceptance) -> anyhow::Result<()> {
        self.tx.execute(
            "INSERT INTO accepted_finding (code, subject_kind, subject_id, reason, until) \
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (code, subject_kind, subject_id) \
             DO UPDATE SET reason = excluded.reason, until = excluded.until",
            params![a.code, a.subject_kind, a.subject_id, a.reason, a.until],
        )?;
        Ok(())
    }

    /// Ends an acceptance; false when there was none.
    pub fn delete_acceptance(&self, code: &str, kind: &str, id: &str) -> anyhow::Result<bool> {
        Ok(self.tx.execute(
            "DELETE FROM accepted_finding WHERE code = ?1 AND subject_kind = ?2 AND subject_id = ?3",
            params![code, kind, id],
        )? == 1)
    }
}

fn run_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditRun> {
    Ok(AuditRun {
        id: r.get(0)?,
        at: r.get(1)?,
        as_of: r.get(2)?,
        error: r.get(3)?,
        warning: r.get(4)?,
        info: r.get(5)?,
    })
}
