//! Merging another register into this one: which incoming rows are new, which are identical to
//! this register's and which clash; the ids `--id-suffix` gives clashing entities and every
//! reference to them; the free numbers `--renumber` gives pupils whose number a pupil of the
//! same school has here already. Pure: the rows of both registers in, a plan out.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use planner::Planner;
use serde::Serialize;
use serde_json::{Map, Value};

/// One row of a table, column name to value, as the store reads it.
pub type Row = Map<String, Value>;

/// Every table a merge copies, in an order in which what a row points at comes before it.
pub const TABLES: &[&str] = &[
    "school",
    "category",
    "supplier",
    "agreement",
    "subprocessor",
    "scope",
    "party",
    "purpose",
    "pupil",
    "pupil_removal",
    "consent_event",
    "import_cell",
    "breach",
    "request",
    "processing",
    "processing_agreement",
    "processing_party",
    "accepted_finding",
    "import_profile",
    "change_event",
];

/// The tables whose rows are kept in the order they were written (`seq`): the other register's
/// rows come after this register's own, in their order, under new sequence numbers.
pub const SEQUENCED: &[&str] = &["consent_event", "change_event"];

/// The rows of a register, by table (see [`TABLES`]).
#[derive(Debug, Default, Clone)]
pub struct Tables(pub BTreeMap<String, Vec<Row>>);

impl Tables {
    fn rows(&self, table: &str) -> &[Row] {
        self.0.get(table).map_or(&[], Vec::as_slice)
    }
}

/// What the command line asks for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// `--id-suffix`: appended (after a `-`) to the id of each incoming entity that clashes.
    pub suffix: Option<&'a str>,
    /// `--renumber`: an incoming pupil whose number is taken at their school gets a free one.
    pub renumber: bool,
    /// The other register's file name: each entry of its change log keeps it as `merged_from`.
    pub source: &'a str,
}

/// An incoming entity under a new id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Renamed {
    pub kind: &'static str,
    pub from: String,
    pub to: String,
}

/// An incoming pupil under a new number at their school.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Renumbered {
    pub school: Option<String>,
    pub from: String,
    pub to: String,
    /// The register's key of the pupil after the merge.
    pub key: String,
}

/// What a merge does.
#[derive(Debug, Default)]
pub struct Plan {
    /// The rows to insert, by table, in [`TABLES`] order.
    pub rows: Vec<(&'static str, Vec<Row>)>,
    /// How many entities of each kind are new here.
    pub added: BTreeMap<&'static str, usize>,
    /// How many entities of each kind this register has already, identical.
    pub identical: BTreeMap<&'static str, usize>,
    pub renamed: Vec<Renamed>,
    pub renumbered: Vec<Renumbered>,
    /// Each pupil new here: the key in the other register and the key here.
    pub new_pupils: Vec<(String, String)>,
    /// Each purpose: its id in the other register and its id here.
    pub purposes: BTreeMap<String, String>,
    /// Pupils of the other register left out: not here, of a school whose pupils were erased
    /// or purged here on or after the day of the last export that listed them there.
    pub pupils_not_added_again: usize,
}

/// Why a merge is refused: the clashes, by what would resolve them.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Refusal {
    /// Entities with an id this register uses for something else: `--id-suffix` renames them.
    pub ids: Vec<String>,
    /// Pupils whose number a pupil of the same school has here: `--renumber`.
    pub numbers: Vec<String>,
    /// Clashes no flag resolves (a school's name, a category, an accepted finding).
    pub fixed: Vec<String>,
    /// Something wrong with the flags themselves.
    pub invalid: Option<String>,
}

impl Refusal {
    fn is_empty(&self) -> bool {
        self.ids.is_empty()
            && self.numbers.is_empty()
            && self.fixed.is_empty()
            && self.invalid.is_none()
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(invalid) = &self.invalid {
            return write!(f, "{invalid}");
        }
        let mut parts = Vec::new();
        if !self.ids.is_empty() {
            parts.push(crate::tr!("domain-merge-ids", list = self.ids.join(", ")));
        }
        if !self.numbers.is_empty() {
            parts.push(crate::tr!(
                "domain-merge-numbers",
                list = self.numbers.join(", ")
            ));
        }
        if !self.fixed.is_empty() {
            parts.push(crate::tr!(
                "domain-merge-fixed",
                list = self.fixed.join(", ")
            ));
        }
        f.write_str(&crate::tr!(
            "domain-merge-refused",
            parts = parts.join("; ")
        ))
    }
}

/// The id `--id-suffix` gives an incoming entity: `ID-SUFFIX`.
pub fn suffixed(id: &str, suffix: &str) -> String {
    format!("{id}-{}", suffix.trim_start_matches('-'))
}

/// A free pupil number at a school: the first above every number in use there (an
/// administration hands out numbers upward, and a number above them all is one it has not
/// given yet), never below the wanted one.
pub fn free_number(wanted: &str, taken: &BTreeSet<String>) -> String {
    let highest = taken
        .iter()
        .chain(std::iter::once(&wanted.to_string()))
        .filter_map(|n| n.parse::<u128>().ok())
        .max()
        .unwrap_or(0);
    // Above every number taken, so taken by none of them.
    (highest + 1).to_string()
}

/// The register's key for an incoming pupil: the key they had, the number, or
/// `NUMBER@SCHOOL`, whichever is free first (see migrations/0007_pupil_school.sql); a counter
/// after it when even that is taken.
pub fn free_key(
    old_key: Option<&str>,
    number: &str,
    school: Option<&str>,
    used: &BTreeSet<String>,
) -> String {
    let at_school = school.map(|s| format!("{number}@{s}"));
    let candidates = old_key
        .map(str::to_string)
        .into_iter()
        .chain(std::iter::once(number.to_string()))
        .chain(at_school.clone());
    for candidate in candidates {
        if !used.contains(&candidate) {
            return candidate;
        }
    }
    let base = at_school.unwrap_or_else(|| number.to_string());
    // Of one more counter than there are keys in use, one is free.
    (2..used.len() + 3)
        .map(|n| format!("{base}#{n}"))
        .find(|c| !used.contains(c))
        .unwrap_or(base)
}

/// Plans the merge of `theirs` into `ours`, or says why it is refused.
pub fn plan(ours: &Tables, theirs: &Tables, options: Options<'_>) -> Result<Plan, Refusal> {
    let mut planner = Planner {
        ours,
        theirs,
        options,
        maps: BTreeMap::new(),
        refusal: Refusal::default(),
        plan: Plan::default(),
        rows: BTreeMap::new(),
        new: BTreeMap::new(),
        left_out: BTreeSet::new(),
    };
    if let Some(suffix) = options.suffix
        && crate::domain::slug::validate_id(&suffixed("x", suffix)).is_err()
    {
        planner.refusal.invalid = Some(crate::tr!("domain-merge-bad-suffix", suffix = suffix));
        return Err(planner.refusal);
    }
    planner.run();
    if !planner.refusal.is_empty() {
        return Err(planner.refusal);
    }
    let mut plan = planner.plan;
    plan.rows = TABLES
        .iter()
        .map(|t| (*t, planner.rows.remove(*t).unwrap_or_default()))
        .collect();
    Ok(plan)
}

#[cfg(test)]
mod tests;

mod planner;
