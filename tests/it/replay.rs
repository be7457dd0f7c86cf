//! Replay shows the live screen as it was: the same fold, the same panes, at any instant; a
//! timeline in place of the key hints; the summary of where the time went.

use crate::common;

use chrono::{DateTime, Utc};
use common::{at, busan, header, note, run_script, script};
use gavel::agenda;
use gavel::journal::Minutes;
use gavel::meeting::{Action, Entry, Header, fold};
use gavel::tui::keymap::{Mode, ReplayCommand};
use gavel::tui::look::{Look, Marks, SaveView};
use gavel::tui::replay::{Replay, SNAPSHOT_EVERY, View};
use gavel::tui::theme::Theme;
use gavel::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const THEME: Theme = Theme { color: true };

fn minutes(header: Header, entries: Vec<Entry>) -> Minutes {
    Minutes { path: "minutes/m.jsonl".into(), header, entries, fingerprint: "f".repeat(64), torn_bytes: None }
}

fn closed_busan() -> (Header, Vec<Entry>) {
    let header = header(busan());
    let mut s = script();
    s.push((at(44, 0), Action::NextTopic));
    s.push((at(52, 0), note("n9", "a: @박지훈 예산 집행 점검 due:2025-02-01")));
    s.push((at(60, 0), Action::Close));
    let (_, entries) = run_script(&header, &s);
    (header, entries)
}

fn rows(t: &Terminal<TestBackend>) -> Vec<String> {
    t.backend().to_string().lines().map(str::to_owned).collect()
}

fn live_at(header: &Header, entries: &[Entry], now: DateTime<Utc>, w: u16, h: u16) -> Vec<String> {
    let upto: Vec<Entry> = entries.iter().filter(|e| e.at.to_utc() <= now).cloned().collect();
    let meeting = fold(header, &upto);
    let mode = if meeting.state() == gavel::meeting::State::Closed { Mode::Summary } else { Mode::Chair };
    // The live screen as the chair saw it, but for the editor: nothing can be typed into a past
    // meeting, so replay offers none.
    let look = Look {
        meeting: &meeting,
        mode,
        home: mode,
        back_to: mode,
        question: None,
        pick: 0,
        picked: None,
        editor: None,
        hint: None,
        save: &SaveView::Saved(None),
        marks: &Marks::all_saved(u64::MAX),
        sending: &[],
        warning: None,
        summary_scroll: 0,
        roll_pick: 0,
        roll_input: None,
    };
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(f, &look, &THEME, now)).unwrap();
    rows(&t)
}

fn replay_at(replay: &mut Replay, now: DateTime<Utc>, w: u16, h: u16) -> Vec<String> {
    replay.view = View::Screen;
    replay.notices.clear();
    replay.seek_time(now);
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| gavel::tui::replay::render(f, replay, &THEME)).unwrap();
    rows(&t)
}

#[test]
fn replay_at_an_instant_is_the_live_screen_at_that_instant() {
    let (header, entries) = closed_busan();
    let mut replay = Replay::of(minutes(header.clone(), entries.clone()));
    for (w, h) in [(80, 24), (160, 48)] {
        for now in [at(2, 30), at(11, 0), at(16, 0), at(33, 30), at(45, 0)] {
            let live = live_at(&header, &entries, now, w, h);
            let again = replay_at(&mut replay, now, w, h);
            let last = live.len() - 1;
            // Everything but the bottom line, where replay puts its timeline.
            assert_eq!(live[..last], again[..last], "at {now} on {w}x{h}");
            assert!(again[last].contains("REPLAY"), "{}", again[last]);
        }
    }
}

#[test]
fn snapshots_at_chosen_instants_and_the_timeline() {
    let (header, entries) = closed_busan();
    let mut replay = Replay::of(minutes(header, entries));
    insta::assert_snapshot!("replay_at_0911", replay_at(&mut replay, at(11, 0), 80, 24).join("\n"));
    let bottom = |r: &mut Replay, now| replay_at(r, now, 80, 24).pop().unwrap();
    insta::assert_snapshot!("timeline_start", bottom(&mut replay, at(-10, 0)));
    insta::assert_snapshot!("timeline_middle", bottom(&mut replay, at(30, 0)));
    insta::assert_snapshot!("timeline_end", bottom(&mut replay, at(70, 0)));
    // At every width the timeline leaves room for its hint.
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let last = replay_at(&mut replay, at(30, 0), w, h).pop().unwrap();
        assert!(last.trim_end_matches('"').trim_end().ends_with("? keys"), "{w}: {last}");
    }
    // Before opening, replay does not offer Space to open: Space plays here.
    let before = replay_at(&mut replay, at(-10, 0), 80, 24).join("\n");
    assert!(before.contains("(not opened yet)") && !before.contains("Space opens"), "{before}");
}

