//! Turning a request into journal entries: every rule about what may happen when lives here,
//! and what happens is left to [`Meeting::fold_in`], the same code that replays the journal.

use std::fmt;

use chrono::{DateTime, TimeDelta, Utc};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::action::Action;
use super::event::{Entry, Event, Position};
use super::notes::{self, Kind};
use super::plan::{MAX_PLAN, MIN_PLAN, sum};
use super::state::{Meeting, State, TopicStatus};
use super::timers::Level;

/// Something the loop must do because of an action or a tick. Writing the entries of an
/// [`Outcome`] and redrawing always happen; these are the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Ring the bell: the current session just crossed into warning or into over time
    /// (from [`BellWatch`](super::BellWatch) only).
    Bell { session: usize, level: Level },
    /// Say this on the hint bar: the action was done, with something worth knowing.
    Notice(String),
    /// The meeting was closed: show the summary.
    Closed,
}

/// What an accepted action produced: the entries to append to the journal (already folded into
/// the meeting) and the effects to perform. A repeated note gives no entries at all.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub entries: Vec<Entry>,
    pub effects: Vec<Effect>,
}

/// Why an action was refused, in words for the hint bar. A refused action changes nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub reason: String,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for Refusal {}

/// The hint-bar reasons, in one place.
pub mod reasons {
    pub const OPEN_FIRST: &str = "Open the meeting first (Space)";
    pub const CLOSED: &str = "The meeting is closed";
    pub const ALREADY_OPEN: &str = "The meeting is already open";
    pub const NO_TOPICS: &str = "The agenda has no topic to open the meeting on";
    pub const LAST_TOPIC: &str = "This is the last topic; press e to close the meeting";
    pub const LAST_SESSION: &str = "This is the last session; press e to close the meeting";
    pub const FIRST_TOPIC: &str = "This is the first topic";
    pub const FIRST_SESSION: &str = "This is the first session";
    pub const NO_SUCH_TOPIC: &str = "There is no such topic in the agenda";
    pub const ALREADY_THERE: &str = "That is the current topic";
    pub const PLAN_FLOOR: &str = "A session's plan cannot go below one minute";
    pub const PLAN_CEILING: &str = "A session's plan cannot go above 24 hours";
    pub const ALREADY_SKIPPED: &str = "This topic is already marked skipped";
    pub const ALREADY_DEFERRED: &str = "This topic is already marked deferred";
    pub const LAST_MARKED: &str = "That was the last topic; press e to close the meeting";
    pub const EMPTY_NOTE: &str = "The note is empty";
    pub const EMPTY_DECISION: &str = "Write the decision after d:";
    pub const EMPTY_ACTION_ITEM: &str = "Write the action item after a:";
    pub const NO_NOTE_ID: &str = "A note needs an id";
    pub const ID_TAKEN: &str = "Another note already has this id";
    pub const NO_SUCH_NOTE: &str = "There is no such note";
    pub const NOTE_STRUCK: &str = "That note is struck out";
}

