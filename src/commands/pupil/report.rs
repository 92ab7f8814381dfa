use std::path::PathBuf;

use chrono::NaiveDate;

use crate::commands::{Ctx, Outcome};
use crate::domain::access;
use crate::domain::date::parse_date;
use crate::domain::pupil::parse_number;
use crate::output::FormatFlag;
use crate::output::file::write_new_file;
use crate::output::note;
use crate::tr;
use crate::{Error, output};

#[derive(Debug, clap::Args)]
pub struct PupilReportArgs {
    /// The leerlingnummer
    #[arg(value_parser = parse_number)]
    pub pupil: String,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long)]
    pub school: Option<String>,
    /// The register as it stands on this day: agreements in force, consent [default: today]
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Write the answer to this new file (created with mode 0600; an existing file is never
    /// overwritten) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: &PupilReportArgs) -> anyhow::Result<Outcome> {
    let as_of = ctx.as_of(args.as_of)?;
    let store = ctx.store()?;
    let tx = store.read()?;
    let pupil = crate::ops::school::find_pupil(&tx, &args.pupil, args.school.as_deref())?;
    let report = access::build(
        &tx.register()?,
        &pupil,
        &tx.standing_of_pupil(&pupil.key, as_of)?,
        &tx.consent_history(&pupil.key)?,
        as_of,
    );
    drop(tx);
    for party in &report.parties {
        if let Some(why) = &party.not_allowed {
            note(tr!(
                "command-access-not-allowed",
                party = &party.party,
                why = why
            ));
        }
    }
    let text = match ctx.format_flag {
        FormatFlag::Table | FormatFlag::Md => output::access::markdown(&report)?,
        FormatFlag::Html => output::access::html(&report)?,
        FormatFlag::Json => format!("{}\n", serde_json::to_string_pretty(&report)?),
        FormatFlag::Csv | FormatFlag::Ics => {
            return Err(Error::Invalid(tr!("command-access-format")).into());
        }
    };
    match output::file::named(args.out.as_deref()) {
        Some(path) => {
            write_new_file(path, text.as_bytes())?;
            note(tr!(
                "command-access-written",
                pupil = &pupil.leerlingnummer,
                as_of = as_of,
                path = path.display().to_string()
            ));
        }
        None => output::file::emit(None, text.as_bytes())?,
    }
    Ok(Outcome::Done)
}
