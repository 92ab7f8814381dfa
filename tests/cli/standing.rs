//! The standing consent decision is defined twice: as the reference in `domain::consent` and as
//! the SQL every query uses (`store::consent`). Random histories, ties on one date included,
//! must give the same answer from both.

use chrono::NaiveDate;
use proptest::prelude::*;
use verwerkersregister::domain::consent::{self, Decision, Event, Form, GivenBy};
use verwerkersregister::domain::pupil::Pupil;
use verwerkersregister::store::{NewEvent, Store};

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 9, 1).unwrap() + chrono::Days::new(u64::from(n))
}

fn decision() -> impl Strategy<Value = Decision> {
    prop::sample::select(Decision::ALL.to_vec())
}

fn given_by() -> impl Strategy<Value = GivenBy> {
    prop::sample::select(GivenBy::ALL.to_vec())
}

fn form() -> impl Strategy<Value = Form> {
    prop::sample::select(Form::ALL.to_vec())
}

fn decider() -> impl Strategy<Value = Option<String>> {
    prop::sample::select(vec![
        None,
        Some("ouder 1".to_string()),
        Some("ouder 2".to_string()),
    ])
}

/// (decision, given_by, decider, form, day offset): few days, so that ties are common.
type Step = (Decision, GivenBy, Option<String>, Form, u32);

fn history() -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec((decision(), given_by(), decider(), form(), 0u32..4), 0..8)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_store_and_the_reference_agree(
        steps in history(),
        explicit in any::<bool>(),
        written_only in any::<bool>(),
        as_of in 0u32..5,
        retired in prop::option::of(0u32..6),
    ) {
        let store = Store::memory("test").unwrap();
        let tx = store.write().unwrap();
        tx.save_pupil(&Pupil {
            key: "1".into(),
            leerlingnummer: "1".into(),
            name: "Anna".into(),
            group: None,
            school: None,
            birth_date: None,
            left_on: None,
        })
        .unwrap();
        let purpose = consent::Purpose {
            explicit,
            written_only,
            retired_on: retired.map(day),
            ..tx.purpose("photo-internal").unwrap()
        }
        .normalised();
        tx.save_purpose(&purpose).unwrap();
        let mut events = Vec::new();
        for (decision, given_by, decider, form, offset) in &steps {
            tx.add_consent_event(&NewEvent {
                pupil: "1",
                purpose: "photo-internal",
                decision: *decision,
                given_by: *given_by,
                decider: decider.as_deref(),
                form: *form,
                date: day(*offset),
                evidence: None,
                source: None,
            })
            .unwrap();
            events.push(Event {
                pupil: "1".into(),
                purpose: "photo-internal".into(),
                decision: *decision,
                given_by: *given_by,
                decider: decider.clone(),
                form: *form,
                date: day(*offset),
                evidence: None,
                source: None,
                recorded_at: String::new(),
                actor: String::new(),
            });
        }
        let as_of = day(as_of);
        let expected = consent::standing(&purpose, &events, as_of);
        let one = tx.standing("1", "photo-internal", as_of).unwrap();
        prop_assert_eq!(&one, &expected);
        let all = tx.standing_of_purpose(None, as_of).unwrap();
        let listed = all
            .get(&("1".to_string(), "photo-internal".to_string()))
            .cloned()
            .unwrap_or(consent::Standing::UNKNOWN);
        prop_assert_eq!(&listed, &expected);
    }
}
