//! Help in Dutch. The English help is the doc comments of the command line; the Dutch is in
//! `locales/nl/help.ftl`, one message per command (`help-supplier-add`) with an attribute per
//! argument (`.signed_on`). [`localise`] puts it into the command tree, with clap's own words
//! (headings, `[default: ...]`, the help flag) in Dutch too.
//!
//! Clap writes some words itself and has no setting for them; they are written here instead:
//! the help and version flags are vreg's own, every argument gets a heading (`Argumenten`,
//! `Opties`), the usage line is put into the help template, and `[default: ...]`, `[possible
//! values: ...]` and `[aliases: ...]` are hidden and written into the help text.

use clap::builder::{Resettable, StyledStr};
use clap::{Arg, ArgAction, Command};

use super::{Arg as Value, Lang, attribute_in, lookup_in};

/// The command tree with its help in `lang`. English is the tree as it is, at no cost.
pub fn localise(cmd: Command, lang: Lang) -> Command {
    match lang {
        Lang::En => cmd,
        Lang::Nl => {
            let mut cmd = before_build(cmd, "", &[]);
            cmd.build();
            after_build(cmd)
        }
    }
}

/// The message id of a command path: `help-vreg` for the top, `help-supplier-add` below it.
pub fn key(path: &str) -> String {
    if path.is_empty() {
        "help-vreg".to_string()
    } else {
        format!("help-{}", path.replace(' ', "-"))
    }
}

