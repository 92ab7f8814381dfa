//! `vreg pupil import` with files shaped like the real exports of ParnasSys, Magister and
//! Somtoday: strict about quotes and encodings, schools by name, leavers, re-asks, erasure.

use std::io::Write;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::common::{TestEnv, write};

/// A board with a primary school on ParnasSys and a secondary school on Magister / Somtoday.
const SCHOOLS: &str = "[[school]]\nbrin = \"12AB\"\nvestiging = \"00\"\nname = \"OBS De Regenboog\"\n\n\
[[school]]\nbrin = \"34CD\"\nvestiging = \"00\"\nname = \"Het Baken\"\n";

fn board() -> TestEnv {
    let env = TestEnv::new();
    let toml = env.path("schools.toml");
    write(&toml, SCHOOLS);
    env.ok(&["import", toml.to_str().unwrap()]);
    env
}

/// Magister's export: `Stamnr`, `Tussenv.`, `Locatie`, `Geb. datum`, `;`, Windows-1252.
const MAGISTER: &str = "Stamnr;Roepnaam;Tussenv.;Achternaam;Geb. datum;Klas;Locatie;Foto intern;Opmerking\n\
1001;Lieke;;Smit;1-4-2012;2A;34CD00;ja;\n\
1002;Anna;d';Hondt;15-5-2012;2A;34CD00;nee;\n\
1003;José;;Müller;2-6-2012;2B;34CD00;ja;\n";

/// Somtoday's export: `,`, UTF-8 with BOM, `Voorvoegsel`, `Stamgroep`, `Vestiging`.
const SOMTODAY: &str = "\u{feff}Leerlingnummer,Roepnaam,Voorvoegsel,Achternaam,Geboortedatum,Stamgroep,Vestiging,Toestemming beeldmateriaal intern\n\
2001,Sem,van,Beek,03-02-2011,3H,34CD00,ja\n\
2002,Noor,,Jansen,11-09-2011,3H,34CD00,nee\n";

/// ParnasSys' export: the school by its name, consent columns under the school's own titles.
const PARNASSYS: &str = "Leerlingnummer;Achternaam;Tussenvoegsel;Roepnaam;Geboortedatum;Groep;School;Foto's nieuwsbrief;Foto's website\n\
501;Vries;de;Sanne;01-03-2016;5B;OBS De Regenboog;ja;nee\n\
502;Amrani;;Mo;12-11-2015;5B;OBS De Regenboog;;ja\n";

fn cp1252(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable, "{text}");
    bytes.into_owned()
}

