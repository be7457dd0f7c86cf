//! The minutes as a Markdown document for people: the meeting's facts, planned against actual,
//! each topic with its live notes, then the decisions, action items and topics left aside.
//! Struck-out notes are left out; every text a person wrote goes through [`md`].

use std::fmt::Write;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};

use crate::agenda::{Agenda, sum};
use crate::meeting::notes::Kind;
use crate::meeting::{Held, Meeting, Note, Position, State, TopicStatus};
use crate::words;
use crate::words::document::{self as doc, Label};
use crate::words::{Lang, lang, speaking};

/// The minutes as a Markdown document, in the document's language: `--lang` if given, else the
/// agenda's `language:`, else the locale ([`words::document_language`]).
pub fn markdown(meeting: &Meeting, fingerprint: Option<&str>) -> String {
    markdown_in(words::document_language(meeting.agenda().language), meeting, fingerprint)
}

/// The minutes as a Markdown document in `lang`.
pub fn markdown_in(lang: Lang, meeting: &Meeting, fingerprint: Option<&str>) -> String {
    // Every word below, and those of `words`, in the document's language.
    let _document = speaking(lang);
    let mut out = String::with_capacity(4096 + meeting.notes().len() * 160);
    let agenda = meeting.agenda();
    let day = held_day(meeting);
    let _ = writeln!(out, "# {}\n", md(&agenda.title));
    if let Some(held) = words::held_line(meeting.held(), agenda.date) {
        let _ = writeln!(out, "**{held}**\n");
    }
    facts(&mut out, meeting);
    if !agenda.attendees.is_empty() {
        let _ = writeln!(out, "\n## {}\n", doc::label(Label::Attendees));
        for a in &agenda.attendees {
            match &a.position {
                Some(role) => _ = writeln!(out, "- {} ({})", md(&a.name), md(role)),
                None => _ = writeln!(out, "- {}", md(&a.name)),
            }
        }
    }
    if !agenda.goals.is_empty() {
        let _ = writeln!(out, "\n## {}\n", doc::label(Label::Goals));
        for goal in &agenda.goals {
            let _ = writeln!(out, "- {}", md(goal));
        }
    }
    time_table(&mut out, meeting);

    let before: Vec<&Note> = meeting.notes_before_opening().filter(|n| !n.is_struck()).collect();
    if !before.is_empty() {
        let _ = writeln!(out, "\n## {}\n", doc::label(Label::BeforeOpening));
        for note in before {
            note_line(&mut out, note, day);
        }
    }

    let _ = writeln!(out, "\n## {}", doc::label(Label::Sessions));
    for (k, session) in agenda.sessions.iter().enumerate() {
        let run = &meeting.sessions()[k];
        let _ = writeln!(out, "\n### {}. {}\n", k + 1, md(&session.title));
        let mut line = doc::session_planned(&span(session.duration));
        if run.adjustment != TimeDelta::zero() {
            let _ = write!(line, " {}", doc::session_adjusted(&span(meeting.session_plan(k))));
        }
        let _ = write!(line, ", {}", doc::session_actual(&span(run.elapsed)));
        if let Some(started) = run.started_at {
            let _ = write!(line, ", {}", doc::session_first_taken_up(&clock(started, day)));
        }
        let _ = writeln!(out, "{line}.");
        if let Some(summary) = &session.summary {
            let _ = writeln!(out, "\n{}", doc::session_summary(&md(summary)));
        }
        for (t, topic) in session.topics.iter().enumerate() {
            let p = Position::new(k, t);
            let _ = writeln!(out, "\n#### {}.{} {}\n", k + 1, t + 1, md(&topic.title));
            let status = meeting.topic_status(p);
            let mut line = capitalised(&words::topic_status(status));
            let elapsed = meeting.topic(p).map_or(TimeDelta::zero(), |r| r.elapsed);
            if elapsed > TimeDelta::zero() || status != TopicStatus::Pending {
                let _ = match topic.duration {
                    Some(plan) => write!(line, ", {}", doc::topic_of_planned(&span(elapsed), &span(plan))),
                    None => write!(line, ", {}", span(elapsed)),
                };
            }
            if let Some(presenter) = &topic.presenter {
                let _ = write!(line, ". {}", doc::presenter(&md(presenter)));
            }
            let _ = writeln!(out, "{line}.");
            let mut notes = meeting.notes_on(p).filter(|n| !n.is_struck()).peekable();
            if notes.peek().is_some() {
                out.push('\n');
                for note in notes {
                    note_line(&mut out, note, day);
                }
            }
        }
        if let Some(pause) = &session.break_after {
            // In the agenda's own notation: `10:00` here would read as a time of day.
            let _ = writeln!(
                out,
                "\n*{}*",
                doc::break_line(&md(&pause.title), &crate::words::length(pause.duration))
            );
        }
    }

    let live = || meeting.notes().iter().filter(|n| !n.is_struck());
    let decisions: Vec<&Note> = live().filter(|n| n.parsed.kind == Kind::Decision).collect();
    let _ = writeln!(out, "\n## {}\n", doc::label(Label::Decisions));
    if decisions.is_empty() {
        let _ = writeln!(out, "{}", doc::label(Label::NoneRecorded));
    }
    for (i, note) in decisions.iter().enumerate() {
        let _ = writeln!(out, "{}. {} ({})", i + 1, md(&note.parsed.text), where_taken(note, day));
    }

    let items: Vec<&Note> = live().filter(|n| n.parsed.kind == Kind::ActionItem).collect();
    let _ = writeln!(out, "\n## {}\n", doc::label(Label::ActionItems));
    if items.is_empty() {
        let _ = writeln!(out, "{}", doc::label(Label::NoneRecorded));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n|--:|---|---|---|---|",
            doc::label(Label::ColumnNumber),
            doc::label(Label::ColumnOwner),
            doc::label(Label::ColumnDue),
            doc::label(Label::ColumnTopic),
            doc::label(Label::ColumnItem)
        );
        for (i, note) in items.iter().enumerate() {
            let p = &note.parsed;
            let owner = p.owner.as_deref().map_or_else(String::new, md);
            let due = match (&p.due, &p.due_problem) {
                (Some(due), _) => due.to_string(),
                (None, Some(problem)) => md(&words::due_problem(problem)),
                (None, None) => String::new(),
            };
            let _ = writeln!(
                out,
                "| {} | {owner} | {due} | {} | {} |",
                i + 1,
                topic_name(agenda, note.on),
                md(&p.text)
            );
        }
    }

    for (status, heading) in [
        (TopicStatus::Skipped, doc::label(Label::SkippedTopics)),
        (TopicStatus::Deferred, doc::label(Label::DeferredTopics)),
        (TopicStatus::Pending, doc::label(Label::TopicsNotReached)),
    ] {
        if status == TopicStatus::Pending && meeting.state() != State::Closed {
            continue;
        }
        let topics: Vec<Position> =
            positions(agenda).filter(|&p| meeting.topic_status(p) == status).collect();
        if topics.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {heading}\n");
        for p in topics {
            let _ = writeln!(out, "- {}", topic_name(agenda, Some(p)));
        }
    }

    if let Some(fingerprint) = fingerprint {
        let _ = write!(
            out,
            "\n---\n\n{}\n",
            doc::fingerprint(&md(&words::fingerprint_shown(meeting.format(), fingerprint)))
        );
    }
    out
}

