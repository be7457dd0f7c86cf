//! The pure meeting core: what can be asked of a meeting ([`Action`]), what the journal keeps of
//! it ([`Event`] in an [`Entry`] after a [`Header`]), the state those entries fold into
//! ([`Meeting`]), and everything computed from it at an instant passed in ([`Timers`]).
//!
//! Nothing here touches a terminal, a file or the clock: the loop reads the clock and passes
//! `now`, writes the entries an action produced, and performs the [`Effect`]s. Live state,
//! resume, replay and export are the same [`fold`], so a rule lives in one place.
//!
//! Nothing here is worded for a person either: a refusal is a [`Refusal`], a notice a
//! [`Notice`], a state a [`State`]; `crate::words` says them (`tests/core_purity.rs` checks).
//!
//! ```text
//! Action ──► Meeting::apply(action, now) ──► Outcome { entries, effects }
//!                     │                          │
//!                     └── Meeting::fold_in ◄─────┘   (fold(header, entries) does the same)
//! ```

mod action;
mod apply;
mod event;
mod fold;
mod note_index;
pub mod notes;
mod plan;
mod record;
mod replan;
mod state;
mod timers;

/// The journal's instants on the wire; at home with the agenda's time formats.
pub use crate::agenda::millis;
pub use action::{Action, NoteId};
pub use apply::{Effect, Notice, Outcome, Refusal};
pub use event::{Entry, Event, Header, Position, optional_millis};
pub use fold::fold;
pub use plan::{MAX_PLAN, MIN_PLAN};
pub use record::{AttendeeId, Attending, Correction, Presence, Sealed, Speaker};
pub use state::{
    AgainstPublished, Change, Held, Meeting, Note, PlanChange, RoomMessage, SessionRun, State, TopicRun,
    TopicStatus, Version, Versions,
};
pub use timers::{BellWatch, Level, Timers};
