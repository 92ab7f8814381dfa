//! A register file read as a patch (`vreg import --merge`): each entity of the file is laid over
//! the register's own version of it, so the keys the file leaves out keep their value, and an
//! entity may be as small as its id and the keys to change.
//!
//! Both sides are TOML tables in the format of `export toml`; the result is a document holding
//! only the file's entities, each completed from the register, in the order of the file.

use toml::{Table, Value};

use super::slug;

/// The result of laying a file over a register.
#[derive(Debug, Default, PartialEq)]
pub struct Patched {
    /// The file's entities, completed from the register.
    pub document: Table,
    /// Where each entity of `document` came from in the file: (kind, index in the file's list).
    pub origin: Vec<(String, usize)>,
    /// Entities left alone by `--only-existing`, as `kind id`.
    pub skipped: Vec<String>,
}

/// The key an entity of a kind is known by, as text; `None` when the entity has none.
pub fn key_of(kind: &str, entity: &Table) -> Option<String> {
    let text = |k: &str| entity.get(k).and_then(Value::as_str).map(str::to_string);
    match kind {
        "school" => Some(format!("{}{}", text("brin")?, text("vestiging")?)),
        "accepted" => Some(format!(
            "{} {}:{}",
            text("code")?,
            text("subject_kind")?,
            text("subject_id")?
        )),
        "category" => text("code"),
        "import_profile" => text("name"),
        // The id a register derives from the name, when the file gives none.
        _ => text("id").or_else(|| {
            text("name")
                .map(|n| slug::slugify(&n))
                .filter(|s| !s.is_empty())
        }),
    }
}

/// Lays `file` over `stored`. With `only_existing`, an entity the register does not have is
/// skipped (an agreement under a supplier too); otherwise it is taken as the file states it.
pub fn lay_over(stored: &Table, file: &Table, only_existing: bool) -> Patched {
    let mut patched = Patched::default();
    for (kind, value) in file {
        match value {
            Value::Table(entity) if kind == "organisation" => {
                let merged = match stored.get(kind) {
                    Some(Value::Table(own)) => overlay(own, entity, only_existing, &mut Vec::new()),
                    _ => entity.clone(),
                };
                patched.document.insert(kind.clone(), Value::Table(merged));
                patched.origin.push((kind.clone(), 0));
            }
            Value::Array(items) => {
                let own: Vec<&Table> = match stored.get(kind) {
                    Some(Value::Array(own)) => own.iter().filter_map(Value::as_table).collect(),
                    _ => Vec::new(),
                };
                let mut out = Vec::new();
                for (index, item) in items.iter().enumerate() {
                    let Some(entity) = item.as_table() else {
                        // Not a table: left for the document's own check to name.
                        out.push(item.clone());
                        patched.origin.push((kind.clone(), index));
                        continue;
                    };
                    let key = key_of(kind, entity);
                    let counterpart = key
                        .as_ref()
                        .and_then(|k| own.iter().find(|o| key_of(kind, o).as_ref() == Some(k)));
                    match counterpart {
                        Some(own) => {
                            let mut skipped = Vec::new();
                            out.push(Value::Table(overlay(
                                own,
                                entity,
                                only_existing,
                                &mut skipped,
                            )));
                            patched.skipped.extend(skipped);
                        }
                        None if only_existing => {
                            patched.skipped.push(format!(
                                "{kind} {}",
                                key.unwrap_or_else(|| "(without id)".into())
                            ));
                            continue;
                        }
                        None => out.push(item.clone()),
                    }
                    patched.origin.push((kind.clone(), index));
                }
                if !out.is_empty() {
                    patched.document.insert(kind.clone(), Value::Array(out));
                }
            }
            // Not an entity: left for the document's own check to name.
            other => {
                patched.document.insert(kind.clone(), other.clone());
            }
        }
    }
    patched
}

