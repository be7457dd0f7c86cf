//! The plan changed as the meeting goes (format 6): topics inserted, renamed, moved, removed and
//! retimed, and the room's display given a message or cleared. Their rules ([`Meeting::decide_replan`])
//! and their fold ([`Meeting::fold_replan`]) live here.
//!
//! The meeting keeps two agendas: the published one (the journal header's), which drift counts
//! against, and the plan it follows, which every change edits and every screen lays out. A
//! topic's planned time counts in its session's: inserting, removing, moving or retiming a topic
//! that has one changes its session's plan by as much (within a minute and 24 hours), so the
//! projected end follows; setting a session's plan sets it. A
//! change moves a topic's run with it (its time, its notes, its status), so each second of
//! running time stays on exactly one topic; a session's time is the time the meeting spent in it
//! (its slot of the day, which drift reads), so after a topic that ran moves to another session
//! the two differ by that topic's time. Positions in an event are in the plan as it stood when it was written: the fold
//! reads them in order, as it reads every other event.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta};

use super::action::Action;
use super::apply::Refusal;
use super::event::{Event, Position};
use super::plan::{MAX_PLAN, MIN_PLAN};
use super::state::{Change, Meeting, PlanChange, RoomMessage, State, TopicRun};
use crate::agenda::Topic;

/// The shortest planned time a topic can be given.
const MIN_TOPIC_PLAN: TimeDelta = TimeDelta::seconds(1);

