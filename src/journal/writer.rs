//! The runner's journal: append and sync, keep what could not be written, retry, recover a file
//! that was removed or replaced, and write a rescue copy when asked.
//!
//! The whole file's bytes are also kept in memory (a meeting's journal is small), so that
//! recovery can always rewrite the file exactly: the file must equal `content[..durable]`, and
//! everything after `durable` is waiting to be written, already chained and in order.

use std::fmt;
use std::io;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::format::{encode_header, encode_line, line_hash};
use super::fs::{FileId, Fs, HeldLock, JournalFile, LockError, MAX_FILE_BYTES};
use super::paths::{folder_of, side_path};
use super::read::{Bounded, ReadError, parse};
use crate::base::{NotRegular, io_reason};
use crate::i18n::current;
use i18n_embed_fl::fl;

/// Whether everything committed is on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// All events are written and synced.
    Saved,
    /// Some are not: why, in words for the screen's `NOT SAVED: …`.
    NotSaved(String),
}

/// Why minutes could not be opened or created. Displayed as one message naming the file.
#[derive(Debug, thiserror::Error)]
#[error("{}: {kind}", path.display())]
pub struct OpenError {
    pub path: PathBuf,
    #[source]
    pub kind: OpenErrorKind,
}

/// What went wrong with the file, in the words that follow its name.
#[derive(Debug, thiserror::Error)]
pub enum OpenErrorKind {
    #[error("{}", fl!(current(), "journal-missing"))]
    Missing,
    #[error("{}", fl!(current(), "journal-exists"))]
    Exists,
    /// Another runner holds the lock.
    #[error("{}", fl!(current(), "journal-locked"))]
    Locked,
    /// Larger than [`MAX_FILE_BYTES`]: refused before it is read.
    #[error(
        "{}",
        fl!(
            current(),
            "journal-too-large",
            size = size.to_string(),
            limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
        )
    )]
    TooLarge { size: u64 },
    #[error(fmt = io_words)]
    Io(#[source] io::Error),
    #[error(transparent)]
    Read(ReadError),
}

// "is a directory" would be the system's word; the user named a file, so say what it is instead.
fn io_words(e: &io::Error, f: &mut fmt::Formatter) -> fmt::Result {
    if e.kind() == io::ErrorKind::IsADirectory {
        f.write_str(&fl!(current(), "journal-is-folder"))
    } else if let Some(not) = NotRegular::of(e) {
        write!(f, "{not}")
    } else {
        f.write_str(&fl!(current(), "journal-cannot-open", why = io_reason(e)))
    }
}

/// Something other than gavel changed the minutes file while the meeting ran. The journal was
/// written again whole from memory; what stood under its name, if anything, was kept beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intrusion {
    /// The file was removed (or renamed away).
    Removed,
    /// Another file was put in its place; it is kept at `aside`.
    Replaced { aside: PathBuf },
    /// The file itself was cut short, written over or added to; as it was found, it is kept at
    /// `aside`.
    Changed { aside: PathBuf },
}

/// How much of the end of the file is compared with what gavel wrote at each watch (once a
/// second): every meeting's last events, and never more than a small read.
const TAIL_WATCHED: usize = 64 * 1024;

/// How much is compared before each write: the last page, so that a commit costs next to
/// nothing more than its write and sync (a change further back is found at the next watch).
const TAIL_BEFORE_WRITE: usize = 4 * 1024;

/// A torn tail found on open and moved aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub bytes: u64,
    pub to: PathBuf,
}

/// An opened journal: the writer, and what was in the file.
pub struct Opened<H, E> {
    pub journal: Journal<H, E>,
    pub header: H,
    pub entries: Vec<(DateTime<FixedOffset>, E)>,
    pub set_aside: Option<SetAside>,
}

