//! vreg: the verwerkersregister of a Dutch school board.
//!
//! `main` parses the command line and calls [`run`]; commands read their arguments, apply the
//! rules of [`domain`] and the [`store`] inside one transaction, and hand rows to [`output`].

// Output goes through writers whose errors are handled: `println!` and `eprintln!` panic when
// stdout or stderr cannot be written.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod clock;
pub mod commands;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod leftover;
pub mod ops;
pub mod output;
pub mod prompt;
pub mod store;

pub use commands::{Outcome, run};
pub use error::Error;
