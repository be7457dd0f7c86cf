//! `gavel attach`: a second seat on a running meeting. The secretary's seat or a second chair
//! ([`Seat`]), or a display for the room ([`Room`]). A seat never writes the minutes: it sends
//! requests to the runner, shows what the runner journaled, says plainly when the runner is gone,
//! keeps what it sent but has not seen confirmed (its [`Outbox`]), and reconnects by itself.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Timelike, Utc};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::desk::{Acted, Desk, Hand, Step};
use super::error::SeatError;
use super::keymap::{self, Command, Mode};
use super::look::{Marks, Question, SaveView};
use super::runtime::{self, Happening, Program, Response, Waker};
use super::theme::Theme;
use super::view;
use crate::journal::fs::RealFs;
use crate::journal::paths::default_minutes_path;
use crate::journal::read_minutes;
use crate::meeting::{Action, Entry, Event, Meeting, NoteId, Refusal, State, fold};
use crate::share::client::{Attachment, Heard};
use crate::share::outbox::{Outbox, Outgoing};
use crate::share::protocol::{Role, ToSeat};
use crate::share::socket::socket_path;

/// What a seat's link heard, with the number of the connection that heard it.
pub type LinkNews = (u64, Heard);

/// The minutes a seat attaches to: named, or the default minutes of an agenda.
pub fn minutes_of(target: Option<&Path>) -> Result<PathBuf, SeatError> {
    let target = target.unwrap_or(Path::new("agenda.yaml"));
    if target.extension().is_some_and(|e| e == "jsonl") {
        return Ok(target.to_owned());
    }
    let agenda = crate::agenda::load_file(target).map_err(|e| SeatError::Agenda(Box::new(e)))?;
    Ok(default_minutes_path(target, agenda.date))
}

/// Keys a seat may use: the secretary has the editor and, of the chair's keys, only PageDown and
/// PageUp (a presentation clicker); the room display, only quit and help.
pub fn allowed(role: Role, command: &Command, key: &KeyEvent) -> bool {
    match (role, command) {
        (Role::Chair, _) => true,
        (_, Command::Quit | Command::Yes | Command::No | Command::Help | Command::Back) => true,
        (Role::Room, _) => false,
        (Role::Secretary, Command::Meeting(Action::NextTopic | Action::PreviousTopic)) => {
            matches!(key.code, KeyCode::PageDown | KeyCode::PageUp)
        }
        (Role::Secretary, Command::Meeting(action)) => role.may(action),
        (Role::Secretary, Command::OpenPauseResume | Command::OpenJump | Command::Close) => false,
        (Role::Secretary, _) => true,
    }
}

/// A seat's hand: every action goes to the runner; a new note waits in the outbox until the
/// runner has journaled it.
struct Remote {
    attachment: Option<Attachment>,
    outbox: Outbox,
}

impl Remote {
    fn send(&mut self, action: Action) -> bool {
        self.attachment.as_mut().is_some_and(|a| a.act(action))
    }
}

impl Hand for Remote {
    fn act(&mut self, meeting: &mut Meeting, action: Action, _now: DateTime<Utc>) -> Result<Acted, Refusal> {
        if let Action::CommitNote { id, text } = &action {
            let on = (meeting.state() != State::NotOpened).then(|| meeting.position());
            self.outbox.push(Outgoing { id: id.clone(), text: text.clone(), on });
            // Kept in the outbox, it goes again once the runner is back.
            self.send(action);
            return Ok(Acted::Sent);
        }
        if self.send(action) { Ok(Acted::Sent) } else { Ok(Acted::NotSent) }
    }

    fn new_note_id(&mut self, now: DateTime<Utc>) -> NoteId {
        self.outbox.new_id(now)
    }

    fn quit_question(&self) -> Option<Question> {
        let waiting = self.outbox.notes().len();
        (waiting > 0).then_some(Question::QuitUnacknowledged(waiting))
    }
}

