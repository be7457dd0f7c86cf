//! The loop: the only place that reads the clock and the terminal. Terminal events and timer
//! ticks become commands; what the meeting asks is done here: append and sync, redraw, bell,
//! quit. The terminal is always given back as it was found.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Timelike, Utc};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

use super::app::{App, SaveView, Todo};
use super::keymap;
use super::theme::Theme;
use super::view;
use crate::agenda;
use crate::journal::draft::{Draft, DraftKeeper};
use crate::journal::fs::{Fs, RealFs};
use crate::journal::paths::{draft_path, twin_path};
use crate::journal::start::{Start, start};
use crate::journal::twin::{Twin, TwinWriter};
use crate::journal::{MinutesJournal, SaveState};
use crate::meeting::{BellWatch, Effect, Entry};
use crate::share::protocol::Role;
use crate::share::server::{SeatNews, Server};

/// What `gavel run` was asked.
pub struct RunOptions {
    pub agenda: PathBuf,
    pub minutes: Option<PathBuf>,
    pub fresh: bool,
}

pub use super::error::RunError;

/// How the run ended, for the lines printed after the screen is gone.
pub struct Ended {
    pub minutes: PathBuf,
    pub rescue: Option<Result<PathBuf, String>>,
    pub signal: bool,
    pub closed: bool,
}

/// Puts the terminal back however the loop ends (return, error, or unwinding).
pub(super) struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}

pub fn run(options: &RunOptions) -> Result<Ended, RunError> {
    // Everything that can fail on bad input fails here, before the terminal is touched.
    let (agenda, sha) =
        agenda::load_file_hashed(&options.agenda).map_err(|e| RunError::Agenda(Box::new(e)))?;
    let fs: Arc<dyn Fs> = Arc::new(RealFs);
    let how = Start {
        agenda: &agenda,
        agenda_path: &options.agenda,
        agenda_sha256: &sha,
        minutes: options.minutes.as_deref(),
        fresh: options.fresh,
    };
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(RunError::NoTerminal);
    }
    let started = start(Arc::clone(&fs), &how).map_err(RunError::Minutes)?;
    for notice in &started.notices {
        eprintln!("{notice}");
    }
    let path = started.journal.path().to_owned();

    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop)).map_err(RunError::Terminal)?;
    }
    install_panic_message(&path);
    let mut terminal = ratatui::try_init().map_err(RunError::Terminal)?;
    let _restore = Restore;
    let _ = execute!(io::stdout(), EnableBracketedPaste);

    let mut app = App::new(started.meeting, path.clone());
    let now = Utc::now();
    if let Some(notice) = started.notices.first() {
        app.say(notice.clone(), now);
    } else if started.resumed {
        app.say("Resumed where it was; the time in between counts as meeting time", now);
    }
    let draft_file = draft_path(&path);
    let restored = DraftKeeper::load(fs.as_ref(), &draft_file);
    if let Some(draft) = &restored {
        app.editor.insert_str(&draft.text);
    }
    let (tx, wakes) = mpsc::channel();
    super::input::spawn_input(tx.clone(), Wake::Terminal, Wake::InputFailed);
    let saved = started.journal.saved_events();
    // The socket for second seats; the meeting runs without it if it cannot be had.
    let server = Server::start(&path, started.header.clone(), started.entries.clone(), saved, move |news| {
        let _ = tx.send(Wake::Seat(news));
    })
    .map_err(|e| app.say(format!("Second seats are off: the socket could not be made ({e})"), now))
    .ok();
    let mut session = Session {
        server,
        journal: started.journal,
        twin: TwinWriter::spawn(Twin::new(Arc::clone(&fs), &twin_path(&path))),
        twin_due: true,
        drafts: DraftKeeper::new(Arc::clone(&fs), &draft_file, restored.as_ref().map_or("", |d| &d.text)),
        bells: BellWatch::new(),
        theme: Theme::from_env(),
    };
    let ended = session.run(&mut terminal, &mut app, &stop, &wakes).map_err(RunError::Terminal)?;
    drop(session);
    drop(_restore);
    Ok(Ended { minutes: path, closed: app.meeting.state() == crate::meeting::State::Closed, ..ended })
}

