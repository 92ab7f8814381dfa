//! The convenant paragraph, read back from the change log.

use super::*;

#[test]
fn convenant_standing_at_the_start_of_the_year_undoes_later_changes() {
    let r = register(vec![]);
    let change = |at: &str, action: &str, detail| SupplierChange {
        at: at.into(),
        action: action.into(),
        supplier: "s".into(),
        detail,
    };
    // Set to participant on 1 January 2026 at 00:30 Dutch time (23:30 UTC the day before).
    let changes = [change(
        "2025-12-31T23:30:00Z",
        "convenant-set",
        json!({"convenant": {"from": "none", "to": "participant"}}),
    )];
    let c = convenant(&r, &changes, d("2026-01-01"), d("2026-12-31"), true);
    assert_eq!(
        c.start,
        Coverage {
            participant: 0,
            supporter: 0,
            neither: 1
        }
    );
    assert_eq!(
        c.end,
        Coverage {
            participant: 1,
            supporter: 0,
            neither: 0
        }
    );
    assert_eq!(c.changes.len(), 1);
    // For 2025 the change came after the year: participant at neither end.
    let c = convenant(&r, &changes, d("2025-01-01"), d("2025-12-31"), true);
    assert_eq!((c.start.neither, c.end.neither), (1, 1));
    // Added during the year: not there at the start.
    let added = [change("2026-03-01T10:00:00Z", "add", json!({"id": "s"}))];
    let c = convenant(&r, &added, d("2026-01-01"), d("2026-12-31"), true);
    assert_eq!((c.start.total(), c.end.participant), (0, 1));
    // Registered during the year with an agreement signed before it: `supplier add` knows no
    // convenant, and `convenant set` that day is its standing at the start, not a change.
    let r = register(vec![agreement("a", "2025-06-01", None)]);
    let registered = [
        change("2026-03-01T10:00:00Z", "add", json!({"id": "s"})),
        change(
            "2026-03-01T10:05:00Z",
            "convenant-set",
            json!({"convenant": {"from": "unknown", "to": "participant"}}),
        ),
    ];
    let c = convenant(&r, &registered, d("2026-01-01"), d("2026-12-31"), true);
    assert_eq!((c.start.participant, c.end.participant), (1, 1));
    assert!(c.changes.is_empty(), "{:?}", c.changes);
    // A change on a later day is one.
    let later = [
        registered[0].clone(),
        change(
            "2026-05-01T10:00:00Z",
            "convenant-set",
            json!({"convenant": {"from": "unknown", "to": "participant"}}),
        ),
    ];
    let c = convenant(&r, &later, d("2026-01-01"), d("2026-12-31"), true);
    assert_eq!((c.start.neither, c.end.participant), (1, 1));
    assert_eq!(c.changes.len(), 1);
    let r = register(vec![]);
    // While the year runs, the end is the standing now, whatever the log's clock says.
    let c = convenant(&r, &added, d("2026-01-01"), d("2026-02-01"), false);
    assert_eq!((c.start.total(), c.end.participant), (0, 1));
    assert_eq!(c.changes[0].from, None);
}

/// A board that starts its register in 2026 and reports on 2025: its suppliers are added in
/// 2026, but one that had signed an agreement by then was its processor in 2025, with the status
/// it was registered with. Before, the report said "0 processors" for every such year.
#[test]
fn a_supplier_added_later_that_had_signed_by_then_counts_with_its_registered_status() {
    let r = register(vec![agreement("s-2024", "2024-06-01", None)]);
    let change = |at: &str, action: &str, detail| SupplierChange {
        at: at.into(),
        action: action.into(),
        supplier: "s".into(),
        detail,
    };
    let changes = [
        change("2026-03-01T10:00:00Z", "import-add", json!({"id": "s"})),
        // Later in 2026 it went from supporter to participant.
        change(
            "2026-06-01T10:00:00Z",
            "convenant-set",
            json!({"convenant": {"from": "supporter", "to": "participant"}}),
        ),
    ];
    let c = convenant(&r, &changes, d("2025-01-01"), d("2025-12-31"), true);
    assert_eq!((c.start.supporter, c.end.supporter), (1, 1));
    assert!(c.changes.is_empty());
    // Signed on the last day of the year: not there at its start, there at its end.
    let r = register(vec![agreement("s-2025", "2025-12-31", None)]);
    let c = convenant(&r, &changes, d("2025-01-01"), d("2025-12-31"), true);
    assert_eq!((c.start.total(), c.end.supporter), (0, 1));
    // Signed after the year: not a processor of that year.
    let r = register(vec![agreement("s-2026", "2026-01-01", None)]);
    let c = convenant(&r, &changes, d("2025-01-01"), d("2025-12-31"), true);
    assert_eq!((c.start.total(), c.end.total()), (0, 0));
}

/// The convenant figures as `build` makes them, with the suppliers at the end of the period.
fn convenant(
    r: &Register,
    changes: &[SupplierChange],
    from: NaiveDate,
    to: NaiveDate,
    complete: bool,
) -> ConvenantCoverage {
    super::super::convenant(
        r,
        changes,
        from,
        &convenant_at_end(r, changes, to, complete),
    )
}
