//! What can go wrong, as the library reports it. `main` turns every one into exit code 2.

use std::path::PathBuf;

/// What can go wrong. Its words are put together when the error is shown, in the language of
/// the run: an error that is caught and passed over costs no lookup in the catalogue.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", crate::tr!("command-register-missing", path = .0.display().to_string()))]
    RegisterMissing(PathBuf),
    #[error("{}", crate::tr!("command-register-exists", path = .0.display().to_string()))]
    RegisterExists(PathBuf),
    #[error("{}", crate::tr!("command-register-newer", path = .path.display().to_string(), found = *.found, known = *.known))]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{}", crate::tr!("command-register-foreign", path = .0.display().to_string()))]
    NotARegister(PathBuf),
    #[error("{}", crate::tr!("command-not-found", kind = *.kind, id = .id))]
    NotFound { kind: &'static str, id: String },
    /// Something named that is not there, where the message says more than "no KIND 'ID'".
    #[error("{0}")]
    Missing(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    NonInteractive(String),
    /// A file or stream that could not be read or written, in words that say which.
    #[error("{0}")]
    Io(String),
    /// Rows that point at what is not there (written by another tool): what a command would
    /// leave out without a word.
    #[error("{0}")]
    Damaged(String),
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

/// An error as `main` prints it: its causes joined with ": " as anyhow's `{:#}` joins them. The
/// reasons the operating system and SQLite give (`No such file or directory (os error 2)`,
/// `database is locked: Error code 5`) are said in the words of the catalogue, in either
/// language.
pub fn said(e: &anyhow::Error) -> String {
    if let Some(cause) = unreadable_value(e) {
        return crate::tr!("command-unreadable-value", detail = cause.to_string());
    }
    let mut said = Vec::new();
    for cause in e.chain() {
        if let Some(reason) = cause
            .downcast_ref::<rusqlite::Error>()
            .and_then(sqlite_reason)
        {
            // SQLite's own error, which repeats the reason, is its source: said once.
            said.push(reason);
            break;
        }
        said.push(
            cause
                .downcast_ref::<std::io::Error>()
                .and_then(system_reason)
                .unwrap_or_else(|| cause.to_string()),
        );
    }
    said.join(": ")
}

/// A value in the register that vreg cannot read as what its column holds (a date `2025-02-30`,
/// a list that is not JSON), written by another tool: the register is damaged for vreg, and
/// `vreg check` names the value.
fn unreadable_value(e: &anyhow::Error) -> Option<&rusqlite::Error> {
    e.chain()
        .filter_map(|cause| cause.downcast_ref::<rusqlite::Error>())
        .find(|e| {
            matches!(
                e,
                rusqlite::Error::FromSqlConversionFailure(..)
                    | rusqlite::Error::InvalidColumnType(..)
            )
        })
}

/// What SQLite says of a register it cannot use (`database is locked`), in the words of the
/// catalogue; `None` for the failures of a statement, which are vreg's to explain.
pub(crate) fn sqlite_reason(e: &rusqlite::Error) -> Option<String> {
    use rusqlite::ErrorCode;
    let rusqlite::Error::SqliteFailure(failure, _) = e else {
        return None;
    };
    let reason = match failure.code {
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
            crate::text!("command-sqlite-locked")
        }
        ErrorCode::DatabaseCorrupt => crate::text!("command-sqlite-corrupt"),
        ErrorCode::NotADatabase => crate::text!("command-sqlite-not-a-database"),
        ErrorCode::DiskFull => crate::text!("command-io-storage-full"),
        ErrorCode::ReadOnly => crate::text!("command-sqlite-read-only"),
        ErrorCode::CannotOpen => crate::text!("command-sqlite-cannot-open"),
        ErrorCode::PermissionDenied => crate::text!("command-io-permission-denied"),
        _ => return None,
    };
    Some(crate::tr!(
        "command-sqlite-error",
        reason = reason,
        code = failure.extended_code.to_string()
    ))
}

/// The reason of an operating system's error in the words of the catalogue, for the kinds a
/// file or directory gives; `None` for an error vreg made itself or another kind.
fn system_reason(e: &std::io::Error) -> Option<String> {
    use std::io::ErrorKind;
    let code = e.raw_os_error()?;
    let reason = match e.kind() {
        ErrorKind::NotFound => crate::text!("command-io-not-found"),
        ErrorKind::PermissionDenied => crate::text!("command-io-permission-denied"),
        ErrorKind::AlreadyExists => crate::text!("command-io-already-exists"),
        ErrorKind::IsADirectory => crate::text!("command-io-is-a-directory"),
        ErrorKind::NotADirectory => crate::text!("command-io-not-a-directory"),
        ErrorKind::DirectoryNotEmpty => crate::text!("command-io-directory-not-empty"),
        ErrorKind::ReadOnlyFilesystem => crate::text!("command-io-read-only"),
        ErrorKind::StorageFull => crate::text!("command-io-storage-full"),
        _ => return None,
    };
    Some(crate::tr!(
        "command-io-error",
        reason = reason,
        code = code.to_string()
    ))
}

/// What kind of failure an error is, for scripts (`--format json` prints it): one of
/// [`KINDS`].
pub fn kind(e: &anyhow::Error) -> &'static str {
    use rusqlite::ErrorCode;
    if unreadable_value(e).is_some() {
        return "damaged";
    }
    for cause in e.chain() {
        if let Some(error) = cause.downcast_ref::<Error>() {
            return match error {
                Error::NotFound { .. } | Error::Missing(_) | Error::RegisterMissing(_) => {
                    "not_found"
                }
                Error::Conflict(_) | Error::RegisterExists(_) => "conflict",
                Error::NewerSchema { .. } | Error::NotARegister(_) | Error::Damaged(_) => "damaged",
                Error::Invalid(_) | Error::NonInteractive(_) => "invalid",
                Error::Io(_) => "io",
            };
        }
        if let Some(code) = cause
            .downcast_ref::<rusqlite::Error>()
            .and_then(rusqlite::Error::sqlite_error_code)
        {
            return match code {
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => "locked",
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => "damaged",
                ErrorCode::CannotOpen
                | ErrorCode::ReadOnly
                | ErrorCode::DiskFull
                | ErrorCode::SystemIoFailure
                | ErrorCode::PermissionDenied => "io",
                _ => "invalid",
            };
        }
        // A file or stdout that cannot be written, also under the JSON or CSV writer.
        if cause.downcast_ref::<std::io::Error>().is_some()
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(serde_json::Error::is_io)
            || cause
                .downcast_ref::<::csv::Error>()
                .is_some_and(|c| matches!(c.kind(), ::csv::ErrorKind::Io(_)))
        {
            return "io";
        }
    }
    "invalid"
}

