//! The agenda: what the meeting plans to do, loaded strictly from YAML and checked.
//!
//! `load` turns a file into an [`Agenda`] or one [`LoadError`] that says where and what is wrong;
//! the rest of gavel works only with the checked domain types here, never with the YAML.

mod bounds;
mod load;
mod locate;
pub mod raw;
mod schedule;
mod tell;
mod validate;

use std::fmt;
use std::str::FromStr;

use chrono::{
    DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc,
};
use i18n_embed_fl::fl;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::{Lang, current};

pub use bounds::{Bound, OutOfBounds};
pub use load::{ErrorKind, LoadError, MAX_AGENDA_BYTES, load_file, load_file_hashed, parse_bytes, parse_str};
/// Reads a wall-clock time as the agenda's `start` is read: `9:00`, `09:00`, `09:00:30`.
pub use raw::RawDuration;
pub use schedule::{
    PlannedBreak, PlannedSession, PlannedTopic, Schedule, SessionTimes, Timeline, later, sum,
};
pub use validate::{parse_clock, parse_duration};

/// The longest planned time an agenda may give anything: longer than any meeting, and short
/// enough that every sum of them stays far from overflow.
pub const LONGEST: TimeDelta = TimeDelta::days(7);

/// The years a meeting's date may fall in: what `YYYY-MM-DD` can write.
pub const YEARS: std::ops::RangeInclusive<i32> = 0..=9999;

/// Warning threshold when the agenda names none: five minutes left in the session.
pub const DEFAULT_WARNING: TimeDelta = TimeDelta::minutes(5);
/// Danger threshold when the agenda names none: one minute left in the session.
pub const DEFAULT_DANGER: TimeDelta = TimeDelta::minutes(1);

/// A checked agenda. Every text is NFC, every title non-blank, every duration positive, and the
/// topics of a session fit in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// Read from a journal's header: a field this gavel does not know is refused, never passed
// over, so newer minutes are never misread.
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub title: String,
    pub organizer: Option<String>,
    pub date: NaiveDate,
    #[serde(with = "clock")]
    pub start: NaiveTime,
    pub timezone: Zone,
    pub location: Option<String>,
    pub chair: Option<String>,
    pub attendees: Vec<Attendee>,
    pub goals: Vec<String>,
    pub thresholds: Thresholds,
    pub bell: bool,
    pub sessions: Vec<Session>,
    /// The language of the meeting's documents, when the agenda names one (`ko`, `en`); absent
    /// in minutes before format 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// The record's facts for its title and sign-off blocks (format 5): who writes it (작성자),
    /// who confirms it (확인자), how many must be present, whether it is published (공개구분) and
    /// how long it is kept (보존기간).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendee {
    pub name: String,
    /// Their position (직위); written `role` in minutes before format 5.
    #[serde(alias = "role")]
    pub position: Option<String>,
    /// Their office or organisation (소속). (Format 5.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Attending, or attending in support. (Format 5.)
    #[serde(default, skip_serializing_if = "Group::is_attendee")]
    pub group: Group,
}

impl Attendee {
    /// Position and name as a record writes them: `기획조정실장 홍길동`, or the name alone.
    pub fn called(&self) -> String {
        match &self.position {
            Some(position) if position != &self.name => format!("{position} {}", self.name),
            _ => self.name.clone(),
        }
    }
}

/// Whether someone attends the meeting (참석) or attends in support of it (배석): staff who
/// answer questions or take notes, not counted for the quorum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    #[default]
    Attendee,
    Supporting,
}

impl Group {
    pub fn is_attendee(&self) -> bool {
        *self == Group::Attendee
    }
}

/// Time left in a session at which its timer turns to warning, and to danger.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
// Read from a journal's header: a field this gavel does not know is refused, never passed
// over, so newer minutes are never misread.
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    #[serde(with = "seconds")]
    pub warning: TimeDelta,
    #[serde(with = "seconds")]
    pub danger: TimeDelta,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { warning: DEFAULT_WARNING, danger: DEFAULT_DANGER }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// Read from a journal's header: a field this gavel does not know is refused, never passed
// over, so newer minutes are never misread.
#[serde(deny_unknown_fields)]
pub struct Session {
    pub title: String,
    #[serde(with = "seconds")]
    pub duration: TimeDelta,
    pub summary: Option<String>,
    pub topics: Vec<Topic>,
    /// A break planned after this session, before the next one.
    pub break_after: Option<Break>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// Read from a journal's header: a field this gavel does not know is refused, never passed
// over, so newer minutes are never misread.
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub title: String,
    #[serde(with = "opt_seconds")]
    pub duration: Option<TimeDelta>,
    pub presenter: Option<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// Read from a journal's header: a field this gavel does not know is refused, never passed
// over, so newer minutes are never misread.
#[serde(deny_unknown_fields)]
pub struct Break {
    pub title: String,
    #[serde(with = "seconds")]
    pub duration: TimeDelta,
}

impl Agenda {
    /// The published start of the meeting, as an instant.
    pub fn planned_start(&self) -> DateTime<FixedOffset> {
        // Checked on load: the start exists in the zone on that date.
        self.timezone
            .localize(self.date.and_time(self.start))
            .unwrap_or_else(|| self.timezone.at(self.date.and_time(self.start).and_utc()))
    }

