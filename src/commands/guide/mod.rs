//! Guided entry at a terminal: `supplier add`, `agreement add`, `agreement subprocessor add`,
//! `party add`, `breach add`, `request add`, `processing add`, `consent purpose add` and
//! `consent set` without what they need walk through every field that matters, with lists to
//! choose from and answers checked as they are typed.
//!
//! The guide only builds a command line. That line is said, so the officer learns the form a
//! script uses, and then parsed and run like any other: there is no second way to write.

mod agreement;
mod breach;
mod consent;
mod party;
mod processing;
mod purpose;
mod request;
mod subprocessor;
mod supplier;

use crate::cli::Deferred;
use clap::Parser;

use super::{Ctx, Outcome};
use crate::cli::{Cli, Command};
use crate::commands::agreement::AgreementCommand;
use crate::commands::agreement::subprocessor::SubprocessorCommand;
use crate::commands::breach::BreachCommand;
use crate::commands::consent::ConsentCommand;
use crate::commands::consent::purpose::PurposeCommand;
use crate::commands::party::PartyCommand;
use crate::commands::processing::ProcessingCommand;
use crate::commands::request::RequestCommand;
use crate::commands::supplier::SupplierCommand;
use crate::output::note;
use crate::{prompt, tr};

/// Whether `command` starts the guide: a person at a terminal, and something it needs missing.
pub fn wanted(command: &Command) -> bool {
    let missing = match command {
        Command::Supplier(Deferred(SupplierCommand::Add(a))) => a.name.is_none(),
        Command::Agreement(Deferred(AgreementCommand::Add(a))) => {
            a.supplier.is_none() || a.signed_on.is_none()
        }
        Command::Party(Deferred(PartyCommand::Add(a))) => {
            a.name.is_none() || a.kind.is_none() || a.basis.is_none()
        }
        Command::Breach(Deferred(BreachCommand::Add(a))) => {
            a.title.is_none() || a.discovered.is_none()
        }
        Command::Consent(Deferred(ConsentCommand::Set(a))) => {
            a.pupil.is_none() || a.purpose.is_none() || a.decision.is_none()
        }
        Command::Agreement(Deferred(AgreementCommand::Subprocessor(SubprocessorCommand::Add(
            a,
        )))) => a.agreement.is_none() || a.name.is_none() || a.country.is_none(),
        Command::Consent(Deferred(ConsentCommand::Purpose(PurposeCommand::Add(a)))) => {
            a.name.is_none()
        }
        Command::Processing(Deferred(ProcessingCommand::Add(a))) => {
            a.name.is_none()
                || a.purposes.is_empty()
                || a.basis.is_none()
                || a.subjects.is_empty()
                || a.categories.is_empty()
        }
        Command::Request(Deferred(RequestCommand::Add(a))) => {
            a.kind.is_none()
                || a.pupil.is_none()
                || a.requested_by.is_none()
                || a.received.is_none()
        }
        _ => false,
    };
    missing && prompt::interactive()
}

/// What the questions gave: the command lines to run, in order, and what to offer after them.
struct Asked {
    lines: Vec<Line>,
    /// A question, and the command it starts when answered yes ("add its agreement now?").
    offer: Option<(String, Command)>,
}

