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
use crate::meeting::{Entry, Event, NoteId, Position};

/// A note this seat sent that the runner has not journaled yet (as far as the seat knows).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    pub id: NoteId,
    pub text: String,
    /// The topic it was written on; `None` before the meeting opened.
    pub on: Option<Position>,
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

fn role_word(role: Role) -> &'static str {
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
    /// The outbox of `role`'s seat on the minutes at `minutes`, with what an earlier run of it
    /// left: its unconfirmed notes, and the draft (returned, for the editor).
    pub fn open(fs: Arc<dyn Fs>, minutes: &Path, role: Role, process: u32) -> (Outbox, String) {
        let draft_path = minutes.with_extension(format!("{}.draft.json", role_word(role)));
        let outbox_path = minutes.with_extension(format!("{}.outbox.json", role_word(role)));
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

    /// The notes waiting for the runner, oldest first.
    pub fn notes(&self) -> &[Outgoing] {
        &self.notes
    }

    /// A note sent (or to be sent once the runner is back).
    pub fn push(&mut self, note: Outgoing) {
        self.notes.push(note);
    }

    /// The runner journaled these entries: their notes leave the outbox.
    pub fn arrived(&mut self, entries: &[Entry]) {
        for entry in entries {
            if let Event::NoteCommitted { id, .. } = &entry.event {
                self.notes.retain(|o| &o.id != id);
            }
        }
    }

    /// Keeps only the notes `still_missing` says the runner does not have.
    pub fn retain(&mut self, still_missing: impl Fn(&NoteId) -> bool) {
        self.notes.retain(|o| still_missing(&o.id));
    }

    /// Writes the outbox file when it changed, and the draft when its interval says so.
    pub fn keep(&mut self, draft: &str, zone_now: DateTime<FixedOffset>, now: DateTime<Utc>) {
        let _ = self.draft.keep(&Draft { text: draft.to_owned(), topic: None, saved_at: zone_now }, now);
        if self.notes == self.written {
            return;
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
        if written.is_ok() {
            self.written.clone_from(&self.notes);
        }
    }

    /// On the way out: everything, whatever the draft's interval says.
    pub fn keep_now(&mut self, draft: &str, zone_now: DateTime<FixedOffset>, now: DateTime<Utc>) {
        self.keep(draft, zone_now, now);
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
