use serde_json::json;

use super::{Ctx, Outcome, note};
use crate::cli::InitArgs;
use crate::store::{Store, schema_version};

pub fn run(ctx: &Ctx, _args: &InitArgs) -> anyhow::Result<Outcome> {
    let mut store = Store::create(&ctx.db, &ctx.actor)?;
    let tx = store.write()?;
    tx.log(
        "init",
        "register",
        "register",
        json!({ "schema_version": schema_version() }),
    )?;
    tx.commit()?;
    note(format!("created register at {}", ctx.db.display()));
    Ok(Outcome::Done)
}
