//! The terminal gate: vreg asks questions only when a person is there to answer them.

use std::fmt::Display;
use std::io::IsTerminal;

use anyhow::Context;
use dialoguer::{Confirm, Input};

use crate::{Error, tr};

/// A person at a terminal: both stdin and stderr (where prompts go) are terminals.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The value given on the command line, or asked for on a terminal, or an error naming the flag.
/// The question and the flag are put in words only when they are needed.
pub fn require(
    value: Option<String>,
    question: impl Display,
    flag: impl Display,
) -> anyhow::Result<String> {
    require_parsed(value, question, flag, |answer| Ok(answer.to_string()))
}

/// Like [`require`], for values that are parsed: asks again on a terminal until the answer parses.
pub fn require_parsed<T>(
    value: Option<T>,
    question: impl Display,
    flag: impl Display,
    parse: impl Fn(&str) -> Result<T, String>,
) -> anyhow::Result<T> {
    if let Some(v) = value {
        return Ok(v);
    }
    if !interactive() {
        return Err(
            Error::NonInteractive(tr!("command-prompt-missing", flag = flag.to_string())).into(),
        );
    }
    let text = Input::<String>::new()
        .with_prompt(question.to_string())
        .validate_with(|answer: &String| parse(answer).map(|_| ()))
        .interact_text()
        .with_context(|| tr!("command-prompt-unreadable"))?;
    parse(&text).map_err(|e| Error::Invalid(e).into())
}

/// Confirmation of a destructive step: `--yes`, or "yes" at a terminal. Without a terminal and
/// without `--yes` it refuses, so a script never blocks and never destroys by accident.
pub fn confirm(question: &str, yes: bool) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !interactive() {
        return Err(
            Error::NonInteractive(tr!("command-prompt-refused", question = question)).into(),
        );
    }
    Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .with_context(|| tr!("command-prompt-unreadable"))
}