impl Meeting {
    /// The events a change to the plan or to the room's display becomes, once checked.
    pub(super) fn decide_replan(&self, action: Action) -> Result<Vec<Event>, Refusal> {
        if self.state == State::Closed {
            return Err(Refusal::Closed);
        }
        match action {
            Action::InsertTopic { session, topic, title, presenter, seconds } => {
                let title = clean(title).ok_or(Refusal::NoTitle)?;
                let count = self.session_len(session)?;
                if topic > count {
                    return Err(Refusal::NoSuchTopic { session, topic });
                }
                if let Some(s) = seconds {
                    topic_plan(s)?;
                }
                let presenter = presenter.and_then(clean);
                Ok(vec![Event::TopicInserted { session, topic, title, presenter, seconds }])
            }
            Action::RenameTopic { session, topic, title } => {
                let title = clean(title).ok_or(Refusal::NoTitle)?;
                self.exists(session, topic)?;
                if self.agenda.sessions[session].topics[topic].title == title {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::TopicRenamed { session, topic, title }])
            }
            Action::MoveTopic { session, topic, to_session, to_topic } => {
                self.exists(session, topic)?;
                let to_count = self.session_len(to_session)?;
                // Counted after the topic has left its place: in its own session one fewer.
                let room = if to_session == session { to_count - 1 } else { to_count };
                if to_topic > room {
                    return Err(Refusal::NoSuchTopic { session: to_session, topic: to_topic });
                }
                if to_session != session && self.sessions[session].topics.len() == 1 {
                    return Err(Refusal::OnlyTopic);
                }
                if (to_session, to_topic) == (session, topic) {
                    return Err(Refusal::AlreadyThere);
                }
                Ok(vec![Event::TopicMoved { session, topic, to_session, to_topic }])
            }
            Action::RemoveTopic { session, topic } => {
                self.exists(session, topic)?;
                let here = self.state.is_open() && self.position == Position::new(session, topic);
                if here || self.sessions[session].topics[topic].taken_up() {
                    return Err(Refusal::TakenUp);
                }
                if self.sessions[session].topics.len() == 1 {
                    return Err(Refusal::OnlyTopic);
                }
                Ok(vec![Event::TopicRemoved { session, topic }])
            }
            Action::Retime { session, topic, seconds } => {
                self.session_len(session)?;
                match topic {
                    Some(t) => {
                        self.exists(session, t)?;
                        if let Some(s) = seconds {
                            topic_plan(s)?;
                        }
                    }
                    None => {
                        let plan =
                            seconds.and_then(TimeDelta::try_seconds).ok_or(Refusal::PlanOutOfBounds)?;
                        if !(MIN_PLAN..=MAX_PLAN).contains(&plan) {
                            return Err(Refusal::PlanOutOfBounds);
                        }
                    }
                }
                Ok(vec![Event::PlanChanged { session, topic, seconds }])
            }
            Action::ShowRoom { text } => {
                let text = clean(text).ok_or(Refusal::EmptyMessage)?;
                Ok(vec![Event::RoomMessage { text }])
            }
            Action::ClearRoom => Ok(if self.room.is_some() { vec![Event::RoomCleared] } else { Vec::new() }),
            _ => Err(Refusal::NotThisSeat),
        }
    }

    fn session_len(&self, session: usize) -> Result<usize, Refusal> {
        self.sessions.get(session).map(|s| s.topics.len()).ok_or(Refusal::NoSuchSession { session })
    }

    fn exists(&self, session: usize, topic: usize) -> Result<(), Refusal> {
        if self.contains(Position::new(session, topic)) {
            Ok(())
        } else {
            Err(Refusal::NoSuchTopic { session, topic })
        }
    }

    /// Folds a change to the plan or to the room's display; false when it does not fit.
    pub(super) fn fold_replan(&mut self, event: &Event, at: DateTime<FixedOffset>) -> bool {
        match event {
            Event::TopicInserted { session, topic, title, presenter, seconds } => {
                let (k, t) = (*session, *topic);
                if self.sessions.get(k).is_none_or(|s| t > s.topics.len()) || title.trim().is_empty() {
                    return false;
                }
                let duration = match seconds {
                    Some(s) => match TimeDelta::try_seconds(*s) {
                        Some(d) => Some(d),
                        None => return false,
                    },
                    None => None,
                };
                let new = Topic { title: title.clone(), duration, presenter: presenter.clone(), notes: None };
                let plan = &mut Arc::make_mut(&mut self.agenda).sessions[k];
                plan.topics.insert(t, new);
                plan.duration = grown(plan.duration, duration.unwrap_or_default());
                self.sessions[k].topics.insert(t, TopicRun::new(None));
                if self.position.session == k && self.position.topic >= t && self.has_current() {
                    self.position.topic += 1;
                }
                self.renumber(k);
                self.log(at, Change::Inserted { at: Position::new(k, t), title: title.clone() });
            }
            Event::TopicRenamed { session, topic, title } => {
                let p = Position::new(*session, *topic);
                if !self.contains(p) || title.trim().is_empty() {
                    return false;
                }
                let agenda = Arc::make_mut(&mut self.agenda);
                let from =
                    std::mem::replace(&mut agenda.sessions[p.session].topics[p.topic].title, title.clone());
                self.log(at, Change::Renamed { at: p, from, to: title.clone() });
            }
            Event::TopicMoved { session, topic, to_session, to_topic } => {
                let from = Position::new(*session, *topic);
                let to = Position::new(*to_session, *to_topic);
                if !self.contains(from) || to.session >= self.sessions.len() {
                    return false;
                }
                let room = self.sessions[to.session].topics.len() - usize::from(to.session == from.session);
                if to.topic > room
                    || (to.session != from.session && self.sessions[from.session].topics.len() == 1)
                {
                    return false;
                }
                let current = self.has_current().then_some(self.position);
                let agenda = Arc::make_mut(&mut self.agenda);
                let plan = agenda.sessions[from.session].topics.remove(from.topic);
                let title = plan.title.clone();
                // Its planned time goes with it too.
                let planned = plan.duration.unwrap_or_default();
                if to.session != from.session {
                    let old = &mut agenda.sessions[from.session].duration;
                    *old = grown(*old, -planned);
                    let new = &mut agenda.sessions[to.session].duration;
                    *new = grown(*new, planned);
                }
                agenda.sessions[to.session].topics.insert(to.topic, plan);
                // Its time and notes go with it. The time already run stays counted in the session
                // it ran in, whose slot of the day it filled (drift reads it so).
                let mut run = self.sessions[from.session].topics.remove(from.topic);
                run.moved = true;
                self.sessions[to.session].topics.insert(to.topic, run);
                if let Some(p) = current {
                    self.position = moved_position(p, from, to);
                }
                self.renumber(from.session);
                if to.session != from.session {
                    self.renumber(to.session);
                }
                self.log(at, Change::Moved { from, to, title });
            }
            Event::TopicRemoved { session, topic } => {
                let p = Position::new(*session, *topic);
                if !self.contains(p) || self.sessions[p.session].topics.len() == 1 {
                    return false;
                }
                if self.sessions[p.session].topics[p.topic].taken_up()
                    || (self.has_current() && self.position == p)
                {
                    return false;
                }
                let run = self.sessions[p.session].topics.remove(p.topic);
                let plan = &mut Arc::make_mut(&mut self.agenda).sessions[p.session];
                let removed = plan.topics.remove(p.topic);
                plan.duration = grown(plan.duration, -removed.duration.unwrap_or_default());
                if self.position.session == p.session && self.position.topic > p.topic {
                    self.position.topic -= 1;
                }
                self.renumber(p.session);
                self.log(at, Change::Removed { from: p, title: removed.title, origin: run.origin });
            }
            Event::PlanChanged { session, topic, seconds } => {
                let k = *session;
                let to = match seconds {
                    Some(s) => match TimeDelta::try_seconds(*s) {
                        Some(d) => Some(d),
                        None => return false,
                    },
                    None => None,
                };
                let Some(plan) = Arc::make_mut(&mut self.agenda).sessions.get_mut(k) else { return false };
                let (title, from) = match topic {
                    Some(t) => {
                        let Some(item) = plan.topics.get_mut(*t) else { return false };
                        let from = std::mem::replace(&mut item.duration, to);
                        let title = item.title.clone();
                        // The session's plan changes by as much as its topic's.
                        plan.duration =
                            grown(plan.duration, to.unwrap_or_default() - from.unwrap_or_default());
                        (title, from)
                    }
                    None => {
                        let Some(to) = to else { return false };
                        (plan.title.clone(), Some(std::mem::replace(&mut plan.duration, to)))
                    }
                };
                self.log(at, Change::Retimed { session: k, topic: *topic, title, from, to });
            }
            Event::RoomMessage { text } => {
                self.room = Some(RoomMessage { text: Arc::from(text.as_str()), at });
            }
            Event::RoomCleared => {
                if self.room.take().is_none() {
                    return false;
                }
            }
            _ => return false,
        }
        true
    }

    /// Whether `position` names the current topic (before opening it is only where the meeting
    /// will open, which is always the first topic).
    fn has_current(&self) -> bool {
        self.state.is_open()
    }

    /// Each note on session `k`'s topics says where its topic now is.
    fn renumber(&mut self, k: usize) {
        for (t, run) in self.sessions[k].topics.iter().enumerate() {
            for &n in &run.notes {
                if let Some(note) = self.notes.get_mut(n) {
                    note.on = Some(Position::new(k, t));
                }
            }
        }
    }

    fn log(&mut self, at: DateTime<FixedOffset>, change: Change) {
        self.plan_changes.push(PlanChange { at, change });
    }
}

