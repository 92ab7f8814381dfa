mod add;
mod edit;
mod end;
mod list;
mod show;
mod subprocessor;

use subprocessor::SubprocessorCommand;

use end::AgreementEndArgs;

use edit::AgreementEditArgs;

use show::AgreementShowArgs;

use list::AgreementListArgs;

use add::AgreementAddArgs;

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::{Ctx, Outcome};

use crate::domain::agreement::{Agreement, Status, Subprocessor};
use crate::domain::category::ScopeEntry;
use crate::output::{self, Row, joined, opt};
use crate::store::Tx;

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AgreementCommand {
    /// Register a processor agreement of a supplier; prints its id
    #[command(
        after_help = "Example:\n  vreg agreement add gynzy-bv --signed-on 2024-03-01 --expires-on 2027-07-31 \\\n       --product Gynzy --storage NL --breach-hours 24 --document DMS/VWO/2024-01"
    )]
    Add(AgreementAddArgs),
    /// List agreements with their status
    ///
    /// When the terminal is narrow, the table leaves out review on, storage countries, model,
    /// signed on, supplier (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg agreement list --status expiring --within 120\n  vreg agreement list --supplier gynzy-bv --as-of 2027-01-01 --format json"
    )]
    List(AgreementListArgs),
    /// One agreement with its scope and sub-processors
    #[command(after_help = "Example:\n  vreg agreement show gynzy-bv-2024")]
    Show(AgreementShowArgs),
    /// Change an agreement (an empty value clears an optional field)
    #[command(
        after_help = "Example:\n  vreg agreement edit gynzy-bv-2024 --review-on 2027-03-01 --dpia DPIA-2026-03"
    )]
    Edit(AgreementEditArgs),
    /// Terminate an agreement; it is kept, with status terminated from that day
    #[command(after_help = "Example:\n  vreg agreement end gynzy-bv-2024 --on 2026-07-31")]
    End(AgreementEndArgs),
    /// Sub-processors (subverwerkers) named in an agreement
    #[command(
        subcommand,
        visible_alias = "subverwerker",
        after_help = "Example:\n  vreg agreement subprocessor list gynzy-bv-2024"
    )]
    Subprocessor(SubprocessorCommand),
}

pub fn run(ctx: &Ctx, cmd: AgreementCommand) -> anyhow::Result<Outcome> {
    match cmd {
        AgreementCommand::Add(args) => add::run(ctx, args),
        AgreementCommand::List(args) => list::run(ctx, &args),
        AgreementCommand::Show(args) => show::run(ctx, &args),
        AgreementCommand::Edit(args) => edit::run(ctx, args),
        AgreementCommand::End(args) => end::run(ctx, &args),
        AgreementCommand::Subprocessor(cmd) => subprocessor::run(ctx, cmd),
    }
}

/// An agreement with its status on the day asked for.
#[derive(Debug, Serialize)]
pub struct AgreementView {
    #[serde(flatten)]
    pub agreement: Agreement,
    pub status: Status,
}

impl AgreementView {
    /// The agreement with its status among `siblings`, the supplier's agreements.
    pub fn new(
        agreement: Agreement,
        siblings: &[Agreement],
        as_of: NaiveDate,
        within_days: u32,
    ) -> Self {
        let status = agreement.status_among(siblings, as_of, within_days);
        AgreementView { agreement, status }
    }
}

