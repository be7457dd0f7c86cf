//! The secretary's budget (issue 6): a keystroke to the redrawn frame while typing into a
//! 2,000-character note, in a meeting that already holds 5,000 notes, in under 2 ms.

use std::path::Path;

use chrono::{DateTime, TimeDelta, Utc};
use divan::black_box;
use gavel::meeting::{Action, Header, NoteId, fold};
use gavel::tui::app::App;
use gavel::tui::keymap::{Mode, map};
use gavel::tui::theme::Theme;
use gavel::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn main() {
    divan::main();
}

fn nine() -> DateTime<Utc> {
    "2024-12-23T00:00:00Z".parse().expect("instant")
}

/// The Busan meeting with 5,000 notes, most on the current topic, and a long note being typed.
fn typing_app() -> App {
    let agenda = gavel::agenda::load_file(Path::new("agenda.yaml")).expect("agenda");
    let header = Header::new(agenda, "agenda.yaml".into(), "0".repeat(64), "bench".into());
    let mut meeting = fold(&header, &[]);
    meeting.apply(Action::Open, nine()).expect("open");
    for i in 0..5_000 {
        let now = nine() + TimeDelta::seconds(i + 1);
        if i % 1000 == 999 {
            let _ = meeting.apply(Action::NextTopic, now);
        }
        let text = format!("메모 {i}: 가덕도신공항 and the Tri-Port plan, a note of ordinary length");
        meeting.apply(Action::CommitNote { id: NoteId(format!("n{i}")), text }, now).expect("note");
    }
    let mut app = App::new(meeting, "m.jsonl".into());
    app.mode = Mode::Editing;
    let long: String = "가나다라마바사 abc ".chars().cycle().take(2_000).collect();
    app.editor.insert_str(long);
    app
}

fn key(app: &mut App, c: char, now: DateTime<Utc>) {
    let command = map(app.mode, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)).expect("bound");
    app.handle(command, now);
}

#[divan::bench(args = [(80, 24), (200, 60)])]
fn keystroke_to_frame(bencher: divan::Bencher, (w, h): (u16, u16)) {
    let mut app = typing_app();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let theme = Theme { color: true };
    let now = nine() + TimeDelta::hours(2);
    let mut n = 0u32;
    bencher.bench_local(|| {
        n += 1;
        key(&mut app, if n.is_multiple_of(2) { '가' } else { 'a' }, now);
        terminal.draw(|f| view::render(f, black_box(&app), &theme, now)).expect("draw");
    });
}

/// A note committed through the whole loop's path: the keymap, `App::handle`, the journal's
/// append and sync, and the redraw that shows it saved; against the journal's commit alone.
#[divan::bench(sample_count = 200)]
fn commit_through_the_loop(bencher: divan::Bencher) {
    use gavel::journal::fs::RealFs;
    use gavel::journal::{Journal, MinutesJournal};
    use gavel::tui::app::Todo;
    let dir = tempfile::tempdir().expect("dir");
    let agenda = gavel::agenda::load_file(Path::new("agenda.yaml")).expect("agenda");
    let header = Header::new(agenda, "agenda.yaml".into(), "0".repeat(64), "bench".into());
    let path = dir.path().join("m.jsonl");
    let mut journal: MinutesJournal =
        Journal::create(std::sync::Arc::new(RealFs), &path, &header).expect("journal");
    let mut app = App::new(fold(&header, &[]), path);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let theme = Theme { color: true };
    let now = nine();
    app.mode = Mode::Editing;
    bencher.bench_local(|| {
        key(&mut app, '가', now);
        let enter = map(app.mode, KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)).expect("bound");
        for todo in app.handle(enter, now) {
            if let Todo::Append(entries) = todo {
                journal.append_entries(&entries);
                app.saved_events = journal.saved_events();
            }
        }
        app.mode = Mode::Editing;
        terminal.draw(|f| view::render(f, &app, &theme, now)).expect("draw");
    });
}
