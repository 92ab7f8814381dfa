use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

use crate::commands::{Ctx, Outcome, Written};
use crate::domain::consent::{
    Decision, Event, Form, GivenBy, Purpose, Standing, State, reason, said_by, standing_deciders,
};
use crate::domain::date::parse_date;
use crate::domain::pupil::{Pupil, parse_number};
use crate::i18n::Lang;
use crate::output::{self, Format, Row, opt};
use crate::store::Tx;
use crate::tr;

#[derive(Debug, Args)]
pub struct ConsentShowArgs {
    /// The leerlingnummer
    #[arg(value_parser = parse_number)]
    pub pupil: String,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
    /// The day the standing decisions are for: the decisions dated on or before it; the
    /// history is the whole record [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

/// One decider's decision that stands.
#[derive(Serialize)]
struct Decider {
    given_by: GivenBy,
    decider: Option<String>,
    decision: Decision,
    date: NaiveDate,
    form: Form,
}

#[derive(Serialize)]
struct Current {
    purpose: String,
    state: State,
    counts: bool,
    date: Option<NaiveDate>,
    form: Option<Form>,
    given_by: Option<GivenBy>,
    decider: Option<String>,
    reason: String,
    deciders: Vec<Decider>,
}

#[derive(Serialize)]
struct History {
    purpose: String,
    decision: Decision,
    date: NaiveDate,
    given_by: GivenBy,
    decider: Option<String>,
    form: Form,
    evidence: Option<String>,
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
    const HEADERS: &'static [&'static str] = &[
        "purpose", "state", "counts", "date", "form", "given_by", "decider", "reason",
    ];
    const TABLE: &'static [&'static str] = &[
        "purpose", "state", "counts", "date", "form", "given_by", "decider",
    ];

    const NARROW: &'static [&'static str] = &["decider", "given_by", "form"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.purpose.clone(),
            self.state.to_string(),
            self.counts.to_string(),
            opt(&self.date),
            opt(&self.form),
            opt(&self.given_by),
            opt(&self.decider),
            self.reason.clone(),
        ]
    }
}

impl Row for History {
    const HEADERS: &'static [&'static str] = &[
        "purpose",
        "decision",
        "date",
        "given_by",
        "decider",
        "form",
        "evidence",
        "source",
        "recorded_at",
        "actor",
    ];
    const TABLE: &'static [&'static str] = &[
        "purpose",
        "decision",
        "date",
        "given_by",
        "decider",
        "form",
        "evidence",
        "recorded_at",
    ];

    const FREE_TEXT: &'static [&'static str] = &["evidence"];
    const NARROW: &'static [&'static str] = &["recorded_at", "decider", "given_by", "form"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.purpose.clone(),
            self.decision.to_string(),
            self.date.to_string(),
            self.given_by.to_string(),
            opt(&self.decider),
            self.form.to_string(),
            opt(&self.evidence),
            opt(&self.source),
            self.recorded_at.clone(),
            self.actor.clone(),
        ]
    }
}

/// Where a pupil born on `born` stands on one purpose, from the pupil's events.
fn current(
    p: Purpose,
    s: Standing,
    (events, born): (&[Event], Option<NaiveDate>),
    today: NaiveDate,
    lang: Lang,
) -> Current {
    let own: Vec<Event> = events
        .iter()
        .filter(|e| e.purpose == p.id)
        .cloned()
        .collect();
    Current {
        reason: reason(&p, &s).in_lang(lang),
        deciders: standing_deciders(&p, &own, today, born)
            .into_iter()
            .map(|e| Decider {
                given_by: e.given_by,
                decider: e.decider.clone(),
                decision: e.decision,
                date: e.date,
                form: e.form,
            })
            .collect(),
        purpose: p.id,
        state: s.state,
        counts: s.counts,
        date: s.date,
        form: s.form,
        given_by: s.given_by,
        decider: s.decider,
    }
}

/// The pupil's consent as `consent show` prints it.
fn detail(
    tx: &Tx<'_>,
    pupil: Pupil,
    today: NaiveDate,
    lang: Lang,
) -> anyhow::Result<ConsentDetail> {
    let events = tx.consent_history(&pupil.key)?;
    let born = pupil.birth_date;
    let mut standing = tx.standing_of_pupil(&pupil.key, today)?;
    let current = tx
        .purposes()?
        .into_iter()
        .filter(|p| p.active_on(today))
        .map(|p| {
            let s = standing.remove(&p.id).unwrap_or(Standing::UNKNOWN);
            current(p, s, (&events, born), today, lang)
        })
        .collect();
    let history = events
        .into_iter()
        .map(|e| History {
            purpose: e.purpose,
            decision: e.decision,
            date: e.date,
            given_by: e.given_by,
            decider: e.decider,
            form: e.form,
            evidence: e.evidence,
            source: e.source,
            recorded_at: e.recorded_at,
            actor: e.actor,
        })
        .collect();
    Ok(ConsentDetail {
        pupil,
        current,
        history,
    })
}

/// What `consent set` wrote, as `consent show` prints its parts: the event it recorded (the
/// last of the pupil's history) and the decision that stands on the purpose after it. One CSV
/// row cannot hold both.
pub fn written<'a>(
    tx: &Tx<'_>,
    pupil: Pupil,
    purpose: Purpose,
    today: NaiveDate,
) -> anyhow::Result<Written<'a>> {
    #[derive(Serialize)]
    struct Recorded {
        event: Option<History>,
        decision: Current,
    }

    let standing = tx.standing(&pupil.key, &purpose.id, today)?;
    let events = tx.consent_history(&pupil.key)?;
    // Written as JSON only: its reason is in English.
    let decision = current(
        purpose,
        standing,
        (&events, pupil.birth_date),
        today,
        Lang::En,
    );
    let event = detail(tx, pupil, today, Lang::En)?.history.pop();
    Written::document("vreg consent set", &Recorded { event, decision })
}

pub fn run(ctx: &Ctx, args: &ConsentShowArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(args.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let pupil = crate::ops::school::find_pupil(&tx, &args.pupil, args.school.as_deref())?;
    crate::ops::school::say_if_gone(&pupil, today);
    let detail = detail(&tx, pupil, today, ctx.format.lang())?;
    match ctx.format {
        Format::Json => output::document(&detail)?,
        // The standing per purpose and the history are two tables beside the pupil; `consent
        // matrix --format csv` gives standings as rows.
        Format::Csv => return Err(output::no_csv_for(&["current", "history"])),
        Format::Table => {
            output::line(format!(
                "{} ({})",
                detail.pupil.name, detail.pupil.leerlingnummer
            ))?;
            output::list(Format::Table, &detail.current, "")?;
            for c in detail
                .current
                .iter()
                .filter(|c| c.deciders.len() > 1 || !c.counts && c.state != State::Unknown)
            {
                // The reason names the purpose.
                output::line(&c.reason)?;
                if c.deciders.len() > 1 {
                    for d in &c.deciders {
                        output::line(tr!(
                            "command-consent-decider",
                            by = said_by(d.given_by, d.decider.as_deref()),
                            decision = d.decision.word(),
                            date = d.date,
                            form = d.form.word()
                        ))?;
                    }
                }
            }
            if detail.history.is_empty() {
                output::line(tr!("command-consent-no-history"))?;
            } else {
                output::line(tr!("command-consent-history"))?;
                output::list(Format::Table, &detail.history, "")?;
            }
        }
    }
    Ok(Outcome::Done)
}
