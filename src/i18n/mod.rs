//! The words people read, in English or in Dutch.
//!
//! Messages live in Fluent files, `locales/<lang>/<area>.ftl`, one area per part of vreg. A
//! message's id starts with its area (`audit-agreement-missing` is in `audit.ftl`), so only the
//! area a command speaks from is parsed, and only in the language it speaks: a `consent check`
//! pays for a few lines, not for the whole catalogue.
//!
//! What changes with the language: help, prompts, notes, errors, table headers, enumerations as
//! tables show them, audit messages and hints. What never does: JSON and CSV (keys, values,
//! messages), finding codes, enumeration codes, exit codes. Help keeps its English in the doc
//! comments of the command line; its Dutch is in `locales/nl/help.ftl`.

pub mod help;

use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language vreg speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// The language of a locale name as the environment gives it (`nl_NL.UTF-8`, `nl_BE`, `nl`):
    /// Dutch for every `nl`, English for anything else.
    pub fn of_locale(locale: &str) -> Lang {
        let language = locale.split(['_', '.', '@', '-']).next().unwrap_or("");
        if language.eq_ignore_ascii_case("nl") {
            Lang::Nl
        } else {
            Lang::En
        }
    }

    /// The language to speak: `--lang` when given, else the locale of messages as POSIX orders
    /// it (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first that is set and not empty).
    pub fn detect(flag: Option<Lang>, var: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag {
            return lang;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .map(|locale| Lang::of_locale(&locale))
            .unwrap_or_default()
    }

    /// `--lang` on a command line, read before clap parses it (help is built in the language).
    pub fn from_args(args: &[String]) -> Option<Lang> {
        let value = args.iter().enumerate().find_map(|(i, a)| {
            a.strip_prefix("--lang=")
                .map(str::to_string)
                .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
        })?;
        match value.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

static CURRENT: OnceLock<Lang> = OnceLock::new();

/// Sets the language of this run, once, before anything is said.
pub fn set(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// How each language writes a day, in the order of [`Lang::ALL`]: ISO 8601 in English (as
/// vreg's files and flags), day first in Dutch.
pub const DAY_FORMATS: [&str; Lang::ALL.len()] = ["%Y-%m-%d", "%d-%m-%Y"];

/// A day as `lang` writes it for a person (a table, a deadline): `2024-02-29` in English,
/// `29-02-2024` in Dutch. JSON, CSV and the register file always say ISO.
pub fn day_in(lang: Lang, day: NaiveDate) -> String {
    day.format(DAY_FORMATS[lang as usize]).to_string()
}

/// The language of this run: English until [`set`] says otherwise.
pub fn lang() -> Lang {
    #[cfg(test)]
    if let Some(lang) = TEST_LANG.with(std::cell::Cell::get) {
        return lang;
    }
    CURRENT.get().copied().unwrap_or_default()
}

#[cfg(test)]
thread_local! {
    static TEST_LANG: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Runs `f` as if the run spoke `lang`, on this thread only: a unit test of a rule that says
/// its message with [`crate::tr!`] reads it in Dutch so, without changing the language of the
/// tests beside it.
#[cfg(test)]
pub fn speaking<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = TEST_LANG.with(|cell| cell.replace(Some(lang)));
    let result = f();
    TEST_LANG.with(|cell| cell.set(before));
    result
}

/// One value in a message: text, a number (which chooses a plural), or another message, which
/// is put in words in the same language as the message around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Message(Box<Text>),
    /// A code of an enumeration: said as its code in English, as its Dutch label in Dutch
    /// (`digital`, `digitaal`).
    Word {
        code: &'static str,
        label: &'static str,
    },
    /// Codes of an enumeration, joined by commas: as codes in English, as labels in Dutch
    /// (`health, religion`, `medische gegevens, godsdienst/levensovertuiging`).
    Words(Vec<(&'static str, &'static str)>),
    /// A day as each language writes it: `2024-02-29` in English, `29-02-2024` in Dutch.
    Day(NaiveDate),
    /// A moment on a Dutch clock as each language writes it: `2026-10-26 15:00` in English,
    /// `26-10-2026 15:00` in Dutch (`domain::breach::show_time_in`).
    Moment(chrono::DateTime<chrono::FixedOffset>),
}

impl From<chrono::DateTime<chrono::FixedOffset>> for Arg {
    fn from(value: chrono::DateTime<chrono::FixedOffset>) -> Self {
        Arg::Moment(value)
    }
}

/// A moment that may not have come: nothing said without one.
impl From<Option<chrono::DateTime<chrono::FixedOffset>>> for Arg {
    fn from(value: Option<chrono::DateTime<chrono::FixedOffset>>) -> Self {
        value.map_or_else(|| Arg::Text(String::new()), Arg::Moment)
    }
}

impl From<&chrono::DateTime<chrono::FixedOffset>> for Arg {
    fn from(value: &chrono::DateTime<chrono::FixedOffset>) -> Self {
        Arg::Moment(*value)
    }
}

impl From<Text> for Arg {
    fn from(value: Text) -> Self {
        Arg::Message(Box::new(value))
    }
}

impl From<&Text> for Arg {
    fn from(value: &Text) -> Self {
        Arg::Message(Box::new(value.clone()))
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<NaiveDate> for Arg {
    fn from(value: NaiveDate) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<&NaiveDate> for Arg {
    fn from(value: &NaiveDate) -> Self {
        Arg::Text(value.to_string())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u8, u16, u32, u64, usize);

/// A message not yet said: its id and values, to be put in words in any language. The audit
/// keeps its findings so: English in JSON, the reader's language in the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Text {
    pub fn new(key: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text { key, args }
    }

    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        message_in(lang, self.key, &self.args)
    }

    /// An attribute of the message in `lang`, with the same values (an audit finding's
    /// `.hint`); `key.attribute` when the catalogue does not have it.
    pub fn attribute_in(&self, lang: Lang, attribute: &str) -> String {
        formatted(lang, self.key, Some(attribute), &self.args)
            .unwrap_or_else(|| format!("{}.{attribute}", self.key))
    }
}

impl std::fmt::Display for Text {
    /// The message in the language of this run.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(lang()))
    }
}

/// The message `key` in the language of this run. Use [`crate::tr!`].
pub fn message(key: &'static str, args: &[(&'static str, Arg)]) -> String {
    message_in(lang(), key, args)
}

/// The message `key` in `lang`, with its values. An id that is not in the catalogue (a test
/// keeps every id in both languages) comes back as itself.
pub fn message_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    formatted(lang, key, None, args).unwrap_or_else(|| key.to_string())
}

