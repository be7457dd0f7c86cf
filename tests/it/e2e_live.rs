//! The live screen end to end: the real binary in a pseudo-terminal, keys typed, the screen read
//! back through vt100, the process killed and started again, and the minutes on disk checked.
//! Each test runs the shipped Busan agenda in a folder of its own.

use crate::pty;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use gavel::meeting::{Entry, Event, Position};
use pty::{Pty, SIGTERM, find_row, keys, meeting_dir, minutes_path, row};

/// The header line: title, wall clock, state, save state.
fn header(screen: &vt100::Screen) -> String {
    row(screen, 0)
}

/// Whether the current item reads "Session `session` of 5" and "Topic `topic` of `of`".
fn at_topic(screen: &vt100::Screen, session: usize, topic: usize, of: usize) -> bool {
    let text = screen.contents();
    text.contains(&format!("Session {session} of 5:")) && text.contains(&format!("Topic {topic} of {of}"))
}

/// The topic's elapsed time on the timer line (`Topic 02:05`, `Topic 1:02:05`), in seconds.
fn topic_clock(screen: &vt100::Screen) -> Option<u64> {
    let (_, line) = find_row(screen, "Topic   ")?;
    let reading = line.split("Topic   ").nth(1)?.split_whitespace().next()?;
    reading.split(':').try_fold(0, |total, part| Some(total * 60 + part.parse::<u64>().ok()?))
}

/// The session's time left on the timer line (`Session 0:59:58 left`), in seconds.
fn session_left(screen: &vt100::Screen) -> Option<u64> {
    let (_, line) = find_row(screen, " left")?;
    let reading = line.split("Session ").nth(1)?.split_whitespace().next()?;
    reading.split(':').try_fold(0, |total, part| Some(total * 60 + part.parse::<u64>().ok()?))
}

/// The outline row of topic `n` of the current session, e.g. `  -  4 securing future growth ~`.
fn outline_topic(screen: &vt100::Screen, n: usize) -> String {
    let (rows, _) = screen.size();
    (1..rows)
        .map(|r| row(screen, r))
        .map(|line| line.split('│').next().unwrap_or_default().to_owned())
        .find(|left| left.get(4..6).is_some_and(|t| t.trim() == n.to_string()) && left.starts_with("  "))
        .unwrap_or_else(|| panic!("no outline row for topic {n}\n{}", pty::show(screen)))
}

/// The events of the minutes, in order.
fn events(dir: &Path) -> Vec<Event> {
    entries(dir).into_iter().map(|e| e.event).collect()
}

fn entries(dir: &Path) -> Vec<Entry> {
    gavel::journal::read_minutes(&minutes_path(dir)).expect("the minutes read").entries
}

fn moved(session: usize, topic: usize) -> Event {
    Event::Moved { session, topic }
}

/// `gavel ARGS` as a plain command (no terminal), in `dir`.
fn command(dir: &Path, args: &[&str]) -> std::process::Output {
    let _spawn = crate::pty::spawn_turn();
    Command::new(env!("CARGO_BIN_EXE_gavel"))
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("gavel runs")
}

/// Quits with q and y, and checks the goodbye line.
fn quit(gavel: &mut Pty) {
    gavel.send("q");
    gavel.wait_text("Quit gavel?");
    gavel.send("y");
    let status = gavel.wait_exit();
    assert!(status.success(), "{status}\n{}", pty::show(&gavel.screen()));
    let after = gavel.screen();
    assert!(
        after.contents().contains("minutes/agenda-2024-12-23-rehearsal.jsonl. Run gavel again"),
        "{}",
        pty::show(&after)
    );
}

/// Opens the meeting (Space) once the first frame is up.
fn open(gavel: &Pty) {
    gavel.wait_for("the meeting not opened yet", |s| header(s).contains("NOT OPENED"));
    gavel.send(" ");
    gavel.wait_for("RUNNING on topic 1", |s| header(s).contains("RUNNING") && at_topic(s, 1, 1, 8));
}

/// Sends `keys` and waits until `ready` holds.
fn step(gavel: &Pty, keys: &str, what: &str, ready: impl Fn(&vt100::Screen) -> bool) -> vt100::Screen {
    gavel.send(keys);
    gavel.wait_for(&format!("{what} (after {keys:?})"), ready)
}

