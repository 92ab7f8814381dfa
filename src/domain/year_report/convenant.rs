//! The convenant paragraph: who was a participant at the start and at the end of the period,
//! read back from the change log.

use std::collections::BTreeMap;

use chrono::{NaiveDate, TimeZone};
use chrono_tz::Europe::Amsterdam;

use super::{ConvenantChange, ConvenantCoverage, SupplierChange};
use crate::domain::register::Register;
use crate::domain::supplier::{Convenant, Role};

/// The change log's time of the start of a Dutch day, in the change log's own format.
fn log_time(day: NaiveDate) -> String {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    let t = Amsterdam
        .from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or_else(|| chrono::Utc.from_utc_datetime(&midnight));
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The convenant field of a logged change: `{convenant: {from, to}}` from an edit or
/// `convenant set`, the same under `changes` from an import.
fn convenant_from(detail: &serde_json::Value) -> Option<Option<Convenant>> {
    let change = detail
        .get("convenant")
        .or_else(|| detail.get("changes").and_then(|c| c.get("convenant")))?;
    let from = change.get("from")?;
    Some(from.as_str().and_then(|s| s.parse().ok()))
}

/// The convenant status of each supplier at the moment `at` (change log time) of the day `day`:
/// today's status with every later change undone. Absent: the supplier came later, that is,
/// was added to the register after `at` and had signed no agreement by `day`. A board that
/// starts its register after the year it reports on adds its suppliers then; one that had
/// signed an agreement by then was its processor, with the status it was registered with: for
/// one added by `supplier add`, which knows no convenant, the status first set on that day in
/// place of `unknown`, not a change in the year.
fn convenant_at(
    r: &Register,
    changes: &[SupplierChange],
    at: &str,
    day: NaiveDate,
) -> BTreeMap<String, Convenant> {
    let mut status: BTreeMap<String, Option<Convenant>> = r
        .suppliers
        .iter()
        .map(|(s, _)| (s.id.clone(), Some(s.convenant)))
        .collect();
    let signed_by_then = |supplier: &str| {
        r.suppliers.iter().any(|(s, agreements)| {
            s.id == supplier
                && agreements
                    .iter()
                    .any(|a| a.agreement.signed_on.is_some_and(|on| on <= day))
        })
    };
    // The day (of the log's clock) each supplier that came after `at` was added by `supplier
    // add`, which knows no convenant (a register file gives one, and it stands as given).
    let registered: BTreeMap<&str, &str> = changes
        .iter()
        .filter(|c| c.at.as_str() >= at && c.action == "add")
        .map(|c| (c.supplier.as_str(), c.at.get(..10).unwrap_or_default()))
        .collect();
    for c in changes.iter().rev().filter(|c| c.at.as_str() >= at) {
        let Some(slot) = status.get_mut(&c.supplier) else {
            continue;
        };
        if registered.get(c.supplier.as_str()) == Some(&c.at.get(..10).unwrap_or_default())
            && signed_by_then(&c.supplier)
            && convenant_from(&c.detail) == Some(Some(Convenant::Unknown))
        {
            // Part of registering it: the standing it came into the register with.
            continue;
        }
        if c.action == "add" || c.action == "import-add" {
            if !signed_by_then(&c.supplier) {
                *slot = None;
            }
        } else if let Some(from) = convenant_from(&c.detail) {
            *slot = from;
        }
    }
    status
        .into_iter()
        .filter_map(|(id, c)| c.map(|c| (id, c)))
        .collect()
}

/// The suppliers at the end of the period and their convenant standing then; while the year
/// runs, those of now.
pub(super) fn convenant_at_end(
    r: &Register,
    changes: &[SupplierChange],
    to: NaiveDate,
    complete: bool,
) -> BTreeMap<String, Convenant> {
    match complete {
        true => convenant_at(r, changes, &log_time(to.succ_opt().unwrap_or(to)), to),
        false => convenant_at(r, &[], "", to),
    }
}

/// Processors by convenant standing at the start of the year and at its end (`end`, see
/// [`convenant_at_end`]; while the year runs, the standing now).
pub(super) fn convenant(
    r: &Register,
    changes: &[SupplierChange],
    from: NaiveDate,
    end: &BTreeMap<String, Convenant>,
) -> ConvenantCoverage {
    let start = convenant_at(r, changes, &log_time(from), from);
    let mut out = ConvenantCoverage::default();
    for (s, _) in r
        .suppliers
        .iter()
        .filter(|(s, _)| s.role == Role::Processor)
    {
        let before = start.get(&s.id).copied();
        if let Some(c) = before {
            out.start.add(c);
        }
        let Some(&after) = end.get(&s.id) else {
            continue;
        };
        out.end.add(after);
        if before != Some(after) {
            out.changes.push(ConvenantChange {
                supplier: s.id.clone(),
                name: s.name.clone(),
                from: before,
                to: after,
            });
        }
    }
    out
}
