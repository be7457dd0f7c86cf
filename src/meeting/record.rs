//! What makes the minutes an official record: who was there (the roll call, arrivals and
//! departures, people added during the meeting), who said what (a note's speaker), what was
//! corrected after the meeting and by whom, and the sign-off that seals it all (format 5).
//!
//! The rules of what may happen when are here, beside what happening does to the meeting: the
//! same pair `apply` and the fold use for everything else.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::action::NoteId;
use super::apply::Refusal;
use super::event::Event;
use super::state::{Meeting, State};
use crate::agenda::{Attendee, Group};

/// Someone at the meeting: their place in [`Meeting::attendees`], the agenda's attendees in
/// order and then those added during the meeting. Stable for the life of the minutes.
pub type AttendeeId = usize;

/// Whether someone is there, as the roll call and the meeting have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Not called yet.
    Unmarked,
    Present,
    Absent,
    /// Was present and left before the end.
    Left,
}

/// One person on the meeting's roll, with what the roll call and the meeting recorded of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attending {
    pub attendee: Attendee,
    /// When they were added, for someone not on the agenda.
    #[serde(with = "super::event::optional_millis", skip_serializing_if = "Option::is_none")]
    pub added_at: Option<DateTime<FixedOffset>>,
    pub presence: Presence,
    /// Why they are absent, when the roll call gave a reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// When they arrived, for someone marked present after the meeting opened (a late arrival).
    #[serde(with = "super::event::optional_millis", skip_serializing_if = "Option::is_none")]
    pub arrived_at: Option<DateTime<FixedOffset>>,
    /// When they left, for someone who left before the end.
    #[serde(with = "super::event::optional_millis", skip_serializing_if = "Option::is_none")]
    pub left_at: Option<DateTime<FixedOffset>>,
}

impl Attending {
    fn new(attendee: Attendee, added_at: Option<DateTime<FixedOffset>>) -> Attending {
        Attending {
            attendee,
            added_at,
            presence: Presence::Unmarked,
            reason: None,
            arrived_at: None,
            left_at: None,
        }
    }

    /// Whether they count for the quorum now: present, and attending rather than in support.
    pub fn counts(&self) -> bool {
        self.presence == Presence::Present && self.attendee.group == Group::Attendee
    }
}

/// Who said what a note says: an attendee, or the presenter of the note's topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    Attendee(AttendeeId),
    /// The presenter the agenda names for the topic the note was taken on.
    Presenter,
}

/// A change to closed minutes, with who made it, why, and what the note said before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    #[serde(with = "crate::agenda::millis")]
    pub at: DateTime<FixedOffset>,
    pub note: NoteId,
    pub by: String,
    pub reason: String,
    #[serde(with = "super::event::shared_text")]
    pub before: Arc<str>,
    /// The corrected words; `None`: the note was struck out.
    #[serde(serialize_with = "optional_text")]
    pub after: Option<Arc<str>>,
}

fn optional_text<S: serde::Serializer>(text: &Option<Arc<str>>, s: S) -> Result<S::Ok, S::Error> {
    match text {
        Some(text) => s.serialize_str(text),
        None => s.serialize_none(),
    }
}

/// The sign-off: from here the minutes do not change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sealed {
    #[serde(with = "crate::agenda::millis")]
    pub at: DateTime<FixedOffset>,
    pub by: String,
    /// The fingerprint of the journal before the sign-off: what a signed paper copy carries.
    pub fingerprint: String,
}

/// Whether `text` names someone: blank-free, as typed. Names are compared as written, after
/// trimming; the agenda's and the notes' texts are NFC already.
fn same(a: &str, b: &str) -> bool {
    a.trim() == b.trim()
}

impl Meeting {
    pub fn attendees(&self) -> &[Attending] {
        &self.attendees
    }

    /// How many count for the quorum now (present attendees, not those in support).
    pub fn present_count(&self) -> usize {
        self.attendees.iter().filter(|a| a.counts()).count()
    }

    /// Whether the quorum is met now; `None` when the agenda sets none.
    pub fn quorum_met(&self) -> Option<bool> {
        self.agenda.quorum.map(|q| self.present_count() >= q as usize)
    }

    pub fn corrections(&self) -> &[Correction] {
        &self.corrections
    }

