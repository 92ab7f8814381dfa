//! A column as a table shows it, in the reader's language: its name, and its values when they
//! are an enumeration's codes or a yes/no. Column names are one vocabulary, the JSON keys
//! (docs/glossary.md), so one list here serves every table. CSV and JSON never come here: their
//! headers are the snake_case names and their values the codes.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::domain::{agreement, audit, breach, change, consent, deadline, party, processing};
use crate::domain::{request, supplier};
use crate::i18n::{self, Lang};

/// A column's name as a table shows it: in English the snake_case name with spaces
/// (`signed on`), in Dutch its name in the catalogue (`table-column-signed_on`). A name the
/// catalogue does not have (a numbered purpose) is shown as in English.
pub fn header(name: &str) -> String {
    header_in(i18n::lang(), name)
}

fn header_in(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => spaced(name),
        Lang::Nl => {
            i18n::lookup_in(lang, &format!("table-column-{name}")).unwrap_or_else(|| spaced(name))
        }
    }
}

fn spaced(name: &str) -> String {
    name.replace('_', " ")
}

/// A cell of `column` as a table shows it. In English as it is: the code. In Dutch a code of
/// the column's enumeration as its label (`error` is `fout`), every item of a list of codes
/// too, a yes/no as `ja`/`nee`, a day as `29-02-2024`, and an import's evidence with `regel`;
/// anything else as it is.
pub fn value<'a>(column: &str, text: &'a str) -> Cow<'a, str> {
    value_in(i18n::lang(), column, text)
}

/// Whether a column holds an enumeration, whose Dutch labels may be words that wrap.
pub fn is_enumeration(column: &str) -> bool {
    matches!(values(column), Some(Values::Codes(_)))
}

/// The label of one code, when the enumeration has it.
type Label = fn(&str) -> Option<&'static str>;

/// What a column's values are.
enum Values {
    /// Codes of these enumerations; the first that knows a code gives its label. Where two
    /// share a column and a code, they give it the same label (a test holds them to it).
    Codes(&'static [Label]),
    /// `true`/`false` or `yes`/`no`.
    YesNo,
}

/// Every column whose values a Dutch table shows otherwise than as they are. Data categories
/// stay codes: a board's own have no label here, the labels are long, and `scope categories`
/// lists each code with its label. So do the log's actions, which are command names.
const VALUES: &[(&str, Values)] = &[
    ("applies_to", Values::Codes(&[consent::AppliesTo::label_of])),
    ("ap_status", Values::Codes(&[breach::ClockStatus::label_of])),
    ("basis", Values::Codes(&[party::Basis::label_of])),
    ("change", Values::Codes(&[audit_change])),
    ("clock", Values::Codes(&[breach::ClockKind::label_of])),
    ("convenant", Values::Codes(&[supplier::Convenant::label_of])),
    ("decision", Values::Codes(&[consent::Decision::label_of])),
    (
        "entity_kind",
        Values::Codes(&[change::EntityKind::label_of]),
    ),
    ("form", Values::Codes(&[consent::Form::label_of])),
    ("given_by", Values::Codes(&[consent::GivenBy::label_of])),
    (
        "kind",
        Values::Codes(&[
            party::Kind::label_of,
            request::Kind::label_of,
            deadline::Kind::label_of,
        ]),
    ),
    ("kinds", Values::Codes(&[breach::Kind::label_of])),
    ("model", Values::Codes(&[agreement::Model::label_of])),
    ("outcome", Values::Codes(&[request::Outcome::label_of])),
    ("renewal", Values::Codes(&[consent::Renewal::label_of])),
    (
        "requested_by",
        Values::Codes(&[request::RequestedBy::label_of]),
    ),
    ("risk", Values::Codes(&[breach::Risk::label_of])),
    ("role", Values::Codes(&[supplier::Role::label_of])),
    ("severity", Values::Codes(&[audit::Severity::label_of])),
    ("state", Values::Codes(&[consent::State::label_of])),
    (
        "status",
        Values::Codes(&[
            agreement::Status::label_of,
            request_status,
            breach_status,
            deadline::State::label_of,
        ]),
    ),
    (
        "subject_kind",
        Values::Codes(&[change::EntityKind::label_of]),
    ),
    ("subjects", Values::Codes(&[processing::Subject::label_of])),
    (
        "subject_kinds",
        Values::Codes(&[processing::Subject::label_of]),
    ),
    (
        "transfer_safeguard",
        Values::Codes(&[agreement::Safeguard::label_of]),
    ),
    ("complete", Values::YesNo),
    ("counts", Values::YesNo),
    ("decides_alone", Values::YesNo),
    ("dry_run", Values::YesNo),
    ("explicit", Values::YesNo),
    ("in_privacy_regulation", Values::YesNo),
    ("national_id", Values::YesNo),
    ("own", Values::YesNo),
    ("pressing", Values::YesNo),
    ("special", Values::YesNo),
    ("undated", Values::YesNo),
    ("written_only", Values::YesNo),
];

/// Whether a column holds days (`signed_on`, `birth_date`, `date`, `as_of`): a table writes
/// them as the reader's language does ([`i18n::day_in`]), CSV and JSON as ISO.
fn is_day(column: &str) -> bool {
    column.ends_with("_on") || column.ends_with("_date") || column == "date" || column == "as_of"
}

fn values(column: &str) -> Option<&'static Values> {
    VALUES
        .iter()
        .find(|(name, _)| *name == column)
        .map(|(_, values)| values)
}