/// The one writer of a minutes file.
pub struct Journal<H, E> {
    fs: Arc<dyn Fs>,
    /// The one runner's lock, on the file beside the minutes, held as long as the journal is.
    _lock: Option<Box<dyn HeldLock>>,
    path: PathBuf,
    file: Option<Box<dyn JournalFile>>,
    file_id: Option<FileId>,
    content: Vec<u8>,
    durable: usize,
    events: u64,
    durable_events: u64,
    last_hash: String,
    state: SaveState,
    intrusions: Vec<Intrusion>,
    _types: PhantomData<fn(H, E)>,
}

fn open_error(path: &Path, e: io::Error) -> OpenError {
    let kind = match e.kind() {
        io::ErrorKind::NotFound => OpenErrorKind::Missing,
        io::ErrorKind::AlreadyExists => OpenErrorKind::Exists,
        _ => OpenErrorKind::Io(e),
    };
    OpenError { path: path.to_owned(), kind }
}

fn locked(path: &Path, e: LockError) -> OpenError {
    OpenError {
        path: path.to_owned(),
        kind: match e {
            LockError::Held => OpenErrorKind::Locked,
            LockError::Io(e) => OpenErrorKind::Io(e),
        },
    }
}

/// The one runner's lock: on the file beside the minutes, and (where the system lets readers
/// read a locked file, as Unix does) on the minutes themselves too, which a gavel from before
/// the lock file still looks at. Where the lock file cannot be made (minutes in a folder that
/// takes no new file) the lock on the minutes alone keeps them one runner's, on Unix.
fn lock(fs: &dyn Fs, file: &dyn JournalFile, path: &Path) -> Result<Option<Box<dyn HeldLock>>, OpenError> {
    let beside = match fs.lock_beside(path) {
        Ok(held) => Some(held),
        Err(LockError::Held) => return Err(locked(path, LockError::Held)),
        Err(LockError::Io(_)) if cfg!(unix) => None,
        Err(e) => return Err(locked(path, e)),
    };
    if cfg!(unix) {
        file.try_lock().map_err(|e| locked(path, e))?;
    }
    Ok(beside)
}

impl<H: Serialize + DeserializeOwned + Bounded, E: Serialize + DeserializeOwned> Journal<H, E> {
    /// Creates a new journal holding only its header; never replaces an existing file. The
    /// header reaches the disk whole (written to a temporary name, synced, then linked into
    /// place), so a crash can never leave a journal without one.
    pub fn create(fs: Arc<dyn Fs>, path: &Path, header: &H) -> Result<Self, OpenError> {
        let folder = folder_of(path);
        fs.create_dir_all(&folder).map_err(|e| open_error(&folder, e))?;
        let content = encode_header(header).map_err(|e| open_error(path, io::Error::other(e)))?;
        let temp = side_path(path, "creating");
        // A crash during an earlier creation may have left one (it only ever holds a header).
        place_whole(fs.as_ref(), &temp, path, &content).map_err(|e| open_error(path, e))?;
        fs.sync_dir(&folder).map_err(|e| open_error(&folder, e))?;
        let file = fs.open_rw(path).map_err(|e| open_error(path, e))?;
        let held = lock(fs.as_ref(), file.as_ref(), path)?;
        let last_hash = line_hash(&content[..content.len() - 1]);
        Ok(Journal::on_disk(fs, path, file, content, 0, last_hash, held))
    }

    /// A journal whose file holds exactly `content`: `events` events, the last line hashing to
    /// `last_hash`; everything saved.
    fn on_disk(
        fs: Arc<dyn Fs>,
        path: &Path,
        file: Box<dyn JournalFile>,
        content: Vec<u8>,
        events: u64,
        last_hash: String,
        held: Option<Box<dyn HeldLock>>,
    ) -> Self {
        Journal {
            fs,
            _lock: held,
            path: path.to_owned(),
            file_id: file.identity().ok(),
            file: Some(file),
            durable: content.len(),
            content,
            events,
            durable_events: events,
            last_hash,
            state: SaveState::Saved,
            intrusions: Vec::new(),
            _types: PhantomData,
        }
    }

