use serde::Serialize;

use crate::cli::SupplierShow;
use crate::commands::agreement::{AgreementDetail, print_detail};
use crate::commands::{Ctx, Outcome};
use crate::domain::supplier::Supplier;
use crate::output;

#[derive(Serialize)]
struct SupplierDetail {
    #[serde(flatten)]
    supplier: Supplier,
    agreements: Vec<AgreementDetail>,
}

pub fn run(ctx: &Ctx, args: &SupplierShow) -> anyhow::Result<Outcome> {
    let as_of = ctx.as_of(args.when.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let supplier = tx.supplier(&args.id)?;
    let agreements = tx
        .agreements(Some(&supplier.id))?
        .into_iter()
        .map(|a| AgreementDetail::load(&tx, a, as_of, args.when.within))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let detail = SupplierDetail {
        supplier,
        agreements,
    };
    output::show(ctx.format, &detail.supplier, &detail, |out| {
        if detail.agreements.is_empty() {
            writeln!(out, "no agreements")?;
        }
        for agreement in &detail.agreements {
            writeln!(out, "\nagreement {}", agreement.view.agreement.id)?;
            print_detail(out, agreement)?;
        }
        Ok(())
    })?;
    Ok(Outcome::Done)
}
