mod list;
mod set;

use chrono::NaiveDate;
use clap::Subcommand;
use serde::Serialize;

use super::{Ctx, Outcome};
use crate::domain::supplier::{Convenant, ConvenantVersion, Supplier, days_since};
use crate::output::{Row, opt};
use list::ConvenantListArgs;
use set::ConvenantSetArgs;

#[derive(Debug, Subcommand)]
pub enum ConvenantCommand {
    /// Record a supplier's convenant status (deelnemer, medestander, none, unknown)
    #[command(
        after_help = "Example:\n  vreg convenant set gynzy-bv deelnemer --version 4.0 --checked-on 2026-09-14"
    )]
    Set(ConvenantSetArgs),
    /// Every supplier's convenant status and days since it was checked
    ///
    /// When the terminal is narrow, the table leaves out days since check, convenant version
    /// (--wide keeps them).
    #[command(after_help = "Example:\n  vreg convenant list --format csv")]
    List(ConvenantListArgs),
}

pub fn run(ctx: &Ctx, cmd: ConvenantCommand) -> anyhow::Result<Outcome> {
    match cmd {
        ConvenantCommand::Set(args) => set::run(ctx, &args),
        ConvenantCommand::List(args) => list::run(ctx, &args),
    }
}

#[derive(Serialize)]
struct ConvenantRow {
    supplier: String,
    name: String,
    convenant: Convenant,
    convenant_version: Option<ConvenantVersion>,
    convenant_checked_on: Option<NaiveDate>,
    days_since_check: Option<i64>,
}

impl ConvenantRow {
    /// A supplier's line in `convenant list` on day `as_of`.
    fn new(s: Supplier, as_of: NaiveDate) -> Self {
        ConvenantRow {
            days_since_check: days_since(s.convenant_checked_on, as_of),
            supplier: s.id,
            name: s.name,
            convenant: s.convenant,
            convenant_version: s.convenant_version,
            convenant_checked_on: s.convenant_checked_on,
        }
    }
}

impl Row for ConvenantRow {
    const HEADERS: &'static [&'static str] = &[
        "supplier",
        "name",
        "convenant",
        "convenant_version",
        "convenant_checked_on",
        "days_since_check",
    ];

    const FREE_TEXT: &'static [&'static str] = &["name"];
    const NARROW: &'static [&'static str] = &["days_since_check", "convenant_version"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.supplier.clone(),
            self.name.clone(),
            self.convenant.to_string(),
            opt(&self.convenant_version),
            opt(&self.convenant_checked_on),
            opt(&self.days_since_check),
        ]
    }
}
