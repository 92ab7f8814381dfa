//! The Dutch help is whole: every command and argument that has help in English has it in
//! Dutch, every Dutch entry names a command or argument that is there, and the tree in Dutch
//! shows none of clap's English words.

use std::collections::BTreeSet;

use super::*;

const DUTCH: &str = include_str!("../../../locales/nl/help.ftl");
const ENGLISH: &str = include_str!("../../../locales/en/help.ftl");

/// Every visible command of the tree with its path (`supplier add`; empty for the top).
fn commands() -> Vec<(String, Command)> {
    fn walk(cmd: &Command, path: &str, found: &mut Vec<(String, Command)>) {
        found.push((path.to_string(), cmd.clone()));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, format!("{path} {}", sub.get_name()).trim(), found);
        }
    }
    let mut found = Vec::new();
    walk(&crate::cli::command(), "", &mut found);
    found
}

/// The arguments a command's help shows as its own (the global options only at the top).
fn own_args(cmd: &Command, path: &str) -> Vec<Arg> {
    cmd.get_arguments()
        .filter(|a| !a.is_hide_set() && (path.is_empty() || !a.is_global_set()))
        .cloned()
        .collect()
}

/// The messages of a Fluent file with their attributes' names.
fn messages(source: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut found: Vec<(String, BTreeSet<String>)> = Vec::new();
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            let id = line.split('=').next().unwrap_or("").trim();
            found.push((id.to_string(), BTreeSet::new()));
        } else if let Some(attribute) = line.strip_prefix("    .")
            && let Some((name, _)) = attribute.split_once(" =")
            && let Some((_, attributes)) = found.last_mut()
        {
            attributes.insert(name.to_string());
        }
    }
    found
}

