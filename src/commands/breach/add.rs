use super::link;
use crate::cli::{code, parse_count};
use crate::commands::{Ctx, Outcome, print_written, required_text};
use crate::domain::breach::{Breach, Instant, Kind, next_id, parse_time, year};
use crate::domain::category::Category;
use crate::domain::change::EntityKind;
use crate::domain::non_empty;
use crate::domain::processing::Subject;
use crate::output::note;
use crate::text;
use crate::tr;
use crate::{Error, clock, prompt};

#[derive(Debug, clap::Args)]
pub struct BreachAddArgs {
    /// What happened, in a few words (no names or numbers of pupils)
    pub title: Option<String>,
    /// When the board became aware of it, Dutch time ("2026-10-23 16:00"); the 72 hours for
    /// the AP run from here
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub discovered: Option<Instant>,
    /// When the breach began, if known
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub started: Option<Instant>,
    /// When the breach ended, if it did
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub ended: Option<Instant>,
    /// The supplier at which it happened (its agreement in force that day is linked too)
    #[arg(long, value_name = "ID")]
    pub supplier: Option<String>,
    /// The agreement under which it happened (sets the supplier; its breach_notice_hours
    /// start the processor clock)
    #[arg(long, value_name = "ID")]
    pub agreement: Option<String>,
    /// A school affected: BRIN, BRIN with vestiging, or its name (repeat for several)
    #[arg(long = "school", value_name = "BRIN")]
    pub schools: Vec<String>,
    /// A category of data affected (repeat for several; see `vreg scope categories`)
    #[arg(long = "category", value_name = "CATEGORY", value_parser = code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
    /// How many people are affected (a number, never who)
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = parse_count)]
    pub subjects: Option<u32>,
    /// Which people are affected: pupils, parents, staff, applicants, alumni (repeat for
    /// several)
    #[arg(long = "subject-kind", value_name = "KIND", value_parser = code::<Subject>(Subject::SPELLINGS))]
    pub subject_kinds: Vec<Subject>,
    /// confidentiality, integrity, availability (repeat for several)
    #[arg(long = "kind", value_name = "KIND", value_parser = code::<Kind>(Kind::SPELLINGS))]
    pub kinds: Vec<Kind>,
    /// What happened (no names or numbers of pupils)
    #[arg(long)]
    pub description: Option<String>,
    /// The consequences for the people affected
    #[arg(long)]
    pub consequences: Option<String>,
}

pub fn run(ctx: &Ctx, args: BreachAddArgs) -> anyhow::Result<Outcome> {
    let now = clock::instant()?;
    let title = required_text(
        prompt::given(args.title, "TITLE")?,
        text!("command-label-title"),
    )?;
    let discovered = prompt::given(args.discovered, "--discovered TIME")?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let (supplier, agreement) = link(
        &tx,
        args.supplier.as_deref(),
        args.agreement.as_deref(),
        discovered,
    )?;
    let year = year(discovered);
    let id = next_id(year, tx.breach_ids_of_year(year)?);
    let breach = Breach {
        started_at: args.started,
        ended_at: args.ended,
        supplier,
        agreement,
        schools: crate::ops::school::board_schools(&tx, args.schools)?,
        categories: args.categories,
        subjects: args.subjects,
        subject_kinds: args.subject_kinds,
        kinds: args.kinds,
        description: non_empty(args.description),
        consequences: non_empty(args.consequences),
        ..Breach::new(id, title, discovered)
    }
    .normalised();
    breach.validate(now).map_err(Error::Invalid)?;
    tx.save_breach(&breach)?;
    tx.log(
        "add",
        EntityKind::Breach,
        &breach.id,
        serde_json::to_value(&breach)?,
    )?;
    // What was written goes out before the commit: if it cannot be printed, nothing is kept.
    let written = super::show::written(&tx, &breach.id, now, "vreg breach add")?;
    print_written(ctx, written.with_line(&breach.id))?;
    tx.commit()?;
    let due = breach.ap_due();
    note(match (&breach.supplier, &breach.agreement) {
        (Some(s), Some(a)) => tr!(
            "command-breach-added-agreement",
            id = &breach.id,
            supplier = s,
            agreement = a,
            due = due
        ),
        (Some(s), None) => tr!(
            "command-breach-added-supplier",
            id = &breach.id,
            supplier = s,
            due = due
        ),
        _ => tr!("command-breach-added", id = &breach.id, due = due),
    });
    Ok(Outcome::Done)
}
