//! Applying a register document (the TOML of `vreg import` and `vreg init --example`) to a
//! register: checked against what the register holds, then every entity upserted and logged.

mod locate;
mod references;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Value, json};

use crate::Error;
use crate::domain::audit::Acceptance;
use crate::domain::change::{EntityKind, diff};
use crate::domain::document::{Document, Located};
use crate::domain::register::AgreementFull;
use crate::domain::register::Register;
use crate::output::note;
use crate::store::Tx;
use locate::{Input, parse_table, read_text};
use references::check_references;

use crate::tr;
pub use locate::parse;

/// A register file as read: its text, the name errors give it, and for a patch (`--merge`)
/// the file as a plain table.
pub struct RegisterFile {
    pub text: String,
    pub source: String,
    pub patch: Option<toml::Table>,
}

impl RegisterFile {
    /// Reads and parses a register file; a file that is no register document is refused here,
    /// before any register is opened.
    pub fn read(path: &Path, patch: bool) -> anyhow::Result<Self> {
        let source = path.display().to_string();
        let text = read_text(path)?;
        let patch = if patch {
            Some(parse_table(&text, &source)?)
        } else {
            parse(&text, &source)?;
            None
        };
        Ok(RegisterFile {
            text,
            source,
            patch,
        })
    }
}

/// How an import treats what it finds.
pub struct Options {
    pub today: NaiveDate,
    /// With a patch: leave alone what the register does not have yet.
    pub only_existing: bool,
    /// Import a file of another board (another KvK number).
    pub force: bool,
}

/// Checks a register file against the register and applies it; the caller commits.
pub fn import(tx: &Tx<'_>, file: &RegisterFile, options: &Options) -> anyhow::Result<Report> {
    check_breach_owner(tx, file, options.force)?;
    let (input, skipped) = match &file.patch {
        None => (
            Input {
                text: file.text.clone(),
                origin: None,
            },
            Vec::new(),
        ),
        Some(table) => {
            let stored = toml::Table::try_from(Document::from(&tx.register()?)).map_err(|e| {
                anyhow::anyhow!(tr!("command-import-unreadable", error = e.to_string()))
            })?;
            let patched = crate::domain::patch::lay_over(&stored, table, options.only_existing);
            let merged = toml::to_string(&patched.document).map_err(|e| {
                anyhow::anyhow!(tr!("command-import-unpatchable", error = e.to_string()))
            })?;
            (
                Input {
                    text: merged,
                    origin: Some(patched.origin),
                },
                patched.skipped,
            )
        }
    };
    let locate = |e: Located| input.locate(&file.text, &file.source, e);
    let document = Document::parse(&input.text).map_err(locate)?;
    let register = document.into_register().map_err(locate)?;
    check_kvk(tx, &register, &file.source, options.force)?;
    check_references(tx, (&document, &register), options.today, &locate)?;
    let mut report = apply(tx, &register, &file.source)?;
    report.skipped = skipped
        .into_iter()
        .map(|named| {
            let (kind, id) = named.split_once(' ').unwrap_or((named.as_str(), ""));
            Entity {
                kind: kind.to_string(),
                id: id.to_string(),
            }
        })
        .collect();
    Ok(report)
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub added: Vec<Entity>,
    pub changed: Vec<Changed>,
    pub unchanged: usize,
    /// Each changed key, with its old and new value.
    pub changes: Vec<Change>,
    /// Entities of the file that `--only-existing` left alone.
    pub skipped: Vec<Entity>,
    /// What to look at: a new supplier that looks like one the register has.
    #[serde(serialize_with = "crate::ops::english::english_all")]
    pub warnings: Vec<crate::i18n::Text>,
}

/// An entity an import names: its kind and id.
#[derive(Debug, Serialize)]
pub struct Entity {
    pub kind: String,
    pub id: String,
}

impl std::fmt::Display for Entity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind, self.id)
    }
}

/// An entity an import changed, and the keys it changed.
#[derive(Debug, Serialize)]
pub struct Changed {
    pub kind: String,
    pub id: String,
    pub fields: Vec<String>,
}

/// One key of one entity that an import changed.
#[derive(Debug, Serialize)]
pub struct Change {
    pub kind: String,
    pub id: String,
    pub field: String,
    pub from: Value,
    pub to: Value,
}

