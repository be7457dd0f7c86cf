//! The current item: which session and topic, the topic's words large (bold) and wrapped, and
//! the presenter.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::clean;
use i18n_embed_fl::fl;

use crate::i18n::current;
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
    let l = current();
    let (n, of) = (here.session + 1, agenda.sessions.len());
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{} ", fl!(l, "current-session", n = n, of = of)), theme.label()),
        Span::styled(clean(&session.title).into_owned(), theme.title()),
    ])];
    let status = match meeting.state() {
        // Only the chair's keys open it; a seat and replay watch.
        State::NotOpened if look.home == crate::tui::keymap::Mode::Chair => {
            format!("  ({})", fl!(l, "current-not-opened-chair"))
        }
        State::NotOpened => format!("  ({})", fl!(l, "current-not-opened")),
        State::Paused => format!("  ({})", fl!(l, "current-paused")),
        State::Closed => format!("  ({})", fl!(l, "current-closed")),
        State::Running if meeting.agenda_done() => format!("  ({})", fl!(l, "current-last-topic")),
        State::Running => String::new(),
    };
    lines.push(Line::from(vec![
        Span::styled(
            {
                let (n, of) = (here.topic + 1, session.topics.len());
                fl!(l, "current-topic", n = n, of = of)
            },
            theme.label(),
        ),
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
            Span::styled(format!("{} ", fl!(l, "current-presenter")), theme.label()),
            Span::raw(clean(presenter).into_owned()),
        ]));
    }
    if let Some(notes) = &topic.notes {
        lines.push(Line::from(Span::styled(clean(notes).into_owned(), theme.dim())));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}
