//! The one rule for text vreg stores: every name and text passes through [`check`] on its way
//! in, whether it comes from a flag, a TOML file, a pupil file or `--actor`.
//!
//! A text is refused when it is absurdly long, or when it holds a character that a terminal or
//! an editor acts on instead of showing: C0 and C1 control characters (ESC, BEL, NUL, ...), DEL,
//! and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
//! can reorder what a reader sees. Notes may span lines: they allow a tab, a newline and a
//! carriage return before a newline.

/// The longest name, id or short value vreg stores, in characters.
pub const MAX_NAME: usize = 300;

/// The longest free text (notes, purposes, law references) vreg stores, in characters.
pub const MAX_TEXT: usize = 10_000;

/// What kind of text a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A name or short value: one line, at most [`MAX_NAME`] characters.
    Name,
    /// A reference or description: one line, at most [`MAX_TEXT`] characters.
    Line,
    /// Notes: several lines and tabs allowed, at most [`MAX_TEXT`] characters.
    Notes,
}

/// Whether a character is one that no stored text may hold (tab and newline aside).
pub fn is_hostile(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Checks one value; the error names `what` and the first bad character by its code point.
/// `what` is the English name of the value ("the name", "--via"); the error puts it in the
/// reader's language where the catalogue has it ([`field`]).
pub fn check(what: &str, value: &str, kind: Kind) -> Result<(), String> {
    let max = match kind {
        Kind::Name => MAX_NAME,
        Kind::Line | Kind::Notes => MAX_TEXT,
    };
    let n = value.chars().count();
    if n > max {
        return Err(crate::tr!(
            "domain-text-too-long",
            what = field(what),
            count = n,
            max = max
        ));
    }
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = kind == Kind::Notes
            && (c == '\t' || c == '\n' || (c == '\r' && chars.peek() == Some(&'\n')));
        if is_hostile(c) && !allowed {
            let code = format!("U+{:04X}", u32::from(c));
            return Err(match c {
                '\n' | '\r' => {
                    crate::tr!("domain-text-line-break", what = field(what), code = code)
                }
                _ => crate::tr!("domain-text-control", what = field(what), code = code),
            });
        }
    }
    Ok(())
}

/// Checks a name that must not be empty either.
pub fn check_required(what: &str, value: &str, kind: Kind) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err(crate::tr!("domain-text-empty", what = field(what)));
    }
    check(what, value, kind)
}

/// Checks an optional value.
pub fn check_opt(what: &str, value: Option<&str>, kind: Kind) -> Result<(), String> {
    value.map_or(Ok(()), |v| check(what, v, kind))
}

/// The name of a checked value in the reader's language: the English name `what` as the
/// callers of [`check`] give it, in words of the catalogue. A flag (`--via`) and a name the
/// catalogue does not know are shown as given.
pub fn field(what: &str) -> String {
    match what {
        "a product name" => crate::tr!("domain-field-product-name"),
        "a purpose" => crate::tr!("domain-field-a-purpose"),
        "how the people were told" => crate::tr!("domain-field-subjects-notice"),
        "the actor" => crate::tr!("domain-field-actor"),
        "the address" => crate::tr!("domain-field-address"),
        "the AP report number" => crate::tr!("domain-field-ap-reference"),
        "the reasons for the delay" => crate::tr!("domain-field-ap-delay-reason"),
        "the consequences" => crate::tr!("domain-field-consequences"),
        "the contact" => crate::tr!("domain-field-contact"),
        "the description" => crate::tr!("domain-field-description"),
        "the document reference" => crate::tr!("domain-field-document"),
        "the DPIA reference" => crate::tr!("domain-field-dpia"),
        "the file's name" => crate::tr!("domain-field-file-name"),
        "the header" => crate::tr!("domain-field-header"),
        "the Inspectie reference" => crate::tr!("domain-field-inspectie-reference"),
        "the law" => crate::tr!("domain-field-law"),
        "the law reference" => crate::tr!("domain-field-law-reference"),
        "the measures" => crate::tr!("domain-field-measures"),
        "the name" => crate::tr!("domain-field-name"),
        "the notes" => crate::tr!("domain-field-notes"),
        "the organisation's name" => crate::tr!("domain-field-organisation-name"),
        "the owner" => crate::tr!("domain-field-owner"),
        "the privacy leaflet" => crate::tr!("domain-field-privacy-leaflet"),
        "the privacy officer" => crate::tr!("domain-field-privacy-officer"),
        "the purpose" => crate::tr!("domain-field-purpose"),
        "the purpose's name" => crate::tr!("domain-field-purpose-name"),
        "the reason" => crate::tr!("domain-field-reason"),
        "the retention" => crate::tr!("domain-field-retention"),
        "the school's name" => crate::tr!("domain-field-school-name"),
        "the security reference" => crate::tr!("domain-field-security"),
        "the sub-processor's name" => crate::tr!("domain-field-subprocessor-name"),
        "the subject id" => crate::tr!("domain-field-subject-id"),
        "the target" => crate::tr!("domain-field-target"),
        "the title" => crate::tr!("domain-field-title"),
        "the value" => crate::tr!("domain-field-value"),
        "the website" => crate::tr!("domain-field-website"),
        other => other.to_string(),
    }
}

