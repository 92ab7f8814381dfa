//! What the year report and the deadline list read beyond the register itself: pupils who left,
//! counted per day, and the findings of saved audit runs.

use chrono::NaiveDate;

use super::Tx;
use crate::domain::year_report::{FindingKey, SavedRun};

impl Tx<'_> {
    /// Pupils who left, counted per day they left, oldest first: no pupil is named. A pupil an
    /// open request is about is left out: a purge keeps them until it is answered.
    pub fn pupils_left_per_day(&self) -> anyhow::Result<Vec<(NaiveDate, u64)>> {
        let mut stmt = self.tx.prepare(concat!(
            "SELECT left_on, count(*) FROM pupil WHERE left_on IS NOT NULL AND ",
            super::pupil::not_held!(),
            " GROUP BY left_on ORDER BY left_on"
        ))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, NaiveDate>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (day, n) = row?;
            out.push((day, u64::try_from(n)?));
        }
        Ok(out)
    }

    /// Saved audit runs whose reference day lies in `from..=to`, oldest first, with the code,
    /// severity and subject of each finding.
    pub fn audit_runs_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> anyhow::Result<Vec<SavedRun>> {
        let mut stmt = self.tx.prepare(
            "SELECT at, as_of, error, warning, info, findings FROM audit_run \
             WHERE as_of >= ?1 AND as_of <= ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map([from, to], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, NaiveDate>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (at, as_of, error, warning, info, findings) = row?;
            let findings: Vec<FindingKey> = serde_json::from_str(&findings)?;
            out.push(SavedRun {
                at,
                as_of,
                error: u64::try_from(error)?,
                warning: u64::try_from(warning)?,
                info: u64::try_from(info)?,
                findings,
            });
        }
        Ok(out)
    }
}