/// Breaches are one board's records, numbered per board (every board has a `2026-001`): a
/// file that carries breaches into a register that belongs to a board must say it is that
/// board's, by its `[organisation]` with the register's KvK number (or, where the register has
/// none, its name). A file shared between boards has none; matched by id, its breaches would
/// overwrite this board's own, or add another board's. `--force` (another board's file,
/// meant) lets them in.
fn check_breach_owner(tx: &Tx<'_>, file: &RegisterFile, force: bool) -> anyhow::Result<()> {
    let table = match &file.patch {
        Some(table) => std::borrow::Cow::Borrowed(table),
        None => std::borrow::Cow::Owned(file.text.parse::<toml::Table>().unwrap_or_default()),
    };
    let carries = table
        .get("breach")
        .and_then(toml::Value::as_array)
        .is_some_and(|b| !b.is_empty());
    let Some(own) = tx.organisation()?.filter(|_| carries && !force) else {
        return Ok(());
    };
    let said = |key: &str| {
        table
            .get("organisation")
            .and_then(|o| o.get(key))
            .and_then(toml::Value::as_str)
            .map(str::trim)
    };
    let this_board = match &own.kvk {
        Some(kvk) => said("kvk") == Some(kvk.trim()),
        None => said("name") == Some(own.name.trim()),
    };
    if this_board {
        return Ok(());
    }
    Err(Error::Conflict(tr!(
        "command-import-breach-no-organisation",
        source = &file.source
    ))
    .into())
}

/// A file of another board is refused unless `--force` says it is meant: importing it would
/// put one board's facts into another's register.
fn check_kvk(tx: &Tx<'_>, register: &Register, source: &str, force: bool) -> anyhow::Result<()> {
    let (Some(file), Some(own)) = (&register.organisation, tx.register()?.organisation) else {
        return Ok(());
    };
    let (Some(file_kvk), Some(own_kvk)) = (&file.kvk, &own.kvk) else {
        return Ok(());
    };
    if file_kvk == own_kvk {
        return Ok(());
    }
    let message = || {
        tr!(
            "command-import-other-board",
            source = source,
            file_kvk = file_kvk,
            file_name = &file.name,
            own_kvk = own_kvk,
            own_name = &own.name
        )
    };
    if !force {
        return Err(Error::Conflict(tr!(
            "command-import-other-board-refused",
            message = message()
        ))
        .into());
    }
    note(tr!(
        "command-import-other-board-forced",
        message = message()
    ));
    Ok(())
}

