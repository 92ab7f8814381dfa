//! `vreg request`: requests of parents and pupils (rights of data subjects) and their deadlines.

pub mod add;
mod close;
mod extend;
mod list;
mod show;

use chrono::NaiveDate;
use clap::Subcommand;
use serde::Serialize;

use super::{Ctx, Outcome};
use crate::domain::request::{Request, Status};
use crate::output::{Row, opt};
use crate::store::Tx;

#[derive(Debug, Subcommand)]
pub enum RequestCommand {
    /// Register a request; prints its id (2026-001, numbered per calendar year of receipt)
    #[command(after_help = ADD_HELP)]
    Add(add::RequestAddArgs),
    /// List requests with their due dates
    ///
    /// When the terminal is narrow, the table leaves out requested by, received on, outcome, days
    /// left (--wide keeps them).
    #[command(
        after_help = "Examples:\n  vreg request list --open\n  vreg verzoek list --overdue --format csv"
    )]
    List(list::RequestListArgs),
    /// One request with its due date and where it stands
    #[command(after_help = "Example:\n  vreg request show 2026-001 --format json")]
    Show(show::RequestShowArgs),
    /// Extend the term by two further months (three months from receipt in all); the requester
    /// must have been told, with reasons, within the first month
    #[command(
        after_help = "Example:\n  vreg request extend 2026-001 --reason \"drie leveranciers\" --notified-on 2026-11-20"
    )]
    Extend(extend::RequestExtendArgs),
    /// Record the answer: granted, partly or refused
    #[command(
        after_help = "Examples:\n  vreg request close 2026-001 --on 2026-11-27 --outcome granted --note \"inzage verstuurd per brief\"\n  vreg pupil erase 1001 --request 2026-002 --yes    # an erasure that is granted closes itself"
    )]
    Close(close::RequestCloseArgs),
}

const ADD_HELP: &str = "KIND is access (inzage), rectification, erasure, restriction, portability \
or objection (bezwaar). The answer is due one calendar month after --received (the last day of a \
shorter month; a Saturday or Sunday moves it to the Monday). Under 16 the parents act: --by pupil \
is refused for a younger pupil; from 16 the pupil acts, and a request --by parent is accepted with \
a note.

Keep names out of --via and --notes: the request names the pupil by number only.

Examples:
  vreg request add access --pupil 1001 --by parent --received 2026-11-02 --via e-mail
  id=$(vreg verzoek add inzage --pupil 1001 --by ouder --received 02-11-2026)";

pub fn run(ctx: &Ctx, cmd: RequestCommand) -> anyhow::Result<Outcome> {
    match cmd {
        RequestCommand::Add(args) => add::run(ctx, args),
        RequestCommand::List(args) => list::run(ctx, &args),
        RequestCommand::Show(args) => show::run(ctx, &args),
        RequestCommand::Extend(args) => extend::run(ctx, args),
        RequestCommand::Close(args) => close::run(ctx, args),
    }
}

/// A request with where it stands on a day, and whom it is about: the pupil's number and
/// school (two schools of a board may give the same number).
#[derive(Debug, Serialize)]
pub struct RequestView {
    #[serde(flatten)]
    pub request: Request,
    pub due_on: NaiveDate,
    pub status: Status,
    pub days_left: Option<i64>,
    pub school: Option<String>,
}

impl RequestView {
    pub fn new(tx: &Tx<'_>, request: Request, day: NaiveDate) -> anyhow::Result<RequestView> {
        let mut request = request.as_known_on(day);
        // Stored is the register's key of the pupil (`1001@30BB00` for a second school's
        // 1001); shown are the number and the school, as `pupil report` takes them.
        let pupil = match &request.pupil {
            Some(key) => tx.pupil_by_key(key)?,
            None => None,
        };
        let school = pupil.as_ref().and_then(|p| p.school.clone());
        if let Some(p) = pupil {
            request.pupil = Some(p.leerlingnummer);
        }
        Ok(RequestView {
            due_on: request.due_as_of(day),
            status: request.status(day),
            days_left: request.days_left(day),
            school,
            request,
        })
    }
}

impl Row for RequestView {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "kind",
        "pupil",
        "requested_by",
        "received_on",
        "via",
        "notes",
        "extension_reason",
        "extension_notified_on",
        "closed_on",
        "outcome",
        "outcome_note",
        "due_on",
        "status",
        "days_left",
        "school",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "kind",
        "pupil",
        "requested_by",
        "received_on",
        "due_on",
        "status",
        "days_left",
        "outcome",
        "school",
    ];

    const NARROW: &'static [&'static str] = &[
        "requested_by",
        "received_on",
        "outcome",
        "days_left",
        "school",
    ];

    fn cells(&self) -> Vec<String> {
        let r = &self.request;
        vec![
            r.id.clone(),
            r.kind.to_string(),
            opt(&r.pupil),
            r.requested_by.to_string(),
            r.received_on.to_string(),
            opt(&r.via),
            opt(&r.notes),
            opt(&r.extension_reason),
            opt(&r.extension_notified_on),
            opt(&r.closed_on),
            opt(&r.outcome),
            opt(&r.outcome_note),
            self.due_on.to_string(),
            self.status.to_string(),
            opt(&self.days_left),
            opt(&self.school),
        ]
    }

    fn colour(&self, header: &str) -> Option<crate::output::Color> {
        use crate::output::Color;
        (header == "status").then_some(match self.status {
            Status::Overdue | Status::AnsweredLate => Color::Red,
            Status::Open => Color::Yellow,
            Status::AnsweredOnTime => Color::Green,
        })
    }
}
