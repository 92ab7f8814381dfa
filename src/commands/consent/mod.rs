use serde::Serialize;
use serde_json::json;

use super::pupil::school_filter;
use super::{Ctx, Outcome, new_id, note, required_text};
use crate::Error;
use crate::cli::{
    ConsentCheck, ConsentCommand, ConsentList, ConsentSet, ConsentShow, PurposeAdd, PurposeCommand,
    PurposeEdit,
};
use crate::domain::consent::{
    AGE_OF_CONSENT, Event, Form, GivenBy, Purpose, State, check_decision_date, counts_as_consent,
    may_decide_alone, reason,
};
use crate::domain::pupil::{Pupil, group_matches, school_matches};
use crate::output::{self, Format, Row, opt};
use crate::store::{NewEvent, Tx};

pub fn run(ctx: &Ctx, cmd: ConsentCommand) -> anyhow::Result<Outcome> {
    match cmd {
        ConsentCommand::Set(args) => set(ctx, &args),
        ConsentCommand::Show(args) => show(ctx, &args),
        ConsentCommand::Check(args) => check(ctx, &args),
        ConsentCommand::List(args) => list(ctx, &args),
        ConsentCommand::Purposes => purposes(ctx),
        ConsentCommand::Purpose(PurposeCommand::Add(args)) => purpose_add(ctx, args),
        ConsentCommand::Purpose(PurposeCommand::Edit(args)) => purpose_edit(ctx, args),
    }
}

/// A purpose by id, or an error that points at the list.
pub fn purpose(tx: &Tx<'_>, id: &str) -> anyhow::Result<Purpose> {
    tx.find_purpose(id)?.ok_or_else(|| {
        Error::Invalid(format!(
            "no consent purpose '{id}' (see `vreg consent purposes`)"
        ))
        .into()
    })
}

fn set(ctx: &Ctx, args: &ConsentSet) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let on = args.on.unwrap_or(today);
    let store = ctx.store()?;
    let tx = store.write()?;
    let pupil = tx.pupil(&args.pupil)?;
    let purpose = purpose(&tx, &args.purpose)?;
    check_decision_date(on, today, pupil.birth_date)
        .map_err(|e| Error::Invalid(format!("--on: {e}")))?;
    let alone = may_decide_alone(pupil.birth_date, on);
    match (args.given_by, alone) {
        (GivenBy::Pupil, Err(e)) => return Err(Error::Invalid(format!("--by pupil: {e}")).into()),
        (GivenBy::Parent | GivenBy::Guardian, Ok(())) => {
            return Err(Error::Invalid(format!(
                "pupil {} is {AGE_OF_CONSENT} or older on {on} and decides alone: record it with --by pupil",
                pupil.leerlingnummer
            ))
            .into());
        }
        _ => {}
    }
    let event = NewEvent {
        pupil: &pupil.leerlingnummer,
        purpose: &purpose.id,
        decision: args.decision,
        given_by: args.given_by,
        form: args.form,
        date: on,
        source: None,
    };
    tx.add_consent_event(&event)?;
    tx.log(
        "consent-set",
        "pupil",
        &pupil.leerlingnummer,
        json!({ "purpose": purpose.id, "decision": args.decision, "given_by": args.given_by,
                "form": args.form, "date": on }),
    )?;
    let standing = tx.decision_on(&pupil.leerlingnummer, &purpose.id, today)?;
    tx.commit()?;
    note(format!(
        "recorded: {} {} for {} on {on}",
        args.decision, purpose.id, pupil.leerlingnummer
    ));
    if let Some(left) = pupil.left_on.filter(|left| *left <= on) {
        note(format!(
            "note: pupil {} left school on {left}; the decision is recorded all the same",
            pupil.leerlingnummer
        ));
    }
    if standing.as_ref().is_some_and(|e| e.date > on) {
        note("note: a later-dated decision stands; this one is kept as history");
    }
    if args.decision == crate::domain::consent::Decision::Granted
        && purpose.explicit
        && args.form != Form::Written
    {
        note(format!(
            "warning: {} needs written consent; this {} grant does not count",
            purpose.id, args.form
        ));
    }
    Ok(Outcome::Done)
}

