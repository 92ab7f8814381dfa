use rusqlite::{OptionalExtension, params};

use super::{Tx, code, json_list, opt_code, string_list};
use crate::Error;
use crate::domain::agreement::{Agreement, Subprocessor};
use crate::domain::category::{Category, ScopeEntry};

const COLUMNS: &str = "id, supplier_id, products, model, signed_on, starts_on, expires_on, \
                       review_on, terminated_on, document, privacy_leaflet, storage_countries, \
                       transfer_safeguard, breach_notice_hours, dpia, notes, schools";

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Agreement> {
    Ok(Agreement {
        id: row.get(0)?,
        supplier: row.get(1)?,
        products: string_list(row, 2)?,
        model: code(row, 3)?,
        signed_on: row.get(4)?,
        starts_on: row.get(5)?,
        expires_on: row.get(6)?,
        review_on: row.get(7)?,
        terminated_on: row.get(8)?,
        document: row.get(9)?,
        privacy_leaflet: row.get(10)?,
        storage_countries: string_list(row, 11)?,
        transfer_safeguard: opt_code(row, 12)?,
        breach_notice_hours: row.get(13)?,
        dpia: row.get(14)?,
        notes: row.get(15)?,
        schools: string_list(row, 16)?,
    })
}

/// One line of `scope list`: who receives which category.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ScopeRow {
    pub agreement: String,
    pub supplier: String,
    #[serde(flatten)]
    pub entry: ScopeEntry,
}

