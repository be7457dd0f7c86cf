//! The planned schedule: when each session and break starts and ends if the meeting runs to plan.
//! Worked out in one place, [`Agenda::timeline`], for what `gavel check` and the outline show
//! ([`Agenda::schedule`]) and for the meeting's drift and projected end alike, with arithmetic
//! that no agenda can make overflow: one read from a hand-made journal's header may hold any
//! duration JSON can write.

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::Serialize;

use super::{Agenda, seconds};

/// Durations added without a panic: past the largest (or smallest) duration, that one.
pub fn sum(a: TimeDelta, b: TimeDelta) -> TimeDelta {
    a.checked_add(&b).unwrap_or(if b > TimeDelta::zero() { TimeDelta::MAX } else { TimeDelta::MIN })
}

/// An instant moved on by a duration, without a panic.
/// Kept a day inside chrono's range, so that any offset can still show the instant.
pub fn later(t: DateTime<Utc>, d: TimeDelta) -> DateTime<Utc> {
    let day = TimeDelta::days(1);
    let last = DateTime::<Utc>::MAX_UTC.checked_sub_signed(day).unwrap_or(DateTime::<Utc>::MAX_UTC);
    let first = DateTime::<Utc>::MIN_UTC.checked_add_signed(day).unwrap_or(DateTime::<Utc>::MIN_UTC);
    let moved = t.checked_add_signed(d).unwrap_or(if d > TimeDelta::zero() { last } else { first });
    moved.clamp(first, last)
}

/// The published plan as instants: each session's start and end, and when the break after it
/// ends. Instants are added in UTC, so a plan across a daylight-saving change keeps its real
/// lengths; show them in the meeting's zone.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// The meeting's published start.
    pub start: DateTime<Utc>,
    pub sessions: Vec<SessionTimes>,
}

/// One session's planned instants.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SessionTimes {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// When the break after it ends and the next session starts (its end, without a break).
    pub resume: DateTime<Utc>,
}

impl Timeline {
    /// The published end of the last session (the start, with no session).
    pub fn end(&self) -> DateTime<Utc> {
        self.sessions.last().map_or(self.start, |s| s.end)
    }
}

/// The published plan, as instants in the meeting's time zone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Schedule {
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    /// Sessions and breaks together.
    #[serde(with = "seconds")]
    pub total: TimeDelta,
    #[serde(with = "seconds")]
    pub breaks: TimeDelta,
    pub sessions: Vec<PlannedSession>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedSession {
    /// Counted from 1, as on the screen.
    pub number: usize,
    pub title: String,
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    #[serde(with = "seconds")]
    pub duration: TimeDelta,
    pub topics: Vec<PlannedTopic>,
    pub break_after: Option<PlannedBreak>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedTopic {
    pub number: usize,
    pub title: String,
    #[serde(with = "super::opt_seconds")]
    pub duration: Option<TimeDelta>,
    pub presenter: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedBreak {
    pub title: String,
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    #[serde(with = "seconds")]
    pub duration: TimeDelta,
}

impl Agenda {
    /// The published plan as instants: the one computation of it (see [`Timeline`]).
    pub fn timeline(&self) -> Timeline {
        let start = self.planned_start().to_utc();
        let mut at = start;
        let sessions = self
            .sessions
            .iter()
            .map(|s| {
                let begin = at;
                let end = later(begin, s.duration);
                at = later(end, s.break_after.as_ref().map_or(TimeDelta::zero(), |b| b.duration));
                SessionTimes { start: begin, end, resume: at }
            })
            .collect();
        Timeline { start, sessions }
    }

    /// The published plan as `gavel check` and the outline show it: [`Agenda::timeline`] in the
    /// meeting's zone, with the titles, topics and breaks.
    pub fn schedule(&self) -> Schedule {
        let start = self.planned_start();
        let zone = self.timezone;
        let timeline = self.timeline();
        let mut breaks = TimeDelta::zero();
        let sessions = self
            .sessions
            .iter()
            .zip(&timeline.sessions)
            .enumerate()
            .map(|(i, (s, times))| {
                let break_after = s.break_after.as_ref().map(|b| {
                    breaks = sum(breaks, b.duration);
                    PlannedBreak {
                        title: b.title.clone(),
                        start: zone.at(times.end),
                        end: zone.at(times.resume),
                        duration: b.duration,
                    }
                });
                PlannedSession {
                    number: i + 1,
                    title: s.title.clone(),
                    start: zone.at(times.start),
                    end: zone.at(times.end),
                    duration: s.duration,
                    topics: s
                        .topics
                        .iter()
                        .enumerate()
                        .map(|(j, t)| PlannedTopic {
                            number: j + 1,
                            title: t.title.clone(),
                            duration: t.duration,
                            presenter: t.presenter.clone(),
                        })
                        .collect(),
                    break_after,
                }
            })
            .collect();
        let end = timeline.sessions.last().map_or(timeline.start, |s| s.resume);
        Schedule { start, end: zone.at(end), total: end - start.to_utc(), breaks, sessions }
    }
}
