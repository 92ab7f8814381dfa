//! The standing consent decision is defined twice: as the reference in `domain::consent` and as
//! the SQL every query uses (`store::consent`), which reads each decider's latest decision from
//! `consent_decider`, kept as decisions are recorded, or from the history for a day before a
//! decision it holds. Random histories, ties on one date included, must give the same answer
//! from both, whether written through the store or through vreg's own commands; and the kept
//! decisions must equal a recomputation after every kind of write.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::{Value, json};
use verwerkersregister::domain::consent::{self, Decision, Event, Form, GivenBy, Standing, Tally};
use verwerkersregister::store::Store;

use crate::common::{HistoryStep, TODAY, TestEnv, record_history, write};

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

/// What a random case asks: a history, the purpose's forms, the day asked, the purpose's
/// retirement and the 16th birthday (as day offsets).
struct Case {
    steps: Vec<Step>,
    explicit: bool,
    written_only: bool,
    as_of: u32,
    retired: Option<u32>,
    sixteen_on: Option<u32>,
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
        sixteen_on in prop::option::of(0u32..6),
    ) {
        agree(Case { steps, explicit, written_only, as_of, retired, sixteen_on })?;
    }
}

/// Histories too particular for random ones to meet often, as (decision, who, form, day 0 to
/// 2): the store's test and the view's (`views.rs`) take them both.
pub(crate) fn chosen_histories() -> Vec<Vec<(Decision, GivenBy, Form, u32)>> {
    use Decision::*;
    let file = |decision, form, day| (decision, GivenBy::File, form, day);
    let pupil = |decision, form, day| (decision, GivenBy::Pupil, form, day);
    let parent = |decision, form, day| (decision, GivenBy::Parent, form, day);
    vec![
        // A grant of the file's from before the pupil decided in person does not stand in the
        // place of the file's later spoken one; one after it does.
        vec![
            file(Granted, Form::Digital, 0),
            pupil(Granted, Form::Verbal, 1),
            file(Granted, Form::Verbal, 2),
        ],
        vec![
            pupil(Granted, Form::Verbal, 1),
            file(Granted, Form::Digital, 1),
            file(Granted, Form::Verbal, 2),
        ],
        // A spoken "yes" after a written one, with and without a refusal between them.
        vec![
            parent(Granted, Form::Written, 0),
            parent(Granted, Form::Digital, 1),
            parent(Granted, Form::Verbal, 2),
        ],
        vec![
            parent(Granted, Form::Written, 0),
            parent(Refused, Form::Verbal, 1),
            parent(Granted, Form::Verbal, 2),
        ],
        // Recorded after the spoken one, dated before it.
        vec![
            parent(Granted, Form::Verbal, 2),
            parent(Granted, Form::Written, 1),
        ],
    ]
}

#[test]
fn the_store_and_the_reference_agree_on_chosen_histories() {
    let histories = chosen_histories().into_iter().map(|history| {
        history
            .into_iter()
            .map(|(decision, given_by, form, day)| (decision, given_by, None, form, day))
            .collect::<Vec<Step>>()
    });
    for steps in histories {
        for (explicit, written_only) in [(false, false), (true, false), (true, true)] {
            for as_of in [1, 3] {
                let case = Case {
                    steps: steps.clone(),
                    explicit,
                    written_only,
                    as_of,
                    retired: None,
                    sixteen_on: Some(0),
                };
                agree(case).unwrap_or_else(|e| {
                    panic!("{steps:?} explicit {explicit} written {written_only} day {as_of}: {e}")
                });
            }
        }
    }
}

