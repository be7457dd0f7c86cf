//! A yes/no question over the screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use i18n_embed_fl::fl;

use super::centered;
use crate::i18n::current;
use crate::tui::look::Look;
use crate::tui::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let Some(question) = look.question else {
        return;
    };
    let popup = centered(area, 60, 7);
    frame.render_widget(Clear, popup);
    let l = current();
    let title = format!(" {} ", fl!(l, "confirm-title"));
    let block = Block::new().borders(Borders::ALL).title(Span::styled(title, theme.title()));
    let lines = vec![
        Line::raw(crate::words::question(question)),
        Line::raw(""),
        Line::from(vec![
            Span::styled("y", theme.key()),
            Span::raw(format!(" {}    ", fl!(l, "help-yes"))),
            Span::styled("n", theme.key()),
            Span::raw(format!(" {}", fl!(l, "help-no"))),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: true }), popup);
}
