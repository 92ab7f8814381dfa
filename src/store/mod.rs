//! The SQLite register: opening, migrations, transactions. All SQL of vreg lives below here.

mod agreement;
mod audit;
mod breach;
mod consent;
mod counts;
mod health;
mod log;
mod merge;
mod processing;
mod pupil;
mod pupil_writer;
mod purpose;
mod register;
mod report;
mod request;
mod supplier;

pub use health::Health;
use health::damaged;

use std::fs::{DirBuilder, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};

pub use agreement::ScopeRow;
pub use audit::AuditRun;
pub use log::{ChangeEvent, Changes};
pub use pupil::NewEvent;

use crate::tr;
use crate::{Error, clock};

/// The schema, one migration a version. Only ever append.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_consent.sql"),
    include_str!("../../migrations/0003_breach.sql"),
    include_str!("../../migrations/0004_scope_law.sql"),
    include_str!("../../migrations/0005_request.sql"),
    include_str!("../../migrations/0006_processing.sql"),
    include_str!("../../migrations/0007_pupil_school.sql"),
    include_str!("../../migrations/0008_audit_workflow.sql"),
    include_str!("../../migrations/0009_enumerations.sql"),
    include_str!("../../migrations/0010_agreement_status.sql"),
    include_str!("../../migrations/0011_consent_standing.sql"),
    include_str!("../../migrations/0012_consent_decider.sql"),
    include_str!("../../migrations/0013_consent_event_checks.sql"),
    include_str!("../../migrations/0014_breach_supplier_aware.sql"),
    include_str!("../../migrations/0015_pupil_imported_on.sql"),
    include_str!("../../migrations/0016_consent_own_deciders.sql"),
    include_str!("../../migrations/0017_consent_sixteen_on_record.sql"),
    include_str!("../../migrations/0018_consent_counting_grant.sql"),
    include_str!("../../migrations/0019_reclaim_and_standing.sql"),
    include_str!("../../migrations/0020_pupil_first_listed_on.sql"),
    include_str!("../../migrations/0021_breach_subject_kinds.sql"),
    include_str!("../../migrations/0022_photo_internal_explicit.sql"),
    include_str!("../../migrations/0023_pupil_removal.sql"),
];

/// The last schema version that changed what `consent_decider` keeps (12 brought it, 16 gave
/// the pupil's own side a decider each, 18 the latest grant that counts for an express or a
/// paper-only purpose, 19 that grant only behind a lesser one): a register reaching it fills
/// the table anew from its consent history.
const CONSENT_DECIDER_VERSION: i64 = 19;

/// `PRAGMA application_id` of a vreg register: "vreg" in ASCII.
const APPLICATION_ID: i64 = 0x7672_6567;

/// How long a command waits for another vreg process that holds the write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Store {
    conn: Connection,
    path: PathBuf,
    actor: String,
    /// Made by this process: the one case in which an empty file becomes a register.
    fresh: bool,
    /// Opened by `vreg check`, which looks at the file as it is: a purge's unfinished rebuild
    /// is left for the next command.
    inspecting: bool,
}

impl Store {
    /// Creates a new register at `path` and does `work` in it, all or nothing: the register is
    /// made under a temporary name beside `path` (its directory 0700, the file 0600, the schema
    /// migrated), the work is done and committed there, and only then is the file put in place.
    /// A failure (a register file that does not apply, a full disk, a report that cannot be
    /// printed) or a stop at any moment leaves no register at `path`, so the next `init` works.
    pub fn created<T>(
        path: &Path,
        actor: &str,
        work: impl FnOnce(&Store) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        if path.exists() || path.is_symlink() {
            return Err(Error::RegisterExists(path.to_path_buf()).into());
        }
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
        if let Some(dir) = dir {
            DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .with_context(|| {
                    tr!(
                        "command-cannot-create-directory",
                        path = dir.display().to_string()
                    )
                })?;
        }
        let temp = beside(path);
        let done = (|| {
            create_private(&temp, path)?;
            let mut store = Store::open(&temp, actor)?;
            store.fresh = true;
            store.write()?.commit()?;
            work(&store)
        })();
        let placed = done.and_then(|value| {
            put_in_place(&temp, path)?;
            Ok(value)
        });
        let _ = std::fs::remove_file(&temp);
        let mut journal = temp.into_os_string();
        journal.push("-journal");
        let _ = std::fs::remove_file(journal);
        placed
    }

