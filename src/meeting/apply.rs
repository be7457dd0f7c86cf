//! Turning a request into journal entries: every rule about what may happen when lives here,
//! and what happens is left to [`Meeting::fold_in`], the same code that replays the journal.

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::action::{Action, NoteId};
use super::event::{Entry, Event, Position};
use super::notes::{self, Kind};
use super::plan::{MAX_PLAN, MIN_PLAN, sum};
use super::record::RecordAction;
use super::state::{Meeting, State, TopicStatus};
use super::timers::Level;
use crate::agenda::Attendee;

/// Something the loop must do because of an action or a tick. Writing the entries of an
/// [`Outcome`] and redrawing always happen; these are the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Ring the bell: the current session just crossed into warning or into over time
    /// (from [`BellWatch`](super::BellWatch) only).
    Bell { session: usize, level: Level },
    /// Tell the chair this on the hint bar: the action was done, with something worth knowing.
    Notice(Notice),
    /// The meeting was closed: show the summary.
    Closed,
}

/// Something worth knowing about an action that was done. The interface says it in words
/// (`crate::words::notice`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Notice {
    /// The agenda's last topic was marked skipped or deferred: there is no topic to move on to,
    /// and closing the meeting is what is left.
    LastTopicMarked,
}

/// What an accepted action produced: the entries to append to the journal (already folded into
/// the meeting) and the effects to perform. A repeated note gives no entries at all.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub entries: Vec<Entry>,
    pub effects: Vec<Effect>,
}

/// Why an action was refused. A refused action changes nothing. The interface says it in words
/// (`crate::words::refusal`); a second seat receives it as data (`docs/seats-protocol.md`), so
/// every name here is a promise to seats already written: add variants, never rename.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Refusal {
    /// Before opening only opening and notes are possible.
    OpenFirst,
    /// Nothing changes a closed meeting.
    Closed,
    AlreadyOpen,
    /// The agenda's first session has no topic, so there is nothing to open the meeting on.
    NoTopics,
    /// Next topic at the agenda's last: the chair closes the meeting instead.
    LastTopic,
    /// Next session in the last one: the chair closes the meeting instead.
    LastSession,
    FirstTopic,
    FirstSession,
    /// A jump to a topic the agenda does not have.
    NoSuchTopic {
        session: usize,
        topic: usize,
    },
    /// A jump to the topic the meeting is on.
    AlreadyThere,
    /// `-` would take the session's plan below [`MIN_PLAN`].
    PlanFloor,
    /// `+` would take the session's plan above [`MAX_PLAN`].
    PlanCeiling,
    /// Skip, on a topic marked skipped since it last became current.
    AlreadySkipped,
    /// Defer, on a topic marked deferred since it last became current.
    AlreadyDeferred,
    /// A note with no words: nothing but spaces, line breaks and invisible characters
    /// ([`crate::text::is_blank`]).
    EmptyNote,
    /// `d:` with nothing after it.
    EmptyDecision,
    /// `a:` with nothing after it.
    EmptyActionItem,
    /// A note sent without an id.
    NoNoteId,
    /// A new note whose id another note, with other words, already has.
    IdTaken {
        id: NoteId,
    },
    /// An edit or a strike of a note the meeting does not have.
    NoSuchNote {
        id: NoteId,
    },
    /// An edit or a strike of a note already struck out.
    NoteStruck {
        id: NoteId,
    },
    /// A second seat asked for what its role may not do (never from [`Meeting::apply`]: the
    /// runner checks the seat's role before the meeting sees the request).
    NotThisSeat,
    /// Hold as the meeting itself, asked of minutes that already are the meeting's.
    NotARehearsal,
    /// The minutes are signed off: nothing changes them.
    Sealed,
    /// An attendee, a corrector or a signatory without a name.
    NoName,
    /// Adding someone whose name is already on the roll.
    AttendeeExists,
    /// The roll has no such attendee.
    NoSuchAttendee {
        attendee: usize,
    },
    /// Marking present someone already present.
    AlreadyPresent,
    /// Someone who is not present cannot leave.
    NotPresent,
    /// Corrections and the sign-off are for closed minutes; before closing, notes are edited.
    NotClosed,
    /// A correction needs its reason.
    NoReason,
    /// A correction that changes nothing.
    Unchanged,
    /// A topic without a title.
    NoTitle,
    /// A session the agenda does not have.
    NoSuchSession {
        session: usize,
    },
    /// Removing a topic taken up: the current one, or one with time or notes.
    TakenUp,
    /// Removing or moving away a session's only topic: a session keeps one.
    OnlyTopic,
    /// A planned time below a minute (a topic's: below a second) or above 24 hours.
    PlanOutOfBounds,
    /// A message to the room with no words.
    EmptyMessage,
}

/// What an action becomes once checked.
type Decided = (Vec<Event>, Vec<Effect>);

