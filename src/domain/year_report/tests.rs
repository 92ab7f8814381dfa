use super::*;
use crate::domain::agreement::Model;
use crate::domain::breach::parse_time;
use crate::domain::register::AgreementFull;
use crate::domain::supplier::Supplier;
use serde_json::json;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn agreement(id: &str, signed: &str, expires: Option<&str>) -> AgreementFull {
    AgreementFull {
        agreement: Agreement {
            schools: vec![],
            id: id.into(),
            supplier: "s".into(),
            products: vec!["P".into()],
            model: Model::Model4,
            signed_on: Some(d(signed)),
            starts_on: None,
            expires_on: expires.map(d),
            review_on: None,
            terminated_on: None,
            document: None,
            privacy_leaflet: None,
            storage_countries: vec![],
            transfer_safeguard: None,
            breach_notice_hours: None,
            dpia: None,
            notes: None,
        },
        scope: vec![],
        subprocessors: vec![],
    }
}

fn register(agreements: Vec<AgreementFull>) -> Register {
    let mut s = Supplier::new("s".into(), "Leverancier".into());
    s.convenant = Convenant::Participant;
    Register {
        suppliers: vec![(s, agreements)],
        ..Register::default()
    }
}

#[test]
fn a_year_that_has_not_begun_is_refused_and_a_running_one_ends_today() {
    assert_eq!(
        period(2026, d("2026-11-28")),
        Ok((d("2026-01-01"), d("2026-11-28"), false))
    );
    assert_eq!(
        period(2025, d("2026-11-28")),
        Ok((d("2025-01-01"), d("2025-12-31"), true))
    );
    // On 1 January the new year has begun and is one day long; the old one is complete.
    assert_eq!(
        period(2027, d("2027-01-01")),
        Ok((d("2027-01-01"), d("2027-01-01"), false))
    );
    assert_eq!(
        period(2026, d("2027-01-01")),
        Ok((d("2026-01-01"), d("2026-12-31"), true))
    );
    assert!(
        period(2027, d("2026-12-31"))
            .unwrap_err()
            .contains("has not begun")
    );
    assert!(period(-3, d("2026-12-31")).is_err());
}

#[test]
fn a_year_refused_is_said_in_the_readers_language() {
    use crate::i18n::{Lang, speaking};
    let future = || period(2027, d("2026-12-31")).unwrap_err();
    assert_eq!(
        future(),
        "2027 has not begun (today is 2026-12-31): a report covers a year that has begun"
    );
    assert_eq!(
        speaking(Lang::Nl, future),
        "2027 is nog niet begonnen (het is vandaag 2026-12-31): een verslag gaat over een jaar dat begonnen is"
    );
    let far = || period(-3, d("2026-12-31")).unwrap_err();
    assert_eq!(far(), "-3 is not a year vreg reports on");
    assert_eq!(
        speaking(Lang::Nl, far),
        "over -3 maakt vreg geen verslag (kies een jaar van 1900 tot en met 9998)"
    );
}

#[test]
fn agreements_ending_on_31_december_are_counted_in_the_year_they_end() {
    // Ends on the last day of the year: still in force that day, not yet expired.
    let r = register(vec![agreement("a", "2024-01-01", Some("2026-12-31"))]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"));
    assert_eq!(
        (a.in_force, a.expired_without_successor, a.missing),
        (1, 0, 0)
    );
    // Ended on 30 December without a successor.
    let r = register(vec![agreement("a", "2024-01-01", Some("2026-12-30"))]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"));
    assert_eq!(
        (a.in_force, a.expired_without_successor, a.missing),
        (0, 1, 1)
    );
    // With a successor from 31 December: renewed, and the successor is new.
    let mut next = agreement("b", "2026-12-01", None);
    next.agreement.starts_on = Some(d("2026-12-31"));
    let r = register(vec![agreement("a", "2024-01-01", Some("2026-12-30")), next]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"));
    assert_eq!(
        (a.in_force, a.new, a.renewed, a.expired_without_successor),
        (1, 1, 1, 0)
    );
    // Taking effect on 1 January counts as new in that year, not the one before.
    let r = register(vec![agreement("a", "2027-01-01", None)]);
    assert_eq!(agreements(&r, d("2026-01-01"), d("2026-12-31")).new, 0);
    assert_eq!(agreements(&r, d("2027-01-01"), d("2027-01-01")).new, 1);
}

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
    // While the year runs, the end is the standing now, whatever the log's clock says.
    let c = convenant(&r, &added, d("2026-01-01"), d("2026-02-01"), false);
    assert_eq!((c.start.total(), c.end.participant), (0, 1));
    assert_eq!(c.changes[0].from, None);
}

#[test]
fn coverage_is_hidden_when_it_would_reveal_a_small_count() {
    let t = |granted, refused| Tally {
        granted,
        refused,
        ..Tally::default()
    };
    assert_eq!(coverage_percent(&t(10, 10), 5), Some(50));
    assert_eq!(coverage_percent(&t(20, 0), 5), Some(100));
    assert_eq!(coverage_percent(&t(20, 4), 5), None);
    assert_eq!(coverage_percent(&t(3, 20), 5), None);
    assert_eq!(coverage_percent(&t(0, 0), 5), None);
    assert_eq!(coverage_percent(&t(2, 1), 1), Some(67));
}

#[test]
fn breaches_count_in_the_dutch_year_of_discovery() {
    let mut r = register(vec![]);
    // 1 January 00:30 Dutch time is still 31 December in UTC.
    let mut b = crate::domain::breach::Breach::new(
        "2026-001".into(),
        "Lek".into(),
        parse_time("2026-01-01 00:30").unwrap(),
    );
    b.kinds = vec![BreachKind::Confidentiality];
    b.ap_reported_at = Some(parse_time("2026-01-05 09:00").unwrap());
    r.breaches.push(b);
    let now = parse_time("2026-12-31 23:59").unwrap();
    let y = breaches(&r, 2026, now);
    assert_eq!(
        (y.registered, y.reported_to_ap, y.late, y.reported_on_time),
        (1, 1, 1, 0)
    );
    assert_eq!(y.by_kind[0].count, 1);
    assert_eq!(breaches(&r, 2025, now).registered, 0);
}

#[test]
fn resolved_findings_are_those_of_the_first_run_gone_by_the_last() {
    let key = |code: &str, id: &str| FindingKey {
        code: code.into(),
        severity: "error".into(),
        subject_kind: "agreement".into(),
        subject_id: id.into(),
    };
    let run = |findings: Vec<FindingKey>| SavedRun {
        at: String::new(),
        as_of: d("2026-03-01"),
        error: findings.len() as u64,
        warning: 0,
        info: 0,
        findings,
    };
    let runs = [
        run(vec![key("scope-missing", "a"), key("scope-missing", "b")]),
        run(vec![key("scope-missing", "a")]),
        run(vec![
            key("scope-missing", "b"),
            key("agreement-expired", "c"),
        ]),
    ];
    let a = audit(&runs);
    assert_eq!(a.runs.len(), 3);
    assert_eq!(
        a.resolved,
        [CodeCount {
            code: "scope-missing".into(),
            severity: "error".into(),
            count: 1
        }]
    );
    assert_eq!(a.new[0].code, "agreement-expired");
    assert!(audit(&runs[..1]).resolved.is_empty());
}
