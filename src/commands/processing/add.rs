use chrono::NaiveDate;
use serde_json::to_value;

use super::{links, subjects};
use crate::Error;
use crate::cli::code;
use crate::commands::{Ctx, Outcome, new_id, print_written, required_text};
use crate::domain::change::EntityKind;
use crate::domain::date::parse_date;
use crate::domain::non_empty;
use crate::domain::party::Basis;
use crate::domain::processing::Processing;
use crate::output::note;
use crate::{prompt, text, tr};

#[derive(Debug, clap::Args)]
pub struct ProcessingAddArgs {
    /// The activity's name, e.g. "Leerlingadministratie" (without it on a terminal, vreg asks
    /// for every field)
    pub name: Option<String>,
    /// The id [default: derived from the name]
    #[arg(long)]
    pub id: Option<String>,
    /// Why the data are processed (repeat for several purposes; required)
    #[arg(long = "purpose", value_name = "TEXT")]
    pub purposes: Vec<String>,
    /// AVG art. 6(1): consent, contract, legal-obligation, vital-interest, public-task,
    /// legitimate-interest (required)
    #[arg(long, value_parser = code::<Basis>(Basis::SPELLINGS))]
    pub basis: Option<Basis>,
    /// The law the activity rests on; for special categories, the law that lifts the prohibition
    #[arg(long)]
    pub law: Option<String>,
    /// Whose data: pupils, parents, staff, applicants, alumni (several after one flag, or
    /// separated by commas; required)
    #[arg(long, value_name = "SUBJECT", num_args = 1..)]
    pub subjects: Vec<String>,
    /// A data category (repeat, or several after one flag; see `vreg processing categories`;
    /// required)
    #[arg(long = "category", value_name = "CATEGORY", num_args = 1..)]
    pub categories: Vec<String>,
    /// How long the data are kept, e.g. "2 jaar na vertrek"
    #[arg(long)]
    pub retention: Option<String>,
    /// Where the security measures are described, e.g. "Informatiebeveiligingsbeleid 2025, par. 4"
    #[arg(long, value_name = "REF")]
    pub security: Option<String>,
    /// The DPIA's reference
    #[arg(long, value_name = "REF")]
    pub dpia: Option<String>,
    /// Who keeps this activity's entry up to date (a role or a name)
    #[arg(long, value_name = "TEXT")]
    pub owner: Option<String>,
    /// When the entry is next reviewed
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub review_on: Option<NaiveDate>,
    /// An agreement whose supplier processes the data (repeat for several)
    #[arg(long = "agreement", value_name = "ID")]
    pub agreements: Vec<String>,
    /// An external party that receives the data (repeat for several)
    #[arg(long = "party", value_name = "ID")]
    pub parties: Vec<String>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

pub fn run(ctx: &Ctx, args: ProcessingAddArgs) -> anyhow::Result<Outcome> {
    let name = required_text(
        prompt::given(args.name, "NAME")?,
        text!("command-label-name"),
    )?;
    let given = |list: Vec<String>, flag| prompt::given((!list.is_empty()).then_some(list), flag);
    let purposes = given(args.purposes, "--purpose")?;
    let basis = prompt::given(args.basis, "--basis")?;
    let subjects = subjects(&given(args.subjects, "--subjects")?)?;
    let categories = given(args.categories, "--category")?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let categories = super::categories(&tx, &categories)?;
    let (agreements, parties) = links(&tx, &args.agreements, &args.parties)?;
    let id = new_id(args.id.as_deref(), &name, "processing", |c| {
        tx.processing_exists(c)
    })?;
    let processing = Processing {
        id,
        name,
        purposes,
        basis: Some(basis),
        law: non_empty(args.law),
        subjects,
        categories,
        retention: non_empty(args.retention),
        security: non_empty(args.security),
        dpia: non_empty(args.dpia),
        owner: non_empty(args.owner),
        review_on: args.review_on,
        agreements,
        parties,
        notes: non_empty(args.notes),
    }
    .normalised();
    processing.validate().map_err(Error::Invalid)?;
    let missing = processing.missing();
    if !missing.is_empty() {
        return Err(Error::Invalid(tr!(
            "command-processing-needs",
            missing = missing.join(", ")
        ))
        .into());
    }
    tx.save_processing(&processing)?;
    tx.log(
        "add",
        EntityKind::Processing,
        &processing.id,
        to_value(&processing)?,
    )?;
    // What was written goes out before the commit: if it cannot be printed, nothing is kept.
    let written = super::show::written(ctx, &tx, &processing.id, "vreg processing add")?;
    print_written(ctx, written.with_line(&processing.id))?;
    tx.commit()?;
    note(tr!(
        "command-processing-added",
        id = &processing.id,
        name = &processing.name
    ));
    Ok(Outcome::Done)
}
