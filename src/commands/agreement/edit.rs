use crate::Error;
use crate::cli::{AgreementEdit, Clear};
use crate::commands::{Ctx, Outcome, board_schools, diff, note, print_written};
use crate::domain::non_empty;

pub fn run(ctx: &Ctx, args: AgreementEdit) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.write()?;
    let before = tx.agreement(&args.id)?;
    let mut a = before.clone();
    let set = |field: &mut Option<_>, value: Option<Clear<_>>| {
        if let Some(Clear(v)) = value {
            *field = v;
        }
    };
    set(&mut a.signed_on, args.signed_on);
    set(&mut a.starts_on, args.starts_on);
    set(&mut a.expires_on, args.expires_on);
    set(&mut a.review_on, args.review_on);
    set(&mut a.terminated_on, args.terminated_on);
    if let Some(model) = args.model {
        a.model = model;
    }
    if let Some(products) = args.products {
        // An empty value empties the list.
        a.products = products
            .into_iter()
            .filter_map(|p| non_empty(Some(p)))
            .collect();
    }
    if let Some(schools) = args.schools {
        a.schools = board_schools(&tx, schools.into_iter().filter_map(|Clear(s)| s).collect())?;
    }
    if let Some(countries) = args.storage_countries {
        a.storage_countries = countries.into_iter().filter_map(|Clear(c)| c).collect();
    }
    if let Some(Clear(safeguard)) = args.safeguard {
        a.transfer_safeguard = safeguard;
    }
    if let Some(Clear(hours)) = args.breach_hours {
        a.breach_notice_hours = hours;
    }
    for (field, value) in [
        (&mut a.document, args.document),
        (&mut a.privacy_leaflet, args.privacy_leaflet),
        (&mut a.dpia, args.dpia),
        (&mut a.notes, args.notes),
    ] {
        if value.is_some() {
            *field = non_empty(value);
        }
    }
    let a = a.normalised();
    a.validate().map_err(Error::Invalid)?;
    let changes = diff(&before, &a)?;
    let unchanged = changes.as_object().is_some_and(|c| c.is_empty());
    if !unchanged {
        tx.save_agreement(&a)?;
        tx.log("edit", "agreement", &a.id, changes)?;
    }
    print_written(
        ctx,
        super::show::written(ctx, &tx, &a.id, "vreg agreement edit")?,
    )?;
    tx.commit()?;
    match unchanged {
        true => note(format!("agreement {} unchanged", a.id)),
        false => note(format!("updated agreement {}", a.id)),
    }
    Ok(Outcome::Done)
}
