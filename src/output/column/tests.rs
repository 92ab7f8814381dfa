//! Column names and values in both languages: every name a table can show has its Dutch, and
//! every enumeration column labels each of its codes one way.

use std::collections::BTreeSet;

use super::*;

/// The string literals of `source` between each `opening` and the `closing` after it.
fn literals_after(source: &str, opening: &str, closing: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in source.match_indices(opening) {
        let rest = &source[at + opening.len()..];
        let block = &rest[..rest.find(closing).unwrap_or(rest.len())];
        found.extend(block.split('"').skip(1).step_by(2).map(str::to_string));
    }
    found
}

/// Every column name the code gives a table: the `HEADERS` of every `Row`, the headers of
/// tables laid out by hand, and the counts of a summary over several registers.
fn column_names_in_code() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut paths = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = paths.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                paths.push(entry.unwrap().path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("column/tests.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        names.extend(literals_after(
            &source,
            "const HEADERS: &'static [&'static str] = &[",
            "];",
        ));
        names.extend(literals_after(&source, "headers: &[", "]"));
        names.extend(literals_after(
            &source,
            "let mut headers: Vec<&str> = vec![",
            "]",
        ));
        names.extend(literals_after(&source, "headers.push(", ")"));
        names.extend(
            literals_after(&source, "counts: vec![", "],")
                .into_iter()
                .filter(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '_')),
        );
    }
    names
}

/// The keys docs/glossary.md names: the first column of its tables.
fn glossary_keys() -> BTreeSet<String> {
    let glossary = include_str!("../../../docs/glossary.md");
    glossary
        .lines()
        .filter(|l| l.starts_with("| `"))
        .filter_map(|l| l.split('|').nth(1))
        .flat_map(|cell| cell.split('`').skip(1).step_by(2).map(str::to_string))
        .collect()
}

#[test]
fn every_column_name_of_the_code_and_the_glossary_has_its_dutch() {
    let code = column_names_in_code();
    // The scan finds the tables it should: a Row's, one laid out by hand, a summary's counts.
    for name in [
        "convenant_checked_on",
        "settle_with",
        "exit_code",
        "upcoming",
    ] {
        assert!(code.contains(name), "the scan missed {name}: {code:?}");
    }
    let glossary = glossary_keys();
    assert!(glossary.len() > 200, "{glossary:?}");
    let mut missing = Vec::new();
    for name in code.iter().chain(&glossary) {
        let id = format!("table-column-{name}");
        match i18n::lookup_in(Lang::Nl, &id) {
            Some(dutch) if !dutch.trim().is_empty() => {}
            _ => missing.push(name.clone()),
        }
        // The English catalogue says what an English table shows: the name with spaces.
        if let Some(english) = i18n::lookup_in(Lang::En, &id) {
            assert_eq!(english, spaced(name), "{id}");
        }
    }
    assert!(
        missing.is_empty(),
        "columns with no Dutch name: {missing:?}"
    );
    // Every column whose values a Dutch table labels is a column of the vocabulary.
    for (name, _) in VALUES {
        assert!(
            glossary.contains(*name),
            "{name} is not in docs/glossary.md"
        );
    }
}

#[test]
fn a_header_is_the_spaced_name_in_english_and_the_catalogues_in_dutch() {
    assert_eq!(header_in(Lang::En, "signed_on"), "signed on");
    assert_eq!(header_in(Lang::Nl, "signed_on"), "getekend op");
    assert_eq!(
        header_in(Lang::Nl, "breach_notice_hours"),
        "meldtermijn datalek in uren"
    );
    // A numbered purpose of `consent matrix` is its number in either language.
    assert_eq!(header_in(Lang::Nl, "3"), "3");
    assert_eq!(header_in(Lang::En, "3"), "3");
}

#[test]
fn a_dutch_table_shows_labels_and_an_english_one_codes() {
    assert_eq!(value_in(Lang::En, "severity", "error"), "error");
    assert_eq!(value_in(Lang::Nl, "severity", "error"), "fout");
    assert_eq!(
        value_in(Lang::Nl, "status", "expiring"),
        "verloopt binnenkort"
    );
    assert_eq!(
        value_in(Lang::Nl, "status", "answered_late"),
        "te laat beantwoord"
    );
    assert_eq!(value_in(Lang::Nl, "status", "closed"), "afgesloten");
    assert_eq!(value_in(Lang::Nl, "kind", "erasure"), "verwijdering");
    assert_eq!(value_in(Lang::Nl, "kind", "care"), "zorg");
    assert_eq!(value_in(Lang::Nl, "role", "processor"), "verwerker");
    // A list of codes, item by item; a code with its note keeps the note.
    assert_eq!(
        value_in(Lang::Nl, "kinds", "confidentiality; availability"),
        "vertrouwelijkheid; beschikbaarheid"
    );
    assert_eq!(
        value_in(Lang::Nl, "given_by", "parent (ouder 2)"),
        "ouder (ouder 2)"
    );
    assert_eq!(
        value_in(Lang::En, "given_by", "parent (ouder 2)"),
        "parent (ouder 2)"
    );
    // Yes and no, as booleans and as words.
    assert_eq!(value_in(Lang::Nl, "special", "true"), "ja");
    assert_eq!(value_in(Lang::Nl, "counts", "no"), "nee");
    assert_eq!(value_in(Lang::En, "special", "true"), "true");
    // What is not a code of the column stays as it is: a breach's number of people, a data
    // category (an identifier), a column of free text, an empty cell.
    assert_eq!(value_in(Lang::Nl, "subjects", "120"), "120");
    assert_eq!(
        value_in(Lang::Nl, "subjects", "pupils; staff"),
        "leerlingen; medewerkers"
    );
    assert_eq!(
        value_in(Lang::Nl, "categories", "health; bsn"),
        "health; bsn"
    );
    assert_eq!(value_in(Lang::Nl, "name", "error"), "error");
    assert_eq!(value_in(Lang::Nl, "status", ""), "");
    assert!(is_enumeration("status"));
    assert!(!is_enumeration("special"));
    assert!(!is_enumeration("name"));
}

/// The codes of the enumerations that share a column.
fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| code(*v)).collect()
}

#[test]
fn a_code_shared_by_two_enumerations_of_a_column_has_one_label() {
    let request_status = ["open", "overdue", "answered_on_time", "answered_late"];
    let shared: [(&str, Vec<&str>); 2] = [
        (
            "status",
            [
                codes(agreement::Status::ALL, agreement::Status::code),
                request_status.to_vec(),
                vec!["open", "closed"],
                codes(deadline::State::ALL, deadline::State::code),
            ]
            .concat(),
        ),
        (
            "kind",
            [
                codes(party::Kind::ALL, party::Kind::code),
                codes(request::Kind::ALL, request::Kind::code),
                codes(deadline::Kind::ALL, deadline::Kind::code),
            ]
            .concat(),
        ),
    ];
    for (column, codes) in shared {
        let Some(Values::Codes(labels)) = values(column) else {
            panic!("{column} is not an enumeration column")
        };
        for code in codes {
            let given: BTreeSet<&str> = labels.iter().filter_map(|l| l(code)).collect();
            assert_eq!(given.len(), 1, "{column} = {code}: {given:?}");
        }
    }
    // Every request status has its label.
    for code in request_status {
        assert!(super::request_status(code).is_some(), "{code}");
    }
}
