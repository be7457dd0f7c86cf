//! The minutes document: Markdown for people ([`markdown`]) and JSON for other tools ([`json`]),
//! both pure functions of the folded [`Meeting`](crate::meeting::Meeting) (and the journal's
//! fingerprint, when there is one). The same meeting gives the same bytes: no clock, no hash-map
//! order.
//!
//! Struck-out notes are left out of the Markdown; the JSON keeps them with their history, marked.
//! A meeting still running is shown as of its last entry. The JSON shape is in
//! `docs/minutes-json.md`.

mod json;
mod markdown;

pub use json::{JSON_FORMAT, json};
pub use markdown::{markdown, markdown_in, md};
