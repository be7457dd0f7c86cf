//! The minutes document (being built).
