//! The room display: a read-only screen for a projector or a screen facing the speakers. The
//! presenter's time left on the current topic (then over; its time run, when it has no planned
//! time) beside the session's, in large digits in their threshold styles; the chair's message,
//! large, until cleared; the session and topic, the next topic, the drift. When the presenter's
//! time runs out the whole display flashes in reverse video for ten seconds. Digits are drawn with reverse-video cells, so no ambiguous-width glyph is
//! needed and they show without colour too.

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use i18n_embed_fl::fl;

use super::clean;
use crate::i18n::current;
use crate::meeting::{Meeting, Position, State};
use crate::tui::theme::Theme;
use crate::words;

/// 3x5 digits: `#` is a lit cell.
fn glyph(c: char) -> [&'static str; 5] {
    match c {
        '0' => ["###", "# #", "# #", "# #", "###"],
        '1' => ["  #", "  #", "  #", "  #", "  #"],
        '2' => ["###", "  #", "###", "#  ", "###"],
        '3' => ["###", "  #", "###", "  #", "###"],
        '4' => ["# #", "# #", "###", "  #", "  #"],
        '5' => ["###", "#  ", "###", "  #", "###"],
        '6' => ["###", "#  ", "###", "# #", "###"],
        '7' => ["###", "  #", "  #", "  #", "  #"],
        '8' => ["###", "# #", "###", "# #", "###"],
        '9' => ["###", "# #", "###", "  #", "###"],
        ':' => [" ", "#", " ", "#", " "],
        '+' => ["   ", " # ", "###", " # ", "   "],
        _ => ["   ", "   ", "   ", "   ", "   "],
    }
}

/// The cells of `text` in large digits at `scale` (each lit cell `2*scale` columns by `scale`
/// rows), as rows of (lit, columns) runs.
pub fn big(text: &str, scale: usize) -> Vec<Vec<(bool, usize)>> {
    let mut rows = vec![Vec::new(); 5 * scale];
    for (i, c) in text.chars().enumerate() {
        let g = glyph(c);
        for (r, pattern) in g.iter().enumerate() {
            for y in 0..scale {
                let row = &mut rows[r * scale + y];
                if i > 0 {
                    row.push((false, 2 * scale));
                }
                for cell in pattern.chars() {
                    row.push((cell == '#', 2 * scale));
                }
            }
        }
    }
    rows
}

fn big_width(text: &str, scale: usize) -> usize {
    let cells: usize =
        text.chars().map(|c| glyph(c)[0].len()).sum::<usize>() + text.chars().count().saturating_sub(1);
    cells * 2 * scale
}

/// The topic after `p` in agenda order, if any.
fn next_topic(meeting: &Meeting, p: Position) -> Option<(Position, String)> {
    let agenda = meeting.agenda();
    let session = agenda.sessions.get(p.session)?;
    let next = if p.topic + 1 < session.topics.len() {
        Position::new(p.session, p.topic + 1)
    } else if p.session + 1 < agenda.sessions.len() {
        Position::new(p.session + 1, 0)
    } else {
        return None;
    };
    Some((next, agenda.sessions[next.session].topics[next.topic].title.clone()))
}

