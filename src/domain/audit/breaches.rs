//! Rules on the breach register: the 72 hours, the processor's hours, a decision and its reason.

use super::{Findings, Severity, Snapshot};
use crate::domain::breach::{ClockKind, ClockStatus, Risk};
use crate::text;

pub(super) fn breach_rules(f: &mut Findings, snapshot: &Snapshot) {
    let now = snapshot.now;
    let notice_hours = |agreement: &str| {
        snapshot
            .register
            .suppliers
            .iter()
            .flat_map(|(_, agreements)| agreements)
            .find(|a| a.agreement.id == agreement)
            .and_then(|a| a.agreement.breach_notice_hours)
    };
    // Each breach as it was known at the moment of the audit: one discovered later is not
    // known to it, and a step taken later was not yet taken.
    for b in snapshot
        .register
        .breaches
        .iter()
        .filter_map(|b| b.as_known_at(now))
    {
        let subject = ("breach", b.id.as_str());
        let due = b.ap_due();
        if b.ap_late(now) && b.ap_delay_reason.is_some() {
            // Late, with the reasons the law asks to go with a later report: recorded as the
            // fact it is, not as a duty left undone.
            f.add(
                "breach-ap-late-explained",
                Severity::Warning,
                subject,
                text!(
                    "audit-breach-reported-late-explained",
                    id = &b.id,
                    reported_at = b.ap_reported_at,
                    due = &due
                ),
            );
        } else if b.ap_late(now) {
            let said = match (b.ap_reported_at, b.risk) {
                (Some(at), _) => text!(
                    "audit-breach-reported-late",
                    id = &b.id,
                    reported_at = at,
                    due = &due
                ),
                (None, None) => text!("audit-breach-unassessed-late", id = &b.id, due = &due),
                (None, Some(_)) => text!("audit-breach-unreported", id = &b.id, due = &due),
            };
            f.add("breach-ap-late", Severity::Error, subject, said);
        }
        // Closed or not: the decision whether to report belongs in the register (art. 33(5)).
        if b.risk.is_none() && b.ap_reported_at.is_none() && !b.ap_late(now) {
            f.add(
                "breach-undecided",
                Severity::Warning,
                subject,
                text!("audit-breach-undecided", id = &b.id, due = &due),
            );
        }
        if b.risk == Some(Risk::High) && b.subjects_notified_at.is_none() {
            f.add(
                "breach-subjects-unnotified",
                Severity::Error,
                subject,
                text!("audit-breach-subjects-unnotified", id = &b.id),
            );
        }
        // Told, but after its hours: a fact of the record, as a late report to the AP is.
        if b.subjects_late() {
            f.add(
                "breach-subjects-late",
                Severity::Warning,
                subject,
                text!(
                    "audit-breach-subjects-late",
                    id = &b.id,
                    told_at = b.subjects_notified_at,
                    due = b.subjects_due()
                ),
            );
        }
        // Leaked test or exam results also go to the Inspectie van het Onderwijs (VO-raad),
        // once the breach is judged a risk.
        if b.inspectie_owed() {
            f.add(
                "breach-inspectie-unnotified",
                Severity::Warning,
                subject,
                text!("audit-breach-inspectie-unnotified", id = &b.id),
            );
        }
        let hours = b.agreement.as_deref().and_then(notice_hours);
        // Not reported at all while its hours passed: as late as a late report, while the
        // breach is open (closing it ends the wait, as it ends the supplier's clock).
        let silent = b
            .open_clocks(now, hours)
            .into_iter()
            .find(|c| c.kind == ClockKind::Processor && c.status == ClockStatus::Overdue);
        if let Some(due) = silent.and_then(|c| c.due) {
            f.add(
                "breach-processor-late",
                Severity::Warning,
                subject,
                text!(
                    "audit-breach-processor-silent",
                    supplier = b.supplier.as_deref().unwrap_or_default(),
                    id = &b.id,
                    hours = hours.unwrap_or_default(),
                    agreement = b.agreement.as_deref().unwrap_or_default(),
                    due = due
                ),
            );
        }
        if let (Some(due), Some(reported)) = (b.processor_due(hours), b.supplier_reported_at)
            && reported > due
        {
            f.add(
                "breach-processor-late",
                Severity::Warning,
                subject,
                text!(
                    "audit-breach-processor-late",
                    supplier = b.supplier.as_deref().unwrap_or_default(),
                    id = &b.id,
                    reported_at = reported,
                    hours = hours.unwrap_or_default(),
                    agreement = b.agreement.as_deref().unwrap_or_default(),
                    due = due
                ),
            );
        }
        if b.is_open() {
            f.add(
                "breach-open",
                Severity::Info,
                subject,
                text!("audit-breach-open", id = &b.id, title = &b.title),
            );
        }
    }
}
