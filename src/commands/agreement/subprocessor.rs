use clap::Args;
use clap::Subcommand;
use serde_json::json;

use crate::cli::code;
use crate::commands::{Ctx, Outcome, Written, print_written, required_text};
use crate::domain::agreement::Safeguard;
use crate::domain::agreement::{Subprocessor, subprocessor_named_once};
use crate::domain::change::EntityKind;
use crate::domain::country::parse_country;
use crate::domain::non_empty;
use crate::output;
use crate::output::note;
use crate::text;
use crate::tr;
use crate::{Error, prompt};

#[derive(Debug, Subcommand)]
pub enum SubprocessorCommand {
    /// Name a sub-processor in an agreement
    #[command(
        after_help = "Example:\n  vreg agreement subprocessor add gynzy-bv-2024 \"Amazon Web Services\" --country IE --purpose hosting"
    )]
    Add(SubprocessorAddArgs),
    /// Remove a sub-processor from an agreement
    #[command(
        after_help = "Example:\n  vreg agreement subprocessor remove gynzy-bv-2024 \"Amazon Web Services\""
    )]
    Remove(SubprocessorRemoveArgs),
    /// An agreement's sub-processors
    #[command(
        after_help = "Example:\n  vreg agreement subprocessor list gynzy-bv-2024 --format csv"
    )]
    List(SubprocessorListArgs),
}

#[derive(Debug, Args)]
pub struct SubprocessorAddArgs {
    /// The agreement's id (see `vreg agreement list`; without it on a terminal, vreg asks for
    /// every field)
    pub agreement: Option<String>,
    /// The sub-processor's name (required)
    pub name: Option<String>,
    /// Country where it processes the data, ISO 3166 alpha-2 (required)
    #[arg(long, value_parser = parse_country)]
    pub country: Option<String>,
    /// What it does
    #[arg(long)]
    pub purpose: Option<String>,
    /// Transfer safeguard outside the EEA: adequacy, scc, dpf, bcr, none
    #[arg(long = "transfer-safeguard", visible_alias = "safeguard", value_parser = code::<Safeguard>(Safeguard::SPELLINGS))]
    pub safeguard: Option<Safeguard>,
}

#[derive(Debug, Args)]
pub struct SubprocessorRemoveArgs {
    /// The agreement's id (see `vreg agreement list`)
    pub agreement: String,
    /// The sub-processor's name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct SubprocessorListArgs {
    /// The agreement's id (see `vreg agreement list`)
    pub agreement: String,
}

pub fn run(ctx: &Ctx, cmd: SubprocessorCommand) -> anyhow::Result<Outcome> {
    match cmd {
        SubprocessorCommand::Add(args) => add(ctx, args),
        SubprocessorCommand::Remove(args) => remove(ctx, &args),
        SubprocessorCommand::List(args) => list(ctx, &args),
    }
}

fn add(ctx: &Ctx, args: SubprocessorAddArgs) -> anyhow::Result<Outcome> {
    let agreement = prompt::given(args.agreement, "AGREEMENT")?;
    let name = prompt::given(args.name, "NAME")?;
    let country = prompt::given(args.country, "--country")?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&agreement)?;
    let sub = Subprocessor {
        name: required_text(name, text!("command-label-subprocessor-name"))?,
        country,
        purpose: non_empty(args.purpose),
        transfer_safeguard: args.safeguard,
    };
    sub.validate().map_err(Error::Invalid)?;
    let named: Vec<String> = tx
        .subprocessors(&agreement.id)?
        .into_iter()
        .map(|s| s.name)
        .collect();
    subprocessor_named_once(&agreement.id, &named, &sub.name).map_err(Error::Conflict)?;
    tx.save_subprocessor(&agreement.id, &sub)?;
    tx.log(
        "subprocessor-add",
        EntityKind::Agreement,
        &agreement.id,
        serde_json::to_value(&sub)?,
    )?;
    // The name goes out before the commit: if it cannot be printed, nothing is kept.
    let written = Written::object("vreg agreement subprocessor add", &sub, &sub)?;
    print_written(ctx, written.with_line(&sub.name))?;
    tx.commit()?;
    note(tr!(
        "command-subprocessor-added",
        id = &agreement.id,
        name = &sub.name
    ));
    Ok(Outcome::Done)
}

fn remove(ctx: &Ctx, args: &SubprocessorRemoveArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let agreement = tx.agreement(&args.agreement)?;
    // The name as it is stored: trimmed, as `add` and an import store it.
    let name = args.name.trim();
    // What is printed is the sub-processor as the agreement named it until now.
    let removed = tx
        .subprocessors(&agreement.id)?
        .into_iter()
        .find(|s| s.name == name);
    if !tx.delete_subprocessor(&agreement.id, name)? {
        return Err(Error::Missing(tr!(
            "command-subprocessor-missing",
            id = &agreement.id,
            name = name
        ))
        .into());
    }
    tx.log(
        "subprocessor-remove",
        EntityKind::Agreement,
        &agreement.id,
        json!({ "name": name }),
    )?;
    if let Some(removed) = removed {
        let command = "vreg agreement subprocessor remove";
        print_written(ctx, Written::object(command, &removed, &removed)?)?;
    }
    tx.commit()?;
    note(tr!(
        "command-subprocessor-removed",
        id = &agreement.id,
        name = name
    ));
    Ok(Outcome::Done)
}

fn list(ctx: &Ctx, args: &SubprocessorListArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let agreement = tx.agreement(&args.agreement)?;
    let subs = tx.subprocessors(&agreement.id)?;
    output::list(ctx.format, &subs, text!("command-subprocessor-none"))?;
    Ok(Outcome::Done)
}
