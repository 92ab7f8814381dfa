use serde_json::json;

use crate::cli::code;
use crate::commands::{Ctx, Outcome, print_written};
use crate::domain::breach::{Instant, Recipient, iso, parse_time};
use crate::domain::change::EntityKind;
use crate::domain::non_empty;
use crate::output::note;
use crate::tr;
use crate::{Error, clock};

#[derive(Debug, clap::Args)]
pub struct BreachNotifyArgs {
    /// The breach's id, e.g. 2026-001
    pub id: String,
    /// Who was told: ap (Autoriteit Persoonsgegevens), subjects (the people affected: parents,
    /// pupils of 16 and older), inspectie (Inspectie van het Onderwijs, for test and exam results)
    #[arg(value_parser = code::<Recipient>(Recipient::SPELLINGS))]
    pub to: Recipient,
    /// When, Dutch time ("2026-10-26 14:00")
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub at: Instant,
    /// The report number (meldnummer) the AP gave; the Inspectie's reference
    #[arg(long = "ref", value_name = "REF")]
    pub reference: Option<String>,
    /// How the people affected were told (letter, e-mail, parent app; no names)
    #[arg(long)]
    pub how: Option<String>,
    /// With `ap` after the 72 hours: the reasons for the delay, which go with a later report
    /// (art. 33(1) AVG)
    #[arg(long, value_name = "TEXT")]
    pub delay_reason: Option<String>,
    /// Change what was recorded for a notice already given (a mistyped time or reference);
    /// without it, a second notice to the same recipient is refused
    #[arg(long)]
    pub correct: bool,
}

pub fn run(ctx: &Ctx, args: BreachNotifyArgs) -> anyhow::Result<Outcome> {
    let now = clock::instant()?;
    let reference = non_empty(args.reference);
    let how = non_empty(args.how);
    let delay_reason = non_empty(args.delay_reason);
    if delay_reason.is_some() && args.to != Recipient::Ap {
        return Err(Error::Invalid(tr!("command-breach-notify-delay-only")).into());
    }
    match args.to {
        Recipient::Ap | Recipient::Inspectie if how.is_some() => {
            return Err(Error::Invalid(tr!("command-breach-notify-how-only")).into());
        }
        Recipient::Subjects if reference.is_some() => {
            return Err(Error::Invalid(tr!("command-breach-notify-ref-only")).into());
        }
        _ => {}
    }
    let store = ctx.store()?;
    let tx = store.write()?;
    let mut b = tx.breach(args.id.trim())?;
    // The register keeps when each was told (art. 33(5)): a second notice does not quietly
    // move a late report into the 72 hours. The same moment again adds to it (the reasons for
    // a delay, a reference); `--correct` changes it, logged as a correction.
    let (given, said) = match args.to {
        Recipient::Ap => (b.ap_reported_at, b.ap_reference.clone()),
        Recipient::Subjects => (b.subjects_notified_at, b.subjects_notice.clone()),
        Recipient::Inspectie => (b.inspectie_notified_at, b.inspectie_reference.clone()),
    };
    // What this notice says (its reference, or how the people were told), where it says one.
    let saying = match args.to {
        Recipient::Subjects => how.clone(),
        _ => reference.clone(),
    };
    match (given, args.correct) {
        (Some(at), false) if at != args.at => {
            return Err(Error::Conflict(tr!(
                "command-breach-notify-already",
                id = &b.id,
                to = args.to.word(),
                at = at
            ))
            .into());
        }
        (Some(_), false)
            if said
                .as_ref()
                .is_some_and(|was| saying.as_ref().is_some_and(|now| now != was)) =>
        {
            return Err(Error::Conflict(tr!(
                "command-breach-notify-other-reference",
                id = &b.id,
                to = args.to.word(),
                was = said.unwrap_or_default()
            ))
            .into());
        }
        (None, true) => {
            return Err(Error::Invalid(tr!(
                "command-breach-notify-nothing-to-correct",
                id = &b.id,
                to = args.to.word()
            ))
            .into());
        }
        _ => {}
    }
    // A first notice says what it was; the same one again may leave that out.
    match args.to {
        Recipient::Ap if reference.is_none() && said.is_none() => {
            return Err(Error::Invalid(tr!("command-breach-notify-needs-ref")).into());
        }
        Recipient::Subjects if how.is_none() && said.is_none() => {
            return Err(Error::Invalid(tr!("command-breach-notify-needs-how")).into());
        }
        _ => {}
    }
    // Not said again: what was recorded stays.
    let reference = reference.or(match args.to {
        Recipient::Subjects => None,
        _ => said.clone(),
    });
    let how = how.or(match args.to {
        Recipient::Subjects => said.clone(),
        _ => None,
    });
    let delay_reason_before = b.ap_delay_reason.clone();
    match args.to {
        Recipient::Ap => {
            b.ap_reported_at = Some(args.at);
            b.ap_reference = reference.clone();
            // Kept when not given again (a corrected reference keeps its reasons); a report
            // corrected to within the 72 hours had no delay.
            if delay_reason.is_some() {
                b.ap_delay_reason = delay_reason.clone();
            } else if args.at <= b.ap_due() {
                b.ap_delay_reason = None;
            }
        }
        Recipient::Subjects => {
            b.subjects_notified_at = Some(args.at);
            b.subjects_notice = how.clone();
        }
        Recipient::Inspectie => {
            b.inspectie_notified_at = Some(args.at);
            b.inspectie_reference = reference.clone();
        }
    }
    b.validate(now).map_err(Error::Invalid)?;
    tx.save_breach(&b)?;
    tx.log(
        if args.correct {
            "notify-correct"
        } else {
            "notify"
        },
        EntityKind::Breach,
        &b.id,
        // What the notice stands at now, and what it replaced.
        json!({ "to": args.to, "at": iso(args.at), "ref": reference, "how": how,
                "delay_reason": b.ap_delay_reason.clone().filter(|_| args.to == Recipient::Ap),
                "from": given.map(iso), "said_before": said,
                "delay_reason_before": delay_reason_before
                    .filter(|before| Some(before) != b.ap_delay_reason.as_ref()) }),
    )?;
    print_written(
        ctx,
        super::show::written(&tx, &b.id, now, "vreg breach notify")?,
    )?;
    tx.commit()?;
    let told = tr!(
        "command-breach-told",
        id = &b.id,
        to = args.to.word(),
        at = args.at
    );
    note(match args.to {
        Recipient::Ap if args.at > b.ap_due() && b.ap_delay_reason.is_some() => tr!(
            "command-breach-told-late-explained",
            told = told,
            due = b.ap_due()
        ),
        Recipient::Ap if args.at > b.ap_due() => {
            tr!("command-breach-told-late", told = told, due = b.ap_due())
        }
        Recipient::Ap => tr!("command-breach-told-in-time", told = told),
        _ => told,
    });
    Ok(Outcome::Done)
}
