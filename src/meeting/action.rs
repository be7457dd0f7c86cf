//! The meeting's vocabulary: every thing the chair or the secretary can ask of the meeting.
//!
//! The keymap turns keys into these; [`Meeting::apply`](super::Meeting::apply) validates them
//! against the state and turns them into journal events. Keys that only change what the screen
//! shows (help, focus, quit) are not here: they never touch the minutes.

use super::record::AttendeeId;
use crate::agenda::Group;
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::event::Position;

/// Who a note is, across edits and strikes. Chosen by the caller (the runner, or a second seat
/// through it), so that a note sent twice is recognised and kept once.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NoteId(pub String);

impl NoteId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for NoteId {
    fn from(s: &str) -> Self {
        NoteId(s.to_owned())
    }
}

impl From<String> for NoteId {
    fn from(s: String) -> Self {
        NoteId(s)
    }
}

impl fmt::Display for NoteId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Action {
    /// A change to the plan the meeting follows or to the room's display (`replan.rs` decides).
    pub fn changes_plan_or_room(&self) -> bool {
        matches!(
            self,
            Action::InsertTopic { .. }
                | Action::RenameTopic { .. }
                | Action::MoveTopic { .. }
                | Action::RemoveTopic { .. }
                | Action::Retime { .. }
                | Action::ShowRoom { .. }
                | Action::ClearRoom
        )
    }
}

/// One request to the meeting. Indices are 0-based. Its JSON form is what a second seat sends
/// the runner (`docs/seats-protocol.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Action {
    /// Open the meeting: its clock starts and the first topic of the first session is current.
    Open,
    /// Pause a running meeting (every timer stops) or resume a paused one. Refused before opening.
    PauseResume,
    /// Move to the next topic; past a session's last topic, to the next session's first.
    /// Refused at the agenda's last topic: the chair closes the meeting instead.
    NextTopic,
    /// Move to the previous topic; before a session's first topic, to the previous session's last.
    PreviousTopic,
    /// Move to the first topic of the next session.
    NextSession,
    /// Move to the first topic of the previous session.
    PreviousSession,
    /// Move to any topic, including one skipped or deferred earlier.
    JumpTo { session: usize, topic: usize },
    /// Give the current session one more minute of planned time.
    AddMinute,
    /// Take one minute of planned time from the current session (never below one minute).
    RemoveMinute,
    /// Mark the current topic as not discussed and move on as [`Action::NextTopic`] would.
    Skip,
    /// Mark the current topic to be taken up later and move on as [`Action::NextTopic`] would.
    Defer,
    /// Write a new note on the current topic (or "before opening"). `d:` starts a decision, `a:`
    /// an action item; see [`notes`](super::notes). Sending the same id and text again is a no-op.
    CommitNote { id: NoteId, text: String },
    /// Write a new note as a second seat wrote it: on the topic the seat recorded (`on`, `null`
    /// for before opening) and with the seat's own time, kept beside the runner's. A note sent
    /// again after a restart so lands where it was written. Otherwise as [`Action::CommitNote`].
    CommitWrittenNote {
        id: NoteId,
        text: String,
        on: Option<Position>,
        #[serde(with = "crate::agenda::millis")]
        written_at: DateTime<FixedOffset>,
    },
    /// Replace a note's text; the history keeps the earlier versions.
    EditNote { id: NoteId, text: String },
    /// Strike a note out: it stays in the history but leaves the minutes document.
    StrikeNote { id: NoteId },
    /// Close the meeting. Nothing can change it afterwards.
    Close,
    /// Before opening a rehearsal: hold it on `on` (today) as the meeting itself, a meeting
    /// postponed from its agenda's day. Refused once open, and for the meeting itself.
    HoldAsMeeting { on: NaiveDate },
    /// Add someone not on the agenda to the roll (refused once closed, and for a name already
    /// on it).
    AddAttendee {
        name: String,
        position: Option<String>,
        affiliation: Option<String>,
        #[serde(default)]
        group: Group,
    },
    /// The roll call: they are here (after opening: they arrived now).
    MarkPresent { attendee: AttendeeId },
    /// The roll call: they are not here, with a reason if one is given.
    MarkAbsent { attendee: AttendeeId, reason: Option<String> },
    /// They left before the end (only someone present, while the meeting is open).
    MarkLeft { attendee: AttendeeId },
    /// After closing: correct a note's words (`text`) or strike it (`text` null), by `by`, for
    /// `reason`. Both are required; refused once the minutes are signed off.
    Correct { id: NoteId, text: Option<String>, by: String, reason: String },
    /// After closing: sign the minutes off, by `by`, whose journal's fingerprint is
    /// `fingerprint`. Nothing changes them afterwards.
    Finalize { by: String, fingerprint: String },
    /// Add a topic to the plan at `topic` in `session` (`topic` may be the session's length: at
    /// its end), with its presenter and planned time if given. Refused once closed.
    InsertTopic {
        session: usize,
        topic: usize,
        title: String,
        #[serde(default)]
        presenter: Option<String>,
        #[serde(default)]
        seconds: Option<i64>,
    },
    /// Give a topic another title.
    RenameTopic { session: usize, topic: usize, title: String },
    /// Move a topic to `to_topic` in `to_session`, counted after it has left its place; its
    /// time and notes go with it. A session keeps at least one topic.
    MoveTopic { session: usize, topic: usize, to_session: usize, to_topic: usize },
    /// Take a topic not taken up off the plan (never the current one, one with time or notes,
    /// or a session's only topic).
    RemoveTopic { session: usize, topic: usize },
    /// Set a session's planned time (`topic` none) or a topic's (`seconds` none: no planned
    /// time) in the plan the meeting follows. The published plan is unchanged.
    Retime {
        session: usize,
        #[serde(default)]
        topic: Option<usize>,
        #[serde(default)]
        seconds: Option<i64>,
    },
    /// Show these words on the room's display until cleared or replaced.
    ShowRoom { text: String },
    /// Clear the room's display of its message.
    ClearRoom,
}
