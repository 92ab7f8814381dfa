mod sql_of_the_domain {
    use crate::domain::consent::GivenBy;

    #[test]
    fn before_sixteen_in_sql_is_the_domains_at_the_birthday() {
        use crate::domain::consent::{Decision, Event, Form, before_sixteen};
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE pupil (leerlingnummer TEXT, birth_date TEXT)")
            .unwrap();
        let cases = [
            ("2010-03-15", "2026-03-14"),
            ("2010-03-15", "2026-03-15"),
            ("2008-02-29", "2024-02-28"),
            ("2008-02-29", "2024-02-29"),
            // 2100 has no 29 February: 16 on 1 March.
            ("2084-02-29", "2100-02-28"),
            ("2084-02-29", "2100-03-01"),
            ("2009-02-28", "2025-02-27"),
            ("2009-02-28", "2025-02-28"),
            ("2010-12-31", "2026-12-30"),
            ("2010-12-31", "2026-12-31"),
        ];
        for (born, on) in cases {
            conn.execute("DELETE FROM pupil", []).unwrap();
            conn.execute("INSERT INTO pupil VALUES ('1', ?1)", [born])
                .unwrap();
            for g in GivenBy::ALL {
                let sql: bool = conn
                    .query_row(
                        concat!(
                            "SELECT ",
                            before_sixteen!("e"),
                            " FROM (SELECT '1' AS pupil, ?1 AS given_by, ?2 AS date) e"
                        ),
                        [g.code(), on],
                        |r| r.get(0),
                    )
                    .unwrap();
                let e = Event {
                    pupil: "1".into(),
                    purpose: "p".into(),
                    decision: Decision::Granted,
                    given_by: *g,
                    decider: None,
                    form: Form::Written,
                    date: on.parse().unwrap(),
                    evidence: None,
                    source: None,
                    recorded_at: String::new(),
                    actor: String::new(),
                };
                let born = Some(born.parse().unwrap());
                assert_eq!(sql, before_sixteen(&e, born), "{g:?} born {born:?} on {on}");
            }
        }
    }

    #[test]
    fn the_own_side_in_sql_is_the_own_side_of_the_domain() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        for g in GivenBy::ALL {
            let (own, in_person): (bool, bool) = conn
                .query_row(
                    concat!(
                        "SELECT ",
                        own_side!("e"),
                        ", ",
                        in_person!("e"),
                        " FROM (SELECT ?1 AS given_by) e"
                    ),
                    [g.code()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            assert_eq!(own, g.own_side(), "{g:?}");
            assert_eq!(in_person, g.in_person(), "{g:?}");
        }
    }
}

mod plan {
    /// The standing decision of every pupil is one pass in (pupil, purpose) order, from the
    /// history and from `consent_decider`: SQLite neither sorts nor groups in a temporary
    /// B-tree, whose memory and time would grow with the register.
    #[test]
    fn the_standing_decisions_need_no_temporary_b_tree() {
        let store = crate::store::Store::memory("test").unwrap();
        let tx = store.write().unwrap();
        for sql in [
            super::super::STANDING_ALL.history,
            super::super::STANDING_ALL.deciders,
        ] {
            let mut stmt = tx.tx.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let plan: Vec<String> = stmt
                .query_map(["2026-01-01"], |r| r.get(3))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert!(
                !plan.iter().any(|step| step.contains("TEMP B-TREE")),
                "{plan:#?}"
            );
            assert!(
                plan.iter().any(|step| step.starts_with("SCAN e")),
                "{plan:#?}"
            );
        }
    }
}
