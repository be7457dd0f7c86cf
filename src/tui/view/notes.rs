//! The notes pane: the current topic's notes, newest last, with time and kind; the secretary's
//! editor under them. The real terminal cursor is put at the editor's caret, so an input method
//! composes Hangul in place.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position as Cell, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthChar;

use super::{clean, width};
use crate::meeting::notes::Kind;
use crate::meeting::{Note, State};
use crate::tui::app::App;
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;

/// Lines of text wrapped to `room` columns: at a space where one is near, anywhere in Hangul.
pub fn wrap(text: &str, room: usize) -> Vec<String> {
    let room = room.max(2);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for c in para.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > room {
                // Break at the last space of the line if it is in its second half.
                match line.rfind(' ').filter(|&i| width(&line[..i]) > room / 2) {
                    Some(i) => {
                        let rest = line[i + 1..].to_owned();
                        line.truncate(i);
                        out.push(std::mem::take(&mut line));
                        line = rest;
                        used = width(&line);
                    }
                    None => {
                        out.push(std::mem::take(&mut line));
                        used = 0;
                    }
                }
            }
            line.push(c);
            used += w;
        }
        out.push(line);
    }
    out
}

fn note_lines(note: &Note, room: usize, theme: &Theme) -> Vec<Line<'static>> {
    let parsed = &note.parsed;
    let (label, label_style) = match parsed.kind {
        Kind::Note => ("", Style::new()),
        Kind::Decision => ("Decision: ", theme.decision()),
        Kind::ActionItem => ("Action: ", theme.action_item()),
    };
    let mut text = clean(&parsed.text).trim().to_owned();
    if parsed.kind == Kind::ActionItem {
        let mut extra = Vec::new();
        if let Some(owner) = &parsed.owner {
            extra.push(format!("@{}", clean(owner)));
        }
        if let Some(due) = parsed.due {
            extra.push(format!("due {due}"));
        }
        if let Some(problem) = &parsed.due_problem {
            extra.push(format!("due date not understood: {}", clean(problem)));
        }
        if !extra.is_empty() {
            text = format!("{text} ({})", extra.join(", "));
        }
    }
    if note.is_edited() {
        text.push_str(" (edited)");
    }
    let stamp = format!("{} ", note.taken_at().format("%H:%M"));
    let body = format!("{label}{text}");
    let indent = width(&stamp);
    let style = if note.is_struck() { theme.struck() } else { Style::new() };
    wrap(&body, room.saturating_sub(indent))
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let head =
                if i == 0 { Span::styled(stamp.clone(), theme.dim()) } else { Span::raw(" ".repeat(indent)) };
            let label_len = if i == 0 { label.len().min(part.len()) } else { 0 };
            let (l, rest) = part.split_at(label_len);
            Line::from(vec![
                head,
                Span::styled(l.to_owned(), label_style),
                Span::styled(rest.to_owned(), style),
            ])
        })
        .collect()
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let editing = app.mode == Mode::Editing;
    let editor_rows = (app.editor.lines().len() as u16).clamp(1, 4) + 1;
    let [list_area, editor_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(editor_rows)]).areas(area);
    let meeting = &app.meeting;
    let here = meeting.position();
    let (title, notes): (String, Vec<&Note>) = if meeting.state() == State::NotOpened {
        ("Notes before opening".into(), meeting.notes_before_opening().collect())
    } else {
        (format!("Notes: topic {}", here.topic + 1), meeting.notes_on(here).collect())
    };
    let shown = notes.len().saturating_sub(app.notes_back);
    let more =
        if app.notes_back > 0 { format!(" ({} newer below: Down)", app.notes_back) } else { String::new() };
    let block = Block::new()
        .title(Line::from(vec![Span::styled(title, theme.title()), Span::styled(more, theme.dim())]));
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);
    let room = inner.width as usize;
    let mut lines: Vec<Line> = notes[..shown].iter().flat_map(|n| note_lines(n, room, theme)).collect();
    if lines.is_empty() {
        lines.push(Line::from(Span::styled("No notes on this topic yet.", theme.dim())));
    }
    // Newest last, the newest in view.
    let top = lines.len().saturating_sub(inner.height as usize);
    frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), inner);

    let (title, style) = if editing {
        ("Note: Enter saves, Alt-Enter new line, Esc back to the chair", theme.focus())
    } else {
        ("Tab: type a note", theme.dim())
    };
    let block = Block::new().borders(Borders::TOP).border_style(style).title(Span::styled(title, style));
    let inner = block.inner(editor_area);
    frame.render_widget(block, editor_area);
    frame.render_widget(&app.editor, inner);
    if editing {
        let caret = app.editor.screen_cursor();
        let (top, left) = app.editor.scroll_offset();
        let x = inner.x.saturating_add(caret.col as u16).saturating_sub(left);
        let y = inner.y.saturating_add(caret.row as u16).saturating_sub(top);
        if x < inner.right() && y < inner.bottom() {
            frame.set_cursor_position(Cell::new(x, y));
        }
    }
}
