use crate::commands::{Written, print_written};
use clap::Args;
use serde_json::json;

use super::{Ctx, Outcome};
use crate::domain::change::EntityKind;
use crate::output::note;
use crate::store::{Store, schema_version};
use crate::tr;

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  vreg init\n  vreg --db board.sqlite init --example")]
pub struct InitArgs {
    /// Fill the new register with the example board of register.example.toml
    #[arg(long)]
    pub example: bool,
}

/// The example board, as shipped in register.example.toml.
pub const EXAMPLE: &str = include_str!("../../register.example.toml");

pub fn run(ctx: &Ctx, args: &InitArgs) -> anyhow::Result<Outcome> {
    // Checked before the file exists, so that a broken example leaves nothing behind.
    let example = match args.example {
        true => Some(
            crate::ops::register::parse(EXAMPLE, "register.example.toml")?
                .into_register()
                .map_err(|e| anyhow::anyhow!("register.example.toml: {}", e.message))?,
        ),
        false => None,
    };
    Store::created(&ctx.db, &ctx.actor, |store| {
        let tx = store.write()?;
        tx.log(
            "init",
            EntityKind::Register,
            "register",
            json!({ "schema_version": schema_version() }),
        )?;
        if let Some(register) = &example {
            crate::ops::register::apply(&tx, register, "register.example.toml")?;
        }
        let created = json!({
            "register": ctx.db.display().to_string(),
            "schema_version": schema_version(),
            "example": args.example,
        });
        print_written(ctx, Written::document("vreg init", &created)?)?;
        tx.commit()
    })?;
    note(tr!(
        "command-created-register",
        path = ctx.db.display().to_string()
    ));
    Ok(Outcome::Done)
}
