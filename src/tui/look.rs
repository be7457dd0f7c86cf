//! What the live screen shows, as data: the [`Look`] each program lends the views when it draws
//! (the chair, a seat, replay), and the few things both the programs and the views compute from
//! a meeting (the picker's rows, the notes the pane lists, the review's length). The views read
//! this and nothing of the programs; the programs never ask the views anything.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use ratatui_textarea::TextArea;

use super::keymap::Mode;
use crate::meeting::{AttendeeId, Meeting, Note, NoteId, Position, State};
use crate::share::outbox::Outgoing;

/// A question waiting for yes or no.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Quit; `closed`: the meeting is over, so nothing will resume it.
    Quit { closed: bool },
    /// Quit with events the disk has not taken: a rescue copy is written on yes.
    QuitUnsaved(u64),
    /// Quit with an unfinished note in the editor.
    QuitWithDraft,
    /// Leave a second seat with notes the runner has not confirmed.
    QuitUnacknowledged(usize),
    /// Close the meeting; these sessions (numbered from 1) were never reached.
    Close { unreached: Vec<usize> },
    /// Hold this rehearsal as the meeting of `agenda_day`, today (`today`).
    HoldToday { agenda_day: NaiveDate, today: NaiveDate },
    /// Strike this note out of the minutes.
    Strike(NoteId),
}

/// What a one-line input is for: the roll call's, the agenda editor's, a message to the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollLine {
    /// Why this attendee is absent.
    Reason(AttendeeId),
    /// Someone to add: `name` or `name, position`.
    Add,
    /// A topic to insert at `topic` in `session`: `title | presenter | 10m`.
    Insert { session: usize, topic: usize },
    /// A new title for this topic.
    Rename(Position),
    /// A planned time for the session (`topic` none) or the topic: `10m`, or nothing (a topic
    /// without a planned time).
    Retime { session: usize, topic: Option<usize> },
    /// Words for the room's display.
    Message,
}

impl RollLine {
    /// Whether the line belongs to the agenda editor (it returns there when done).
    pub fn is_agenda(self) -> bool {
        matches!(self, RollLine::Insert { .. } | RollLine::Rename(_) | RollLine::Retime { .. })
    }
}

/// The roll call's one-line input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineInput {
    pub line: RollLine,
    pub text: String,
}

/// Whether the minutes hold everything, for the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveView {
    /// Saved; the instant of the last save, if anything was saved this run.
    Saved(Option<DateTime<FixedOffset>>),
    NotSaved(String),
    /// Nothing more will be saved, and nothing waits: the meeting is closed and its runner gone.
    Ended(String),
}

/// Which notes are on disk: those read from the minutes, and those committed since whose journal
/// event is covered by the saved count.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    /// For notes committed while this screen runs: the number of journal events up to and
    /// including theirs.
    note_events: HashMap<NoteId, u64>,
    /// Journal events known to be on disk.
    pub saved_events: u64,
}

impl Marks {
    /// Everything folded so far is on disk.
    pub fn all_saved(saved_events: u64) -> Marks {
        Marks { note_events: HashMap::new(), saved_events }
    }

    /// A note whose event is the `event`-th of the journal.
    pub fn committed(&mut self, id: NoteId, event: u64) {
        self.note_events.insert(id, event);
    }

    pub fn is_saved(&self, note: &NoteId) -> bool {
        self.note_events.get(note).is_none_or(|n| *n <= self.saved_events)
    }
}

/// The secretary's editor: a new note, or an older note being edited while the new one waits.
pub struct NoteEditor {
    pub area: TextArea<'static>,
    /// The note being edited, when the editor holds an existing note rather than a new one.
    pub editing: Option<NoteId>,
    /// The new note that was being typed when an edit began, given back after it.
    pub stash: Option<String>,
}

impl Default for NoteEditor {
    fn default() -> Self {
        NoteEditor { area: blank_area(), editing: None, stash: None }
    }
}

fn blank_area() -> TextArea<'static> {
    let mut area = TextArea::default();
    area.set_placeholder_text(i18n_embed_fl::fl!(crate::i18n::current(), "editor-placeholder"));
    area
}