/// Runs `vreg pupil import FILE ARGS`; returns (exit code, stdout, stderr).
fn run_import(env: &TestEnv, name: &str, contents: &[u8], extra: &[&str]) -> (i32, String, String) {
    let file = env.path(name);
    write(&file, contents);
    let mut args = vec!["pupil", "import", file.to_str().unwrap()];
    args.extend(extra);
    let out = env.cmd().args(&args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Imports and asserts success; returns stderr.
fn imports(env: &TestEnv, name: &str, contents: &[u8], extra: &[&str]) -> String {
    let (code, _, stderr) = run_import(env, name, contents, extra);
    assert_eq!(code, 0, "{stderr}");
    stderr
}

fn refused_import(env: &TestEnv, name: &str, contents: &[u8], extra: &[&str]) -> String {
    let file = env.path(name);
    write(&file, contents);
    let mut args = vec!["pupil", "import", file.to_str().unwrap()];
    args.extend(extra);
    env.refused(&args)
}

fn state(env: &TestEnv, pupil: &str, purpose: &str) -> String {
    env.json(&["consent", "show", pupil])["current"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == purpose)
        .map(|c| c["state"].as_str().unwrap().to_string())
        .unwrap()
}

fn magister_maps() -> Vec<&'static str> {
    vec!["--map", "Foto intern=photo-internal"]
}

// ---------------------------------------------------------------- 1. quotes and line breaks

#[test]
fn a_quote_left_open_is_refused_naming_its_line_instead_of_swallowing_the_rest() {
    let env = board();
    let file = "Stamnr;Roepnaam;Achternaam;Locatie;Foto intern;Opmerking\n\
1001;Lieke;Smit;34CD00;ja;\"ouders gescheiden\n\
1002;Anna;Hondt;34CD00;nee;\n\
1003;Daan;Vos;34CD00;nee;\n";
    let err = refused_import(&env, "magister.csv", file.as_bytes(), &magister_maps());
    assert!(
        err.contains("magister.csv line 2, column 6 (Opmerking): a quote is left open"),
        "{err}"
    );
    // At the very end of the file too, without a last line end.
    let last = "Stamnr;Roepnaam;Achternaam;Opmerking\n1001;Lieke;Smit;\"ouders gescheiden";
    let err = refused_import(&env, "last.csv", last.as_bytes(), &[]);
    assert!(
        err.contains("last.csv line 2, column 4 (Opmerking)"),
        "{err}"
    );
    // A line break inside a closed quote in a column vreg does not read is refused as well.
    let quoted =
        "Stamnr;Roepnaam;Achternaam;Opmerking\n1001;Lieke;Smit;\"twee\nregels\"\n1002;Anna;Bos;\n";
    let err = refused_import(&env, "quoted.csv", quoted.as_bytes(), &[]);
    assert!(
        err.contains("quoted.csv line 2, column 4 (Opmerking)"),
        "{err}"
    );
    assert_eq!(env.json(&["pupil", "list", "--all"]), json!([]));
}

// ---------------------------------------------------------------- 2. encodings

#[test]
fn windows_1252_is_read_only_for_files_that_are_windows_1252() {
    let env = board();
    imports(&env, "magister.csv", &cp1252(MAGISTER), &magister_maps());
    assert_eq!(env.json(&["pupil", "show", "1003"])["name"], "José Müller");

    // UTF-8 with one stray byte: refused naming its line, not read as cp1252 ("JosÃ©").
    let mut bytes = MAGISTER
        .replace(
            "1002;Anna",
            "1004;Zoë;;Bakker;1-1-2012;2A;34CD00;ja;\n1002;Anna",
        )
        .into_bytes();
    let at = bytes.windows(4).position(|w| w == b"Smit").unwrap();
    bytes[at] = 0xE9;
    let err = refused_import(&env, "stray.csv", &bytes, &magister_maps());
    assert!(
        err.contains("stray.csv line 2: bytes that are not UTF-8"),
        "{err}"
    );
}

#[test]
fn utf16_with_a_byte_order_mark_is_read_and_a_broken_one_refused() {
    let env = board();
    let mut bytes = vec![0xFF, 0xFE];
    for unit in SOMTODAY.trim_start_matches('\u{feff}').encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    imports(
        &env,
        "somtoday.csv",
        &bytes,
        &["--map", "Toestemming beeldmateriaal intern=photo-internal"],
    );
    assert_eq!(env.json(&["pupil", "show", "2001"])["name"], "Sem van Beek");
    assert_eq!(state(&env, "2001", "photo-internal"), "granted");

    // A lone surrogate on the third line.
    let mut broken = vec![0xFF, 0xFE];
    let text = "Leerlingnummer,Naam\n1,Eva\n2,X\n";
    for unit in text.encode_utf16() {
        if unit == u16::from(b'X') {
            broken.extend_from_slice(&0xD800u16.to_le_bytes());
        } else {
            broken.extend_from_slice(&unit.to_le_bytes());
        }
    }
    let err = refused_import(&env, "broken.csv", &broken, &[]);
    assert!(
        err.contains("broken.csv line 3: bytes that are not UTF-16LE"),
        "{err}"
    );
    // Without a mark, UTF-16 cannot be told apart: refused, naming it.
    let err = refused_import(&env, "nomark.csv", &bytes[2..], &[]);
    assert!(err.contains("UTF-16 without a byte-order mark"), "{err}");
}

#[test]
fn names_with_a_question_mark_for_a_letter_are_warned_about_by_line() {
    let env = board();
    let file =
        "Stamnr;Roepnaam;Achternaam;Locatie\n1001;Lieke;Smit;34CD00\n1002;Ay?e;Y?lmaz;34CD00\n";
    let stderr = imports(&env, "magister.csv", file.as_bytes(), &[]);
    assert!(
        stderr.contains(
            "warning: magister.csv line 3: the name of pupil 1002 holds '?' where a letter belongs"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("line 2:"), "{stderr}");
}

// ---------------------------------------------------------------- 4. leaving dates

#[test]
fn a_leaving_date_is_corrected_or_undone_and_both_are_logged() {
    let env = board();
    imports(&env, "magister.csv", MAGISTER.as_bytes(), &magister_maps());
    env.ok(&["pupil", "leave", "1001", "--on", "2026-10-01"]);
    let not_granted = |env: &TestEnv| -> Vec<String> {
        env.json(&[
            "consent",
            "list",
            "--purpose",
            "photo-internal",
            "--not-granted",
        ])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["pupil"].as_str().unwrap().to_string())
        .collect()
    };
    assert_eq!(not_granted(&env), ["1002"]);
    let err = env.refused(&["pupil", "leave", "1001", "--on", "2026-11-01"]);
    assert!(
        err.contains("pupil 1001 already left on 2026-10-01; change the date with --correct"),
        "{err}"
    );
    env.ok(&["pupil", "leave", "1001", "--on", "1-11-2026", "--correct"]);
    assert_eq!(
        env.json(&["pupil", "show", "1001"])["left_on"],
        "2026-11-01"
    );
    env.ok(&["pupil", "leave", "1001", "--undo"]);
    assert_eq!(env.json(&["pupil", "show", "1001"])["left_on"], Value::Null);
    assert!(
        env.refused(&["pupil", "leave", "1001", "--undo"])
            .contains("no leaving date to undo")
    );
    assert!(
        env.refused(&["pupil", "leave", "1002", "--on", "2026-10-01", "--correct"])
            .contains("no leaving date to correct")
    );
    let actions: Vec<String> = env
        .json(&["log", "--entity", "pupil:1001"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actions, ["leave", "leave-correct", "leave-undo"]);
    // Back at school, the pupil counts again.
    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-internal",
        "withdrawn",
        "--on",
        "2026-11-28",
    ]);
    assert_eq!(not_granted(&env), ["1001", "1002"]);
}

