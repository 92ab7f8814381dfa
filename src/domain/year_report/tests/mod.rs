use super::*;
use crate::domain::agreement::Model;
use crate::domain::breach::parse_time;
use crate::domain::register::AgreementFull;
use crate::domain::supplier::Supplier;
use serde_json::json;

mod convenant;

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
    assert_eq!(far(), "-3 is not a year between 1900 and 2100");
    assert_eq!(
        speaking(Lang::Nl, far),
        "-3 is geen jaar tussen 1900 en 2100"
    );
}

#[test]
fn agreements_ending_on_31_december_are_counted_in_the_year_they_end() {
    // Ends on the last day of the year: in force that day, and ends in this year, not in the
    // next one (which never sees it end): before, it fell out of both.
    let r = register(vec![agreement("a", "2024-01-01", Some("2026-12-31"))]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"), true, &everyone(&r));
    assert_eq!(
        (a.in_force, a.expired_without_successor, a.missing),
        (1, 1, 0)
    );
    let a = agreements(&r, d("2027-01-01"), d("2027-12-31"), true, &everyone(&r));
    assert_eq!(
        (a.in_force, a.expired_without_successor, a.missing),
        (0, 0, 1)
    );
    // With a successor from 1 January: renewed in the year it ends, the successor new in the
    // next.
    let mut next = agreement("b", "2025-12-01", None);
    next.agreement.starts_on = Some(d("2027-01-01"));
    let r = register(vec![agreement("a", "2024-01-01", Some("2026-12-31")), next]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"), true, &everyone(&r));
    assert_eq!(
        (a.in_force, a.new, a.renewed, a.expired_without_successor),
        (1, 0, 1, 0)
    );
    let a = agreements(&r, d("2027-01-01"), d("2027-12-31"), true, &everyone(&r));
    assert_eq!(
        (a.in_force, a.new, a.renewed, a.expired_without_successor),
        (1, 1, 0, 0)
    );
    // While the year runs, one whose last day is today is in force and has not ended yet, on
    // 31 December too.
    let r = register(vec![agreement("a", "2024-01-01", Some("2026-12-31"))]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"), false, &everyone(&r));
    assert_eq!((a.in_force, a.expired_without_successor), (1, 0));
    // While the year runs, one whose last day is today is in force and has not ended yet.
    let r = register(vec![agreement("a", "2024-01-01", Some("2026-11-20"))]);
    let a = agreements(&r, d("2026-01-01"), d("2026-11-20"), false, &everyone(&r));
    assert_eq!((a.in_force, a.expired_without_successor), (1, 0));
    let a = agreements(&r, d("2026-01-01"), d("2026-11-21"), false, &everyone(&r));
    assert_eq!((a.in_force, a.expired_without_successor), (0, 1));
    // Terminated before the day it would take effect: never in force, never new; its
    // termination is counted.
    let mut never = agreement("c", "2026-12-01", None);
    never.agreement.starts_on = Some(d("2027-02-01"));
    never.agreement.terminated_on = Some(d("2027-01-15"));
    let r = register(vec![never]);
    let a = agreements(&r, d("2027-01-01"), d("2027-12-31"), true, &everyone(&r));
    assert_eq!((a.new, a.ended, a.expired_without_successor), (0, 1, 0));
    // Terminated from 1 January: ended in the year of the termination only.
    let mut cut = agreement("e", "2024-01-01", None);
    cut.agreement.terminated_on = Some(d("2027-01-01"));
    let r = register(vec![cut]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"), true, &everyone(&r));
    assert_eq!(
        (a.in_force, a.ended, a.expired_without_successor),
        (1, 0, 0)
    );
    let a = agreements(&r, d("2027-01-01"), d("2027-12-31"), true, &everyone(&r));
    assert_eq!(
        (a.in_force, a.ended, a.expired_without_successor),
        (0, 1, 0)
    );
    // Ended on 30 December without a successor.
    let r = register(vec![agreement("a", "2024-01-01", Some("2026-12-30"))]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"), true, &everyone(&r));
    assert_eq!(
        (a.in_force, a.expired_without_successor, a.missing),
        (0, 1, 1)
    );
    // With a successor from 31 December: renewed, and the successor is new.
    let mut next = agreement("b", "2026-12-01", None);
    next.agreement.starts_on = Some(d("2026-12-31"));
    let r = register(vec![agreement("a", "2024-01-01", Some("2026-12-30")), next]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"), true, &everyone(&r));
    assert_eq!(
        (a.in_force, a.new, a.renewed, a.expired_without_successor),
        (1, 1, 1, 0)
    );
    // Ended in June; a later agreement of the supplier for another product from September:
    // not renewed, not without successor, but replaced.
    let mut later = agreement("b", "2026-09-01", None);
    later.agreement.products = vec!["Q".into()];
    let r = register(vec![
        agreement("a", "2024-01-01", Some("2026-06-30")),
        later,
    ]);
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"), true, &everyone(&r));
    assert_eq!(
        (
            a.in_force,
            a.renewed,
            a.replaced,
            a.expired_without_successor,
            a.missing
        ),
        (1, 0, 1, 0, 0)
    );
    // Taking effect on 1 January counts as new in that year, not the one before.
    let r = register(vec![agreement("a", "2027-01-01", None)]);
    assert_eq!(
        agreements(&r, d("2026-01-01"), d("2026-12-31"), true, &everyone(&r)).new,
        0
    );
    assert_eq!(
        agreements(&r, d("2027-01-01"), d("2027-01-01"), false, &everyone(&r)).new,
        1
    );
}

#[test]
fn an_end_date_has_the_status_agreement_list_gives_it() {
    use crate::domain::agreement::Status;
    let status_on = |expires: &str| {
        let r = register(vec![agreement("a", "2024-01-01", Some(expires))]);
        agreements(&r, d("2026-01-01"), d("2026-11-28"), false, &everyone(&r)).end_dates[0].status
    };
    // Within the 90 days of `agreement list`: expiring; beyond them: active.
    assert_eq!(status_on("2027-02-26"), Status::Expiring);
    assert_eq!(status_on("2027-02-27"), Status::Active);
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

#[test]
fn a_year_is_over_only_after_its_last_day() {
    assert_eq!(
        period(2026, d("2026-12-31")),
        Ok((d("2026-01-01"), d("2026-12-31"), false))
    );
}

#[test]
fn coverage_counts_each_state_once_and_rounds_half_up() {
    let mut c = Coverage::default();
    for s in [
        Convenant::Participant,
        Convenant::Participant,
        Convenant::Supporter,
        Convenant::Supporter,
        Convenant::Supporter,
        Convenant::None,
        Convenant::Unknown,
        Convenant::None,
        Convenant::None,
    ] {
        c.add(s);
    }
    assert_eq!((c.participant, c.supporter, c.neither), (2, 3, 4));
    assert_eq!(c.total(), 9);
    let t = |granted, refused| Tally {
        granted,
        refused,
        ..Tally::default()
    };
    // 1 of 8 is 12.5 %: half a percent rounds up.
    assert_eq!(coverage_percent(&t(1, 7), 1), Some(13));
    assert_eq!(coverage_percent(&t(1, 9), 1), Some(10));
}

fn breach_at(id: &str, discovered: &str) -> crate::domain::breach::Breach {
    crate::domain::breach::Breach::new(id.into(), "Lek".into(), parse_time(discovered).unwrap())
}

#[test]
fn breaches_are_counted_by_what_had_happened_by_the_moment_asked_about() {
    use crate::domain::breach::Risk;
    let t = |s: &str| Some(parse_time(s).unwrap());
    let mut on_time = breach_at("2026-001", "2026-03-01 10:00");
    on_time.kinds = vec![BreachKind::Confidentiality, BreachKind::Integrity];
    on_time.ap_reported_at = t("2026-03-02 10:00");
    on_time.subjects_notified_at = t("2026-03-03 10:00");
    on_time.closed_at = t("2026-03-10 10:00");
    let mut late = breach_at("2026-002", "2026-05-01 10:00");
    late.kinds = vec![BreachKind::Availability];
    late.ap_reported_at = t("2026-05-06 10:00");
    late.subjects_notified_at = t("2026-12-15 10:00");
    let mut harmless = breach_at("2026-003", "2026-06-01 10:00");
    harmless.risk = Some(Risk::None);
    harmless.subjects_notified_at = t("2026-06-02 10:00");
    harmless.closed_at = t("2026-12-20 10:00");
    let mut closed_at_now = breach_at("2026-006", "2026-07-01 10:00");
    closed_at_now.risk = Some(Risk::None);
    closed_at_now.closed_at = t("2026-12-10 23:00");
    let mut closed_early = breach_at("2026-007", "2026-08-01 10:00");
    closed_early.risk = Some(Risk::None);
    closed_early.closed_at = t("2026-08-02 10:00");
    let mut reported_later = breach_at("2026-004", "2026-12-01 10:00");
    reported_later.ap_reported_at = t("2026-12-11 10:00");
    let after_now = breach_at("2026-005", "2026-12-20 10:00");
    let last_year = breach_at("2025-001", "2025-12-31 10:00");
    let mut r = register(vec![]);
    r.breaches = vec![
        on_time,
        late,
        harmless,
        reported_later,
        after_now,
        last_year,
        closed_at_now,
        closed_early,
    ];
    let y = breaches(&r, 2026, parse_time("2026-12-10 23:00").unwrap());
    assert_eq!(
        (
            y.registered,
            y.reported_to_ap,
            y.reported_on_time,
            y.not_reported,
            y.late,
            y.subjects_notified,
            y.open
        ),
        (6, 2, 1, 4, 2, 2, 3)
    );
    let kinds: Vec<(&str, u64)> = y
        .by_kind
        .iter()
        .map(|k| (k.kind.as_str(), k.count))
        .collect();
    assert_eq!(
        kinds,
        [
            ("confidentiality", 1),
            ("integrity", 1),
            ("availability", 1)
        ]
    );
}

/// A breach is open at the moment asked about until it is closed: one closed later was still
/// open then, one closed at that very moment no longer.
#[test]
fn a_breach_closed_after_the_moment_asked_about_was_open_then() {
    let t = |s: &str| Some(parse_time(s).unwrap());
    let now = parse_time("2026-12-10 23:00").unwrap();
    let open_at = |closed: Option<crate::domain::breach::Instant>| {
        let mut b = breach_at("2026-001", "2026-03-01 10:00");
        b.closed_at = closed;
        let mut r = register(vec![]);
        r.breaches = vec![b];
        breaches(&r, 2026, now).open
    };
    assert_eq!(open_at(None), 1);
    assert_eq!(open_at(t("2026-12-10 23:01")), 1);
    assert_eq!(open_at(t("2026-12-10 23:00")), 0);
    assert_eq!(open_at(t("2026-12-10 22:59")), 0);
}

#[test]
fn requests_of_the_year_are_counted_by_how_they_were_answered() {
    use crate::domain::request::{Kind, RequestedBy};
    let request = |id: &str, kind, received: &str, closed: Option<&str>| Request {
        id: id.into(),
        kind,
        pupil: None,
        requested_by: RequestedBy::Parent,
        received_on: d(received),
        via: None,
        notes: None,
        extension_reason: None,
        extension_notified_on: None,
        closed_on: closed.map(d),
        outcome: None,
        outcome_note: None,
    };
    let list = [
        request("1", Kind::Access, "2026-02-02", Some("2026-02-10")),
        request("2", Kind::Access, "2026-03-02", Some("2026-06-01")),
        request("3", Kind::Access, "2026-04-01", None),
        request("4", Kind::Erasure, "2026-12-01", None),
        request("5", Kind::Erasure, "2026-12-02", Some("2026-12-03")),
        request("6", Kind::Erasure, "2025-12-30", Some("2026-01-05")),
    ];
    let r = requests(&list, d("2026-01-01"), d("2026-12-10"), d("2026-12-10"));
    assert_eq!(
        (r.received, r.answered_on_time, r.late, r.open),
        (5, 2, 2, 1)
    );
    // Judged a year later: the request of 1 December never answered is late by then.
    let later = requests(&list, d("2026-01-01"), d("2026-12-10"), d("2027-12-10"));
    assert_eq!((later.late, later.open), (3, 0));
    let kinds: Vec<(Kind, u64, u64, u64, u64)> = r
        .by_kind
        .iter()
        .map(|k| (k.kind, k.received, k.answered_on_time, k.late, k.open))
        .collect();
    assert_eq!(
        kinds,
        [(Kind::Access, 3, 1, 2, 0), (Kind::Erasure, 2, 1, 0, 1)]
    );
}

#[test]
fn consent_coverage_is_per_active_purpose_with_its_schools() {
    use crate::domain::consent::Purpose;
    use crate::domain::organisation::School;
    let mut r = register(vec![]);
    r.schools = vec![School {
        brin: "12AB".into(),
        vestiging: "00".into(),
        name: "OBS De Regenboog".into(),
    }];
    let mut retired = Purpose::new("retired", "Oud doel");
    retired.retired_on = Some(d("2026-06-01"));
    r.purposes = vec![Purpose::new("photo", "Foto's"), retired];
    let tally = |granted| Tally {
        granted,
        refused: 1,
        ..Tally::default()
    };
    let tallies = BTreeMap::from([
        (("12AB00".to_string(), "photo".to_string()), tally(3)),
        ((String::new(), "photo".to_string()), tally(2)),
        (("99ZZ00".to_string(), "photo".to_string()), tally(1)),
        (("12AB00".to_string(), "retired".to_string()), tally(7)),
        (("12AB00".to_string(), "other".to_string()), tally(9)),
    ]);
    let c = consent(&r, &tallies, d("2026-12-31"));
    assert_eq!(c.len(), 1);
    assert_eq!(
        (
            c[0].purpose.as_str(),
            c[0].board.granted,
            c[0].board.refused
        ),
        ("photo", 6, 3)
    );
    let schools: Vec<(&str, &str, u64)> = c[0]
        .schools
        .iter()
        .map(|(code, name, t)| (code.as_str(), name.as_str(), t.granted))
        .collect();
    assert_eq!(
        schools,
        [
            ("", "(geen school vastgelegd)", 2),
            ("12AB00", "OBS De Regenboog", 3),
            ("99ZZ00", "99ZZ00", 1)
        ]
    );
}

#[test]
fn the_end_dates_are_of_agreements_in_force_ended_or_terminated_in_the_year() {
    let supplier = |id: &str, full: AgreementFull| {
        let mut s = Supplier::new(id.into(), id.to_uppercase());
        s.convenant = Convenant::Participant;
        (s, vec![full])
    };
    let mut terminated = agreement("terminated", "2024-01-01", Some("2027-12-31"));
    terminated.agreement.terminated_on = Some(d("2026-03-01"));
    let r = Register {
        suppliers: vec![
            supplier("a", agreement("running", "2024-01-01", Some("2027-12-31"))),
            supplier("b", agreement("lapsed", "2024-01-01", Some("2026-06-30"))),
            supplier("c", terminated),
            supplier("d", agreement("old", "2023-01-01", Some("2025-06-30"))),
        ],
        ..Register::default()
    };
    let a = agreements(&r, d("2026-01-01"), d("2026-12-31"), true, &everyone(&r));
    let ends: Vec<(&str, NaiveDate)> = a
        .end_dates
        .iter()
        .map(|e| (e.agreement.as_str(), e.ends_on))
        .collect();
    assert_eq!(
        ends,
        [
            ("terminated", d("2026-02-28")),
            ("lapsed", d("2026-06-30")),
            ("running", d("2027-12-31"))
        ]
    );
    assert_eq!(
        (a.in_force, a.ended, a.expired_without_successor, a.missing),
        (1, 1, 1, 3)
    );
}

/// Every supplier of the register, as there at the end of the period.
fn everyone(r: &Register) -> BTreeMap<String, Convenant> {
    r.suppliers
        .iter()
        .map(|(s, _)| (s.id.clone(), s.convenant))
        .collect()
}

#[test]
fn a_processor_that_came_after_the_period_lacks_no_agreement_in_it() {
    let to = d("2025-12-31");
    let missing = |r: &Register, there: &BTreeMap<String, Convenant>| {
        agreements(r, d("2025-01-01"), to, true, there).missing
    };
    let nobody = BTreeMap::new();
    // Signed in 2026: there in 2025 only if the register had it by then.
    let r = register(vec![agreement("later", "2026-03-01", None)]);
    assert_eq!(missing(&r, &everyone(&r)), 1);
    assert_eq!(missing(&r, &nobody), 0);
    // Entered later without any agreement: it may have worked for the board all along.
    let r = register(vec![]);
    assert_eq!(missing(&r, &nobody), 1);
}
