//! Types and rules of the register: pure, no I/O.

pub mod access;
pub mod agreement;
pub mod audit;
pub mod breach;
pub mod category;
pub mod change;
pub mod columns;
pub mod consent;
pub mod country;
pub mod date;
pub mod deadline;
pub mod document;
pub mod merge;
pub mod organisation;
pub mod party;
pub mod patch;
pub mod processing;
pub mod pupil;
pub mod pupil_file;
pub mod register;
pub mod request;
pub mod slug;
pub mod supplier;
pub mod text;
pub mod year_report;

/// A value that is not one of an enumeration's codes. Its message is in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::tr!(
    "domain-unknown-code",
    what = enumeration(.what),
    given = .given.as_str(),
    expected = .expected.join(", ")
))]
pub struct UnknownCode {
    /// What the enumeration is, in English: `role`, `data category`.
    pub what: &'static str,
    pub given: String,
    pub expected: Vec<&'static str>,
}

/// What an enumeration is, in the reader's language: `what` as `code_enum!` names it.
fn enumeration(what: &str) -> String {
    match what {
        "entity kind" => crate::tr!("domain-enum-entity-kind"),
        "party kind" => crate::tr!("domain-enum-party-kind"),
        "legal basis" => crate::tr!("domain-enum-legal-basis"),
        "risk" => crate::tr!("domain-enum-risk"),
        "breach kind" => crate::tr!("domain-enum-breach-kind"),
        "recipient" => crate::tr!("domain-enum-recipient"),
        "clock" => crate::tr!("domain-enum-clock"),
        "clock status" => crate::tr!("domain-enum-clock-status"),
        "data subject category" => crate::tr!("domain-enum-subject"),
        "severity" => crate::tr!("domain-enum-severity"),
        "--fail-on level" => crate::tr!("domain-enum-fail-on"),
        "deadline kind" => crate::tr!("domain-enum-deadline-kind"),
        "deadline status" => crate::tr!("domain-enum-deadline-status"),
        "role" => crate::tr!("domain-enum-role"),
        "convenant status" => crate::tr!("domain-enum-convenant"),
        "convenant version" => crate::tr!("domain-enum-convenant-version"),
        "data category" => crate::tr!("domain-enum-category"),
        "renewal" => crate::tr!("domain-enum-renewal"),
        "applies to" => crate::tr!("domain-enum-applies-to"),
        "decision" => crate::tr!("domain-enum-decision"),
        "given by" => crate::tr!("domain-enum-given-by"),
        "form" => crate::tr!("domain-enum-form"),
        "consent state" => crate::tr!("domain-enum-consent-state"),
        "request kind" => crate::tr!("domain-enum-request-kind"),
        "requester" => crate::tr!("domain-enum-requester"),
        "outcome" => crate::tr!("domain-enum-outcome"),
        "agreement model" => crate::tr!("domain-enum-model"),
        "transfer safeguard" => crate::tr!("domain-enum-safeguard"),
        "agreement status" => crate::tr!("domain-enum-agreement-status"),
        other => other.to_string(),
    }
}

/// An enumeration with a stable lowercase code (used in the database, JSON, CSV and on the command
/// line) and a Dutch label (used in tables and the GMR export). Extra input spellings (Dutch words)
/// may follow the label.
macro_rules! code_enum {
    ($(#[$meta:meta])* pub enum $name:ident ($what:literal) {
        $($variant:ident = $code:literal, $label:literal $(| $alias:literal)*;)+
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Each code with the other spellings it is read by.
            pub const SPELLINGS: &'static [(&'static str, &'static [&'static str])] =
                &[$(($code, &[$($alias),*])),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The code as a word of a message: the code in English, the label in Dutch.
            pub fn word(self) -> $crate::i18n::Arg {
                $crate::i18n::Arg::Word { code: self.code(), label: self.label() }
            }

            /// The label of a code as it is stored and printed (not of its other spellings).
            pub fn label_of(code: &str) -> Option<&'static str> {
                $name::ALL.iter().find(|v| v.code() == code).map(|v| v.label())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::UnknownCode;

            fn from_str(given: &str) -> Result<Self, Self::Err> {
                let wanted = given.trim().to_lowercase();
                match wanted.as_str() {
                    $($code $(| $alias)* => Ok($name::$variant),)+
                    _ => Err($crate::domain::UnknownCode {
                        what: $what,
                        given: given.to_string(),
                        expected: $name::ALL.iter().map(|v| v.code()).collect(),
                    }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use code_enum;

pub use text::{MAX_NAME, MAX_TEXT};

/// The list without repeats, in the order first given.
pub fn once<T: PartialEq>(values: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut kept: Vec<T> = Vec::new();
    for v in values {
        if !kept.contains(&v) {
            kept.push(v);
        }
    }
    kept
}

/// Whether an optional text field holds something worth keeping: empty text clears a field.
pub fn non_empty(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, speaking};

    #[test]
    fn an_empty_or_blank_text_clears_a_field_and_any_other_is_trimmed() {
        use super::non_empty;
        assert_eq!(non_empty(None), None);
        assert_eq!(non_empty(Some(String::new())), None);
        assert_eq!(non_empty(Some(" \t ".into())), None);
        assert_eq!(
            non_empty(Some("  Zie map  ".into())),
            Some("Zie map".into())
        );
    }

    #[test]
    fn an_unknown_code_is_named_in_the_readers_language() {
        let err = || {
            "boss"
                .parse::<super::supplier::Role>()
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            err(),
            "unknown role 'boss' (expected one of: processor, controller, joint-controller)"
        );
        assert_eq!(
            speaking(Lang::Nl, err),
            "rol 'boss' is onbekend (kies uit: processor, controller, joint-controller)"
        );
    }

    #[test]
    fn every_enumeration_has_a_dutch_name() {
        fn what<T: std::str::FromStr<Err = super::UnknownCode>>() -> &'static str {
            match "\u{0}".parse::<T>() {
                Err(e) => e.what,
                Ok(_) => unreachable!("no code is a NUL"),
            }
        }
        use super::*;
        let all = [
            what::<change::EntityKind>(),
            what::<party::Kind>(),
            what::<party::Basis>(),
            what::<breach::Risk>(),
            what::<breach::Kind>(),
            what::<breach::Recipient>(),
            what::<breach::ClockKind>(),
            what::<breach::ClockStatus>(),
            what::<processing::Subject>(),
            what::<audit::Severity>(),
            what::<audit::FailOn>(),
            what::<deadline::Kind>(),
            what::<deadline::State>(),
            what::<supplier::Role>(),
            what::<supplier::Convenant>(),
            what::<supplier::ConvenantVersion>(),
            what::<category::Category>(),
            what::<consent::Renewal>(),
            what::<consent::AppliesTo>(),
            what::<consent::Decision>(),
            what::<consent::GivenBy>(),
            what::<consent::Form>(),
            what::<consent::State>(),
            what::<request::Kind>(),
            what::<request::RequestedBy>(),
            what::<request::Outcome>(),
            what::<agreement::Model>(),
            what::<agreement::Safeguard>(),
            what::<agreement::Status>(),
        ];
        for what in all {
            assert_eq!(super::enumeration(what), what, "English stays as it was");
            let dutch = speaking(Lang::Nl, || super::enumeration(what));
            assert_ne!(dutch, what, "{what} has no Dutch name");
        }
    }
}