/// The secretary's seat, or a second chair.
pub struct Seat {
    desk: Desk,
    role: Role,
    hand: Remote,
    marks: Marks,
    socket: PathBuf,
    theme: Theme,
}

/// The next whole second after `now`: when the clocks on screen change.
fn next_second(now: DateTime<Utc>) -> DateTime<Utc> {
    now + TimeDelta::milliseconds(1000 - i64::from(now.nanosecond() / 1_000_000).min(999))
}

impl Seat {
    /// A seat of `role` on the minutes at `minutes`, showing `meeting` (what is on disk) until
    /// the runner answers; what an earlier run of this seat left is taken back.
    pub fn new(minutes: &Path, meeting: Meeting, saved: u64, role: Role, theme: Theme) -> Seat {
        let (outbox, draft) = Outbox::open(Arc::new(RealFs), minutes, role, std::process::id());
        let mut desk = Desk::new(meeting);
        if role == Role::Secretary && desk.mode == Mode::Chair {
            desk.mode = Mode::Editing;
        }
        desk.editor.area.insert_str(draft);
        Seat {
            desk,
            role,
            hand: Remote { attachment: None, outbox },
            marks: Marks::all_saved(saved),
            socket: socket_path(minutes),
            theme,
        }
    }

    /// Starts connecting to the runner; what the link hears reaches the program through `waker`.
    pub fn attach(&mut self, waker: Waker<LinkNews>, now: DateTime<Utc>) {
        self.hand.attachment = Some(Attachment::new(
            &self.socket,
            self.role,
            move |connection, heard| {
                waker.send((connection, heard));
            },
            now,
        ));
    }

    pub fn meeting(&self) -> &Meeting {
        &self.desk.meeting
    }

    pub fn mode(&self) -> Mode {
        self.desk.mode
    }

    /// Notes sent and not yet seen journaled.
    pub fn outbox_len(&self) -> usize {
        self.hand.outbox.notes().len()
    }

    fn lost(&self) -> Option<&str> {
        self.hand.attachment.as_ref().map_or(Some("connecting to the runner"), |a| a.lost())
    }

    fn receive(&mut self, message: ToSeat, now: DateTime<Utc>) {
        match message {
            ToSeat::Welcome { header, entries, saved, .. } => {
                let mine: Vec<NoteId> = self.hand.outbox.notes().iter().map(|o| o.id.clone()).collect();
                self.desk.meeting = fold(&header, &entries);
                self.marks.saved_events = saved;
                self.desk.follow_state();
                let meeting = &self.desk.meeting;
                self.hand.outbox.retain(|id| meeting.note(id).is_none());
                for id in mine {
                    if self.desk.meeting.note(&id).is_some() {
                        // It arrived before the runner stopped; its place in the journal is
                        // unknown here, but the runner had it: saved only once everything is.
                        self.marks.committed(id, self.desk.meeting.entry_count() as u64);
                    }
                }
                // Notes sent before a break in the connection go again; the runner keeps each once.
                for out in self.hand.outbox.notes().to_vec() {
                    self.hand.send(Action::CommitNote { id: out.id, text: out.text });
                }
            }
            ToSeat::Entries { entries, saved, .. } => self.fold_in(&entries, saved),
            ToSeat::Saved { saved, .. } => self.marks.saved_events = saved,
            // In this seat's own words when the runner said why as data; else the runner's.
            ToSeat::Refused { why: Some(why), .. } => self.desk.say(crate::words::refusal(&why), now),
            ToSeat::Refused { reason, .. } => self.desk.say(reason, now),
            ToSeat::Goodbye { .. } => {}
        }
    }

    fn fold_in(&mut self, entries: &[Entry], saved: u64) {
        for entry in entries {
            self.desk.meeting.fold_in(entry);
            if let Event::NoteCommitted { id, .. } = &entry.event {
                self.marks.committed(id.clone(), self.desk.meeting.entry_count() as u64);
            }
        }
        self.hand.outbox.arrived(entries);
        self.marks.saved_events = saved;
        self.desk.follow_state();
    }

