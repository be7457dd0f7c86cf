//! The pure meeting core (being built).