    /// Holds off another process about to make the same register (two `import --create` at
    /// once): an exclusive lock on the directory it goes in (made if missing), held until the
    /// returned handle is dropped. The one that waited then finds the register made.
    pub fn creation_lock(path: &Path) -> anyhow::Result<std::fs::File> {
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let cannot = || {
            tr!(
                "command-cannot-create-directory",
                path = dir.display().to_string()
            )
        };
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(cannot)?;
        let handle = std::fs::File::open(dir).with_context(cannot)?;
        handle.lock().with_context(|| {
            tr!(
                "command-cannot-lock-directory",
                path = dir.display().to_string()
            )
        })?;
        Ok(handle)
    }

    /// Opens an existing register. Its schema is checked, and migrated forward, by the first
    /// transaction.
    pub fn open(path: &Path, actor: &str) -> anyhow::Result<Store> {
        if !path.is_file() {
            return Err(match path.exists() {
                true => Error::NotARegister(path.to_path_buf()).into(),
                false => Error::RegisterMissing(path.to_path_buf()).into(),
            });
        }
        Store::with(connect(path)?, path, actor)
    }

    /// Opens a register for `vreg check`: a damaged file is opened all the same, so that
    /// [`Store::health`] can say what is wrong with it.
    pub fn inspect(path: &Path, actor: &str) -> anyhow::Result<Store> {
        match Store::open(path, actor).map(|mut store| {
            store.inspecting = true;
            store
        }) {
            Err(e) if damaged(&e) => {
                let conn = connect(path)?;
                let _ = conn.busy_timeout(BUSY_TIMEOUT);
                Ok(Store {
                    conn,
                    path: path.to_path_buf(),
                    actor: actor.to_string(),
                    fresh: false,
                    inspecting: true,
                })
            }
            other => other,
        }
    }

    /// A register in memory, for a dry run of an import where no register exists yet.
    pub fn memory(actor: &str) -> anyhow::Result<Store> {
        let mut store = Store::with(Connection::open_in_memory()?, Path::new(":memory:"), actor)?;
        store.fresh = true;
        Ok(store)
    }

    /// The register for a dry run: this one, or where this process may not write the file (a
    /// read-only register), a copy of it in memory. A dry run works in a transaction it rolls
    /// back, which SQLite begins only where it may write; the copy lets it run as a read does.
    pub fn for_dry_run(self) -> anyhow::Result<Store> {
        // SQLite writes its journal beside the file: a directory this user may not write in
        // makes a writable file read-only too.
        let dir = self
            .path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !self.conn.is_readonly(rusqlite::MAIN_DB)? && may_write_in(dir) {
            return Ok(self);
        }
        // Only a register of a known version is copied (the read checks it).
        drop(self.read()?);
        let mut copy = Connection::open_in_memory()?;
        self.copy_into(&mut copy)?;
        Store::with(copy, &self.path, &self.actor)
    }

    /// Copies every page of the register into `copy` (SQLite's online backup), waiting for a
    /// writer's commit up to the busy timeout.
    pub(super) fn copy_into(&self, copy: &mut Connection) -> anyhow::Result<()> {
        let backup = rusqlite::backup::Backup::new(&self.conn, copy)?;
        if backup.step(-1)? != rusqlite::backup::StepResult::Done {
            return Err(Error::Conflict(tr!("command-backup-locked")).into());
        }
        Ok(())
    }

