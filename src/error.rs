//! What can go wrong, as the library reports it. `main` turns every one into exit code 2.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no register at {}; create it with `vreg init` (or point --db / VREG_DB at one)", .0.display())]
    RegisterMissing(PathBuf),
    #[error("{} already exists; `vreg init` makes a register in a new file", .0.display())]
    RegisterExists(PathBuf),
    #[error("{} was written by a newer vreg (schema version {found}, this vreg knows up to {known}); upgrade vreg, nothing was changed", .path.display())]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{} is not a vreg register (create one with `vreg init` in a new file)", .0.display())]
    NotARegister(PathBuf),
    #[error("no {kind} '{id}' (see `vreg {kind} list`)")]
    NotFound { kind: &'static str, id: String },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    NonInteractive(String),
}

impl Error {
    pub fn not_found(kind: &'static str, id: &str) -> Self {
        Error::NotFound {
            kind,
            id: id.to_string(),
        }
    }
}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;