/// The chair's keys on the real screen: Space opens (RUNNING), n / Right / PageDown and p move
/// through topics, ] and [ through sessions, Space pauses (PAUSED) and resumes, g picks a topic
/// (Down, Enter), s and d mark topics in the outline; the minutes hold exactly those events, and
/// the exported document lists the skipped topic.
#[test]
fn the_chair_walks_the_agenda_with_the_keys() {
    let dir = meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    open(&gavel);

    step(&gavel, "n", "topic 2", |s| at_topic(s, 1, 2, 8));
    step(&gavel, keys::RIGHT, "topic 3", |s| at_topic(s, 1, 3, 8));
    step(&gavel, "]", "session 2", |s| at_topic(s, 2, 1, 11));
    step(&gavel, keys::PAGE_DOWN, "topic 2 of session 2", |s| at_topic(s, 2, 2, 11));
    step(&gavel, "p", "back to topic 1", |s| at_topic(s, 2, 1, 11));
    step(&gavel, "[", "back to session 1", |s| at_topic(s, 1, 1, 8));

    let paused = step(&gavel, " ", "paused", |s| header(s).contains("PAUSED"));
    assert!(paused.contents().contains("(paused)"), "{}", pty::show(&paused));
    step(&gavel, " ", "running again", |s| header(s).contains("RUNNING"));

    let picker = step(&gavel, "g", "the jump picker", |s| s.contents().contains("Jump to"));
    assert!(
        picker.contents().contains("Session 2: Digital Innovation"),
        "the sessions are offered\n{}",
        pty::show(&picker)
    );
    gavel.send(keys::DOWN);
    gavel.send(keys::DOWN);
    gavel.send(keys::DOWN);
    let jumped = step(&gavel, keys::ENTER, "topic 4 after the jump", |s| {
        at_topic(s, 1, 4, 8) && !s.contents().contains("Jump to")
    });
    assert!(outline_topic(&jumped, 4).starts_with("  >  4 "), "{}", pty::show(&jumped));

    let skipped = step(&gavel, "s", "topic 4 skipped", |s| at_topic(s, 1, 5, 8));
    assert!(outline_topic(&skipped, 4).starts_with("  -  4 "), "the skip mark\n{}", pty::show(&skipped));
    assert!(outline_topic(&skipped, 5).starts_with("  >  5 "), "{}", pty::show(&skipped));
    let deferred = step(&gavel, "d", "topic 5 deferred", |s| at_topic(s, 1, 6, 8));
    assert!(outline_topic(&deferred, 5).starts_with("  ~  5 "), "the defer mark\n{}", pty::show(&deferred));
    assert!(header(&deferred).contains("saved "), "{}", pty::show(&deferred));

    quit(&mut gavel);
    let got = events(dir.path());
    let want = vec![
        Event::Opened,
        moved(0, 1),
        moved(0, 2),
        moved(1, 0),
        moved(1, 1),
        moved(1, 0),
        moved(0, 0),
        Event::Paused,
        Event::Resumed,
        moved(0, 3),
        Event::TopicSkipped { session: 0, topic: 3 },
        moved(0, 4),
        Event::TopicDeferred { session: 0, topic: 4 },
        moved(0, 5),
    ];
    assert_eq!(got, want);

    let export = command(dir.path(), &["export", "minutes/agenda-2024-12-23-rehearsal.jsonl"]);
    assert!(export.status.success());
    let document = String::from_utf8(export.stdout).expect("UTF-8");
    for expected in ["Skipped topics", "securing future growth engines through urban space innovation"] {
        assert!(document.contains(expected), "{expected:?} in the export:\n{document}");
    }
}

/// What the screen says about where the meeting is: the "Session k of 5" and "Topic t of n" lines.
fn place(screen: &vt100::Screen) -> (String, String) {
    let line = |text: &str| {
        find_row(screen, text).map(|(_, r)| r.split('│').nth(1).unwrap_or_default().trim_end().to_owned())
    };
    let session = line("Session ").filter(|l| l.contains(" of 5:")).expect("the session line");
    let topic = line("Topic ").filter(|l| l.contains(" of ")).expect("the topic line");
    (session, topic)
}

