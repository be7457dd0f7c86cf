//! Taking a rescue copy back into its minutes. A rescue copy holds the whole journal as the
//! runner had it in memory when the disk refused it: the minutes' events, then those the disk
//! never took. Recovery appends the latter to the minutes, in order, once both chains check and
//! the minutes are shown to be a beginning of the rescue copy; anything else is refused with
//! the reason, and nothing is written.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use i18n_embed_fl::fl;

use super::fs::Fs;
use super::{MinutesJournal, OpenError, SaveState, read_minutes};
use crate::i18n::current;
use crate::meeting::Entry;

/// Why a rescue copy cannot be taken back.
#[derive(Debug, thiserror::Error)]
pub enum RecoverError {
    /// Either file cannot be read, is not minutes, or its chain is broken; or the minutes are
    /// held by a running gavel.
    #[error(transparent)]
    Open(#[from] OpenError),
    /// The two files are of different meetings.
    #[error("{}", fl!(current(), "journal-other-meeting", rescue = rescue.display().to_string(), minutes = minutes.display().to_string()))]
    OtherMeeting { rescue: PathBuf, minutes: PathBuf },
    /// The minutes hold an event the rescue copy does not, at the same place.
    #[error(
        "{}",
        fl!(
            current(),
            "journal-diverged",
            minutes = minutes.display().to_string(),
            rescue = rescue.display().to_string(),
            event = event.to_string()
        )
    )]
    Diverged { rescue: PathBuf, minutes: PathBuf, event: usize },
    /// The disk refused the events again.
    #[error("{}", fl!(current(), "journal-not-saved", minutes = minutes.display().to_string(), why = why.as_str()))]
    NotSaved { minutes: PathBuf, why: String },
}

/// What recovery did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovered {
    /// Events taken back into the minutes.
    pub added: usize,
    /// The minutes' fingerprint after them.
    pub fingerprint: String,
}

/// The minutes a rescue copy was made of: `x.rescue-20241223-101500.jsonl` gives `x.jsonl`
/// beside it.
pub fn minutes_of_rescue(rescue: &Path) -> Option<PathBuf> {
    let name = rescue.file_name()?.to_str()?;
    let (stem, _) = name.split_once(".rescue-")?;
    Some(rescue.with_file_name(format!("{stem}.jsonl")))
}

/// Rescue copies of the minutes at `minutes` lying beside them, oldest name first.
pub fn rescues_beside(minutes: &Path) -> Vec<PathBuf> {
    let Some(stem) = minutes.file_stem().and_then(|s| s.to_str()) else { return Vec::new() };
    let folder = super::paths::folder_of(minutes);
    let prefix = format!("{stem}.rescue-");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".jsonl"))
        })
        .collect();
    found.sort();
    found
}

/// Appends to the minutes every event of the rescue copy they lack.
pub fn recover(fs: Arc<dyn Fs>, rescue: &Path, minutes: &Path) -> Result<Recovered, RecoverError> {
    let saved = read_minutes(rescue)?;
    // Opening for writing takes the lock (a running gavel keeps it) and checks the chain.
    let opened = MinutesJournal::open(fs, minutes)?;
    let refuse_other =
        || RecoverError::OtherMeeting { rescue: rescue.to_owned(), minutes: minutes.to_owned() };
    if opened.header != saved.header {
        return Err(refuse_other());
    }
    let on_disk: Vec<Entry> = opened.entries.into_iter().map(|(at, event)| Entry { at, event }).collect();
    if let Some(k) = on_disk.iter().zip(&saved.entries).position(|(a, b)| a != b) {
        return Err(RecoverError::Diverged {
            rescue: rescue.to_owned(),
            minutes: minutes.to_owned(),
            event: k + 1,
        });
    }
    if on_disk.len() > saved.entries.len() {
        return Err(RecoverError::Diverged {
            rescue: rescue.to_owned(),
            minutes: minutes.to_owned(),
            event: saved.entries.len() + 1,
        });
    }
    let missing = &saved.entries[on_disk.len()..];
    let mut journal = opened.journal;
    if let SaveState::NotSaved(why) = journal.append_entries(missing) {
        return Err(RecoverError::NotSaved { minutes: minutes.to_owned(), why: why.clone() });
    }
    Ok(Recovered { added: missing.len(), fingerprint: journal.fingerprint().to_owned() })
}
