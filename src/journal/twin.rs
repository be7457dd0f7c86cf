//! The Markdown twin beside the journal, kept current off the journal's path: a slow or failing
//! twin never delays a commit, and a failed write is retried, never reported as a lost note.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

use super::fs::Fs;
use crate::base::io_reason;

/// The twin's file and the latest text it should hold.
pub struct Twin {
    fs: Arc<dyn Fs>,
    path: PathBuf,
    wanted: Option<String>,
    written: Option<String>,
}

impl Twin {
    pub fn new(fs: Arc<dyn Fs>, path: &Path) -> Self {
        Twin { fs, path: path.to_owned(), wanted: None, written: None }
    }

    /// The text the twin should hold next; only the latest offer matters.
    pub fn offer(&mut self, text: String) {
        self.wanted = Some(text);
    }

    /// Whether the file is behind what was offered.
    pub fn behind(&self) -> bool {
        self.wanted.is_some() && self.wanted != self.written
    }

    /// Writes the latest offer atomically, if it is not written yet.
    pub fn flush(&mut self) -> Result<(), String> {
        let Some(text) = self.wanted.as_ref().filter(|w| Some(*w) != self.written.as_ref()) else {
            return Ok(());
        };
        match self.fs.write_atomic(&self.path, text.as_bytes()) {
            Ok(()) => {
                self.written = Some(text.clone());
                Ok(())
            }
            Err(e) => Err(format!("{}: {}", self.path.display(), io_reason(&e))),
        }
    }
}

#[derive(Default)]
struct Shared {
    /// The newest offer not yet taken by the thread, with its number.
    offered: Option<(u64, String)>,
    /// The number of the newest offer written.
    written: u64,
    /// Why the write of offer number `failed` did not work, if the last write failed.
    error: Option<String>,
    failed: u64,
    stop: bool,
}

/// A [`Twin`] written by its own thread, retried every second while it fails.
pub struct TwinWriter {
    shared: Arc<(Mutex<Shared>, Condvar)>,
    thread: Option<thread::JoinHandle<()>>,
    offers: u64,
}

fn guard(m: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl TwinWriter {
    pub fn spawn(twin: Twin) -> Self {
        let shared = Arc::new((Mutex::new(Shared::default()), Condvar::new()));
        let inner = Arc::clone(&shared);
        let thread = thread::Builder::new().name("gavel-twin".into()).spawn(move || run(twin, &inner)).ok();
        TwinWriter { shared, thread, offers: 0 }
    }

    /// Hands the thread the newest text; returns at once.
    pub fn offer(&mut self, text: String) {
        self.offers += 1;
        let (lock, wake) = &*self.shared;
        guard(lock).offered = Some((self.offers, text));
        wake.notify_all();
    }

    /// Why the twin is behind, if it is.
    pub fn error(&self) -> Option<String> {
        guard(&self.shared.0).error.clone()
    }

    /// Waits until the newest offer is written, or a write of it failed; says which.
    pub fn settle(&self) -> Result<(), String> {
        let (lock, wake) = &*self.shared;
        let mut s = guard(lock);
        loop {
            if s.written >= self.offers {
                return Ok(());
            }
            // Only a failure of the newest offer counts: an older one's error may still be
            // there while the thread writes the newest.
            if s.failed >= self.offers
                && let Some(e) = &s.error
            {
                return Err(e.clone());
            }
            s = wake.wait(s).unwrap_or_else(|p| p.into_inner());
        }
    }
}

fn run(mut twin: Twin, shared: &(Mutex<Shared>, Condvar)) {
    let (lock, wake) = shared;
    let mut number = 0;
    loop {
        {
            let mut s = guard(lock);
            while s.offered.is_none() && !s.stop && !twin.behind() {
                s = wake.wait(s).unwrap_or_else(|p| p.into_inner());
            }
            if let Some((n, text)) = s.offered.take() {
                number = n;
                twin.offer(text);
            }
            if s.stop && !twin.behind() {
                return;
            }
        }
        let result = twin.flush();
        let mut s = guard(lock);
        let failed = result.is_err();
        match result {
            Ok(()) => {
                s.written = number;
                s.error = None;
            }
            Err(e) => {
                s.error = Some(e);
                s.failed = number;
            }
        }
        wake.notify_all();
        if failed {
            if s.stop {
                return;
            }
            // Retry in a second, or at once when a newer text arrives.
            let _ = wake.wait_timeout(s, Duration::from_secs(1));
        }
    }
}

impl Drop for TwinWriter {
    fn drop(&mut self) {
        let (lock, wake) = &*self.shared;
        guard(lock).stop = true;
        wake.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
