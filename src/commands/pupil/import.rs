//! `vreg pupil import`: a school administration's CSV export, streamed row by row inside one
//! transaction, so that memory stays flat and a bad row anywhere leaves nothing written.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::Error;
use crate::cli::code;
use crate::commands::{Ctx, Outcome, Written, check_text, print_written};
use crate::domain::change::EntityKind;
use crate::domain::consent::Form;
use crate::domain::consent::{GivenBy, check_decision_date};
use crate::domain::date::parse_date;
use crate::domain::register::check_profile_name;
use crate::domain::register::parse_mapping;
use crate::ops::pupil_import::{self, Input, Options};
use crate::output::Format;
use crate::output::note;
use crate::tr;

#[derive(Debug, Args)]
pub struct PupilImportArgs {
    /// The CSV file: `;` or `,`, UTF-8 (UTF-16 with a byte-order mark) or Windows-1252, a
    /// header row; `-` reads standard input
    pub file: PathBuf,
    /// The school of the rows when the file has no school column: BRIN, BRIN with vestiging, or
    /// its name as in `[[school]]`
    #[arg(long)]
    pub school: Option<String>,
    /// The file is the whole school on --on: its pupils missing from the file are marked as
    /// left on that day (the dry run lists them first)
    #[arg(long)]
    pub complete: bool,
    /// The file answers this school year's question: a cell that says what stands is recorded as
    /// a re-confirmation dated --on (a later decision is never overruled)
    #[arg(long)]
    pub reconfirm: bool,
    /// Store this import's --map flags in the register under NAME, for --profile
    #[arg(long, value_name = "NAME")]
    pub save_map: Option<String>,
    /// Use the column mapping saved under NAME (--map flags given as well come on top)
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Date of the decisions in the file, the day it was exported [default: today; a file
    /// imported before, byte for byte, is the export of the day it was imported as]
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
    /// Map a column: HEADER=field (leerlingnummer, name, first_name, prefix, last_name, group,
    /// school, birth_date, ignore) or HEADER=purpose-id
    #[arg(long = "map", value_name = "HEADER=TARGET", value_parser = parse_mapping)]
    pub maps: Vec<(String, String)>,
    /// How the decisions in the file were given: written, digital, verbal
    #[arg(long, default_value = "digital", value_parser = code::<Form>(Form::SPELLINGS))]
    pub form: Form,
    /// Who decided for pupils of 16 and older: file (an export does not say who clicked),
    /// pupil or representative; for younger pupils it is always a parent
    #[arg(long = "by", default_value = "file", value_parser = code::<GivenBy>(GivenBy::SPELLINGS))]
    pub given_by: GivenBy,
    /// Check the whole file and report, per pupil and purpose, what would be recorded and what
    /// is kept because a later decision or export stands; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &Ctx, args: &PupilImportArgs) -> anyhow::Result<Outcome> {
    let today = ctx.as_of(None)?;
    let on = args.on.unwrap_or(today);
    check_decision_date(on, today, None).map_err(|e| Error::Invalid(format!("--on: {e}")))?;
    let source = args.file.file_name().map_or_else(
        || args.file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    // The file's name is kept as the source and evidence of every decision it brings.
    check_text(
        || tr!("command-label-file-name"),
        &source,
        crate::domain::text::Kind::Name,
    )?;
    if let Some(name) = &args.save_map {
        check_profile_name(name).map_err(|e| Error::Invalid(format!("--save-map: {e}")))?;
    }
    let input = Input::open(&args.file)?;
    let store = ctx.store_for(args.dry_run)?;
    let tx = store.write()?;
    // A saved mapping first, the flags of this import on top of it.
    let mut maps = match &args.profile {
        Some(name) => match tx.import_profile(name)? {
            Some(maps) => maps,
            None => {
                let saved: Vec<String> =
                    tx.import_profiles()?.into_iter().map(|p| p.name).collect();
                return Err(Error::Invalid(match saved.is_empty() {
                    true => tr!("command-pupil-import-no-profiles", name = name),
                    false => tr!(
                        "command-pupil-import-no-profile",
                        name = name,
                        saved = saved.join(", ")
                    ),
                })
                .into());
            }
        },
        None => Vec::new(),
    };
    crate::domain::columns::one_target_per_column(&args.maps).map_err(Error::Invalid)?;
    for (header, target) in &args.maps {
        // A flag overrides the saved mapping of its column, however the two spell the header.
        maps.retain(|(h, _)| !crate::domain::columns::same_header(h, header));
        maps.push((header.clone(), target.clone()));
    }
    let saves_map = args.save_map.is_some();
    if let Some(name) = &args.save_map {
        tx.save_import_profile(name, &maps)?;
    }
    let list_recorded = args.dry_run || ctx.format == Format::Json;
    let options = Options {
        path: &args.file,
        school: args.school.as_deref(),
        complete: args.complete,
        reconfirm: args.reconfirm,
        form: args.form,
        given_by: args.given_by,
        on,
        dated: args.on.is_some(),
        today,
        list_recorded,
    };
    let report = pupil_import::import(&tx, &options, &maps, &source, input)?;
    // The day the file was read as: `--on`, today, or the day it was imported as before.
    let on = report.on;
    let changed = report.pupils_added
        + report.pupils_changed
        + report.decisions_recorded
        + report.decisions_reconfirmed
        + report.answers_changed
        + report.dates_advanced
        > 0
        || !report.pupils_left.is_empty()
        || report.complete_first
        || saves_map;
    // The report goes out before the commit: if it cannot be printed, nothing is kept.
    print_written(ctx, Written::document("vreg pupil import", &report)?)?;
    if args.dry_run || !changed {
        // Nothing to keep: an import that changes nothing leaves the register as it was.
        drop(tx);
    } else {
        tx.log(
            "pupil-import",
            EntityKind::Import,
            &source,
            json!({
                "source": source,
                "on": on,
                "digest": report.digest,
                "pupils_added": report.pupils_added,
                "pupils_changed": report.pupils_changed,
                "pupils_left": report.pupils_left.len(),
                "complete": report.complete_schools,
                "purposes": report.purposes,
                "decisions_recorded": report.decisions_recorded,
                "decisions_reconfirmed": report.decisions_reconfirmed,
            }),
        )?;
        for left in &report.pupils_left {
            // On the pupil, so that a purge takes it along.
            tx.log(
                "leave",
                EntityKind::Pupil,
                &left.key,
                json!({ "left_on": { "from": null, "to": on }, "complete_import": source }),
            )?;
        }
        for (back, left_on) in &report.pupils_back {
            tx.log(
                "return",
                EntityKind::Pupil,
                &back.key,
                json!({ "left_on": { "from": left_on, "to": null }, "complete_import": source, "on": on }),
            )?;
        }
        for (left, day) in &report.pupils_added_left {
            tx.log(
                "leave",
                EntityKind::Pupil,
                &left.key,
                json!({ "left_on": { "from": null, "to": day }, "complete_import_on": day }),
            )?;
        }
        if let Some(name) = &args.save_map {
            tx.log(
                "save",
                EntityKind::ImportProfile,
                name,
                json!({ "maps": maps_json(&maps) }),
            )?;
        }
        tx.commit()?;
    }
    if ctx.format != Format::Json {
        for left in &report.pupils_left {
            let pupil = left.to_string();
            note(match args.dry_run {
                true => tr!("command-pupil-import-would-leave", pupil = &pupil, on = on),
                false => tr!("command-pupil-import-left", pupil = &pupil, on = on),
            });
        }
        for (back, left) in &report.pupils_back {
            let pupil = back.to_string();
            note(match args.dry_run {
                true => tr!(
                    "command-pupil-import-would-return",
                    pupil = &pupil,
                    left = left,
                    on = on
                ),
                false => tr!(
                    "command-pupil-import-returned",
                    pupil = &pupil,
                    left = left,
                    on = on
                ),
            });
        }
        for cell in &report.cells {
            let (pupil, purpose, line) = (&cell.pupil, &cell.purpose, cell.line);
            let reason = cell.reason.to_string();
            note(match cell.action {
                "kept" => tr!(
                    "command-pupil-import-kept",
                    pupil = pupil,
                    purpose = purpose,
                    line = line,
                    reason = reason
                ),
                "reconfirmed" => tr!(
                    "command-pupil-import-reconfirm",
                    pupil = pupil,
                    purpose = purpose,
                    line = line,
                    reason = reason
                ),
                _ => tr!(
                    "command-pupil-import-record",
                    pupil = pupil,
                    purpose = purpose,
                    line = line,
                    reason = reason
                ),
            });
        }
    }
    for warning in &report.warnings {
        note(tr!("command-warning", warning = warning.to_string()));
    }
    if !report.ignored_columns.is_empty() {
        note(tr!(
            "command-pupil-import-ignored",
            columns = report.ignored_columns.join(", ")
        ));
    }
    if report.no_purpose_read {
        note(tr!(
            "command-pupil-import-no-purpose",
            columns = report.ignored_columns.join(", ")
        ));
    }
    let mut summary = tr!(
        "command-pupil-import-pupils",
        added = report.pupils_added,
        changed = report.pupils_changed,
        unchanged = report.pupils_unchanged
    );
    if args.complete {
        summary = tr!(
            "command-pupil-import-pupils-left",
            summary = summary,
            left = report.pupils_left.len()
        );
    }
    let mut decisions = tr!(
        "command-pupil-import-decisions",
        recorded = report.decisions_recorded
    );
    if args.reconfirm {
        decisions = tr!(
            "command-pupil-import-decisions-reconfirmed",
            decisions = decisions,
            reconfirmed = report.decisions_reconfirmed
        );
    }
    let summary = tr!(
        "command-pupil-import-summary",
        pupils = summary,
        decisions = decisions,
        kept = report.decisions_kept
    );
    note(match args.dry_run {
        true => tr!("command-dry-run", summary = summary),
        false => summary,
    });
    if let (Some(name), false) = (&args.save_map, args.dry_run) {
        note(tr!("command-pupil-import-saved-map", name = name));
    }
    Ok(Outcome::Done)
}

fn maps_json(maps: &[(String, String)]) -> serde_json::Value {
    maps.iter()
        .map(|(h, t)| (h.clone(), serde_json::Value::String(t.clone())))
        .collect::<serde_json::Map<_, _>>()
        .into()
}
