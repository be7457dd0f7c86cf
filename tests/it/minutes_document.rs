//! The minutes document: snapshots of the Markdown and JSON minutes of a scripted Busan meeting
//! and of a Hangul meeting; user text that cannot break the Markdown, checked by rendering it
//! with a CommonMark parser; and the same journal giving the same bytes.

use crate::meeting_support;

use chrono::{DateTime, Utc};
use gavel::i18n::Lang;
use gavel::meeting::{Action, Entry, NoteId, fold};
use gavel::minutes::{json, markdown, markdown_in};
use meeting_support::Run;
use pulldown_cmark::{Event as Md, Options, Parser, Tag, html};

const BUSAN: &str = include_str!("../../agenda.yaml");

/// An instant on the Busan meeting's day, local time `HH:MM` or `HH:MM:SS`.
fn kst(clock: &str) -> DateTime<Utc> {
    let clock = if clock.len() == 5 { format!("{clock}:00") } else { clock.to_owned() };
    meeting_support::at(&format!("2024-12-23T{clock}+09:00"))
}

struct Script {
    run: Run,
    notes: usize,
}

impl Script {
    fn new(yaml: &str) -> Script {
        Script { run: Run::new(yaml), notes: 0 }
    }

    fn act(&mut self, clock: &str, action: Action) -> &mut Self {
        self.run.ok_at(action, kst(clock));
        self
    }

    /// Commits a note and returns its id.
    fn note(&mut self, clock: &str, text: &str) -> NoteId {
        self.notes += 1;
        let id = NoteId(format!("n{}", self.notes));
        self.run.ok_at(Action::CommitNote { id: id.clone(), text: text.to_owned() }, kst(clock));
        id
    }

    /// `NextTopic` at each of these times.
    fn next(&mut self, clocks: &[&str]) -> &mut Self {
        for clock in clocks {
            self.act(clock, Action::NextTopic);
        }
        self
    }
}

/// The Busan meeting, scripted: a late start, decisions, action items (one with a Hangul owner,
/// one with an impossible due date), an edit, a strike, a skip, a deferral taken up later, a
/// second deferral never taken up, a lunch pause, +/- on the plan, and a close before the last
/// session's final topics were reached.
pub(crate) fn busan() -> Run {
    let mut s = Script::new(BUSAN);
    s.note("08:55", "Attendance: 42 heads of office present");
    s.act("09:02:30", Action::Open);
    s.note("09:03", "d: The agenda is adopted as circulated");
    s.note("09:05", "Gadeokdo New Airport: site preparation ahead of schedule");
    s.next(&["09:09"]);
    let item = s.note("09:10", "a: @김민수 report on the hinterland infrastructure plan due:2025-01-15");
    s.act(
        "09:12",
        Action::EditNote {
            id: item,
            text: "a: @김민수 report on the hinterland infrastructure plan and its budget due:2025-01-20"
                .into(),
        },
    );
    s.next(&["09:15"]);
    s.act("09:16", Action::Skip);
    let typo = s.note("09:20", "Urban space: foriegn architects consulted");
    s.act("09:21", Action::StrikeNote { id: typo });
    s.note("09:21:30", "Urban space: foreign architects consulted on the design code");
    s.act("09:25", Action::Defer);
    s.next(&["09:33", "09:41"]);
    s.act("09:45", Action::AddMinute);
    s.act("09:45:10", Action::AddMinute);
    s.note("09:50", "a: @park.j check the `budget` | *table* figures due:2025-13-40");
    s.next(&["09:58"]);
    s.note("10:02", "d: Green mobility pilot to start in March");
    s.act("10:04", Action::JumpTo { session: 0, topic: 3 });
    s.note("10:06", "Urban space innovation: taken up after the marine topics");
    s.act("10:09", Action::NextSession);
    s.act("10:10", Action::PauseResume);
    s.act("10:20", Action::PauseResume);
    s.note("10:25", "a: @이영희 weekly livelihood indicators to the mayor");
    s.next(&["10:31", "10:38", "10:45", "10:52"]);
    s.act("10:55", Action::Defer);
    s.next(&["11:01", "11:08", "11:15", "11:22", "11:29"]);
    s.note("11:35", "d: Asian startup city fund doubled");
    s.act("11:42", Action::PauseResume);
    s.act("12:42", Action::NextSession);
    s.act("12:43", Action::PauseResume);
    s.next(&["12:50", "12:57", "13:04", "13:11", "13:18", "13:25", "13:32", "13:39", "13:46"]);
    s.act("13:55", Action::RemoveMinute);
    s.act("13:56", Action::NextSession);
    s.next(&["14:03", "14:10", "14:17", "14:24", "14:31", "14:38"]);
    s.act("14:45", Action::NextSession);
    s.next(&["14:52", "14:59", "15:06", "15:13"]);
    s.note("15:15", "a: due:2025-02-28 @정수민 citizen consultation on the cultural plan");
    s.act("15:25", Action::Close);
    s.run
}

