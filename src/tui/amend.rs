//! `gavel amend MINUTES --by NAME` on a terminal: the closed meeting's notes, for correction
//! only. Pick a note, correct its words or strike it out, give the reason; each correction is
//! journaled at once (`journal::closed::change`), with who and why, and the readable copy
//! follows. Nothing else about the meeting can change here.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use i18n_embed_fl::fl;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::error::AmendError;
use super::keymap::{self, Command, Mode};
use super::look::NoteEditor;
use super::runtime::{self, Happening, Program, Response};
use super::theme::Theme;
use super::view::{self, clean, fit, pad, width};
use crate::i18n::current;
use crate::journal::closed::{change, read_closed, refresh_twin};
use crate::journal::fs::{Fs, RealFs};
use crate::meeting::{Action, Meeting, Refusal, State};

/// A correction waiting for its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pending {
    /// New words for the picked note.
    Words(String),
    /// Strike the picked note out.
    Strike,
}

/// The correction screen: the notes of closed minutes, one picked.
pub struct Amend {
    path: PathBuf,
    by: String,
    fs: Arc<dyn Fs>,
    pub meeting: Meeting,
    pub mode: Mode,
    /// The picked note, an index into the meeting's notes.
    pub pick: usize,
    pub editor: NoteEditor,
    pending: Option<Pending>,
    /// The reason being typed.
    pub reason: String,
    hint: Option<(String, DateTime<Utc>)>,
    theme: Theme,
}

const HINT_FOR: TimeDelta = TimeDelta::seconds(5);

impl Amend {
    /// The screen on the closed minutes at `path`, corrections to be made by `by`. Minutes that
    /// are not closed, or are signed off, are refused before any screen.
    pub fn open(path: &Path, by: &str, fs: Arc<dyn Fs>) -> Result<Amend, AmendError> {
        let read = read_closed(path).map_err(AmendError::Open)?;
        if read.meeting.sealed().is_some() {
            return Err(AmendError::Refused(Refusal::Sealed));
        }
        if read.meeting.state() != State::Closed {
            return Err(AmendError::Refused(Refusal::NotClosed));
        }
        if crate::text::is_blank(by) {
            return Err(AmendError::Refused(Refusal::NoName));
        }
        Ok(Amend {
            path: path.to_owned(),
            by: by.trim().to_owned(),
            fs,
            meeting: read.meeting,
            mode: Mode::Amend,
            pick: 0,
            editor: NoteEditor::default(),
            pending: None,
            reason: String::new(),
            hint: None,
            theme: Theme::from_env(),
        })
    }

    fn say(&mut self, text: String, now: DateTime<Utc>) {
        self.hint = Some((text, now + HINT_FOR));
    }

    /// A key, as the keymap reads it in the screen's mode.
    pub fn key(&mut self, key: KeyEvent, now: DateTime<Utc>) -> Response {
        let Some(command) = keymap::map(self.mode, key) else { return Response::SAME };
        self.handle(command, now)
    }

