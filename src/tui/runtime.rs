//! The one runtime every screen runs on: the chair's, a seat's, the room display and replay are
//! [`Program`]s, and this module does the rest for all of them. It owns the terminal (raw mode,
//! the alternate screen, bracketed paste, and their restoring on every path: return, error,
//! panic, SIGTERM, SIGHUP), the input thread, the signals, the batching of events that wait
//! together, redrawing only when something visible changed, and sleeping until the next thing
//! that matters.
//!
//! It is generic over ratatui's backend and over a [`Clock`], so tests and benchmarks drive the
//! real path with `TestBackend` and a clock they set ([`Runtime::feed`], [`Runtime::step`]);
//! the program never reads the clock itself.

use std::io::{self, Write};
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use chrono::{DateTime, Utc};
use ratatui::backend::{Backend, TestBackend};
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEvent};
use ratatui::crossterm::execute;
use ratatui::{DefaultTerminal, Frame, Terminal};

/// Where the runtime reads the time: the system's clock, or one a test sets.
pub trait Clock {
    fn now(&self) -> DateTime<Utc>;
}

/// The system's clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that says what it is told: tests and benchmarks move it by hand.
pub struct ManualClock(std::cell::Cell<DateTime<Utc>>);

impl ManualClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        ManualClock(std::cell::Cell::new(at))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        self.0.set(at);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.0.get()
    }
}

/// A signal that asks the program to stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// SIGTERM: asked to stop.
    Terminate,
    /// SIGHUP: the window was closed.
    HangUp,
}

/// Something that happened, for a program to answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Happening<N> {
    /// A key was pressed.
    Key(KeyEvent),
    /// Text was pasted (bracketed paste): never read as keys.
    Paste(String),
    /// The terminal changed size.
    Resized,
    /// News from the program's own sources: a seat, the runner's link.
    News(N),
    /// The instant the program asked to be woken at ([`Program::next_wake`]) has come.
    Tick,
    /// A signal asked the program to stop.
    Stop(Stop),
}

/// What the runtime must do after a program answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Response {
    /// Something visible changed: draw.
    pub redraw: bool,
    /// Ring the terminal's bell once.
    pub bell: bool,
    /// The program is done.
    pub quit: bool,
}

impl Response {
    /// Nothing visible changed.
    pub const SAME: Response = Response { redraw: false, bell: false, quit: false };
    /// Draw again.
    pub const REDRAW: Response = Response { redraw: true, bell: false, quit: false };
    /// The program is done.
    pub const QUIT: Response = Response { redraw: false, bell: false, quit: true };

    /// Both answers together.
    #[must_use]
    pub fn and(self, other: Response) -> Response {
        Response {
            redraw: self.redraw || other.redraw,
            bell: self.bell || other.bell,
            quit: self.quit || other.quit,
        }
    }

    /// This answer, ringing the bell too when `ring`.
    #[must_use]
    pub fn ringing(self, ring: bool) -> Response {
        Response { bell: self.bell || ring, ..self }
    }
}

/// A screen: what it does when something happens, how it looks, and when it next needs to wake.
pub trait Program {
    /// News from the program's own sources, sent through its [`Waker`].
    type News: Send + 'static;

    /// Something happened at `now`: what follows.
    fn update(&mut self, happening: Happening<Self::News>, now: DateTime<Utc>) -> Response;

    /// Called once after every batch of happenings handled together, before drawing: where work
    /// the batch gathered is done at once (the chair writes a batch's entries with one sync).
    fn settle(&mut self, _now: DateTime<Utc>) -> Response {
        Response::SAME
    }

    /// Draws the whole screen as it is at `now`. Reads only.
    fn draw(&self, frame: &mut Frame, now: DateTime<Utc>);

