use chrono::NaiveDate;
use clap::Args;

use crate::Error;
use crate::cli::Clear;
use crate::cli::clearable;
use crate::cli::code;
use crate::commands::{Ctx, Outcome, print_written};
use crate::domain::agreement::Model;
use crate::domain::agreement::Safeguard;
use crate::domain::change::EntityKind;
use crate::domain::change::diff;
use crate::domain::country::parse_country;
use crate::domain::date::parse_date;
use crate::domain::non_empty;
use crate::ops::school::board_schools;
use crate::output::note;
use crate::tr;

#[derive(Debug, Args)]
pub struct AgreementEditArgs {
    /// The agreement's id (see `vreg agreement list`)
    pub id: String,
    /// Date signed
    #[arg(long, value_parser = clearable(parse_date))]
    pub signed_on: Option<Clear<NaiveDate>>,
    /// Date it takes effect
    #[arg(long, value_parser = clearable(parse_date))]
    pub starts_on: Option<Clear<NaiveDate>>,
    /// Last day in force ("" = indefinite)
    #[arg(long, value_parser = clearable(parse_date))]
    pub expires_on: Option<Clear<NaiveDate>>,
    /// Date of the next review
    #[arg(long, value_parser = clearable(parse_date))]
    pub review_on: Option<Clear<NaiveDate>>,
    /// Correct the termination date ("" = not terminated); to terminate, use `agreement end`
    #[arg(long, value_parser = clearable(parse_date))]
    pub terminated_on: Option<Clear<NaiveDate>>,
    /// model-4.0, model-3.0, general-4.0, own, none
    #[arg(long, value_parser = code::<Model>(Model::SPELLINGS))]
    pub model: Option<Model>,
    /// Replace the products (repeat for several; one empty value clears them)
    #[arg(long = "product", value_name = "PRODUCT")]
    pub products: Option<Vec<String>>,
    /// Replace the schools it serves (repeat for several; one empty value: every school)
    #[arg(long = "school", value_name = "BRIN", value_parser = clearable(crate::cli::school_as_given))]
    pub schools: Option<Vec<Clear<String>>>,
    /// Where the signed document is
    #[arg(long)]
    pub document: Option<String>,
    /// Privacybijsluiter version or reference
    #[arg(long)]
    pub privacy_leaflet: Option<String>,
    /// Replace the storage countries (repeat for several; one empty value clears them)
    #[arg(long = "storage-country", visible_alias = "storage", value_name = "CC", value_parser = clearable(parse_country))]
    pub storage_countries: Option<Vec<Clear<String>>>,
    /// Transfer safeguard: adequacy, scc, dpf, bcr, none
    #[arg(long = "transfer-safeguard", visible_alias = "safeguard", value_parser = clearable(|s: &str| s.parse::<Safeguard>().map_err(|e| e.to_string())))]
    pub safeguard: Option<Clear<Safeguard>>,
    /// Hours within which the supplier reports a data breach
    #[arg(long = "breach-notice-hours", visible_alias = "breach-hours", allow_negative_numbers = true, value_parser = clearable(crate::cli::parse_count))]
    pub breach_hours: Option<Clear<u32>>,
    /// DPIA reference
    #[arg(long)]
    pub dpia: Option<String>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

pub fn run(ctx: &Ctx, args: AgreementEditArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.agreement(&args.id)?;
    let mut a = before.clone();
    let set = |field: &mut Option<_>, value: Option<Clear<_>>| {
        if let Some(Clear(v)) = value {
            *field = v;
        }
    };
    set(&mut a.signed_on, args.signed_on);
    set(&mut a.starts_on, args.starts_on);
    set(&mut a.expires_on, args.expires_on);
    set(&mut a.review_on, args.review_on);
    set(&mut a.terminated_on, args.terminated_on);
    if let Some(model) = args.model {
        a.model = model;
    }
    if let Some(products) = args.products {
        // An empty value empties the list.
        a.products = products
            .into_iter()
            .filter_map(|p| non_empty(Some(p)))
            .collect();
    }
    if let Some(schools) = args.schools {
        a.schools = board_schools(&tx, schools.into_iter().filter_map(|Clear(s)| s).collect())?;
    }
    if let Some(countries) = args.storage_countries {
        a.storage_countries = countries.into_iter().filter_map(|Clear(c)| c).collect();
    }
    if let Some(Clear(safeguard)) = args.safeguard {
        a.transfer_safeguard = safeguard;
    }
    if let Some(Clear(hours)) = args.breach_hours {
        a.breach_notice_hours = hours;
    }
    for (field, value) in [
        (&mut a.document, args.document),
        (&mut a.privacy_leaflet, args.privacy_leaflet),
        (&mut a.dpia, args.dpia),
        (&mut a.notes, args.notes),
    ] {
        if value.is_some() {
            *field = non_empty(value);
        }
    }
    let a = a.normalised();
    a.validate().map_err(Error::Invalid)?;
    let changes = diff(&before, &a)?;
    let unchanged = changes.as_object().is_some_and(|c| c.is_empty());
    if !unchanged {
        tx.save_agreement(&a)?;
        tx.log("edit", EntityKind::Agreement, &a.id, changes)?;
    }
    print_written(
        ctx,
        super::show::written(ctx, &tx, &a.id, "vreg agreement edit")?,
    )?;
    tx.commit()?;
    match unchanged {
        true => note(tr!("command-agreement-unchanged", id = &a.id)),
        false => note(tr!("command-agreement-updated", id = &a.id)),
    }
    Ok(Outcome::Done)
}
