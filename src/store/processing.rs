use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use super::{Tx, json_list, opt_code, string_list};
use crate::Error;
use crate::domain::processing::{OwnCategory, Processing, Subject};

const COLUMNS: &str = "id, name, purposes, basis, law, subjects, categories, retention, security, \
                       dpia, owner, review_on, notes";

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Processing> {
    let subjects = string_list(row, 5)?
        .iter()
        .map(|s| s.parse::<Subject>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, Box::new(e))
        })?;
    Ok(Processing {
        id: row.get(0)?,
        name: row.get(1)?,
        purposes: string_list(row, 2)?,
        basis: opt_code(row, 3)?,
        law: row.get(4)?,
        subjects,
        categories: string_list(row, 6)?,
        retention: row.get(7)?,
        security: row.get(8)?,
        dpia: row.get(9)?,
        owner: row.get(10)?,
        review_on: row.get(11)?,
        notes: row.get(12)?,
        agreements: Vec::new(),
        parties: Vec::new(),
    })
}

impl Tx<'_> {
    /// The board's own data categories, by code.
    pub fn own_categories(&self) -> anyhow::Result<Vec<OwnCategory>> {
        let mut stmt = self
            .tx
            .prepare("SELECT code, label, special, national_id FROM category ORDER BY code")?;
        let rows = stmt.query_map([], |row| {
            Ok(OwnCategory {
                code: row.get(0)?,
                label: row.get(1)?,
                special: row.get(2)?,
                national_id: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts the category, or replaces the label and flags of the one with its code.
    pub fn save_own_category(&self, c: &OwnCategory) -> anyhow::Result<()> {
        self.tx.execute(
            "INSERT INTO category (code, label, special, national_id) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (code) DO UPDATE SET label = excluded.label, \
             special = excluded.special, national_id = excluded.national_id",
            params![c.code, c.label, c.special, c.national_id],
        )?;
        Ok(())
    }

    /// Every processing activity with its links, by id, in a fixed number of queries.
    pub fn processings(&self) -> anyhow::Result<Vec<Processing>> {
        let mut links = self.links(
            "SELECT processing_id, agreement_id FROM processing_agreement \
             ORDER BY processing_id, agreement_id",
        )?;
        let mut parties = self.links(
            "SELECT processing_id, party_id FROM processing_party ORDER BY processing_id, party_id",
        )?;
        let mut stmt = self
            .tx
            .prepare(&format!("SELECT {COLUMNS} FROM processing ORDER BY id"))?;
        let rows = stmt.query_map([], from_row)?;
        let mut all = Vec::new();
        for row in rows {
            let mut p = row?;
            p.agreements = links.remove(&p.id).unwrap_or_default();
            p.parties = parties.remove(&p.id).unwrap_or_default();
            all.push(p);
        }
        Ok(all)
    }

    fn links(&self, sql: &str) -> anyhow::Result<HashMap<String, Vec<String>>> {
        let mut stmt = self.tx.prepare(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
        let mut links: HashMap<String, Vec<String>> = HashMap::new();
        for row in rows {
            let (processing, other) = row?;
            links.entry(processing).or_default().push(other);
        }
        Ok(links)
    }

    pub fn processing(&self, id: &str) -> anyhow::Result<Processing> {
        let mut p = self
            .tx
            .query_row(
                &format!("SELECT {COLUMNS} FROM processing WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("processing", id))?;
        let list = |sql: &str| -> anyhow::Result<Vec<String>> {
            let mut stmt = self.tx.prepare(sql)?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        p.agreements = list(
            "SELECT agreement_id FROM processing_agreement WHERE processing_id = ?1 ORDER BY agreement_id",
        )?;
        p.parties = list(
            "SELECT party_id FROM processing_party WHERE processing_id = ?1 ORDER BY party_id",
        )?;
        Ok(p)
    }

    pub fn processing_exists(&self, id: &str) -> anyhow::Result<bool> {
        Ok(self
            .tx
            .query_row("SELECT 1 FROM processing WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Inserts the activity, or replaces every field and link of the one with its id.
    pub fn save_processing(&self, p: &Processing) -> anyhow::Result<()> {
        let subjects: Vec<String> = p.subjects.iter().map(|s| s.code().to_string()).collect();
        self.tx.execute(
            &format!(
                "INSERT INTO processing ({COLUMNS}) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) \
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, \
                 purposes = excluded.purposes, basis = excluded.basis, law = excluded.law, \
                 subjects = excluded.subjects, categories = excluded.categories, \
                 retention = excluded.retention, security = excluded.security, \
                 dpia = excluded.dpia, owner = excluded.owner, review_on = excluded.review_on, \
                 notes = excluded.notes"
            ),
            params![
                p.id,
                p.name,
                json_list(&p.purposes),
                p.basis.map(|b| b.code()),
                p.law,
                json_list(&subjects),
                json_list(&p.categories),
                p.retention,
                p.security,
                p.dpia,
                p.owner,
                p.review_on,
                p.notes,
            ],
        )?;
        self.tx.execute(
            "DELETE FROM processing_agreement WHERE processing_id = ?1",
            [&p.id],
        )?;
        self.tx.execute(
            "DELETE FROM processing_party WHERE processing_id = ?1",
            [&p.id],
        )?;
        for a in &p.agreements {
            self.tx.execute(
                "INSERT INTO processing_agreement (processing_id, agreement_id) VALUES (?1, ?2)",
                params![p.id, a],
            )?;
        }
        for party in &p.parties {
            self.tx.execute(
                "INSERT INTO processing_party (processing_id, party_id) VALUES (?1, ?2)",
                params![p.id, party],
            )?;
        }
        Ok(())
    }

    /// Removes an activity and its links; the agreements and parties stay.
    pub fn delete_processing(&self, id: &str) -> anyhow::Result<()> {
        self.tx
            .execute("DELETE FROM processing WHERE id = ?1", [id])?;
        Ok(())
    }
}
