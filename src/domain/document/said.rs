//! What serde and the TOML parser say of a value out of place (`missing field `name``,
//! `invalid type: integer `3`, expected a string`), in the reader's language. Their words are
//! English whatever the locale; their frames are few and fixed, so in Dutch each is said again
//! in the words of the catalogue. vreg's own messages are in the reader's language already, and
//! the parser's words about a line it cannot read (`unclosed array table`) stay as they are.

use crate::i18n::{self, Lang};
use crate::tr;

/// `message` in the reader's language, as far as its frame is known.
pub fn said(message: &str) -> String {
    if i18n::lang() == Lang::En {
        return message.to_string();
    }
    in_words(message).unwrap_or_else(|| message.to_string())
}

fn in_words(message: &str) -> Option<String> {
    let quoted = |rest: &str| rest.strip_suffix('`').map(str::to_string);
    if let Some(field) = message.strip_prefix("missing field `").and_then(quoted) {
        return Some(tr!("domain-serde-missing-field", field = field));
    }
    if let Some(field) = message.strip_prefix("duplicate field `").and_then(quoted) {
        return Some(tr!("domain-serde-duplicate-field", field = field));
    }
    if message == "duplicate key" {
        return Some(tr!("domain-serde-duplicate-key"));
    }
    for (prefix, what) in [
        ("unknown field `", "field"),
        ("unknown variant `", "variant"),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (name, rest) = rest.split_once("`, ")?;
            return Some(if let Some(list) = rest.strip_prefix("expected one of ") {
                tr!(
                    "domain-serde-unknown-one-of",
                    what = what,
                    name = name,
                    expected = list
                )
            } else if let Some(one) = rest.strip_prefix("expected ") {
                tr!(
                    "domain-serde-unknown-expected",
                    what = what,
                    name = name,
                    expected = one
                )
            } else {
                tr!("domain-serde-unknown-none", what = what, name = name)
            });
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (unexpected, expected) = rest.split_once(", expected ")?;
        return Some(tr!(
            "domain-serde-invalid-type",
            unexpected = unexpected_said(unexpected),
            expected = expected_said(expected)
        ));
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (unexpected, expected) = rest.split_once(", expected ")?;
        return Some(tr!(
            "domain-serde-invalid-value",
            unexpected = unexpected_said(unexpected),
            expected = expected_said(expected)
        ));
    }
    // A TOML date with a month or day that does not exist (`2024-13-01`).
    if let Some(rest) = message.strip_prefix("invalid date, expected ") {
        let (unit, range) = rest.split_once(" between ")?;
        let (first, last) = range.split_once(" and ")?;
        return match unit {
            "month" => Some(tr!("domain-serde-bad-month", first = first, last = last)),
            "day" => Some(tr!("domain-serde-bad-day", first = first, last = last)),
            _ => None,
        };
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(tr!(
            "domain-serde-invalid-length",
            length = length,
            expected = expected_said(expected)
        ));
    }
    None
}

/// What was found, as serde names it (`integer `3``, `sequence`).
fn unexpected_said(found: &str) -> String {
    let quoted = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .and_then(|r| r.strip_suffix('`'))
            .map(str::to_string)
    };
    if let Some(n) = quoted("integer `").or_else(|| quoted("floating point `")) {
        return tr!("domain-serde-found-number", value = n);
    }
    if let Some(b) = quoted("boolean `") {
        return tr!("domain-serde-found-boolean", value = b);
    }
    if let Some(s) = found
        .strip_prefix("string \"")
        .and_then(|r| r.strip_suffix('"'))
    {
        return tr!("domain-serde-found-text", value = s);
    }
    match found {
        "sequence" => tr!("domain-serde-found-list"),
        "map" => tr!("domain-serde-found-table"),
        other => other.to_string(),
    }
}

/// What was expected, as serde names it (`a string`, `u32`); a description of vreg's own is in
/// the reader's language already.
fn expected_said(expected: &str) -> String {
    match expected {
        "a string" | "a borrowed string" => tr!("domain-serde-expected-text"),
        "a sequence" => tr!("domain-serde-expected-list"),
        "a boolean" => tr!("domain-serde-expected-boolean"),
        "a map" => tr!("domain-serde-expected-table"),
        "u8" | "u16" | "u32" | "u64" | "usize" => tr!("domain-serde-expected-unsigned"),
        "i8" | "i16" | "i32" | "i64" | "isize" => tr!("domain-serde-expected-whole"),
        other if other.starts_with("struct ") => tr!("domain-serde-expected-table"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::speaking;

    fn dutch(message: &str) -> String {
        speaking(Lang::Nl, || said(message))
    }

    #[test]
    fn serdes_frames_are_said_in_dutch_and_left_as_they_are_in_english() {
        let unknown = "unknown field `naam`, expected one of `id`, `name`";
        assert_eq!(said(unknown), unknown);
        assert_eq!(
            dutch(unknown),
            "onbekende sleutel `naam`; mogelijk zijn: `id`, `name`"
        );
        assert_eq!(dutch("missing field `name`"), "de sleutel `name` ontbreekt");
        assert_eq!(dutch("duplicate key"), "deze sleutel staat er al eerder in");
        assert_eq!(
            dutch("invalid type: integer `3`, expected a string"),
            "verkeerd soort waarde: het getal 3, verwacht een tekst"
        );
        assert_eq!(
            dutch("invalid type: string \"a\", expected a sequence"),
            "verkeerd soort waarde: de tekst \"a\", verwacht een lijst"
        );
        assert_eq!(
            dutch("invalid value: integer `-1`, expected u32"),
            "ongeldige waarde: het getal -1, verwacht een geheel getal van 0 of meer"
        );
        assert_eq!(
            dutch("unknown variant `x`, expected `a`"),
            "onbekende waarde `x`; verwacht `a`"
        );
        assert_eq!(
            dutch("invalid date, expected month between 01 and 12"),
            "ongeldige datum: de maand ligt tussen 01 en 12"
        );
        assert_ne!(
            dutch("invalid date, expected day between 01 and 31"),
            "invalid date, expected day between 01 and 31"
        );
        assert_eq!(
            dutch("invalid type: string \"a\", expected struct OrganisationDoc"),
            dutch("invalid type: string \"a\", expected a map")
        );
        assert_eq!(
            dutch("invalid type: string \"a\", expected something else"),
            format!(
                "{}something else",
                dutch("invalid type: string \"a\", expected ")
            )
        );
        // The parser's words about a line it cannot read stay.
        assert_eq!(
            dutch("unclosed array table, expected `]`"),
            "unclosed array table, expected `]`"
        );
    }
}
