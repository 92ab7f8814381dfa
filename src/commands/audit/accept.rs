//! `vreg audit accept` and `vreg audit accepted`: findings the board decided to live with.

use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::Error;
use crate::commands::{Ctx, Outcome, Written, print_written};
use crate::domain::audit::Acceptance;
use crate::domain::change::EntityKind;
use crate::domain::date::parse_date;
use crate::output::note;
use crate::output::{self, Row};
use crate::tr;

#[derive(Debug, Args)]
pub struct AuditAcceptArgs {
    /// The finding code (see `vreg audit codes`)
    pub code: String,
    /// What it is about, as KIND:ID, e.g. supplier:camping-de-berk
    #[arg(value_name = "KIND:ID")]
    pub subject: String,
    /// Why the board lives with it: the record of the decision
    #[arg(long, required_unless_present = "revoke")]
    pub reason: Option<String>,
    /// The last day the acceptance holds; from the day after, the finding counts again
    #[arg(long, value_parser = parse_date, required_unless_present = "revoke")]
    pub until: Option<NaiveDate>,
    /// End the acceptance now
    #[arg(long, conflicts_with_all = ["reason", "until"])]
    pub revoke: bool,
}

impl Row for Acceptance {
    const HEADERS: &'static [&'static str] =
        &["code", "subject_kind", "subject_id", "reason", "until"];

    const FREE_TEXT: &'static [&'static str] = &["reason"];
    const NARROW: &'static [&'static str] = &["subject_kind"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.subject_kind.clone(),
            self.subject_id.clone(),
            self.reason.clone(),
            self.until.to_string(),
        ]
    }
}

const ACCEPT: &str = "vreg audit accept";

/// Accepts a finding, or revokes it; prints the acceptance as `audit accepted` lists it.
pub fn run(ctx: &Ctx, args: &AuditAcceptArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let (kind, id) = args
        .subject
        .split_once(':')
        .ok_or_else(|| Error::Invalid(tr!("audit-accept-not-kind-id", subject = &args.subject)))?;
    let acceptance = Acceptance {
        code: args.code.trim().to_string(),
        subject_kind: kind.trim().to_string(),
        subject_id: id.trim().to_string(),
        reason: args.reason.clone().unwrap_or_default().trim().to_string(),
        until: args.until.unwrap_or(today),
    };
    let store = ctx.store()?;
    let tx = store.write()?;
    let key = acceptance.log_id();
    if args.revoke {
        // What is printed is the acceptance as it stood until now.
        let revoked = tx.acceptances()?.into_iter().find(|a| {
            (&a.code, &a.subject_kind, &a.subject_id)
                == (
                    &acceptance.code,
                    &acceptance.subject_kind,
                    &acceptance.subject_id,
                )
        });
        if !tx.delete_acceptance(
            &acceptance.code,
            &acceptance.subject_kind,
            &acceptance.subject_id,
        )? {
            return Err(Error::Missing(tr!("audit-accept-not-accepted", key = &key)).into());
        }
        tx.log("revoke", EntityKind::Finding, &key, json!({}))?;
        if let Some(revoked) = revoked {
            print_written(ctx, Written::object(ACCEPT, &revoked, &revoked)?)?;
        }
        tx.commit()?;
        note(tr!("audit-accept-revoked", key = &key));
        return Ok(Outcome::Done);
    }
    acceptance.validate().map_err(Error::Invalid)?;
    subject_exists(&tx, &acceptance.subject_kind, &acceptance.subject_id)?;
    if !acceptance.holds_on(today) {
        return Err(Error::Invalid(tr!(
            "audit-accept-until-past",
            until = acceptance.until,
            today = today
        ))
        .into());
    }
    tx.save_acceptance(&acceptance)?;
    tx.log(
        "accept",
        EntityKind::Finding,
        &key,
        json!({ "reason": acceptance.reason, "until": acceptance.until }),
    )?;
    print_written(ctx, Written::object(ACCEPT, &acceptance, &acceptance)?)?;
    tx.commit()?;
    note(tr!(
        "audit-accept-accepted",
        key = &key,
        until = acceptance.until
    ));
    Ok(Outcome::Done)
}

pub fn list(ctx: &Ctx) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    output::list(
        ctx.format,
        &tx.acceptances()?,
        crate::text!("audit-no-accepted"),
    )?;
    Ok(Outcome::Done)
}

/// What an acceptance is about must be in the register: accepting a finding about a supplier
/// that is not there is a typing error, and would never match a finding. A pupil is named by
/// leerlingnummer, as findings name them; `pupil:*` is the one subject that is no single thing
/// (the pupils past their retention).
fn subject_exists(tx: &crate::store::Tx<'_>, kind: &str, id: &str) -> anyhow::Result<()> {
    let missing = |there: bool, kind: &'static str| match there {
        true => Ok(()),
        false => Err(Error::not_found(kind, id).into()),
    };
    match kind {
        "supplier" => missing(tx.supplier_exists(id)?, "supplier"),
        "agreement" => missing(tx.agreement_exists(id)?, "agreement"),
        "party" => tx.party(id).map(drop),
        "purpose" => tx.purpose(id).map(drop),
        "breach" => tx.breach(id).map(drop),
        "request" => tx.request(id).map(drop),
        "processing" => tx.processing(id).map(drop),
        "pupil" if id == "*" => Ok(()),
        // A finding names a pupil by the register's key: the leerlingnummer, `NUMBER@SCHOOL`
        // for a second pupil with a number another school uses.
        "pupil" => missing(tx.pupil_by_key(id)?.is_some(), "pupil"),
        _ => Ok(()),
    }
}
