//! The runner's side: accept seats, read their requests, and send every seat what the runner
//! journaled. The runner stays the only writer: a seat's request is handed to the loop, which
//! applies it like a key of its own. A seat that misbehaves or falls behind is dropped with a
//! reason; nothing a seat does can block the loop.

use crate::platform::local::{Listener, Stream};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::Shutdown;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;

use super::protocol::{MAX_LINE, Role, ToRunner, ToSeat, VERSION, line, read_to_runner};
use super::socket;
use crate::i18n::current;
use crate::meeting::{Action, Entry, Header, Refusal};
use crate::words;
use i18n_embed_fl::fl;

/// How many messages may wait for a seat before it counts as fallen behind.
pub const SEAT_QUEUE: usize = 1024;

/// A seat's request, for the loop.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub seat: u64,
    pub role: Role,
    pub request: u64,
    pub action: Action,
}

/// Something the loop should hear about: a request, or a seat come or gone.
#[derive(Debug, Clone, PartialEq)]
pub enum SeatNews {
    Request(Request),
    Joined { seat: u64, role: Role },
    Left { seat: u64, reason: String },
}

struct Seat {
    id: u64,
    /// Its name, when it gave one: no two live seats share one (they would share their files).
    name: Option<String>,
    queue: SyncSender<Vec<u8>>,
    stream: Stream,
}

/// What a new seat is told, and who is listening.
struct Shared {
    header: Header,
    entries: Vec<Entry>,
    saved: u64,
    problem: Option<String>,
    seats: Vec<Seat>,
    /// The runner has gone: the listener is to go too, and no seat be let in.
    closed: bool,
}

/// The listening runner.
pub struct Server {
    path: PathBuf,
    shared: Arc<Mutex<Shared>>,
    deliver: Arc<dyn Fn(SeatNews) + Send + Sync>,
    accepting: Option<thread::JoinHandle<()>>,
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(|p| p.into_inner())
}

