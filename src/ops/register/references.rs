//! What a file says must fit what the register holds: a purpose names a party that exists, an
//! agreement stays with its supplier, a check date is not in the future.

use std::collections::{BTreeSet, HashMap};

use crate::domain::consent::namesake;
use crate::domain::document::{Document, Located};
use crate::domain::register::Register;
use crate::store::Tx;
use crate::tr;

/// A purpose may name only a party that is in the file or already in the register.
/// What a file says must fit what the register holds: a purpose names a party that exists, and an
/// agreement stays with the supplier it belongs to.
pub(super) fn check_references(
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
                tr!(
                    "command-document-purpose-namesake",
                    id = &purpose.id,
                    other = &namesake.id
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
                    message: tr!(
                        "command-document-agreement-owner",
                        id = id,
                        owner = owner,
                        supplier = &supplier.id
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
    let stored: HashMap<String, crate::domain::breach::Breach> = tx
        .breaches()?
        .into_iter()
        .map(|b| (b.id.clone(), b))
        .collect();
    for (doc, b) in document.breaches.iter().zip(&register.breaches) {
        // A step recorded here that the file would take back (see `Breach::undone_by`).
        let undone = stored
            .get(&b.id)
            .map(|s| s.undone_by(b))
            .unwrap_or_default();
        if !undone.is_empty() {
            return Err(fail(
                doc.span(),
                tr!(
                    "command-import-breach-undone",
                    id = &b.id,
                    keys = undone.join(", ")
                ),
            ));
        }
        let problem = if let Some(s) = b.supplier.as_ref().filter(|s| !suppliers.contains(*s)) {
            Some(tr!(
                "command-document-breach-supplier",
                id = &b.id,
                supplier = s
            ))
        } else if let Some(a) = &b.agreement {
            match agreements.get(a) {
                None => Some(tr!(
                    "command-document-breach-agreement",
                    id = &b.id,
                    agreement = a
                )),
                Some(owner) if Some(owner) != b.supplier.as_ref() => Some(tr!(
                    "command-document-breach-agreement-owner",
                    id = &b.id,
                    agreement = a,
                    owner = owner
                )),
                Some(_) => None,
            }
        } else {
            None
        };
        if let Some(message) = problem.or_else(|| {
            b.not_after(now)
                .err()
                .map(|e| tr!("command-document-breach-invalid", id = &b.id, error = e))
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
                tr!(
                    "command-document-unknown-school",
                    schools = unknown.join(", ")
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
                message: tr!("command-document-purpose-party", party = &party.0),
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
            Some(tr!(
                "command-document-processing-category",
                id = &p.id,
                category = c
            ))
        } else if let Some(a) = p.agreements.iter().find(|a| !agreements.contains_key(*a)) {
            Some(tr!(
                "command-document-processing-agreement",
                id = &p.id,
                agreement = a
            ))
        } else {
            p.parties
                .iter()
                .find(|q| !parties.contains(*q))
                .map(|q| tr!("command-document-processing-party", id = &p.id, party = q))
        };
        if let Some(message) = problem {
            return Err(fail(doc.span(), message));
        }
    }
    // An acceptance that would have ended already is refused as `audit accept` refuses it,
    // unless the register holds it as it is (an export of a lapsed one comes back unchanged).
    let held = tx.acceptances()?;
    for (doc, a) in document.accepted.iter().zip(&register.accepted) {
        if !a.holds_on(today) && !held.contains(a) {
            return Err(fail(
                doc.span(),
                tr!(
                    "command-document-accepted-ended",
                    key = a.log_id(),
                    until = a.until,
                    today = today
                ),
            ));
        }
    }
    Ok(())
}

fn school_list_of(codes: &[crate::domain::document::SchoolCode]) -> Vec<String> {
    codes.iter().map(|c| c.0.clone()).collect()
}
