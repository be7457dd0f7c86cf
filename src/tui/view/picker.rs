//! The jump picker: every session and topic, the chosen row highlighted and kept in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use i18n_embed_fl::fl;

use super::outline::mark;
use super::{centered, clean};
use crate::i18n::current;
use crate::tui::look::{Look, PickRow, pick_rows};
use crate::tui::theme::Theme;

/// How a row of a list of sessions and topics is set: the picked one highlighted, sessions as
/// titles (the jump picker's and the agenda editor's).
pub fn row_style(row: &PickRow, picked: bool, theme: &Theme) -> Style {
    if picked {
        theme.current()
    } else if matches!(row, PickRow::Session(_)) {
        theme.title()
    } else {
        Style::new()
    }
}

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let popup = centered(area, area.width.saturating_sub(6).min(110), area.height.saturating_sub(2));
    frame.render_widget(Clear, popup);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {} ", fl!(current(), "picker-title")), theme.title()));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let agenda = look.meeting.agenda();
    let room = inner.width as usize;
    let lines: Vec<Line> = pick_rows(look.meeting)
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let text = match row {
                PickRow::Session(k) => {
                    let n = k + 1;
                    format!(
                        "{} {}",
                        fl!(current(), "picker-session", n = n),
                        clean(&agenda.sessions[*k].title)
                    )
                }
                PickRow::Topic(p) => format!(
                    "   {} {:>2}. {}",
                    mark(look.meeting.topic_status(*p)),
                    p.topic + 1,
                    clean(&agenda.sessions[p.session].topics[p.topic].title)
                ),
            };
            Line::from(Span::styled(super::pad(&text, room), row_style(row, i == look.pick, theme)))
        })
        .collect();
    let height = inner.height as usize;
    let top = if lines.len() <= height {
        0
    } else {
        look.pick.saturating_sub(height / 2).min(lines.len() - height)
    };
    frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), inner);
}
