//! The real `gavel` binary in a real pseudo-terminal, read back through a vt100 screen: the
//! harness the end-to-end tests (and the screen benchmarks) drive it with.
//!
//! A reader thread always drains the terminal into the parser, so the program never blocks on a
//! full pty and the screen is always current. Tests wait for what they expect to see, woken by
//! every change, up to a deadline, and never sleep a fixed time; a failed wait shows the whole
//! screen. A frame reaches the terminal in several writes, so a wait only looks at screens where a
//! whole frame has arrived: ratatui ends every frame by hiding the cursor, or by showing it and
//! moving it to its place, and the reader notes when the bytes so far end that way (anything
//! written after a frame, a bell, waits for the next one).
//!
//! vt100 answers no queries. gavel sends none (it never calls `Terminal::clear`), but the one a
//! terminal program may send, `ESC[6n` (where is the cursor), is answered here, and counted.

#![allow(dead_code)]

use std::ffi::c_int;
use std::fmt::Write as _;
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long any wait may take before the test fails with the screen in its message.
pub const DEADLINE: Duration = Duration::from_secs(10);

/// Keys as a terminal sends them.
pub mod keys {
    pub const ENTER: &str = "\r";
    pub const TAB: &str = "\t";
    pub const ESC: &str = "\x1b";
    pub const UP: &str = "\x1b[A";
    pub const DOWN: &str = "\x1b[B";
    pub const RIGHT: &str = "\x1b[C";
    pub const LEFT: &str = "\x1b[D";
    pub const PAGE_UP: &str = "\x1b[5~";
    pub const PAGE_DOWN: &str = "\x1b[6~";
}

/// Signal numbers (Linux).
pub const SIGHUP: c_int = 1;
pub const SIGKILL: c_int = 9;
pub const SIGTERM: c_int = 15;

#[cfg(unix)]
unsafe extern "C" {
    /// kill(2) from the C library every Rust program on Linux already links.
    fn kill(pid: c_int, sig: c_int) -> c_int;
}

/// A fresh folder holding a copy of the repository's `agenda.yaml` (the Busan meeting of
/// 2024-12-23: run on any later day, a rehearsal, whose minutes go to
/// `minutes/agenda-2024-12-23-rehearsal.jsonl` in it).
pub fn meeting_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let agenda = Path::new(env!("CARGO_MANIFEST_DIR")).join("agenda.yaml");
    std::fs::copy(&agenda, dir.path().join("agenda.yaml")).expect("agenda.yaml copied");
    dir
}

/// Where a run on the copied agenda keeps its minutes.
pub fn minutes_path(dir: &Path) -> PathBuf {
    dir.join("minutes").join("agenda-2024-12-23-rehearsal.jsonl")
}

/// Answers what vt100 leaves unanswered: the cursor position query.
#[derive(Default)]
struct Answers {
    replies: Vec<u8>,
    cursor_queries: usize,
}

impl vt100::Callbacks for Answers {
    fn unhandled_csi(
        &mut self,
        screen: &mut vt100::Screen,
        i1: Option<u8>,
        _i2: Option<u8>,
        params: &[&[u16]],
        c: char,
    ) {
        if c == 'n' && i1.is_none() && params == [&[6][..]] {
            let (row, col) = screen.cursor_position();
            self.replies.extend_from_slice(format!("\x1b[{};{}R", row + 1, col + 1).as_bytes());
            self.cursor_queries += 1;
        }
    }
}

struct Term {
    parser: vt100::Parser<Answers>,
    /// Every byte the program wrote, in order.
    transcript: Vec<u8>,
    /// The program's side of the terminal is gone (it exited).
    closed: bool,
    /// The bytes so far end with the end of a frame.
    settled: bool,
    /// Frames drawn so far.
    frames: u64,
}

struct Shared {
    term: Mutex<Term>,
    changed: Condvar,
}

type Writer = Arc<Mutex<Box<dyn Write + Send>>>;

/// How to start the program: arguments, terminal size, environment.
pub struct Launch {
    dir: PathBuf,
    args: Vec<String>,
    cols: u16,
    rows: u16,
    env: Vec<(String, String)>,
}

impl Launch {
    /// `gavel ARGS` in `dir`, at 80x24, with `TERM=xterm-256color` and `TZ=UTC`.
    pub fn new(dir: &Path) -> Self {
        Launch { dir: dir.to_owned(), args: Vec::new(), cols: 80, rows: 24, env: Vec::new() }
    }

