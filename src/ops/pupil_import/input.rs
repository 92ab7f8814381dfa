//! The pupil file as read: opened once, its encoding found (UTF-8, UTF-16 or Windows-1252).

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use anyhow::Context;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use sha2::{Digest, Sha256};

use crate::Error;
use crate::output::file;
use crate::tr;

/// The pupil file, opened once: a regular file is read twice through the same handle (for its
/// encoding, then its rows); a pipe or device (`-` is standard input) is read once into memory,
/// at most 64 MiB.
pub enum Input {
    File(File),
    Bytes(Vec<u8>),
}

impl Input {
    pub fn open(path: &Path) -> anyhow::Result<Input> {
        if path.as_os_str() == "-" {
            return Ok(Input::Bytes(file::read_bounded(std::io::stdin(), path)?));
        }
        let f = File::open(path)
            .with_context(|| tr!("command-cannot-read", path = path.display().to_string()))?;
        let regular = f
            .metadata()
            .with_context(|| tr!("command-cannot-read", path = path.display().to_string()))?
            .is_file();
        Ok(if regular {
            Input::File(f)
        } else {
            Input::Bytes(file::read_bounded(f, path)?)
        })
    }

    /// The encoding, the digest of the bytes (SHA-256, hex), and a reader from the first byte.
    pub(super) fn into_reader(
        self,
        path: &Path,
    ) -> anyhow::Result<(&'static Encoding, String, Box<dyn Read>)> {
        match self {
            Input::File(mut f) => {
                let mut scan = Scan::default();
                let mut block = vec![0u8; 64 * 1024];
                loop {
                    let n = f.read(&mut block).with_context(|| {
                        tr!("command-cannot-read", path = path.display().to_string())
                    })?;
                    if n == 0 {
                        break;
                    }
                    scan.feed(&block[..n]);
                }
                let encoding = scan.verdict(path)?;
                f.seek(SeekFrom::Start(0)).with_context(|| {
                    tr!("command-cannot-read", path = path.display().to_string())
                })?;
                Ok((encoding, scan.digest(), Box::new(f)))
            }
            Input::Bytes(bytes) => {
                let mut scan = Scan::default();
                scan.feed(&bytes);
                let encoding = scan.verdict(path)?;
                Ok((
                    encoding,
                    scan.digest(),
                    Box::new(std::io::Cursor::new(bytes)),
                ))
            }
        }
    }
}

/// What the bytes of a pupil file say about its encoding, read once, in blocks.
///
/// A file with a byte-order mark is what the mark says (UTF-8, UTF-16 LE or BE). Otherwise a
/// file that is valid UTF-8 is UTF-8; a file with bytes that are not UTF-8 is Windows-1252 (what
/// Excel writes on Dutch Windows) only when nothing in it is UTF-8 beyond ASCII: a UTF-8 file
/// with a few stray bytes stays UTF-8, and the rows holding them are refused by line, instead
/// of every é in the file becoming "Ã©".
#[derive(Default)]
pub(super) struct Scan {
    /// The first bytes: a byte-order mark, or the NUL of UTF-16 without one.
    start: Vec<u8>,
    /// A character cut at the end of the previous block.
    carry: Vec<u8>,
    utf8_letters: bool,
    not_utf8: bool,
    /// Of every byte: the same file imported again is known by it.
    digest: Sha256,
}

impl Scan {
    fn feed(&mut self, block: &[u8]) {
        self.digest.update(block);
        if self.start.len() < 4 {
            let take = (4 - self.start.len()).min(block.len());
            self.start.extend_from_slice(&block[..take]);
        }
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(block);
        let mut rest = bytes.as_slice();
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    self.utf8_letters |= !text.is_ascii();
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    self.utf8_letters |= !valid.is_ascii();
                    match e.error_len() {
                        Some(n) => {
                            self.not_utf8 = true;
                            rest = &after[n..];
                        }
                        None => {
                            self.carry = after.to_vec();
                            break;
                        }
                    }
                }
            }
        }
    }

    fn digest(&self) -> String {
        self.digest
            .clone()
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    fn verdict(&self, path: &Path) -> anyhow::Result<&'static Encoding> {
        if let Some((encoding, _)) = Encoding::for_bom(&self.start) {
            return Ok(encoding);
        }
        // A header begins with letters: a NUL among its first bytes is UTF-16 without a mark.
        if self.start.contains(&0) {
            return Err(Error::Invalid(tr!(
                "command-pupil-import-utf16",
                path = path.display().to_string()
            ))
            .into());
        }
        // A character cut off by the end of the file is a stray byte too.
        Ok(
            if (self.not_utf8 || !self.carry.is_empty()) && !self.utf8_letters {
                WINDOWS_1252
            } else {
                UTF_8
            },
        )
    }
}
