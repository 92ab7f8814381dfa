use clap::Args;

use crate::Error;
use crate::cli::Clear;
use crate::cli::clearable;
use crate::cli::code;
use crate::commands::{Ctx, Outcome, Written, print_written, required_text};
use crate::domain::category::Category;
use crate::domain::change::EntityKind;
use crate::domain::change::diff;
use crate::domain::non_empty;
use crate::domain::party::Basis;
use crate::domain::party::Kind;
use crate::ops::party::sync_purpose;
use crate::output::note;
use crate::text;
use crate::tr;

#[derive(Debug, Args)]
pub struct PartyEditArgs {
    /// The party's id (see `vreg party list`)
    pub id: String,
    /// New name (the id stays)
    #[arg(long)]
    pub name: Option<String>,
    /// government, education, care, safety, other
    #[arg(long, value_parser = code::<Kind>(Kind::SPELLINGS))]
    pub kind: Option<Kind>,
    /// consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest
    #[arg(long, value_parser = code::<Basis>(Basis::SPELLINGS))]
    pub basis: Option<Basis>,
    /// The law reference
    #[arg(long)]
    pub law: Option<String>,
    /// Replace the categories it may receive (repeat for several; one empty value clears them)
    #[arg(long = "category", value_name = "CATEGORY", value_parser = clearable(|s: &str| s.parse::<Category>().map_err(|e| e.to_string())))]
    pub categories: Option<Vec<Clear<Category>>>,
    /// Listed in the privacyreglement: true or false
    #[arg(long = "in-privacy-regulation", visible_alias = "in-regulation")]
    pub in_regulation: Option<bool>,
    /// Replace the schools it receives data from (repeat for several; one empty value: every
    /// school)
    #[arg(long = "school", value_name = "BRIN", value_parser = clearable(crate::cli::school_as_given))]
    pub schools: Option<Vec<Clear<String>>>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

pub fn run(ctx: &Ctx, args: PartyEditArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.party(&args.id)?;
    let mut party = before.clone();
    if let Some(name) = args.name {
        party.name = required_text(name, text!("command-label-party-name"))?;
    }
    if let Some(kind) = args.kind {
        party.kind = kind;
    }
    if let Some(basis) = args.basis {
        party.basis = basis;
    }
    if args.law.is_some() {
        party.law = non_empty(args.law);
    }
    if let Some(categories) = args.categories {
        party.categories = categories.into_iter().filter_map(|Clear(c)| c).collect();
    }
    if let Some(listed) = args.in_regulation {
        party.in_privacy_regulation = listed;
    }
    if let Some(schools) = args.schools {
        party.schools = crate::ops::school::board_schools(
            &tx,
            schools.into_iter().filter_map(|Clear(s)| s).collect(),
        )?;
    }
    if args.notes.is_some() {
        party.notes = non_empty(args.notes);
    }
    let party = party.normalised();
    party.validate().map_err(Error::Invalid)?;
    let changes = diff(&before, &party)?;
    let unchanged = changes.as_object().is_some_and(|c| c.is_empty());
    if !unchanged {
        tx.save_party(&party)?;
        tx.log("edit", EntityKind::Party, &party.id, changes)?;
        sync_purpose(&tx, Some(&before), &party)?;
    }
    let warnings = crate::ops::party::warn_shortfalls(&tx, &party)?;
    print_written(ctx, Written::object("vreg party edit", &party, &party)?)?;
    tx.commit()?;
    match unchanged {
        true => note(tr!("command-party-unchanged", id = &party.id)),
        false => note(tr!("command-party-updated", id = &party.id)),
    }
    warnings.into_iter().for_each(note);
    Ok(Outcome::Done)
}
