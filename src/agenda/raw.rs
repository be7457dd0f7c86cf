//! The agenda file as written: the serde and JSON Schema types the loader reads.
//!
//! Every field is optional here so that the checks in `validate.rs` can say in the chair's words
//! what is missing; only the shape (which keys exist, text against list) is enforced by serde.
//! `gavel schema` is generated from these same types, so an editor checks what the loader checks.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor, value::MapAccessDeserializer};
use serde::{Deserialize, Deserializer};

/// A whole agenda file.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "an agenda (a mapping with title, date, start, timezone and sessions)"
)]
#[schemars(title = "gavel agenda", extend("required" = ["title", "date", "start", "timezone", "sessions"]))]
pub struct RawAgenda {
    /// The meeting's title, as it should head the minutes.
    pub title: Option<Text>,
    /// Who calls the meeting, e.g. a city, a board or a council.
    pub organizer: Option<Text>,
    /// The day of the meeting, written YYYY-MM-DD.
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub date: Option<Text>,
    /// The planned start, on a 24-hour clock: HH:MM.
    #[schemars(regex(pattern = r"^\d{1,2}:\d{2}$"))]
    pub start: Option<Text>,
    /// Where the meeting's clock is: a time zone name such as Asia/Seoul, or an offset such as +09:00.
    pub timezone: Option<Text>,
    /// The room or place.
    pub location: Option<Text>,
    /// Who presides.
    pub chair: Option<Text>,
    /// Who attends: a name, or a name with a role.
    pub attendees: Option<Vec<RawAttendee>>,
    /// What the meeting is for, one line each.
    pub goals: Option<Vec<Text>>,
    /// When a session's timer turns to warning and to danger.
    pub thresholds: Option<RawThresholds>,
    /// Ring the terminal bell when a session enters warning and when it runs over (default true).
    pub bell: Option<bool>,
    /// The sessions in order, with any breaks between them.
    pub sessions: Option<Vec<RawItem>>,
    /// The language of the minutes: ko (Korean) or en (English). Without it, the minutes follow
    /// the language of whoever exports them.
    #[schemars(regex(pattern = r"^(ko|en)$"))]
    pub language: Option<Text>,
    /// Who writes the record (작성자), printed in its sign-off block.
    pub recorder: Option<Text>,
    /// Who confirms the record (확인자), printed in its sign-off block.
    pub confirmer: Option<Text>,
    /// How many attendees (not those attending in support) must be present; the screen warns
    /// while fewer are.
    pub quorum: Option<Text>,
    /// Whether the record is published (공개구분), e.g. 공개, 부분공개, 비공개.
    pub disclosure: Option<Text>,
    /// How long the record is kept (보존기간), e.g. 10년.
    pub retention: Option<Text>,
}

/// How much of a session's planned time is left when its timer changes colour.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "thresholds (a mapping with warning and danger)")]
pub struct RawThresholds {
    /// Time left at which the session turns to warning (default 5m).
    pub warning: Option<RawDuration>,
    /// Time left at which the session turns to danger (default 1m).
    pub danger: Option<RawDuration>,
}

/// One entry of `sessions`: a session with its topics, or a break between sessions.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a session (a mapping with title, duration and topics) or a break (break and duration)"
)]
#[schemars(extend("oneOf" = [
    { "required": ["title", "duration", "topics"], "not": { "required": ["break"] } },
    { "required": ["break", "duration"], "not": { "anyOf": [{ "required": ["title"] }, { "required": ["topics"] }, { "required": ["summary"] }] } }
]))]
pub struct RawItem {
    /// The session's title.
    pub title: Option<Text>,
    /// A break instead of a session: its name, e.g. Lunch or Recess.
    #[serde(rename = "break")]
    pub break_: Option<Text>,
    /// Planned length: 40m, 1h30m, 90s.
    pub duration: Option<RawDuration>,
    /// A line or two on what the session covers.
    pub summary: Option<Text>,
    /// The topics in order.
    pub topics: Option<Vec<RawTopic>>,
}

/// A topic: its title alone, or a mapping with more.
#[derive(Debug)]
pub enum RawTopic {
    Plain(Text),
    Full(RawTopicMap),
}

