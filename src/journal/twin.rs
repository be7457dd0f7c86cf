//! The Markdown twin beside the journal, kept current off the journal's path: a slow or failing
//! twin never delays a commit, and a failed write is retried, never reported as a lost note.

use i18n_embed_fl::fl;
use std::path::{Path, PathBuf};
use std::sync::Arc;
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

/// What the loop hands a [`LiveTwin`].
enum Feed<E> {
    /// New entries, and the journal's fingerprint after them.
    Entries(Vec<E>, String),
    /// Write everything now and say how it went.
    Settle(std::sync::mpsc::Sender<Result<(), String>>),
}

/// The twin of a running meeting, made entirely off the loop's thread: the loop hands over the
/// entries it journaled (a move of a vector), and this thread folds them into its own copy of
/// the meeting and renders and writes the document, at most once a [`TWIN_EVERY`]. A meeting of
/// 100,000 events then costs a keystroke nothing, however long its document takes to render.
pub struct LiveTwin<E> {
    tx: Option<std::sync::mpsc::Sender<Feed<E>>>,
    thread: Option<thread::JoinHandle<()>>,
    /// Why the last write failed, while the twin is behind.
    error: Arc<std::sync::Mutex<Option<String>>>,
}

/// How often a running meeting's twin is rendered at most.
pub const TWIN_EVERY: Duration = Duration::from_secs(1);

impl<E: Send + 'static> LiveTwin<E> {
    /// `render` folds the entries it is given into its own state and returns the document with
    /// the fingerprint it is given.
    pub fn spawn(twin: Twin, render: impl FnMut(Vec<E>, &str) -> String + Send + 'static) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        let error = Arc::new(std::sync::Mutex::new(None));
        let seen = Arc::clone(&error);
        let thread = thread::Builder::new()
            .name("gavel-twin".into())
            .spawn(move || feed_twin(twin, render, &rx, &seen))
            .ok();
        LiveTwin { tx: Some(tx), thread, error }
    }

    /// Why the twin is behind, while its writes fail.
    pub fn error(&self) -> Option<String> {
        self.error.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// New entries journaled; returns at once.
    pub fn feed(&self, entries: Vec<E>, fingerprint: String) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(Feed::Entries(entries, fingerprint));
        }
    }

    /// Waits until the twin holds everything fed so far, or its write failed; says which.
    pub fn settle(&self) -> Result<(), String> {
        let (reply, answer) = std::sync::mpsc::channel();
        let sent = self.tx.as_ref().is_some_and(|tx| tx.send(Feed::Settle(reply)).is_ok());
        if !sent {
            return Err(fl!(crate::i18n::current(), "journal-twin-stopped"));
        }
        answer.recv().unwrap_or_else(|_| Err(fl!(crate::i18n::current(), "journal-twin-stopped")))
    }
}

fn feed_twin<E>(
    mut twin: Twin,
    mut render: impl FnMut(Vec<E>, &str) -> String,
    rx: &std::sync::mpsc::Receiver<Feed<E>>,
    error: &std::sync::Mutex<Option<String>>,
) {
    use std::sync::mpsc::RecvTimeoutError;
    use std::time::Instant;
    let mut pending: Vec<E> = Vec::new();
    let mut fingerprint = String::new();
    let mut fresh = false;
    let mut last: Option<Instant> = None;
    let note = |result: &Result<(), String>| {
        *error.lock().unwrap_or_else(|p| p.into_inner()) = result.as_ref().err().cloned();
    };
    let mut write = |pending: &mut Vec<E>, fingerprint: &str, twin: &mut Twin| {
        twin.offer(render(std::mem::take(pending), fingerprint));
        let result = twin.flush();
        note(&result);
        result
    };
    loop {
        // Render when something new came and the last render is a while ago; retry a failed
        // write as often; otherwise wait for the loop.
        let waiting = fresh || twin.behind();
        if waiting && last.is_none_or(|t| t.elapsed() >= TWIN_EVERY) {
            let _ = if fresh {
                write(&mut pending, &fingerprint, &mut twin)
            } else {
                let result = twin.flush();
                note(&result);
                result
            };
            fresh = false;
            last = Some(Instant::now());
            continue;
        }
        let wait = match last {
            Some(t) if waiting => TWIN_EVERY.saturating_sub(t.elapsed()),
            _ => Duration::from_secs(3600),
        };
        match rx.recv_timeout(wait) {
            Ok(Feed::Entries(entries, print)) => {
                pending.extend(entries);
                fingerprint = print;
                fresh = true;
            }
            Ok(Feed::Settle(reply)) => {
                let result = if fresh { write(&mut pending, &fingerprint, &mut twin) } else { twin.flush() };
                fresh = false;
                last = Some(Instant::now());
                let _ = reply.send(result);
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => {
                if fresh {
                    let _ = write(&mut pending, &fingerprint, &mut twin);
                }
                return;
            }
        }
    }
}

impl<E> Drop for LiveTwin<E> {
    fn drop(&mut self) {
        self.tx.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