    pub fn sealed(&self) -> Option<&Sealed> {
        self.sealed.as_ref()
    }

    /// The attendee `prefix` names: by name, by position, or by position and name
    /// (`기획조정실장 홍길동`), whoever matches first.
    pub fn attendee_named(&self, prefix: &str) -> Option<AttendeeId> {
        let prefix = prefix.trim();
        if prefix.is_empty() {
            return None;
        }
        self.attendees.iter().position(|a| {
            let who = &a.attendee;
            same(&who.name, prefix)
                || who.position.as_deref().is_some_and(|p| same(p, prefix))
                || same(&who.called(), prefix)
        })
    }

    /// Who a plain note typed on `on` says is speaking: the words before its first colon, when
    /// they name an attendee or the topic's presenter. Anything else (`참고: …`, `10:30 …`) is
    /// no speaker.
    pub fn speaker_of(&self, text: &str, on: Option<super::Position>) -> Option<Speaker> {
        if super::notes::parse(text).kind != super::notes::Kind::Note {
            return None;
        }
        let (prefix, _) = super::notes::speaker_prefix(text)?;
        if let Some(id) = self.attendee_named(prefix) {
            return Some(Speaker::Attendee(id));
        }
        let presenter =
            on.and_then(|p| self.agenda.sessions.get(p.session)?.topics.get(p.topic)?.presenter.clone());
        presenter.filter(|p| same(p, prefix)).map(|_| Speaker::Presenter)
    }

    /// Who said a note, as a record names them: position and name (`기획조정실장 홍길동`), or
    /// the presenter as the agenda names them.
    pub fn speaker_called(&self, note: &super::Note) -> Option<String> {
        match note.speaker? {
            Speaker::Attendee(id) => self.attendees.get(id).map(|a| a.attendee.called()),
            Speaker::Presenter => {
                let p = note.on?;
                self.agenda.sessions.get(p.session)?.topics.get(p.topic)?.presenter.clone()
            }
        }
    }

    /// The events of a roll-call, correction or sign-off action, checked.
    pub(super) fn decide_record(&self, action: RecordAction) -> Result<Vec<Event>, Refusal> {
        if self.sealed.is_some() {
            return Err(Refusal::Sealed);
        }
        match action {
            RecordAction::Add(attendee) => {
                if self.state == State::Closed {
                    return Err(Refusal::Closed);
                }
                if attendee.name.trim().is_empty() {
                    return Err(Refusal::NoName);
                }
                if self.attendees.iter().any(|a| same(&a.attendee.name, &attendee.name)) {
                    return Err(Refusal::AttendeeExists);
                }
                Ok(vec![Event::AttendeeAdded {
                    name: attendee.name,
                    position: attendee.position,
                    affiliation: attendee.affiliation,
                    group: attendee.group,
                }])
            }
            RecordAction::Present(id) | RecordAction::Absent(id, _) | RecordAction::Left(id) => {
                if self.state == State::Closed {
                    return Err(Refusal::Closed);
                }
                let Some(who) = self.attendees.get(id) else {
                    return Err(Refusal::NoSuchAttendee { attendee: id });
                };
                match action {
                    RecordAction::Present(_) if who.presence == Presence::Present => {
                        Err(Refusal::AlreadyPresent)
                    }
                    RecordAction::Present(_) => Ok(vec![Event::Present { attendee: id }]),
                    RecordAction::Absent(_, reason) => {
                        let reason =
                            reason.map(|r| r.trim().to_owned()).filter(|r| !crate::text::is_blank(r));
                        if who.presence == Presence::Absent && who.reason == reason {
                            return Ok(Vec::new());
                        }
                        Ok(vec![Event::Absent { attendee: id, reason }])
                    }
                    _ if who.presence != Presence::Present => Err(Refusal::NotPresent),
                    _ if !self.state.is_open() => Err(Refusal::OpenFirst),
                    _ => Ok(vec![Event::Left { attendee: id }]),
                }
            }
            RecordAction::Correct { id, text, by, reason } => {
                if self.state != State::Closed {
                    return Err(Refusal::NotClosed);
                }
                if crate::text::is_blank(&by) {
                    return Err(Refusal::NoName);
                }
                if crate::text::is_blank(&reason) {
                    return Err(Refusal::NoReason);
                }
                let Some(note) = self.note(&id) else { return Err(Refusal::NoSuchNote { id }) };
                if note.is_struck() {
                    return Err(Refusal::NoteStruck { id });
                }
                let speaker = match &text {
                    Some(text) => {
                        super::apply::check_text(text)?;
                        if note.text() == text {
                            return Err(Refusal::Unchanged);
                        }
                        self.speaker_of(text, note.on)
                    }
                    None => None,
                };
                Ok(vec![Event::Corrected {
                    id,
                    text: text.map(Arc::from),
                    speaker,
                    by: by.trim().to_owned(),
                    reason: reason.trim().to_owned(),
                }])
            }
            RecordAction::Seal { by, fingerprint } => {
                if self.state != State::Closed {
                    return Err(Refusal::NotClosed);
                }
                if crate::text::is_blank(&by) {
                    return Err(Refusal::NoName);
                }
                Ok(vec![Event::Finalized { by: by.trim().to_owned(), fingerprint }])
            }
        }
    }