#[test]
fn stepping_jumping_and_seeking() {
    let _spawn = crate::pty::spawn_turn();
    let (header, entries) = closed_busan();
    let n = entries.len();
    let mut replay = Replay::of(minutes(header, entries.clone()));
    // A closed meeting opens on its summary, at the end.
    assert_eq!((replay.view.clone(), replay.index), (View::Summary, n));
    replay.handle(ReplayCommand::Start);
    assert_eq!(replay.index, 0);
    replay.handle(ReplayCommand::StepForward);
    replay.handle(ReplayCommand::StepForward);
    assert_eq!(replay.index, 2);
    assert_eq!(replay.at, entries[1].at.to_utc());
    replay.handle(ReplayCommand::StepBack);
    assert_eq!(replay.index, 1);
    // ] goes to where the next session begins: session 2 at 09:31.
    replay.handle(ReplayCommand::NextSession);
    assert_eq!(replay.meeting.position().session, 0, "first the opening");
    replay.handle(ReplayCommand::NextSession);
    assert_eq!(replay.meeting.position().session, 1);
    assert_eq!(replay.at, at(31, 0));
    replay.handle(ReplayCommand::PreviousSession);
    assert_eq!(replay.meeting.position().session, 0);
    replay.handle(ReplayCommand::NextTopic);
    let topic = replay.meeting.position();
    replay.handle(ReplayCommand::NextTopic);
    assert_ne!(replay.meeting.position(), topic);
    replay.handle(ReplayCommand::End);
    assert_eq!(replay.index, n);
    // Seek to a clock time in the meeting's zone.
    replay.seek_clock("09:12").unwrap();
    assert_eq!(replay.at, at(12, 0));
    assert_eq!(replay.meeting.notes().len(), 4, "the note taken at 09:12 is there");
    assert!(replay.seek_clock("18:00").unwrap_err().contains("not during the meeting"));
    assert!(replay.seek_clock("9h").unwrap_err().contains("not a clock time"));
}

#[test]
fn playing_at_60x_reaches_a_session_boundary() {
    let _spawn = crate::pty::spawn_turn();
    let (header, entries) = closed_busan();
    let mut replay = Replay::of(minutes(header, entries));
    replay.handle(ReplayCommand::Start);
    replay.handle(ReplayCommand::Speed(60));
    assert!(replay.playing);
    // The replay starts at the first event, 08:55; 37 real seconds at 60x is 37 meeting
    // minutes, past 09:31 when session 2 began.
    for _ in 0..37 {
        replay.advance(chrono::TimeDelta::seconds(1));
    }
    assert_eq!(replay.meeting.position().session, 1);
    replay.handle(ReplayCommand::PlayPause);
    assert!(!replay.playing);
}

#[test]
fn seeking_far_uses_snapshots_and_equals_the_fold() {
    let header = header(busan());
    let mut meeting = fold(&header, &[]);
    let mut entries = Vec::new();
    entries.extend(meeting.apply(Action::Open, at(0, 0)).unwrap().entries);
    for i in 0..(SNAPSHOT_EVERY * 3) {
        let action = if i % 2 == 0 { Action::PauseResume } else { note(&format!("n{i}"), "메모") };
        entries.extend(meeting.apply(action, at(1, i as i64)).unwrap().entries);
    }
    let mut replay = Replay::of(minutes(header.clone(), entries.clone()));
    for target in [SNAPSHOT_EVERY * 2 + 7, 3, SNAPSHOT_EVERY, entries.len(), SNAPSHOT_EVERY + 1, 0] {
        replay.seek_index(target);
        assert_eq!(replay.meeting, fold(&header, &entries[..target]), "at {target}");
    }
}

