use serde_json::json;

use crate::commands::{Ctx, Outcome, print_written};
use crate::domain::breach::{Instant, iso, parse_time};
use crate::domain::change::EntityKind;
use crate::output::note;
use crate::tr;
use crate::{Error, clock};

#[derive(Debug, clap::Args)]
pub struct BreachSupplierReportedArgs {
    /// The breach's id, e.g. 2026-001
    pub id: String,
    /// When the supplier told the board, Dutch time ("2026-10-24 22:00")
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub at: Instant,
    /// When the supplier itself became aware, as its report says: its agreement's hours run
    /// from here [default: from the board's discovery]
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub aware_at: Option<Instant>,
}

pub fn run(ctx: &Ctx, args: &BreachSupplierReportedArgs) -> anyhow::Result<Outcome> {
    let now = clock::instant()?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let mut b = tx.breach(args.id.trim())?;
    if b.supplier.is_none() {
        return Err(Error::Invalid(tr!("command-breach-no-supplier", id = &b.id)).into());
    }
    let before = (b.supplier_reported_at, b.supplier_aware_at);
    b.supplier_reported_at = Some(args.at);
    if args.aware_at.is_some() {
        b.supplier_aware_at = args.aware_at;
    }
    b.validate(now).map_err(Error::Invalid)?;
    if before == (b.supplier_reported_at, b.supplier_aware_at) {
        print_written(
            ctx,
            super::show::written(&tx, &b.id, now, "vreg breach supplier-reported")?,
        )?;
        note(tr!("command-breach-unchanged", id = &b.id));
        return Ok(Outcome::Done);
    }
    tx.save_breach(&b)?;
    tx.log(
        "supplier-reported",
        EntityKind::Breach,
        &b.id,
        json!({ "from": before.0.map(iso), "at": iso(args.at),
                "aware_at": b.supplier_aware_at.map(iso) }),
    )?;
    let hours = super::notice_hours(&tx, &b)?;
    print_written(
        ctx,
        super::show::written(&tx, &b.id, now, "vreg breach supplier-reported")?,
    )?;
    tx.commit()?;
    let reported = tr!("command-breach-supplier-reported", id = &b.id, at = args.at);
    let due = b.processor_due(hours);
    let hours = hours.unwrap_or_default();
    note(match due {
        Some(due) if args.at > due => tr!(
            "command-breach-supplier-reported-late",
            reported = reported,
            hours = hours,
            due = due
        ),
        Some(_) => tr!(
            "command-breach-supplier-reported-in-time",
            reported = reported,
            hours = hours
        ),
        None => reported,
    });
    Ok(Outcome::Done)
}
