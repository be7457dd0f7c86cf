//! The program's words for what the core reports in types: why an action was refused, what the
//! hint bar is told, a meeting's state and a topic's status, a note's kind, why a due date was
//! not read, and the clock face's durations.
//!
//! The meeting core (`crate::meeting`) says what happened, never in which words; this is the one
//! place where those typed values become text, so the screen, the minutes, `gavel check` and the
//! seats all say the same thing. A second language replaces this module's English (a Fluent
//! catalog comes in a later issue); nothing else needs to change for it.

use std::cmp::Ordering;

use chrono::{NaiveDate, TimeDelta};

use crate::meeting::notes::{DueProblem, Kind};
use crate::meeting::{Held, Notice, Refusal, State, TopicStatus};

/// Why an action was refused, for the hint bar (and a seat's `reason`).
pub fn refusal(refusal: &Refusal) -> String {
    let words = match refusal {
        Refusal::OpenFirst => "Open the meeting first (Space)",
        Refusal::Closed => "The meeting is closed",
        Refusal::AlreadyOpen => "The meeting is already open",
        Refusal::NoTopics => "The agenda has no topic to open the meeting on",
        Refusal::LastTopic => "This is the last topic; press e to close the meeting",
        Refusal::LastSession => "This is the last session; press e to close the meeting",
        Refusal::FirstTopic => "This is the first topic",
        Refusal::FirstSession => "This is the first session",
        Refusal::NoSuchTopic { .. } => "There is no such topic in the agenda",
        Refusal::AlreadyThere => "That is the current topic",
        Refusal::PlanFloor => "A session's plan cannot go below one minute",
        Refusal::PlanCeiling => "A session's plan cannot go above 24 hours",
        Refusal::AlreadySkipped => "This topic is already marked skipped",
        Refusal::AlreadyDeferred => "This topic is already marked deferred",
        Refusal::EmptyNote => "The note is empty",
        Refusal::EmptyDecision => "Write the decision after d:",
        Refusal::EmptyActionItem => "Write the action item after a:",
        Refusal::NoNoteId => "A note needs an id",
        Refusal::IdTaken { .. } => "Another note already has this id",
        Refusal::NoSuchNote { .. } => "There is no such note",
        Refusal::NoteStruck { .. } => "That note is struck out",
        Refusal::NotThisSeat => "This seat cannot do that (attach with --as chair)",
        Refusal::NotARehearsal => "These minutes are already the meeting itself, not a rehearsal",
    };
    words.to_owned()
}

/// What the hint bar says after an action that was done, with something worth knowing.
pub fn notice(notice: &Notice) -> String {
    match notice {
        Notice::LastTopicMarked => "That was the last topic; press e to close the meeting".to_owned(),
    }
}

/// A meeting's state, lowercase: the header shows it in capitals, the minutes in a sentence.
pub fn state(state: State) -> &'static str {
    match state {
        State::NotOpened => "not opened",
        State::Running => "running",
        State::Paused => "paused",
        State::Closed => "closed",
    }
}

/// What the top line of every screen says of a rehearsal, before the meeting's state.
pub fn held_mark(held: Held) -> Option<&'static str> {
    held.is_rehearsal().then_some("REHEARSAL")
}

/// What the minutes say first when they are not the meeting on its day: a rehearsal, or the
/// meeting held on another day.
pub fn held_line(held: Held, agenda_day: NaiveDate) -> Option<String> {
    let day = |d: NaiveDate| d.format("%A %-d %B %Y").to_string();
    match held {
        Held::OnItsDay => None,
        Held::Rehearsal { on } => Some(format!(
            "REHEARSAL, held on {}, not the meeting of {}: its times count from its opening.",
            day(on),
            day(agenda_day)
        )),
        Held::Postponed { on } => {
            Some(format!("The meeting of {}, held on {} instead.", day(agenda_day), day(on)))
        }
    }
}

/// Before a rehearsal opens: whose day it is, and how its times count.
pub fn rehearsal_day(agenda_day: NaiveDate) -> String {
    format!(
        "A rehearsal: this agenda is for {}. Its times count from when it is opened.",
        agenda_day.format("%A %-d %B %Y")
    )
}

/// A topic's status, lowercase.
pub fn topic_status(status: TopicStatus) -> &'static str {
    match status {
        TopicStatus::Pending => "not reached",
        TopicStatus::Current => "current",
        TopicStatus::Done => "done",
        TopicStatus::PassedOver => "passed over",
        TopicStatus::Skipped => "skipped",
        TopicStatus::Deferred => "deferred",
    }
}

/// A note's kind, as the minutes name it.
pub fn note_kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Note => "Note",
        Kind::Decision => "Decision",
        Kind::ActionItem => "Action item",
    }
}

/// Why an action item's `due:` was not read as a date.
pub fn due_problem(problem: &DueProblem) -> String {
    match problem {
        DueProblem::Missing => "due: needs a date, e.g. due:2025-01-15".to_owned(),
        DueProblem::NotADate { value } => format!("{value} is not a date (write YYYY-MM-DD)"),
    }
}

/// A session's time left as the screen shows it: `0:12:34` counting down (whole seconds rounded
/// up, so it reads `0:00:00` only when nothing is left), then `+0:01:05` over time.
pub fn remaining(remaining: TimeDelta) -> String {
    let ms = remaining.num_milliseconds();
    match ms.cmp(&0) {
        Ordering::Less => format!("+{}", clock(ms.unsigned_abs() / 1000)),
        _ => clock(ms.unsigned_abs().div_ceil(1000)),
    }
}

