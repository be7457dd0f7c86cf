//! The current item: which session and topic, the topic's words large (bold) and wrapped, and
//! the presenter.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::clean;
use crate::meeting::State;
use crate::tui::look::Look;
use crate::tui::theme::Theme;
use crate::words;

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let meeting = look.meeting;
    let agenda = meeting.agenda();
    let here = meeting.position();
    let block = Block::new().borders(Borders::BOTTOM);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(session) = agenda.sessions.get(here.session) else {
        return;
    };
    let Some(topic) = session.topics.get(here.topic) else {
        return;
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("Session {} of {}: ", here.session + 1, agenda.sessions.len()), theme.label()),
        Span::styled(clean(&session.title).into_owned(), theme.title()),
    ])];
    let status = match meeting.state() {
        // Only the chair's keys open it; a seat and replay watch.
        State::NotOpened if look.home == crate::tui::keymap::Mode::Chair => {
            "  (not opened: Space opens the meeting)".to_owned()
        }
        State::NotOpened => "  (not opened yet)".to_owned(),
        State::Paused => "  (paused)".to_owned(),
        State::Closed => "  (closed)".to_owned(),
        State::Running if meeting.agenda_done() => "  (the last topic: e closes the meeting)".to_owned(),
        State::Running => String::new(),
    };
    lines.push(Line::from(vec![
        Span::styled(format!("Topic {} of {}", here.topic + 1, session.topics.len()), theme.label()),
        Span::styled(status, theme.dim()),
    ]));
    if meeting.held().is_rehearsal() && meeting.state() == State::NotOpened {
        lines.push(Line::from(Span::styled(
            words::rehearsal_day(agenda.date),
            theme.level(crate::meeting::Level::Warning),
        )));
    }
    lines.push(Line::from(Span::styled(clean(&topic.title).into_owned(), theme.title())));
    if let Some(presenter) = &topic.presenter {
        lines.push(Line::from(vec![
            Span::styled("Presenter: ", theme.label()),
            Span::raw(clean(presenter).into_owned()),
        ]));
    }
    if let Some(notes) = &topic.notes {
        lines.push(Line::from(Span::styled(clean(notes).into_owned(), theme.dim())));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}
