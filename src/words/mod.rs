//! The program's words for what the core reports in types: why an action was refused, what the
//! hint bar is told, a meeting's state and a topic's status, a note's kind, why a due date was
//! not read, and the clock face's durations.
//!
//! The meeting core (`crate::meeting`) says what happened, never in which words; this is the one
//! place where those typed values become text, so the screen, the minutes, `gavel check` and the
//! seats all say the same thing. The words come from the message catalogs (`crate::i18n`): each
//! function speaks the run's language, and its `_in` twin the language it is given (the tests'
//! way to hear Korean without changing what the rest of the process speaks).

pub mod document;

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate, TimeDelta};
use i18n_embed_fl::fl;

use crate::i18n::loader;
pub use crate::i18n::{Lang, lang, speaking};
use crate::meeting::notes::{DueProblem, Kind};
use crate::meeting::{Held, Notice, Refusal, State, TopicStatus};

/// Why an action was refused, for the hint bar (and a seat's `reason`).
pub fn refusal(refusal: &Refusal) -> String {
    refusal_in(lang(), refusal)
}

/// [`refusal`] in `lang`.
pub fn refusal_in(lang: Lang, refusal: &Refusal) -> String {
    let l = loader(lang);
    match refusal {
        Refusal::OpenFirst => fl!(l, "refusal-open-first"),
        Refusal::Closed => fl!(l, "refusal-closed"),
        Refusal::AlreadyOpen => fl!(l, "refusal-already-open"),
        Refusal::NoTopics => fl!(l, "refusal-no-topics"),
        Refusal::LastTopic => fl!(l, "refusal-last-topic"),
        Refusal::LastSession => fl!(l, "refusal-last-session"),
        Refusal::FirstTopic => fl!(l, "refusal-first-topic"),
        Refusal::FirstSession => fl!(l, "refusal-first-session"),
        Refusal::NoSuchTopic { .. } => fl!(l, "refusal-no-such-topic"),
        Refusal::AlreadyThere => fl!(l, "refusal-already-there"),
        Refusal::PlanFloor => fl!(l, "refusal-plan-floor"),
        Refusal::PlanCeiling => fl!(l, "refusal-plan-ceiling"),
        Refusal::AlreadySkipped => fl!(l, "refusal-already-skipped"),
        Refusal::AlreadyDeferred => fl!(l, "refusal-already-deferred"),
        Refusal::EmptyNote => fl!(l, "refusal-empty-note"),
        Refusal::EmptyDecision => fl!(l, "refusal-empty-decision"),
        Refusal::EmptyActionItem => fl!(l, "refusal-empty-action-item"),
        Refusal::NoNoteId => fl!(l, "refusal-no-note-id"),
        Refusal::IdTaken { .. } => fl!(l, "refusal-id-taken"),
        Refusal::NoSuchNote { .. } => fl!(l, "refusal-no-such-note"),
        Refusal::NoteStruck { .. } => fl!(l, "refusal-note-struck"),
        Refusal::NotThisSeat => fl!(l, "refusal-not-this-seat"),
        Refusal::NotARehearsal => fl!(l, "refusal-not-a-rehearsal"),
        Refusal::Sealed => fl!(l, "refusal-sealed"),
        Refusal::NoName => fl!(l, "refusal-no-name"),
        Refusal::AttendeeExists => fl!(l, "refusal-attendee-exists"),
        Refusal::NoSuchAttendee { .. } => fl!(l, "refusal-no-such-attendee"),
        Refusal::AlreadyPresent => fl!(l, "refusal-already-present"),
        Refusal::NotPresent => fl!(l, "refusal-not-present"),
        Refusal::NotClosed => fl!(l, "refusal-not-closed"),
        Refusal::NoReason => fl!(l, "refusal-no-reason"),
        Refusal::Unchanged => fl!(l, "refusal-unchanged"),
        Refusal::NoTitle => fl!(l, "refusal-no-title"),
        Refusal::NoSuchSession { .. } => fl!(l, "refusal-no-such-session"),
        Refusal::TakenUp => fl!(l, "refusal-taken-up"),
        Refusal::OnlyTopic => fl!(l, "refusal-only-topic"),
        Refusal::PlanOutOfBounds => fl!(l, "refusal-plan-out-of-bounds"),
        Refusal::EmptyMessage => fl!(l, "refusal-empty-message"),
    }
}

/// What the hint bar says after an action that was done, with something worth knowing.
pub fn notice(notice: &Notice) -> String {
    notice_in(lang(), notice)
}