/// The day the meeting was held: its agenda's, or a rehearsal's or a postponed meeting's own.
fn held_day(meeting: &Meeting) -> NaiveDate {
    match meeting.held() {
        Held::Rehearsal { on } | Held::Postponed { on } => on,
        Held::OnItsDay => meeting.agenda().date,
    }
}

fn facts(out: &mut String, meeting: &Meeting) {
    let agenda = meeting.agenda();
    let day = held_day(meeting);
    let mut fact = |label: String, value: String| {
        let _ = writeln!(out, "- **{label}:** {value}");
    };
    if let Some(organizer) = &agenda.organizer {
        fact(doc::label(Label::Organizer), md(organizer));
    }
    fact(doc::label(Label::Date), words::date_in(lang(), day));
    fact(
        doc::label(Label::Planned),
        format!(
            "{}–{} ({}, UTC{})",
            clock(meeting.planned_start(), day),
            clock(meeting.planned_end(), day),
            md(&agenda.timezone.to_string()),
            meeting.planned_start().offset()
        ),
    );
    if let Some(location) = &agenda.location {
        fact(doc::label(Label::Location), md(location));
    }
    if let Some(chair) = &agenda.chair {
        fact(doc::label(Label::Chair), md(chair));
    }
    fact(doc::label(Label::Opened), meeting.opened_at().map_or_else(|| doc::label(Label::NotOpened), stamp));
    match (meeting.state(), meeting.closed_at()) {
        (_, Some(closed)) => fact(doc::label(Label::Closed), stamp(closed)),
        (State::NotOpened, None) => {}
        (state, None) => fact(
            doc::label(Label::Closed),
            doc::not_closed_yet(&words::state(state), &meeting.last_at().map_or_else(String::new, stamp)),
        ),
    }
    if let Some(opened) = meeting.opened_at() {
        let end = meeting.closed_at().or(meeting.last_at()).unwrap_or(opened);
        let running = meeting.running_time(end.to_utc());
        let paused = (end - opened - running).max(TimeDelta::zero());
        let mut text = span(running);
        if paused > TimeDelta::zero() {
            let _ = write!(text, " {}", doc::paused(&span(paused)));
        }
        fact(doc::label(Label::RunningTime), text);
    }
}

