//! The agenda outline: every session with its planned start and length, the current session's
//! topics under it, each marked; scrolled so the current item is always in view.

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use i18n_embed_fl::fl;

use super::notes::wrap;
use super::{clean, fit};
use crate::i18n::current;
use crate::meeting::{Position, State, TopicStatus};
use crate::tui::look::Look;
use crate::tui::theme::Theme;

/// The marks beside topics, in ASCII so they are one column in every terminal.
pub fn mark(status: TopicStatus) -> &'static str {
    match status {
        TopicStatus::Current => ">",
        TopicStatus::Done => "x",
        TopicStatus::PassedOver => ".",
        TopicStatus::Skipped => "-",
        TopicStatus::Deferred => "~",
        TopicStatus::Pending => " ",
    }
}

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme, now: DateTime<Utc>) {
    let mut block = Block::new()
        .borders(Borders::RIGHT)
        .title(Span::styled(fl!(current(), "outline-title"), theme.title()));
    if let Some((count, met)) = attendance(look) {
        let style = if met { theme.dim() } else { theme.level(crate::meeting::Level::Warning) };
        block = block.title(Line::from(Span::styled(format!("{count} "), style)).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = inner.height as usize;
    let room = inner.width as usize;
    // Where there is room (a tall terminal), topics wrap and read whole; otherwise each is cut
    // to one line so that the whole agenda stays in view.
    let (mut lines, mut current_line) = outline(look, theme, room, true, now);
    if lines.len() > height {
        (lines, current_line) = outline(look, theme, room, false, now);
    }
    // Keep the current item in view, a third of the way down when the list scrolls.
    let top = if lines.len() <= height {
        0
    } else {
        current_line.saturating_sub(height / 3).min(lines.len() - height)
    };
    frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), inner);
}

/// How many are present, in words for the outline's title (with the quorum when there is one),
/// and whether the quorum is met; nothing for a meeting with no one on its roll, or before its
/// roll call where no quorum is set.
fn attendance(look: &Look) -> Option<(String, bool)> {
    let m = look.meeting;
    // Before the roll call begins, a count of none present says nothing: shown once someone is
    // marked, or from the start where a quorum must be met.
    let called = m.attendees().iter().any(|a| a.presence != crate::meeting::Presence::Unmarked);
    if m.attendees().is_empty() || (!called && m.agenda().quorum.is_none()) {
        return None;
    }
    let l = current();
    let present = m.present_count();
    Some(match m.agenda().quorum {
        Some(quorum) => (
            fl!(l, "outline-present-quorum", present = present, quorum = quorum),
            m.quorum_met() == Some(true),
        ),
        None => (fl!(l, "outline-present", present = present), true),
    })
}

/// The outline's lines `room` columns wide, and the line of the current item.
fn outline(
    look: &Look,
    theme: &Theme,
    room: usize,
    wrap_topics: bool,
    now: DateTime<Utc>,
) -> (Vec<Line<'static>>, usize) {
    let meeting = look.meeting;
    let agenda = meeting.agenda();
    let schedule = agenda.schedule();
    // A rehearsal's hours count from its opening: the agenda's, moved.
    let shift = meeting.plan_shift(now);
    let here = meeting.position();
    let opened = meeting.state() != State::NotOpened;
    let mut lines: Vec<Line> = Vec::new();
    let mut current_line = 0;
    // The lengths' column, right-aligned by display width: as wide as the widest length (six
    // columns in English, `1h 20m`; more in Korean, `1시간 20분`).
    let length_col = agenda
        .sessions
        .iter()
        .map(|s| s.duration)
        .chain(schedule.sessions.iter().filter_map(|p| p.break_after.as_ref().map(|b| b.duration)))
        .map(|d| super::width(&crate::words::length(d)))
        .fold(6, usize::max);
    let lengthed = |d| {
        let text = crate::words::length(d);
        format!("{}{text}", " ".repeat(length_col.saturating_sub(super::width(&text))))
    };
    for (k, (session, plan)) in agenda.sessions.iter().zip(&schedule.sessions).enumerate() {
        let is_current = k == here.session;
        let done = (0..session.topics.len()).all(|t| {
            !matches!(meeting.topic_status(Position::new(k, t)), TopicStatus::Pending | TopicStatus::Current)
        });
        let marker = if is_current && opened {
            ">"
        } else if done {
            "x"
        } else {
            " "
        };
        let head = format!(
            "{marker}{} {} {} ",
            k + 1,
            (plan.start + shift).format("%H:%M"),
            lengthed(session.duration)
        );
        let title = fit(&clean(&session.title), room.saturating_sub(super::width(&head)));
        let style = if is_current {
            theme.title()
        } else if done {
            theme.dim()
        } else {
            Style::new()
        };
        if is_current {
            current_line = lines.len();
        }
        lines.push(Line::from(vec![Span::styled(head, style), Span::styled(title, style)]));
        if is_current {
            for (t, topic) in session.topics.iter().enumerate() {
                let p = Position::new(k, t);
                let status = meeting.topic_status(p);
                // Beside the status mark, how the topic stands against the published agenda:
                // `+` added during the meeting, `*` moved, renamed or retimed.
                let head =
                    format!(" {}{} {:>2} ", super::agenda::change_mark(meeting, p), mark(status), t + 1);
                let width = room.saturating_sub(head.len());
                let style = match status {
                    TopicStatus::Current => theme.current(),
                    TopicStatus::Done | TopicStatus::PassedOver | TopicStatus::Skipped => theme.dim(),
                    _ => Style::new(),
                };
                if p == here {
                    current_line = lines.len();
                }
                let title = clean(&topic.title);
                let parts = if wrap_topics { wrap(&title, width) } else { vec![fit(&title, width)] };
                for (i, part) in parts.into_iter().enumerate() {
                    let lead = if i == 0 { head.clone() } else { " ".repeat(head.len()) };
                    let text = if status == TopicStatus::Current { super::pad(&part, width) } else { part };
                    lines.push(Line::from(vec![Span::styled(lead, style), Span::styled(text, style)]));
                }
            }
        }
        if let Some(pause) = &plan.break_after {
            let head = format!("   {} {} ", (pause.start + shift).format("%H:%M"), lengthed(pause.duration));
            let text = fit(&clean(&pause.title), room.saturating_sub(super::width(&head)));
            lines.push(Line::from(Span::styled(format!("{head}{text}"), theme.dim())));
        }
    }
    (lines, current_line)
}
