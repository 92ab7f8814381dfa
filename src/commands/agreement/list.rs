use clap::Args;

use crate::cli::AsOf;
use crate::cli::code;
use crate::commands::{Ctx, Outcome};
use crate::domain::agreement::Status;
use crate::ops::agreement::AgreementView;
use crate::output;
use crate::text;

#[derive(Debug, Args)]
pub struct AgreementListArgs {
    /// Only this supplier's agreements
    #[arg(long)]
    pub supplier: Option<String>,
    /// Only agreements with this status; `active` includes those expiring soon
    #[arg(long, value_parser = code::<Status>(Status::SPELLINGS))]
    pub status: Option<Status>,
    #[command(flatten)]
    pub when: AsOf,
}

pub fn run(ctx: &Ctx, args: &AgreementListArgs) -> anyhow::Result<Outcome> {
    let as_of = ctx.as_of(args.when.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    if let Some(supplier) = &args.supplier {
        tx.supplier(supplier)?;
    }
    let agreements = tx.agreements(args.supplier.as_deref())?;
    let views: Vec<AgreementView> = agreements
        .iter()
        .map(|a| {
            let siblings: Vec<&_> = agreements
                .iter()
                .filter(|s| s.supplier == a.supplier)
                .collect();
            let status = a.status_among(siblings, as_of, args.when.within);
            AgreementView {
                agreement: a.clone(),
                status,
            }
        })
        .filter(|v| match args.status {
            None => true,
            // An agreement that expires soon is still active.
            Some(Status::Active) => v.status.in_force(),
            Some(wanted) => v.status == wanted,
        })
        .collect();
    output::list(ctx.format, &views, text!("command-agreement-none"))?;
    Ok(Outcome::Done)
}
