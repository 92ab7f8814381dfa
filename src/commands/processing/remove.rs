use serde_json::json;

use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::change::EntityKind;
use crate::output::note;
use crate::prompt;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct ProcessingRemoveArgs {
    /// The activity's id
    pub id: String,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long, short)]
    pub yes: bool,
}

pub fn run(ctx: &Ctx, args: &ProcessingRemoveArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let processing = tx.processing(args.id.trim())?;
    let question = tr!(
        "command-processing-remove-ask",
        id = &processing.id,
        name = &processing.name
    );
    if !prompt::confirm(&question, args.yes)? {
        note(tr!("command-nothing-removed"));
        return Ok(Outcome::Done);
    }
    tx.delete_processing(&processing.id)?;
    let removed = json!({ "processing": processing });
    tx.log(
        "remove",
        EntityKind::Processing,
        &processing.id,
        removed.clone(),
    )?;
    print_written(ctx, Written::document("vreg processing remove", &removed)?)?;
    tx.commit()?;
    note(tr!("command-processing-removed", id = &processing.id));
    Ok(Outcome::Done)
}
