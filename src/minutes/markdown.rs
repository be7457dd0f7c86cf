//! The minutes as a Markdown document for people: the meeting's facts, planned against actual,
//! each topic with its live notes, then the decisions, action items and topics left aside.
//! Struck-out notes are left out; every text a person wrote goes through [`md`].
//!
//! Minutes begun in journal format 5 carry the record too: the record's facts, the attendance,
//! what was said grouped by speaker, votes, corrections after the meeting and the sign-off (or
//! the draft mark). Older minutes have none of it, and their document is as it always was.

use std::fmt::Write;

use chrono::{NaiveDate, TimeDelta};

use super::Edition;
use super::paper::{attendance_parts, capitalised, clock, held_day, span, stamp, where_taken};
use crate::agenda::{Agenda, Group, sum};
use crate::meeting::notes::Kind;
use crate::meeting::{Meeting, Note, Position, Presence, Speaker, State, TopicStatus};
use crate::words;
use crate::words::document::{self as doc, Label};
use crate::words::{Lang, lang, speaking};

/// The minutes as a Markdown document, in the document's language: `--lang` if given, else the
/// agenda's `language:`, else the locale ([`words::document_language`]).
pub fn markdown(meeting: &Meeting, fingerprint: Option<&str>) -> String {
    markdown_edition(meeting, fingerprint, Edition::Full)
}

/// The minutes as a Markdown document in `lang`.
pub fn markdown_in(lang: Lang, meeting: &Meeting, fingerprint: Option<&str>) -> String {
    markdown_edition_in(lang, meeting, fingerprint, Edition::Full)
}

/// [`markdown`] of an edition: the whole record, or the public edition.
pub fn markdown_edition(meeting: &Meeting, fingerprint: Option<&str>, edition: Edition) -> String {
    markdown_edition_in(words::document_language(meeting.agenda().language), meeting, fingerprint, edition)
}

