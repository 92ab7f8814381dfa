//! Rules on requests of parents and pupils: answered within the month, or extended in time.

use chrono::NaiveDate;

use super::{Findings, Severity, Snapshot};
use crate::domain::request::{DUE_SOON_DAYS, Status as RequestStatus};
use crate::text;

/// Open requests past their due date, and those due within a week. A request received after
/// `as_of` is not yet known to the audit; one answered after it was still open then.
pub(super) fn request_rules(f: &mut Findings, snapshot: &Snapshot, as_of: NaiveDate) {
    for r in snapshot.requests.iter().filter(|r| r.known_on(as_of)) {
        let subject = ("request", r.id.as_str());
        let due = r.due_as_of(as_of);
        match r.status(as_of) {
            RequestStatus::Overdue => f.add(
                "request-overdue",
                Severity::Error,
                subject,
                text!(
                    "audit-request-overdue",
                    kind = r.kind.code(),
                    id = &r.id,
                    received_on = r.received_on,
                    due = due
                ),
            ),
            RequestStatus::Open if r.due_soon(as_of) => f.add(
                "request-due-soon",
                Severity::Warning,
                subject,
                text!(
                    "audit-request-due-soon",
                    kind = r.kind.code(),
                    id = &r.id,
                    due = due,
                    days = (due - as_of).num_days(),
                    within = DUE_SOON_DAYS,
                    extended = if r.is_extended() { "yes" } else { "no" }
                ),
            ),
            _ => {}
        }
    }
}
