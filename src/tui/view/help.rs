//! The help overlay, generated from the keymap's own table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use i18n_embed_fl::fl;

use super::{centered, pad, width};
use crate::i18n::current;
use crate::tui::keymap::{Mode, help_rows};
use crate::tui::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, mode: Mode, theme: &Theme) {
    let mode = if mode == Mode::Help { Mode::Chair } else { mode };
    let rows = help_rows(mode);
    let key_width = rows.iter().map(|(k, _)| width(k)).max().unwrap_or(0) + 2;
    let mut lines: Vec<Line> = rows
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![Span::styled(pad(keys, key_width), theme.key()), Span::raw(what.as_str())])
        })
        .collect();
    if mode == Mode::Chair {
        let l = current();
        lines.push(Line::from(Span::styled(fl!(l, "help-marks"), theme.dim())));
        lines.push(Line::from(Span::styled(fl!(l, "help-notes"), theme.dim())));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = centered(area, area.width.saturating_sub(4).min(90), height);
    frame.render_widget(Clear, popup);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {} ", fl!(current(), "help-title")), theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), popup);
}
