//! What differs between the systems gavel runs on, one small module per concern, each behind
//! `cfg`, so that nothing above them knows the platform.

#[cfg(windows)]
pub mod access;
pub mod durable;
pub mod errors;
pub mod identity;
pub mod local;
pub mod private;
pub mod regular;
pub mod signals;
