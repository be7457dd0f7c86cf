//! What `gavel check` prints: the meeting facts and the planned schedule, as text for the chair
//! or as JSON for scripts. Pure functions of a checked agenda.

use std::fmt::Write;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use i18n_embed_fl::fl;
use unicode_width::UnicodeWidthStr;

use crate::agenda::{Agenda, Schedule};
use crate::i18n::{Lang, loader};

/// The schedule in words, one session to a line, its topics under it, in the run's language.
pub fn schedule_text(agenda: &Agenda) -> String {
    schedule_text_in(crate::i18n::lang(), agenda)
}

/// [`schedule_text`] in `lang`.
pub fn schedule_text_in(lang: Lang, agenda: &Agenda) -> String {
    let l = loader(lang);
    let plan = agenda.schedule();
    let mut out = String::new();
    let day = agenda.date;
    let clock = |t: DateTime<FixedOffset>| clock_on(t, day);
    let _ = writeln!(out, "{}", agenda.title);
    // Labels padded by display width: a Korean label is twice as wide as its letters.
    let mut fact = |label: &str, value: &str| {
        let pad = 11usize.saturating_sub(UnicodeWidthStr::width(label));
        let _ = writeln!(out, "  {label}{}{value}", " ".repeat(pad));
    };
    if let Some(organizer) = &agenda.organizer {
        fact(&fl!(l, "check-organizer"), organizer);
    }
    fact(
        &fl!(l, "check-when"),
        &format!(
            "{}, {}–{} ({}, UTC{})",
            crate::words::date_in(lang, agenda.date),
            clock(plan.start),
            clock(plan.end),
            agenda.timezone,
            plan.start.offset()
        ),
    );
    if let Some(location) = &agenda.location {
        fact(&fl!(l, "check-where"), location);
    }
    if let Some(chair) = &agenda.chair {
        fact(&fl!(l, "check-chair"), chair);
    }
    for (i, a) in agenda.attendees.iter().enumerate() {
        let details: Vec<String> = [
            a.position.clone(),
            a.affiliation.clone(),
            (a.group == crate::agenda::Group::Supporting).then(|| fl!(l, "check-supporting")),
        ]
        .into_iter()
        .flatten()
        .collect();
        let who =
            if details.is_empty() { a.name.clone() } else { format!("{} ({})", a.name, details.join(", ")) };
        fact(&if i == 0 { fl!(l, "check-attendees") } else { String::new() }, &who);
    }
    if let Some(quorum) = agenda.quorum {
        fact(&fl!(l, "check-quorum"), &fl!(l, "check-quorum-value", quorum = quorum));
    }
    for (label, value) in [
        (fl!(l, "check-recorder"), &agenda.recorder),
        (fl!(l, "check-confirmer"), &agenda.confirmer),
        (fl!(l, "check-disclosure"), &agenda.disclosure),
        (fl!(l, "check-retention"), &agenda.retention),
    ] {
        if let Some(value) = value {
            fact(&label, value);
        }
    }
    for (i, goal) in agenda.goals.iter().enumerate() {
        fact(&if i == 0 { fl!(l, "check-goals") } else { String::new() }, &format!("- {goal}"));
    }
    fact(
        &fl!(l, "check-timers"),
        &fl!(
            l,
            "check-timers-value",
            warning = crate::words::length_in(lang, agenda.thresholds.warning),
            danger = crate::words::length_in(lang, agenda.thresholds.danger),
            bell = if agenda.bell { "on" } else { "off" }
        ),
    );
    out.push('\n');
    // The lengths' column, as wide as the widest, by display width (`1시간 20분` is ten columns).
    let cols = |d: chrono::TimeDelta| UnicodeWidthStr::width(crate::words::length_in(lang, d).as_str());
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
            "{}–{}  {}  {}",
            clock(s.start),
            clock(s.end),
            length(s.duration),
            fl!(l, "check-session", n = s.number, title = s.title.as_str())
        );
        for t in &s.topics {
            let mut extra = Vec::new();
            if let Some(d) = t.duration {
                extra.push(crate::words::length_in(lang, d));
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
                "{}–{}  {}  {}",
                clock(b.start),
                clock(b.end),
                length(b.duration),
                fl!(l, "check-break", title = b.title.as_str())
            );
        }
    }
    out.push('\n');
    let total = fl!(
        l,
        "check-total",
        sessions = plan.sessions.len(),
        topics = agenda.topic_count(),
        running = crate::words::length_in(lang, plan.total - plan.breaks),
        breaks = if plan.breaks.is_zero() { "none" } else { "some" },
        pauses = crate::words::length_in(lang, plan.breaks),
        total = crate::words::length_in(lang, plan.total),
        end = clock(plan.end)
    );
    let _ = writeln!(out, "{total}");
    out
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
pub fn schedule_json(agenda: &Agenda) -> String {
    let doc = CheckJson { agenda, schedule: agenda.schedule() };
    #[allow(
        clippy::expect_used,
        reason = "an empty document would fail silently; the agenda cannot fail to serialise, so failing loudly costs nothing"
    )]
    let text = serde_json::to_string_pretty(&doc).expect(
        "the agenda and schedule are derived Serialize with string keys only, which JSON always takes",
    );
    text + "\n"
}
