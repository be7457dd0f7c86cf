//! The bottom line: which keys are live (and which seat has focus), or a short message such as
//! the reason an action was refused.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{clean, fit};
use crate::meeting::State;
use crate::tui::keymap::Mode;
use crate::tui::look::Look;
use crate::tui::theme::Theme;

fn keys(look: &Look) -> (&'static str, &'static [(&'static str, &'static str)]) {
    match look.mode {
        Mode::Chair if look.meeting.state() == State::NotOpened => {
            ("CHAIR", &[("Space", "open"), ("Tab", "note"), ("g", "jump"), ("?", "help"), ("q", "quit")])
        }
        Mode::Chair => (
            "CHAIR",
            &[
                ("Space", "pause"),
                ("n/p", "topic"),
                ("]/[", "session"),
                ("g", "jump"),
                ("+/-", "minute"),
                ("s", "skip"),
                ("d", "defer"),
                ("Tab", "note"),
                ("e", "close"),
                ("?", "help"),
                ("q", "quit"),
            ],
        ),
        Mode::Editing => (
            "NOTE",
            &[
                ("Enter", "save"),
                ("Alt-Enter", "new line"),
                ("d:", "decision"),
                ("a:", "action"),
                ("Esc", "chair"),
                ("PgDn/PgUp", "topic"),
            ],
        ),
        Mode::Jump => ("JUMP", &[("Up/Down", "pick"), ("Enter", "go"), ("Esc", "cancel")]),
        Mode::Help => ("HELP", &[("Esc", "close help")]),
        Mode::Confirm => ("ASK", &[("y", "yes"), ("n", "no")]),
        Mode::Summary => ("CLOSED", &[("?", "help"), ("q", "quit")]),
        // Replay draws its timeline here instead.
        Mode::Replay => ("REPLAY", &[("?", "keys"), ("q", "quit")]),
    }
}

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let (seat, keys) = keys(look);
    let mut spans = vec![Span::styled(format!(" {seat} "), theme.current()), Span::raw(" ")];
    if let Some(hint) = look.hint {
        let room = (area.width as usize).saturating_sub(seat.len() + 4);
        spans.push(Span::styled(fit(&clean(hint), room), theme.hint()));
    } else {
        for (key, what) in keys {
            spans.push(Span::styled(*key, theme.key()));
            spans.push(Span::raw(format!(" {what}  ")));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
