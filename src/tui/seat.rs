//! `gavel attach`: a second seat on a running meeting. The secretary's seat, a second chair, or
//! a display for the room. The seat never writes the minutes: it sends requests to the runner,
//! shows what the runner journaled, says plainly when the runner is gone, keeps what it had sent
//! but not seen confirmed, and reconnects by itself.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::Duration;

use chrono::{DateTime, Timelike, Utc};
use ratatui::crossterm::event::{EnableBracketedPaste, Event, KeyCode, KeyEvent};
use ratatui::crossterm::execute;

use super::app::{App, Outgoing, SaveView, Todo};
use super::keymap::{self, Command, Mode};
use super::theme::Theme;
use super::view;
use crate::journal::draft::{Draft, DraftKeeper};
use crate::journal::fs::{Fs, RealFs};
use crate::journal::paths::default_minutes_path;
use crate::journal::read_minutes;
use crate::meeting::{Action, Meeting, fold};
use crate::share::client::{Heard, Link};
use crate::share::protocol::{Role, ToSeat};
use crate::share::socket::socket_path;

pub use super::error::SeatError;

/// The minutes a seat attaches to: named, or the default minutes of an agenda.
pub fn minutes_of(target: Option<&Path>) -> Result<PathBuf, SeatError> {
    let target = target.unwrap_or(Path::new("agenda.yaml"));
    if target.extension().is_some_and(|e| e == "jsonl") {
        return Ok(target.to_owned());
    }
    let agenda = crate::agenda::load_file(target).map_err(|e| SeatError::Agenda(Box::new(e)))?;
    Ok(default_minutes_path(target, agenda.date))
}

enum Wake {
    Terminal(Event),
    /// What a link heard; the number tells one connection from the next, so a late word from
    /// a link already given up cannot end the new one.
    Runner(u64, Heard),
    InputFailed(String),
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

pub fn run(target: Option<&Path>, role: Role) -> Result<(), SeatError> {
    let minutes = minutes_of(target)?;
    // What is on disk now: shown until the runner answers, and if it never does.
    let on_disk = read_minutes(&minutes).map_err(SeatError::Minutes)?;
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(SeatError::NoTerminal);
    }
    let socket = socket_path(&minutes);
    let mut app = App::new(fold(&on_disk.header, &on_disk.entries), minutes.clone());
    app.remote = true;
    app.id_prefix = format!("{}-{}-", role_tag(role), std::process::id());
    app.saved_events = on_disk.entries.len() as u64;
    if role == Role::Secretary && app.mode == Mode::Chair {
        app.mode = Mode::Editing;
    }
    // What this seat typed or sent and the runner had not confirmed, kept beside the minutes so
    // that a seat that crashes loses at most the last two seconds of typing, and no note.
    let mut kept = Kept::new(&minutes, role);
    if role != Role::Room {
        let (draft, outbox) = kept.restore();
        app.editor.insert_str(draft);
        app.outbox = outbox;
    }
    let theme = Theme::from_env();
    let mut terminal = ratatui::try_init().map_err(SeatError::Terminal)?;
    let _restore = super::run::Restore;
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let (tx, wakes) = mpsc::channel();
    super::input::spawn_input(tx.clone(), Wake::Terminal, Wake::InputFailed);
    let mut link: Option<Link> = None;
    let mut connection = 0u64;
    let mut lost: Option<String> = Some("connecting to the runner".into());
    let mut next_try = Utc::now();
    loop {
        let now = Utc::now();
        if link.is_none() && now >= next_try {
            connection += 1;
            match connect(&socket, role, &tx, connection) {
                Ok(l) => {
                    link = Some(l);
                    lost = None;
                }
                Err(e) => {
                    lost = Some(format!("the runner is not reachable ({e}); trying again"));
                    next_try = now + chrono::TimeDelta::seconds(1);
                }
            }
        }
        if role != Role::Room {
            kept.keep(&app, now);
        }
        app.save = match &lost {
            Some(reason) => SaveView::NotSaved(reason.clone()),
            None if app.saved_events >= app.meeting.entry_count() as u64 => SaveView::Saved(None),
            None => SaveView::NotSaved("the runner has not saved everything yet".into()),
        };
        terminal
            .draw(|frame| match role {
                Role::Room => view::room::render(
                    frame,
                    &app.meeting,
                    lost.as_deref().map(|_| "RUNNER GONE"),
                    &theme,
                    now,
                ),
                _ => view::render(frame, &app, &theme, now),
            })
            .map_err(SeatError::Terminal)?;
        let wait = Duration::from_millis(1000 - u64::from(now.nanosecond() / 1_000_000).min(999));
        let woken = match wakes.recv_timeout(wait) {
            Ok(w) => w,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        let now = Utc::now();
        let todos = match woken {
            Wake::InputFailed(e) => return Err(SeatError::Terminal(io::Error::other(e))),
            Wake::Terminal(Event::Key(key)) => match keymap::map(app.mode, key) {
                // The room display draws no question and has nothing to lose: q leaves at once.
                Some(Command::Quit) if role == Role::Room => return Ok(()),
                Some(command) if allowed(role, &command, &key) => app.handle(command, now),
                Some(_) => {
                    app.say(
                        match role {
                            Role::Room => "This is the room display: q leaves it",
                            _ => "This seat takes notes; the chair's keys are on the chair's screen",
                        },
                        now,
                    );
                    Vec::new()
                }
                None => Vec::new(),
            },
            Wake::Terminal(Event::Paste(text)) if role != Role::Room => {
                app.paste(&text);
                Vec::new()
            }
            Wake::Terminal(_) => Vec::new(),
            Wake::Runner(from, _) if from != connection => Vec::new(),
            Wake::Runner(_, Heard::Message(message)) => {
                receive(&mut app, message, &mut link, now);
                Vec::new()
            }
            Wake::Runner(_, Heard::Lost(reason)) => {
                link = None;
                lost = Some(format!("{reason}; reconnecting"));
                next_try = now + chrono::TimeDelta::seconds(1);
                Vec::new()
            }
        };
        for todo in todos {
            match todo {
                Todo::Send(action) => {
                    if link.as_mut().is_none_or(|l| l.act(action.clone()).is_err()) {
                        link = None;
                        // A new note waits in the outbox and goes again once the runner is back;
                        // anything else would be lost without a word.
                        if !matches!(action, Action::CommitNote { .. }) {
                            app.say(
                                "Not done: the runner is not reachable; do it again once it is back",
                                now,
                            );
                        }
                    }
                }
                Todo::Quit { .. } => {
                    if role != Role::Room {
                        kept.keep_now(&app, now);
                    }
                    return Ok(());
                }
                Todo::Append(_) | Todo::Bell => {}
            }
        }
    }
}

fn role_tag(role: Role) -> &'static str {
    match role {
        Role::Secretary => "s",
        Role::Chair => "c",
        Role::Room => "r",
    }
}

