//! A disk that fails on purpose, for tests: any open, write, sync, rename, truncate or read can
//! be made to fail with a chosen errno, once at the n-th operation or from now on.

use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use super::fs::{FileId, Fs, JournalFile, LockError, RealFs};

/// Kinds of operation a fault can hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Open,
    Write,
    Sync,
    Rename,
    Truncate,
    Read,
}

#[derive(Debug, Default)]
struct Plan {
    /// Operations so far, of any kind.
    count: usize,
    /// Fail the operation with this number (counted from 0 over all kinds).
    at: Option<(usize, i32)>,
    /// Fail every operation of these kinds.
    always: Vec<(Op, i32)>,
}

/// The real disk with faults on demand. Clones share one plan.
#[derive(Debug, Clone, Default)]
pub struct FaultyFs {
    plan: Arc<Mutex<Plan>>,
}

impl FaultyFs {
    pub fn new() -> Self {
        Self::default()
    }

    fn plan(&self) -> MutexGuard<'_, Plan> {
        self.plan.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Fails the operation numbered `n` (counted from 0 since creation) with `errno`.
    pub fn fail_at(&self, n: usize, errno: i32) {
        self.plan().at = Some((n, errno));
    }

    /// Fails every operation of kind `op` with `errno` until [`FaultyFs::heal`].
    pub fn fail_always(&self, op: Op, errno: i32) {
        self.plan().always.push((op, errno));
    }

    /// No more faults.
    pub fn heal(&self) {
        let mut plan = self.plan();
        plan.at = None;
        plan.always.clear();
    }

    /// Operations so far.
    pub fn count(&self) -> usize {
        self.plan().count
    }

    fn check(&self, op: Op) -> io::Result<()> {
        let mut plan = self.plan();
        let n = plan.count;
        plan.count += 1;
        if let Some((at, errno)) = plan.at
            && at == n
        {
            return Err(io::Error::from_raw_os_error(errno));
        }
        match plan.always.iter().find(|(o, _)| *o == op) {
            Some((_, errno)) => Err(io::Error::from_raw_os_error(*errno)),
            None => Ok(()),
        }
    }
}

struct FaultyFile {
    inner: Box<dyn JournalFile>,
    fs: FaultyFs,
}

impl Fs for FaultyFs {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        self.check(Op::Open)?;
        RealFs.create_dir_all(dir)
    }

    fn create_new(&self, path: &Path) -> io::Result<Box<dyn JournalFile>> {
        self.check(Op::Open)?;
        Ok(Box::new(FaultyFile { inner: RealFs.create_new(path)?, fs: self.clone() }))
    }

    fn open_rw(&self, path: &Path) -> io::Result<Box<dyn JournalFile>> {
        self.check(Op::Open)?;
        Ok(Box::new(FaultyFile { inner: RealFs.open_rw(path)?, fs: self.clone() }))
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.check(Op::Read)?;
        RealFs.read(path)
    }

    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check(Op::Rename)?;
        RealFs.hard_link(from, to)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check(Op::Rename)?;
        RealFs.rename(from, to)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.check(Op::Rename)?;
        RealFs.remove_file(path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check(Op::Sync)?;
        RealFs.sync_dir(dir)
    }

    fn identity(&self, path: &Path) -> io::Result<FileId> {
        RealFs.identity(path)
    }

    fn lock_beside(&self, path: &Path) -> Result<Box<dyn super::fs::HeldLock>, LockError> {
        RealFs.lock_beside(path)
    }

    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.check(Op::Rename)?;
        RealFs.write_atomic(path, bytes)
    }
}

impl JournalFile for FaultyFile {
    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        if let Err(e) = self.fs.check(Op::Write) {
            // A full disk takes part of a write before it refuses the rest.
            self.inner.append(&bytes[..bytes.len() / 2])?;
            return Err(e);
        }
        self.inner.append(bytes)
    }

    fn sync_data(&mut self) -> io::Result<()> {
        self.fs.check(Op::Sync)?;
        self.inner.sync_data()
    }

    fn truncate(&mut self, len: u64) -> io::Result<()> {
        self.fs.check(Op::Truncate)?;
        self.inner.truncate(len)
    }

    fn try_lock(&self) -> Result<(), LockError> {
        self.inner.try_lock()
    }

    fn identity(&self) -> io::Result<FileId> {
        self.inner.identity()
    }

    fn size(&self) -> io::Result<u64> {
        self.inner.size()
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        self.fs.check(Op::Read)?;
        self.inner.read_at(offset, buf)
    }
}
