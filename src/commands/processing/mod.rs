//! `vreg processing`: the register of processing activities (AVG art. 30), built on the
//! agreements and parties.

pub mod add;
mod categories;
mod edit;
mod list;
mod remove;
mod show;

use clap::Subcommand;
use serde::Serialize;

use super::{Ctx, Outcome};
use crate::Error;
use crate::domain::processing::{Processing, Recipient, Subject, Transfer, category_code};
use crate::output::{Row, joined, opt};
use crate::store::Tx;

#[derive(Debug, Subcommand)]
pub enum ProcessingCommand {
    /// Register a processing activity; prints its id
    #[command(after_help = ADD_HELP)]
    Add(add::ProcessingAddArgs),
    /// List processing activities
    ///
    /// When the terminal is narrow, the table leaves out review on, owner, parties, agreements,
    /// categories, subjects (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg processing list --subject staff\n  vreg verwerking list --agreement cloudwerk-2025 --format csv"
    )]
    List(list::ProcessingListArgs),
    /// One processing activity with its recipients and transfers, derived from its agreements
    /// and parties
    #[command(after_help = "Example:\n  vreg processing show leerlingadministratie --format json")]
    Show(show::ProcessingShowArgs),
    /// Change a processing activity (an empty value clears an optional field; a list flag
    /// replaces the list, one empty value empties it)
    #[command(
        after_help = "Examples:\n  vreg processing edit leerlingadministratie --review-on 2027-09-01 --owner directeur\n  vreg processing edit leerlingadministratie --agreement cloudwerk-2025    # replaces the list"
    )]
    Edit(edit::ProcessingEditArgs),
    /// Remove a processing activity (its agreements and parties stay)
    #[command(after_help = "Example:\n  vreg processing remove oude-verwerking --yes")]
    Remove(remove::ProcessingRemoveArgs),
    /// The data categories an activity may name: the fixed catalogue and the board's own
    #[command(after_help = "Example:\n  vreg processing categories --format csv")]
    Categories,
}

const ADD_HELP: &str = "SUBJECTS are pupils (leerlingen), parents (ouders), staff (medewerkers), \
applicants (sollicitanten) and alumni (oud-leerlingen). Categories are those of `vreg processing \
categories`: the fixed catalogue and the board's own ([[category]] in the register file). \
Recipients and transfers are not typed: they follow from --agreement (the supplier, its storage \
countries and sub-processors) and --party.

Examples:
  vreg verwerking add Toets --purpose toets --basis public-task --subjects pupils --category results
  vreg verwerking add Salaris --purpose salaris --basis contract --subjects staff --category name
  id=$(vreg verwerking add Foto --purpose foto --basis consent --subjects pupils --category photo)";

pub fn run(ctx: &Ctx, cmd: ProcessingCommand) -> anyhow::Result<Outcome> {
    match cmd {
        ProcessingCommand::Add(args) => add::run(ctx, args),
        ProcessingCommand::List(args) => list::run(ctx, &args),
        ProcessingCommand::Show(args) => show::run(ctx, &args),
        ProcessingCommand::Edit(args) => edit::run(ctx, args),
        ProcessingCommand::Remove(args) => remove::run(ctx, &args),
        ProcessingCommand::Categories => categories::run(ctx),
    }
}

impl Row for Processing {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "name",
        "purposes",
        "basis",
        "law",
        "subjects",
        "categories",
        "retention",
        "security",
        "dpia",
        "owner",
        "review_on",
        "agreements",
        "parties",
        "notes",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "name",
        "basis",
        "subjects",
        "categories",
        "owner",
        "review_on",
        "agreements",
        "parties",
    ];

    const FREE_TEXT: &'static [&'static str] =
        &["name", "categories", "owner", "agreements", "parties"];
    const NARROW: &'static [&'static str] = &[
        "review_on",
        "owner",
        "parties",
        "agreements",
        "categories",
        "subjects",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            joined(&self.purposes),
            opt(&self.basis),
            opt(&self.law),
            joined(&self.subjects),
            joined(&self.categories),
            opt(&self.retention),
            opt(&self.security),
            opt(&self.dpia),
            opt(&self.owner),
            opt(&self.review_on),
            joined(&self.agreements),
            joined(&self.parties),
            opt(&self.notes),
        ]
    }
}

/// An activity with what follows from its links: who receives the data, and what goes outside
/// the EEA.
#[derive(Debug, Serialize)]
pub struct ProcessingView {
    #[serde(flatten)]
    pub processing: Processing,
    pub recipients: Vec<Recipient>,
    pub transfers: Vec<Transfer>,
}

/// Subjects as typed: codes or their Dutch words, several in one value separated by commas.
fn subjects(typed: &[String]) -> anyhow::Result<Vec<Subject>> {
    typed
        .iter()
        .flat_map(|t| t.split(','))
        .filter(|t| !t.trim().is_empty())
        .map(|t| {
            t.parse::<Subject>()
                .map_err(|e| Error::Invalid(format!("--subjects: {e}")).into())
        })
        .collect()
}

/// Category codes as typed, checked against the catalogue and the board's own categories.
fn categories(tx: &Tx<'_>, typed: &[String]) -> anyhow::Result<Vec<String>> {
    let own = tx.own_categories()?;
    typed
        .iter()
        .flat_map(|t| t.split(','))
        .filter(|t| !t.trim().is_empty())
        .map(|t| category_code(t, &own).map_err(|e| Error::Invalid(e).into()))
        .collect()
}

/// The agreements and parties named, each of which must exist.
fn links(
    tx: &Tx<'_>,
    agreements: &[String],
    parties: &[String],
) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let named = |list: &[String]| -> Vec<String> {
        list.iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let agreements = named(agreements)
        .iter()
        .map(|id| tx.agreement(id).map(|a| a.id))
        .collect::<anyhow::Result<_>>()?;
    let parties = named(parties)
        .iter()
        .map(|id| tx.party(id).map(|p| p.id))
        .collect::<anyhow::Result<_>>()?;
    Ok((agreements, parties))
}
