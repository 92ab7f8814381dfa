use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

use crate::commands::{Ctx, Outcome};
use crate::domain::consent::{Form, GivenBy, Standing, State, reason};
use crate::domain::date::parse_date;
use crate::ops::school::pupil_filter;
use crate::output::{self, Row, opt};
use crate::text;

#[derive(Debug, Args)]
pub struct ConsentListArgs {
    /// The purpose id
    #[arg(long)]
    pub purpose: String,
    /// Only pupils without consent that counts: exactly those for whom `consent check` says no
    /// (refused, withdrawn, disputed, unknown, or granted in a form the purpose does not accept)
    #[arg(long)]
    pub not_granted: bool,
    /// Only this group
    #[arg(long)]
    pub group: Option<String>,
    /// Only this school: BRIN, BRIN with vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
    /// The day the list is for: pupils at school then, decisions dated on or before it
    /// [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

#[derive(Serialize)]
struct ListRow {
    pupil: String,
    name: String,
    group: Option<String>,
    school: Option<String>,
    purpose: String,
    state: State,
    counts: bool,
    date: Option<chrono::NaiveDate>,
    form: Option<Form>,
    given_by: Option<GivenBy>,
    decider: Option<String>,
    /// Why this is no consent; empty where it is.
    reason: Option<String>,
}

impl Row for ListRow {
    const HEADERS: &'static [&'static str] = &[
        "pupil", "name", "group", "school", "purpose", "state", "counts", "date", "form",
        "given_by", "decider", "reason",
    ];
    // The reason names date, form and who; at 80 columns it is the one column that wraps. The
    // school tells two groups 1A of a board apart, but a board of one school needs the group
    // more: the school is left out first (`--wide` keeps both).
    const TABLE: &'static [&'static str] = &[
        "pupil", "name", "group", "school", "state", "counts", "reason",
    ];

    const FREE_TEXT: &'static [&'static str] = &["name", "reason"];
    const NARROW: &'static [&'static str] = &["school", "group"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.pupil.clone(),
            self.name.clone(),
            opt(&self.group),
            opt(&self.school),
            self.purpose.clone(),
            self.state.to_string(),
            self.counts.to_string(),
            opt(&self.date),
            opt(&self.form),
            opt(&self.given_by),
            opt(&self.decider),
            opt(&self.reason),
        ]
    }
}

pub fn run(ctx: &Ctx, args: &ConsentListArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(args.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let filter = pupil_filter(
        &tx,
        today,
        false,
        args.group.as_deref(),
        args.school.as_deref(),
    )?;
    let purpose = tx.active_purpose(&args.purpose, today)?;
    // JSON and CSV give the reason in English, a table in the reader's language.
    let lang = ctx.format.lang();
    // Row by row: memory does not grow with the number of pupils.
    output::stream(ctx.format, text!("command-pupil-none"), |emit| {
        tx.for_each_pupil_standings(Some(&purpose.id), today, |p, stands| {
            let s = stands
                .into_iter()
                .next()
                .map_or(Standing::UNKNOWN, |(_, s)| s);
            if !filter.wants(&p) || (args.not_granted && s.counts) {
                return Ok(());
            }
            emit(ListRow {
                reason: (!s.counts).then(|| reason(&purpose, &s).in_lang(lang)),
                state: s.state,
                counts: s.counts,
                date: s.date,
                form: s.form,
                given_by: s.given_by,
                decider: s.decider,
                purpose: purpose.id.clone(),
                pupil: p.leerlingnummer,
                name: p.name,
                group: p.group,
                school: p.school,
            })
        })
    })?;
    Ok(Outcome::Done)
}
