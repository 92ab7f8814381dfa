//! vreg: the verwerkersregister of a Dutch school board.
//!
//! `main` parses the command line and calls [`run`]; commands read their arguments, apply the
//! rules of [`domain`] and the [`store`] inside one transaction, and hand rows to [`output`].

pub mod cli;
pub mod clock;
pub mod commands;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod ops;
pub mod output;
pub mod prompt;
pub mod store;

pub use commands::{Outcome, run};
pub use error::Error;
