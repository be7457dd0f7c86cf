//! The minutes on disk: the only module that touches files once a meeting runs.
//!
//! One append-only JSON-lines journal per meeting, hash-chained line to line; an event counts as
//! saved only once its line is written and synced. Around it: torn-tail repair on open, one
//! runner per file (a lock), recovery from a full disk or a removed file, a rescue copy, the
//! Markdown twin and the secretary's draft. Everything goes through [`fs::Fs`], so tests can
//! make any operation fail.

pub mod closed;
pub mod draft;
#[cfg(feature = "faults")]
pub mod faults;
pub mod format;
pub mod fs;
pub mod output;
pub mod paths;
pub mod read;
pub mod recover;
pub mod start;
pub mod twin;
mod writer;

pub use writer::{Intrusion, Journal, OpenError, OpenErrorKind, Opened, SaveState, SetAside};

use std::path::{Path, PathBuf};

use crate::meeting::{Entry, Event, Header};
use read::ReadError;

/// The journal of a gavel meeting.
pub type MinutesJournal = Journal<Header, Event>;

impl Journal<Header, Event> {
    /// Appends a meeting's entries in order; see [`Journal::append`].
    pub fn append_entries(&mut self, entries: &[Entry]) -> &SaveState {
        let pairs: Vec<_> = entries.iter().map(|e| (&e.at, &e.event)).collect();
        self.append(&pairs)
    }
}

impl read::Bounded for Header {
    fn out_of_bounds(&self) -> Option<crate::agenda::OutOfBounds> {
        self.agenda.out_of_bounds()
    }
}

/// Minutes as a reader sees them: no lock taken, nothing repaired.
#[derive(Debug, Clone)]
pub struct Minutes {
    pub path: PathBuf,
    pub header: Header,
    pub entries: Vec<Entry>,
    /// The hash of the last whole line.
    pub fingerprint: String,
    /// Bytes of an unfinished last line left out, if any.
    pub torn_bytes: Option<u64>,
}

/// Reads minutes without writing or locking them: they may be closed, being written by a
/// runner in another terminal, or end in a torn line (left out and reported).
pub fn read_minutes(path: &Path) -> Result<Minutes, OpenError> {
    read_with_bytes(path).map(|(minutes, _)| minutes)
}

/// [`read_minutes`], with the bytes read.
fn read_with_bytes(path: &Path) -> Result<(Minutes, Vec<u8>), OpenError> {
    use std::io::Read;
    let error = |kind| OpenError { path: path.to_owned(), kind };
    let io_error = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => error(OpenErrorKind::Missing),
        _ => error(OpenErrorKind::Io(e)),
    };
    let (file, meta) =
        crate::base::open_regular(path, std::fs::File::options().read(true)).map_err(io_error)?;
    // Refused before a byte is read; and never more read than the limit, should it grow.
    if meta.len() > fs::MAX_FILE_BYTES {
        return Err(error(OpenErrorKind::TooLarge { size: meta.len() }));
    }
    let mut bytes = Vec::new();
    file.take(fs::MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(io_error)?;
    if bytes.len() as u64 > fs::MAX_FILE_BYTES {
        return Err(error(OpenErrorKind::TooLarge { size: bytes.len() as u64 }));
    }
    let parsed = read::parse::<Header, Event>(&bytes).map_err(|e| error(OpenErrorKind::Read(e)))?;
    let minutes = Minutes {
        path: path.to_owned(),
        header: parsed.header,
        entries: parsed.entries.into_iter().map(|(at, event)| Entry { at, event }).collect(),
        fingerprint: parsed.last_hash,
        torn_bytes: parsed.torn.map(|(_, len)| len),
    };
    Ok((minutes, bytes))
}

/// What `gavel verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every line follows from the one before.
    Intact { events: usize, fingerprint: String, torn_bytes: Option<u64> },
    /// The chain breaks at this line.
    Broken(ReadError),
}

/// Checks the whole hash chain of a minutes file.
pub fn verify(path: &Path) -> Result<Verdict, OpenError> {
    Ok(match verified(path)? {
        Ok(Checked { minutes: m, .. }) => {
            Verdict::Intact { events: m.entries.len(), fingerprint: m.fingerprint, torn_bytes: m.torn_bytes }
        }
        Err(e) => Verdict::Broken(e),
    })
}

/// Minutes whose chain holds, with their sign-off checked against it.
#[derive(Debug, Clone)]
pub struct Checked {
    pub minutes: Minutes,
    /// The sign-off, when the minutes were signed off: the first `finalized` entry after
    /// `closed`, the one the fold takes.
    pub seal: Option<Seal>,
}

/// Where the sign-off stands in the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    /// Its place among the entries (0 the first).
    pub entry: usize,
    /// The fingerprint of the minutes just before it: what it must have sealed.
    pub before: String,
    /// The fingerprint it says it sealed.
    pub sealed: String,
}

/// Checks the whole hash chain of a minutes file, and gives the minutes when it holds (the
/// inner error is where the chain breaks), with where the sign-off stands in it.
pub fn verified(path: &Path) -> Result<Result<Checked, ReadError>, OpenError> {
    match read_with_bytes(path) {
        Ok((minutes, bytes)) => {
            let closed = minutes.entries.iter().position(|e| matches!(e.event, Event::Closed));
            let seal = closed.and_then(|closed| {
                minutes.entries.iter().enumerate().skip(closed).find_map(|(n, e)| match &e.event {
                    Event::Finalized { fingerprint, .. } => Some((n, fingerprint.clone())),
                    _ => None,
                })
            });
            // Entry n is on line n + 2; the line before it, n + 1, is the n-th after splitting.
            let seal = seal.and_then(|(entry, sealed)| {
                let line = bytes.split(|&b| b == b'\n').nth(entry)?;
                Some(Seal { entry, before: format::line_hash(line), sealed })
            });
            Ok(Ok(Checked { minutes, seal }))
        }
        Err(OpenError { kind: OpenErrorKind::Read(e @ ReadError::Damaged { .. }), .. }) => Ok(Err(e)),
        Err(e) => Err(e),
    }
}

/// Whether `given`, a fingerprint as a person may write it (in any case, its groups of digits
/// apart or joined by spaces or dashes), is `fingerprint`.
pub fn fingerprint_matches(given: &str, fingerprint: &str) -> bool {
    let digits: String =
        given.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_lowercase()).collect();
    !digits.is_empty() && digits == fingerprint.to_ascii_lowercase()
}
