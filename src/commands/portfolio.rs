//! One command over several registers (`--db a --db b ...`): the work of an officer who serves
//! several boards. Each register is read as it would be on its own (its own accepted findings,
//! former suppliers and schools), under a heading with its organisation's name; then one
//! summary with a row per register. The exit code is the worst of them.

use std::io::Write;
use std::path::PathBuf;

use serde_json::{Map, Value, json};

use super::{Ctx, Outcome};
use crate::output::{self, Format};
use crate::text;

/// What a command found in one register.
pub struct Part {
    /// The counts of the summary row, in column order.
    pub counts: Vec<(&'static str, usize)>,
    /// The register's own result, as the command's JSON gives it for one register.
    pub json: Value,
    pub outcome: Outcome,
}

/// Whether the command was given several registers.
pub fn several(ctx: &Ctx) -> bool {
    ctx.several
}

/// Runs `one` on every register of `--db`, in the order given. Table output shows each
/// register's own result under its heading (printed by `one`), then the summary; JSON is one
/// document with a row per register and its result; CSV is the summary alone.
pub fn run(
    ctx: &Ctx,
    mut one: impl FnMut(&Ctx) -> anyhow::Result<Part>,
) -> anyhow::Result<Outcome> {
    // Every register is opened before anything is printed: a missing one stops the run whole.
    let mut registers: Vec<(PathBuf, Option<String>)> = Vec::new();
    for path in &ctx.dbs {
        let single = ctx.single(path);
        let store = single.store().map_err(|e| crate::store::explain(e, path))?;
        let tx = store.read()?;
        let name = tx.organisation()?.map(|o| o.name);
        registers.push((path.clone(), name));
    }
    let mut rows: Vec<(String, String, Part)> = Vec::new();
    for (path, name) in registers {
        // The name is data in JSON and CSV: there a register without one says so in English;
        // a table says it in the reader's language.
        let unnamed = |lang| text!("command-portfolio-no-organisation").in_lang(lang);
        let lang = ctx.format.lang();
        if ctx.format == Format::Table {
            let shown = name.clone().unwrap_or_else(|| unnamed(lang));
            let mut out = std::io::stdout().lock();
            let printed = writeln!(out, "== {shown} ({}) ==", path.display())
                .and_then(|()| out.flush())
                .map_err(anyhow::Error::from);
            output::answered(printed, ())?;
        }
        let single = ctx.single(&path);
        let part = one(&single).map_err(|e| crate::store::explain(e, &path))?;
        let name = name.unwrap_or_else(|| unnamed(lang));
        rows.push((path.display().to_string(), name, part));
    }
    let worst = if rows.iter().any(|(_, _, p)| p.outcome == Outcome::No) {
        Outcome::No
    } else {
        Outcome::Done
    };
    let printed = print(ctx.format, &rows);
    output::answered(printed, worst)
}

fn exit_code(outcome: Outcome) -> usize {
    match outcome {
        Outcome::Done => 0,
        Outcome::No => 1,
    }
}

fn print(format: Format, rows: &[(String, String, Part)]) -> anyhow::Result<()> {
    let mut headers: Vec<&str> = vec!["register", "organisation"];
    if let Some((_, _, first)) = rows.first() {
        headers.extend(first.counts.iter().map(|(name, _)| *name));
    }
    headers.push("exit_code");
    let cells = |(path, name, part): &(String, String, Part)| -> Vec<String> {
        let mut cells = vec![path.clone(), name.clone()];
        cells.extend(part.counts.iter().map(|(_, n)| n.to_string()));
        cells.push(exit_code(part.outcome).to_string());
        cells
    };
    let mut out = std::io::stdout().lock();
    match format {
        Format::Csv => {
            output::csv::write(
                &mut out,
                output::csv::STANDARD,
                &headers,
                rows.iter().map(cells),
            )?;
        }
        Format::Json => {
            let registers: Vec<Value> = rows
                .iter()
                .map(|(path, name, part)| {
                    let mut row = Map::new();
                    row.insert("register".into(), json!(path));
                    row.insert("organisation".into(), json!(name));
                    for (count, n) in &part.counts {
                        row.insert((*count).into(), json!(n));
                    }
                    row.insert("exit_code".into(), json!(exit_code(part.outcome)));
                    row.insert("result".into(), part.json.clone());
                    Value::Object(row)
                })
                .collect();
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json!({ "registers": registers }))?
            )?;
        }
        Format::Table => {
            // At a narrow width the exit code goes first, then the organisation (the path says
            // which register), then the counts from the last: the path and the first counts stay
            // (JSON and CSV hold them all).
            let narrow: Vec<&str> = ["exit_code", "organisation"]
                .into_iter()
                .chain(headers[2..headers.len() - 1].iter().skip(1).rev().copied())
                .collect();
            let columns = output::Columns {
                headers: &headers,
                free_text: &["organisation"],
                narrow: &narrow,
            };
            let rows = rows
                .iter()
                .map(|row| cells(row).iter().map(|c| output::cell(c)).collect());
            let table = output::laid_out(columns, rows);
            writeln!(out, "{}\n{table}", crate::tr!("table-summary"))?;
        }
    }
    out.flush()?;
    Ok(())
}
