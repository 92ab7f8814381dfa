use crate::commands::{Ctx, Outcome};
use crate::domain::processing::Subject;
use crate::text;
use crate::{Error, output};

#[derive(Debug, clap::Args)]
pub struct ProcessingListArgs {
    /// Only activities that use this agreement
    #[arg(long, value_name = "ID")]
    pub agreement: Option<String>,
    /// Only activities whose data go to this party
    #[arg(long, value_name = "ID")]
    pub party: Option<String>,
    /// Only activities that process this category
    #[arg(long, value_name = "CATEGORY")]
    pub category: Option<String>,
    /// Only activities about these people: pupils, parents, staff, applicants, alumni
    #[arg(long, value_name = "SUBJECT")]
    pub subject: Option<String>,
}

pub fn run(ctx: &Ctx, args: &ProcessingListArgs) -> anyhow::Result<Outcome> {
    let subject = args
        .subject
        .as_deref()
        .map(|s| {
            s.parse::<Subject>()
                .map_err(|e| Error::Invalid(format!("--subject: {e}")))
        })
        .transpose()?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let category = match &args.category {
        Some(c) => Some(
            crate::domain::processing::category_code(c, &tx.own_categories()?)
                .map_err(Error::Invalid)?,
        ),
        None => None,
    };
    let wanted = |list: &[String], id: &Option<String>| {
        id.as_deref()
            .is_none_or(|id| list.iter().any(|x| x == id.trim()))
    };
    let rows: Vec<_> = tx
        .processings()?
        .into_iter()
        .filter(|p| wanted(&p.agreements, &args.agreement))
        .filter(|p| wanted(&p.parties, &args.party))
        .filter(|p| wanted(&p.categories, &category))
        .filter(|p| subject.is_none_or(|s| p.subjects.contains(&s)))
        .collect();
    output::list(ctx.format, &rows, text!("command-processing-none"))?;
    Ok(Outcome::Done)
}
