//! gavel runs a live, formal meeting from a YAML agenda in a terminal and keeps its minutes.
//!
//! The library holds everything but the command line: the agenda loader ([`agenda`]) and the
//! plain-text and JSON views of a checked agenda ([`check`]). The meeting core ([`meeting`]) reports
//! in types; [`words`] is where those become the program's words.

#![deny(clippy::unwrap_used, clippy::expect_used)]
// deny, not forbid: a platform module may one day need one reviewed `#[allow(unsafe_code)]`.
#![deny(unsafe_code)]

pub mod agenda;
pub mod base;
pub mod check;
pub mod i18n;
pub mod journal;
pub mod meeting;
pub mod minutes;
pub mod platform;
pub mod share;
pub mod starter;
pub mod text;
pub mod tui;
pub mod words;
