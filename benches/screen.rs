//! The live screen's budgets (issue 5; BENCHMARKS.md, "Live screen"):
//! - one frame of the Busan meeting drawn into ratatui's `TestBackend`, at 80x24 and at 200x60,
//!   in under 1 ms each;
//! - a key handled through the keymap, the chair's desk and a redraw in under 2 ms (the journal's
//!   append and sync aside: the loop does that, not `handle`).
//!
//! And from a pseudo-terminal, the real binary (the same harness as `tests/e2e_live.rs`):
//!
//! - the time from launch to the first complete frame, under 20 ms;
//! - the CPU a running meeting left idle for 60 s uses, under 0.1% of one core, and its wake-ups,
//!   at most 2 a second;
//! - its peak memory (VmHWM) with the Busan meeting walked through, under 10 MB.
//!
//! `cargo bench --bench screen` runs everything; `cargo bench --bench screen -- pty` only the
//! pseudo-terminal part, any other filter only the divan part. `GAVEL_IDLE_SECS` shortens the
//! idle window (60 s by default). Under `cargo test` the pseudo-terminal part does not run.

#[path = "../tests/it/pty/mod.rs"]
mod pty;

use std::cell::Cell;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeDelta, Utc};
use divan::{Bencher, black_box};
use gavel::agenda;
use gavel::meeting::{Action, Header, NoteId, fold};
use gavel::tui::chair::LocalHand;
use gavel::tui::desk::Desk;
use gavel::tui::keymap;
use gavel::tui::look::SaveView;
use gavel::tui::theme::Theme;
use gavel::tui::view;
use pty::{Launch, Pty, SIGTERM, keys, meeting_dir};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn main() {
    divan::main();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let benching = args.iter().any(|a| a == "--bench");
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if benching && (filters.is_empty() || filters.iter().any(|f| f.contains("pty"))) {
        pty_figures();
    }
}

const THEME: Theme = Theme { color: true };

/// The Busan meeting well under way: opened a little late, a pause, a skip, notes in Korean and
/// English, into its second session.
/// The chair's desk and hand, and what the header says of the minutes.
struct App {
    desk: Desk,
    hand: LocalHand,
    save: SaveView,
}

impl App {
    fn draw(&self, terminal: &mut Terminal<TestBackend>, now: DateTime<Utc>) {
        let look = self.desk.look(&self.save, &self.hand.marks, &[], now);
        terminal.draw(|f| view::render(f, black_box(&look), &THEME, now)).expect("drawn");
    }
}

fn busan_app() -> (App, DateTime<Utc>) {
    let agenda = agenda::load_file(Path::new("agenda.yaml")).expect("the shipped agenda");
    let header = Header::new(agenda, "agenda.yaml".into(), "0".repeat(64), "gavel bench".into());
    let mut meeting = fold(&header, &[]);
    let start = header.agenda.planned_start().to_utc();
    let at = |minutes: i64| start + TimeDelta::minutes(minutes);
    let note = |id: &str, text: &str| Action::CommitNote { id: NoteId::from(id), text: text.into() };
    let script = [
        (at(2), Action::Open),
        (at(3), note("n1", "가덕도신공항 조기 착공 보고")),
        (at(9), Action::NextTopic),
        (at(10), note("n2", "d: 북부산 개발 계획 승인")),
        (at(12), note("n3", "a: @김민지 예산안 검토 due:2025-01-15")),
        (at(15), Action::PauseResume),
        (at(17), Action::PauseResume),
        (at(18), Action::Skip),
        (at(31), Action::NextSession),
        (at(33), Action::AddMinute),
        (at(40), note("n4", "Mixed 한글 and English | with a pipe")),
        (at(41), note("n5", "The office reported progress; figures to follow next week")),
    ];
    for (now, action) in script {
        meeting.apply(action, now).expect("the script applies");
    }
    let saved = meeting.entry_count() as u64;
    let save = SaveView::Saved(Some(header.agenda.timezone.at(at(41))));
    (App { desk: Desk::new(meeting), hand: LocalHand::new(saved), save }, at(42))
}

/// One frame as the loop draws it each second: the clock has moved on, so the header and the
/// timers differ from the frame before.
fn frame(bencher: Bencher, width: u16, height: u16) {
    let (app, now) = busan_app();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    let second = Cell::new(0);
    bencher.bench_local(|| {
        second.set(second.get() + 1);
        let now = now + TimeDelta::seconds(second.get());
        app.draw(&mut terminal, now);
    });
}

#[divan::bench]
fn frame_80x24(bencher: Bencher) {
    frame(bencher, 80, 24);
}

#[divan::bench]
fn frame_200x60(bencher: Bencher) {
    frame(bencher, 200, 60);
}