/// Every kind [`kind`] returns, and `usage` for a command line that does not parse.
pub const KINDS: &[&str] = &[
    "usage",
    "not_found",
    "invalid",
    "conflict",
    "locked",
    "damaged",
    "io",
];

/// The hint in an error's message, where it gives one: "(see `vreg ...`)" at its end (in Dutch
/// "(zie `vreg ...`)"), or the part after its last "; " when that names a command.
pub fn split_hint(message: &str) -> (&str, Option<&str>) {
    let open = [" (see ", " (zie "]
        .iter()
        .filter_map(|opening| message.rfind(opening))
        .max();
    if let Some(open) = open
        && message.ends_with(')')
    {
        return (
            &message[..open],
            Some(&message[open + 2..message.len() - 1]),
        );
    }
    match message.rsplit_once("; ") {
        Some((head, tail)) if tail.contains('`') => (head, Some(tail)),
        _ => (message, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_systems_reason_is_said_in_the_readers_language() {
        use crate::i18n::{Lang, speaking};
        let missing = || {
            let e: anyhow::Error = std::io::Error::from_raw_os_error(2).into();
            said(&e.context("cannot read a.csv"))
        };
        assert_eq!(
            missing(),
            "cannot read a.csv: No such file or directory (os error 2)"
        );
        assert_eq!(
            speaking(Lang::Nl, missing),
            "cannot read a.csv: het bestand of de map bestaat niet (systeemfout 2)"
        );
        // An error vreg made itself is said as it is.
        let own: anyhow::Error = std::io::Error::other("disk").into();
        assert_eq!(speaking(Lang::Nl, || said(&own)), "disk");
        // SQLite's reason once, in plain words, in either language.
        let locked = || {
            let e: anyhow::Error = rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                Some("database is locked".into()),
            )
            .into();
            said(&e.context("cannot read register r.sqlite"))
        };
        assert_eq!(
            locked(),
            "cannot read register r.sqlite: the register is locked: another program or another \
             vreg is writing in it; try again in a moment (SQLite error 5)"
        );
        assert_eq!(
            speaking(Lang::Nl, locked),
            "cannot read register r.sqlite: het register is vergrendeld: een ander programma of \
             een andere vreg schrijft erin; probeer het zo opnieuw (SQLite-fout 5)"
        );
    }

    #[test]
    fn kinds_follow_the_cause() {
        let not_found: anyhow::Error = Error::not_found("supplier", "x").into();
        assert_eq!(kind(&not_found), "not_found");
        let busy: anyhow::Error = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        )
        .into();
        assert_eq!(kind(&busy.context("cannot write")), "locked");
        let corrupt: anyhow::Error = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            None,
        )
        .into();
        assert_eq!(kind(&corrupt), "damaged");
        let io: anyhow::Error = std::io::Error::other("disk").into();
        assert_eq!(kind(&io), "io");
        assert_eq!(kind(&anyhow::anyhow!("anything else")), "invalid");
        for k in ["not_found", "locked", "damaged", "io", "invalid"] {
            assert!(KINDS.contains(&k));
        }
    }

    #[test]
    fn not_found_names_the_kind_in_the_language_of_the_reader() {
        use crate::i18n::{Arg, Lang, message_in};
        let args = |kind: &str| [("kind", Arg::from(kind)), ("id", Arg::from("x"))];
        assert_eq!(
            message_in(Lang::En, "command-not-found", &args("party")),
            "no party 'x' (see `vreg party list`)"
        );
        assert_eq!(
            message_in(Lang::Nl, "command-not-found", &args("party")),
            "geen externe partij 'x' (zie `vreg party list`)"
        );
        assert_eq!(
            message_in(Lang::Nl, "command-not-found", &args("agreement")),
            "geen verwerkersovereenkomst 'x' (zie `vreg agreement list`)"
        );
    }

    #[test]
    fn hints_are_split_off() {
        assert_eq!(
            split_hint("no supplier 'x' (see `vreg supplier list`)"),
            ("no supplier 'x'", Some("see `vreg supplier list`"))
        );
        assert_eq!(
            split_hint("no register at r.sqlite; create it with `vreg init`"),
            (
                "no register at r.sqlite",
                Some("create it with `vreg init`")
            )
        );
        assert_eq!(
            split_hint("geen leverancier 'x' (zie `vreg supplier list`)"),
            ("geen leverancier 'x'", Some("zie `vreg supplier list`"))
        );
        assert_eq!(
            split_hint("geen register op r.sqlite; maak het aan met `vreg init`"),
            (
                "geen register op r.sqlite",
                Some("maak het aan met `vreg init`")
            )
        );
        assert_eq!(
            split_hint("bad value; try again"),
            ("bad value; try again", None)
        );
    }
}