impl Tx<'_> {
    pub fn agreement_exists(&self, id: &str) -> anyhow::Result<bool> {
        Ok(self
            .tx
            .query_row("SELECT 1 FROM agreement WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub fn agreement(&self, id: &str) -> anyhow::Result<Agreement> {
        self.tx
            .query_row(
                &format!("SELECT {COLUMNS} FROM agreement WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("agreement", id).into())
    }

    /// Agreements by supplier, then date signed, then id; of one supplier when given.
    pub fn agreements(&self, supplier: Option<&str>) -> anyhow::Result<Vec<Agreement>> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {COLUMNS} FROM agreement WHERE ?1 IS NULL OR supplier_id = ?1 \
             ORDER BY supplier_id, signed_on, id"
        ))?;
        let rows = stmt.query_map([supplier], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts the agreement, or replaces every field of the one with its id.
    pub fn save_agreement(&self, a: &Agreement) -> anyhow::Result<()> {
        self.tx.execute(
            &format!(
                "INSERT INTO agreement ({COLUMNS}) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
                 ?17) \
                 ON CONFLICT (id) DO UPDATE SET supplier_id = excluded.supplier_id, \
                 products = excluded.products, model = excluded.model, \
                 signed_on = excluded.signed_on, starts_on = excluded.starts_on, \
                 expires_on = excluded.expires_on, review_on = excluded.review_on, \
                 terminated_on = excluded.terminated_on, document = excluded.document, \
                 privacy_leaflet = excluded.privacy_leaflet, \
                 storage_countries = excluded.storage_countries, \
                 transfer_safeguard = excluded.transfer_safeguard, \
                 breach_notice_hours = excluded.breach_notice_hours, dpia = excluded.dpia, \
                 notes = excluded.notes, schools = excluded.schools"
            ),
            params![
                a.id,
                a.supplier,
                json_list(&a.products),
                a.model.code(),
                a.signed_on,
                a.starts_on,
                a.expires_on,
                a.review_on,
                a.terminated_on,
                a.document,
                a.privacy_leaflet,
                json_list(&a.storage_countries),
                a.transfer_safeguard.map(|s| s.code()),
                a.breach_notice_hours,
                a.dpia,
                a.notes,
                json_list(&a.schools)
            ],
        )?;
        Ok(())
    }

    pub fn subprocessors(&self, agreement: &str) -> anyhow::Result<Vec<Subprocessor>> {
        Ok(self
            .subprocessor_rows(Some(agreement))?
            .into_iter()
            .map(|(_, s)| s)
            .collect())
    }

    /// Sub-processors with their agreement's id, of one agreement when given, by agreement and name.
    pub fn subprocessor_rows(
        &self,
        agreement: Option<&str>,
    ) -> anyhow::Result<Vec<(String, Subprocessor)>> {
        let mut stmt = self.tx.prepare(
            "SELECT agreement_id, name, country, purpose, transfer_safeguard FROM subprocessor \
             WHERE ?1 IS NULL OR agreement_id = ?1 ORDER BY agreement_id, name",
        )?;
        let rows = stmt.query_map([agreement], |row| {
            Ok((
                row.get(0)?,
                Subprocessor {
                    name: row.get(1)?,
                    country: row.get(2)?,
                    purpose: row.get(3)?,
                    transfer_safeguard: opt_code(row, 4)?,
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Names a sub-processor in an agreement, or replaces the one of that name.
    pub fn save_subprocessor(&self, agreement: &str, s: &Subprocessor) -> anyhow::Result<()> {
        self.tx.execute(
            "INSERT INTO subprocessor (agreement_id, name, country, purpose, transfer_safeguard) \
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (agreement_id, name) DO UPDATE SET \
             country = excluded.country, purpose = excluded.purpose, \
             transfer_safeguard = excluded.transfer_safeguard",
            params![
                agreement,
                s.name,
                s.country,
                s.purpose,
                s.transfer_safeguard.map(|v| v.code())
            ],
        )?;
        Ok(())
    }

    /// Removes a sub-processor; false when the agreement named none by that name.
    pub fn delete_subprocessor(&self, agreement: &str, name: &str) -> anyhow::Result<bool> {
        let n = self.tx.execute(
            "DELETE FROM subprocessor WHERE agreement_id = ?1 AND name = ?2",
            [agreement, name],
        )?;
        Ok(n > 0)
    }

    /// The data set of one agreement, in catalogue order.
    pub fn scope(&self, agreement: &str) -> anyhow::Result<Vec<ScopeEntry>> {
        let mut rows: Vec<ScopeEntry> = self
            .scope_rows(Some(agreement), None)?
            .into_iter()
            .map(|r| r.entry)
            .collect();
        rows.sort_by_key(|e| e.category);
        Ok(rows)
    }

    /// Who receives what: of one agreement and/or one category when given, by agreement then
    /// catalogue order.
    pub fn scope_rows(
        &self,
        agreement: Option<&str>,
        category: Option<Category>,
    ) -> anyhow::Result<Vec<ScopeRow>> {
        let mut stmt = self.tx.prepare(
            "SELECT s.agreement_id, a.supplier_id, s.category, s.purpose, s.retention, s.law \
             FROM scope s JOIN agreement a ON a.id = s.agreement_id \
             WHERE (?1 IS NULL OR s.agreement_id = ?1) AND (?2 IS NULL OR s.category = ?2) \
             ORDER BY a.supplier_id, s.agreement_id",
        )?;
        let rows = stmt.query_map(params![agreement, category.map(|c| c.code())], |row| {
            Ok(ScopeRow {
                agreement: row.get(0)?,
                supplier: row.get(1)?,
                entry: ScopeEntry {
                    category: code(row, 2)?,
                    purpose: row.get(3)?,
                    retention: row.get(4)?,
                    law: row.get(5)?,
                },
            })
        })?;
        let mut rows: Vec<ScopeRow> = rows.collect::<Result<_, _>>()?;
        // SQL sorts codes as text; people expect the catalogue's order.
        rows.sort_by(|a, b| {
            (&a.supplier, &a.agreement, a.entry.category).cmp(&(
                &b.supplier,
                &b.agreement,
                b.entry.category,
            ))
        });
        Ok(rows)
    }

    /// Adds a category to an agreement's data set, or replaces its purpose and retention.
    pub fn save_scope_entry(&self, agreement: &str, e: &ScopeEntry) -> anyhow::Result<()> {
        self.tx.execute(
            "INSERT INTO scope (agreement_id, category, purpose, retention, law) \
             VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (agreement_id, category) DO UPDATE SET purpose = excluded.purpose, \
             retention = excluded.retention, law = excluded.law",
            params![agreement, e.category.code(), e.purpose, e.retention, e.law],
        )?;
        Ok(())
    }

    pub fn delete_scope_entry(&self, agreement: &str, category: Category) -> anyhow::Result<()> {
        self.tx.execute(
            "DELETE FROM scope WHERE agreement_id = ?1 AND category = ?2",
            [agreement, category.code()],
        )?;
        Ok(())
    }

    /// Makes an agreement's data set exactly `entries`.
    pub fn replace_scope(&self, agreement: &str, entries: &[ScopeEntry]) -> anyhow::Result<()> {
        self.tx
            .execute("DELETE FROM scope WHERE agreement_id = ?1", [agreement])?;
        entries
            .iter()
            .try_for_each(|e| self.save_scope_entry(agreement, e))
    }

    /// Makes an agreement's sub-processors exactly `subs`.
    pub fn replace_subprocessors(
        &self,
        agreement: &str,
        subs: &[Subprocessor],
    ) -> anyhow::Result<()> {
        self.tx.execute(
            "DELETE FROM subprocessor WHERE agreement_id = ?1",
            [agreement],
        )?;
        subs.iter()
            .try_for_each(|s| self.save_subprocessor(agreement, s))
    }
}
