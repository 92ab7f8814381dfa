//! The writer of a pupil import: its statements prepared once and kept for every row.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use super::Tx;
use super::pupil::*;
use crate::domain::consent::{Decision, Event};
use crate::domain::pupil::Pupil;

/// The statements of an import.
pub struct PupilWriter<'t> {
    find: rusqlite::Statement<'t>,
    save: rusqlite::Statement<'t>,
    insert: rusqlite::Statement<'t>,
    numbered: rusqlite::Statement<'t>,
    mark_seen: rusqlite::Statement<'t>,
    insert_event: rusqlite::Statement<'t>,
    refresh_deciders: rusqlite::Statement<'t>,
    /// The first consent event this import recorded: `consent_decider` is brought up to date
    /// with it and every later one by [`PupilWriter::finish`], in one statement.
    first_event: Option<i64>,
    events_of_cell: rusqlite::Statement<'t>,
    last_imported: rusqlite::Statement<'t>,
    /// The import dates of the pupils the last [`PupilWriter::numbered`] found: the row's
    /// pupil is one of them, and its date needs no query of its own.
    numbered_dates: Vec<(String, Option<NaiveDate>)>,
    mark_imported: rusqlite::Statement<'t>,
    imported_cell: rusqlite::Statement<'t>,
    save_imported_cell: rusqlite::Statement<'t>,
    forget_imported_cell: rusqlite::Statement<'t>,
    at: &'t str,
    actor: &'t str,
    /// The last decision date written, as text: an import dates all its decisions alike.
    day: Option<(NaiveDate, String)>,
    /// What each parameter of `insert_event` is bound to: SQLite keeps a binding from one
    /// insert to the next, so only what changed is bound again. An import's events share most
    /// of their values (the date, who, how, the source, the actor); binding text copies it, and
    /// binding all eleven for every event was a fifth of the import.
    bound: [Option<Option<String>>; 11],
    conn: &'t rusqlite::Connection,
}

impl Tx<'_> {
    /// A writer for an import. It remembers which leerlingnummers it saw in a temporary table,
    /// so that memory does not grow with the file.
    pub fn pupil_writer(&self) -> anyhow::Result<PupilWriter<'_>> {
        self.tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS import_seen (leerlingnummer TEXT PRIMARY KEY) WITHOUT ROWID; \
             DELETE FROM temp.import_seen;",
        )?;
        Ok(PupilWriter {
            find: self.tx.prepare(FIND_PUPIL)?,
            save: self.tx.prepare(SAVE_PUPIL)?,
            insert: self.tx.prepare(INSERT_IMPORTED_PUPIL)?,
            numbered: self.tx.prepare(PUPILS_NUMBERED_IMPORTED)?,
            mark_seen: self
                .tx
                .prepare("INSERT OR IGNORE INTO temp.import_seen (leerlingnummer) VALUES (?1)")?,
            insert_event: self.tx.prepare(INSERT_EVENT)?,
            refresh_deciders: self.tx.prepare(super::consent::REFRESH_SINCE)?,
            first_event: None,
            events_of_cell: self.tx.prepare(EVENTS_OF_CELL)?,
            last_imported: self.tx.prepare(LAST_IMPORTED)?,
            numbered_dates: Vec::new(),
            mark_imported: self.tx.prepare(MARK_IMPORTED)?,
            imported_cell: self.tx.prepare(IMPORTED_CELL)?,
            save_imported_cell: self.tx.prepare(SAVE_IMPORTED_CELL)?,
            forget_imported_cell: self.tx.prepare(FORGET_IMPORTED_CELL)?,
            bound: Default::default(),
            conn: &self.tx,
            at: &self.at,
            actor: self.actor,
            day: None,
        })
    }
}