fn time_table(out: &mut String, meeting: &Meeting) {
    let agenda = meeting.agenda();
    let adjusted = meeting.sessions().iter().any(|s| s.adjustment != TimeDelta::zero());
    let _ = writeln!(out, "\n## {}\n", doc::label(Label::PlannedAgainstActual));
    let (session, planned) = (doc::label(Label::ColumnSession), doc::label(Label::ColumnPlanned));
    let (actual, difference) = (doc::label(Label::ColumnActual), doc::label(Label::ColumnDifference));
    if adjusted {
        let adjusted = doc::label(Label::ColumnAdjusted);
        let _ = writeln!(
            out,
            "| {session} | {planned} | {adjusted} | {actual} | {difference} |\n|---|--:|--:|--:|--:|"
        );
    } else {
        let _ = writeln!(out, "| {session} | {planned} | {actual} | {difference} |\n|---|--:|--:|--:|");
    }
    let mut totals = [TimeDelta::zero(); 3];
    for (k, session) in agenda.sessions.iter().enumerate() {
        let actual = meeting.sessions()[k].elapsed;
        let plan = meeting.session_plan(k);
        totals[0] = sum(totals[0], session.duration);
        totals[1] = sum(totals[1], plan);
        totals[2] = sum(totals[2], actual);
        let _ = write!(out, "| {}. {} | {} |", k + 1, md(&session.title), span(session.duration));
        if adjusted {
            let _ = write!(out, " {} |", span(plan));
        }
        let _ = writeln!(out, " {} | {} |", span(actual), signed(sum(actual, -session.duration)));
    }
    let _ = write!(out, "| **{}** | {} |", doc::label(Label::Total), span(totals[0]));
    if adjusted {
        let _ = write!(out, " {} |", span(totals[1]));
    }
    let _ = writeln!(out, " {} | {} |", span(totals[2]), signed(sum(totals[2], -totals[0])));
}

