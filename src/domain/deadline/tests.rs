use super::*;
use crate::domain::agreement::{Agreement, Model};
use crate::domain::audit::retention_limit;
use crate::domain::breach::parse_time;
use crate::domain::register::AgreementFull;
use crate::domain::supplier::Supplier;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn agreement(id: &str, expires: Option<&str>, review: Option<&str>) -> AgreementFull {
    AgreementFull {
        agreement: Agreement {
            schools: vec![],
            id: id.into(),
            supplier: "gynzy".into(),
            products: vec!["Gynzy".into()],
            model: Model::Model4,
            signed_on: Some(d("2024-03-01")),
            starts_on: None,
            expires_on: expires.map(d),
            review_on: review.map(d),
            terminated_on: None,
            document: None,
            privacy_leaflet: None,
            storage_countries: vec![],
            transfer_safeguard: None,
            breach_notice_hours: Some(24),
            dpia: None,
            notes: None,
        },
        scope: vec![],
        subprocessors: vec![],
    }
}

fn register(checked: Option<&str>, agreements: Vec<AgreementFull>) -> Register {
    let mut s = Supplier::new("gynzy".into(), "Gynzy B.V.".into());
    s.convenant_checked_on = checked.map(d);
    Register {
        suppliers: vec![(s, agreements)],
        ..Register::default()
    }
}

fn list(
    r: &Register,
    requests: &[Request],
    left: &[(NaiveDate, u64)],
    today: &str,
) -> Vec<Deadline> {
    let hours = |_: &str| Some(24);
    let sources = Sources {
        register: r,
        requests,
        left_per_day: left,
        notice_hours: &hours,
    };
    let now = parse_time(&format!("{today} 12:00")).unwrap();
    deadlines(&sources, d(today), now)
}

#[test]
fn an_agreement_ends_on_its_last_day_and_is_overdue_the_day_after() {
    let r = register(
        Some("2026-06-01"),
        vec![agreement("a", Some("2026-12-31"), None)],
    );
    let on = |today| {
        list(&r, &[], &[], today)
            .into_iter()
            .find(|x| x.kind == Kind::AgreementEnd)
            .map(|x| (x.due, x.state))
    };
    assert_eq!(
        on("2026-12-30"),
        Some((Due::Day(d("2026-12-31")), State::Upcoming))
    );
    assert_eq!(
        on("2026-12-31"),
        Some((Due::Day(d("2026-12-31")), State::Due))
    );
    // 1 January: the agreement lapsed without a successor.
    assert_eq!(
        on("2027-01-01"),
        Some((Due::Day(d("2026-12-31")), State::Overdue))
    );
}

#[test]
fn a_renewed_agreement_has_no_end_to_mind() {
    let mut next = agreement("b", None, None);
    next.agreement.signed_on = Some(d("2026-11-01"));
    next.agreement.starts_on = Some(d("2027-01-01"));
    let r = register(
        Some("2026-06-01"),
        vec![agreement("a", Some("2026-12-31"), Some("2026-12-01")), next],
    );
    let kinds: Vec<(Kind, String)> = list(&r, &[], &[], "2026-11-28")
        .into_iter()
        .map(|x| (x.kind, x.subject_id))
        .collect();
    assert!(
        !kinds.contains(&(Kind::AgreementEnd, "a".into())),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(Kind::AgreementReview, "a".into())),
        "{kinds:?}"
    );
}

#[test]
fn the_convenant_is_checked_again_a_year_later_and_never_checked_is_due_now() {
    let r = register(Some("2025-11-28"), vec![]);
    let c = &list(&r, &[], &[], "2026-11-28")[0];
    assert_eq!(
        (c.kind, c.due, c.state),
        (Kind::ConvenantCheck, Due::Day(d("2026-11-28")), State::Due)
    );
    let r = register(None, vec![]);
    let c = &list(&r, &[], &[], "2026-11-28")[0];
    assert!(c.undated);
    assert_eq!((c.due, c.state), (Due::Day(d("2026-11-28")), State::Due));
}

