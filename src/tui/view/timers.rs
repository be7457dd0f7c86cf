//! The clock face: session time left (then over time), topic time, meeting time, drift and the
//! projected end, styled by level so warning, danger and over time differ with or without colour.

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::meeting::{Level, State};
use crate::tui::look::Look;
use crate::tui::theme::Theme;
use crate::words;

pub fn level_word(level: Level) -> &'static str {
    match level {
        Level::Normal => "",
        Level::Warning => " WARNING",
        Level::Danger => " DANGER",
        Level::Over => " OVER TIME",
    }
}

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme, now: DateTime<Utc>) {
    let t = look.meeting.timers(now);
    let zone = look.meeting.agenda().timezone;
    let block = Block::new().borders(Borders::BOTTOM);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let session = if t.session_remaining.num_milliseconds() < 0 {
        format!(" {} over ", words::remaining(t.session_remaining))
    } else {
        format!(" {} left ", words::remaining(t.session_remaining))
    };
    // The topic's own line: over its planned time it is styled as the session's timer is.
    let mut topic = vec![Span::styled("Topic   ", theme.label()), Span::raw(words::elapsed(t.topic_elapsed))];
    if let Some(left) = t.topic_remaining {
        topic.push(if left.num_milliseconds() < 0 {
            Span::styled(format!("  {} over  OVER TIME", words::remaining(left)), theme.level(Level::Over))
        } else {
            Span::styled(format!("  ({} left)", words::remaining(left)), theme.dim())
        });
    }
    let first = vec![
        Span::styled("Session", theme.label()),
        Span::styled(session, theme.level(t.level)),
        Span::styled(level_word(t.level), theme.level(t.level)),
    ];
    let meeting = match t.state {
        State::NotOpened => vec![Span::styled("Meeting  not opened", theme.dim())],
        // The time paused, when there was any (the running time is the rest): it fits 80 columns.
        _ if t.paused_time.num_seconds() > 0 => vec![
            Span::styled("Meeting ", theme.label()),
            Span::raw(words::elapsed(t.meeting_elapsed)),
            Span::styled(format!("  (paused {})", words::elapsed(t.paused_time)), theme.dim()),
        ],
        _ => vec![Span::styled("Meeting ", theme.label()), Span::raw(words::elapsed(t.meeting_elapsed))],
    };
    let drift = vec![
        Span::styled("Drift ", theme.label()),
        Span::raw(words::drift(t.drift)),
        Span::styled("   Projected end ", theme.label()),
        Span::raw(words::projected_end(zone.at(t.projected_end.to_utc()), zone.at(now))),
    ];
    let mut lines = Vec::new();
    if inner.height >= 9 && t.state != State::NotOpened {
        // Large digits above the figures, in the level's style: lit cells are reverse video.
        let text = words::remaining(t.session_remaining);
        let lit = theme.level(t.level).add_modifier(Modifier::REVERSED);
        for row in super::room::big(&text, 1) {
            let mut spans = vec![Span::raw(" ")];
            spans.extend(
                row.into_iter()
                    .map(|(on, w)| Span::styled(" ".repeat(w), if on { lit } else { Style::new() })),
            );
            lines.push(Line::from(spans));
        }
        lines.push(Line::raw(""));
    }
    lines.extend([Line::from(first), Line::from(topic), Line::from(meeting), Line::from(drift)]);
    frame.render_widget(Paragraph::new(lines), inner);
}
