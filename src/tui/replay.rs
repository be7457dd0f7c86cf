//! Replay: a saved meeting seen again as it was at any moment, read-only. The screen is the live
//! screen's panes, drawn from the same fold of the journal up to the chosen instant; a timeline
//! across the bottom shows where the replay stands.
//!
//! Seeking is fast on long journals because the fold is kept at every [`SNAPSHOT_EVERY`] entries:
//! a seek clones the nearest snapshot before the target and folds the few entries after it.

use std::path::Path;

use chrono::{DateTime, TimeDelta, Utc};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::error::ReplayError;
use i18n_embed_fl::fl;

use super::keymap::{Command, Mode, ReplayCommand, help_rows};
use super::look::{Look, Marks, SaveView, review_len};
use super::runtime::{self, Happening, Program, Response};
use super::theme::Theme;
use super::view::{self, centered};
use crate::i18n::current;
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
    /// The meeting as of `at`.
    pub meeting: Meeting,
    /// The live screen's mode as it was: the chair's keys, or the summary once closed.
    mode: Mode,
    /// Every note of a saved meeting is saved.
    marks: Marks,
    pub view: View,
    pub playing: bool,
    pub speed: u32,
    pub summary_scroll: usize,
    /// Things to say about the minutes: still open, torn tail.
    pub notices: Vec<String>,
    pub first: DateTime<Utc>,
    pub last: DateTime<Utc>,
    /// The real instant playing last moved the replay's clock.
    last_tick: Option<DateTime<Utc>>,
    pub theme: Theme,
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
            notices.push(fl!(current(), "replay-not-closed"));
        }
        if let Some(bytes) = torn_bytes {
            notices.push(fl!(current(), "replay-torn-tail", bytes = bytes));
        }
        let closed = meeting.state() == State::Closed;
        let index = entries.len();
        let _ = path;
        Replay {
            header,
            entries,
            snapshots,
            index,
            at: last,
            meeting,
            mode: Mode::Chair,
            marks: Marks::all_saved(u64::MAX),
            view: if closed { View::Summary } else { View::Screen },
            playing: false,
            speed: 1,
            summary_scroll: 0,
            notices,
            first,
            last,
            last_tick: None,
            theme: Theme { color: true },
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
            self.meeting = self.snapshots[base].clone();
            self.index = base * SNAPSHOT_EVERY;
        }
        for entry in &self.entries[self.index..index] {
            self.meeting.fold_in(entry);
        }
        self.index = index;
        self.at = at;
        self.mode = if self.meeting.state() == State::Closed { Mode::Summary } else { Mode::Chair };
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
                let here = self.meeting.position().session;
                let opened = self.meeting.state() != State::NotOpened;
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
                let last = review_len(&self.meeting);
                self.summary_scroll = self.summary_scroll.saturating_add_signed(by as isize).min(last);
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
            .ok_or_else(|| fl!(current(), "replay-not-a-clock-time", typed = format!("{typed:?}")))?;
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
        Err(fl!(current(), "replay-not-during", typed = typed, from = a.to_string(), to = b.to_string()))
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
    view::render_in(frame, area, &replay.look(), theme, now);
    let a = view::areas(area);
    if replay.view == View::Summary {
        frame.render_widget(ratatui::widgets::Clear, a.body);
        view::summary::render(frame, a.body, &replay.meeting, replay.summary_scroll, theme);
    }
    frame.render_widget(Paragraph::new(timeline(replay, a.hints.width as usize, theme)), a.hints);
    if let Some(notice) = replay.notices.first() {
        let popup = Rect { height: 4.min(a.body.height), ..a.body };
        frame.render_widget(ratatui::widgets::Clear, popup);
        let block =
            ratatui::widgets::Block::bordered().title(format!(" {} ", fl!(current(), "replay-notice-title")));
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
            let l = current();
            let block =
                ratatui::widgets::Block::bordered().title(format!(" {} ", fl!(l, "replay-seek-title")));
            let prompt = fl!(l, "replay-seek-prompt");
            frame.render_widget(Paragraph::new(format!("{prompt} {typed}_")).block(block), popup);
        }
        _ => {}
    }
}