    pub fn args(mut self, args: &[&str]) -> Self {
        self.args = args.iter().map(|a| (*a).to_owned()).collect();
        self
    }

    pub fn size(mut self, cols: u16, rows: u16) -> Self {
        self.cols = cols;
        self.rows = rows;
        self
    }

    /// An extra variable (`NO_COLOR` changes the styles, not the text).
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    pub fn spawn(self) -> Pty {
        let size = PtySize { rows: self.rows, cols: self.cols, pixel_width: 0, pixel_height: 0 };
        let pair = native_pty_system().openpty(size).expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_gavel"));
        cmd.args(&self.args);
        cmd.cwd(&self.dir);
        cmd.env_clear();
        cmd.env("PATH", std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into()));
        cmd.env("HOME", &self.dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env("TZ", "UTC");
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let child = {
            let _turn = spawn_turn();
            pair.slave.spawn_command(cmd).expect("gavel starts")
        };
        // Only the program holds the terminal's other end, so its exit ends the reader.
        drop(pair.slave);
        let pid = child.process_id().expect("a process id");
        let master = pair.master;
        let writer: Writer = Arc::new(Mutex::new(master.take_writer().expect("the pty's writer")));
        let shared = Arc::new(Shared {
            term: Mutex::new(Term {
                parser: vt100::Parser::new_with_callbacks(self.rows, self.cols, 0, Answers::default()),
                transcript: Vec::new(),
                closed: false,
                settled: false,
                frames: 0,
            }),
            changed: Condvar::new(),
        });
        let reader = {
            let mut from = master.try_clone_reader().expect("the pty's reader");
            let shared = Arc::clone(&shared);
            let writer = Arc::clone(&writer);
            std::thread::spawn(move || drain(&mut *from, &shared, &writer))
        };
        Pty { shared, writer, child, master, reader: Some(reader), pid, status: None }
    }
}

/// The reader thread: everything the program writes goes through the parser, and every change
/// wakes whoever waits for the screen.
fn drain(from: &mut dyn Read, shared: &Shared, writer: &Writer) {
    let mut buf = [0u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            // EIO: the program's end is closed.
            Err(_) => break,
        };
        let replies = {
            let mut term = lock(&shared.term);
            let from = term.transcript.len().saturating_sub(FRAME_END_MAX);
            term.transcript.extend_from_slice(&buf[..n]);
            term.frames += frame_ends(&term.transcript[from..], n);
            term.settled = ends_a_frame(&term.transcript);
            term.parser.process(&buf[..n]);
            std::mem::take(&mut term.parser.callbacks_mut().replies)
        };
        shared.changed.notify_all();
        if !replies.is_empty() {
            let mut w = lock(writer);
            let _ = w.write_all(&replies).and_then(|()| w.flush());
        }
    }
    lock(&shared.term).closed = true;
    shared.changed.notify_all();
}

/// The longest end of a frame: show the cursor, then move it (`ESC[?25h ESC[row;colH`).
const FRAME_END_MAX: usize = 6 + 2 + 5 + 1 + 5 + 1;

/// Whether `bytes` end with the end of a frame: `ESC[?25l`, or `ESC[?25h` and a cursor move.
fn ends_a_frame(bytes: &[u8]) -> bool {
    if bytes.ends_with(b"\x1b[?25l") {
        return true;
    }
    let Some(tail) = bytes.strip_suffix(b"H") else { return false };
    let start = tail.iter().rposition(|&b| b == 0x1b).unwrap_or(0);
    let Some(place) = tail[start..].strip_prefix(b"\x1b[") else { return false };
    place.iter().all(|b| b.is_ascii_digit() || *b == b';') && tail[..start].ends_with(b"\x1b[?25h")
}