/// The value of message `key`, or of its `attribute`, in `lang` with its values; none when the
/// catalogue does not have it.
fn formatted(
    lang: Lang,
    key: &str,
    attribute: Option<&str>,
    args: &[(&str, Arg)],
) -> Option<String> {
    let bundle = bundle(lang, key)?;
    let message = bundle.get_message(key)?;
    let pattern = match attribute {
        None => message.value()?,
        Some(name) => message.get_attribute(name)?.value(),
    };
    let mut values = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => values.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(n) => values.set(*name, FluentValue::from(*n)),
            Arg::Message(text) => values.set(*name, FluentValue::from(text.in_lang(lang))),
            Arg::Word { code, label } => values.set(
                *name,
                FluentValue::from(match lang {
                    Lang::En => *code,
                    Lang::Nl => *label,
                }),
            ),
            Arg::Words(words) => {
                let said: Vec<&str> = words
                    .iter()
                    .map(|(code, label)| match lang {
                        Lang::En => *code,
                        Lang::Nl => *label,
                    })
                    .collect();
                values.set(*name, FluentValue::from(said.join(", ")))
            }
            Arg::Day(day) => values.set(*name, FluentValue::from(day_in(lang, *day))),
            Arg::Moment(t) => values.set(
                *name,
                FluentValue::from(crate::domain::breach::show_time_in(lang, *t)),
            ),
        }
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&values), &mut errors)
            .into_owned(),
    )
}

/// An attribute of a message (`help-supplier-add.kvk`), when the catalogue has it.
pub fn attribute_in(lang: Lang, key: &str, attribute: &str) -> Option<String> {
    formatted(lang, key, Some(attribute), &[])
}

/// The value of a message without values, when the catalogue has it.
pub fn lookup_in(lang: Lang, key: &str) -> Option<String> {
    formatted(lang, key, None, &[])
}

type Bundle = FluentBundle<FluentResource>;

/// The catalogue: each area with its English and Dutch file.
const AREAS: &[(&str, &str, &str)] = &[
    (
        "audit",
        include_str!("../../locales/en/audit.ftl"),
        include_str!("../../locales/nl/audit.ftl"),
    ),
    (
        "word",
        include_str!("../../locales/en/word.ftl"),
        include_str!("../../locales/nl/word.ftl"),
    ),
    (
        "help",
        include_str!("../../locales/en/help.ftl"),
        include_str!("../../locales/nl/help.ftl"),
    ),
    (
        "domain",
        include_str!("../../locales/en/domain.ftl"),
        include_str!("../../locales/nl/domain.ftl"),
    ),
    (
        "command",
        include_str!("../../locales/en/command.ftl"),
        include_str!("../../locales/nl/command.ftl"),
    ),
    (
        "table",
        include_str!("../../locales/en/table.ftl"),
        include_str!("../../locales/nl/table.ftl"),
    ),
    (
        "reason",
        include_str!("../../locales/en/reason.ftl"),
        include_str!("../../locales/nl/reason.ftl"),
    ),
    (
        "guide",
        include_str!("../../locales/en/guide.ftl"),
        include_str!("../../locales/nl/guide.ftl"),
    ),
];

const AREA_COUNT: usize = AREAS.len();

/// The bundle of `key`'s area in `lang`, parsed on first use.
fn bundle(lang: Lang, key: &str) -> Option<&'static Bundle> {
    static BUNDLES: [[OnceLock<Bundle>; AREA_COUNT]; 2] =
        [const { [const { OnceLock::new() }; AREA_COUNT] }; 2];
    let area = key.split('-').next()?;
    let index = AREAS.iter().position(|(name, _, _)| *name == area)?;
    let slot = &BUNDLES[lang as usize][index];
    Some(slot.get_or_init(|| {
        let (_, en, nl) = AREAS[index];
        let source = match lang {
            Lang::En => en,
            Lang::Nl => nl,
        };
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let locale = match lang {
            Lang::En => unic_langid::langid!("en"),
            Lang::Nl => unic_langid::langid!("nl"),
        };
        let mut bundle = Bundle::new_concurrent(vec![locale]);
        // Values are put in as they are: no Unicode isolation marks in a terminal or a file.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        bundle
    }))
}

/// A message in the language of this run: `tr!("audit-summary", error = 2)`.
#[macro_export]
macro_rules! tr {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

/// A message kept to be said later, in any language: `text!("audit-agreement-missing", id = x)`.
#[macro_export]
macro_rules! text {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Text::new($key, vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

#[cfg(test)]
mod tests;
