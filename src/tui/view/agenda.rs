//! The agenda editor over the screen: the plan the meeting follows, session by session, each
//! topic with its mark, planned time and presenter; what changed from the published agenda
//! marked (`+` added, `*` changed) with the published time beside a changed one; the topics taken
//! off; and the line being typed (a new topic, a title, a planned time).

use i18n_embed_fl::fl;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::outline::mark;
use super::{centered, clean, pad, width};
use crate::i18n::current;
use crate::meeting::{Change, Meeting, Position};
use crate::tui::look::{Look, PickRow, RollLine, pick_rows};
use crate::tui::theme::Theme;
use crate::words;

/// How a topic stands against the published agenda: `+` added during the meeting, `*` moved,
/// renamed or retimed, blank as published (a topic only shifted by one added or taken off before
/// it is as published).
pub fn change_mark(meeting: &Meeting, p: Position) -> &'static str {
    match meeting.against_published(p) {
        Some(a) if a.added() => "+",
        Some(a) if a.changed() => "*",
        _ => " ",
    }
}

/// A planned time, and the published one beside it where they differ.
fn planned(now: Option<chrono::TimeDelta>, was: Option<chrono::TimeDelta>) -> String {
    let l = current();
    let shown = now.map(words::length).unwrap_or_default();
    match (now == was, was) {
        (true, _) => shown,
        (false, Some(was)) => format!("{shown} {}", fl!(l, "agenda-was", time = words::length(was))),
        (false, None) => format!("{shown} {}", fl!(l, "agenda-was-none")),
    }
}

pub fn render(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let l = current();
    let meeting = look.meeting;
    let popup = centered(area, area.width.saturating_sub(4).min(120), area.height.saturating_sub(1));
    frame.render_widget(Clear, popup);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {} ", fl!(l, "agenda-title")), theme.title()));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [list, legend, input] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1), Constraint::Length(1)]).areas(inner);
    let agenda = meeting.agenda();
    let room = list.width as usize;
    let rows = pick_rows(meeting);
    let mut lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let (left, right) = match row {
                PickRow::Session(k) => {
                    let session = &agenda.sessions[*k];
                    let n = *k + 1;
                    let was = Some(meeting.published_session_plan(*k));
                    (
                        format!("{} {}", fl!(l, "picker-session", n = n), clean(&session.title)),
                        planned(Some(session.duration), was),
                    )
                }
                PickRow::Topic(p) => {
                    let topic = &agenda.sessions[p.session].topics[p.topic];
                    let was =
                        meeting.against_published(*p).and_then(|a| a.published).map(|(_, t)| t.duration);
                    let time = match was {
                        Some(was) => planned(topic.duration, was),
                        None => topic.duration.map(words::length).unwrap_or_default(),
                    };
                    let presenter =
                        topic.presenter.as_deref().map(|n| format!("  {}", clean(n))).unwrap_or_default();
                    (
                        format!(
                            "   {} {} {}.{} {}",
                            mark(meeting.topic_status(*p)),
                            change_mark(meeting, *p),
                            p.session + 1,
                            p.topic + 1,
                            clean(&topic.title)
                        ),
                        format!("{time}{presenter}"),
                    )
                }
            };
            let right = format!("  {right}");
            // The time and presenter stay in view; a long title gives way to them.
            let text = if width(&right) + 12 <= room {
                format!("{}{right}", pad(&left, room - width(&right)))
            } else {
                pad(&format!("{left}{right}"), room)
            };
            Line::from(Span::styled(pad(&text, room), super::picker::row_style(row, i == look.pick, theme)))
        })
        .collect();
    let removed: Vec<String> = meeting
        .plan_changes()
        .iter()
        .filter_map(|c| match &c.change {
            Change::Removed { title, .. } => Some(clean(title).into_owned()),
            _ => None,
        })
        .collect();
    if !removed.is_empty() {
        lines.push(Line::styled(fl!(l, "agenda-removed", titles = removed.join(", ")), theme.dim()));
    }
    let height = list.height as usize;
    let top = if lines.len() <= height {
        0
    } else {
        look.pick.saturating_sub(height / 2).min(lines.len() - height)
    };
    frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), list);
    frame.render_widget(Paragraph::new(Line::styled(fl!(l, "agenda-legend"), theme.dim())), legend);
    if let Some(typing) = look.roll_input.filter(|i| i.line.is_agenda()) {
        let prompt = match typing.line {
            RollLine::Insert { .. } => fl!(l, "agenda-input-insert"),
            RollLine::Rename(_) => fl!(l, "agenda-input-rename"),
            _ => fl!(l, "agenda-input-retime"),
        };
        let line = Line::from(vec![
            Span::styled(format!("{prompt} "), theme.label()),
            Span::raw(format!("{}_", clean(&typing.text))),
        ]);
        frame.render_widget(Paragraph::new(line), input);
    }
}

/// The message being typed for the room, in a box over the screen.
pub fn render_message(frame: &mut Frame, area: Rect, look: &Look, theme: &Theme) {
    let Some(typing) = look.roll_input.filter(|i| i.line == RollLine::Message) else { return };
    let l = current();
    let popup = centered(area, area.width.saturating_sub(6).min(90), 3);
    frame.render_widget(Clear, popup);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {} ", fl!(l, "room-message-title")), theme.title()));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    frame.render_widget(Paragraph::new(Line::raw(format!("{}_", clean(&typing.text)))), inner);
}
