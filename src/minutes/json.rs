//! The minutes as JSON for other tools: the whole meeting, struck notes and every note's history
//! included. The shape is a promise to those tools (`docs/minutes-json.md`), versioned by
//! [`JSON_FORMAT`].
//!
//! Format 2 adds the record (journal format 5): the roll with presence, the record's facts, a
//! note's speaker and a decision's vote, corrections and the sign-off, and the edition. Minutes
//! begun in an older journal format have none of it: their full edition is still format 1, byte
//! for byte as before.

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, TimeDelta};
use serde::Serialize;

use super::Edition;
use crate::agenda::Group;
use crate::agenda::sum;
use crate::meeting::notes::{Kind, Vote};
use crate::meeting::{Meeting, Position, Presence, Speaker, State, TopicStatus};
use crate::words;

/// The version of the JSON minutes' shape.
pub const JSON_FORMAT: u32 = 2;

/// The shape the full edition of minutes begun before journal format 5 keeps.
const JSON_FORMAT_BEFORE_RECORD: u32 = 1;

/// The minutes as JSON for other tools (shape: `docs/minutes-json.md`), pretty-printed.
pub fn json(meeting: &Meeting, fingerprint: Option<&str>) -> String {
    json_edition(meeting, fingerprint, Edition::Full)
}

/// [`json`] of an edition: the whole record, or the public edition.
pub fn json_edition(meeting: &Meeting, fingerprint: Option<&str>, edition: Edition) -> String {
    let doc = JsonMinutes::of(meeting, fingerprint, edition);
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

fn rfc3339(t: DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, false)
}

/// A field of format 2: absent from format 1 (`None`), else its value (which may be null).
type Since2<T> = Option<T>;

#[derive(Serialize)]
struct JsonMinutes<'a> {
    format: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    edition: Since2<Edition>,
    title: &'a str,
    organizer: Option<&'a str>,
    date: NaiveDate,
    timezone: String,
    location: Option<&'a str>,
    chair: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recorder: Since2<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confirmer: Since2<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    disclosure: Since2<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    retention: Since2<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quorum: Since2<Option<u32>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    present_count: Since2<usize>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    corrections: Since2<Vec<JsonCorrection<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sealed: Since2<Option<JsonSealed<'a>>>,
    /// The changes made to the plan during the meeting (journal format 6), when there are any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    plan_changes: Vec<JsonPlanChange<'a>>,
    fingerprint: Option<&'a str>,
}

/// One change to the plan: when, what, and where (positions in the plan as it stood then).
#[derive(Serialize)]
struct JsonPlanChange<'a> {
    at: String,
    change: &'static str,
    session: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    topic: Option<usize>,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    to_session: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    to_topic: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    from_title: Option<&'a str>,
    /// A retime's plans before and after (null: none).
    #[serde(skip_serializing_if = "Option::is_none")]
    from_ms: Option<Option<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    to_ms: Option<Option<i64>>,
}

/// Where the published agenda had a topic, with its title and plan there (a topic changed
/// during the meeting).
#[derive(Serialize)]
struct JsonPublished<'a> {
    session: usize,
    topic: usize,
    title: &'a str,
    planned_ms: Option<i64>,
}

#[derive(Serialize)]
struct JsonAttendee<'a> {
    name: &'a str,
    role: Option<&'a str>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    record: Since2<JsonRoll<'a>>,
}

/// What the roll call and the meeting recorded of someone (format 2).
#[derive(Serialize)]
struct JsonRoll<'a> {
    position: Option<&'a str>,
    affiliation: Option<&'a str>,
    group: Group,
    called: String,
    presence: Presence,
    reason: Option<&'a str>,
    added_at: Option<String>,
    arrived_at: Option<String>,
    left_at: Option<String>,
}

#[derive(Serialize)]
struct JsonSpeaker<'a> {
    /// Their place in `attendees`; null for the topic's presenter.
    attendee: Option<usize>,
    name: &'a str,
    called: String,
    presenter: bool,
}

