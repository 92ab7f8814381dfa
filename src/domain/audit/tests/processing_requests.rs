use super::*;

fn processing(id: &str) -> crate::domain::processing::Processing {
    crate::domain::processing::Processing {
        agreements: vec!["a".into()],
        categories: vec!["eck-id".into(), "name".into()],
        ..crate::domain::processing::example(id)
    }
}

fn processing_codes(
    processings: Vec<crate::domain::processing::Processing>,
    agreement: AgreementFull,
) -> Vec<&'static str> {
    let snapshot = Snapshot {
        register: Register {
            suppliers: vec![(clean_supplier(), vec![agreement])],
            processings,
            ..Register::default()
        },
        ..Snapshot::default()
    };
    audit(&snapshot, d(AS_OF), 90)
        .into_iter()
        .map(|f| static_code(&f.code))
        .collect()
}

#[test]
fn processing_rules_and_the_agreements_they_use() {
    // Complete, and using the agreement in force: nothing to say.
    assert_eq!(
        processing_codes(vec![processing("p")], clean_agreement()),
        Vec::<&str>::new()
    );
    // No activity uses the agreement in force.
    let mut unlinked = processing("p");
    unlinked.agreements.clear();
    assert_eq!(
        processing_codes(vec![unlinked.clone()], clean_agreement()),
        ["agreement-unlinked"]
    );
    // An agreement no longer in force needs no activity.
    let mut expired = clean_agreement();
    expired.agreement.expires_on = Some(d("2025-12-31"));
    assert_eq!(
        processing_codes(vec![unlinked], expired),
        ["agreement-expired"]
    );
    let mut incomplete = processing("p");
    incomplete.purposes.clear();
    assert_eq!(
        processing_codes(vec![incomplete], clean_agreement()),
        ["art30-incomplete"]
    );
    let mut health = processing("p");
    health.categories.push("health".into());
    assert_eq!(
        processing_codes(vec![health.clone()], clean_agreement()),
        ["processing-special-no-exception"]
    );
    health.law = Some("UAVG art. 30".into());
    assert_eq!(
        processing_codes(vec![health.clone()], clean_agreement()),
        Vec::<&str>::new()
    );
    // A contract never lifts the prohibition, whatever is written as its law.
    health.basis = Some(Basis::Contract);
    health.law = Some("afspraak".into());
    assert_eq!(
        processing_codes(vec![health], clean_agreement()),
        ["processing-special-no-exception"]
    );
    // The BSN on legitimate interest: an error, and legitimate interest a warning.
    let mut sport = processing("p");
    sport.basis = Some(Basis::LegitimateInterest);
    sport.categories.push("bsn".into());
    assert_eq!(
        processing_codes(vec![sport.clone()], clean_agreement()),
        ["processing-bsn-no-law", "processing-legitimate-interest"]
    );
    sport.basis = Some(Basis::LegalObligation);
    assert_eq!(
        processing_codes(vec![sport.clone()], clean_agreement()),
        ["processing-bsn-no-law"]
    );
    sport.law = Some("WPO art. 178a".into());
    assert_eq!(
        processing_codes(vec![sport], clean_agreement()),
        Vec::<&str>::new()
    );
    // The agreement receives what the activity does not list; a draft without categories is
    // art30-incomplete alone.
    let mut more = clean_agreement();
    more.scope.push(ScopeEntry::of(Category::Results));
    assert_eq!(
        processing_codes(vec![processing("p")], more.clone()),
        ["processing-categories-unlisted"]
    );
    let mut draft = processing("p");
    draft.categories.clear();
    assert_eq!(processing_codes(vec![draft], more), ["art30-incomplete"]);
    let mut review = processing("p");
    review.review_on = Some(d(AS_OF));
    assert_eq!(
        processing_codes(vec![review.clone()], clean_agreement()),
        Vec::<&str>::new()
    );
    review.review_on = Some(d("2026-11-27"));
    assert_eq!(
        processing_codes(vec![review], clean_agreement()),
        ["processing-review-overdue"]
    );
}

fn request_codes(request: Request, as_of: &str) -> Vec<&'static str> {
    let snapshot = Snapshot {
        requests: vec![request],
        ..Snapshot::default()
    };
    audit(&snapshot, d(as_of), 90)
        .into_iter()
        .map(|f| static_code(&f.code))
        .collect()
}

#[test]
fn a_request_is_due_soon_in_its_last_week_and_overdue_the_day_after() {
    use crate::domain::request::{Kind as RequestKind, RequestedBy};
    // Received 2 November 2026: due on Wednesday 2 December.
    let r = Request::new(
        "2026-01".into(),
        RequestKind::Access,
        "123".into(),
        RequestedBy::Parent,
        d("2026-11-02"),
    );
    assert_eq!(r.due_as_of(d(AS_OF)), d("2026-12-02"));
    // Received after the day of the audit: not yet known.
    assert_eq!(request_codes(r.clone(), "2026-11-01"), Vec::<&str>::new());
    assert_eq!(request_codes(r.clone(), "2026-11-02"), Vec::<&str>::new());
    assert_eq!(request_codes(r.clone(), "2026-11-24"), Vec::<&str>::new());
    assert_eq!(request_codes(r.clone(), "2026-11-25"), ["request-due-soon"]);
    assert_eq!(request_codes(r.clone(), "2026-12-02"), ["request-due-soon"]);
    assert_eq!(request_codes(r.clone(), "2026-12-03"), ["request-overdue"]);
    let answered = Request {
        closed_on: Some(d("2026-11-30")),
        ..r
    };
    assert_eq!(request_codes(answered, "2026-12-03"), Vec::<&str>::new());
}