    /// Opens an existing journal for writing: takes the lock, reads and checks it, moves a torn
    /// tail aside to a side file before cutting it off, and ends a last line that lacks its
    /// newline.
    pub fn open(fs: Arc<dyn Fs>, path: &Path) -> Result<Opened<H, E>, OpenError> {
        let mut file = fs.open_rw(path).map_err(|e| open_error(path, e))?;
        let held = lock(fs.as_ref(), file.as_ref(), path)?;
        // Read through the handle just locked, never more than the limit.
        let size = file.size().map_err(|e| open_error(path, e))?;
        if size > MAX_FILE_BYTES {
            return Err(OpenError { path: path.to_owned(), kind: OpenErrorKind::TooLarge { size } });
        }
        let mut bytes = vec![0; size as usize];
        file.read_at(0, &mut bytes).map_err(|e| open_error(path, e))?;
        let parsed = parse::<H, E>(&bytes)
            .map_err(|e| OpenError { path: path.to_owned(), kind: OpenErrorKind::Read(e) })?;
        let mut set_aside = None;
        if let Some((offset, len)) = parsed.torn {
            let tail = &bytes[offset as usize..];
            let side = free_side_path(fs.as_ref(), path, "torn");
            let saved = (|| {
                let mut side_file = fs.create_new(&side)?;
                side_file.append(tail)?;
                side_file.sync_data()?;
                fs.sync_dir(&folder_of(path))?;
                file.truncate(offset)?;
                file.sync_data()
            })();
            saved.map_err(|e| open_error(path, e))?;
            set_aside = Some(SetAside { bytes: len, to: side });
        }
        // The file's bytes become the journal's own copy: no second copy of a long meeting.
        let mut content = bytes;
        content.truncate(parsed.valid_len as usize);
        if parsed.unterminated {
            // The last line is whole but for its newline: end it, so the next line is one too.
            file.append(b"\n").and_then(|()| file.sync_data()).map_err(|e| open_error(path, e))?;
            content.push(b'\n');
        }
        let events = parsed.entries.len() as u64;
        let journal = Journal::on_disk(fs, path, file, content, events, parsed.last_hash, held);
        Ok(Opened { journal, header: parsed.header, entries: parsed.entries, set_aside })
    }

    /// Adds events to the journal and tries to write and sync them. They are kept, in order,
    /// whatever the disk does; the returned state says whether they are on it.
    pub fn append(&mut self, entries: &[(&DateTime<FixedOffset>, &E)]) -> &SaveState {
        for (at, event) in entries {
            self.events += 1;
            match encode_line(self.events, at, *event, &self.last_hash) {
                Ok(line) => {
                    self.last_hash = line_hash(&line[..line.len() - 1]);
                    self.content.extend_from_slice(&line);
                }
                Err(e) => {
                    // Cannot happen for gavel's own types; never pretend it was saved.
                    self.events -= 1;
                    self.state =
                        SaveState::NotSaved(fl!(current(), "journal-not-encoded", why = e.to_string()));
                    return &self.state;
                }
            }
        }
        self.flush()
    }

    /// Writes whatever is waiting, after checking that the file under the minutes' name is still
    /// the one gavel wrote, whole and unchanged at its end; if it is not, sets it aside and writes
    /// the journal again from memory. Called again on every tick while not saved, and now and
    /// then while saved, to notice a file changed by something else before the next event.
    pub fn flush(&mut self) -> &SaveState {
        if self.durable == self.content.len()
            && self.file_is_ours()
            && let Some(file) = self.file.as_deref()
            && matches!(holds(file, &self.content[..self.durable], true, TAIL_WATCHED), Ok(true))
        {
            self.state = SaveState::Saved;
            return &self.state;
        }
        self.state = match self.write_pending() {
            Ok(()) => SaveState::Saved,
            Err(reason) => SaveState::NotSaved(reason),
        };
        &self.state
    }

    fn file_is_ours(&self) -> bool {
        match (self.file_id, self.fs.identity(&self.path)) {
            (Some(ours), Ok(now)) => ours == now,
            (None, _) => true,
            _ => false,
        }
    }