pub fn render(
    frame: &mut Frame,
    meeting: &Meeting,
    connection: Option<&str>,
    theme: &Theme,
    now: DateTime<Utc>,
) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let agenda = meeting.agenda();
    let t = meeting.timers(now);
    let p = meeting.position();
    let [top, session_area, digits_area, topic_area, next_area, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Min(5),
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(area);
    let clock = agenda.timezone.at(now).format("%H:%M").to_string();
    let status = connection.map_or_else(|| words::state(meeting.state()).to_uppercase(), str::to_owned);
    let status = match words::held_mark(meeting.held()) {
        Some(mark) => format!("{mark}  {status}"),
        None => status,
    };
    let room = (area.width as usize).saturating_sub(clock.len() + super::width(&status) + 4);
    let l = current();
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(super::pad(&clean(&agenda.title), room), theme.dim()),
            Span::styled(
                format!(" {status} "),
                if connection.is_some() { theme.not_saved() } else { theme.dim() },
            ),
            Span::styled(format!(" {clock}"), theme.title()),
        ])),
        top,
    );
    let session = agenda.sessions.get(p.session);
    let session_number = p.session + 1;
    let title = session.map(|s| clean(&s.title).into_owned()).unwrap_or_default();
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                format!("{} ", fl!(l, "room-session", n = session_number, of = agenda.sessions.len())),
                theme.label(),
            ),
            Span::styled(title, theme.title()),
        ]))
        .wrap(Wrap { trim: true }),
        session_area,
    );
    let (text, word) = match meeting.state() {
        // Before opening: the first session's planned length, waiting.
        State::NotOpened => (words::remaining(t.session_remaining), words::room_planned_not_opened()),
        State::Closed => ("--:--".to_owned(), words::state(State::Closed)),
        // Over time says so once, in the level's word below.
        _ if t.session_remaining.num_milliseconds() < 0 => {
            (words::remaining(t.session_remaining), String::new())
        }
        State::Paused => (words::remaining(t.session_remaining), fl!(l, "room-left-paused")),
        _ => (words::remaining(t.session_remaining), fl!(l, "room-left-in-session")),
    };
    let style = theme.level(t.level);
    let level_word = super::timers::level_word(t.level);
    let said = [level_word.trim_start(), word.as_str()]
        .into_iter()
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("  ");
    let session_block = Block { digits: text, said, style };
    // The presenter's time, while a topic is current: its time left (then over) when it has a
    // planned time, else the time it has run.
    let topic = session.and_then(|s| s.topics.get(p.topic));
    let presenter_block = match (meeting.state().is_open(), topic) {
        (true, Some(topic)) => {
            let who = match &topic.presenter {
                Some(name) => fl!(l, "room-presenter", name = clean(name).into_owned()),
                None => fl!(l, "room-topic-time"),
            };
            Some(match t.topic_remaining {
                Some(left) if left.num_milliseconds() < 0 => Block {
                    digits: words::remaining(left),
                    said: format!("{who}  {}", fl!(l, "room-topic-over")),
                    style: theme.level(crate::meeting::Level::Over),
                },
                Some(left) => Block {
                    digits: words::remaining(left),
                    said: format!("{who}  {}", fl!(l, "room-topic-left")),
                    style: theme.level(crate::meeting::Level::of(left, &agenda.thresholds)),
                },
                None => Block {
                    digits: words::remaining(t.topic_elapsed),
                    said: format!("{who}  {}", fl!(l, "room-topic-elapsed")),
                    style: theme.title(),
                },
            })
        }
        _ => None,
    };
    // The chair's message to the room, large: a band of its own above the clocks.
    let (message_area, digits_area) = match meeting.room_message() {
        Some(_) => {
            let rows = (digits_area.height / 3).clamp(3, 7);
            let [m, d] = Layout::vertical([Constraint::Length(rows), Constraint::Min(0)]).areas(digits_area);
            (Some(m), d)
        }
        None => (None, digits_area),
    };
    if let (Some(area), Some(message)) = (message_area, meeting.room_message()) {
        let band = theme.title().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        let text = clean(&message.text).into_owned();
        let inner = (area.width as usize).saturating_sub(4).max(1);
        let lines_needed = super::width(&text).div_ceil(inner).max(1);
        let pad = (area.height as usize).saturating_sub(lines_needed) / 2;
        let mut lines = vec![Line::raw(""); pad];
        lines.push(Line::raw(text));
        frame.render_widget(Paragraph::new(lines).style(band).centered().wrap(Wrap { trim: true }), area);
    }
    match presenter_block {
        Some(presenter) => two_clocks(frame, &presenter, &session_block, digits_area),
        None => {
            let scale = fitting_scale(
                &digit_text(&session_block.digits),
                digits_area.width as usize,
                digits_area.height as usize,
            );
            draw(frame, &session_block, digits_area, scale);
        }
    }
    let topic_number = p.topic + 1;
    let topic_line = match (meeting.state(), topic) {
        (State::NotOpened, _) => Line::styled(fl!(l, "room-not-opened"), theme.dim()),
        (_, Some(topic)) => Line::from(vec![
            Span::styled(format!("{} ", fl!(l, "room-topic", n = topic_number)), theme.label()),
            Span::styled(clean(&topic.title).into_owned(), theme.title()),
        ]),
        _ => Line::raw(""),
    };
    frame.render_widget(Paragraph::new(topic_line).wrap(Wrap { trim: true }), topic_area);
    let next_line = match next_topic(meeting, p) {
        _ if meeting.state() == State::Closed => Line::raw(""),
        Some((n, title)) => Line::from(vec![
            Span::styled(
                format!("{} ", fl!(l, "room-next", number = format!("{}.{}", n.session + 1, n.topic + 1))),
                theme.label(),
            ),
            Span::raw(clean(&title).into_owned()),
        ]),
        None => Line::styled(fl!(l, "room-next-end"), theme.dim()),
    };
    frame.render_widget(Paragraph::new(next_line).wrap(Wrap { trim: true }), next_area);
    let end = words::projected_end(agenda.timezone.at(t.projected_end.to_utc()), agenda.timezone.at(now));
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{} ", fl!(l, "room-schedule")), theme.label()),
            Span::raw(words::drift(t.drift)),
            Span::styled(format!("   {} ", fl!(l, "room-expected-end")), theme.label()),
            Span::raw(end.to_string()),
        ])),
        bottom,
    );
    // The presenter's time just ran out: the whole display flashes, a second reversed and a
    // second not, for ten seconds. No sound.
    if let Some(left) = t.topic_remaining.filter(|_| meeting.state() == State::Running) {
        let over = -left.num_milliseconds();
        if (0..FLASH_MS).contains(&over) && (over / 1000) % 2 == 0 {
            let buffer = frame.buffer_mut();
            for cell in buffer.content.iter_mut() {
                cell.modifier.toggle(Modifier::REVERSED);
            }
        }
    }
}

