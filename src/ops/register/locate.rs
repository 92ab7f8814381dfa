//! Reading a register file, and naming the place of an error in it: `FILE:LINE: key `k`: ...`,
//! also for a patch, whose errors are found in the merged document.

use std::ops::Range;
use std::path::Path;

use crate::Error;
use crate::domain::document::{Document, Located};
use crate::output::file;
use crate::tr;

/// The document to import, and for a patch, where each of its entities stands in the file.
pub(super) struct Input {
    pub(super) text: String,
    /// For `--merge`: per entity of `text`, its kind and place in the file's list of that kind.
    pub(super) origin: Option<Vec<(String, usize)>>,
}

impl Input {
    /// An error of the document, named at its place in the file.
    pub(super) fn locate(&self, file_text: &str, source: &str, e: Located) -> anyhow::Error {
        let Some(origin) = &self.origin else {
            return located(file_text, source, e);
        };
        let Some(span) = e.span.clone() else {
            return located(file_text, source, e);
        };
        let start = span.start.min(self.text.len());
        let line = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let key = self.text[line..]
            .lines()
            .next()
            .and_then(|l| l.split_once('='))
            .map(|(k, _)| k.trim().to_string());
        // The top-level entity the error lies in: the last top-level header up to its line.
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let upto = &self.text[..line_end];
        let entity = upto.lines().rev().find_map(top_level);
        let place = entity.and_then(|kind| {
            let nth = upto
                .lines()
                .filter_map(top_level)
                .filter(|k| *k == kind)
                .count()
                - 1;
            let (_, index) = origin.iter().filter(|(k, _)| k == kind).nth(nth)?;
            header_offset(file_text, kind, *index)
        });
        let message = match key {
            Some(key) => tr!(
                "command-document-key-merged",
                key = key,
                message = e.message
            ),
            None => e.message,
        };
        match place {
            Some(at) => {
                let line_no = file_text[..at].matches('\n').count() + 1;
                Error::Invalid(format!(
                    "{source}:{line_no}: {}",
                    message.replace('\n', " ")
                ))
                .into()
            }
            None => Error::Invalid(format!("{source}: {}", message.replace('\n', " "))).into(),
        }
    }
}

/// The kind a top-level header line opens: `[[supplier]]` or `[organisation]`.
pub(super) fn top_level(line: &str) -> Option<&str> {
    let line = line.trim();
    let inner = line
        .strip_prefix("[[")
        .and_then(|l| l.strip_suffix("]]"))
        .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')))?
        .trim();
    (!inner.contains('.') && !inner.is_empty()).then_some(inner)
}

/// Where the `index`-th entity of `kind` opens in a file.
pub(super) fn header_offset(text: &str, kind: &str, index: usize) -> Option<usize> {
    let mut offset = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        if top_level(line) == Some(kind) {
            if seen == index {
                return Some(offset);
            }
            seen += 1;
        }
        offset += line.len();
    }
    None
}

/// A file read as plain TOML, for `--merge`; a syntax error names its line.
pub(super) fn parse_table(text: &str, source: &str) -> anyhow::Result<toml::Table> {
    text.parse::<toml::Table>().map_err(|e| {
        located(
            text,
            source,
            Located {
                span: e.span(),
                message: crate::domain::document::said(e.message()),
            },
        )
    })
}

/// Reads a register file, or a pipe, through a bounded reader: more than 64 MiB is refused.
pub(super) fn read_text(path: &Path) -> anyhow::Result<String> {
    let too_big = |size: u64| {
        Error::Invalid(tr!(
            "command-document-too-big",
            path = path.display().to_string(),
            size = size
        ))
    };
    let input = file::open_input(path)?;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.is_file()
        && meta.len() > file::MAX_READ_BYTES
    {
        return Err(too_big(meta.len()).into());
    }
    let bytes = file::read_bounded(input, path)?;
    String::from_utf8(bytes).map_err(|_| {
        Error::Invalid(tr!(
            "command-document-not-utf8",
            path = path.display().to_string()
        ))
        .into()
    })
}

/// Parses a register file; an error names the file, the line and the key.
pub fn parse(text: &str, source: &str) -> anyhow::Result<Document> {
    Document::parse(text).map_err(|e| located(text, source, e))
}

/// `FILE:LINE: key `k`: message`.
pub(super) fn located(text: &str, source: &str, e: Located) -> anyhow::Error {
    let Some(Range { start, .. }) = e.span else {
        return Error::Invalid(format!("{source}: {}", e.message)).into();
    };
    let start = key_named(text, start.min(text.len()), &e.message);
    let line_no = text[..start].matches('\n').count() + 1;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("").trim();
    let key = if line.starts_with('[') {
        Some(line.trim_matches(['[', ']']).trim().to_string())
    } else {
        line.split_once('=').map(|(k, _)| k.trim().to_string())
    };
    let message = e.message.replace('\n', " ");
    Error::Invalid(match key {
        Some(key) if !key.is_empty() => tr!(
            "command-document-at-key",
            source = source,
            line = line_no.to_string(),
            key = key,
            message = message
        ),
        _ => format!("{source}:{line_no}: {message}"),
    })
    .into()
}

/// Where an error about a whole table (an entity whose rules do not hold) points: at the line
/// of the key its message names (`the notes contains ...`, `expires_on is before signed_on`),
/// among the keys of that table, the first the message names; else at the table's header.
fn key_named(text: &str, table_start: usize, message: &str) -> usize {
    let header = &text[table_start..];
    if !header.starts_with('[') {
        return table_start;
    }
    // "supplier ID: the notes ...": the entity's id comes first and may be any word.
    let said = message.split_once(": ").map_or(message, |(_, rest)| rest);
    let words: Vec<String> = said
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_start_matches('-').replace('-', "_").to_lowercase())
        .collect();
    let mut offset = table_start;
    let mut keys = Vec::new();
    for (i, line) in header.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_start();
        if i > 0 && trimmed.starts_with('[') {
            break;
        }
        if let Some((key, _)) = trimmed.split_once('=') {
            keys.push((key.trim().trim_matches('"').to_string(), offset));
        }
        offset += line.len();
    }
    words
        .iter()
        .find_map(|w| keys.iter().find(|(k, _)| k == w).map(|(_, at)| *at))
        .unwrap_or(table_start)
}
