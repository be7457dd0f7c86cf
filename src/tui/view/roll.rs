//! The roll call over the screen: everyone on the roll with whether they are here, why not, when
//! they came late or left, and the line being typed (a reason, someone to add).

use i18n_embed_fl::fl;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::{centered, clean, pad, width};
use crate::agenda::Group;
use crate::i18n::current;
use crate::meeting::{Attending, Presence};
use crate::tui::look::{Look, RollLine};
use crate::tui::theme::Theme;

/// The word for where someone stands, padded to the widest such word.
fn presence(who: &Attending) -> String {
    let l = current();
    match who.presence {
        Presence::Unmarked => fl!(l, "roll-unmarked"),
        Presence::Present => fl!(l, "roll-present"),
        Presence::Absent => fl!(l, "roll-absent"),
        Presence::Left => fl!(l, "roll-left"),
    }
}

/// What else the roll says of them: in support, added, arrived late, left, why absent.
fn details(who: &Attending) -> String {
    let l = current();
    let clock = |t: &chrono::DateTime<chrono::FixedOffset>| t.format("%H:%M").to_string();
    let mut parts = Vec::new();
    if let Some(affiliation) = &who.attendee.affiliation {
        parts.push(clean(affiliation).into_owned());
    }
    if who.attendee.group == Group::Supporting {
        parts.push(fl!(l, "roll-supporting"));
    }
    if let Some(t) = &who.added_at {
        parts.push(fl!(l, "roll-added", time = clock(t)));
    }
    if let Some(t) = &who.arrived_at {
        parts.push(fl!(l, "roll-arrived", time = clock(t)));
    }
    if let Some(t) = &who.left_at {
        parts.push(fl!(l, "roll-left-at", time = clock(t)));
    }
    if let Some(reason) = &who.reason {
        parts.push(clean(reason).into_owned());
    }
    parts.join(", ")
}

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let l = current();
    let m = look.meeting;
    let popup = centered(area, area.width.saturating_sub(4).min(100), area.height.saturating_sub(2));
    frame.render_widget(Clear, popup);
    let title = match m.agenda().quorum {
        Some(quorum) => fl!(l, "roll-title-quorum", present = m.present_count(), quorum = quorum),
        None => fl!(l, "roll-title", present = m.present_count()),
    };
    let block = Block::new().borders(Borders::ALL).title(Span::styled(format!(" {title} "), theme.title()));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [list, input] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(inner);
    let roll = m.attendees();
    let status_cols = roll.iter().map(|a| width(&presence(a))).max().unwrap_or(0);
    let name_cols = roll.iter().map(|a| width(&clean(&a.attendee.called()))).max().unwrap_or(0).min(36);
    let room = list.width as usize;
    let mut lines: Vec<Line> = roll
        .iter()
        .enumerate()
        .map(|(i, who)| {
            let text = format!(
                " {}  {}  {}",
                pad(&presence(who), status_cols),
                pad(&clean(&who.attendee.called()), name_cols),
                details(who)
            );
            let style = if i == look.roll_pick {
                theme.current()
            } else if who.presence == Presence::Present {
                Style::new()
            } else {
                theme.dim()
            };
            Line::from(Span::styled(pad(&text, room), style))
        })
        .collect();
    if roll.is_empty() {
        lines.push(Line::styled(fl!(l, "roll-empty"), theme.dim()));
    }
    let height = list.height as usize;
    let top = if lines.len() <= height {
        0
    } else {
        look.roll_pick.saturating_sub(height / 2).min(lines.len() - height)
    };
    frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), list);
    if let Some(typing) = look.roll_input {
        let prompt = match typing.line {
            RollLine::Reason(_) => fl!(l, "roll-input-reason"),
            RollLine::Add => fl!(l, "roll-input-add"),
            // The agenda editor's and the room's lines are drawn over their own screens.
            _ => return,
        };
        let line = Line::from(vec![
            Span::styled(format!("{prompt} "), theme.label()),
            Span::raw(format!("{}_", clean(&typing.text))),
        ]);
        frame.render_widget(Paragraph::new(line), input);
    }
}
