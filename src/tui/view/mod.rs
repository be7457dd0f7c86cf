//! Drawing the screen from a [`Look`] at an instant. Read-only: one file per pane; nothing here
//! changes the meeting, touches the disk, or knows which program lent the look.

mod agenda;
mod confirm;
mod current;
mod header;
mod help;
mod hints;
mod notes;
mod outline;
mod picker;
mod roll;
pub mod room;
mod small;
pub mod summary;
mod timers;

use std::borrow::Cow;
use std::cell::Cell;
use std::num::NonZeroU16;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::{Constraint, Layout, Rect};
use unicode_width::UnicodeWidthChar;

use super::keymap::Mode;
use super::look::Look;
use super::theme::Theme;

/// The smallest screen gavel draws on.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// The areas of the live screen.
pub struct Areas {
    pub header: Rect,
    pub outline: Rect,
    pub current: Rect,
    pub timers: Rect,
    pub notes: Rect,
    pub hints: Rect,
    pub body: Rect,
}

pub fn areas(area: Rect) -> Areas {
    let [header, body, hints] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0), Constraint::Length(1)]).areas(area);
    // The outline takes about a third, more on a wide screen, so 45 topics breathe.
    let outline_width = (body.width * 2 / 5).clamp(32, 72);
    let [outline, right] =
        Layout::horizontal([Constraint::Length(outline_width), Constraint::Min(0)]).areas(body);
    let current_height = (body.height * 2 / 5).clamp(9, 16);
    // A tall screen shows the session's time left in large digits too, readable from the chair.
    let timers_height = if body.height >= 40 { 12 } else { 5 };
    let [current, timers, notes] = Layout::vertical([
        Constraint::Length(current_height),
        Constraint::Length(timers_height),
        Constraint::Min(0),
    ])
    .areas(right);
    Areas { header, outline, current, timers, notes, hints, body }
}

/// Draws the whole screen for `look` at `now`.
pub fn render(frame: &mut Frame, look: &Look, theme: &Theme, now: DateTime<Utc>) {
    if fits(frame, theme) {
        render_in(frame, frame.area(), look, theme, now);
    }
}

/// Whether the terminal is big enough; if not, says so on it.
pub fn fits(frame: &mut Frame, theme: &Theme) -> bool {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return false;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        small::render(frame, area, theme);
        return false;
    }
    true
}

/// The live screen in `area` (replay draws it a line shorter, above its timeline).
pub fn render_in(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme, now: DateTime<Utc>) {
    let a = areas(area);
    header::render(frame, a.header, look, theme, now);
    hints::render(frame, a.hints, look, theme);
    let closed = look.meeting.state() == crate::meeting::State::Closed;
    if look.mode == Mode::Summary || (look.mode != Mode::Help && look.mode != Mode::Confirm && closed) {
        summary::render(frame, a.body, look.meeting, look.summary_scroll, theme);
    } else {
        outline::render(frame, a.outline, look, theme, now);
        current::render(frame, a.current, look, theme);
        timers::render(frame, a.timers, look, theme, now);
        notes::render(frame, a.notes, look, theme);
    }
    match look.mode {
        // The help covers the top line too: at 80x24 every key of the chair's and the marks fit.
        Mode::Help => {
            let with_top = Rect { y: a.header.y, height: a.body.height + a.header.height, ..a.body };
            help::render(frame, with_top, look.back_to, theme);
        }
        Mode::Jump => picker::render(frame, a.body, look, theme),
        Mode::Confirm => confirm::render(frame, a.body, look, theme),
        Mode::Agenda => agenda::render(frame, a.body, look, theme),
        Mode::LineInput => match look.roll_input.map(|i| i.line) {
            Some(line) if line.is_agenda() => agenda::render(frame, a.body, look, theme),
            Some(crate::tui::look::RollLine::Message) => agenda::render_message(frame, a.body, look, theme),
            _ => roll::render(frame, a.body, look, theme),
        },
        Mode::RollCall => roll::render(frame, a.body, look, theme),
        _ => {}
    }
}

/// Text from the agenda or a note made safe for the terminal: control characters shown as
/// a replacement character, never sent as commands. On a terminal that draws East Asian
/// Ambiguous characters wide ([`ambiguous_wide`]: ○ □ ※ · ①, as Korean documents use them),
/// each is followed by a [`HOLDER`] so the layout gives it the two columns the terminal will.
pub fn clean(text: &str) -> Cow<'_, str> {
    let wide = ambiguous_wide();
    let changes = |c: char| c.is_control() || (wide && is_ambiguous(c));
    if !text.chars().any(changes) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            out.push('\u{FFFD}');
        } else {
            out.push(c);
            if wide && is_ambiguous(c) {
                out.push(HOLDER);
            }
        }
    }
    out.into()
}