/// A meeting whose agenda and notes are Korean.
const HANGUL: &str = r#"
title: 2025년 시정 업무보고회
organizer: 부산광역시
date: 2024-12-23
start: "09:00"
timezone: Asia/Seoul
location: 부산시청 영상회의실
chair: 박형준 시장
attendees:
  - name: 박형준
    role: 시장
  - 실·국·본부장
goals:
  - 다시 태어나도 살고 싶은 부산
sessions:
  - title: 미래혁신 물류·허브
    duration: 30m
    summary: 부산 혁신성장의 핵심 기반 구축
    topics:
      - 가덕도신공항 조기 착공
      - title: 북항 2단계 외자 유치
        duration: 10m
        presenter: 해양농수산국장
  - break: 휴식
    duration: 10m
  - title: 디지털 혁신·금융 창업
    duration: 20m
    topics: [경제 회복과 활성화, 청년 성장 지원]
"#;

fn hangul() -> Run {
    let mut s = Script::new(HANGUL);
    s.act("09:00:05", Action::Open);
    s.note("09:04", "d: 가덕도신공항 조기 착공을 적극 추진한다");
    s.note("09:06", "a: @김민수 부지 조성 예산안 제출 due:2025-01-10");
    s.next(&["09:12"]);
    let n = s.note("09:15", "외자 유치 현황 보고");
    s.act("09:16", Action::EditNote { id: n, text: "외자 유치 현황 보고 (1단계 완료)".into() });
    s.act("09:31", Action::NextSession);
    s.act("09:32", Action::Skip);
    s.note("09:40", "a: due:2025-01-05 @이영희 청년 정착 지원 현장 점검");
    s.act("09:52", Action::Close);
    s.run
}

#[test]
fn busan_minutes_markdown() {
    let run = busan();
    insta::assert_snapshot!("busan_markdown", markdown(&run.meeting, Some("sha256:4f9c0e1d2b3a")));
}

#[test]
fn busan_minutes_json() {
    let run = busan();
    insta::assert_snapshot!("busan_json", json(&run.meeting, Some("sha256:4f9c0e1d2b3a")));
}

#[test]
fn hangul_minutes_markdown() {
    insta::assert_snapshot!("hangul_markdown", markdown(&hangul().meeting, None));
}

#[test]
fn hangul_minutes_json() {
    insta::assert_snapshot!("hangul_json", json(&hangul().meeting, None));
}

#[test]
fn the_same_journal_gives_the_same_bytes() {
    let run = busan();
    // Written to JSON lines and read back, as a replay or an export would.
    let lines: Vec<String> = run.entries.iter().map(|e| serde_json::to_string(e).unwrap()).collect();
    let read: Vec<Entry> = lines.iter().map(|l| serde_json::from_str(l).unwrap()).collect();
    let replayed = fold(&run.header, &read);
    assert_eq!(markdown(&replayed, Some("f")), markdown(&run.meeting, Some("f")));
    assert_eq!(json(&replayed, Some("f")), json(&run.meeting, Some("f")));
    assert_eq!(markdown(&replayed, None), markdown(&fold(&run.header, &read), None));
}

