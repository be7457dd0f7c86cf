//! The room display: a read-only screen for a projector or a screen facing the speakers. The
//! session's time left in large digits in its threshold style, the session and topic, the next
//! topic, the drift. Digits are drawn with reverse-video cells, so no ambiguous-width glyph is
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
    let digits_text: String = text.chars().filter(|c| c.is_ascii_digit() || *c == ':' || *c == '+').collect();
    let style = theme.level(t.level);
    let lit = style.add_modifier(Modifier::REVERSED);
    let max_w = digits_area.width as usize;
    let max_h = (digits_area.height as usize).saturating_sub(1);
    let scale = (1..=6).rev().find(|&k| big_width(&digits_text, k) <= max_w && 5 * k <= max_h).unwrap_or(0);
    let mut lines: Vec<Line> = Vec::new();
    if scale == 0 || digits_text.is_empty() {
        lines.push(Line::styled(text.clone(), style));
    } else {
        let pad = (max_w - big_width(&digits_text, scale)) / 2;
        for row in big(&digits_text, scale) {
            let mut spans = vec![Span::raw(" ".repeat(pad))];
            spans.extend(
                row.into_iter()
                    .map(|(on, w)| Span::styled(" ".repeat(w), if on { lit } else { Style::new() })),
            );
            lines.push(Line::from(spans));
        }
    }
    let level_word = super::timers::level_word(t.level);
    let said = [level_word.trim_start(), word.as_str()]
        .into_iter()
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("  ");
    lines.push(Line::from(Span::styled(said, style)).centered());
    let pad_top = (digits_area.height as usize).saturating_sub(lines.len()) / 2;
    let mut padded = vec![Line::raw(""); pad_top];
    padded.extend(lines);
    frame.render_widget(Paragraph::new(padded), digits_area);
    let topic = session.and_then(|s| s.topics.get(p.topic));
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
}
