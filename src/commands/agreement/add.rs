use chrono::NaiveDate;
use clap::Args;

use crate::cli::code;
use crate::commands::{Ctx, Outcome, new_id, print_written};
use crate::domain::agreement::Safeguard;
use crate::domain::agreement::{Agreement, Model, id_base};
use crate::domain::change::EntityKind;
use crate::domain::country::parse_country;
use crate::domain::date::parse_date;
use crate::domain::non_empty;
use crate::ops::school::board_schools;
use crate::output::note;
use crate::{Error, prompt};
use crate::{text, tr};

#[derive(Debug, Args)]
pub struct AgreementAddArgs {
    /// The supplier's id (without it on a terminal, vreg asks for every field, choosing the
    /// supplier from a list)
    pub supplier: Option<String>,
    /// Add it even when the supplier has an agreement signed that day with the same document
    #[arg(long)]
    pub force: bool,
    /// The id [default: <supplier>-<year signed>, e.g. gynzy-bv-2024]
    #[arg(long)]
    pub id: Option<String>,
    /// Date signed (YYYY-MM-DD or DD-MM-YYYY)
    #[arg(long, value_parser = parse_date)]
    pub signed_on: Option<NaiveDate>,
    /// Date it takes effect
    #[arg(long, value_parser = parse_date)]
    pub starts_on: Option<NaiveDate>,
    /// Last day in force [default: indefinite]
    #[arg(long, value_parser = parse_date)]
    pub expires_on: Option<NaiveDate>,
    /// Date of the next review
    #[arg(long, value_parser = parse_date)]
    pub review_on: Option<NaiveDate>,
    /// model-4.0, model-3.0, general-4.0, own, none [default: from the convenant status]
    #[arg(long, value_parser = code::<Model>(Model::SPELLINGS))]
    pub model: Option<Model>,
    /// A product or service covered (repeat for several)
    #[arg(long = "product", value_name = "PRODUCT")]
    pub products: Vec<String>,
    /// A school it serves: BRIN, BRIN with vestiging, or its name (repeat for several) [default: every
    /// school of the board]
    #[arg(long = "school", value_name = "BRIN")]
    pub schools: Vec<String>,
    /// Where the signed document is: path, URL or DMS reference
    #[arg(long)]
    pub document: Option<String>,
    /// Privacybijsluiter version or reference
    #[arg(long)]
    pub privacy_leaflet: Option<String>,
    /// Country where data is stored, ISO 3166 alpha-2 (repeat for several)
    #[arg(long = "storage-country", visible_alias = "storage", value_name = "CC", value_parser = parse_country)]
    pub storage_countries: Vec<String>,
    /// Transfer safeguard outside the EEA: adequacy, scc, dpf, bcr, none
    #[arg(long = "transfer-safeguard", visible_alias = "safeguard", value_parser = code::<Safeguard>(Safeguard::SPELLINGS))]
    pub safeguard: Option<Safeguard>,
    /// Hours within which the supplier reports a data breach
    #[arg(long = "breach-notice-hours", visible_alias = "breach-hours", allow_negative_numbers = true, value_parser = crate::cli::parse_count)]
    pub breach_hours: Option<u32>,
    /// DPIA reference
    #[arg(long)]
    pub dpia: Option<String>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

pub fn run(ctx: &Ctx, args: AgreementAddArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let supplier = prompt::given(args.supplier, text!("command-agreement-missing-supplier"))?;
    let signed_on = prompt::given(args.signed_on, "--signed-on DATE")?;
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
        return Err(Error::Conflict(tr!(
            "command-agreement-duplicate",
            id = &same.id,
            supplier = &supplier.id,
            signed_on = signed_on
        ))
        .into());
    }
    tx.save_agreement(&agreement)?;
    tx.log(
        "add",
        EntityKind::Agreement,
        &agreement.id,
        serde_json::to_value(&agreement)?,
    )?;
    // What was written goes out before the commit: if it cannot be printed, nothing is kept.
    let written = super::show::written(ctx, &tx, &agreement.id, "vreg agreement add")?;
    print_written(ctx, written.with_line(&agreement.id))?;
    tx.commit()?;
    note(tr!(
        "command-agreement-added",
        id = &agreement.id,
        supplier = &supplier.id
    ));
    Ok(Outcome::Done)
}