/// How many ends of frames are in `bytes` whose last `new` bytes just arrived (an end may straddle
/// two reads).
fn frame_ends(bytes: &[u8], new: usize) -> u64 {
    let first = bytes.len() - new;
    (first + 1..=bytes.len()).filter(|&end| ends_a_frame(&bytes[..end])).count() as u64
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A running program in its own terminal.
pub struct Pty {
    shared: Arc<Shared>,
    writer: Writer,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    reader: Option<JoinHandle<()>>,
    pid: u32,
    status: Option<ExitStatus>,
}

impl Pty {
    /// `gavel ARGS` in `dir` at 80x24.
    pub fn spawn(dir: &Path, args: &[&str]) -> Pty {
        Launch::new(dir).args(args).spawn()
    }

    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// Resizes the terminal, as a window being dragged does: the program gets SIGWINCH.
    pub fn resize(&self, cols: u16, rows: u16) {
        // The screen first, so what the program draws at the new size lands on a screen that size.
        lock(&self.shared.term).parser.screen_mut().set_size(rows, cols);
        let size = PtySize { rows, cols, pixel_width: 0, pixel_height: 0 };
        self.master.resize(size).expect("the terminal resized");
    }

    /// Types `keys` (bytes as a terminal sends them; see [`keys`]).
    pub fn send(&self, keys: &str) {
        let mut w = lock(&self.writer);
        w.write_all(keys.as_bytes()).and_then(|()| w.flush()).expect("keys sent");
    }

    /// Waits until `ready` holds for a screen where a whole frame has arrived; fails after
    /// [`DEADLINE`], or as soon as the program has ended without it, with `what` and the whole
    /// screen in the message.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) -> vt100::Screen {
        self.wait_until(what, DEADLINE, ready)
    }

    /// [`Pty::wait_for`] with a deadline of its own.
    pub fn wait_until(
        &self,
        what: &str,
        deadline: Duration,
        ready: impl Fn(&vt100::Screen) -> bool,
    ) -> vt100::Screen {
        self.wait_term(what, deadline, |term| term.settled && ready(term.parser.screen()))
    }

    /// Waits until the program has drawn `count` frames in all.
    pub fn wait_frames(&self, count: u64) -> vt100::Screen {
        self.wait_term(&format!("frame {count}"), DEADLINE, |term| term.settled && term.frames >= count)
    }

    fn wait_term(&self, what: &str, deadline: Duration, ready: impl Fn(&Term) -> bool) -> vt100::Screen {
        let until = Instant::now() + deadline;
        let mut term = lock(&self.shared.term);
        loop {
            if ready(&term) {
                return term.parser.screen().clone();
            }
            let now = Instant::now();
            if term.closed || now >= until {
                let why = if term.closed { "the program ended" } else { "timed out" };
                panic!(
                    "waiting for {what}: {why} after {:?}\n{}",
                    deadline.saturating_sub(until.saturating_duration_since(now)),
                    show(term.parser.screen())
                );
            }
            term = self
                .shared
                .changed
                .wait_timeout(term, until - now)
                .map_or_else(|e| e.into_inner().0, |r| r.0);
        }
    }

    /// Waits until the screen shows `text`.
    pub fn wait_text(&self, text: &str) -> vt100::Screen {
        self.wait_for(&format!("{text:?} on the screen"), |s| s.contents().contains(text))
    }

    /// The screen as it is now.
    pub fn screen(&self) -> vt100::Screen {
        lock(&self.shared.term).parser.screen().clone()
    }

    /// The screen's text, rows joined by newlines.
    pub fn screen_text(&self) -> String {
        self.screen().contents()
    }

    /// Where the real cursor is: (row, column), from 0.
    pub fn cursor(&self) -> (u16, u16) {
        self.screen().cursor_position()
    }

    /// Every byte the program wrote so far.
    pub fn transcript(&self) -> Vec<u8> {
        lock(&self.shared.term).transcript.clone()
    }

    /// How many frames the program has drawn.
    pub fn frames(&self) -> u64 {
        lock(&self.shared.term).frames
    }

    /// Whether the terminal is in line mode (canonical input and echo), as a shell needs it,
    /// rather than the raw mode of a full-screen program. `None` if it cannot be read.
    #[cfg(unix)]
    pub fn line_mode(&self) -> Option<bool> {
        // ICANON and ECHO in termios' c_lflag on Linux.
        const ICANON: u32 = 0o2;
        const ECHO: u32 = 0o10;
        let flags = self.master.get_termios()?.local_flags.bits();
        Some(flags & (ICANON | ECHO) == ICANON | ECHO)
    }

    /// How many cursor-position queries were answered.
    pub fn cursor_queries(&self) -> usize {
        lock(&self.shared.term).parser.callbacks().cursor_queries
    }

    /// Sends `signal` (e.g. [`SIGTERM`]) to the program.
    #[cfg(unix)]
    pub fn signal(&self, signal: c_int) {
        // SAFETY: kill(2) takes plain integers; the pid is our own child, not yet reaped.
        let result = unsafe { kill(self.pid as c_int, signal) };
        assert_eq!(result, 0, "kill({}, {signal}): {}", self.pid, std::io::Error::last_os_error());
    }

    /// Signals are Unix's: elsewhere only SIGKILL, as the system's own end of a process.
    #[cfg(not(unix))]
    pub fn signal(&mut self, signal: c_int) {
        assert_eq!(signal, SIGKILL, "only SIGKILL has a meaning here");
        self.child.kill().expect("the program ended");
    }

    /// SIGKILL: the program gets no chance to do anything, as in a crash or a power cut.
    pub fn kill(&mut self) -> ExitStatus {
        self.signal(SIGKILL);
        self.wait_exit()
    }

    /// Waits (up to [`DEADLINE`]) until the program has ended and everything it wrote is on the
    /// screen; returns how it ended.
    pub fn wait_exit(&mut self) -> ExitStatus {
        if let Some(status) = &self.status {
            return status.clone();
        }
        {
            let until = Instant::now() + DEADLINE;
            let mut term = lock(&self.shared.term);
            while !term.closed {
                let now = Instant::now();
                if now >= until {
                    panic!("the program did not end within {DEADLINE:?}\n{}", show(term.parser.screen()));
                }
                term = self
                    .shared
                    .changed
                    .wait_timeout(term, until - now)
                    .map_or_else(|e| e.into_inner().0, |r| r.0);
            }
        }
        let status = self.child.wait().expect("the exit status");
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        self.status = Some(status.clone());
        status
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if self.status.is_none() {
            if let Ok(None) = self.child.try_wait() {
                #[cfg(unix)]
                // SAFETY: as in `signal`.
                unsafe {
                    kill(self.pid as c_int, SIGKILL)
                };
                #[cfg(not(unix))]
                let _ = self.child.kill();
            }
            let _ = self.child.wait();
        }
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
    }
}

