//! A party on consent has its own consent purpose, kept in step with the party.

use crate::Error;
use crate::domain::change::EntityKind;
use crate::domain::change::diff;
use crate::domain::consent::{Purpose, namesake};
use crate::domain::party::Party;
use crate::output::note;
use crate::store::Tx;
use crate::tr;

/// Keeps the consent purpose of a party on consent in step with it: created when missing, its
/// generated name following the party's. A purpose is never dropped here: its decisions are evidence.
pub fn sync_purpose(tx: &Tx<'_>, before: Option<&Party>, party: &Party) -> anyhow::Result<()> {
    let Some(id) = party.purpose_id() else {
        return Ok(());
    };
    let existing = tx.purposes()?.into_iter().find(|p| p.id == id);
    if let Some(other) = existing
        .as_ref()
        .filter(|p| p.party.as_deref() != Some(&party.id))
    {
        return Err(Error::Conflict(tr!(
            "command-party-purpose-taken",
            purpose = &other.id,
            party = &party.id
        ))
        .into());
    }
    if let Some(namesake) = namesake(&tx.purposes()?, &id, &party.purpose_name()) {
        return Err(Error::Conflict(tr!(
            "command-party-purpose-namesake",
            purpose = &namesake.id,
            name = &namesake.name
        ))
        .into());
    }
    let generated_before = before.map(Party::purpose_name);
    let (purpose, action, detail) = match existing {
        None => {
            let purpose = Purpose::of_party(&party.id, party.purpose_name());
            let detail = serde_json::to_value(&purpose)?;
            (purpose, "add", detail)
        }
        Some(p) if Some(&p.name) == generated_before.as_ref() && p.name != party.purpose_name() => {
            let renamed = Purpose {
                name: party.purpose_name(),
                ..p.clone()
            };
            let detail = diff(&p, &renamed)?;
            (renamed, "edit", detail)
        }
        Some(_) => return Ok(()),
    };
    tx.save_purpose(&purpose)?;
    tx.log(action, EntityKind::Purpose, &purpose.id, detail)?;
    note(tr!(
        "command-party-purpose-made",
        purpose = &purpose.id,
        name = &purpose.name,
        party = &party.id
    ));
    Ok(())
}

/// What keeps `party` from receiving data as it and its purpose are stored in `tx`, said as
/// warnings when either is written (`party check` says no, and the audit reports it): a legal
/// obligation without its law, special categories on a purpose that accepts any form.
pub fn warn_shortfalls(tx: &Tx<'_>, party: &Party) -> anyhow::Result<Vec<String>> {
    let mut said = Vec::new();
    if party.law_missing() {
        said.push(tr!("command-party-warn-no-law", id = &party.id));
    }
    if let Some(purpose) = party.purpose_id() {
        let explicit = tx.find_purpose(&purpose)?.is_some_and(|p| p.explicit);
        let blocked =
            crate::domain::party::special_without_explicit(party, &party.categories, explicit);
        if !blocked.is_empty() {
            said.push(tr!(
                "command-purpose-special-not-explicit",
                id = &purpose,
                party = &party.id,
                categories = crate::domain::category::said(&blocked)
            ));
        }
    }
    Ok(said
        .into_iter()
        .map(|warning| tr!("command-warning", warning = warning))
        .collect())
}
