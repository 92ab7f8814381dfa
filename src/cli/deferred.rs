//! A noun whose commands clap builds only when the command line names it.
//!
//! Clap's derive builds the whole tree of some hundred commands and three hundred arguments
//! before it reads a word: a megabyte of heap, which the kernel hands out page by page. A
//! `consent check` in a script needs only its own noun. So the tree that parses a command line
//! ([`parsing`]) leaves each noun's commands to clap's `Command::defer`, which adds them when
//! the parser enters that noun. Every other use of the tree (help in Dutch, the Dutch command
//! names, completions, the man page) walks it whole, and gets it whole.

use std::cell::Cell;

use clap::{ArgMatches, Command, FromArgMatches, Subcommand};

thread_local! {
    static DEFER: Cell<bool> = const { Cell::new(false) };
}

/// The subcommands of a noun: `T`, added to the tree when needed.
#[derive(Debug)]
pub struct Deferred<T>(pub T);

/// The command tree for parsing, with each noun's commands left until the parser enters it.
pub fn parsing(tree: fn() -> Command) -> Command {
    DEFER.set(true);
    let command = tree();
    DEFER.set(false);
    command
}

fn augment(cmd: Command, augment: fn(Command) -> Command) -> Command {
    match DEFER.get() {
        true => cmd.defer(augment),
        false => augment(cmd),
    }
}

impl<T: Subcommand> Subcommand for Deferred<T> {
    fn augment_subcommands(cmd: Command) -> Command {
        augment(cmd, T::augment_subcommands)
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        augment(cmd, T::augment_subcommands_for_update)
    }

    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}

impl<T: FromArgMatches> FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Deferred)
    }

    fn from_arg_matches_mut(matches: &mut ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(Deferred)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }

    fn update_from_arg_matches_mut(&mut self, matches: &mut ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::{Cli, Command as Noun};
    use crate::commands::consent::ConsentCommand;

    fn verbs(tree: &Command, noun: &str) -> usize {
        tree.find_subcommand(noun)
            .map_or(0, |n| n.get_subcommands().count())
    }

    #[test]
    fn the_parsing_tree_adds_a_noun_s_commands_when_the_line_names_it() {
        assert_eq!(verbs(&parsing(Cli::command), "consent"), 0);
        assert!(verbs(&Cli::command(), "consent") > 5, "the whole tree");
        let matches = parsing(Cli::command)
            .try_get_matches_from(["vreg", "consent", "check", "1001", "photo-internal"])
            .unwrap();
        let cli = Cli::from_arg_matches(&matches).unwrap();
        assert!(matches!(
            cli.command,
            Noun::Consent(Deferred(ConsentCommand::Check(_)))
        ));
        // A tree made after it is whole again.
        assert!(verbs(&Cli::command(), "supplier") > 3);
    }
}