/// A screen for a failure message: numbered rows, the cursor, and the modes that matter here.
pub fn show(screen: &vt100::Screen) -> String {
    let (rows, cols) = screen.size();
    let mut out = format!(
        "--- screen {cols}x{rows}, cursor {:?}{}{} ---\n",
        screen.cursor_position(),
        if screen.hide_cursor() { ", hidden" } else { "" },
        if screen.alternate_screen() { ", alternate screen" } else { "" },
    );
    for (i, row) in screen.rows(0, cols).enumerate() {
        let _ = writeln!(out, "{i:2}|{row}");
    }
    out.push_str("---");
    out
}

/// The text of row `row` of the screen.
pub fn row(screen: &vt100::Screen, row: u16) -> String {
    let (_, cols) = screen.size();
    screen.rows(0, cols).nth(row as usize).unwrap_or_default()
}

/// The first row whose text contains `text`, and that text.
pub fn find_row(screen: &vt100::Screen, text: &str) -> Option<(u16, String)> {
    let (_, cols) = screen.size();
    screen.rows(0, cols).enumerate().find(|(_, r)| r.contains(text)).map(|(i, r)| (i as u16, r))
}

/// Between a fork and its exec the child holds copies of every file the test process has open,
/// the locks on journals among them: a journal closed by one test would still look held to the
/// next that opens it. All the integration tests share one process, so starting a program and
/// opening a journal again take turns: any number of starts at once (`spawn_turn`), or one test
/// that opens journals again with nothing being started (`alone_turn`).
static FORK: std::sync::RwLock<()> = std::sync::RwLock::new(());

pub fn spawn_turn() -> std::sync::RwLockReadGuard<'static, ()> {
    FORK.read().unwrap_or_else(|p| p.into_inner())
}

pub fn alone_turn() -> std::sync::RwLockWriteGuard<'static, ()> {
    FORK.write().unwrap_or_else(|p| p.into_inner())
}

/// Opens a journal for writing again once no start of ours is under way. A program some library
/// starts on its own (insta asks cargo where the workspace is) can still hold a copy of a closed
/// journal's lock for the instant before its exec: a lock held that way is waited out, for two
/// seconds at most; any other answer, or a lock still held then, is the answer.
pub fn reopen<T>(
    mut open: impl FnMut() -> Result<T, gavel::journal::OpenError>,
) -> Result<T, gavel::journal::OpenError> {
    let _turn = alone_turn();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        match open() {
            Err(e)
                if matches!(e.kind, gavel::journal::OpenErrorKind::Locked)
                    && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            other => return other,
        }
    }
}