#[test]
fn purging_agrees_with_the_audit_retention_limit_even_after_29_february() {
    let left = d("2024-02-29");
    assert_eq!(purge_due(left), d("2026-02-28"));
    for today in ["2026-02-27", "2026-02-28", "2026-03-01"] {
        let today = d(today);
        let audit_says_overdue = left < retention_limit(today);
        assert_eq!(
            state_of_day(purge_due(left), today) == State::Overdue,
            audit_says_overdue,
            "{today}"
        );
    }
    let r = register(Some("2026-06-01"), vec![]);
    let purge: Vec<Deadline> = list(&r, &[], &[(left, 3)], "2026-11-28")
        .into_iter()
        .filter(|x| x.kind == Kind::PupilPurge)
        .collect();
    assert_eq!(purge.len(), 1);
    assert_eq!(
        purge[0].what.in_lang(crate::i18n::Lang::Nl),
        "Gegevens verwijderen van 3 leerlingen vertrokken op 29-02-2024"
    );
    assert_eq!(
        purge[0].what.in_lang(crate::i18n::Lang::En),
        "delete the data of 3 pupils who left on 2024-02-29"
    );
    assert_eq!(
        purge[0].command.in_lang(Lang::En),
        "vreg pupil purge --left-before 2024-03-01 --yes"
    );
}

#[test]
fn within_includes_a_deadline_exactly_at_the_limit_and_every_passed_one() {
    let r = register(
        Some("2026-01-10"),
        vec![agreement("a", Some("2026-12-08"), Some("2026-12-09"))],
    );
    let all = list(&r, &[], &[], "2026-11-28");
    let days: Vec<NaiveDate> = within(all.clone(), d("2026-11-28"), Some(10))
        .iter()
        .map(|x| x.due.day())
        .collect();
    assert_eq!(days, [d("2026-12-08")]);
    let days: Vec<NaiveDate> = within(all.clone(), d("2026-11-28"), Some(9))
        .iter()
        .map(|x| x.due.day())
        .collect();
    assert!(days.is_empty(), "{days:?}");
    assert_eq!(within(all.clone(), d("2026-11-28"), None).len(), 3);
    // Passed ones stay whatever the window: the lapsed agreement and the convenant check of
    // 10 January; the review of an agreement no longer in force is no duty.
    let later = list(&r, &[], &[], "2027-02-01");
    let kept: Vec<(Kind, State)> = within(later, d("2027-02-01"), Some(0))
        .iter()
        .map(|x| (x.kind, x.state))
        .collect();
    assert_eq!(
        kept,
        [
            (Kind::AgreementEnd, State::Overdue),
            (Kind::ConvenantCheck, State::Overdue)
        ]
    );
}

#[test]
fn breach_clocks_are_moments_and_sort_after_whole_days_of_the_same_day() {
    let mut b = Breach::new(
        "2026-001".into(),
        "Phishing".into(),
        parse_time("2026-11-27 16:00").unwrap(),
    );
    b.agreement = Some("a".into());
    b.supplier = Some("gynzy".into());
    let mut r = register(Some("2025-11-30"), vec![]);
    r.breaches.push(b);
    let all = list(&r, &[], &[], "2026-11-28");
    let kinds: Vec<Kind> = all.iter().map(|x| x.kind).collect();
    // Processor: 24 h after discovery (passed at noon the next day); the AP: 72 h.
    assert_eq!(
        kinds,
        [Kind::BreachProcessor, Kind::ConvenantCheck, Kind::BreachAp]
    );
    assert_eq!(all[0].due, Due::At(parse_time("2026-11-28 16:00").unwrap()));
    // At noon, due at 16:00 that day: `due`.
    assert_eq!(all[0].state, State::Due);
    assert_eq!(all[2].state, State::Upcoming);
    assert_eq!(all[2].due.shown(), "2026-11-30 16:00");
    assert_eq!(all[2].uid(), "breach-ap-2026-001@vreg");
}

