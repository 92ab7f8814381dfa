use super::ProcessingView;
use crate::commands::{Ctx, Outcome};
use crate::domain::processing::activity;
use crate::output::{self, joined, opt};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The activity's id
    pub id: String,
}

pub fn run(ctx: &Ctx, args: &Args) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let processing = tx.processing(args.id.trim())?;
    let derived = activity(&processing, &tx.register()?, today);
    let view = ProcessingView {
        processing,
        recipients: derived.recipients,
        transfers: derived.transfers,
    };
    output::show(ctx.format, &view.processing, &view, |out| {
        if view.recipients.is_empty() {
            writeln!(out, "recipients: none (link agreements and parties)")?;
        }
        let rows = view.recipients.iter().map(|r| {
            let how = match r.kind {
                "supplier" => format!(
                    "{}, agreement {} ({}), stored in {}{}",
                    opt(&r.role),
                    opt(&r.agreement),
                    opt(&r.agreement_status),
                    if r.storage_countries.is_empty() {
                        "(not recorded)".to_string()
                    } else {
                        joined(&r.storage_countries)
                    },
                    if r.subprocessors.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "; sub-processors: {}",
                            r.subprocessors
                                .iter()
                                .map(|s| format!("{} ({})", s.name, s.country))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    }
                ),
                _ => format!(
                    "party, {}{}",
                    opt(&r.basis),
                    r.law
                        .as_deref()
                        .map(|l| format!(", {l}"))
                        .unwrap_or_default()
                ),
            };
            vec![output::cell(&r.name), output::cell(&how)]
        });
        if !view.recipients.is_empty() {
            let columns = output::Columns {
                headers: &["recipient", "how"],
                free_text: &["recipient", "how"],
                narrow: &[],
            };
            writeln!(out, "recipients:\n{}", output::laid_out(columns, rows))?;
        }
        for t in &view.transfers {
            writeln!(
                out,
                "outside the EEA: {}{} in {}, safeguard {}",
                t.recipient,
                t.via
                    .as_deref()
                    .map(|v| format!(" (sub-processor of {v})"))
                    .unwrap_or_default(),
                t.country,
                t.transfer_safeguard.map_or("none", |s| s.code())
            )?;
        }
        Ok(())
    })?;
    Ok(Outcome::Done)
}