#[derive(Serialize)]
struct Current {
    purpose: String,
    state: State,
    date: Option<chrono::NaiveDate>,
    form: Option<Form>,
}

#[derive(Serialize)]
struct History {
    purpose: String,
    decision: crate::domain::consent::Decision,
    date: chrono::NaiveDate,
    given_by: GivenBy,
    form: Form,
    source: Option<String>,
    recorded_at: String,
    actor: String,
}

#[derive(Serialize)]
struct ConsentDetail {
    pupil: Pupil,
    current: Vec<Current>,
    history: Vec<History>,
}

impl Row for Current {
    const HEADERS: &'static [&'static str] = &["purpose", "state", "date", "form"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.purpose.clone(),
            self.state.to_string(),
            opt(&self.date),
            opt(&self.form),
        ]
    }
}

impl Row for History {
    const HEADERS: &'static [&'static str] = &[
        "purpose",
        "decision",
        "date",
        "given_by",
        "form",
        "source",
        "recorded_at",
        "actor",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.purpose.clone(),
            self.decision.to_string(),
            self.date.to_string(),
            self.given_by.to_string(),
            self.form.to_string(),
            opt(&self.source),
            self.recorded_at.clone(),
            self.actor.clone(),
        ]
    }
}

fn show(ctx: &Ctx, args: &ConsentShow) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let pupil = tx.pupil(&args.pupil)?;
    let events = tx.consent_history(&pupil.leerlingnummer)?;
    let current = tx
        .purposes()?
        .into_iter()
        .map(|p| {
            let own: Vec<Event> = events
                .iter()
                .filter(|e| e.purpose == p.id && e.date <= today)
                .cloned()
                .collect();
            let latest = crate::domain::consent::latest(&own);
            Current {
                state: latest.map_or(State::Unknown, |e| e.decision.into()),
                date: latest.map(|e| e.date),
                form: latest.map(|e| e.form),
                purpose: p.id,
            }
        })
        .collect();
    let history = events
        .into_iter()
        .map(|e| History {
            purpose: e.purpose,
            decision: e.decision,
            date: e.date,
            given_by: e.given_by,
            form: e.form,
            source: e.source,
            recorded_at: e.recorded_at,
            actor: e.actor,
        })
        .collect();
    let detail = ConsentDetail {
        pupil,
        current,
        history,
    };
    match ctx.format {
        Format::Json => output::document(&detail)?,
        // CSV has one table: the current state per purpose.
        Format::Csv => output::list(Format::Csv, &detail.current, "")?,
        Format::Table => {
            output::line(format!(
                "{} ({})",
                detail.pupil.name, detail.pupil.leerlingnummer
            ))?;
            output::list(Format::Table, &detail.current, "")?;
            if detail.history.is_empty() {
                output::line("no decisions recorded")?;
            } else {
                output::line("history:")?;
                output::list(Format::Table, &detail.history, "")?;
            }
        }
    }
    Ok(Outcome::Done)
}

fn check(ctx: &Ctx, args: &ConsentCheck) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let pupil = tx.pupil(&args.pupil)?;
    let purpose = purpose(&tx, &args.purpose)?;
    let latest = tx.decision_on(&pupil.leerlingnummer, &purpose.id, ctx.as_of(None)?)?;
    answer(
        ctx,
        counts_as_consent(&purpose, latest.as_ref()),
        &reason(&purpose, latest.as_ref()),
    )
}

/// Prints a yes/no answer with its reason, and turns it into the exit code.
pub fn answer(ctx: &Ctx, allowed: bool, reason: &str) -> anyhow::Result<Outcome> {
    let answer = Answer {
        allowed,
        reason: reason.to_string(),
    };
    let printed = match ctx.format {
        Format::Json => output::document(&answer),
        Format::Csv => output::list(Format::Csv, std::slice::from_ref(&answer), ""),
        Format::Table => output::line(format!("{}: {reason}", if allowed { "yes" } else { "no" })),
    };
    output::answered(printed, if allowed { Outcome::Done } else { Outcome::No })
}

