use super::*;

fn finding(code: &str, severity: Severity, subject_kind: &str, subject_id: &str) -> Finding {
    Finding {
        code: code.into(),
        severity,
        subject_kind: subject_kind.into(),
        subject_id: subject_id.into(),
        message: String::new(),
        hint: String::new(),
        accepted: None,
        words: None,
    }
}

fn acceptance(code: &str, subject_kind: &str, subject_id: &str, until: &str) -> Acceptance {
    Acceptance {
        code: code.into(),
        subject_kind: subject_kind.into(),
        subject_id: subject_id.into(),
        reason: "the campsite will never join the convenant".into(),
        until: d(until),
    }
}

#[test]
fn an_acceptance_names_a_known_code_a_subject_and_a_reason() {
    let ok = acceptance("convenant-none", "supplier", "camping", AS_OF);
    assert_eq!(ok.validate(), Ok(()));
    let unknown_code = Acceptance {
        code: "no-such-code".into(),
        ..ok.clone()
    };
    assert!(
        unknown_code
            .validate()
            .unwrap_err()
            .contains("not a finding code")
    );
    let unknown_kind = Acceptance {
        subject_kind: "school".into(),
        ..ok.clone()
    };
    assert!(
        unknown_kind
            .validate()
            .unwrap_err()
            .contains("kind of subject")
    );
    let no_id = Acceptance {
        subject_id: " ".into(),
        ..ok.clone()
    };
    assert!(no_id.validate().unwrap_err().contains("needs an id"));
    let no_reason = Acceptance {
        reason: " ".into(),
        ..ok
    };
    assert!(
        no_reason
            .validate()
            .unwrap_err()
            .contains("needs the reason")
    );
}

#[test]
fn an_acceptance_holds_up_to_and_including_its_last_day() {
    let a = acceptance("convenant-none", "supplier", "s", AS_OF);
    assert!(a.holds_on(d("2026-11-27")));
    assert!(a.holds_on(d(AS_OF)));
    assert!(!a.holds_on(d("2026-11-29")));
}

#[test]
fn an_acceptance_covers_only_its_own_code_and_subject_while_it_holds() {
    let mut findings = vec![
        finding("convenant-none", Severity::Warning, "supplier", "s"),
        finding("convenant-unchecked", Severity::Info, "supplier", "s"),
        finding("convenant-none", Severity::Warning, "supplier", "t"),
        finding("document-missing", Severity::Warning, "agreement", "s"),
    ];
    let accepted = acceptance("convenant-none", "supplier", "s", AS_OF);
    let others = [
        acceptance("convenant-unchecked", "supplier", "s", "2026-11-27"),
        acceptance("document-missing", "supplier", "s", AS_OF),
    ];
    let all: Vec<Acceptance> = others.iter().cloned().chain([accepted.clone()]).collect();
    apply_acceptances(&mut findings, &all, d(AS_OF));
    let marked: Vec<_> = findings.iter().map(|f| f.accepted.clone()).collect();
    assert_eq!(marked, [Some(accepted), None, None, None]);
    // The day after it ends, nothing is accepted any more.
    apply_acceptances(&mut findings, &all, d("2026-11-29"));
    assert!(findings.iter().all(|f| f.accepted.is_none()));
}

#[test]
fn the_summary_counts_per_severity_and_accepted_findings_apart() {
    let mut findings = vec![
        finding("agreement-missing", Severity::Error, "supplier", "a"),
        finding("agreement-missing", Severity::Error, "supplier", "b"),
        finding("convenant-none", Severity::Warning, "supplier", "a"),
        finding("convenant-none", Severity::Warning, "supplier", "b"),
        finding("convenant-none", Severity::Warning, "supplier", "c"),
        finding("breach-open", Severity::Info, "breach", "x"),
        finding("breach-open", Severity::Info, "breach", "y"),
        finding("breach-open", Severity::Info, "breach", "z"),
        finding("breach-open", Severity::Info, "breach", "w"),
    ];
    let until = AS_OF;
    let accepted = [
        acceptance("agreement-missing", "supplier", "a", until),
        acceptance("convenant-none", "supplier", "a", until),
    ];
    apply_acceptances(&mut findings, &accepted, d(AS_OF));
    assert_eq!(
        Summary::of(&findings),
        Summary {
            error: 1,
            warning: 2,
            info: 4,
            accepted: 2
        }
    );
}

/// A purged pupil's number goes out of a saved finding where it stands alone, and nowhere else.
#[test]
fn a_finding_forgets_its_pupil_by_the_number_standing_alone() {
    let finding = |id: &str, message: &str| Finding {
        code: "consent-turned-16".into(),
        severity: Severity::Info,
        subject_kind: "pupil".into(),
        subject_id: id.into(),
        message: message.into(),
        hint: String::new(),
        accepted: Some(Acceptance {
            code: "consent-turned-16".into(),
            subject_kind: "pupil".into(),
            subject_id: id.into(),
            reason: "asked Zoe".into(),
            until: "2026-12-31".parse().unwrap(),
        }),
        words: None,
    };
    let mut f = finding(
        "1002",
        "pupil 1002 is 16 or older (10021, 2026-1002, (1002))",
    );
    assert!(f.forget_pupil("1002"));
    assert_eq!(f.subject_id, "(removed)");
    assert_eq!(
        f.message,
        "pupil (removed) is 16 or older (10021, 2026-1002, ((removed)))"
    );
    let accepted = f.accepted.unwrap();
    assert_eq!(
        (accepted.subject_id.as_str(), accepted.reason.as_str()),
        ("(removed)", "(removed)")
    );
    // Another pupil's finding, or another kind's subject of that id, is left alone.
    let mut other = finding("1003", "pupil 1003 is 16 or older");
    assert!(!other.forget_pupil("1002"));
    assert_eq!(other.subject_id, "1003");
    let mut supplier = Finding {
        subject_kind: "supplier".into(),
        ..finding("1002", "x")
    };
    assert!(!supplier.forget_pupil("1002"));
}
