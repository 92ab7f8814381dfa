use super::{clear_time, link};
use crate::cli::{Clear, clearable, parse_count};
use crate::commands::{Ctx, Outcome, print_written, required_text};
use crate::domain::breach::{Instant, Kind, parse_time, year};
use crate::domain::category::Category;
use crate::domain::change::EntityKind;
use crate::domain::change::diff;
use crate::domain::non_empty;
use crate::domain::processing::Subject;
use crate::output::note;
use crate::text;
use crate::tr;
use crate::{Error, clock};

#[derive(Debug, clap::Args)]
pub struct BreachEditArgs {
    /// The breach's id, e.g. 2026-001
    pub id: String,
    /// New title (no names or numbers of pupils)
    #[arg(long)]
    pub title: Option<String>,
    /// When the board became aware of it (the id keeps its year)
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub discovered: Option<Instant>,
    /// When the breach began ("" clears)
    #[arg(long, value_name = "TIME", value_parser = clear_time)]
    pub started: Option<Clear<Instant>>,
    /// When the breach ended ("" clears)
    #[arg(long, value_name = "TIME", value_parser = clear_time)]
    pub ended: Option<Clear<Instant>>,
    /// The supplier ("" clears supplier and agreement)
    #[arg(long, value_name = "ID")]
    pub supplier: Option<String>,
    /// The agreement ("" clears it; the supplier stays)
    #[arg(long, value_name = "ID")]
    pub agreement: Option<String>,
    /// Replace the schools affected (repeat; one empty value clears them)
    #[arg(long = "school", value_name = "BRIN")]
    pub schools: Option<Vec<String>>,
    /// Replace the categories of data affected (repeat; one empty value clears them)
    #[arg(long = "category", value_name = "CATEGORY")]
    pub categories: Option<Vec<String>>,
    /// How many people are affected ("" clears)
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = clearable(parse_count))]
    pub subjects: Option<Clear<u32>>,
    /// Replace which people are affected: pupils, parents, staff, applicants, alumni (repeat;
    /// one empty value clears them)
    #[arg(long = "subject-kind", value_name = "KIND")]
    pub subject_kinds: Option<Vec<String>>,
    /// Replace the kinds (repeat; one empty value clears them)
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Option<Vec<String>>,
    /// What happened (no names or numbers of pupils)
    #[arg(long)]
    pub description: Option<String>,
    /// The consequences for the people affected
    #[arg(long)]
    pub consequences: Option<String>,
    /// The measures taken
    #[arg(long)]
    pub measures: Option<String>,
    /// When the breach was closed ("" opens it again)
    #[arg(long, value_name = "TIME", value_parser = clear_time)]
    pub closed: Option<Clear<Instant>>,
}

/// Parses a repeated flag where one empty value clears the list.
fn list<T>(
    values: Option<Vec<String>>,
    parse: impl Fn(&str) -> Result<T, String>,
) -> anyhow::Result<Option<Vec<T>>> {
    let Some(values) = values else {
        return Ok(None);
    };
    let parsed = values
        .iter()
        .filter(|v| !v.trim().is_empty())
        .map(|v| parse(v).map_err(Error::Invalid))
        .collect::<Result<Vec<T>, _>>()?;
    Ok(Some(parsed))
}

pub fn run(ctx: &Ctx, args: BreachEditArgs) -> anyhow::Result<Outcome> {
    let now = clock::instant()?;
    let schools = list(args.schools, crate::cli::school_as_given)?;
    let categories = list(args.categories, |s| {
        s.parse::<Category>().map_err(|e| e.to_string())
    })?;
    let kinds = list(args.kinds, |s| s.parse::<Kind>().map_err(|e| e.to_string()))?;
    let subject_kinds = list(args.subject_kinds, |s| {
        s.parse::<Subject>().map_err(|e| e.to_string())
    })?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.breach(args.id.trim())?;
    let mut b = before.clone();
    if let Some(title) = args.title {
        b.title = required_text(title, text!("command-label-title"))?;
    }
    if let Some(discovered) = args.discovered {
        if year(discovered) != year(b.discovered_at) {
            return Err(Error::Invalid(tr!(
                "command-breach-other-year",
                id = &b.id,
                year = year(b.discovered_at).to_string(),
                other = year(discovered).to_string()
            ))
            .into());
        }
        b.discovered_at = discovered;
    }
    for (field, value) in [
        (&mut b.started_at, args.started),
        (&mut b.ended_at, args.ended),
        (&mut b.closed_at, args.closed),
    ] {
        if let Some(Clear(v)) = value {
            *field = v;
        }
    }
    let supplier = args.supplier.as_deref().map(str::trim);
    let agreement = args.agreement.as_deref().map(str::trim);
    match (supplier, agreement) {
        (None, None) => {}
        (Some(""), _) => (b.supplier, b.agreement) = (None, None),
        (s, Some("")) => {
            b.supplier = match s {
                Some(s) => link(&tx, Some(s), None, b.discovered_at)?.0,
                None => b.supplier,
            };
            b.agreement = None;
        }
        (s, a) => (b.supplier, b.agreement) = link(&tx, s, a, b.discovered_at)?,
    }
    if let Some(schools) = schools {
        b.schools = crate::ops::school::board_schools(&tx, schools)?;
    }
    if let Some(categories) = categories {
        b.categories = categories;
    }
    if let Some(kinds) = kinds {
        b.kinds = kinds;
    }
    if let Some(subject_kinds) = subject_kinds {
        b.subject_kinds = subject_kinds;
    }
    if let Some(Clear(subjects)) = args.subjects {
        b.subjects = subjects;
    }
    for (field, value) in [
        (&mut b.description, args.description),
        (&mut b.consequences, args.consequences),
        (&mut b.measures, args.measures),
    ] {
        if value.is_some() {
            *field = non_empty(value);
        }
    }
    let b = b.normalised();
    b.validate(now).map_err(Error::Invalid)?;
    let changes = diff(&before, &b)?;
    let unchanged = changes.as_object().is_some_and(|c| c.is_empty());
    if !unchanged {
        tx.save_breach(&b)?;
        tx.log("edit", EntityKind::Breach, &b.id, changes)?;
    }
    print_written(
        ctx,
        super::show::written(&tx, &b.id, now, "vreg breach edit")?,
    )?;
    tx.commit()?;
    match unchanged {
        true => note(tr!("command-breach-unchanged", id = &b.id)),
        false => note(tr!("command-breach-updated", id = &b.id)),
    }
    Ok(Outcome::Done)
}
