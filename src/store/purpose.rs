//! Consent purposes: what parents are asked, and in what form an answer counts.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::{Tx, code};
use crate::Error;
use crate::domain::consent::Purpose;
use crate::tr;

const PURPOSE_COLUMNS: &str =
    "id, name, explicit, written_only, renewal, applies_to, retired_on, party_id";

fn purpose_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Purpose> {
    Ok(Purpose {
        id: row.get(0)?,
        name: row.get(1)?,
        explicit: row.get(2)?,
        written_only: row.get(3)?,
        renewal: code(row, 4)?,
        applies_to: code(row, 5)?,
        retired_on: row.get(6)?,
        party: row.get(7)?,
    })
}

impl Tx<'_> {
    pub fn find_purpose(&self, id: &str) -> anyhow::Result<Option<Purpose>> {
        Ok(self
            .tx
            .query_row(
                &format!("SELECT {PURPOSE_COLUMNS} FROM purpose WHERE id = ?1"),
                [id],
                purpose_from_row,
            )
            .optional()?)
    }

    /// A purpose by id, or an error that points at the list.
    pub fn purpose(&self, id: &str) -> anyhow::Result<Purpose> {
        self.find_purpose(id)?
            .ok_or_else(|| Error::Missing(tr!("command-purpose-not-found", id = id)).into())
    }

    /// A purpose in use on `day`; a retired one is refused, naming the day it was retired.
    pub fn active_purpose(&self, id: &str, day: NaiveDate) -> anyhow::Result<Purpose> {
        let purpose = self.purpose(id)?;
        match purpose.retired_on.filter(|_| !purpose.active_on(day)) {
            Some(retired) => Err(Error::Invalid(tr!(
                "command-purpose-retired-on",
                id = id,
                retired = retired
            ))
            .into()),
            None => Ok(purpose),
        }
    }

    /// Every consent purpose, retired ones too, by id.
    pub fn purposes(&self) -> anyhow::Result<Vec<Purpose>> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT {PURPOSE_COLUMNS} FROM purpose ORDER BY id"
        ))?;
        let rows = stmt.query_map([], purpose_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts the purpose, or replaces every field of the one with its id.
    pub fn save_purpose(&self, p: &Purpose) -> anyhow::Result<()> {
        // Parents, the GMR and an import's headers tell purposes apart by name.
        let purposes = self.purposes()?;
        if let Some(other) = crate::domain::consent::namesake(&purposes, &p.id, &p.name) {
            return Err(Error::Conflict(tr!(
                "command-purpose-name-taken",
                other = &other.id,
                name = &p.name,
                id = &p.id
            ))
            .into());
        }
        self.tx.execute(
            &format!(
                "INSERT INTO purpose ({PURPOSE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) \
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, explicit = excluded.explicit, \
                 written_only = excluded.written_only, renewal = excluded.renewal, \
                 applies_to = excluded.applies_to, retired_on = excluded.retired_on, \
                 party_id = excluded.party_id"
            ),
            params![
                p.id,
                p.name,
                p.explicit,
                p.written_only,
                p.renewal.code(),
                p.applies_to.code(),
                p.retired_on,
                p.party
            ],
        )?;
        Ok(())
    }
}