    pub fn handle(&mut self, command: Command, now: DateTime<Utc>) -> Response {
        let count = self.meeting.notes().len();
        match command {
            Command::PickNote(by) => {
                self.pick =
                    (self.pick as i64 + i64::from(by)).clamp(0, count.saturating_sub(1) as i64) as usize;
            }
            Command::EditNote => match self.meeting.notes().get(self.pick) {
                Some(note) if note.is_struck() => {
                    let refusal = Refusal::NoteStruck { id: note.id.clone() };
                    self.say(crate::words::refusal(&refusal), now);
                }
                Some(note) => {
                    let text = note.text().to_owned();
                    self.editor.set_text(&text);
                    self.mode = Mode::Editing;
                }
                None => {}
            },
            Command::StrikeNote => match self.meeting.notes().get(self.pick) {
                Some(note) if note.is_struck() => {
                    let refusal = Refusal::NoteStruck { id: note.id.clone() };
                    self.say(crate::words::refusal(&refusal), now);
                }
                Some(_) => self.ask_reason(Pending::Strike),
                None => {}
            },
            Command::CommitNote => {
                let words = self.editor.text();
                self.ask_reason(Pending::Words(words));
            }
            Command::EditorKey(key) => {
                self.editor.area.input(key);
            }
            Command::InputKey(key) => match key.code {
                KeyCode::Char(c) if !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
                    self.reason.push(c);
                }
                KeyCode::Backspace => {
                    self.reason.pop();
                }
                _ => {}
            },
            Command::InputDone => self.correct(now),
            Command::Back => {
                self.mode = match self.mode {
                    // Back from the reason to the words, which are kept.
                    Mode::LineInput if matches!(self.pending, Some(Pending::Words(_))) => Mode::Editing,
                    _ => Mode::Amend,
                };
                self.pending = None;
            }
            Command::Help => self.mode = Mode::Help,
            Command::Quit => return Response::QUIT,
            _ => {}
        }
        Response::REDRAW
    }

    fn ask_reason(&mut self, pending: Pending) {
        self.pending = Some(pending);
        self.reason.clear();
        self.mode = Mode::LineInput;
    }

    /// The correction waiting, with its reason, journaled.
    fn correct(&mut self, now: DateTime<Utc>) {
        let (Some(pending), Some(note)) = (self.pending.take(), self.meeting.notes().get(self.pick)) else {
            self.mode = Mode::Amend;
            return;
        };
        let id = note.id.clone();
        let text = match pending {
            Pending::Words(words) => Some(words),
            Pending::Strike => None,
        };
        let (by, reason) = (self.by.clone(), self.reason.clone());
        let action = |_: &str| Action::Correct {
            id: id.clone(),
            text: text.clone(),
            by: by.clone(),
            reason: reason.clone(),
        };
        match change(Arc::clone(&self.fs), &self.path, action, now) {
            Ok(changed) => {
                if let Err(why) = refresh_twin(&self.path, &changed.meeting, &changed.after) {
                    self.say(why, now);
                } else {
                    let l = current();
                    let said = if text.is_some() {
                        fl!(l, "amend-screen-corrected")
                    } else {
                        fl!(l, "amend-screen-struck")
                    };
                    self.say(said, now);
                }
                self.meeting = changed.meeting;
                self.editor.clear();
                self.mode = Mode::Amend;
            }
            Err(e) => {
                // Refused (no reason, nothing changed…) or not written: said, and the words stay
                // where they were typed.
                self.say(e.to_string(), now);
                self.pending = Some(match text {
                    Some(words) => Pending::Words(words),
                    None => Pending::Strike,
                });
            }
        }
    }

    fn hint_at(&self, now: DateTime<Utc>) -> Option<&str> {
        self.hint.as_ref().filter(|(_, until)| now < *until).map(|(t, _)| t.as_str())
    }

    /// The screen: who corrects, the notes, the editor or the reason, the keys.
    pub fn render(&self, frame: &mut Frame, now: DateTime<Utc>) {
        if !view::fits(frame, &self.theme) {
            return;
        }
        let l = current();
        let theme = &self.theme;
        let area = frame.area();
        let bottom = match self.mode {
            Mode::Editing => 5,
            Mode::LineInput => 2,
            _ => 0,
        };
        let [top, list, lower, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(bottom),
            Constraint::Length(1),
        ])
        .areas(area);
        let title = clean(&self.meeting.agenda().title).into_owned();
        let who = fl!(l, "amend-screen-by", by = clean(&self.by).into_owned());
        let room = (area.width as usize).saturating_sub(width(&who) + 2);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(pad(&title, room), theme.title()),
                Span::styled(format!(" {who} "), theme.current()),
            ])),
            top,
        );
        let notes = self.meeting.notes();
        let room = list.width as usize;
        let lines: Vec<Line> = notes
            .iter()
            .enumerate()
            .map(|(i, note)| {
                let topic = note.on.map_or_else(
                    || fl!(l, "md-before-opening-lower"),
                    |p| format!("{}.{}", p.session + 1, p.topic + 1),
                );
                // The words as typed: what a correction changes.
                let mut text = format!(
                    "{:>6} {} {}",
                    topic,
                    note.taken_at().format("%H:%M"),
                    clean(note.text().lines().next().unwrap_or_default())
                );
                if note.is_struck() {
                    text.push_str(&format!(" ({})", fl!(l, "notes-struck")));
                } else if self.meeting.corrections().iter().any(|c| c.note == note.id) {
                    text.push_str(&format!(" ({})", fl!(l, "amend-screen-was-corrected")));
                }
                let style = if i == self.pick {
                    theme.current()
                } else if note.is_struck() {
                    theme.struck()
                } else {
                    Style::new()
                };
                Line::from(Span::styled(pad(&text, room), style))
            })
            .collect();
        let lines = if lines.is_empty() {
            vec![Line::styled(fl!(l, "amend-screen-no-notes"), theme.dim())]
        } else {
            lines
        };
        let height = list.height as usize;
        let scroll = if lines.len() <= height {
            0
        } else {
            self.pick.saturating_sub(height / 2).min(lines.len() - height)
        };
        frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), list);
        match self.mode {
            Mode::Editing => {
                let block = Block::new()
                    .borders(Borders::TOP)
                    .title(Span::styled(fl!(l, "amend-screen-editor"), theme.label()));
                let inner = block.inner(lower);
                frame.render_widget(block, lower);
                frame.render_widget(&self.editor.area, inner);
            }
            Mode::LineInput => {
                let prompt = fl!(l, "amend-screen-reason");
                let line = Line::from(vec![
                    Span::styled(format!("{prompt} "), theme.label()),
                    Span::raw(format!("{}_", clean(&self.reason))),
                ]);
                frame.render_widget(Paragraph::new(vec![Line::raw(""), line]), lower);
            }
            _ => {}
        }
        let keys: Vec<(String, String)> = match self.mode {
            Mode::Editing => {
                vec![("Enter".into(), fl!(l, "key-reason")), ("Esc".into(), fl!(l, "key-cancel"))]
            }
            Mode::LineInput => {
                vec![("Enter".into(), fl!(l, "amend-screen-key-save")), ("Esc".into(), fl!(l, "key-back"))]
            }
            _ => vec![
                (fl!(l, "key-name-up-down"), fl!(l, "key-pick")),
                ("Enter".into(), fl!(l, "amend-screen-key-correct")),
                ("x".into(), fl!(l, "key-strike")),
                ("q".into(), fl!(l, "key-quit")),
            ],
        };
        let line = match self.hint_at(now) {
            Some(hint) => Line::styled(fit(&format!(" {}", clean(hint)), area.width as usize), theme.hint()),
            None => {
                let mut spans = vec![
                    Span::styled(format!(" {} ", fl!(l, "seat-amend")), theme.current()),
                    Span::raw(" "),
                ];
                for (key, what) in keys {
                    spans.push(Span::styled(key, theme.key()));
                    spans.push(Span::raw(format!(" {what}  ")));
                }
                Line::from(spans)
            }
        };
        frame.render_widget(Paragraph::new(line), hints);
        if self.mode == Mode::Help {
            let rows = keymap::help_rows(Mode::Amend);
            let help: Vec<Line> = rows
                .iter()
                .map(|(k, w)| Line::from(vec![Span::styled(pad(k, 12), theme.key()), Span::raw(w.clone())]))
                .collect();
            let popup = view::centered(list, list.width.saturating_sub(4).min(90), help.len() as u16 + 2);
            frame.render_widget(ratatui::widgets::Clear, popup);
            let block =
                Block::bordered().title(Span::styled(format!(" {} ", fl!(l, "help-title")), theme.title()));
            frame.render_widget(Paragraph::new(help).block(block), popup);
        }
    }
}

