//! Everything the clock face shows, computed at an instant passed in: session and topic time,
//! the warning levels, schedule drift, the projected end; and the bell that rings on a crossing.
//!
//! The rules (PRODUCT §4):
//! - Running time counts only while running, and only on the current topic and its session.
//!   A meeting left running when the program stopped went on meanwhile: `timers(now)` counts the
//!   whole gap on the item that was current.
//! - Session remaining is the plan as adjusted with +/- less the session's running time; below
//!   zero it is over time.
//! - Level: over time when remaining is below zero (strictly past the plan); danger when at most
//!   the danger threshold is left (so exactly zero left is danger); warning when at most the
//!   warning threshold is left; normal otherwise, and always before opening.
//! - Drift is measured against the published agenda, never the adjusted plan: in session `k`
//!   with running time `e`, the plan says the meeting should be at `start(k) + min(e, plan(k))`;
//!   drift is how far `now` is past that (positive: behind). A late opening counts, an overrun
//!   counts, and a pause makes the meeting fall behind. Before opening, the lateness of the
//!   opening (zero until the planned start); once closed, the close against the planned end.
//! - Projected end: `now` plus what remains of the current session's adjusted plan (nothing if it
//!   ran over: it counts as finished now), the later sessions' adjusted plans, and the breaks
//!   planned from this session on. Before opening, the plan from `max(now, planned start)`; once
//!   closed, the close.
//! - Instants are added as instants and only shown in the meeting's zone, so midnight and
//!   daylight-saving changes need no special case.
//!
//! How these durations read on the screen (`12:34`, `+01:05`, `3:12 behind`) is the interface's
//! business: `crate::words`.

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::Serialize;

use super::apply::Effect;
use super::event::Position;
use super::plan::{later, sum};
use super::state::{Meeting, State};
use crate::agenda::Thresholds;

/// How close the current session is to its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Normal,
    Warning,
    Danger,
    Over,
}

impl Level {
    /// The level for this much time left in a session.
    pub fn of(remaining: TimeDelta, thresholds: &Thresholds) -> Level {
        if remaining < TimeDelta::zero() {
            Level::Over
        } else if remaining <= thresholds.danger {
            Level::Danger
        } else if remaining <= thresholds.warning {
            Level::Warning
        } else {
            Level::Normal
        }
    }
}

/// The clock face at one instant.
#[derive(Debug, Clone, PartialEq)]
pub struct Timers {
    pub state: State,
    pub position: Position,
    /// The current session's plan, as adjusted with +/-.
    pub session_plan: TimeDelta,
    pub session_elapsed: TimeDelta,
    /// Plan less elapsed; negative when over time.
    pub session_remaining: TimeDelta,
    pub level: Level,
    pub topic_elapsed: TimeDelta,
    /// The current topic's planned duration, where it has one.
    pub topic_plan: Option<TimeDelta>,
    pub topic_remaining: Option<TimeDelta>,
    /// Wall time since opening, pauses included (frozen at the close).
    pub meeting_elapsed: TimeDelta,
    /// Time the meeting ran, pauses left out.
    pub running_time: TimeDelta,
    pub paused_time: TimeDelta,
    /// Positive: behind the published schedule; negative: ahead.
    pub drift: TimeDelta,
    pub projected_end: DateTime<FixedOffset>,
}

