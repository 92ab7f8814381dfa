//! The catalogue is whole: every message in both languages, with the same attributes and the
//! same values, and every id the code asks for is there.

use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// A message as written in a file: its attributes and the values it uses.
#[derive(Debug, Default, PartialEq)]
struct Entry {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

/// The messages of one `.ftl` file by id. Comments and terms are passed over.
fn entries(source: &str) -> BTreeMap<String, Entry> {
    let mut found: BTreeMap<String, Entry> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            let id = line.split('=').next().unwrap_or("").trim().to_string();
            assert!(!found.contains_key(&id), "{id} is in the same file twice");
            found.insert(id.clone(), Entry::default());
            current = Some(id);
        } else if let Some(attribute) = line.trim_start().strip_prefix('.')
            && let Some(id) = &current
        {
            let name = attribute.split('=').next().unwrap_or("").trim().to_string();
            found.get_mut(id).map(|e| e.attributes.insert(name));
        }
        if let Some(id) = &current {
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                let name: String = rest[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                found.get_mut(id).map(|e| e.variables.insert(name));
                rest = &rest[at + 1..];
            }
        }
    }
    found
}

#[test]
fn every_message_is_in_both_languages_with_the_same_values() {
    for (area, en, nl) in AREAS {
        let (en, nl) = (entries(en), entries(nl));
        for (id, entry) in &en {
            assert!(
                id.starts_with(&format!("{area}-")),
                "{id} is not in area {area}"
            );
            let Some(dutch) = nl.get(id) else {
                panic!("{id} has no Dutch (locales/nl/{area}.ftl)")
            };
            assert_eq!(
                entry, dutch,
                "{id}: attributes or values differ between en and nl"
            );
        }
        for id in nl.keys() {
            // The Dutch of each command's help has its English in the doc comments: help/tests.rs
            // holds it to the command tree.
            if *area == "help" && !en.contains_key(id) {
                continue;
            }
            assert!(
                en.contains_key(id),
                "{id} has no English (locales/en/{area}.ftl)"
            );
        }
    }
}

#[test]
fn every_file_parses() {
    for (area, en, nl) in AREAS {
        for (lang, source) in [("en", en), ("nl", nl)] {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("locales/{lang}/{area}.ftl: {errors:?}");
            }
        }
    }
}

/// Every `tr!("id"` and `text!("id"` in the source names a message that is there.
#[test]
fn every_id_the_code_asks_for_is_there() {
    let mut missing = Vec::new();
    let mut files = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = files.pop() {
        // The catalogue's own module speaks of the macros, not through them.
        if path.ends_with("i18n") {
            continue;
        }
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                files.push(entry.unwrap().path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for opening in ["tr!(\"", "text!(\""] {
            for (at, _) in source.match_indices(opening) {
                // `include_str!("` is not `tr!("`.
                let before = source[..at].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                let rest = &source[at + opening.len()..];
                let id = rest.split('"').next().unwrap_or_default();
                if lookup_in(Lang::En, id).is_none() && !has_message(id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "ids with no message: {missing:#?}");
}

fn has_message(id: &str) -> bool {
    bundle(Lang::En, id).is_some_and(|b| b.has_message(id))
}

#[test]
fn values_are_put_in_without_isolation_marks_and_numbers_choose_the_plural() {
    assert_eq!(
        message_in(
            Lang::En,
            "audit-summary-line",
            &[
                ("as_of", Arg::from("2026-08-01")),
                ("error", Arg::from(1)),
                ("warning", Arg::from(2)),
                ("info", Arg::from(0)),
            ]
        ),
        "audit of 2026-08-01: 1 error, 2 warnings, 0 info"
    );
    assert_eq!(
        message_in(
            Lang::Nl,
            "audit-summary-line",
            &[
                ("as_of", Arg::from("2026-08-01")),
                ("error", Arg::from(1)),
                ("warning", Arg::from(2)),
                ("info", Arg::from(0)),
            ]
        ),
        "controle 2026-08-01: 1 fout, 2 waarschuwingen, 0 ter info"
    );
}

#[test]
fn the_locale_chooses_the_language_as_posix_orders_it() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(
        Lang::detect(None, env(&[("LANG", "nl_NL.UTF-8")])),
        Lang::Nl
    );
    assert_eq!(Lang::detect(None, env(&[("LANG", "nl_BE")])), Lang::Nl);
    assert_eq!(Lang::detect(None, env(&[("LANG", "C")])), Lang::En);
    assert_eq!(Lang::detect(None, env(&[])), Lang::En);
    // LC_ALL over LC_MESSAGES over LANG; an empty one does not count.
    assert_eq!(
        Lang::detect(None, env(&[("LC_ALL", "C"), ("LANG", "nl_NL.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::detect(
            None,
            env(&[("LC_ALL", ""), ("LC_MESSAGES", "nl_NL"), ("LANG", "C")])
        ),
        Lang::Nl
    );
    // --lang over everything.
    assert_eq!(
        Lang::detect(Some(Lang::En), env(&[("LC_ALL", "nl_NL.UTF-8")])),
        Lang::En
    );
    assert_eq!(Lang::of_locale("nld"), Lang::En);
    assert_eq!(Lang::of_locale("NL_nl"), Lang::Nl);
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        Lang::from_args(&args(&["vreg", "--lang", "nl"])),
        Some(Lang::Nl)
    );
    assert_eq!(
        Lang::from_args(&args(&["vreg", "--lang=en"])),
        Some(Lang::En)
    );
    assert_eq!(Lang::from_args(&args(&["vreg", "--lang"])), None);
}

/// A Dutch message that shows a command names the value of a flag in Dutch (`--reason TEKST`,
/// `--on DATUM`), as every Dutch hint does: the English placeholder of the English message is
/// never left in it.
#[test]
fn dutch_commands_name_their_values_in_dutch() {
    const ENGLISH: &[&str] = &[
        "TEXT", "TIME", "DATE", "REF", "PATH", "FILE", "DIR", "HEADER", "OUTCOME", "NUMBER",
    ];
    for (area, _, nl) in AREAS {
        for line in nl.lines().filter(|l| !l.starts_with('#')) {
            for (at, _) in line.match_indices(" --") {
                let mut words = line[at + 3..].split([' ', '`', ')', ';']);
                let _flag = words.next();
                let value = words.next().unwrap_or("");
                let value = value.split('=').next().unwrap_or("");
                assert!(
                    !ENGLISH.contains(&value),
                    "locales/nl/{area}.ftl: {value} in Dutch: {line}"
                );
            }
        }
    }
}
