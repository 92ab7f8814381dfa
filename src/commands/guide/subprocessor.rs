//! A sub-processor of an agreement: which agreement, its name, the country where it processes
//! the data, what it does, and the safeguard where that country is outside the EEA.

use super::{Asked, Line, agreement_item, optional_text, required, safeguard};
use crate::commands::Ctx;
use crate::commands::agreement::subprocessor::SubprocessorAddArgs;
use crate::domain::agreement::{Safeguard, subprocessor_named_once};
use crate::domain::country::parse_country;
use crate::{Error, prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: SubprocessorAddArgs) -> anyhow::Result<Asked> {
    let mut line = Line::new(&["agreement", "subprocessor", "add"]);
    let agreement = match given.agreement {
        Some(agreement) => agreement,
        None => {
            let agreements = ctx.store()?.read()?.agreements(None)?;
            if agreements.is_empty() {
                return Err(Error::Invalid(tr!("guide-subprocessor-no-agreements")).into());
            }
            let items: Vec<String> = agreements.iter().map(agreement_item).collect();
            agreements[prompt::find(&tr!("guide-subprocessor-agreement"), &items)?]
                .id
                .clone()
        }
    };
    // An agreement names each sub-processor once.
    let named: Vec<String> = ctx
        .store()?
        .read()?
        .subprocessors(&agreement)?
        .into_iter()
        .map(|s| s.name)
        .collect();
    let name = match given.name {
        Some(name) => name,
        None => required(&tr!("guide-subprocessor-name"), |name| {
            subprocessor_named_once(&agreement, &named, name)
        })?,
    };
    line.arg(agreement);
    line.arg(name);
    let country = match given.country {
        Some(country) => country,
        None => {
            let answer = prompt::text(&tr!("guide-subprocessor-country"), false, |t| {
                parse_country(t).map(|_| ())
            })?;
            answer
                .and_then(|t| parse_country(&t).ok())
                .unwrap_or_default()
        }
    };
    line.flag("--country", &country);
    let purpose = match given.purpose {
        Some(purpose) => Some(purpose),
        None => optional_text(&tr!("guide-subprocessor-purpose"))?,
    };
    line.flag_opt("--purpose", purpose);
    let safeguard = match given.safeguard {
        Some(s) => Some(s),
        None => safeguard(&tr!("guide-subprocessor-safeguard"), &[country])?,
    };
    line.flag_opt("--transfer-safeguard", safeguard.map(Safeguard::code));
    Ok(Asked {
        lines: vec![line],
        offer: None,
    })
}
