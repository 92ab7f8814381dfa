//! Texts that go into JSON: JSON never changes with the language, so they are written in
//! English there, while a terminal shows them in the reader's language.

use serde::Serializer;

use crate::i18n::{Lang, Text};

/// `#[serde(serialize_with = "english")]`: the text in English.
pub fn english<S: Serializer>(text: &Text, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&text.in_lang(Lang::En))
}

/// `#[serde(serialize_with = "english_all")]`: each text in English.
pub fn english_all<S: Serializer>(texts: &[Text], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(texts.iter().map(|t| t.in_lang(Lang::En)))
}

/// The texts in English, as a CSV cell or a JSON value holds them.
pub fn in_english(texts: &[Text]) -> Vec<String> {
    texts.iter().map(|t| t.in_lang(Lang::En)).collect()
}
