//! An agreement in tables: its row, and its data set and sub-processors below it.

use std::io::{self, Write};

use crate::domain::agreement::{Status, Subprocessor};
use crate::ops::agreement::{AgreementDetail, AgreementView};
use crate::output::{self, Row, joined, opt};

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
        writeln!(out, "{}", crate::tr!("table-agreement-scope-none"))?;
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
        writeln!(out, "{}\n{table}", crate::tr!("table-agreement-scope"))?;
    }
    if !detail.subprocessors.is_empty() {
        writeln!(
            out,
            "{}\n{}",
            crate::tr!("table-agreement-subprocessors"),
            subprocessor_table(&detail.subprocessors)
        )?;
    }
    Ok(())
}

pub fn subprocessor_table(rows: &[Subprocessor]) -> comfy_table::Table {
    output::row_table(rows)
}
