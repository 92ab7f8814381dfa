//! Every file vreg writes goes through here: exports, the GMR files, backups.
//!
//! A file is created new and exclusive (`O_CREAT|O_EXCL`, which never follows a link) under a
//! random temporary name in its target directory, mode 0600, written, synced, and only then moved
//! into place. A link or file planted under any name vreg might use is never written through.
//! A device, a pipe or a socket at the target (or a link to one, such as `/dev/stdout`) is
//! refused: it is never replaced by a file. Several files are all written before the first is
//! moved into place, and the files they replace are kept until the last is in place: a failure
//! on the way puts every old file back and removes every temporary file.

use std::collections::hash_map::RandomState;
use std::fs::{File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::Error;

/// A file being written under a temporary name; dropped without [`NewFile::replace`] or
/// [`NewFile::place`], the temporary file is removed.
pub struct NewFile {
    temp: PathBuf,
    target: PathBuf,
    file: Option<File>,
}

/// The directory a path is in; `.` for a bare file name.
fn directory(target: &Path) -> &Path {
    match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// A name no one can guess in advance: the standard library's random hash keys, the process
/// id and a clock reading.
fn random_suffix() -> String {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        hasher.write_u128(t.as_nanos());
    }
    format!("{:016x}", hasher.finish())
}

impl NewFile {
    /// Creates the temporary file for `target`, new and exclusive, mode 0600.
    pub fn create(target: &Path) -> anyhow::Result<NewFile> {
        let name = target.file_name().ok_or_else(|| {
            Error::Invalid(crate::tr!(
                "table-file-not-a-name",
                path = target.display().to_string()
            ))
        })?;
        let special = |t: std::fs::FileType| !t.is_file() && !t.is_dir() && !t.is_symlink();
        let at = std::fs::symlink_metadata(target)
            .map(|m| m.file_type())
            .ok();
        let behind = std::fs::metadata(target).map(|m| m.file_type()).ok();
        if at.is_some_and(special) || behind.is_some_and(special) || leads_to_a_stream(target) {
            return Err(Error::Invalid(crate::tr!(
                "table-file-not-regular",
                path = target.display().to_string()
            ))
            .into());
        }
        // A register (this one, by another name or through a link, or a backup) is never
        // written over by an export: one mistyped `--out` would lose the whole consent history,
        // or the path a script opens the register by.
        if behind.is_some_and(|t| t.is_file()) && is_sqlite_database(target) {
            return Err(Error::Invalid(crate::tr!(
                "table-file-is-database",
                path = target.display().to_string()
            ))
            .into());
        }
        // SQLite takes `X-journal`, `X-wal` and `X-shm` beside a database `X` for its own, and
        // deletes them: a file written there is lost at the next write to `X`.
        let text = name.to_string_lossy();
        if let Some(database) = ["-journal", "-wal", "-shm"]
            .iter()
            .find_map(|suffix| text.strip_suffix(suffix))
            .map(|stem| target.with_file_name(stem))
            .filter(|database| database.is_file())
        {
            return Err(Error::Invalid(crate::tr!(
                "table-file-sqlite-own",
                path = target.display().to_string(),
                database = database.display().to_string()
            ))
            .into());
        }
        let dir = directory(target);
        // What a killed run left for this target (a whole copy of the register, perhaps).
        crate::leftover::remove_stale(target, "tmp");
        for _ in 0..16 {
            let temp = dir.join(crate::leftover::name(name, &random_suffix(), "tmp"));
            match OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&temp)
            {
                Ok(file) => {
                    return Ok(NewFile {
                        temp,
                        target: target.to_path_buf(),
                        file: Some(file),
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    return Err(anyhow::Error::new(e).context(crate::tr!(
                        "table-file-cannot-create",
                        dir = dir.display().to_string()
                    )));
                }
            }
        }
        Err(Error::Invalid(crate::tr!(
            "table-file-no-free-name",
            dir = dir.display().to_string()
        ))
        .into())
    }

    /// Where the contents go until the file is moved into place.
    pub fn temp_path(&self) -> &Path {
        &self.temp
    }

    pub fn target(&self) -> &Path {
        &self.target
    }

    /// The open file, to write to as it comes; [`NewFile::replace`] syncs it.
    pub fn file_mut(&mut self) -> anyhow::Result<&mut File> {
        self.file
            .as_mut()
            .with_context(|| crate::tr!("table-file-closed"))
    }

    /// Writes `bytes` and syncs them to disk.
    pub fn write(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        let file = self
            .file
            .as_mut()
            .with_context(|| crate::tr!("table-file-closed"))?;
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .with_context(|| {
                crate::tr!(
                    "table-file-cannot-write",
                    path = self.target.display().to_string()
                )
            })
    }

    /// Closes the file (what others wrote to the temporary path, such as SQLite, is synced).
    fn finish(&mut self) -> anyhow::Result<()> {
        if let Some(file) = self.file.take() {
            file.sync_all().with_context(|| {
                crate::tr!(
                    "table-file-cannot-write",
                    path = self.target.display().to_string()
                )
            })?;
        }
        Ok(())
    }

    /// Checks that the file can be moved into place: no directory stands at the target.
    fn placeable(&self) -> anyhow::Result<()> {
        match std::fs::symlink_metadata(&self.target) {
            Ok(meta) if meta.is_dir() => Err(Error::Invalid(crate::tr!(
                "table-file-is-directory",
                path = self.target.display().to_string()
            ))
            .into()),
            _ => Ok(()),
        }
    }

    /// Moves the file into place, replacing a file (or link: the link itself, never what it
    /// points at) at the target.
    pub fn replace(mut self) -> anyhow::Result<()> {
        self.finish()?;
        self.placeable()?;
        std::fs::rename(&self.temp, &self.target).with_context(|| {
            crate::tr!(
                "table-file-cannot-write",
                path = self.target.display().to_string()
            )
        })?;
        self.temp = PathBuf::new();
        sync_directory(&self.target);
        Ok(())
    }

    /// Moves the file into place only when nothing is at the target yet.
    pub fn place(mut self) -> anyhow::Result<()> {
        self.finish()?;
        match std::fs::hard_link(&self.temp, &self.target) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err(Error::Invalid(crate::tr!(
                    "table-file-exists",
                    path = self.target.display().to_string()
                ))
                .into());
            }
            Err(e) => {
                return Err(anyhow::Error::new(e).context(crate::tr!(
                    "table-file-cannot-write",
                    path = self.target.display().to_string()
                )));
            }
        }
        // The target holds the file now; the temporary name goes (Drop removes it).
        sync_directory(&self.target);
        Ok(())
    }
}