#[test]
fn the_fingerprint_ends_the_markdown() {
    let run = busan();
    let with = markdown(&run.meeting, Some("sha256:abc123"));
    // Minutes not signed off (yet): the fingerprint is a draft's.
    assert!(with.ends_with("\nJournal fingerprint: sha256:abc123 (draft: not signed off)\n"), "{with}");
    let without = markdown(&run.meeting, None);
    assert!(!without.contains("fingerprint"));
    let doc: serde_json::Value = serde_json::from_str(&json(&run.meeting, Some("sha256:abc123"))).unwrap();
    assert_eq!(doc["fingerprint"], "sha256:abc123");
}

#[test]
fn struck_notes_are_left_out_of_the_markdown_and_kept_in_the_json() {
    let run = busan();
    let md = markdown(&run.meeting, None);
    assert!(!md.contains("foriegn"), "a struck note is in the minutes");
    assert!(md.contains("foreign architects consulted"));
    let doc: serde_json::Value = serde_json::from_str(&json(&run.meeting, None)).unwrap();
    let struck: Vec<&serde_json::Value> =
        doc["notes"].as_array().unwrap().iter().filter(|n| !n["struck_at"].is_null()).collect();
    assert_eq!(struck.len(), 1);
    assert_eq!(struck[0]["typed"], "Urban space: foriegn architects consulted");
    // The edited item shows its last version, and the JSON keeps both.
    assert!(md.contains("and its budget"));
    assert!(!md.contains("2025-01-15"));
    let edited = &doc["notes"][3];
    assert_eq!(edited["history"].as_array().unwrap().len(), 2);
    assert_eq!(edited["owner"], "김민수");
    assert_eq!(edited["due"], "2025-01-20");
}

#[test]
fn a_meeting_still_running_is_shown_as_of_its_last_entry() {
    let mut s = Script::new(BUSAN);
    s.act("09:00", Action::Open);
    s.next(&["09:10"]);
    let md = markdown(&s.run.meeting, None);
    assert!(
        md.contains("- **Closed:** not yet: running as of the last entry, 2024-12-23 09:10:00 +09:00"),
        "{md}"
    );
    assert!(md.contains("#### 1.2 development of Northern Busan"));
    assert!(md.contains("Current, 0s."), "{md}");
    let md = markdown(&Run::new(BUSAN).meeting, None);
    assert!(md.contains("- **Opened:** not opened\n"), "{md}");
}

// ---- escaping, checked by rendering ----

/// Notes that try every way to break a Markdown document.
const HOSTILE: &[&str] = &[
    "| # *x* <b>",
    "d: # not a heading",
    "a: @kim | pipe *star* _under_ `code` [link](http://example.org) <script>x</script> ~~gone~~ due:2025-01-15",
    "line one\n# line two\n- line three\n> line four",
    "- starts like a list",
    "1. starts like a numbered list",
    "> starts like a quote",
    "=====",
    "&copy; &amp; $x^2$ \\*",
    "    indented like code",
    "![image](http://example.org/x.png)",
    "bell \u{7} and escape \u{1b}[31m",
];

fn hostile_meeting(notes: &[&str]) -> gavel::meeting::Meeting {
    let mut s = Script::new(BUSAN);
    s.act("09:00", Action::Open);
    for (i, text) in notes.iter().enumerate() {
        s.note(&format!("09:{:02}", i + 1), text);
    }
    s.act("09:30", Action::Close);
    s.run.meeting
}

