//! The secretary's unfinished note: saved beside the journal at least every two seconds while it
//! changes, never into the journal itself (which would fill with keystrokes), restored on resume.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::fs::Fs;
use crate::base::io_reason;

/// How long typing may go unsaved.
pub const DRAFT_INTERVAL: TimeDelta = TimeDelta::seconds(2);

/// What the draft file holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub text: String,
    /// The topic it was typed on, when the meeting had one: (session, topic), from 0.
    pub topic: Option<(usize, usize)>,
    pub saved_at: DateTime<FixedOffset>,
}

/// Decides when to save the draft and does it. The policy is pure: it is given the time.
pub struct DraftKeeper {
    fs: Arc<dyn Fs>,
    path: PathBuf,
    saved_text: String,
    last_save: Option<DateTime<Utc>>,
}

impl DraftKeeper {
    /// A keeper for a draft file that holds `restored` (empty if there was none).
    pub fn new(fs: Arc<dyn Fs>, path: &Path, restored: &str) -> Self {
        DraftKeeper { fs, path: path.to_owned(), saved_text: restored.to_owned(), last_save: None }
    }

    /// Reads the draft left by an earlier run, if any. A damaged draft file is no draft.
    pub fn load(fs: &dyn Fs, path: &Path) -> Option<Draft> {
        let bytes = fs.read(path).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Whether `text` should be written now: it differs from what is on disk, and the last save
    /// is at least the interval ago. At most one save per interval, however fast the typing.
    pub fn due(&self, text: &str, now: DateTime<Utc>) -> bool {
        text != self.saved_text && self.last_save.is_none_or(|t| now - t >= DRAFT_INTERVAL)
    }

    /// When the loop must wake to save `text`, if it must.
    pub fn deadline(&self, text: &str) -> Option<DateTime<Utc>> {
        if text == self.saved_text {
            return None;
        }
        Some(self.last_save.map_or(DateTime::<Utc>::MIN_UTC, |t| t + DRAFT_INTERVAL))
    }

    /// Saves the draft if [`DraftKeeper::due`]; an empty text removes the file.
    pub fn keep(&mut self, draft: &Draft, now: DateTime<Utc>) -> Result<bool, String> {
        if !self.due(&draft.text, now) {
            return Ok(false);
        }
        self.write(draft)?;
        self.last_save = Some(now);
        Ok(true)
    }

    /// After a commit: the draft is gone, at once.
    pub fn clear(&mut self) -> Result<(), String> {
        match self.fs.remove_file(&self.path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("{}: {}", self.path.display(), io_reason(&e))),
        }
        self.saved_text.clear();
        Ok(())
    }

    fn write(&mut self, draft: &Draft) -> Result<(), String> {
        if draft.text.is_empty() {
            return self.clear();
        }
        let bytes = serde_json::to_vec(draft).map_err(|e| e.to_string())?;
        self.fs
            .write_atomic(&self.path, &bytes)
            .map_err(|e| format!("{}: {}", self.path.display(), io_reason(&e)))?;
        self.saved_text = draft.text.clone();
        Ok(())
    }
}
