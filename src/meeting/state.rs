//! The meeting as the fold of its journal: where it stands, how long each item ran, and every
//! note with its history. [`fold`] builds it; [`Meeting::apply`](super::Meeting::apply) extends it
//! through the same [`Meeting::fold_in`], so live state and replayed state cannot disagree.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::Serialize;

use super::action::NoteId;
use super::event::{Entry as JournalEntry, Event, Header, Position};
use super::notes::{self, Parsed};
use crate::agenda::Agenda;

/// Where the meeting is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    NotOpened,
    Running,
    Paused,
    Closed,
}

impl State {
    /// Opened and not yet closed: running or paused.
    pub fn is_open(self) -> bool {
        matches!(self, State::Running | State::Paused)
    }

    /// The word the header shows.
    pub fn label(self) -> &'static str {
        match self {
            State::NotOpened => "not opened",
            State::Running => "running",
            State::Paused => "paused",
            State::Closed => "closed",
        }
    }
}

/// What became of a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TopicStatus {
    /// Not taken up (yet).
    Pending,
    /// The topic the meeting is on (only while open).
    Current,
    /// Taken up and left (or closed on).
    Done,
    /// Marked as not discussed, and not taken up since.
    Skipped,
    /// Marked to be taken up later, and not taken up since.
    Deferred,
}

impl TopicStatus {
    pub fn label(self) -> &'static str {
        match self {
            TopicStatus::Pending => "not reached",
            TopicStatus::Current => "current",
            TopicStatus::Done => "done",
            TopicStatus::Skipped => "skipped",
            TopicStatus::Deferred => "deferred",
        }
    }
}

/// One topic's run.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicRun {
    /// Running time spent on it, up to the last entry (see [`Meeting::topic_elapsed`] for `now`).
    pub elapsed: TimeDelta,
    /// When it first became current.
    pub started_at: Option<DateTime<FixedOffset>>,
    /// Its notes, as indices into [`Meeting::notes`], in the order they were taken.
    pub notes: Vec<usize>,
    status: TopicStatus,
    /// Marked skipped or deferred since it last became current: leaving keeps the mark.
    marked_this_visit: bool,
}

/// One session's run.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRun {
    /// Running time spent on its topics, up to the last entry.
    pub elapsed: TimeDelta,
    /// The chair's +/- adjustments to its plan, summed.
    pub adjustment: TimeDelta,
    /// When one of its topics first became current.
    pub started_at: Option<DateTime<FixedOffset>>,
    pub topics: Vec<TopicRun>,
}

/// One version of a note's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Version {
    #[serde(with = "super::event::millis")]
    pub at: DateTime<FixedOffset>,
    /// Shared with the journal entry it came from.
    #[serde(with = "super::event::shared_text")]
    pub text: Arc<str>,
}

/// A note's versions, oldest first; never empty. Reads as a slice. Most notes are never
/// edited, so the first version is kept inline: one allocation fewer for each of thousands of
/// notes in a long journal.
#[derive(Debug, Clone)]
pub enum Versions {
    One(Version),
    Many(Vec<Version>),
}

impl Versions {
    fn push(&mut self, version: Version) {
        match self {
            Versions::Many(all) => all.push(version),
            Versions::One(first) => {
                let first = first.clone();
                *self = Versions::Many(vec![first, version]);
            }
        }
    }
}

impl std::ops::Deref for Versions {
    type Target = [Version];

    fn deref(&self) -> &[Version] {
        match self {
            Versions::One(first) => std::slice::from_ref(first),
            Versions::Many(all) => all,
        }
    }
}

impl PartialEq for Versions {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

/// A note with its whole history. The first version is the one committed.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub id: NoteId,
    /// The topic it was taken on; `None` before the meeting opened.
    pub on: Option<Position>,
    /// Every text it had, oldest first; never empty.
    pub versions: Versions,
    pub struck_at: Option<DateTime<FixedOffset>>,
    /// The current text read for its kind, owner and due date.
    pub parsed: Parsed,
}

impl Note {
    /// When it was committed.
    pub fn taken_at(&self) -> DateTime<FixedOffset> {
        self.versions[0].at
    }

    /// The text as last written.
    pub fn text(&self) -> &str {
        &self.versions[self.versions.len() - 1].text
    }

