use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use super::Tx;
use crate::domain::change::EntityKind;

/// One entry of the append-only change log.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeEvent {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity_kind: String,
    pub entity_id: String,
    pub detail: serde_json::Value,
}

impl Tx<'_> {
    /// Appends a change event, in the same transaction as the change it records.
    pub fn log(
        &self,
        action: &str,
        entity_kind: EntityKind,
        entity_id: &str,
        detail: serde_json::Value,
    ) -> anyhow::Result<()> {
        self.tx.execute(
            "INSERT INTO change_event (at, actor, action, entity_kind, entity_id, detail) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                self.at,
                self.actor,
                action,
                entity_kind.code(),
                entity_id,
                detail
            ],
        )?;
        Ok(())
    }

    /// The `--complete` pupil imports, earliest first: each one's day and the schools it was
    /// the whole of (none: every pupil of the register). The log keeps them.
    pub fn complete_imports(&self) -> anyhow::Result<Vec<(NaiveDate, Vec<String>)>> {
        self.import_lists("$.complete")
    }

    /// The pupil imports that logged the purposes whose columns their file had, earliest
    /// first: each one's day and those purposes.
    pub fn purposes_asked(&self) -> anyhow::Result<Vec<(NaiveDate, Vec<String>)>> {
        self.import_lists("$.purposes")
    }

    /// The pupil imports whose log has a list at `path`, earliest first, with their day.
    fn import_lists(&self, path: &str) -> anyhow::Result<Vec<(NaiveDate, Vec<String>)>> {
        let mut stmt = self.tx.prepare(
            "SELECT json_extract(detail, '$.on'), json_extract(detail, ?1) \
             FROM change_event \
             WHERE entity_kind = 'import' AND action = 'pupil-import' \
               AND json_extract(detail, ?1) IS NOT NULL \
             ORDER BY 1",
        )?;
        let rows = stmt.query_map([path], |r| Ok((r.get(0)?, r.get::<_, String>(1)?)))?;
        let mut imports = Vec::new();
        for row in rows {
            let (on, list) = row?;
            imports.push((on, serde_json::from_str(&list)?));
        }
        Ok(imports)
    }

    /// The days (`--on`) as of which a pupil file with this digest was imported before, earliest
    /// first: the log keeps each import's digest.
    pub fn days_file_imported(&self, digest: &str) -> anyhow::Result<Vec<NaiveDate>> {
        let mut stmt = self.tx.prepare(
            "SELECT DISTINCT json_extract(detail, '$.on') FROM change_event \
             WHERE entity_kind = 'import' AND action = 'pupil-import' \
               AND json_extract(detail, '$.digest') = ?1 \
             ORDER BY 1",
        )?;
        let days = stmt.query_map([digest], |r| r.get(0))?;
        Ok(days.collect::<Result<_, _>>()?)
    }

    /// The change log in the order it was written, from a day on, of the entities `which`
    /// names, handed to `each` one at a time: memory does not grow with the log (an import of
    /// 200,000 pupils writes as many events).
    pub fn for_each_change(
        &self,
        since: Option<NaiveDate>,
        which: Changes<'_>,
        mut each: impl FnMut(ChangeEvent) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut stmt = self.tx.prepare(
            "SELECT at, actor, action, entity_kind, entity_id, detail FROM change_event \
             WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR entity_kind = ?2) \
               AND (?3 IS NULL OR entity_id = ?3) \
             ORDER BY seq",
        )?;
        let (kind, id) = match which {
            Changes::All => (None, None),
            Changes::Of(kind) => (Some(kind.code()), None),
            Changes::Entity(kind, id) => (Some(kind.code()), Some(id)),
        };
        let mut rows = stmt.query(params![since.map(|d| d.to_string()), kind, id])?;
        while let Some(row) = rows.next()? {
            each(ChangeEvent {
                at: row.get(0)?,
                actor: row.get(1)?,
                action: row.get(2)?,
                entity_kind: row.get(3)?,
                entity_id: row.get(4)?,
                detail: row.get(5)?,
            })?;
        }
        Ok(())
    }
}

/// Which part of the change log to read.
#[derive(Debug, Clone, Copy)]
pub enum Changes<'a> {
    All,
    /// Every event of one kind of entity.
    Of(EntityKind),
    /// The events of one entity.
    Entity(EntityKind, &'a str),
}