/// SIGKILL mid-topic (nothing runs on the way out), three seconds of nothing, and a restart: the
/// same session and topic, the topic's clock gone on by the time in between; the Markdown twin
/// was there, and the minutes verify intact.
#[test]
fn killed_mid_meeting_it_resumes_on_the_same_topic_with_the_time_between_counted() {
    let dir = meeting_dir();
    let mut first = Pty::spawn(dir.path(), &[]);
    open(&first);
    step(&first, "]", "session 2", |s| at_topic(s, 2, 1, 11));
    step(&first, "n", "topic 2", |s| at_topic(s, 2, 2, 11));
    step(&first, "n", "topic 3", |s| at_topic(s, 2, 3, 11));
    let before = first.wait_for("two seconds on topic 3", |s| topic_clock(s) >= Some(2));
    let read_at = Instant::now();
    let (session, topic) = place(&before);
    let clock_before = topic_clock(&before).expect("the topic clock");
    let status = first.kill();
    assert_eq!(status.signal(), Some("Killed"), "{status}");
    // The meeting goes on while nothing runs it: this is the time the restart must count.
    std::thread::sleep(Duration::from_secs(3));

    let twin = dir.path().join("minutes/agenda-2024-12-23-rehearsal.md");
    let twin_text = std::fs::read_to_string(&twin).expect("the Markdown twin exists");
    assert!(twin_text.contains("2025 Municipal Administration Work Report Meeting"), "{twin_text}");

    // At least this long passed between the reading and the restart's first frame.
    let gap = read_at.elapsed().as_secs();
    let mut second = Pty::spawn(dir.path(), &[]);
    let after = second.wait_for("the meeting running again", |s| header(s).contains("RUNNING"));
    assert_eq!(place(&after), (session, topic), "the same place\n{}", pty::show(&after));
    let clock_after = topic_clock(&after).expect("the topic clock");
    assert!(
        clock_after >= clock_before + gap,
        "topic clock {clock_before}s before the kill, {clock_after}s after the restart, {gap}s apart\n{}",
        pty::show(&after)
    );
    assert!(after.contents().contains("Resumed"), "the hint says so\n{}", pty::show(&after));
    quit(&mut second);

    let verify = command(dir.path(), &["verify", "minutes/agenda-2024-12-23-rehearsal.jsonl"]);
    let said = String::from_utf8_lossy(&verify.stdout);
    assert!(verify.status.success() && said.contains(": intact."), "{said}");
    assert_eq!(events(dir.path()), vec![Event::Opened, moved(1, 0), moved(1, 1), moved(1, 2)]);
}

/// SIGTERM: gavel stops by itself (the loop sees the signal within a second; the test allows
/// three), the terminal is as it was (normal screen, cursor shown, line mode, the goodbye line
/// visible), and every event shown on screen before the signal, a note among them, is in the
/// minutes.
#[test]
fn sigterm_restores_the_terminal_and_the_journal_holds_every_event() {
    let dir = meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    open(&gavel);
    assert_eq!(gavel.line_mode(), Some(false), "raw mode while the screen runs");
    step(&gavel, "n", "topic 2", |s| at_topic(s, 1, 2, 8));
    step(&gavel, "+", "a minute more", |s| session_left(s) > Some(3600));
    step(&gavel, "s", "topic 2 skipped", |s| at_topic(s, 1, 3, 8));
    step(&gavel, keys::TAB, "the editor", |s| s.contents().contains("Note: Enter saves"));
    gavel.send("last words before the signal");
    step(&gavel, keys::ENTER, "the note listed", |s| {
        s.contents().contains("last words before the signal")
            && s.contents().contains("Tab or i to type a note")
    });
    let sent = Instant::now();
    gavel.signal(SIGTERM);
    let status = gavel.wait_exit();
    eprintln!("stopped {:?} after the signal", sent.elapsed());
    assert!(status.success(), "{status}");

    let screen = gavel.screen();
    assert!(!screen.alternate_screen(), "the alternate screen is left\n{}", pty::show(&screen));
    assert!(!screen.hide_cursor(), "the cursor is visible\n{}", pty::show(&screen));
    assert_eq!(gavel.line_mode(), Some(true), "raw mode is off");
    assert!(
        screen.contents().contains("gavel was asked to stop. Every saved event is in"),
        "the goodbye line on the normal screen\n{}",
        pty::show(&screen)
    );

    let got = events(dir.path());
    assert_eq!(got.len(), 6, "{got:#?}");
    assert_eq!(
        got[..5],
        [
            Event::Opened,
            moved(0, 1),
            Event::PlanAdjusted { session: 0, seconds: 60 },
            Event::TopicSkipped { session: 0, topic: 1 },
            moved(0, 2),
        ]
    );
    assert!(
        matches!(&got[5], Event::NoteCommitted { on: Some(Position { session: 0, topic: 2 }), text, .. }
            if &**text == "last words before the signal"),
        "{:?}",
        got[5]
    );
}

