use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use super::Tx;
use crate::domain::audit::{
    ConsentCounts, Finding, Snapshot, Summary, retention_limit, school_year_start,
};
use crate::domain::breach::Instant;
use crate::domain::consent::{State, Tally};

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
            consent: self.consent_counts(as_of)?,
            retained_pupils: self.count_pupils_left_before(retention_limit(as_of))? as u64,
            now,
        })
    }

    fn consent_counts(&self, as_of: NaiveDate) -> anyhow::Result<ConsentCounts> {
        let per_purpose =
            |sql: &str, args: &[&dyn rusqlite::ToSql]| -> anyhow::Result<BTreeMap<String, u64>> {
                let mut stmt = self.tx.prepare(sql)?;
                let rows =
                    stmt.query_map(args, |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
                let mut map = BTreeMap::new();
                for row in rows {
                    let (purpose, n) = row?;
                    map.insert(purpose, u64::try_from(n).unwrap_or(0));
                }
                Ok(map)
            };
        // Pupils at school on as-of, and decisions taken by then; the standing decision of a
        // (pupil, purpose) is the one with the latest date, so its date is the group's max(date).
        let present = "(p.left_on IS NULL OR p.left_on > ?1)";
        let unknown = per_purpose(
            &format!(
                "SELECT u.id, count(*) FROM purpose u JOIN pupil p ON {present} \
                 WHERE NOT EXISTS (SELECT 1 FROM consent_event e \
                                   WHERE e.pupil = p.leerlingnummer AND e.purpose = u.id \
                                   AND e.date <= ?1) \
                 GROUP BY u.id"
            ),
            params![as_of],
        )?;
        let stale = per_purpose(
            &format!(
                "SELECT g.purpose, count(*) FROM \
                   (SELECT pupil, purpose, max(date) AS latest FROM consent_event \
                    WHERE date <= ?1 GROUP BY pupil, purpose) g \
                 JOIN pupil p ON p.leerlingnummer = g.pupil AND {present} \
                 WHERE g.latest < ?2 GROUP BY g.purpose"
            ),
            params![as_of, school_year_start(as_of)],
        )?;
        let explicit_unwritten = per_purpose(
            &format!(
                "SELECT s.purpose, count(*) FROM \
                   (SELECT e.pupil, e.purpose, e.decision, e.form, row_number() OVER \
                      (PARTITION BY e.pupil, e.purpose ORDER BY e.date DESC, e.seq DESC) AS rank \
                    FROM consent_event e JOIN purpose u ON u.id = e.purpose AND u.explicit = 1 \
                    WHERE e.date <= ?1) s \
                 JOIN pupil p ON p.leerlingnummer = s.pupil AND {present} \
                 WHERE s.rank = 1 AND s.decision = 'granted' AND s.form <> 'written' \
                 GROUP BY s.purpose"
            ),
            params![as_of],
        )?;
        Ok(ConsentCounts {
            unknown,
            stale,
            explicit_unwritten,
        })
    }

    /// For each school and purpose, how many pupils at school on `as_of` are in each consent
    /// state: counts only, in one query.
    pub fn consent_by_school(
        &self,
        as_of: NaiveDate,
    ) -> anyhow::Result<BTreeMap<(String, String), Tally>> {
        let mut stmt = self.tx.prepare(
            "SELECT coalesce(p.school, ''), u.id, coalesce(s.decision, 'unknown'), \
                    coalesce(s.form = 'written', 0), u.explicit, count(*) \
             FROM pupil p CROSS JOIN purpose u \
             LEFT JOIN (SELECT pupil, purpose, decision, form FROM \
                          (SELECT pupil, purpose, decision, form, row_number() OVER \
                             (PARTITION BY pupil, purpose ORDER BY date DESC, seq DESC) AS rank \
                           FROM consent_event WHERE date <= ?1) WHERE rank = 1) s \
               ON s.pupil = p.leerlingnummer AND s.purpose = u.id \
             WHERE p.left_on IS NULL OR p.left_on > ?1 \
             GROUP BY 1, 2, 3, 4, 5",
        )?;
        let rows = stmt.query_map([as_of], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                super::code::<State>(r, 2)?,
                r.get::<_, bool>(3)?,
                r.get::<_, bool>(4)?,
                r.get::<_, i64>(5)?,
            ))
        })?;
        let mut counts: BTreeMap<(String, String), Tally> = BTreeMap::new();
        for row in rows {
            let (school, purpose, state, written, explicit, n) = row?;
            counts.entry((school, purpose)).or_default().add(
                state,
                written,
                explicit,
                u64::try_from(n)?,
            );
        }
        Ok(counts)
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
