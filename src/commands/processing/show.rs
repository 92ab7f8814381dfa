use chrono::NaiveDate;

use super::ProcessingView;
use crate::commands::{Ctx, Outcome, Written};
use crate::domain::agreement::{Safeguard, TransferProblem};
use crate::domain::processing::activity;
use crate::output::{self, joined, opt};
use crate::store::Tx;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct ProcessingShowArgs {
    /// The activity's id
    pub id: String,
}

/// The activity with what is derived from the register on `today`, as `show` prints it.
fn view(tx: &Tx<'_>, id: &str, today: NaiveDate) -> anyhow::Result<ProcessingView> {
    let processing = tx.processing(id)?;
    let derived = activity(&processing, &tx.register()?, today);
    Ok(ProcessingView {
        processing,
        recipients: derived.recipients,
        transfers: derived.transfers,
    })
}

/// What a command wrote to activity `id`, as `processing show` prints it today.
pub fn written<'a>(
    ctx: &Ctx,
    tx: &Tx<'_>,
    id: &str,
    command: &'a str,
) -> anyhow::Result<Written<'a>> {
    let view = view(tx, id, ctx.as_of(None)?)?;
    Written::object(command, &view.processing, &view)
}

pub fn run(ctx: &Ctx, args: &ProcessingShowArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let view = view(&tx, args.id.trim(), today)?;
    output::show(ctx.format, &view.processing, &view, |out| {
        if view.recipients.is_empty() {
            writeln!(out, "{}", tr!("command-processing-no-recipients"))?;
        }
        let rows = view.recipients.iter().map(|r| {
            let how = match r.kind {
                "supplier" => crate::tr!(
                    "table-recipient-supplier",
                    role = output::labelled("role", &opt(&r.role)).into_owned(),
                    agreement = opt(&r.agreement),
                    status = output::labelled("status", &opt(&r.agreement_status)).into_owned(),
                    storage = if r.storage_countries.is_empty() {
                        crate::tr!("table-recipient-not-recorded")
                    } else {
                        joined(&r.storage_countries)
                    },
                    subprocessors = if r.subprocessors.is_empty() {
                        String::new()
                    } else {
                        crate::tr!(
                            "table-recipient-subprocessors",
                            names = r
                                .subprocessors
                                .iter()
                                .map(|s| format!("{} ({})", s.name, s.country))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    }
                ),
                _ => match &r.law {
                    Some(law) => crate::tr!(
                        "table-recipient-party-law",
                        basis = output::labelled("basis", &opt(&r.basis)).into_owned(),
                        law = law
                    ),
                    None => crate::tr!(
                        "table-recipient-party",
                        basis = output::labelled("basis", &opt(&r.basis)).into_owned()
                    ),
                },
            };
            vec![output::cell(&r.name), output::cell(&how)]
        });
        if !view.recipients.is_empty() {
            let columns = output::Columns {
                headers: &["recipient", "how"],
                free_text: &["recipient", "how"],
                narrow: &[],
            };
            let table = output::laid_out(columns, rows);
            writeln!(out, "{}\n{table}", crate::tr!("table-recipients"))?;
        }
        for t in &view.transfers {
            // The code in English, the label in Dutch.
            let word = || t.transfer_safeguard.unwrap_or(Safeguard::None).word();
            // One rule with the audit's transfer-safeguard-invalid: never shown as if it held.
            let safeguard: crate::i18n::Arg = match t.problem() {
                Some(TransferProblem::Invalid) => tr!(
                    "command-processing-safeguard-invalid",
                    safeguard = word(),
                    country = &t.country
                )
                .into(),
                _ => word(),
            };
            let line = match t.via.as_deref() {
                Some(via) => tr!(
                    "command-processing-transfer-via",
                    recipient = &t.recipient,
                    via = via,
                    country = &t.country,
                    safeguard = safeguard
                ),
                None => tr!(
                    "command-processing-transfer",
                    recipient = &t.recipient,
                    country = &t.country,
                    safeguard = safeguard
                ),
            };
            writeln!(out, "{line}")?;
        }
        Ok(())
    })?;
    Ok(Outcome::Done)
}