/// How long the display flashes once the presenter's time runs out.
const FLASH_MS: i64 = 10_000;

/// A clock on the room display: its digits, the words under them, their style.
struct Block {
    digits: String,
    said: String,
    style: Style,
}

/// What of a clock's text large digits draw: its digits, colons and sign, without a leading
/// zero hour (`0:10:00` is drawn `10:00`, so two clocks fit side by side on 80 columns).
fn digit_text(text: &str) -> String {
    let digits: String = text.chars().filter(|c| c.is_ascii_digit() || *c == ':' || *c == '+').collect();
    let (sign, body) = digits.strip_prefix('+').map_or(("", digits.as_str()), |rest| ("+", rest));
    match body.strip_prefix("0:") {
        Some(rest) if rest.len() == 5 => format!("{sign}{rest}"),
        _ => digits,
    }
}

/// The largest scale at which `digits` fit `width` columns and `height` rows with a line under.
fn fitting_scale(digits: &str, width: usize, height: usize) -> usize {
    let height = height.saturating_sub(1);
    (1..=6).rev().find(|&k| big_width(digits, k) <= width && 5 * k <= height).unwrap_or(0)
}

/// The presenter's clock and the session's, both in large digits as large as the area allows:
/// side by side, or one above the other; where neither fits, the presenter's large and the
/// session's in words under it.
fn two_clocks(frame: &mut Frame, presenter: &Block, session: &Block, area: ratatui::layout::Rect) {
    const GAP: usize = 4;
    let (a, b) = (digit_text(&presenter.digits), digit_text(&session.digits));
    let (width, height) = (area.width as usize, area.height as usize);
    let beside = (1..=6)
        .rev()
        .find(|&k| big_width(&a, k) + GAP + big_width(&b, k) <= width && 5 * k < height)
        .unwrap_or(0);
    let half = height / 2;
    let stacked = fitting_scale(&a, width, half).min(fitting_scale(&b, width, height - half));
    if beside >= stacked && beside > 0 {
        let wa = big_width(&a, beside);
        let wb = big_width(&b, beside);
        let side = (width - wa - wb - GAP) / 2;
        let [_, left, _, right, _] = Layout::horizontal([
            Constraint::Length(side as u16),
            Constraint::Length(wa as u16),
            Constraint::Length(GAP as u16),
            Constraint::Length(wb as u16),
            Constraint::Min(0),
        ])
        .areas(area);
        draw(frame, presenter, left, beside);
        draw(frame, session, right, beside);
    } else if stacked > 0 {
        let [top, bottom] =
            Layout::vertical([Constraint::Length(half as u16), Constraint::Min(0)]).areas(area);
        draw(frame, presenter, top, stacked);
        draw(frame, session, bottom, stacked);
    } else {
        let [big_area, line_area] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        let scale = fitting_scale(&a, big_area.width as usize, big_area.height as usize);
        draw(frame, presenter, big_area, scale);
        let line = format!("{}  {}", session.digits, session.said);
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(line, session.style))).centered(),
            line_area,
        );
    }
}

/// A clock drawn in `area`: large digits at `scale` (its text, when none fit), the words under.
fn draw(frame: &mut Frame, block: &Block, area: ratatui::layout::Rect, scale: usize) {
    let digits = digit_text(&block.digits);
    let lit = block.style.add_modifier(Modifier::REVERSED);
    let max_w = area.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    if scale == 0 || digits.is_empty() || big_width(&digits, scale) > max_w {
        lines.push(Line::styled(block.digits.clone(), block.style).centered());
    } else {
        let pad = (max_w - big_width(&digits, scale)) / 2;
        for row in big(&digits, scale) {
            let mut spans = vec![Span::raw(" ".repeat(pad))];
            spans.extend(
                row.into_iter()
                    .map(|(on, w)| Span::styled(" ".repeat(w), if on { lit } else { Style::new() })),
            );
            lines.push(Line::from(spans));
        }
    }
    lines.push(Line::from(Span::styled(block.said.clone(), block.style)).centered());
    let pad_top = (area.height as usize).saturating_sub(lines.len()) / 2;
    let mut padded = vec![Line::raw(""); pad_top];
    padded.extend(lines);
    frame.render_widget(Paragraph::new(padded), area);
}
