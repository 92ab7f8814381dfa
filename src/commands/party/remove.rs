use clap::Args;
use serde_json::json;

use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::change::EntityKind;
use crate::output::note;
use crate::prompt;
use crate::tr;

#[derive(Debug, Args)]
pub struct PartyRemoveArgs {
    /// The party's id (see `vreg party list`)
    pub id: String,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long, short)]
    pub yes: bool,
}

pub fn run(ctx: &Ctx, args: &PartyRemoveArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let party = tx.party(&args.id)?;
    let decisions = match party.purpose_id() {
        Some(purpose) => tx.consent_decision_count(&purpose)?,
        None => 0,
    };
    let question = match decisions {
        0 => tr!(
            "command-party-remove-ask",
            id = &party.id,
            name = &party.name
        ),
        n => tr!(
            "command-party-remove-ask-consent",
            id = &party.id,
            name = &party.name,
            count = n
        ),
    };
    if !prompt::confirm(&question, args.yes)? {
        note(tr!("command-nothing-removed"));
        return Ok(Outcome::Done);
    }
    let unlinked = crate::ops::processing::unlink(&tx, &[], std::slice::from_ref(&party.id))?;
    tx.delete_party(&party.id)?;
    let removed = json!({ "party": party, "consent_decisions_removed": decisions });
    tx.log("remove", EntityKind::Party, &party.id, removed.clone())?;
    print_written(ctx, Written::document("vreg party remove", &removed)?)?;
    tx.commit()?;
    note(tr!("command-party-removed", id = &party.id));
    crate::ops::processing::note_unlinked(&unlinked);
    Ok(Outcome::Done)
}
