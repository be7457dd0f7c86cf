//! The screens. One [`runtime`] runs them all: the chair's ([`chair`]), a second seat's or the
//! room display ([`seat`]), and [`replay`]. The chair's screen and a seat share a [`desk`]; keys
//! become commands through one table ([`keymap`]); the views draw a [`look`] and nothing else.

pub mod amend;
pub mod chair;
pub mod desk;
pub mod error;
pub mod jamo;
pub mod keymap;
pub mod look;
pub mod replay;
pub mod runtime;
pub mod seat;
pub mod theme;
pub mod view;
