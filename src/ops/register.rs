//! Applying a register document (the TOML of `vreg import` and `vreg init --example`) to a
//! register: checked against what the register holds, then every entity upserted and logged.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Value, json};

use crate::Error;
use crate::domain::audit::Acceptance;
use crate::domain::change::diff;
use crate::domain::consent::namesake;
use crate::domain::document::{Document, Located};
use crate::domain::register::AgreementFull;
use crate::domain::register::Register;
use crate::output::{file, note};
use crate::store::Tx;

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
    let (input, skipped) = match &file.patch {
        None => (
            Input {
                text: file.text.clone(),
                origin: None,
            },
            Vec::new(),
        ),
        Some(table) => {
            let stored = toml::Table::try_from(Document::from(&tx.register()?))
                .map_err(|e| anyhow::anyhow!("could not read the register as TOML: {e}"))?;
            let patched = crate::domain::patch::lay_over(&stored, table, options.only_existing);
            let merged = toml::to_string(&patched.document)
                .map_err(|e| anyhow::anyhow!("could not lay the file over the register: {e}"))?;
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
    report.skipped = skipped;
    Ok(report)
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub unchanged: usize,
    /// Each changed key, with its old and new value.
    pub changes: Vec<Change>,
    /// Entities of the file that `--only-existing` left alone, as `kind id`.
    pub skipped: Vec<String>,
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

/// The document to import, and for a patch, where each of its entities stands in the file.
struct Input {
    text: String,
    /// For `--merge`: per entity of `text`, its kind and place in the file's list of that kind.
    origin: Option<Vec<(String, usize)>>,
}

impl Input {
    /// An error of the document, named at its place in the file.
    fn locate(&self, file_text: &str, source: &str, e: Located) -> anyhow::Error {
        let Some(origin) = &self.origin else {
            return located(file_text, source, e);
        };
        let Some(span) = e.span.clone() else {
            return located(file_text, source, e);
        };
        let start = span.start.min(self.text.len());
        let line = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let key = self.text[line..]
            .lines()
            .next()
            .and_then(|l| l.split_once('='))
            .map(|(k, _)| k.trim().to_string());
        // The top-level entity the error lies in: the last top-level header up to its line.
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let upto = &self.text[..line_end];
        let entity = upto.lines().rev().find_map(top_level);
        let place = entity.and_then(|kind| {
            let nth = upto
                .lines()
                .filter_map(top_level)
                .filter(|k| *k == kind)
                .count()
                - 1;
            let (_, index) = origin.iter().filter(|(k, _)| k == kind).nth(nth)?;
            header_offset(file_text, kind, *index)
        });
        let message = match key {
            Some(key) => format!("key `{key}` (with the register's values): {}", e.message),
            None => e.message,
        };
        match place {
            Some(at) => {
                let line_no = file_text[..at].matches('\n').count() + 1;
                Error::Invalid(format!(
                    "{source}:{line_no}: {}",
                    message.replace('\n', " ")
                ))
                .into()
            }
            None => Error::Invalid(format!("{source}: {}", message.replace('\n', " "))).into(),
        }
    }
}

/// The kind a top-level header line opens: `[[supplier]]` or `[organisation]`.
fn top_level(line: &str) -> Option<&str> {
    let line = line.trim();
    let inner = line
        .strip_prefix("[[")
        .and_then(|l| l.strip_suffix("]]"))
        .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')))?
        .trim();
    (!inner.contains('.') && !inner.is_empty()).then_some(inner)
}

/// Where the `index`-th entity of `kind` opens in a file.
fn header_offset(text: &str, kind: &str, index: usize) -> Option<usize> {
    let mut offset = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        if top_level(line) == Some(kind) {
            if seen == index {
                return Some(offset);
            }
            seen += 1;
        }
        offset += line.len();
    }
    None
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
    let message = format!(
        "{source} is for KvK {file_kvk} ({}), this register is KvK {own_kvk} ({})",
        file.name, own.name
    );
    if !force {
        return Err(Error::Conflict(format!(
            "{message}; nothing was imported (give --force to import it into this register)"
        ))
        .into());
    }
    note(format!("warning: {message}; imported because of --force"));
    Ok(())
}

/// A file read as plain TOML, for `--merge`; a syntax error names its line.
fn parse_table(text: &str, source: &str) -> anyhow::Result<toml::Table> {
    text.parse::<toml::Table>().map_err(|e| {
        located(
            text,
            source,
            Located {
                span: e.span(),
                message: e.message().to_string(),
            },
        )
    })
}

/// Reads a register file, or a pipe, through a bounded reader: more than 64 MiB is refused.
fn read_text(path: &Path) -> anyhow::Result<String> {
    let too_big = |size: u64| {
        Error::Invalid(format!(
            "{} is {size} bytes; a register file of more than 64 MiB is refused",
            path.display()
        ))
    };
    let input = file::open_input(path)?;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.is_file()
        && meta.len() > file::MAX_READ_BYTES
    {
        return Err(too_big(meta.len()).into());
    }
    let bytes = file::read_bounded(input, path)?;
    String::from_utf8(bytes)
        .map_err(|_| Error::Invalid(format!("{} is not UTF-8 text", path.display())).into())
}

/// Parses a register file; an error names the file, the line and the key.
pub fn parse(text: &str, source: &str) -> anyhow::Result<Document> {
    Document::parse(text).map_err(|e| located(text, source, e))
}

/// `FILE:LINE: key `k`: message`.
fn located(text: &str, source: &str, e: Located) -> anyhow::Error {
    let Some(Range { start, .. }) = e.span else {
        return Error::Invalid(format!("{source}: {}", e.message)).into();
    };
    let start = start.min(text.len());
    let line_no = text[..start].matches('\n').count() + 1;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("").trim();
    let key = if line.starts_with('[') {
        Some(line.trim_matches(['[', ']']).trim().to_string())
    } else {
        line.split_once('=').map(|(k, _)| k.trim().to_string())
    };
    let message = e.message.replace('\n', " ");
    Error::Invalid(match key {
        Some(key) if !key.is_empty() => format!("{source}:{line_no}: key `{key}`: {message}"),
        _ => format!("{source}:{line_no}: {message}"),
    })
    .into()
}

/// A purpose may name only a party that is in the file or already in the register.
/// What a file says must fit what the register holds: a purpose names a party that exists, and an
/// agreement stays with the supplier it belongs to.
fn check_references(
    tx: &Tx<'_>,
    (document, register): (&Document, &Register),
    today: chrono::NaiveDate,
    locate: &dyn Fn(Located) -> anyhow::Error,
) -> anyhow::Result<()> {
    let fail = |span: std::ops::Range<usize>, message: String| {
        locate(Located {
            span: Some(span),
            message,
        })
    };
    for (doc, (supplier, _)) in document.suppliers.iter().zip(&register.suppliers) {
        supplier
            .validate_on(today)
            .map_err(|e| fail(doc.span(), e))?;
    }
    let stored_purposes = tx.purposes()?;
    for (doc, purpose) in document.purposes.iter().zip(&register.purposes) {
        if let Some(namesake) = namesake(&stored_purposes, &purpose.id, &purpose.name)
            .filter(|p| !register.purposes.iter().any(|q| q.id == p.id))
        {
            return Err(fail(
                doc.span(),
                format!(
                    "purpose {} has the same name as purpose {} in the register",
                    purpose.id, namesake.id
                ),
            ));
        }
    }
    let owners: HashMap<String, String> = tx
        .agreements(None)?
        .into_iter()
        .map(|a| (a.id, a.supplier))
        .collect();
    for (doc, (supplier, agreements)) in document.suppliers.iter().zip(&register.suppliers) {
        for (spanned, full) in doc.get_ref().agreements.iter().zip(agreements) {
            let id = &full.agreement.id;
            if let Some(owner) = owners.get(id).filter(|owner| **owner != supplier.id) {
                let e = Located {
                    span: Some(spanned.span()),
                    message: format!(
                        "agreement {id} belongs to supplier {owner}, not {}; agreement ids are unique across suppliers",
                        supplier.id
                    ),
                };
                return Err(locate(e));
            }
        }
    }
    let mut agreements: HashMap<String, String> = owners.clone();
    let mut suppliers: BTreeSet<String> = tx.suppliers()?.into_iter().map(|s| s.id).collect();
    for (supplier, own) in &register.suppliers {
        suppliers.insert(supplier.id.clone());
        for full in own {
            agreements.insert(full.agreement.id.clone(), supplier.id.clone());
        }
    }
    let now = crate::clock::instant()?;
    for (doc, b) in document.breaches.iter().zip(&register.breaches) {
        let problem = if let Some(s) = b.supplier.as_ref().filter(|s| !suppliers.contains(*s)) {
            Some(format!(
                "breach {} names supplier '{s}', which is neither in the file nor in the register",
                b.id
            ))
        } else if let Some(a) = &b.agreement {
            match agreements.get(a) {
                None => Some(format!(
                    "breach {} names agreement '{a}', which is neither in the file nor in the register",
                    b.id
                )),
                Some(owner) if Some(owner) != b.supplier.as_ref() => Some(format!(
                    "breach {}: agreement {a} belongs to supplier {owner}",
                    b.id
                )),
                Some(_) => None,
            }
        } else {
            None
        };
        if let Some(message) = problem.or_else(|| {
            b.not_after(now)
                .err()
                .map(|e| format!("breach {}: {e}", b.id))
        }) {
            return Err(fail(doc.span(), message));
        }
    }
    // Schools named by agreements and parties: of the board, in the file or the register.
    let mut board = tx.schools()?;
    board.extend(register.schools.iter().cloned());
    let named = document.suppliers.iter().flat_map(|s| {
        s.get_ref()
            .agreements
            .iter()
            .map(|a| (a.span(), school_list_of(&a.get_ref().schools)))
    });
    let named = named
        .chain(
            document
                .parties
                .iter()
                .map(|p| (p.span(), school_list_of(&p.get_ref().schools))),
        )
        .chain(
            document
                .breaches
                .iter()
                .map(|b| (b.span(), school_list_of(&b.get_ref().schools))),
        );
    for (span, schools) in named.filter(|_| !board.is_empty()) {
        let unknown = crate::domain::organisation::unknown_schools(&schools, &board);
        if !unknown.is_empty() {
            return Err(fail(
                span,
                format!(
                    "school {} is not a school of this board (add it as [[school]])",
                    unknown.join(", ")
                ),
            ));
        }
    }
    let mut parties: BTreeSet<String> = tx.parties()?.into_iter().map(|p| p.id).collect();
    parties.extend(register.parties.iter().map(|p| p.id.clone()));
    for purpose in &document.purposes {
        if let Some(party) = &purpose.get_ref().party
            && !parties.contains(&party.0)
        {
            let e = Located {
                span: Some(purpose.span()),
                message: format!(
                    "purpose names party '{}', which is neither in the file nor in the register",
                    party.0
                ),
            };
            return Err(locate(e));
        }
    }
    let mut own = tx.own_categories()?;
    for c in &register.categories {
        own.retain(|o| o.code != c.code);
        own.push(c.clone());
    }
    for (doc, p) in document.processings.iter().zip(&register.processings) {
        let unknown_category = p
            .categories
            .iter()
            .find(|c| crate::domain::processing::resolve(c, &own).is_none());
        let problem = if let Some(c) = unknown_category {
            Some(format!(
                "processing {} names category '{c}', which is neither in the catalogue nor a [[category]] of the file or the register",
                p.id
            ))
        } else if let Some(a) = p.agreements.iter().find(|a| !agreements.contains_key(*a)) {
            Some(format!(
                "processing {} names agreement '{a}', which is neither in the file nor in the register",
                p.id
            ))
        } else {
            p.parties.iter().find(|q| !parties.contains(*q)).map(|q| {
                format!(
                    "processing {} names party '{q}', which is neither in the file nor in the register",
                    p.id
                )
            })
        };
        if let Some(message) = problem {
            return Err(fail(doc.span(), message));
        }
    }
    Ok(())
}

/// Upserts every entity of `register` that differs from what is stored, logging each change.
pub fn apply(tx: &Tx<'_>, register: &Register, source: &str) -> anyhow::Result<Report> {
    let stored = tx.register()?;
    let mut report = Report::default();
    let mut record =
        |kind: &str, id: &str, before: Option<Value>, after: Value| -> anyhow::Result<bool> {
            let label = format!("{kind} {id}");
            match before {
                None => {
                    tx.log(
                        "import-add",
                        kind,
                        id,
                        json!({ "source": source, "value": after }),
                    )?;
                    report.added.push(label);
                    Ok(true)
                }
                Some(before) if before != after => {
                    let changes = diff(&before, &after)?;
                    let fields: Vec<&str> = changes
                        .as_object()
                        .map(|c| c.keys().map(String::as_str).collect())
                        .unwrap_or_default();
                    let label = format!("{label} ({})", fields.join(", "));
                    if let Some(fields) = changes.as_object() {
                        for (field, change) in fields {
                            report.changes.push(Change {
                                kind: kind.to_string(),
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
                    report.changed.push(label);
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
            "organisation",
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
        if record("school", &school.code(), before, to_json(school)?)? {
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
        if record("import-profile", &profile.name, before, to_json(profile)?)? {
            tx.save_import_profile(&profile.name, &profile.maps)?;
        }
    }
    let suppliers: HashMap<&str, _> = stored
        .suppliers
        .iter()
        .map(|(s, a)| (s.id.as_str(), (s, a)))
        .collect();
    for (supplier, agreements) in &register.suppliers {
        let existing = suppliers.get(supplier.id.as_str());
        if record(
            "supplier",
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
                "agreement",
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
            "party",
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
            "purpose",
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
            "breach",
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
            "finding",
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
            "category",
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
            "processing",
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

fn school_list_of(codes: &[crate::domain::document::SchoolCode]) -> Vec<String> {
    codes.iter().map(|c| c.0.clone()).collect()
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
