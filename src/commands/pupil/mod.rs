pub mod erase;
mod import;
pub mod report;

use serde_json::json;

use super::{Ctx, Outcome, Written, note, print_written, pupil_filter};
use crate::Error;
use crate::cli::{PupilCommand, PupilLeave, PupilList, PupilPurge, PupilShow};
use crate::domain::pupil::Pupil;
use crate::output::{self, Row, opt};
use crate::prompt;

pub fn run(ctx: &Ctx, cmd: PupilCommand) -> anyhow::Result<Outcome> {
    match cmd {
        PupilCommand::Import(args) => import::run(ctx, &args),
        PupilCommand::List(args) => list(ctx, &args),
        PupilCommand::Show(args) => show(ctx, &args),
        PupilCommand::Leave(args) => leave(ctx, &args),
        PupilCommand::Purge(args) => purge(ctx, &args),
        PupilCommand::Report(args) => report::run(ctx, &args),
        PupilCommand::Erase(args) => erase::run(ctx, args),
    }
}

/// Whether the command writes a document, which takes `--format md|html|json`.
pub fn writes_document(command: &crate::cli::Command) -> bool {
    matches!(command, crate::cli::Command::Pupil(PupilCommand::Report(_)))
}

impl Row for Pupil {
    const HEADERS: &'static [&'static str] = &[
        "leerlingnummer",
        "name",
        "group",
        "school",
        "birth_date",
        "left_on",
    ];

    const FREE_TEXT: &'static [&'static str] = &["name"];
    const NARROW: &'static [&'static str] = &["left_on", "birth_date"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.leerlingnummer.clone(),
            self.name.clone(),
            opt(&self.group),
            opt(&self.school),
            opt(&self.birth_date),
            opt(&self.left_on),
        ]
    }
}

fn list(ctx: &Ctx, args: &PupilList) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let filter = pupil_filter(
        &tx,
        today,
        args.all,
        args.group.as_deref(),
        args.school.as_deref(),
    )?;
    output::stream(ctx.format, "no pupils", |emit| {
        tx.for_each_pupil(|p| if filter.wants(&p) { emit(p) } else { Ok(()) })
    })?;
    Ok(Outcome::Done)
}

fn show(ctx: &Ctx, args: &PupilShow) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let pupil = crate::commands::find_pupil(&tx, &args.pupil, args.school.as_deref())?;
    output::show(ctx.format, &pupil, &pupil, |_| Ok(()))?;
    Ok(Outcome::Done)
}

const LEAVE: &str = "vreg pupil leave";

/// Records that a pupil left, corrects or undoes it; prints the pupil as `pupil show` does.
fn leave(ctx: &Ctx, args: &PupilLeave) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let mut pupil = crate::commands::find_pupil(&tx, &args.pupil, args.school.as_deref())?;
    let before = pupil.left_on;
    let Some(on) = args.on else {
        // `--undo`: the pupil never left.
        let Some(left) = before else {
            return Err(Error::Invalid(format!(
                "pupil {} has no leaving date to undo",
                pupil.leerlingnummer
            ))
            .into());
        };
        pupil.left_on = None;
        tx.save_pupil(&pupil)?;
        tx.log(
            "leave-undo",
            "pupil",
            &pupil.key,
            json!({ "left_on": { "from": left, "to": null } }),
        )?;
        print_written(ctx, Written::object(LEAVE, &pupil, &pupil)?)?;
        tx.commit()?;
        note(format!(
            "pupil {} is at school again (the leaving date {left} is undone)",
            pupil.leerlingnummer
        ));
        return Ok(Outcome::Done);
    };
    if let Some(born) = pupil.birth_date.filter(|born| on < *born) {
        return Err(Error::Invalid(format!(
            "--on {on} is before pupil {} was born ({born})",
            pupil.leerlingnummer
        ))
        .into());
    }
    match before {
        Some(left) if left == on => {
            print_written(ctx, Written::object(LEAVE, &pupil, &pupil)?)?;
            note(format!(
                "pupil {} already left on {on}",
                pupil.leerlingnummer
            ));
            return Ok(Outcome::Done);
        }
        Some(left) if !args.correct => {
            return Err(Error::Conflict(format!(
                "pupil {} already left on {left}; change the date with --correct, or take it back with --undo",
                pupil.leerlingnummer
            ))
            .into());
        }
        None if args.correct => {
            return Err(Error::Invalid(format!(
                "pupil {} has no leaving date to correct; leave out --correct",
                pupil.leerlingnummer
            ))
            .into());
        }
        _ => {}
    }
    pupil.left_on = Some(on);
    tx.save_pupil(&pupil)?;
    tx.log(
        if args.correct {
            "leave-correct"
        } else {
            "leave"
        },
        "pupil",
        &pupil.key,
        json!({ "left_on": { "from": before, "to": on } }),
    )?;
    print_written(ctx, Written::object(LEAVE, &pupil, &pupil)?)?;
    tx.commit()?;
    note(match before {
        Some(left) => format!(
            "pupil {} left on {on} (corrected from {left})",
            pupil.leerlingnummer
        ),
        None => format!("pupil {} left on {on}", pupil.leerlingnummer),
    });
    Ok(Outcome::Done)
}

fn purge(ctx: &Ctx, args: &PupilPurge) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    if args.left_before > today {
        return Err(Error::Invalid(format!(
            "--left-before {} is after today ({today}): only pupils who have left can be purged",
            args.left_before
        ))
        .into());
    }
    let store = ctx.store()?;
    let tx = store.write()?;
    let count = tx.count_pupils_left_before(args.left_before)?;
    if count == 0 {
        note(format!("no pupils left before {}", args.left_before));
        return Ok(Outcome::Done);
    }
    let question = format!(
        "Remove {count} pupil(s) who left before {}, with their consent history?",
        args.left_before
    );
    if !prompt::confirm(&question, args.yes)? {
        note("nothing removed");
        return Ok(Outcome::Done);
    }
    let removed = tx.delete_pupils_left_before(args.left_before)?;
    // The log says how many, never who: the point of purging is that they are gone.
    tx.log(
        "purge",
        "pupil",
        "*",
        json!({ "left_before": args.left_before, "removed": removed }),
    )?;
    tx.commit()?;
    // The removal stands: `secure_delete` has overwritten what it freed; taking the freed
    // pages out of the file is what is left, and a failure there undoes nothing.
    if let Err(e) = store.reclaim() {
        note(format!("warning: {e:#}"));
    }
    note(format!(
        "removed {removed} pupil(s) who left before {}",
        args.left_before
    ));
    Ok(Outcome::Done)
}
