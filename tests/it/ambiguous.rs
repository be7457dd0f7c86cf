//! `--ambiguous-wide`: Korean documents use ○ □ ※ · ① as bullets, and a terminal set up for
//! East Asian text draws them two columns wide. With the option, gavel lays them out as wide, so
//! on such a terminal nothing after them moves and nothing is drawn over them; without it, on such
//! a terminal, the outline's border goes out of line (what the test proves the option prevents).

use crate::common;

use chrono::TimeDelta;
use common::{Screen, header, note, run_script};
use gavel::agenda;
use gavel::meeting::Action;
use gavel::tui::theme::Theme;
use gavel::tui::view;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

const AGENDA: &str = "title: ※ 2025년 시정 업무보고회\ndate: 2024-12-23\nstart: \"09:00\"\ntimezone: Asia/Seoul\nsessions:\n  - title: ① 미래혁신 물류·허브\n    duration: 1h\n    topics:\n      - ○ 가덕도신공항 조기 착공\n      - title: □ 북항 2단계 · 외자 유치\n        presenter: 해양농수산국장\n  - title: ② 디지털 혁신·금융 창업\n    duration: 1h\n    topics:\n      - ○ 경제 회복\n";

/// What a terminal that draws ambiguous characters wide (box drawing aside) shows when sent `buffer` whole (the
/// cells the diff against an empty screen sends): each row's text, with `None` where a cell was
/// drawn over part of a wide character already there.
fn on_a_wide_terminal(buffer: &Buffer) -> Result<Vec<String>, String> {
    let empty = Buffer::empty(buffer.area);
    let (w, h) = (usize::from(buffer.area.width), usize::from(buffer.area.height));
    let mut screen = vec![vec![" ".to_owned(); w]; h];
    let mut covered = vec![vec![false; w]; h];
    for (x, y, cell) in empty.diff(buffer) {
        let (x, y) = (usize::from(x), usize::from(y));
        if covered[y][x] {
            return Err(format!("row {y}: column {x} drawn over a wide character"));
        }
        let symbol = cell.symbol();
        let ambiguous = symbol.chars().next().is_some_and(view::is_ambiguous);
        let width = if ambiguous { 2 } else { UnicodeWidthStr::width(symbol).max(1) };
        screen[y][x] = cell.symbol().to_owned();
        for c in x + 1..(x + width).min(w) {
            covered[y][c] = true;
            screen[y][c].clear();
        }
    }
    Ok(screen.into_iter().map(|row| row.concat()).collect())
}

fn drawn(wide: bool) -> Buffer {
    let _layout = view::ambiguous_wide_here(wide);
    let agenda = agenda::parse_str(AGENDA, "a.yaml").unwrap();
    let start = agenda.planned_start().to_utc();
    let min = |m| start + TimeDelta::minutes(m);
    let (meeting, _) = run_script(
        &header(agenda),
        &[
            (min(0), Action::Open),
            (min(2), Action::NextTopic),
            (min(3), note("n1", "※ 참고: 예산 · 일정 확인")),
        ],
    );
    let app = Screen::new(meeting);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    let look = app.desk.look(&app.save, &app.hand.marks, &[], min(4));
    terminal
        .draw(|f| {
            view::render(f, &look, &Theme { color: true }, min(4));
            view::finish(f.buffer_mut());
        })
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The display column of the outline's border on each row but the first and last.
fn border_columns(rows: &[String]) -> Vec<usize> {
    rows[1..rows.len() - 1]
        .iter()
        .map(|row| {
            let at = row.find('│').unwrap_or_else(|| panic!("no border in {row:?}"));
            row[..at]
                .chars()
                .map(
                    |c| {
                        if view::is_ambiguous(c) { 2 } else { UnicodeWidthStr::width(c.to_string().as_str()) }
                    },
                )
                .sum::<usize>()
        })
        .collect()
}

#[test]
fn with_the_option_a_wide_terminal_keeps_every_column() {
    let rows = on_a_wide_terminal(&drawn(true)).unwrap_or_else(|e| panic!("{e}"));
    let columns = border_columns(&rows);
    assert!(columns.iter().all(|&c| c == columns[0]), "{columns:?}\n{}", rows.join("\n"));
    let shown = rows.join("\n");
    for text in ["① 미래혁신 물류·허브", "○ 가덕도신공항", "※ 참고: 예산 · 일정 확인"]
    {
        assert!(shown.contains(text), "{text} in\n{shown}");
    }
}

#[test]
fn without_it_a_wide_terminal_is_out_of_line() {
    let broken = match on_a_wide_terminal(&drawn(false)) {
        Err(_) => true,
        Ok(rows) => {
            let columns = border_columns(&rows);
            columns.iter().any(|&c| c != columns[0])
        }
    };
    assert!(broken, "the wide terminal should have been out of line without the option");
}

#[test]
fn the_interface_itself_uses_no_ambiguous_character() {
    for lang in ["en", "ko"] {
        let path = format!("{}/i18n/{lang}/gavel.ftl", env!("CARGO_MANIFEST_DIR"));
        let catalog = std::fs::read_to_string(&path).unwrap();
        for (n, line) in catalog.lines().enumerate().filter(|(_, l)| !l.starts_with('#')) {
            let ambiguous: Vec<char> = line.chars().filter(|&c| view::is_ambiguous(c)).collect();
            assert!(ambiguous.is_empty(), "{path}:{}: {ambiguous:?} in {line}", n + 1);
        }
    }
}