/// [`notice`] in `lang`.
pub fn notice_in(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::LastTopicMarked => fl!(loader(lang), "notice-last-topic-marked"),
    }
}

/// A meeting's state, lowercase: the header shows it in capitals, the minutes in a sentence.
pub fn state(state: State) -> String {
    state_in(lang(), state)
}

/// [`state`] in `lang`.
pub fn state_in(lang: Lang, state: State) -> String {
    let l = loader(lang);
    match state {
        State::NotOpened => fl!(l, "state-not-opened"),
        State::Running => fl!(l, "state-running"),
        State::Paused => fl!(l, "state-paused"),
        State::Closed => fl!(l, "state-closed"),
    }
}

/// What the top line of every screen says of a rehearsal, before the meeting's state.
pub fn held_mark(held: Held) -> Option<String> {
    held.is_rehearsal().then(|| fl!(loader(lang()), "held-mark-rehearsal"))
}

/// A day as a sentence names it: `Monday 23 December 2024`; in Korean `2024. 12. 23.(월)`.
pub fn date_in(lang: Lang, day: NaiveDate) -> String {
    match lang {
        Lang::En => day.format("%A %-d %B %Y").to_string(),
        Lang::Ko => format!("{}. {}. {}.({})", day.year(), day.month(), day.day(), weekday_in(lang, day)),
    }
}

/// The short name of a day's weekday: `월`, `Mon`.
fn weekday_in(lang: Lang, day: NaiveDate) -> String {
    fl!(loader(lang), "weekday-short", day = day.weekday().number_from_monday())
}

/// What the minutes say first when they are not the meeting on its day: a rehearsal, or the
/// meeting held on another day.
pub fn held_line(held: Held, agenda_day: NaiveDate) -> Option<String> {
    held_line_in(lang(), held, agenda_day)
}

/// [`held_line`] in `lang`.
pub fn held_line_in(lang: Lang, held: Held, agenda_day: NaiveDate) -> Option<String> {
    let l = loader(lang);
    let agenda = date_in(lang, agenda_day);
    match held {
        Held::OnItsDay => None,
        Held::Rehearsal { on } => {
            Some(fl!(l, "held-line-rehearsal", on = date_in(lang, on), agenda = agenda))
        }
        Held::Postponed { on } => {
            Some(fl!(l, "held-line-postponed", on = date_in(lang, on), agenda = agenda))
        }
    }
}

/// Before a rehearsal opens: whose day it is, and how its times count.
pub fn rehearsal_day(agenda_day: NaiveDate) -> String {
    let lang = lang();
    fl!(loader(lang), "rehearsal-day", agenda = date_in(lang, agenda_day))
}

/// A topic's status, lowercase.
pub fn topic_status(status: TopicStatus) -> String {
    topic_status_in(lang(), status)
}

/// [`topic_status`] in `lang`.
pub fn topic_status_in(lang: Lang, status: TopicStatus) -> String {
    let l = loader(lang);
    match status {
        TopicStatus::Pending => fl!(l, "topic-pending"),
        TopicStatus::Current => fl!(l, "topic-current"),
        TopicStatus::Done => fl!(l, "topic-done"),
        TopicStatus::PassedOver => fl!(l, "topic-passed-over"),
        TopicStatus::Skipped => fl!(l, "topic-skipped"),
        TopicStatus::Deferred => fl!(l, "topic-deferred"),
    }
}

/// A note's kind, as the minutes name it.
pub fn note_kind(kind: Kind) -> String {
    note_kind_in(lang(), kind)
}

/// [`note_kind`] in `lang`.
pub fn note_kind_in(lang: Lang, kind: Kind) -> String {
    let l = loader(lang);
    match kind {
        Kind::Note => fl!(l, "note-kind-note"),
        Kind::Decision => fl!(l, "note-kind-decision"),
        Kind::ActionItem => fl!(l, "note-kind-action-item"),
    }
}

/// Why an action item's `due:` was not read as a date.
pub fn due_problem(problem: &DueProblem) -> String {
    due_problem_in(lang(), problem)
}

