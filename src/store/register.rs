use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use super::{Tx, code, json_list, string_list};
use crate::Error;
use crate::domain::organisation::{Organisation, School};
use crate::domain::party::Party;
use crate::domain::register::AgreementFull;
use crate::domain::register::Register;

fn party_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Party> {
    let categories: Vec<String> = string_list(row, 5)?;
    let categories = categories
        .iter()
        .map(|c| c.parse())
        .collect::<Result<_, _>>()
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, Box::new(e))
        })?;
    Ok(Party {
        id: row.get(0)?,
        name: row.get(1)?,
        kind: code(row, 2)?,
        basis: code(row, 3)?,
        law: row.get(4)?,
        categories,
        in_privacy_regulation: row.get(6)?,
        notes: row.get(7)?,
        schools: string_list(row, 8)?,
    })
}

const PARTY_COLUMNS: &str =
    "id, name, kind, basis, law, categories, in_privacy_regulation, notes, schools";

impl Tx<'_> {
    pub fn organisation(&self) -> anyhow::Result<Option<Organisation>> {
        Ok(self
            .tx
            .query_row(
                "SELECT name, kvk, privacy_officer, contact, address FROM organisation WHERE id = 1",
                [],
                |row| {
                    Ok(Organisation {
                        name: row.get(0)?,
                        kvk: row.get(1)?,
                        privacy_officer: row.get(2)?,
                        contact: row.get(3)?,
                        address: row.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn save_organisation(&self, o: &Organisation) -> anyhow::Result<()> {
        self.tx.execute(
            "INSERT INTO organisation (id, name, kvk, privacy_officer, contact, address) \
             VALUES (1, ?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, kvk = excluded.kvk, \
             privacy_officer = excluded.privacy_officer, contact = excluded.contact, \
             address = excluded.address",
            params![o.name, o.kvk, o.privacy_officer, o.contact, o.address],
        )?;
        Ok(())
    }

    /// Every school, by BRIN and vestiging.
    pub fn schools(&self) -> anyhow::Result<Vec<School>> {
        let mut stmt = self
            .tx
            .prepare("SELECT brin, vestiging, name FROM school ORDER BY brin, vestiging")?;
        let rows = stmt.query_map([], |row| {
            Ok(School {
                brin: row.get(0)?,
                vestiging: row.get(1)?,
                name: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn save_school(&self, s: &School) -> anyhow::Result<()> {
        self.tx.execute(
            "INSERT INTO school (brin, vestiging, name) VALUES (?1, ?2, ?3) \
             ON CONFLICT (brin, vestiging) DO UPDATE SET name = excluded.name",
            params![s.brin, s.vestiging, s.name],
        )?;
        Ok(())
    }

    /// Every external party, by id.
    pub fn parties(&self) -> anyhow::Result<Vec<Party>> {
        let mut stmt = self
            .tx
            .prepare(&format!("SELECT {PARTY_COLUMNS} FROM party ORDER BY id"))?;
        let rows = stmt.query_map([], party_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn party(&self, id: &str) -> anyhow::Result<Party> {
        self.tx
            .query_row(
                &format!("SELECT {PARTY_COLUMNS} FROM party WHERE id = ?1"),
                [id],
                party_from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("party", id).into())
    }

    /// Inserts the party, or replaces every field of the one with its id.
    pub fn save_party(&self, p: &Party) -> anyhow::Result<()> {
        let categories: Vec<String> = p.categories.iter().map(|c| c.code().to_string()).collect();
        self.tx.execute(
            &format!(
                "INSERT INTO party ({PARTY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) \
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, \
                 basis = excluded.basis, law = excluded.law, categories = excluded.categories, \
                 in_privacy_regulation = excluded.in_privacy_regulation, notes = excluded.notes, \
                 schools = excluded.schools"
            ),
            params![
                p.id,
                p.name,
                p.kind.code(),
                p.basis.code(),
                p.law,
                json_list(&categories),
                p.in_privacy_regulation,
                p.notes,
                json_list(&p.schools)
            ],
        )?;
        Ok(())
    }

    /// Removes a party; its consent purpose and the decisions recorded for it go with it.
    pub fn delete_party(&self, id: &str) -> anyhow::Result<()> {
        // Kept consent decisions have no foreign key to cascade along.
        self.tx.execute(
            "DELETE FROM consent_decider WHERE purpose IN \
             (SELECT id FROM purpose WHERE party_id = ?1)",
            [id],
        )?;
        self.tx.execute("DELETE FROM party WHERE id = ?1", [id])?;
        Ok(())
    }

    pub fn consent_decision_count(&self, purpose: &str) -> anyhow::Result<u64> {
        let n: i64 = self.tx.query_row(
            "SELECT count(*) FROM consent_event WHERE purpose = ?1",
            [purpose],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(n)?)
    }

    /// The whole register but pupils and consent, in a fixed query count.
    pub fn register(&self) -> anyhow::Result<Register> {
        let mut scopes: HashMap<String, Vec<_>> = HashMap::new();
        for row in self.scope_rows(None, None)? {
            scopes.entry(row.agreement).or_default().push(row.entry);
        }
        let mut subs: HashMap<String, Vec<_>> = HashMap::new();
        for (agreement, sub) in self.subprocessor_rows(None)? {
            subs.entry(agreement).or_default().push(sub);
        }
        let mut agreements: HashMap<String, Vec<AgreementFull>> = HashMap::new();
        for agreement in self.agreements(None)? {
            let full = AgreementFull {
                scope: scopes.remove(&agreement.id).unwrap_or_default(),
                subprocessors: subs.remove(&agreement.id).unwrap_or_default(),
                agreement,
            };
            agreements
                .entry(full.agreement.supplier.clone())
                .or_default()
                .push(full);
        }
        let suppliers = self
            .suppliers()?
            .into_iter()
            .map(|s| {
                let own = agreements.remove(&s.id).unwrap_or_default();
                (s, own)
            })
            .collect();
        // What belongs to nothing (another tool deleted its supplier or agreement; foreign keys
        // are off outside vreg) would be left out of every document without a word.
        let mut orphans: Vec<String> = agreements
            .values()
            .flatten()
            .map(|a| format!("{} → {}", a.agreement.id, a.agreement.supplier))
            .chain(scopes.keys().chain(subs.keys()).map(|a| format!("→ {a}")))
            .collect();
        if !orphans.is_empty() {
            orphans.sort();
            orphans.dedup();
            return Err(crate::Error::Damaged(crate::tr!(
                "command-register-orphans",
                rows = orphans.join(", ")
            ))
            .into());
        }
        Ok(Register {
            organisation: self.organisation()?,
            schools: self.schools()?,
            suppliers,
            parties: self.parties()?,
            purposes: self.purposes()?,
            breaches: self.breaches()?,
            accepted: self.acceptances()?,
            categories: self.own_categories()?,
            processings: self.processings()?,
            import_profiles: self.import_profiles()?,
        })
    }
}
