//! Reading another register to merge it into this one, and writing the rows a merge plans
//! (see `domain::merge`). The other register is opened read-only.

use std::path::Path;

use anyhow::Context;
use rusqlite::types::{Value as Sql, ValueRef};
use rusqlite::{Connection, OpenFlags};
use serde_json::Value;

use super::{Store, Tx, check_version, plain, schema_version};
use crate::Error;
use crate::domain::merge::{Row, SEQUENCED, TABLES, Tables};
use crate::tr;

impl Store {
    /// Opens another register to read it, never to write it: a vreg register of the schema
    /// version this vreg writes. An older one is refused rather than migrated, since that would
    /// write to it.
    pub fn open_other(path: &Path, actor: &str) -> anyhow::Result<Store> {
        if !path.is_file() {
            return Err(match path.exists() {
                true => Error::NotARegister(path.to_path_buf()).into(),
                false => Error::RegisterMissing(path.to_path_buf()).into(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(plain(path), flags).with_context(|| {
            tr!(
                "command-cannot-open-register",
                path = path.display().to_string()
            )
        })?;
        match check_version(&conn, path)? {
            0 => return Err(Error::NotARegister(path.to_path_buf()).into()),
            version if version < schema_version() => {
                return Err(Error::Invalid(tr!(
                    "command-merge-older-schema",
                    path = path.display().to_string(),
                    version = version,
                    current = schema_version()
                ))
                .into());
            }
            _ => {}
        }
        Store::with(conn, path, actor)
    }
}

impl Tx<'_> {
    /// Every row of every table a merge copies. Consent events and the change log come in the
    /// order they were written and without their sequence number, which the register they are
    /// written to gives them.
    pub fn merge_rows(&self) -> anyhow::Result<Tables> {
        let mut tables = Tables::default();
        // Every table a merge copies, and the organisation, which it only reads: which board
        // the register is of (two boards' breaches of one moment are two breaches).
        for table in TABLES.iter().chain(&["organisation"]) {
            let sequenced = SEQUENCED.contains(table);
            let order = if sequenced { " ORDER BY seq" } else { "" };
            let mut stmt = self.tx.prepare(&format!("SELECT * FROM {table}{order}"))?;
            let columns: Vec<String> = stmt.column_names().map(str::to_string).collect();
            let mut rows = stmt.query([])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                let mut map = Row::new();
                for (i, column) in columns.iter().enumerate() {
                    if sequenced && column == "seq" {
                        continue;
                    }
                    map.insert(column.clone(), json_value(row.get_ref(i)?)?);
                }
                out.push(map);
            }
            tables.0.insert((*table).to_string(), out);
        }
        Ok(tables)
    }

    /// Inserts the rows a merge planned, table by table in the order given. Nothing is
    /// replaced: a row whose key is taken fails the merge, and with it the transaction (a
    /// school's removal day takes the later of the two).
    pub fn insert_merged(&self, rows: &[(&'static str, Vec<Row>)]) -> anyhow::Result<()> {
        // The merged events get the sequence numbers from here on.
        let first_event: i64 = self.tx.query_row(
            "SELECT coalesce(max(seq), 0) + 1 FROM consent_event",
            [],
            |r| r.get(0),
        )?;
        for (table, rows) in rows {
            if !TABLES.contains(table) {
                return Err(anyhow::anyhow!(tr!(
                    "command-merge-unknown-table",
                    table = *table
                )));
            }
            for row in rows {
                let columns: Vec<String> = row
                    .keys()
                    .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
                    .collect();
                let marks: Vec<String> = (1..=row.len()).map(|i| format!("?{i}")).collect();
                // A school's removal day here and there: the later one stands.
                let upsert = match *table {
                    "pupil_removal" => {
                        " ON CONFLICT (school) DO UPDATE SET removed_on = max(removed_on, excluded.removed_on)"
                    }
                    _ => "",
                };
                let sql = format!(
                    "INSERT INTO {table} ({}) VALUES ({}){upsert}",
                    columns.join(", "),
                    marks.join(", ")
                );
                let values: Vec<Sql> = row.values().map(sql_value).collect();
                self.tx
                    .prepare_cached(&sql)?
                    .execute(rusqlite::params_from_iter(values))
                    .with_context(|| tr!("command-merge-row-failed", table = *table))?;
            }
        }
        // Where consent stands, with the merged decisions beside those already here.
        self.refresh_deciders_since(first_event)
    }
}

fn json_value(value: ValueRef<'_>) -> anyhow::Result<Value> {
    Ok(match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::String(std::str::from_utf8(t)?.to_string()),
        ValueRef::Blob(_) => return Err(anyhow::anyhow!(tr!("command-merge-binary"))),
    })
}

fn sql_value(value: &Value) -> Sql {
    match value {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Sql::Text(s.clone()),
        other => Sql::Text(other.to_string()),
    }
}