impl Program for Amend {
    type News = ();

    fn update(&mut self, happening: Happening<()>, now: DateTime<Utc>) -> Response {
        match happening {
            Happening::Key(key) => {
                // With the Korean keyboard on, a jamo is the key that typed it, but where text is
                // typed (the words, the reason).
                let typing = self.mode.is_typing();
                let mut response = Response::SAME;
                for (latin, _) in super::jamo::keys(key, typing) {
                    response = response.and(self.key(latin, now));
                    if response.quit {
                        break;
                    }
                }
                response
            }
            Happening::Paste(text) if self.mode == Mode::Editing => {
                self.editor.area.insert_str(text.replace("\r\n", "\n").replace('\r', "\n"));
                Response::REDRAW
            }
            Happening::Resized | Happening::Tick => Response::REDRAW,
            Happening::Stop(_) => Response::QUIT,
            Happening::Paste(_) | Happening::News(()) => Response::SAME,
        }
    }

    fn draw(&self, frame: &mut Frame, now: DateTime<Utc>) {
        self.render(frame, now);
    }

    fn next_wake(&self, _now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.hint.as_ref().map(|(_, until)| *until)
    }
}

/// `gavel amend MINUTES --by NAME` on a terminal: until q.
pub fn run(path: &Path, by: &str) -> Result<(), AmendError> {
    let mut amend = Amend::open(path, by, Arc::new(RealFs))?;
    runtime::run_on_terminal(&mut amend, None, |_, _| {}).map_err(AmendError::Terminal)
}
