//! Replay: a saved meeting seen again as it was at any moment, read-only. The screen is the live
//! screen's panes, drawn from the same fold of the journal up to the chosen instant; a timeline
//! across the bottom shows where the replay stands.
//!
//! Seeking is fast on long journals because the fold is kept at every [`SNAPSHOT_EVERY`] entries:
//! a seek clones the nearest snapshot before the target and folds the few entries after it.

use std::io;
use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::app::{App, SaveView};
use super::keymap::{Key, Mode};
use super::theme::Theme;
use super::view::{self, centered};
use crate::journal::{Minutes, OpenError, read_minutes};
use crate::meeting::{Entry, Event as MeetingEvent, Header, Meeting, State, fold};

/// How often the fold is kept whole for seeking.
pub const SNAPSHOT_EVERY: usize = 8192;

/// Playback speeds.
pub const SPEEDS: [u32; 3] = [1, 10, 60];

/// What the replay screen is showing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// The live screen as it was.
    Screen,
    /// Planned against actual, decisions, action items.
    Summary,
    Help,
    /// Typing a clock time to seek to.
    Seek(String),
}

/// A replay command, from a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplayCommand {
    StepForward,
    StepBack,
    NextTopic,
    PreviousTopic,
    NextSession,
    PreviousSession,
    Start,
    End,
    PlayPause,
    Speed(u32),
    Seek,
    Summary,
    Help,
    Scroll(i32),
    Quit,
}

/// One row of the replay keymap, read by [`map`] and by the help.
pub struct ReplayBinding {
    pub keys: &'static [Key],
    pub command: ReplayCommand,
    pub label: &'static str,
    pub help: &'static str,
}

const fn k(code: KeyCode) -> Key {
    Key { code, ctrl: false, alt: false }
}

const fn c(ch: char) -> Key {
    k(KeyCode::Char(ch))
}

/// The replay keys, following the live screen's where the meaning is the same.
pub const REPLAY_BINDINGS: &[ReplayBinding] = &[
    ReplayBinding {
        keys: &[k(KeyCode::Right), c('l')],
        command: ReplayCommand::StepForward,
        label: "Right",
        help: "next event",
    },
    ReplayBinding {
        keys: &[k(KeyCode::Left), c('h')],
        command: ReplayCommand::StepBack,
        label: "Left",
        help: "previous event",
    },
    ReplayBinding {
        keys: &[c('n'), k(KeyCode::PageDown)],
        command: ReplayCommand::NextTopic,
        label: "n, PageDown",
        help: "next change of topic",
    },
    ReplayBinding {
        keys: &[c('p'), k(KeyCode::PageUp)],
        command: ReplayCommand::PreviousTopic,
        label: "p, PageUp",
        help: "previous change of topic",
    },
    ReplayBinding { keys: &[c(']')], command: ReplayCommand::NextSession, label: "]", help: "next session" },
    ReplayBinding {
        keys: &[c('[')],
        command: ReplayCommand::PreviousSession,
        label: "[",
        help: "previous session",
    },
    ReplayBinding {
        keys: &[k(KeyCode::Home)],
        command: ReplayCommand::Start,
        label: "Home",
        help: "the start",
    },
    ReplayBinding { keys: &[k(KeyCode::End)], command: ReplayCommand::End, label: "End", help: "the end" },
    ReplayBinding {
        keys: &[c(' ')],
        command: ReplayCommand::PlayPause,
        label: "Space",
        help: "play / pause",
    },
    ReplayBinding { keys: &[c('1')], command: ReplayCommand::Speed(1), label: "1", help: "play at 1x" },
    ReplayBinding { keys: &[c('2')], command: ReplayCommand::Speed(10), label: "2", help: "play at 10x" },
    ReplayBinding { keys: &[c('3')], command: ReplayCommand::Speed(60), label: "3", help: "play at 60x" },
    ReplayBinding {
        keys: &[c('t'), c('g')],
        command: ReplayCommand::Seek,
        label: "t",
        help: "go to a clock time (type 09:42, Enter)",
    },
    ReplayBinding {
        keys: &[c('s'), k(KeyCode::Tab)],
        command: ReplayCommand::Summary,
        label: "s",
        help: "summary: planned against actual, decisions, action items (s again: the screen)",
    },
    ReplayBinding {
        keys: &[k(KeyCode::Down), c('j')],
        command: ReplayCommand::Scroll(1),
        label: "Down, Up",
        help: "scroll the summary",
    },
    ReplayBinding {
        keys: &[k(KeyCode::Up), c('k')],
        command: ReplayCommand::Scroll(-1),
        label: "",
        help: "",
    },
    ReplayBinding { keys: &[c('?')], command: ReplayCommand::Help, label: "?", help: "this help" },
    ReplayBinding {
        keys: &[c('q'), k(KeyCode::Esc)],
        command: ReplayCommand::Quit,
        label: "q",
        help: "quit (replay never changes the minutes)",
    },
];

