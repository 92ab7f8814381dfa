use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::cli::code;
use crate::commands::{Ctx, Outcome, print_written};
use crate::domain::change::EntityKind;
use crate::domain::consent::{
    Decision, Form, GivenBy, check_decision_date, check_given_by, normalise_decider, said_by,
};
use crate::domain::date::parse_date;
use crate::domain::pupil::parse_number;
use crate::domain::text::{Kind, check};
use crate::output::note;
use crate::store::NewEvent;
use crate::{Error, prompt, tr};

#[derive(Debug, Args)]
pub struct ConsentSetArgs {
    /// The leerlingnummer
    /// (without it on a terminal, vreg asks for every field)
    #[arg(value_parser = parse_number)]
    pub pupil: Option<String>,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
    /// The purpose id (see `vreg consent purposes`)
    pub purpose: Option<String>,
    /// granted, refused or withdrawn
    #[arg(value_parser = code::<Decision>(Decision::SPELLINGS))]
    pub decision: Option<Decision>,
    /// Who decided: parent or guardian (under 16); pupil or representative (curator, mentor) from
    /// 16 [default: parent]
    #[arg(long = "by", value_parser = code::<GivenBy>(GivenBy::SPELLINGS))]
    pub given_by: Option<GivenBy>,
    /// Which parent, when both have authority, e.g. "ouder 2": each parent's own decision
    /// stands, and a refusal by either is no consent
    #[arg(long)]
    pub who: Option<String>,
    /// How: written, digital (a form in the parent app, an e-mail), verbal
    #[arg(long, default_value = "digital", value_parser = code::<Form>(Form::SPELLINGS))]
    pub form: Form,
    /// The proof: the form, the e-mail, a document reference
    #[arg(long)]
    pub evidence: Option<String>,
    /// Date of the decision [default: today]
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, args: &ConsentSetArgs) -> anyhow::Result<Outcome> {
    let number = prompt::given(args.pupil.clone(), "PUPIL")?;
    let purpose_id = prompt::given(args.purpose.clone(), "PURPOSE")?;
    let decision = prompt::given(args.decision, "DECISION")?;
    let today = ctx.as_of(None)?;
    let on = args.on.unwrap_or(today);
    let given_by = args.given_by.unwrap_or(GivenBy::Parent);
    if given_by == GivenBy::File {
        return Err(Error::Invalid(tr!("command-consent-by-file")).into());
    }
    let decider = args.who.as_deref().and_then(normalise_decider);
    let evidence = args
        .evidence
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    if let Some(who) = &decider {
        check("--who", who, Kind::Name).map_err(Error::Invalid)?;
    }
    if let Some(evidence) = evidence {
        check("--evidence", evidence, Kind::Line).map_err(Error::Invalid)?;
    }
    let store = ctx.store()?;
    let tx = store.write()?;
    let pupil = crate::ops::school::find_pupil(&tx, &number, args.school.as_deref())?;
    let purpose = tx.active_purpose(&purpose_id, on)?;
    check_decision_date(on, today, pupil.birth_date)
        .map_err(|e| Error::Invalid(format!("--on: {e}")))?;
    check_given_by(given_by, pupil.birth_date, on).map_err(|e| {
        Error::Invalid(tr!(
            "command-consent-given-by",
            given_by = given_by.to_string(),
            pupil = &pupil.leerlingnummer,
            error = e
        ))
    })?;
    tx.add_consent_event(&NewEvent {
        pupil: &pupil.key,
        purpose: &purpose.id,
        decision,
        given_by,
        decider: decider.as_deref(),
        form: args.form,
        date: on,
        evidence,
        source: None,
    })?;
    tx.log(
        "consent-set",
        EntityKind::Pupil,
        &pupil.key,
        json!({ "purpose": purpose.id, "decision": decision, "given_by": given_by,
                "decider": decider, "form": args.form, "evidence": evidence, "date": on }),
    )?;
    let standing = tx.standing(&pupil.key, &purpose.id, today)?;
    print_written(
        ctx,
        super::show::written(&tx, pupil.clone(), purpose.clone(), today)?,
    )?;
    tx.commit()?;
    note(tr!(
        "command-consent-recorded",
        decision = decision.word(),
        purpose = &purpose.id,
        pupil = &pupil.leerlingnummer,
        on = on,
        by = said_by(given_by, decider.as_deref())
    ));
    if let Some(left) = pupil.left_on.filter(|left| *left <= on) {
        note(tr!(
            "command-consent-pupil-left",
            pupil = &pupil.leerlingnummer,
            left = left
        ));
    }
    if standing.date.is_some_and(|d| d > on) {
        note(tr!("command-consent-later-stands"));
    }
    // A grant in a form the purpose does not accept: no consent, unless a grant that counts
    // stands beside it (the same parent's earlier signed "yes", or another parent's).
    if decision == Decision::Granted && !purpose.form_counts(args.form) {
        match (
            standing.counts,
            standing.form,
            standing.date,
            standing.given_by,
        ) {
            (true, Some(form), Some(date), Some(given_by)) => note(tr!(
                "command-consent-counting-grant-stands",
                purpose = &purpose.id,
                needed = purpose.forms_needed(),
                form = args.form.word(),
                was = form.word(),
                on = date,
                by = said_by(given_by, standing.decider.as_deref())
            )),
            _ => note(tr!(
                "command-consent-form-does-not-count",
                purpose = &purpose.id,
                needed = purpose.forms_needed(),
                form = args.form.word()
            )),
        }
    }
    if standing.state == crate::domain::consent::State::Disputed {
        note(tr!("command-consent-disputed", purpose = &purpose.id));
    }
    Ok(Outcome::Done)
}