#[test]
fn summary_views() {
    let _spawn = crate::pty::spawn_turn();
    let (header, entries) = closed_busan();
    let mut replay = Replay::of(minutes(header, entries));
    let draw = |r: &Replay, w, h| {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| gavel::tui::replay::render(f, r, &THEME)).unwrap();
        t.backend().to_string()
    };
    replay.notices.clear();
    insta::assert_snapshot!("summary_busan_80x24", draw(&replay, 80, 24));
    insta::assert_snapshot!("summary_busan_160x48", draw(&replay, 160, 48));
    replay.handle(ReplayCommand::Scroll(12));
    insta::assert_snapshot!("summary_busan_scrolled_80x24", draw(&replay, 80, 24));

    let hangul = "title: 2025년 시정 업무보고회\ndate: 2024-12-23\nstart: \"09:00\"\ntimezone: Asia/Seoul\nsessions:\n  - title: 미래혁신 물류·허브\n    duration: 30m\n    topics:\n      - title: 가덕도신공항 조기 착공\n        duration: 10m\n      - 북부산 개발\n  - title: 시정혁신\n    duration: 20m\n    topics:\n      - 시민 중심 소통 행정\n";
    let header = common::header(agenda::parse_str(hangul, "h.yaml").unwrap());
    let s = vec![
        (at(0, 0), Action::Open),
        (at(3, 0), note("h1", "d: 신공항 착공 일정 확정")),
        (at(12, 30), Action::NextTopic),
        (at(14, 0), note("h2", "a: @김민지 예산 재검토 due:2025-01-15")),
        (at(33, 0), Action::NextSession),
        (at(58, 0), Action::Close),
    ];
    let (_, entries) = run_script(&header, &s);
    let mut replay = Replay::of(minutes(header, entries));
    replay.notices.clear();
    insta::assert_snapshot!("summary_hangul_80x24", draw(&replay, 80, 24));
    insta::assert_snapshot!("summary_hangul_160x48", draw(&replay, 160, 48));
}

#[test]
fn an_open_meeting_and_a_torn_tail_are_told() {
    let header = header(busan());
    let (_, entries) = run_script(&header, &script());
    let mut m = minutes(header, entries);
    m.torn_bytes = Some(37);
    let replay = Replay::of(m);
    assert_eq!(replay.view, View::Screen);
    assert!(replay.notices[0].starts_with("This meeting is not closed"));
    assert_eq!(replay.notices[1], "The minutes end in an unfinished line (37 bytes), left out here.");
}

#[test]
fn replay_of_bad_input_is_one_message() {
    let _spawn = crate::pty::spawn_turn();
    use assert_cmd::Command;
    let out = Command::cargo_bin("gavel")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .args(["replay", "agenda.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "agenda.yaml: this is not a gavel minutes file: it reads as an agenda (YAML with sessions), and minutes are the .jsonl file a meeting on it writes\n"
    );
    let out = Command::cargo_bin("gavel")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .args(["replay", "nope.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn back_a_session_is_where_it_began_and_a_speed_key_at_the_end_plays_from_the_start() {
    let _spawn = crate::pty::spawn_turn();
    let (header, entries) = closed_busan();
    let mut replay = Replay::of(minutes(header, entries));
    // [ from the end (session 2) goes to where session 1 began, the opening at 09:02:10, not to
    // its last change of topic: as ] goes to where the next session begins.
    replay.handle(ReplayCommand::PreviousSession);
    assert_eq!((replay.meeting.position().session, replay.meeting.position().topic), (0, 0));
    assert_eq!(replay.at, at(2, 10));
    replay.handle(ReplayCommand::NextSession);
    assert_eq!(replay.at, at(31, 0));
    replay.handle(ReplayCommand::PreviousSession);
    assert_eq!(replay.at, at(2, 10));
    // At the end of a closed meeting the screen is its summary: Down scrolls it.
    replay.handle(ReplayCommand::End);
    replay.handle(ReplayCommand::Summary);
    assert_eq!(replay.view, View::Screen);
    replay.handle(ReplayCommand::Scroll(3));
    assert_eq!(replay.summary_scroll, 3);
    // Played to the end, 3 plays again from the start, as Space does.
    replay.handle(ReplayCommand::Speed(60));
    assert!(replay.playing);
    assert_eq!(replay.index, 0);
}
