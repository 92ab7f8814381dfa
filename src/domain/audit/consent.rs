//! Rules on consent: decisions missing, stale, disputed, in a form that does not count.

use chrono::NaiveDate;

use crate::text;

use super::{Findings, Severity, Snapshot, retention_limit, school_year_start};

pub(super) fn consent_rules(f: &mut Findings, snapshot: &Snapshot, as_of: NaiveDate) {
    let c = &snapshot.consent;
    for (purpose, &n) in c.unknown.iter().filter(|(_, n)| **n > 0) {
        f.add(
            "consent-unknown",
            Severity::Info,
            ("purpose", purpose),
            text!("audit-consent-unknown", count = n, purpose = purpose),
        );
    }
    let start = school_year_start(as_of);
    for (purpose, &n) in c.stale.iter().filter(|(_, n)| **n > 0) {
        f.add(
            "consent-stale",
            Severity::Warning,
            ("purpose", purpose),
            text!(
                "audit-consent-stale",
                count = n,
                purpose = purpose,
                start = start
            ),
        );
    }
    for (purpose, &n) in c.not_counting.iter().filter(|(_, n)| **n > 0) {
        // Said by the rule the grants fail: paper only, or an express statement.
        let on_paper = snapshot
            .register
            .purposes
            .iter()
            .any(|p| p.id == *purpose && p.written_only);
        let said = match on_paper {
            true => text!("audit-consent-not-on-paper", count = n, purpose = purpose),
            false => text!(
                "audit-consent-explicit-unwritten",
                count = n,
                purpose = purpose
            ),
        };
        f.add(
            "consent-explicit-unwritten",
            Severity::Warning,
            ("purpose", purpose),
            said,
        );
    }
    for (purpose, &n) in c.disputed.iter().filter(|(_, n)| **n > 0) {
        f.add(
            "consent-disputed",
            Severity::Warning,
            ("purpose", purpose),
            text!("audit-consent-disputed", count = n, purpose = purpose),
        );
    }
    for t in &c.turned_16 {
        // A second pupil with a number another school uses is named with their school, in
        // the message and in the command that answers it.
        let (pupil, school_flag) = match t.key == t.number {
            true => (t.number.clone(), String::new()),
            false => (
                format!("{} ({})", t.number, t.school),
                format!(" --school {}", t.school),
            ),
        };
        f.add(
            "consent-turned-16",
            Severity::Info,
            ("pupil", t.key.as_str()),
            text!(
                "audit-consent-turned-16",
                pupil = pupil,
                number = &t.number,
                school_flag = school_flag,
                purposes = &t.purposes
            ),
        );
    }
    if snapshot.retained_pupils > 0 {
        let limit = retention_limit(as_of);
        f.add(
            "pupil-retention",
            Severity::Warning,
            ("pupil", "*"),
            text!(
                "audit-pupil-retention",
                count = snapshot.retained_pupils,
                limit = limit
            ),
        );
    }
}
