//! A second seat on a running meeting: the runner listens on a Unix socket that belongs to its
//! minutes ([`socket`]); seats attach with `gavel attach` ([`client`]); they speak JSON lines
//! ([`protocol`]). The runner ([`server`]) stays the only writer of the minutes.

pub mod client;
pub mod outbox;
pub mod protocol;
pub mod server;
pub mod socket;
