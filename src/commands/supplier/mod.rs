pub mod add;
mod edit;
mod list;
mod remove;
pub mod retire;
pub mod show;

use clap::Args;
use clap::Subcommand;

use super::{Ctx, Outcome};
use crate::Error;
use crate::cli::code;
use crate::domain::non_empty;
use crate::domain::supplier::Role;
use crate::domain::supplier::Supplier;
use crate::output::{Row, opt};
use add::SupplierAddArgs;
use edit::SupplierEditArgs;
use list::SupplierListArgs;
use remove::SupplierRemoveArgs;
use show::SupplierShowArgs;

#[derive(Debug, Subcommand)]
pub enum SupplierCommand {
    /// Register a supplier; prints its id
    #[command(
        after_help = "Examples:\n  vreg supplier add \"Snappet B.V.\" --kvk 12345678 --website https://snappet.example\n  id=$(vreg supplier add \"Heutink ICT\" --role processor)"
    )]
    Add(SupplierAddArgs),
    /// List suppliers
    ///
    /// When the terminal is narrow, the table leaves out role, kvk, convenant version, convenant
    /// checked on (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg supplier list --convenant none\n  vreg supplier list --format csv > leveranciers.csv"
    )]
    List(SupplierListArgs),
    /// Everything about one supplier: agreements, scopes, sub-processors
    #[command(after_help = "Example:\n  vreg supplier show gynzy-bv --format json")]
    Show(SupplierShowArgs),
    /// Change a supplier's details (an empty value clears an optional field)
    #[command(
        after_help = "Example:\n  vreg supplier edit gynzy-bv --contact privacy@gynzy.example --website \"\""
    )]
    Edit(SupplierEditArgs),
    /// Remove a supplier entered by mistake (a former supplier is retired, not removed)
    #[command(
        after_help = "Examples:\n  vreg supplier remove oud-bv --yes\n  vreg supplier remove oud-bv --cascade --yes    # with its agreements, in a script"
    )]
    Remove(SupplierRemoveArgs),
    /// A former supplier: kept with its agreements as evidence, out of lists and of the findings
    /// that expect a current agreement or convenant check
    #[command(
        after_help = "Examples:\n  vreg supplier retire oud-bv --on 2026-07-31 --reason \"contract niet verlengd\"\n  vreg supplier retire oud-bv --undo"
    )]
    Retire(retire::SupplierRetireArgs),
}

/// The supplier fields that `add` and `edit` share.
#[derive(Debug, Args)]
pub struct SupplierFields {
    /// KvK number (8 digits)
    #[arg(long)]
    pub kvk: Option<String>,
    /// Website
    #[arg(long)]
    pub website: Option<String>,
    /// Contact (privacy contact, e-mail)
    #[arg(long)]
    pub contact: Option<String>,
    /// Role under the AVG: processor, controller, joint-controller [add: processor]
    #[arg(long, value_parser = code::<Role>(Role::SPELLINGS))]
    pub role: Option<Role>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: SupplierCommand) -> anyhow::Result<Outcome> {
    match cmd {
        SupplierCommand::Add(args) => add::run(ctx, args),
        SupplierCommand::List(args) => list::run(ctx, &args),
        SupplierCommand::Show(args) => show::run(ctx, &args),
        SupplierCommand::Edit(args) => edit::run(ctx, args),
        SupplierCommand::Remove(args) => remove::run(ctx, &args),
        SupplierCommand::Retire(args) => retire::run(ctx, &args),
    }
}

impl Row for Supplier {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "name",
        "kvk",
        "website",
        "contact",
        "role",
        "convenant",
        "convenant_version",
        "convenant_checked_on",
        "notes",
        "retired_on",
        "retired_reason",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "name",
        "kvk",
        "role",
        "convenant",
        "convenant_version",
        "convenant_checked_on",
    ];

    const FREE_TEXT: &'static [&'static str] = &["name"];
    const NARROW: &'static [&'static str] =
        &["role", "kvk", "convenant_version", "convenant_checked_on"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            opt(&self.kvk),
            opt(&self.website),
            opt(&self.contact),
            self.role.to_string(),
            self.convenant.to_string(),
            opt(&self.convenant_version),
            opt(&self.convenant_checked_on),
            opt(&self.notes),
            opt(&self.retired_on),
            opt(&self.retired_reason),
        ]
    }
}

/// Applies the flags `add` and `edit` share, then checks the result.
fn apply(fields: SupplierFields, s: &mut Supplier) -> anyhow::Result<()> {
    let SupplierFields {
        kvk,
        website,
        contact,
        role,
        notes,
    } = fields;
    if kvk.is_some() {
        s.kvk = non_empty(kvk);
    }
    if website.is_some() {
        s.website = non_empty(website);
    }
    if contact.is_some() {
        s.contact = non_empty(contact);
    }
    if let Some(role) = role {
        s.role = role;
    }
    if notes.is_some() {
        s.notes = non_empty(notes);
    }
    s.validate().map_err(|e| Error::Invalid(e).into())
}