#[test]
fn requests_are_due_one_month_after_receipt_across_the_year_end() {
    use crate::domain::request::{Kind as RKind, RequestedBy};
    let r = Request::new(
        "2026-004".into(),
        RKind::Access,
        "1001".into(),
        RequestedBy::Parent,
        d("2026-12-31"),
    );
    let reg = register(Some("2026-06-01"), vec![]);
    let all = list(&reg, &[r], &[], "2026-12-31");
    let req = all.iter().find(|x| x.kind == Kind::RequestAnswer).unwrap();
    // 31 January 2027 is a Sunday: due Monday 1 February.
    assert_eq!(req.due, Due::Day(d("2027-02-01")));
    assert!(!req.what.in_lang(crate::i18n::Lang::Nl).contains("1001"));
}

#[test]
fn days_left_count_down_to_zero_on_the_day_and_below_after_it() {
    let r = register(
        Some("2026-01-10"),
        vec![agreement("a", Some("2026-12-08"), None)],
    );
    let end = list(&r, &[], &[], "2026-11-28")
        .into_iter()
        .find(|x| x.kind == Kind::AgreementEnd)
        .unwrap();
    assert_eq!(end.days_left(d("2026-11-28")), 10);
    assert_eq!(end.days_left(d("2026-12-08")), 0);
    assert_eq!(end.days_left(d("2026-12-10")), -2);
    let view = DeadlineView::of(&end, d("2026-11-28"));
    assert_eq!((view.due_on, view.days_left), (d("2026-12-08"), 10));
}

#[test]
fn only_a_current_processor_has_its_convenant_checked() {
    let kinds = |r: &Register| -> Vec<Kind> {
        list(r, &[], &[], "2026-11-28")
            .into_iter()
            .map(|x| x.kind)
            .collect()
    };
    let mut r = register(Some("2026-01-10"), vec![]);
    assert_eq!(kinds(&r), [Kind::ConvenantCheck]);
    r.suppliers[0].0.role = Role::Controller;
    assert_eq!(kinds(&r), []);
    r.suppliers[0].0.role = Role::Processor;
    r.suppliers[0].0.retired_on = Some(d("2026-06-01"));
    assert_eq!(kinds(&r), []);
}

#[test]
fn an_expired_agreement_taken_over_by_a_later_one_or_a_draft_has_no_end_to_mind() {
    let old = agreement("a", Some("2025-12-31"), None);
    let mut later = agreement("b", None, None);
    later.agreement.signed_on = Some(d("2026-03-01"));
    later.agreement.starts_on = Some(d("2026-03-01"));
    let ends = |agreements| -> Vec<String> {
        list(&register(None, agreements), &[], &[], "2026-11-28")
            .into_iter()
            .filter(|x| x.kind == Kind::AgreementEnd)
            .map(|x| x.subject_id)
            .collect()
    };
    assert_eq!(ends(vec![old.clone()]), ["a"]);
    assert_eq!(ends(vec![old, later]), Vec::<String>::new());
    let mut draft = agreement("c", Some("2027-12-31"), None);
    draft.agreement.signed_on = Some(d("2026-12-01"));
    assert_eq!(ends(vec![draft]), Vec::<String>::new());
}