    /// Folds a record event in; false when it does not fit the meeting as it stands.
    pub(super) fn fold_record(&mut self, event: &Event, at: DateTime<FixedOffset>) -> bool {
        if self.sealed.is_some() {
            return false;
        }
        let closed = self.state == State::Closed;
        match event {
            Event::AttendeeAdded { name, position, affiliation, group } => {
                if closed || self.attendees.iter().any(|a| same(&a.attendee.name, name)) {
                    return false;
                }
                let attendee = Attendee {
                    name: name.clone(),
                    position: position.clone(),
                    affiliation: affiliation.clone(),
                    group: *group,
                };
                self.attendees.push(Attending::new(attendee, Some(at)));
            }
            &Event::Present { attendee } => {
                let open = self.state.is_open();
                let Some(who) = self.attendees.get_mut(attendee).filter(|_| !closed) else { return false };
                who.presence = Presence::Present;
                who.reason = None;
                who.left_at = None;
                if open {
                    who.arrived_at = Some(at);
                }
            }
            Event::Absent { attendee, reason } => {
                let Some(who) = self.attendees.get_mut(*attendee).filter(|_| !closed) else { return false };
                who.presence = Presence::Absent;
                who.reason = reason.clone();
                who.arrived_at = None;
                who.left_at = None;
            }
            &Event::Left { attendee } => {
                let open = self.state.is_open();
                let Some(who) = self.attendees.get_mut(attendee) else { return false };
                if !open || who.presence != Presence::Present {
                    return false;
                }
                who.presence = Presence::Left;
                who.left_at = Some(at);
            }
            Event::Corrected { id, text, speaker, by, reason } => {
                if !closed {
                    return false;
                }
                let Some(n) = self.note_index.get(&self.notes, id) else { return false };
                let note = &mut self.notes[n];
                if note.is_struck() {
                    return false;
                }
                let before = Arc::clone(&note.versions[note.versions.len() - 1].text);
                match text {
                    Some(text) => {
                        note.versions.push(super::state::Version { at, text: Arc::clone(text) });
                        note.set_text(text, *speaker, self.votes);
                    }
                    None => note.struck_at = Some(at),
                }
                self.corrections.push(Correction {
                    at,
                    note: id.clone(),
                    by: by.clone(),
                    reason: reason.clone(),
                    before,
                    after: text.clone(),
                });
            }
            Event::Finalized { by, fingerprint } => {
                if !closed {
                    return false;
                }
                self.sealed = Some(Sealed { at, by: by.clone(), fingerprint: fingerprint.clone() });
            }
            _ => return false,
        }
        true
    }

    /// The agenda's attendees, before anything is folded.
    pub(super) fn roll_of(agenda: &crate::agenda::Agenda) -> Vec<Attending> {
        agenda.attendees.iter().map(|a| Attending::new(a.clone(), None)).collect()
    }
}

/// The record's actions, as [`super::Action`] carries them to [`Meeting::decide_record`].
pub(super) enum RecordAction {
    Add(Attendee),
    Present(AttendeeId),
    Absent(AttendeeId, Option<String>),
    Left(AttendeeId),
    Correct { id: NoteId, text: Option<String>, by: String, reason: String },
    Seal { by: String, fingerprint: String },
}
