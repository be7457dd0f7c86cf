//! The screen's state: the meeting, the mode, the picker, the editor, what the hint bar says,
//! and whether the minutes are saved. [`App::handle`] turns a command into meeting actions and
//! into what the loop must do; it touches neither the terminal nor the disk.

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use ratatui_textarea::TextArea;

use super::keymap::{Command, Mode};
use crate::meeting::{Action, Effect, Entry, Meeting, Note, NoteId, Position, Refusal, State};
use crate::words;

/// A question waiting for yes or no.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    Quit,
    /// Quit with events the disk has not taken: a rescue copy is written on yes.
    QuitUnsaved(u64),
    /// Quit with an unfinished note in the editor.
    QuitWithDraft,
    /// Leave a second seat with notes the runner has not confirmed.
    QuitUnacknowledged(usize),
    Close,
    /// Strike this note out of the minutes.
    Strike(NoteId),
}

impl Question {
    pub fn text(&self) -> String {
        match self {
            Question::Quit => {
                "Quit gavel? Everything is saved; run gavel again to resume the meeting.".into()
            }
            Question::QuitUnsaved(n) => format!(
                "{n} event{} NOT SAVED to the minutes. Quit anyway? A rescue copy of the whole minutes will be written and its place shown.",
                if *n == 1 { " is" } else { "s are" }
            ),
            Question::QuitUnacknowledged(n) => format!(
                "{n} note{} not yet confirmed by the runner, and would be lost with this seat. Leave anyway?",
                if *n == 1 { " is" } else { "s are" }
            ),
            Question::QuitWithDraft => {
                "The note being typed is not committed (it is kept as a draft). Quit anyway?".into()
            }
            Question::Close => {
                "Close the meeting? Its timers stop and nothing can be changed afterwards.".into()
            }
            Question::Strike(_) => {
                "Strike this note out of the minutes? The minutes' history keeps it.".into()
            }
        }
    }
}

/// Whether the minutes hold everything, for the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveView {
    /// Saved; the instant of the last save, if anything was saved this run.
    Saved(Option<DateTime<FixedOffset>>),
    NotSaved(String),
}

/// What the loop must do after a command.
#[derive(Debug, Clone, PartialEq)]
pub enum Todo {
    /// Append these entries to the journal and sync.
    Append(Vec<Entry>),
    /// Ring the terminal bell once.
    Bell,
    /// Quit; write a rescue copy first when `rescue`.
    Quit { rescue: bool },
    /// A second seat: send this to the runner.
    Send(Action),
}

/// A note this seat sent that the runner has not journaled yet (as far as the seat knows).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Outgoing {
    pub id: NoteId,
    pub text: String,
    pub on: Option<Position>,
}

/// One row of the jump picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickRow {
    Session(usize),
    Topic(Position),
}

pub struct App {
    pub meeting: Meeting,
    pub mode: Mode,
    /// Where Esc, a finished question or the help returns to.
    pub back_to: Mode,
    pub question: Option<Question>,
    pub pick: usize,
    pub editor: TextArea<'static>,
    /// A message for the hint bar, until an instant.
    pub hint: Option<(String, DateTime<Utc>)>,
    pub save: SaveView,
    /// The note picked in the notes pane, as an index into [`App::pane_notes`].
    pub picked: Option<usize>,
    /// The note being edited, when the editor holds an existing note rather than a new one.
    pub editing: Option<NoteId>,
    /// The new note that was being typed when an edit began, given back after it.
    stash: Option<String>,
    /// For notes committed this run: the number of journal events up to and including theirs.
    note_events: HashMap<NoteId, u64>,
    /// Journal events known to be on disk.
    pub saved_events: u64,
    /// Lines the summary is scrolled down.
    pub summary_scroll: usize,
    /// A second seat: actions go to the runner instead of the meeting.
    pub remote: bool,
    /// A second seat's notes not yet journaled.
    pub outbox: Vec<Outgoing>,
    /// Starts every note id this screen makes, so two seats never make the same one.
    pub id_prefix: String,
    /// Replay: nothing can be typed or picked, and the screen does not offer it.
    pub read_only: bool,
    pub minutes_path: PathBuf,
    /// How many unsaved events the journal holds (for the quit question).
    pub unsaved: u64,
    /// Notes made this run, for unique ids.
    notes_made: u64,
}