/// Counts of the structures a rendering holds.
#[derive(Debug, PartialEq, Default)]
struct Shape {
    headings: usize,
    lists: usize,
    items: usize,
    table_rows: usize,
    table_cells: usize,
    emphasis: usize,
    strong: usize,
    code: usize,
    links: usize,
    images: usize,
    quotes: usize,
    code_blocks: usize,
    html: usize,
    rules: usize,
}

fn shape(markdown: &str) -> Shape {
    let mut s = Shape::default();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Md::Start(Tag::Heading { .. }) => s.headings += 1,
            Md::Start(Tag::List(_)) => s.lists += 1,
            Md::Start(Tag::Item) => s.items += 1,
            Md::Start(Tag::TableRow) => s.table_rows += 1,
            Md::Start(Tag::TableCell) => s.table_cells += 1,
            Md::Start(Tag::Emphasis) => s.emphasis += 1,
            Md::Start(Tag::Strong | Tag::Strikethrough) => s.strong += 1,
            Md::Code(_) => s.code += 1,
            Md::Start(Tag::Link { .. }) => s.links += 1,
            Md::Start(Tag::Image { .. }) => s.images += 1,
            Md::Start(Tag::BlockQuote(_)) => s.quotes += 1,
            Md::Start(Tag::CodeBlock(_)) => s.code_blocks += 1,
            Md::Html(_) | Md::InlineHtml(_) => s.html += 1,
            Md::Rule => s.rules += 1,
            _ => {}
        }
    }
    s
}

#[test]
fn user_text_cannot_break_the_markdown() {
    let plain: Vec<String> = (0..HOSTILE.len()).map(|i| format!("note {i}")).collect();
    let plain: Vec<&str> = plain.iter().map(String::as_str).collect();
    let mut plain = plain;
    // The same kinds of notes in harmless words, for the expected structure.
    plain[1] = "d: harmless";
    plain[2] = "a: @kim harmless due:2025-01-15";
    let harmless = markdown(&hostile_meeting(&plain), None);
    let hostile = markdown(&hostile_meeting(HOSTILE), None);
    let (want, got) = (shape(&harmless), shape(&hostile));
    // Only the line breaks of the multi-line note add anything: three <br>.
    assert_eq!(got, Shape { html: want.html + 3, ..want }, "\n{hostile}");

    let mut rendered = String::new();
    html::push_html(&mut rendered, Parser::new_ext(&hostile, Options::ENABLE_TABLES));
    for literal in [
        "| # *x* &lt;b&gt;",
        "# not a heading",
        "| pipe *star* _under_ `code` [link](http://example.org) &lt;script&gt;x&lt;/script&gt; ~~gone~~",
        "line one<br># line two<br>- line three<br>&gt; line four",
        "- starts like a list",
        "1. starts like a numbered list",
        "&gt; starts like a quote",
        "=====",
        "&amp;copy; &amp;amp; $x^2$ \\*",
        "indented like code",
        "![image](http://example.org/x.png)",
        "bell \u{fffd} and escape \u{fffd}[31m",
    ] {
        assert!(rendered.contains(literal), "{literal:?} not rendered literally:\n{rendered}");
    }
    assert!(!rendered.contains("<b>") && !rendered.contains("<script>"));
    assert!(!hostile.contains('\u{1b}') && !hostile.contains('\u{7}'));
    // The action item is one row of five cells in the table.
    let row = hostile.lines().find(|l| l.starts_with("| 1 | kim |")).unwrap();
    let mut cells = 0;
    for event in Parser::new_ext(
        &format!("| a | b | c | d | e |\n|---|---|---|---|---|\n{row}\n"),
        Options::ENABLE_TABLES,
    ) {
        if matches!(event, Md::Start(Tag::TableCell)) {
            cells += 1;
        }
    }
    assert_eq!(cells, 10, "{row}");
}