fn note_line(out: &mut String, note: &Note, day: NaiveDate) {
    let p = &note.parsed;
    let _ = write!(out, "- {} {}: {}", clock(note.taken_at(), day), words::note_kind(p.kind), md(&p.text));
    let mut extra = Vec::new();
    // A seat's note that reached the runner later than it was written (sent again after a
    // restart) says when it was written, where the minute differs.
    if let Some(written) = note.written_at
        && clock(written, day) != clock(note.taken_at(), day)
    {
        extra.push(doc::note_written(&clock(written, day)));
    }
    if let Some(owner) = &p.owner {
        extra.push(doc::note_owner(&md(owner)));
    }
    if let Some(due) = &p.due {
        extra.push(doc::note_due(&due.to_string()));
    }
    if let Some(problem) = &p.due_problem {
        extra.push(md(&words::due_problem(problem)));
    }
    if note.is_edited() {
        extra.push(doc::note_edited(&clock(note.versions[note.versions.len() - 1].at, day)));
    }
    if !extra.is_empty() {
        let _ = write!(out, " ({})", extra.join("; "));
    }
    out.push('\n');
}

fn where_taken(note: &Note, day: NaiveDate) -> String {
    let at = clock(note.taken_at(), day);
    match note.on {
        Some(p) => format!("{}.{}, {at}", p.session + 1, p.topic + 1),
        None => format!("{}, {at}", doc::label(Label::BeforeOpeningLower)),
    }
}

fn topic_name(agenda: &Agenda, on: Option<Position>) -> String {
    let Some(p) = on else { return doc::label(Label::BeforeOpeningLower) };
    let title = agenda.sessions.get(p.session).and_then(|s| s.topics.get(p.topic)).map_or("", |t| &t.title);
    format!("{}.{} {}", p.session + 1, p.topic + 1, md(title))
}

fn positions(agenda: &Agenda) -> impl Iterator<Item = Position> + '_ {
    agenda
        .sessions
        .iter()
        .enumerate()
        .flat_map(|(k, s)| (0..s.topics.len()).map(move |t| Position::new(k, t)))
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// A local time of day, with the date when it is not the meeting's day (past midnight).
fn clock(t: DateTime<FixedOffset>, day: NaiveDate) -> String {
    if t.date_naive() == day { t.format("%H:%M").to_string() } else { t.format("%Y-%m-%d %H:%M").to_string() }
}

/// A full local instant with its offset.
fn stamp(t: DateTime<FixedOffset>) -> String {
    t.format("%Y-%m-%d %H:%M:%S %:z").to_string()
}

/// A planned or actual length, as words: `1h 5m`, `45s`.
fn span(d: TimeDelta) -> String {
    words::length(d)
}

/// A difference, always signed: `+4m 10s`, `-3m`, `0s`.
fn signed(d: TimeDelta) -> String {
    words::length_difference(d)
}

/// User text made safe for Markdown: characters that Markdown or a table would read as syntax
/// are escaped, line breaks become `<br>` (so text never starts a line of its own: no heading,
/// list or quote can be injected, and a table row stays one row), and control characters, which
/// could drive a terminal that prints the file, become U+FFFD.
pub fn md(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    // What would start a list or an underline where the text begins a list item or a line.
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let text = if text.starts_with(['-', '+', '=']) {
        out.push('\\');
        text
    } else if (1..=9).contains(&digits) && text[digits..].starts_with(['.', ')']) {
        out.push_str(&text[..digits]);
        out.push('\\');
        &text[digits..]
    } else {
        text
    };
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        for c in line.trim_end_matches('\r').chars() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '$' | '&' => {
                    out.push('\\');
                    out.push(c);
                }
                '\t' => out.push(' '),
                c if c.is_control() => out.push('\u{FFFD}'),
                c => out.push(c),
            }
        }
        if lines.peek().is_some() {
            out.push_str("<br>");
        }
    }
    out
}