fn connect(socket: &Path, role: Role, tx: &Sender<Wake>, connection: u64) -> io::Result<Link> {
    let tx = tx.clone();
    Link::connect(socket, role, move |heard| {
        let _ = tx.send(Wake::Runner(connection, heard));
    })
}

fn receive(app: &mut App, message: ToSeat, link: &mut Option<Link>, now: DateTime<Utc>) {
    match message {
        ToSeat::Welcome { header, entries, saved, .. } => {
            let meeting: Meeting = fold(&header, &entries);
            app.welcome(meeting, saved);
            // Notes sent before a break in the connection go again; the runner keeps each once.
            if let Some(l) = link.as_mut() {
                for out in app.outbox.clone() {
                    let _ = l.act(Action::CommitNote { id: out.id, text: out.text });
                }
            }
        }
        ToSeat::Entries { entries, saved, .. } => app.receive(&entries, saved),
        ToSeat::Saved { saved, .. } => app.saved_events = saved,
        ToSeat::Refused { reason, .. } => app.say(reason, now),
        ToSeat::Goodbye { .. } => {}
    }
}

/// A seat's unconfirmed work on disk: its draft (at most two seconds behind) and its outbox
/// (written as soon as it changes). The runner keeps each note once, so sending them again after
/// a restart of the seat is safe.
struct Kept {
    fs: std::sync::Arc<dyn Fs>,
    outbox_path: PathBuf,
    draft: DraftKeeper,
    draft_path: PathBuf,
    written: Vec<Outgoing>,
}

impl Kept {
    fn new(minutes: &Path, role: Role) -> Kept {
        let fs: std::sync::Arc<dyn Fs> = std::sync::Arc::new(RealFs);
        let draft_path = minutes.with_extension(format!("{}.draft.json", role_word(role)));
        let outbox_path = minutes.with_extension(format!("{}.outbox.json", role_word(role)));
        let restored = DraftKeeper::load(fs.as_ref(), &draft_path).map(|d| d.text).unwrap_or_default();
        let draft = DraftKeeper::new(std::sync::Arc::clone(&fs), &draft_path, &restored);
        Kept { fs, outbox_path, draft, draft_path, written: Vec::new() }
    }

    /// The draft and the unconfirmed notes a previous run of this seat left.
    fn restore(&mut self) -> (String, Vec<Outgoing>) {
        let draft = DraftKeeper::load(self.fs.as_ref(), &self.draft_path).map(|d| d.text).unwrap_or_default();
        let outbox: Vec<Outgoing> = self
            .fs
            .read(&self.outbox_path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        self.written.clone_from(&outbox);
        (draft, outbox)
    }

    fn draft_of(app: &App, now: DateTime<Utc>) -> Draft {
        Draft { text: app.new_note_text(), topic: None, saved_at: app.meeting.agenda().timezone.at(now) }
    }

    fn keep(&mut self, app: &App, now: DateTime<Utc>) {
        let _ = self.draft.keep(&Self::draft_of(app, now), now);
        if app.outbox != self.written {
            let written = if app.outbox.is_empty() {
                match self.fs.remove_file(&self.outbox_path) {
                    Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
                    _ => Ok(()),
                }
            } else {
                serde_json::to_vec(&app.outbox)
                    .map_err(io::Error::other)
                    .and_then(|bytes| self.fs.write_atomic(&self.outbox_path, &bytes))
            };
            if written.is_ok() {
                self.written.clone_from(&app.outbox);
            }
        }
    }

    fn keep_now(&mut self, app: &App, now: DateTime<Utc>) {
        self.keep(app, now);
        let _ = self.draft.keep(&Self::draft_of(app, now), now + chrono::TimeDelta::days(1));
    }
}

fn role_word(role: Role) -> &'static str {
    match role {
        Role::Secretary => "secretary",
        Role::Chair => "chair",
        Role::Room => "room",
    }
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
