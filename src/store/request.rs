use rusqlite::{OptionalExtension, params};

use super::{Tx, code, opt_code};
use crate::Error;
use crate::domain::request::Request;

const COLUMNS: &str = "id, kind, pupil, requested_by, received_on, via, notes, extension_reason, \
                       extension_notified_on, closed_on, outcome, outcome_note";

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Request> {
    Ok(Request {
        id: row.get(0)?,
        kind: code(row, 1)?,
        pupil: row.get(2)?,
        requested_by: code(row, 3)?,
        received_on: row.get(4)?,
        via: row.get(5)?,
        notes: row.get(6)?,
        extension_reason: row.get(7)?,
        extension_notified_on: row.get(8)?,
        closed_on: row.get(9)?,
        outcome: opt_code(row, 10)?,
        outcome_note: row.get(11)?,
    })
}

impl Tx<'_> {
    pub fn request(&self, id: &str) -> anyhow::Result<Request> {
        self.tx
            .query_row(
                &format!("SELECT {COLUMNS} FROM request WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("request", id).into())
    }

    /// Every request, in the order of their ids: by year, then number.
    pub fn requests(&self) -> anyhow::Result<Vec<Request>> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {COLUMNS} FROM request ORDER BY substr(id, 1, 4), length(id), id"
        ))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The requests about one pupil (their register key).
    pub fn requests_about(&self, pupil: &str) -> anyhow::Result<Vec<Request>> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM request WHERE pupil = ?1 ORDER BY substr(id, 1, 4), length(id), id"
        ))?;
        let rows = stmt.query_map([pupil], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The ids already used in a year.
    pub fn request_ids_of_year(&self, year: i32) -> anyhow::Result<Vec<String>> {
        let mut stmt = self
            .tx
            .prepare("SELECT id FROM request WHERE id LIKE ?1 || '-%'")?;
        let rows = stmt.query_map([year.to_string()], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts the request, or replaces every field of the one with its id.
    pub fn save_request(&self, r: &Request) -> anyhow::Result<()> {
        self.tx.execute(
            &format!(
                "INSERT OR REPLACE INTO request ({COLUMNS}) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
            ),
            params![
                r.id,
                r.kind.code(),
                r.pupil,
                r.requested_by.code(),
                r.received_on,
                r.via,
                r.notes,
                r.extension_reason,
                r.extension_notified_on,
                r.closed_on,
                r.outcome.map(|o| o.code()),
                r.outcome_note,
            ],
        )?;
        Ok(())
    }
}
