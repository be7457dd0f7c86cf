//! The bottom line: which keys are live (and which seat has focus), or a short message such as
//! the reason an action was refused.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{clean, fit, width};
use crate::meeting::State;
use crate::tui::keymap::Mode;
use crate::tui::look::Look;
use crate::tui::theme::Theme;

/// The keys that matter now, most important first. `? help` is always added last, and always
/// shown: what does not fit the width is left out from the end of the list.
fn keys(look: &Look) -> (&'static str, Vec<(&'static str, &'static str)>) {
    let state = look.meeting.state();
    match look.mode {
        Mode::Chair if state == State::NotOpened && look.meeting.held().is_rehearsal() => {
            ("CHAIR", vec![("Space", "open"), ("t", "real meeting today"), ("Tab", "note"), ("q", "quit")])
        }
        Mode::Chair if state == State::NotOpened => {
            ("CHAIR", vec![("Space", "open"), ("Tab", "note"), ("q", "quit"), ("g", "jump")])
        }
        Mode::Chair => (
            "CHAIR",
            vec![
                ("Space", if state == State::Paused { "resume" } else { "pause" }),
                ("n/p", "topic"),
                ("Tab", "note"),
                ("e", "close"),
                ("q", "quit"),
                ("]/[", "session"),
                ("s", "skip"),
                ("d", "defer"),
                ("g", "jump"),
                ("+/-", "minute"),
            ],
        ),
        Mode::Secretary => (
            "SECRETARY",
            vec![
                ("Tab", "note"),
                ("Up/Down", "pick"),
                ("Enter", "edit"),
                ("x", "strike"),
                ("q", "quit"),
                ("PgUp/PgDn", "notes"),
            ],
        ),
        Mode::Editing if look.home == Mode::Secretary => (
            "NOTE",
            vec![
                ("Enter", "save"),
                ("Esc", "notes"),
                ("Alt-Enter", "new line"),
                ("d:", "decision"),
                ("a:", "action"),
                ("PgUp/PgDn", "notes"),
            ],
        ),
        Mode::Editing => (
            "NOTE",
            vec![
                ("Enter", "save"),
                ("Esc", "chair"),
                ("Alt-Enter", "new line"),
                ("PgDn/PgUp", "topic"),
                ("d:", "decision"),
                ("a:", "action"),
            ],
        ),
        Mode::Jump => ("JUMP", vec![("Up/Down", "pick"), ("Enter", "go"), ("Esc", "cancel")]),
        Mode::Help => ("HELP", vec![("Esc", "close help")]),
        Mode::Confirm => ("ASK", vec![("y", "yes"), ("n", "no")]),
        Mode::Summary => ("CLOSED", vec![("Up/Down", "scroll"), ("q", "quit")]),
        // Replay draws its timeline here instead.
        Mode::Replay => ("REPLAY", vec![("q", "quit")]),
    }
}

/// The keys that fit in `room` columns, `?` last and never left out where it is a key.
fn fitted(
    keys: &[(&'static str, &'static str)],
    room: usize,
    with_help: bool,
) -> Vec<(&'static str, &'static str)> {
    let cost = |(key, what): &(&str, &str)| width(key) + 1 + width(what) + 2;
    let help = ("?", "help");
    let mut used = if with_help { cost(&help) } else { 0 };
    let mut shown = Vec::new();
    for k in keys {
        if used + cost(k) > room {
            break;
        }
        used += cost(k);
        shown.push(*k);
    }
    if with_help {
        shown.push(help);
    }
    shown
}

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let (seat, keys) = keys(look);
    let mut spans = vec![Span::styled(format!(" {seat} "), theme.current()), Span::raw(" ")];
    let room = (area.width as usize).saturating_sub(seat.len() + 3);
    if let Some(hint) = look.hint {
        spans.push(Span::styled(fit(&clean(hint), room.saturating_sub(1)), theme.hint()));
    } else {
        // `?` opens the help where it is a key, not in the editor (there it is typed).
        let with_help = matches!(look.mode, Mode::Chair | Mode::Secretary | Mode::Summary);
        for (key, what) in fitted(&keys, room, with_help) {
            spans.push(Span::styled(key, theme.key()));
            spans.push(Span::raw(format!(" {what}  ")));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
mod tests {
    use super::fitted;

    #[test]
    fn help_always_fits_and_the_first_keys_come_first() {
        let keys = [("Space", "pause"), ("n/p", "topic"), ("Tab", "note"), ("e", "close"), ("q", "quit")];
        let shown = fitted(&keys, 40, true);
        assert_eq!(shown.last(), Some(&("?", "help")));
        assert_eq!(&shown[..2], &keys[..2]);
        assert!(shown.len() < keys.len() + 1, "{shown:?}");
        assert_eq!(fitted(&keys, 200, true).len(), keys.len() + 1);
    }
}