/// The store and the reference give one answer for `case`: from the history, from
/// `consent_decider`, and in the counts of the audit and the GMR.
fn agree(case: Case) -> Result<(), TestCaseError> {
    let Case {
        steps,
        explicit,
        written_only,
        as_of,
        retired,
        sixteen_on,
    } = case;
    let store = Store::memory("test").unwrap();
    let tx = store.write().unwrap();
    // The birth date on record, whose 16th birthday falls among the decisions or after
    // them: the store writes any history, as a birth date corrected afterwards leaves it.
    let born = sixteen_on.map(|n| day(n).checked_sub_months(chrono::Months::new(192)).unwrap());
    let steps: Vec<HistoryStep> = steps
        .iter()
        .map(|(decision, given_by, decider, form, offset)| {
            (
                *decision,
                *given_by,
                decider.as_deref(),
                *form,
                day(*offset),
            )
        })
        .collect();
    let (purpose, events) = record_history(
        &tx,
        born,
        (explicit, written_only, retired.map(day)),
        &steps,
    );
    let as_of = day(as_of);
    let expected = consent::standing(&purpose, &events, as_of, born);
    let one = tx.standing("1", "photo-internal", as_of).unwrap();
    prop_assert_eq!(&one, &expected);
    let all = tx.standing_of_purpose(None, as_of).unwrap();
    let listed = all
        .get(&("1".to_string(), "photo-internal".to_string()))
        .cloned()
        .unwrap_or(consent::Standing::UNKNOWN);
    prop_assert_eq!(&listed, &expected);
    // After every decision: read from `consent_decider` alone.
    let late = day(9);
    prop_assert_eq!(
        &tx.standing("1", "photo-internal", late).unwrap(),
        &consent::standing(&purpose, &events, late, born)
    );
    // The counts of the audit and the GMR, on both days.
    for day in [as_of, late] {
        let expected = consent::standing(&purpose, &events, day, born);
        let mut tally = Tally::default();
        if purpose.active_on(day) {
            tally.add(expected.state, expected.counts, 1);
        }
        let cell = (String::new(), "photo-internal".to_string());
        let by_school = tx.consent_by_school(day).unwrap();
        prop_assert_eq!(by_school.get(&cell).copied().unwrap_or_default(), tally);
        let counts = tx.consent_counts(day, day).unwrap();
        let count = |map: &BTreeMap<String, u64>| map.get("photo-internal").copied().unwrap_or(0);
        prop_assert_eq!(count(&counts.disputed), tally.disputed);
        prop_assert_eq!(count(&counts.not_counting), tally.granted_not_counting);
        prop_assert_eq!(count(&counts.unknown), tally.unknown);
    }
    Ok(())
}

// ---------------------------------------------------------------- written by vreg's commands

/// The day the pupil of the command-line histories turns 16: `day(2)`.
const BORN: &str = "2010-09-03";

/// One write through vreg: `consent set` by a parent or guardian before the 16th birthday, by
/// the pupil or their representative from it; or a `pupil import` whose cell says yes or no (as
/// a parent before the birthday, as `file` from it; the snapshot rules decide what it records).
#[derive(Debug, Clone)]
enum Write {
    Set {
        decision: Decision,
        /// Which of the two who may decide on that day.
        second: bool,
        who: Option<String>,
        form: Form,
        day: u32,
    },
    Import {
        yes: bool,
        form: Form,
        day: u32,
    },
}

fn write_step() -> impl Strategy<Value = Write> {
    prop_oneof![
        3 => (decision(), any::<bool>(), decider(), form(), 0u32..4).prop_map(
            |(decision, second, who, form, day)| Write::Set { decision, second, who, form, day }
        ),
        1 => (any::<bool>(), form(), 0u32..4).prop_map(|(yes, form, day)| Write::Import { yes, form, day }),
    ]
}

fn at(env: &TestEnv, today: NaiveDate, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("VREG_TODAY", today.to_string())
        .args(args)
        .output()
        .expect("run vreg")
}

/// The history as `consent show` lists it, in recording order.
fn recorded(env: &TestEnv, pupil: &str) -> Vec<Event> {
    let shown = env.json(&["consent", "show", pupil]);
    let text = |v: &Value| v.as_str().map(str::to_string);
    shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| Event {
            pupil: pupil.to_string(),
            purpose: text(&e["purpose"]).unwrap(),
            decision: e["decision"].as_str().unwrap().parse().unwrap(),
            given_by: e["given_by"].as_str().unwrap().parse().unwrap(),
            decider: text(&e["decider"]),
            form: e["form"].as_str().unwrap().parse().unwrap(),
            date: e["date"].as_str().unwrap().parse().unwrap(),
            evidence: None,
            source: None,
            recorded_at: String::new(),
            actor: String::new(),
        })
        .collect()
}

