//! Where the time went: planned against actual for every session and topic, with the difference
//! and a bar each, the skipped and deferred topics, the decisions and the action items. Shown
//! after the meeting closes and in replay.

use chrono::TimeDelta;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use i18n_embed_fl::fl;

use super::{clean, fit, pad, pad_left};
use crate::i18n::current;
use crate::meeting::notes::Kind;
use crate::meeting::{Level, Meeting, Note, Position, State, TopicStatus};
use crate::tui::theme::Theme;
use crate::words;

fn signed(d: TimeDelta) -> String {
    words::length_difference(d)
}

/// A bar of `actual` against `planned` on a common scale: `#` within the plan, `!` past it.
pub fn bar(planned: TimeDelta, actual: TimeDelta, scale: TimeDelta, room: usize) -> (String, String) {
    let cols = |d: TimeDelta| -> usize {
        if scale <= TimeDelta::zero() {
            return 0;
        }
        let share = d.num_seconds().max(0) as f64 / scale.num_seconds() as f64;
        ((share * room as f64).round() as usize).min(room)
    };
    let within = cols(actual.min(planned));
    let over = cols(actual).saturating_sub(within);
    ("#".repeat(within), "!".repeat(over))
}

fn topic_of(note: &Note) -> String {
    match note.on {
        Some(p) => format!("{}.{}", p.session + 1, p.topic + 1),
        None => fl!(current(), "summary-before-opening"),
    }
}

/// The whole review as lines `width` columns wide.
pub fn lines(meeting: &Meeting, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let agenda = meeting.agenda();
    let mut out = Vec::new();
    let title_room = (width * 2 / 5).clamp(14, 70);
    let scale = agenda
        .sessions
        .iter()
        .enumerate()
        .map(|(k, s)| s.duration.max(meeting.sessions()[k].elapsed))
        .max()
        .unwrap_or_default();
    // Columns as wide as their widest length, by display width (`1시간 20분` is ten columns).
    let widest = |texts: &mut dyn Iterator<Item = String>, least: usize| {
        texts.map(|t| super::width(&t)).max().unwrap_or(0).max(least)
    };
    let runs = || agenda.sessions.iter().zip(meeting.sessions());
    let plan_cols = widest(
        &mut runs()
            .flat_map(|(s, _)| std::iter::once(s.duration).chain(s.topics.iter().filter_map(|t| t.duration)))
            .map(words::length),
        8,
    );
    let actual_cols = widest(
        &mut runs()
            .flat_map(|(_, r)| std::iter::once(r.elapsed).chain(r.topics.iter().map(|t| t.elapsed)))
            .map(words::length),
        8,
    );
    let diff_cols = widest(
        &mut runs()
            .flat_map(|(s, r)| {
                std::iter::once(r.elapsed - s.duration).chain(
                    s.topics.iter().zip(&r.topics).filter_map(|(t, tr)| t.duration.map(|d| tr.elapsed - d)),
                )
            })
            .map(signed),
        9,
    );
    let bar_room = width.saturating_sub(title_room + plan_cols + actual_cols + diff_cols + 5).clamp(4, 60);
    let l = current();
    out.push(Line::from(Span::styled(fl!(l, "summary-planned-against-actual"), theme.title())));
    out.push(Line::from(Span::styled(
        format!(
            "{} {} {} {}  {}",
            pad(&fl!(l, "summary-column-item"), title_room),
            pad_left(&fl!(l, "summary-column-planned"), plan_cols),
            pad_left(&fl!(l, "summary-column-actual"), actual_cols),
            pad_left(&fl!(l, "summary-column-diff"), diff_cols),
            fl!(l, "summary-legend")
        ),
        theme.dim(),
    )));
    let over = theme.level(Level::Over);
    for (k, s) in agenda.sessions.iter().enumerate() {
        let run = &meeting.sessions()[k];
        let diff = run.elapsed - s.duration;
        let (within, past) = bar(s.duration, run.elapsed, scale, bar_room);
        out.push(Line::from(vec![
            Span::styled(
                format!(
                    "{} {} {} ",
                    pad(&format!("{} {}", k + 1, clean(&s.title)), title_room),
                    pad_left(&words::length(s.duration), plan_cols),
                    pad_left(&words::length(run.elapsed), actual_cols)
                ),
                theme.title(),
            ),
            Span::styled(
                pad_left(&signed(diff), diff_cols),
                if diff > TimeDelta::zero() { over } else { Style::new() },
            ),
            Span::raw("  "),
            Span::styled(within, theme.saved()),
            Span::styled(past, over),
        ]));
        let topic_scale = s.duration.max(run.elapsed);
        for (t, topic) in s.topics.iter().enumerate() {
            let p = Position::new(k, t);
            let elapsed = run.topics[t].elapsed;
            // The outline's marks: x done, . passed over, - skipped, ~ deferred, > current, blank
            // not reached.
            let mark = super::outline::mark(meeting.topic_status(p));
            let label = pad(&format!("  {}.{} {mark} {}", k + 1, t + 1, clean(&topic.title)), title_room);
            let (plan, diff, diff_style) = match topic.duration {
                Some(d) => {
                    let diff = elapsed - d;
                    (
                        words::length(d),
                        signed(diff),
                        if diff > TimeDelta::zero() { over } else { Style::new() },
                    )
                }
                None => (String::new(), String::new(), Style::new()),
            };
            let (within, past) = bar(topic.duration.unwrap_or(elapsed), elapsed, topic_scale, bar_room);
            out.push(Line::from(vec![
                Span::raw(format!(
                    "{label} {} {} ",
                    pad_left(&plan, plan_cols),
                    pad_left(&words::length(elapsed), actual_cols)
                )),
                Span::styled(pad_left(&diff, diff_cols), diff_style),
                Span::raw("  "),
                Span::styled(within, theme.dim()),
                Span::styled(past, over),
            ]));
        }
    }
    let status_cols = [TopicStatus::Skipped, TopicStatus::Deferred]
        .map(|s| super::width(&words::topic_status(s)))
        .into_iter()
        .max()
        .unwrap_or(0);
    let marked: Vec<String> = agenda
        .sessions
        .iter()
        .enumerate()
        .flat_map(|(k, s)| {
            s.topics.iter().enumerate().filter_map(move |(t, topic)| {
                let status = meeting.topic_status(Position::new(k, t));
                if !matches!(status, TopicStatus::Skipped | TopicStatus::Deferred) {
                    return None;
                }
                let what = pad(&words::topic_status(status), status_cols);
                Some(format!("{what}  {}.{} {}", k + 1, t + 1, clean(&topic.title)))
            })
        })
        .collect();
    out.push(Line::raw(""));
    out.push(Line::from(Span::styled(fl!(l, "summary-skipped-and-deferred"), theme.title())));
    if marked.is_empty() {
        out.push(Line::styled(fl!(l, "summary-none"), theme.dim()));
    }
    out.extend(marked.into_iter().map(|m| Line::raw(fit(&m, width))));
    let live: Vec<&Note> = meeting.notes().iter().filter(|n| !n.is_struck()).collect();
    out.push(Line::raw(""));
    out.push(Line::from(Span::styled(fl!(l, "summary-decisions"), theme.title())));
    let decisions: Vec<&&Note> = live.iter().filter(|n| n.parsed.kind == Kind::Decision).collect();
    if decisions.is_empty() {
        out.push(Line::styled(fl!(l, "summary-none"), theme.dim()));
    }
    // The topic column as wide as its widest entry: `before opening` is wider than `1.2`.
    let topic_cols = live.iter().map(|n| super::width(&topic_of(n))).max().unwrap_or(0).max(6);
    for n in decisions {
        let head = format!("{} {}  ", n.taken_at().format("%H:%M"), pad_left(&topic_of(n), topic_cols));
        out.push(Line::raw(fit(&format!("{head}{}", clean(n.parsed.text.trim())), width)));
    }
    out.push(Line::raw(""));
    out.push(Line::from(Span::styled(fl!(l, "summary-action-items"), theme.title())));
    let items: Vec<&&Note> = live.iter().filter(|n| n.parsed.kind == Kind::ActionItem).collect();
    if items.is_empty() {
        out.push(Line::styled(fl!(l, "summary-none"), theme.dim()));
    } else {
        out.push(Line::styled(
            format!(
                "{} {} {}  {}",
                pad(&fl!(l, "summary-column-owner"), 14),
                pad(&fl!(l, "summary-column-due"), 10),
                pad_left(&fl!(l, "summary-column-topic"), topic_cols),
                fl!(l, "summary-column-what")
            ),
            theme.dim(),
        ));
    }
    for n in items {
        let owner = n.parsed.owner.as_deref().map(|o| format!("@{}", clean(o))).unwrap_or_else(|| "-".into());
        let due = n.parsed.due.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
        let owner = fit(&owner, 14);
        let pad = 14usize.saturating_sub(super::width(&owner));
        out.push(Line::raw(fit(
            &format!(
                "{owner}{} {due:<10} {}  {}",
                " ".repeat(pad),
                pad_left(&topic_of(n), topic_cols),
                clean(n.parsed.text.trim())
            ),
            width,
        )));
    }
    out
}