    fn write_pending(&mut self) -> Result<(), String> {
        match self.fs.identity(&self.path) {
            Ok(now) if Some(now) == self.file_id => {}
            Ok(_) => {
                // Someone put another file in its place: keep theirs beside it, then ours back.
                // Until then none of this meeting is on disk under its name.
                self.durable_events = 0;
                let aside = free_side_path(self.fs.as_ref(), &self.path, "replaced");
                self.fs
                    .rename(&self.path, &aside)
                    .map_err(|e| fl!(current(), "journal-replaced-not-moved", why = io_reason(&e)))?;
                self.intrusions.push(Intrusion::Replaced { aside });
                return self.recreate().map_err(|e| fl!(current(), "journal-replaced", why = e));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                self.durable_events = 0;
                // Once, not again at each retry while it cannot be written back.
                if self.file.is_some() {
                    self.intrusions.push(Intrusion::Removed);
                }
                return self.recreate().map_err(|e| fl!(current(), "journal-removed", why = e));
            }
            Err(_) => {}
        }
        if self.file.is_none() {
            // Our file is in place but not open: a recovery linked it and then failed.
            let file =
                self.adopt().map_err(|e| fl!(current(), "journal-not-reopened", why = io_reason(&e)))?;
            self.file = Some(file);
        }
        let Some(file) = self.file.as_mut() else {
            return self.recreate();
        };
        // After a refused write the file may end in part of a line of ours; otherwise it must
        // end exactly where the last write did.
        let exact = self.state == SaveState::Saved;
        match holds(file.as_ref(), &self.content[..self.durable], exact, TAIL_BEFORE_WRITE) {
            Ok(true) => {}
            Ok(false) => return self.set_aside_changed(),
            Err(e) => return Err(fl!(current(), "journal-not-checked", why = io_reason(&e))),
        }
        let result = (|| {
            // A failed write may have left part of a line: cut back to what is known good.
            // (After a good one the file ends where it did, as just checked.)
            if !exact {
                file.truncate(self.durable as u64)?;
            }
            file.append(&self.content[self.durable..])?;
            file.sync_data()
        })();
        match result {
            Ok(()) => {
                self.durable = self.content.len();
                self.durable_events = self.events;
                Ok(())
            }
            Err(e) => Err(io_reason(&e)),
        }
    }

    /// The file under the name is ours but no longer holds what we wrote: keep it as it is
    /// beside the minutes, then write ours again whole.
    fn set_aside_changed(&mut self) -> Result<(), String> {
        self.durable_events = 0;
        let aside = free_side_path(self.fs.as_ref(), &self.path, "changed");
        // Let go of it first: the handle (and, on Unix, its lock) would belong to the file set
        // aside, and Windows lets no one rename a file gavel holds, gavel included. Should the
        // rename fail, the next flush opens the file again and finds it changed again.
        self.file = None;
        self.fs
            .rename(&self.path, &aside)
            .map_err(|e| fl!(current(), "journal-changed-not-moved", why = io_reason(&e)))?;
        self.intrusions.push(Intrusion::Changed { aside });
        self.recreate().map_err(|e| fl!(current(), "journal-changed", why = e))
    }

    /// What changed the file under the runner since the last call, oldest first.
    pub fn take_intrusions(&mut self) -> Vec<Intrusion> {
        std::mem::take(&mut self.intrusions)
    }

    /// Writes the whole journal afresh under its name, as creation does.
    fn recreate(&mut self) -> Result<(), String> {
        let folder = folder_of(&self.path);
        let temp = side_path(&self.path, "recovering");
        self.file = None;
        let linked = self
            .fs
            .create_dir_all(&folder)
            .and_then(|()| place_whole(self.fs.as_ref(), &temp, &self.path, &self.content));
        let why = |e: io::Error| fl!(current(), "journal-not-rewritten", why = io_reason(&e));
        // From here the file under the name is ours: if what follows fails, the next flush
        // opens it again instead of taking it for a stranger's.
        self.file_id = Some(linked.map_err(why)?);
        let file = self.adopt().map_err(why)?;
        self.file = Some(file);
        self.durable = self.content.len();
        self.durable_events = self.events;
        Ok(())
    }

