//! The record as a printable web page (issue 16): one self-contained file, the same record as
//! the Markdown, laid out as an official record; and, where Chromium is there (CI installs it),
//! printed to PDF by a real browser, read back with `pdftotext`: the Hangul notes, the footer
//! with the fingerprint and the page numbers on every page.

use std::path::Path;
use std::process::Command;

use gavel::i18n::Lang;
use gavel::minutes::paper::{Paper, hangul_number, paper};
use gavel::minutes::{Edition, html};

use crate::meeting_support::Run;
use crate::minutes_record::finalized;

const FINGERPRINT: &str = "4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c";

fn laid_out(run: &Run, lang: Lang, edition: Edition) -> Paper {
    paper(lang, &run.header, &run.entries, &run.meeting, Some(FINGERPRINT), edition)
}

#[test]
fn korean_items_are_numbered_as_korean_documents_number_them() {
    let names: Vec<String> = (0..16).map(hangul_number).collect();
    assert_eq!(&names[..5], ["가", "나", "다", "라", "마"]);
    assert_eq!((names[13].as_str(), names[14].as_str(), names[15].as_str()), ("하", "가1", "나1"));
    let ko = laid_out(&finalized(), Lang::Ko, Edition::Full);
    assert_eq!((ko.sessions[0].number.as_str(), ko.sessions[0].topics[1].number.as_str()), ("1.", "나."));
    let en = laid_out(&finalized(), Lang::En, Edition::Full);
    assert_eq!(en.sessions[0].topics[1].number, "1.2");
    // Under its topic, an action item is a row: when, what, who, by when.
    let actions = &ko.sessions[0].topics[0].actions;
    assert_eq!(actions.head, ["시각", "내용", "담당", "기한"]);
    assert_eq!(actions.rows, [["10:11", "집행 실적 보고서 제출", "이서연", "2025-01-31"]]);
    // Where the time went: the session, then each of its topics under it, planned or not.
    let names: Vec<&str> = ko.time.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, ["1. 보고", "가. 예산 집행 계획", "나. 기타"]);
    assert_eq!(ko.time.under, [1, 2]);
    assert_eq!(ko.time.rows[2][1], "", "기타 has no plan of its own");
}

/// The breaks (정회) stand among the facts, after the close, each from its pause to its resume.
#[test]
fn the_facts_name_each_break() {
    let mut run = Run::new(
        "title: 회의\ndate: 2025-01-15\nstart: \"10:00\"\ntimezone: Asia/Seoul\nsessions:\n  - title: 보고\n    duration: 30m\n    topics: [가]\n",
    );
    run.ok(gavel::meeting::Action::Open, 0);
    run.ok(gavel::meeting::Action::PauseResume, 600);
    run.ok(gavel::meeting::Action::PauseResume, 900);
    run.ok(gavel::meeting::Action::PauseResume, 1200);
    run.ok(gavel::meeting::Action::Close, 1500);
    let ko = laid_out(&run, Lang::Ko, Edition::Full);
    let labels: Vec<&str> = ko.facts.iter().map(|(label, _)| label.as_str()).collect();
    let at = labels.iter().position(|l| *l == "정회").expect("the breaks");
    assert_eq!(labels[at - 1], "산회");
    assert_eq!(ko.facts[at].1, "10:10–10:15, 10:20–10:25");
}

#[test]
fn the_page_holds_the_whole_record_and_fetches_nothing() {
    let page = html(&laid_out(&finalized(), Lang::Ko, Edition::Full));
    for text in [
        "<html lang=\"ko\">",
        "회의록",
        "기획조정실 월례회의",
        "본관 3층 회의실",
        "해외 출장",
        "10:05 도착",
        "해양농수산국장(보고자)",
        "하반기 집행 계획 보완 필요",
        "예산 증액 요청",
        "표결: 찬성 3, 반대 0, 기권 1",
        "집행 실적 보고서 제출",
        "2025-01-31",
        "자구 정정",
        "작성자",
        "확인자",
        "기획조정실장 홍길동",
        "<svg",
        "word-break: keep-all",
        "@page",
        "counter(pages)",
    ] {
        assert!(page.contains(text), "{text} missing");
    }
    // Nothing outside the file: no script, stylesheet, image or font fetched.
    for fetched in ["<script", "<link", "src=", "url(", "@import", "https://"] {
        assert!(!page.contains(fetched), "{fetched} in the page");
    }
    // The struck note stays out, as in every document.
    assert!(!page.contains("비공개 인사 문제"));
    let public = html(&laid_out(&finalized(), Lang::Ko, Edition::Public));
    assert!(!public.contains("해외 출장") && public.contains("공개용"));
}

