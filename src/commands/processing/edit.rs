use chrono::NaiveDate;

use super::{categories, links, subjects};
use crate::Error;
use crate::cli::Clear;
use crate::commands::{Ctx, Outcome, print_written, required_text};
use crate::domain::change::EntityKind;
use crate::domain::change::diff;
use crate::domain::date::parse_date;
use crate::domain::non_empty;
use crate::domain::party::Basis;
use crate::output::note;
use crate::text;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct ProcessingEditArgs {
    /// The activity's id
    pub id: String,
    /// New name (the id stays)
    #[arg(long)]
    pub name: Option<String>,
    /// Replace the purposes (repeat; one empty value empties them)
    #[arg(long = "purpose", value_name = "TEXT")]
    pub purposes: Option<Vec<String>>,
    /// consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest
    /// ("" clears)
    #[arg(long, value_parser = clear_basis)]
    pub basis: Option<Clear<Basis>>,
    /// The law ("" clears)
    #[arg(long)]
    pub law: Option<String>,
    /// Replace the subjects: pupils, parents, staff, applicants, alumni (one empty value
    /// empties them)
    #[arg(long, value_name = "SUBJECT", num_args = 1..)]
    pub subjects: Option<Vec<String>>,
    /// Replace the categories (repeat; one empty value empties them)
    #[arg(long = "category", value_name = "CATEGORY", num_args = 1..)]
    pub categories: Option<Vec<String>>,
    /// How long the data are kept ("" clears)
    #[arg(long)]
    pub retention: Option<String>,
    /// Where the security measures are described ("" clears)
    #[arg(long, value_name = "REF")]
    pub security: Option<String>,
    /// The DPIA's reference ("" clears)
    #[arg(long, value_name = "REF")]
    pub dpia: Option<String>,
    /// Who keeps this entry up to date ("" clears)
    #[arg(long, value_name = "TEXT")]
    pub owner: Option<String>,
    /// When the entry is next reviewed ("" clears)
    #[arg(long, value_name = "DATE", value_parser = clear_date)]
    pub review_on: Option<Clear<NaiveDate>>,
    /// Replace the linked agreements (repeat; one empty value unlinks them all)
    #[arg(long = "agreement", value_name = "ID")]
    pub agreements: Option<Vec<String>>,
    /// Replace the linked parties (repeat; one empty value unlinks them all)
    #[arg(long = "party", value_name = "ID")]
    pub parties: Option<Vec<String>>,
    /// Free text ("" clears)
    #[arg(long)]
    pub notes: Option<String>,
}

fn clear_basis(s: &str) -> Result<Clear<Basis>, String> {
    if s.trim().is_empty() {
        return Ok(Clear(None));
    }
    s.parse::<Basis>()
        .map(|b| Clear(Some(b)))
        .map_err(|e| e.to_string())
}

fn clear_date(s: &str) -> Result<Clear<NaiveDate>, String> {
    if s.trim().is_empty() {
        return Ok(Clear(None));
    }
    parse_date(s).map(|d| Clear(Some(d)))
}

pub fn run(ctx: &Ctx, args: ProcessingEditArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.processing(args.id.trim())?;
    let mut p = before.clone();
    if let Some(name) = args.name {
        p.name = required_text(name, text!("command-label-name"))?;
    }
    if let Some(purposes) = args.purposes {
        p.purposes = purposes;
    }
    if let Some(Clear(basis)) = args.basis {
        p.basis = basis;
    }
    if let Some(subjects_typed) = args.subjects {
        p.subjects = subjects(&subjects_typed)?;
    }
    if let Some(typed) = args.categories {
        p.categories = categories(&tx, &typed)?;
    }
    for (field, value) in [
        (&mut p.law, args.law),
        (&mut p.retention, args.retention),
        (&mut p.security, args.security),
        (&mut p.dpia, args.dpia),
        (&mut p.owner, args.owner),
        (&mut p.notes, args.notes),
    ] {
        if value.is_some() {
            *field = non_empty(value);
        }
    }
    if let Some(Clear(day)) = args.review_on {
        p.review_on = day;
    }
    if args.agreements.is_some() || args.parties.is_some() {
        let (agreements, parties) = links(
            &tx,
            args.agreements.as_deref().unwrap_or_default(),
            args.parties.as_deref().unwrap_or_default(),
        )?;
        if args.agreements.is_some() {
            p.agreements = agreements;
        }
        if args.parties.is_some() {
            p.parties = parties;
        }
    }
    let p = p.normalised();
    p.validate().map_err(Error::Invalid)?;
    let changes = diff(&before, &p)?;
    if changes.as_object().is_some_and(|c| c.is_empty()) {
        print_written(
            ctx,
            super::show::written(ctx, &tx, &p.id, "vreg processing edit")?,
        )?;
        note(tr!("command-processing-unchanged", id = &p.id));
        return Ok(Outcome::Done);
    }
    tx.save_processing(&p)?;
    tx.log("edit", EntityKind::Processing, &p.id, changes)?;
    print_written(
        ctx,
        super::show::written(ctx, &tx, &p.id, "vreg processing edit")?,
    )?;
    tx.commit()?;
    note(tr!("command-processing-updated", id = &p.id));
    let missing = p.missing();
    if !missing.is_empty() {
        note(tr!(
            "command-processing-lacks",
            id = &p.id,
            missing = missing.join(", ")
        ));
    }
    Ok(Outcome::Done)
}
