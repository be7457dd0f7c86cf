//! The clock face: session time left (then over time), topic time, meeting time, drift and the
//! projected end, styled by level so warning, danger and over time differ with or without colour.

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use i18n_embed_fl::fl;

use crate::i18n::current;
use crate::meeting::{Level, State};
use crate::tui::look::Look;
use crate::tui::theme::Theme;
use crate::words;

/// What the session's timer says of its level, with its leading space (none when normal).
pub fn level_word(level: Level) -> String {
    let l = current();
    match level {
        Level::Normal => String::new(),
        Level::Warning => format!(" {}", fl!(l, "level-warning")),
        Level::Danger => format!(" {}", fl!(l, "level-danger")),
        Level::Over => format!(" {}", fl!(l, "level-over")),
    }
}

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme, now: DateTime<Utc>) {
    let t = look.meeting.timers(now);
    let zone = look.meeting.agenda().timezone;
    let block = Block::new().borders(Borders::BOTTOM);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let l = current();
    // The labels' column, as wide as the widest label and a space (8 in English: `Meeting `).
    let [session_label, topic_label, meeting_label] =
        [fl!(l, "clock-session"), fl!(l, "clock-topic"), fl!(l, "clock-meeting")];
    let col = [&session_label, &topic_label, &meeting_label]
        .map(|w| super::width(w))
        .into_iter()
        .max()
        .unwrap_or(0)
        + 1;
    let label = |w: &str, cols: usize| super::pad(w, cols);
    let time_left = |d| {
        let time = words::remaining(d);
        if d.num_milliseconds() < 0 {
            fl!(l, "clock-over", time = time)
        } else {
            fl!(l, "clock-left", time = time)
        }
    };
    let session = format!(" {} ", time_left(t.session_remaining));
    // The topic's own line: over its planned time it is styled as the session's timer is.
    let mut topic = vec![
        Span::styled(label(&topic_label, col), theme.label()),
        Span::raw(words::elapsed(t.topic_elapsed)),
    ];
    if let Some(left) = t.topic_remaining {
        topic.push(if left.num_milliseconds() < 0 {
            Span::styled(
                format!("  {} {}", time_left(left), level_word(Level::Over)),
                theme.level(Level::Over),
            )
        } else {
            Span::styled(format!("  ({})", time_left(left)), theme.dim())
        });
    }
    let first = vec![
        Span::styled(label(&session_label, col - 1), theme.label()),
        Span::styled(session, theme.level(t.level)),
        Span::styled(level_word(t.level), theme.level(t.level)),
    ];
    let meeting = match t.state {
        State::NotOpened => vec![Span::styled(
            format!("{} {}", label(&meeting_label, col), words::state(State::NotOpened)),
            theme.dim(),
        )],
        // The time paused, when there was any (the running time is the rest): it fits 80 columns.
        _ if t.paused_time.num_seconds() > 0 => vec![
            Span::styled(label(&meeting_label, col), theme.label()),
            Span::raw(words::elapsed(t.meeting_elapsed)),
            Span::styled(
                format!("  ({})", fl!(l, "clock-paused", time = words::elapsed(t.paused_time))),
                theme.dim(),
            ),
        ],
        _ => vec![
            Span::styled(label(&meeting_label, col), theme.label()),
            Span::raw(words::elapsed(t.meeting_elapsed)),
        ],
    };
    let drift = vec![
        Span::styled(format!("{} ", fl!(l, "clock-drift")), theme.label()),
        Span::raw(words::drift(t.drift)),
        Span::styled(format!("   {} ", fl!(l, "clock-projected-end")), theme.label()),
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