/// The bottom line: replay state, the clock, and the whole meeting as a bar with `|` where
/// sessions begin, `#` behind the replay and `^` at it.
pub fn timeline(replay: &Replay, width: usize, theme: &Theme) -> Line<'static> {
    let zone = replay.header.agenda.timezone;
    let l = current();
    let state = if replay.playing {
        format!(" {} ", fl!(l, "replay-playing", speed = replay.speed))
    } else {
        format!(" {} ", fl!(l, "replay-paused"))
    };
    let keys = format!(" {}", fl!(l, "replay-keys"));
    let start = zone.at(replay.first).format("%H:%M").to_string();
    let end = zone.at(replay.last).format("%H:%M").to_string();
    let now = zone.at(replay.at).format("%H:%M:%S").to_string();
    // Around the bar: " now ", " start ", " end ", " ?", " keys".
    let fixed =
        view::width(&state) + now.len() + start.len() + end.len() + 2 + 2 + 2 + 2 + view::width(&keys);
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
        Span::raw(keys),
    ])
}

fn help(frame: &mut Frame, area: Rect, theme: &Theme) {
    let lines: Vec<Line> = help_rows(Mode::Replay)
        .into_iter()
        .map(|(label, help)| {
            Line::from(vec![Span::styled(view::pad(&label, 14), theme.key()), Span::raw(help)])
        })
        .collect();
    let popup = centered(area, area.width.saturating_sub(4).min(90), lines.len() as u16 + 2);
    frame.render_widget(ratatui::widgets::Clear, popup);
    let title = format!(" {} ", fl!(current(), "replay-help-title"));
    let block = ratatui::widgets::Block::bordered().title(Span::styled(title, theme.title()));
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

impl Replay {
    /// The live screen as it was, for the views: no editor, nothing pending, everything saved.
    fn look(&self) -> Look<'_> {
        const SAVED: &SaveView = &SaveView::Saved(None);
        Look {
            meeting: &self.meeting,
            mode: self.mode,
            home: Mode::Replay,
            back_to: self.mode,
            question: None,
            pick: 0,
            picked: None,
            editor: None,
            hint: None,
            save: SAVED,
            marks: &self.marks,
            sending: &[],
            warning: None,
            // At the end of a closed meeting the screen as it was is its summary: it scrolls too.
            summary_scroll: self.summary_scroll,
            roll_pick: 0,
            roll_input: None,
        }
    }

    fn key(&mut self, key: KeyEvent) -> Response {
        // A notice is read once: the next key clears it, and does only that.
        if !self.notices.is_empty() && !matches!(self.view, View::Seek(_)) {
            self.notices.remove(0);
            return Response::REDRAW;
        }
        match self.view {
            View::Seek(_) => seek_key(self, key),
            View::Help => self.view = View::Screen,
            _ => match super::keymap::map(Mode::Replay, key) {
                Some(Command::Replay(command)) => {
                    if !self.handle(command) {
                        return Response::QUIT;
                    }
                }
                _ => return Response::SAME,
            },
        }
        Response::REDRAW
    }
}

impl Program for Replay {
    type News = ();

    fn update(&mut self, happening: Happening<()>, _now: DateTime<Utc>) -> Response {
        match happening {
            // With the Korean keyboard on, a jamo is the key that typed it.
            Happening::Key(key) => {
                let mut response = Response::SAME;
                for (latin, _) in super::jamo::keys(key, false) {
                    response = response.and(self.key(latin));
                    if response.quit {
                        break;
                    }
                }
                response
            }
            Happening::Resized => Response::REDRAW,
            Happening::Stop(_) => Response::QUIT,
            Happening::Paste(_) | Happening::News(()) | Happening::Tick => Response::SAME,
        }
    }

    /// Playing moves the replay's clock on by the real time since it last moved.
    fn settle(&mut self, now: DateTime<Utc>) -> Response {
        let since = self.last_tick.map_or(TimeDelta::zero(), |t| now - t);
        self.last_tick = Some(now);
        let before = self.at;
        self.advance(since);
        Response { redraw: self.at != before, ..Response::SAME }
    }

    fn draw(&self, frame: &mut Frame, _now: DateTime<Utc>) {
        render(frame, self, &self.theme);
    }

    fn next_wake(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.playing.then(|| now + TimeDelta::milliseconds(100))
    }

    /// The replay's own clock is what the screen shows.
    fn shown_time(&self, _now: DateTime<Utc>) -> i64 {
        self.at.timestamp_millis()
    }
}

/// `gavel replay`: the saved meeting on the screen until q. Nothing here writes.
pub fn run(path: &Path) -> Result<(), ReplayError> {
    use std::io::IsTerminal;
    let mut replay = Replay::open(path).map_err(ReplayError::Open)?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(ReplayError::NoTerminal);
    }
    replay.theme = Theme::from_env();
    runtime::run_on_terminal(&mut replay, None, |_, _| {}).map_err(ReplayError::Terminal)
}