    /// When the program next needs a [`Happening::Tick`] (a clock's next second, a draft's
    /// deadline); `None` when only input can change anything.
    fn next_wake(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>>;

    /// What of `now` the screen shows: the runtime redraws when this changes even if no
    /// happening did. By default whole seconds, as the clocks show them.
    fn shown_time(&self, now: DateTime<Utc>) -> i64 {
        now.timestamp()
    }
}

/// What wakes the runtime's loop.
pub enum Wake<N> {
    Terminal(Event),
    News(N),
    Signal(Stop),
    /// The terminal's input ended, and why.
    InputFailed(String),
}

/// Hands news to a running program (from a seat's socket, a link to the runner) and wakes it.
pub struct Waker<N>(Sender<Wake<N>>);

impl<N> Clone for Waker<N> {
    fn clone(&self) -> Self {
        Waker(self.0.clone())
    }
}

impl<N> Waker<N> {
    /// False once the runtime is gone.
    pub fn send(&self, news: N) -> bool {
        self.0.send(Wake::News(news)).is_ok()
    }
}

/// Rings the terminal's bell: a real terminal writes BEL; a test backend counts.
pub trait Bell {
    fn ring(&mut self);
}

impl<W: Write> Bell for ratatui::backend::CrosstermBackend<W> {
    fn ring(&mut self) {
        let _ = Write::write_all(self, b"\x07");
        let _ = Write::flush(self);
    }
}

impl Bell for TestBackend {
    fn ring(&mut self) {}
}

/// At most this many waiting events are handled before the screen is drawn.
pub const MAX_BATCH: usize = 256;

/// The longest the loop sleeps when a program needs no tick: it still looks at the terminal.
const LONGEST_SLEEP: Duration = Duration::from_secs(3600);

/// A program's terminal, clock and event queue.
pub struct Runtime<B: Backend, C: Clock, N> {
    terminal: Terminal<B>,
    clock: C,
    tx: Sender<Wake<N>>,
    rx: Receiver<Wake<N>>,
    shown: Option<i64>,
    dirty: bool,
    draws: u64,
    bells: u64,
    /// Input the program never saw: what followed, in its batch, the key that made it quit.
    unhandled: Vec<Event>,
}

impl<B, C, N> Runtime<B, C, N>
where
    B: Backend + Bell,
    B::Error: Send + Sync + 'static,
    C: Clock,
    N: Send + 'static,
{
    pub fn new(terminal: Terminal<B>, clock: C) -> Self {
        let (tx, rx) = mpsc::channel();
        Runtime {
            terminal,
            clock,
            tx,
            rx,
            shown: None,
            dirty: true,
            draws: 0,
            bells: 0,
            unhandled: Vec::new(),
        }
    }

    /// For the program's sources of news.
    pub fn waker(&self) -> Waker<N> {
        Waker(self.tx.clone())
    }

    pub fn clock(&self) -> &C {
        &self.clock
    }

    pub fn terminal(&self) -> &Terminal<B> {
        &self.terminal
    }

    /// Frames drawn so far.
    pub fn draws(&self) -> u64 {
        self.draws
    }

    /// Times the bell rang.
    pub fn bells(&self) -> u64 {
        self.bells
    }

    /// Reads the terminal on a thread of its own, so that keys and news wake one loop. The reader
    /// is the process's one ([`TerminalInput`]): a screen that opens after another (the chair's,
    /// again, on minutes that took the meeting's name) gets every key typed meanwhile, none taken
    /// by a reader left over from the screen before. Until the returned guard drops, this
    /// runtime is where keys go.
    pub fn read_terminal(&self) -> TerminalInput {
        let tx = self.tx.clone();
        TerminalInput::deliver_to(Box::new(move |input| {
            let wake = match input {
                Ok(e) => Wake::Terminal(e),
                Err(why) => Wake::InputFailed(why),
            };
            tx.send(wake).is_ok()
        }))
    }

    /// The terminal's input this runtime took and never handled, in order: what followed the key
    /// that quit, and what was still waiting.
    fn unhandled_input(&mut self) -> Vec<Result<Event, String>> {
        let mut input: Vec<Result<Event, String>> = self.unhandled.drain(..).map(Ok).collect();
        for wake in self.rx.try_iter() {
            match wake {
                Wake::Terminal(e) => input.push(Ok(e)),
                Wake::InputFailed(why) => input.push(Err(why)),
                Wake::News(_) | Wake::Signal(_) => {}
            }
        }
        input
    }

    /// Turns being told to stop (SIGTERM and SIGHUP; on Windows the console window closing and
    /// Ctrl-Break) into [`Happening::Stop`], at once, whatever the loop waits for.
    pub fn catch_signals(&self) -> io::Result<()> {
        use crate::platform::signals::{Ending, listen};
        let tx = std::sync::Mutex::new(self.tx.clone());
        listen(move |ending| {
            let stop = match ending {
                Ending::HangUp => Stop::HangUp,
                Ending::Terminate => Stop::Terminate,
            };
            tx.lock().is_ok_and(|tx| tx.send(Wake::Signal(stop)).is_ok())
        })
    }

    /// Runs `program` until it quits.
    pub fn run<P: Program<News = N>>(&mut self, program: &mut P) -> io::Result<()> {
        self.draw_if_needed(program)?;
        loop {
            let now = self.clock.now();
            let wait = match program.next_wake(now) {
                Some(at) => (at - now).to_std().unwrap_or(Duration::ZERO),
                None => LONGEST_SLEEP,
            };
            if self.step(program, wait)?.quit {
                // Saved, or the rescue copy written: a closing window may end the process now.
                crate::platform::signals::done();
                return Ok(());
            }
        }
    }

    /// Waits up to `wait` for something to happen; handles it with everything else waiting (a
    /// tick when nothing came), and draws if anything visible changed.
    pub fn step<P: Program<News = N>>(&mut self, program: &mut P, wait: Duration) -> io::Result<Response> {
        let first = match self.rx.recv_timeout(wait) {
            Ok(wake) => wake,
            Err(RecvTimeoutError::Timeout) => return self.feed(program, Happening::Tick),
            Err(RecvTimeoutError::Disconnected) => {
                return Err(io::Error::other("the terminal stopped sending input"));
            }
        };
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH
            && let Ok(more) = self.rx.try_recv()
        {
            batch.push(more);
        }
        let mut happenings = Vec::with_capacity(batch.len());
        for wake in batch {
            match wake {
                Wake::Terminal(Event::Key(key)) => happenings.push(Happening::Key(key)),
                Wake::Terminal(Event::Paste(text)) => happenings.push(Happening::Paste(text)),
                Wake::Terminal(Event::Resize(..)) => happenings.push(Happening::Resized),
                Wake::Terminal(_) => {}
                Wake::News(news) => happenings.push(Happening::News(news)),
                Wake::Signal(stop) => happenings.push(Happening::Stop(stop)),
                Wake::InputFailed(e) => return Err(io::Error::other(e)),
            }
        }
        self.handle(program, happenings)
    }

    /// Handles everything already waiting, without blocking (tests and benchmarks).
    pub fn pump<P: Program<News = N>>(&mut self, program: &mut P) -> io::Result<Response> {
        self.step(program, Duration::ZERO)
    }

    /// One happening, at the clock's instant, then a draw if needed.
    pub fn feed<P: Program<News = N>>(
        &mut self,
        program: &mut P,
        happening: Happening<N>,
    ) -> io::Result<Response> {
        self.handle(program, vec![happening])
    }

    /// Happenings handled together: each at the clock's instant as it is handled, then the
    /// program settles the batch once, then the screen is drawn once if anything changed.
    pub fn handle<P: Program<News = N>>(
        &mut self,
        program: &mut P,
        happenings: Vec<Happening<N>>,
    ) -> io::Result<Response> {
        let mut response = Response::SAME;
        let mut happenings = happenings.into_iter();
        for happening in happenings.by_ref() {
            if matches!(happening, Happening::Resized) {
                self.terminal.autoresize().map_err(io::Error::other)?;
                response.redraw = true;
            }
            response = response.and(program.update(happening, self.clock.now()));
            if response.quit {
                break;
            }
        }
        // Keys after the one that quit are the next screen's, if one opens.
        for rest in happenings {
            match rest {
                Happening::Key(key) => self.unhandled.push(Event::Key(key)),
                Happening::Paste(text) => self.unhandled.push(Event::Paste(text)),
                _ => {}
            }
        }
        // A program that quit has done its last work: nothing more is settled or drawn.
        if response.quit {
            return Ok(response);
        }
        response = response.and(program.settle(self.clock.now()));
        if response.bell {
            self.bells += 1;
            self.terminal.backend_mut().ring();
        }
        self.dirty |= response.redraw;
        self.draw_if_needed(program)?;
        Ok(response)
    }

    fn draw_if_needed<P: Program<News = N>>(&mut self, program: &P) -> io::Result<()> {
        let now = self.clock.now();
        let shown = program.shown_time(now);
        if self.dirty || self.shown != Some(shown) {
            self.terminal
                .draw(|frame| {
                    program.draw(frame, now);
                    super::view::finish(frame.buffer_mut());
                })
                .map_err(io::Error::other)?;
            self.draws += 1;
            self.shown = Some(shown);
            self.dirty = false;
        }
        Ok(())
    }
}

/// The real terminal, taken over for a screen and given back as it was found when this is
/// dropped: on return, on error and while unwinding. A panic restores it first, through the
/// hook ratatui installs, then says `after_panic`.
pub struct Screen {
    _private: (),
}

impl Screen {
    /// Raw mode, the alternate screen, bracketed paste. Fails without a terminal.
    pub fn take(after_panic: Option<String>) -> io::Result<(Screen, DefaultTerminal)> {
        if let Some(message) = after_panic {
            // Installed before ratatui's own hook, which then runs first: restore, then speak.
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                previous(info);
                eprintln!("\n{message}");
            }));
        }
        let terminal = ratatui::try_init()?;
        let screen = Screen { _private: () };
        let _ = execute!(io::stdout(), EnableBracketedPaste);
        Ok((screen, terminal))
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}