/// A second `gavel` on minutes that are running is refused with the message and exit code 5
/// without writing a single escape sequence, while the first one goes on writing.
#[test]
fn a_second_runner_is_refused_before_touching_the_terminal_and_the_first_goes_on() {
    let dir = meeting_dir();
    let mut first = Pty::spawn(dir.path(), &[]);
    open(&first);
    let size = || std::fs::metadata(minutes_path(dir.path())).expect("the minutes").len();
    let size_before = size();

    let mut second = Pty::spawn(dir.path(), &[]);
    let status = second.wait_exit();
    assert_eq!(status.exit_code(), 5, "{status}");
    let screen = second.screen();
    let message = screen.contents();
    assert!(
        message
            .contains("minutes/agenda-2024-12-23-rehearsal.jsonl: these minutes are open in another gavel"),
        "{}",
        pty::show(&screen)
    );
    assert!(!second.transcript().contains(&0x1b), "not one escape sequence: {:?}", second.transcript());
    assert_eq!(second.line_mode(), Some(true), "never in raw mode");

    let moved_on = step(&first, "n", "the first runner moves on", |s| at_topic(s, 1, 2, 8));
    assert!(header(&moved_on).contains("RUNNING  saved "), "{}", pty::show(&moved_on));
    assert!(size() > size_before, "the first runner still writes its minutes");
    assert_eq!(events(dir.path()), vec![Event::Opened, moved(0, 1)]);
    quit(&mut first);
}

/// The column where `text` starts on row `row` (a wide character fills two cells, the first
/// holding it).
fn column_of(screen: &vt100::Screen, row: u16, text: &str) -> Option<u16> {
    let (_, cols) = screen.size();
    let first = text.chars().next()?.to_string();
    (0..cols).find(|&c| {
        screen.cell(row, c).is_some_and(|cell| cell.contents() == first)
            && screen.rows(c, cols - c).nth(row as usize).is_some_and(|rest| rest.starts_with(text))
    })
}

/// A note typed in Hangul: the real cursor follows the caret two columns a syllable (where an
/// input method composes), and once committed the note shows with its time, which is the time
/// the minutes give it.
#[test]
fn a_hangul_note_is_typed_with_the_cursor_after_it_and_saved_with_its_time() {
    let dir = meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    open(&gavel);
    let editing = step(&gavel, keys::TAB, "the editor", |s| s.contents().contains("Note: Enter saves"));
    assert!(!editing.hide_cursor(), "the real cursor shows in the editor\n{}", pty::show(&editing));
    let (row, start) = editing.cursor_position();

    let typed = step(&gavel, "회의", "two syllables", |s| s.contents().contains("회의"));
    assert_eq!(column_of(&typed, row, "회의"), Some(start), "typed at the caret\n{}", pty::show(&typed));
    assert_eq!(typed.cursor_position(), (row, start + 4), "two columns a syllable\n{}", pty::show(&typed));
    let typed = step(&gavel, " 결과 정리", "the whole note", |s| s.contents().contains("회의 결과 정리"));
    assert_eq!(
        typed.cursor_position(),
        (row, start + 4 + 1 + 4 + 1 + 4),
        "right after the text\n{}",
        pty::show(&typed)
    );

    let saved = step(&gavel, keys::ENTER, "the note listed", |s| {
        s.contents().contains("회의 결과 정리") && s.contents().contains("Tab or i to type a note")
    });
    let (_, line) = find_row(&saved, "회의 결과 정리").expect("the note's row");
    let listed = line.split('│').nth(1).expect("the right pane").trim().to_owned();
    let committed = entries(dir.path())
        .into_iter()
        .find(|e| matches!(&e.event, Event::NoteCommitted { text, .. } if &**text == "회의 결과 정리"))
        .expect("the note in the journal");
    assert!(
        matches!(&committed.event, Event::NoteCommitted { on: Some(Position { session: 0, topic: 0 }), .. }),
        "{committed:?}"
    );
    let stamp = committed.at.format("%H:%M").to_string();
    assert!(listed.starts_with(&format!("{stamp} 회의 결과 정리")), "{listed:?} shows its time {stamp}");
    assert_eq!(saved.cursor_position(), (row, start), "the caret back at the start\n{}", pty::show(&saved));
    step(&gavel, keys::ESC, "the chair's keys", |s| pty::row(s, 23).starts_with(" CHAIR"));
    quit(&mut gavel);
}