/// A key through the keymap, the desk and a redraw: `n` then `p`, the chair moving to the
/// next topic and back, each a meeting event (returned for the journal, which is not written here).
#[divan::bench]
fn key_handle_redraw_80x24(bencher: Bencher) {
    let (mut app, now) = busan_app();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    let step = Cell::new(0i64);
    bencher.bench_local(|| {
        step.set(step.get() + 1);
        let now = now + TimeDelta::milliseconds(step.get());
        let code = if step.get() % 2 == 1 { KeyCode::Char('n') } else { KeyCode::Char('p') };
        let command = keymap::map(app.desk.mode, KeyEvent::new(code, KeyModifiers::NONE)).expect("bound");
        let step = app.desk.handle(command, now, &mut app.hand);
        app.draw(&mut terminal, now);
        black_box((step, app.hand.take_pending()))
    });
}

// ---------------------------------------------------------------------------------------------
// The real binary in a pseudo-terminal.

fn pty_figures() {
    println!("\nscreen: the real binary in a pseudo-terminal at 80x24 (tests/pty)");
    launch_figures();
    idle_and_memory_figures();
}

/// Median, fastest and slowest of some durations, in ms.
fn spread(mut runs: Vec<Duration>) -> String {
    runs.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "median {:.2} ms, fastest {:.2} ms, slowest {:.2} ms ({} runs)",
        ms(runs[runs.len() / 2]),
        ms(runs[0]),
        ms(runs[runs.len() - 1]),
        runs.len()
    )
}

/// Launch to the first complete frame: a frame has arrived whole (the harness only looks at
/// screens that end a frame) and it is the live screen, header to hint bar.
fn first_frame(dir: &Path) -> Duration {
    first_frame_in(dir, "en")
}

/// The top line's word for a meeting not yet opened, in `lang`.
fn not_opened(lang: &str) -> &'static str {
    if lang == "ko" { "개회 전" } else { "NOT OPENED" }
}

/// [`first_frame`] with the interface in `lang` (`--lang`): the catalog loaded and the screen's
/// words looked up in it.
fn first_frame_in(dir: &Path, lang: &str) -> Duration {
    let started = Instant::now();
    let mut gavel = Launch::new(dir).args(&["--lang", lang]).spawn();
    gavel.wait_for("the first frame", |s| {
        pty::row(s, 0).contains(not_opened(lang)) && !pty::row(s, 23).trim().is_empty()
    });
    let took = started.elapsed();
    assert_eq!(gavel.cursor_queries(), 0, "no cursor-position query");
    gavel.signal(SIGTERM);
    assert!(gavel.wait_exit().success());
    took
}

fn launch_figures() {
    const RUNS: usize = 21;
    // The floor: the same binary through the same pseudo-terminal, printing its version.
    let floor: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let dir = meeting_dir();
            let started = Instant::now();
            let mut gavel = Launch::new(dir.path()).args(&["--version"]).spawn();
            assert!(gavel.wait_exit().success());
            started.elapsed()
        })
        .collect();
    println!("launch floor (gavel --version, spawn to exit): {}", spread(floor));
    // New minutes each time: the journal is created and synced, with its folder, before the screen.
    let fresh: Vec<Duration> = (0..RUNS).map(|_| first_frame(meeting_dir().path())).collect();
    println!("launch to first frame, new minutes: {}", spread(fresh));
    let dir = meeting_dir();
    first_frame(dir.path());
    let resumed: Vec<Duration> = (0..RUNS).map(|_| first_frame(dir.path())).collect();
    println!("launch to first frame, resuming minutes: {}", spread(resumed));
    for lang in ["en", "ko"] {
        let dir = meeting_dir();
        first_frame_in(dir.path(), lang);
        let resumed: Vec<Duration> = (0..RUNS).map(|_| first_frame_in(dir.path(), lang)).collect();
        println!("launch to first frame, resuming minutes, --lang {lang}: {}", spread(resumed));
    }
    memory_by_language();
}

/// Peak memory of the meeting opened and drawn a few times, in each language: what the catalogs
/// (both are loaded, one is used) add.
fn memory_by_language() {
    for lang in ["en", "ko"] {
        let dir = meeting_dir();
        let gavel = Launch::new(dir.path()).args(&["--lang", lang]).spawn();
        gavel.wait_for("the first frame", |s| pty::row(s, 0).contains(not_opened(lang)));
        gavel.send(" ");
        gavel.wait_for("the meeting running", |s| !pty::row(s, 0).contains(not_opened(lang)));
        gavel.wait_frames(gavel.frames() + 3);
        println!(
            "peak memory (VmHWM), open and running, --lang {lang}: {:.2} MiB",
            usage(gavel.pid()).hwm_kb as f64 / 1024.0
        );
        gavel.signal(SIGTERM);
    }
}

/// What /proc says about a process and all its threads.
#[derive(Debug, Clone, Copy)]
struct Usage {
    /// utime + stime of the whole process, in clock ticks (1/100 s).
    ticks: u64,
    /// Time on a CPU of every live thread, in ns (schedstat).
    cpu_ns: u64,
    /// Voluntary context switches (the thread went to sleep) of every live thread.
    voluntary: u64,
    /// Involuntary ones (the thread was preempted).
    preempted: u64,
    threads: usize,
    /// Peak resident memory, kB.
    hwm_kb: u64,
}

