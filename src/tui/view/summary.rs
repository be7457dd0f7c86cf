//! After the meeting: planned against actual for every session, with a bar each, then the
//! decisions and the action items.

use chrono::TimeDelta;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{clean, fit};
use crate::meeting::notes::Kind;
use crate::meeting::{Meeting, TopicStatus, format_elapsed};
use crate::tui::theme::Theme;

fn signed(d: TimeDelta) -> String {
    if d < TimeDelta::zero() { format!("-{}", format_elapsed(-d)) } else { format!("+{}", format_elapsed(d)) }
}

/// A bar of `actual` against `planned`: `#` up to the plan, `!` past it.
pub fn bar(planned: TimeDelta, actual: TimeDelta, scale: TimeDelta, room: usize) -> (String, String) {
    let cols = |d: TimeDelta| -> usize {
        if scale <= TimeDelta::zero() {
            return 0;
        }
        ((d.num_seconds().max(0) as f64 / scale.num_seconds() as f64) * room as f64).round() as usize
    };
    let within = cols(actual.min(planned));
    let over = cols(actual).saturating_sub(within);
    ("#".repeat(within), "!".repeat(over))
}

pub fn lines(meeting: &Meeting, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let agenda = meeting.agenda();
    let mut out = vec![Line::from(Span::styled("Planned against actual", theme.title()))];
    let scale = agenda
        .sessions
        .iter()
        .enumerate()
        .map(|(k, s)| s.duration.max(meeting.sessions()[k].elapsed))
        .max()
        .unwrap_or_default();
    let title_room = (width / 3).clamp(12, 50);
    let bar_room = width.saturating_sub(title_room + 30).max(4);
    out.push(Line::from(Span::styled(
        format!(
            "{:<title_room$} {:>8} {:>8} {:>9} # within plan, ! over",
            "Session", "planned", "actual", "diff"
        ),
        theme.dim(),
    )));
    for (k, s) in agenda.sessions.iter().enumerate() {
        let actual = meeting.sessions()[k].elapsed;
        let diff = actual - s.duration;
        let title = fit(&format!("{} {}", k + 1, clean(&s.title)), title_room);
        let (within, over) = bar(s.duration, actual, scale, bar_room);
        let diff_style =
            if diff > TimeDelta::zero() { theme.level(crate::meeting::Level::Over) } else { Style::new() };
        out.push(Line::from(vec![
            Span::raw(format!(
                "{title:<title_room$} {:>8} {:>8} ",
                format_elapsed(s.duration),
                format_elapsed(actual)
            )),
            Span::styled(format!("{:>9}", signed(diff)), diff_style),
            Span::raw(" "),
            Span::styled(within, theme.saved()),
            Span::styled(over, theme.level(crate::meeting::Level::Over)),
        ]));
    }
    let marked: Vec<String> = agenda
        .sessions
        .iter()
        .enumerate()
        .flat_map(|(k, s)| {
            s.topics.iter().enumerate().filter_map(move |(t, topic)| {
                match meeting.topic_status(crate::meeting::Position::new(k, t)) {
                    TopicStatus::Skipped => {
                        Some(format!("skipped   {}.{} {}", k + 1, t + 1, clean(&topic.title)))
                    }
                    TopicStatus::Deferred => {
                        Some(format!("deferred  {}.{} {}", k + 1, t + 1, clean(&topic.title)))
                    }
                    _ => None,
                }
            })
        })
        .collect();
    if !marked.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::from(Span::styled("Skipped and deferred", theme.title())));
        out.extend(marked.into_iter().map(|m| Line::raw(fit(&m, width))));
    }
    let live = || meeting.notes().iter().filter(|n| !n.is_struck());
    out.push(Line::raw(""));
    out.push(Line::from(Span::styled("Decisions", theme.title())));
    let mut any = false;
    for n in live().filter(|n| n.parsed.kind == Kind::Decision) {
        any = true;
        out.push(Line::raw(fit(
            &format!("{} {}", n.taken_at().format("%H:%M"), clean(n.parsed.text.trim())),
            width,
        )));
    }
    if !any {
        out.push(Line::styled("none", theme.dim()));
    }
    out.push(Line::raw(""));
    out.push(Line::from(Span::styled("Action items", theme.title())));
    any = false;
    for n in live().filter(|n| n.parsed.kind == Kind::ActionItem) {
        any = true;
        let owner = n
            .parsed
            .owner
            .as_deref()
            .map(|o| format!("@{}", clean(o)))
            .unwrap_or_else(|| "(no owner)".into());
        let due = n.parsed.due.map(|d| format!("due {d}")).unwrap_or_else(|| "no due date".into());
        out.push(Line::raw(fit(&format!("{owner}  {due}  {}", clean(n.parsed.text.trim())), width)));
    }
    if !any {
        out.push(Line::styled("none", theme.dim()));
    }
    out
}

pub fn render(frame: &mut Frame, area: Rect, meeting: &Meeting, theme: &Theme) {
    let block =
        Block::new().borders(Borders::TOP).title(Span::styled(" The meeting is closed ", theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines(meeting, inner.width as usize, theme)), inner);
}