impl Drop for NewFile {
    fn drop(&mut self) {
        if !self.temp.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Whether `path` begins as every SQLite database does.
fn is_sqlite_database(path: &Path) -> bool {
    let mut head = [0u8; 16];
    File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head == b"SQLite format 3\0")
}

/// Whether `target` is a link that leads, in one step or several, into `/dev` or `/proc`
/// (`/dev/stdout` is a link to `/proc/self/fd/1`), or stands there itself: with stdout sent to
/// a file, what is behind it is a plain file, and replacing the link would take stdout from
/// everyone on the machine.
fn leads_to_a_stream(target: &Path) -> bool {
    // Where the directory really is: `/dev/shm` is a plain directory of files, and
    // `/dev/../tmp` is `/tmp`.
    let in_special_dir = |p: &Path| {
        std::fs::canonicalize(directory(p)).is_ok_and(|dir| {
            dir.starts_with("/proc") || (dir.starts_with("/dev") && !dir.starts_with("/dev/shm"))
        })
    };
    let mut at = target.to_path_buf();
    // As many links as the kernel follows (ELOOP after 40).
    for _ in 0..40 {
        if in_special_dir(&at) {
            return true;
        }
        match std::fs::read_link(&at) {
            Ok(next) => at = directory(&at).join(next),
            Err(_) => return false,
        }
    }
    true
}

/// Makes a rename durable; a file system that cannot sync a directory loses nothing else.
fn sync_directory(target: &Path) {
    if let Ok(dir) = File::open(directory(target)) {
        let _ = dir.sync_all();
    }
}

/// The file `--out` names; none for `-`, which is stdout, as for the files vreg reads.
pub fn named(out: Option<&Path>) -> Option<&Path> {
    out.filter(|path| path.as_os_str() != "-")
}

/// A document to `--out` (replacing what was there), or to stdout without it.
pub fn emit(out: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    emit_with(out, |w| Ok(w.write_all(bytes)?))
}

/// A document to `--out` (replacing what was there), or to stdout without it, written by `make`
/// as it is made: a document of any size never stands in memory whole.
pub fn emit_with(
    out: Option<&Path>,
    make: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    match named(out) {
        Some(path) => write_with(path, make),
        None => {
            let mut stdout = io::BufWriter::new(io::stdout().lock());
            make(&mut stdout)?;
            stdout.flush()?;
            Ok(())
        }
    }
}

/// Writes one file as `make` makes it, replacing what was at `target`.
pub fn write_with(
    target: &Path,
    make: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut files = Files::default();
    files.add(target, make)?;
    files.replace_all()
}

/// A file being written whose failures name it: "cannot write FILE: No space left on device".
/// An error of what makes the contents (a query, a serialisation) passes as it is.
struct Named<'f> {
    file: &'f mut File,
    path: &'f Path,
}