/// A text as it may be shown on a terminal: every character [`is_hostile`] refuses is written
/// as `\u{..}` (newlines too, unless `lines` allows them), so that a value stored before these
/// rules cannot hide rows, ring bells or reorder what is shown.
pub fn escape(value: &str, lines: bool) -> std::borrow::Cow<'_, str> {
    if !value.chars().any(is_hostile) {
        return value.into();
    }
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        if is_hostile(c) && !(lines && c == '\n') {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Whether a name holds a `?` where a letter belongs (`Ay?e Y?lmaz`): what a spreadsheet leaves
/// of a character it could not save in the file's encoding.
pub fn lost_letters(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        c == '?'
            && ((i > 0 && chars[i - 1].is_alphabetic())
                || chars.get(i + 1).is_some_and(|n| n.is_alphabetic()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_text_is_named_in_the_readers_language() {
        use crate::i18n::{Lang, speaking};
        let bell = || check("the name", "a\u{7}", Kind::Name).unwrap_err();
        assert_eq!(bell(), "the name contains the control character U+0007");
        assert_eq!(
            speaking(Lang::Nl, bell),
            "in de naam staat het stuurteken U+0007"
        );
        let tab = || check("the notes", "a\rb", Kind::Notes).unwrap_err();
        assert_eq!(
            tab(),
            "the notes contains the control character U+000D; it must be on one line"
        );
        assert_eq!(
            speaking(Lang::Nl, tab),
            "in de notities staat het stuurteken U+000D; het moet op één regel staan"
        );
        // A tab is no line break: it is named as the control character it is.
        assert_eq!(
            check("the name", "a\tb", Kind::Name).unwrap_err(),
            "the name contains the control character U+0009"
        );
        let long = || check("the title", &"x".repeat(301), Kind::Name).unwrap_err();
        assert_eq!(
            long(),
            "the title is 301 characters long; at most 300 are kept"
        );
        assert_eq!(
            speaking(Lang::Nl, long),
            "in de titel staan 301 tekens; er worden er hoogstens 300 bewaard"
        );
        let empty = || check_required("the organisation's name", " ", Kind::Name).unwrap_err();
        assert_eq!(empty(), "the organisation's name cannot be empty");
        assert_eq!(
            speaking(Lang::Nl, empty),
            "de naam van de organisatie mag niet leeg zijn"
        );
        // A flag, and a name the catalogue does not know, are shown as given.
        assert_eq!(speaking(Lang::Nl, || field("--via")), "--via");
        assert_eq!(speaking(Lang::Nl, || field("the thing")), "the thing");
    }

    #[test]
    fn control_characters_are_refused_except_lines_in_notes() {
        for bad in [
            "a\u{1b}[8m",
            "\u{7}",
            "a\0b",
            "\u{9b}x",
            "x\u{202e}y",
            "\u{2066}",
            "\u{7f}",
        ] {
            assert!(check("the name", bad, Kind::Name).is_err(), "{bad:?}");
            assert!(check("the notes", bad, Kind::Notes).is_err(), "{bad:?}");
        }
        assert!(check("the name", "a\tb", Kind::Name).is_err());
        assert!(check("the name", "a\nb", Kind::Line).is_err());
        assert!(check("the notes", "a\tb\r\nc\nd", Kind::Notes).is_ok());
        assert!(check("the notes", "a\rb", Kind::Notes).is_err());
        assert!(check("the name", "Basisschool De Regenboog – Zoë", Kind::Name).is_ok());
        assert!(check("the name", &"x".repeat(301), Kind::Name).is_err());
        assert!(check("the name", &"é".repeat(300), Kind::Name).is_ok());
        assert!(check("the notes", &"x".repeat(10_000), Kind::Notes).is_ok());
        assert!(check("the notes", &"x".repeat(10_001), Kind::Notes).is_err());
        assert!(check_required("the name", " ", Kind::Name).is_err());
    }

    #[test]
    fn a_question_mark_in_a_word_is_a_lost_letter() {
        assert!(lost_letters("Ay?e Y?lmaz"));
        assert!(lost_letters("?eyma"));
        assert!(lost_letters("Ay?"));
        assert!(!lost_letters("Ayşe Yılmaz"));
        assert!(!lost_letters("Jan (?)"));
        assert!(!lost_letters("?"));
    }

    #[test]
    fn escapes_show_what_is_there() {
        assert_eq!(escape("a\u{1b}[8mb", false), "a\\u{1b}[8mb");
        assert_eq!(escape("a\nb", true), "a\nb");
        assert_eq!(escape("a\nb", false), "a\\u{a}b");
        assert_eq!(escape("x\u{202e}y", false), "x\\u{202e}y");
        assert_eq!(escape("Zoë", false), "Zoë");
    }
}
