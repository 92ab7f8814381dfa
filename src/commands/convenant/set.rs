use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use super::ConvenantRow;
use crate::cli::code;
use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::change::EntityKind;
use crate::domain::change::diff;
use crate::domain::date::parse_date;
use crate::domain::supplier::{Convenant, ConvenantVersion};
use crate::output::note;
use crate::tr;

#[derive(Debug, Args)]
pub struct ConvenantSetArgs {
    /// The supplier's id (see `vreg supplier list`)
    pub supplier: String,
    /// participant (deelnemer), supporter (medestander), none, unknown
    #[arg(value_parser = code::<Convenant>(Convenant::SPELLINGS))]
    pub status: Convenant,
    /// Convenant version the supplier joined: 2.0, 3.0, 4.0
    #[arg(long, value_parser = code::<ConvenantVersion>(ConvenantVersion::SPELLINGS))]
    pub version: Option<ConvenantVersion>,
    /// When the status was checked on privacyconvenant.nl [default: today]
    #[arg(long, value_parser = parse_date)]
    pub checked_on: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, args: &ConvenantSetArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let checked_on = args.checked_on.unwrap_or(today);
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.supplier(&args.supplier)?;
    let mut after = before.clone();
    after.convenant = args.status;
    after.convenant_checked_on = Some(checked_on);
    after.convenant_version = match args.status {
        // A member's new status without a version keeps the one on record; leaving the
        // convenant ends it. A version given with a non-member status is refused below.
        Convenant::Participant | Convenant::Supporter => args.version.or(before.convenant_version),
        Convenant::None | Convenant::Unknown => args.version,
    };
    after.validate_on(today).map_err(crate::Error::Invalid)?;
    tx.save_supplier(&after)?;
    let mut changes = diff(&before, &after)?;
    changes["status"] = json!(after.convenant);
    tx.log("convenant-set", EntityKind::Supplier, &after.id, changes)?;
    let row = ConvenantRow::new(after.clone(), today);
    print_written(ctx, Written::object("vreg convenant set", &row, &row)?)?;
    tx.commit()?;
    note(tr!(
        "command-convenant-set",
        id = &after.id,
        convenant = after.convenant.to_string(),
        label = after.convenant.label(),
        checked_on = checked_on
    ));
    Ok(Outcome::Done)
}