#[test]
fn escaping_table() {
    use gavel::minutes::md;
    let cases = [
        ("plain words", "plain words"),
        ("| # *x* <b>", r"\| \# \*x\* \<b\>"),
        ("a_b `c` [d] ~e~ $f$ &g \\", r"a\_b \`c\` \[d\] \~e\~ \$f\$ \&g \\"),
        ("- list", r"\- list"),
        ("+ list", r"\+ list"),
        ("=== underline", r"\=== underline"),
        ("12. numbered", r"12\. numbered"),
        ("3) numbered", r"3\) numbered"),
        ("2025-01-15 is a date", "2025-01-15 is a date"),
        ("one\ntwo\r\nthree", "one<br>two<br>three"),
        ("  trimmed  ", "trimmed"),
        ("tab\there", "tab here"),
        ("\u{1b}[2J", "\u{fffd}\\[2J"),
        ("한글 그대로", "한글 그대로"),
    ];
    for (text, expected) in cases {
        assert_eq!(md(text), expected, "{text:?}");
    }
}

/// The 회의록 in Korean: every heading, label and length in Korean, the meeting's own words as
/// they were written.
#[test]
fn hangul_minutes_markdown_in_korean() {
    insta::assert_snapshot!("hangul_markdown_ko", markdown_in(Lang::Ko, &hangul().meeting, None));
}

#[test]
fn busan_minutes_markdown_in_korean() {
    let run = busan();
    insta::assert_snapshot!(
        "busan_markdown_ko",
        markdown_in(Lang::Ko, &run.meeting, Some("sha256:4f9c0e1d2b3a"))
    );
}

/// The document's language: the agenda's `language:` decides it over the reader's, and the
/// reader's decides it when the agenda names none.
#[test]
fn the_agenda_language_decides_the_document_language() {
    let korean = || {
        let mut s = Script::new(&format!("language: ko\n{HANGUL}"));
        s.act("09:00:05", Action::Open);
        s.note("09:04", "d: 가덕도신공항 조기 착공을 적극 추진한다");
        s.act("09:52", Action::Close);
        s.run
    };
    let run = korean();
    assert_eq!(run.meeting.agenda().language, Some(Lang::Ko));
    let ko = markdown_in(Lang::Ko, &run.meeting, None);
    assert!(ko.contains("## 결정사항"), "{ko}");
    // An English reader, with no --lang: the agenda's Korean.
    assert_eq!(markdown(&run.meeting, None), ko);
    {
        let _english = gavel::i18n::speaking(Lang::En);
        assert_eq!(markdown(&korean().meeting, None), ko);
    }
    // No language in the agenda: the reader's.
    let plain = hangul();
    assert!(markdown(&plain.meeting, None).contains("## Decisions"));
    let _korean_reader = gavel::i18n::speaking(Lang::Ko);
    assert!(markdown(&plain.meeting, None).contains("## 결정사항"));
}

/// From the command line: an agenda's `language: ko` makes `gavel export` Korean under an English
/// locale, and `--lang en` overrides it.
#[test]
fn export_follows_lang_then_the_agenda_then_the_locale() {
    use gavel::journal::fs::RealFs;
    use gavel::journal::{Journal, MinutesJournal};
    let mut s = Script::new(&format!("language: ko\n{HANGUL}"));
    s.act("09:00:05", Action::Open);
    s.note("09:04", "d: 가덕도신공항 조기 착공을 적극 추진한다");
    s.act("09:52", Action::Close);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let mut journal: MinutesJournal =
        Journal::create(std::sync::Arc::new(RealFs), &path, &s.run.header).unwrap();
    journal.append_entries(&s.run.entries);
    drop(journal);
    let export = |args: &[&str], locale: &str| crate::meeting_support::printed(locale, args, &path);
    let by_agenda = export(&["export"], "C.UTF-8");
    assert!(by_agenda.contains("## 결정사항"), "{by_agenda}");
    let by_flag = export(&["--lang", "en", "export"], "ko_KR.UTF-8");
    assert!(by_flag.contains("## Decisions"), "{by_flag}");
    assert_eq!(export(&["--lang", "ko", "export"], "C.UTF-8"), by_agenda);
}