/// A session's plan grown (or, `by` negative, shrunk) by a topic's planned time, kept within
/// the bounds of `+` and `-`.
fn grown(plan: TimeDelta, by: TimeDelta) -> TimeDelta {
    plan.checked_add(&by).unwrap_or(plan).clamp(MIN_PLAN, MAX_PLAN)
}

/// Where the topic at `p` stands after the topic at `from` moved to `to`.
fn moved_position(p: Position, from: Position, to: Position) -> Position {
    if p == from {
        return to;
    }
    let mut q = p;
    if q.session == from.session && q.topic > from.topic {
        q.topic -= 1;
    }
    if q.session == to.session && q.topic >= to.topic {
        q.topic += 1;
    }
    q
}

/// A title or name with its ends trimmed, in NFC; none when nothing is left.
fn clean(text: String) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let text: String = text.trim().nfc().collect();
    (!crate::text::is_blank(&text)).then_some(text)
}

fn topic_plan(seconds: i64) -> Result<TimeDelta, Refusal> {
    let plan = TimeDelta::try_seconds(seconds).ok_or(Refusal::PlanOutOfBounds)?;
    if (MIN_TOPIC_PLAN..=MAX_PLAN).contains(&plan) { Ok(plan) } else { Err(Refusal::PlanOutOfBounds) }
}
