use rusqlite::{OptionalExtension, params};

use super::{Tx, code, opt_code};
use crate::Error;
use crate::domain::supplier::Supplier;

const COLUMNS: &str = "id, name, kvk, website, contact, role, convenant, convenant_version, \
                       convenant_checked_on, notes, retired_on, retired_reason";

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Supplier> {
    Ok(Supplier {
        id: row.get(0)?,
        name: row.get(1)?,
        kvk: row.get(2)?,
        website: row.get(3)?,
        contact: row.get(4)?,
        role: code(row, 5)?,
        convenant: code(row, 6)?,
        convenant_version: opt_code(row, 7)?,
        convenant_checked_on: row.get(8)?,
        notes: row.get(9)?,
        retired_on: row.get(10)?,
        retired_reason: row.get(11)?,
    })
}

impl Tx<'_> {
    pub fn supplier_exists(&self, id: &str) -> anyhow::Result<bool> {
        Ok(self
            .tx
            .query_row("SELECT 1 FROM supplier WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub fn supplier(&self, id: &str) -> anyhow::Result<Supplier> {
        self.tx
            .query_row(
                &format!("SELECT {COLUMNS} FROM supplier WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("supplier", id).into())
    }

    /// Every supplier, by id.
    pub fn suppliers(&self) -> anyhow::Result<Vec<Supplier>> {
        let mut stmt = self
            .tx
            .prepare(&format!("SELECT {COLUMNS} FROM supplier ORDER BY id"))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts the supplier, or replaces every field of the one with its id.
    pub fn save_supplier(&self, s: &Supplier) -> anyhow::Result<()> {
        self.tx.execute(
            &format!(
                "INSERT INTO supplier ({COLUMNS}) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) \
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, kvk = excluded.kvk, \
                 website = excluded.website, contact = excluded.contact, role = excluded.role, \
                 convenant = excluded.convenant, convenant_version = excluded.convenant_version, \
                 convenant_checked_on = excluded.convenant_checked_on, notes = excluded.notes, \
                 retired_on = excluded.retired_on, retired_reason = excluded.retired_reason"
            ),
            params![
                s.id,
                s.name,
                s.kvk,
                s.website,
                s.contact,
                s.role.code(),
                s.convenant.code(),
                s.convenant_version.map(|v| v.code()),
                s.convenant_checked_on,
                s.notes,
                s.retired_on,
                s.retired_reason
            ],
        )?;
        Ok(())
    }

    /// Removes a supplier; its agreements, scopes and sub-processors go with it.
    pub fn delete_supplier(&self, id: &str) -> anyhow::Result<()> {
        self.tx
            .execute("DELETE FROM supplier WHERE id = ?1", [id])?;
        Ok(())
    }
}