#[test]
/// At its very minute a breach clock has not passed (a report then is on time, as `breach show`
/// says); a minute later it has.
fn a_breach_clock_passes_after_its_very_moment_and_telling_the_people_is_due_now() {
    use crate::domain::breach::Risk;
    let mut b = Breach::new(
        "2026-001".into(),
        "Phishing".into(),
        parse_time("2026-11-27 12:00").unwrap(),
    );
    b.agreement = Some("a".into());
    b.risk = Some(Risk::High);
    b.assessed_at = Some(parse_time("2026-11-28 09:00").unwrap());
    let mut r = register(Some("2026-06-01"), vec![]);
    r.breaches.push(b);
    // At noon on 28 November the supplier's 24 hours end.
    let breach: Vec<(Kind, State, bool)> = list(&r, &[], &[], "2026-11-28")
        .into_iter()
        .filter(|x| x.subject_kind == "breach")
        .map(|x| (x.kind, x.state, x.undated))
        .collect();
    assert_eq!(
        breach,
        [
            (Kind::BreachProcessor, State::Due, false),
            (Kind::BreachAp, State::Upcoming, false),
            (Kind::BreachSubjects, State::Due, false),
        ]
    );
    assert!(!any_overdue(&list(&r, &[], &[], "2026-11-28")));
    assert!(!any_overdue(&list(&r, &[], &[], "2026-11-27")));
    let hours = |_: &str| Some(24);
    let sources = Sources {
        register: &r,
        requests: &[],
        left_per_day: &[],
        notice_hours: &hours,
    };
    let minute_later = parse_time("2026-11-28 12:01").unwrap();
    assert!(any_overdue(&deadlines(
        &sources,
        d("2026-11-28"),
        minute_later
    )));
    // On 30 November at noon the AP's 72 hours end that day: `due`, as a duty of today.
    let ap = |today| {
        list(&r, &[], &[], today)
            .into_iter()
            .find(|x| x.kind == Kind::BreachAp)
            .map(|x| x.state)
    };
    assert_eq!(ap("2026-11-29"), Some(State::Upcoming));
    let morning = Sources {
        register: &r,
        requests: &[],
        left_per_day: &[],
        notice_hours: &|_: &str| Some(24),
    };
    let at = |t: &str| {
        deadlines(&morning, d("2026-11-30"), parse_time(t).unwrap())
            .into_iter()
            .find(|x| x.kind == Kind::BreachAp)
            .map(|x| x.state)
    };
    assert_eq!(at("2026-11-30 09:00"), Some(State::Due));
    assert_eq!(at("2026-11-30 12:00"), Some(State::Due));
    assert_eq!(at("2026-11-30 12:01"), Some(State::Overdue));
}

#[test]
fn a_whole_day_comes_before_a_moment_on_that_day() {
    let day = Due::Day(d("2026-11-28"));
    let moment = Due::At(parse_time("2026-11-28 00:00").unwrap());
    assert!(day < moment);
    assert!(Due::At(parse_time("2026-11-27 23:59").unwrap()) < day);
    assert_eq!(day.partial_cmp(&day), Some(std::cmp::Ordering::Equal));
}

/// The audit's codes on `today`, for the duties these tests compare with it.
fn audit_codes(r: &Register, today: &str) -> Vec<String> {
    let snapshot = crate::domain::audit::Snapshot {
        register: r.clone(),
        ..Default::default()
    };
    crate::domain::audit::audit(&snapshot, d(today), 90)
        .into_iter()
        .map(|f| f.code)
        .collect()
}

