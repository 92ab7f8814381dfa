//! The planner's pupils and their consent history.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::super::{Renumbered, free_key, free_number};
use super::{Planner, Row, canonical, detail_of, rename, text};
use crate::domain::pupil::{same_child, same_school};

impl Planner<'_> {
    /// Pupils, keyed here by school and number (see migrations/0007_pupil_school.sql): the same
    /// pupil is identical; another pupil with the number at the school is a clash that
    /// `--renumber` resolves; a key another school's pupil has here is changed without asking.
    pub(super) fn pupils(&mut self) {
        let school_of = |r: &Row| text(r, "school").map(str::to_string);
        let number_of = |r: &Row| text(r, "number").unwrap_or("").to_string();
        // One school by `same_school`: a pupil here at the BRIN is the pupil there at its
        // vestiging, as a pupil import finds them.
        let one_school = |a: &Option<String>, b: &Option<String>| match (a, b) {
            (Some(a), Some(b)) => same_school(a, b),
            (a, b) => a == b,
        };
        let mut ours: BTreeMap<String, Vec<&Row>> = BTreeMap::new();
        for r in self.ours.rows("pupil") {
            ours.entry(number_of(r)).or_default().push(r);
        }
        let mut used: BTreeSet<String> = self
            .ours
            .rows("pupil")
            .iter()
            .filter_map(|r| text(r, "leerlingnummer").map(str::to_string))
            .collect();
        // Every number of a school in either register: a new number is free in both.
        let mut numbers: BTreeMap<Option<String>, BTreeSet<String>> = BTreeMap::new();
        for r in self
            .ours
            .rows("pupil")
            .iter()
            .chain(self.theirs.rows("pupil"))
        {
            numbers
                .entry(school_of(r))
                .or_default()
                .insert(number_of(r));
        }
        // The dates of a pupil's first and latest export are each register's own bookkeeping:
        // the same pupil imported on other days is still the same pupil.
        let content = |r: &Row| {
            let mut r = r.clone();
            r.remove("leerlingnummer");
            r.remove("imported_on");
            r.remove("first_listed_on");
            canonical(&r)
        };
        // The child this register holds, as the other register last knew them: the same name
        // (a pupil import's spelling rule) and no other birth date. Group, leaving date and
        // the rest are this register's; a merge adds only the events it lacks.
        fn child(r: &Row) -> (&str, Option<&str>) {
            (text(r, "name").unwrap_or(""), text(r, "birth_date"))
        }
        let same_child = |here: &Row, there: &Row| same_child(child(here), child(there));
        // What the other register knows of a pupil and this one does not (a leaving day, a
        // birth date): to be recorded here first, so that nothing is lost.
        let more_there = |here: &Row, there: &Row| -> Vec<&'static str> {
            let mut more = Vec::new();
            if text(here, "birth_date").is_none() && text(there, "birth_date").is_some() {
                more.push("birth_date");
            }
            // A leaving day there, none here: news, unless an export here listed them on or
            // after it (they came back). A leaving day here that an export there listed them
            // after: they came back there.
            let listed_after = |a: &Row, b: &Row| {
                text(a, "imported_on")
                    .is_some_and(|listed| text(b, "left_on").is_some_and(|left| listed > left))
            };
            if text(here, "left_on").is_none()
                && text(there, "left_on").is_some()
                && !listed_after(here, there)
            {
                more.push("left_on");
            }
            if text(here, "left_on").is_some()
                && text(there, "left_on").is_none()
                && listed_after(there, here)
            {
                more.push("imported_on");
            }
            more
        };
        // Pupils an earlier merge renumbered here, by their school and number there.
        let renumbered_here: BTreeMap<(Option<String>, String), String> = self
            .ours
            .rows("change_event")
            .iter()
            .filter(|r| text(r, "action") == Some("renumber"))
            .filter_map(|r| {
                let detail = detail_of(r);
                let school = detail.get("school")?.as_str().map(str::to_string);
                let from = detail.get("from")?.as_str()?.to_string();
                Some(((school, from), text(r, "entity_id")?.to_string()))
            })
            .collect();
        // An import both registers hold (the same file, dated the same day: the other is a copy
        // of this one, or was merged from it): a pupil it listed there, whom that export was the
        // last to list, and who is not here, was here and is gone (pupil imports never remove
        // anyone, an erasure or a purge does). They are left out, with what points at them.
        // Another board's pupils, and a pupil a later export listed there, come along.
        let imports = |t: &super::Tables| -> BTreeSet<(String, String)> {
            t.rows("change_event")
                .iter()
                .filter(|r| text(r, "action") == Some("pupil-import"))
                .filter_map(|r| {
                    let detail = detail_of(r);
                    Some((
                        detail.get("digest")?.as_str()?.to_string(),
                        detail.get("on")?.as_str()?.to_string(),
                    ))
                })
                .collect()
        };
        let shared_days: BTreeSet<String> = imports(self.ours)
            .intersection(&imports(self.theirs))
            .map(|(_, on)| on.clone())
            .collect();
        // Or listed by such an export though a later one of the other register's own listed
        // them last: the decisions it recorded for them carry its day.
        let listed_by_shared: BTreeSet<&str> = self
            .theirs
            .rows("consent_event")
            .iter()
            .filter(|e| {
                text(e, "source").is_some()
                    && text(e, "date").is_some_and(|d| shared_days.contains(d))
            })
            .filter_map(|e| text(e, "pupil"))
            .collect();
        let was_here = |pupil: &Row, key: &str| {
            text(pupil, "imported_on").is_some_and(|listed| shared_days.contains(listed))
                || listed_by_shared.contains(key)
        };
        // The other register's own removals come along, where later than this one's: its old
        // exports are old here too.
        let removed_here: BTreeMap<Option<&str>, Option<&str>> = self
            .ours
            .rows("pupil_removal")
            .iter()
            .map(|r| (text(r, "school"), text(r, "removed_on")))
            .collect();
        let later: Vec<Row> = self
            .theirs
            .rows("pupil_removal")
            .iter()
            .filter(|r| {
                removed_here
                    .get(&text(r, "school"))
                    .is_none_or(|here| *here < text(r, "removed_on"))
            })
            .cloned()
            .collect();
        if !later.is_empty() {
            self.rows.entry("pupil_removal").or_default().extend(later);
        }
        for original in self.theirs.rows("pupil") {
            let Some(old_key) = text(original, "leerlingnummer").map(str::to_string) else {
                continue;
            };
            let (number, school) = (number_of(original), school_of(original));
            let mut row = original.clone();
            let mut new_number = None;
            let here = ours
                .get(&number)
                .and_then(|rows| rows.iter().find(|r| one_school(&school_of(r), &school)));
            if here.is_none() && was_here(original, &old_key) {
                self.left_out.insert(old_key);
                self.plan.pupils_not_added_again += 1;
                continue;
            }
            if let Some(here) = here {
                let here_key = text(here, "leerlingnummer").unwrap_or("").to_string();
                if content(here) == content(original) || same_child(here, original) {
                    let more = more_there(here, original);
                    if !more.is_empty() {
                        self.refusal.fixed.push(crate::tr!(
                            "domain-merge-pupil-more-there",
                            pupil = &here_key,
                            keys = more.join(", ")
                        ));
                        continue;
                    }
                    *self.plan.identical.entry("pupil").or_default() += 1;
                    if here_key != old_key {
                        self.map("pupil", &old_key, &here_key);
                    }
                    continue;
                }
                // Renumbered by an earlier merge of this register: that pupil here.
                let before = renumbered_here
                    .get(&(school.clone(), number.clone()))
                    .and_then(|key| {
                        self.ours
                            .rows("pupil")
                            .iter()
                            .find(|r| text(r, "leerlingnummer") == Some(key.as_str()))
                    })
                    .filter(|r| same_child(r, original));
                if let Some(before) = before {
                    let key = text(before, "leerlingnummer").unwrap_or("").to_string();
                    *self.plan.identical.entry("pupil").or_default() += 1;
                    self.map("pupil", &old_key, &key);
                    continue;
                }
                // Not found under a number of its own either, though an export both registers
                // hold listed them: an earlier merge brought them, and they were removed here
                // (an erasure takes its renumbering from the log too).
                if was_here(original, &old_key) {
                    self.left_out.insert(old_key);
                    self.plan.pupils_not_added_again += 1;
                    continue;
                }
                if !self.options.renumber {
                    self.refusal.numbers.push(match school.as_deref() {
                        Some(at) => {
                            crate::tr!("domain-merge-number-at", number = &number, school = at)
                        }
                        None => crate::tr!("domain-merge-number-no-school", number = &number),
                    });
                    continue;
                }
                let taken: BTreeSet<String> = numbers
                    .iter()
                    .filter(|(s, _)| one_school(s, &school))
                    .flat_map(|(_, n)| n.iter().cloned())
                    .collect();
                let free = free_number(&number, &taken);
                numbers
                    .entry(school.clone())
                    .or_default()
                    .insert(free.clone());
                row.insert("number".into(), Value::String(free.clone()));
                new_number = Some(free);
            }
            let key = match &new_number {
                Some(n) => free_key(None, n, school.as_deref(), &used),
                None => free_key(Some(&old_key), &number, school.as_deref(), &used),
            };
            used.insert(key.clone());
            row.insert("leerlingnummer".into(), Value::String(key.clone()));
            if let Some(to) = new_number {
                self.plan.renumbered.push(Renumbered {
                    school: school.clone(),
                    from: number.clone(),
                    to,
                    key: key.clone(),
                });
            }
            if key != old_key {
                self.map("pupil", &old_key, &key);
            }
            self.new.entry("pupil").or_default().insert(key.clone());
            self.plan.new_pupils.push((old_key, key));
            *self.plan.added.entry("pupil").or_default() += 1;
            self.rows.entry("pupil").or_default().push(row);
        }
    }

    /// The whole consent history and the imports' memory of their cells, under the pupils'
    /// and purposes' ids here. A pupil this register has already keeps the events it has; only
    /// the other register's events it lacks are added, and its own import memory stays.
    pub(super) fn consent(&mut self) {
        let pupil_map = self.maps.get("pupil").cloned().unwrap_or_default();
        let purpose_map = self.maps.get("purpose").cloned().unwrap_or_default();
        let remap = |row: &mut Row| {
            rename(row, "pupil", Some(&pupil_map));
            rename(row, "purpose", Some(&purpose_map));
        };
        let new: BTreeSet<&str> = self
            .plan
            .new_pupils
            .iter()
            .map(|(_, here)| here.as_str())
            .collect();
        let known: BTreeSet<String> = self
            .ours
            .rows("consent_event")
            .iter()
            .map(canonical)
            .collect();
        let mut events = Vec::new();
        for row in self.theirs.rows("consent_event") {
            if text(row, "pupil").is_some_and(|p| self.left_out.contains(p)) {
                continue;
            }
            let mut row = row.clone();
            remap(&mut row);
            let pupil = text(&row, "pupil").unwrap_or("");
            if new.contains(pupil) || !known.contains(&canonical(&row)) {
                events.push(row);
            }
        }
        let cells: BTreeSet<(String, String)> = self
            .ours
            .rows("import_cell")
            .iter()
            .map(|r| {
                (
                    text(r, "pupil").unwrap_or("").to_string(),
                    text(r, "purpose").unwrap_or("").to_string(),
                )
            })
            .collect();
        let mut imported = Vec::new();
        for row in self.theirs.rows("import_cell") {
            if text(row, "pupil").is_some_and(|p| self.left_out.contains(p)) {
                continue;
            }
            let mut row = row.clone();
            remap(&mut row);
            let cell = (
                text(&row, "pupil").unwrap_or("").to_string(),
                text(&row, "purpose").unwrap_or("").to_string(),
            );
            if !cells.contains(&cell) {
                imported.push(row);
            }
        }
        *self.plan.added.entry("consent_event").or_default() += events.len();
        self.rows.insert("consent_event", events);
        self.rows.insert("import_cell", imported);
    }
}