pub fn render(frame: &mut Frame, area: Rect, meeting: &Meeting, scroll: usize, theme: &Theme) {
    let l = current();
    let title = if meeting.state() == State::Closed {
        format!(" {} ", fl!(l, "summary-title-closed"))
    } else {
        format!(" {} ", fl!(l, "summary-title-so-far"))
    };
    let block = Block::new().borders(Borders::TOP).title(Span::styled(title, theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines = lines(meeting, inner.width as usize, theme);
    let top = scroll.min(lines.len().saturating_sub(inner.height as usize));
    frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), inner);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::look::review_len;

    #[test]
    fn the_review_is_as_long_as_its_count_says() {
        let agenda = crate::agenda::parse_str(include_str!("../../../agenda.yaml"), "agenda.yaml")
            .unwrap_or_else(|e| panic!("{e}"));
        let header = crate::meeting::Header::new(agenda, "a".into(), String::new(), String::new());
        let mut meeting = crate::meeting::fold(&header, &[]);
        let mut now = meeting.planned_start().to_utc();
        let check = |meeting: &Meeting| {
            assert_eq!(lines(meeting, 80, &Theme { color: false }).len(), review_len(meeting));
        };
        check(&meeting);
        let actions = [
            crate::meeting::Action::Open,
            crate::meeting::Action::Skip,
            crate::meeting::Action::Defer,
            crate::meeting::Action::CommitNote { id: "d".into(), text: "d: 결정".into() },
            crate::meeting::Action::CommitNote { id: "a".into(), text: "a: @김 할 일".into() },
            crate::meeting::Action::CommitNote { id: "b".into(), text: "a: @박 또 할 일".into() },
            crate::meeting::Action::StrikeNote { id: "b".into() },
            crate::meeting::Action::Close,
        ];
        for action in actions {
            now += chrono::TimeDelta::minutes(1);
            meeting.apply(action, now).unwrap_or_else(|r| panic!("{r:?}"));
            check(&meeting);
        }
    }
}
