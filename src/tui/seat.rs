//! `gavel attach`: a second seat on a running meeting. The secretary's seat or a second chair
//! ([`Seat`]), or a display for the room ([`Room`]). A seat never writes the minutes: it sends
//! requests to the runner, shows what the runner journaled, says plainly when the runner is gone,
//! keeps what it sent but has not seen confirmed (its [`Outbox`]), and reconnects by itself.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Timelike, Utc};
use i18n_embed_fl::fl;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::desk::{Acted, Desk, Hand, Step};
use super::error::SeatError;
use super::keymap::{self, Command, Mode};
use super::look::{Marks, Question, SaveView};
use super::runtime::{self, Happening, Program, Response, Waker};
use super::theme::Theme;
use super::view;
use crate::i18n::current;
use crate::journal::fs::RealFs;
use crate::journal::read_minutes;
use crate::meeting::{Action, Entry, Event, Meeting, NoteId, Refusal, State, fold};
use crate::share::client::{Attachment, Heard};
use crate::share::outbox::{Outbox, Outgoing};
use crate::share::protocol::{MAX_LINE, Role, ToRunner, ToSeat, VERSION, line};
use crate::share::socket::socket_path;

/// What a seat's link heard, with the number of the connection that heard it.
pub type LinkNews = (u64, Heard);

/// The minutes a seat attaches to: named, or those an agenda's meeting runs on today (its own,
/// or today's rehearsal).
pub fn minutes_of(target: Option<&Path>) -> Result<PathBuf, SeatError> {
    let target = target.unwrap_or(Path::new("agenda.yaml"));
    if target.extension().is_some_and(|e| e == "jsonl") {
        return Ok(target.to_owned());
    }
    let agenda = crate::agenda::load_file(target).map_err(|e| SeatError::Agenda(Box::new(e)))?;
    let today = agenda.timezone.at(chrono::Utc::now()).date_naive();
    Ok(crate::journal::start::running_minutes(target, &agenda, today))
}

/// What a key does on a seat: a secretary's PageDown and PageUp go through the notes, never
/// the meeting (only the chair's screen and a chair seat move it), in the editor too.
pub fn seat_command(role: Role, mode: Mode, key: KeyEvent) -> Option<Command> {
    match (role, key.code) {
        (Role::Secretary, KeyCode::PageDown) => Some(Command::PickNote(1)),
        (Role::Secretary, KeyCode::PageUp) => Some(Command::PickNote(-1)),
        _ => keymap::map(mode, key),
    }
}

/// Keys a seat may use: the secretary has the editor and the notes, none of the chair's; the
/// room display, only quit and help.
pub fn allowed(role: Role, command: &Command, _key: &KeyEvent) -> bool {
    match (role, command) {
        (Role::Chair, _) => true,
        (_, Command::Quit | Command::Yes | Command::No | Command::Help | Command::Back) => true,
        (Role::Room, _) => false,
        (Role::Secretary, Command::Meeting(action)) => role.may(action),
        (
            Role::Secretary,
            Command::OpenPauseResume | Command::OpenJump | Command::Close | Command::RoomReady(_),
        ) => false,
        (Role::Secretary, _) => true,
    }
}

/// A seat's hand: every action goes to the runner; a new note waits in the outbox until the
/// runner has journaled it.
struct Remote {
    attachment: Option<Attachment>,
    outbox: Outbox,
    /// The notes sent on this connection, by request number: a refusal names its request.
    requests: std::collections::HashMap<u64, NoteId>,
    /// Why what this seat holds (its draft, its outbox) cannot be kept on disk, while it cannot.
    risk: Option<String>,
}

impl Remote {
    fn send(&mut self, action: Action) -> bool {
        let note = match &action {
            Action::CommitNote { id, .. } | Action::CommitWrittenNote { id, .. } => Some(id.clone()),
            _ => None,
        };
        match self.attachment.as_mut().and_then(|a| a.act(action)) {
            Some(request) => {
                if let Some(id) = note {
                    self.requests.insert(request, id);
                }
                true
            }
            None => false,
        }
    }
}

