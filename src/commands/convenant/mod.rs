use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use super::{Ctx, Outcome, Written, diff, note, print_written};
use crate::cli::{ConvenantCommand, ConvenantList, ConvenantSet};
use crate::domain::supplier::{Convenant, ConvenantVersion, Supplier, days_since};
use crate::output::{self, Row, opt};

pub fn run(ctx: &Ctx, cmd: ConvenantCommand) -> anyhow::Result<Outcome> {
    match cmd {
        ConvenantCommand::Set(args) => set(ctx, &args),
        ConvenantCommand::List(args) => list(ctx, &args),
    }
}

fn set(ctx: &Ctx, args: &ConvenantSet) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let checked_on = args.checked_on.unwrap_or(today);
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.supplier(&args.supplier)?;
    let mut after = before.clone();
    after.convenant = args.status;
    after.convenant_checked_on = Some(checked_on);
    after.convenant_version = match args.status {
        // A member's new status without a version keeps the one on record; leaving the
        // convenant ends it. A version given with a non-member status is refused below.
        Convenant::Participant | Convenant::Supporter => args.version.or(before.convenant_version),
        Convenant::None | Convenant::Unknown => args.version,
    };
    after.validate_on(today).map_err(crate::Error::Invalid)?;
    tx.save_supplier(&after)?;
    let mut changes = diff(&before, &after)?;
    changes["status"] = json!(after.convenant);
    tx.log("convenant-set", "supplier", &after.id, changes)?;
    let row = ConvenantRow::new(after.clone(), today);
    print_written(ctx, Written::object("vreg convenant set", &row, &row)?)?;
    tx.commit()?;
    note(format!(
        "supplier {}: convenant {} ({}), checked on {checked_on}",
        after.id,
        after.convenant,
        after.convenant.label()
    ));
    Ok(Outcome::Done)
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

fn list(ctx: &Ctx, args: &ConvenantList) -> anyhow::Result<Outcome> {
    let as_of = ctx.as_of(args.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let rows: Vec<ConvenantRow> = tx
        .suppliers()?
        .into_iter()
        .map(|s| ConvenantRow::new(s, as_of))
        .collect();
    output::list(ctx.format, &rows, "no suppliers")?;
    Ok(Outcome::Done)
}
