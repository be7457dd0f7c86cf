//! A seat's side: connect to the runner, say hello, send requests, and hear what the runner
//! journaled. The link reports its own end, so the seat can say so and try again.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::Shutdown;
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::thread;

use super::protocol::{Role, ToRunner, ToSeat, VERSION, line};
use crate::meeting::Action;

/// What the link hears.
#[derive(Debug, Clone, PartialEq)]
pub enum Heard {
    Message(ToSeat),
    /// The connection ended, and why.
    Lost(String),
}

/// A connection to the runner.
pub struct Link {
    stream: UnixStream,
    next_request: u64,
}

impl Link {
    /// Connects as `role`; `hear` receives every message and, last, the end of the link.
    pub fn connect(socket: &Path, role: Role, hear: impl Fn(Heard) + Send + 'static) -> io::Result<Link> {
        let stream = UnixStream::connect(socket)?;
        let mut link = Link { stream, next_request: 1 };
        link.send(&ToRunner::Hello { v: VERSION, role, program: crate::base::program() })?;
        let reader = link.stream.try_clone()?;
        thread::Builder::new().name("gavel-link".into()).spawn(move || {
            let reason = listen(reader, &hear);
            hear(Heard::Lost(reason));
        })?;
        Ok(link)
    }

    /// Asks the runner for an action; returns the request's number.
    pub fn act(&mut self, action: Action) -> io::Result<u64> {
        let request = self.next_request;
        self.next_request += 1;
        self.send(&ToRunner::Act { v: VERSION, request, action })?;
        Ok(request)
    }

    fn send(&mut self, message: &ToRunner) -> io::Result<()> {
        self.stream.write_all(&line(message))
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        let _ = self.stream.shutdown(Shutdown::Both);
    }
}

fn listen(stream: UnixStream, hear: &impl Fn(Heard)) -> String {
    let mut reader = BufReader::new(stream);
    loop {
        let mut buf = Vec::new();
        match Read::by_ref(&mut reader).take(1 << 30).read_until(b'\n', &mut buf) {
            Ok(0) => return "the runner closed the connection".into(),
            Err(e) => return format!("the connection failed: {e}"),
            Ok(_) => {}
        }
        match serde_json::from_slice::<ToSeat>(&buf) {
            Ok(ToSeat::Goodbye { reason, .. }) => {
                return format!("the runner ended the connection: {reason}");
            }
            Ok(message) => hear(Heard::Message(message)),
            Err(_) => return "the runner sent something this seat cannot read".into(),
        }
    }
}
