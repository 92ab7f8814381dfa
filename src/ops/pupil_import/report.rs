//! What a pupil import did, or would do: counts, the pupils marked as left, and the cells.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::consent::{Decision, State};
use crate::i18n::Text;

/// What an import did (or would do).
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub pupils_added: u64,
    pub pupils_changed: u64,
    pub pupils_unchanged: u64,
    /// Pupils of the school missing from a `--complete` file, marked as left on `--on`.
    pub pupils_left: Vec<Left>,
    /// With `--complete`, the schools the file is the whole of (none: every pupil); the
    /// change log keeps them, so that an older export imported later adds no pupil those
    /// schools no longer had.
    #[serde(skip)]
    pub complete_schools: Option<Vec<String>>,
    /// A `--complete` import the log does not have yet (that day, those schools): it is
    /// logged even where it changes nothing else.
    #[serde(skip)]
    pub complete_first: bool,
    /// Pupils new to the register, added as left on the day of a later complete export that
    /// did not list them.
    #[serde(skip)]
    pub pupils_added_left: Vec<(Left, NaiveDate)>,
    /// Pupils who had left, listed by this export of a later day: back at school from its
    /// day, with the day they had left.
    #[serde(serialize_with = "keys")]
    pub pupils_back: Vec<(Left, NaiveDate)>,
    /// Known pupils of an export older than one already imported for them: left as they were.
    pub pupils_kept: u64,
    /// Rows of pupils the register does not hold, of a school whose pupils were removed
    /// (erased, purged) on the file's day or later: not added, or an erasure would be undone.
    pub pupils_not_added_again: u64,
    /// The day the file's decisions are dated and its pupils judged by: `--on`, today, or the
    /// day the same file was imported as before.
    #[serde(skip)]
    pub on: NaiveDate,
    /// Known pupils whose latest export this one is: their import date moved forward.
    #[serde(skip)]
    pub dates_advanced: u64,
    pub decisions_recorded: u64,
    /// Cells that say what stands, recorded as this year's answer (`--reconfirm`).
    pub decisions_reconfirmed: u64,
    /// Cells whose answer is not what stands, because a later decision does.
    pub decisions_kept: u64,
    /// The file's SHA-256 (hex), which the change log keeps: the same file is known again.
    #[serde(skip)]
    pub digest: String,
    /// The purposes whose columns the file has, which the change log keeps: an older export
    /// imported later does not answer for a pupil what a later one asked them, even where
    /// its cell was empty.
    #[serde(skip)]
    pub purposes: Vec<String>,
    /// Cells remembered: their answer differs from the previous import's, so that the next
    /// export that says the same is no new decision; or it is the same in a later export, so
    /// that an older one imported after it changes nothing.
    #[serde(skip)]
    pub answers_changed: u64,
    pub ignored_columns: Vec<String>,
    /// The file has columns, but none of them is a consent purpose.
    #[serde(skip)]
    pub no_purpose_read: bool,
    /// Rows to look at: names with a `?` where a letter belongs.
    #[serde(serialize_with = "crate::ops::english::english_all")]
    pub warnings: Vec<Text>,
    /// Per pupil and purpose: what is recorded (listed in a dry run and in JSON) and what is
    /// kept (always listed).
    pub cells: Vec<Cell>,
}

/// A pupil a complete file marked as left. In JSON the register's key of the pupil, as before;
/// said to a person, the number and the school, which tell two pupils with one number apart.
#[derive(Debug, Clone)]
pub struct Left {
    pub key: String,
    pub number: String,
    pub school: Option<String>,
}

impl Serialize for Left {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key)
    }
}

impl std::fmt::Display for Left {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.school {
            Some(school) => write!(f, "{} ({school})", self.number),
            None => f.write_str(&self.number),
        }
    }
}

/// One consent cell of the file that records something, or that the register overrules.
#[derive(Debug, Serialize)]
pub struct Cell {
    pub pupil: String,
    pub purpose: String,
    pub line: u64,
    /// What the file says: granted or refused.
    pub answer: Decision,
    /// `recorded`, `reconfirmed` or `kept`.
    pub action: &'static str,
    /// The decision recorded; for `kept`, the state that stands.
    pub state: State,
    /// In words: in English in JSON, in the reader's language on a terminal.
    #[serde(serialize_with = "crate::ops::english::english")]
    pub reason: Text,
}

/// The register's keys of the pupils back at school.
fn keys<S: serde::Serializer>(back: &[(Left, NaiveDate)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(back.iter().map(|(pupil, _)| pupil))
}