/// What `consent show` says of a standing decision, as the reference would say it.
fn shown(s: &Standing) -> Value {
    json!({
        "state": s.state.code(),
        "counts": s.counts,
        "date": s.date.map(|d| d.to_string()),
        "form": s.form.map(Form::code),
        "given_by": s.given_by.map(GivenBy::code),
        "decider": s.decider,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn histories_written_by_vreg_read_back_as_the_reference_says(
        steps in prop::collection::vec(write_step(), 0..6),
        explicit in any::<bool>(),
        written_only in any::<bool>(),
        as_of in 0u32..5,
        corrected in prop::option::of(0u32..6),
    ) {
        let env = TestEnv::new();
        let export = env.path("export.csv");
        write(&export, format!("leerlingnummer;naam;groep;geboortedatum\n1;Anna;5B;{BORN}\n"));
        env.ok(&["pupil", "import", export.to_str().unwrap()]);
        let birthday = day(2);
        for step in &steps {
            match step {
                Write::Set { decision, second, who, form, day: offset } => {
                    let on = day(*offset);
                    let by = match (on >= birthday, second) {
                        (false, false) => GivenBy::Parent,
                        (false, true) => GivenBy::Guardian,
                        (true, false) => GivenBy::Pupil,
                        (true, true) => GivenBy::Representative,
                    };
                    let on = on.to_string();
                    let mut args = vec![
                        "consent", "set", "1", "photo-internal", decision.code(),
                        "--by", by.code(), "--form", form.code(), "--on", &on,
                    ];
                    if let Some(who) = who {
                        args.extend(["--who", who]);
                    }
                    env.ok(&args);
                }
                Write::Import { yes, form, day: offset } => {
                    write(&export, format!(
                        "leerlingnummer;naam;groep;geboortedatum;photo-internal\n1;Anna;5B;{BORN};{}\n",
                        if *yes { "ja" } else { "nee" }
                    ));
                    let on = day(*offset).to_string();
                    env.ok(&["pupil", "import", export.to_str().unwrap(), "--on", &on, "--form", form.code()]);
                }
            }
        }
        // The administration corrects the birth date afterwards: the 16th birthday moves to
        // `day(n)`, before or after decisions taken by the side that could take them then.
        let mut born: NaiveDate = BORN.parse().unwrap();
        if let Some(n) = corrected {
            born = day(n).checked_sub_months(chrono::Months::new(192)).unwrap();
            write(&export, format!("leerlingnummer;naam;groep;geboortedatum\n1;Anna;5B;{born}\n"));
            env.ok(&["pupil", "import", export.to_str().unwrap()]);
        }
        // A purpose's forms change where consent stands without a new decision.
        let flag = |b: bool| if b { "true" } else { "false" };
        env.ok(&[
            "consent", "purpose", "edit", "photo-internal",
            "--explicit", flag(explicit), "--written-only", flag(written_only),
        ]);
        let purpose = consent::Purpose {
            explicit,
            written_only,
            ..consent::Purpose::new("photo-internal", "")
        }
        .normalised();
        let events = recorded(&env, "1");
        let today: NaiveDate = TODAY.parse().unwrap();
        // A day among the decisions (from the history), and today (from the kept decisions).
        for as_of in [day(as_of), today] {
            let expected = consent::standing(&purpose, &events, as_of, Some(born));
            let check = at(&env, as_of, &["consent", "check", "1", "photo-internal"]);
            prop_assert_eq!(check.status.code(), Some(if expected.counts { 0 } else { 1 }));
            let show = at(&env, as_of, &["consent", "show", "1", "--format", "json"]);
            prop_assert!(show.status.success());
            let show: Value = serde_json::from_slice(&show.stdout).unwrap();
            let current = show["current"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["purpose"] == "photo-internal")
                .unwrap();
            let fields = ["state", "counts", "date", "form", "given_by", "decider"]
                .map(|f| (f.to_string(), current[f].clone()));
            prop_assert_eq!(Value::Object(fields.into_iter().collect()), shown(&expected));
            let list = at(
                &env,
                as_of,
                &["consent", "list", "--purpose", "photo-internal", "--format", "json"],
            );
            let list: Value = serde_json::from_slice(&list.stdout).unwrap();
            prop_assert_eq!(&list[0]["state"], &json!(expected.state.code()));
            prop_assert_eq!(&list[0]["counts"], &json!(expected.counts));
        }
    }
}

// ---------------------------------------------------------------- every kind of write

/// `vreg check` finds the kept decisions equal to a recomputation from the history, and every
/// standing decision read from them is the reference's.
fn agrees_with_history(env: &TestEnv, after: &str) {
    // `vreg check` exits 1 on a problem: read what it says either way.
    let (_, check) = env.check_report();
    assert_eq!(check["consent_decider_differences"], 0, "after {after}");
    assert_eq!(check["problems"], json!([]), "after {after}: {check}");
    let store = Store::open(&env.db, "test").unwrap();
    let tx = store.read().unwrap();
    let today: NaiveDate = TODAY.parse().unwrap();
    let purposes: HashMap<String, consent::Purpose> = tx
        .purposes()
        .unwrap()
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    let born: HashMap<String, Option<NaiveDate>> = tx
        .pupils()
        .unwrap()
        .into_iter()
        .map(|p| (p.key, p.birth_date))
        .collect();
    let mut cells: BTreeMap<(String, String), Vec<Event>> = BTreeMap::new();
    for e in tx.consent_events().unwrap() {
        cells
            .entry((e.pupil.clone(), e.purpose.clone()))
            .or_default()
            .push(e);
    }
    let expected: HashMap<(String, String), Standing> = cells
        .into_iter()
        .map(|(cell, events)| {
            let s = consent::standing(&purposes[&cell.1], &events, today, born[&cell.0]);
            (cell, s)
        })
        .filter(|(_, s)| *s != Standing::UNKNOWN)
        .collect();
    assert!(
        tx.standing_of_purpose(None, today).unwrap() == expected,
        "after {after}"
    );
}

/// How many decisions the register keeps for a pupil (no row is left of a removed one).
fn kept_rows(env: &TestEnv, pupil: &str) -> i64 {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row(
        "SELECT count(*) FROM consent_decider WHERE pupil = ?1",
        [pupil],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn the_kept_decisions_equal_a_recomputation_after_every_kind_of_write() {
    let env = TestEnv::new();
    let export = env.path("export.csv");
    let pupils = |cells: [&str; 3]| {
        format!(
            "leerlingnummer;naam;groep;geboortedatum;photo-internal;photo-website\n\
             1001;Sanne;5B;2016-05-01;{}\n2001;Bram;8B;2010-03-15;{}\n1003;Mo;5B;2016-02-02;{}\n",
            cells[0], cells[1], cells[2]
        )
    };
    write(&export, pupils(["ja;nee", "ja;ja", "nee;ja"]));
    env.ok(&[
        "pupil",
        "import",
        export.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    agrees_with_history(&env, "pupil import");

    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-internal",
        "refused",
        "--who",
        "ouder 2",
        "--on",
        "2026-10-01",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-website",
        "granted",
        "--who",
        "ouder 1",
        "--form",
        "verbal",
    ]);
    env.ok(&[
        "consent",
        "set",
        "2001",
        "photo-internal",
        "withdrawn",
        "--by",
        "pupil",
        "--on",
        "2026-10-02",
    ]);
    // Back-dated: the later decision of the same decider stays.
    env.ok(&[
        "consent",
        "set",
        "1003",
        "photo-internal",
        "granted",
        "--on",
        "2026-08-01",
    ]);
    agrees_with_history(&env, "consent set");

    write(&export, pupils(["nee;nee", "ja;nee", "ja;ja"]));
    env.ok(&[
        "pupil",
        "import",
        export.to_str().unwrap(),
        "--on",
        "2026-11-01",
        "--form",
        "written",
    ]);
    agrees_with_history(&env, "a second pupil import");

    env.ok(&[
        "consent",
        "purpose",
        "add",
        "Deelname aan onderzoek",
        "--explicit",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1001",
        "deelname-aan-onderzoek",
        "granted",
        "--form",
        "verbal",
    ]);
    agrees_with_history(&env, "consent purpose add");
    env.ok(&[
        "consent",
        "purpose",
        "edit",
        "deelname-aan-onderzoek",
        "--explicit",
        "false",
    ]);
    env.ok(&[
        "consent",
        "purpose",
        "edit",
        "photo-website",
        "--written-only",
    ]);
    agrees_with_history(&env, "consent purpose edit");
    env.ok(&[
        "consent",
        "purpose",
        "retire",
        "photo-website",
        "--on",
        "2026-11-02",
    ]);
    agrees_with_history(&env, "consent purpose retire");
    env.ok(&["consent", "purpose", "retire", "photo-website", "--undo"]);
    agrees_with_history(&env, "consent purpose retire --undo");

    // A register file that changes the purposes' policies.
    let toml = env.ok(&["export", "toml"]);
    let changed = toml.replacen("written_only = true", "written_only = false", 1);
    assert_ne!(changed, toml);
    let file = env.path("register.toml");
    write(&file, &changed);
    env.ok(&["import", file.to_str().unwrap()]);
    agrees_with_history(&env, "import of a register file");

    env.ok(&[
        "party",
        "add",
        "Logopedie Noord",
        "--kind",
        "care",
        "--basis",
        "consent",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1003",
        "party-logopedie-noord",
        "granted",
        "--form",
        "written",
    ]);
    env.ok(&[
        "party",
        "edit",
        "logopedie-noord",
        "--name",
        "Logopedie Zuid",
    ]);
    agrees_with_history(&env, "party add and edit");
    env.ok(&["party", "remove", "logopedie-noord", "--yes"]);
    agrees_with_history(&env, "party remove");

    env.ok(&["pupil", "leave", "1003", "--on", "2021-03-17"]);
    agrees_with_history(&env, "pupil leave");
    assert!(kept_rows(&env, "1003") > 0);
    env.ok(&["pupil", "purge", "--left-before", "2022-01-01", "--yes"]);
    agrees_with_history(&env, "pupil purge");
    assert_eq!(kept_rows(&env, "1003"), 0);

    let id = env.ok(&[
        "request",
        "add",
        "erasure",
        "--pupil",
        "1001",
        "--by",
        "parent",
        "--received",
        "2026-11-20",
    ]);
    assert!(kept_rows(&env, "1001") > 0);
    env.ok(&["pupil", "erase", "1001", "--request", id.trim(), "--yes"]);
    agrees_with_history(&env, "pupil erase");
    assert_eq!(kept_rows(&env, "1001"), 0);

    // Another register's pupils and decisions, one of them about a pupil this one has.
    let other = TestEnv::new();
    let theirs = other.path("export.csv");
    write(
        &theirs,
        "leerlingnummer;naam;groep;geboortedatum;photo-internal\n4001;Daan;7A;2015-01-01;ja\n",
    );
    other.ok(&[
        "pupil",
        "import",
        theirs.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    other.ok(&[
        "consent",
        "set",
        "4001",
        "photo-internal",
        "refused",
        "--who",
        "ouder 2",
    ]);
    env.ok(&["merge", other.db.to_str().unwrap()]);
    agrees_with_history(&env, "merge");
    assert_eq!(kept_rows(&env, "4001"), 2);
}

#[test]
fn check_names_kept_decisions_that_the_history_does_not_say() {
    let env = TestEnv::new();
    let export = env.path("export.csv");
    write(
        &export,
        "leerlingnummer;naam;groep;photo-internal\n1001;Sanne;5B;ja\n",
    );
    env.ok(&[
        "pupil",
        "import",
        export.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    env.ok(&["check"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute("UPDATE consent_decider SET decision = 'refused'", [])
        .unwrap();
    drop(conn);
    let out = env.cmd().args(["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("1 row of consent_decider differs from the consent history"),
        "{stdout}"
    );
    // A decision kept for an express purpose behind a latest decision that is itself one.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "UPDATE consent_decider SET decision = 'granted', express_seq = seq, express_date = date",
        [],
    )
    .unwrap();
    drop(conn);
    let out = env.cmd().args(["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("1 row of consent_decider differs from the consent history"),
        "{stdout}"
    );
    // A decision missing, and one of a pupil the register does not have.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(
        "DELETE FROM consent_decider; \
         INSERT INTO consent_decider VALUES ('9999', 'photo-internal', '', 1, 'granted', 'parent', NULL, 'written', '2026-09-01', 1, '2026-09-01', 1, '2026-09-01');",
    )
    .unwrap();
    drop(conn);
    let (_, check) = env.check_report();
    assert_eq!(check["consent_decider_differences"], 2);
}

#[test]
fn registers_of_earlier_versions_keep_where_consent_stands() {
    for fixture in ["v1.sqlite", "v5.sqlite"] {
        let env = TestEnv::empty();
        std::fs::copy(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(fixture),
            &env.db,
        )
        .unwrap();
        agrees_with_history(&env, fixture);
        assert!(kept_rows(&env, "1001") > 0, "{fixture}");
    }
}
