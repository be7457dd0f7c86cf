//! Building the meeting from its journal: [`fold`] for a whole journal, [`Meeting::fold_in`] for
//! one more entry. Every change to a [`Meeting`] happens here, whether the entry was just made by
//! [`Meeting::apply`](super::Meeting::apply) or read back from disk, so live state and replayed
//! state cannot disagree.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};

use super::action::NoteId;
use super::event::{Entry as JournalEntry, Event, Header, Position};
use super::note_index::NoteIndex;
use super::notes;
use super::plan::{MAX_PLAN, MIN_PLAN, Plan};
use super::state::{Held, Meeting, Note, SessionRun, State, TopicRun, TopicStatus, Version, Versions};
use crate::agenda::Agenda;

/// The meeting after these entries: the only way a [`Meeting`] is built.
///
/// Entries are trusted to come from [`Meeting::apply`]; one that does not fit (a topic out of
/// range, a note edited after it was struck) changes nothing and is counted in
/// [`Meeting::ignored_entries`]. No input makes it panic.
pub fn fold(header: &Header, entries: &[JournalEntry]) -> Meeting {
    let held = header.rehearsal.map_or(Held::OnItsDay, |on| Held::Rehearsal { on });
    let mut meeting = Meeting::empty(Arc::new(header.agenda.clone()), held);
    meeting.format = header.format;
    meeting.votes = header.format >= 5;
    // A long journal is mostly notes. Sizing their lists once, from a first look at the entries,
    // spares the allocator the large regrowths that made a third of the fold's time.
    let mut notes = 0;
    let mut per_topic: Vec<Vec<usize>> = meeting.sessions.iter().map(|s| vec![0; s.topics.len()]).collect();
    for entry in entries {
        if let Event::NoteCommitted { on, .. } = &entry.event {
            notes += 1;
            if let Some(count) = on.and_then(|p| per_topic.get_mut(p.session)?.get_mut(p.topic)) {
                *count += 1;
            }
        }
    }
    meeting.notes.reserve_exact(notes);
    meeting.note_index.reserve(notes);
    for (session, counts) in meeting.sessions.iter_mut().zip(per_topic) {
        for (topic, count) in session.topics.iter_mut().zip(counts) {
            topic.notes.reserve_exact(count);
        }
    }
    for entry in entries {
        meeting.fold_in(entry);
    }
    meeting
}

impl Meeting {
    pub(super) fn empty(agenda: Arc<Agenda>, held: Held) -> Meeting {
        let roll = Meeting::roll_of(&agenda);
        let sessions = agenda
            .sessions
            .iter()
            .enumerate()
            .map(|(k, s)| SessionRun {
                elapsed: TimeDelta::zero(),
                adjustment: TimeDelta::zero(),
                started_at: None,
                topics: (0..s.topics.len()).map(|t| TopicRun::new(Some(Position::new(k, t)))).collect(),
            })
            .collect();
        Meeting {
            plan: Plan::of(&agenda),
            published: Arc::clone(&agenda),
            plan_changes: Vec::new(),
            room: None,
            agenda,
            held,
            state: State::NotOpened,
            position: Position::default(),
            opened_at: None,
            closed_at: None,
            running_since: None,
            running: TimeDelta::zero(),
            sessions,
            notes: Vec::new(),
            note_index: NoteIndex::default(),
            last_at: None,
            entries: 0,
            ignored: 0,
            attendees: roll,
            corrections: Vec::new(),
            sealed: None,
            votes: true,
            format: super::Header::FORMAT,
        }
    }

    /// Folds one more entry in: what [`fold`] does for each, and what `apply` does for the
    /// entries it makes. Replay can step with it.
    pub fn fold_in(&mut self, entry: &JournalEntry) {
        let at = entry.at;
        let instant = at.to_utc();
        self.count_running(instant);
        self.entries += 1;
        if self.last_at.is_none_or(|last| at > last) {
            self.last_at = Some(at);
        }
        if !self.fold_event(&entry.event, at, instant) {
            self.ignored += 1;
        }
    }

