//! What a terminal too small for the screen shows instead.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use i18n_embed_fl::fl;

use super::{MIN_HEIGHT, MIN_WIDTH};
use crate::i18n::current;
use crate::tui::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, theme: &Theme) {
    let l = current();
    let size = |w: u16, h: u16| format!("{w}x{h}");
    let lines = vec![
        Line::styled(fl!(l, "small-title"), theme.title()),
        Line::raw(fl!(
            l,
            "small-size",
            size = size(area.width, area.height),
            needed = size(MIN_WIDTH, MIN_HEIGHT)
        )),
        Line::raw(fl!(l, "small-enlarge")),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}