const HINT_FOR: TimeDelta = TimeDelta::seconds(4);

pub fn new_editor() -> TextArea<'static> {
    let mut editor = TextArea::default();
    editor.set_placeholder_text("Tab or i to type a note; Enter saves it");
    editor
}

impl App {
    pub fn new(meeting: Meeting, minutes_path: PathBuf) -> Self {
        let meeting_events = meeting.entry_count() as u64;
        let mode = if meeting.state() == State::Closed { Mode::Summary } else { Mode::Chair };
        App {
            meeting,
            mode,
            back_to: mode,
            question: None,
            pick: 0,
            editor: new_editor(),
            hint: None,
            save: SaveView::Saved(None),
            picked: None,
            editing: None,
            stash: None,
            note_events: HashMap::new(),
            saved_events: meeting_events,
            summary_scroll: 0,
            remote: false,
            outbox: Vec::new(),
            id_prefix: String::new(),
            read_only: false,
            minutes_path,
            unsaved: 0,
            notes_made: 0,
        }
    }

    /// Says something on the hint bar for a few seconds.
    pub fn say(&mut self, text: impl Into<String>, now: DateTime<Utc>) {
        self.hint = Some((text.into(), now + HINT_FOR));
    }

    /// The hint to show at `now`, if one is still due.
    pub fn hint_at(&self, now: DateTime<Utc>) -> Option<&str> {
        self.hint.as_ref().filter(|(_, until)| now < *until).map(|(t, _)| t.as_str())
    }

    /// The text in the editor, lines joined.
    pub fn draft(&self) -> String {
        self.editor.lines().join("\n")
    }

    /// The new note being typed, even while the editor holds an edit of an older note: what the
    /// draft file keeps.
    pub fn new_note_text(&self) -> String {
        match &self.stash {
            Some(text) => text.clone(),
            None if self.editing.is_some() => String::new(),
            None => self.draft(),
        }
    }

    /// The notes the pane shows: the current topic's, or those taken before opening.
    pub fn pane_notes(&self) -> Vec<&Note> {
        if self.meeting.state() == State::NotOpened {
            self.meeting.notes_before_opening().collect()
        } else {
            self.meeting.notes_on(self.meeting.position()).collect()
        }
    }

    /// Whether a note is on disk. Notes read from the minutes are; a note committed this run is
    /// once the journal has synced its event.
    pub fn is_saved(&self, note: &NoteId) -> bool {
        self.note_events.get(note).is_none_or(|n| *n <= self.saved_events)
    }

    fn picked_note(&self) -> Option<NoteId> {
        let notes = self.pane_notes();
        self.picked.and_then(|i| notes.get(i)).map(|n| n.id.clone())
    }

    /// Every row the picker offers: each session, then its topics.
    pub fn pick_rows(&self) -> Vec<PickRow> {
        let mut rows = Vec::new();
        for (k, s) in self.meeting.agenda().sessions.iter().enumerate() {
            rows.push(PickRow::Session(k));
            rows.extend((0..s.topics.len()).map(|t| PickRow::Topic(Position::new(k, t))));
        }
        rows
    }