#[derive(Serialize)]
struct JsonCorrection<'a> {
    at: String,
    note: &'a str,
    by: &'a str,
    reason: &'a str,
    before: Option<&'a str>,
    after: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSealed<'a> {
    at: String,
    by: &'a str,
    fingerprint: &'a str,
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
    /// Added to the plan during the meeting.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    added: bool,
    /// Moved, renamed or retimed during the meeting: as published.
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<JsonPublished<'a>>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Since2<Option<JsonSpeaker<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vote: Since2<Option<Vote>>,
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
    fn of(meeting: &'a Meeting, fingerprint: Option<&'a str>, edition: Edition) -> Self {
        let agenda = meeting.agenda();
        let public = edition == Edition::Public;
        // Format 2: the record's minutes, and every public edition.
        let v2 = meeting.format() >= 5 || public;
        let v2on = v2.then_some(());
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
                    planned_ms: ms(meeting.published_session_plan(k)),
                    adjusted_ms: ms(meeting.session_plan(k)),
                    actual_ms: ms(run.elapsed),
                    difference_ms: ms(sum(run.elapsed, -meeting.published_session_plan(k))),
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
                            added: run.topics[t].origin.is_none(),
                            published: meeting
                                .against_published(Position::new(k, t))
                                .filter(|a| a.changed())
                                .and_then(|a| a.published)
                                .map(|(o, was)| JsonPublished {
                                    session: o.session,
                                    topic: o.topic,
                                    title: &was.title,
                                    planned_ms: was.duration.map(ms),
                                }),
                        })
                        .collect(),
                }
            })
            .collect();
        let notes = meeting
            .notes()
            .iter()
            .filter(|n| !(public && n.is_struck()))
            .map(|n| JsonNote {
                id: n.id.as_str(),
                session: n.on.map(|p| p.session),
                topic: n.on.map(|p| p.topic),
                taken_at: rfc3339(n.taken_at()),
                written_at: n.written_at.map(rfc3339),
                kind: n.parsed.kind,
                text: &n.parsed.text,
                speaker: v2on.map(|()| n.speaker.map(|s| speaker(meeting, s, n.on))),
                vote: v2on.map(|()| n.parsed.vote),
                owner: n.parsed.owner.as_deref(),
                due: n.parsed.due,
                due_problem: n.parsed.due_problem.as_ref().map(words::due_problem),
                typed: n.text(),
                struck_at: n.struck_at.map(rfc3339),
                // The public edition keeps only the version as it stands.
                history: n
                    .versions
                    .iter()
                    .skip(if public { n.versions.len() - 1 } else { 0 })
                    .map(|v| JsonVersion { at: rfc3339(v.at), text: &v.text })
                    .collect(),
            })
            .collect();
        let roll = meeting.attendees();
        let attendees = if v2 {
            roll.iter()
                .map(|a| JsonAttendee {
                    name: &a.attendee.name,
                    role: a.attendee.position.as_deref(),
                    record: Some(JsonRoll {
                        position: a.attendee.position.as_deref(),
                        affiliation: a.attendee.affiliation.as_deref(),
                        group: a.attendee.group,
                        called: a.attendee.called(),
                        presence: a.presence,
                        reason: a.reason.as_deref().filter(|_| !public),
                        added_at: a.added_at.map(rfc3339),
                        arrived_at: a.arrived_at.map(rfc3339),
                        left_at: a.left_at.map(rfc3339),
                    }),
                })
                .collect()
        } else {
            agenda
                .attendees
                .iter()
                .map(|a| JsonAttendee { name: &a.name, role: a.position.as_deref(), record: None })
                .collect()
        };
        let present_count = roll
            .iter()
            .filter(|a| {
                a.attendee.group == Group::Attendee
                    && matches!(a.presence, Presence::Present | Presence::Left)
            })
            .count();
        let corrections = meeting
            .corrections()
            .iter()
            .map(|c| JsonCorrection {
                at: rfc3339(c.at),
                note: c.note.as_str(),
                by: &c.by,
                reason: &c.reason,
                // The words a correction struck out are not published.
                before: Some(&*c.before).filter(|_| !(public && c.after.is_none())),
                after: c.after.as_deref(),
            })
            .collect();
        let sealed = meeting.sealed().map(|s| JsonSealed {
            at: rfc3339(s.at),
            by: &s.by,
            fingerprint: &s.fingerprint,
        });
        JsonMinutes {
            format: if v2 { JSON_FORMAT } else { JSON_FORMAT_BEFORE_RECORD },
            edition: v2on.map(|()| edition),
            recorder: v2on.map(|()| agenda.recorder.as_deref()),
            confirmer: v2on.map(|()| agenda.confirmer.as_deref()),
            disclosure: v2on.map(|()| agenda.disclosure.as_deref()),
            retention: v2on.map(|()| agenda.retention.as_deref()),
            quorum: v2on.map(|()| agenda.quorum),
            present_count: v2on.map(|()| present_count),
            corrections: v2on.map(|()| corrections),
            sealed: v2on.map(|()| sealed),
            plan_changes: meeting.plan_changes().iter().map(plan_change).collect(),
            title: &agenda.title,
            organizer: agenda.organizer.as_deref(),
            date: agenda.date,
            timezone: agenda.timezone.to_string(),
            location: agenda.location.as_deref(),
            chair: agenda.chair.as_deref(),
            attendees,
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

/// A note's speaker: an attendee by their place on the roll, or the topic's presenter.
fn speaker<'a>(meeting: &'a Meeting, speaker: Speaker, on: Option<Position>) -> JsonSpeaker<'a> {
    match speaker {
        Speaker::Attendee(id) => {
            let who = meeting.attendees().get(id).map(|a| &a.attendee);
            JsonSpeaker {
                attendee: Some(id),
                name: who.map_or("", |a| a.name.as_str()),
                called: who.map_or_else(String::new, |a| a.called()),
                presenter: false,
            }
        }
        Speaker::Presenter => {
            let agenda = meeting.agenda();
            let name = on
                .and_then(|p| agenda.sessions.get(p.session)?.topics.get(p.topic)?.presenter.as_deref())
                .unwrap_or("");
            JsonSpeaker { attendee: None, name, called: name.to_owned(), presenter: true }
        }
    }
}

fn plan_change(c: &crate::meeting::PlanChange) -> JsonPlanChange<'_> {
    use crate::meeting::Change;
    let ms = |d: &Option<TimeDelta>| d.map(|d| d.num_milliseconds());
    let base = |change, p: &Position, title| JsonPlanChange {
        at: rfc3339(c.at),
        change,
        session: p.session,
        topic: Some(p.topic),
        title,
        to_session: None,
        to_topic: None,
        from_title: None,
        from_ms: None,
        to_ms: None,
    };
    match &c.change {
        Change::Inserted { at, title } => base("inserted", at, title),
        Change::Renamed { at, from, to } => {
            JsonPlanChange { from_title: Some(from), ..base("renamed", at, to) }
        }
        Change::Moved { from, to, title } => JsonPlanChange {
            to_session: Some(to.session),
            to_topic: Some(to.topic),
            ..base("moved", from, title)
        },
        Change::Removed { from, title, .. } => base("removed", from, title),
        Change::Retimed { session, topic, title, from, to } => JsonPlanChange {
            topic: *topic,
            from_ms: Some(ms(from)),
            to_ms: Some(ms(to)),
            ..base("retimed", &Position::new(*session, topic.unwrap_or(0)), title)
        },
    }
}