impl Meeting {
    /// Validates `action` against the meeting at `now` and, if it makes sense, folds in the
    /// entries it produces and returns them with the effects for the loop to perform.
    ///
    /// `now` is cut to whole milliseconds (what the journal keeps), and never goes back before the
    /// last entry: a clock set back stamps the entry with the last entry's instant.
    pub fn apply(&mut self, action: Action, now: DateTime<Utc>) -> Result<Outcome, Refusal> {
        let (events, effects) = self.decide(action)?;
        let mut instant = DateTime::from_timestamp_millis(now.timestamp_millis()).unwrap_or(now);
        if let Some(last) = self.last_at {
            instant = instant.max(last.to_utc());
        }
        let at = self.agenda.timezone.at(instant);
        let entries: Vec<Entry> = events.into_iter().map(|event| Entry { at, event }).collect();
        for entry in &entries {
            self.fold_in(entry);
        }
        Ok(Outcome { entries, effects })
    }

    fn decide(&self, action: Action) -> Result<Decided, Refusal> {
        let only = |event: Event| Ok((vec![event], Vec::new()));
        // The roll call, corrections and the sign-off have rules of their own (`record.rs`).
        let record = matches!(
            action,
            Action::AddAttendee { .. }
                | Action::MarkPresent { .. }
                | Action::MarkAbsent { .. }
                | Action::MarkLeft { .. }
                | Action::Correct { .. }
                | Action::Finalize { .. }
        );
        // Changes to the plan and the room's display have theirs (`replan.rs`), before the
        // meeting opens as after.
        if action.changes_plan_or_room() {
            if self.sealed().is_some() {
                return Err(Refusal::Sealed);
            }
            return Ok((self.decide_replan(action)?, Vec::new()));
        }
        match self.state {
            _ if record => {}
            State::Closed if self.sealed().is_some() => return Err(Refusal::Sealed),
            State::Closed => return Err(Refusal::Closed),
            State::NotOpened => match action {
                Action::Open
                | Action::HoldAsMeeting { .. }
                | Action::CommitNote { .. }
                | Action::CommitWrittenNote { .. }
                | Action::EditNote { .. }
                | Action::StrikeNote { .. } => {}
                _ => return Err(Refusal::OpenFirst),
            },
            State::Running | State::Paused => {}
        }
        let here = self.position;
        match action {
            Action::Open => match self.state {
                State::NotOpened if !self.contains(Position::default()) => Err(Refusal::NoTopics),
                State::NotOpened => only(Event::Opened),
                _ => Err(Refusal::AlreadyOpen),
            },
            Action::PauseResume => match self.state {
                State::Running => only(Event::Paused),
                _ => only(Event::Resumed),
            },
            Action::NextTopic => only(moved(self.next_topic().ok_or(Refusal::LastTopic)?)),
            Action::PreviousTopic => only(moved(self.previous_topic().ok_or(Refusal::FirstTopic)?)),
            Action::NextSession => {
                let k = here.session + 1;
                if k >= self.sessions.len() {
                    return Err(Refusal::LastSession);
                }
                only(moved(Position::new(k, 0)))
            }
            Action::PreviousSession => {
                let Some(k) = here.session.checked_sub(1) else { return Err(Refusal::FirstSession) };
                only(moved(Position::new(k, 0)))
            }
            Action::JumpTo { session, topic } => {
                let to = Position::new(session, topic);
                if !self.contains(to) {
                    return Err(Refusal::NoSuchTopic { session, topic });
                }
                if to == here {
                    return Err(Refusal::AlreadyThere);
                }
                only(moved(to))
            }
            Action::AddMinute | Action::RemoveMinute => {
                let seconds: i64 = if action == Action::AddMinute { 60 } else { -60 };
                let plan = sum(self.session_plan(here.session), TimeDelta::seconds(seconds));
                if plan < MIN_PLAN {
                    return Err(Refusal::PlanFloor);
                }
                if plan > MAX_PLAN {
                    return Err(Refusal::PlanCeiling);
                }
                only(Event::PlanAdjusted { session: here.session, seconds })
            }
            Action::Skip | Action::Defer => {
                let (session, topic) = (here.session, here.topic);
                let (status, mark, already) = if action == Action::Skip {
                    (TopicStatus::Skipped, Event::TopicSkipped { session, topic }, Refusal::AlreadySkipped)
                } else {
                    (TopicStatus::Deferred, Event::TopicDeferred { session, topic }, Refusal::AlreadyDeferred)
                };
                if self.marked_this_visit(here) == Some(status) {
                    return Err(already);
                }
                match self.next_topic() {
                    Some(next) => Ok((vec![mark, moved(next)], Vec::new())),
                    None => Ok((vec![mark], vec![Effect::Notice(Notice::LastTopicMarked)])),
                }
            }
            Action::CommitNote { id, text } => {
                let on = self.state.is_open().then_some(here);
                self.commit(id, text, on, None)
            }
            Action::CommitWrittenNote { id, text, on, written_at } => {
                if let Some(p) = on
                    && !self.contains(p)
                {
                    return Err(Refusal::NoSuchTopic { session: p.session, topic: p.topic });
                }
                self.commit(id, text, on, Some(written_at))
            }
            Action::EditNote { id, text } => {
                let text = nfc(text);
                let Some(note) = self.note(&id) else { return Err(Refusal::NoSuchNote { id }) };
                if note.is_struck() {
                    return Err(Refusal::NoteStruck { id });
                }
                check_text(&text)?;
                if note.text() == text {
                    return Ok((Vec::new(), Vec::new()));
                }
                let speaker = self.speaker_of(&text, note.on);
                only(Event::NoteEdited { id, text: text.into(), speaker })
            }
            Action::StrikeNote { id } => {
                let Some(note) = self.note(&id) else { return Err(Refusal::NoSuchNote { id }) };
                if note.is_struck() {
                    return Err(Refusal::NoteStruck { id });
                }
                only(Event::NoteStruck { id })
            }
            Action::Close => Ok((vec![Event::Closed], vec![Effect::Closed])),
            Action::AddAttendee { name, position, affiliation, group } => {
                let (name, position, affiliation) = (nfc(name), position.map(nfc), affiliation.map(nfc));
                self.record(RecordAction::Add(Attendee { name, position, affiliation, group }))
            }
            Action::MarkPresent { attendee } => self.record(RecordAction::Present(attendee)),
            Action::MarkAbsent { attendee, reason } => {
                self.record(RecordAction::Absent(attendee, reason.map(nfc)))
            }
            Action::MarkLeft { attendee } => self.record(RecordAction::Left(attendee)),
            Action::Correct { id, text, by, reason } => self.record(RecordAction::Correct {
                id,
                text: text.map(nfc),
                by: nfc(by),
                reason: nfc(reason),
            }),
            Action::Finalize { by, fingerprint } => {
                self.record(RecordAction::Seal { by: nfc(by), fingerprint })
            }
            Action::HoldAsMeeting { on } => match self.state {
                State::NotOpened if self.held.is_rehearsal() => only(Event::HeldAsMeeting { on }),
                State::NotOpened => Err(Refusal::NotARehearsal),
                _ => Err(Refusal::AlreadyOpen),
            },
            // Decided above.
            Action::InsertTopic { .. }
            | Action::RenameTopic { .. }
            | Action::MoveTopic { .. }
            | Action::RemoveTopic { .. }
            | Action::Retime { .. }
            | Action::ShowRoom { .. }
            | Action::ClearRoom => Err(Refusal::NotThisSeat),
        }
    }