#[test]
fn what_people_typed_cannot_become_markup() {
    let mut typed = Run::new(
        "title: \"<b>회의</b> & \\\"따옴표\\\"\"\ndate: 2025-01-15\nstart: \"10:00\"\ntimezone: Asia/Seoul\nsessions:\n  - title: 보고\n    duration: 30m\n    topics: [\"</style><script>alert(1)</script>\"]\n",
    );
    typed.ok(gavel::meeting::Action::Open, 0);
    typed.ok(
        gavel::meeting::Action::CommitNote {
            id: "x".into(),
            text: "<img src=x onerror=alert(1)> 회의".into(),
        },
        10,
    );
    let page = html(&laid_out(&typed, Lang::Ko, Edition::Full));
    assert!(!page.contains("<script>") && !page.contains("<img") && !page.contains("<b>회의"), "{page}");
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt; 회의"));
    // The title also stands in the print stylesheet's footer, as a CSS string.
    let style_end = page.find("</style>").unwrap();
    assert!(!page[..style_end].contains("</script>"));
}

#[test]
fn export_writes_a_page_by_the_files_name() {
    let (dir, path) = crate::meeting_support::journal_of(&finalized());
    let out = dir.path().join("회의록.html");
    let _spawn = crate::pty::spawn_turn();
    let done = Command::new(env!("CARGO_BIN_EXE_gavel"))
        .env("LC_ALL", "C.UTF-8")
        .args(["--lang", "ko", "export"])
        .arg(&path)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<html lang=\"ko\">"), "{}", &page[..200]);
}

/// Whether a tool can be run; where CI has installed it (`GAVEL_REQUIRE_TOOLS`), its absence
/// fails the test instead of skipping it.
fn tool(name: &str, version: &str) -> bool {
    let there = Command::new(name).arg(version).output().is_ok_and(|o| o.status.success());
    if !there {
        assert!(
            std::env::var_os("GAVEL_REQUIRE_TOOLS").is_none(),
            "GAVEL_REQUIRE_TOOLS is set and {name} is not there"
        );
        eprintln!("SKIPPED: {name} is not installed; the page is not printed by a real browser here");
    }
    there
}

/// Chromium prints the page to PDF, as a Korean office would from its browser: the text read
/// back holds the Hangul notes, the fingerprint in the footer, and the page numbers.
#[test]
fn a_real_browser_prints_the_page() {
    if !tool("chromium", "--version") || !tool("pdftotext", "-v") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("m.html");
    std::fs::write(&page, html(&laid_out(&finalized(), Lang::Ko, Edition::Full))).unwrap();
    let pdf = dir.path().join("m.pdf");
    let printed = {
        let _spawn = crate::pty::spawn_turn();
        Command::new("chromium")
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"])
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(format!("file://{}", page.display()))
            .output()
            .unwrap()
    };
    assert!(pdf.is_file(), "no PDF: {}", String::from_utf8_lossy(&printed.stderr));
    let text = pdf_text(&pdf);
    for said in ["하반기 집행 계획 보완 필요", "예산 증액 요청", "집행 실적 보고서 제출", "확인자"]
    {
        assert!(text.contains(said), "{said} not in the printed text:\n{text}");
    }
    let pages = text.matches('\u{c}').count().max(1);
    let joined: String = text.split_whitespace().collect();
    assert!(joined.contains("ab12ab12"), "the sealed fingerprint in the footer:\n{text}");
    for n in 1..=pages {
        assert!(joined.contains(&format!("-{n}/{pages}-")), "page {n} of {pages} numbered:\n{text}");
    }
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext").arg("-layout").arg(pdf).arg("-").output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}
