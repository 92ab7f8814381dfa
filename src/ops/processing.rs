//! What removing a supplier's agreements or a party takes from the processing activities.

use crate::domain::change::{EntityKind, diff};
use crate::domain::processing::Processing;
use crate::output::note;
use crate::store::Tx;
use crate::tr;

/// A processing activity that lost links to recipients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unlinked {
    pub id: String,
    /// The agreements and parties it no longer lists.
    pub links: Vec<String>,
    /// The flag that links what replaces them: `--agreement` or `--party`.
    pub flag: &'static str,
    /// How many recipients it still lists.
    pub recipients_left: usize,
}

/// Takes `agreements` and `parties`, about to be removed, out of every activity that lists
/// them, and records each such change in the change log (`unlink`, with the links before and
/// after), as the removal itself is. The activities stay; their recipients and transfers, which
/// are derived from the links, go with them. Returns the activities touched, by id.
pub fn unlink(
    tx: &Tx<'_>,
    agreements: &[String],
    parties: &[String],
) -> anyhow::Result<Vec<Unlinked>> {
    let mut touched = Vec::new();
    for before in tx.processings()? {
        let after = Processing {
            agreements: keep(&before.agreements, agreements),
            parties: keep(&before.parties, parties),
            ..before.clone()
        };
        if after == before {
            continue;
        }
        let links: Vec<String> = before
            .agreements
            .iter()
            .chain(&before.parties)
            .filter(|l| !after.agreements.contains(l) && !after.parties.contains(l))
            .cloned()
            .collect();
        tx.save_processing(&after)?;
        tx.log(
            "unlink",
            EntityKind::Processing,
            &after.id,
            diff(&before, &after)?,
        )?;
        let flag = if after.agreements == before.agreements {
            "--party"
        } else {
            "--agreement"
        };
        touched.push(Unlinked {
            id: after.id,
            links,
            flag,
            recipients_left: after.agreements.len() + after.parties.len(),
        });
    }
    Ok(touched)
}

fn keep(links: &[String], removed: &[String]) -> Vec<String> {
    links
        .iter()
        .filter(|l| !removed.contains(l))
        .cloned()
        .collect()
}

/// Says on stderr which activities lost which links, and how to link what replaces them.
pub fn note_unlinked(unlinked: &[Unlinked]) {
    for u in unlinked {
        note(tr!(
            "command-processing-unlinked",
            id = &u.id,
            links = u.links.join(", "),
            left = u.recipients_left,
            flag = u.flag
        ));
    }
}
