//! What the end-to-end tests of notes, replay and seats share on top of the pseudo-terminal
//! harness (`tests/pty`): reading the live screen's panes, the minutes on disk, and waiting for
//! a file with a deadline.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use gavel::meeting::{Entry, Event};

use crate::pty::{self, Pty, minutes_path, row};

/// The header line: title, wall clock, state, save state.
pub fn header(screen: &vt100::Screen) -> String {
    row(screen, 0)
}

/// The key-hint line at the bottom.
pub fn hints(screen: &vt100::Screen) -> String {
    let (rows, _) = screen.size();
    row(screen, rows - 1)
}

/// The right-hand side of a row of the live screen (current item, timers, notes, editor).
pub fn right(line: &str) -> String {
    line.split('│').nth(1).unwrap_or_default().trim_end().to_owned()
}

/// Whether the current item reads "Session `session` of 5" and "Topic `topic` of `of`".
pub fn at_topic(screen: &vt100::Screen, session: usize, topic: usize, of: usize) -> bool {
    let text = screen.contents();
    text.contains(&format!("Session {session} of 5:")) && text.contains(&format!("Topic {topic} of {of}"))
}

/// The rows of the notes editor (under its title line), right pane only.
pub fn editor_lines(screen: &vt100::Screen) -> Vec<String> {
    let (rows, _) = screen.size();
    let title = (1..rows).find(|&r| {
        let line = right(&row(screen, r));
        line.starts_with("Tab: type a note") || line.starts_with("Note: Enter saves")
    });
    let Some(title) = title else { return Vec::new() };
    (title + 1..rows - 1).map(|r| right(&row(screen, r))).collect()
}

/// Whether a line of the notes pane shows `text` saved, with its `HH:MM` time in front.
pub fn saved_line(line: &str, text: &str) -> bool {
    let b = line.as_bytes();
    line.len() > 6
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && b[2] == b':'
        && b[3].is_ascii_digit()
        && b[4].is_ascii_digit()
        && line[5..].starts_with(&format!(" {text}"))
}

/// The right pane's row showing `text` saved, if any.
pub fn saved_note(screen: &vt100::Screen, text: &str) -> Option<String> {
    let (rows, _) = screen.size();
    (1..rows).map(|r| right(&row(screen, r))).find(|l| saved_line(l, text))
}

/// The events of the minutes, in order.
pub fn entries(dir: &Path) -> Vec<Entry> {
    gavel::journal::read_minutes(&minutes_path(dir)).expect("the minutes read").entries
}

pub fn events(dir: &Path) -> Vec<Event> {
    entries(dir).into_iter().map(|e| e.event).collect()
}

/// The texts of the notes committed in the minutes, in order.
pub fn note_texts(dir: &Path) -> Vec<String> {
    events(dir)
        .into_iter()
        .filter_map(|e| match e {
            Event::NoteCommitted { text, .. } => Some(text.to_string()),
            _ => None,
        })
        .collect()
}

/// `gavel ARGS` as a plain command (no terminal), in `dir`.
pub fn command(dir: &Path, args: &[&str]) -> std::process::Output {
    let _spawn = crate::pty::spawn_turn();
    Command::new(env!("CARGO_BIN_EXE_gavel"))
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("gavel runs")
}

/// Sends `keys` and waits until `ready` holds.
pub fn step(gavel: &Pty, keys: &str, what: &str, ready: impl Fn(&vt100::Screen) -> bool) -> vt100::Screen {
    gavel.send(keys);
    gavel.wait_for(&format!("{what} (after {keys:?})"), ready)
}

/// Opens the meeting (Space) once the first frame is up.
pub fn open(gavel: &Pty) {
    gavel.wait_for("the meeting not opened yet", |s| header(s).contains("NOT OPENED"));
    step(gavel, " ", "RUNNING on topic 1", |s| header(s).contains("RUNNING") && at_topic(s, 1, 1, 8));
}

/// Quits with q and y (from the chair's keys), and checks it ended well.
pub fn quit(gavel: &mut Pty) {
    gavel.send("q");
    gavel.wait_text("Quit gavel?");
    gavel.send("y");
    let status = gavel.wait_exit();
    assert!(status.success(), "{status}\n{}", pty::show(&gavel.screen()));
}

/// Polls `what` about a file until `ready` gives a value, up to `deadline`: the program writes
/// the file on its own schedule, and the test must not guess it with a sleep.
pub fn wait_file<T>(what: &str, deadline: Duration, mut ready: impl FnMut() -> Option<T>) -> T {
    let until = Instant::now() + deadline;
    loop {
        if let Some(v) = ready() {
            return v;
        }
        assert!(Instant::now() < until, "waiting for {what}: timed out after {deadline:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Display columns of `text` as a terminal counts them here: two for a Hangul syllable.
pub fn columns(text: &str) -> u16 {
    text.chars().map(|c| if ('\u{AC00}'..='\u{D7A3}').contains(&c) { 2 } else { 1 }).sum()
}

/// The column where `text` starts on row `row` (a wide character fills two cells, the first
/// holding it).
pub fn column_of(screen: &vt100::Screen, row: u16, text: &str) -> Option<u16> {
    let (_, cols) = screen.size();
    let first = text.chars().next()?.to_string();
    (0..cols).find(|&c| {
        screen.cell(row, c).is_some_and(|cell| cell.contents() == first)
            && screen.rows(c, cols - c).nth(row as usize).is_some_and(|rest| rest.starts_with(text))
    })
}