impl Meeting {
    /// The timers at `now`. After the close they are frozen at the close, whatever `now` is.
    pub fn timers(&self, now: DateTime<Utc>) -> Timers {
        let now = match self.closed_at {
            Some(closed) => closed.to_utc(),
            None => now,
        };
        let p = self.position;
        let k = p.session;
        let session_plan = self.session_plan(k);
        let session_elapsed = self.session_elapsed(k, now);
        let session_remaining = sum(session_plan, -session_elapsed);
        let level = match self.state {
            State::NotOpened => Level::Normal,
            _ => Level::of(session_remaining, &self.agenda.thresholds),
        };
        let topic_elapsed = self.topic_elapsed(p, now);
        let topic_plan =
            self.agenda.sessions.get(k).and_then(|s| s.topics.get(p.topic)).and_then(|t| t.duration);
        let topic_remaining = topic_plan.map(|plan| sum(plan, -topic_elapsed));
        let meeting_elapsed = match self.opened_at {
            Some(opened) if now > opened.to_utc() => now - opened.to_utc(),
            _ => TimeDelta::zero(),
        };
        let running_time = self.running_time(now);
        let (drift, projected_end) = self.drift_and_end(now, session_elapsed);
        Timers {
            state: self.state,
            position: p,
            session_plan,
            session_elapsed,
            session_remaining,
            level,
            topic_elapsed,
            topic_plan,
            topic_remaining,
            meeting_elapsed,
            running_time,
            paused_time: (meeting_elapsed - running_time).max(TimeDelta::zero()),
            drift,
            projected_end: self.agenda.timezone.at(projected_end),
        }
    }

    fn drift_and_end(&self, now: DateTime<Utc>, elapsed: TimeDelta) -> (TimeDelta, DateTime<Utc>) {
        let plan = &self.plan;
        let adjusted_from =
            |k: usize| (k..self.sessions.len()).fold(TimeDelta::zero(), |a, j| sum(a, self.session_plan(j)));
        match self.state {
            State::NotOpened => {
                // A rehearsal starts when it is opened: as if that were now.
                let start = if self.held.is_rehearsal() { now } else { plan.start };
                let drift = (now - start).max(TimeDelta::zero());
                let total = sum(adjusted_from(0), plan.breaks_from[0]);
                (drift, later(now.max(start), total))
            }
            State::Closed => {
                let closed = self.closed_at.map_or(now, |c| c.to_utc());
                (closed - plan.end, closed)
            }
            State::Running | State::Paused => {
                let k = self.position.session;
                let published = self.published.sessions.get(k).map_or(TimeDelta::zero(), |s| s.duration);
                let drift = now - later(plan.starts[k], elapsed.min(published));
                let left_here = sum(self.session_plan(k), -elapsed).max(TimeDelta::zero());
                let rest = sum(sum(left_here, adjusted_from(k + 1)), plan.breaks_from[k]);
                (drift, later(now, rest))
            }
        }
    }
}

/// Rings the bell once when the current session crosses into warning and once when it crosses
/// into over time. Owned by the loop, not the meeting, and asked after every `apply` and every
/// tick (so a `-` that pushes a session into warning rings at once, through the same rule).
///
/// It only rings for a change it saw happen: its first look (start-up, resume, replay) and its
/// first look at a session it was not on only note where things stand. Each session rings each
/// crossing at most once, even if `+` takes it back and time brings it over again. Nothing rings
/// before opening, after closing, or when the agenda turns the bell off.
#[derive(Debug, Clone, Default)]
pub struct BellWatch {
    /// The session last looked at; `None` before the first look at an open meeting.
    session: Option<usize>,
    /// For each session, the highest level seen on it.
    highest: Vec<Option<Level>>,
}

impl BellWatch {
    pub fn new() -> Self {
        Self::default()
    }

    /// Looks at the meeting at `now`; returns the bell to ring, if any.
    pub fn observe(&mut self, meeting: &Meeting, now: DateTime<Utc>) -> Option<Effect> {
        if !meeting.state().is_open() {
            return None;
        }
        let k = meeting.position().session;
        let level = meeting.timers(now).level;
        if self.highest.len() <= k {
            self.highest.resize(k + 1, None);
        }
        let watching = self.session == Some(k);
        self.session = Some(k);
        let before = self.highest[k];
        self.highest[k] = Some(before.map_or(level, |b| b.max(level)));
        // A first look, or the first look at a session after another: note where it stands.
        let before = before.filter(|_| watching)?;
        if !meeting.agenda().bell {
            return None;
        }
        let crossed = |to: Level| before < to && level >= to;
        let ring = if crossed(Level::Over) {
            Level::Over
        } else if crossed(Level::Warning) {
            Level::Warning
        } else {
            return None;
        };
        Some(Effect::Bell { session: k, level: ring })
    }
}
