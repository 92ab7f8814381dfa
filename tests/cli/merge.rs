//! `vreg merge`: another board's register into this one, safely.

use serde_json::Value;

use crate::common::{TestEnv, write};

/// A board's register file: one school, the shared supplier with an agreement whose document
/// is the board's own (so the id `parnassys-vwo` clashes between boards), and a supplier of
/// its own.
fn board(name: &str, kvk: &str, own: &str) -> String {
    format!(
        r#"[organisation]
name = "{name}"
kvk = "{kvk}"

[[school]]
brin = "12AB"
vestiging = "00"
name = "OBS De Regenboog"

[[supplier]]
id = "parnassys"
name = "ParnasSys"
kvk = "30123456"
convenant = "participant"

[[supplier.agreement]]
id = "parnassys-vwo"
products = ["ParnasSys"]
model = "model-4.0"
signed_on = 2024-01-10
document = "dms://{kvk}/vwo"
review_on = 2027-06-01
scope = ["name", "group"]

[[supplier.agreement.subprocessor]]
name = "Host"
country = "NL"

[[supplier]]
id = "{own}"
name = "{own}"
convenant = "participant"

[[supplier.agreement]]
id = "{own}-vwo"
model = "model-4.0"
signed_on = 2024-01-10
document = "dms://{kvk}/{own}"
review_on = 2027-06-01
scope = ["name"]
"#
    )
}

/// vreg on the register at `db`.
fn on(db: &std::path::Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["--db".to_string(), db.to_str().unwrap().to_string()];
    all.extend(args.iter().map(|a| a.to_string()));
    all
}

struct Boards {
    env: TestEnv,
    /// The second board's register, to merge into the first (`env.db`).
    other: std::path::PathBuf,
}

impl Boards {
    fn run(&self, db: &std::path::Path, args: &[&str]) -> String {
        let args = on(db, args);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        self.env.ok(&refs)
    }

    fn json(&self, db: &std::path::Path, args: &[&str]) -> Value {
        let args = on(db, args);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        self.env.json(&refs)
    }

    fn both(&self) -> (Vec<u8>, Vec<u8>) {
        (
            std::fs::read(&self.env.db).unwrap(),
            std::fs::read(&self.other).unwrap(),
        )
    }

    /// `vreg merge` on the first register; asserts a refusal that changed neither file.
    fn refused(&self, extra: &[&str]) -> String {
        let before = self.both();
        let mut args = vec!["merge", self.other.to_str().unwrap()];
        args.extend(extra);
        let err = self.env.fails(&args);
        assert!(
            before == self.both(),
            "vreg merge {extra:?} changed a register"
        );
        err
    }
}

/// Two boards with one school each (the same school code), a clashing agreement id and a
/// clashing pupil number: 1001 is Sanne at board een and Cas at board twee.
fn boards() -> Boards {
    let env = TestEnv::empty();
    let other = env.path("twee.sqlite");
    let boards = Boards { env, other };
    for (db, text, csv) in [
        (
            boards.env.db.clone(),
            board("Stichting Een", "11111111", "eigen-een"),
            "Leerlingnummer;Naam;Groep;BRIN;photo-website\n1001;Sanne de Vries;5B;12AB00;ja\n",
        ),
        (
            boards.other.clone(),
            board("Stichting Twee", "22222222", "eigen-twee"),
            "Leerlingnummer;Naam;Groep;BRIN;photo-website;photo-internal\n\
             1001;Cas Jansen;6A;12AB00;nee;ja\n1005;Daan Bakker;7A;12AB00;ja;ja\n",
        ),
    ] {
        let file = boards.env.path("board.toml");
        write(&file, text);
        boards.run(&db, &["import", file.to_str().unwrap(), "--create"]);
        let csv_file = boards.env.path("leerlingen.csv");
        write(&csv_file, csv);
        boards.run(
            &db,
            &[
                "pupil",
                "import",
                csv_file.to_str().unwrap(),
                "--on",
                "2026-09-01",
            ],
        );
    }
    let twee = boards.other.clone();
    // A history at board twee: a grant, a withdrawal on the same day, a second parent.
    for args in [
        &[
            "consent",
            "set",
            "1001",
            "photo-social-media",
            "granted",
            "--on",
            "2026-09-15",
            "--form",
            "written",
            "--evidence",
            "formulier 12",
        ][..],
        &[
            "consent",
            "set",
            "1001",
            "photo-social-media",
            "withdrawn",
            "--on",
            "2026-09-15",
        ],
        &[
            "consent",
            "set",
            "1005",
            "photo-website",
            "refused",
            "--on",
            "2026-10-01",
            "--who",
            "ouder 2",
        ],
    ] {
        boards.run(&twee, args);
    }
    boards.run(
        &twee,
        &[
            "breach",
            "add",
            "Lek bij ParnasSys",
            "--discovered",
            "2026-10-23 16:00",
            "--supplier",
            "parnassys",
            "--agreement",
            "parnassys-vwo",
        ],
    );
    boards
}