    fn with(conn: Connection, path: &Path, actor: &str) -> anyhow::Result<Store> {
        let settings = || -> rusqlite::Result<()> {
            conn.busy_timeout(BUSY_TIMEOUT)?;
            conn.pragma_update(None, "foreign_keys", true)?;
            // A bounded page cache: memory stays flat whatever the size of the register (a larger
            // cache made neither imports nor the audit faster in scripts/bench).
            conn.pragma_update(None, "cache_size", -4_000)
        };
        settings().map_err(|e| not_a_register(e, path))?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            actor: actor.to_string(),
            fresh: false,
            inspecting: false,
        })
    }

    /// A write transaction, taken at once so that concurrent writers queue instead of failing.
    /// An older schema is migrated inside it: the command and its migration commit together.
    pub fn write(&self) -> anyhow::Result<Tx<'_>> {
        // The actor goes into every change the transaction logs; a read does not name it.
        check_actor(&self.actor)?;
        self.finish_reclaim();
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(|e| not_a_register(e, &self.path))?;
        upgrade(&tx, &self.path, self.fresh)?;
        Ok(Tx {
            tx,
            actor: &self.actor,
            at: clock::now(),
        })
    }

    /// A read transaction: one consistent snapshot for the whole command. An older schema is
    /// first migrated in a write transaction of its own.
    pub fn read(&self) -> anyhow::Result<Tx<'_>> {
        self.finish_reclaim();
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred)
            .map_err(|e| not_a_register(e, &self.path))?;
        if check_version(&tx, &self.path)? < schema_version() {
            drop(tx);
            let migration = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            upgrade(&migration, &self.path, self.fresh)?;
            migration
                .commit()
                .with_context(|| tr!("command-migration-commit-failed"))?;
            return self.read();
        }
        Ok(Tx {
            tx,
            actor: &self.actor,
            at: clock::now(),
        })
    }
}

impl Store {
    /// Rebuilds the file from what it holds, so that the pages freed by a purge or an erasure
    /// leave the file: after [`Tx::delete_pupil`] (which zeroes what it deletes) and this, no
    /// byte of a removed pupil is in the register.
    pub fn reclaim(&self) -> anyhow::Result<()> {
        self.conn
            .execute_batch("VACUUM; DELETE FROM reclaim_pending;")
            .with_context(|| tr!("command-reclaim-failed"))
    }

    /// Finishes a purge or erasure whose rebuild of the file a stopped process left undone
    /// (`reclaim_pending`), before anything else reads or copies the file. Where it cannot be
    /// done now (a read-only register, a full disk) the command goes on, and the next one tries.
    fn finish_reclaim(&self) {
        if self.inspecting || self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
            return;
        }
        // Only in a register of this version: an older one has no mark yet, a newer one is
        // refused as it is.
        let current = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .is_ok_and(|v| v == schema_version());
        if current && self.reclaim_pending() {
            let _ = self.reclaim();
        }
    }

    /// Whether a purge or erasure still waits for the rebuild of the file.
    pub fn reclaim_pending(&self) -> bool {
        self.conn
            .query_row("SELECT EXISTS (SELECT 1 FROM reclaim_pending)", [], |r| {
                r.get::<_, bool>(0)
            })
            .unwrap_or(false)
    }
}

/// One command's transaction. Dropped without `commit`, it rolls back: nothing half-written.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
    actor: &'a str,
    /// When this transaction began: the time every change in it is recorded at.
    at: String,
}

impl Tx<'_> {
    pub fn commit(self) -> anyhow::Result<()> {
        self.tx
            .commit()
            .with_context(|| tr!("command-commit-failed"))
    }
}

