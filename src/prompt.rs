//! The terminal gate: vreg asks questions only when a person is there to answer them.

use std::fmt::Display;
use std::io::{IsTerminal, Write};

use anyhow::Context;
use dialoguer::{Confirm, Input};

use crate::{Error, tr};

/// Ctrl-C at a question ends vreg as it always did, with exit code 130, but shows the cursor
/// again first: a list question hides it, and the signal (which the terminal library raises
/// itself, reading keys in raw mode) otherwise left the shell without one. Questions are asked
/// before anything is written, or inside the command's one transaction, which an interrupted
/// run never commits.
fn show_cursor_on_interrupt() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    // Without a handler (another one set, or none possible) Ctrl-C still stops vreg.
    ONCE.call_once(|| drop(ctrlc::set_handler(interrupted)));
}

/// Shows the cursor and ends the run as Ctrl-C does. Both the signal's handler and a question
/// whose read the signal broke off come here; the first to arrive ends the process.
fn interrupted() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(b"\x1b[?25h\n").and_then(|()| err.flush());
        std::process::exit(130);
    });
}

/// Asks a question: its answer, or the error of one that could not be read.
fn ask<T>(question: impl FnOnce() -> dialoguer::Result<T>) -> anyhow::Result<T> {
    show_cursor_on_interrupt();
    let answer = question();
    if let Err(dialoguer::Error::IO(e)) = &answer
        && e.kind() == std::io::ErrorKind::Interrupted
    {
        interrupted();
    }
    answer.with_context(|| tr!("command-prompt-unreadable"))
}

/// A person at a terminal: both stdin and stderr (where prompts go) are terminals.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The value given on the command line, or an error naming what is missing. On a terminal the
/// guide (`commands::guide`) asks for it before the command runs; this is a script's answer.
pub fn given<T>(value: Option<T>, flag: impl Display) -> anyhow::Result<T> {
    value.ok_or_else(|| {
        Error::NonInteractive(tr!("command-prompt-missing", flag = flag.to_string())).into()
    })
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
    // Esc is "no" here: nothing is destroyed.
    Ok(yes_or_no(question, false)?.unwrap_or(false))
}

/// A yes/no question, `None` when Esc stops it. In English a confirmation (`y`/`n`); in Dutch
/// the two answers as a list, since a confirmation takes the keys `y` and `n` and says `yes` or
/// `no`.
fn yes_or_no(question: &str, default: bool) -> anyhow::Result<Option<bool>> {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return ask(|| {
            Confirm::with_theme(&Plain)
                .with_prompt(question)
                .default(default)
                .interact_opt()
        });
    }
    let answers = [tr!("command-prompt-yes"), tr!("command-prompt-no")];
    let chosen = ask(|| {
        dialoguer::Select::with_theme(&Plain)
            .with_prompt(question)
            .items(&answers)
            .default(if default { 0 } else { 1 })
            .interact_opt()
    })?;
    Ok(chosen.map(|i| i == 0))
}

/// dialoguer's plain look, with its "error:" before an answer it did not take in the user's
/// language.
struct Plain;

impl dialoguer::theme::Theme for Plain {
    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        write!(f, "{} {err}", crate::tr!("word-error-prefix"))
    }
}

/// A question answered in text, checked as it is typed: asked again until `check` takes it.
/// An optional question takes an empty answer as "none".
pub fn text(
    question: &str,
    optional: bool,
    check: impl Fn(&str) -> Result<(), String>,
) -> anyhow::Result<Option<String>> {
    let answer = ask(|| {
        Input::<String>::with_theme(&Plain)
            .with_prompt(question)
            .allow_empty(optional)
            .validate_with(|answer: &String| match answer.trim() {
                "" if optional => Ok(()),
                "" => Err(crate::tr!("guide-needs-answer")),
                given => check(given),
            })
            .interact_text()
    })?;
    let answer = answer.trim();
    Ok((!answer.is_empty()).then(|| answer.to_string()))
}

/// One of a short list, with the arrow keys; Esc stops.
pub fn choose(question: &str, items: &[String], default: usize) -> anyhow::Result<usize> {
    ask(|| {
        dialoguer::Select::with_theme(&Plain)
            .with_prompt(question)
            .items(items)
            .default(default)
            .interact_opt()
    })?
    .ok_or_else(stopped)
}

/// One of a long list, found by typing part of it; Esc stops.
pub fn find(question: &str, items: &[String]) -> anyhow::Result<usize> {
    ask(|| {
        dialoguer::FuzzySelect::with_theme(&Plain)
            .with_prompt(question)
            .items(items)
            .default(0)
            .max_length(10)
            .interact_opt()
    })?
    .ok_or_else(stopped)
}

/// Any number of a list: space marks, enter is done; Esc stops.
pub fn choose_many(question: &str, items: &[String]) -> anyhow::Result<Vec<usize>> {
    ask(|| {
        dialoguer::MultiSelect::with_theme(&Plain)
            .with_prompt(question)
            .items(items)
            .max_length(12)
            .interact_opt()
    })?
    .ok_or_else(stopped)
}

/// A yes/no question whose answer decides what comes next (not a destructive step: see
/// [`confirm`]).
pub fn ask_yes_no(question: &str, default: bool) -> anyhow::Result<bool> {
    yes_or_no(question, default)?.ok_or_else(stopped)
}

/// Esc at a question: nothing is done.
fn stopped() -> anyhow::Error {
    Error::Invalid(crate::tr!("guide-stopped")).into()
}
