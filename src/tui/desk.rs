//! The desk the chair's screen and a seat's share: the meeting as this screen has it, the mode,
//! the picker, the picked note, the secretary's editor and the hint bar. [`Desk::handle`] turns a
//! command into meeting actions and hands them to a [`Hand`]: the chair's applies them to the
//! meeting here; a seat's sends them to the runner. It touches neither the terminal nor the disk.

use chrono::{DateTime, TimeDelta, Utc};
use i18n_embed_fl::fl;

use super::keymap::{Command, Mode};
use super::look::{
    LineInput, Look, Marks, NoteEditor, PickRow, Question, RollLine, SaveView, pane_notes, pick_rows,
};
use crate::i18n::current;
use crate::meeting::notes::Kind;
use crate::meeting::{Action, Effect, Meeting, NoteId, Position, Presence, Refusal, State};
use crate::share::outbox::Outgoing;

/// What became of an action a hand took.
pub enum Acted {
    /// Applied to the meeting here: whether it changed anything, and the effects left for the
    /// screen.
    Applied { changed: bool, effects: Vec<Effect> },
    /// Asked of the runner; what happens comes back as entries.
    Sent,
    /// Not done: the runner is not reachable.
    NotSent,
    /// Not sent: a note longer than the seats' protocol carries (`limit` bytes a line).
    TooLong { limit: usize },
}

/// Where a desk's actions go.
pub trait Hand {
    /// Takes `action` on `meeting` at `now`.
    fn act(&mut self, meeting: &mut Meeting, action: Action, now: DateTime<Utc>) -> Result<Acted, Refusal>;

    /// An id for a new note.
    fn new_note_id(&mut self, now: DateTime<Utc>) -> NoteId;

    /// The question quitting asks first, when this hand holds something that would be lost.
    fn quit_question(&self) -> Option<Question>;
}

/// What the program must do after a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Stay,
    /// Quit (the chair writes a rescue copy of whatever the disk has not taken).
    Quit,
}

const HINT_FOR: TimeDelta = TimeDelta::seconds(4);

pub struct Desk {
    pub meeting: Meeting,
    pub mode: Mode,
    /// Where Esc returns to from the editor or the picker: the chair's keys on the chair's
    /// screen and a chair seat, the secretary's on a secretary's seat.
    pub home: Mode,
    /// Where Esc, a finished question or the help returns to.
    pub back_to: Mode,
    pub question: Option<Question>,
    pub pick: usize,
    pub editor: NoteEditor,
    /// A message for the hint bar, until an instant.
    hint: Option<(String, DateTime<Utc>)>,
    /// The note picked in the notes pane, as an index into [`pane_notes`].
    pub picked: Option<usize>,
    /// Lines the summary is scrolled down.
    pub summary_scroll: usize,
    /// The roll call's picked attendee.
    pub roll_pick: usize,
    /// The roll call's line, while one is typed.
    pub roll_input: Option<LineInput>,
}

impl Desk {
    pub fn new(meeting: Meeting) -> Self {
        Desk::at_home(meeting, Mode::Chair)
    }

    /// A desk whose own keys are `home`'s (the chair's, or a secretary's seat's).
    pub fn at_home(meeting: Meeting, home: Mode) -> Self {
        let mode = if meeting.state() == State::Closed { Mode::Summary } else { home };
        Desk {
            meeting,
            mode,
            home,
            back_to: mode,
            question: None,
            pick: 0,
            editor: NoteEditor::default(),
            hint: None,
            picked: None,
            summary_scroll: 0,
            roll_pick: 0,
            roll_input: None,
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

    /// When the hint goes, if one shows.
    pub fn hint_until(&self) -> Option<DateTime<Utc>> {
        self.hint.as_ref().map(|(_, until)| *until)
    }

    /// The screen as the views read it.
    pub fn look<'a>(
        &'a self,
        save: &'a SaveView,
        marks: &'a Marks,
        sending: &'a [Outgoing],
        now: DateTime<Utc>,
    ) -> Look<'a> {
        Look {
            meeting: &self.meeting,
            mode: self.mode,
            home: self.home,
            back_to: self.back_to,
            question: self.question.as_ref(),
            pick: self.pick,
            picked: self.picked,
            editor: Some(&self.editor),
            hint: self.hint_at(now),
            save,
            marks,
            sending,
            warning: None,
            summary_scroll: self.summary_scroll,
            roll_pick: self.roll_pick,
            roll_input: self.roll_input.as_ref(),
        }
    }