/// Whether the file begins as an SQLite file and carries vreg's application id (bytes 68..72).
fn marked_as_vreg(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 72];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header));
    // The mark alone: a header damaged where SQLite's own name stands is still vreg's.
    read.is_ok()
        && i64::from(u32::from_be_bytes([
            header[68], header[69], header[70], header[71],
        ])) == APPLICATION_ID
}

fn not_a_register(e: rusqlite::Error, path: &Path) -> anyhow::Error {
    match e.sqlite_error_code() {
        // vreg's mark in a header SQLite cannot read (a damaged page size): the officer's own
        // register, damaged, not a foreign file to replace with `vreg init`.
        Some(ErrorCode::NotADatabase) if marked_as_vreg(path) => {
            anyhow::Error::new(e).context(tr!(
                "command-register-damaged",
                path = path.display().to_string()
            ))
        }
        Some(ErrorCode::NotADatabase) => Error::NotARegister(path.to_path_buf()).into(),
        _ => anyhow::Error::new(e).context(tr!(
            "command-cannot-read-register",
            path = path.display().to_string()
        )),
    }
}

/// Whether this process may create a file in `dir`: tried with a file of its own, removed at
/// once.
fn may_write_in(dir: &Path) -> bool {
    let probe = dir.join(format!(".vreg-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => std::fs::remove_file(&probe).is_ok(),
        Err(e) => e.kind() == std::io::ErrorKind::AlreadyExists,
    }
}

/// An SQLite error in words that name the register: a read-only file or directory says so
/// instead of "Error code 1544".
pub fn explain(e: anyhow::Error, path: &Path) -> anyhow::Error {
    let read_only = e.chain().any(|cause| {
        cause
            .downcast_ref::<rusqlite::Error>()
            .and_then(rusqlite::Error::sqlite_error_code)
            == Some(ErrorCode::ReadOnly)
    });
    if read_only {
        return Error::Io(tr!(
            "command-register-read-only",
            path = path.display().to_string()
        ))
        .into();
    }
    e
}

/// Checks that the file is a vreg register of a version this vreg knows, and applies the
/// migrations it lacks inside `tx`.
fn upgrade(tx: &Transaction<'_>, path: &Path, fresh: bool) -> anyhow::Result<()> {
    let version = check_version(tx, path)?;
    if version == schema_version() {
        return Ok(());
    }
    // An empty file someone else made is not a register to fill.
    if version == 0 && !fresh {
        return Err(Error::NotARegister(path.to_path_buf()).into());
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        // SQLite's reason alone: the error of a batch otherwise quotes the whole migration.
        // A migration vreg wrote fails only on tables that are not what the file's version
        // says (another tool changed them, or the version): a damaged register.
        // A file that cannot be written (read-only, a full disk) is said as such, not damaged.
        tx.execute_batch(sql).map_err(|e| -> anyhow::Error {
            let reason = match e {
                rusqlite::Error::SqlInputError { msg, .. } => msg,
                rusqlite::Error::SqliteFailure(f, Some(msg))
                    if f.code == rusqlite::ErrorCode::Unknown
                        || f.code == rusqlite::ErrorCode::ConstraintViolation =>
                {
                    msg
                }
                other => return not_a_register(other, path),
            };
            Error::Damaged(tr!(
                "command-migration-failed",
                path = path.display().to_string(),
                version = version,
                number = i + 1,
                reason = reason
            ))
            .into()
        })?;
    }
    if version < CONSENT_DECIDER_VERSION {
        consent::fill_deciders(tx).with_context(|| tr!("command-deciders-failed"))?;
    }
    tx.pragma_update(None, "user_version", schema_version())?;
    Ok(())
}

/// The schema version of a vreg register; an error for a newer or a foreign file.
fn check_version(conn: &Connection, path: &Path) -> anyhow::Result<i64> {
    let (version, id): (i64, i64) = conn
        .query_row(
            "SELECT user_version, application_id FROM pragma_user_version, pragma_application_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| not_a_register(e, path))?;
    let known = MIGRATIONS.len() as i64;
    // A negative version no vreg wrote: a damaged or foreign file, not one to migrate.
    if version < 0 {
        return Err(Error::NotARegister(path.to_path_buf()).into());
    }
    if version > known {
        return Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            known,
        }
        .into());
    }
    let foreign = if version == 0 {
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        // vreg's tables under vreg's mark, without a version: another tool set it back.
        if tables > 0 && id == APPLICATION_ID {
            return Err(Error::Damaged(tr!(
                "command-register-version-lost",
                path = path.display().to_string()
            ))
            .into());
        }
        tables > 0
    } else {
        id != APPLICATION_ID
    };
    if foreign {
        return Err(Error::NotARegister(path.to_path_buf()).into());
    }
    Ok(version)
}