    fn keep(&mut self, now: DateTime<Utc>, all: bool) {
        let draft = self.desk.editor.new_note_text();
        let zone_now = self.desk.meeting.agenda().timezone.at(now);
        if all {
            self.hand.outbox.keep_now(&draft, zone_now, now);
        } else {
            self.hand.outbox.keep(&draft, zone_now, now);
        }
    }
}

impl Program for Seat {
    type News = LinkNews;

    fn update(&mut self, happening: Happening<LinkNews>, now: DateTime<Utc>) -> Response {
        match happening {
            Happening::Key(key) => match keymap::map(self.desk.mode, key) {
                Some(command) if allowed(self.role, &command, &key) => {
                    match self.desk.handle(command, now, &mut self.hand) {
                        Step::Stay => Response::REDRAW,
                        Step::Quit => {
                            self.keep(now, true);
                            Response::QUIT
                        }
                    }
                }
                Some(_) => {
                    self.desk.say("This seat takes notes; the chair's keys are on the chair's screen", now);
                    Response::REDRAW
                }
                None => Response::SAME,
            },
            Happening::Paste(text) => {
                self.desk.paste(&text);
                Response::REDRAW
            }
            Happening::News((from, heard)) => {
                let message = self.hand.attachment.as_mut().and_then(|a| a.heard(from, heard, now));
                if let Some(message) = message {
                    self.receive(message, now);
                }
                Response::REDRAW
            }
            Happening::Resized => Response::REDRAW,
            Happening::Tick => Response::SAME,
            Happening::Stop(_) => {
                self.keep(now, true);
                Response::QUIT
            }
        }
    }

    fn settle(&mut self, now: DateTime<Utc>) -> Response {
        let connected = self.hand.attachment.as_mut().is_some_and(|a| a.connect_if_due(now));
        self.keep(now, false);
        Response { redraw: connected, ..Response::SAME }
    }

    fn draw(&self, frame: &mut Frame, now: DateTime<Utc>) {
        let save = match self.lost() {
            Some(reason) => SaveView::NotSaved(reason.to_owned()),
            None if self.marks.saved_events >= self.desk.meeting.entry_count() as u64 => {
                SaveView::Saved(None)
            }
            None => SaveView::NotSaved("the runner has not saved everything yet".into()),
        };
        let look = self.desk.look(&save, &self.marks, self.hand.outbox.notes(), now);
        view::render(frame, &look, &self.theme, now);
    }

    fn next_wake(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let mut wake = next_second(now);
        if let Some(due) = self.hand.outbox.draft_deadline(&self.desk.editor.new_note_text()) {
            wake = wake.min(due.max(now + TimeDelta::milliseconds(10)));
        }
        if let Some(next_try) = self.hand.attachment.as_ref().and_then(Attachment::next_try) {
            wake = wake.min(next_try.max(now));
        }
        Some(wake)
    }
}

/// The room display: the meeting as the runner has it, read-only; q leaves.
pub struct Room {
    meeting: Meeting,
    attachment: Option<Attachment>,
    socket: PathBuf,
    theme: Theme,
}

impl Room {
    pub fn new(minutes: &Path, meeting: Meeting, theme: Theme) -> Room {
        Room { meeting, attachment: None, socket: socket_path(minutes), theme }
    }

    /// Starts connecting to the runner; what the link hears reaches the program through `waker`.
    pub fn attach(&mut self, waker: Waker<LinkNews>, now: DateTime<Utc>) {
        self.attachment = Some(Attachment::new(
            &self.socket,
            Role::Room,
            move |connection, heard| {
                waker.send((connection, heard));
            },
            now,
        ));
    }
}

impl Program for Room {
    type News = LinkNews;