/// What a key means in replay.
pub fn map(key: KeyEvent) -> Option<ReplayCommand> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
        return Some(ReplayCommand::Quit);
    }
    let plain = !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    REPLAY_BINDINGS.iter().find(|b| plain && b.keys.iter().any(|k| k.code == key.code)).map(|b| b.command)
}

/// A meeting under replay.
pub struct Replay {
    header: Header,
    entries: Vec<Entry>,
    /// The fold after `i * SNAPSHOT_EVERY` entries.
    snapshots: Vec<Meeting>,
    /// Entries folded into the meeting shown.
    pub index: usize,
    /// The replay's clock.
    pub at: DateTime<Utc>,
    /// The screen's state, holding the meeting as of `at`.
    pub app: App,
    pub view: View,
    pub playing: bool,
    pub speed: u32,
    pub summary_scroll: usize,
    /// Things to say about the minutes: still open, torn tail.
    pub notices: Vec<String>,
    pub first: DateTime<Utc>,
    pub last: DateTime<Utc>,
}

impl Replay {
    /// Reads the minutes (no lock, nothing written) and opens on the end: the summary for a
    /// closed meeting, the screen as it was last for one still open.
    pub fn open(path: &Path) -> Result<Replay, OpenError> {
        Ok(Replay::of(read_minutes(path)?))
    }

