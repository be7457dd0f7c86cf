//! The live screen: keys to commands ([`keymap`]), the screen's state ([`app`]), drawing
//! ([`view`]), and the loop that reads the clock and the terminal and performs what the meeting
//! asks ([`run`]).

pub mod app;
pub mod error;
pub mod input;
pub mod keymap;
pub mod replay;
pub mod run;
pub mod seat;
pub mod theme;
pub mod view;