/// One entity over its stored version: the file's keys win; a supplier's agreements are laid
/// over the stored agreements by id; every other list (products, scope, sub-processors) is
/// replaced whole when the file gives it.
fn overlay(own: &Table, file: &Table, only_existing: bool, skipped: &mut Vec<String>) -> Table {
    let mut merged = own.clone();
    for (key, value) in file {
        match (key.as_str(), value, own.get(key)) {
            ("agreement", Value::Array(items), Some(Value::Array(stored))) => {
                let stored: Vec<&Table> = stored.iter().filter_map(Value::as_table).collect();
                let mut agreements: Vec<Value> =
                    stored.iter().map(|t| Value::Table((*t).clone())).collect();
                for item in items {
                    let Some(entity) = item.as_table() else {
                        agreements.push(item.clone());
                        continue;
                    };
                    let id = key_of("agreement", entity);
                    let at = id.as_ref().and_then(|id| {
                        stored
                            .iter()
                            .position(|s| key_of("agreement", s).as_ref() == Some(id))
                    });
                    match at {
                        Some(i) => {
                            agreements[i] =
                                Value::Table(overlay(stored[i], entity, only_existing, skipped));
                        }
                        None if only_existing => skipped.push(format!(
                            "agreement {}",
                            id.unwrap_or_else(|| "(without id)".into())
                        )),
                        None => agreements.push(item.clone()),
                    }
                }
                merged.insert(key.clone(), Value::Array(agreements));
            }
            ("agreement", Value::Array(items), None) if only_existing => {
                for item in items.iter().filter_map(Value::as_table) {
                    skipped.push(format!(
                        "agreement {}",
                        key_of("agreement", item).unwrap_or_else(|| "(without id)".into())
                    ));
                }
            }
            _ => {
                merged.insert(key.clone(), value.clone());
            }
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        text.parse().unwrap()
    }

    const STORED: &str = r#"
        [organisation]
        name = "Stichting Een"
        kvk = "12345678"

        [[supplier]]
        id = "parnassys"
        name = "ParnasSys"
        convenant = "unknown"
        notes = "board-specific note"

        [[supplier.agreement]]
        id = "parnassys-vwo"
        products = ["ParnasSys"]
        notes = "own words"
        scope = ["name", "group"]

        [[supplier.agreement.subprocessor]]
        name = "Host A"
        country = "NL"

        [[supplier]]
        id = "gynzy"
        name = "Gynzy"
    "#;

    #[test]
    fn keys_the_file_leaves_out_keep_their_value() {
        let file = table(
            r#"
            [[supplier]]
            id = "parnassys"
            convenant = "participant"
            "#,
        );
        let p = lay_over(&table(STORED), &file, false);
        let suppliers = p.document["supplier"].as_array().unwrap();
        assert_eq!(suppliers.len(), 1, "only the file's entities");
        let s = suppliers[0].as_table().unwrap();
        assert_eq!(s["convenant"].as_str(), Some("participant"));
        assert_eq!(s["notes"].as_str(), Some("board-specific note"));
        assert_eq!(s["name"].as_str(), Some("ParnasSys"));
        assert_eq!(s["agreement"].as_array().unwrap().len(), 1);
        assert_eq!(p.origin, vec![("supplier".to_string(), 0)]);
    }

    #[test]
    fn an_agreement_is_laid_over_by_id_and_its_lists_replaced() {
        let file = table(
            r#"
            [[supplier]]
            id = "parnassys"
            [[supplier.agreement]]
            id = "parnassys-vwo"
            [[supplier.agreement.subprocessor]]
            name = "Host B"
            country = "DE"
            "#,
        );
        let p = lay_over(&table(STORED), &file, true);
        let s = p.document["supplier"][0].as_table().unwrap();
        let a = s["agreement"][0].as_table().unwrap();
        assert_eq!(a["notes"].as_str(), Some("own words"));
        assert_eq!(a["scope"].as_array().unwrap().len(), 2);
        let subs = a["subprocessor"].as_array().unwrap();
        assert_eq!(subs.len(), 1);
        assert_eq!(subs[0]["name"].as_str(), Some("Host B"));
        assert!(p.skipped.is_empty());
    }

    #[test]
    fn only_existing_skips_what_the_register_lacks() {
        let file = table(
            r#"
            [[supplier]]
            id = "new-one"
            name = "New One"
            [[supplier]]
            name = "Gynzy"
            notes = "shared"
            [[supplier]]
            id = "parnassys"
            [[supplier.agreement]]
            id = "elsewhere"
            [[party]]
            id = "ggd"
            name = "GGD"
            "#,
        );
        let p = lay_over(&table(STORED), &file, true);
        let suppliers = p.document["supplier"].as_array().unwrap();
        assert_eq!(suppliers.len(), 2);
        assert_eq!(
            suppliers[0]["id"].as_str(),
            Some("gynzy"),
            "matched by name"
        );
        assert_eq!(
            suppliers[1]["agreement"].as_array().unwrap().len(),
            1,
            "the unknown agreement is not added"
        );
        assert!(!p.document.contains_key("party"));
        assert_eq!(
            p.skipped,
            vec!["party ggd", "supplier new-one", "agreement elsewhere"]
        );
        assert_eq!(
            p.origin,
            vec![("supplier".to_string(), 1), ("supplier".to_string(), 2)]
        );
    }

    #[test]
    fn without_only_existing_a_new_entity_is_taken_as_stated() {
        let file = table("[[party]]\nid = \"ggd\"\nname = \"GGD\"\n");
        let p = lay_over(&table(STORED), &file, false);
        assert_eq!(p.document["party"][0]["name"].as_str(), Some("GGD"));
    }

    #[test]
    fn the_organisation_is_laid_over_too() {
        let file = table("[organisation]\nprivacy_officer = \"A. de Vries\"\n");
        let p = lay_over(&table(STORED), &file, false);
        let org = p.document["organisation"].as_table().unwrap();
        assert_eq!(org["name"].as_str(), Some("Stichting Een"));
        assert_eq!(org["privacy_officer"].as_str(), Some("A. de Vries"));
    }

    #[test]
    fn schools_and_acceptances_have_their_own_keys() {
        let school = table("brin = \"12AB\"\nvestiging = \"00\"\nname = \"De Es\"");
        assert_eq!(key_of("school", &school).as_deref(), Some("12AB00"));
        let accepted =
            table("code = \"review-overdue\"\nsubject_kind = \"agreement\"\nsubject_id = \"x\"");
        assert_eq!(
            key_of("accepted", &accepted).as_deref(),
            Some("review-overdue agreement:x")
        );
        assert_eq!(key_of("supplier", &table("notes = \"x\"")), None);
        let own = table("code = \"vog\"\nlabel = \"Verklaring omtrent het gedrag\"");
        assert_eq!(key_of("category", &own).as_deref(), Some("vog"));
        let profile = table("name = \"Magister Export\"\nmaps = []");
        assert_eq!(
            key_of("import_profile", &profile).as_deref(),
            Some("Magister Export")
        );
    }

    #[test]
    fn only_the_organisation_is_a_table_laid_over_its_stored_self() {
        let stored = table("[other]\nb = 2\n");
        let p = lay_over(&stored, &table("[other]\na = 1\n"), false);
        assert_eq!(p.document["other"].as_table().unwrap().len(), 1);
        assert!(p.origin.is_empty());
    }

    #[test]
    fn a_new_agreement_is_added_or_skipped_as_only_existing_says() {
        let file = |supplier: &str, agreement: &str| {
            table(&format!(
                "[[supplier]]\nid = \"{supplier}\"\n[[supplier.agreement]]\nid = \"{agreement}\"\n"
            ))
        };
        let agreements = |p: &Patched| {
            p.document["supplier"][0]
                .get("agreement")
                .and_then(Value::as_array)
                .map_or(0, Vec::len)
        };
        // Beside the agreements the register has.
        let p = lay_over(&table(STORED), &file("parnassys", "parnassys-po"), false);
        assert_eq!((agreements(&p), p.skipped.len()), (2, 0));
        let p = lay_over(&table(STORED), &file("parnassys", "parnassys-po"), true);
        assert_eq!(agreements(&p), 1);
        assert_eq!(p.skipped, ["agreement parnassys-po"]);
        // Under a supplier that has none.
        let p = lay_over(&table(STORED), &file("gynzy", "gynzy-1"), false);
        assert_eq!((agreements(&p), p.skipped.len()), (1, 0));
        let p = lay_over(&table(STORED), &file("gynzy", "gynzy-1"), true);
        assert_eq!(agreements(&p), 0);
        assert_eq!(p.skipped, ["agreement gynzy-1"]);
    }
}
