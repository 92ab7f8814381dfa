use crate::commands::{Ctx, Outcome};
use crate::domain::category::{CatalogueEntry, catalogue};
use crate::output::{self, Row};

impl Row for CatalogueEntry {
    const HEADERS: &'static [&'static str] = &["code", "label", "special", "national_id"];

    const FREE_TEXT: &'static [&'static str] = &["label"];

    fn cells(&self) -> Vec<String> {
        let yes = |b: bool| b.to_string();
        vec![
            self.code.to_string(),
            self.label.to_string(),
            yes(self.special),
            yes(self.national_id),
        ]
    }
}

pub fn run(ctx: &Ctx) -> anyhow::Result<Outcome> {
    output::list(ctx.format, &catalogue(), "")?;
    Ok(Outcome::Done)
}