    /// Acts on a command at `now`; returns what the loop must do.
    pub fn handle(&mut self, command: Command, now: DateTime<Utc>) -> Vec<Todo> {
        match command {
            Command::Meeting(action) => self.act(action, now),
            Command::OpenPauseResume => {
                let action =
                    if self.meeting.state() == State::NotOpened { Action::Open } else { Action::PauseResume };
                self.act(action, now)
            }
            Command::OpenJump => {
                let rows = self.pick_rows();
                let here = PickRow::Topic(self.meeting.position());
                self.pick = rows.iter().position(|r| *r == here).unwrap_or(0);
                self.mode = Mode::Jump;
                Vec::new()
            }
            Command::JumpMove(by) => {
                let last = self.pick_rows().len().saturating_sub(1) as i64;
                self.pick = (self.pick as i64 + i64::from(by)).clamp(0, last) as usize;
                Vec::new()
            }
            Command::JumpGo => {
                let target = match self.pick_rows().get(self.pick) {
                    Some(PickRow::Session(k)) => Position::new(*k, 0),
                    Some(PickRow::Topic(p)) => *p,
                    None => return Vec::new(),
                };
                self.mode = Mode::Chair;
                self.act(Action::JumpTo { session: target.session, topic: target.topic }, now)
            }
            Command::FocusEditor => {
                self.mode = Mode::Editing;
                Vec::new()
            }
            Command::EditorKey(key) => {
                self.editor.input(key);
                Vec::new()
            }
            Command::CommitNote => self.commit(now),
            Command::ScrollSummary(by) => {
                let last = super::view::summary::line_count(&self.meeting);
                self.summary_scroll = self.summary_scroll.saturating_add_signed(by as isize).min(last);
                Vec::new()
            }
            Command::PickNote(by) => {
                let count = self.pane_notes().len();
                self.picked = match (self.picked, by < 0) {
                    _ if count == 0 => None,
                    (None, true) => Some(count - 1),
                    (None, false) => None,
                    (Some(i), true) => Some(i.saturating_sub(1)),
                    (Some(i), false) if i + 1 >= count => None,
                    (Some(i), false) => Some(i + 1),
                };
                Vec::new()
            }
            Command::EditNote => {
                match self
                    .picked_note()
                    .and_then(|id| self.meeting.note(&id).map(|n| (id, n.text().to_owned())))
                {
                    Some((id, text)) => {
                        self.stash = Some(self.draft());
                        self.editor = new_editor();
                        self.editor.insert_str(text);
                        self.editing = Some(id);
                        self.mode = Mode::Editing;
                    }
                    None => self.say("Pick a note first (Up, Down)", now),
                }
                Vec::new()
            }
            Command::StrikeNote => {
                match self.picked_note() {
                    Some(id) => self.ask(Question::Strike(id)),
                    None => self.say("Pick a note first (Up, Down)", now),
                }
                Vec::new()
            }
            Command::Close => {
                if self.meeting.state() == State::Closed {
                    self.say("The meeting is closed", now);
                } else {
                    self.ask(Question::Close);
                }
                Vec::new()
            }
            Command::Help => {
                self.back_to = self.mode;
                self.mode = Mode::Help;
                Vec::new()
            }
            Command::Quit => {
                let question = if self.remote && !self.outbox.is_empty() {
                    Question::QuitUnacknowledged(self.outbox.len())
                } else if self.unsaved > 0 {
                    Question::QuitUnsaved(self.unsaved)
                } else if !self.draft().trim().is_empty() {
                    Question::QuitWithDraft
                } else {
                    Question::Quit
                };
                self.ask(question);
                Vec::new()
            }
            Command::Back => {
                match self.mode {
                    Mode::Help => self.mode = self.back_to,
                    Mode::Editing if self.editing.is_some() => {
                        self.end_edit();
                        self.mode = self.rest_mode();
                    }
                    Mode::Chair => self.picked = None,
                    _ => self.mode = self.rest_mode(),
                }
                Vec::new()
            }
            Command::Yes => self.answer(true, now),
            Command::No => self.answer(false, now),
        }
    }

    /// Pasted text goes into the editor whole, line breaks kept, and is never read as keys.
    pub fn paste(&mut self, text: &str) {
        self.mode = Mode::Editing;
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        self.editor.insert_str(text);
    }

    fn rest_mode(&self) -> Mode {
        if self.meeting.state() == State::Closed { Mode::Summary } else { Mode::Chair }
    }

    fn ask(&mut self, question: Question) {
        if self.mode != Mode::Confirm && self.mode != Mode::Help {
            self.back_to = self.mode;
        }
        self.question = Some(question);
        self.mode = Mode::Confirm;
    }

    fn answer(&mut self, yes: bool, now: DateTime<Utc>) -> Vec<Todo> {
        let question = self.question.take();
        self.mode = self.back_to;
        if !yes {
            return Vec::new();
        }
        match question {
            Some(Question::Quit | Question::QuitWithDraft | Question::QuitUnacknowledged(_)) => {
                vec![Todo::Quit { rescue: false }]
            }
            Some(Question::QuitUnsaved(_)) => vec![Todo::Quit { rescue: true }],
            Some(Question::Close) => {
                let todos = self.act(Action::Close, now);
                self.mode = self.rest_mode();
                todos
            }
            Some(Question::Strike(id)) => {
                self.picked = None;
                self.act(Action::StrikeNote { id }, now)
            }
            None => Vec::new(),
        }
    }