/// Asks for what `command` lacks, says the command lines that do the same without questions,
/// runs them with `dispatch`, and offers the next step.
pub fn run(
    ctx: &Ctx,
    command: Command,
    dispatch: fn(&Ctx, Command) -> anyhow::Result<Outcome>,
) -> anyhow::Result<Outcome> {
    let mut command = command;
    loop {
        let asked = match command {
            Command::Supplier(Deferred(SupplierCommand::Add(a))) => supplier::ask(ctx, a)?,
            Command::Agreement(Deferred(AgreementCommand::Add(a))) => agreement::ask(ctx, a)?,
            Command::Party(Deferred(PartyCommand::Add(a))) => party::ask(ctx, a)?,
            Command::Breach(Deferred(BreachCommand::Add(a))) => breach::ask(ctx, a)?,
            Command::Consent(Deferred(ConsentCommand::Set(a))) => consent::ask(ctx, a)?,
            Command::Request(Deferred(RequestCommand::Add(a))) => request::ask(ctx, a)?,
            Command::Agreement(Deferred(AgreementCommand::Subprocessor(
                SubprocessorCommand::Add(a),
            ))) => subprocessor::ask(ctx, a)?,
            Command::Consent(Deferred(ConsentCommand::Purpose(PurposeCommand::Add(a)))) => {
                purpose::ask(ctx, a)?
            }
            Command::Processing(Deferred(ProcessingCommand::Add(a))) => processing::ask(ctx, a)?,
            other => return dispatch(ctx, other),
        };
        let shown: Vec<String> = asked
            .lines
            .iter()
            .map(|l| format!("  {}", l.shell()))
            .collect();
        note(tr!(
            "guide-the-line",
            count = shown.len(),
            lines = shown.join("\n")
        ));
        let mut outcome = Outcome::Done;
        for line in &asked.lines {
            outcome = dispatch(ctx, line.command()?)?;
        }
        match asked.offer {
            Some((question, next)) if prompt::ask_yes_no(&question, true)? => command = next,
            _ => return Ok(outcome),
        }
    }
}

/// A command line as a script would type it: English names, one word per argument.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Line(Vec<String>);

impl Line {
    fn new(path: &[&str]) -> Line {
        Line(path.iter().map(|w| w.to_string()).collect())
    }

    fn arg(&mut self, value: impl Into<String>) {
        self.0.push(value.into());
    }

    /// A flag and its value; a value that starts with `-` is joined to its flag (`--notes=-x`),
    /// or it would be read as a flag.
    fn flag(&mut self, flag: &str, value: impl Into<String>) {
        let value = value.into();
        match value.starts_with('-') {
            true => self.0.push(format!("{flag}={value}")),
            false => self.0.extend([flag.to_string(), value]),
        }
    }

    fn flag_opt(&mut self, flag: &str, value: Option<impl Into<String>>) {
        if let Some(value) = value {
            self.flag(flag, value);
        }
    }

    fn switch(&mut self, flag: &str) {
        self.0.push(flag.to_string());
    }

