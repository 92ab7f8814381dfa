//! An agreement as `agreement show` and `supplier show` give it: its status on a day among the
//! supplier's agreements, its data set and its sub-processors.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::agreement::{Agreement, Status, Subprocessor};
use crate::domain::category::ScopeEntry;
use crate::store::Tx;

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