    /// Number of topics in all sessions.
    pub fn topic_count(&self) -> usize {
        self.sessions.iter().map(|s| s.topics.len()).sum()
    }
}

/// The meeting's time zone: a named zone with its daylight-saving rules, or a fixed offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Named(chrono_tz::Tz),
    Fixed(FixedOffset),
}

impl Zone {
    /// The offset in force at an instant.
    pub fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        self.at(instant).offset().fix()
    }

    /// An instant shown in this zone, with the offset in force then.
    pub fn at(&self, instant: DateTime<Utc>) -> DateTime<FixedOffset> {
        match self {
            Zone::Named(tz) => instant.with_timezone(tz).fixed_offset(),
            Zone::Fixed(offset) => instant.with_timezone(offset),
        }
    }

    /// The instant of a local wall-clock time, or `None` if the clocks skip it. When the clocks
    /// go back and a time happens twice, the first is taken.
    pub fn localize(&self, local: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
        let result = match self {
            Zone::Named(tz) => tz.from_local_datetime(&local).map(|t| t.fixed_offset()),
            Zone::Fixed(offset) => offset.from_local_datetime(&local),
        };
        match result {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t),
            LocalResult::None => None,
        }
    }
}

use chrono::Offset;

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Zone::Named(tz) => f.write_str(tz.name()),
            Zone::Fixed(offset) => write!(f, "{offset}"),
        }
    }
}

impl FromStr for Zone {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let s = s.trim();
        if s.starts_with(['+', '-']) {
            return s.parse::<FixedOffset>().map(Zone::Fixed).map_err(|_| ());
        }
        if s.eq_ignore_ascii_case("utc") || s == "Z" {
            return Ok(Zone::Fixed(FixedOffset::east_opt(0).ok_or(())?));
        }
        s.parse::<chrono_tz::Tz>().map(Zone::Named).map_err(|_| ())
    }
}

impl Serialize for Zone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(|()| {
            let text = format!("{s:?}");
            serde::de::Error::custom(fl!(current(), "agenda-unknown-zone", text = text))
        })
    }
}

/// Writes a duration the way a chair writes one: `1h30m`, `40m`, `90s` becomes `1m30s`.
pub fn format_duration(d: TimeDelta) -> String {
    let total = d.num_seconds();
    let sign = if total < 0 { "-" } else { "" };
    let total = total.unsigned_abs();
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    let mut out = String::from(sign);
    if h > 0 {
        out += &format!("{h}h");
    }
    if m > 0 {
        out += &format!("{m}m");
    }
    if s > 0 || total == 0 {
        out += &format!("{s}s");
    }
    out
}

/// Durations as whole seconds in JSON.
pub mod seconds {
    use chrono::TimeDelta;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &TimeDelta, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(d.num_seconds())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<TimeDelta, D::Error> {
        let secs = i64::deserialize(d)?;
        TimeDelta::try_seconds(secs).ok_or_else(|| serde::de::Error::custom(super::out_of_range()))
    }
}

/// Optional durations as whole seconds in JSON, `null` when absent.
pub mod opt_seconds {
    use chrono::TimeDelta;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<TimeDelta>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_some(&d.num_seconds()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<TimeDelta>, D::Error> {
        match Option::<i64>::deserialize(d)? {
            Some(secs) => TimeDelta::try_seconds(secs)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom(super::out_of_range())),
            None => Ok(None),
        }
    }
}

/// A stored planned time past what a duration can hold, in words.
fn out_of_range() -> String {
    fl!(current(), "agenda-duration-out-of-range")
}

/// A wall-clock time as `HH:MM` (or `HH:MM:SS` when it has seconds).
pub mod clock {
    use chrono::{NaiveTime, Timelike};
    use i18n_embed_fl::fl;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        if t.second() == 0 { s.collect_str(&t.format("%H:%M")) } else { s.collect_str(&t.format("%H:%M:%S")) }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let s = String::deserialize(d)?;
        super::validate::parse_clock(&s).ok_or_else(|| {
            let text = format!("{s:?}");
            serde::de::Error::custom(fl!(super::current(), "agenda-not-a-clock", text = text))
        })
    }
}

/// Instants as RFC 3339 with their offset and exactly three decimals of a second: the journal's
/// and the seats' instants (`crate::meeting::Entry::at`). Kept with the agenda's other time
/// formats, outside the meeting core, since a bad instant is reported in words.
pub mod millis {
    use std::fmt;

    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use i18n_embed_fl::fl;
    use serde::de::{Error, Visitor};

    use crate::i18n::current;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Millis, false))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        d.deserialize_str(Instant)
    }

    /// Reads borrowed and owned strings alike, without an allocation.
    struct Instant;

    impl Visitor<'_> for Instant {
        type Value = DateTime<FixedOffset>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(&fl!(current(), "agenda-expected-instant"))
        }

        fn visit_str<E: Error>(self, s: &str) -> Result<Self::Value, E> {
            DateTime::parse_from_rfc3339(s).map_err(|e| {
                let text = format!("{s:?}");
                E::custom(match super::tell::library_words(&e.to_string()) {
                    Some(reason) => {
                        fl!(current(), "agenda-not-an-instant-because", text = text, reason = reason)
                    }
                    None => fl!(current(), "agenda-not-an-instant", text = text),
                })
            })
        }
    }
}
