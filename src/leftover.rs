//! Files a stopped vreg left beside their target: the temporary file of a backup or an export,
//! a register being made. Their names carry the writer's process id, so that a later run can
//! tell a file whose writer is gone (killed, or the machine lost power) from one still being
//! written, and remove it: such a file may hold a whole copy of the pupils.

use std::ffi::OsStr;
use std::path::Path;

/// The hidden name the running process writes `target_name` under: `.NAME.PID.TAG.ENDING`.
pub fn name(target_name: &OsStr, tag: &str, ending: &str) -> String {
    format!(
        ".{}.{}.{tag}.{ending}",
        target_name.to_string_lossy(),
        std::process::id()
    )
}

/// Removes what stopped writers left in `target`'s directory under [`name`]s with `ending` (and
/// the journal SQLite keeps beside one), for any target: a dated backup is never written to the
/// same name twice. Only files of this user whose process is no longer running, and only where
/// the system lists its processes (`/proc`); elsewhere nothing is removed. A name is vreg's
/// only in full: `.NAME.PID.TAG.ENDING`, the process id in digits, the tag in hexadecimal
/// digits.
pub fn remove_stale(target: &Path, ending: &str) {
    use std::os::unix::fs::MetadataExt;
    let processes = Path::new("/proc");
    // This process's own user: another user's file (their running vreg may be hidden from
    // this `/proc`) is never touched.
    let Ok(me) = std::fs::metadata(processes.join("self")).map(|m| m.uid()) else {
        return;
    };
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let ending = format!(".{ending}");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        let file = file.strip_suffix("-journal").unwrap_or(&file);
        let Some((rest, tag)) = file.strip_suffix(&ending).and_then(|r| r.rsplit_once('.')) else {
            continue;
        };
        let Some((name, pid)) = rest.rsplit_once('.') else {
            continue;
        };
        let digits = |s: &str, hex: bool| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()))
        };
        let ours =
            name.len() > 1 && name.starts_with('.') && digits(pid, false) && digits(tag, true);
        let mine = entry.metadata().is_ok_and(|m| m.uid() == me);
        if ours && mine && !processes.join(pid).exists() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_a_gone_process_left_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("b.sqlite");
        // A pid above the kernel's highest (2^22) never runs.
        let gone = 9_999_999;
        let files = [
            format!(".b.sqlite.{gone}.00ff.tmp"),
            format!(".b.sqlite.{gone}.00ff.tmp-journal"),
            format!(".b.sqlite.{}.00ff.tmp", std::process::id()),
            format!(".c.sqlite.{gone}.00ff.tmp"),
            format!(".c.sqlite.{gone}.0gff.tmp"),
            format!(".b.sqlite.{gone}.00ff.new"),
            "b.sqlite.9999999.00ff.tmp".to_string(),
            ".b.sqlite.x.00ff.tmp".to_string(),
        ];
        for f in &files {
            std::fs::write(dir.path().join(f), "").unwrap();
        }
        remove_stale(&target, "tmp");
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        // Another target's leftover goes too (a dated backup); names not vreg's in full stay.
        let mut expected: Vec<String> = files[2..]
            .iter()
            .filter(|f| !f.starts_with(".c.sqlite.9999999.00ff"))
            .cloned()
            .collect();
        expected.sort();
        assert_eq!(left, expected);
    }
}
