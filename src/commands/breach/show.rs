use super::BreachView;
use crate::commands::{Ctx, Outcome, Written};
use crate::domain::breach::Instant;
use crate::store::Tx;
use crate::{clock, output};

/// What a command wrote to breach `id`, as `breach show` prints it at `now`.
pub fn written<'a>(
    tx: &Tx<'_>,
    id: &str,
    now: Instant,
    command: &'a str,
) -> anyhow::Result<Written<'a>> {
    let view = BreachView::load(tx, tx.breach(id)?, now)?;
    Written::object(command, &view, &view)
}

#[derive(Debug, clap::Args)]
pub struct BreachShowArgs {
    /// The breach's id, e.g. 2026-001
    pub id: String,
}

pub fn run(ctx: &Ctx, args: &BreachShowArgs) -> anyhow::Result<Outcome> {
    let now = clock::instant()?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let view = BreachView::load(&tx, tx.breach(args.id.trim())?, now)?;
    output::show(ctx.format, &view, &view, |out| {
        for clock in &view.clocks {
            writeln!(out, "{}", clock.describe())?;
        }
        Ok(())
    })?;
    Ok(Outcome::Done)
}
