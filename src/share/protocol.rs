//! The seats' protocol: JSON lines over the runner's Unix socket, every message carrying the
//! protocol version. See `docs/seats-protocol.md`.

use crate::i18n::current;
use i18n_embed_fl::fl;
use serde::{Deserialize, Serialize};

use crate::meeting::{Action, Entry, Header, Refusal};

/// The protocol this program speaks.
pub const VERSION: u32 = 1;

/// The longest line either side accepts; a longer one ends the connection with a reason.
pub const MAX_LINE: usize = 256 * 1024;

/// Which seat a connection is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The secretary: notes; of the chair's keys only PageDown/PageUp.
    Secretary,
    /// A second chair: every key.
    Chair,
    /// A read-only display for the room.
    Room,
}

impl Role {
    /// Whether this seat may ask for this action.
    pub fn may(self, action: &Action) -> bool {
        match self {
            Role::Chair => true,
            Role::Room => false,
            Role::Secretary => matches!(
                action,
                Action::CommitNote { .. }
                    | Action::CommitWrittenNote { .. }
                    | Action::EditNote { .. }
                    | Action::StrikeNote { .. }
                    | Action::NextTopic
                    | Action::PreviousTopic
                    | Action::AddAttendee { .. }
                    | Action::MarkPresent { .. }
                    | Action::MarkAbsent { .. }
                    | Action::MarkLeft { .. }
            ),
        }
    }
}

/// From a seat to the runner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToRunner {
    /// The first message: who is asking.
    Hello {
        v: u32,
        role: Role,
        program: String,
        /// The seat's name, unique among the seats attached (by default its role): its files
        /// beside the minutes carry it. Absent from seats of an earlier gavel.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seat: Option<String>,
    },
    /// Please do this. `request` comes back with a refusal, if there is one.
    Act { v: u32, request: u64, action: Action },
}

/// From the runner to a seat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToSeat {
    /// The answer to hello: the meeting so far, from which the seat folds the same state.
    Welcome { v: u32, header: Box<Header>, entries: Vec<Entry>, saved: u64 },
    /// New entries, as the runner journaled them (in the journal's order).
    Entries { v: u32, entries: Vec<Entry>, saved: u64 },
    /// How many entries are on disk, and why not all when they are not.
    Saved { v: u32, saved: u64, problem: Option<String> },
    /// A request of this seat was refused, and why: `reason` in words for the screen (all a
    /// seat of the first version reads), `why` as data, for a seat that words it itself. A `why`
    /// this program does not know (from a newer runner) reads as none, and `reason` still says it.
    Refused {
        v: u32,
        request: u64,
        reason: String,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "known_refusal")]
        why: Option<Refusal>,
    },
    /// The connection is being closed, and why. `last`: the runner would turn this seat away
    /// again as it is (its name is taken, its version is not spoken), so it should not retry.
    Goodbye {
        v: u32,
        reason: String,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        last: bool,
    },
}

/// A refusal if this program knows it; anything else (a newer runner's) as none.
fn known_refusal<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Refusal>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(d)?;
    Ok(value.and_then(|v| serde_json::from_value(v).ok()))
}

/// One message as a line, newline included.
pub fn line<T: Serialize>(message: &T) -> Vec<u8> {
    #[allow(
        clippy::expect_used,
        reason = "an empty line would fail silently; the messages cannot fail to serialise, so failing loudly costs nothing"
    )]
    let mut bytes = serde_json::to_vec(message).expect(
        "the protocol's messages are derived Serialize with string keys only, which JSON always takes",
    );
    bytes.push(b'\n');
    bytes
}

/// Reads a seat's message, refusing another version with a reason the seat can show.
pub fn read_to_runner(line: &[u8]) -> Result<ToRunner, String> {
    #[derive(Deserialize)]
    struct Probe {
        v: Option<u32>,
    }
    let probe: Probe = serde_json::from_slice(line).map_err(|_| fl!(current(), "share-not-json"))?;
    match probe.v {
        Some(VERSION) => {}
        Some(v) => {
            return Err(fl!(
                current(),
                "share-other-version",
                version = v.to_string(),
                speaks = VERSION.to_string()
            ));
        }
        None => return Err(fl!(current(), "share-no-version")),
    }
    serde_json::from_slice(line).map_err(|e| fl!(current(), "share-unknown-message", why = e.to_string()))
}
