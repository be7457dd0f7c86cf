//! The bottom line: which keys are live (and which seat has focus), or a short message such as
//! the reason an action was refused.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use i18n_embed_fl::fl;

use super::{clean, fit, width};
use crate::i18n::current;
use crate::meeting::State;
use crate::tui::keymap::Mode;
use crate::tui::look::Look;
use crate::tui::theme::Theme;

/// The keys that matter now, most important first. `? help` is always added last, and always
/// shown: what does not fit the width is left out from the end of the list.
fn keys(look: &Look) -> (String, Vec<(&'static str, String)>) {
    let l = current();
    let state = look.meeting.state();
    match look.mode {
        Mode::Chair if state == State::NotOpened && look.meeting.held().is_rehearsal() => (
            fl!(l, "seat-chair"),
            vec![
                ("Space", fl!(l, "key-open")),
                ("t", fl!(l, "key-real-meeting-today")),
                ("Tab", fl!(l, "key-note")),
                ("q", fl!(l, "key-quit")),
            ],
        ),
        Mode::Chair if state == State::NotOpened => (
            fl!(l, "seat-chair"),
            vec![
                ("Space", fl!(l, "key-open")),
                ("Tab", fl!(l, "key-note")),
                ("q", fl!(l, "key-quit")),
                ("g", fl!(l, "key-jump")),
            ],
        ),
        Mode::Chair => (
            fl!(l, "seat-chair"),
            vec![
                ("Space", if state == State::Paused { fl!(l, "key-resume") } else { fl!(l, "key-pause") }),
                ("n/p", fl!(l, "key-topic")),
                ("Tab", fl!(l, "key-note")),
                ("e", fl!(l, "key-close")),
                ("q", fl!(l, "key-quit")),
                ("]/[", fl!(l, "key-session")),
                ("s", fl!(l, "key-skip")),
                ("d", fl!(l, "key-defer")),
                ("g", fl!(l, "key-jump")),
                ("+/-", fl!(l, "key-minute")),
            ],
        ),
        Mode::Secretary => (
            fl!(l, "seat-secretary"),
            vec![
                ("Tab", fl!(l, "key-note")),
                ("Up/Down", fl!(l, "key-pick")),
                ("Enter", fl!(l, "key-edit")),
                ("x", fl!(l, "key-strike")),
                ("q", fl!(l, "key-quit")),
                ("PgUp/PgDn", fl!(l, "key-notes")),
            ],
        ),
        Mode::Editing if look.home == Mode::Secretary => (
            fl!(l, "seat-note"),
            vec![
                ("Enter", fl!(l, "key-save")),
                ("Esc", fl!(l, "key-notes")),
                ("Alt-Enter", fl!(l, "key-new-line")),
                ("d:", fl!(l, "key-decision")),
                ("a:", fl!(l, "key-action")),
                ("PgUp/PgDn", fl!(l, "key-notes")),
            ],
        ),
        Mode::Editing => (
            fl!(l, "seat-note"),
            vec![
                ("Enter", fl!(l, "key-save")),
                ("Esc", fl!(l, "key-chair")),
                ("Alt-Enter", fl!(l, "key-new-line")),
                ("PgDn/PgUp", fl!(l, "key-topic")),
                ("d:", fl!(l, "key-decision")),
                ("a:", fl!(l, "key-action")),
            ],
        ),
        Mode::Jump => (
            fl!(l, "seat-jump"),
            vec![("Up/Down", fl!(l, "key-pick")), ("Enter", fl!(l, "key-go")), ("Esc", fl!(l, "key-cancel"))],
        ),
        Mode::Help => (fl!(l, "seat-help"), vec![("Esc", fl!(l, "key-close-help"))]),
        Mode::Confirm => (fl!(l, "seat-ask"), vec![("y", fl!(l, "key-yes")), ("n", fl!(l, "key-no"))]),
        Mode::Summary => {
            (fl!(l, "seat-closed"), vec![("Up/Down", fl!(l, "key-scroll")), ("q", fl!(l, "key-quit"))])
        }
        Mode::RollCall => (
            fl!(l, "seat-roll-call"),
            vec![
                ("Up/Down", fl!(l, "key-pick")),
                ("Space", fl!(l, "key-present-absent")),
                ("Enter", fl!(l, "key-reason")),
                ("l", fl!(l, "key-left")),
                ("a", fl!(l, "key-add")),
                ("Esc", fl!(l, "key-back")),
            ],
        ),
        Mode::LineInput => {
            let seat = match look.roll_input.map(|i| i.line) {
                Some(line) if line.is_agenda() => fl!(l, "seat-agenda"),
                Some(crate::tui::look::RollLine::Message) => fl!(l, "seat-room-message"),
                _ => fl!(l, "seat-roll-call"),
            };
            (seat, vec![("Enter", fl!(l, "key-done")), ("Esc", fl!(l, "key-cancel"))])
        }
        Mode::Agenda => (
            fl!(l, "seat-agenda"),
            vec![
                ("Up/Down", fl!(l, "key-pick")),
                ("i", fl!(l, "key-insert")),
                ("r", fl!(l, "key-rename")),
                ("t", fl!(l, "key-retime")),
                ("[ ]", fl!(l, "key-move")),
                ("x", fl!(l, "key-remove")),
                ("Enter", fl!(l, "key-take-up")),
                ("Esc", fl!(l, "key-back")),
            ],
        ),
        // The correction screen draws its own bottom line.
        Mode::Amend => (fl!(l, "seat-amend"), vec![("q", fl!(l, "key-quit"))]),
        // Replay draws its timeline here instead.
        Mode::Replay => (fl!(l, "seat-replay"), vec![("q", fl!(l, "key-quit"))]),
    }
}

/// The keys that fit in `room` columns, `?` last and never left out where it is a key.
fn fitted(keys: &[(String, String)], room: usize, with_help: bool) -> Vec<(String, String)> {
    let cost = |(key, what): &(String, String)| width(key) + 1 + width(what) + 2;
    let help = ("?".to_owned(), fl!(current(), "key-help"));
    let mut used = if with_help { cost(&help) } else { 0 };
    let mut shown = Vec::new();
    for k in keys {
        if used + cost(k) > room {
            break;
        }
        used += cost(k);
        shown.push(k.clone());
    }
    if with_help {
        shown.push(help);
    }
    shown
}

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let (seat, keys) = keys(look);
    let l = current();
    let keys: Vec<(String, String)> = keys
        .into_iter()
        .map(|(key, what)| (if key == "Up/Down" { fl!(l, "key-name-up-down") } else { key.to_owned() }, what))
        .collect();
    let mut spans = vec![Span::styled(format!(" {seat} "), theme.current()), Span::raw(" ")];
    let room = (area.width as usize).saturating_sub(width(&seat) + 3);
    if let Some(hint) = look.hint {
        spans.push(Span::styled(fit(&clean(hint), room.saturating_sub(1)), theme.hint()));
    } else {
        // `?` opens the help where it is a key, not in the editor (there it is typed).
        let with_help = matches!(
            look.mode,
            Mode::Chair | Mode::Secretary | Mode::Summary | Mode::RollCall | Mode::Agenda
        );
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
        let keys = [("Space", "pause"), ("n/p", "topic"), ("Tab", "note"), ("e", "close"), ("q", "quit")]
            .map(|(key, what)| (key.to_owned(), what.to_owned()));
        let shown = fitted(&keys, 40, true);
        assert_eq!(shown.last(), Some(&("?".to_owned(), "help".to_owned())));
        assert_eq!(&shown[..2], &keys[..2]);
        assert!(shown.len() < keys.len() + 1, "{shown:?}");
        assert_eq!(fitted(&keys, 200, true).len(), keys.len() + 1);
    }
}
