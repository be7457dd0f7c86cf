//! The journal's only way to the disk: a small trait, so that tests can make any open, write,
//! sync or rename fail exactly where they choose (`journal::faults::FaultyFs`, built only with
//! the `faults` feature, which the tests turn on).

use i18n_embed_fl::fl;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Write};
use std::path::Path;

use crate::base::open_regular;

/// The largest file gavel reads as minutes (or any file beside them): far beyond any meeting's,
/// and small enough to hold in memory. A larger file is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Which file a path or a handle is ([`crate::platform::identity`]).
pub use crate::platform::identity::FileId;

/// Why a lock was not had.
#[derive(Debug)]
pub enum LockError {
    /// Another process holds it.
    Held,
    Io(io::Error),
}

/// A lock held on the file beside the minutes; dropping it lets go.
pub trait HeldLock: Send {}

impl HeldLock for File {}

/// The lock file of the minutes at `path`: `<name>.lock` beside them.
pub fn lock_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// The file operations the journal needs.
pub trait Fs: Send + Sync {
    /// Takes the one runner's lock on the minutes at `path`: a lock on `<name>.lock` beside them
    /// (made, readable by its owner only, if it is not there), on every system, so the minutes
    /// themselves stay open to replay, export and verify while a meeting runs (a Windows lock on
    /// the journal would shut them out).
    fn lock_beside(&self, path: &Path) -> Result<Box<dyn HeldLock>, LockError>;
    /// Makes a folder and those above it that are missing, each readable by its owner only.
    fn create_dir_all(&self, dir: &Path) -> io::Result<()>;
    /// A new file, readable and writable by its owner only; fails if it exists.
    fn create_new(&self, path: &Path) -> io::Result<Box<dyn JournalFile>>;
    /// An existing regular file, for reading and appending; anything else is refused at once
    /// (see [`crate::base::open_regular`]).
    fn open_rw(&self, path: &Path) -> io::Result<Box<dyn JournalFile>>;
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// A second name for a file; fails if `to` exists (so it never overwrites).
    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// The file a path names now.
    fn identity(&self, path: &Path) -> io::Result<FileId>;
    /// Replaces a file whole: temporary file, sync, rename, sync the folder.
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
}

/// An open journal file.
pub trait JournalFile: Send {
    /// Writes all of `bytes` at the end of the file.
    fn append(&mut self, bytes: &[u8]) -> io::Result<()>;
    fn sync_data(&mut self) -> io::Result<()>;
    fn truncate(&mut self, len: u64) -> io::Result<()>;
    fn try_lock(&self) -> Result<(), LockError>;
    /// The file this handle is open on, even if its name has gone.
    fn identity(&self) -> io::Result<FileId>;
    /// How long the file is now.
    fn size(&self) -> io::Result<u64>;
    /// Fills `buf` from the file at `offset`.
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()>;
}

/// The real disk.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealFs;

/// An open journal file, and the name it was opened by.
struct RealFile(File, std::path::PathBuf);

impl Fs for RealFs {
    fn lock_beside(&self, path: &Path) -> Result<Box<dyn HeldLock>, LockError> {
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        crate::platform::private::owner_only(&mut options);
        let file = options.open(lock_path(path)).map_err(LockError::Io)?;
        match file.try_lock() {
            Ok(()) => Ok(Box::new(file)),
            Err(TryLockError::WouldBlock) => Err(LockError::Held),
            Err(TryLockError::Error(e)) => Err(LockError::Io(e)),
        }
    }

    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        // Like the minutes in it, a folder gavel makes is its owner's only.
        crate::platform::private::create_dir_all(dir)
    }

    fn create_new(&self, path: &Path) -> io::Result<Box<dyn JournalFile>> {
        let mut options = OpenOptions::new();
        options.read(true).append(true).create_new(true);
        crate::platform::private::owner_only(&mut options);
        let file = crate::platform::identity::keep_name(&mut options).open(path)?;
        if let Err(e) = crate::platform::private::made(path) {
            // Not left behind half made: nothing was written to it yet. (Let go of it first:
            // Windows lets no one remove a file gavel holds.)
            drop(file);
            let _ = fs::remove_file(path);
            return Err(e);
        }
        Ok(Box::new(RealFile(file, path.to_owned())))
    }

    fn open_rw(&self, path: &Path) -> io::Result<Box<dyn JournalFile>> {
        let (file, _) = open_regular(
            path,
            crate::platform::identity::keep_name(OpenOptions::new().read(true).append(true)),
        )?;
        Ok(Box::new(RealFile(file, path.to_owned())))
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let (file, _) = open_regular(path, OpenOptions::new().read(true))?;
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(io::Error::new(
                io::ErrorKind::FileTooLarge,
                fl!(crate::i18n::current(), "io-too-large"),
            ));
        }
        Ok(bytes)
    }

    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::hard_link(from, to)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        crate::platform::durable::sync_dir(dir)
    }

    fn identity(&self, path: &Path) -> io::Result<FileId> {
        crate::platform::identity::of_path(path)
    }

    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file = atomic_write_file::AtomicWriteFile::options().open(path)?;
        crate::platform::private::restrict(file.as_file())?;
        file.write_all(bytes)?;
        // Syncs the file, renames it over the old one, and syncs the folder.
        file.commit()?;
        crate::platform::private::made(path)
    }
}

impl JournalFile for RealFile {
    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.write_all(bytes)
    }

    fn sync_data(&mut self) -> io::Result<()> {
        self.0.sync_data()
    }

    fn truncate(&mut self, len: u64) -> io::Result<()> {
        self.0.set_len(len)
    }

    fn try_lock(&self) -> Result<(), LockError> {
        match self.0.try_lock() {
            Ok(()) => Ok(()),
            Err(TryLockError::WouldBlock) => Err(LockError::Held),
            Err(TryLockError::Error(e)) => Err(LockError::Io(e)),
        }
    }

    fn identity(&self) -> io::Result<FileId> {
        crate::platform::identity::of_file(&self.0, &self.1)
    }

    fn size(&self) -> io::Result<u64> {
        self.0.metadata().map(|m| m.len())
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        crate::platform::regular::read_at(&self.0, offset, buf)
    }
}