    fn update(&mut self, happening: Happening<LinkNews>, now: DateTime<Utc>) -> Response {
        match happening {
            // The room display draws no question and has nothing to lose: q leaves at once.
            Happening::Key(key) => match keymap::map(Mode::Chair, key) {
                Some(Command::Quit) => Response::QUIT,
                _ => Response::SAME,
            },
            Happening::News((from, heard)) => {
                match self.attachment.as_mut().and_then(|a| a.heard(from, heard, now)) {
                    Some(ToSeat::Welcome { header, entries, .. }) => self.meeting = fold(&header, &entries),
                    Some(ToSeat::Entries { entries, .. }) => {
                        for entry in &entries {
                            self.meeting.fold_in(entry);
                        }
                    }
                    _ => {}
                }
                Response::REDRAW
            }
            Happening::Paste(_) | Happening::Tick => Response::SAME,
            Happening::Resized => Response::REDRAW,
            Happening::Stop(_) => Response::QUIT,
        }
    }

    fn settle(&mut self, now: DateTime<Utc>) -> Response {
        let connected = self.attachment.as_mut().is_some_and(|a| a.connect_if_due(now));
        Response { redraw: connected, ..Response::SAME }
    }

    fn draw(&self, frame: &mut Frame, now: DateTime<Utc>) {
        let lost = self.attachment.as_ref().map_or(Some("connecting"), |a| a.lost());
        view::room::render(frame, &self.meeting, lost.map(|_| "RUNNER GONE"), &self.theme, now);
    }

    fn next_wake(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let second = next_second(now);
        Some(match self.attachment.as_ref().and_then(Attachment::next_try) {
            Some(next_try) => second.min(next_try.max(now)),
            None => second,
        })
    }
}

/// `gavel attach`: a seat on the running meeting until it leaves.
pub fn run(target: Option<&Path>, role: Role) -> Result<(), SeatError> {
    use std::io::IsTerminal;
    let minutes = minutes_of(target)?;
    // What is on disk now: shown until the runner answers, and if it never does.
    let on_disk = read_minutes(&minutes).map_err(SeatError::Minutes)?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(SeatError::NoTerminal);
    }
    let meeting = fold(&on_disk.header, &on_disk.entries);
    let theme = Theme::from_env();
    let result = match role {
        Role::Room => {
            let mut room = Room::new(&minutes, meeting, theme);
            runtime::run_on_terminal(&mut room, None, |room, waker| room.attach(waker, Utc::now()))
        }
        Role::Secretary | Role::Chair => {
            let saved = on_disk.entries.len() as u64;
            let mut seat = Seat::new(&minutes, meeting, saved, role, theme);
            runtime::run_on_terminal(&mut seat, None, |seat, waker| seat.attach(waker, Utc::now()))
        }
    };
    result.map_err(SeatError::Terminal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::map;
    use ratatui::crossterm::event::KeyModifiers;

    fn can(role: Role, mode: Mode, code: KeyCode) -> bool {
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        map(mode, key).is_some_and(|c| allowed(role, &c, &key))
    }

    #[test]
    fn the_secretary_has_the_editor_and_the_clicker_only() {
        use KeyCode::{Char, Enter, PageDown, PageUp, Right};
        assert!(can(Role::Secretary, Mode::Editing, Char('가')));
        assert!(can(Role::Secretary, Mode::Editing, Enter));
        assert!(can(Role::Secretary, Mode::Editing, PageDown));
        assert!(can(Role::Secretary, Mode::Chair, PageUp));
        for chair_key in [Char('n'), Right, Char(' '), Char(']'), Char('g'), Char('e'), Char('+'), Char('s')]
        {
            assert!(!can(Role::Secretary, Mode::Chair, chair_key), "{chair_key:?}");
            assert!(can(Role::Chair, Mode::Chair, chair_key), "{chair_key:?}");
        }
        assert!(can(Role::Secretary, Mode::Chair, Char('x')), "strike a note");
        assert!(!can(Role::Room, Mode::Chair, PageDown));
        assert!(can(Role::Room, Mode::Chair, Char('q')));
    }
}