#[test]
fn every_command_and_argument_with_help_has_its_dutch() {
    let mut missing = Vec::new();
    for (path, cmd) in commands() {
        let key = key(&path);
        if lookup_in(Lang::Nl, &key).is_none() {
            missing.push(format!("{key} (the about of `{path}`)"));
        }
        let has = |attribute: &str| attribute_in(Lang::Nl, &key, attribute).is_some();
        if cmd.get_long_about().is_some() && !has("long-about") {
            missing.push(format!("{key}.long-about"));
        }
        if let Some(after) = cmd.get_after_help().map(|s| s.to_string())
            && !is_examples_only(&after)
            && !has("after-help")
        {
            missing.push(format!("{key}.after-help"));
        }
        for arg in own_args(&cmd, &path) {
            let id = arg.get_id().as_str();
            if arg.get_help().is_some() && !has(id) {
                missing.push(format!("{key}.{id}"));
            }
            if arg.get_long_help().is_some() && !has(&format!("{id}-long")) {
                missing.push(format!("{key}.{id}-long"));
            }
            for value in arg
                .get_value_parser()
                .possible_values()
                .into_iter()
                .flatten()
            {
                let attribute = format!("{id}-value-{}", value.get_name());
                if value.get_help().is_some() && !has(&attribute) {
                    missing.push(format!("{key}.{attribute}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no Dutch help for: {missing:#?}");
}

#[test]
fn every_dutch_entry_names_a_command_or_argument_that_is_there() {
    let english: BTreeSet<String> = messages(ENGLISH).into_iter().map(|(id, _)| id).collect();
    let tree = commands();
    let mut unknown = Vec::new();
    for (id, attributes) in messages(DUTCH) {
        if english.contains(&id) {
            continue;
        }
        let Some((path, cmd)) = tree.iter().find(|(path, _)| key(path) == id) else {
            unknown.push(format!("{id}: no such command"));
            continue;
        };
        let args = own_args(cmd, path);
        for attribute in attributes {
            let known = match attribute.as_str() {
                "long-about" => cmd.get_long_about().is_some(),
                "after-help" => cmd.get_after_help().is_some(),
                name => args.iter().any(|arg| {
                    let id = arg.get_id().as_str();
                    name == id
                        || name == format!("{id}-long")
                        || name.strip_prefix(&format!("{id}-value-")).is_some_and(|v| {
                            arg.get_value_parser()
                                .possible_values()
                                .into_iter()
                                .flatten()
                                .any(|p| p.get_name() == v)
                        })
                }),
            };
            if !known {
                unknown.push(format!("{id}.{attribute}"));
            }
        }
    }
    assert!(unknown.is_empty(), "Dutch help for nothing: {unknown:#?}");
}

/// A Dutch after-help keeps the English one's lines: the same command lines (a `# comment`
/// after one is put in Dutch), so that the examples `help_examples` runs are the ones shown.
#[test]
fn dutch_examples_are_the_english_command_lines() {
    let command_line = |line: &str| {
        line.starts_with("  ")
            .then(|| {
                line.split("    #")
                    .next()
                    .unwrap_or(line)
                    .trim_end()
                    .to_string()
            })
            .filter(|l| l.contains("vreg"))
    };
    for (path, cmd) in commands() {
        let Some(english) = cmd.get_after_help().map(|s| s.to_string()) else {
            continue;
        };
        let dutch = after_help(&english, &key(&path));
        let english: Vec<Option<String>> = english.lines().map(command_line).collect();
        let dutch: Vec<Option<String>> = dutch.lines().map(command_line).collect();
        assert_eq!(english, dutch, "the examples of `{path}`");
    }
}

/// Catches a text copied over and not translated. What reads the same in both languages
/// (a name, a list of codes) is named here.
#[test]
fn dutch_help_is_not_the_english() {
    const SAME: &[&str] = &[
        "Website",
        "Markdown (`pupil report`, `report year`)",
        "government, education, care, safety, other",
        "consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest",
    ];
    let mut same = Vec::new();
    for (path, cmd) in commands() {
        let key = key(&path);
        let about = cmd.get_about().map(|s| s.to_string());
        if about.is_some() && about == lookup_in(Lang::Nl, &key) {
            same.push(key.clone());
        }
        for arg in own_args(&cmd, &path) {
            let id = arg.get_id().as_str();
            let english = arg.get_help().map(|s| s.to_string());
            if english.is_some()
                && english == attribute_in(Lang::Nl, &key, id)
                && !SAME.contains(&english.as_deref().unwrap_or_default())
            {
                same.push(format!("{key}.{id}"));
            }
        }
    }
    assert!(same.is_empty(), "Dutch help that is the English: {same:#?}");
}

/// The help of every command, `-h` and `--help`, from the Dutch tree.
fn dutch_help() -> Vec<(String, String)> {
    let mut cmd = localise(crate::cli::command(), Lang::Nl);
    let mut pages = Vec::new();
    fn walk(cmd: &mut Command, path: &str, pages: &mut Vec<(String, String)>) {
        let cmd = cmd.clone().term_width(80);
        let mut short = cmd.clone();
        let mut long = cmd.clone();
        pages.push((format!("{path} -h"), short.render_help().to_string()));
        pages.push((
            format!("{path} --help"),
            long.render_long_help().to_string(),
        ));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let path = format!("{path} {}", sub.get_name());
            walk(&mut sub.clone(), &path, pages);
        }
    }
    walk(&mut cmd, "vreg", &mut pages);
    pages
}

#[test]
fn the_dutch_tree_shows_none_of_clap_english_words() {
    const ENGLISH_WORDS: &[&str] = &[
        "Usage:",
        "Options:",
        "Arguments:",
        "Commands:",
        "Global options:",
        "[OPTIONS]",
        "<COMMAND>",
        "Print help",
        "Print version",
        "[default:",
        "[possible values:",
        "[aliases:",
        "[alias:",
        "Possible values:",
        "Examples:",
        "Example:",
        "Exit codes",
        "When the terminal is narrow",
    ];
    for (page, text) in dutch_help() {
        for word in ENGLISH_WORDS {
            assert!(!text.contains(word), "`{page}` says {word:?}:\n{text}");
        }
        assert!(text.contains("Gebruik: vreg"), "`{page}`:\n{text}");
    }
}

#[test]
fn english_is_the_tree_as_it_is() {
    let mut english = localise(crate::cli::command(), Lang::En);
    let mut plain = crate::cli::command();
    assert_eq!(
        english.render_long_help().to_string(),
        plain.render_long_help().to_string()
    );
}

#[test]
fn the_dutch_tree_parses_what_the_english_parses() {
    use clap::FromArgMatches;
    let cmd = localise(crate::cli::command(), Lang::Nl);
    for line in [
        &["vreg", "supplier", "add", "Gynzy", "--kvk", "12345678"][..],
        &["vreg", "leverancier", "lijst", "--wide"],
        &[
            "vreg",
            "agreement",
            "add",
            "gynzy-bv",
            "--signed-on",
            "2024-03-01",
            "--storage",
            "NL",
        ],
        &[
            "vreg", "--format", "json", "consent", "check", "1001", "foto",
        ],
        &["vreg", "audit", "--fail-on", "warning"],
    ] {
        let matches = cmd.clone().try_get_matches_from(line).expect("parses");
        crate::cli::Cli::from_arg_matches(&matches).expect("a command line");
    }
}

#[test]
fn usage_errors_are_said_in_dutch() {
    let cmd = localise(crate::cli::command(), Lang::Nl);
    let error = |line: &[&str]| {
        // vreg's own value parsers speak the language of the run, as main sets it first.
        let e = crate::i18n::speaking(Lang::Nl, || cmd.clone().try_get_matches_from(line))
            .expect_err("a mistake");
        (problem(&e, Lang::Nl).expect("Dutch"), problem(&e, Lang::En))
    };
    let (dutch, english) = error(&["vreg", "suplier"]);
    assert_eq!(dutch, "onbekende opdracht 'suplier'");
    assert_eq!(english, None);
    let (dutch, _) = error(&["vreg", "agreement", "list", "--status", "foo"]);
    assert_eq!(
        dutch,
        "ongeldige waarde 'foo' voor '--status <STATUS>' [mogelijke waarden: active, expiring, \
         expired, terminated, draft, renewed]"
    );
    let (dutch, _) = error(&["vreg", "consent", "check"]);
    assert_eq!(
        dutch,
        "deze verplichte argumenten ontbreken: <PUPIL>, <PURPOSE>"
    );
    let (dutch, _) = error(&["vreg", "supplier", "list", "--wide", "--bogus"]);
    assert_eq!(dutch, "onverwacht argument '--bogus'");
    let (dutch, _) = error(&["vreg", "supplier", "remove", "x", "--yes", "--yes"]);
    assert_eq!(
        dutch,
        "het argument '--yes' mag maar één keer worden gebruikt"
    );
    // A number: vreg's own parser gives the reason, in Dutch.
    let (dutch, _) = error(&["vreg", "deadlines", "--within", "abc"]);
    assert_eq!(
        dutch,
        "ongeldige waarde 'abc' voor '--within <DAYS>': 'abc' is geen geheel getal van 0 of meer"
    );
    let (dutch, _) = error(&["vreg", "breach", "clock", "--within", "99999999999"]);
    assert_eq!(
        dutch,
        "ongeldige waarde '99999999999' voor '--within <HOURS>': 99999999999 is te groot \
         (hoogstens 4294967295)"
    );
    // Before, clap's own range said this in English: "0 is not in 1..18446744073709551615".
    let (dutch, _) = error(&["vreg", "export", "gmr", "--min-count", "0"]);
    assert_eq!(
        dutch,
        "ongeldige waarde '0' voor '--min-count <N>': --min-count is 1 of meer: kleinere \
         aantallen worden geschreven als \"<N\""
    );
}
