//! What the meeting is: where it stands, how long each item ran, and every note with its
//! history, with what the screen, the minutes and the tests read of it. Only the fold
//! ([`fold`](super::fold), [`Meeting::fold_in`]) changes it.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Utc};
use serde::Serialize;

use super::action::NoteId;
use super::event::Position;
use super::note_index::NoteIndex;
use super::notes::Parsed;
use super::plan::{Plan, sum};
use super::record::{Attending, Correction, Sealed, Speaker};
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
}

/// Whose day the meeting is held on, which decides what its plan is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Held {
    /// The meeting itself, on its agenda's day (or resumed after that day's midnight): the plan
    /// is the agenda's.
    OnItsDay,
    /// A rehearsal, started on `on`: its plan is the agenda's, moved to start when it is opened
    /// (before opening, as if it opened now).
    Rehearsal { on: NaiveDate },
    /// The meeting itself, held on `on` instead of its agenda's day: the agenda's hours on `on`.
    Postponed { on: NaiveDate },
}

impl Held {
    pub fn is_rehearsal(self) -> bool {
        matches!(self, Held::Rehearsal { .. })
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
    /// Left without any running time spent on it (moved past while paused, or at once): not
    /// taken up.
    PassedOver,
    /// Marked as not discussed, and not taken up since.
    Skipped,
    /// Marked to be taken up later, and not taken up since.
    Deferred,
}

/// One topic's run.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicRun {
    /// Where the published agenda has it; `None` for a topic added during the meeting.
    pub origin: Option<Position>,
    /// Moved by the chair during the meeting (not merely shifted by a topic added or taken off
    /// before it).
    pub moved: bool,
    /// Running time spent on it, up to the last entry (see [`Meeting::topic_elapsed`] for `now`).
    pub elapsed: TimeDelta,
    /// When it first became current.
    pub started_at: Option<DateTime<FixedOffset>>,
    /// Its notes, as indices into [`Meeting::notes`], in the order they were taken.
    pub notes: Vec<usize>,
    pub(super) status: TopicStatus,
    /// Marked skipped or deferred since it last became current: leaving keeps the mark.
    pub(super) marked_this_visit: bool,
}

impl TopicRun {
    pub(super) fn new(origin: Option<Position>) -> TopicRun {
        TopicRun {
            origin,
            moved: false,
            elapsed: TimeDelta::zero(),
            started_at: None,
            notes: Vec::new(),
            status: TopicStatus::Pending,
            marked_this_visit: false,
        }
    }

    /// Taken up: it was current at some point, or holds notes or time.
    pub fn taken_up(&self) -> bool {
        self.started_at.is_some() || !self.notes.is_empty() || self.elapsed > TimeDelta::zero()
    }
}

/// A change to the plan the meeting follows, as the minutes list them: when, and what. Titles
/// are the topic's at the time; positions are in the plan as it stood then.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanChange {
    pub at: DateTime<FixedOffset>,
    pub change: Change,
}

/// What changed in the plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Inserted {
        at: Position,
        title: String,
    },
    Renamed {
        at: Position,
        from: String,
        to: String,
    },
    Moved {
        from: Position,
        to: Position,
        title: String,
    },
    /// Taken off the plan; `origin` where the published agenda had it.
    Removed {
        from: Position,
        title: String,
        origin: Option<Position>,
    },
    /// A session's planned time (`topic` none) or a topic's, from and to.
    Retimed {
        session: usize,
        topic: Option<usize>,
        title: String,
        from: Option<TimeDelta>,
        to: Option<TimeDelta>,
    },
}

/// How a topic of the plan held stands against the published agenda: where the published agenda
/// had it (none for a topic added during the meeting), and whether the chair moved, renamed or
/// retimed it since. A topic only shifted by one added or taken off before it is as published.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AgainstPublished<'a> {
    pub published: Option<(Position, &'a crate::agenda::Topic)>,
    pub moved: bool,
    pub renamed: bool,
    pub retimed: bool,
}

impl AgainstPublished<'_> {
    /// Added during the meeting.
    pub fn added(&self) -> bool {
        self.published.is_none()
    }

    /// Added, moved, renamed or retimed.
    pub fn changed(&self) -> bool {
        self.added() || self.moved || self.renamed || self.retimed
    }
}

