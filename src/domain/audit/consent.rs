//! Rules on consent: decisions missing, stale, disputed, in a form that does not count.

use chrono::NaiveDate;

use super::{Findings, Severity, Snapshot, retention_limit, school_year_start};

pub(super) fn consent_rules(f: &mut Findings, snapshot: &Snapshot, as_of: NaiveDate) {
    let c = &snapshot.consent;
    for (purpose, &n) in c.unknown.iter().filter(|(_, n)| **n > 0) {
        f.add("consent-unknown", Severity::Info, ("purpose", purpose),
              format!("{n} pupil(s) have no decision for {purpose}; without a decision there is no consent"),
              format!("ask the parents, then import or record: vreg consent list --purpose {purpose} --not-granted"));
    }
    let start = school_year_start(as_of);
    for (purpose, &n) in c.stale.iter().filter(|(_, n)| **n > 0) {
        f.add(
            "consent-stale",
            Severity::Warning,
            ("purpose", purpose),
            format!(
                "{n} decision(s) for {purpose} date from before this school year (began {start})"
            ),
            "ask the parents again and import their answers as this year's: vreg pupil import FILE.csv --reconfirm".to_string(),
        );
    }
    for (purpose, &n) in c.not_counting.iter().filter(|(_, n)| **n > 0) {
        f.add("consent-explicit-unwritten", Severity::Warning, ("purpose", purpose),
              format!("{n} grant(s) for {purpose} were given in a form this purpose does not accept (a verbal grant never counts where an express statement is needed)"),
              format!("ask for the statement the purpose needs and record it: vreg consent set PUPIL {purpose} granted --form written"));
    }
    for (purpose, &n) in c.disputed.iter().filter(|(_, n)| **n > 0) {
        f.add("consent-disputed", Severity::Warning, ("purpose", purpose),
              format!("{n} pupil(s) have parents who disagree on {purpose}: one granted, the other refused or withdrew; that is no consent"),
              format!("talk to both parents; see who: vreg consent list --purpose {purpose} --not-granted"));
    }
    for (pupil, purposes) in &c.turned_16 {
        f.add("consent-turned-16", Severity::Info, ("pupil", pupil),
              format!("pupil {pupil} is 16 or older and decides alone, but a parent's decision still stands for {purposes}"),
              format!("ask the pupil and record it: vreg consent set {pupil} PURPOSE granted|refused --by pupil"));
    }
    if snapshot.retained_pupils > 0 {
        let limit = retention_limit(as_of);
        f.add("pupil-retention", Severity::Warning, ("pupil", "*"),
              format!("{} pupil(s) who left before {limit} (more than 2 years ago) are still in the register", snapshot.retained_pupils),
              format!("vreg pupil purge --left-before {limit}"));
    }
}