#[test]
fn clashing_ids_and_numbers_are_refused_by_name_and_nothing_changes() {
    let b = boards();
    let err = b.refused(&[]);
    assert!(err.contains("agreement parnassys-vwo"), "{err}");
    assert!(err.contains("1001 at 12AB00"), "{err}");
    assert!(
        err.contains("--id-suffix") && err.contains("--renumber"),
        "{err}"
    );
    // Identical entities are no clash: the shared supplier and the school are not named.
    assert!(!err.contains("supplier parnassys"), "{err}");
    assert!(!err.contains("school 12AB00"), "{err}");
    let err = b.refused(&["--id-suffix", "twee"]);
    assert!(
        !err.contains("parnassys-vwo") && err.contains("1001 at 12AB00"),
        "{err}"
    );
    let err = b.refused(&["--renumber"]);
    assert!(
        err.contains("parnassys-vwo") && !err.contains("1001 at"),
        "{err}"
    );
    let err = b.refused(&["--id-suffix", "Twee!", "--renumber"]);
    assert!(err.contains("--id-suffix"), "{err}");
}

#[test]
fn a_dry_run_reports_the_mapping_and_writes_nothing() {
    let b = boards();
    let before = b.both();
    let other = b.other.to_str().unwrap();
    let out = b
        .env
        .cmd()
        .args([
            "merge",
            other,
            "--id-suffix",
            "twee",
            "--renumber",
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    // A writing command's notes, the mapping among them, go to stderr; stdout stays empty.
    assert!(out.stdout.is_empty());
    let out = String::from_utf8(out.stderr).unwrap();
    assert!(
        out.contains("agreement parnassys-vwo -> parnassys-vwo-twee"),
        "{out}"
    );
    assert!(out.contains("pupil 1001 at 12AB00 -> 1006"), "{out}");
    assert!(before == b.both(), "a dry run changed a register");
}

#[test]
fn a_merge_with_a_suffix_and_renumbering_keeps_every_consent_event() {
    let b = boards();
    let twee = b.other.clone();
    let other_before = std::fs::read(&twee).unwrap();
    let history = |db: &std::path::Path, pupil: &str| b.json(db, &["consent", "show", pupil]);
    let cas = history(&twee, "1001");
    let daan = history(&twee, "1005");
    assert_eq!(cas["history"].as_array().unwrap().len(), 4);
    let breach_there = b.json(&twee, &["breach", "list"]);

    let report = b.json(
        &b.env.db,
        &[
            "merge",
            twee.to_str().unwrap(),
            "--id-suffix",
            "twee",
            "--renumber",
        ],
    );
    assert_eq!(
        report["renamed"],
        serde_json::json!([{"kind": "agreement", "from": "parnassys-vwo", "to": "parnassys-vwo-twee"}])
    );
    assert_eq!(
        report["renumbered"],
        serde_json::json!([{"school": "12AB00", "from": "1001", "to": "1006", "key": "1006"}])
    );
    assert_eq!(report["added"]["pupil"], 2);
    assert_eq!(report["identical"]["supplier"], 1);
    assert_eq!(report["identical"]["school"], 1);
    // The other register was only read.
    assert!(other_before == std::fs::read(&twee).unwrap());

    let een = b.env.db.clone();
    // This register keeps its organisation, its own agreement and pupil.
    let export = b.json(&een, &["export", "json"]);
    assert_eq!(export["organisation"]["name"], "Stichting Een");
    let ours = b.json(&een, &["agreement", "show", "parnassys-vwo"]);
    assert_eq!(ours["document"], "dms://11111111/vwo");
    let theirs = b.json(&een, &["agreement", "show", "parnassys-vwo-twee"]);
    assert_eq!(theirs["document"], "dms://22222222/vwo");
    assert_eq!(theirs["supplier"], "parnassys");
    assert_eq!(
        b.json(&een, &["pupil", "show", "1001"])["name"],
        "Sanne de Vries"
    );
    assert_eq!(
        b.json(&een, &["pupil", "show", "1006"])["name"],
        "Cas Jansen"
    );
    assert!(
        b.run(&een, &["supplier", "show", "eigen-twee"])
            .contains("eigen-twee")
    );

    // Every consent event, with its date, decider, form, evidence, source, recording time and
    // actor; and where each pupil stands, for every purpose.
    for (here, there) in [("1006", &cas), ("1005", &daan)] {
        let merged = history(&een, here);
        assert_eq!(merged["history"], there["history"], "pupil {here}");
        assert_eq!(merged["current"], there["current"], "pupil {here}");
    }
    let sanne = history(&een, "1001");
    assert_eq!(sanne["history"].as_array().unwrap().len(), 1);

    // The breach points at the renamed agreement.
    let breaches = b.json(&een, &["breach", "list"]);
    let id = breach_there[0]["id"].as_str().unwrap();
    let breach = b.json(&een, &["breach", "show", id]);
    assert_eq!(breach["agreement"], "parnassys-vwo-twee", "{breaches}");

    // The renumbering is kept in the change log, under the pupil.
    let log = b.json(&een, &["log", "--entity", "pupil:1006"]);
    let entry = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "renumber")
        .expect("a renumber entry");
    assert_eq!(entry["detail"]["from"], "1001");
    assert_eq!(entry["detail"]["to"], "1006");

    // Merging again: everything is identical now, or clashes only with itself renamed.
    let again = b.json(
        &een,
        &[
            "merge",
            twee.to_str().unwrap(),
            "--dry-run",
            "--renumber",
            "--id-suffix",
            "drie",
        ],
    );
    assert_eq!(again["identical"]["supplier"], 2);
}

#[test]
fn a_register_that_cannot_be_read_changes_nothing() {
    let b = boards();
    let een_before = std::fs::read(&b.env.db).unwrap();
    // Damaged: the pages after the first overwritten.
    let damaged = b.env.path("kapot.sqlite");
    let mut bytes = std::fs::read(&b.other).unwrap();
    for byte in bytes.iter_mut().skip(4096) {
        *byte = 0xA5;
    }
    write(&damaged, &bytes);
    let err = b.env.fails(&[
        "merge",
        damaged.to_str().unwrap(),
        "--id-suffix",
        "x",
        "--renumber",
    ]);
    assert!(
        err.contains("kapot.sqlite") || err.contains("malformed"),
        "{err}"
    );
    // Older: a register of the previous schema version is not migrated by a merge.
    let older = b.env.path("oud.sqlite");
    std::fs::copy(&b.other, &older).unwrap();
    let conn = rusqlite::Connection::open(&older).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    conn.pragma_update(None, "user_version", version - 1)
        .unwrap();
    drop(conn);
    let older_bytes = std::fs::read(&older).unwrap();
    let err = b.env.fails(&["merge", older.to_str().unwrap()]);
    assert!(err.contains("open it with vreg once"), "{err}");
    assert!(older_bytes == std::fs::read(&older).unwrap());
    // Not a register at all, missing, or this register itself.
    let text = b.env.path("notes.txt");
    write(&text, "not a register");
    for path in [
        text.to_str().unwrap(),
        b.env.path("missing.sqlite").to_str().unwrap(),
        b.env.db.to_str().unwrap(),
    ] {
        b.env.fails(&["merge", path]);
    }
    assert!(een_before == std::fs::read(&b.env.db).unwrap());
}

/// The other board's change log and column mappings come along, and what its complete exports
/// said keeps working here: an older export of its school, found after the merge, adds a pupil
/// a later complete export left out as left, not as at school. Its saved audits stay in its
/// own file.
#[test]
fn the_other_log_and_mappings_come_along_and_its_complete_exports_still_count() {
    let env = TestEnv::empty();
    let other = env.path("twee.sqlite");
    let b = Boards { env, other };
    let (een, twee) = (b.env.db.clone(), b.other.clone());
    for (db, name, brin) in [
        (&een, "Stichting Een", "11AA"),
        (&twee, "Stichting Twee", "22BB"),
    ] {
        let file = b.env.path("board.toml");
        write(
            &file,
            format!(
                "[organisation]\nname = \"{name}\"\n\n[[school]]\nbrin = \"{brin}\"\nvestiging = \"00\"\nname = \"School {brin}\"\n"
            ),
        );
        b.run(db, &["import", file.to_str().unwrap(), "--create"]);
    }
    let csv = |name: &str, rows: &str| {
        let file = b.env.path(name);
        write(&file, format!("Nummer;Naam;Groep;photo-internal\n{rows}"));
        file.to_str().unwrap().to_string()
    };
    let september = csv("sept.csv", "2001;Bo Smit;3A;ja\n2002;Jet Smit;4A;ja\n");
    let october = csv("okt.csv", "2001;Bo Smit;3A;ja\n");
    b.run(
        &twee,
        &[
            "pupil",
            "import",
            &september,
            "--on",
            "2026-09-01",
            "--map",
            "Nummer=leerlingnummer",
            "--save-map",
            "somtoday",
            "--school",
            "22BB00",
        ],
    );
    b.run(
        &twee,
        &[
            "pupil",
            "import",
            &october,
            "--on",
            "2026-10-01",
            "--profile",
            "somtoday",
            "--complete",
            "--school",
            "22BB00",
        ],
    );
    b.run(
        &twee,
        &[
            "audit",
            "--save",
            "--fail-on",
            "never",
            "--as-of",
            "2026-10-02",
        ],
    );
    let log_there = b.json(&twee, &["log"]);
    let jet_there = b.json(&twee, &["log", "--entity", "pupil:2002"]);
    assert!(!jet_there.as_array().unwrap().is_empty());

    let report = b.json(&een, &["merge", twee.to_str().unwrap()]);
    assert_eq!(report["added"].get("audit_run"), None, "{report}");
    assert_eq!(report["added"]["import_profile"], 1, "{report}");
    // All of it but the organisation's, which this register keeps.
    let theirs_only = log_there
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["entity_kind"] != "organisation")
        .count();
    assert!(theirs_only < log_there.as_array().unwrap().len());
    assert_eq!(report["added"]["change_event"], theirs_only, "{report}");

    // Jet's leaving is in this register's log, as it was written there, with where it came from.
    let jet = b.json(&een, &["log", "--entity", "pupil:2002"]);
    assert_eq!(
        jet.as_array().unwrap().len(),
        jet_there.as_array().unwrap().len()
    );
    for (here, there) in jet
        .as_array()
        .unwrap()
        .iter()
        .zip(jet_there.as_array().unwrap())
    {
        assert_eq!(here["at"], there["at"]);
        assert_eq!(here["action"], there["action"]);
        assert_eq!(here["detail"]["merged_from"], "twee.sqlite", "{here}");
    }
    // An audit of the other register is no run of this one: `audit diff` and the year report
    // compare this register's runs.
    assert_eq!(b.json(&een, &["audit", "history"]), serde_json::json!([]));
    assert_eq!(
        b.json(&twee, &["audit", "history"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // The saved mapping reads the other board's export here; September's file, found after the
    // merge, brings a pupil October's complete export did not list: she had left by then.
    let late = csv("laat.csv", "2001;Bo Smit;3A;ja\n2003;Mo Smit;5A;ja\n");
    b.run(
        &een,
        &[
            "pupil",
            "import",
            &late,
            "--on",
            "2026-09-01",
            "--profile",
            "somtoday",
            "--school",
            "22BB00",
        ],
    );
    let mo = b.json(&een, &["pupil", "show", "2003"]);
    assert_eq!(mo["left_on"], "2026-10-01", "{mo}");
    let bo = b.json(&een, &["pupil", "show", "2001"]);
    assert_eq!(bo["left_on"], Value::Null, "{bo}");
}

/// A pupil renumbered by a merge keeps the file names of the other register's imports, which
/// may name them by their old number only (`toestemming-1001.csv`): erasing the pupil takes
/// those names out too, as it does for a file that names them by their present number.
#[test]
fn erasing_a_renumbered_pupil_takes_out_the_file_names_with_their_old_number() {
    let b = boards();
    let twee = b.other.clone();
    let own = b.env.path("toestemming-1001.csv");
    write(
        &own,
        "Leerlingnummer;Naam;Groep;BRIN;photo-internal\n1001;Cas Jansen;6A;12AB00;nee\n",
    );
    b.run(
        &twee,
        &[
            "pupil",
            "import",
            own.to_str().unwrap(),
            "--on",
            "2026-10-01",
        ],
    );
    let een = b.env.db.clone();
    b.run(
        &een,
        &[
            "merge",
            twee.to_str().unwrap(),
            "--id-suffix",
            "twee",
            "--renumber",
        ],
    );
    let text = || {
        let conn = rusqlite::Connection::open(&een).unwrap();
        let sources: Vec<String> = conn
            .prepare(
                "SELECT coalesce(source, '') || ' ' || coalesce(evidence, '') FROM consent_event \
                 UNION ALL SELECT entity_id || ' ' || detail FROM change_event",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        sources.join("\n")
    };
    assert!(text().contains("toestemming-1001.csv"));
    let request = b.run(
        &een,
        &[
            "request",
            "add",
            "erasure",
            "--pupil",
            "1006",
            "--by",
            "parent",
            "--received",
            "2026-11-20",
        ],
    );
    b.run(
        &een,
        &[
            "pupil",
            "erase",
            "1006",
            "--request",
            request.trim(),
            "--yes",
        ],
    );
    let left = text();
    assert!(!left.contains("toestemming-1001"), "{left}");
    // Sanne, 1001 here, keeps her own history.
    assert_eq!(
        b.json(&een, &["consent", "show", "1001"])["history"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// A breach of each board, both 2026-001: the incoming one is numbered on in its year
/// (2026-002), a breach id every breach command takes, and the register file carries it.
#[test]
fn a_clashing_breach_is_numbered_on_and_can_still_be_handled() {
    let b = boards();
    let een = b.env.db.clone();
    b.run(
        &een,
        &[
            "breach",
            "add",
            "Laptop kwijt",
            "--discovered",
            "2026-10-20 09:00",
        ],
    );
    let report = b.json(
        &een,
        &[
            "merge",
            b.other.to_str().unwrap(),
            "--id-suffix",
            "twee",
            "--renumber",
        ],
    );
    let renamed = report["renamed"].as_array().unwrap();
    assert!(
        renamed
            .contains(&serde_json::json!({"kind": "breach", "from": "2026-001", "to": "2026-002"})),
        "{report}"
    );
    let theirs = b.json(&een, &["breach", "show", "2026-002"]);
    assert_eq!(theirs["title"], "Lek bij ParnasSys");
    assert_eq!(
        b.json(&een, &["breach", "show", "2026-001"])["title"],
        "Laptop kwijt"
    );
    b.run(
        &een,
        &[
            "breach",
            "assess",
            "2026-002",
            "--risk",
            "none",
            "--reason",
            "versleuteld",
            "--at",
            "2026-10-24 10:00",
        ],
    );
    // The register file of the merged board reads back.
    let toml = b.run(&een, &["export", "toml"]);
    let file = b.env.path("merged.toml");
    write(&file, &toml);
    let copy = b.env.path("copy.sqlite");
    b.run(&copy, &["import", file.to_str().unwrap(), "--create"]);
    assert_eq!(
        b.json(&copy, &["breach", "list"]).as_array().unwrap().len(),
        2
    );
}

/// Two registers whose only clash is a breach numbered 2026-001 in each: the merge asked for
/// `--id-suffix`, though a breach is numbered on and never takes a suffix.
#[test]
fn a_breach_numbered_in_both_registers_needs_no_suffix() {
    let here = TestEnv::new();
    let there = TestEnv::new();
    for (env, title, at) in [
        (&here, "Laptop kwijt", "2026-10-20 09:00"),
        (&there, "USB-stick kwijt", "2026-10-21 14:30"),
    ] {
        env.ok(&["breach", "add", title, "--discovered", at]);
    }
    let report = here.json(&["merge", there.db.to_str().unwrap()]);
    assert_eq!(
        report["renamed"],
        serde_json::json!([{"kind": "breach", "from": "2026-001", "to": "2026-002"}]),
        "{report}"
    );
    assert_eq!(
        here.json(&["breach", "show", "2026-002"])["title"],
        "USB-stick kwijt"
    );
}

/// A copy of this register whose breach 2026-001 was assessed differently in each: the same
/// breach, changed in both. Numbering it on (2026-002) would count one breach twice and err on
/// a phantom: it stops the merge until the two agree. A copy that is only behind (assessed here
/// since) is the same breach, and adds nothing.
#[test]
fn the_same_breach_changed_in_a_copy_stops_the_merge() {
    let here = TestEnv::new();
    here.ok(&[
        "breach",
        "add",
        "Laptop kwijt",
        "--discovered",
        "2026-10-20 09:00",
    ]);
    here.ok(&["backup", "copy.sqlite"]);
    let assess = |db: &str, risk: &str| {
        here.ok(&[
            "--db", db, "breach", "assess", "2026-001", "--risk", risk, "--reason", "r",
        ]);
    };
    let copy = here.path("copy.sqlite");
    let (copy, register) = (copy.to_str().unwrap(), here.db.to_str().unwrap());
    assess(register, "none");
    let behind = here.json(&["merge", copy, "--dry-run"]);
    assert_eq!(behind["identical"]["breach"], 1, "{behind}");
    assess(copy, "high");
    let err = here.refused(&["merge", copy]);
    assert!(err.contains("2026-001"), "{err}");
    assert_eq!(here.json(&["breach", "list"]).as_array().unwrap().len(), 1);
}

/// An erasure must hold across a merge, both ways: a register that still holds the erased
/// pupil (a copy of before) brought them back, with their log entries and accepted findings,
/// and a board that erased one passed on no guard, so an old export imported after the merge
/// brought the pupil back too. A file named after the pupil (its log entry rewritten by the
/// erasure) and a request about them in both copies change nothing.
#[test]
fn an_erasure_holds_across_a_merge() {
    let here = TestEnv::new();
    let pupils = here.path("leerlingen mei.csv");
    write(
        &pupils,
        "leerlingnummer;naam;groep;geboortedatum\n1005;Mei Jansen;3B;2010-11-01\n1006;Gijs Mol;3B;2016-01-01\n",
    );
    here.ok(&[
        "pupil",
        "import",
        pupils.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    here.ok(&[
        "consent",
        "set",
        "1005",
        "photo-internal",
        "granted",
        "--by",
        "pupil",
        "--form",
        "digital",
    ]);
    here.ok(&[
        "audit",
        "accept",
        "consent-turned-16",
        "pupil:1005",
        "--reason",
        "besproken",
        "--until",
        "2099-01-01",
    ]);
    let access = here
        .ok(&[
            "request",
            "add",
            "access",
            "--pupil",
            "1005",
            "--by",
            "pupil",
            "--received",
            "2026-11-10",
        ])
        .trim()
        .to_string();
    here.ok(&["backup", "before.sqlite"]);
    here.erase("1005", "pupil", "2026-11-20");
    // The copy of before still holds her: the merge leaves her out, with all about her.
    let before = here.path("before.sqlite");
    let report = here.json(&["merge", before.to_str().unwrap()]);
    assert_eq!(report["pupils_not_added_again"], 1, "{report}");
    here.fails(&["pupil", "show", "1005"]);
    let log = here.ok(&["log", "--format", "json"]);
    assert!(!log.contains("1005") && !log.contains("Mei"), "{log}");
    let accepted = here.ok(&["audit", "accepted", "--format", "json"]);
    assert!(!accepted.contains("1005"), "{accepted}");
    assert_eq!(
        here.json(&["request", "show", &access])["pupil"],
        Value::Null
    );
    assert_eq!(here.json(&["request", "list"]).as_array().unwrap().len(), 2);
    assert!(here.ok(&["check"]).starts_with("ok: "));
    // A fresh register that merges this one takes the guard along: the old export adds no one.
    let fresh = TestEnv::new();
    fresh.ok(&["merge", here.db.to_str().unwrap()]);
    let report = fresh.json(&[
        "pupil",
        "import",
        pupils.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    assert_eq!(report["pupils_not_added_again"], 1, "{report}");
    fresh.fails(&["pupil", "show", "1005"]);
}

/// A copy taken before an erasure, holding the open erasure request and a later export of its
/// own that still lists the pupil: the merge was refused on the request ("changed in one of
/// them", though this register only closed it since), and once past that it brought the pupil
/// back, as that later export was never imported here.
#[test]
fn a_copy_of_before_an_erasure_merges_back_without_the_pupil() {
    let here = TestEnv::new();
    let september = here.path("sep.csv");
    write(
        &september,
        "leerlingnummer;naam;groep;photo-internal\n502;Lars Visser;1A;ja\n503;Noor Bos;1A;ja\n",
    );
    here.ok(&[
        "pupil",
        "import",
        september.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    let erasure = here.erasure_request("502", "parent", "2026-11-10");
    here.ok(&["backup", "copy.sqlite"]);
    let copy = here.path("copy.sqlite");
    let october = here.path("oct.csv");
    write(
        &october,
        "leerlingnummer;naam;groep;photo-internal\n502;Lars Visser;1A;ja\n",
    );
    here.ok(&[
        "--db",
        copy.to_str().unwrap(),
        "pupil",
        "import",
        october.to_str().unwrap(),
        "--on",
        "2026-10-15",
    ]);
    here.ok(&["pupil", "erase", "502", "--request", &erasure, "--yes"]);
    let report = here.json(&["merge", copy.to_str().unwrap()]);
    assert_eq!(report["pupils_not_added_again"], 1, "{report}");
    assert_eq!(report["identical"]["request"], 1, "{report}");
    here.fails(&["pupil", "show", "502"]);
    assert_eq!(here.json(&["request", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(
        here.json(&["request", "show", &erasure])["outcome"],
        "granted"
    );
}

/// Merging another board's register twice: the breach the first merge numbered on (2026-001
/// there, 2026-002 here) was numbered on again (2026-003), one breach counted twice.
#[test]
fn a_breach_numbered_on_once_is_the_same_breach_at_the_next_merge() {
    let here = TestEnv::new();
    let there = TestEnv::new();
    here.ok(&["breach", "add", "X lek", "--discovered", "2026-11-19 10:00"]);
    there.ok(&["breach", "add", "Y lek", "--discovered", "2026-11-18 10:00"]);
    here.ok(&["merge", there.db.to_str().unwrap()]);
    // Its log entries are under the id it has here, and say that id.
    let log = here.json(&["log", "--entity", "breach:2026-002"]);
    let added = log.as_array().unwrap().first().unwrap().clone();
    assert_eq!(added["detail"]["id"], "2026-002", "{added}");
    let again = here.json(&["merge", there.db.to_str().unwrap()]);
    assert_eq!(again["renamed"], serde_json::json!([]), "{again}");
    assert_eq!(again["identical"]["breach"], 1, "{again}");
    assert_eq!(here.json(&["breach", "list"]).as_array().unwrap().len(), 2);
}

/// Two boards each with a first access request received on one day, about their own pupils:
/// two requests, not one changed in a copy, and neither is lost.
#[test]
fn two_boards_requests_of_one_day_are_two_requests() {
    let here = TestEnv::new();
    let there = TestEnv::new();
    for (env, number, name) in [(&here, "1001", "Anna"), (&there, "2001", "Bram")] {
        let file = env.path("p.csv");
        write(
            &file,
            format!("leerlingnummer;naam;groep\n{number};{name};4A\n"),
        );
        env.ok(&[
            "pupil",
            "import",
            file.to_str().unwrap(),
            "--on",
            "2026-09-01",
        ]);
        env.ok(&[
            "request",
            "add",
            "access",
            "--pupil",
            number,
            "--by",
            "parent",
            "--received",
            "2026-11-19",
        ]);
    }
    here.ok(&["merge", there.db.to_str().unwrap()]);
    assert_eq!(here.json(&["request", "list"]).as_array().unwrap().len(), 2);
}

/// A board merged once holds the other board's import entries; merging it again after an
/// erasure here left out a pupil that board added from an export of its own since.
#[test]
fn another_board_s_new_pupils_come_along_on_a_second_merge() {
    let here = TestEnv::new();
    let there = TestEnv::new();
    let ours = here.path("p.csv");
    write(&ours, "leerlingnummer;naam;groep\n1005;Mei Jansen;3B\n");
    here.ok(&[
        "pupil",
        "import",
        ours.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    let theirs = there.path("b.csv");
    write(&theirs, "leerlingnummer;naam;groep\n2001;Anna Kok;4A\n");
    there.ok(&[
        "pupil",
        "import",
        theirs.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    here.ok(&["merge", there.db.to_str().unwrap()]);
    let later = there.path("b2.csv");
    write(
        &later,
        "leerlingnummer;naam;groep\n2001;Anna Kok;4A\n2002;Bram Kok;4A\n",
    );
    there.ok(&[
        "pupil",
        "import",
        later.to_str().unwrap(),
        "--on",
        "2026-10-01",
    ]);
    here.erase("1005", "parent", "2026-11-20");
    let report = here.json(&["merge", there.db.to_str().unwrap()]);
    assert_eq!(report["pupils_not_added_again"], 0, "{report}");
    here.ok(&["pupil", "show", "2002"]);
}

/// A purpose renamed by the merge (it differs here) took the other register's decisions with
/// it, but their log entries still named the old id: `log --entity pupil:701` said
/// `photo-website`, a purpose of this register that the decision was never about.
#[test]
fn a_decision_s_log_entry_names_its_purpose_as_renamed() {
    let here = TestEnv::new();
    let there = TestEnv::new();
    here.ok(&[
        "consent",
        "purpose",
        "edit",
        "photo-website",
        "--written-only",
    ]);
    let file = there.path("p.csv");
    write(&file, "leerlingnummer;naam;groep\n701;Lars Visser;1A\n");
    there.ok(&[
        "pupil",
        "import",
        file.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    there.ok(&[
        "consent",
        "set",
        "701",
        "photo-website",
        "withdrawn",
        "--on",
        "2026-10-01",
    ]);
    here.ok(&["merge", there.db.to_str().unwrap(), "--id-suffix", "b"]);
    let log = here.json(&["log", "--entity", "pupil:701"]);
    let purposes: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["detail"]["purpose"].as_str())
        .collect();
    assert_eq!(purposes, ["photo-website-b"], "{log}");
}

/// In Dutch, what a merge renames and counts is said in Dutch: no English kinds, no table
/// names (`change_event`); in English the counts are plural where they are many.
#[test]
fn a_merge_report_speaks_the_readers_language() {
    let b = boards();
    let run = |lang: &str| {
        let out = b
            .env
            .cmd()
            .args([
                "--lang",
                lang,
                "merge",
                b.other.to_str().unwrap(),
                "--id-suffix",
                "twee",
                "--renumber",
                "--dry-run",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        format!(
            "{}{}",
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap()
        )
    };
    let dutch = run("nl");
    assert!(
        dutch.contains("verwerkersovereenkomst parnassys-vwo -> parnassys-vwo-twee"),
        "{dutch}"
    );
    assert!(dutch.contains("regels van het logboek"), "{dutch}");
    for english in [
        "agreement ",
        "change_event",
        "consent_event",
        "import_profile",
    ] {
        assert!(!dutch.contains(english), "{english} in {dutch}");
    }
    let english = run("en");
    assert!(
        english.contains("agreement parnassys-vwo -> parnassys-vwo-twee"),
        "{english}"
    );
    assert!(
        english.contains("2 pupils") && english.contains("log entries"),
        "{english}"
    );
}

#[test]
fn a_copy_whose_pupil_changed_since_is_the_same_pupil_at_every_merge() {
    let env = TestEnv::new();
    let csv = env.path("leerlingen.csv");
    write(
        &csv,
        "Leerlingnummer;Achternaam;Roepnaam;Geboortedatum;Groep;photo-internal\n\
         502;Jansen;Piet;02-04-2015;6A;ja\n",
    );
    env.ok(&[
        "pupil",
        "import",
        csv.to_str().unwrap(),
        "--on",
        "2026-09-01",
    ]);
    let copy = env.path("copy.sqlite");
    std::fs::copy(&env.db, &copy).unwrap();
    env.ok(&["pupil", "leave", "502", "--on", "2026-11-01"]);
    // The copy imported October's export: Piet in another group, and a "nee".
    let copy_db = copy.to_str().unwrap();
    write(
        &csv,
        "Leerlingnummer;Achternaam;Roepnaam;Geboortedatum;Groep;photo-internal\n\
         502;Jansen;Piet;02-04-2015;7A;nee\n",
    );
    let csv_path = csv.to_str().unwrap();
    env.ok(&[
        "--db",
        copy_db,
        "pupil",
        "import",
        csv_path,
        "--on",
        "2026-10-15",
    ]);
    for _ in 0..2 {
        let report = env.json(&["merge", copy_db, "--renumber"]);
        assert_eq!(report["renumbered"], serde_json::json!([]), "{report}");
    }
    let pupils = env.json(&["pupil", "list", "--all"]);
    assert_eq!(pupils.as_array().unwrap().len(), 1, "{pupils}");
    assert_eq!(pupils[0]["left_on"], "2026-11-01", "{pupils}");
    assert_eq!(pupils[0]["group"], "6A", "{pupils}");
    // The "nee" the copy recorded came along, once.
    let show = env.json(&["consent", "show", "502"]);
    let withdrawals = show["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["decision"] == "withdrawn")
        .count();
    assert_eq!(withdrawals, 1, "{show}");
}

#[test]
fn a_merge_with_a_suffix_runs_again_as_nothing_to_add_and_leaves_the_file_alone() {
    let env = TestEnv::new();
    let other = env.path("example.sqlite");
    let other_db = other.to_str().unwrap();
    env.ok(&["--db", other_db, "init", "--example"]);
    env.ok(&["supplier", "add", "Leermiddel Noord", "--notes", "ons"]);
    env.ok(&["--db", other_db, "supplier", "add", "Leermiddel Noord"]);
    // Refused before anything is written: one row cannot hold what a merge did.
    let before = env.fingerprint();
    let err = env.fails(&["merge", other_db, "--id-suffix", "ex", "--format", "csv"]);
    assert!(err.contains("--format json"), "{err}");
    assert_eq!(before, env.fingerprint());
    env.ok(&["merge", other_db, "--id-suffix", "ex"]);
    let once = env.fingerprint();
    let out = env
        .cmd()
        .args(["merge", other_db, "--id-suffix", "ex"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(stderr.contains("added nothing"), "{stderr}");
    assert_eq!(
        once,
        env.fingerprint(),
        "a merge that added nothing changed the file"
    );
    let report = env.json(&["merge", other_db, "--id-suffix", "ex"]);
    let added = report["added"].as_object().unwrap();
    assert!(added.values().all(|n| n == 0), "{report}");
    assert_eq!(report["identical"]["supplier"], 6, "{report}");
}

#[test]
fn a_renumbered_pupil_is_found_again_at_the_next_merge_and_a_copy_that_knows_more_stops_it() {
    let b = boards();
    let other = b.other.to_str().unwrap();
    b.env
        .ok(&["merge", other, "--id-suffix", "twee", "--renumber"]);
    let pupils = || {
        b.env
            .json(&["pupil", "list", "--all"])
            .as_array()
            .unwrap()
            .len()
    };
    let once = pupils();
    let report = b
        .env
        .json(&["merge", other, "--id-suffix", "twee", "--renumber"]);
    assert_eq!(report["renumbered"], serde_json::json!([]), "{report}");
    assert_eq!(pupils(), once, "{report}");
    // The other register records that Daan left; this one does not know it yet.
    b.run(&b.other, &["pupil", "leave", "1005", "--on", "2026-11-01"]);
    let err = b.refused(&["--id-suffix", "twee", "--renumber"]);
    assert!(
        err.contains("the other register knows more of them: left_on"),
        "{err}"
    );
}

/// A pupil a merge renumbered and the officer then erased came back at the next merge: the
/// erasure had taken the renumbering out of the log.
#[test]
fn an_erased_renumbered_pupil_stays_out_at_the_next_merge() {
    let env = TestEnv::new();
    let other = env.path("twee.sqlite");
    let other_db = other.to_str().unwrap();
    env.ok(&["--db", other_db, "init"]);
    let header = "Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Groep;School\n";
    for (db, row, name) in [
        (
            env.db.to_str().unwrap(),
            "1001;Anna;Jansen;01-03-2016;5B;12AB00",
            "een.csv",
        ),
        (
            other_db,
            "1001;Zoe;Pieters;05-05-2016;5B;12AB00",
            "twee.csv",
        ),
    ] {
        let file = env.path(name);
        write(&file, format!("{header}{row}\n"));
        let file = file.to_str().unwrap();
        env.ok(&["--db", db, "pupil", "import", file, "--on", "2026-09-01"]);
    }
    let first = env.json(&["merge", other_db, "--renumber"]);
    assert_eq!(first["renumbered"][0]["to"], "1002", "{first}");
    env.erase("1002", "parent", "2026-11-14");
    let again = env.json(&["merge", other_db, "--renumber"]);
    assert_eq!(again["renumbered"], serde_json::json!([]), "{again}");
    assert_eq!(again["pupils_not_added_again"], 1, "{again}");
    let pupils = env.json(&["pupil", "list", "--all"]);
    assert_eq!(pupils.as_array().unwrap().len(), 1, "{pupils}");
}

/// A pupil who came back (a complete export listed them after their leaving day) in one of
/// two copies: the merge told the officer to record the stale leaving day, or kept it.
#[test]
fn a_pupil_back_at_school_in_one_copy_is_no_leaver_in_the_merge() {
    let env = TestEnv::new();
    let header = "Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Groep\n";
    let all = format!("{header}1001;Anna;Jansen;01-03-2016;5B\n1003;Cees;Bakker;03-05-2016;5A\n");
    let import = |contents: &str, on: &str| {
        let file = env.path("export.csv");
        write(&file, contents);
        env.ok(&[
            "pupil",
            "import",
            file.to_str().unwrap(),
            "--on",
            on,
            "--complete",
        ]);
    };
    import(&all, "2026-09-01");
    import(
        &format!("{header}1001;Anna;Jansen;01-03-2016;5B\n"),
        "2026-10-01",
    );
    let october = env.path("october.sqlite");
    std::fs::copy(&env.db, &october).unwrap();
    import(&all, "2026-11-01");
    // This register knows the return: the copy's leaving day is older news.
    env.ok(&["merge", october.to_str().unwrap()]);
    assert_eq!(
        env.json(&["pupil", "show", "1003"])["left_on"],
        serde_json::Value::Null
    );
    // The copy, merging this register, does not keep its stale leaving day without a word.
    let err = env.fails(&[
        "--db",
        october.to_str().unwrap(),
        "merge",
        env.db.to_str().unwrap(),
    ]);
    assert!(
        err.contains("the other register knows more of them: imported_on"),
        "{err}"
    );
}

/// One supplier's incident reaches two boards at the same minute: two breaches, numbered on,
/// not "the same one changed in one of two copies".
#[test]
fn two_boards_breaches_of_one_moment_are_two_breaches() {
    let b = boards();
    // Board twee's 2026-001 ("Lek bij ParnasSys") was discovered at this minute too.
    b.run(
        &b.env.db,
        &[
            "breach",
            "add",
            "Phishing",
            "--discovered",
            "2026-10-23 16:00",
        ],
    );
    let other = b.other.to_str().unwrap();
    b.env
        .ok(&["merge", other, "--id-suffix", "twee", "--renumber"]);
    let titles: Vec<String> = b
        .env
        .json(&["breach", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["title"].as_str().unwrap().to_string())
        .collect();
    assert!(titles.contains(&"Phishing".to_string()), "{titles:?}");
    assert!(
        titles.contains(&"Lek bij ParnasSys".to_string()),
        "{titles:?}"
    );
    // And the next merge finds it again, numbered on.
    let again = b
        .env
        .json(&["merge", other, "--id-suffix", "twee", "--renumber"]);
    assert_eq!(again["added"].get("breach"), None, "{again}");
}
