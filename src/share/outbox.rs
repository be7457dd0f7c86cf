//! What a seat holds that the runner has not confirmed: the notes it sent (its outbox) and the
//! note being typed (its draft), kept beside the minutes so that a seat that crashes loses at
//! most the last two seconds of typing, and no note. The runner keeps each note once, so sending
//! them again after a restart of the seat is safe.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::protocol::Role;
use crate::journal::draft::{Draft, DraftKeeper};
use crate::journal::fs::Fs;
use crate::meeting::{Action, Entry, Event, NoteId, Position};

/// A note this seat sent that the runner has not journaled yet (as far as the seat knows).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    pub id: NoteId,
    pub text: String,
    /// The topic it was written on; `None` before the meeting opened.
    pub on: Option<Position>,
    /// When the seat wrote it (outboxes of an earlier gavel lack it).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::meeting::optional_millis")]
    pub at: Option<DateTime<FixedOffset>>,
    /// The runner's journal holds it as this event (counted from 1): it leaves the outbox once
    /// the runner says that many events are on disk, not when it merely comes back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<u64>,
}

impl Outgoing {
    /// The request that sends it: on the topic it was written on, with its own time.
    pub fn action(&self) -> Action {
        match self.at {
            Some(written_at) => Action::CommitWrittenNote {
                id: self.id.clone(),
                text: self.text.clone(),
                on: self.on,
                written_at,
            },
            None => Action::CommitNote { id: self.id.clone(), text: self.text.clone() },
        }
    }
}

/// A seat's unconfirmed notes, and the files that keep them and its draft.
pub struct Outbox {
    fs: Arc<dyn Fs>,
    outbox_path: PathBuf,
    draft: DraftKeeper,
    notes: Vec<Outgoing>,
    /// What the outbox file holds.
    written: Vec<Outgoing>,
    /// Starts every note id this seat makes, so two seats never make the same one.
    id_prefix: String,
    made: u64,
}

/// A seat's name when none is given: its role, as the files of an earlier gavel were named.
pub fn role_word(role: Role) -> &'static str {
    match role {
        Role::Secretary => "secretary",
        Role::Chair => "chair",
        Role::Room => "room",
    }
}

fn role_tag(role: Role) -> &'static str {
    match role {
        Role::Secretary => "s",
        Role::Chair => "c",
        Role::Room => "r",
    }
}

impl Outbox {
    /// The outbox of the seat named `name` (of `role`) on the minutes at `minutes`, with what an
    /// earlier run of the seat of that name left: its unconfirmed notes, and the draft (returned,
    /// for the editor). Two seats never share these files: the runner refuses a second live seat
    /// of one name.
    pub fn open(fs: Arc<dyn Fs>, minutes: &Path, role: Role, name: &str, process: u32) -> (Outbox, String) {
        let draft_path = minutes.with_extension(format!("{name}.draft.json"));
        let outbox_path = minutes.with_extension(format!("{name}.outbox.json"));
        let restored = DraftKeeper::load(fs.as_ref(), &draft_path).map(|d| d.text).unwrap_or_default();
        let draft = DraftKeeper::new(Arc::clone(&fs), &draft_path, &restored);
        let notes: Vec<Outgoing> =
            fs.read(&outbox_path).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
        let outbox = Outbox {
            fs,
            outbox_path,
            draft,
            written: notes.clone(),
            notes,
            id_prefix: format!("{}-{process}-", role_tag(role)),
            made: 0,
        };
        (outbox, restored)
    }

    /// A new note's id, never made by another seat or run.
    pub fn new_id(&mut self, now: DateTime<Utc>) -> NoteId {
        self.made += 1;
        NoteId(format!("{}{}-{}", self.id_prefix, now.timestamp_millis(), self.made))
    }

    /// The notes not yet confirmed on disk by the runner, oldest first.
    pub fn notes(&self) -> &[Outgoing] {
        &self.notes
    }

    /// The notes the runner has not journaled yet (as far as this seat knows): what the pane
    /// shows as on their way.
    pub fn unsent(&self) -> Vec<Outgoing> {
        self.notes.iter().filter(|o| o.event.is_none()).cloned().collect()
    }

    /// The runner says its first `saved` events are on disk: the notes among them leave.
    pub fn saved(&mut self, saved: u64) {
        self.notes.retain(|o| o.event.is_none_or(|e| e > saved));
    }

    /// The runner refused to take this note: it leaves the outbox, and is given back.
    pub fn refused(&mut self, id: &NoteId) -> Option<Outgoing> {
        let i = self.notes.iter().position(|o| &o.id == id)?;
        Some(self.notes.remove(i))
    }

    /// A note was committed: the draft that held it is gone from the disk at once, so a seat
    /// killed now does not come back with text it already sent.
    pub fn clear_draft(&mut self) -> Result<(), String> {
        self.draft.clear()
    }

    /// A note sent (or to be sent once the runner is back).
    pub fn push(&mut self, note: Outgoing) {
        self.notes.push(note);
    }

    /// The runner journaled these entries, the first of them as event `first` (counted from 1):
    /// their notes are marked with their place, to leave once it is on disk.
    pub fn arrived(&mut self, entries: &[Entry], first: u64) {
        for (k, entry) in entries.iter().enumerate() {
            if let Event::NoteCommitted { id, .. } = &entry.event
                && let Some(o) = self.notes.iter_mut().find(|o| &o.id == id)
            {
                o.event = Some(first + k as u64);
            }
        }
    }

    /// Writes the outbox file when it changed, and the draft when its interval says so. Says
    /// why when either cannot be written: the seat must say that what it holds is at risk.
    pub fn keep(
        &mut self,
        draft: &str,
        zone_now: DateTime<FixedOffset>,
        now: DateTime<Utc>,
    ) -> Result<(), String> {
        let kept = self.draft.keep(&Draft { text: draft.to_owned(), topic: None, saved_at: zone_now }, now);
        if self.notes == self.written {
            return kept.map(|_| ());
        }
        let written = if self.notes.is_empty() {
            match self.fs.remove_file(&self.outbox_path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            }
        } else {
            serde_json::to_vec(&self.notes)
                .map_err(io::Error::other)
                .and_then(|bytes| self.fs.write_atomic(&self.outbox_path, &bytes))
        };
        match written {
            Ok(()) => self.written.clone_from(&self.notes),
            Err(e) => {
                return Err(format!("{}: {}", self.outbox_path.display(), crate::base::io_reason(&e)));
            }
        }
        kept.map(|_| ())
    }

    /// On the way out: everything, whatever the draft's interval says.
    pub fn keep_now(&mut self, draft: &str, zone_now: DateTime<FixedOffset>, now: DateTime<Utc>) {
        let _ = self.keep(draft, zone_now, now);
        let _ = self.draft.keep(
            &Draft { text: draft.to_owned(), topic: None, saved_at: zone_now },
            now + TimeDelta::days(1),
        );
    }

    /// When the draft must next be written, if it must.
    pub fn draft_deadline(&self, draft: &str) -> Option<DateTime<Utc>> {
        self.draft.deadline(draft)
    }
}