impl Hand for Remote {
    fn act(&mut self, meeting: &mut Meeting, action: Action, now: DateTime<Utc>) -> Result<Acted, Refusal> {
        if let Action::CommitNote { id, text } = &action {
            let on = (meeting.state() != State::NotOpened).then(|| meeting.position());
            let at = Some(meeting.agenda().timezone.at(now));
            let out = Outgoing { id: id.clone(), text: text.clone(), on, at, event: None };
            // A note the protocol cannot carry is refused here, before it is sent: sent, it
            // would end the connection, and again at every reconnection.
            let request = ToRunner::Act { v: VERSION, request: u64::MAX, action: out.action() };
            if line(&request).len() > MAX_LINE {
                return Ok(Acted::TooLong { limit: MAX_LINE });
            }
            self.send(out.action());
            // Kept in the outbox, it goes again once the runner is back; the draft that held
            // it is gone from the disk at once.
            self.outbox.push(out);
            if let Err(e) = self.outbox.clear_draft() {
                self.risk = Some(e);
            }
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
    name: String,
    theme: Theme,
    /// Connections the runner has welcomed.
    welcomes: u64,
}

/// The next whole second after `now`: when the clocks on screen change.
fn next_second(now: DateTime<Utc>) -> DateTime<Utc> {
    now + TimeDelta::milliseconds(1000 - i64::from(now.nanosecond() / 1_000_000).min(999))
}

impl Seat {
    /// A seat of `role` on the minutes at `minutes`, showing `meeting` (what is on disk) until
    /// the runner answers; what an earlier run of this seat left is taken back.
    pub fn new(minutes: &Path, meeting: Meeting, saved: u64, role: Role, name: &str, theme: Theme) -> Seat {
        let (outbox, draft) = Outbox::open(Arc::new(RealFs), minutes, role, name, std::process::id());
        let home = if role == Role::Secretary { Mode::Secretary } else { Mode::Chair };
        let mut desk = Desk::at_home(meeting, home);
        if desk.mode == Mode::Secretary {
            desk.mode = Mode::Editing;
        }
        desk.editor.area.insert_str(draft);
        Seat {
            desk,
            role,
            hand: Remote { attachment: None, outbox, requests: Default::default(), risk: None },
            marks: Marks::all_saved(saved),
            socket: socket_path(minutes),
            name: name.to_owned(),
            theme,
            welcomes: 0,
        }
    }

    /// Starts connecting to the runner; what the link hears reaches the program through `waker`.
    pub fn attach(&mut self, waker: Waker<LinkNews>, now: DateTime<Utc>) {
        self.hand.attachment = Some(Attachment::new(
            &self.socket,
            self.role,
            Some(&self.name),
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

    /// How many times the runner has welcomed this seat (once per connection).
    /// Whether the seat is connected to its runner now.
    pub fn connected(&self) -> bool {
        self.lost().is_none()
    }

    pub fn welcomes(&self) -> u64 {
        self.welcomes
    }

    /// What the editor holds.
    pub fn editor_text(&self) -> String {
        self.desk.editor.text()
    }

    /// Notes sent and not yet confirmed on disk.
    pub fn outbox_len(&self) -> usize {
        self.hand.outbox.notes().len()
    }

    fn lost(&self) -> Option<String> {
        match &self.hand.attachment {
            None => Some(fl!(current(), "seat-connecting")),
            Some(a) => a.lost().map(str::to_owned),
        }
    }

    fn receive(&mut self, message: ToSeat, now: DateTime<Utc>) {
        match message {
            ToSeat::Welcome { header, entries, saved, .. } => {
                // A new connection numbers its requests afresh.
                self.hand.requests.clear();
                self.welcomes += 1;
                self.desk.meeting = fold(&header, &entries);
                self.marks = Marks::all_saved(saved);
                self.desk.follow_state();
                // Notes of this seat the runner already has are placed where it journaled them,
                // and leave once that place is on disk.
                self.hand.outbox.arrived(&entries, 1);
                for out in self.hand.outbox.notes() {
                    if let Some(event) = out.event {
                        self.marks.committed(out.id.clone(), event);
                    }
                }
                self.hand.outbox.saved(saved);
                // Notes the runner does not have go again, as written: on their own topic, with
                // their own time. The runner keeps each once.
                for out in self.hand.outbox.unsent() {
                    self.hand.send(out.action());
                }
            }
            ToSeat::Entries { entries, saved, .. } => self.fold_in(&entries, saved),
            ToSeat::Saved { saved, .. } => {
                self.marks.saved_events = saved;
                self.hand.outbox.saved(saved);
            }
            ToSeat::Refused { request, reason, why, .. } => {
                // In this seat's own words when the runner said why as data; else the runner's.
                let reason = why.as_ref().map_or(reason, crate::words::refusal);
                let note = self.hand.requests.remove(&request).and_then(|id| self.hand.outbox.refused(&id));
                match note {
                    // A refused note leaves the outbox; its words come back to the editor when
                    // nothing else is being typed there.
                    Some(out) => {
                        if self.desk.editor.text().is_empty() && self.desk.editor.editing.is_none() {
                            self.desk.editor.area.insert_str(&out.text);
                        }
                        self.desk.say(fl!(current(), "seat-note-not-saved", reason = reason.as_str()), now);
                    }
                    None => self.desk.say(reason, now),
                }
            }
            ToSeat::Goodbye { .. } => {}
        }
    }

    fn fold_in(&mut self, entries: &[Entry], saved: u64) {
        let first = self.desk.meeting.entry_count() as u64 + 1;
        for entry in entries {
            self.desk.meeting.fold_in(entry);
            if let Event::NoteCommitted { id, .. } = &entry.event {
                self.marks.committed(id.clone(), self.desk.meeting.entry_count() as u64);
            }
        }
        self.hand.outbox.arrived(entries, first);
        self.hand.outbox.saved(saved);
        self.marks.saved_events = saved;
        self.desk.follow_state();
    }

    fn keep(&mut self, now: DateTime<Utc>, all: bool) {
        let draft = self.desk.editor.new_note_text();
        let zone_now = self.desk.meeting.agenda().timezone.at(now);
        if all {
            self.hand.outbox.keep_now(&draft, zone_now, now);
        } else {
            self.hand.risk = self.hand.outbox.keep(&draft, zone_now, now).err();
        }
    }
}

impl Seat {
    fn key(&mut self, key: KeyEvent, now: DateTime<Utc>) -> Response {
        match seat_command(self.role, self.desk.mode, key) {
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
                self.desk.say(fl!(current(), "seat-takes-notes"), now);
                Response::REDRAW
            }
            None => Response::SAME,
        }
    }
}

impl Program for Seat {
    type News = LinkNews;

    fn update(&mut self, happening: Happening<LinkNews>, now: DateTime<Utc>) -> Response {
        match happening {
            Happening::Key(key) => {
                // With the Korean keyboard on, a jamo outside the editor is the key that typed it.
                let mut response = Response::SAME;
                for (latin, typed) in super::jamo::keys(key, self.desk.mode.is_typing()) {
                    let key = if self.desk.mode == Mode::Editing { typed } else { latin };
                    response = response.and(self.key(key, now));
                    if response.quit {
                        break;
                    }
                }
                response
            }
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
        let closed = self.desk.meeting.state() == State::Closed;
        let save = match self.lost() {
            // The runner has closed the meeting and gone: nothing is lost, nothing will come.
            Some(_) if closed && self.hand.outbox.notes().is_empty() => {
                SaveView::Ended(crate::words::seat_meeting_closed())
            }
            Some(reason) => SaveView::NotSaved(reason),
            None if self.marks.saved_events >= self.desk.meeting.entry_count() as u64 => {
                SaveView::Saved(None)
            }
            None => SaveView::NotSaved(fl!(current(), "seat-runner-behind")),
        };
        let sending = self.hand.outbox.unsent();
        let mut look = self.desk.look(&save, &self.marks, &sending, now);
        let risk =
            self.hand.risk.as_ref().map(|why| fl!(current(), "seat-outbox-not-kept", why = why.as_str()));
        look.warning = risk.as_deref();
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
            None,
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
            Happening::Key(key) => {
                let quits = super::jamo::keys(key, false)
                    .into_iter()
                    .any(|(latin, _)| keymap::map(Mode::Chair, latin) == Some(Command::Quit));
                if quits { Response::QUIT } else { Response::SAME }
            }
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
        let lost = self.attachment.as_ref().is_none_or(|a| a.lost().is_some());
        let gone = lost.then(|| fl!(current(), "room-runner-gone"));
        view::room::render(frame, &self.meeting, gone.as_deref(), &self.theme, now);
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
pub fn run(target: Option<&Path>, role: Role, name: Option<&str>) -> Result<(), SeatError> {
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
            let name = name.unwrap_or(crate::share::outbox::role_word(role));
            let mut seat = Seat::new(&minutes, meeting, saved, role, name, theme);
            runtime::run_on_terminal(&mut seat, None, |seat, waker| seat.attach(waker, Utc::now()))
        }
    };
    result.map_err(SeatError::Terminal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn can(role: Role, mode: Mode, code: KeyCode) -> bool {
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        seat_command(role, mode, key).is_some_and(|c| allowed(role, &c, &key))
    }

    fn does(role: Role, mode: Mode, code: KeyCode) -> Option<Command> {
        seat_command(role, mode, KeyEvent::new(code, KeyModifiers::NONE))
    }

    /// The secretary's seat has the editor and the notes; it never moves the meeting, its
    /// PageDown and PageUp go through the notes, in the editor too. The chair's screen keeps
    /// them as a presentation clicker in every focus.
    #[test]
    fn the_secretary_has_the_editor_and_the_notes_only() {
        use KeyCode::{Char, Enter, Esc, PageDown, PageUp, Right, Tab, Up};
        assert!(can(Role::Secretary, Mode::Editing, Char('가')));
        assert!(can(Role::Secretary, Mode::Editing, Enter));
        for mode in [Mode::Editing, Mode::Secretary] {
            assert_eq!(does(Role::Secretary, mode, PageDown), Some(Command::PickNote(1)));
            assert_eq!(does(Role::Secretary, mode, PageUp), Some(Command::PickNote(-1)));
        }
        for chair_key in [Char('n'), Right, Char(' '), Char(']'), Char('g'), Char('e'), Char('+'), Char('s')]
        {
            assert!(!can(Role::Secretary, Mode::Secretary, chair_key), "{chair_key:?}");
            assert!(can(Role::Chair, Mode::Chair, chair_key), "{chair_key:?}");
        }
        for (key, command) in [
            (Char('x'), Command::StrikeNote),
            (Up, Command::PickNote(-1)),
            (Enter, Command::EditNote),
            (Tab, Command::FocusEditor),
            (Esc, Command::Back),
            (Char('?'), Command::Help),
            (Char('q'), Command::Quit),
        ] {
            assert_eq!(does(Role::Secretary, Mode::Secretary, key), Some(command.clone()), "{key:?}");
            assert!(can(Role::Secretary, Mode::Secretary, key), "{key:?}");
        }
        assert_eq!(does(Role::Chair, Mode::Editing, PageDown), Some(Command::Meeting(Action::NextTopic)));
        assert!(!can(Role::Room, Mode::Chair, PageDown));
        assert!(can(Role::Room, Mode::Chair, Char('q')));
    }
}