    /// Opens our file under its name again and makes its name durable.
    fn adopt(&self) -> io::Result<Box<dyn JournalFile>> {
        self.fs.sync_dir(&folder_of(&self.path))?;
        let file = self.fs.open_rw(&self.path)?;
        // The lock beside the minutes is still ours; the minutes' own lock, where taken, is
        // taken again on the file now under their name.
        if !cfg!(unix) {
            return Ok(file);
        }
        match file.try_lock() {
            Ok(()) => Ok(file),
            Err(LockError::Held) => Err(io::Error::other(fl!(current(), "journal-taken"))),
            Err(LockError::Io(e)) => Err(e),
        }
    }

    /// Writes the whole journal, saved and unsaved events alike, to the first place that takes
    /// it: beside the minutes, else the home folder, else the temporary folder.
    pub fn rescue(&self, stamp: &str) -> Result<PathBuf, String> {
        let name = format!("{}.rescue-{stamp}.jsonl", stem(&self.path));
        let mut places = vec![folder_of(&self.path)];
        // The user's home: $HOME on Unix, the profile folder (USERPROFILE) on Windows.
        if let Some(home) = std::env::home_dir() {
            places.push(home);
        }
        places.push(std::env::temp_dir());
        let mut last = fl!(current(), "journal-no-place");
        for place in places {
            let path = place.join(&name);
            let mut created = false;
            let written = (|| {
                let mut file = self.fs.create_new(&path)?;
                created = true;
                file.append(&self.content)?;
                file.sync_data()?;
                self.fs.sync_dir(&place)
            })();
            match written {
                Ok(()) => return Ok(path),
                Err(e) => {
                    // A partial copy must not sit where it could be taken for the rescue.
                    if created {
                        let _ = self.fs.remove_file(&path);
                    }
                    last = format!("{}: {}", path.display(), io_reason(&e));
                }
            }
        }
        Err(last)
    }

    pub fn state(&self) -> &SaveState {
        &self.state
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Events in the journal, written or not.
    pub fn events(&self) -> u64 {
        self.events
    }

    /// Events known to be on disk: the first `saved_events()` are safe.
    pub fn saved_events(&self) -> u64 {
        self.durable_events
    }

    /// Events waiting to be written.
    pub fn unsaved(&self) -> u64 {
        self.events - self.durable_events
    }

    /// The hash of the last line: the fingerprint of these minutes as they stand.
    pub fn fingerprint(&self) -> &str {
        &self.last_hash
    }
}

/// Whether the open file still holds `known` (what gavel wrote and synced): no shorter, its last
/// `window` bytes the same, and, when `exact`, nothing after them.
fn holds(file: &dyn JournalFile, known: &[u8], exact: bool, window: usize) -> io::Result<bool> {
    let len = file.size()?;
    let durable = known.len() as u64;
    if len < durable || (exact && len != durable) {
        return Ok(false);
    }
    let from = known.len().saturating_sub(window);
    let mut tail = vec![0; known.len() - from];
    file.read_at(from as u64, &mut tail)?;
    Ok(tail == known[from..])
}

/// Puts `content` under `path` whole, never over an existing file: written to `temp`, synced,
/// then linked into place (a crash leaves either nothing or all of it). Returns the file placed.
fn place_whole(fs: &dyn Fs, temp: &Path, path: &Path, content: &[u8]) -> io::Result<FileId> {
    // A temporary file left by a crash only ever holds what was being placed then.
    let _ = fs.remove_file(temp);
    let placed = (|| {
        let mut file = fs.create_new(temp)?;
        file.append(content)?;
        file.sync_data()?;
        fs.hard_link(temp, path)?;
        file.identity()
    })();
    let _ = fs.remove_file(temp);
    placed
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "minutes".into())
}

/// `<minutes>.<what>-N` with the first N not taken.
fn free_side_path(fs: &dyn Fs, path: &Path, what: &str) -> PathBuf {
    (1..)
        .map(|n| side_path(path, &format!("{what}-{n}")))
        .find(|p| fs.identity(p).is_err())
        .unwrap_or_else(|| side_path(path, what))
}
