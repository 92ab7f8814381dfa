//! A processor agreement: its supplier from the list, its dates, model, products, where the
//! data is stored and under which safeguard; then the data it receives.

use super::{Asked, Line, categories, choices, count, dated, optional_text, safeguard};
use crate::Error;
use crate::commands::agreement::add::AgreementAddArgs;
use crate::commands::{Ctx, new_id};
use crate::domain::agreement::{Model, Safeguard, date_order, id_base};
use crate::domain::country::parse_country;
use crate::{prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: AgreementAddArgs) -> anyhow::Result<Asked> {
    // What the lists need is read first: no transaction stays open while the officer types
    // (a reader would keep a script's write waiting).
    let store = ctx.store()?;
    let (suppliers, named) = {
        let tx = store.read()?;
        let named = given
            .supplier
            .map(|id| tx.supplier(id.trim()))
            .transpose()?;
        (tx.suppliers()?, named)
    };
    let supplier = match named {
        Some(supplier) => supplier,
        None => {
            if suppliers.is_empty() {
                return Err(Error::Invalid(tr!("guide-agreement-no-suppliers")).into());
            }
            let items: Vec<String> = suppliers
                .iter()
                .map(|s| format!("{} — {}", s.id, s.name))
                .collect();
            suppliers[prompt::find(&tr!("guide-agreement-supplier"), &items)?].clone()
        }
    };
    let mut line = Line::new(&["agreement", "add"]);
    line.arg(&supplier.id);
    line.flag_opt("--id", given.id.clone());
    if given.force {
        line.switch("--force");
    }
    let signed = match given.signed_on {
        Some(day) => Some(day),
        None => dated(&tr!("guide-agreement-signed-on"), false, |_| Ok(()))?,
    };
    line.flag_opt("--signed-on", signed.map(|d| d.to_string()));
    // The id it will get, by the rule `agreement add` claims it with.
    let id = {
        let tx = store.read()?;
        new_id(
            given.id.as_deref(),
            &id_base(&supplier.id, signed),
            "agreement",
            |c| tx.agreement_exists(c),
        )?
    };
    // Each date is checked against those before it as it is typed, by the agreement's rule.
    let starts = match given.starts_on {
        Some(day) => Some(day),
        None => dated(&tr!("guide-agreement-starts-on"), true, |_| Ok(()))?,
    };
    line.flag_opt("--starts-on", starts.map(|d| d.to_string()));
    let expires = match given.expires_on {
        Some(day) => Some(day),
        None => dated(&tr!("guide-agreement-expires-on"), true, |day| {
            date_order(&id, signed, starts, Some(day), None)
        })?,
    };
    line.flag_opt("--expires-on", expires.map(|d| d.to_string()));
    let review = match given.review_on {
        Some(day) => Some(day),
        None => dated(&tr!("guide-agreement-review-on"), true, |_| Ok(()))?,
    };
    line.flag_opt("--review-on", review.map(|d| d.to_string()));
    let model = match given.model {
        Some(model) => model,
        None => {
            let default = Model::default_for(supplier.convenant);
            let items = choices(Model::ALL, Model::code, Model::label);
            let at = Model::ALL.iter().position(|m| *m == default).unwrap_or(0);
            Model::ALL[prompt::choose(&tr!("guide-agreement-model"), &items, at)?]
        }
    };
    line.flag("--model", model.code());
    let products = match given.products.is_empty() {
        false => given.products,
        true => list(optional_text(&tr!("guide-agreement-products"))?),
    };
    for product in products {
        line.flag("--product", product);
    }
    for school in given.schools {
        line.flag("--school", school);
    }
    let document = match given.document {
        Some(d) => Some(d),
        None => optional_text(&tr!("guide-agreement-document"))?,
    };
    line.flag_opt("--document", document);
    line.flag_opt("--privacy-leaflet", given.privacy_leaflet);
    let countries = match given.storage_countries.is_empty() {
        false => given.storage_countries,
        true => {
            let answer = prompt::text(&tr!("guide-agreement-countries"), true, |t| {
                list(Some(t.to_string()))
                    .iter()
                    .try_for_each(|c| parse_country(c).map(|_| ()))
            })?;
            list(answer)
                .iter()
                .filter_map(|c| parse_country(c).ok())
                .collect()
        }
    };
    for country in &countries {
        line.flag("--storage-country", country);
    }
    let safeguard = match given.safeguard {
        Some(s) => Some(s),
        None => safeguard(&tr!("guide-agreement-safeguard"), &countries)?,
    };
    line.flag_opt("--transfer-safeguard", safeguard.map(Safeguard::code));
    let hours = match given.breach_hours {
        Some(h) => Some(h.to_string()),
        None => count(&tr!("guide-agreement-breach-hours"))?,
    };
    line.flag_opt("--breach-notice-hours", hours);
    let dpia = match given.dpia {
        Some(d) => Some(d),
        None => optional_text(&tr!("guide-agreement-dpia"))?,
    };
    line.flag_opt("--dpia", dpia);
    line.flag_opt("--notes", given.notes);
    let mut lines = vec![line];
    let received = categories(&tr!("guide-agreement-scope"))?;
    if !received.is_empty() {
        let mut scope = Line::new(&["scope", "set"]);
        scope.arg(&id);
        for category in received {
            scope.arg(category);
        }
        lines.push(scope);
    }
    Ok(Asked { lines, offer: None })
}

/// The items of a comma-separated answer.
fn list(answer: Option<String>) -> Vec<String> {
    answer
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}