/// Upserts every entity of `register` that differs from what is stored, logging each change.
pub fn apply(tx: &Tx<'_>, register: &Register, source: &str) -> anyhow::Result<Report> {
    let stored = tx.register()?;
    let mut report = Report::default();
    let mut record =
        |kind: EntityKind, id: &str, before: Option<Value>, after: Value| -> anyhow::Result<bool> {
            match before {
                None => {
                    tx.log(
                        "import-add",
                        kind,
                        id,
                        json!({ "source": source, "value": after }),
                    )?;
                    report.added.push(Entity {
                        kind: kind.code().to_string(),
                        id: id.to_string(),
                    });
                    Ok(true)
                }
                Some(before) if before != after => {
                    let changes = diff(&before, &after)?;
                    let fields: Vec<&str> = changes
                        .as_object()
                        .map(|c| c.keys().map(String::as_str).collect())
                        .unwrap_or_default();
                    if let Some(fields) = changes.as_object() {
                        for (field, change) in fields {
                            report.changes.push(Change {
                                kind: kind.code().to_string(),
                                id: id.to_string(),
                                field: field.clone(),
                                from: change["from"].clone(),
                                to: change["to"].clone(),
                            });
                        }
                    }
                    tx.log(
                        "import-edit",
                        kind,
                        id,
                        json!({ "source": source, "changes": changes }),
                    )?;
                    report.changed.push(Changed {
                        kind: kind.code().to_string(),
                        id: id.to_string(),
                        fields: fields.iter().map(|f| f.to_string()).collect(),
                    });
                    Ok(true)
                }
                Some(_) => {
                    report.unchanged += 1;
                    Ok(false)
                }
            }
        };

    if let Some(org) = &register.organisation
        && record(
            EntityKind::Organisation,
            "organisation",
            stored.organisation.as_ref().map(to_json).transpose()?,
            to_json(org)?,
        )?
    {
        tx.save_organisation(org)?;
    }
    let schools: HashMap<String, _> = stored.schools.iter().map(|s| (s.code(), s)).collect();
    for school in &register.schools {
        let before = schools
            .get(&school.code())
            .map(|s| to_json(*s))
            .transpose()?;
        if record(EntityKind::School, &school.code(), before, to_json(school)?)? {
            tx.save_school(school)?;
        }
    }
    let profiles: HashMap<&str, _> = stored
        .import_profiles
        .iter()
        .map(|p| (p.name.as_str(), p))
        .collect();
    for profile in &register.import_profiles {
        let before = profiles
            .get(profile.name.as_str())
            .map(|p| to_json(*p))
            .transpose()?;
        if record(
            EntityKind::ImportProfile,
            &profile.name,
            before,
            to_json(profile)?,
        )? {
            tx.save_import_profile(&profile.name, &profile.maps)?;
        }
    }
    let suppliers: HashMap<&str, _> = stored
        .suppliers
        .iter()
        .map(|(s, a)| (s.id.as_str(), (s, a)))
        .collect();
    for (i, (supplier, agreements)) in register.suppliers.iter().enumerate() {
        let existing = suppliers.get(supplier.id.as_str());
        // A second supplier under another id, as `supplier add` would refuse it: said, since
        // the file is what the officer wants, and may mean two.
        let earlier = register.suppliers[..i].iter().map(|(s, _)| s);
        if existing.is_none()
            && let Some(other) = crate::domain::supplier::namesake(
                stored.suppliers.iter().map(|(s, _)| s).chain(earlier),
                supplier,
            )
        {
            report.warnings.push(crate::text!(
                "command-import-namesake",
                id = &supplier.id,
                name = &supplier.name,
                other = &other.id,
                other_name = &other.name
            ));
        }
        if record(
            EntityKind::Supplier,
            &supplier.id,
            existing.map(|(s, _)| to_json(*s)).transpose()?,
            to_json(supplier)?,
        )? {
            tx.save_supplier(supplier)?;
        }
        let stored_agreements: HashMap<&str, _> = stored
            .suppliers
            .iter()
            .flat_map(|(_, a)| a.iter())
            .map(|a| (a.agreement.id.as_str(), a))
            .collect();
        for full in agreements {
            let stored = stored_agreements.get(full.agreement.id.as_str());
            let before = stored.map(|f| agreement_json(f)).transpose()?;
            if record(
                EntityKind::Agreement,
                &full.agreement.id,
                before,
                agreement_json(full)?,
            )? {
                tx.save_agreement(&full.agreement)?;
                tx.replace_scope(&full.agreement.id, &full.scope)?;
                tx.replace_subprocessors(&full.agreement.id, &full.subprocessors)?;
            }
        }
    }
    let parties: HashMap<&str, _> = stored.parties.iter().map(|p| (p.id.as_str(), p)).collect();
    for party in &register.parties {
        if record(
            EntityKind::Party,
            &party.id,
            parties
                .get(party.id.as_str())
                .map(|p| to_json(*p))
                .transpose()?,
            to_json(party)?,
        )? {
            tx.save_party(party)?;
        }
    }
    // A party on consent needs its purpose; one the file does not state is made for it.
    for party in &register.parties {
        let stated = register
            .purposes
            .iter()
            .any(|p| Some(&p.id) == party.purpose_id().as_ref());
        if !stated {
            crate::ops::party::sync_purpose(tx, parties.get(party.id.as_str()).copied(), party)?;
        }
    }
    let purposes: HashMap<&str, _> = stored.purposes.iter().map(|p| (p.id.as_str(), p)).collect();
    for purpose in &register.purposes {
        if record(
            EntityKind::Purpose,
            &purpose.id,
            purposes
                .get(purpose.id.as_str())
                .map(|p| to_json(*p))
                .transpose()?,
            to_json(purpose)?,
        )? {
            tx.save_purpose(purpose)?;
        }
    }
    let breaches: HashMap<&str, _> = stored.breaches.iter().map(|b| (b.id.as_str(), b)).collect();
    for breach in &register.breaches {
        if record(
            EntityKind::Breach,
            &breach.id,
            breaches
                .get(breach.id.as_str())
                .map(|b| to_json(*b))
                .transpose()?,
            to_json(breach)?,
        )? {
            tx.save_breach(breach)?;
        }
    }
    let key = |a: &Acceptance| format!("{} {}:{}", a.code, a.subject_kind, a.subject_id);
    let accepted: HashMap<String, _> = stored.accepted.iter().map(|a| (key(a), a)).collect();
    for acceptance in &register.accepted {
        if record(
            EntityKind::Finding,
            &key(acceptance),
            accepted
                .get(&key(acceptance))
                .map(|a| to_json(*a))
                .transpose()?,
            to_json(acceptance)?,
        )? {
            tx.save_acceptance(acceptance)?;
        }
    }
    let categories: HashMap<&str, _> = stored
        .categories
        .iter()
        .map(|c| (c.code.as_str(), c))
        .collect();
    for category in &register.categories {
        if record(
            EntityKind::Category,
            &category.code,
            categories
                .get(category.code.as_str())
                .map(|c| to_json(*c))
                .transpose()?,
            to_json(category)?,
        )? {
            tx.save_own_category(category)?;
        }
    }
    let processings: HashMap<&str, _> = stored
        .processings
        .iter()
        .map(|p| (p.id.as_str(), p))
        .collect();
    for processing in &register.processings {
        if record(
            EntityKind::Processing,
            &processing.id,
            processings
                .get(processing.id.as_str())
                .map(|p| to_json(*p))
                .transpose()?,
            to_json(processing)?,
        )? {
            tx.save_processing(processing)?;
        }
    }
    Ok(report)
}

fn to_json(value: &impl Serialize) -> anyhow::Result<Value> {
    Ok(serde_json::to_value(value)?)
}

/// An agreement with its scope and sub-processors, as one value to compare.
fn agreement_json(full: &AgreementFull) -> anyhow::Result<Value> {
    let mut value = to_json(&full.agreement)?;
    value["scope"] = to_json(&full.scope)?;
    value["subprocessors"] = to_json(&full.subprocessors)?;
    Ok(value)
}
