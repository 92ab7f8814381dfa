//! Rules on the breach register: the 72 hours, the processor's hours, a decision and its reason.

use super::{Findings, Severity, Snapshot};
use crate::domain::breach::{Risk, show_time};

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
    // A breach discovered after the moment of the audit is not yet known to it.
    for b in snapshot
        .register
        .breaches
        .iter()
        .filter(|b| b.discovered_at <= now)
    {
        let subject = ("breach", b.id.as_str());
        let due = show_time(b.ap_due());
        if b.ap_late(now) {
            let (message, hint) = match (b.ap_reported_at, b.risk) {
                (Some(at), _) => (
                    format!(
                        "breach {} was reported to the AP on {}, after the 72 hours (due {due})",
                        b.id,
                        show_time(at)
                    ),
                    "keep the reasons for the delay with the report (art. 33(1) AVG)".to_string(),
                ),
                (None, None) => (
                    format!(
                        "breach {} is still not assessed, and its 72 hours ended on {due}",
                        b.id
                    ),
                    format!(
                        "decide now and report if needed: vreg breach assess {} --risk none|risk|high --reason TEXT",
                        b.id
                    ),
                ),
                (None, Some(_)) => (
                    format!(
                        "breach {} is reportable and was not reported to the AP by {due}",
                        b.id
                    ),
                    format!(
                        "report it now, with the reasons for the delay: vreg breach notify {} ap --at TIME --ref MELDNUMMER",
                        b.id
                    ),
                ),
            };
            f.add("breach-ap-late", Severity::Error, subject, message, hint);
        }
        if b.is_open() && b.risk.is_none() && !b.ap_late(now) {
            f.add(
                "breach-undecided",
                Severity::Warning,
                subject,
                format!("breach {} is not assessed; the AP deadline is {due}", b.id),
                format!(
                    "vreg breach assess {} --risk none|risk|high --reason TEXT",
                    b.id
                ),
            );
        }
        if b.risk == Some(Risk::High) && b.subjects_notified_at.is_none() {
            f.add("breach-subjects-unnotified", Severity::Error, subject,
                  format!("breach {} has a high risk and the people affected were not told", b.id),
                  format!("tell them without undue delay, then: vreg breach notify {} subjects --at TIME --how TEXT", b.id));
        }
        let hours = b.agreement.as_deref().and_then(notice_hours);
        if let (Some(due), Some(reported)) = (b.processor_due(hours), b.supplier_reported_at)
            && reported > due
        {
            f.add("breach-processor-late", Severity::Warning, subject,
                  format!("supplier {} reported breach {} on {}, later than the {} hours of agreement {} (due {})",
                          b.supplier.as_deref().unwrap_or_default(), b.id, show_time(reported),
                          hours.unwrap_or_default(), b.agreement.as_deref().unwrap_or_default(), show_time(due)),
                  "hold the supplier to its agreement and note it at the next review".to_string());
        }
        if b.is_open() {
            f.add(
                "breach-open",
                Severity::Info,
                subject,
                format!("breach {} ({}) is open", b.id, b.title),
                format!(
                    "close it when handled: vreg breach close {} --measures TEXT",
                    b.id
                ),
            );
        }
    }
}