    /// Applies one event; false when it does not fit the meeting as it stands.
    fn fold_event(&mut self, event: &Event, at: DateTime<FixedOffset>, instant: DateTime<Utc>) -> bool {
        if matches!(
            event,
            Event::AttendeeAdded { .. }
                | Event::Present { .. }
                | Event::Absent { .. }
                | Event::Left { .. }
                | Event::Corrected { .. }
                | Event::Finalized { .. }
        ) {
            return self.fold_record(event, at);
        }
        if self.state == State::Closed {
            return false;
        }
        if event.changes_plan_or_room() {
            return self.fold_replan(event, at);
        }
        match event {
            Event::Opened => {
                if self.state != State::NotOpened || !self.contains(Position::default()) {
                    return false;
                }
                self.state = State::Running;
                self.opened_at = Some(at);
                if self.held.is_rehearsal() {
                    let published = Plan::of(&self.published);
                    self.plan = published.shifted(instant - published.start);
                }
                self.running_since = Some(instant);
                self.position = Position::default();
                self.arrive(at);
            }
            Event::Paused => {
                if self.state != State::Running {
                    return false;
                }
                self.state = State::Paused;
                self.running_since = None;
            }
            Event::Resumed => {
                if self.state != State::Paused {
                    return false;
                }
                self.state = State::Running;
                self.running_since = Some(instant);
            }
            &Event::Moved { session, topic } => {
                let to = Position { session, topic };
                if !self.state.is_open() || !self.contains(to) {
                    return false;
                }
                self.leave();
                self.position = to;
                self.arrive(at);
            }
            &Event::PlanAdjusted { session, seconds } => {
                let Some(by) = TimeDelta::try_seconds(seconds) else { return false };
                if !self.state.is_open() || session >= self.sessions.len() {
                    return false;
                }
                let plan = self.session_plan(session).checked_add(&by);
                if !plan.is_some_and(|p| (MIN_PLAN..=MAX_PLAN).contains(&p)) {
                    return false;
                }
                self.sessions[session].adjustment += by;
            }
            &Event::TopicSkipped { session, topic } => {
                return self.mark(session, topic, TopicStatus::Skipped);
            }
            &Event::TopicDeferred { session, topic } => {
                return self.mark(session, topic, TopicStatus::Deferred);
            }
            Event::NoteCommitted { id, on, text, written_at, speaker } => {
                if self.note_index.get(&self.notes, id).is_some() {
                    return false;
                }
                let on = on.filter(|p| self.contains(*p));
                let n = self.notes.len();
                if let Some(p) = on {
                    self.sessions[p.session].topics[p.topic].notes.push(n);
                }
                let mut note = Note {
                    id: id.clone(),
                    on,
                    versions: Versions::One(Version { at, text: Arc::clone(text) }),
                    struck_at: None,
                    parsed: notes::parse_shared(text, self.votes),
                    written_at: *written_at,
                    speaker: None,
                };
                if speaker.is_some() {
                    note.set_text(text, *speaker, self.votes);
                }
                self.notes.push(note);
                self.note_index.insert(id, n);
            }
            Event::NoteEdited { id, text, speaker } => {
                let votes = self.votes;
                let Some(note) = self.live_note_mut(id) else { return false };
                note.versions.push(Version { at, text: Arc::clone(text) });
                note.set_text(text, *speaker, votes);
            }
            Event::NoteStruck { id } => {
                let Some(note) = self.live_note_mut(id) else { return false };
                note.struck_at = Some(at);
            }
            Event::Closed => {
                if !self.state.is_open() {
                    return false;
                }
                self.leave();
                self.state = State::Closed;
                self.closed_at = Some(at);
                self.running_since = None;
                self.room = None;
            }
            Event::HeldAsMeeting { on } => {
                if self.state != State::NotOpened || !self.held.is_rehearsal() {
                    return false;
                }
                self.held =
                    if *on == self.agenda.date { Held::OnItsDay } else { Held::Postponed { on: *on } };
                self.plan = Plan::on_day(&self.published, *on);
            }
            // Folded above, by the record's own rules.
            Event::AttendeeAdded { .. }
            | Event::Present { .. }
            | Event::Absent { .. }
            | Event::Left { .. }
            | Event::Corrected { .. }
            | Event::Finalized { .. }
            | Event::TopicInserted { .. }
            | Event::TopicRenamed { .. }
            | Event::TopicMoved { .. }
            | Event::TopicRemoved { .. }
            | Event::PlanChanged { .. }
            | Event::RoomMessage { .. }
            | Event::RoomCleared => return false,
        }
        true
    }

    /// While running, the time since the last count goes to the current topic, its session and
    /// the meeting. An instant earlier than the last count (a clock set back) adds nothing.
    fn count_running(&mut self, instant: DateTime<Utc>) {
        let Some(since) = self.running_since else { return };
        if instant <= since {
            return;
        }
        let spent = instant - since;
        self.running += spent;
        let p = self.position;
        let session = &mut self.sessions[p.session];
        session.elapsed += spent;
        session.topics[p.topic].elapsed += spent;
        self.running_since = Some(instant);
    }

    fn arrive(&mut self, at: DateTime<FixedOffset>) {
        let p = self.position;
        let session = &mut self.sessions[p.session];
        session.started_at.get_or_insert(at);
        let topic = &mut session.topics[p.topic];
        topic.started_at.get_or_insert(at);
        topic.marked_this_visit = false;
    }

    /// Leaving a topic makes it done, unless it was just marked skipped or deferred; a topic no
    /// running time was spent on was passed over.
    fn leave(&mut self) {
        let p = self.position;
        let topic = &mut self.sessions[p.session].topics[p.topic];
        if !topic.marked_this_visit {
            topic.status =
                if topic.elapsed > TimeDelta::zero() { TopicStatus::Done } else { TopicStatus::PassedOver };
        }
    }

    fn mark(&mut self, session: usize, topic: usize, status: TopicStatus) -> bool {
        if !self.state.is_open() || !self.contains(Position { session, topic }) {
            return false;
        }
        let run = &mut self.sessions[session].topics[topic];
        run.status = status;
        run.marked_this_visit = true;
        true
    }

    fn live_note_mut(&mut self, id: &NoteId) -> Option<&mut Note> {
        let n = self.note_index.get(&self.notes, id)?;
        let note = &mut self.notes[n];
        (!note.is_struck()).then_some(note)
    }
}