/// The Dutch of a command's after-help: its own `.after-help` when it says more than examples,
/// else the English with its heading in Dutch (the command lines stay as they are).
pub fn after_help(english: &str, key: &str) -> String {
    if let Some(dutch) = attribute_in(Lang::Nl, key, "after-help") {
        return dutch;
    }
    english
        .lines()
        .map(|line| match line {
            "Examples:" => word("help-clap-examples"),
            "Example:" => word("help-clap-example"),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether an after-help is examples only (a heading and command lines without comments), so
/// that it needs no Dutch of its own.
pub fn is_examples_only(after_help: &str) -> bool {
    after_help.lines().all(|line| {
        line == "Examples:" || line == "Example:" || (line.starts_with("  ") && !line.contains('#'))
    })
}

fn word(id: &str) -> String {
    lookup_in(Lang::Nl, id).unwrap_or_else(|| id.to_string())
}

/// What clap decides at build time from the English tree: whether `--help` says more than `-h`.
fn has_long_help(cmd: &Command, inherited: &[Arg]) -> bool {
    let long = |arg: &Arg| {
        !arg.is_hide_set()
            && (arg.get_long_help().is_some()
                || arg.is_hide_long_help_set()
                || arg.is_hide_short_help_set()
                || (!arg.is_hide_possible_values_set()
                    && possible_values(arg)
                        .iter()
                        .any(|v| !v.is_hide_set() && v.get_help().is_some())))
    };
    cmd.get_long_about().is_some()
        || cmd.get_before_long_help().is_some()
        || cmd.get_after_long_help().is_some()
        || cmd.get_arguments().any(long)
        || inherited.iter().any(long)
}

/// The values an argument takes, also before the tree is built.
fn possible_values(arg: &Arg) -> Vec<clap::builder::PossibleValue> {
    if !arg.get_action().takes_values() {
        return Vec::new();
    }
    arg.get_value_parser()
        .possible_values()
        .map(|values| values.collect())
        .unwrap_or_default()
}

/// Texts, headings, flags and argument order, before clap builds the tree (and before the global
/// options are copied into every command, so that they are put in Dutch once).
fn before_build(mut cmd: Command, path: &str, inherited: &[Arg]) -> Command {
    let key = key(path);
    let long = has_long_help(&cmd, inherited);
    let about = lookup_in(Lang::Nl, &key)
        .or_else(|| cmd.get_about().map(|s| s.to_string()))
        .unwrap_or_default();
    let long_about = cmd.get_long_about().map(|english| {
        attribute_in(Lang::Nl, &key, "long-about").unwrap_or_else(|| english.to_string())
    });
    // The about shows in the parent's list with the command's other names; its own page shows
    // the about without them, as "before help", which the template below puts where the about
    // was.
    let names: Vec<String> = cmd.get_all_aliases().map(String::from).collect();
    let visible: Vec<String> = cmd.get_visible_aliases().map(String::from).collect();
    let listed = if visible.is_empty() {
        about.clone()
    } else {
        let also = word("help-clap-also");
        format!("{about} [{also} {}]", visible.join(", "))
    };
    cmd = cmd.about(listed).alias(Resettable::Reset).aliases(names);
    if !about.is_empty() {
        cmd = cmd.before_help(about);
    }
    if let Some(long_about) = long_about {
        cmd = cmd
            .long_about(long_about.clone())
            .before_long_help(long_about);
    }
    if let Some(english) = cmd.get_after_help().map(|s| s.to_string()) {
        cmd = cmd.after_help(after_help(&english, &key));
    }

    // The arguments in Dutch, each under a heading; clap orders its headings by the first
    // argument that has each, so the positionals go first, then the options.
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    // Under a heading of its own clap sorts by display order, then by name: the positionals
    // keep the order of the usage line.
    let mut place = 0;
    for (id, positional) in &ids {
        cmd = cmd.mut_arg(id, |arg| localise_arg(arg, &key, long));
        if *positional {
            cmd = cmd.mut_arg(id, |arg| arg.display_order(place));
            place += 1;
        }
    }
    let plain: Vec<&String> = ids
        .iter()
        .filter(|(_, positional)| *positional)
        .chain(ids.iter().filter(|(_, positional)| !*positional))
        .map(|(id, _)| id)
        .collect();
    let (options, globals): (Vec<&String>, Vec<&String>) = plain.into_iter().partition(|id| {
        cmd.get_arguments()
            .find(|a| a.get_id() == *id)
            .is_some_and(|a| a.get_help_heading() != Some(GLOBAL))
    });
    for id in options {
        cmd = cmd.mut_arg(id, |arg| arg);
    }
    cmd = cmd.disable_help_flag(true).arg(help_flag(long));
    if cmd.get_version().is_some() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(word("help-clap-version"))
                .help_heading(word("help-clap-options"))
                .display_order(999),
        );
    }
    for id in globals {
        cmd = cmd.mut_arg(id, |arg| arg);
    }

    let inherited: Vec<Arg> = inherited
        .iter()
        .cloned()
        .chain(cmd.get_arguments().filter(|a| a.is_global_set()).cloned())
        .collect();
    cmd.mut_subcommands(|sub| {
        let path = format!("{path} {}", sub.get_name());
        before_build(sub, path.trim_start(), &inherited)
    })
}

const GLOBAL: &str = "Global options";

/// `-h, --help` in Dutch, in the place and with the words clap gives its own.
fn help_flag(long: bool) -> Arg {
    let flag = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help_heading(word("help-clap-options"))
        .display_order(999);
    if long {
        flag.help(word("help-clap-help-short"))
            .long_help(word("help-clap-help-long"))
    } else {
        flag.help(word("help-clap-help"))
    }
}

/// One argument's help and long help in Dutch, with what clap would add in English (default,
/// other names, possible values) written in Dutch, and its heading.
fn localise_arg(mut arg: Arg, key: &str, long: bool) -> Arg {
    let id = arg.get_id().to_string();
    let help = attribute_in(Lang::Nl, key, &id).or_else(|| arg.get_help().map(|s| s.to_string()));
    let long_help = attribute_in(Lang::Nl, key, &format!("{id}-long"))
        .or_else(|| arg.get_long_help().map(|s| s.to_string()));

    let mut specs = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if arg.get_action().takes_values() && !arg.is_hide_default_value_set() && !defaults.is_empty() {
        specs.push(format!(
            "[{} {}]",
            word("help-clap-default"),
            defaults.join(" ")
        ));
    }
    let aliases: Vec<String> = arg
        .get_visible_aliases()
        .unwrap_or_default()
        .into_iter()
        .map(|a| format!("--{a}"))
        .collect();
    if !aliases.is_empty() {
        specs.push(format!(
            "[{} {}]",
            word("help-clap-also"),
            aliases.join(", ")
        ));
    }
    let values = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        possible_values(&arg)
    };
    let values: Vec<_> = values.into_iter().filter(|v| !v.is_hide_set()).collect();
    let described = long && values.iter().any(|v| v.get_help().is_some());
    let mut value_list = String::new();
    if !values.is_empty() {
        if described {
            let width = values.iter().map(|v| v.get_name().len()).max().unwrap_or(0);
            value_list = word("help-clap-possible-values-heading");
            for value in &values {
                let name = value.get_name();
                match attribute_in(Lang::Nl, key, &format!("{id}-value-{name}"))
                    .or_else(|| value.get_help().map(|h| h.to_string()))
                {
                    Some(text) => {
                        value_list.push_str(&format!(
                            "\n- {name}: {:pad$}{text}",
                            "",
                            pad = width - name.len()
                        ));
                    }
                    None => value_list.push_str(&format!("\n- {name}")),
                }
            }
        } else {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            specs.push(format!(
                "[{} {}]",
                word("help-clap-possible-values"),
                names.join(", ")
            ));
        }
    }
    let specs = specs.join(" ");

    let short = match (&help, specs.is_empty()) {
        (Some(help), false) => Some(format!("{help} {specs}")),
        (None, false) => Some(specs.clone()),
        (help, true) => help.clone(),
    };
    let mut full: Vec<String> = long_help.or(help).into_iter().collect();
    if !value_list.is_empty() {
        full.push(value_list);
    }
    if !specs.is_empty() {
        full.push(specs.clone());
    }
    if let Some(short) = short {
        arg = arg.help(short);
    }
    if full.len() > 1 || arg.get_long_help().is_some() {
        arg = arg.long_help(full.join("\n\n"));
    }
    let heading = match arg.get_help_heading() {
        Some(GLOBAL) => word("help-clap-global-options"),
        Some(other) => other.to_string(),
        None if arg.is_positional() => word("help-clap-arguments"),
        None => word("help-clap-options"),
    };
    let aliases: Vec<String> = arg
        .get_all_aliases()
        .unwrap_or_default()
        .into_iter()
        .map(String::from)
        .collect();
    if arg.get_action().takes_values() {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg.alias(Resettable::Reset)
        .aliases(aliases)
        .help_heading(heading)
}

/// What is only there once clap has built the tree: the usage line (with `[OPTIES]`) in each
/// command's template, and the `help` command clap adds.
fn after_build(cmd: Command) -> Command {
    // The `help` command's copies of the tree are made while building.
    let mut cmd = cmd
        .subcommand_help_heading(word("help-clap-commands"))
        .subcommand_value_name(word("help-clap-command"));
    if cmd.get_name() == "help" && cmd.get_about().is_some_and(|a| a.to_string() == CLAP_HELP) {
        let about = word("help-clap-help-command");
        cmd = cmd.about(about.clone()).before_help(about);
    }
    template(cmd).mut_subcommands(after_build)
}

const CLAP_HELP: &str = "Print this message or the help of the given subcommand(s)";

/// The usage line, with `[OPTIES]` and `<OPDRACHT>`, under the about: clap writes "Usage:" itself
/// and does not wrap the line, so it goes into the text before the help, which clap wraps.
fn template(mut cmd: Command) -> Command {
    let style = *cmd.get_styles().get_usage();
    // Plain: clap's wrapping breaks a styled usage line with an empty line between.
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    let heading = word("help-clap-usage");
    let indent = " ".repeat(heading.chars().count() + 1);
    let usage = usage
        .replace(
            "[OPTIONS]",
            &format!("[{}]", word("help-clap-options-placeholder")),
        )
        .replace("\n       ", &format!("\n{indent}"));
    let (on, off) = (style.render(), style.render_reset());
    // The empty line goes inside the styled heading: clap's wrapping takes an empty line that
    // starts a line of plain text for the indentation of that text.
    let before = |about: Option<&StyledStr>| match about.map(|a| a.ansi().to_string()) {
        Some(about) if !about.is_empty() => format!("{about}\n{on}\n{heading}{off} {usage}"),
        _ => format!("{on}{heading}{off} {usage}"),
    };
    let short = before(cmd.get_before_help());
    let long = cmd.get_before_long_help().map(|about| before(Some(about)));
    cmd = cmd.before_help(short);
    if let Some(long) = long {
        cmd = cmd.before_long_help(long);
    }
    cmd.help_template("{before-help}{all-args}{after-help}")
}

#[cfg(test)]
mod tests;

/// A usage error of clap on one line in `lang`: what main says after `error:`. English is
/// clap's own words, so `None` for it, and for a kind without its words here.
pub fn problem(e: &clap::Error, lang: Lang) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if lang == Lang::En {
        return None;
    }
    let say = |id: &str, args: &[(&str, Value)]| super::message_in(lang, id, args);
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let list = |kind| match e.get(kind) {
        Some(ContextValue::Strings(list)) => Some(list.clone()),
        _ => None,
    };
    let number = |kind| match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(Value::from(*n as i64)),
        _ => None,
    };
    let quoted = |names: &[String]| {
        names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let line = match e.kind() {
        ErrorKind::InvalidSubcommand => say(
            "help-clap-error-unknown-command",
            &[("name", Value::from(text(ContextKind::InvalidSubcommand)?))],
        ),
        ErrorKind::UnknownArgument => say(
            "help-clap-error-unknown-argument",
            &[("name", Value::from(arg?))],
        ),
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            let mut line = if value.is_empty() {
                say(
                    "help-clap-error-value-missing",
                    &[("arg", Value::from(arg))],
                )
            } else {
                say(
                    "help-clap-error-invalid-value",
                    &[("value", Value::from(value)), ("arg", Value::from(arg))],
                )
            };
            if let Some(values) = list(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                let values = say(
                    "help-clap-error-possible-values",
                    &[("values", Value::from(values.join(", ")))],
                );
                line = format!("{line} {values}");
            }
            line
        }
        ErrorKind::ValueValidation => {
            let line = say(
                "help-clap-error-invalid-value",
                &[("value", Value::from(value?)), ("arg", Value::from(arg?))],
            );
            // vreg's own value parsers give their reason in the reader's language.
            match std::error::Error::source(e) {
                Some(source) => format!("{line}: {source}"),
                None => line,
            }
        }
        ErrorKind::MissingRequiredArgument => say(
            "help-clap-error-missing-arguments",
            &[(
                "args",
                Value::from(list(ContextKind::InvalidArg)?.join(", ")),
            )],
        ),
        ErrorKind::MissingSubcommand => {
            let mut line = say(
                "help-clap-error-missing-command",
                &[("name", Value::from(text(ContextKind::InvalidSubcommand)?))],
            );
            if let Some(names) = list(ContextKind::ValidSubcommand).filter(|v| !v.is_empty()) {
                let names = say(
                    "help-clap-error-commands",
                    &[("names", Value::from(names.join(", ")))],
                );
                line = format!("{line} {names}");
            }
            line
        }
        ErrorKind::TooManyValues => say(
            "help-clap-error-too-many",
            &[("value", Value::from(value?)), ("arg", Value::from(arg?))],
        ),
        ErrorKind::TooFewValues => say(
            "help-clap-error-too-few",
            &[
                ("arg", Value::from(arg?)),
                ("min", number(ContextKind::MinValues)?),
                ("actual", number(ContextKind::ActualNumValues)?),
            ],
        ),
        ErrorKind::WrongNumberOfValues => say(
            "help-clap-error-wrong-number",
            &[
                ("arg", Value::from(arg?)),
                ("expected", number(ContextKind::ExpectedNumValues)?),
                ("actual", number(ContextKind::ActualNumValues)?),
            ],
        ),
        ErrorKind::ArgumentConflict => {
            let prior = e.get(ContextKind::PriorArg);
            let other = match prior {
                Some(ContextValue::String(other)) => format!("'{other}'"),
                Some(ContextValue::Strings(others)) => quoted(others),
                _ => say("help-clap-error-conflict-others", &[]),
            };
            match (arg, text(ContextKind::InvalidSubcommand)) {
                (Some(arg), _) if prior == Some(&ContextValue::String(arg.clone())) => {
                    say("help-clap-error-used-twice", &[("arg", Value::from(arg))])
                }
                (Some(arg), _) => say(
                    "help-clap-error-conflict",
                    &[("arg", Value::from(arg)), ("other", Value::from(other))],
                ),
                (None, Some(name)) => say(
                    "help-clap-error-command-conflict",
                    &[("name", Value::from(name)), ("other", Value::from(other))],
                ),
                (None, None) => return None,
            }
        }
        ErrorKind::NoEquals => say("help-clap-error-no-equals", &[("arg", Value::from(arg?))]),
        ErrorKind::InvalidUtf8 => say("help-clap-error-utf8", &[]),
        _ => return None,
    };
    Some(line)
}