/// Runs a program on the real terminal with the system's clock, its input read and SIGTERM and
/// SIGHUP caught. `start` is given the waker before the loop begins (to start a seat server or
/// a link). The terminal is given back before this returns.
pub fn run_on_terminal<P: Program>(
    program: &mut P,
    after_panic: Option<String>,
    start: impl FnOnce(&mut P, Waker<P::News>),
) -> io::Result<()> {
    let (screen, terminal) = Screen::take(after_panic)?;
    let mut runtime = Runtime::new(terminal, SystemClock);
    runtime.catch_signals()?;
    let input = runtime.read_terminal();
    start(program, runtime.waker());
    let result = runtime.run(program);
    input.hand_back(|| runtime.unhandled_input());
    drop(runtime);
    drop(screen);
    result
}

/// Where the terminal's input goes: a screen's loop, while one runs.
type InputSink = Box<dyn FnMut(Result<Event, String>) -> bool + Send>;

/// The one reader of the terminal in the process, and where its input goes: the current screen's
/// loop, or (between two screens) kept for the next, in order.
struct InputRoute {
    sink: Option<InputSink>,
    kept: Vec<Result<Event, String>>,
}

static INPUT_ROUTE: Mutex<InputRoute> = Mutex::new(InputRoute { sink: None, kept: Vec::new() });
static INPUT_READER: std::sync::Once = std::sync::Once::new();