    /// An action a second seat asked for: applied like one of this screen's own, but a refusal
    /// goes back to the seat instead of onto the hint bar.
    pub fn apply_from_seat(&mut self, action: Action, now: DateTime<Utc>) -> Result<Vec<Todo>, Refusal> {
        self.try_act(action, now)
    }

    fn act(&mut self, action: Action, now: DateTime<Utc>) -> Vec<Todo> {
        self.try_act(action, now).unwrap_or_else(|refusal| {
            self.say(words::refusal(&refusal), now);
            Vec::new()
        })
    }

    fn try_act(&mut self, action: Action, now: DateTime<Utc>) -> Result<Vec<Todo>, Refusal> {
        if self.remote {
            // A second seat asks the runner; what happens comes back as entries.
            return Ok(vec![Todo::Send(action)]);
        }
        let before = self.meeting.position();
        match self.meeting.apply(action, now) {
            Ok(outcome) => {
                if self.meeting.position() != before {
                    self.picked = None;
                }
                let mut todos = Vec::new();
                for effect in outcome.effects {
                    match effect {
                        Effect::Bell { .. } => todos.push(Todo::Bell),
                        Effect::Notice(notice) => self.say(words::notice(&notice), now),
                        Effect::Closed => self.mode = Mode::Summary,
                    }
                }
                if !outcome.entries.is_empty() {
                    todos.insert(0, Todo::Append(outcome.entries));
                }
                Ok(todos)
            }
            Err(refusal) => Err(refusal),
        }
    }

    fn commit(&mut self, now: DateTime<Utc>) -> Vec<Todo> {
        let text = self.draft();
        if text.trim().is_empty() {
            self.say("The note is empty", now);
            return Vec::new();
        }
        if let Some(id) = self.editing.clone() {
            let todos = self.act(Action::EditNote { id, text }, now);
            if !todos.is_empty() {
                self.end_edit();
                self.mode = self.rest_mode();
            }
            return todos;
        }
        self.notes_made += 1;
        let id = NoteId(format!("{}{}-{}", self.id_prefix, now.timestamp_millis(), self.notes_made));
        let todos = self.act(Action::CommitNote { id: id.clone(), text: text.clone() }, now);
        if !todos.is_empty() {
            if self.remote {
                let on = (self.meeting.state() != State::NotOpened).then(|| self.meeting.position());
                self.outbox.push(Outgoing { id, text, on });
            } else {
                self.note_events.insert(id, self.meeting.entry_count() as u64);
            }
            self.editor = new_editor();
            self.picked = None;
        }
        todos
    }

    /// A second seat: entries the runner journaled. Notes of this seat's outbox that arrived
    /// leave it, and count as saved once the runner says they are on disk.
    pub fn receive(&mut self, entries: &[Entry], saved: u64) {
        for entry in entries {
            self.meeting.fold_in(entry);
            if let crate::meeting::Event::NoteCommitted { id, .. } = &entry.event {
                self.outbox.retain(|o| &o.id != id);
                self.note_events.insert(id.clone(), self.meeting.entry_count() as u64);
            }
        }
        self.saved_events = saved;
        self.follow_state();
    }

    /// A seat's screen follows the meeting: the summary once it is closed.
    fn follow_state(&mut self) {
        if self.meeting.state() == State::Closed && !matches!(self.mode, Mode::Help | Mode::Confirm) {
            self.mode = Mode::Summary;
        }
    }

    /// A second seat, (re)connected: the meeting as the runner has it. What this seat sent and
    /// the runner does not have yet is kept, to be sent again.
    pub fn welcome(&mut self, meeting: Meeting, saved: u64) {
        let mine: Vec<NoteId> = self.outbox.iter().map(|o| o.id.clone()).collect();
        self.meeting = meeting;
        self.saved_events = saved;
        self.follow_state();
        self.outbox.retain(|o| self.meeting.note(&o.id).is_none());
        for id in mine {
            if self.meeting.note(&id).is_some() {
                // It arrived before the runner stopped; its place in the journal is unknown here,
                // but the runner had it: count it saved only once everything is.
                self.note_events.insert(id, self.meeting.entry_count() as u64);
            }
        }
    }

    /// Leaves an edit: the new note that was being typed comes back.
    fn end_edit(&mut self) {
        self.editing = None;
        self.picked = None;
        self.editor = new_editor();
        if let Some(text) = self.stash.take() {
            self.editor.insert_str(text);
        }
    }
}