impl Named<'_> {
    fn said(&self, e: io::Error) -> io::Error {
        let doing = crate::tr!(
            "table-file-cannot-write",
            path = self.path.display().to_string()
        );
        io::Error::new(e.kind(), format!("{doing}: {e}"))
    }
}

impl Write for Named<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf).map_err(|e| self.said(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush().map_err(|e| self.said(e))
    }
}

/// Files written one after the other under temporary names, each as it is made, and then moved
/// into place together by [`Files::replace_all`]. Dropped before that (an error on the way),
/// every temporary file is removed and the targets stay as they were.
#[derive(Default)]
pub struct Files {
    pending: Vec<NewFile>,
}

impl Files {
    /// Writes the file for `target` under its temporary name, through a buffer.
    pub fn add(
        &mut self,
        target: &Path,
        make: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut file = NewFile::create(target)?;
        let mut out = io::BufWriter::new(Named {
            file: file.file_mut()?,
            path: target,
        });
        make(&mut out)?;
        out.flush()?;
        drop(out);
        self.pending.push(file);
        Ok(())
    }

    /// Syncs every file, and only when all of them can be placed moves each into place. With
    /// several files, what each replaces is kept under a temporary name until the last is in
    /// place: when one cannot be moved (a file of another user in a shared directory), the ones
    /// already moved are undone.
    pub fn replace_all(mut self) -> anyhow::Result<()> {
        for file in &mut self.pending {
            file.finish()?;
            file.placeable()?;
        }
        // One file is replaced by one rename: nothing to undo, and no moment without it.
        if self.pending.len() == 1 {
            return self.pending.remove(0).replace();
        }
        // Each target, and the old file kept for it (none where there was none).
        let mut placed: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        for file in self.pending.drain(..) {
            let target = file.target.clone();
            let old = match keep_old(&target) {
                Ok(old) => old,
                Err(e) => {
                    undo(placed);
                    return Err(e);
                }
            };
            if let Err(e) = file.replace() {
                placed.push((target, old));
                undo(placed);
                return Err(e);
            }
            placed.push((target, old));
        }
        for old in placed.into_iter().filter_map(|(_, old)| old) {
            let _ = std::fs::remove_file(old);
        }
        Ok(())
    }
}

/// Keeps the file at `target`, if any, under a new temporary name beside it: a second name for
/// it where the file system allows one, else the file itself moved aside.
fn keep_old(target: &Path) -> anyhow::Result<Option<PathBuf>> {
    if std::fs::symlink_metadata(target).is_err() {
        return Ok(None);
    }
    let cannot = || {
        crate::tr!(
            "table-file-cannot-write",
            path = target.display().to_string()
        )
    };
    let name = target.file_name().with_context(cannot)?;
    let mut kept = std::ffi::OsString::from(".");
    kept.push(name);
    kept.push(format!(".{}.old", random_suffix()));
    let kept = directory(target).join(kept);
    std::fs::hard_link(target, &kept)
        .or_else(|_| std::fs::rename(target, &kept))
        .with_context(cannot)?;
    Ok(Some(kept))
}