impl NoteEditor {
    /// The text in the editor, lines joined.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// The new note being typed, even while the editor holds an edit of an older note: what the
    /// draft file keeps.
    pub fn new_note_text(&self) -> String {
        match &self.stash {
            Some(text) => text.clone(),
            None if self.editing.is_some() => String::new(),
            None => self.text(),
        }
    }

    /// Empties the editor.
    pub fn clear(&mut self) {
        self.area = blank_area();
    }

    /// Puts `text` in the editor in place of what is there, the caret at its end.
    pub fn set_text(&mut self, text: &str) {
        self.area = blank_area();
        self.area.insert_str(text);
    }

    /// Starts an edit of an older note; the new note being typed waits.
    pub fn begin_edit(&mut self, id: NoteId, text: &str) {
        self.stash = Some(self.text());
        self.area = blank_area();
        self.area.insert_str(text);
        self.editing = Some(id);
    }

    /// Leaves an edit: the new note that was being typed comes back.
    pub fn end_edit(&mut self) {
        self.editing = None;
        self.area = blank_area();
        if let Some(text) = self.stash.take() {
            self.area.insert_str(text);
        }
    }
}

/// Everything the live screen's panes read, lent by the program that draws.
pub struct Look<'a> {
    pub meeting: &'a Meeting,
    pub mode: Mode,
    /// Where Esc returns to: the chair's keys or a secretary's seat's.
    pub home: Mode,
    /// The mode under the help or a question.
    pub back_to: Mode,
    pub question: Option<&'a Question>,
    /// The jump picker's row.
    pub pick: usize,
    /// The note picked in the notes pane, as an index into [`pane_notes`].
    pub picked: Option<usize>,
    /// The secretary's editor; replay has none.
    pub editor: Option<&'a NoteEditor>,
    /// A message for the hint bar, still due.
    pub hint: Option<&'a str>,
    pub save: &'a SaveView,
    pub marks: &'a Marks,
    /// A seat's notes on their way to the runner.
    pub sending: &'a [Outgoing],
    /// Something the screen keeps beside the minutes cannot be written (the draft, the twin, a
    /// seat's outbox): the minutes may be saved while typing is at risk, and the header says so.
    pub warning: Option<&'a str>,
    pub summary_scroll: usize,
    /// The roll call's picked attendee, and its line being typed.
    pub roll_pick: usize,
    pub roll_input: Option<&'a LineInput>,
}

/// One row of the jump picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickRow {
    Session(usize),
    Topic(Position),
}

/// Every row the picker offers: each session, then its topics.
pub fn pick_rows(meeting: &Meeting) -> Vec<PickRow> {
    let mut rows = Vec::new();
    for (k, s) in meeting.agenda().sessions.iter().enumerate() {
        rows.push(PickRow::Session(k));
        rows.extend((0..s.topics.len()).map(|t| PickRow::Topic(Position::new(k, t))));
    }
    rows
}

/// The notes the pane shows: the current topic's, or those taken before opening.
pub fn pane_notes(meeting: &Meeting) -> Vec<&Note> {
    if meeting.state() == State::NotOpened {
        meeting.notes_before_opening().collect()
    } else {
        meeting.notes_on(meeting.position()).collect()
    }
}

/// How many lines the review of where the time went has (the summary view draws exactly these;
/// its width cuts lines, never wraps them): what a scroll of it may reach.
pub fn review_len(meeting: &Meeting) -> usize {
    use crate::meeting::TopicStatus;
    use crate::meeting::notes::Kind;
    let agenda = meeting.agenda();
    let plan: usize = agenda.sessions.iter().map(|s| 1 + s.topics.len()).sum();
    let marked = agenda
        .sessions
        .iter()
        .enumerate()
        .flat_map(|(k, s)| (0..s.topics.len()).map(move |t| Position::new(k, t)))
        .filter(|p| matches!(meeting.topic_status(*p), TopicStatus::Skipped | TopicStatus::Deferred))
        .count();
    let live = || meeting.notes().iter().filter(|n| !n.is_struck());
    let decisions = live().filter(|n| n.parsed.kind == Kind::Decision).count();
    let items = live().filter(|n| n.parsed.kind == Kind::ActionItem).count();
    2 + plan + 2 + marked.max(1) + 2 + decisions.max(1) + 2 + if items == 0 { 1 } else { 1 + items }
}