/// The answer of `consent check` and `party check`.
#[derive(Serialize)]
struct Answer {
    allowed: bool,
    reason: String,
}

impl Row for Answer {
    const HEADERS: &'static [&'static str] = &["allowed", "reason"];

    fn cells(&self) -> Vec<String> {
        vec![self.allowed.to_string(), self.reason.clone()]
    }
}

#[derive(Serialize)]
struct ListRow {
    pupil: String,
    name: String,
    group: Option<String>,
    school: Option<String>,
    purpose: String,
    state: State,
    date: Option<chrono::NaiveDate>,
}

impl Row for ListRow {
    const HEADERS: &'static [&'static str] = &[
        "pupil", "name", "group", "school", "purpose", "state", "date",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.pupil.clone(),
            self.name.clone(),
            opt(&self.group),
            opt(&self.school),
            self.purpose.clone(),
            self.state.to_string(),
            opt(&self.date),
        ]
    }
}

fn list(ctx: &Ctx, args: &ConsentList) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let school = school_filter(args.school.as_deref())?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let purpose = purpose(&tx, &args.purpose)?;
    let wanted = |p: &crate::domain::pupil::Pupil| {
        p.present_on(today)
            && args
                .group
                .as_ref()
                .is_none_or(|g| group_matches(p.group.as_deref(), g))
            && school
                .as_ref()
                .is_none_or(|s| school_matches(p.school.as_deref(), s))
    };
    output::stream(ctx.format, "no pupils", |emit| {
        tx.for_each_pupil_standing(&purpose.id, today, |p, latest| {
            if !wanted(&p) || (args.not_granted && counts_as_consent(&purpose, latest.as_ref())) {
                return Ok(());
            }
            emit(ListRow {
                state: latest
                    .as_ref()
                    .map_or(State::Unknown, |e| e.decision.into()),
                date: latest.as_ref().map(|e| e.date),
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

impl Row for Purpose {
    const HEADERS: &'static [&'static str] = &["id", "name", "explicit", "party"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.explicit.to_string(),
            opt(&self.party),
        ]
    }
}

fn purposes(ctx: &Ctx) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    output::list(ctx.format, &tx.purposes()?, "no consent purposes")?;
    Ok(Outcome::Done)
}

fn purpose_add(ctx: &Ctx, args: PurposeAdd) -> anyhow::Result<Outcome> {
    let name = required_text(args.name, "the purpose's name")?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let existing = tx.purposes()?;
    let id = new_id(args.id.as_deref(), &name, "purpose", |c| {
        Ok(existing.iter().any(|p| p.id == c))
    })?;
    let purpose = Purpose {
        id,
        name,
        explicit: args.explicit,
        party: None,
    };
    purpose.validate().map_err(Error::Invalid)?;
    tx.save_purpose(&purpose)?;
    tx.log(
        "add",
        "purpose",
        &purpose.id,
        serde_json::to_value(&purpose)?,
    )?;
    // The id goes out before the commit: if it cannot be written, nothing is kept.
    output::answered(output::line(&purpose.id), ())?;
    tx.commit()?;
    note(format!("added consent purpose {}", purpose.id));
    Ok(Outcome::Done)
}

fn purpose_edit(ctx: &Ctx, args: PurposeEdit) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = purpose(&tx, &args.id)?;
    let mut after = before.clone();
    if let Some(name) = args.name {
        after.name = required_text(name, "the purpose's name")?;
    }
    if let Some(explicit) = args.explicit {
        after.explicit = explicit;
    }
    after.validate().map_err(Error::Invalid)?;
    let changes = super::diff(&before, &after)?;
    if changes.as_object().is_some_and(|c| c.is_empty()) {
        note(format!("purpose {} unchanged", after.id));
        return Ok(Outcome::Done);
    }
    tx.save_purpose(&after)?;
    tx.log("edit", "purpose", &after.id, changes)?;
    tx.commit()?;
    note(format!("updated consent purpose {}", after.id));
    Ok(Outcome::Done)
}
