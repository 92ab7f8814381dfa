//! `vreg consent purposes` and `vreg consent purpose add|edit|retire`.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::cli::code;
use crate::commands::{Ctx, Outcome, Written, new_id, print_written, required_text};
use crate::domain::change::EntityKind;
use crate::domain::change::diff;
use crate::domain::consent::{AppliesTo, Purpose, Renewal};
use crate::domain::date::parse_date;
use crate::output::note;
use crate::output::{self, Row, opt};
use crate::text;
use crate::tr;
use crate::{Error, prompt};

#[derive(Debug, Args)]
pub struct ConsentPurposesArgs {
    /// Also purposes that were retired
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum PurposeCommand {
    /// Add a consent purpose; prints its id
    #[command(
        after_help = "Example:\n  vreg consent purpose add \"Deelname aan onderzoek\" --explicit --applies-to some"
    )]
    Add(ConsentPurposeAddArgs),
    /// Change a consent purpose
    #[command(
        after_help = "Examples:\n  vreg consent purpose edit photo-internal --name \"Foto's in de ouderapp\"\n  vreg consent purpose edit photo-website --written-only true"
    )]
    Edit(ConsentPurposeEditArgs),
    /// Stop using a purpose: kept with its history, gone from lists, checks and the GMR
    #[command(
        after_help = "Example:\n  vreg consent purpose retire social-media-use --on 2026-08-01"
    )]
    Retire(ConsentPurposeRetireArgs),
}

#[derive(Debug, Args)]
pub struct ConsentPurposeAddArgs {
    /// The name parents read, in Dutch (without it on a terminal, vreg asks for every field)
    pub name: Option<String>,
    /// The id [default: derived from the name]
    #[arg(long)]
    pub id: Option<String>,
    /// Needs an express statement: a written or digital grant counts, a verbal one never
    #[arg(long)]
    pub explicit: bool,
    /// Only a written (paper) grant counts (implies --explicit)
    #[arg(long)]
    pub written_only: bool,
    /// yearly (asked every school year; older decisions are stale) or once
    #[arg(long, default_value = "yearly", value_parser = code::<Renewal>(Renewal::SPELLINGS))]
    pub renewal: Renewal,
    /// all (every pupil is asked) or some (only pupils it concerns, e.g. speech therapy)
    #[arg(long, default_value = "all", value_parser = code::<AppliesTo>(AppliesTo::SPELLINGS))]
    pub applies_to: AppliesTo,
}

#[derive(Debug, Args)]
pub struct ConsentPurposeEditArgs {
    /// The purpose's id (see `vreg consent purposes`)
    pub id: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// Whether an express statement is needed: true (the flag alone) or false
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub explicit: Option<bool>,
    /// Whether only a written (paper) grant counts: true (the flag alone) or false
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub written_only: Option<bool>,
    /// yearly or once
    #[arg(long, value_parser = code::<Renewal>(Renewal::SPELLINGS))]
    pub renewal: Option<Renewal>,
    /// all or some
    #[arg(long, value_parser = code::<AppliesTo>(AppliesTo::SPELLINGS))]
    pub applies_to: Option<AppliesTo>,
}

#[derive(Debug, Args)]
pub struct ConsentPurposeRetireArgs {
    /// The purpose's id (see `vreg consent purposes`)
    pub id: String,
    /// The first day it is no longer used [default: today]
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
    /// Take it back into use
    #[arg(long, conflicts_with = "on")]
    pub undo: bool,
}

impl Row for Purpose {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "name",
        "explicit",
        "written_only",
        "renewal",
        "applies_to",
        "retired_on",
        "party",
    ];

    const FREE_TEXT: &'static [&'static str] = &["name"];
    const NARROW: &'static [&'static str] = &["retired_on", "party", "written_only", "explicit"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.explicit.to_string(),
            self.written_only.to_string(),
            self.renewal.to_string(),
            self.applies_to.to_string(),
            opt(&self.retired_on),
            opt(&self.party),
        ]
    }
}

pub fn list(ctx: &Ctx, args: &ConsentPurposesArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let purposes: Vec<Purpose> = tx
        .purposes()?
        .into_iter()
        .filter(|p| args.all || p.active_on(today))
        .collect();
    output::list(ctx.format, &purposes, text!("command-purpose-none"))?;
    Ok(Outcome::Done)
}

pub fn run(ctx: &Ctx, cmd: PurposeCommand) -> anyhow::Result<Outcome> {
    match cmd {
        PurposeCommand::Add(args) => add(ctx, args),
        PurposeCommand::Edit(args) => edit(ctx, args),
        PurposeCommand::Retire(args) => retire(ctx, &args),
    }
}

