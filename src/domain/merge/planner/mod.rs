//! The planner: what of the other register is added, renamed, renumbered or refused, kind by
//! kind, in the order of the foreign keys.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::{Options, Plan, Refusal, Renamed, Row, Tables, suffixed};
use crate::domain::pupil::same_school;

mod pupils;

/// The id of an entity in its row.
type IdOf = fn(&Row) -> String;

/// Each kind of entity the change log names (as its table), with its id in a row there.
const IDS: &[(&str, IdOf)] = &[
    ("school", school_code),
    ("category", |r| column(r, "code")),
    ("supplier", |r| column(r, "id")),
    ("agreement", |r| column(r, "id")),
    ("party", |r| column(r, "id")),
    ("purpose", |r| column(r, "id")),
    ("pupil", |r| column(r, "leerlingnummer")),
    ("breach", |r| column(r, "id")),
    ("request", |r| column(r, "id")),
    ("processing", |r| column(r, "id")),
    ("import_profile", |r| column(r, "name")),
    ("accepted_finding", |r| {
        format!(
            "{} {}:{}",
            column(r, "code"),
            column(r, "subject_kind"),
            column(r, "subject_id")
        )
    }),
];

/// How the rows of `table` name their entity.
fn id_of(table: &str) -> Option<IdOf> {
    IDS.iter().find(|(t, _)| *t == table).map(|(_, id)| *id)
}

/// A school's code as pupils name it: its BRIN and vestiging.
fn school_code(row: &Row) -> String {
    column(row, "brin") + &column(row, "vestiging")
}

fn column(row: &Row, name: &str) -> String {
    text(row, name).unwrap_or("").to_string()
}

/// How a kind of entity is keyed and what it points at.
pub(super) struct Kind {
    pub(super) kind: &'static str,
    pub(super) table: &'static str,
    /// The column of its id; `None` for a composite key that is never renamed.
    pub(super) id: Option<&'static str>,
    /// The tables of its parts, with the column that names it: compared with it, renamed with it.
    pub(super) parts: &'static [(&'static str, &'static str)],
}

pub(super) struct Planner<'a> {
    pub(super) ours: &'a Tables,
    pub(super) theirs: &'a Tables,
    pub(super) options: Options<'a>,
    /// Per kind, each incoming id to its id here (itself where nothing renamed it).
    pub(super) maps: BTreeMap<&'static str, BTreeMap<String, String>>,
    pub(super) refusal: Refusal,
    pub(super) plan: Plan,
    pub(super) rows: BTreeMap<&'static str, Vec<Row>>,
    /// Each entity the merge adds: by kind, its ids here.
    pub(super) new: BTreeMap<&'static str, BTreeSet<String>>,
    /// The other register's pupils (their keys there) the merge leaves out, with what points
    /// at them: see [`Plan::pupils_not_added_again`].
    pub(super) left_out: BTreeSet<String>,
}

pub(super) fn text<'r>(row: &'r Row, column: &str) -> Option<&'r str> {
    row.get(column).and_then(Value::as_str)
}

/// A row as one comparable string.
pub(super) fn canonical(row: &Row) -> String {
    let sorted: BTreeMap<&String, &Value> = row.iter().collect();
    serde_json::to_string(&sorted).unwrap_or_default()
}

/// The parts of an entity, comparable whatever their order.
pub(super) fn parts_of(tables: &Tables, table: &str, column: &str, id: &str) -> Vec<String> {
    let mut parts: Vec<String> = tables
        .rows(table)
        .iter()
        .filter(|r| text(r, column) == Some(id))
        .map(canonical)
        .collect();
    parts.sort();
    parts
}

type Parts = [(&'static str, &'static str, Vec<Row>)];

/// Whether this register holds `row` with its `parts` under `id`: the same row and the same
/// parts, with `id` put in each.
fn holds(ours: &Tables, kind: &Kind, id: &str, row: &Row, parts: &Parts) -> bool {
    let Some(id_column) = kind.id else {
        return false;
    };
    let Some(here) = ours
        .rows(kind.table)
        .iter()
        .find(|r| text(r, id_column) == Some(id))
    else {
        return false;
    };
    let with_id = |r: &Row, column: &str| {
        let mut r = r.clone();
        r.insert(column.into(), Value::String(id.to_string()));
        canonical(&r)
    };
    with_id(row, id_column) == canonical(here)
        && parts.iter().all(|(table, column, rows)| {
            let mut mine: Vec<String> = rows.iter().map(|r| with_id(r, column)).collect();
            mine.sort();
            mine == parts_of(ours, table, column, id)
        })
}