/// While alive, the terminal's input goes to the screen that asked for it ([`Runtime::read_terminal`]).
pub struct TerminalInput {
    _private: (),
}

impl TerminalInput {
    fn deliver_to(mut sink: InputSink) -> TerminalInput {
        let mut route = INPUT_ROUTE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // What was typed while no screen listened comes first.
        let kept = std::mem::take(&mut route.kept);
        let mut delivered = kept.into_iter();
        for input in delivered.by_ref() {
            if !sink(input) {
                break;
            }
        }
        route.sink = Some(sink);
        drop(route);
        INPUT_READER.call_once(|| {
            let _ = std::thread::Builder::new().name("gavel-input".into()).spawn(|| {
                loop {
                    let input = event::read().map_err(|e| e.to_string());
                    let failed = input.is_err();
                    let mut route = INPUT_ROUTE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                    let taken = match route.sink.as_mut() {
                        Some(sink) => sink(input.clone()),
                        None => false,
                    };
                    if !taken {
                        route.sink = None;
                        route.kept.push(input);
                    }
                    if failed {
                        return;
                    }
                }
            });
        });
        TerminalInput { _private: () }
    }
}

impl TerminalInput {
    /// The screen is done: input it took and never handled (`unhandled`, asked for once no more
    /// can reach it) goes first to the next screen, before anything typed since.
    fn hand_back(self, unhandled: impl FnOnce() -> Vec<Result<Event, String>>) {
        let mut route = INPUT_ROUTE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        route.sink = None;
        let mut first = unhandled();
        first.append(&mut route.kept);
        route.kept = first;
    }
}

impl Drop for TerminalInput {
    fn drop(&mut self) {
        let mut route = INPUT_ROUTE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        route.sink = None;
    }
}