/// Whether `actor` may name who made a change: a name without control characters (see
/// `domain::text`). Checked by every write, and by a guide before its first question.
pub fn check_actor(actor: &str) -> Result<(), Error> {
    use crate::domain::text::{Kind, check};
    check("", actor, Kind::Name)
        .or_else(|_| check(&tr!("command-label-actor"), actor, Kind::Name))
        .map_err(Error::Invalid)
}

/// The schema version this vreg writes.
pub fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Where the register lives when neither `--db` nor `VREG_DB` says.
pub fn default_path() -> anyhow::Result<PathBuf> {
    let dir = dirs::data_dir().ok_or_else(|| Error::Invalid(tr!("command-no-data-directory")))?;
    Ok(dir.join("verwerkersregister").join("register.sqlite"))
}

/// A connection to an existing register file, read-write, without creating it.
fn connect(path: &Path) -> anyhow::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(plain(path), flags).with_context(|| {
        tr!(
            "command-cannot-open-register",
            path = path.display().to_string()
        )
    })
}

/// A path SQLite reads as a plain file name. SQLite is built to read names that start with
/// `file:` as URIs; a relative path given as `./path` never does.
pub fn plain(path: &Path) -> PathBuf {
    if path.is_relative() {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

/// Creates a new, empty file that only its owner may read: it will hold pupil consent data.
/// A name beside `path` for a register being made: hidden, and not taken by another process.
/// What a stopped `init` left there is removed first.
fn beside(path: &Path) -> PathBuf {
    crate::leftover::remove_stale(path, "new");
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let name = path.file_name().unwrap_or_default();
    path.with_file_name(crate::leftover::name(name, &nanos.to_string(), "new"))
}

/// Moves a finished register from `temp` to `path`, never over a file that appeared there in
/// the meantime: a hard link fails where a file is, where a file system has no hard links (a
/// FAT stick) a rename after a last look. The directory is synced, so the name survives a
/// power loss.
fn put_in_place(temp: &Path, path: &Path) -> anyhow::Result<()> {
    let taken = || Error::RegisterExists(path.to_path_buf());
    match std::fs::hard_link(temp, path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(taken().into()),
        Err(_) if path.exists() || path.is_symlink() => return Err(taken().into()),
        Err(_) => std::fs::rename(temp, path)
            .with_context(|| tr!("command-cannot-create", path = path.display().to_string()))?,
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

/// Creates `path` new, mode 0600; an error names `shown`, the register it is made for.
fn create_private(path: &Path, shown: &Path) -> anyhow::Result<()> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| tr!("command-cannot-create", path = shown.display().to_string()))?;
    Ok(())
}

/// Reads an enumeration column stored as its code.
fn code<T>(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<T>
where
    T: FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text: String = row.get(idx)?;
    text.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Reads an optional enumeration column.
fn opt_code<T>(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Option<T>>
where
    T: FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    match row.get_ref(idx)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => code(row, idx).map(Some),
    }
}

/// Reads a JSON array of strings (product names, country codes).
fn string_list(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Vec<String>> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn json_list(list: &[String]) -> String {
    serde_json::Value::from(list).to_string()
}
