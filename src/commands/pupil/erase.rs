use serde_json::json;

use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::change::EntityKind;
use crate::domain::pupil::parse_number;
use crate::domain::request::{Kind, Outcome as Answer};
use crate::ops::request::close_request;
use crate::output::note;
use crate::tr;
use crate::{Error, prompt};

#[derive(Debug, clap::Args)]
pub struct PupilEraseArgs {
    /// The leerlingnummer
    #[arg(value_parser = parse_number)]
    pub pupil: String,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
    /// The erasure request this carries out; it is closed as granted, today
    #[arg(long, value_name = "ID")]
    pub request: String,
    /// What was erased, for the request's record (no names)
    #[arg(long)]
    pub note: Option<String>,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long, short)]
    pub yes: bool,
}

pub fn run(ctx: &Ctx, args: PupilEraseArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let pupil = crate::ops::school::find_pupil(&tx, &args.pupil, args.school.as_deref())?;
    let request = tx.request(args.request.trim())?;
    if request.kind != Kind::Erasure {
        return Err(Error::Invalid(tr!(
            "command-erase-not-erasure",
            request = &request.id,
            kind = request.kind.word(),
            pupil = &pupil.leerlingnummer
        ))
        .into());
    }
    if request.pupil.as_deref() != Some(pupil.key.as_str()) {
        return Err(Error::Invalid(tr!(
            "command-erase-other-pupil",
            request = &request.id,
            pupil = &pupil.leerlingnummer
        ))
        .into());
    }
    if let Some(closed) = request.closed_on {
        return Err(Error::Conflict(tr!(
            "command-erase-answered",
            request = &request.id,
            closed = closed
        ))
        .into());
    }
    let question = tr!(
        "command-erase-ask",
        pupil = &pupil.leerlingnummer,
        name = &pupil.name,
        request = &request.id
    );
    if !prompt::confirm(&question, args.yes)? {
        note(tr!("command-nothing-erased"));
        return Ok(Outcome::Done);
    }
    let closed = close_request(
        &tx,
        ctx.as_of(None)?,
        &request.id,
        today,
        Answer::Granted,
        Some(
            args.note
                .unwrap_or_else(|| "de leerling is uit het register verwijderd".into()),
        ),
    )?;
    if !tx.delete_pupil(&pupil.key, today)? {
        return Err(anyhow::anyhow!(tr!(
            "command-erase-failed",
            pupil = &pupil.leerlingnummer
        )));
    }
    // Logged on the request, never on the pupil: nothing may name them any more.
    tx.log(
        "erase",
        EntityKind::Request,
        &closed.id,
        json!({ "pupils_removed": 1 }),
    )?;
    let erased =
        json!({ "request": closed.id, "closed_on": closed.closed_on, "pupils_removed": 1 });
    print_written(ctx, Written::document("vreg pupil erase", &erased)?)?;
    tx.commit()?;
    // The removal stands: `secure_delete` has overwritten what it freed; taking the freed
    // pages out of the file is what is left, and a failure there undoes nothing.
    if let Err(e) = store.reclaim() {
        note(tr!("command-warning", warning = crate::error::said(&e)));
    }
    note(tr!(
        "command-erased",
        pupil = &pupil.leerlingnummer,
        request = &closed.id,
        today = today
    ));
    Ok(Outcome::Done)
}
