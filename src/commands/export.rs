use std::io::Write;

use anyhow::Context;

use super::{Ctx, Outcome};
use crate::cli::{ExportCommand, GmrArgs};
use crate::domain::breach::moment_of;
use crate::domain::document::Document;
use crate::output;
use crate::output::gmr::{self, GmrData};
use crate::store::Tx;

pub fn run(ctx: &Ctx, cmd: &ExportCommand) -> anyhow::Result<Outcome> {
    let store = ctx.store()?;
    let tx = store.read()?;
    match cmd {
        ExportCommand::Toml => {
            let mut out = std::io::stdout().lock();
            out.write_all(toml_text(&tx)?.as_bytes())?;
            out.flush()?;
        }
        ExportCommand::Json => output::document(&json_document(&tx)?)?,
        ExportCommand::Gmr(args) => gmr(ctx, &tx, args)?,
    }
    Ok(Outcome::Done)
}

/// The register as the TOML that `import` reads.
pub fn toml_text(tx: &Tx<'_>) -> anyhow::Result<String> {
    let document = Document::from(&tx.register()?);
    toml::to_string(&document).context("could not write the register as TOML")
}

/// The TOML document as JSON, with dates as `YYYY-MM-DD` strings, plus every pupil and every
/// consent event (in recording order) and every request: the complete register, for auditors
/// and other tools.
fn json_document(tx: &Tx<'_>) -> anyhow::Result<serde_json::Value> {
    // Through the TOML text, so that JSON holds exactly what the TOML export holds.
    let table: toml::Table = toml_text(tx)?
        .parse()
        .context("could not read back the TOML export")?;
    let mut document = to_json(toml::Value::Table(table));
    document["pupil"] = serde_json::to_value(tx.pupils()?)?;
    document["consent"] = serde_json::to_value(tx.consent_events()?)?;
    // Requests name pupils, so they are here and not in the TOML, which is shared as the
    // board's register and holds no pupil data.
    document["request"] = serde_json::to_value(tx.requests()?)?;
    Ok(document)
}

fn to_json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => J::from(f),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(table) => {
            J::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

fn gmr(ctx: &Ctx, tx: &Tx<'_>, args: &GmrArgs) -> anyhow::Result<()> {
    let as_of = ctx.as_of(args.as_of)?;
    let data = GmrData {
        register: tx.register()?,
        consent: tx.consent_by_school(as_of)?,
        requests: tx.requests()?,
    };
    let Some(dir) = &args.out_dir else {
        let mut out = std::io::stdout().lock();
        gmr::overview(&mut out, &data, as_of)?;
        out.flush()?;
        return Ok(());
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let now = moment_of(as_of, crate::clock::today()?, crate::clock::instant()?);
    let (mut overview, mut parties, mut consent) = (Vec::new(), Vec::new(), Vec::new());
    let (mut breaches, mut requests) = (Vec::new(), Vec::new());
    gmr::overview(&mut overview, &data, as_of)?;
    gmr::parties(&mut parties, &data)?;
    gmr::consent(&mut consent, &data)?;
    gmr::breaches(&mut breaches, &data, now)?;
    gmr::requests(&mut requests, &data, as_of)?;
    for (name, bytes) in [
        ("verwerkersregister.csv", overview),
        ("externe-partijen.csv", parties),
        ("toestemmingen.csv", consent),
        ("datalekken.csv", breaches),
        ("verzoeken.csv", requests),
    ] {
        let path = dir.join(name);
        // Written aside and renamed: a reader never sees half a file.
        let partial = dir.join(format!(".{name}.partial"));
        std::fs::write(&partial, &bytes)
            .with_context(|| format!("cannot write {}", partial.display()))?;
        std::fs::rename(&partial, &path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        super::note(format!("wrote {}", path.display()));
    }
    Ok(())
}
