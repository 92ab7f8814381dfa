use serde_json::json;

use crate::cli::code;
use crate::commands::{Ctx, Outcome, print_written, required_text};
use crate::domain::breach::{Instant, Risk, iso, parse_time};
use crate::domain::change::EntityKind;
use crate::output::note;
use crate::text;
use crate::tr;
use crate::{Error, clock};

#[derive(Debug, clap::Args)]
pub struct BreachAssessArgs {
    /// The breach's id, e.g. 2026-001
    pub id: String,
    /// none: no report needed (stops the AP clock); risk: report to the AP; high: report to
    /// the AP and tell the people affected
    #[arg(long, value_parser = code::<Risk>(Risk::SPELLINGS))]
    pub risk: Risk,
    /// Why: the record of the decision (art. 33(5) AVG)
    #[arg(long)]
    pub reason: String,
    /// When the decision was taken [default: now]
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub at: Option<Instant>,
    /// Change the recorded moment of an assessment of the same risk (a mistyped time); without
    /// it, the same risk at another --at is refused
    #[arg(long)]
    pub correct: bool,
}

pub fn run(ctx: &Ctx, args: BreachAssessArgs) -> anyhow::Result<Outcome> {
    let now = clock::instant()?;
    let reason = required_text(args.reason, text!("command-label-reason"))?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let mut b = tx.breach(args.id.trim())?;
    let before = (b.risk, b.risk_reason.clone());
    b.risk = Some(args.risk);
    b.risk_reason = Some(reason);
    // The same risk again (a better reason) keeps the moment it was established: from that
    // day the people affected had to be told, and a second assessment does not move it, but
    // as a correction (`--correct`), logged as one.
    let same_risk = before.0 == Some(args.risk);
    let was_at = b.assessed_at;
    if let (true, Some(at), Some(was), false) = (same_risk, args.at, b.assessed_at, args.correct)
        && at != was
    {
        return Err(Error::Conflict(tr!(
            "command-breach-assess-same-risk",
            id = &b.id,
            risk = args.risk.word(),
            was = was
        ))
        .into());
    }
    if args.correct && !(same_risk && was_at.is_some()) {
        return Err(Error::Invalid(tr!(
            "command-breach-assess-nothing-to-correct",
            id = &b.id,
            risk = args.risk.word()
        ))
        .into());
    }
    b.assessed_at = match args.at {
        Some(at) => Some(at),
        None if same_risk => b.assessed_at.or(Some(now)),
        None => Some(now),
    };
    b.validate(now).map_err(Error::Invalid)?;
    tx.save_breach(&b)?;
    tx.log(
        if args.correct {
            "assess-correct"
        } else {
            "assess"
        },
        EntityKind::Breach,
        &b.id,
        json!({
            "risk": args.risk,
            "reason": b.risk_reason,
            "at": b.assessed_at.map(iso),
            "from": { "risk": before.0, "reason": before.1, "at": was_at.map(iso) },
        }),
    )?;
    print_written(
        ctx,
        super::show::written(&tx, &b.id, now, "vreg breach assess")?,
    )?;
    tx.commit()?;
    let head = match args.risk {
        Risk::None => tr!("command-breach-assessed-none", id = &b.id),
        Risk::Risk => tr!("command-breach-assessed-risk", id = &b.id),
        Risk::High => tr!("command-breach-assessed-high", id = &b.id),
    };
    // Only what is left: a report or a notice recorded before the assessment is done.
    let left = super::duties_left(&b, now);
    note(match (args.risk, left.is_empty()) {
        (Risk::None, _) => head,
        (_, true) => tr!("command-breach-duties-done", head = head),
        (_, false) => tr!(
            "command-breach-duties",
            head = head,
            duties = left.join("; ")
        ),
    });
    Ok(Outcome::Done)
}