/// After ratatui's own hook has restored the terminal: what happened, and where the minutes are.
fn install_panic_message(path: &Path) {
    let path = path.to_owned();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        eprintln!(
            "\ngavel stopped because of an error in gavel itself. Every saved note is in {}; run gavel again to resume the meeting.",
            path.display()
        );
    }));
}

/// At most this many waiting keys and seat requests are handled before the screen is drawn.
const MAX_BATCH: usize = 256;

/// What wakes the loop: a key, a seat, or the end of the terminal's input.
pub enum Wake {
    Terminal(Event),
    Seat(SeatNews),
    InputFailed(String),
}

fn role_word(role: Role) -> &'static str {
    match role {
        Role::Secretary => "secretary",
        Role::Chair => "chair",
        Role::Room => "room display",
    }
}

struct Session {
    server: Option<Server>,
    journal: MinutesJournal,
    twin: TwinWriter,
    twin_due: bool,
    drafts: DraftKeeper,
    bells: BellWatch,
    theme: Theme,
}

impl Session {
    fn run(
        &mut self,
        terminal: &mut DefaultTerminal,
        app: &mut App,
        stop: &AtomicBool,
        wakes: &Receiver<Wake>,
    ) -> io::Result<Ended> {
        let mut drawn_second = None;
        let mut dirty = true;
        let mut last_twin = Utc::now() - TimeDelta::seconds(10);
        // The first look only records where the timers stand: no bell for what already happened.
        self.bells.observe(&app.meeting, Utc::now());
        loop {
            let now = Utc::now();
            if stop.load(Ordering::Relaxed) {
                self.journal.flush();
                self.keep_draft_now(app, now);
                let _ = self.twin.settle();
                return Ok(Ended { minutes: PathBuf::new(), rescue: None, signal: true, closed: false });
            }
            if self.journal.state() != &SaveState::Saved {
                self.journal.flush();
                dirty |= self.note_save(app, now);
            }
            if let Some(Effect::Bell { .. }) = self.bells.observe(&app.meeting, now) {
                ring();
            }
            self.keep_draft(app, now);
            if self.twin_due && now - last_twin >= TimeDelta::seconds(1) {
                self.twin.offer(crate::minutes::markdown(&app.meeting, Some(self.journal.fingerprint())));
                self.twin_due = false;
                last_twin = now;
            }
            let second = now.timestamp();
            if dirty || drawn_second != Some(second) {
                terminal.draw(|frame| view::render(frame, app, &self.theme, now))?;
                drawn_second = Some(second);
                dirty = false;
            }
            // Sleep until the next second (the clocks on screen), or sooner for the draft, or
            // until a key or a seat wakes the loop.
            let mut wake = Duration::from_millis(1000 - u64::from(now.nanosecond() / 1_000_000).min(999));
            if let Some(due) = self.drafts.deadline(&app.new_note_text()) {
                let until = (due - now).to_std().unwrap_or(Duration::ZERO);
                wake = wake.min(until.max(Duration::from_millis(10)));
            }
            let first = match wakes.recv_timeout(wake) {
                Ok(woken) => woken,
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(io::Error::other("the terminal stopped sending input"));
                }
            };
            // Whatever else is waiting is handled with it: under many seats the entries of the
            // batch are written with one sync (each still counts as saved only after it), and
            // the screen is drawn once.
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH
                && let Ok(more) = wakes.try_recv()
            {
                batch.push(more);
            }
            dirty = true;
            let mut to_append = Vec::new();
            for woken in batch {
                let now = Utc::now();
                let todos = match woken {
                    Wake::Terminal(Event::Key(key)) => match keymap::map(app.mode, key) {
                        Some(command) => app.handle(command, now),
                        None => Vec::new(),
                    },
                    Wake::Terminal(Event::Paste(text)) => {
                        app.paste(&text);
                        Vec::new()
                    }
                    Wake::Terminal(_) => Vec::new(),
                    Wake::InputFailed(e) => return Err(io::Error::other(e)),
                    Wake::Seat(news) => self.seat_news(app, news, now),
                };
                for todo in todos {
                    match todo {
                        Todo::Append(entries) => to_append.extend(entries),
                        Todo::Bell => ring(),
                        // Only a second seat sends; the runner applies its own actions.
                        Todo::Send(_) => {}
                        Todo::Quit { rescue } => {
                            self.append(app, &to_append, now);
                            self.journal.flush();
                            self.keep_draft_now(app, now);
                            let _ = self.twin.settle();
                            let rescue =
                                rescue.then(|| self.journal.rescue(&now.format("%Y%m%d-%H%M%S").to_string()));
                            return Ok(Ended {
                                minutes: PathBuf::new(),
                                rescue,
                                signal: false,
                                closed: false,
                            });
                        }
                    }
                }
            }
            self.append(app, &to_append, Utc::now());
        }
    }

    /// Writes entries to the journal (one sync for all), tells the seats, and clears the draft
    /// once the note it held is committed.
    fn append(&mut self, app: &mut App, entries: &[Entry], now: DateTime<Utc>) {
        if entries.is_empty() {
            return;
        }
        let was_note = entries.iter().any(|e| matches!(e.event, crate::meeting::Event::NoteCommitted { .. }));
        self.journal.append_entries(entries);
        self.note_save(app, now);
        if let Some(server) = &self.server {
            server.publish(entries, self.journal.saved_events());
        }
        self.twin_due = true;
        if was_note && app.new_note_text().is_empty() {
            let _ = self.drafts.clear();
        }
    }

    /// A seat asked for something, came or went.
    fn seat_news(&mut self, app: &mut App, news: SeatNews, now: DateTime<Utc>) -> Vec<Todo> {
        match news {
            SeatNews::Request(request) => match app.apply_from_seat(request.action, now) {
                Ok(todos) => todos,
                Err(reason) => {
                    if let Some(server) = &self.server {
                        server.refuse(request.seat, request.request, &reason);
                    }
                    Vec::new()
                }
            },
            SeatNews::Joined { role, .. } => {
                app.say(format!("A {} seat attached", role_word(role)), now);
                Vec::new()
            }
            SeatNews::Left { reason, .. } => {
                app.say(format!("A seat left: {reason}"), now);
                Vec::new()
            }
        }
    }

    /// Copies the journal's save state to the screen; says whether it changed.
    fn note_save(&self, app: &mut App, now: DateTime<Utc>) -> bool {
        let view = match self.journal.state() {
            SaveState::Saved => SaveView::Saved(Some(app.meeting.agenda().timezone.at(now))),
            SaveState::NotSaved(reason) => SaveView::NotSaved(reason.clone()),
        };
        app.unsaved = self.journal.unsaved();
        app.saved_events = self.journal.saved_events();
        if let Some(server) = &self.server {
            let problem = match self.journal.state() {
                SaveState::Saved => None,
                SaveState::NotSaved(reason) => Some(reason.clone()),
            };
            server.saved(self.journal.saved_events(), problem);
        }
        let changed = std::mem::discriminant(&view) != std::mem::discriminant(&app.save);
        app.save = view;
        changed
    }

    fn draft_of(app: &App, now: DateTime<Utc>) -> Draft {
        let p = app.meeting.position();
        Draft {
            text: app.new_note_text(),
            topic: Some((p.session, p.topic)),
            saved_at: app.meeting.agenda().timezone.at(now),
        }
    }

    fn keep_draft(&mut self, app: &App, now: DateTime<Utc>) {
        let _ = self.drafts.keep(&Self::draft_of(app, now), now);
    }

    fn keep_draft_now(&mut self, app: &App, now: DateTime<Utc>) {
        // On the way out, whatever the interval says.
        let _ = self.drafts.keep(&Self::draft_of(app, now), now + TimeDelta::days(1));
    }
}

fn ring() {
    let mut out = io::stdout();
    let _ = out.write_all(b"\x07");
    let _ = out.flush();
}
