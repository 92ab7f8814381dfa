use clap::Args;

use crate::cli::code;
use crate::commands::{Ctx, Outcome};
use crate::domain::supplier::Convenant;
use crate::domain::supplier::Role;
use crate::output;
use crate::text;

#[derive(Debug, Args)]
pub struct SupplierListArgs {
    /// Only suppliers with this convenant status: participant, supporter, none, unknown
    #[arg(long, value_parser = code::<Convenant>(Convenant::SPELLINGS))]
    pub convenant: Option<Convenant>,
    /// Only suppliers with this role: processor, controller, joint-controller
    #[arg(long, value_parser = code::<Role>(Role::SPELLINGS))]
    pub role: Option<Role>,
    /// Also former (retired) suppliers
    #[arg(long)]
    pub all: bool,
}

pub fn run(ctx: &Ctx, args: &SupplierListArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let suppliers: Vec<_> = tx
        .suppliers()?
        .into_iter()
        .filter(|s| args.all || !s.retired_by(today))
        .filter(|s| args.convenant.is_none_or(|c| s.convenant == c))
        .filter(|s| args.role.is_none_or(|r| s.role == r))
        .collect();
    output::list(ctx.format, &suppliers, text!("command-supplier-none"))?;
    Ok(Outcome::Done)
}
