//! What the journal stores: a header, then entries, each one event stamped with its instant.
//!
//! These types' JSON is the on-disk format of the minutes (`docs/journal-format.md`): every name
//! here is a promise to files already written. Add variants and optional fields; never rename.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::action::NoteId;
use super::record::{AttendeeId, Speaker};
use crate::agenda::Group;
use crate::agenda::{Agenda, millis};

/// A place in the agenda: a topic of a session, both counted from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Position {
    pub session: usize,
    pub topic: usize,
}

impl Position {
    pub const fn new(session: usize, topic: usize) -> Self {
        Position { session, topic }
    }
}

/// The first line of a journal: what meeting this is, with the agenda as it was loaded, so the
/// minutes stay readable even if the agenda file changes or disappears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// [`Header::FORMAT`] when written; a reader refuses a format it does not know.
    pub format: u32,
    pub agenda: Agenda,
    /// The agenda file as named when the meeting was started.
    pub agenda_path: String,
    /// SHA-256 of the agenda file's bytes, lowercase hex.
    pub agenda_sha256: String,
    /// The program that started the minutes, e.g. `gavel 0.1.0`.
    pub program: String,
    /// A rehearsal, started on this day (in the agenda's time zone) rather than on the agenda's
    /// own, or asked for with `--rehearse`: its times count from when it is opened. Absent for
    /// the meeting itself. (Format 3.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rehearsal: Option<NaiveDate>,
}

impl Header {
    /// The journal format this code writes. Format 2 added `written_at` to `note_committed`;
    /// format 3 the header's `rehearsal` and the event `held_as_meeting`; format 4 the agenda's
    /// `language`; format 5 the record (attendees' `position`, `affiliation` and `group`, the
    /// agenda's `recorder`, `confirmer`, `quorum`, `disclosure` and `retention`; a note's
    /// `speaker`; the events of the roll call, corrections and the sign-off); format 6 the plan changed
    /// live (`topic_inserted`, `topic_renamed`, `topic_moved`, `topic_removed`, `plan_changed`) and
    /// messages to the room (`room_message`, `room_cleared`). This code reads all.
    pub const FORMAT: u32 = 6;

    /// A header in the current format, for the meeting itself.
    pub fn new(agenda: Agenda, agenda_path: String, agenda_sha256: String, program: String) -> Self {
        Header { format: Self::FORMAT, agenda, agenda_path, agenda_sha256, program, rehearsal: None }
    }

    /// The same minutes, as a rehearsal started on `day`.
    pub fn rehearsing(self, day: NaiveDate) -> Self {
        Header { rehearsal: Some(day), ..self }
    }
}

/// One event and the instant it happened, shown in the meeting's time zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// RFC 3339 with offset and milliseconds, e.g. `2024-12-23T09:00:05.250+09:00`.
    #[serde(with = "millis")]
    pub at: DateTime<FixedOffset>,
    pub event: Event,
}