    fn record(&self, action: RecordAction) -> Result<Decided, Refusal> {
        Ok((self.decide_record(action)?, Vec::new()))
    }

    /// A new note on `on`, checked: its text, its id, and whether it is already kept.
    fn commit(
        &self,
        id: NoteId,
        text: String,
        on: Option<Position>,
        written_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    ) -> Result<Decided, Refusal> {
        let text = nfc(text);
        check_text(&text)?;
        if id.as_str().trim().is_empty() {
            return Err(Refusal::NoNoteId);
        }
        if let Some(note) = self.note(&id) {
            // The same note sent again (a second seat retrying) is already kept.
            return if *note.versions[0].text == *text {
                Ok((Vec::new(), Vec::new()))
            } else {
                Err(Refusal::IdTaken { id })
            };
        }
        let speaker = self.speaker_of(&text, on);
        Ok((vec![Event::NoteCommitted { id, on, text: text.into(), written_at, speaker }], Vec::new()))
    }

    /// Where next topic goes: the next topic of this session, or the next session's first.
    fn next_topic(&self) -> Option<Position> {
        let p = self.position;
        if p.topic + 1 < self.sessions[p.session].topics.len() {
            Some(Position::new(p.session, p.topic + 1))
        } else if p.session + 1 < self.sessions.len() {
            Some(Position::new(p.session + 1, 0))
        } else {
            None
        }
    }

    /// Where previous topic goes: the previous topic of this session, or the previous session's
    /// last.
    fn previous_topic(&self) -> Option<Position> {
        let p = self.position;
        if let Some(t) = p.topic.checked_sub(1) {
            return Some(Position::new(p.session, t));
        }
        let k = p.session.checked_sub(1)?;
        Some(Position::new(k, self.sessions[k].topics.len().checked_sub(1)?))
    }
}

fn moved(p: Position) -> Event {
    Event::Moved { session: p.session, topic: p.topic }
}

fn nfc(text: String) -> String {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        _ => text.nfc().collect(),
    }
}

pub(super) fn check_text(text: &str) -> Result<(), Refusal> {
    // A note of only zero-width or bidi characters shows as nothing: it is as empty as spaces.
    if crate::text::is_blank(text) {
        return Err(Refusal::EmptyNote);
    }
    if notes::is_empty_after_prefix(text) {
        return match notes::parse(text).kind {
            Kind::Decision => Err(Refusal::EmptyDecision),
            _ => Err(Refusal::EmptyActionItem),
        };
    }
    Ok(())
}
