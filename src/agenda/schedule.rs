//! The planned schedule: when each session and break starts and ends if the meeting runs to plan.

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::Serialize;

use super::{Agenda, seconds};

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
    /// Each session's planned start and end. Instants are added in UTC and shown in the zone, so
    /// a plan across a daylight-saving change keeps its real lengths.
    pub fn schedule(&self) -> Schedule {
        let start = self.planned_start();
        let zone = self.timezone;
        let local = |t: DateTime<FixedOffset>| zone.at(t.to_utc());
        let mut at = start;
        let mut breaks = TimeDelta::zero();
        let sessions = self
            .sessions
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let begin = local(at);
                at += s.duration;
                let end = local(at);
                let break_after = s.break_after.as_ref().map(|b| {
                    let begin = local(at);
                    at += b.duration;
                    breaks += b.duration;
                    PlannedBreak {
                        title: b.title.clone(),
                        start: begin,
                        end: local(at),
                        duration: b.duration,
                    }
                });
                PlannedSession {
                    number: i + 1,
                    title: s.title.clone(),
                    start: begin,
                    end,
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
        Schedule { start, end: local(at), total: at - start, breaks, sessions }
    }
}