/// Something that happened to the meeting. The fold of these is the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// The chair opened the meeting; the first topic of the first session became current.
    Opened,
    /// The chair paused the meeting.
    Paused,
    /// The chair resumed a paused meeting.
    Resumed,
    /// This topic became the current one (next, previous, session moves, jumps).
    Moved { session: usize, topic: usize },
    /// The session's planned time changed by this many seconds (+60 or -60 from the keys).
    PlanAdjusted { session: usize, seconds: i64 },
    /// The topic was marked as not discussed.
    TopicSkipped { session: usize, topic: usize },
    /// The topic was marked to be taken up later.
    TopicDeferred { session: usize, topic: usize },
    /// A note was written, on the topic `on` (`null`: before the meeting opened), as typed.
    /// (Texts are shared, not copied, by the meeting that folds them: most of a long journal
    /// is notes.)
    NoteCommitted {
        id: NoteId,
        on: Option<Position>,
        #[serde(with = "shared_text")]
        text: Arc<str>,
        /// When the note was written, where that differs from when the runner took it: a
        /// second seat's note, sent again after the seat or the runner restarted, keeps the
        /// seat's own time here, while the entry's `at` is when it arrived (the journal's time
        /// never goes backwards). Absent for notes written where they were committed. (Format 2.)
        #[serde(default, skip_serializing_if = "Option::is_none", with = "optional_millis")]
        written_at: Option<DateTime<FixedOffset>>,
        /// Who said it, when its words begin with an attendee's name or position (or the
        /// topic's presenter) and a colon: resolved when it was written. (Format 5.)
        #[serde(default, skip_serializing_if = "Option::is_none")]
        speaker: Option<Speaker>,
    },
    /// A note's text was replaced.
    NoteEdited {
        id: NoteId,
        #[serde(with = "shared_text")]
        text: Arc<str>,
        /// Who the new words say is speaking. (Format 5.)
        #[serde(default, skip_serializing_if = "Option::is_none")]
        speaker: Option<Speaker>,
    },
    /// A note was struck out.
    NoteStruck { id: NoteId },
    /// The chair closed the meeting.
    Closed,
    /// Before opening a rehearsal, the chair chose to hold it on `on` as the meeting itself (a
    /// meeting postponed from its agenda's day): from here the minutes are the meeting's, and
    /// its plan keeps the agenda's hours on that day. (Format 3.)
    HeldAsMeeting { on: NaiveDate },
    /// Someone not on the agenda joined the roll: the next [`AttendeeId`]. (Format 5, as are all
    /// below.)
    AttendeeAdded {
        name: String,
        position: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        affiliation: Option<String>,
        #[serde(default, skip_serializing_if = "Group::is_attendee")]
        group: Group,
    },
    /// The roll call found them present; after opening, they arrived now.
    Present { attendee: AttendeeId },
    /// The roll call found them absent, with the reason given if any.
    Absent {
        attendee: AttendeeId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// They left the meeting before its end.
    Left { attendee: AttendeeId },
    /// After the meeting closed, a note was corrected (`text`) or struck out (`text` null), by
    /// `by`, for `reason`.
    Corrected {
        id: NoteId,
        #[serde(with = "optional_shared_text")]
        text: Option<Arc<str>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        speaker: Option<Speaker>,
        by: String,
        reason: String,
    },
    /// The minutes were signed off by `by`: `fingerprint` is the journal's before this line.
    /// Nothing changes them afterwards.
    Finalized { by: String, fingerprint: String },
    /// A topic was added to the plan the meeting follows, at `topic` in `session` (the topics
    /// from there on move down one), with its presenter and planned time if given. Positions
    /// here and below are in the plan as it stood when the event was written. (Format 6, as are
    /// all below.)
    TopicInserted {
        session: usize,
        topic: usize,
        title: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        presenter: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seconds: Option<i64>,
    },
    /// A topic's title changed.
    TopicRenamed { session: usize, topic: usize, title: String },
    /// A topic moved to `to_topic` in `to_session` (counted after it left its place), with its
    /// time and notes.
    TopicMoved { session: usize, topic: usize, to_session: usize, to_topic: usize },
    /// A topic not taken up was taken off the plan.
    TopicRemoved { session: usize, topic: usize },
    /// A session's planned time (`topic` null) or a topic's changed to `seconds` (a topic's
    /// null: no planned time).
    PlanChanged {
        session: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        topic: Option<usize>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seconds: Option<i64>,
    },
    /// The chair showed these words on the room's display.
    RoomMessage { text: String },
    /// The chair cleared the room's display of its message.
    RoomCleared,
}

impl Event {
    /// A change to the plan the meeting follows or to the room's display (format 6; `replan.rs`
    /// folds it).
    pub fn changes_plan_or_room(&self) -> bool {
        matches!(
            self,
            Event::TopicInserted { .. }
                | Event::TopicRenamed { .. }
                | Event::TopicMoved { .. }
                | Event::TopicRemoved { .. }
                | Event::PlanChanged { .. }
                | Event::RoomMessage { .. }
                | Event::RoomCleared
        )
    }
}

/// Optional shared text as a JSON string or null.
pub(super) mod optional_shared_text {
    use std::sync::Arc;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(text: &Option<Arc<str>>, s: S) -> Result<S::Ok, S::Error> {
        match text {
            Some(text) => s.serialize_str(text),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Arc<str>>, D::Error> {
        Ok(Option::<String>::deserialize(d)?.map(Arc::from))
    }
}

/// Shared text as a plain JSON string.
pub(super) mod shared_text {
    use std::sync::Arc;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(text: &Arc<str>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(text)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<str>, D::Error> {
        String::deserialize(d).map(Arc::from)
    }
}

/// An optional instant, as [`millis`] writes one.
pub mod optional_millis {
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &Option<DateTime<FixedOffset>>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::millis::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped(#[serde(with = "super::millis")] DateTime<FixedOffset>);
        Ok(Option::<Wrapped>::deserialize(d)?.map(|Wrapped(t)| t))
    }
}