    pub fn is_struck(&self) -> bool {
        self.struck_at.is_some()
    }

    pub fn is_edited(&self) -> bool {
        self.versions.len() > 1
    }
}

/// The published plan as instants, worked out once per fold.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Plan {
    pub start: DateTime<Utc>,
    /// Each session's published start.
    pub starts: Vec<DateTime<Utc>>,
    /// The published end of the last session.
    pub end: DateTime<Utc>,
    /// Planned breaks from each session's own on: `breaks_from[k]` sums the breaks after
    /// sessions `k..`.
    pub breaks_from: Vec<TimeDelta>,
}

impl Plan {
    fn of(agenda: &Agenda) -> Plan {
        let start = agenda.planned_start().to_utc();
        let mut at = start;
        let mut starts = Vec::with_capacity(agenda.sessions.len());
        let mut end = start;
        for s in &agenda.sessions {
            starts.push(at);
            end = later(at, s.duration);
            at = later(end, s.break_after.as_ref().map_or(TimeDelta::zero(), |b| b.duration));
        }
        let mut breaks_from = vec![TimeDelta::zero(); agenda.sessions.len() + 1];
        for (k, s) in agenda.sessions.iter().enumerate().rev() {
            let pause = s.break_after.as_ref().map_or(TimeDelta::zero(), |b| b.duration);
            breaks_from[k] = sum(breaks_from[k + 1], pause);
        }
        Plan { start, starts, end, breaks_from }
    }
}

/// The shortest plan `-` can leave a session.
pub const MIN_PLAN: TimeDelta = TimeDelta::minutes(1);
/// The longest plan `+` can give a session.
pub const MAX_PLAN: TimeDelta = TimeDelta::hours(24);

/// Durations added without a panic, whatever a hand-made journal holds.
pub(super) fn sum(a: TimeDelta, b: TimeDelta) -> TimeDelta {
    a.checked_add(&b).unwrap_or(if b > TimeDelta::zero() { TimeDelta::MAX } else { TimeDelta::MIN })
}

/// An instant moved on by a duration, without a panic.
/// Kept a day inside chrono's range, so that any offset can still show the instant.
pub(super) fn later(t: DateTime<Utc>, d: TimeDelta) -> DateTime<Utc> {
    let day = TimeDelta::days(1);
    let last = DateTime::<Utc>::MAX_UTC.checked_sub_signed(day).unwrap_or(DateTime::<Utc>::MAX_UTC);
    let first = DateTime::<Utc>::MIN_UTC.checked_add_signed(day).unwrap_or(DateTime::<Utc>::MIN_UTC);
    let moved = t.checked_add_signed(d).unwrap_or(if d > TimeDelta::zero() { last } else { first });
    moved.clamp(first, last)
}

/// Finds a note by its id. Keyed by a 64-bit hash of the id rather than the id itself, so an id
/// is stored once (in its note) and the table stays small: folding a long journal is mostly
/// adding notes. An id whose hash is already taken goes to a short list searched in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct NoteIndex {
    by_hash: HashMap<u64, usize, BuildHasherDefault<Prehashed>>,
    collided: Vec<usize>,
}

impl NoteIndex {
    /// FxHash's multiply-rotate over the bytes, then a full avalanche (MurmurHash3's finaliser),
    /// since the table uses the key's bits directly. Ids come from this program's own seats, so
    /// hash flooding is not a concern; a collision only costs a search of the short list.
    fn hash(id: &NoteId) -> u64 {
        const K: u64 = 0xf135_7aea_2e62_a9c5;
        let bytes = id.0.as_bytes();
        let mut h = bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            h = (h ^ u64::from_le_bytes(word)).wrapping_mul(K).rotate_left(26);
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(K);
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }

    fn reserve(&mut self, n: usize) {
        self.by_hash.reserve(n);
    }

    fn get(&self, notes: &[Note], id: &NoteId) -> Option<usize> {
        let &n = self.by_hash.get(&Self::hash(id))?;
        if notes[n].id == *id {
            return Some(n);
        }
        self.collided.iter().copied().find(|&c| notes[c].id == *id)
    }

    /// Records note `n`, whose id is not yet known.
    fn insert(&mut self, id: &NoteId, n: usize) {
        match self.by_hash.entry(Self::hash(id)) {
            Entry::Vacant(slot) => {
                slot.insert(n);
            }
            Entry::Occupied(_) => self.collided.push(n),
        }
    }
}