/// A message on the room's display, and when it was put there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomMessage {
    pub text: Arc<str>,
    pub at: DateTime<FixedOffset>,
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
    #[serde(with = "crate::agenda::millis")]
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
    pub(super) fn push(&mut self, version: Version) {
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
    /// When a second seat wrote it, where that differs from when it was committed.
    pub written_at: Option<DateTime<FixedOffset>>,
    /// Who said it (format 5); then `parsed.text` is the words after the speaker's name.
    pub speaker: Option<Speaker>,
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

    /// Takes `text` as the note's words now, said by `speaker`.
    pub(super) fn set_text(&mut self, text: &Arc<str>, speaker: Option<Speaker>, votes: bool) {
        let mut parsed = super::notes::parse_shared(text, votes);
        if speaker.is_some()
            && let Some((_, words)) = super::notes::speaker_prefix(text)
        {
            parsed.text = words.trim().into();
        }
        self.parsed = parsed;
        self.speaker = speaker;
    }
}

/// The meeting: plain data, built only by folding journal entries.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    /// The plan the meeting follows: the published agenda with the changes made during it.
    pub(super) agenda: Arc<Agenda>,
    /// The agenda as published (the journal header's), which drift counts against.
    pub(super) published: Arc<Agenda>,
    /// The changes made to the plan, in order.
    pub(super) plan_changes: Vec<PlanChange>,
    /// What the room's display shows, if anything.
    pub(super) room: Option<RoomMessage>,
    pub(super) held: Held,
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
    /// The roll: the agenda's attendees, then those added, with what the roll call recorded.
    pub(super) attendees: Vec<Attending>,
    /// Changes made to the closed minutes, in order.
    pub(super) corrections: Vec<Correction>,
    pub(super) sealed: Option<Sealed>,
    /// Whether decisions' votes are read (minutes of format 5 on: an older journal's words are
    /// read as they were).
    pub(super) votes: bool,
    /// The journal format the minutes were started in.
    pub(super) format: u32,
}
impl Meeting {
    /// The mark a topic got since it last became current, if any.
    pub(super) fn marked_this_visit(&self, p: Position) -> Option<TopicStatus> {
        self.topic(p).filter(|t| t.marked_this_visit).map(|t| t.status)
    }

    pub(super) fn contains(&self, p: Position) -> bool {
        self.sessions.get(p.session).is_some_and(|s| p.topic < s.topics.len())
    }

    // ---- what the screen, the minutes and the tests read ----

    /// The journal format the minutes were started in (the documents print a fingerprint the
    /// way the gavel of that format did).
    pub fn format(&self) -> u32 {
        self.format
    }

    /// The plan the meeting follows: the published agenda with the changes made during it
    /// (topics inserted, renamed, moved, removed, retimed). What every screen lays out.
    pub fn agenda(&self) -> &Agenda {
        &self.agenda
    }

    /// The agenda as published, which drift counts against.
    pub fn published(&self) -> &Agenda {
        &self.published
    }

    /// A session's plan as published (its plan held where the published agenda has no such
    /// session, which never happens: sessions are neither added nor removed).
    pub fn published_session_plan(&self, k: usize) -> TimeDelta {
        self.published
            .sessions
            .get(k)
            .or_else(|| self.agenda.sessions.get(k))
            .map_or(TimeDelta::zero(), |s| s.duration)
    }

    /// How the topic at `p` of the plan held stands against the published agenda.
    pub fn against_published(&self, p: Position) -> Option<AgainstPublished<'_>> {
        let run = self.topic(p)?;
        let now = self.agenda.sessions.get(p.session)?.topics.get(p.topic)?;
        let published =
            run.origin.and_then(|o| Some((o, self.published.sessions.get(o.session)?.topics.get(o.topic)?)));
        Some(match published {
            Some((_, was)) => AgainstPublished {
                published,
                moved: run.moved,
                renamed: was.title != now.title,
                retimed: was.duration != now.duration,
            },
            None => AgainstPublished { published, moved: false, renamed: false, retimed: false },
        })
    }

    /// The changes made to the plan during the meeting, in order.
    pub fn plan_changes(&self) -> &[PlanChange] {
        &self.plan_changes
    }

    /// The message on the room's display, if any.
    pub fn room_message(&self) -> Option<&RoomMessage> {
        self.room.as_ref()
    }

    pub fn state(&self) -> State {
        self.state
    }

    /// Whether this is the meeting on its day, a rehearsal, or the meeting on another day.
    pub fn held(&self) -> Held {
        self.held
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

    /// How far the plan the meeting follows lies from the agenda's published hours: a
    /// rehearsal's, from its opening (before opening, from `now`); a postponed meeting's, by
    /// whole days; zero for the meeting on its day. Views add it to the agenda's schedule.
    pub fn plan_shift(&self, now: DateTime<Utc>) -> TimeDelta {
        let published = self.agenda.planned_start().to_utc();
        if self.held.is_rehearsal() && self.state == State::NotOpened {
            // Whole minutes, so that the times shown do not tick with the seconds.
            let shift = now - published;
            return TimeDelta::minutes(shift.num_minutes());
        }
        self.plan.start - published
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