/// What the audit says of an agreement ended on purpose, the list says too: a warning before its
/// last day (upcoming, then due), an error from the day it took effect (overdue), until a
/// successor or the supplier's retirement is registered.
#[test]
fn a_terminated_agreement_is_a_duty_until_its_successor_or_the_suppliers_retirement() {
    let mut ended = agreement("a", None, None);
    ended.agreement.terminated_on = Some(d("2026-04-01"));
    let r = register(Some("2026-02-01"), vec![ended.clone()]);
    let end = |r: &Register, today| {
        list(r, &[], &[], today)
            .into_iter()
            .find(|x| x.kind == Kind::AgreementEnd)
            .map(|x| (x.subject_id, x.due, x.state, x.command.in_lang(Lang::En)))
    };
    let command = "vreg agreement add gynzy, or vreg supplier retire gynzy --on 2026-04-01";
    let last_day = Due::Day(d("2026-03-31"));
    assert_eq!(
        end(&r, "2026-03-01"),
        Some(("a".into(), last_day, State::Upcoming, command.into()))
    );
    assert!(audit_codes(&r, "2026-03-01").contains(&"agreement-expiring".into()));
    assert_eq!(end(&r, "2026-03-31").map(|x| x.2), Some(State::Due));
    assert_eq!(end(&r, "2026-04-01").map(|x| x.2), Some(State::Overdue));
    assert!(audit_codes(&r, "2026-04-01").contains(&"agreement-missing".into()));
    assert_eq!(end(&r, "2027-04-01").map(|x| x.2), Some(State::Overdue));
    // Its successor takes over: nothing left to do, before or after.
    let mut next = agreement("b", None, None);
    next.agreement.signed_on = Some(d("2026-03-15"));
    let renewed = register(Some("2026-02-01"), vec![ended.clone(), next]);
    assert_eq!(end(&renewed, "2026-03-20"), None);
    assert_eq!(end(&renewed, "2026-04-01"), None);
    assert!(!audit_codes(&renewed, "2026-04-01").contains(&"agreement-missing".into()));
    // The supplier retired: nothing expected of it any more.
    let mut retired = r.clone();
    retired.suppliers[0].0.retired_on = Some(d("2026-04-01"));
    assert_eq!(end(&retired, "2026-04-01"), None);
    assert!(audit_codes(&retired, "2026-04-01").is_empty());
    // Not a processor: no agreement is expected once it ended.
    let mut controller = r.clone();
    controller.suppliers[0].0.role = Role::Controller;
    assert_eq!(end(&controller, "2026-04-01"), None);
    // Of several ended agreements the last one stands for the supplier, once.
    let mut older = agreement("0", None, None);
    older.agreement.signed_on = Some(d("2020-01-01"));
    older.agreement.terminated_on = Some(d("2021-01-01"));
    let two = register(Some("2026-02-01"), vec![older, ended.clone()]);
    let ends: Vec<String> = list(&two, &[], &[], "2026-05-01")
        .into_iter()
        .filter(|x| x.kind == Kind::AgreementEnd)
        .map(|x| x.subject_id)
        .collect();
    assert_eq!(ends, ["a"]);
    // Beside one that lapsed, agreement-expired speaks for the supplier, and the lapsed one's end.
    let lapsed = agreement("z", Some("2026-02-28"), None);
    let both = register(Some("2026-02-01"), vec![ended, lapsed]);
    let ends: Vec<String> = list(&both, &[], &[], "2026-05-01")
        .into_iter()
        .filter(|x| x.kind == Kind::AgreementEnd)
        .map(|x| x.subject_id)
        .collect();
    assert_eq!(ends, ["z"]);
    let codes = audit_codes(&both, "2026-05-01");
    assert!(codes.contains(&"agreement-expired".into()), "{codes:?}");
    assert!(!codes.contains(&"agreement-missing".into()), "{codes:?}");
}

/// A former supplier's lapsed agreement is no duty: the audit expects nothing of it.
#[test]
fn a_retired_suppliers_lapsed_agreement_is_no_duty() {
    let mut r = register(
        Some("2026-02-01"),
        vec![agreement("a", Some("2026-02-28"), None)],
    );
    assert!(audit_codes(&r, "2026-05-01").contains(&"agreement-expired".into()));
    assert!(
        list(&r, &[], &[], "2026-05-01")
            .iter()
            .any(|x| x.kind == Kind::AgreementEnd && x.state == State::Overdue)
    );
    r.suppliers[0].0.retired_on = Some(d("2026-03-01"));
    assert!(audit_codes(&r, "2026-05-01").is_empty());
    assert!(
        !list(&r, &[], &[], "2026-05-01")
            .iter()
            .any(|x| x.kind == Kind::AgreementEnd)
    );
}