impl PupilWriter<'_> {
    /// Remembers a pupil by key; false when this import saw them before.
    pub fn first_sighting(&mut self, key: &str) -> anyhow::Result<bool> {
        Ok(self.mark_seen.execute([key])? == 1)
    }

    /// Inserts a pupil that is not in the register yet, named by an export of `on`.
    pub fn insert(&mut self, p: &Pupil, on: NaiveDate) -> anyhow::Result<()> {
        let values = pupil_values(p)
            .into_iter()
            .chain([&on as &dyn rusqlite::ToSql]);
        self.insert.execute(rusqlite::params_from_iter(values))?;
        Ok(())
    }

    /// The pupils with this leerlingnummer, one per school at most.
    pub fn numbered(&mut self, number: &str) -> anyhow::Result<Vec<Pupil>> {
        let rows = self.numbered.query_map([number], |row| {
            Ok((
                pupil_from_row(row)?,
                row.get::<_, Option<NaiveDate>>(PUPIL_WIDTH)?,
            ))
        })?;
        let found: Vec<(Pupil, Option<NaiveDate>)> = rows.collect::<Result<_, _>>()?;
        self.numbered_dates = found.iter().map(|(p, on)| (p.key.clone(), *on)).collect();
        Ok(found.into_iter().map(|(p, _)| p).collect())
    }

    pub fn find(&mut self, key: &str) -> anyhow::Result<Option<Pupil>> {
        Ok(self.find.query_row([key], pupil_from_row).optional()?)
    }

    pub fn save(&mut self, p: &Pupil) -> anyhow::Result<()> {
        self.save.execute(pupil_params(p))?;
        Ok(())
    }

    /// The date of the latest export imported for a pupil.
    pub fn last_imported_on(&mut self, pupil: &str) -> anyhow::Result<Option<NaiveDate>> {
        if let Some((_, on)) = self.numbered_dates.iter().find(|(key, _)| key == pupil) {
            return Ok(*on);
        }
        Ok(self
            .last_imported
            .query_row([pupil], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Records that an export of `on` named the pupil; true when that moved its date forward.
    pub fn mark_imported(&mut self, pupil: &str, on: NaiveDate) -> anyhow::Result<bool> {
        Ok(self.mark_imported.execute(rusqlite::params![pupil, on])? == 1)
    }

    /// Every event of a pupil and purpose, in recording order.
    pub fn events_of(&mut self, pupil: &str, purpose: &str) -> anyhow::Result<Vec<Event>> {
        let rows = self
            .events_of_cell
            .query_map((pupil, purpose), event_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// What an import said in a cell where no event it recorded says so (see
    /// [`PupilWriter::remember_answer`]): granted or refused, and the date of that import.
    pub fn imported_answer(
        &mut self,
        pupil: &str,
        purpose: &str,
    ) -> anyhow::Result<Option<(Decision, NaiveDate)>> {
        let answer: Option<(String, NaiveDate)> = self
            .imported_cell
            .query_row((pupil, purpose), |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(answer.map(|(a, on)| {
            let answer = match a.as_str() {
                "granted" => Decision::Granted,
                _ => Decision::Refused,
            };
            (answer, on)
        }))
    }

    /// Drops the remembered answer of a cell: the event an import just recorded says it.
    pub fn forget_answer(&mut self, pupil: &str, purpose: &str) -> anyhow::Result<()> {
        self.forget_imported_cell.execute((pupil, purpose))?;
        Ok(())
    }

    /// Remembers what this import said in a cell, and its date, where the events do not say
    /// it: the cell changed, but the decision it gives already stood; or the cell says what an
    /// earlier import said, and this import is the later snapshot.
    pub fn remember_answer(
        &mut self,
        pupil: &str,
        purpose: &str,
        answer: Decision,
        on: NaiveDate,
    ) -> anyhow::Result<()> {
        let answer = match answer {
            Decision::Granted => "granted",
            Decision::Refused | Decision::Withdrawn => "refused",
        };
        self.save_imported_cell
            .execute((pupil, purpose, answer, on))?;
        Ok(())
    }

    pub fn add_event(&mut self, e: &NewEvent<'_>) -> anyhow::Result<()> {
        if self.day.as_ref().is_none_or(|(d, _)| *d != e.date) {
            self.day = Some((e.date, e.date.to_string()));
        }
        let date = self.day.as_ref().map_or("", |(_, text)| text.as_str());
        let values: [Option<&str>; 11] = [
            Some(e.pupil),
            Some(e.purpose),
            Some(e.decision.code()),
            Some(e.given_by.code()),
            e.decider,
            Some(e.form.code()),
            Some(date),
            e.evidence,
            e.source,
            Some(self.at),
            Some(self.actor),
        ];
        for (i, value) in values.into_iter().enumerate() {
            if self.bound[i].as_ref().is_none_or(|b| b.as_deref() != value) {
                self.insert_event.raw_bind_parameter(i + 1, value)?;
                self.bound[i] = Some(value.map(str::to_string));
            }
        }
        self.insert_event.raw_execute()?;
        let seq = self.conn.last_insert_rowid();
        self.first_event.get_or_insert(seq);
        Ok(())
    }

    /// Brings `consent_decider` up to date with the decisions this import recorded: once, at
    /// the end, which costs half of doing it for each. Until then it does not hold them (the
    /// import itself reads each cell's history).
    pub fn finish(mut self) -> anyhow::Result<()> {
        if let Some(first) = self.first_event.take() {
            self.refresh_deciders.execute([first])?;
        }
        Ok(())
    }
}
