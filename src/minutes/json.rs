//! The minutes as JSON for other tools: the whole meeting, struck notes and every note's history
//! included. The shape is a promise to those tools (`docs/minutes-json.md`), versioned by
//! [`JSON_FORMAT`].

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, TimeDelta};
use serde::Serialize;

use crate::agenda::sum;
use crate::meeting::notes::Kind;
use crate::meeting::{Meeting, Position, State, TopicStatus};
use crate::words;

/// The version of the JSON minutes' shape.
pub const JSON_FORMAT: u32 = 1;

/// The minutes as JSON for other tools (shape: `docs/minutes-json.md`), pretty-printed.
pub fn json(meeting: &Meeting, fingerprint: Option<&str>) -> String {
    let doc = JsonMinutes::of(meeting, fingerprint);
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

fn rfc3339(t: DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, false)
}

#[derive(Serialize)]
struct JsonMinutes<'a> {
    format: u32,
    title: &'a str,
    organizer: Option<&'a str>,
    date: NaiveDate,
    timezone: String,
    location: Option<&'a str>,
    chair: Option<&'a str>,
    attendees: Vec<JsonAttendee<'a>>,
    goals: &'a [String],
    planned_start: String,
    planned_end: String,
    state: State,
    opened_at: Option<String>,
    closed_at: Option<String>,
    last_entry_at: Option<String>,
    elapsed_ms: i64,
    running_ms: i64,
    paused_ms: i64,
    sessions: Vec<JsonSession<'a>>,
    notes: Vec<JsonNote<'a>>,
    fingerprint: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonAttendee<'a> {
    name: &'a str,
    role: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSession<'a> {
    title: &'a str,
    planned_start: String,
    planned_ms: i64,
    adjusted_ms: i64,
    actual_ms: i64,
    difference_ms: i64,
    started_at: Option<String>,
    topics: Vec<JsonTopic<'a>>,
}

#[derive(Serialize)]
struct JsonTopic<'a> {
    title: &'a str,
    presenter: Option<&'a str>,
    planned_ms: Option<i64>,
    actual_ms: i64,
    status: TopicStatus,
    started_at: Option<String>,
}

#[derive(Serialize)]
struct JsonNote<'a> {
    id: &'a str,
    session: Option<usize>,
    topic: Option<usize>,
    taken_at: String,
    /// When a second seat wrote it, where the runner took it later; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    written_at: Option<String>,
    kind: Kind,
    text: &'a str,
    owner: Option<&'a str>,
    due: Option<NaiveDate>,
    due_problem: Option<String>,
    typed: &'a str,
    struck_at: Option<String>,
    history: Vec<JsonVersion<'a>>,
}

#[derive(Serialize)]
struct JsonVersion<'a> {
    at: String,
    text: &'a str,
}

impl<'a> JsonMinutes<'a> {
    fn of(meeting: &'a Meeting, fingerprint: Option<&'a str>) -> Self {
        let agenda = meeting.agenda();
        let ms = |d: TimeDelta| d.num_milliseconds();
        let (elapsed, running) = match meeting.opened_at() {
            Some(opened) => {
                let end = meeting.closed_at().or(meeting.last_at()).unwrap_or(opened);
                ((end - opened).max(TimeDelta::zero()), meeting.running_time(end.to_utc()))
            }
            None => (TimeDelta::zero(), TimeDelta::zero()),
        };
        let sessions = agenda
            .sessions
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let run = &meeting.sessions()[k];
                JsonSession {
                    title: &s.title,
                    planned_start: rfc3339(
                        meeting.planned_session_start(k).unwrap_or(meeting.planned_start()),
                    ),
                    planned_ms: ms(s.duration),
                    adjusted_ms: ms(meeting.session_plan(k)),
                    actual_ms: ms(run.elapsed),
                    difference_ms: ms(sum(run.elapsed, -s.duration)),
                    started_at: run.started_at.map(rfc3339),
                    topics: s
                        .topics
                        .iter()
                        .enumerate()
                        .map(|(t, topic)| JsonTopic {
                            title: &topic.title,
                            presenter: topic.presenter.as_deref(),
                            planned_ms: topic.duration.map(ms),
                            actual_ms: ms(run.topics[t].elapsed),
                            status: meeting.topic_status(Position::new(k, t)),
                            started_at: run.topics[t].started_at.map(rfc3339),
                        })
                        .collect(),
                }
            })
            .collect();
        let notes = meeting
            .notes()
            .iter()
            .map(|n| JsonNote {
                id: n.id.as_str(),
                session: n.on.map(|p| p.session),
                topic: n.on.map(|p| p.topic),
                taken_at: rfc3339(n.taken_at()),
                written_at: n.written_at.map(rfc3339),
                kind: n.parsed.kind,
                text: &n.parsed.text,
                owner: n.parsed.owner.as_deref(),
                due: n.parsed.due,
                due_problem: n.parsed.due_problem.as_ref().map(words::due_problem),
                typed: n.text(),
                struck_at: n.struck_at.map(rfc3339),
                history: n
                    .versions
                    .iter()
                    .map(|v| JsonVersion { at: rfc3339(v.at), text: &v.text })
                    .collect(),
            })
            .collect();
        JsonMinutes {
            format: JSON_FORMAT,
            title: &agenda.title,
            organizer: agenda.organizer.as_deref(),
            date: agenda.date,
            timezone: agenda.timezone.to_string(),
            location: agenda.location.as_deref(),
            chair: agenda.chair.as_deref(),
            attendees: agenda
                .attendees
                .iter()
                .map(|a| JsonAttendee { name: &a.name, role: a.position.as_deref() })
                .collect(),
            goals: &agenda.goals,
            planned_start: rfc3339(meeting.planned_start()),
            planned_end: rfc3339(meeting.planned_end()),
            state: meeting.state(),
            opened_at: meeting.opened_at().map(rfc3339),
            closed_at: meeting.closed_at().map(rfc3339),
            last_entry_at: meeting.last_at().map(rfc3339),
            elapsed_ms: ms(elapsed),
            running_ms: ms(running),
            paused_ms: ms((elapsed - running).max(TimeDelta::zero())),
            sessions,
            notes,
            fingerprint,
        }
    }
}
