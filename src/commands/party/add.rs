use clap::Args;

use crate::cli::code;
use crate::commands::{Ctx, Outcome, Written, new_id, print_written, required_text};
use crate::domain::category::Category;
use crate::domain::change::EntityKind;
use crate::domain::non_empty;
use crate::domain::party::Basis;
use crate::domain::party::Kind;
use crate::domain::party::Party;
use crate::ops::party::sync_purpose;
use crate::output::note;
use crate::text;
use crate::tr;
use crate::{Error, prompt};

#[derive(Debug, Args)]
pub struct PartyAddArgs {
    /// The party's name, e.g. "GGD Hollands Noorden" (without it on a terminal, vreg asks for
    /// every field)
    pub name: Option<String>,
    /// The id [default: derived from the name]
    #[arg(long)]
    pub id: Option<String>,
    /// government, education, care, safety, other (required)
    #[arg(long, value_parser = code::<Kind>(Kind::SPELLINGS))]
    pub kind: Option<Kind>,
    /// AVG art. 6(1): consent, contract, legal-obligation, vital-interest, public-task,
    /// legitimate-interest (required)
    #[arg(long, value_parser = code::<Basis>(Basis::SPELLINGS))]
    pub basis: Option<Basis>,
    /// The law that prescribes or allows the exchange (required for legal-obligation)
    #[arg(long)]
    pub law: Option<String>,
    /// A data category it may receive (repeat for several)
    #[arg(long = "category", value_name = "CATEGORY", value_parser = code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
    /// Listed in the board's privacyreglement
    #[arg(long = "in-privacy-regulation", visible_alias = "in-regulation")]
    pub in_regulation: bool,
    /// A school it receives data from: BRIN, BRIN with vestiging, or its name (repeat for several)
    /// [default: every school of the board]
    #[arg(long = "school", value_name = "BRIN")]
    pub schools: Vec<String>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

pub fn run(ctx: &Ctx, args: PartyAddArgs) -> anyhow::Result<Outcome> {
    let name = required_text(
        prompt::given(args.name, "NAME")?,
        text!("command-label-party-name"),
    )?;
    let kind = prompt::given(args.kind, "--kind")?;
    let basis = prompt::given(args.basis, "--basis")?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let existing: Vec<String> = tx.parties()?.into_iter().map(|p| p.id).collect();
    let id = new_id(args.id.as_deref(), &name, "party", |c| {
        Ok(existing.iter().any(|e| e == c))
    })?;
    let party = Party {
        id,
        name,
        kind,
        basis,
        law: non_empty(args.law),
        categories: args.categories,
        in_privacy_regulation: args.in_regulation,
        notes: non_empty(args.notes),
        schools: crate::ops::school::board_schools(&tx, args.schools)?,
    }
    .normalised();
    party.validate().map_err(Error::Invalid)?;
    tx.save_party(&party)?;
    tx.log(
        "add",
        EntityKind::Party,
        &party.id,
        serde_json::to_value(&party)?,
    )?;
    sync_purpose(&tx, None, &party)?;
    let warnings = crate::ops::party::warn_shortfalls(&tx, &party)?;
    // What was written goes out before the commit: if it cannot be printed, nothing is kept.
    let written = Written::object("vreg party add", &party, &party)?;
    print_written(ctx, written.with_line(&party.id))?;
    tx.commit()?;
    note(tr!(
        "command-party-added",
        id = &party.id,
        name = &party.name
    ));
    warnings.into_iter().for_each(note);
    Ok(Outcome::Done)
}