fn refuse<T>(reason: &str) -> Result<T, Refusal> {
    Err(Refusal { reason: reason.to_owned() })
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
        use reasons::*;
        let only = |event: Event| Ok((vec![event], Vec::new()));
        match self.state {
            State::Closed => return refuse(CLOSED),
            State::NotOpened => match action {
                Action::Open
                | Action::CommitNote { .. }
                | Action::EditNote { .. }
                | Action::StrikeNote { .. } => {}
                _ => return refuse(OPEN_FIRST),
            },
            State::Running | State::Paused => {}
        }
        let here = self.position;
        match action {
            Action::Open => match self.state {
                State::NotOpened if !self.contains(Position::default()) => refuse(NO_TOPICS),
                State::NotOpened => only(Event::Opened),
                _ => refuse(ALREADY_OPEN),
            },
            Action::PauseResume => match self.state {
                State::Running => only(Event::Paused),
                _ => only(Event::Resumed),
            },
            Action::NextTopic => only(moved(self.next_topic().ok_or_else(|| Refusal::of(LAST_TOPIC))?)),
            Action::PreviousTopic => {
                only(moved(self.previous_topic().ok_or_else(|| Refusal::of(FIRST_TOPIC))?))
            }
            Action::NextSession => {
                let k = here.session + 1;
                if k >= self.sessions.len() {
                    return refuse(LAST_SESSION);
                }
                only(moved(Position::new(k, 0)))
            }
            Action::PreviousSession => {
                let Some(k) = here.session.checked_sub(1) else { return refuse(FIRST_SESSION) };
                only(moved(Position::new(k, 0)))
            }
            Action::JumpTo { session, topic } => {
                let to = Position::new(session, topic);
                if !self.contains(to) {
                    return refuse(NO_SUCH_TOPIC);
                }
                if to == here {
                    return refuse(ALREADY_THERE);
                }
                only(moved(to))
            }
            Action::AddMinute | Action::RemoveMinute => {
                let seconds: i64 = if action == Action::AddMinute { 60 } else { -60 };
                let plan = sum(self.session_plan(here.session), TimeDelta::seconds(seconds));
                if plan < MIN_PLAN {
                    return refuse(PLAN_FLOOR);
                }
                if plan > MAX_PLAN {
                    return refuse(PLAN_CEILING);
                }
                only(Event::PlanAdjusted { session: here.session, seconds })
            }
            Action::Skip | Action::Defer => {
                let (session, topic) = (here.session, here.topic);
                let (status, mark, already) = if action == Action::Skip {
                    (TopicStatus::Skipped, Event::TopicSkipped { session, topic }, ALREADY_SKIPPED)
                } else {
                    (TopicStatus::Deferred, Event::TopicDeferred { session, topic }, ALREADY_DEFERRED)
                };
                if self.marked_this_visit(here) == Some(status) {
                    return refuse(already);
                }
                match self.next_topic() {
                    Some(next) => Ok((vec![mark, moved(next)], Vec::new())),
                    None => Ok((vec![mark], vec![Effect::Notice(LAST_MARKED.to_owned())])),
                }
            }
            Action::CommitNote { id, text } => {
                let text = nfc(text);
                check_text(&text)?;
                if id.as_str().trim().is_empty() {
                    return refuse(NO_NOTE_ID);
                }
                if let Some(note) = self.note(&id) {
                    // The same note sent again (a second seat retrying) is already kept.
                    return if *note.versions[0].text == *text {
                        Ok((Vec::new(), Vec::new()))
                    } else {
                        refuse(ID_TAKEN)
                    };
                }
                let on = self.state.is_open().then_some(here);
                only(Event::NoteCommitted { id, on, text: text.into() })
            }
            Action::EditNote { id, text } => {
                let text = nfc(text);
                let note = self.note(&id).ok_or_else(|| Refusal::of(NO_SUCH_NOTE))?;
                if note.is_struck() {
                    return refuse(NOTE_STRUCK);
                }
                check_text(&text)?;
                if note.text() == text {
                    return Ok((Vec::new(), Vec::new()));
                }
                only(Event::NoteEdited { id, text: text.into() })
            }
            Action::StrikeNote { id } => {
                let note = self.note(&id).ok_or_else(|| Refusal::of(NO_SUCH_NOTE))?;
                if note.is_struck() {
                    return refuse(NOTE_STRUCK);
                }
                only(Event::NoteStruck { id })
            }
            Action::Close => Ok((vec![Event::Closed], vec![Effect::Closed])),
        }
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

impl Refusal {
    fn of(reason: &str) -> Refusal {
        Refusal { reason: reason.to_owned() }
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

fn check_text(text: &str) -> Result<(), Refusal> {
    if text.trim().is_empty() {
        return refuse(reasons::EMPTY_NOTE);
    }
    if notes::is_empty_after_prefix(text) {
        return match notes::parse(text).kind {
            Kind::Decision => refuse(reasons::EMPTY_DECISION),
            _ => refuse(reasons::EMPTY_ACTION_ITEM),
        };
    }
    Ok(())
}
