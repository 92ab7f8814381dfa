use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

use crate::cli::AsOf;
use crate::commands::{Ctx, Outcome, Written};
use crate::domain::agreement::DEFAULT_HORIZON_DAYS;
use crate::domain::supplier::Supplier;
use crate::ops::agreement::AgreementDetail;
use crate::output;
use crate::output::agreement::print_detail;
use crate::store::Tx;
use crate::tr;

#[derive(Debug, Args)]
pub struct SupplierShowArgs {
    /// The supplier's id (see `vreg supplier list`)
    pub id: String,
    #[command(flatten)]
    pub when: AsOf,
}

#[derive(Serialize)]
struct SupplierDetail {
    #[serde(flatten)]
    supplier: Supplier,
    agreements: Vec<AgreementDetail>,
}

/// The supplier with its agreements, as `show` prints it.
fn detail(tx: &Tx<'_>, id: &str, as_of: NaiveDate, within: u32) -> anyhow::Result<SupplierDetail> {
    let supplier = tx.supplier(id)?;
    let agreements = tx
        .agreements(Some(&supplier.id))?
        .into_iter()
        .map(|a| AgreementDetail::load(tx, a, as_of, within))
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok(SupplierDetail {
        supplier,
        agreements,
    })
}

/// What a command wrote to supplier `id`, as `supplier show` prints it today.
pub fn written<'a>(
    ctx: &Ctx,
    tx: &Tx<'_>,
    id: &str,
    command: &'a str,
) -> anyhow::Result<Written<'a>> {
    let detail = detail(tx, id, ctx.as_of(None)?, DEFAULT_HORIZON_DAYS)?;
    Written::object(command, &detail.supplier, &detail)
}

pub fn run(ctx: &Ctx, args: &SupplierShowArgs) -> anyhow::Result<Outcome> {
    let as_of = ctx.as_of(args.when.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let detail = detail(&tx, &args.id, as_of, args.when.within)?;
    output::show(ctx.format, &detail.supplier, &detail, |out| {
        if detail.agreements.is_empty() {
            writeln!(out, "{}", tr!("command-supplier-show-no-agreements"))?;
        }
        for agreement in &detail.agreements {
            let id = &agreement.view.agreement.id;
            writeln!(out, "\n{}", tr!("command-supplier-show-agreement", id = id))?;
            print_detail(out, agreement)?;
        }
        Ok(())
    })?;
    Ok(Outcome::Done)
}
