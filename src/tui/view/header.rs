//! The top line: title and place on the left; wall clock, state and save state on the right.

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{clean, fit, width};
use i18n_embed_fl::fl;

use crate::i18n::current;
use crate::tui::look::{Look, SaveView};
use crate::tui::theme::Theme;
use crate::words;

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme, now: DateTime<Utc>) {
    let agenda = look.meeting.agenda();
    let clock = agenda.timezone.at(now).format("%H:%M:%S").to_string();
    let state = words::state(look.meeting.state()).to_uppercase();
    let state = match words::held_mark(look.meeting.held()) {
        Some(mark) => format!("{mark} {state}"),
        None => state,
    };
    let (mut save_text, mut save_style) = match look.save {
        SaveView::Saved(Some(at)) => {
            (fl!(current(), "save-saved-at", at = at.format("%H:%M:%S").to_string()), theme.saved())
        }
        SaveView::Saved(None) => (fl!(current(), "save-saved"), theme.saved()),
        SaveView::NotSaved(reason) => {
            (fl!(current(), "save-not-saved", reason = clean(reason).into_owned()), theme.not_saved())
        }
        SaveView::Ended(what) => (clean(what).into_owned(), theme.saved()),
    };
    // The minutes may be saved while what is typed is not: said beside it, as loud.
    if let Some(warning) = look.warning {
        save_text = format!("{save_text}; {}", clean(warning));
        save_style = theme.not_saved();
    }
    let right_width = width(&clock) + width(&state) + width(&save_text) + 6;
    let left_room = (area.width as usize).saturating_sub(right_width + 1);
    let mut left = clean(&agenda.title).into_owned();
    if let Some(location) = &agenda.location {
        left = format!("{left} | {}", clean(location));
    }
    let left = fit(&left, left_room);
    let pad = (area.width as usize).saturating_sub(width(&left) + right_width);
    let save_room = (area.width as usize).saturating_sub(width(&clock) + width(&state) + 6);
    let line = Line::from(vec![
        Span::styled(left, theme.title()),
        Span::raw(" ".repeat(pad)),
        Span::raw(format!(" {clock}  ")),
        Span::styled(state, theme.title()),
        Span::raw("  "),
        Span::styled(fit(&save_text, save_room), save_style),
        Span::raw(" "),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}