// ---------------------------------------------------------------- 5. purge and erase

/// Whether the register file (or any file) holds these bytes anywhere.
fn holds(path: &std::path::Path, needle: &str) -> bool {
    let bytes = std::fs::read(path).unwrap();
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn a_purge_leaves_no_byte_of_the_pupil_in_the_register_nor_a_file_name_that_names_them() {
    let env = board();
    let family = "Stamnr;Roepnaam;Achternaam;Geb. datum;Locatie;Foto intern\n\
4711;Zwaantje;Quispel;17-04-2009;34CD00;ja\n\
4712;Pieter;Quispel;23-08-2011;34CD00;ja\n";
    imports(
        &env,
        "toestemming 4711 Zwaantje.csv",
        family.as_bytes(),
        &magister_maps(),
    );
    env.ok(&["pupil", "leave", "4711", "--on", "2021-03-17"]);
    // The register holds them now.
    assert!(holds(&env.db, "Zwaantje"));
    assert!(holds(&env.db, "2009-04-17"));
    env.ok(&["pupil", "purge", "--left-before", "2022-01-01", "--yes"]);
    for needle in ["Zwaantje", "2009-04-17", "2021-03-17", "toestemming 4711"] {
        assert!(
            !holds(&env.db, needle),
            "{needle} is still in the register file"
        );
    }
    // The sibling keeps the evidence, without the file name that named the other child.
    let shown = env.json(&["consent", "show", "4712"]);
    let source = shown["history"][0]["source"].as_str().unwrap();
    assert!(
        !source.contains("4711") && !source.contains("Zwaantje"),
        "{source}"
    );
    assert_eq!(state(&env, "4712", "photo-internal"), "granted");
    let log = env.ok(&["log", "--format", "json"]);
    assert!(!log.contains("Zwaantje") && !log.contains("4711"), "{log}");
    // A backup made after the purge holds nothing of them either.
    let backup = env.path("after.sqlite");
    env.ok(&["backup", backup.to_str().unwrap()]);
    assert!(!holds(&backup, "Zwaantje"));
    env.ok(&["check"]);
}

#[test]
fn an_erasure_shares_the_purge_and_leaves_no_byte_of_the_pupil() {
    let env = board();
    imports(&env, "magister.csv", MAGISTER.as_bytes(), &magister_maps());
    let id = env.ok(&[
        "request",
        "add",
        "erasure",
        "--pupil",
        "1003",
        "--by",
        "parent",
        "--received",
        "2026-11-20",
    ]);
    let id = id.trim();
    assert!(holds(&env.db, "Müller"));
    env.ok(&["pupil", "erase", "1003", "--request", id, "--yes"]);
    assert!(!holds(&env.db, "Müller"));
    assert!(!holds(&env.db, "2012-06-02"));
    assert_eq!(env.json(&["request", "show", id])["pupil"], Value::Null);
}

// ---------------------------------------------------------------- 6. dates

#[test]
fn flags_read_dates_as_the_import_does_and_years_stay_within_1900_to_2100() {
    let env = board();
    let file = "Stamnr;Roepnaam;Achternaam;Geb. datum;Locatie;Foto intern\n1001;Lieke;Smit;01-01-0000;34CD00;ja\n";
    let err = refused_import(&env, "magister.csv", file.as_bytes(), &magister_maps());
    assert!(
        err.contains("magister.csv line 2, column 4 (Geb. datum): '01-01-0000' is not a date"),
        "{err}"
    );
    imports(&env, "magister.csv", MAGISTER.as_bytes(), &magister_maps());
    env.ok(&[
        "consent",
        "set",
        "1001",
        "photo-website",
        "granted",
        "--on",
        "1-2-2026",
    ]);
    assert_eq!(
        env.json(&["consent", "show", "1001"])["history"][1]["date"],
        "2026-02-01"
    );
    env.ok(&["pupil", "leave", "1002", "--on", "01-02-2026"]);
    assert_eq!(
        env.json(&["pupil", "show", "1002"])["left_on"],
        "2026-02-01"
    );
    for bad in ["01-01-0000", "1899-12-31", "2101-01-01"] {
        let err = env.fails(&["pupil", "leave", "1001", "--on", bad]);
        assert!(err.contains("not a date"), "{bad}: {err}");
    }
    let err = env.fails(&[
        "breach",
        "add",
        "Oude map",
        "--discovered",
        "01-01-1850 10:00",
    ]);
    assert!(err.contains("is not a time between 1900 and 2100"), "{err}");
    let toml = env.path("old.toml");
    write(
        &toml,
        "[[supplier]]\nname = \"Oud\"\n\n[[supplier.agreement]]\nsigned_on = 1850-01-01\n",
    );
    assert!(
        env.refused(&["import", toml.to_str().unwrap()])
            .contains("not a date between 1900 and 2100")
    );
}

// ---------------------------------------------------------------- 7. a number that changes person

#[test]
fn a_number_that_changes_person_is_refused_naming_both() {
    let env = board();
    let lieke = "Stamnr;Roepnaam;Achternaam;Geb. datum;Locatie;Foto intern\n1001;Lieke;Smit;01-04-2017;34CD00;ja\n";
    imports(&env, "okt.csv", lieke.as_bytes(), &magister_maps());
    let daan = "Stamnr;Roepnaam;Achternaam;Geb. datum;Locatie;Foto intern\n1001;Daan;Vos;02-02-2018;34CD00;\n";
    let err = refused_import(&env, "nov.csv", daan.as_bytes(), &magister_maps());
    assert!(
        err.contains("nov.csv line 2: leerlingnummer 1001 was Lieke S. (2017-04-01), now Daan V. (2018-02-02)"),
        "{err}"
    );
    // A new name alone (a correction) or a corrected birth date alone is the same child.
    let renamed = "Stamnr;Roepnaam;Achternaam;Geb. datum;Locatie;Foto intern\n1001;Lieke;Smit-Bos;01-04-2017;34CD00;\n";
    imports(&env, "dec.csv", renamed.as_bytes(), &magister_maps());
    assert_eq!(state(&env, "1001", "photo-internal"), "granted");
    // A school that is not one of the register's: a file of another board.
    let other = "Stamnr;Roepnaam;Achternaam;Locatie\n9001;Eva;Bos;99ZZ00\n";
    let err = refused_import(&env, "other.csv", other.as_bytes(), &[]);
    assert!(
        err.contains("other.csv line 2, column 4 (Locatie): school '99ZZ00' is not one of the register's schools: 12AB00 (OBS De Regenboog), 34CD00 (Het Baken)"),
        "{err}"
    );
}

#[test]
fn a_pupil_who_moves_to_another_vestiging_of_the_brin_stays_one_pupil() {
    let env = TestEnv::new();
    let toml = env.path("schools.toml");
    write(
        &toml,
        "[[school]]\nbrin = \"12AB\"\nvestiging = \"00\"\nname = \"De Regenboog\"\n\n\
         [[school]]\nbrin = \"12AB\"\nvestiging = \"01\"\nname = \"De Regenboog, dependance\"\n\n\
         [[school]]\nbrin = \"34CD\"\nvestiging = \"00\"\nname = \"Het Baken\"\n",
    );
    env.ok(&["import", toml.to_str().unwrap()]);
    let header = "leerlingnummer;naam;groep;school;geboortedatum;photo-internal\n";
    imports(
        &env,
        "sept.csv",
        format!("{header}501;Sanne de Vries;5B;12AB00;01-03-2016;ja\n").as_bytes(),
        &["--on", "2026-09-01"],
    );
    env.ok(&[
        "consent",
        "set",
        "501",
        "photo-internal",
        "withdrawn",
        "--on",
        "2026-09-10",
    ]);
    // The dependance's export: the same administration, the same number, the same child.
    let stderr = imports(
        &env,
        "okt.csv",
        format!("{header}501;Sanne de Vries;6B;12AB01;01-03-2016;ja\n").as_bytes(),
        &["--on", "2026-10-01"],
    );
    assert!(stderr.contains("0 pupils added, 1 changed"), "{stderr}");
    let pupils = env.json(&["pupil", "list"]);
    assert_eq!(pupils.as_array().unwrap().len(), 1, "{pupils}");
    assert_eq!(pupils[0]["school"], "12AB01");
    // The withdrawal stands: the old "ja" of the administration overrules nothing.
    assert_eq!(state(&env, "501", "photo-internal"), "withdrawn");
    // Another BRIN is another administration: its 501 is another child.
    imports(
        &env,
        "baken.csv",
        format!("{header}501;Daan Vos;1A;34CD00;02-02-2012;ja\n").as_bytes(),
        &["--on", "2026-10-01"],
    );
    assert_eq!(env.json(&["pupil", "list"]).as_array().unwrap().len(), 2);
    // A sister vestiging's 502 with another name (and no birth date to tell) is another child:
    // it never takes over the first one's consent.
    imports(
        &env,
        "sept2.csv",
        format!("{header}502;Anna Smit;5B;12AB00;;ja\n").as_bytes(),
        &["--on", "2026-09-01"],
    );
    env.ok(&[
        "consent",
        "set",
        "502",
        "photo-internal",
        "withdrawn",
        "--on",
        "2026-09-10",
    ]);
    imports(
        &env,
        "dependance.csv",
        "leerlingnummer;naam;groep;school\n502;Bram Bos;3A;12AB01\n".as_bytes(),
        &["--on", "2026-10-01"],
    );
    assert_eq!(env.json(&["pupil", "list"]).as_array().unwrap().len(), 4);
    let anna = env.json(&["pupil", "show", "502", "--school", "12AB00"]);
    assert_eq!(anna["name"], "Anna Smit");
    let err = env.refused(&["consent", "check", "502", "photo-internal"]);
    assert!(err.contains("12AB00") && err.contains("12AB01"), "{err}");
}

// ---------------------------------------------------------------- 8, 9. headers and schools by name

#[test]
fn magister_headers_and_an_apostrophe_prefix_are_read() {
    let env = board();
    imports(&env, "magister.csv", &cp1252(MAGISTER), &magister_maps());
    assert_eq!(
        env.json(&["pupil", "show", "1002"]),
        json!({"leerlingnummer": "1002", "name": "Anna d'Hondt", "group": "2A", "school": "34CD00",
               "birth_date": "2012-05-15", "left_on": null})
    );
    assert_eq!(state(&env, "1002", "photo-internal"), "refused");
}

#[test]
fn a_school_is_known_by_its_name_and_an_unknown_one_is_refused_with_the_list() {
    let env = board();
    imports(
        &env,
        "parnassys.csv",
        PARNASSYS.as_bytes(),
        &[
            "--map",
            "Foto's nieuwsbrief=photo-internal",
            "--map",
            "Foto's website=photo-website",
        ],
    );
    assert_eq!(env.json(&["pupil", "show", "501"])["school"], "12AB00");
    assert_eq!(
        env.json(&["pupil", "show", "501"])["name"],
        "Sanne de Vries"
    );
    let typo = PARNASSYS.replace("OBS De Regenboog;ja;nee", "OBS De Regenbogen;ja;nee");
    let err = refused_import(&env, "typo.csv", typo.as_bytes(), &[]);
    assert!(
        err.contains("typo.csv line 2, column 7 (School): school 'OBS De Regenbogen' is not one of the register's schools: 12AB00 (OBS De Regenboog), 34CD00 (Het Baken)"),
        "{err}"
    );
    // A file without a school column takes --school, by name or BRIN.
    let plain = "Leerlingnummer;Roepnaam;Achternaam\n601;Eva;Bos\n";
    imports(
        &env,
        "plain.csv",
        plain.as_bytes(),
        &["--school", "het baken"],
    );
    assert_eq!(env.json(&["pupil", "show", "601"])["school"], "34CD00");
    let err = refused_import(
        &env,
        "plain.csv",
        plain.as_bytes(),
        &["--school", "Nergens"],
    );
    assert!(
        err.contains("--school: school 'Nergens' is not one of"),
        "{err}"
    );
}

// ---------------------------------------------------------------- 10. numbers only, stdin, ignored columns

#[test]
fn a_file_of_numbers_and_consent_updates_known_pupils_and_refuses_unknown_ones() {
    let env = board();
    imports(&env, "magister.csv", MAGISTER.as_bytes(), &magister_maps());
    let consent = "Stamnr;Foto intern\n1001;nee\n1002;nee\n";
    imports(&env, "consent.csv", consent.as_bytes(), &magister_maps());
    assert_eq!(state(&env, "1001", "photo-internal"), "withdrawn");
    assert_eq!(env.json(&["pupil", "show", "1001"])["name"], "Lieke Smit");
    let unknown = "Stamnr;Foto intern\n1001;ja\n7777;ja\n";
    let err = refused_import(&env, "unknown.csv", unknown.as_bytes(), &magister_maps());
    assert!(
        err.contains(
            "unknown.csv line 3: pupil 7777 is not in the register, and the file has no name column"
        ),
        "{err}"
    );
}

#[test]
fn a_dash_reads_standard_input() {
    let env = board();
    let mut child = env
        .bare_cmd()
        .args([
            "pupil",
            "import",
            "-",
            "--map",
            "Foto intern=photo-internal",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&cp1252(MAGISTER))
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.json(&["pupil", "show", "1003"])["name"], "José Müller");
    assert_eq!(state(&env, "1001", "photo-internal"), "granted");
}

#[test]
fn a_file_whose_every_consent_column_is_ignored_says_so() {
    let env = board();
    let stderr = imports(&env, "magister.csv", MAGISTER.as_bytes(), &[]);
    assert!(
        stderr.contains("no column of the file is a consent purpose, so no decision is read (ignored: Foto intern, Opmerking)"),
        "{stderr}"
    );
    let stderr = imports(&env, "magister.csv", MAGISTER.as_bytes(), &magister_maps());
    assert!(
        !stderr.contains("no column of the file is a consent purpose"),
        "{stderr}"
    );
}

// ---------------------------------------------------------------- 11. saved mappings

#[test]
fn a_saved_mapping_makes_a_routine_import_need_no_flags_and_travels_in_export_toml() {
    let env = board();
    let maps = [
        "--map",
        "Toestemming beeldmateriaal intern=photo-internal",
        "--map",
        "Vestiging=school",
    ];
    let mut args = maps.to_vec();
    args.extend(["--save-map", "somtoday", "--dry-run"]);
    imports(&env, "somtoday.csv", SOMTODAY.as_bytes(), &args);
    assert!(
        env.refused(&["pupil", "import", "somtoday.csv", "--profile", "somtoday"])
            .contains("--profile somtoday: no such saved mapping (none is saved)"),
        "a dry run saves no profile"
    );
    let mut args = maps.to_vec();
    args.extend(["--save-map", "somtoday"]);
    imports(&env, "somtoday.csv", SOMTODAY.as_bytes(), &args);
    let next = SOMTODAY.replace("3H,34CD00,nee", "3H,34CD00,ja");
    imports(
        &env,
        "somtoday.csv",
        next.as_bytes(),
        &["--profile", "somtoday"],
    );
    assert_eq!(state(&env, "2002", "photo-internal"), "granted");
    let toml = env.ok(&["export", "toml"]);
    assert!(
        toml.ends_with(
            "[[import_profile]]\nname = \"somtoday\"\nmap = [\"Toestemming beeldmateriaal intern=photo-internal\", \"Vestiging=school\"]\n"
        ),
        "{toml}"
    );
    // Another register takes the profile from the TOML file.
    let other = TestEnv::new();
    let file = other.path("register.toml");
    write(&file, &toml);
    other.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(other.ok(&["export", "toml"]), toml);
    let err = env.refused(&["pupil", "import", "somtoday.csv", "--profile", "magister"]);
    assert!(
        err.contains("--profile magister: no such saved mapping (saved: somtoday)"),
        "{err}"
    );
    let err = refused_import(
        &env,
        "somtoday.csv",
        SOMTODAY.as_bytes(),
        &["--save-map", "Mijn Profiel"],
    );
    assert!(err.contains("not a profile name"), "{err}");
}

// ---------------------------------------------------------------- 12. complete exports

#[test]
fn a_complete_export_marks_the_missing_pupils_of_that_school_as_left() {
    let env = board();
    // October's exports; the complete one of 1 November is later.
    let mut october = magister_maps();
    october.extend(["--on", "2026-10-01"]);
    imports(&env, "magister.csv", MAGISTER.as_bytes(), &october);
    imports(
        &env,
        "parnassys.csv",
        PARNASSYS.as_bytes(),
        &[
            "--map",
            "Foto's nieuwsbrief=photo-internal",
            "--map",
            "Foto's website=photo-website",
            "--on",
            "2026-10-01",
        ],
    );
    let without_1002 = MAGISTER.replace("1002;Anna;d';Hondt;15-5-2012;2A;34CD00;nee;\n", "");
    let flags = [
        "--map",
        "Foto intern=photo-internal",
        "--complete",
        "--on",
        "2026-11-01",
    ];
    let mut dry = flags.to_vec();
    dry.push("--dry-run");
    let stderr = imports(&env, "magister.csv", without_1002.as_bytes(), &dry);
    assert!(
        stderr.starts_with("leave 1002 (34CD00): not in the complete file, left on 2026-11-01\n"),
        "{stderr}"
    );
    assert_eq!(env.json(&["pupil", "show", "1002"])["left_on"], Value::Null);
    let report = {
        let file = env.path("magister.csv");
        let mut args = vec!["pupil", "import", file.to_str().unwrap()];
        args.extend(flags);
        env.json(&args)
    };
    assert_eq!(report["pupils_left"], json!(["1002"]));
    assert_eq!(
        env.json(&["pupil", "show", "1002"])["left_on"],
        "2026-11-01"
    );
    // The other school's pupils are not in this file, and stay.
    assert_eq!(env.json(&["pupil", "show", "501"])["left_on"], Value::Null);
    // Without a school column, a register of two schools needs --school.
    let plain = "Stamnr;Roepnaam;Achternaam\n1001;Lieke;Smit\n";
    let err = refused_import(&env, "plain.csv", plain.as_bytes(), &["--complete"]);
    assert!(
        err.contains("say which school the file is with --school"),
        "{err}"
    );
}

// ---------------------------------------------------------------- 13. the yearly re-ask

fn stale(env: &TestEnv) -> Vec<String> {
    env.json(&["audit", "--fail-on", "never"])["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "consent-stale")
        .map(|f| f["message"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_reconfirmed_export_ends_stale_consent_without_overruling_a_later_decision() {
    let env = board();
    imports(
        &env,
        "2025.csv",
        MAGISTER.as_bytes(),
        &["--map", "Foto intern=photo-internal", "--on", "2025-09-01"],
    );
    let before =
        ["3 decisions for photo-internal date from before this school year (began 2026-08-01)"];
    assert_eq!(stale(&env), before);
    // After the 2025 export, a parent withdrew for 1003.
    env.ok(&[
        "consent",
        "set",
        "1003",
        "photo-internal",
        "withdrawn",
        "--on",
        "2025-10-01",
    ]);
    // This year's answers say the same as last year's file.
    let flags = ["--map", "Foto intern=photo-internal", "--on", "2026-09-15"];
    let stderr = imports(&env, "2026.csv", MAGISTER.as_bytes(), &flags);
    assert!(stderr.contains("0 consent decisions recorded"), "{stderr}");
    assert_eq!(stale(&env), before, "without --reconfirm nothing changes");
    let mut reconfirm = flags.to_vec();
    reconfirm.push("--reconfirm");
    let stderr = imports(&env, "2026.csv", MAGISTER.as_bytes(), &reconfirm);
    assert!(
        stderr.contains("0 consent decisions recorded, 2 re-confirmed, 1 kept"),
        "{stderr}"
    );
    // Only the withdrawal of last year is left from before this school year.
    assert_eq!(
        stale(&env),
        ["1 decision for photo-internal date from before this school year (began 2026-08-01)"]
    );
    // The same re-confirmation again is no second renewed decision.
    let stderr = imports(&env, "2026.csv", MAGISTER.as_bytes(), &reconfirm);
    assert!(
        stderr.contains("0 consent decisions recorded, 0 re-confirmed"),
        "{stderr}"
    );
    let history = env.json(&["consent", "show", "1001"])["history"].clone();
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(history[1]["date"], "2026-09-15");
    assert_eq!(history[1]["decision"], "granted");
    // The withdrawal recorded after the 2025 file stands.
    assert_eq!(state(&env, "1003", "photo-internal"), "withdrawn");
}

// ---------------------------------------------------------------- 3. numbers unique per school

#[test]
fn pupil_numbers_of_two_administrations_are_two_pupils() {
    let env = board();
    // Magister at Het Baken has 1001 Lieke; ParnasSys at De Regenboog has its own 1001.
    imports(&env, "magister.csv", &cp1252(MAGISTER), &magister_maps());
    let parnassys = "Leerlingnummer;Achternaam;Roepnaam;Geboortedatum;Groep;School;Foto's nieuwsbrief\n\
1001;Bos;Eva;03-03-2017;3A;OBS De Regenboog;nee\n";
    let flags = ["--map", "Foto's nieuwsbrief=photo-internal"];
    let mut dry = flags.to_vec();
    dry.push("--dry-run");
    let stderr = imports(&env, "parnassys.csv", parnassys.as_bytes(), &dry);
    assert!(stderr.contains("1 pupil added, 0 changed"), "{stderr}");
    imports(&env, "parnassys.csv", parnassys.as_bytes(), &flags);

    let err = env.refused(&["pupil", "show", "1001"]);
    assert!(
        err.contains("leerlingnummer 1001 is a pupil at 2 schools: 12AB00 (OBS De Regenboog), 34CD00 (Het Baken); say which with --school"),
        "{err}"
    );
    let lieke = env.json(&["pupil", "show", "1001", "--school", "34CD00"]);
    assert_eq!(
        (&lieke["name"], &lieke["birth_date"]),
        (&json!("Lieke Smit"), &json!("2012-04-01"))
    );
    assert_eq!(
        env.json(&["pupil", "show", "1001", "--school", "obs de regenboog"])["name"],
        "Eva Bos"
    );
    let state_at = |school: &str| {
        env.json(&["consent", "show", "1001", "--school", school])["current"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["purpose"] == "photo-internal")
            .map(|c| c["state"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(state_at("34CD00"), "granted");
    assert_eq!(state_at("12AB00"), "refused");
    assert_eq!(
        env.code(&[
            "consent",
            "check",
            "1001",
            "photo-internal",
            "--school",
            "Het Baken"
        ]),
        Some(0)
    );
    assert!(
        env.refused(&["consent", "check", "1001", "photo-internal"])
            .contains("say which with --school")
    );

    // A file without a school column must say which school it is.
    let numbers = "Leerlingnummer;Foto's nieuwsbrief\n1001;ja\n";
    let err = refused_import(&env, "numbers.csv", numbers.as_bytes(), &flags);
    assert!(
        err.contains("numbers.csv line 2: leerlingnummer 1001 is a pupil at 2 schools: 12AB00 (OBS De Regenboog), 34CD00 (Het Baken)"),
        "{err}"
    );
    let mut at_regenboog = flags.to_vec();
    at_regenboog.extend(["--school", "12AB00"]);
    imports(&env, "numbers.csv", numbers.as_bytes(), &at_regenboog);
    assert_eq!(state_at("12AB00"), "granted");
    assert_eq!(
        env.json(&["pupil", "show", "1001", "--school", "34CD00"])["name"],
        "Lieke Smit"
    );

    // Commands that take a pupil number take --school.
    env.ok(&[
        "pupil",
        "leave",
        "1001",
        "--school",
        "12AB00",
        "--on",
        "2026-11-01",
    ]);
    assert_eq!(
        env.json(&["pupil", "show", "1001", "--school", "34CD00"])["left_on"],
        Value::Null
    );
    let id = env.ok(&[
        "request",
        "add",
        "erasure",
        "--pupil",
        "1001",
        "--school",
        "12AB00",
        "--by",
        "parent",
        "--received",
        "2026-11-20",
    ]);
    env.ok(&[
        "pupil",
        "erase",
        "1001",
        "--school",
        "12AB00",
        "--request",
        id.trim(),
        "--yes",
    ]);
    assert_eq!(env.json(&["pupil", "show", "1001"])["name"], "Lieke Smit");
    assert_eq!(state(&env, "1001", "photo-internal"), "granted");
}

// ---------------------------------------------------------------- speed

#[test]
fn a_board_export_of_2400_pupils_at_two_schools_in_windows_1252_imports_quickly() {
    let env = board();
    let mut text = String::from(
        "Stamnr;Roepnaam;Tussenv.;Achternaam;Geb. datum;Klas;Locatie;Foto intern;Opmerking\r\n",
    );
    for i in 0..2400 {
        // Each number at both schools, as two administrations number their pupils.
        let school = if i % 2 == 0 {
            "OBS De Regenboog"
        } else {
            "34CD00"
        };
        let answer = if i % 3 == 0 { "nee" } else { "ja" };
        text.push_str(&format!(
            "{};José{i};van;Müller{i};{}-{}-2012;{}B;{school};{answer};\r\n",
            1000 + i / 2,
            1 + i % 28,
            1 + i % 12,
            1 + i % 6
        ));
    }
    let bytes = cp1252(&text);
    let started = std::time::Instant::now();
    let stderr = imports(&env, "board.csv", &bytes, &magister_maps());
    let took = started.elapsed();
    assert!(stderr.contains("2400 pupils added"), "{stderr}");
    assert!(
        stderr.contains("2400 consent decisions recorded"),
        "{stderr}"
    );
    assert_eq!(
        env.json(&["pupil", "show", "1000", "--school", "34CD00"])["name"],
        "José1 van Müller1"
    );
    // Measured at about 0.2 s in a debug build; the bound leaves room for a busy machine.
    assert!(took.as_secs_f64() < 5.0, "the import took {took:?}");
}

/// A saved audit run kept the number of a pupil purged since ("pupil 1002 is 16 or older and
/// decides alone ..."), and so did the acceptance of that finding and its log entry.
#[test]
fn a_purge_takes_the_pupil_s_number_out_of_saved_audit_runs_and_acceptances() {
    let env = TestEnv::new();
    let file = env.path("leerlingen.csv");
    write(
        &file,
        "leerlingnummer;naam;groep;geboortedatum\n1002;Zoe Berg;4H;2010-09-15\n",
    );
    env.ok(&[
        "pupil",
        "import",
        file.to_str().unwrap(),
        "--on",
        "2026-06-01",
    ]);
    env.ok(&[
        "consent",
        "set",
        "1002",
        "photo-website",
        "granted",
        "--by",
        "parent",
        "--form",
        "written",
        "--on",
        "2026-06-01",
    ]);
    env.code(&["audit", "--save", "--fail-on", "never"]);
    let saved = env.ok(&["audit", "history", "show", "1", "--format", "json"]);
    assert!(saved.contains("\"subject_id\": \"1002\""), "{saved}");
    env.ok(&[
        "audit",
        "accept",
        "consent-turned-16",
        "pupil:1002",
        "--reason",
        "asked the pupil",
        "--until",
        "2026-12-31",
    ]);
    // A run saved while the finding was accepted carries the officer's reason with it.
    env.code(&["audit", "--save", "--fail-on", "never"]);
    let saved = env.ok(&["audit", "history", "show", "2", "--format", "json"]);
    assert!(saved.contains("asked the pupil"), "{saved}");
    env.ok(&["pupil", "leave", "1002", "--on", "2026-11-01"]);
    env.ok(&["pupil", "purge", "--left-before", "2026-11-02", "--yes"]);
    let saved = env.json(&["audit", "history", "show", "1"]);
    let text = saved.to_string();
    assert!(!text.contains("1002"), "{text}");
    let finding = saved["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "consent-turned-16")
        .unwrap();
    assert_eq!(finding["subject_id"], "(removed)", "{finding}");
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .starts_with("pupil (removed) is 16 or older"),
        "{finding}"
    );
    let second = env.json(&["audit", "history", "show", "2"]).to_string();
    assert!(
        !second.contains("1002") && !second.contains("asked the pupil"),
        "{second}"
    );
    assert_eq!(env.json(&["audit", "accepted"]), json!([]));
    let log = env.ok(&["log", "--format", "json"]);
    assert!(!log.contains("1002"), "{log}");
    assert!(!holds(&env.db, "pupil:1002"));
    env.ok(&["check"]);
}

#[test]
fn a_purge_stopped_before_the_file_was_rebuilt_is_finished_by_the_next_command() {
    let env = board();
    let family = "Stamnr;Roepnaam;Achternaam;Geb. datum;Locatie;Foto intern\n\
4711;Zwaantje;Quispel;17-04-2009;34CD00;ja\n";
    imports(&env, "leerlingen.csv", family.as_bytes(), &magister_maps());
    // The removing transaction marks the file as waiting for its rebuild: committed and
    // stopped there (the library's own steps, without the rebuild the command runs next).
    {
        let store = verwerkersregister::store::Store::open(&env.db, "test").unwrap();
        let tx = store.write().unwrap();
        assert!(
            tx.delete_pupil(
                "4711",
                chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
            )
            .unwrap()
        );
        tx.commit().unwrap();
        assert!(store.reclaim_pending());
    }
    // The name of a pupil removed then is still in free space (deleted without overwriting,
    // as a page split of an earlier import leaves it).
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch(
            "PRAGMA secure_delete = OFF;
             INSERT INTO pupil (leerlingnummer, name) VALUES ('9999', 'Quirijntje Stroosnijder');
             DELETE FROM pupil WHERE leerlingnummer = '9999';",
        )
        .unwrap();
    }
    assert!(holds(&env.db, "Quirijntje"));
    // `check` looks at the file as it is, and says so.
    let (_, report) = env.check_report();
    assert!(
        report["warnings"]
            .to_string()
            .contains("a purge or erasure is not finished"),
        "{report}"
    );
    assert!(holds(&env.db, "Quirijntje"));
    // Any other command, a reading one too, finishes the rebuild before it reads or copies
    // the file.
    let backup = env.path("after.sqlite");
    env.ok(&["backup", backup.to_str().unwrap()]);
    assert!(
        !holds(&env.db, "Quirijntje"),
        "the register still holds the name"
    );
    assert!(!holds(&backup, "Quirijntje"), "the backup holds the name");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let pending: i64 = conn
        .query_row("SELECT count(*) FROM reclaim_pending", [], |r| r.get(0))
        .unwrap();
    assert_eq!(pending, 0);
}
