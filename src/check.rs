//! What `gavel check` prints: the meeting facts and the planned schedule, as text for the chair
//! or as JSON for scripts. Pure functions of a checked agenda.

use std::fmt::Write;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::agenda::{Agenda, Schedule};

/// The schedule in words, one session to a line, its topics under it.
pub fn schedule_text(agenda: &Agenda) -> String {
    let plan = agenda.schedule();
    let mut out = String::new();
    let day = agenda.date;
    let clock = |t: DateTime<FixedOffset>| clock_on(t, day);
    let _ = writeln!(out, "{}", agenda.title);
    let mut fact = |label: &str, value: &str| {
        let _ = writeln!(out, "  {label:<11}{value}");
    };
    if let Some(organizer) = &agenda.organizer {
        fact("Organizer", organizer);
    }
    fact(
        "When",
        &format!(
            "{}, {}–{} ({}, UTC{})",
            agenda.date.format("%A %-d %B %Y"),
            clock(plan.start),
            clock(plan.end),
            agenda.timezone,
            plan.start.offset()
        ),
    );
    if let Some(location) = &agenda.location {
        fact("Where", location);
    }
    if let Some(chair) = &agenda.chair {
        fact("Chair", chair);
    }
    for (i, a) in agenda.attendees.iter().enumerate() {
        let who = match &a.role {
            Some(role) => format!("{} ({role})", a.name),
            None => a.name.clone(),
        };
        fact(if i == 0 { "Attendees" } else { "" }, &who);
    }
    for (i, goal) in agenda.goals.iter().enumerate() {
        fact(if i == 0 { "Goals" } else { "" }, &format!("- {goal}"));
    }
    fact(
        "Timers",
        &format!(
            "warning at {} left, danger at {} left, bell {}",
            crate::words::length(agenda.thresholds.warning),
            crate::words::length(agenda.thresholds.danger),
            if agenda.bell { "on" } else { "off" }
        ),
    );
    out.push('\n');
    // The lengths' column, as wide as the widest, by display width (`1시간 20분` is ten columns).
    let cols = |d: chrono::TimeDelta| unicode_width::UnicodeWidthStr::width(crate::words::length(d).as_str());
    let widest = plan
        .sessions
        .iter()
        .flat_map(|s| std::iter::once(s.duration).chain(s.break_after.as_ref().map(|b| b.duration)))
        .map(cols)
        .max()
        .unwrap_or(0)
        .max(6);
    let length =
        |d: chrono::TimeDelta| format!("{}{}", " ".repeat(widest - cols(d)), crate::words::length(d));
    for s in &plan.sessions {
        let _ = writeln!(
            out,
            "{}–{}  {}  Session {}: {}",
            clock(s.start),
            clock(s.end),
            length(s.duration),
            s.number,
            s.title
        );
        for t in &s.topics {
            let mut extra = Vec::new();
            if let Some(d) = t.duration {
                extra.push(crate::words::length(d));
            }
            if let Some(p) = &t.presenter {
                extra.push(p.clone());
            }
            let extra = if extra.is_empty() { String::new() } else { format!("  ({})", extra.join(", ")) };
            let _ = writeln!(out, "{}{:>3}. {}{extra}", " ".repeat(widest + 15), t.number, t.title);
        }
        if let Some(b) = &s.break_after {
            let _ = writeln!(
                out,
                "{}–{}  {}  Break: {}",
                clock(b.start),
                clock(b.end),
                length(b.duration),
                b.title
            );
        }
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{}, {}: {} of sessions{}, {} in all. Planned end {}.",
        count(plan.sessions.len(), "session"),
        count(agenda.topic_count(), "topic"),
        crate::words::length(plan.total - plan.breaks),
        if plan.breaks.is_zero() {
            String::new()
        } else {
            format!(" and {} of breaks", crate::words::length(plan.breaks))
        },
        crate::words::length(plan.total),
        clock(plan.end)
    );
    out
}

fn count(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

/// `HH:MM`, with the day added when it is not the meeting's.
fn clock_on(t: DateTime<FixedOffset>, day: NaiveDate) -> String {
    let days = (t.date_naive() - day).num_days();
    match days {
        0 => t.format("%H:%M").to_string(),
        d => format!("{}{:+}d", t.format("%H:%M"), d),
    }
}

#[derive(Serialize)]
struct CheckJson<'a> {
    agenda: &'a Agenda,
    schedule: Schedule,
}

/// The agenda as checked and its schedule, as one JSON document.
#[allow(
    clippy::expect_used,
    reason = "an empty document would fail silently; the agenda cannot fail to serialise, so failing loudly costs nothing"
)]
pub fn schedule_json(agenda: &Agenda) -> String {
    let doc = CheckJson { agenda, schedule: agenda.schedule() };
    serde_json::to_string_pretty(&doc).expect(
        "the agenda and schedule are derived Serialize with string keys only, which JSON always takes",
    ) + "\n"
}