/// Narrow by Unicode's default, wide in an East Asian context: East Asian Ambiguous, but for the
/// box-drawing and block characters every terminal interface is drawn with (the screen's own
/// borders), which gavel takes as narrow everywhere.
pub fn is_ambiguous(c: char) -> bool {
    c.width() == Some(1) && c.width_cjk() == Some(2) && !('\u{2500}'..='\u{259F}').contains(&c)
}

/// Holds the second column of an ambiguous character laid out wide (a private-use character,
/// one column to the layout). [`finish`] makes its cell one the terminal is never sent: the wide
/// character before it covers it.
pub const HOLDER: char = '\u{F8FF}';

static AMBIGUOUS_WIDE: AtomicBool = AtomicBool::new(false);

thread_local! {
    static AMBIGUOUS_WIDE_HERE: Cell<Option<bool>> = const { Cell::new(None) };
}

/// Lays ambiguous-width characters out as wide for the whole run (`--ambiguous-wide`, or
/// `GAVEL_AMBIGUOUS_WIDE` set to anything but empty or `0`). Set once, before the first frame.
pub fn set_ambiguous_wide(wide: bool) {
    AMBIGUOUS_WIDE.store(wide, Ordering::Relaxed);
}

/// Whether `GAVEL_AMBIGUOUS_WIDE` asks for wide ambiguous characters.
pub fn ambiguous_wide_from_env() -> bool {
    std::env::var_os("GAVEL_AMBIGUOUS_WIDE").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Whether ambiguous-width characters are laid out wide on this thread.
pub fn ambiguous_wide() -> bool {
    AMBIGUOUS_WIDE_HERE.with(Cell::get).unwrap_or_else(|| AMBIGUOUS_WIDE.load(Ordering::Relaxed))
}

/// While the guard lives, this thread lays ambiguous characters out as `wide` says (tests).
#[must_use = "the setting holds only while the guard lives"]
pub fn ambiguous_wide_here(wide: bool) -> AmbiguousWideHere {
    AmbiguousWideHere { before: AMBIGUOUS_WIDE_HERE.with(|h| h.replace(Some(wide))) }
}

/// See [`ambiguous_wide_here`].
pub struct AmbiguousWideHere {
    before: Option<bool>,
}

impl Drop for AmbiguousWideHere {
    fn drop(&mut self) {
        AMBIGUOUS_WIDE_HERE.with(|h| h.set(self.before));
    }
}

/// The last step of every frame: the character before each [`HOLDER`] is given the width of two
/// cells, as a wide character is, so the terminal is never sent the holder's cell (the wide
/// character covers it) and is told where the next cell is.
pub fn finish(buffer: &mut Buffer) {
    let mut holder = [0u8; 4];
    let holder: &str = HOLDER.encode_utf8(&mut holder);
    let two = NonZeroU16::MIN.saturating_add(1);
    for i in 1..buffer.content.len() {
        // A holder is never the first cell of a row: the character it holds for is on its row.
        if buffer.content[i].symbol() == holder && i % usize::from(buffer.area.width.max(1)) != 0 {
            buffer.content[i].set_symbol(" ");
            buffer.content[i - 1].set_diff_option(CellDiffOption::ForcedWidth(two));
        }
    }
}
/// The display width of text (wide Hangul counts two columns).
pub fn width(text: &str) -> usize {
    text.chars().filter_map(|c| c.width()).sum()
}

/// Text cut to at most `max` columns, ending in `~` when cut (an ASCII mark: the ellipsis
/// is ambiguous-width in Korean terminals).
pub fn fit(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    // An ambiguous character laid out wide is cut with its holder, never without.
    if out.chars().next_back().is_some_and(|c| ambiguous_wide() && is_ambiguous(c)) {
        out.pop();
    }
    if max > 0 {
        out.push('~');
    }
    out
}

/// Text cut to `cols` columns and padded to exactly `cols` by display width (`{:<n}` counts
/// characters, so a wide Hangul title would push the columns after it out of line).
pub fn pad(text: &str, cols: usize) -> String {
    let text = fit(text, cols);
    let room = cols.saturating_sub(width(&text));
    format!("{text}{}", " ".repeat(room))
}

/// Text right-aligned in `cols` columns by display width (never cut): a column of lengths lines
/// up in Korean (`1시간 20분`) as in English.
pub fn pad_left(text: &str, cols: usize) -> String {
    format!("{}{text}", " ".repeat(cols.saturating_sub(width(text))))
}

/// A rectangle of `width` x `height` centred in `area` (cut to it).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}
