use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::Error;
use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::change::EntityKind;
use crate::domain::date::parse_date;
use crate::domain::pupil::parse_number;
use crate::output::note;
use crate::tr;

#[derive(Debug, Args)]
pub struct PupilLeaveArgs {
    /// The leerlingnummer
    #[arg(value_parser = parse_number)]
    pub pupil: String,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
    /// The day the pupil left
    #[arg(long, value_parser = parse_date, required_unless_present = "undo")]
    pub on: Option<NaiveDate>,
    /// Change the leaving date of a pupil who already has one
    #[arg(long, conflicts_with = "undo")]
    pub correct: bool,
    /// Take back a leaving date entered by mistake: the pupil is at school again
    #[arg(long, conflicts_with = "on")]
    pub undo: bool,
}

const LEAVE: &str = "vreg pupil leave";

/// Records that a pupil left, corrects or undoes it; prints the pupil as `pupil show` does.
pub fn run(ctx: &Ctx, args: &PupilLeaveArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let mut pupil = crate::ops::school::find_pupil(&tx, &args.pupil, args.school.as_deref())?;
    let before = pupil.left_on;
    let Some(on) = args.on else {
        // `--undo`: the pupil never left.
        let Some(left) = before else {
            return Err(Error::Invalid(tr!(
                "command-leave-nothing-to-undo",
                pupil = &pupil.leerlingnummer
            ))
            .into());
        };
        pupil.left_on = None;
        tx.save_pupil(&pupil)?;
        tx.log(
            "leave-undo",
            EntityKind::Pupil,
            &pupil.key,
            json!({ "left_on": { "from": left, "to": null } }),
        )?;
        print_written(ctx, Written::object(LEAVE, &pupil, &pupil)?)?;
        tx.commit()?;
        note(tr!(
            "command-leave-undone",
            pupil = &pupil.leerlingnummer,
            left = left
        ));
        return Ok(Outcome::Done);
    };
    if let Some(born) = pupil.birth_date.filter(|born| on < *born) {
        return Err(Error::Invalid(tr!(
            "command-leave-before-birth",
            on = on,
            pupil = &pupil.leerlingnummer,
            born = born
        ))
        .into());
    }
    match before {
        Some(left) if left == on => {
            print_written(ctx, Written::object(LEAVE, &pupil, &pupil)?)?;
            note(tr!(
                "command-leave-already",
                pupil = &pupil.leerlingnummer,
                on = on
            ));
            return Ok(Outcome::Done);
        }
        Some(left) if !args.correct => {
            return Err(Error::Conflict(tr!(
                "command-leave-already-other",
                pupil = &pupil.leerlingnummer,
                left = left
            ))
            .into());
        }
        None if args.correct => {
            return Err(Error::Invalid(tr!(
                "command-leave-nothing-to-correct",
                pupil = &pupil.leerlingnummer
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
        EntityKind::Pupil,
        &pupil.key,
        json!({ "left_on": { "from": before, "to": on } }),
    )?;
    print_written(ctx, Written::object(LEAVE, &pupil, &pupil)?)?;
    tx.commit()?;
    note(match before {
        Some(left) => tr!(
            "command-leave-corrected",
            pupil = &pupil.leerlingnummer,
            on = on,
            left = left
        ),
        None => tr!("command-leave-left", pupil = &pupil.leerlingnummer, on = on),
    });
    Ok(Outcome::Done)
}