/// Where a request stands (`domain::request::Status`).
fn request_status(code: &str) -> Option<&'static str> {
    use request::Status;
    [
        (Status::Open, "open"),
        (Status::Overdue, "verlopen"),
        (Status::AnsweredOnTime, "op tijd beantwoord"),
        (Status::AnsweredLate, "te laat beantwoord"),
    ]
    .into_iter()
    .find(|(status, _)| status.code() == code)
    .map(|(_, label)| label)
}

/// Whether a breach is still open (`breach list`).
fn breach_status(code: &str) -> Option<&'static str> {
    match code {
        "open" => Some("open"),
        "closed" => Some("afgesloten"),
        _ => None,
    }
}

/// What became of a finding between two audits (`audit diff`, `audit history`).
fn audit_change(code: &str) -> Option<&'static str> {
    match code {
        "new" => Some("nieuw"),
        "resolved" => Some("opgelost"),
        "open" => Some("open"),
        _ => None,
    }
}

fn value_in<'a>(lang: Lang, column: &str, text: &'a str) -> Cow<'a, str> {
    if lang == Lang::En || text.is_empty() {
        return Cow::Borrowed(text);
    }
    if column == "evidence" {
        return consent::evidence_in(lang, text);
    }
    if is_day(column)
        && let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
    {
        return Cow::Owned(i18n::day_in(lang, day));
    }
    match values(column) {
        None => Cow::Borrowed(text),
        Some(Values::YesNo) => {
            // Put in words once: a list may have a yes or no on every row.
            static WORDS: [OnceLock<(String, String)>; Lang::ALL.len()] =
                [const { OnceLock::new() }; Lang::ALL.len()];
            let (yes, no) = WORDS[lang as usize].get_or_init(|| {
                (
                    i18n::message_in(lang, "table-yes", &[]),
                    i18n::message_in(lang, "table-no", &[]),
                )
            });
            match text {
                "true" | "yes" => Cow::Owned(yes.clone()),
                "false" | "no" => Cow::Owned(no.clone()),
                _ => Cow::Borrowed(text),
            }
        }
        Some(Values::Codes(labels)) => {
            let label = |code: &str| labels.iter().find_map(|label| label(code));
            // A list of codes is joined with "; "; a code may carry a note (`parent (ouder 2)`).
            let items: Vec<String> = text
                .split("; ")
                .map(|item| match label(item) {
                    Some(l) => l.to_string(),
                    None => match item
                        .split_once(" (")
                        .and_then(|(c, n)| Some((label(c)?, n)))
                    {
                        Some((l, note)) => format!("{l} ({note}"),
                        None => item.to_string(),
                    },
                })
                .collect();
            Cow::Owned(items.join("; "))
        }
    }
}

#[cfg(test)]
mod tests;