impl Server {
    /// Listens on the minutes' socket. `deliver` hands news to the loop (and wakes it).
    pub fn start(
        minutes: &Path,
        header: Header,
        entries: Vec<Entry>,
        saved: u64,
        deliver: impl Fn(SeatNews) + Send + Sync + 'static,
    ) -> std::io::Result<Server> {
        let path = socket::socket_path(minutes);
        let listener = socket::listen(&path)?;
        let shared = Arc::new(Mutex::new(Shared {
            header,
            entries,
            saved,
            problem: None,
            seats: Vec::new(),
            closed: false,
        }));
        let deliver: Arc<dyn Fn(SeatNews) + Send + Sync> = Arc::new(deliver);
        let accepting = {
            let (shared, deliver) = (Arc::clone(&shared), Arc::clone(&deliver));
            thread::Builder::new()
                .name("gavel-seats".into())
                .spawn(move || accept(listener, shared, deliver))?
        };
        Ok(Server { path, shared, deliver, accepting: Some(accepting) })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Sends newly journaled entries to every seat, in the journal's order.
    pub fn publish(&self, entries: &[Entry], saved: u64) {
        let mut shared = lock(&self.shared);
        shared.entries.extend_from_slice(entries);
        shared.saved = saved;
        let message = line(&ToSeat::Entries { v: VERSION, entries: entries.to_vec(), saved });
        self.fan_out(&mut shared, &message);
    }

    /// Tells every seat how much is on disk.
    pub fn saved(&self, saved: u64, problem: Option<String>) {
        let mut shared = lock(&self.shared);
        if shared.saved == saved && shared.problem == problem {
            return;
        }
        shared.saved = saved;
        shared.problem.clone_from(&problem);
        let message = line(&ToSeat::Saved { v: VERSION, saved, problem });
        self.fan_out(&mut shared, &message);
    }

    /// Answers one seat: its request was refused.
    pub fn refuse(&self, seat: u64, request: u64, why: &Refusal) {
        let mut shared = lock(&self.shared);
        let message = line(&refused(request, why.clone()));
        let dropped = match shared.seats.iter().find(|s| s.id == seat) {
            Some(s) => s.queue.try_send(message).is_err(),
            None => false,
        };
        if dropped {
            self.drop_seat(&mut shared, seat, &fl!(current(), "share-too-far-behind"));
        }
    }

    /// How many seats are attached.
    /// Tells every seat the runner is going for good, and why: they stop trying to reconnect.
    pub fn farewell(&self, reason: &str) {
        let mut shared = lock(&self.shared);
        for seat in shared.seats.drain(..) {
            let _ = seat.queue.try_send(line(&ToSeat::Goodbye {
                v: VERSION,
                reason: reason.to_owned(),
                last: true,
            }));
            let _ = seat.stream.shutdown(Shutdown::Read);
        }
    }

    pub fn seats(&self) -> usize {
        lock(&self.shared).seats.len()
    }

    fn fan_out(&self, shared: &mut Shared, message: &[u8]) {
        let behind: Vec<u64> = shared
            .seats
            .iter()
            .filter(|s| {
                matches!(
                    s.queue.try_send(message.to_vec()),
                    Err(TrySendError::Full(_) | TrySendError::Disconnected(_))
                )
            })
            .map(|s| s.id)
            .collect();
        for id in behind {
            self.drop_seat(shared, id, &fl!(current(), "share-too-far-behind"));
        }
    }

    fn drop_seat(&self, shared: &mut Shared, id: u64, reason: &str) {
        if let Some(i) = shared.seats.iter().position(|s| s.id == id) {
            let seat = shared.seats.remove(i);
            let _ = seat.stream.shutdown(Shutdown::Both);
            (self.deliver)(SeatNews::Left { seat: id, reason: reason.to_owned() });
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        {
            let mut shared = lock(&self.shared);
            shared.closed = true;
            for seat in shared.seats.drain(..) {
                let _ = seat.queue.try_send(line(&ToSeat::Goodbye {
                    v: VERSION,
                    reason: crate::words::runner_stopped(),
                    last: false,
                }));
                let _ = seat.stream.shutdown(Shutdown::Read);
            }
        }
        // The listener goes with the runner: woken by a connection of our own, the accepting
        // thread sees it is closed and lets the listener go. Otherwise, while this process
        // lives on, a named pipe stays open under the meeting's name (a Unix socket is
        // unlinked below, but its listener would stay too) and a seat could attach to nothing.
        if let (Some(accepting), Ok(_wake)) =
            (self.accepting.take(), crate::platform::local::connect(&self.path))
        {
            let _ = accepting.join();
        }
        let _ = std::fs::remove_file(&self.path);
    }
}

static NEXT_SEAT: AtomicU64 = AtomicU64::new(1);

fn accept(listener: Listener, shared: Arc<Mutex<Shared>>, deliver: Arc<dyn Fn(SeatNews) + Send + Sync>) {
    for stream in listener.incoming() {
        if lock(&shared).closed {
            return;
        }
        let Ok(stream) = stream else { continue };
        if !socket::same_user(&stream) {
            goodbye(&stream, &fl!(current(), "share-own-user-only"));
            continue;
        }
        let shared = Arc::clone(&shared);
        let deliver = Arc::clone(&deliver);
        let _ =
            thread::Builder::new().name("gavel-seat".into()).spawn(move || serve(stream, shared, deliver));
    }
}

/// Turns a seat away before it is welcomed. Trying again as it is would be turned away again
/// (another user, another version, a name taken), so it is told not to.
fn goodbye(mut stream: &Stream, reason: &str) {
    let _ = stream.write_all(&line(&ToSeat::Goodbye { v: VERSION, reason: reason.to_owned(), last: true }));
    let _ = stream.shutdown(Shutdown::Both);
}

/// Reads one line of at most [`MAX_LINE`] bytes; `Err` with a reason for anything else.
fn read_line(reader: &mut impl BufRead) -> Result<Option<Vec<u8>>, String> {
    let mut buf = Vec::new();
    let n = reader.take(MAX_LINE as u64 + 1).read_until(b'\n', &mut buf).map_err(|e| e.to_string())?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() != Some(&b'\n') {
        if buf.len() > MAX_LINE {
            return Err(fl!(current(), "share-too-long", kib = (MAX_LINE / 1024).to_string()));
        }
        return Ok(None);
    }
    buf.pop();
    Ok(Some(buf))
}

/// One seat's connection: hello, the welcome, then requests until it goes.
fn serve(stream: Stream, shared: Arc<Mutex<Shared>>, deliver: Arc<dyn Fn(SeatNews) + Send + Sync>) {
    let Ok(read_half) = stream.try_clone() else { return };
    let mut reader = BufReader::new(read_half);
    let (role, name) = match read_line(&mut reader).map(|l| l.map(|l| read_to_runner(&l))) {
        Ok(Some(Ok(ToRunner::Hello { role, seat, .. }))) => (role, seat),
        Ok(Some(Ok(_))) => return goodbye(&stream, &fl!(current(), "share-hello-first")),
        Ok(Some(Err(reason))) | Err(reason) => {
            return goodbye(&stream, &fl!(current(), "share-sent", what = reason.as_str()));
        }
        Ok(None) => return,
    };
    let id = NEXT_SEAT.fetch_add(1, Ordering::Relaxed);
    let (queue, outbox) = sync_channel::<Vec<u8>>(SEAT_QUEUE);
    let Ok(writer) = stream.try_clone() else { return };
    {
        // Welcome and registration under one lock: no entry is missed or sent twice, and no
        // two seats of one name get in.
        let mut s = lock(&shared);
        if let Some(name) = &name
            && s.seats.iter().any(|seat| seat.name.as_ref() == Some(name))
        {
            drop(s);
            return goodbye(&stream, &fl!(current(), "share-seat-name-taken", name = name.as_str()));
        }
        let welcome = line(&ToSeat::Welcome {
            v: VERSION,
            header: Box::new(s.header.clone()),
            entries: s.entries.clone(),
            saved: s.saved,
        });
        let _ = queue.try_send(welcome);
        let Ok(handle) = stream.try_clone() else { return };
        s.seats.push(Seat { id, name, queue, stream: handle });
    }
    let _ = thread::Builder::new().name("gavel-seat-out".into()).spawn(move || {
        let mut writer = writer;
        for message in outbox {
            if writer.write_all(&message).is_err() {
                break;
            }
        }
        let _ = writer.shutdown(Shutdown::Both);
    });
    deliver(SeatNews::Joined { seat: id, role });
    let reason = loop {
        match read_line(&mut reader) {
            Ok(None) => break fl!(current(), "share-left"),
            Err(reason) => {
                send_goodbye(&shared, id, &fl!(current(), "share-it-sent", what = reason.as_str()));
                break fl!(current(), "share-it-sent", what = reason.as_str());
            }
            Ok(Some(bytes)) => match read_to_runner(&bytes) {
                Ok(ToRunner::Act { request, action, .. }) => {
                    if role.may(&action) {
                        deliver(SeatNews::Request(Request { seat: id, role, request, action }));
                    } else {
                        let refusal = refused(request, Refusal::NotThisSeat);
                        let s = lock(&shared);
                        if let Some(seat) = s.seats.iter().find(|s| s.id == id) {
                            let _ = seat.queue.try_send(line(&refusal));
                        }
                    }
                }
                Ok(ToRunner::Hello { .. }) => {}
                Err(reason) => {
                    send_goodbye(&shared, id, &fl!(current(), "share-it-sent", what = reason.as_str()));
                    break fl!(current(), "share-it-sent", what = reason.as_str());
                }
            },
        }
    };
    let mut s = lock(&shared);
    if let Some(i) = s.seats.iter().position(|s| s.id == id) {
        let seat = s.seats.remove(i);
        drop(s);
        let _ = seat.stream.shutdown(Shutdown::Read);
        deliver(SeatNews::Left { seat: id, reason });
    }
}

/// A refusal as a seat gets it: in words, and as data.
fn refused(request: u64, why: Refusal) -> ToSeat {
    ToSeat::Refused { v: VERSION, request, reason: words::refusal(&why), why: Some(why) }
}

fn send_goodbye(shared: &Mutex<Shared>, id: u64, reason: &str) {
    let s = lock(shared);
    if let Some(seat) = s.seats.iter().find(|s| s.id == id) {
        let _ = seat.queue.try_send(line(&ToSeat::Goodbye {
            v: VERSION,
            reason: reason.to_owned(),
            last: false,
        }));
    }
}
