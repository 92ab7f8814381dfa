use chrono::NaiveDate;

use crate::Error;
use crate::cli::code;
use crate::commands::{Ctx, Outcome, print_written};
use crate::domain::change::EntityKind;
use crate::domain::date::parse_date;
use crate::domain::non_empty;
use crate::domain::pupil::parse_number;
use crate::domain::request::{Kind, Request, RequestedBy, check_requester, next_id};
use crate::output::note;
use crate::{prompt, tr};

#[derive(Debug, clap::Args)]
pub struct RequestAddArgs {
    /// access, rectification, erasure, restriction, portability, objection (without it on a
    /// terminal, vreg asks for every field)
    #[arg(value_parser = code::<Kind>(Kind::SPELLINGS))]
    pub kind: Option<Kind>,
    /// The leerlingnummer of the pupil the request is about (required)
    #[arg(long, value_parser = parse_number)]
    pub pupil: Option<String>,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
    /// Who made it: parent (also a guardian), pupil (16 or older), representative (curator or
    /// mentor of a pupil of 16 or older) (required)
    #[arg(long = "by", value_name = "WHO", value_parser = code::<RequestedBy>(RequestedBy::SPELLINGS))]
    pub requested_by: Option<RequestedBy>,
    /// The day the school received it; the month to answer runs from here (required)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub received: Option<NaiveDate>,
    /// How it came in (letter, e-mail to the director, the parent app)
    #[arg(long)]
    pub via: Option<String>,
    /// Free text (no names)
    #[arg(long)]
    pub notes: Option<String>,
}

pub fn run(ctx: &Ctx, args: RequestAddArgs) -> anyhow::Result<Outcome> {
    let kind = prompt::given(args.kind, "KIND")?;
    let number = prompt::given(args.pupil, "--pupil")?;
    let requested_by = prompt::given(args.requested_by, "--by")?;
    let received = prompt::given(args.received, "--received")?;
    let today = ctx.as_of(None)?;
    let store = ctx.store()?;
    let tx = store.write()?;
    let pupil = crate::ops::school::find_pupil(&tx, &number, args.school.as_deref())?;
    let caution =
        check_requester(requested_by, pupil.birth_date, received).map_err(Error::Invalid)?;
    let year = chrono::Datelike::year(&received);
    let id = next_id(year, tx.request_ids_of_year(year)?);
    let request = Request {
        via: non_empty(args.via),
        notes: non_empty(args.notes),
        ..Request::new(id, kind, pupil.key, requested_by, received)
    };
    request.validate(today).map_err(Error::Invalid)?;
    tx.save_request(&request)?;
    // The log names the request, never the pupil: an erasure must leave nothing that does.
    tx.log(
        "add",
        EntityKind::Request,
        &request.id,
        serde_json::json!({
            "kind": request.kind,
            "requested_by": request.requested_by,
            "received_on": request.received_on,
            "due_on": request.due_on(),
        }),
    )?;
    // What was written goes out before the commit: if it cannot be printed, nothing is kept.
    let written = super::show::written(ctx, &tx, &request.id, "vreg request add")?;
    print_written(ctx, written.with_line(&request.id))?;
    tx.commit()?;
    note(tr!(
        "command-request-added",
        kind = request.kind.word(),
        id = &request.id,
        due = request.due_on()
    ));
    if let Some(caution) = caution {
        note(tr!("command-note", note = caution));
    }
    Ok(Outcome::Done)
}
