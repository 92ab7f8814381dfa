//! Rules on requests of parents and pupils: answered within the month, or extended in time.

use chrono::NaiveDate;

use super::{Findings, Severity, Snapshot};
use crate::domain::request::{DUE_SOON_DAYS, Status as RequestStatus};

/// Open requests past their due date, and those due within a week. A request received after
/// `as_of` is not yet known to the audit; one answered after it was still open then.
pub(super) fn request_rules(f: &mut Findings, snapshot: &Snapshot, as_of: NaiveDate) {
    for r in snapshot.requests.iter().filter(|r| r.received_on <= as_of) {
        let subject = ("request", r.id.as_str());
        let due = r.due_as_of(as_of);
        let close_hint = format!(
            "answer it, then: vreg request close {} --on DATE --outcome granted|partly|refused",
            r.id
        );
        match r.status(as_of) {
            RequestStatus::Overdue => f.add(
                "request-overdue",
                Severity::Error,
                subject,
                format!(
                    "{} request {} received on {} was due on {due} and is not answered",
                    r.kind, r.id, r.received_on
                ),
                format!("{close_hint} (art. 12(3) AVG: within one month, or three when extended in time)"),
            ),
            RequestStatus::Open if r.due_soon(as_of) => {
                let days = (due - as_of).num_days();
                let hint = if r.is_extended() {
                    close_hint
                } else {
                    format!(
                        "{close_hint}; or, for a complex request, tell the requester with reasons and record it: vreg request extend {} --reason TEXT --notified-on DATE",
                        r.id
                    )
                };
                f.add(
                    "request-due-soon",
                    Severity::Warning,
                    subject,
                    format!(
                        "{} request {} is due on {due}, in {days} day(s) (within {DUE_SOON_DAYS})",
                        r.kind, r.id
                    ),
                    hint,
                );
            }
            _ => {}
        }
    }
}
