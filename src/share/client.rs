//! A seat's side: connect to the runner, say hello, send requests, and hear what the runner
//! journaled. The link reports its own end, so the seat can say so and try again.

use crate::platform::local::Stream;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::Shutdown;
use std::path::Path;
use std::thread;

use super::protocol::{Role, ToRunner, ToSeat, VERSION, line};
use crate::base::io_reason;
use crate::i18n::current;
use crate::meeting::Action;
use crate::words;
use i18n_embed_fl::fl;

/// What the link hears.
#[derive(Debug, Clone, PartialEq)]
pub enum Heard {
    Message(ToSeat),
    /// The connection ended, and why.
    Lost(String),
    /// The runner turned this seat away, and why: trying again as it is would not help.
    TurnedAway(String),
}

/// A connection to the runner.
pub struct Link {
    stream: Stream,
    next_request: u64,
}

impl Link {
    /// Connects as `role`; `hear` receives every message and, last, the end of the link.
    pub fn connect(socket: &Path, role: Role, hear: impl Fn(Heard) + Send + 'static) -> io::Result<Link> {
        Link::connect_named(socket, role, None, hear)
    }

    /// Connects as `role` under the seat's name, which no other live seat may have.
    pub fn connect_named(
        socket: &Path,
        role: Role,
        name: Option<&str>,
        hear: impl Fn(Heard) + Send + 'static,
    ) -> io::Result<Link> {
        crate::share::socket::check_before_connect(socket)?;
        let stream = crate::platform::local::connect(socket)?;
        // Whoever listens there must be this same user's runner, not a stand-in.
        if !crate::share::socket::same_user(&stream) {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                fl!(current(), "share-other-user", socket = socket.display().to_string()),
            ));
        }
        let mut link = Link { stream, next_request: 1 };
        let seat = name.map(str::to_owned);
        link.send(&ToRunner::Hello { v: VERSION, role, program: crate::base::program(), seat })?;
        let reader = link.stream.try_clone()?;
        thread::Builder::new().name("gavel-link".into()).spawn(move || {
            let ending = listen(reader, &hear);
            hear(ending);
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

/// How a link ends: the last thing it hears.
fn listen(stream: Stream, hear: &impl Fn(Heard)) -> Heard {
    let mut reader = BufReader::new(stream);
    loop {
        let mut buf = Vec::new();
        match Read::by_ref(&mut reader).take(1 << 30).read_until(b'\n', &mut buf) {
            Ok(0) => return Heard::Lost(words::runner_stopped()),
            Err(e) => return Heard::Lost(words::runner_connection_failed(&io_reason(&e))),
            Ok(_) => {}
        }
        match serde_json::from_slice::<ToSeat>(&buf) {
            Ok(ToSeat::Goodbye { reason, last: true, .. }) => {
                return Heard::TurnedAway(fl!(current(), "share-turned-away", reason = reason));
            }
            Ok(ToSeat::Goodbye { reason, .. }) => return Heard::Lost(reason),
            Ok(message) => hear(Heard::Message(message)),
            Err(_) => return Heard::Lost(fl!(current(), "share-unreadable")),
        }
    }
}

/// A seat's connection to the runner over its life: connects, reconnects every second while
/// the runner is away, and numbers each connection so that a late word from a link already
/// given up cannot end the next one.
pub struct Attachment {
    socket: std::path::PathBuf,
    role: Role,
    /// The seat's name, sent with hello.
    name: Option<String>,
    hear: std::sync::Arc<dyn Fn(u64, Heard) + Send + Sync>,
    link: Option<Link>,
    connection: u64,
    /// Why the runner is not reachable, while it is not.
    lost: Option<String>,
    next_try: chrono::DateTime<chrono::Utc>,
    /// The runner turned this seat away: it does not try again.
    turned_away: bool,
}

/// How long a seat waits before trying the runner again.
pub const RECONNECT_EVERY: chrono::TimeDelta = chrono::TimeDelta::seconds(1);

impl Attachment {
    /// Not yet connected; `hear` gets each message with its connection's number.
    pub fn new(
        socket: &Path,
        role: Role,
        name: Option<&str>,
        hear: impl Fn(u64, Heard) + Send + Sync + 'static,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Attachment {
        Attachment {
            socket: socket.to_owned(),
            role,
            name: name.map(str::to_owned),
            hear: std::sync::Arc::new(hear),
            link: None,
            connection: 0,
            lost: Some(fl!(current(), "share-connecting")),
            next_try: now,
            turned_away: false,
        }
    }

    /// Why the runner is not reachable, while it is not.
    pub fn lost(&self) -> Option<&str> {
        self.lost.as_deref()
    }

    /// When to try again, while not connected.
    pub fn next_try(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        (self.link.is_none() && !self.turned_away).then_some(self.next_try)
    }

    /// Connects if not connected and it is time to try; true when a new link was made.
    pub fn connect_if_due(&mut self, now: chrono::DateTime<chrono::Utc>) -> bool {
        if self.link.is_some() || self.turned_away || now < self.next_try {
            return false;
        }
        self.connection += 1;
        let connection = self.connection;
        let hear = std::sync::Arc::clone(&self.hear);
        match Link::connect_named(&self.socket, self.role, self.name.as_deref(), move |heard| {
            hear(connection, heard)
        }) {
            Ok(link) => {
                self.link = Some(link);
                self.lost = None;
                true
            }
            Err(e) => {
                self.lost = Some(match e.kind() {
                    // No socket, or nobody listening on it: no runner on these minutes now.
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused => {
                        words::runner_not_running()
                    }
                    _ => fl!(current(), "share-not-reachable", why = io_reason(&e)),
                });
                self.next_try = now + RECONNECT_EVERY;
                false
            }
        }
    }

    /// What connection `from` heard, if it is still the current one: a message to act on, or
    /// the link's end (after which this tries again).
    pub fn heard(&mut self, from: u64, heard: Heard, now: chrono::DateTime<chrono::Utc>) -> Option<ToSeat> {
        if from != self.connection {
            return None;
        }
        match heard {
            Heard::Message(message) => Some(message),
            Heard::Lost(reason) => {
                self.link = None;
                self.lost = Some(fl!(current(), "share-reconnecting", reason = reason));
                self.next_try = now + RECONNECT_EVERY;
                None
            }
            Heard::TurnedAway(reason) => {
                self.link = None;
                self.turned_away = true;
                self.lost = Some(reason);
                None
            }
        }
    }

    /// Asks the runner for an action; the request's number on this connection, or `None`
    /// when the runner is not reachable (the link is then given up and tried again).
    pub fn act(&mut self, action: Action) -> Option<u64> {
        match self.link.as_mut().map(|l| l.act(action)) {
            Some(Ok(request)) => Some(request),
            _ => {
                self.link = None;
                None
            }
        }
    }
}
