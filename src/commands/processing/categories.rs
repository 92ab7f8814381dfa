use crate::commands::{Ctx, Outcome};
use crate::domain::processing::{CategoryInfo, catalogue};
use crate::output::{self, Row};
use crate::text;

impl Row for CategoryInfo {
    const HEADERS: &'static [&'static str] = &["code", "label", "special", "national_id", "own"];

    const FREE_TEXT: &'static [&'static str] = &["label"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.label.clone(),
            self.special.to_string(),
            self.national_id.to_string(),
            self.own.to_string(),
        ]
    }
}

pub fn run(ctx: &Ctx) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    let rows = catalogue(&tx.own_categories()?);
    output::list(ctx.format, &rows, text!("command-processing-no-categories"))?;
    Ok(Outcome::Done)
}