/// [`due_problem`] in `lang`.
pub fn due_problem_in(lang: Lang, problem: &DueProblem) -> String {
    let l = loader(lang);
    match problem {
        DueProblem::Missing => fl!(l, "due-missing"),
        DueProblem::NotADate { value } => fl!(l, "due-not-a-date", value = value.as_str()),
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

/// Drift in words: `0:03:12 behind`, `0:01:05 ahead`, `on time` (within a second); in Korean
/// `0:03:12 늦음`, `0:01:05 빠름`, `정시`.
pub fn drift(drift: TimeDelta) -> String {
    drift_in(lang(), drift)
}

/// [`drift`] in `lang`.
pub fn drift_in(lang: Lang, drift: TimeDelta) -> String {
    let l = loader(lang);
    let secs = drift.num_seconds();
    // A meeting run on another day than its agenda's (a rehearsal, a replay of an old agenda)
    // is days off; hours and minutes would only be noise then.
    let amount = match secs.unsigned_abs() {
        s if s >= 2 * 86_400 => {
            let days = s / 86_400;
            fl!(l, "drift-days", days = days)
        }
        s => clock(s),
    };
    match secs.cmp(&0) {
        Ordering::Greater => fl!(l, "drift-behind", amount = amount),
        Ordering::Less => fl!(l, "drift-ahead", amount = amount),
        Ordering::Equal => fl!(l, "drift-on-time"),
    }
}

/// When the meeting is expected to end, seen at `now`: `17:18`, with the day when it is not
/// today's (`00:25 Wed 15 Jan`; in Korean `00:25 1. 15.(수)`).
pub fn projected_end(
    end: chrono::DateTime<chrono::FixedOffset>,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> String {
    projected_end_in(lang(), end, now)
}

/// [`projected_end`] in `lang`.
pub fn projected_end_in(
    lang: Lang,
    end: chrono::DateTime<chrono::FixedOffset>,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> String {
    if end.date_naive() == now.date_naive() {
        return end.format("%H:%M").to_string();
    }
    match lang {
        Lang::En => end.format("%H:%M %a %-d %b").to_string(),
        Lang::Ko => {
            let day = end.date_naive();
            format!("{} {}. {}.({})", end.format("%H:%M"), day.month(), day.day(), weekday_in(lang, day))
        }
    }
}

/// Every running time on every screen: `h:mm:ss`.
fn clock(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    format!("{h}:{m:02}:{s:02}")
}

/// A planned or actual length, as words: `1h 5m`, `45s`, `2m 30s`, `0s` (whole seconds); in
/// Korean `1시간 5분`, `45초`.
pub fn length(d: TimeDelta) -> String {
    length_in(lang(), d)
}

/// [`length`] in `lang`.
pub fn length_in(lang: Lang, d: TimeDelta) -> String {
    let l = loader(lang);
    let secs = d.num_seconds();
    let total = secs.unsigned_abs();
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(fl!(l, "length-hours", n = h));
    }
    if m > 0 {
        parts.push(fl!(l, "length-minutes", n = m));
    }
    if s > 0 || parts.is_empty() {
        parts.push(fl!(l, "length-seconds", n = s));
    }
    let text = parts.join(" ");
    if secs < 0 { format!("-{text}") } else { text }
}

/// A difference of lengths, always signed: `+4m 10s`, `-3m`, `0s`.
pub fn length_difference(d: TimeDelta) -> String {
    if d.num_seconds() > 0 { format!("+{}", length(d)) } else { length(d) }
}

/// The question a screen asks before doing something that cannot be taken back.
pub fn question(q: &crate::tui::look::Question) -> String {
    question_in(lang(), q)
}

/// [`question`] in `lang`.
pub fn question_in(lang: Lang, q: &crate::tui::look::Question) -> String {
    use crate::tui::look::Question;
    let l = loader(lang);
    match q {
        Question::Quit { closed: false } => fl!(l, "question-quit"),
        Question::Quit { closed: true } => fl!(l, "question-quit-closed"),
        Question::QuitUnsaved(n) => {
            let n = *n;
            fl!(l, "question-quit-unsaved", n = n)
        }
        Question::QuitUnacknowledged(n) => {
            let n = *n;
            fl!(l, "question-quit-unacknowledged", n = n)
        }
        Question::QuitWithDraft => fl!(l, "question-quit-with-draft"),
        Question::Close { unreached } if unreached.is_empty() => fl!(l, "question-close"),
        Question::Close { unreached } => {
            let list = unreached.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            fl!(l, "question-close-unreached", count = unreached.len(), list = list)
        }
        Question::HoldToday { agenda_day, today } => {
            fl!(l, "question-hold-today", agenda = date_in(lang, *agenda_day), today = date_in(lang, *today))
        }
        Question::Strike(_) => fl!(l, "question-strike"),
    }
}

/// A seat's and a runner's plain words on their link, and on a rehearsal that became the meeting.
/// A second seat has attached, for the chair's hint bar.
pub fn seat_joined(role: crate::share::protocol::Role) -> String {
    use crate::share::protocol::Role;
    let l = loader(lang());
    match role {
        Role::Secretary => fl!(l, "seat-joined-secretary"),
        Role::Chair => fl!(l, "seat-joined-chair"),
        Role::Room => fl!(l, "seat-joined-room"),
    }
}

/// The runner has stopped, for a seat.
pub fn runner_stopped() -> String {
    fl!(loader(lang()), "runner-stopped")
}

/// No runner listens on the meeting's socket.
pub fn runner_not_running() -> String {
    fl!(loader(lang()), "runner-not-running")
}

/// The link to the runner failed, and why.
pub fn runner_connection_failed(why: &str) -> String {
    fl!(loader(lang()), "runner-connection-failed", why = why)
}

/// A seat whose meeting closed and whose runner went.
pub fn seat_meeting_closed() -> String {
    fl!(loader(lang()), "seat-meeting-closed")
}

/// What the runner tells its seats when a rehearsal became the meeting.
pub fn rehearsal_farewell() -> String {
    fl!(loader(lang()), "rehearsal-farewell")
}

/// What `gavel run` says when a rehearsal's minutes took the meeting's name.
pub fn rehearsal_moved(path: &std::path::Path) -> String {
    fl!(loader(lang()), "rehearsal-moved", path = path.display().to_string())
}

/// The room display before opening, under the first session's planned length.
pub fn room_planned_not_opened() -> String {
    fl!(loader(lang()), "room-planned-not-opened")
}

/// The ready message to the room on key `n` (1 to 3), in the interface's language: what the
/// chair sends is journaled as these words.
pub fn room_ready(n: u8) -> String {
    let l = loader(lang());
    match n {
        1 => fl!(l, "room-ready-wrap-up"),
        2 => fl!(l, "room-ready-two-minutes"),
        _ => fl!(l, "room-ready-recess"),
    }
}

/// A note a seat cannot send: longer than a line of the seats' protocol.
pub fn note_too_long(limit_bytes: usize) -> String {
    note_too_long_in(lang(), limit_bytes)
}

/// [`note_too_long`] in `lang`.
pub fn note_too_long_in(lang: Lang, limit_bytes: usize) -> String {
    let kib = limit_bytes / 1024;
    fl!(loader(lang), "note-too-long", kib = kib)
}

/// What the runner did when something else changed the minutes file while the meeting ran. The
/// file set aside lies beside the minutes, named after them: its ending is enough, and fits a
/// narrow screen's hint line.
pub fn intrusion(intrusion: &crate::journal::Intrusion) -> String {
    intrusion_in(lang(), intrusion)
}

/// [`intrusion`] in `lang`.
pub fn intrusion_in(lang: Lang, intrusion: &crate::journal::Intrusion) -> String {
    use crate::journal::Intrusion;
    let l = loader(lang);
    let kept = |p: &std::path::Path| {
        format!(".{}", p.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default())
    };
    match intrusion {
        Intrusion::Removed => fl!(l, "intrusion-removed"),
        Intrusion::Replaced { aside } => fl!(l, "intrusion-replaced", kept = kept(aside)),
        Intrusion::Changed { aside } => fl!(l, "intrusion-changed", kept = kept(aside)),
    }
}

/// The language of a meeting's documents: `--lang`, else the agenda's `language:`, else the
/// reader's.
pub fn document_language(agenda: Option<Lang>) -> Lang {
    crate::i18n::document(agenda)
}

/// A fingerprint as it is read aloud: its hex digits in groups of four (`8000 3388 edd3 …`).
pub fn fingerprint_groups(hex: &str) -> String {
    let digits: Vec<char> = hex.chars().collect();
    digits.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// A fingerprint as the minutes of journal format `format` show it: from format 5, a SHA-256
/// (64 hex digits) in groups of four; before, and for anything that is not one, exactly as
/// given, so that minutes of earlier formats verify and export byte for byte as they did.
pub fn fingerprint_shown(format: u32, fingerprint: &str) -> String {
    let sha256 = fingerprint.len() == 64 && fingerprint.bytes().all(|b| b.is_ascii_hexdigit());
    if format >= 5 && sha256 { fingerprint_groups(fingerprint) } else { fingerprint.to_owned() }
}
