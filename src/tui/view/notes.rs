//! The notes pane: the current topic's notes, newest last, with time and kind; the secretary's
//! editor under them. The real terminal cursor is put at the editor's caret, so an input method
//! composes Hangul in place.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position as Cell, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthChar;

use i18n_embed_fl::fl;

use super::{clean, width};
use crate::i18n::current;
use crate::meeting::notes::Kind;
use crate::meeting::{Note, State};

use crate::tui::keymap::Mode;
use crate::tui::look::{Look, SaveView, pane_notes};
use crate::tui::theme::Theme;
use crate::words;

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

/// How a note's line reads: saved, or still on its way to the disk.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Saved {
    Yes,
    Pending,
    /// Pending while the disk refuses: the header says NOT SAVED.
    Refused,
}

fn note_lines(
    note: &Note,
    speaker: Option<String>,
    saved: Saved,
    picked: bool,
    room: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let parsed = &note.parsed;
    let l = current();
    let (label, label_style) = match parsed.kind {
        // Who spoke, as the record names them.
        Kind::Note if speaker.is_some() => {
            (format!("{}: ", clean(speaker.as_deref().unwrap_or_default())), theme.label())
        }
        Kind::Note => (String::new(), Style::new()),
        Kind::Decision => (format!("{} ", fl!(l, "notes-decision")), theme.decision()),
        Kind::ActionItem => (format!("{} ", fl!(l, "notes-action")), theme.action_item()),
    };
    // Line breaks typed with Alt-Enter stay line breaks; other control characters are shown,
    // never sent.
    let mut text = parsed.text.trim().split('\n').map(clean).collect::<Vec<_>>().join("\n");
    if parsed.kind == Kind::ActionItem {
        let mut extra = Vec::new();
        if let Some(owner) = &parsed.owner {
            extra.push(format!("@{}", clean(owner)));
        }
        if let Some(due) = parsed.due {
            extra.push(fl!(l, "notes-due", due = due.to_string()));
        }
        if let Some(problem) = &parsed.due_problem {
            let problem = clean(&words::due_problem(problem)).into_owned();
            extra.push(fl!(l, "notes-due-not-understood", problem = problem));
        }
        if !extra.is_empty() {
            text = format!("{text} ({})", extra.join(", "));
        }
    }
    if let Some(vote) = parsed.vote {
        let said = fl!(l, "md-vote", yes = vote.yes, no = vote.no, abstaining = vote.abstaining);
        text.push_str(&format!(" ({said})"));
    }
    if note.is_edited() {
        text.push_str(&format!(" ({})", fl!(l, "notes-edited")));
    }
    if note.is_struck() {
        text.push_str(&format!(" ({})", fl!(l, "notes-struck")));
    }
    // A note shows its time only once it is on disk.
    let stamp = match saved {
        Saved::Yes => format!("{} ", note.taken_at().format("%H:%M")),
        Saved::Pending => format!("{} ", fl!(l, "notes-saving")),
        Saved::Refused => format!("{} ", fl!(l, "notes-unsaved")),
    };
    let stamp_style = match saved {
        Saved::Yes if picked => theme.current(),
        Saved::Yes => theme.dim(),
        Saved::Pending => theme.hint(),
        Saved::Refused => theme.not_saved(),
    };
    let body = format!("{label}{text}");
    let indent = width(&stamp);
    let style = if picked {
        // The picked note stands out whole, not only its time.
        theme.current()
    } else if note.is_struck() {
        theme.struck()
    } else if saved != Saved::Yes {
        theme.dim()
    } else {
        Style::new()
    };
    let label_style = if picked { theme.current() } else { label_style };
    wrap(&body, room.saturating_sub(indent))
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let head =
                if i == 0 { Span::styled(stamp.clone(), stamp_style) } else { Span::raw(" ".repeat(indent)) };
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

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let editing = look.mode == Mode::Editing;
    let editor_rows = look.editor.map_or(0, |e| (e.area.lines().len() as u16).clamp(1, 4) + 1);
    let [list_area, editor_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(editor_rows)]).areas(area);
    let meeting = look.meeting;
    let here = meeting.position();
    let l = current();
    let title = if meeting.state() == State::NotOpened {
        fl!(l, "notes-before-opening")
    } else {
        let n = here.topic + 1;
        fl!(l, "notes-topic", n = n)
    };
    let notes = pane_notes(meeting);
    let refused = matches!(look.save, SaveView::NotSaved(_));
    let help = match look.picked {
        _ if look.editor.is_none() => String::new(),
        Some(_) => format!("  {}", fl!(l, "notes-help-picked")),
        None if notes.is_empty() => String::new(),
        None => format!("  {}", fl!(l, "notes-help-pick")),
    };
    let block = Block::new()
        .title(Line::from(vec![Span::styled(title, theme.title()), Span::styled(help, theme.dim())]));
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);
    let room = inner.width as usize;
    // A second seat's notes on their way to the runner come last.
    let mut tail: Vec<Line> = Vec::new();
    let here_on = (meeting.state() != State::NotOpened).then_some(here);
    for out in look.sending.iter().filter(|o| o.on == here_on) {
        let stamp = format!("{} ", if refused { fl!(l, "notes-unsent") } else { fl!(l, "notes-sending") });
        let style = if refused { theme.not_saved() } else { theme.hint() };
        let indent = width(&stamp);
        for (i, part) in wrap(&clean(&out.text), room.saturating_sub(indent)).into_iter().enumerate() {
            let head =
                if i == 0 { Span::styled(stamp.clone(), style) } else { Span::raw(" ".repeat(indent)) };
            tail.push(Line::from(vec![head, Span::styled(part, theme.dim())]));
        }
    }
    // Only the notes that can show are laid out, newest first, back to the picked one: a topic
    // with thousands of notes draws as fast as one with a few.
    let height = inner.height as usize;
    let mut blocks: Vec<Vec<Line>> = Vec::new();
    let mut count = tail.len();
    let mut i = notes.len();
    let oldest_needed = look.picked.unwrap_or(usize::MAX);
    while i > 0 && (count < height || i > oldest_needed) {
        i -= 1;
        let note = notes[i];
        let saved = match (look.marks.is_saved(&note.id), refused) {
            (true, _) => Saved::Yes,
            (false, false) => Saved::Pending,
            (false, true) => Saved::Refused,
        };
        let speaker = look.meeting.speaker_called(note);
        let block = note_lines(note, speaker, saved, look.picked == Some(i), room, theme);
        count += block.len();
        blocks.push(block);
    }
    let mut picked_at = None;
    let mut lines: Vec<Line> = Vec::with_capacity(count);
    for (k, block) in blocks.into_iter().rev().enumerate() {
        if look.picked == Some(i + k) {
            picked_at = Some(lines.len());
        }
        lines.extend(block);
    }
    lines.extend(tail);
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(fl!(l, "notes-none"), theme.dim())));
    }
    // Newest last and in view, unless an older note is picked: then that one.
    let bottom = lines.len().saturating_sub(height);
    let top = picked_at.map_or(bottom, |at| at.min(bottom));
    frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), inner);

    let Some(editor) = look.editor else {
        return;
    };
    let (title, style) = if editing && editor.editing.is_some() {
        (fl!(l, "editor-editing"), theme.focus())
    } else if editing {
        (fl!(l, "editor-typing"), theme.focus())
    } else {
        (fl!(l, "editor-idle"), theme.dim())
    };
    let block = Block::new().borders(Borders::TOP).border_style(style).title(Span::styled(title, style));
    let inner = block.inner(editor_area);
    frame.render_widget(block, editor_area);
    frame.render_widget(&editor.area, inner);
    if editing {
        let caret = editor.area.screen_cursor();
        let (top, left) = editor.area.scroll_offset();
        let x = inner.x.saturating_add(caret.col as u16).saturating_sub(left);
        let y = inner.y.saturating_add(caret.row as u16).saturating_sub(top);
        if x < inner.right() && y < inner.bottom() {
            frame.set_cursor_position(Cell::new(x, y));
        }
    }
}
