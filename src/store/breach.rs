use rusqlite::{OptionalExtension, params};

use super::{Tx, json_list, opt_code, string_list};
use crate::Error;
use crate::domain::breach::{Breach, Instant, iso};

const COLUMNS: &str = "id, title, discovered_at, started_at, ended_at, supplier_id, agreement_id, \
                       schools, categories, subjects, kinds, description, consequences, \
                       supplier_reported_at, risk, risk_reason, assessed_at, ap_reported_at, \
                       ap_reference, subjects_notified_at, subjects_notice, \
                       inspectie_notified_at, inspectie_reference, measures, closed_at, \
                       supplier_aware_at, ap_delay_reason, subject_kinds";

fn bad(idx: usize, e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
}

fn instant(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Instant> {
    let text: String = row.get(idx)?;
    chrono::DateTime::parse_from_rfc3339(&text).map_err(|e| bad(idx, e))
}

fn opt_instant(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Option<Instant>> {
    match row.get_ref(idx)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => instant(row, idx).map(Some),
    }
}

fn codes<T>(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Vec<T>>
where
    T: std::str::FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    string_list(row, idx)?
        .iter()
        .map(|c| c.parse().map_err(|e| bad(idx, e)))
        .collect()
}

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Breach> {
    Ok(Breach {
        id: row.get(0)?,
        title: row.get(1)?,
        discovered_at: instant(row, 2)?,
        started_at: opt_instant(row, 3)?,
        ended_at: opt_instant(row, 4)?,
        supplier: row.get(5)?,
        agreement: row.get(6)?,
        schools: string_list(row, 7)?,
        categories: codes(row, 8)?,
        subjects: row.get(9)?,
        kinds: codes(row, 10)?,
        description: row.get(11)?,
        consequences: row.get(12)?,
        supplier_reported_at: opt_instant(row, 13)?,
        risk: opt_code(row, 14)?,
        risk_reason: row.get(15)?,
        assessed_at: opt_instant(row, 16)?,
        ap_reported_at: opt_instant(row, 17)?,
        ap_reference: row.get(18)?,
        subjects_notified_at: opt_instant(row, 19)?,
        subjects_notice: row.get(20)?,
        inspectie_notified_at: opt_instant(row, 21)?,
        inspectie_reference: row.get(22)?,
        measures: row.get(23)?,
        closed_at: opt_instant(row, 24)?,
        supplier_aware_at: opt_instant(row, 25)?,
        ap_delay_reason: row.get(26)?,
        subject_kinds: codes(row, 27)?,
    })
}

fn text(t: Option<Instant>) -> Option<String> {
    t.map(iso)
}

impl Tx<'_> {
    pub fn breach(&self, id: &str) -> anyhow::Result<Breach> {
        self.tx
            .query_row(
                &format!("SELECT {COLUMNS} FROM breach WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("breach", id).into())
    }

    /// Every breach, in the order of their ids: by year, then number.
    pub fn breaches(&self) -> anyhow::Result<Vec<Breach>> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {COLUMNS} FROM breach ORDER BY substr(id, 1, 4), length(id), id"
        ))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The ids already used in a year.
    pub fn breach_ids_of_year(&self, year: i32) -> anyhow::Result<Vec<String>> {
        let mut stmt = self
            .tx
            .prepare("SELECT id FROM breach WHERE id LIKE ?1 || '-%'")?;
        let rows = stmt.query_map([year.to_string()], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The breaches that name a supplier, or one of its agreements.
    pub fn breaches_of_supplier(&self, supplier: &str) -> anyhow::Result<Vec<String>> {
        let mut stmt = self.tx.prepare(
            "SELECT b.id FROM breach b LEFT JOIN agreement a ON a.id = b.agreement_id \
             WHERE b.supplier_id = ?1 OR a.supplier_id = ?1 ORDER BY b.id",
        )?;
        let rows = stmt.query_map([supplier], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts the breach, or replaces every field of the one with its id.
    pub fn save_breach(&self, b: &Breach) -> anyhow::Result<()> {
        let categories: Vec<String> = b.categories.iter().map(|c| c.code().into()).collect();
        let kinds: Vec<String> = b.kinds.iter().map(|k| k.code().into()).collect();
        let subject_kinds: Vec<String> = b.subject_kinds.iter().map(|k| k.code().into()).collect();
        self.tx.execute(
            &format!(
                "INSERT OR REPLACE INTO breach ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, \
                 ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, \
                 ?24, ?25, ?26, ?27, ?28)"
            ),
            params![
                b.id,
                b.title,
                iso(b.discovered_at),
                text(b.started_at),
                text(b.ended_at),
                b.supplier,
                b.agreement,
                json_list(&b.schools),
                json_list(&categories),
                b.subjects,
                json_list(&kinds),
                b.description,
                b.consequences,
                text(b.supplier_reported_at),
                b.risk.map(|r| r.code()),
                b.risk_reason,
                text(b.assessed_at),
                text(b.ap_reported_at),
                b.ap_reference,
                text(b.subjects_notified_at),
                b.subjects_notice,
                text(b.inspectie_notified_at),
                b.inspectie_reference,
                b.measures,
                text(b.closed_at),
                text(b.supplier_aware_at),
                b.ap_delay_reason,
                json_list(&subject_kinds),
            ],
        )?;
        Ok(())
    }
}