/// A topic written out as a mapping.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a topic (a mapping with title, duration, presenter, notes)")]
#[schemars(title = "Topic", extend("required" = ["title"]))]
pub struct RawTopicMap {
    /// What the topic is, as the chair reads it out.
    pub title: Option<Text>,
    /// Planned length, if it has one: 5m, 90s.
    pub duration: Option<RawDuration>,
    /// Who presents it.
    pub presenter: Option<Text>,
    /// Notes for the chair, shown with the topic.
    pub notes: Option<Text>,
}

/// An attendee: a name, or a mapping with name and role.
#[derive(Debug)]
pub enum RawAttendee {
    Name(Text),
    Full(RawAttendeeMap),
}

/// An attendee written out as a mapping.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an attendee (a mapping with name and role)")]
#[schemars(extend("required" = ["name"]))]
pub struct RawAttendeeMap {
    /// The person's name.
    pub name: Option<Text>,
    /// Their position (직위), e.g. 기획조정실장; `role` is the older name of the same field.
    pub position: Option<Text>,
    /// Their position, as agendas before `position` wrote it.
    pub role: Option<Text>,
    /// Their office or organisation (소속).
    pub affiliation: Option<Text>,
    /// attendee (참석, the default) or supporting (배석: attending in support, not counted for
    /// the quorum).
    pub group: Option<Text>,
}

/// A piece of text. Numbers are taken as the text they are written as, so a title such as
/// `2025` needs no quotes.
#[derive(Debug, Clone, PartialEq)]
pub struct Text(pub String);

/// A duration exactly as written; `validate.rs` reads it, so that its error can show the text.
#[derive(Debug, Clone, PartialEq)]
pub enum RawDuration {
    Text(String),
    /// A bare number, which has no unit and so is refused with a hint.
    Number(String),
}

struct TextVisitor;

impl Visitor<'_> for TextVisitor {
    type Value = Text;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
        Ok(Text(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
        Ok(Text(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
        Ok(Text(v.to_string()))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TextVisitor)
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": ["string", "number"] })
    }
    fn inline_schema() -> bool {
        true
    }
}

struct DurationVisitor;

impl Visitor<'_> for DurationVisitor {
    type Value = RawDuration;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a duration such as 40m, 1h30m or 90s")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawDuration, E> {
        Ok(RawDuration::Text(v.to_owned()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawDuration, E> {
        Ok(RawDuration::Number(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawDuration, E> {
        Ok(RawDuration::Number(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawDuration, E> {
        Ok(RawDuration::Number(v.to_string()))
    }
}

impl<'de> Deserialize<'de> for RawDuration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DurationVisitor)
    }
}

impl JsonSchema for RawDuration {
    fn schema_name() -> Cow<'static, str> {
        "Duration".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A length of time: 40m, 1h30m, 90s.",
            "pattern": r"^\s*(\d+\s*[a-zA-Z]+\s*)+$"
        })
    }
}

/// Reads a value that is either text or a mapping, keeping serde's path and position tracking
/// for the mapping case (an untagged enum would lose both and say only "did not match").
macro_rules! text_or_map {
    ($ty:ident, $plain:ident, $full:ident, $map:ident, $what:literal) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$ty, E> {
                        Ok($ty::$plain(Text(v.to_owned())))
                    }
                    fn visit_i64<E: de::Error>(self, v: i64) -> Result<$ty, E> {
                        Ok($ty::$plain(Text(v.to_string())))
                    }
                    fn visit_u64<E: de::Error>(self, v: u64) -> Result<$ty, E> {
                        Ok($ty::$plain(Text(v.to_string())))
                    }
                    fn visit_f64<E: de::Error>(self, v: f64) -> Result<$ty, E> {
                        Ok($ty::$plain(Text(v.to_string())))
                    }
                    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<$ty, A::Error> {
                        $map::deserialize(MapAccessDeserializer::new(map)).map($ty::$full)
                    }
                }
                d.deserialize_any(V)
            }
        }

        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                let map = generator.subschema_for::<$map>();
                json_schema!({ "anyOf": [{ "type": "string" }, map] })
            }
        }
    };
}

text_or_map!(
    RawTopic,
    Plain,
    Full,
    RawTopicMap,
    "a topic: its title, or a mapping with title, duration, presenter, notes"
);
text_or_map!(RawAttendee, Name, Full, RawAttendeeMap, "an attendee: a name, or a mapping with name and role");