/// Whether an earlier merge with `suffix` brought `row` in under `new`: held there as it is, a
/// purpose perhaps with the suffix that merge put after its name.
fn merged_before(
    ours: &Tables,
    kind: &Kind,
    new: &str,
    row: &Row,
    parts: &Parts,
    suffix: Option<&str>,
) -> bool {
    let renamed = || {
        let (Some(name), Some(suffix)) = (text(row, "name"), suffix) else {
            return false;
        };
        let mut renamed = row.clone();
        renamed.insert("name".into(), Value::String(suffixed_name(name, suffix)));
        holds(ours, kind, new, &renamed, parts)
    };
    holds(ours, kind, new, row, parts) || (kind.kind == "purpose" && renamed())
}

/// A purpose's name as a merge with `suffix` renames it where the name is taken here.
fn suffixed_name(name: &str, suffix: &str) -> String {
    format!("{name} ({})", suffix.trim_start_matches('-'))
}

impl Planner<'_> {
    pub(super) fn run(&mut self) {
        self.keyed("school", |_, _| {});
        self.keyed("category", |_, _| {});
        self.entities(
            &Kind {
                kind: "supplier",
                table: "supplier",
                id: Some("id"),
                parts: &[],
            },
            |_, _| {},
        );
        self.entities(
            &Kind {
                kind: "agreement",
                table: "agreement",
                id: Some("id"),
                parts: &[("subprocessor", "agreement_id"), ("scope", "agreement_id")],
            },
            |row, maps| rename(row, "supplier_id", maps.get("supplier")),
        );
        self.entities(
            &Kind {
                kind: "party",
                table: "party",
                id: Some("id"),
                parts: &[],
            },
            |_, _| {},
        );
        self.entities(
            &Kind {
                kind: "purpose",
                table: "purpose",
                id: Some("id"),
                parts: &[],
            },
            |row, maps| {
                // A party's purpose is named after its party: `party-<id>`.
                let old_party = text(row, "party_id").map(str::to_string);
                rename(row, "party_id", maps.get("party"));
                if let (Some(old), Some(new)) = (old_party, text(row, "party_id")) {
                    let new = new.to_string();
                    if old != new && text(row, "id") == Some(&format!("party-{old}")) {
                        row.insert("id".into(), Value::String(format!("party-{new}")));
                    }
                }
            },
        );
        for row in self.theirs.rows("purpose") {
            if let Some(id) = text(row, "id") {
                let here = self.renamed("purpose", id);
                self.plan.purposes.insert(id.to_string(), here);
            }
        }
        self.purpose_names();
        self.pupils();
        self.consent();
        self.entities(
            &Kind {
                kind: "breach",
                table: "breach",
                id: Some("id"),
                parts: &[],
            },
            |row, maps| {
                rename(row, "supplier_id", maps.get("supplier"));
                rename(row, "agreement_id", maps.get("agreement"));
            },
        );
        // A request about a pupil left out is without them, as the erasure here left it: the
        // same request as this register's, or a request of their own.
        let left_out = self.left_out.clone();
        self.entities(
            &Kind {
                kind: "request",
                table: "request",
                id: Some("id"),
                parts: &[],
            },
            move |row, maps| {
                if text(row, "pupil").is_some_and(|p| left_out.contains(p)) {
                    row.insert("pupil".into(), Value::Null);
                }
                rename(row, "pupil", maps.get("pupil"));
            },
        );
        self.entities(
            &Kind {
                kind: "processing",
                table: "processing",
                id: Some("id"),
                parts: &[
                    ("processing_agreement", "processing_id"),
                    ("processing_party", "processing_id"),
                ],
            },
            |_, _| {},
        );
        self.keyed("accepted_finding", |row, maps| {
            let kind = text(row, "subject_kind").unwrap_or("").to_string();
            rename(row, "subject_id", maps.get(kind.as_str()));
        });
        // Nor an acceptance about a pupil left out.
        let left_out = self.left_out.clone();
        if let Some(rows) = self.rows.get_mut("accepted_finding") {
            rows.retain(|r| {
                text(r, "subject_kind") != Some("pupil")
                    || !text(r, "subject_id").is_some_and(|id| left_out.contains(id))
            });
        }
        self.entities(
            &Kind {
                kind: "import_profile",
                table: "import_profile",
                id: Some("name"),
                parts: &[],
            },
            |_, _| {},
        );
        self.history();
    }

    /// The other register's change log, after this register's own: the entries of what the
    /// merge adds, under the ids it has here, of its imports and of the register itself, and of
    /// what it removed that this register never had. Each keeps the file it came from
    /// (`merged_from`, unless an earlier merge gave it one); the rest of its detail stays as it
    /// was written there. The history of what both registers have is this register's own (its
    /// state is this register's), as is that of the organisation this register keeps; an entry
    /// this register has already (a register that was once a copy of the other) is not written
    /// again. A complete pupil export counts here only for the schools this register did not
    /// have: of those, it was not the whole.
    fn history(&mut self) {
        let ours: BTreeSet<String> = self
            .ours
            .rows("change_event")
            .iter()
            .map(as_written)
            .collect();
        let our_schools = schools_of(self.ours);
        // By kind, the ids of this register's entities.
        let here: BTreeMap<&str, BTreeSet<String>> = IDS
            .iter()
            .map(|(table, id)| (*table, self.ours.rows(table).iter().map(id).collect()))
            .collect();
        for original in self.theirs.rows("change_event") {
            let mut row = original.clone();
            let kind = text(&row, "entity_kind").unwrap_or("").to_string();
            let id = text(&row, "entity_id").unwrap_or("").to_string();
            // Nothing about a pupil left out: their entries, and an acceptance of a finding
            // about them (`CODE pupil:KEY`).
            let about_left_out = match kind.as_str() {
                "pupil" => self.left_out.contains(&id),
                "finding" => id
                    .split_once(" pupil:")
                    .is_some_and(|(_, key)| self.left_out.contains(key)),
                _ => false,
            };
            if about_left_out {
                continue;
            }
            let id_here = match kind.as_str() {
                "finding" => self.finding_here(&id),
                // The log's kinds are the planner's, but for `import-profile`.
                _ => self.renamed(&kind.replace('-', "_"), &id),
            };
            row.insert("entity_id".into(), id_here.clone().into());
            if ours.contains(&as_written(&row)) {
                *self.plan.identical.entry("change_event").or_default() += 1;
                continue;
            }
            if !self.history_comes_along(&kind, &id_here, &here) {
                continue;
            }
            let mut detail = detail_of(&row);
            // A consent decision's entry names its purpose: the one it has here.
            if let Some(Value::String(purpose)) = detail.get("purpose") {
                let here = self.renamed("purpose", purpose);
                detail.insert("purpose".into(), here.into());
            }
            // An entry that repeats its entity's id (a breach's, a request's, as added) gives
            // the id it has here, as the entry itself does.
            if detail.get("id").and_then(Value::as_str) == Some(id.as_str()) && id_here != id {
                detail.insert("id".into(), id_here.clone().into());
            }
            if text(&row, "action") == Some("pupil-import") {
                not_of_our_schools(&mut detail, &our_schools);
            }
            if !detail.contains_key("merged_from") {
                detail.insert("merged_from".into(), self.options.source.into());
            }
            row.insert("detail".into(), Value::Object(detail).to_string().into());
            *self.plan.added.entry("change_event").or_default() += 1;
            self.rows.entry("change_event").or_default().push(row);
        }
    }

    /// An accepted finding's log id (`CODE KIND:ID`) with its subject's id here.
    fn finding_here(&self, id: &str) -> String {
        let Some((code, subject)) = id.split_once(' ') else {
            return id.to_string();
        };
        let Some((kind, subject)) = subject.split_once(':') else {
            return id.to_string();
        };
        format!("{code} {kind}:{}", self.renamed(kind, subject))
    }

    /// Whether the other register's log entries of entity `kind` `id` (its id here) come along,
    /// `here` holding the ids of this register's entities: see [`Planner::history`].
    fn history_comes_along(
        &self,
        kind: &str,
        id: &str,
        here: &BTreeMap<&str, BTreeSet<String>>,
    ) -> bool {
        let planned = match kind {
            "organisation" => return false,
            "finding" => "accepted_finding",
            "import-profile" => "import_profile",
            other => other,
        };
        let Some(ours) = here.get(planned) else {
            // The register, its imports: the other register's own history.
            return true;
        };
        self.new.get(planned).is_some_and(|new| new.contains(id)) || !ours.contains(id)
    }

    /// Rows keyed by something no flag renames (a school's BRIN and vestiging, a category's
    /// code, an accepted finding's subject): new, identical, or a clash that stops the merge.
    fn keyed(
        &mut self,
        table: &'static str,
        refs: impl Fn(&mut Row, &BTreeMap<&'static str, BTreeMap<String, String>>),
    ) {
        let Some(key) = id_of(table) else { return };
        let ours: BTreeMap<String, &Row> =
            self.ours.rows(table).iter().map(|r| (key(r), r)).collect();
        for row in self.theirs.rows(table) {
            let mut row = row.clone();
            refs(&mut row, &self.maps);
            let id = key(&row);
            match ours.get(&id) {
                Some(here) if canonical(here) == canonical(&row) => {
                    *self.plan.identical.entry(table).or_default() += 1;
                }
                Some(_) => {
                    self.refusal
                        .fixed
                        .push(crate::tr!("domain-merge-item", kind = table, id = &id))
                }
                None => {
                    *self.plan.added.entry(table).or_default() += 1;
                    self.new.entry(table).or_default().insert(id);
                    self.rows.entry(table).or_default().push(row);
                }
            }
        }
    }

    /// Entities with an id: new, identical (same row, same parts), or clashing, which
    /// `--id-suffix` resolves by renaming the incoming one and everything that points at it.
    fn entities(
        &mut self,
        kind: &Kind,
        refs: impl Fn(&mut Row, &BTreeMap<&'static str, BTreeMap<String, String>>),
    ) {
        let Some(id_column) = kind.id else { return };
        let ours_ids: BTreeSet<&str> = self
            .ours
            .rows(kind.table)
            .iter()
            .filter_map(|r| text(r, id_column))
            .collect();
        let theirs_ids: BTreeSet<&str> = self
            .theirs
            .rows(kind.table)
            .iter()
            .filter_map(|r| text(r, id_column))
            .collect();
        let mut taken: BTreeSet<String> = ours_ids
            .iter()
            .chain(theirs_ids.iter())
            .map(|s| s.to_string())
            .collect();
        // Two boards (each register names its organisation, and not the same one) hold two
        // breaches, even of one moment (a supplier's incident reaches many): one that is not
        // the same as ours is numbered on, not refused as one changed in a copy.
        let board = |t: &Tables| {
            t.rows("organisation").first().map(|r| {
                (
                    text(r, "kvk").map(str::to_string),
                    text(r, "name").map(str::to_lowercase),
                )
            })
        };
        let two_boards = match (board(self.ours), board(self.theirs)) {
            (Some(a), Some(b)) => a != b,
            _ => false,
        };
        for original in self.theirs.rows(kind.table) {
            let Some(old_id) = text(original, id_column).map(str::to_string) else {
                continue;
            };
            let mut row = original.clone();
            refs(&mut row, &self.maps);
            let mut id = text(&row, id_column).unwrap_or(&old_id).to_string();
            let mut parts: Vec<(&'static str, &'static str, Vec<Row>)> = kind
                .parts
                .iter()
                .map(|(table, column)| {
                    let rows = self
                        .theirs
                        .rows(table)
                        .iter()
                        .filter(|r| text(r, column) == Some(&old_id))
                        .map(|r| {
                            let mut r = r.clone();
                            r.insert((*column).into(), Value::String(id.clone()));
                            rename(&mut r, "agreement_id", self.maps.get("agreement"));
                            rename(&mut r, "party_id", self.maps.get("party"));
                            r
                        })
                        .collect();
                    (*table, *column, rows)
                })
                .collect();
            let here = self
                .ours
                .rows(kind.table)
                .iter()
                .find(|r| text(r, id_column) == Some(&id));
            if let Some(here) = here {
                // A breach or a request is the same one here when it has the same moment of
                // discovery (a request: kind, requester, pupil and day of receipt), under this
                // id or under the one an earlier merge numbered it on to. It is identical when
                // this register's holds everything the other's does, perhaps more (assessed,
                // told, closed since: a copy of before is behind, not different), its supplier
                // and agreement whatever that merge renamed them to. Otherwise it was changed
                // in both, and the two are to be brought in line first: numbered on, it would
                // be counted twice.
                let moment: &[&str] = match kind.kind {
                    "breach" => &["discovered_at"],
                    "request" => &["kind", "received_on", "pupil", "requested_by"],
                    _ => &[],
                };
                if !moment.is_empty() {
                    let same_one = |r: &Row| moment.iter().all(|c| text(r, c) == text(&row, c));
                    let behind = |r: &Row| {
                        row.iter().all(|(column, value)| {
                            value.is_null()
                                || matches!(column.as_str(), "id" | "supplier_id" | "agreement_id")
                                || r.get(column) == Some(value)
                        })
                    };
                    // Of this moment here: the one this is behind, else any (another board's
                    // of the same moment may stand under this id).
                    let of_moment = || {
                        std::iter::once(here)
                            .chain(self.ours.rows(kind.table).iter())
                            .filter(|r| same_one(r))
                    };
                    let found = of_moment()
                        .find(|r| behind(r))
                        .or_else(|| of_moment().next());
                    match found {
                        Some(ours) if behind(ours) => {
                            let ours_id = text(ours, id_column).unwrap_or(&id).to_string();
                            *self.plan.identical.entry(kind.kind).or_default() += 1;
                            self.map(kind.kind, &old_id, &ours_id);
                            continue;
                        }
                        Some(_) if !two_boards => {
                            self.refusal.fixed.push(crate::tr!(
                                "domain-merge-same-one-changed",
                                kind = kind.kind,
                                id = &id
                            ));
                            continue;
                        }
                        _ => {}
                    }
                } else if holds(self.ours, kind, &id, &row, &parts) {
                    *self.plan.identical.entry(kind.kind).or_default() += 1;
                    // What points at it here points at the same entity (the id may differ:
                    // a party's purpose follows its renamed party).
                    self.map(kind.kind, &old_id, &id);
                    continue;
                }
                let Some(new) = renamed_id(kind.kind, &id, self.options.suffix, &taken) else {
                    self.refusal.ids.push(crate::tr!(
                        "domain-merge-item",
                        kind = kind.kind,
                        id = &id
                    ));
                    continue;
                };
                let valid = match kind.kind {
                    "breach" | "request" => crate::domain::breach::validate_id(&new).is_ok(),
                    _ => crate::domain::slug::validate_id(&new).is_ok(),
                };
                if taken.contains(&new)
                    && valid
                    && merged_before(self.ours, kind, &new, &row, &parts, self.options.suffix)
                {
                    // An earlier merge with the same suffix brought it in under this id.
                    *self.plan.identical.entry(kind.kind).or_default() += 1;
                    self.map(kind.kind, &old_id, &new);
                    continue;
                }
                if taken.contains(&new) || !valid {
                    self.refusal.fixed.push(crate::tr!(
                        "domain-merge-new-id-taken",
                        kind = kind.kind,
                        id = &id,
                        new = &new
                    ));
                    continue;
                }
                taken.insert(new.clone());
                row.insert(id_column.into(), Value::String(new.clone()));
                for (_, column, rows) in &mut parts {
                    for r in rows {
                        r.insert((*column).into(), Value::String(new.clone()));
                    }
                }
                id = new;
            }
            if id != old_id {
                self.map(kind.kind, &old_id, &id);
                self.plan.renamed.push(Renamed {
                    kind: kind.kind,
                    from: old_id.clone(),
                    to: id.clone(),
                });
            }
            *self.plan.added.entry(kind.kind).or_default() += 1;
            self.new.entry(kind.kind).or_default().insert(id);
            self.rows.entry(kind.table).or_default().push(row);
            for (table, _, rows) in parts {
                self.rows.entry(table).or_default().extend(rows);
            }
        }
    }

    /// Purposes are told apart by name (by parents, the GMR, an import's headers): an incoming
    /// purpose whose name a purpose here has under another id takes the suffix in its name.
    fn purpose_names(&mut self) {
        let names: BTreeMap<String, String> = self
            .ours
            .rows("purpose")
            .iter()
            .filter_map(|r| Some((text(r, "name")?.to_lowercase(), text(r, "id")?.to_string())))
            .collect();
        let Some(rows) = self.rows.get_mut("purpose") else {
            return;
        };
        for row in rows {
            let (Some(id), Some(name)) = (text(row, "id"), text(row, "name")) else {
                continue;
            };
            let Some(other) = names.get(&name.to_lowercase()).filter(|o| *o != id) else {
                continue;
            };
            match self.options.suffix {
                Some(suffix) => {
                    row.insert("name".into(), Value::String(suffixed_name(name, suffix)));
                }
                None => self.refusal.ids.push(crate::tr!(
                    "domain-merge-purpose-namesake",
                    id = id,
                    other = other
                )),
            }
        }
    }

    fn map(&mut self, kind: &'static str, from: &str, to: &str) {
        self.maps
            .entry(kind)
            .or_default()
            .insert(from.to_string(), to.to_string());
    }

    fn renamed(&self, kind: &str, id: &str) -> String {
        self.maps
            .get(kind)
            .and_then(|m| m.get(id))
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }
}

/// Points a reference column at the renamed entity, where it was renamed.
pub(super) fn rename(row: &mut Row, column: &str, map: Option<&BTreeMap<String, String>>) {
    let Some(map) = map else { return };
    if let Some(new) = text(row, column).and_then(|old| map.get(old)) {
        let new = new.clone();
        row.insert(column.into(), Value::String(new));
    }
}

/// A change event's detail (JSON text in its row) as an object; anything else under `value`.
pub(super) fn detail_of(row: &Row) -> Map<String, Value> {
    let parsed = text(row, "detail").and_then(|d| serde_json::from_str::<Value>(d).ok());
    match parsed {
        Some(Value::Object(map)) => map,
        Some(other) => Map::from_iter([("value".to_string(), other)]),
        None => Map::new(),
    }
}

/// A change event as its own register wrote it, comparable with another: without what a merge
/// added to its detail (`merged_from`, the schools of `complete`), whatever the order of its
/// keys.
fn as_written(row: &Row) -> String {
    let mut detail = detail_of(row);
    detail.shift_remove("merged_from");
    if let Some(there) = detail.shift_remove("complete_there") {
        detail.insert("complete".into(), there);
    }
    let mut row = row.clone();
    row.insert(
        "detail".into(),
        sorted(Value::Object(detail)).to_string().into(),
    );
    canonical(&row)
}

/// A JSON value with the keys of every object in order.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// The schools of a register, as its pupils name them: each school's BRIN and vestiging, and
/// every school a pupil is at.
fn schools_of(tables: &Tables) -> Vec<String> {
    let listed = tables.rows("school").iter().map(school_code);
    let attended = tables
        .rows("pupil")
        .iter()
        .filter_map(|r| text(r, "school").map(str::to_string));
    let schools: BTreeSet<String> = listed.chain(attended).collect();
    schools.into_iter().collect()
}

/// A complete pupil export of the other register (`complete`: the schools it was the whole
/// of; `[]`, every pupil there) counts here for the schools this register did not have: of a
/// school both have, it was not the whole, and "every pupil" there is not every pupil here.
/// What it said is kept under `complete_there` where that changes it.
fn not_of_our_schools(detail: &mut Map<String, Value>, ours: &[String]) {
    let Some(listed) = detail.get("complete").and_then(Value::as_array).cloned() else {
        return;
    };
    let theirs_only: Vec<Value> = listed
        .iter()
        .filter(|c| {
            c.as_str()
                .is_some_and(|c| !ours.iter().any(|s| same_school(s, c)))
        })
        .cloned()
        .collect();
    if !listed.is_empty() && theirs_only.len() == listed.len() {
        return;
    }
    detail.shift_remove("complete");
    detail.insert("complete_there".into(), listed.into());
    if !theirs_only.is_empty() {
        detail.insert("complete".into(), theirs_only.into());
    }
}

/// The id a clashing incoming entity takes: with `--id-suffix`, the suffix added to a slug;
/// a breach or a request, numbered per year, the next free number of its year, with or without
/// it (`2026-001` becomes `2026-004` where 2026-003 is the highest of both registers): two
/// boards both have a `2026-001`, which is no conflict to resolve, and `2026-001-twee` would
/// be no breach id that any breach command takes. None: the clash stops the merge.
fn renamed_id(
    kind: &str,
    id: &str,
    suffix: Option<&str>,
    taken: &BTreeSet<String>,
) -> Option<String> {
    match (
        kind,
        id.split_once('-').and_then(|(y, _)| y.parse::<i32>().ok()),
    ) {
        ("breach" | "request", Some(year)) => {
            Some(crate::domain::breach::next_id(year, taken.iter().cloned()))
        }
        _ => suffix.map(|suffix| suffixed(id, suffix)),
    }
}