impl Row for AgreementView {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "supplier",
        "products",
        "model",
        "signed_on",
        "starts_on",
        "expires_on",
        "review_on",
        "terminated_on",
        "document",
        "privacy_leaflet",
        "storage_countries",
        "transfer_safeguard",
        "breach_notice_hours",
        "dpia",
        "notes",
        "schools",
        "status",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "supplier",
        "products",
        "model",
        "signed_on",
        "expires_on",
        "review_on",
        "storage_countries",
        "status",
    ];

    const FREE_TEXT: &'static [&'static str] = &["products", "storage_countries"];
    const NARROW: &'static [&'static str] = &[
        "review_on",
        "storage_countries",
        "model",
        "signed_on",
        "supplier",
    ];

    fn cells(&self) -> Vec<String> {
        let a = &self.agreement;
        vec![
            a.id.clone(),
            a.supplier.clone(),
            joined(&a.products),
            a.model.to_string(),
            opt(&a.signed_on),
            opt(&a.starts_on),
            opt(&a.expires_on),
            opt(&a.review_on),
            opt(&a.terminated_on),
            opt(&a.document),
            opt(&a.privacy_leaflet),
            joined(&a.storage_countries),
            opt(&a.transfer_safeguard),
            opt(&a.breach_notice_hours),
            opt(&a.dpia),
            opt(&a.notes),
            joined(&a.schools),
            self.status.to_string(),
        ]
    }

    fn colour(&self, header: &str) -> Option<output::Color> {
        (header == "status").then_some(match self.status {
            Status::Active => output::Color::Green,
            Status::Expiring => output::Color::Yellow,
            Status::Expired => output::Color::Red,
            Status::Terminated | Status::Renewed => output::Color::DarkGrey,
            Status::Draft => output::Color::Blue,
        })
    }
}

/// An agreement with its status, data set and sub-processors: `agreement show`, and each
/// agreement of `supplier show`.
#[derive(Debug, Serialize)]
pub struct AgreementDetail {
    #[serde(flatten)]
    pub view: AgreementView,
    pub scope: Vec<ScopeEntry>,
    pub subprocessors: Vec<Subprocessor>,
}

impl AgreementDetail {
    pub fn load(
        tx: &Tx<'_>,
        agreement: Agreement,
        as_of: NaiveDate,
        within_days: u32,
    ) -> anyhow::Result<Self> {
        let scope = tx.scope(&agreement.id)?;
        let subprocessors = tx.subprocessors(&agreement.id)?;
        let siblings = tx.agreements(Some(&agreement.supplier))?;
        Ok(AgreementDetail {
            view: AgreementView::new(agreement, &siblings, as_of, within_days),
            scope,
            subprocessors,
        })
    }
}

/// The table form of an agreement's details.
pub fn print_detail(out: &mut dyn Write, detail: &AgreementDetail) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        output::fields(AgreementView::HEADERS, detail.view.cells())
    )?;
    print_parts(out, detail)
}

/// The table form of an agreement's data set and sub-processors.
pub fn print_parts(out: &mut dyn Write, detail: &AgreementDetail) -> io::Result<()> {
    if detail.scope.is_empty() {
        writeln!(out, "scope: none registered")?;
    } else {
        let rows = detail.scope.iter().map(|e| {
            [
                e.category.to_string(),
                e.category.label().to_string(),
                opt(&e.purpose),
                opt(&e.retention),
            ]
            .iter()
            .map(|c| output::cell(c))
            .collect()
        });
        let columns = output::Columns {
            headers: &["category", "label", "purpose", "retention"],
            free_text: &["label", "purpose", "retention"],
            narrow: &[],
        };
        let table = output::laid_out(columns, rows);
        writeln!(out, "scope:\n{table}")?;
    }
    if !detail.subprocessors.is_empty() {
        writeln!(
            out,
            "sub-processors:\n{}",
            subprocessor_table(&detail.subprocessors)
        )?;
    }
    Ok(())
}

impl Row for Subprocessor {
    const HEADERS: &'static [&'static str] = &["name", "country", "purpose", "transfer_safeguard"];

    const FREE_TEXT: &'static [&'static str] = &["name", "purpose"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.country.clone(),
            opt(&self.purpose),
            opt(&self.transfer_safeguard),
        ]
    }
}

fn subprocessor_table(rows: &[Subprocessor]) -> comfy_table::Table {
    output::row_table(rows)
}
