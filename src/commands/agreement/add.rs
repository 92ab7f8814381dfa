use crate::cli::AgreementAdd;
use crate::commands::{Ctx, Outcome, board_schools, new_id, note, print_written};
use crate::domain::agreement::{Agreement, Model, id_base};
use crate::domain::date::parse_date;
use crate::domain::non_empty;
use crate::{Error, prompt};

pub fn run(ctx: &Ctx, args: AgreementAdd) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let supplier = prompt::require(args.supplier, "Supplier id", "SUPPLIER (the supplier's id)")?;
    let signed_on = prompt::require_parsed(
        args.signed_on,
        "Date signed (YYYY-MM-DD or DD-MM-YYYY)",
        "--signed-on DATE",
        parse_date,
    )?;
    let tx = store.write()?;
    let supplier = tx.supplier(supplier.trim())?;
    let model = args.model.unwrap_or(Model::default_for(supplier.convenant));
    let base = id_base(&supplier.id, Some(signed_on));
    let id = new_id(args.id.as_deref(), &base, "agreement", |c| {
        tx.agreement_exists(c)
    })?;
    let agreement = Agreement {
        id,
        supplier: supplier.id.clone(),
        products: args.products,
        model,
        signed_on: Some(signed_on),
        starts_on: args.starts_on,
        expires_on: args.expires_on,
        review_on: args.review_on,
        terminated_on: None,
        document: non_empty(args.document),
        privacy_leaflet: non_empty(args.privacy_leaflet),
        storage_countries: args.storage_countries,
        transfer_safeguard: args.safeguard,
        breach_notice_hours: args.breach_hours,
        dpia: non_empty(args.dpia),
        notes: non_empty(args.notes),
        schools: board_schools(&tx, args.schools)?,
    }
    .normalised();
    agreement.validate().map_err(Error::Invalid)?;
    if !args.force
        && let Some(same) = tx.agreements(Some(&supplier.id))?.into_iter().find(|a| {
            a.signed_on == agreement.signed_on
                && agreement.document.is_some()
                && a.document == agreement.document
        })
    {
        return Err(Error::Conflict(format!(
            "agreement {} of {} was signed on {signed_on} with the same document; it is the same agreement, or add this one anyway with --force",
            same.id, supplier.id
        ))
        .into());
    }
    tx.save_agreement(&agreement)?;
    tx.log(
        "add",
        "agreement",
        &agreement.id,
        serde_json::to_value(&agreement)?,
    )?;
    // What was written goes out before the commit: if it cannot be printed, nothing is kept.
    let written = super::show::written(ctx, &tx, &agreement.id, "vreg agreement add")?;
    print_written(ctx, written.with_line(&agreement.id))?;
    tx.commit()?;
    note(format!(
        "added agreement {} of {}; register its data with `vreg scope set {} CATEGORY...`",
        agreement.id, supplier.id, agreement.id
    ));
    Ok(Outcome::Done)
}