fn add(ctx: &Ctx, args: ConsentPurposeAddArgs) -> anyhow::Result<Outcome> {
    let name = required_text(
        prompt::given(args.name, "NAME")?,
        text!("command-label-purpose-name"),
    )?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let existing = tx.purposes()?;
    let id = new_id(args.id.as_deref(), &name, "purpose", |c| {
        Ok(existing.iter().any(|p| p.id == c))
    })?;
    let purpose = Purpose {
        explicit: args.explicit,
        written_only: args.written_only,
        renewal: args.renewal,
        applies_to: args.applies_to,
        ..Purpose::new(id, name)
    }
    .normalised();
    purpose.validate().map_err(Error::Invalid)?;
    tx.save_purpose(&purpose)?;
    tx.log(
        "add",
        EntityKind::Purpose,
        &purpose.id,
        serde_json::to_value(&purpose)?,
    )?;
    // What was written goes out before the commit: if it cannot be printed, nothing is kept.
    let written = Written::object("vreg consent purpose add", &purpose, &purpose)?;
    print_written(ctx, written.with_line(&purpose.id))?;
    tx.commit()?;
    note(tr!("command-purpose-added", id = &purpose.id));
    Ok(Outcome::Done)
}

/// Stores a changed purpose and logs what changed; a change that changes nothing writes nothing.
/// Prints the purpose as `consent purposes` lists it, as `command` wrote it.
fn save(
    ctx: &Ctx,
    tx: &crate::store::Tx<'_>,
    (before, after): (&Purpose, Purpose),
    action: &str,
    command: &str,
) -> anyhow::Result<bool> {
    let after = after.normalised();
    after.validate().map_err(Error::Invalid)?;
    let changes = diff(before, &after)?;
    let unchanged = changes.as_object().is_some_and(|c| c.is_empty());
    if !unchanged {
        tx.save_purpose(&after)?;
        tx.log(action, EntityKind::Purpose, &after.id, changes)?;
    }
    let stored = tx.purpose(&after.id)?;
    print_written(ctx, Written::object(command, &stored, &stored)?)?;
    if unchanged {
        note(tr!("command-purpose-unchanged", id = &after.id));
    }
    Ok(!unchanged)
}

fn edit(ctx: &Ctx, args: ConsentPurposeEditArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.purpose(&args.id)?;
    let mut after = before.clone();
    if let Some(name) = args.name {
        after.name = required_text(name, text!("command-label-purpose-name"))?;
    }
    if let Some(explicit) = args.explicit {
        after.explicit = explicit;
        // An express statement no longer needed: neither is paper.
        after.written_only &= explicit;
    }
    if let Some(written_only) = args.written_only {
        after.written_only = written_only;
    }
    if let Some(renewal) = args.renewal {
        after.renewal = renewal;
    }
    if let Some(applies_to) = args.applies_to {
        after.applies_to = applies_to;
    }
    // The forms that count are judged as the purpose is now, for every day asked about.
    let counted = |p: &crate::domain::consent::Purpose| (p.explicit, p.written_only);
    let forms_changed = counted(&before) != counted(&after.clone().normalised());
    let party = after.party.clone();
    if save(
        ctx,
        &tx,
        (&before, after),
        "edit",
        "vreg consent purpose edit",
    )? {
        // Its party's shortfalls with the purpose as stored: one that no longer asks an express
        // statement lets no special categories go (art. 9).
        let warnings = match party {
            Some(party) => crate::ops::party::warn_shortfalls(&tx, &tx.party(&party)?)?,
            None => Vec::new(),
        };
        tx.commit()?;
        note(tr!("command-purpose-updated", id = &before.id));
        if forms_changed {
            note(tr!("command-purpose-forms-changed", id = &before.id));
        }
        warnings.into_iter().for_each(note);
    }
    Ok(Outcome::Done)
}

fn retire(ctx: &Ctx, args: &ConsentPurposeRetireArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.purpose(&args.id)?;
    if before.party.is_some() && !args.undo {
        return Err(Error::Invalid(tr!(
            "command-purpose-of-party",
            id = &before.id,
            party = before.party.as_deref().unwrap_or_default()
        ))
        .into());
    }
    let after = Purpose {
        retired_on: (!args.undo).then(|| args.on.unwrap_or(today)),
        ..before.clone()
    };
    let action = if args.undo { "unretire" } else { "retire" };
    if save(
        ctx,
        &tx,
        (&before, after),
        action,
        "vreg consent purpose retire",
    )? {
        tx.commit()?;
        match args.undo {
            true => note(tr!("command-purpose-unretired", id = &before.id)),
            false => note(tr!("command-purpose-retired", id = &before.id)),
        }
    }
    Ok(Outcome::Done)
}
