//! The views of the register (`docs/schema.md`) agree with the commands: on random registers, the
//! view `agreement_status` gives every agreement the status `vreg agreement list` gives it today.

use chrono::{Days, Local, NaiveDate};
use serde_json::Value;

use crate::common::{TestEnv, write};

/// A small deterministic generator (xorshift), so that a failing case can be run again.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn day_around(&mut self, today: NaiveDate, before: u64, after: u64) -> NaiveDate {
        let offset = self.below(before + after);
        if offset < before {
            today - Days::new(before - offset)
        } else {
            today + Days::new(offset - before)
        }
    }
}

/// A register file with three suppliers and their agreements at random dates around today:
/// successors, terminations, drafts, products shared or not.
fn random_register(rng: &mut Random, today: NaiveDate) -> String {
    let mut toml = String::new();
    let products = ["Rekenen", "Taal", "Lezen"];
    for s in 0..3 {
        toml.push_str(&format!(
            "[[supplier]]\nid = \"s{s}\"\nname = \"Leverancier {s}\"\n\n"
        ));
        for a in 0..(1 + rng.below(4)) {
            let signed = rng.day_around(today, 900, 60);
            let starts = rng.chance(50).then(|| signed + Days::new(rng.below(90)));
            let from = starts.unwrap_or(signed);
            let expires = rng.chance(80).then(|| {
                // Often close to today, so that expiring, expired and renewals all occur.
                let day = rng.day_around(today, 200, 200);
                day.max(from)
            });
            let terminated = rng
                .chance(15)
                .then(|| rng.day_around(today, 100, 100).max(signed));
            let mut chosen: Vec<&str> = products
                .iter()
                .copied()
                .filter(|_| rng.chance(40))
                .collect();
            chosen.dedup();
            toml.push_str(&format!(
                "[[supplier.agreement]]\nid = \"s{s}-a{a}\"\nsigned_on = {signed}\n"
            ));
            if let Some(d) = starts {
                toml.push_str(&format!("starts_on = {d}\n"));
            }
            if let Some(d) = expires {
                toml.push_str(&format!("expires_on = {d}\n"));
            }
            if let Some(d) = terminated {
                toml.push_str(&format!("terminated_on = {d}\n"));
            }
            let listed: Vec<String> = chosen.iter().map(|p| format!("\"{p}\"")).collect();
            toml.push_str(&format!("products = [{}]\n\n", listed.join(", ")));
        }
    }
    toml
}