    /// The line to type in a POSIX shell: words quoted where the shell would split or expand
    /// them.
    fn shell(&self) -> String {
        std::iter::once("vreg".to_string())
            .chain(self.0.iter().map(|w| quoted(w)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The command the line is, parsed as any command line is.
    fn command(&self) -> anyhow::Result<Command> {
        let words = std::iter::once("vreg").chain(self.0.iter().map(String::as_str));
        Ok(Cli::try_parse_from(words)
            .map_err(|e| {
                let said = e.to_string();
                let first = said.lines().next().unwrap_or_default();
                crate::Error::Invalid(first.trim_start_matches("error: ").into())
            })?
            .command)
    }
}

/// `word` as one word for a POSIX shell.
fn quoted(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "@%+=:,./_-".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// An enumeration's values as a person chooses them: the Dutch label beside the code in
/// Dutch, the code in English.
fn choices<T: Copy>(
    all: &[T],
    code: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<String> {
    all.iter()
        .map(|&v| match crate::i18n::lang() {
            crate::i18n::Lang::En => code(v).to_string(),
            crate::i18n::Lang::Nl => format!("{} ({})", label(v), code(v)),
        })
        .collect()
}

/// The pupil a guided command is about: the number given, found as the command finds it (an
/// unknown number, or one two schools gave out without `--school`, is refused at once), or one
/// found by number or name among the pupils at school. With it the school, where two schools
/// gave out the number, and the birth date, which decides who may act for them.
fn pupil(
    ctx: &Ctx,
    number: Option<String>,
    school: Option<String>,
) -> anyhow::Result<(String, Option<String>, Option<chrono::NaiveDate>)> {
    let store = ctx.store()?;
    let tx = store.read()?;
    if let Some(number) = number {
        let found = crate::ops::school::find_pupil(&tx, &number, school.as_deref())?;
        return Ok((number, school, found.birth_date));
    }
    let pupils: Vec<_> = tx
        .pupils()?
        .into_iter()
        .filter(|p| p.left_on.is_none())
        .collect();
    // No transaction stays open while the officer types.
    drop(tx);
    if pupils.is_empty() {
        return Err(crate::Error::Invalid(tr!("guide-no-pupils")).into());
    }
    let items: Vec<String> = pupils
        .iter()
        .map(|p| {
            let place = [p.group.as_deref(), p.school.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            format!("{} — {} ({place})", p.leerlingnummer, p.name)
        })
        .collect();
    let chosen = &pupils[prompt::find(&tr!("guide-pupil"), &items)?];
    // A number two schools gave out needs its school to say which pupil.
    let shared = pupils
        .iter()
        .filter(|p| p.leerlingnummer == chosen.leerlingnummer)
        .count()
        > 1;
    let school = school.or(chosen.school.clone().filter(|_| shared));
    Ok((chosen.leerlingnummer.clone(), school, chosen.birth_date))
}

/// The safeguard of a transfer to `countries`: asked only where data leaves the EEA, and
/// offered only where it holds for every such country (no adequacy for the United States), or
/// none, which the audit reports.
fn safeguard(
    question: &str,
    countries: &[String],
) -> anyhow::Result<Option<crate::domain::agreement::Safeguard>> {
    use crate::domain::agreement::{Safeguard, transfer_problem};
    if countries.iter().all(|c| crate::domain::country::in_eea(c)) {
        return Ok(None);
    }
    let offered: Vec<Safeguard> = Safeguard::ALL
        .iter()
        .copied()
        .filter(|&s| {
            s == Safeguard::None
                || countries
                    .iter()
                    .all(|c| transfer_problem(c, Some(s)).is_none())
        })
        .collect();
    let items = choices(&offered, Safeguard::code, Safeguard::label);
    Ok(Some(offered[prompt::choose(question, &items, 0)?]))
}

/// A date asked for until it is one that `check` takes; `optional` takes an empty answer as
/// none.
fn dated(
    question: &str,
    optional: bool,
    check: impl Fn(chrono::NaiveDate) -> Result<(), String>,
) -> anyhow::Result<Option<chrono::NaiveDate>> {
    let answer = prompt::text(question, optional, |t| {
        check(crate::domain::date::parse_date(t)?)
    })?;
    Ok(answer.and_then(|t| crate::domain::date::parse_date(&t).ok()))
}

/// A number of 0 or more, optional, checked as the flags check it.
fn count(question: &str) -> anyhow::Result<Option<String>> {
    prompt::text(question, true, |t| crate::cli::parse_count(t).map(|_| ()))
}

/// Text that may not be empty: asked again until it is not, and `check` takes it.
fn required(question: &str, check: impl Fn(&str) -> Result<(), String>) -> anyhow::Result<String> {
    Ok(prompt::text(question, false, check)?.unwrap_or_default())
}

/// An agreement as a list shows it: its id and its supplier.
fn agreement_item(a: &crate::domain::agreement::Agreement) -> String {
    format!("{} — {}", a.id, a.supplier)
}

/// Free text, optional.
fn optional_text(question: &str) -> anyhow::Result<Option<String>> {
    prompt::text(question, true, |_| Ok(()))
}

/// The codes given on the command line; without them, those marked from every value of the
/// enumeration (none marked: none).
fn given_or_chosen<T: Copy>(
    given: &[T],
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
    question: &str,
) -> anyhow::Result<Vec<&'static str>> {
    if !given.is_empty() {
        return Ok(given.iter().map(|&v| code(v)).collect());
    }
    let items = choices(all, code, label);
    Ok(prompt::choose_many(question, &items)?
        .into_iter()
        .map(|i| code(all[i]))
        .collect())
}

/// Data categories chosen from the catalogue, shown with their Dutch labels.
fn categories(question: &str) -> anyhow::Result<Vec<&'static str>> {
    use crate::domain::category::Category;
    let items: Vec<String> = Category::ALL
        .iter()
        .map(|c| format!("{} ({})", c.label(), c.code()))
        .collect();
    Ok(prompt::choose_many(question, &items)?
        .into_iter()
        .map(|i| Category::ALL[i].code())
        .collect())
}

#[cfg(test)]
mod tests;
