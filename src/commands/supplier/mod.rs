mod add;
mod edit;
mod list;
mod remove;
pub mod retire;
pub mod show;

use super::{Ctx, Outcome};
use crate::Error;
use crate::cli::{SupplierCommand, SupplierFields};
use crate::domain::non_empty;
use crate::domain::supplier::Supplier;
use crate::output::{Row, opt};

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