/// Elapsed time as `h:mm:ss` (whole seconds, rounded down): `0:01:17`, `1:05:00`.
pub fn elapsed(elapsed: TimeDelta) -> String {
    let ms = elapsed.num_milliseconds();
    let text = clock(ms.unsigned_abs() / 1000);
    if ms < 0 { format!("-{text}") } else { text }
}

/// Drift in words: `0:03:12 behind`, `0:01:05 ahead`, `on time` (within a second).
pub fn drift(drift: TimeDelta) -> String {
    let secs = drift.num_seconds();
    // A meeting run on another day than its agenda's (a rehearsal, a replay of an old agenda)
    // is days off; hours and minutes would only be noise then.
    let amount = match secs.unsigned_abs() {
        s if s >= 2 * 86_400 => format!("{} days", s / 86_400),
        s => clock(s),
    };
    match secs.cmp(&0) {
        Ordering::Greater => format!("{amount} behind"),
        Ordering::Less => format!("{amount} ahead"),
        Ordering::Equal => "on time".to_owned(),
    }
}

/// When the meeting is expected to end, seen at `now`: `17:18`, with the day when it is not
/// today's (`00:25 Wed 15 Jan`).
pub fn projected_end(
    end: chrono::DateTime<chrono::FixedOffset>,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> String {
    if end.date_naive() == now.date_naive() {
        end.format("%H:%M").to_string()
    } else {
        end.format("%H:%M %a %-d %b").to_string()
    }
}

/// Every running time on every screen: `h:mm:ss`.
fn clock(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    format!("{h}:{m:02}:{s:02}")
}

/// A planned or actual length, as words: `1h 5m`, `45s`, `2m 30s`, `0s` (whole seconds).
pub fn length(d: TimeDelta) -> String {
    let secs = d.num_seconds();
    let total = secs.unsigned_abs();
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    let parts: Vec<String> = [(h, "h"), (m, "m"), (s, "s")]
        .into_iter()
        .filter(|&(n, _)| n > 0)
        .map(|(n, unit)| format!("{n}{unit}"))
        .collect();
    let text = if parts.is_empty() { "0s".to_owned() } else { parts.join(" ") };
    if secs < 0 { format!("-{text}") } else { text }
}

/// A difference of lengths, always signed: `+4m 10s`, `-3m`, `0s`.
pub fn length_difference(d: TimeDelta) -> String {
    if d.num_seconds() > 0 { format!("+{}", length(d)) } else { length(d) }
}

/// The question a screen asks before doing something that cannot be taken back.
pub fn question(q: &crate::tui::look::Question) -> String {
    use crate::tui::look::Question;
    match q {
        Question::Quit { closed: false } => {
            "Quit gavel? Everything is saved; run gavel again to resume the meeting.".into()
        }
        Question::Quit { closed: true } => {
            "Quit gavel? The meeting is closed and everything is saved; gavel replay shows it again.".into()
        }
        Question::QuitUnsaved(n) => format!(
            "{n} event{} NOT SAVED to the minutes. Quit anyway? A rescue copy of the whole minutes will be written and its place shown.",
            if *n == 1 { " is" } else { "s are" }
        ),
        Question::QuitUnacknowledged(n) => format!(
            "{n} note{} not yet confirmed by the runner, and would be lost with this seat. Leave anyway?",
            if *n == 1 { " is" } else { "s are" }
        ),
        Question::QuitWithDraft => {
            "The note being typed is not committed (it is kept as a draft). Quit anyway?".into()
        }
        Question::Close { unreached } if unreached.is_empty() => {
            "Close the meeting? Its timers stop and nothing can be changed afterwards.".into()
        }
        Question::Close { unreached } => {
            let list = unreached.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            let which = if unreached.len() == 1 {
                format!("Session {list} was")
            } else {
                format!("Sessions {list} were")
            };
            format!(
                "Close the meeting? {which} never reached. Its timers stop and nothing can be changed afterwards."
            )
        }
        Question::HoldToday { agenda_day, today } => format!(
            "Hold this as the meeting of {}, today, {}? It stops being a rehearsal: its times follow the agenda's hours today, and its minutes take the meeting's name.",
            agenda_day.format("%A %-d %B %Y"),
            today.format("%A %-d %B %Y")
        ),
        Question::Strike(_) => "Strike this note out of the minutes? The minutes' history keeps it.".into(),
    }
}

/// A note a seat cannot send: longer than a line of the seats' protocol.
pub fn note_too_long(limit_bytes: usize) -> String {
    format!(
        "This note is too long to send from a seat (at most {} KiB); split it into shorter notes",
        limit_bytes / 1024
    )
}

/// What the runner did when something else changed the minutes file while the meeting ran. The
/// file set aside lies beside the minutes, named after them: its ending is enough, and fits a
/// narrow screen's hint line.
pub fn intrusion(intrusion: &crate::journal::Intrusion) -> String {
    use crate::journal::Intrusion;
    let ending =
        |p: &std::path::Path| p.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
    match intrusion {
        Intrusion::Removed => "Minutes removed outside gavel: written again whole".into(),
        Intrusion::Replaced { aside } => {
            format!("Minutes replaced outside gavel: written again; theirs kept as .{}", ending(aside))
        }
        Intrusion::Changed { aside } => {
            format!("Minutes changed outside gavel: written again; theirs kept as .{}", ending(aside))
        }
    }
}