/// [`markdown_in`] of an edition.
pub fn markdown_edition_in(
    lang: Lang,
    meeting: &Meeting,
    fingerprint: Option<&str>,
    edition: Edition,
) -> String {
    // Every word below, and those of `words`, in the document's language.
    let _document = speaking(lang);
    let mut out = String::with_capacity(4096 + meeting.notes().len() * 160);
    let agenda = meeting.agenda();
    let day = held_day(meeting);
    let _ = writeln!(out, "# {}\n", md(&agenda.title));
    if let Some(held) = words::held_line(meeting.held(), agenda.date) {
        let _ = writeln!(out, "**{held}**\n");
    }
    if edition == Edition::Public {
        let _ = writeln!(out, "*{}*\n", doc::public_edition());
    }
    // The record: minutes begun in journal format 5 or later.
    let record = meeting.format() >= 5;
    facts(&mut out, meeting);
    // The attendance, once the roll has been called or someone added; before that, the agenda's
    // list of attendees, as minutes have always had it.
    let roll_called =
        meeting.attendees().iter().any(|a| a.presence != Presence::Unmarked || a.added_at.is_some());
    if record && roll_called {
        attendance(&mut out, meeting, day, edition);
    } else if !agenda.attendees.is_empty() {
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
            note_line(&mut out, meeting, note, day);
        }
    }

    let _ = writeln!(out, "\n## {}", doc::label(Label::Sessions));
    for (k, session) in agenda.sessions.iter().enumerate() {
        let run = &meeting.sessions()[k];
        let _ = writeln!(out, "\n### {}. {}\n", k + 1, md(&session.title));
        // The published plan, and the plan held where it differs (+/-, or changed live).
        let published = meeting.published_session_plan(k);
        let mut line = doc::session_planned(&span(published));
        if meeting.session_plan(k) != published {
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
            // Against the published agenda (format 6 on: an older journal has no change).
            let against = super::paper::published_against(meeting, p);
            if !against.is_empty() {
                let _ = write!(line, " ({})", md(&against.join("; ")));
            }
            let _ = writeln!(out, "{line}.");
            if record {
                topic_record(&mut out, meeting, p, day);
                continue;
            }
            let mut notes = meeting.notes_on(p).filter(|n| !n.is_struck()).peekable();
            if notes.peek().is_some() {
                out.push('\n');
                for note in notes {
                    note_line(&mut out, meeting, note, day);
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
        let mut taken = where_taken(note, day);
        if let Some(v) = note.parsed.vote {
            let _ = write!(taken, "; {}", doc::vote(v.yes, v.no, v.abstaining));
        }
        let _ = writeln!(out, "{}. {} ({taken})", i + 1, md(&note.parsed.text));
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

    if !meeting.plan_changes().is_empty() {
        let _ = writeln!(out, "\n## {}\n", doc::plan_changes());
        for change in meeting.plan_changes() {
            let _ = writeln!(out, "- {}", md(&doc::plan_change(&change.change, &clock(change.at, day))));
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

    corrections(&mut out, meeting, edition);

    // The end: the sign-off, if any, and the fingerprint, a draft's until the sign-off.
    let sealed = meeting.sealed();
    let mut end = Vec::new();
    if let Some(sealed) = sealed {
        let sealed_print = words::fingerprint_shown(meeting.format(), &sealed.fingerprint);
        end.push(doc::signed_off(&md(&sealed.by), &stamp(sealed.at), &md(&sealed_print)));
    }
    if let Some(fingerprint) = fingerprint {
        let mut line = doc::fingerprint(&md(&words::fingerprint_shown(meeting.format(), fingerprint)));
        if record && sealed.is_none() {
            let _ = write!(line, " {}", doc::draft());
        }
        end.push(line);
    }
    if !end.is_empty() {
        let _ = writeln!(out, "\n---\n\n{}", end.join("\n\n"));
    }
    out
}

/// The attendance (format 5): who was present, in support, absent (with the reason, but not in
/// the public edition) or never called; late arrivals, departures and people added, with times.
fn attendance(out: &mut String, meeting: &Meeting, day: NaiveDate, edition: Edition) {
    if meeting.attendees().is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}", doc::label(Label::Attendance));
    // The parts as the printed record has them; each line made safe for Markdown.
    for part in attendance_parts(meeting, day, edition) {
        let _ = writeln!(out, "\n### {}\n", part.heading);
        for line in part.lines {
            let _ = writeln!(out, "- {}", md(&line));
        }
    }
}

/// A topic's notes in the record (format 5): what was said grouped by speaker, in the order
/// each first spoke; then the notes without a speaker, the decisions and the action items.
fn topic_record(out: &mut String, meeting: &Meeting, p: Position, day: NaiveDate) {
    let notes: Vec<&Note> = meeting.notes_on(p).filter(|n| !n.is_struck()).collect();
    let mut said: Vec<(Speaker, Vec<&Note>)> = Vec::new();
    for &note in notes.iter().filter(|n| n.parsed.kind == Kind::Note) {
        let Some(speaker) = note.speaker else { continue };
        match said.iter_mut().find(|(s, _)| *s == speaker) {
            Some((_, theirs)) => theirs.push(note),
            None => said.push((speaker, vec![note])),
        }
    }
    let gist = !said.is_empty();
    if gist {
        let _ = writeln!(out, "\n**{}**\n", doc::label(Label::Gist));
        for (speaker, theirs) in said {
            let _ = writeln!(out, "- {}", speaker_name(meeting, speaker, Some(p)));
            for note in theirs {
                out.push_str("  - ");
                note_words(out, meeting, note, day, None);
            }
        }
    }
    let parts = [
        (Label::OtherNotes, Kind::Note),
        (Label::Decisions, Kind::Decision),
        (Label::ActionItems, Kind::ActionItem),
    ];
    for (label, kind) in parts {
        let these: Vec<&Note> = notes
            .iter()
            .copied()
            .filter(|n| n.parsed.kind == kind && (kind != Kind::Note || n.speaker.is_none()))
            .collect();
        if these.is_empty() {
            continue;
        }
        // Notes without a speaker are "other" notes only beside what speakers said.
        match label {
            Label::OtherNotes if !gist => out.push('\n'),
            _ => _ = writeln!(out, "\n**{}**\n", doc::label(label)),
        }
        for note in these {
            out.push_str("- ");
            note_words(out, meeting, note, day, None);
        }
    }
}

/// A speaker as the record names them: position and name, or the presenter as the agenda has it.
fn speaker_name(meeting: &Meeting, speaker: Speaker, on: Option<Position>) -> String {
    match speaker {
        Speaker::Attendee(id) => {
            meeting.attendees().get(id).map_or_else(String::new, |a| md(&a.attendee.called()))
        }
        Speaker::Presenter => {
            let agenda = meeting.agenda();
            let presenter =
                on.and_then(|on| agenda.sessions.get(on.session)?.topics.get(on.topic)?.presenter.as_deref());
            doc::presenter_speaking(&md(presenter.unwrap_or("")))
        }
    }
}

/// The corrections after the meeting: when, by whom, why, on which topic, what the note said
/// before and says after. The public edition leaves out the words a correction struck out.
fn corrections(out: &mut String, meeting: &Meeting, edition: Edition) {
    if meeting.corrections().is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}\n", doc::label(Label::Corrections));
    let agenda = meeting.agenda();
    for (i, c) in meeting.corrections().iter().enumerate() {
        let on = meeting.note(&c.note).and_then(|n| n.on);
        let _ = writeln!(
            out,
            "{}. {}",
            i + 1,
            doc::correction(&stamp(c.at), &md(&c.by), &md(&c.reason), &topic_name(agenda, on))
        );
        let before = match (&c.after, edition) {
            (None, Edition::Public) => doc::correction_withheld(),
            _ => doc::correction_before(&md(&c.before)),
        };
        let after = c.after.as_deref().map_or_else(doc::correction_struck, |a| doc::correction_after(&md(a)));
        let _ = writeln!(out, "    - {before}\n    - {after}");
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
    // The record's facts, where the agenda gives them (format 5 agendas only).
    for (label, value) in [(Label::Recorder, &agenda.recorder), (Label::Confirmer, &agenda.confirmer)] {
        if let Some(value) = value {
            fact(doc::label(label), md(value));
        }
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
    // How many attended (not those in support), once the roll has been called; the quorum.
    let roll = meeting.attendees();
    let attending = || roll.iter().filter(|a| a.attendee.group == Group::Attendee);
    let present = attending().filter(|a| matches!(a.presence, Presence::Present | Presence::Left)).count();
    let called = meeting.format() >= 5 && roll.iter().any(|a| a.presence != Presence::Unmarked);
    if let Some(quorum) = agenda.quorum {
        fact(doc::label(Label::Quorum), doc::quorum(quorum, called.then_some(present >= quorum as usize)));
    }
    if called {
        fact(doc::label(Label::Present), doc::present(present, attending().count()));
    }
    for (label, value) in [(Label::Disclosure, &agenda.disclosure), (Label::Retention, &agenda.retention)] {
        if let Some(value) = value {
            fact(doc::label(label), md(value));
        }
    }
}

fn time_table(out: &mut String, meeting: &Meeting) {
    let agenda = meeting.agenda();
    // Planned is the published plan; the plan held beside it where it changed (+/-, or live).
    let adjusted = meeting.sessions().iter().any(|s| s.adjustment != TimeDelta::zero())
        || !meeting.plan_changes().is_empty();
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
        let published = meeting.published_session_plan(k);
        totals[0] = sum(totals[0], published);
        totals[1] = sum(totals[1], plan);
        totals[2] = sum(totals[2], actual);
        let _ = write!(out, "| {}. {} | {} |", k + 1, md(&session.title), span(published));
        if adjusted {
            let _ = write!(out, " {} |", span(plan));
        }
        let _ = writeln!(out, " {} | {} |", span(actual), signed(sum(actual, -published)));
    }
    let _ = write!(out, "| **{}** | {} |", doc::label(Label::Total), span(totals[0]));
    if adjusted {
        let _ = write!(out, " {} |", span(totals[1]));
    }
    let _ = writeln!(out, " {} | {} |", span(totals[2]), signed(sum(totals[2], -totals[0])));
}

fn note_line(out: &mut String, meeting: &Meeting, note: &Note, day: NaiveDate) {
    out.push_str("- ");
    // Who spoke, where the note names them (format 5); else what kind of note it is.
    let lead = match note.speaker {
        Some(speaker) => speaker_name(meeting, speaker, note.on),
        None => words::note_kind(note.parsed.kind),
    };
    note_words(out, meeting, note, day, Some(&lead));
}

/// A note's time, its lead (`발언:`, a speaker) if any, its words and what else is known of it.
fn note_words(out: &mut String, meeting: &Meeting, note: &Note, day: NaiveDate, lead: Option<&str>) {
    let p = &note.parsed;
    let _ = match lead {
        Some(lead) => write!(out, "{} {lead}: {}", clock(note.taken_at(), day), md(&p.text)),
        None => write!(out, "{} {}", clock(note.taken_at(), day), md(&p.text)),
    };
    let mut extra = Vec::new();
    if let Some(v) = p.vote {
        extra.push(doc::vote(v.yes, v.no, v.abstaining));
    }
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
    // Versions a correction after the meeting added are said as such, not as edits.
    let corrected: Vec<_> =
        meeting.corrections().iter().filter(|c| c.note == note.id && c.after.is_some()).collect();
    let edits = note.versions.len() - 1 - corrected.len().min(note.versions.len() - 1);
    if edits > 0 {
        extra.push(doc::note_edited(&clock(note.versions[edits].at, day)));
    }
    if let Some(last) = corrected.last() {
        extra.push(doc::note_corrected(&clock(last.at, day)));
    }
    if !extra.is_empty() {
        let _ = write!(out, " ({})", extra.join("; "));
    }
    out.push('\n');
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