/// The hasher for keys that are already hashes.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Prehashed(u64);

impl Hasher for Prehashed {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The meeting: plain data, built only by folding journal entries.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub(super) agenda: Arc<Agenda>,
    pub(super) plan: Plan,
    pub(super) state: State,
    pub(super) position: Position,
    pub(super) opened_at: Option<DateTime<FixedOffset>>,
    pub(super) closed_at: Option<DateTime<FixedOffset>>,
    /// Set while running: the instant up to which running time has been counted.
    pub(super) running_since: Option<DateTime<Utc>>,
    /// Running time counted up to the last entry.
    pub(super) running: TimeDelta,
    pub(super) sessions: Vec<SessionRun>,
    pub(super) notes: Vec<Note>,
    pub(super) note_index: NoteIndex,
    pub(super) last_at: Option<DateTime<FixedOffset>>,
    pub(super) entries: usize,
    pub(super) ignored: usize,
}

/// The meeting after these entries: the only way a [`Meeting`] is built.
///
/// Entries are trusted to come from [`Meeting::apply`]; one that does not fit (a topic out of
/// range, a note edited after it was struck) changes nothing and is counted in
/// [`Meeting::ignored_entries`]. No input makes it panic.
pub fn fold(header: &Header, entries: &[JournalEntry]) -> Meeting {
    let mut meeting = Meeting::empty(Arc::new(header.agenda.clone()));
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
    fn empty(agenda: Arc<Agenda>) -> Meeting {
        let sessions = agenda
            .sessions
            .iter()
            .map(|s| SessionRun {
                elapsed: TimeDelta::zero(),
                adjustment: TimeDelta::zero(),
                started_at: None,
                topics: s
                    .topics
                    .iter()
                    .map(|_| TopicRun {
                        elapsed: TimeDelta::zero(),
                        started_at: None,
                        notes: Vec::new(),
                        status: TopicStatus::Pending,
                        marked_this_visit: false,
                    })
                    .collect(),
            })
            .collect();
        Meeting {
            plan: Plan::of(&agenda),
            agenda,
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
        if self.state == State::Closed {
            return false;
        }
        match event {
            Event::Opened => {
                if self.state != State::NotOpened || !self.contains(Position::default()) {
                    return false;
                }
                self.state = State::Running;
                self.opened_at = Some(at);
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
            Event::NoteCommitted { id, on, text } => {
                if self.note_index.get(&self.notes, id).is_some() {
                    return false;
                }
                let on = on.filter(|p| self.contains(*p));
                let n = self.notes.len();
                if let Some(p) = on {
                    self.sessions[p.session].topics[p.topic].notes.push(n);
                }
                self.notes.push(Note {
                    id: id.clone(),
                    on,
                    versions: Versions::One(Version { at, text: Arc::clone(text) }),
                    struck_at: None,
                    parsed: notes::parse_shared(text),
                });
                self.note_index.insert(id, n);
            }
            Event::NoteEdited { id, text } => {
                let Some(note) = self.live_note_mut(id) else { return false };
                note.versions.push(Version { at, text: Arc::clone(text) });
                note.parsed = notes::parse_shared(text);
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
            }
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

    /// Leaving a topic makes it done, unless it was just marked skipped or deferred.
    fn leave(&mut self) {
        let p = self.position;
        let topic = &mut self.sessions[p.session].topics[p.topic];
        if !topic.marked_this_visit {
            topic.status = TopicStatus::Done;
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

    /// The mark a topic got since it last became current, if any.
    pub(super) fn marked_this_visit(&self, p: Position) -> Option<TopicStatus> {
        self.topic(p).filter(|t| t.marked_this_visit).map(|t| t.status)
    }

    pub(super) fn contains(&self, p: Position) -> bool {
        self.sessions.get(p.session).is_some_and(|s| p.topic < s.topics.len())
    }

    // ---- what the screen, the minutes and the tests read ----

    pub fn agenda(&self) -> &Agenda {
        &self.agenda
    }

    pub fn state(&self) -> State {
        self.state
    }

    /// The current topic; before opening, the first one.
    pub fn position(&self) -> Position {
        self.position
    }

    pub fn opened_at(&self) -> Option<DateTime<FixedOffset>> {
        self.opened_at
    }

    pub fn closed_at(&self) -> Option<DateTime<FixedOffset>> {
        self.closed_at
    }

    /// The instant of the latest entry folded in.
    pub fn last_at(&self) -> Option<DateTime<FixedOffset>> {
        self.last_at
    }

    /// How many entries were folded in, and how many of them changed nothing.
    pub fn entry_count(&self) -> usize {
        self.entries
    }

    /// Entries that did not fit the meeting and were left without effect (0 for any journal
    /// written through `apply`).
    pub fn ignored_entries(&self) -> usize {
        self.ignored
    }

    /// The current topic is the agenda's last: next topic has nowhere to go.
    pub fn agenda_done(&self) -> bool {
        let last = self.sessions.len().checked_sub(1);
        let last = last.and_then(|k| Some(Position::new(k, self.sessions[k].topics.len().checked_sub(1)?)));
        last == Some(self.position)
    }

    pub fn sessions(&self) -> &[SessionRun] {
        &self.sessions
    }

    pub fn session(&self, k: usize) -> Option<&SessionRun> {
        self.sessions.get(k)
    }

    pub fn topic(&self, p: Position) -> Option<&TopicRun> {
        self.sessions.get(p.session)?.topics.get(p.topic)
    }

    /// A topic's status as the outline shows it.
    pub fn topic_status(&self, p: Position) -> TopicStatus {
        if self.state.is_open() && p == self.position {
            return TopicStatus::Current;
        }
        self.topic(p).map_or(TopicStatus::Pending, |t| t.status)
    }

    /// The session's plan as adjusted with +/-.
    pub fn session_plan(&self, k: usize) -> TimeDelta {
        match (self.agenda.sessions.get(k), self.sessions.get(k)) {
            (Some(s), Some(run)) => sum(s.duration, run.adjustment),
            _ => TimeDelta::zero(),
        }
    }

    /// Every note in the order committed (which is time order), struck ones included.
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    pub fn note(&self, id: &NoteId) -> Option<&Note> {
        self.note_index.get(&self.notes, id).map(|n| &self.notes[n])
    }

    /// The notes taken on a topic, oldest first, struck ones included.
    pub fn notes_on(&self, p: Position) -> impl Iterator<Item = &Note> {
        self.topic(p).into_iter().flat_map(|t| t.notes.iter().map(|&n| &self.notes[n]))
    }

    /// The notes taken before the meeting opened.
    pub fn notes_before_opening(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|n| n.on.is_none())
    }

    /// The published start of the meeting.
    pub fn planned_start(&self) -> DateTime<FixedOffset> {
        self.agenda.timezone.at(self.plan.start)
    }

    /// The published start of a session.
    pub fn planned_session_start(&self, k: usize) -> Option<DateTime<FixedOffset>> {
        self.plan.starts.get(k).map(|&t| self.agenda.timezone.at(t))
    }

    /// The published end of the last session.
    pub fn planned_end(&self) -> DateTime<FixedOffset> {
        self.agenda.timezone.at(self.plan.end)
    }

    /// Running time still to count at `now` on the current item (zero unless running).
    pub(super) fn open_stretch(&self, now: DateTime<Utc>) -> TimeDelta {
        match self.running_since {
            Some(since) if now > since => now - since,
            _ => TimeDelta::zero(),
        }
    }

    /// A session's running time at `now`.
    pub fn session_elapsed(&self, k: usize, now: DateTime<Utc>) -> TimeDelta {
        let Some(run) = self.sessions.get(k) else { return TimeDelta::zero() };
        let open = if k == self.position.session { self.open_stretch(now) } else { TimeDelta::zero() };
        run.elapsed + open
    }

    /// A topic's running time at `now`.
    pub fn topic_elapsed(&self, p: Position, now: DateTime<Utc>) -> TimeDelta {
        let Some(run) = self.topic(p) else { return TimeDelta::zero() };
        let open = if p == self.position { self.open_stretch(now) } else { TimeDelta::zero() };
        run.elapsed + open
    }

    /// The meeting's running time (paused time left out) at `now`.
    pub fn running_time(&self, now: DateTime<Utc>) -> TimeDelta {
        self.running + self.open_stretch(now)
    }
}
