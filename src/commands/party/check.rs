use clap::Args;

use crate::cli::code;
use crate::commands::answer;
use crate::commands::{Ctx, Outcome};
use crate::domain::category::Category;
use crate::domain::consent::reason;
use crate::domain::party::{PupilConsent, may_share};
use crate::domain::pupil::parse_number;

#[derive(Debug, Args)]
pub struct PartyCheckArgs {
    /// The party's id
    pub party: String,
    /// The pupil whose data it is (needed for a party on consent)
    #[arg(long, value_parser = parse_number)]
    pub pupil: Option<String>,
    /// The pupil's school, where pupils of several schools have this number: BRIN, BRIN with
    /// vestiging, or its name
    #[arg(long, requires = "pupil")]
    pub school: Option<String>,
    /// A data category to share (repeat for several)
    #[arg(long = "category", value_name = "CATEGORY", value_parser = code::<Category>(Category::SPELLINGS))]
    pub categories: Vec<Category>,
}

pub fn run(ctx: &Ctx, args: &PartyCheckArgs) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let party = tx.party(&args.party)?;
    let pupil = args
        .pupil
        .as_deref()
        .map(|n| crate::ops::school::find_pupil(&tx, n, args.school.as_deref()))
        .transpose()?;
    let consent = match (party.purpose_id(), &pupil) {
        (Some(purpose_id), Some(pupil)) => {
            let purpose = tx.purpose(&purpose_id)?;
            let day = ctx.as_of(None)?;
            crate::ops::school::say_if_gone(pupil, day);
            let standing = tx.standing(&pupil.key, &purpose.id, day)?;
            Some(PupilConsent {
                counts: standing.counts,
                why: crate::text!(
                    "reason-party-pupil-reason",
                    pupil = &pupil.leerlingnummer,
                    reason = reason(&purpose, &standing)
                ),
                explicit: purpose.explicit,
            })
        }
        _ => None,
    };
    // JSON and CSV give the reason in English, a table in the reader's language.
    if let Some(problem) = party.school_problem(pupil.as_ref().and_then(|p| p.school.as_deref())) {
        return answer(ctx, false, |lang| problem.in_lang(lang));
    }
    let verdict = may_share(&party, &args.categories, consent);
    answer(ctx, verdict.allowed, |lang| verdict.reason.in_lang(lang))
}