/// A processing activity's review date is a duty, overdue from the day the audit says
/// `processing-review-overdue`.
#[test]
fn a_processing_activity_is_reviewed_on_its_date_and_overdue_after_it() {
    let review = crate::domain::processing::Processing {
        review_on: Some(d("2027-06-30")),
        ..crate::domain::processing::example("leerlingadministratie")
    };
    let r = Register {
        processings: vec![review, crate::domain::processing::example("zonder-datum")],
        ..Register::default()
    };
    let on = |today| -> Vec<(String, State, String)> {
        list(&r, &[], &[], today)
            .into_iter()
            .filter(|x| x.kind == Kind::ProcessingReview)
            .map(|x| (x.subject_id, x.state, x.command.in_lang(Lang::En)))
            .collect()
    };
    let command = "vreg processing edit leerlingadministratie --review-on DATE".to_string();
    let id = "leerlingadministratie".to_string();
    assert_eq!(
        on("2027-06-29"),
        [(id.clone(), State::Upcoming, command.clone())]
    );
    assert_eq!(
        on("2027-06-30"),
        [(id.clone(), State::Due, command.clone())]
    );
    assert!(!audit_codes(&r, "2027-06-30").contains(&"processing-review-overdue".into()));
    assert_eq!(on("2027-07-01"), [(id, State::Overdue, command)]);
    assert!(audit_codes(&r, "2027-07-01").contains(&"processing-review-overdue".into()));
    let found = list(&r, &[], &[], "2027-07-01");
    let due = found
        .iter()
        .find(|x| x.kind == Kind::ProcessingReview)
        .unwrap();
    assert_eq!(due.subject_kind, "processing");
    assert_eq!(due.uid(), "processing-review-leerlingadministratie@vreg");
    assert_eq!(
        due.what.in_lang(Lang::Nl),
        "Verwerking leerlingadministratie (Leerlingadministratie) evalueren"
    );
}

/// The command that settles a duty is said in the reader's language, its placeholders too, as
/// the audit's hints are; scripts read it in English.
#[test]
fn the_command_is_english_for_scripts_and_dutch_for_a_dutch_reader() {
    let r = register(
        Some("2026-06-01"),
        vec![agreement("a", Some("2026-12-31"), Some("2026-12-01"))],
    );
    let all = list(&r, &[], &[], "2026-11-28");
    let command = |kind| {
        all.iter()
            .find(|x| x.kind == kind)
            .map(|x| {
                (
                    x.command.in_lang(Lang::En),
                    x.command.in_lang(Lang::Nl),
                    DeadlineView::of(x, d("2026-11-28")).command,
                )
            })
            .unwrap()
    };
    let (en, nl, view) = command(Kind::AgreementEnd);
    assert_eq!(
        en,
        "vreg agreement add gynzy, or vreg agreement end a --on DATE"
    );
    assert_eq!(
        nl,
        "vreg agreement add gynzy, of vreg agreement end a --on DATUM"
    );
    assert_eq!(view, en);
    let (en, nl, _) = command(Kind::ConvenantCheck);
    assert_eq!(en, "vreg convenant set gynzy STATUS --checked-on DATE");
    assert_eq!(nl, "vreg convenant set gynzy STATUS --checked-on DATUM");
    let (_, nl, _) = command(Kind::AgreementReview);
    assert_eq!(nl, "vreg agreement edit a --review-on DATUM");
    // No placeholder left in English in any Dutch command.
    let request = Request::new(
        "2026-001".into(),
        crate::domain::request::Kind::Access,
        "123".into(),
        crate::domain::request::RequestedBy::Parent,
        d("2026-11-02"),
    );
    let mut b = Breach::new(
        "2026-001".into(),
        "Phishing".into(),
        parse_time("2026-11-27 12:00").unwrap(),
    );
    b.risk = Some(crate::domain::breach::Risk::High);
    let r = Register {
        breaches: vec![b],
        ..r
    };
    let every = list(&r, &[request], &[(d("2024-06-30"), 1)], "2026-11-28");
    let mut kinds: Vec<Kind> = every.iter().map(|x| x.kind).collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds.len(), 7, "{kinds:?}");
    for x in every {
        let nl = x.command.in_lang(Lang::Nl);
        for english in ["DATE", "TIME", "REF", "OUTCOME", ", or "] {
            assert!(!nl.contains(english), "{nl}");
        }
    }
}
