//! Closed minutes changed after the meeting: a correction, or the sign-off that seals them.
//!
//! The one way closed minutes are written again. The action is first tried on the minutes as
//! read, without the lock and without writing a byte, so that a refusal leaves the file exactly
//! as it was; only then are they opened for writing (locked against a running gavel, as `gavel
//! run` locks them), folded again, and the action applied and appended, synced.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use i18n_embed_fl::fl;

use super::fs::Fs;
use super::{Journal, MinutesJournal, OpenError, SaveState, read_minutes};
use crate::i18n::current;
use crate::meeting::{Action, Entry, Meeting, Refusal, fold};

/// Why closed minutes were not changed.
#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    /// They could not be read, or opened for writing (another gavel holds them, a file problem).
    #[error(transparent)]
    Open(#[from] OpenError),
    /// The meeting refused the change; nothing was written.
    #[error("{}: {}", path.display(), refused(refusal))]
    Refused { path: PathBuf, refusal: Refusal },
    /// The disk did not take the new line.
    #[error("{}", fl!(current(), "after-not-saved", path = path.display().to_string(), why = why.as_str()))]
    NotSaved { path: PathBuf, why: String },
}

/// A refusal in words; a note that is not there says how to find the ones that are.
fn refused(refusal: &Refusal) -> String {
    match refusal {
        Refusal::NoSuchNote { id } => fl!(current(), "after-no-such-note", id = id.as_str()),
        Refusal::NoteStruck { id } => fl!(current(), "after-note-struck", id = id.as_str()),
        other => crate::words::refusal(other),
    }
}

/// What a change wrote.
#[derive(Debug, Clone)]
pub struct Changed {
    /// The meeting with the change folded in.
    pub meeting: Meeting,
    /// The entries appended (one, for a correction or the sign-off).
    pub entries: Vec<Entry>,
    /// The journal's fingerprint before the change: what a sign-off seals.
    pub before: String,
    /// The journal's fingerprint after it.
    pub after: String,
}

/// Closed minutes as read, folded, for a change to be tried on.
pub struct Closed {
    pub meeting: Meeting,
    pub fingerprint: String,
}

/// Reads minutes and folds them, without the lock and without writing.
pub fn read_closed(path: &Path) -> Result<Closed, OpenError> {
    let minutes = read_minutes(path)?;
    Ok(Closed { meeting: fold(&minutes.header, &minutes.entries), fingerprint: minutes.fingerprint })
}

/// Applies `action` to the minutes at `path` at `now`, and appends what it produced. `action` is
/// given the journal's fingerprint as it stands (a sign-off seals it).
pub fn change(
    fs: Arc<dyn Fs>,
    path: &Path,
    action: impl Fn(&str) -> Action,
    now: DateTime<Utc>,
) -> Result<Changed, ChangeError> {
    let refused = |refusal| ChangeError::Refused { path: path.to_owned(), refusal };
    // Tried first on the minutes as read: a refusal must not so much as end a line.
    let mut read = read_closed(path)?;
    read.meeting.apply(action(&read.fingerprint), now).map_err(refused)?;

    let opened = Journal::open(fs, path)?;
    let mut journal: MinutesJournal = opened.journal;
    let entries: Vec<Entry> = opened.entries.into_iter().map(|(at, event)| Entry { at, event }).collect();
    let mut meeting = fold(&opened.header, &entries);
    let before = journal.fingerprint().to_owned();
    let outcome = meeting.apply(action(&before), now).map_err(refused)?;
    if let SaveState::NotSaved(why) = journal.append_entries(&outcome.entries) {
        return Err(ChangeError::NotSaved { path: path.to_owned(), why: why.clone() });
    }
    let after = journal.fingerprint().to_owned();
    Ok(Changed { meeting, entries: outcome.entries, before, after })
}

/// After a change, the readable copy beside the minutes (if there is one) says what they say now.
/// The minutes are written already: a copy that cannot be written is said, not failed on.
pub fn refresh_twin(path: &Path, meeting: &Meeting, fingerprint: &str) -> Result<(), String> {
    use super::fs::RealFs;
    let twin = super::paths::twin_path(path);
    if !twin.is_file() {
        return Ok(());
    }
    let text = crate::minutes::markdown(meeting, Some(fingerprint));
    RealFs.write_atomic(&twin, text.as_bytes()).map_err(|e| {
        let why = crate::base::io_reason(&e);
        fl!(current(), "after-twin-not-written", twin = twin.display().to_string(), why = why)
    })
}
