//! The terminal's input, read on its own thread so that a loop can wait for keys and for other
//! news (a seat, the runner) on one channel.

use std::sync::mpsc::Sender;

use ratatui::crossterm::event::{self, Event};

/// Forwards every terminal event as `wrap(event)`; a read error, as `failed(reason)`, ends it.
pub fn spawn_input<W: Send + 'static>(tx: Sender<W>, wrap: fn(Event) -> W, failed: fn(String) -> W) {
    let _ = std::thread::Builder::new().name("gavel-input".into()).spawn(move || {
        loop {
            match event::read() {
                Ok(e) => {
                    if tx.send(wrap(e)).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    let _ = tx.send(failed(e.to_string()));
                    return;
                }
            }
        }
    });
}