    pub fn of(minutes: Minutes) -> Replay {
        let Minutes { header, entries, torn_bytes, path, .. } = minutes;
        let mut snapshots = Vec::with_capacity(entries.len() / SNAPSHOT_EVERY + 1);
        let mut meeting = fold(&header, &[]);
        snapshots.push(meeting.clone());
        for (i, entry) in entries.iter().enumerate() {
            meeting.fold_in(entry);
            if (i + 1) % SNAPSHOT_EVERY == 0 {
                snapshots.push(meeting.clone());
            }
        }
        let planned = header.agenda.planned_start().to_utc();
        let first = entries.first().map_or(planned, |e| e.at.to_utc());
        let last = entries.last().map_or(first, |e| e.at.to_utc());
        let mut notices = Vec::new();
        if meeting.state() != State::Closed {
            notices.push("This meeting is not closed: it is still being run, or was stopped without closing. Replay shows it up to its last saved event.".to_owned());
        }
        if let Some(bytes) = torn_bytes {
            notices.push(format!("The minutes end in an unfinished line ({bytes} bytes), left out here."));
        }
        let closed = meeting.state() == State::Closed;
        let index = entries.len();
        let mut app = App::new(meeting, path);
        app.mode = Mode::Chair;
        app.save = SaveView::Saved(None);
        app.read_only = true;
        Replay {
            header,
            entries,
            snapshots,
            index,
            at: last,
            app,
            view: if closed { View::Summary } else { View::Screen },
            playing: false,
            speed: 1,
            summary_scroll: 0,
            notices,
            first,
            last,
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Shows the meeting after its first `index` entries, at the instant of the last of them.
    pub fn seek_index(&mut self, index: usize) {
        let index = index.min(self.entries.len());
        let at = match index {
            0 => self.first,
            i => self.entries[i - 1].at.to_utc(),
        };
        self.show(index, at);
    }

    /// Shows the meeting as it was at instant `at`.
    pub fn seek_time(&mut self, at: DateTime<Utc>) {
        let at = at.clamp(self.first, self.last);
        let index = self.entries.partition_point(|e| e.at.to_utc() <= at);
        self.show(index, at);
    }

    fn show(&mut self, index: usize, at: DateTime<Utc>) {
        if index < self.index || index - self.index > SNAPSHOT_EVERY {
            let base = index / SNAPSHOT_EVERY;
            let base = base.min(self.snapshots.len() - 1);
            self.app.meeting = self.snapshots[base].clone();
            self.index = base * SNAPSHOT_EVERY;
        }
        for entry in &self.entries[self.index..index] {
            self.app.meeting.fold_in(entry);
        }
        self.index = index;
        self.at = at;
        if self.app.meeting.state() == State::Closed {
            self.app.mode = Mode::Summary;
        } else {
            self.app.mode = Mode::Chair;
        }
    }

    /// The next entry after the current one that satisfies `pred`, forward or back.
    fn find(&self, forward: bool, pred: impl Fn(&Entry) -> bool) -> Option<usize> {
        if forward {
            (self.index..self.entries.len()).find(|&i| pred(&self.entries[i])).map(|i| i + 1)
        } else {
            (0..self.index.saturating_sub(1)).rev().find(|&i| pred(&self.entries[i])).map(|i| i + 1)
        }
    }

    fn session_of(&self, entry: &Entry) -> Option<usize> {
        match entry.event {
            MeetingEvent::Moved { session, .. } => Some(session),
            MeetingEvent::Opened => Some(0),
            _ => None,
        }
    }

    /// The first entry of the visit to a session that entry `last` belongs to.
    fn visit_start(&self, last: usize) -> usize {
        let Some(session) = self.session_of(&self.entries[last]) else { return last };
        let mut start = last;
        for i in (0..last).rev() {
            match self.session_of(&self.entries[i]) {
                Some(s) if s == session => start = i,
                Some(_) => break,
                None => {}
            }
        }
        start
    }

    /// Acts on a command; returns false to quit.
    pub fn handle(&mut self, command: ReplayCommand) -> bool {
        match command {
            ReplayCommand::StepForward => self.seek_index(self.index + 1),
            ReplayCommand::StepBack => self.seek_index(self.index.saturating_sub(1)),
            ReplayCommand::NextTopic | ReplayCommand::PreviousTopic => {
                let forward = command == ReplayCommand::NextTopic;
                let found = self
                    .find(forward, |e| matches!(e.event, MeetingEvent::Moved { .. } | MeetingEvent::Opened));
                self.seek_index(found.unwrap_or(if forward { self.entries.len() } else { 0 }));
            }
            ReplayCommand::NextSession | ReplayCommand::PreviousSession => {
                let forward = command == ReplayCommand::NextSession;
                let here = self.app.meeting.position().session;
                let opened = self.app.meeting.state() != State::NotOpened;
                let found = self.find(forward, |e| match self.session_of(e) {
                    Some(s) => !opened || s != here,
                    None => false,
                });
                // Back, as forward, to where a session began: found is the last entry of the
                // session before; its visit began at the first of the entries since the one
                // before that belongs to another session.
                let found = if forward { found } else { found.map(|i| self.visit_start(i - 1) + 1) };
                self.seek_index(found.unwrap_or(if forward { self.entries.len() } else { 0 }));
            }
            ReplayCommand::Start => self.seek_index(0),
            ReplayCommand::End => self.seek_index(self.entries.len()),
            ReplayCommand::PlayPause => {
                if !self.playing && self.at >= self.last {
                    self.seek_index(0);
                }
                self.playing = !self.playing;
                self.view = View::Screen;
            }
            ReplayCommand::Speed(speed) => {
                // As Space does: played to the end, playing again starts from the start.
                if !self.playing && self.at >= self.last {
                    self.seek_index(0);
                }
                self.speed = speed;
                self.playing = true;
                self.view = View::Screen;
            }
            ReplayCommand::Seek => self.view = View::Seek(String::new()),
            ReplayCommand::Summary => {
                self.view = if self.view == View::Summary { View::Screen } else { View::Summary };
            }
            ReplayCommand::Help => self.view = View::Help,
            ReplayCommand::Scroll(by) => {
                let last = crate::tui::view::summary::line_count(&self.app.meeting);
                self.summary_scroll = self.summary_scroll.saturating_add_signed(by as isize).min(last);
                // At the end of a closed meeting the screen as it was is its summary: it scrolls too.
                self.app.summary_scroll = self.summary_scroll;
            }
            ReplayCommand::Quit => return false,
        }
        true
    }

    /// Moves the replay clock on by `real` time at the playing speed.
    pub fn advance(&mut self, real: TimeDelta) {
        if !self.playing {
            return;
        }
        let target = self.at + real * self.speed as i32;
        self.seek_time(target);
        if self.at >= self.last {
            self.playing = false;
        }
    }

    /// Seeks to a clock time typed as `HH:MM` or `HH:MM:SS`, on the meeting's days.
    pub fn seek_clock(&mut self, typed: &str) -> Result<(), String> {
        let time = crate::agenda::parse_clock(typed)
            .ok_or_else(|| format!("{typed:?} is not a clock time (type 09:42)"))?;
        let zone = self.header.agenda.timezone;
        // The first instant at or after the replay's start with that wall-clock time.
        let start_local = zone.at(self.first);
        for days in 0..3 {
            let day = start_local.date_naive() + TimeDelta::days(days);
            if let Some(t) = zone.localize(day.and_time(time)) {
                let t = t.to_utc();
                if t + TimeDelta::seconds(59) >= self.first && t <= self.last + TimeDelta::seconds(59) {
                    self.seek_time(t.max(self.first));
                    return Ok(());
                }
            }
        }
        let (a, b) = (zone.at(self.first).format("%H:%M"), zone.at(self.last).format("%H:%M"));
        Err(format!("{typed} is not during the meeting ({a} to {b})"))
    }
}

/// The replay screen at its instant: the live screen as it was, with the timeline in place of
/// the live key hints.
pub fn render(frame: &mut Frame, replay: &Replay, theme: &Theme) {
    if !view::fits(frame, theme) {
        return;
    }
    let area = frame.area();
    let now = replay.at;
    view::render_in(frame, area, &replay.app, theme, now);
    let a = view::areas(area);
    if replay.view == View::Summary {
        frame.render_widget(ratatui::widgets::Clear, a.body);
        view::summary::render(frame, a.body, &replay.app.meeting, replay.summary_scroll, theme);
    }
    frame.render_widget(Paragraph::new(timeline(replay, a.hints.width as usize, theme)), a.hints);
    if let Some(notice) = replay.notices.first() {
        let popup = Rect { height: 4.min(a.body.height), ..a.body };
        frame.render_widget(ratatui::widgets::Clear, popup);
        let block = ratatui::widgets::Block::bordered().title(" Note (any key) ");
        frame.render_widget(
            Paragraph::new(notice.as_str()).block(block).wrap(ratatui::widgets::Wrap { trim: true }),
            popup,
        );
    }
    match &replay.view {
        View::Help => help(frame, a.body, theme),
        View::Seek(typed) => {
            let popup = centered(a.body, 50, 4);
            frame.render_widget(ratatui::widgets::Clear, popup);
            let block =
                ratatui::widgets::Block::bordered().title(" Go to a clock time (Enter; Esc cancels) ");
            frame.render_widget(Paragraph::new(format!("Time (HH:MM): {typed}_")).block(block), popup);
        }
        _ => {}
    }
}

/// The bottom line: replay state, the clock, and the whole meeting as a bar with `|` where
/// sessions begin, `#` behind the replay and `^` at it.
pub fn timeline(replay: &Replay, width: usize, theme: &Theme) -> Line<'static> {
    let zone = replay.header.agenda.timezone;
    let state = if replay.playing { format!(" REPLAY {}x ", replay.speed) } else { " REPLAY ".to_owned() };
    let start = zone.at(replay.first).format("%H:%M").to_string();
    let end = zone.at(replay.last).format("%H:%M").to_string();
    let now = zone.at(replay.at).format("%H:%M:%S").to_string();
    let fixed = state.len() + now.len() + start.len() + end.len() + 10;
    let room = width.saturating_sub(fixed).max(1);
    let span = (replay.last - replay.first).num_milliseconds().max(1);
    let col = |t: DateTime<Utc>| -> usize {
        let share = (t - replay.first).num_milliseconds().clamp(0, span) as f64 / span as f64;
        ((share * (room - 1) as f64).round() as usize).min(room - 1)
    };
    let mut cells: Vec<char> = (0..room).map(|i| if i < col(replay.at) { '#' } else { '-' }).collect();
    for e in &replay.entries {
        if matches!(e.event, MeetingEvent::Opened | MeetingEvent::Moved { topic: 0, .. }) {
            cells[col(e.at.to_utc())] = '|';
        }
    }
    cells[col(replay.at)] = '^';
    Line::from(vec![
        Span::styled(state, theme.current()),
        Span::styled(format!(" {now} "), theme.title()),
        Span::raw(format!(" {start} ")),
        Span::styled(cells.into_iter().collect::<String>(), theme.label()),
        Span::raw(format!(" {end} ")),
        Span::styled(" ?", theme.key()),
        Span::raw(" keys"),
    ])
}

fn help(frame: &mut Frame, area: Rect, theme: &Theme) {
    let lines: Vec<Line> = REPLAY_BINDINGS
        .iter()
        .filter(|b| !b.label.is_empty())
        .map(|b| Line::from(vec![Span::styled(format!("{:<14}", b.label), theme.key()), Span::raw(b.help)]))
        .collect();
    let popup = centered(area, area.width.saturating_sub(4).min(90), lines.len() as u16 + 2);
    frame.render_widget(ratatui::widgets::Clear, popup);
    let block =
        ratatui::widgets::Block::bordered().title(Span::styled(" Replay keys (Esc closes) ", theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

/// Reads a key in the seek prompt; returns whether the prompt is done.
pub fn seek_key(replay: &mut Replay, key: KeyEvent) {
    let View::Seek(typed) = &mut replay.view else {
        return;
    };
    match key.code {
        KeyCode::Char(c) if c.is_ascii_digit() || c == ':' => typed.push(c),
        KeyCode::Backspace => {
            typed.pop();
        }
        KeyCode::Esc => replay.view = View::Screen,
        KeyCode::Enter => {
            let typed = typed.clone();
            replay.view = View::Screen;
            if let Err(e) = replay.seek_clock(&typed) {
                replay.notices.insert(0, e);
            }
        }
        _ => {}
    }
}

/// `gavel replay`: the loop. Nothing here writes.
pub fn run(path: &Path) -> Result<(), ReplayError> {
    let mut replay = Replay::open(path).map_err(ReplayError::Open)?;
    if !io::IsTerminal::is_terminal(&io::stdout()) || !io::IsTerminal::is_terminal(&io::stdin()) {
        return Err(ReplayError::NoTerminal);
    }
    let theme = Theme::from_env();
    let mut terminal = ratatui::try_init().map_err(ReplayError::Terminal)?;
    let _restore = super::run::Restore;
    let mut last_tick = Utc::now();
    loop {
        terminal.draw(|f| render(f, &replay, &theme)).map_err(ReplayError::Terminal)?;
        let wait = if replay.playing { Duration::from_millis(100) } else { Duration::from_secs(3600) };
        let ready = event::poll(wait).map_err(ReplayError::Terminal)?;
        let now = Utc::now();
        replay.advance(now - last_tick);
        last_tick = now;
        if !ready {
            continue;
        }
        if let Event::Key(key) = event::read().map_err(ReplayError::Terminal)? {
            if key.kind == KeyEventKind::Release {
                continue;
            }
            // A notice is read once: the next key clears it, and does only that.
            if !replay.notices.is_empty() && !matches!(replay.view, View::Seek(_)) {
                replay.notices.remove(0);
                continue;
            }
            match replay.view {
                View::Seek(_) => seek_key(&mut replay, key),
                View::Help => replay.view = View::Screen,
                _ => {
                    if let Some(command) = map(key)
                        && !replay.handle(command)
                    {
                        return Ok(());
                    }
                }
            }
        }
    }
}

pub use super::error::ReplayError;
