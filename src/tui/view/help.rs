//! The help overlay, generated from the keymap's own table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centered;
use crate::tui::keymap::{Mode, help_rows};
use crate::tui::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, mode: Mode, theme: &Theme) {
    let mode = if mode == Mode::Help { Mode::Chair } else { mode };
    let rows = help_rows(mode);
    let key_width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 2;
    let mut lines: Vec<Line> = rows
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![Span::styled(format!("{keys:<key_width$}"), theme.key()), Span::raw(*what)])
        })
        .collect();
    if mode == Mode::Chair {
        lines.push(Line::from(Span::styled(
            "Marks: > current  x done  . passed over  - skipped  ~ deferred",
            theme.dim(),
        )));
        lines.push(Line::from(Span::styled(
            "Notes: d: decision; a: @owner action item due:2025-01-15",
            theme.dim(),
        )));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = centered(area, area.width.saturating_sub(4).min(90), height);
    frame.render_widget(Clear, popup);
    let block = Block::new().borders(Borders::ALL).title(Span::styled(" Keys (Esc closes) ", theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), popup);
}