/// Puts back what [`Files::replace_all`] replaced, the last first: each old file where it was,
/// and no file where there was none.
fn undo(placed: Vec<(PathBuf, Option<PathBuf>)>) {
    use std::os::unix::fs::MetadataExt;
    // Renaming a second name of a file over the first does nothing (POSIX): where the target
    // still is the old file, its second name is removed instead.
    let same_file =
        |a: &Path, b: &Path| match (std::fs::symlink_metadata(a), std::fs::symlink_metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        };
    for (target, old) in placed.into_iter().rev() {
        let _ = match old {
            Some(old) if same_file(&old, &target) => std::fs::remove_file(old),
            Some(old) => std::fs::rename(old, &target),
            None => std::fs::remove_file(&target),
        };
    }
}

/// The most vreg reads from a file or pipe that it holds in memory as a whole: a register file,
/// or a pupil file given as a pipe.
pub const MAX_READ_BYTES: u64 = 64 * 1024 * 1024;

/// Where an input comes from: a path, or standard input for `-`.
pub fn open_input(path: &Path) -> anyhow::Result<Box<dyn io::Read>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(io::stdin()));
    }
    let file = File::open(path)
        .with_context(|| crate::tr!("table-file-cannot-read", path = path.display().to_string()))?;
    Ok(Box::new(file))
}

/// Reads an input (a file, a pipe, a device) to its end, but never more than `MAX_READ_BYTES`:
/// `/dev/zero` or an endless pipe is refused with a clear error instead of filling memory.
pub fn read_bounded(mut input: impl io::Read, source: &Path) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    (&mut input)
        .take(MAX_READ_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| {
            crate::tr!(
                "table-file-cannot-read",
                path = source.display().to_string()
            )
        })?;
    if bytes.len() as u64 > MAX_READ_BYTES {
        return Err(Error::Invalid(crate::tr!(
            "table-file-too-large",
            path = source.display().to_string()
        ))
        .into());
    }
    Ok(bytes)
}

/// Writes `bytes` to a new file that only its owner may read (a document with pupil data);
/// refuses an existing file, and leaves no partial file behind when writing fails.
pub fn write_new_file(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut file = crate::output::file::NewFile::create(path)?;
    file.write(bytes)?;
    file.place()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    }

    /// The third of three files cannot be moved into place (its temporary file is gone): the
    /// first two are put back as they were, and nothing else stays behind.
    #[test]
    fn several_files_are_undone_when_one_cannot_be_placed() {
        let dir = tempfile::tempdir().unwrap();
        let target = |n: &str| dir.path().join(n);
        std::fs::write(target("a.csv"), "old a").unwrap();
        std::fs::write(target("c.csv"), "old c").unwrap();
        let mut files = Files::default();
        for name in ["a.csv", "b.csv", "c.csv"] {
            files
                .add(&target(name), |w| Ok(w.write_all(b"new")?))
                .unwrap();
        }
        std::fs::remove_file(&files.pending[2].temp).unwrap();
        assert!(files.replace_all().is_err());
        assert_eq!(names(dir.path()), ["a.csv", "c.csv"]);
        assert_eq!(std::fs::read_to_string(target("a.csv")).unwrap(), "old a");
        assert_eq!(std::fs::read_to_string(target("c.csv")).unwrap(), "old c");

        let mut files = Files::default();
        for name in ["a.csv", "b.csv", "c.csv"] {
            files
                .add(&target(name), |w| Ok(w.write_all(b"new")?))
                .unwrap();
        }
        files.replace_all().unwrap();
        assert_eq!(names(dir.path()), ["a.csv", "b.csv", "c.csv"]);
        assert_eq!(std::fs::read_to_string(target("c.csv")).unwrap(), "new");
    }

    /// A link to a device (as `/dev/stdout` is) is refused, and stays what it was.
    #[test]
    fn a_device_behind_a_link_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("out.html");
        std::os::unix::fs::symlink("/dev/null", &link).unwrap();
        let err = NewFile::create(&link).err().unwrap();
        assert!(err.to_string().contains("not a file"), "{err}");
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(names(dir.path()), ["out.html"]);
    }
}