fn usage(pid: u32) -> Usage {
    let read = |path: String| std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let stat = read(format!("/proc/{pid}/stat"));
    let fields: Vec<&str> = stat.rsplit_once(") ").expect("stat").1.split_whitespace().collect();
    let ticks = fields[11].parse::<u64>().expect("utime") + fields[12].parse::<u64>().expect("stime");
    let field = |status: &str, name: &str| -> u64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    let hwm_kb = field(&read(format!("/proc/{pid}/status")), "VmHWM:");
    let (mut cpu_ns, mut voluntary, mut preempted, mut threads) = (0, 0, 0, 0);
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).expect("tasks").flatten() {
        let dir = task.path().display().to_string();
        let status = read(format!("{dir}/status"));
        voluntary += field(&status, "voluntary_ctxt_switches:");
        preempted += field(&status, "nonvoluntary_ctxt_switches:");
        cpu_ns += read(format!("{dir}/schedstat"))
            .split_whitespace()
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        threads += 1;
    }
    Usage { ticks, cpu_ns, voluntary, preempted, threads, hwm_kb }
}

fn idle_and_memory_figures() {
    let idle =
        Duration::from_secs(std::env::var("GAVEL_IDLE_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(60));
    let dir = meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    gavel.wait_for("the first frame", |s| pty::row(s, 0).contains("NOT OPENED"));
    gavel.send(" ");
    gavel.wait_for("the meeting running", |s| pty::row(s, 0).contains("RUNNING"));
    // The Markdown twin of the opening is written (with its syncs) within a second or so: let it
    // be done before the window opens, so the window sees the meeting only as it idles.
    gavel.wait_frames(gavel.frames() + 3);
    let pid = gavel.pid();
    let before = usage(pid);
    let frames_before = gavel.frames();
    let started = Instant::now();
    // The measurement itself: the meeting left alone.
    std::thread::sleep(idle);
    let after = usage(pid);
    let secs = started.elapsed().as_secs_f64();
    let frames = gavel.frames() - frames_before;
    let ticks = after.ticks - before.ticks;
    let cpu_ms = (after.cpu_ns - before.cpu_ns) as f64 / 1e6;
    println!("idle, running, {secs:.1} s:");
    println!(
        "  CPU {:.4}% of a core by schedstat ({cpu_ms:.1} ms), {:.3}% by utime+stime ({ticks} ticks)",
        cpu_ms / 10.0 / secs,
        ticks as f64 / secs,
    );
    println!(
        "  {:.2} wake-ups a second: context switches of all {} threads, {:.2} voluntary, {:.2} preempted",
        (after.voluntary + after.preempted - before.voluntary - before.preempted) as f64 / secs,
        after.threads,
        (after.voluntary - before.voluntary) as f64 / secs,
        (after.preempted - before.preempted) as f64 / secs,
    );
    println!("  {:.2} frames drawn a second", frames as f64 / secs);
    strace_figures(pid);
    println!("peak memory (VmHWM) after the idle window: {:.2} MiB", after.hwm_kb as f64 / 1024.0);
    walk_the_meeting(&gavel);
    println!(
        "peak memory (VmHWM) after all 45 topics, a note on each, and the close: {:.2} MiB",
        usage(pid).hwm_kb as f64 / 1024.0
    );
    gavel.send("q");
    gavel.wait_for("the quit question", |s| s.contents().contains("Quit gavel?"));
    gavel.send("y");
    assert!(gavel.wait_exit().success());
}

/// `strace -c -f` over 10 s of the idle meeting, when strace is there: every system call the
/// program makes, by name.
fn strace_figures(pid: u32) {
    let out = std::process::Command::new("timeout")
        .args(["-s", "INT", "10", "strace", "-c", "-f", "-p", &pid.to_string()])
        .output();
    match out {
        Ok(out) if String::from_utf8_lossy(&out.stderr).contains("total") => {
            println!("strace -c -f over 10 s of the idle meeting:\n{}", String::from_utf8_lossy(&out.stderr));
        }
        _ => println!("(strace not available: no system call count)"),
    }
}

/// Every topic of the Busan meeting in turn, a note typed on each, then the meeting closed.
fn walk_the_meeting(gavel: &Pty) {
    let topic_line = |s: &vt100::Screen| {
        pty::find_row(s, "Topic ").map(|(_, r)| r.split('│').nth(1).unwrap_or_default().to_owned())
    };
    for n in 1..=45 {
        gavel.send(keys::TAB);
        gavel.wait_for("the editor", |s| s.contents().contains("Note: Enter saves"));
        gavel.send(&format!("회의 메모 {n}: the office reported progress"));
        gavel.send(keys::ENTER);
        gavel.wait_for("the note saved", |s| s.contents().contains(&format!("회의 메모 {n}:")));
        gavel.send(keys::ESC);
        gavel.wait_for("the chair's keys", |s| pty::row(s, 23).starts_with(" CHAIR"));
        if n < 45 {
            let here = topic_line(&gavel.screen());
            gavel.send("n");
            gavel.wait_for("the next topic", |s| topic_line(s) != here);
        }
    }
    gavel.send("e");
    gavel.wait_for("the close question", |s| s.contents().contains("Close the meeting?"));
    gavel.send("y");
    gavel.wait_for("the summary", |s| pty::row(s, 0).contains("CLOSED"));
}