/// Dragging the window smaller than 80x24 shows the notice with the size needed, never a panic;
/// growing it again brings the meeting back, using the width.
#[test]
fn a_window_too_small_says_so_and_the_screen_comes_back_when_it_grows() {
    let dir = meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    open(&gavel);
    gavel.resize(60, 20);
    gavel.wait_for("the too-small notice", |s| {
        s.contents().contains("Terminal too small")
            && s.contents().contains("It is 60x20; gavel needs at least 80x24")
    });
    gavel.resize(200, 60);
    let wide = gavel.wait_for("the whole screen at 200x60", |s| {
        header(s).contains("RUNNING") && at_topic(s, 1, 1, 8) && pty::row(s, 59).starts_with(" CHAIR")
    });
    assert!(
        header(&wide).contains("2025 Municipal Administration Work Report Meeting | Busan City Hall"),
        "the title and the place in full\n{}",
        pty::show(&wide)
    );
    quit(&mut gavel);
}

/// With `NO_COLOR` set, not one colour reaches the terminal: the current topic and the state
/// stand out by reverse video and bold alone.
#[test]
fn no_color_sends_no_colour_and_still_marks_the_current_item() {
    let dir = meeting_dir();
    let mut gavel = pty::Launch::new(dir.path()).env("NO_COLOR", "1").spawn();
    open(&gavel);
    let screen = gavel.wait_for("the current topic marked", |s| {
        find_row(s, "  >  1").is_some_and(|(r, _)| s.cell(r, 2).is_some_and(|c| c.inverse()))
    });
    let transcript = gavel.transcript();
    let text = String::from_utf8_lossy(&transcript);
    for colour in
        ["\x1b[38;", "\x1b[48;", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m", "\x1b[41m", "\x1b[46m"]
    {
        assert!(!text.contains(colour), "{colour:?} sent under NO_COLOR:\n{}", pty::show(&screen));
    }
    quit(&mut gavel);
}

/// SIGHUP (the terminal's window closed, an ssh link dropped) ends the meeting as SIGTERM does:
/// the journal flushed, the draft kept, the terminal given back.
#[test]
fn sighup_keeps_the_minutes_and_the_draft() {
    let dir = meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    open(&gavel);
    step(&gavel, "n", "topic 2", |s| at_topic(s, 1, 2, 8));
    step(&gavel, keys::TAB, "the editor", |s| s.contents().contains("Note: Enter saves"));
    gavel.send("회의록 초안");
    gavel.wait_for("the draft typed", |s| s.contents().contains("회의록 초안"));
    gavel.signal(pty::SIGHUP);
    let status = gavel.wait_exit();
    assert!(status.success(), "{status}");
    assert!(!gavel.screen().alternate_screen());
    assert_eq!(events(dir.path()), [Event::Opened, moved(0, 1)]);
    let draft =
        std::fs::read_to_string(dir.path().join("minutes/agenda-2024-12-23-rehearsal.draft.json")).unwrap();
    assert!(draft.contains("회의록 초안"), "{draft}");
}

/// Run on a day that is not its agenda's, gavel holds a rehearsal: it says so, counts from its
/// opening (no drift of days), and keeps its minutes apart; the meeting's own minutes, there
/// already, are not touched.
#[test]
fn a_rehearsal_leaves_the_meetings_own_minutes_untouched() {
    let dir = meeting_dir();
    // The meeting's own minutes, from its day: opened and closed.
    let real = dir.path().join("minutes/agenda-2024-12-23.jsonl");
    {
        let (agenda, sha) = gavel::agenda::load_file_hashed(&dir.path().join("agenda.yaml")).unwrap();
        let header = gavel::meeting::Header::new(agenda, "agenda.yaml".into(), sha, "gavel test".into());
        let fs: std::sync::Arc<dyn gavel::journal::fs::Fs> = std::sync::Arc::new(gavel::journal::fs::RealFs);
        let mut journal = gavel::journal::MinutesJournal::create(fs, &real, &header).unwrap();
        let mut meeting = gavel::meeting::fold(&header, &[]);
        let nine: chrono::DateTime<chrono::Utc> = "2024-12-23T00:00:00Z".parse().unwrap();
        for (minutes, action) in [(0, gavel::meeting::Action::Open), (50, gavel::meeting::Action::Close)] {
            let outcome = meeting.apply(action, nine + chrono::TimeDelta::minutes(minutes)).unwrap();
            journal.append_entries(&outcome.entries);
        }
    }
    let before = std::fs::read(&real).unwrap();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    let shown = gavel.wait_for("a rehearsal, not opened", |s| header(s).contains("REHEARSAL NOT OPENED"));
    assert!(shown.contents().contains("A rehearsal: this agenda is for Monday 23"), "{}", pty::show(&shown));
    gavel.send(" ");
    let shown = gavel.wait_for("the rehearsal running", |s| header(s).contains("REHEARSAL RUNNING"));
    let drift = find_row(&shown, "Drift ").map(|(_, l)| l).unwrap_or_default();
    assert!(drift.contains("Drift on time") && !drift.contains("days"), "{drift}");
    step(&gavel, keys::TAB, "the editor", |s| s.contents().contains("Note: Enter saves"));
    gavel.send("리허설 메모");
    step(&gavel, keys::ENTER, "the note saved", |s| {
        s.contents().contains("리허설 메모") && s.contents().contains("Tab or i")
    });
    step(&gavel, keys::ESC, "the chair's keys", |s| s.contents().contains("CHAIR"));
    quit(&mut gavel);
    assert_eq!(std::fs::read(&real).unwrap(), before, "the meeting's own minutes are untouched");
    let rehearsal = gavel::journal::read_minutes(&minutes_path(dir.path())).unwrap();
    assert!(rehearsal.header.rehearsal.is_some());
    assert!(
        rehearsal
            .entries
            .iter()
            .any(|e| matches!(&e.event, Event::NoteCommitted { text, .. } if &**text == "리허설 메모"))
    );
}

/// Whether the Korean current-item pane reads "세션 `session`/5" and "안건 `topic`/`of`".
fn ko_topic(screen: &vt100::Screen, session: usize, topic: usize, of: usize) -> bool {
    let text = screen.contents();
    text.contains(&format!("세션 {session}/5")) && text.contains(&format!("안건 {topic}/{of}"))
}

/// With the Korean keyboard on, the chair's keys arrive as jamo (`n` ㅜ, `p` ㅔ, `s` ㄴ, `q` ㅂ,
/// `y` ㅛ), sometimes two combined (ㅞ: `n` then `p`); they move the meeting all the same, and
/// in the editor they stay text.
#[test]
fn the_chairs_keys_work_with_the_korean_keyboard_on() {
    let dir = meeting_dir();
    let mut gavel = pty::Launch::new(dir.path()).env("LANG", "ko_KR.UTF-8").spawn();
    // The screen speaks the locale's Korean where it already can: 개회 전, 진행 중.
    gavel.wait_for("the meeting not opened yet", |s| header(s).contains("개회 전"));
    gavel.send(" ");
    let shown =
        gavel.wait_for("running on topic 1", |s| header(s).contains("진행 중") && ko_topic(s, 1, 1, 8));
    // Korean lengths (1시간 20분) are twice as wide: the outline's border still stands in one column.
    let border = |r: u16| (0..80).find(|&c| shown.cell(r, c).is_some_and(|cell| cell.contents() == "│"));
    let first = border(1);
    assert!(first.is_some(), "{}", pty::show(&shown));
    for r in 2..22 {
        assert_eq!(border(r), first, "row {r}\n{}", pty::show(&shown));
    }
    step(&gavel, "ㅜ", "topic 2 (ㅜ is n)", |s| ko_topic(s, 1, 2, 8));
    step(&gavel, "ㅔ", "topic 1 (ㅔ is p)", |s| ko_topic(s, 1, 1, 8));
    step(&gavel, "ㅞ", "n then p: topic 1 again", |s| ko_topic(s, 1, 1, 8) && header(s).contains("진행 중"));
    step(&gavel, "ㄴ", "topic 1 skipped (ㄴ is s)", |s| ko_topic(s, 1, 2, 8));
    assert!(outline_topic(&gavel.screen(), 1).contains('-'), "{}", pty::show(&gavel.screen()));
    step(&gavel, "ㅑ", "the editor (ㅑ is i)", |s| s.contents().contains("기록: Enter 저장"));
    gavel.send("ㅜㅔ 누");
    step(&gavel, keys::ENTER, "the jamo kept as text", |s| {
        s.contents().contains("ㅜㅔ 누") && s.contents().contains("Tab이나 i를")
    });
    step(&gavel, keys::ESC, "the chair's keys", |s| row(s, 23).starts_with(" 의장 "));
    gavel.send("ㅂ");
    // The question is asked in Korean, the locale's language.
    gavel.wait_text("gavel을 끝낼까요?");
    gavel.send("ㅛ");
    assert!(gavel.wait_exit().success());
    let notes: Vec<String> = events(dir.path())
        .into_iter()
        .filter_map(|e| match e {
            Event::NoteCommitted { text, .. } => Some(text.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(notes, ["ㅜㅔ 누"]);
    // ㅜ, ㅔ, then ㅞ as two keys, then ㄴ's skip moving on.
    let moves: Vec<usize> = events(dir.path())
        .into_iter()
        .filter_map(|e| match e {
            Event::Moved { session: 0, topic } => Some(topic),
            _ => None,
        })
        .collect();
    assert_eq!(moves, [1, 0, 1, 0, 1]);
}

/// `--lang ko` at 80x24: the state, the save state, the hint bar and a refusal in Korean, and
/// the hint bar still ends with `? 도움말` (Hangul is two columns wide).
#[test]
fn the_chair_in_korean() {
    let dir = meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &["--lang", "ko"]);
    let first = gavel.wait_for("리허설 개회 전", |s| header(s).contains("리허설 개회 전"));
    assert!(
        row(&first, 23).contains("의장") && row(&first, 23).contains("Space 개회"),
        "{}",
        pty::show(&first)
    );
    gavel.send(" ");
    let running = gavel
        .wait_for("진행 중, 저장됨", |s| header(s).contains("진행 중") && header(s).contains("저장됨"));
    let hints = row(&running, 23);
    assert!(
        hints.contains("Space 정회") && hints.trim_end().ends_with("? 도움말"),
        "{}",
        pty::show(&running)
    );
    let face = running.contents();
    for words in [
        "세션 1:00:00 남음",
        "일정 정시",
        "세션 1/5:",
        "안건 1/8",
        "기록: 안건 1",
        "아직 기록이 없습니다",
        "Tab: 기록 입력",
    ] {
        assert!(face.contains(words), "{words}\n{}", pty::show(&running));
    }
    step(&gavel, "p", "the refusal in Korean", |s| row(s, 23).contains("첫 안건입니다"));
    gavel.send("q");
    gavel.wait_text("gavel을 끝낼까요?");
    gavel.send("y");
    let status = gavel.wait_exit();
    assert!(status.success(), "{status}\n{}", pty::show(&gavel.screen()));
}

/// Holding a rehearsal as the meeting itself (`t`, `y`) opens the screen again on the minutes
/// that took the meeting's name; a key typed at once, before that screen is up, is not lost: the
/// process has one reader of the terminal, and the next screen gets what the last did not use.
#[test]
fn a_key_typed_while_the_screen_opens_again_reaches_it() {
    let dir = meeting_dir();
    let mut gavel = pty::Launch::new(dir.path()).spawn();
    gavel.wait_for("the rehearsal not opened", |s| header(s).contains("REHEARSAL NOT OPENED"));
    step(&gavel, "t", "the question", |s| s.contents().contains("Hold this as the meeting of"));
    // Yes: the screen opens again on the meeting's own minutes; then Space opens the meeting.
    // (Each screen used to start a reader of the terminal of its own, and the one left over from
    // the rehearsal's screen, still waiting, took the first key typed on the next and lost it.)
    gavel.send("y");
    gavel.wait_for("the meeting itself, not opened", |s| {
        let top = header(s);
        top.contains("NOT OPENED") && !top.contains("REHEARSAL")
    });
    gavel.send(" ");
    gavel.wait_for("the meeting itself, opened by the Space typed at once", |s| {
        let top = header(s);
        top.contains("RUNNING") && !top.contains("REHEARSAL")
    });
    gavel.send("q");
    gavel.wait_text("Quit gavel?");
    gavel.send("y");
    assert!(gavel.wait_exit().success());
    let moved = dir.path().join("minutes");
    let names: Vec<String> = std::fs::read_dir(&moved)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".jsonl"))
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    let minutes = gavel::journal::read_minutes(&moved.join(&names[0])).unwrap();
    assert!(minutes.entries.iter().any(|e| e.event == Event::Opened));
}
