//! The record as a PDF (issue 16), tested as a reader would: the text read back with poppler's
//! `pdftotext` (installed by `.ci/run`; skipped loudly elsewhere) holds the Hangul notes, every
//! page its number and the sealed fingerprint at its foot, the font is embedded and subset, and
//! no Korean word is split across two lines.

use std::path::Path;
use std::process::Command;

use gavel::i18n::Lang;
use gavel::meeting::{Action, NoteId};
use gavel::minutes::paper::{Paper, paper};
use gavel::minutes::{Edition, pdf};

use crate::meeting_support::Run;
use crate::minutes_record::finalized;

const FINGERPRINT: &str = "4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c";

/// A long gist of what was said: wraps over several lines at every width the page has.
const LONG: &str = "기획조정실장: 하반기 예산 집행 계획을 보완하여 시민 체감도가 높은 사업을 중심으로 재편성하고 가덕도신공항 배후 물류단지와 북항 재개발 연계 사업의 집행률을 분기마다 점검하며 부진 사업은 원인을 분석하여 다음 회의에 보고하기 바랍니다";

fn laid_out(run: &Run, lang: Lang) -> Paper {
    paper(lang, &run.header, &run.entries, &run.meeting, Some(FINGERPRINT), Edition::Full)
}

/// A meeting whose one note is [`LONG`], said by the chair.
fn with_long_note() -> Run {
    let mut run = Run::new(
        "title: 기획조정실 월례회의\ndate: 2025-01-15\nstart: \"10:00\"\ntimezone: Asia/Seoul\nattendees:\n  - name: 홍길동\n    position: 기획조정실장\nsessions:\n  - title: 보고\n    duration: 30m\n    topics: [예산 집행 계획]\n",
    );
    run.ok(Action::Open, 0);
    run.ok(Action::CommitNote { id: NoteId::from("long"), text: LONG.into() }, 60);
    run.ok(Action::Close, 120);
    run
}

#[test]
fn a_pdf_is_made_with_its_font_in_it() {
    let bytes = pdf(&laid_out(&finalized(), Lang::Ko)).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    // The font's name is in the file, subset (a six-letter tag before it).
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("+NanumGothic"), "NanumGothic embedded as a subset");
    assert!(bytes.len() < 400_000, "the font is cut down to the glyphs used: {} bytes", bytes.len());
    let english = pdf(&laid_out(&finalized(), Lang::En)).unwrap();
    assert!(english.starts_with(b"%PDF-"));
}

/// Whether poppler is there; where CI has installed it (`GAVEL_REQUIRE_TOOLS`), its absence fails.
fn poppler() -> bool {
    let there = Command::new("pdftotext").arg("-v").output().is_ok_and(|o| o.status.success());
    if !there {
        assert!(
            std::env::var_os("GAVEL_REQUIRE_TOOLS").is_none(),
            "GAVEL_REQUIRE_TOOLS is set and pdftotext is not there"
        );
        eprintln!("SKIPPED: pdftotext is not installed; the PDF is not read back here");
    }
    there
}

fn read_back(bytes: &[u8], mode: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.pdf");
    std::fs::write(&file, bytes).unwrap();
    let out = Command::new("pdftotext").arg(mode).arg(&file).arg("-").output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn fonts(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.pdf");
    std::fs::write(&file, bytes).unwrap();
    let out = Command::new("pdffonts").arg(Path::new(&file)).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn read_back_it_holds_the_record_page_numbers_and_the_fingerprint() {
    if !poppler() {
        return;
    }
    let bytes = pdf(&laid_out(&finalized(), Lang::Ko)).unwrap();
    let text = read_back(&bytes, "-raw");
    for said in [
        "회의록",
        "하반기 집행 계획 보완 필요",
        "예산 증액 요청",
        "집행 실적 보고서 제출",
        "해외 출장",
        "작성자",
        "확인자",
    ] {
        assert!(text.contains(said), "{said} not read back:\n{text}");
    }
    let pages = text.matches('\u{c}').count();
    assert!(pages >= 2, "{pages} pages");
    for n in 1..=pages {
        assert!(text.contains(&format!("- {n} / {pages} -")), "page {n} of {pages} numbered:\n{text}");
    }
    // The sealed fingerprint, in groups of four, at the foot of every page.
    assert!(text.matches("ab12 ab12 ab12 ab12").count() >= pages, "{text}");
    let fonts = fonts(&bytes);
    for line in fonts.lines().filter(|l| l.contains("NanumGothic")) {
        let columns: Vec<&str> = line.split_whitespace().collect();
        assert!(columns[0].contains('+'), "a subset's tag: {line}");
        assert!(line.contains(" yes yes yes "), "embedded, subset, with Unicode: {line}");
    }
}

/// No Korean word (어절) is split across two lines: every word of a long note comes back whole.
#[test]
fn no_korean_word_is_split_across_lines() {
    if !poppler() {
        return;
    }
    let run = with_long_note();
    let bytes = pdf(&laid_out(&run, Lang::Ko)).unwrap();
    let text = read_back(&bytes, "-layout");
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("예산") || l.contains("보고하기") || l.contains("점검하며"))
        .collect();
    assert!(lines.len() >= 2, "the note wraps over lines:\n{text}");
    let tokens: std::collections::HashSet<&str> = text.split_whitespace().collect();
    let words = LONG.split_once(": ").unwrap().1;
    for word in words.split_whitespace() {
        assert!(tokens.contains(word), "{word} split or lost:\n{text}");
    }
}

/// From the command line: `-o *.pdf` writes a PDF, a pipe gets one, a terminal never does.
#[test]
fn export_writes_a_pdf_to_a_file_or_a_pipe_never_to_a_terminal() {
    let (dir, path) = crate::meeting_support::journal_of(&finalized());
    let gavel = |args: &[&str]| {
        let _spawn = crate::pty::spawn_turn();
        Command::new(env!("CARGO_BIN_EXE_gavel")).env("LC_ALL", "C.UTF-8").args(args).output().unwrap()
    };
    let file = dir.path().join("회의록.pdf");
    let (m, f) = (path.to_str().unwrap(), file.to_str().unwrap());
    let out = gavel(&["export", m, "-o", f]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(&file).unwrap().starts_with(b"%PDF-"));
    let piped = gavel(&["export", m, "--format", "pdf"]);
    assert!(piped.status.success() && piped.stdout.starts_with(b"%PDF-"));
    let mut terminal = crate::pty::Launch::new(dir.path()).args(&["export", m, "--format", "pdf"]).spawn();
    assert_eq!(terminal.wait_exit().exit_code(), 1);
    assert!(terminal.screen_text().contains("A PDF is not for the terminal"), "{}", terminal.screen_text());
}