    /// The agenda editor's picked row.
    fn agenda_row(&self) -> Option<PickRow> {
        pick_rows(&self.meeting).get(self.pick).copied()
    }

    /// Picks the row of the topic at `p` in the agenda editor.
    fn pick_topic(&mut self, p: Position) {
        let rows = pick_rows(&self.meeting);
        self.pick = rows.iter().position(|r| *r == PickRow::Topic(p)).unwrap_or(self.pick);
    }

    /// The agenda editor's line, done: a topic inserted, renamed or retimed. A planned time that
    /// does not read leaves the line open, saying why.
    fn agenda_line(&mut self, input: LineInput, now: DateTime<Utc>, hand: &mut impl Hand) {
        let parse = |text: &str| -> Result<Option<i64>, String> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            crate::agenda::parse_duration(&crate::agenda::RawDuration::Text(text.to_owned()))
                .map(|d| Some(d.num_seconds()))
        };
        let action = match input.line {
            RollLine::Insert { session, topic } => {
                let mut parts = input.text.split('|').map(str::trim);
                let title = parts.next().unwrap_or_default().to_owned();
                let presenter = parts.next().filter(|p| !p.is_empty()).map(str::to_owned);
                match parse(parts.next().unwrap_or_default()) {
                    Ok(seconds) => Action::InsertTopic { session, topic, title, presenter, seconds },
                    Err(why) => return self.reopen(input, why, now),
                }
            }
            RollLine::Rename(p) => {
                Action::RenameTopic { session: p.session, topic: p.topic, title: input.text }
            }
            RollLine::Retime { session, topic } => match parse(&input.text) {
                Ok(seconds) => Action::Retime { session, topic, seconds },
                Err(why) => return self.reopen(input, why, now),
            },
            _ => return,
        };
        let inserted = match &action {
            Action::InsertTopic { session, topic, .. } => Some(Position::new(*session, *topic)),
            _ => None,
        };
        if self.act(action, now, hand)
            && let Some(p) = inserted
        {
            self.pick_topic(p);
        }
    }

    /// The line again, as typed, with why it was not taken.
    fn reopen(&mut self, input: LineInput, why: String, now: DateTime<Utc>) {
        self.roll_input = Some(input);
        self.mode = Mode::LineInput;
        self.say(why, now);
    }

    fn picked_note(&self) -> Option<NoteId> {
        let notes = pane_notes(&self.meeting);
        self.picked.and_then(|i| notes.get(i)).map(|n| n.id.clone())
    }

    /// Acts on a command at `now`.
    pub fn handle(&mut self, command: Command, now: DateTime<Utc>, hand: &mut impl Hand) -> Step {
        match command {
            Command::Meeting(action) => {
                self.act(action, now, hand);
            }
            Command::OpenPauseResume => {
                let action =
                    if self.meeting.state() == State::NotOpened { Action::Open } else { Action::PauseResume };
                self.act(action, now, hand);
            }
            Command::OpenJump => {
                let rows = pick_rows(&self.meeting);
                let here = PickRow::Topic(self.meeting.position());
                self.pick = rows.iter().position(|r| *r == here).unwrap_or(0);
                self.mode = Mode::Jump;
            }
            Command::JumpMove(by) => {
                let last = pick_rows(&self.meeting).len().saturating_sub(1) as i64;
                self.pick = (self.pick as i64 + i64::from(by)).clamp(0, last) as usize;
            }
            Command::JumpGo => {
                let target = match pick_rows(&self.meeting).get(self.pick) {
                    Some(PickRow::Session(k)) => Position::new(*k, 0),
                    Some(PickRow::Topic(p)) => *p,
                    None => return Step::Stay,
                };
                self.mode = self.home;
                self.act(Action::JumpTo { session: target.session, topic: target.topic }, now, hand);
            }
            Command::FocusEditor => self.mode = Mode::Editing,
            // Up in an empty editor picks the newest note, as it does outside the editor.
            Command::EditorKey(key)
                if key.code == ratatui::crossterm::event::KeyCode::Up
                    && key.modifiers.is_empty()
                    && self.editor.text().is_empty()
                    && self.editor.editing.is_none() =>
            {
                self.mode = self.home;
                return self.handle(Command::PickNote(-1), now, hand);
            }
            // Tab in the editor names who speaks: it completes a name or position from the roll
            // and the topic's presenter, and adds someone typed as `name:` who is not on it.
            Command::EditorKey(key)
                if key.code == ratatui::crossterm::event::KeyCode::Tab && key.modifiers.is_empty() =>
            {
                self.complete_speaker(now, hand);
            }
            Command::EditorKey(key) => {
                self.editor.area.input(key);
            }
            Command::CommitNote => self.commit(now, hand),
            Command::ScrollSummary(by) => {
                let last = super::look::review_len(&self.meeting);
                self.summary_scroll = self.summary_scroll.saturating_add_signed(by as isize).min(last);
            }
            Command::PickNote(by) => {
                let count = pane_notes(&self.meeting).len();
                self.picked = match (self.picked, by < 0) {
                    _ if count == 0 => None,
                    (None, true) => Some(count - 1),
                    (None, false) => None,
                    (Some(i), true) => Some(i.saturating_sub(1)),
                    (Some(i), false) if i + 1 >= count => None,
                    (Some(i), false) => Some(i + 1),
                };
            }
            Command::EditNote => {
                match self
                    .picked_note()
                    .and_then(|id| self.meeting.note(&id).map(|n| (id, n.text().to_owned())))
                {
                    Some((id, text)) => {
                        self.editor.begin_edit(id, &text);
                        self.mode = Mode::Editing;
                    }
                    None => self.say(fl!(current(), "desk-pick-first"), now),
                }
            }
            Command::StrikeNote => match self.picked_note() {
                Some(id) => self.ask(Question::Strike(id)),
                None => self.say(fl!(current(), "desk-pick-first"), now),
            },
            Command::HoldToday => {
                let m = &self.meeting;
                if !m.held().is_rehearsal() {
                    self.say(crate::words::refusal(&Refusal::NotARehearsal), now);
                } else if m.state() != State::NotOpened {
                    self.say(crate::words::refusal(&Refusal::AlreadyOpen), now);
                } else {
                    let today = m.agenda().timezone.at(now).date_naive();
                    self.ask(Question::HoldToday { agenda_day: m.agenda().date, today });
                }
            }
            Command::Close => {
                if self.meeting.state() == State::Closed {
                    self.say(crate::words::refusal(&Refusal::Closed), now);
                } else {
                    let unreached = (0..self.meeting.sessions().len())
                        .filter(|&k| self.meeting.session(k).is_some_and(|s| s.started_at.is_none()))
                        .map(|k| k + 1)
                        .collect();
                    self.ask(Question::Close { unreached });
                }
            }
            Command::Help => {
                self.back_to = self.mode;
                self.mode = Mode::Help;
            }
            Command::Quit => {
                let question =
                    hand.quit_question().unwrap_or(if !crate::text::is_blank(&self.editor.text()) {
                        Question::QuitWithDraft
                    } else {
                        Question::Quit { closed: self.meeting.state() == State::Closed }
                    });
                self.ask(question);
            }
            Command::Back => match self.mode {
                Mode::Help => self.mode = self.back_to,
                Mode::LineInput => {
                    self.mode = match self.roll_input.take().map(|i| i.line) {
                        Some(line) if line.is_agenda() => Mode::Agenda,
                        Some(RollLine::Message) => self.rest_mode(),
                        _ => Mode::RollCall,
                    };
                }
                Mode::Editing if self.editor.editing.is_some() => {
                    self.editor.end_edit();
                    self.picked = None;
                    self.mode = self.rest_mode();
                }
                Mode::Chair | Mode::Secretary => self.picked = None,
                _ => self.mode = self.rest_mode(),
            },
            Command::Yes => return self.answer(true, now, hand),
            Command::No => return self.answer(false, now, hand),
            // Replay's commands never reach a desk: its mode is not one of the desk's.
            Command::Replay(_) => {}
            Command::OpenRollCall => {
                self.roll_pick = self.roll_pick.min(self.meeting.attendees().len().saturating_sub(1));
                self.mode = Mode::RollCall;
            }
            Command::RollMove(by) => {
                let last = self.meeting.attendees().len().saturating_sub(1) as i64;
                self.roll_pick = (self.roll_pick as i64 + i64::from(by)).clamp(0, last) as usize;
            }
            Command::RollToggle => {
                let attendee = self.roll_pick;
                let action = match self.meeting.attendees().get(attendee).map(|a| a.presence) {
                    None => return Step::Stay,
                    Some(Presence::Present) => Action::MarkAbsent { attendee, reason: None },
                    Some(_) => Action::MarkPresent { attendee },
                };
                self.act(action, now, hand);
            }
            Command::RollLeft => {
                if self.roll_pick < self.meeting.attendees().len() {
                    self.act(Action::MarkLeft { attendee: self.roll_pick }, now, hand);
                }
            }
            Command::RollReason => {
                if let Some(who) = self.meeting.attendees().get(self.roll_pick) {
                    let text = who.reason.clone().unwrap_or_default();
                    self.roll_input = Some(LineInput { line: RollLine::Reason(self.roll_pick), text });
                    self.mode = Mode::LineInput;
                }
            }
            Command::RollAdd => {
                self.roll_input = Some(LineInput { line: RollLine::Add, text: String::new() });
                self.mode = Mode::LineInput;
            }
            Command::InputKey(key) => {
                use ratatui::crossterm::event::{KeyCode, KeyModifiers};
                if let Some(input) = &mut self.roll_input {
                    match key.code {
                        KeyCode::Char(c)
                            if !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                        {
                            input.text.push(c);
                        }
                        KeyCode::Backspace => {
                            input.text.pop();
                        }
                        _ => {}
                    }
                }
            }
            Command::RoomMessage => {
                self.roll_input = Some(LineInput { line: RollLine::Message, text: String::new() });
                self.mode = Mode::LineInput;
            }
            Command::OpenAgenda => {
                let here = PickRow::Topic(self.meeting.position());
                self.pick = pick_rows(&self.meeting).iter().position(|r| *r == here).unwrap_or(0);
                self.mode = Mode::Agenda;
            }
            Command::AgendaInsert => {
                let (session, topic) = match self.agenda_row() {
                    Some(PickRow::Session(k)) => (k, 0),
                    Some(PickRow::Topic(p)) => (p.session, p.topic + 1),
                    None => return Step::Stay,
                };
                self.roll_input =
                    Some(LineInput { line: RollLine::Insert { session, topic }, text: String::new() });
                self.mode = Mode::LineInput;
            }
            Command::AgendaRename => {
                if let Some(PickRow::Topic(p)) = self.agenda_row() {
                    let text = self.meeting.agenda().sessions[p.session].topics[p.topic].title.clone();
                    self.roll_input = Some(LineInput { line: RollLine::Rename(p), text });
                    self.mode = Mode::LineInput;
                }
            }
            Command::AgendaRetime => {
                let (line, planned) = match self.agenda_row() {
                    Some(PickRow::Session(k)) => (
                        RollLine::Retime { session: k, topic: None },
                        Some(self.meeting.agenda().sessions[k].duration),
                    ),
                    Some(PickRow::Topic(p)) => (
                        RollLine::Retime { session: p.session, topic: Some(p.topic) },
                        self.meeting.agenda().sessions[p.session].topics[p.topic].duration,
                    ),
                    None => return Step::Stay,
                };
                let text = planned.map(crate::agenda::format_duration).unwrap_or_default();
                self.roll_input = Some(LineInput { line, text });
                self.mode = Mode::LineInput;
            }
            Command::AgendaMove(by) => {
                let Some(PickRow::Topic(p)) = self.agenda_row() else { return Step::Stay };
                let sessions = &self.meeting.agenda().sessions;
                let to = match by {
                    ..=-1 if p.topic > 0 => Position::new(p.session, p.topic - 1),
                    ..=-1 if p.session > 0 => {
                        Position::new(p.session - 1, sessions[p.session - 1].topics.len())
                    }
                    1.. if p.topic + 1 < sessions[p.session].topics.len() => {
                        Position::new(p.session, p.topic + 1)
                    }
                    1.. if p.session + 1 < sessions.len() => Position::new(p.session + 1, 0),
                    _ => return Step::Stay,
                };
                let action = Action::MoveTopic {
                    session: p.session,
                    topic: p.topic,
                    to_session: to.session,
                    to_topic: to.topic,
                };
                if self.act(action, now, hand) {
                    self.pick_topic(to);
                }
            }
            Command::AgendaRemove => {
                if let Some(PickRow::Topic(p)) = self.agenda_row()
                    && self.act(Action::RemoveTopic { session: p.session, topic: p.topic }, now, hand)
                {
                    self.pick = self.pick.min(pick_rows(&self.meeting).len().saturating_sub(1));
                }
            }
            Command::AgendaTakeUp => {
                if let Some(PickRow::Topic(p)) = self.agenda_row() {
                    self.mode = self.home;
                    self.act(Action::JumpTo { session: p.session, topic: p.topic }, now, hand);
                }
            }
            Command::RoomReady(n) => {
                self.act(Action::ShowRoom { text: crate::words::room_ready(n) }, now, hand);
            }
            Command::InputDone => {
                self.mode = Mode::RollCall;
                match self.roll_input.take() {
                    Some(input) if input.line.is_agenda() => {
                        self.mode = Mode::Agenda;
                        self.agenda_line(input, now, hand);
                    }
                    Some(LineInput { line: RollLine::Message, text }) => {
                        self.mode = self.rest_mode();
                        self.act(Action::ShowRoom { text }, now, hand);
                    }
                    Some(LineInput { line: RollLine::Reason(attendee), text }) => {
                        self.act(Action::MarkAbsent { attendee, reason: Some(text) }, now, hand);
                    }
                    Some(LineInput { line: RollLine::Add, text }) => {
                        let (name, position) = match text.split_once([',', '，']) {
                            Some((name, position)) => {
                                (name.trim(), Some(position.trim()).filter(|p| !p.is_empty()))
                            }
                            None => (text.trim(), None),
                        };
                        let added = Action::AddAttendee {
                            name: name.to_owned(),
                            position: position.map(str::to_owned),
                            affiliation: None,
                            group: crate::agenda::Group::Attendee,
                        };
                        if self.act(added, now, hand) {
                            // The new row, for its mark: one key (Space) makes them present.
                            self.roll_pick = self.meeting.attendees().len().saturating_sub(1);
                        }
                    }
                    // Taken above.
                    Some(_) | None => {}
                }
            }
        }
        Step::Stay
    }

    /// Pasted text goes into the editor whole, line breaks kept, and is never read as keys.
    pub fn paste(&mut self, text: &str) {
        self.mode = Mode::Editing;
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        self.editor.area.insert_str(text);
    }

    fn rest_mode(&self) -> Mode {
        if self.meeting.state() == State::Closed { Mode::Summary } else { self.home }
    }

    fn ask(&mut self, question: Question) {
        if self.mode != Mode::Confirm && self.mode != Mode::Help {
            self.back_to = self.mode;
        }
        self.question = Some(question);
        self.mode = Mode::Confirm;
    }

    fn answer(&mut self, yes: bool, now: DateTime<Utc>, hand: &mut impl Hand) -> Step {
        let question = self.question.take();
        self.mode = self.back_to;
        if !yes {
            return Step::Stay;
        }
        match question {
            Some(
                Question::Quit { .. }
                | Question::QuitWithDraft
                | Question::QuitUnacknowledged(_)
                | Question::QuitUnsaved(_),
            ) => Step::Quit,
            Some(Question::HoldToday { today, .. }) => {
                self.act(Action::HoldAsMeeting { on: today }, now, hand);
                Step::Stay
            }
            Some(Question::Close { .. }) => {
                self.act(Action::Close, now, hand);
                self.mode = self.rest_mode();
                Step::Stay
            }
            Some(Question::Strike(id)) => {
                self.picked = None;
                self.act(Action::StrikeNote { id }, now, hand);
                Step::Stay
            }
            None => Step::Stay,
        }
    }

    /// Takes an action through the hand; a refusal goes on the hint bar. True when it was done
    /// (or sent).
    fn act(&mut self, action: Action, now: DateTime<Utc>, hand: &mut impl Hand) -> bool {
        match self.try_act(action, now, hand) {
            Ok(done) => done,
            Err(refusal) => {
                self.say(crate::words::refusal(&refusal), now);
                false
            }
        }
    }

    /// Takes an action through the hand, and shows what it did: whether it changed anything (or
    /// was sent), or why it was refused.
    pub fn try_act(
        &mut self,
        action: Action,
        now: DateTime<Utc>,
        hand: &mut impl Hand,
    ) -> Result<bool, Refusal> {
        let before = self.meeting.position();
        match hand.act(&mut self.meeting, action, now)? {
            Acted::Sent => Ok(true),
            Acted::TooLong { limit } => {
                self.say(crate::words::note_too_long(limit), now);
                Ok(false)
            }
            Acted::NotSent => {
                self.say(fl!(current(), "desk-runner-unreachable"), now);
                Ok(false)
            }
            Acted::Applied { changed, effects } => {
                if self.meeting.position() != before {
                    self.picked = None;
                }
                for effect in effects {
                    match effect {
                        Effect::Notice(notice) => self.say(crate::words::notice(&notice), now),
                        Effect::Closed => self.mode = Mode::Summary,
                        Effect::Bell { .. } => {}
                    }
                }
                Ok(changed)
            }
        }
    }

    fn commit(&mut self, now: DateTime<Utc>, hand: &mut impl Hand) {
        let text = self.editor.text();
        // Said here, before an id is spent; the meeting refuses the same text the same way.
        if crate::text::is_blank(&text) {
            self.say(crate::words::refusal(&Refusal::EmptyNote), now);
            return;
        }
        if let Some(id) = self.editor.editing.clone() {
            if self.act(Action::EditNote { id, text }, now, hand) {
                self.editor.end_edit();
                self.picked = None;
                self.mode = self.rest_mode();
            }
            return;
        }
        let id = hand.new_note_id(now);
        if self.act(Action::CommitNote { id, text }, now, hand) {
            self.editor.clear();
            self.picked = None;
        }
    }

    /// Tab in the editor: completes the speaker being typed at the start of a note from the roll
    /// (names, positions, position and name) and the topic's presenter; with a colon typed after
    /// a name no one has, adds that name to the roll.
    fn complete_speaker(&mut self, now: DateTime<Utc>, hand: &mut impl Hand) {
        let text = self.editor.text();
        if text.contains('\n') {
            return;
        }
        if let Some((prefix, _)) = crate::meeting::notes::speaker_prefix(&text) {
            let on = self.meeting.state().is_open().then(|| self.meeting.position());
            if self.meeting.speaker_of(&text, on).is_none()
                && crate::meeting::notes::parse(&text).kind == Kind::Note
            {
                let name = prefix.trim().to_owned();
                let added = Action::AddAttendee {
                    name: name.clone(),
                    position: None,
                    affiliation: None,
                    group: crate::agenda::Group::Attendee,
                };
                if self.act(added, now, hand) {
                    self.say(fl!(current(), "editor-speaker-added", name = name), now);
                }
            }
            return;
        }
        let typed = text.trim_start();
        let candidates = self.speakers(typed);
        match candidates.as_slice() {
            [] => self.say(fl!(current(), "editor-no-speaker", typed = typed), now),
            [one] => self.editor.set_text(&format!("{one}: ")),
            many => {
                let common = common_prefix(many);
                if common.chars().count() > typed.chars().count() {
                    self.editor.set_text(&common);
                }
                self.say(many.join(", "), now);
            }
        }
    }

    /// Who a note may begin with, starting with `typed`: for each person on the roll the first of
    /// their name, position, and position with name that does, then the current topic's
    /// presenter; each once.
    fn speakers(&self, typed: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for who in self.meeting.attendees() {
            let a = &who.attendee;
            let forms = [Some(a.name.clone()), a.position.clone(), a.position.as_ref().map(|_| a.called())];
            if let Some(form) = forms.into_iter().flatten().find(|f| f.starts_with(typed)) {
                found.push(form);
            }
        }
        if self.meeting.state().is_open() {
            let p = self.meeting.position();
            if let Some(presenter) =
                self.meeting.agenda().sessions[p.session].topics[p.topic].presenter.clone()
                && presenter.starts_with(typed)
            {
                found.push(presenter);
            }
        }
        let mut seen = std::collections::HashSet::new();
        found.retain(|f| seen.insert(f.clone()));
        found
    }

    /// A seat's screen follows the meeting: the summary once it is closed.
    pub fn follow_state(&mut self) {
        if self.meeting.state() == State::Closed && !matches!(self.mode, Mode::Help | Mode::Confirm) {
            self.mode = Mode::Summary;
        }
    }
}

/// The longest start all of `words` share, whole characters.
fn common_prefix(words: &[String]) -> String {
    let Some(first) = words.first() else { return String::new() };
    let mut prefix: Vec<char> = first.chars().collect();
    for word in &words[1..] {
        let same = prefix.iter().zip(word.chars()).take_while(|(a, b)| **a == *b).count();
        prefix.truncate(same);
    }
    prefix.into_iter().collect()
}