#[test]
fn the_agreement_status_view_agrees_with_agreement_list() {
    let today = Local::now().date_naive();
    let mut rng = Random(0x5eed_1234_abcd_ef01);
    let mut compared = 0;
    let mut seen = std::collections::BTreeSet::new();
    for case in 0..48 {
        let env = TestEnv::empty();
        let file = env.path("register.toml");
        write(&file, random_register(&mut rng, today));
        env.ok(&["import", file.to_str().unwrap(), "--create"]);
        // Both sides on the real local day: the view knows no other.
        let out = env
            .cmd()
            .env_remove("VREG_TODAY")
            .args(["agreement", "list", "--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success());
        let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let mut stmt = conn
            .prepare("SELECT agreement, status FROM agreement_status")
            .unwrap();
        let viewed: std::collections::BTreeMap<String, String> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for agreement in listed.as_array().unwrap() {
            let id = agreement["id"].as_str().unwrap();
            assert_eq!(
                viewed.get(id).map(String::as_str),
                agreement["status"].as_str(),
                "case {case}, agreement {id}:\n{}",
                std::fs::read_to_string(&file).unwrap()
            );
            compared += 1;
            seen.insert(agreement["status"].as_str().unwrap().to_string());
        }
    }
    assert!(compared > 100, "{compared} agreements compared");
    // Every status occurred, renewals among them: the cases reach every rule of the view.
    for status in [
        "active",
        "expiring",
        "expired",
        "renewed",
        "terminated",
        "draft",
    ] {
        assert!(seen.contains(status), "no {status} among {seen:?}");
    }
}

mod standing {
    use chrono::{Days, Local, NaiveDate};
    use proptest::prelude::*;
    use verwerkersregister::domain::consent::{self, Decision, Form, GivenBy};
    use verwerkersregister::store::Store;

    use crate::common::{HistoryStep, record_history};

    /// (decision, given_by, decider, form, days before today): few days, so that ties are common.
    type Step = (Decision, GivenBy, Option<&'static str>, Form, u64);

    fn history() -> impl Strategy<Value = Vec<Step>> {
        prop::collection::vec(
            (
                prop::sample::select(Decision::ALL.to_vec()),
                // Parents more often than the pupil's own side, so that parents disagree often.
                prop::sample::select(vec![
                    GivenBy::Parent,
                    GivenBy::Parent,
                    GivenBy::Guardian,
                    GivenBy::Parent,
                    GivenBy::Pupil,
                    GivenBy::Representative,
                    GivenBy::File,
                ]),
                prop::sample::select(vec![None, Some("ouder 1"), Some("ouder 2")]),
                prop::sample::select(Form::ALL.to_vec()),
                0u64..4,
            ),
            0..8,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// The view `consent_standing` gives, today, the standing decision of the reference
        /// (`domain::consent::standing`), which `consent check` and the lists give too.
        #[test]
        fn the_consent_standing_view_agrees_with_the_reference(
            steps in history(),
            explicit in any::<bool>(),
            written_only in any::<bool>(),
            retired in prop::option::of(0u64..3),
            sixteen_before in prop::option::of(0u64..5),
        ) {
            view_agrees(steps, explicit, written_only, retired, sixteen_before)?;
        }
    }

    /// The histories too particular for random ones to meet often (`standing::chosen_histories`).
    #[test]
    fn the_consent_standing_view_agrees_on_chosen_histories() {
        // Day 0 to 2 of the chosen histories: three days ago to yesterday.
        let histories = crate::standing::chosen_histories()
            .into_iter()
            .map(|history| {
                history
                    .into_iter()
                    .map(|(decision, given_by, form, day)| {
                        (decision, given_by, None, form, 3 - u64::from(day))
                    })
                    .collect::<Vec<Step>>()
            });
        for steps in histories {
            for (explicit, written_only) in [(false, false), (true, false), (true, true)] {
                view_agrees(steps.clone(), explicit, written_only, None, Some(4))
                    .unwrap_or_else(|e| panic!("{steps:?} {explicit} {written_only}: {e}"));
            }
        }
    }

    /// The view `consent_standing` gives, today, the standing decision of the reference for
    /// this history, purpose, retirement (days from yesterday) and 16th birthday (days ago).
    fn view_agrees(
        steps: Vec<Step>,
        explicit: bool,
        written_only: bool,
        retired: Option<u64>,
        sixteen_before: Option<u64>,
    ) -> Result<(), TestCaseError> {
        let today: NaiveDate = Local::now().date_naive();
        // The 16th birthday on record, among the decisions' days or before them.
        let born = sixteen_before.map(|n| {
            (today - Days::new(n))
                .checked_sub_months(chrono::Months::new(192))
                .unwrap()
        });
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.sqlite");
        Store::created(&path, "test", |_| Ok(())).unwrap();
        let store = Store::open(&path, "test").unwrap();
        let tx = store.write().unwrap();
        let steps: Vec<HistoryStep> = steps
            .iter()
            .map(|&(decision, given_by, decider, form, before)| {
                (decision, given_by, decider, form, today - Days::new(before))
            })
            .collect();
        // Retired yesterday, today or tomorrow.
        let retired = retired.map(|d| today + Days::new(d) - Days::new(1));
        let (purpose, events) =
            record_history(&tx, born, (explicit, written_only, retired), &steps);
        tx.commit().unwrap();
        drop(store);
        let expected = consent::standing(&purpose, &events, today, born);
        let conn = rusqlite::Connection::open(&path).unwrap();
        type Viewed = (String, bool, Option<String>, Option<String>);
        let viewed: Option<Viewed> = conn
            .query_row(
                "SELECT state, counts, date, form FROM consent_standing \
                 WHERE pupil = '1' AND purpose = 'photo-internal'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .ok();
        let (state, counts, date, form) = viewed.unwrap_or(("unknown".into(), false, None, None));
        prop_assert_eq!(state, expected.state.code());
        prop_assert_eq!(counts, expected.counts);
        // The decision the state rests on: a grant that counts in the place of a later one
        // that does not, with its own date and form.
        prop_assert_eq!(date, expected.date.map(|d| d.to_string()));
        prop_assert_eq!(form, expected.form.map(|f| f.code().to_string()));
        Ok(())
    }
}
