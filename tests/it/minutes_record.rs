//! The record in the minutes (journal format 5): the facts, the attendance, what was said by
//! whom, votes, corrections and the sign-off, in Markdown (Korean and English) and JSON; the
//! public edition, which leaves out absence reasons and struck-out notes; the draft mark.

use crate::meeting_support;

use gavel::agenda::Group;
use gavel::i18n::Lang;
use gavel::meeting::{Action, NoteId};
use gavel::minutes::{Edition, json, json_edition, markdown_edition_in, markdown_in};
use meeting_support::Run;

/// A department's monthly meeting with the whole record: the facts an official record carries,
/// a chair known by position and name, one in support, a quorum, a presenter not on the roll.
const RECORD: &str = r#"
title: 기획조정실 월례회의
date: 2025-01-15
start: "10:00"
timezone: Asia/Seoul
location: 본관 3층 회의실
chair: 기획조정실장
quorum: 3
recorder: 최유진
confirmer: 기획조정실장 홍길동
disclosure: 부분공개
retention: 10년
attendees:
  - name: 홍길동
    position: 기획조정실장
    affiliation: 기획조정실
  - name: 김민지
    position: 기획담당관
    affiliation: 기획조정실
  - name: 이서연
    position: 예산담당관
  - name: 정하늘
    position: 법무담당관
  - name: 최유진
    position: 주무관
    affiliation: 기획담당관실
    group: supporting
sessions:
  - title: 보고
    duration: 30m
    topics:
      - title: 예산 집행 계획
        duration: 20m
        presenter: 해양농수산국장
      - 기타
"#;

fn note(id: &str, text: &str) -> Action {
    Action::CommitNote { id: NoteId::from(id), text: text.into() }
}

/// The meeting, up to the close: the roll call before opening (one absent with a reason), a
/// late arrival, someone added, a departure; speakers (by position and name, and the presenter),
/// a note without a speaker, a struck note, a decision with its vote, an action item.
pub(crate) fn closed() -> Run {
    let mut run = Run::new(RECORD);
    run.ok(Action::MarkPresent { attendee: 0 }, -300);
    run.ok(Action::MarkAbsent { attendee: 1, reason: Some("해외 출장".into()) }, -290);
    run.ok(Action::MarkPresent { attendee: 3 }, -285);
    run.ok(Action::MarkPresent { attendee: 4 }, -280);
    run.ok(Action::Open, 0);
    run.ok(note("n1", "해양농수산국장: 1단계 집행률 92% 보고"), 60);
    run.ok(note("n2", "기획조정실장: 하반기 집행 계획 보완 필요"), 120);
    run.ok(Action::MarkPresent { attendee: 2 }, 300);
    run.ok(note("n3", "이서연: 예산 증엑 요청"), 360);
    run.ok(note("n4", "홍길동: 원안대로 추진"), 420);
    run.ok(note("gone", "비공개 인사 문제 언급"), 450);
    run.ok(Action::StrikeNote { id: NoteId::from("gone") }, 455);
    run.ok(note("n5", "참고: 자료는 회의 후 배포"), 480);
    run.ok(note("d1", "d: 예산 집행 계획 원안 가결 표결:3/0/1"), 600);
    run.ok(note("a1", "a: @이서연 집행 실적 보고서 제출 due:2025-01-31"), 660);
    run.ok(
        Action::AddAttendee {
            name: "박지훈".into(),
            position: Some("감사담당관".into()),
            affiliation: Some("감사관실".into()),
            group: Group::Attendee,
        },
        900,
    );
    run.ok(Action::MarkPresent { attendee: 5 }, 901);
    run.ok(Action::MarkLeft { attendee: 3 }, 1200);
    run.ok(Action::NextTopic, 1260);
    run.ok(note("n6", "박지훈: 감사 일정 안내"), 1300);
    run.ok(Action::Close, 1800);
    run
}

/// [`closed`], corrected after the meeting (a word, and a note struck out) and signed off.
pub(crate) fn finalized() -> Run {
    let mut run = closed();
    run.ok(
        Action::Correct {
            id: NoteId::from("n3"),
            text: Some("이서연: 예산 증액 요청".into()),
            by: "최유진".into(),
            reason: "자구 정정".into(),
        },
        3600,
    );
    run.ok(
        Action::Correct {
            id: NoteId::from("n5"),
            text: None,
            by: "최유진".into(),
            reason: "회의 내용 아님".into(),
        },
        3700,
    );
    run.ok(Action::Finalize { by: "기획조정실장 홍길동".into(), fingerprint: "ab12".repeat(16) }, 4000);
    run
}

const FINGERPRINT: Option<&str> = Some("sha256:4f9c0e1d2b3a");

#[test]
fn record_minutes_markdown_in_korean() {
    insta::assert_snapshot!("record_markdown_ko", markdown_in(Lang::Ko, &finalized().meeting, FINGERPRINT));
}

#[test]
fn record_minutes_markdown_in_english() {
    insta::assert_snapshot!("record_markdown_en", markdown_in(Lang::En, &finalized().meeting, FINGERPRINT));
}

#[test]
fn record_minutes_json() {
    insta::assert_snapshot!("record_json", json(&finalized().meeting, FINGERPRINT));
}

#[test]
fn record_minutes_public_edition() {
    let meeting = finalized().meeting;
    insta::assert_snapshot!(
        "record_markdown_ko_public",
        markdown_edition_in(Lang::Ko, &meeting, FINGERPRINT, Edition::Public)
    );
    insta::assert_snapshot!("record_json_public", json_edition(&meeting, FINGERPRINT, Edition::Public));
}

/// The public edition has no absence reason, no struck note and no words a correction struck
/// out, in either form; the full edition has them all (JSON) or the reason (Markdown).
#[test]
fn the_public_edition_leaves_out_reasons_and_struck_notes() {
    let meeting = finalized().meeting;
    let withheld = ["해외 출장", "비공개 인사 문제", "자료는 회의 후 배포"];
    for lang in [Lang::Ko, Lang::En] {
        let public = markdown_edition_in(lang, &meeting, FINGERPRINT, Edition::Public);
        for words in withheld {
            assert!(!public.contains(words), "{lang:?} public Markdown shows {words:?}:\n{public}");
        }
        assert!(markdown_in(lang, &meeting, FINGERPRINT).contains("해외 출장"));
    }
    assert!(!markdown_in(Lang::Ko, &meeting, None).contains("공개용"));
    assert!(markdown_edition_in(Lang::Ko, &meeting, None, Edition::Public).contains("공개용"));
    let public = json_edition(&meeting, FINGERPRINT, Edition::Public);
    for words in withheld {
        assert!(!public.contains(words), "public JSON shows {words:?}:\n{public}");
    }
    // The edit history is not published either: the typo fixed by a correction shows only in
    // the correction itself, as the official record of it.
    let full = json(&meeting, FINGERPRINT);
    for words in withheld {
        assert!(full.contains(words), "the full JSON lacks {words:?}");
    }
    let doc: serde_json::Value = serde_json::from_str(&public).unwrap();
    assert_eq!(doc["edition"], "public");
    assert!(doc["notes"].as_array().unwrap().iter().all(|n| n["struck_at"].is_null()));
    assert!(doc["attendees"].as_array().unwrap().iter().all(|a| a["reason"].is_null()));
}

/// Before the sign-off the fingerprint is marked as a draft's; after it, who signed off and when.
#[test]
fn the_fingerprint_is_a_drafts_until_the_sign_off() {
    let draft = markdown_in(Lang::Ko, &closed().meeting, FINGERPRINT);
    assert!(draft.ends_with("회의록 확인값(지문): sha256:4f9c0e1d2b3a (초안: 확정 전)\n"), "{draft}");
    assert!(!draft.contains("확정: "), "{draft}");
    let english = markdown_in(Lang::En, &closed().meeting, FINGERPRINT);
    assert!(english.ends_with("(draft: not signed off)\n"), "{english}");
    let signed = markdown_in(Lang::Ko, &finalized().meeting, FINGERPRINT);
    assert!(signed.ends_with("회의록 확인값(지문): sha256:4f9c0e1d2b3a\n"), "{signed}");
    assert!(signed.contains("확정: 기획조정실장 홍길동, 2025-01-15 11:06:40 +09:00."), "{signed}");
    let doc: serde_json::Value = serde_json::from_str(&json(&closed().meeting, None)).unwrap();
    assert_eq!((doc["format"].as_u64(), doc["sealed"].is_null()), (Some(2), true));
}

/// From the command line: `gavel export --public`, Markdown and JSON, is the public edition
/// of the minutes the journal holds; without the flag, the whole record.
#[test]
fn export_public_from_the_command_line() {
    let (_dir, path) = crate::meeting_support::journal_of(&finalized());
    let export = |args: &[&str]| {
        let args = [&["export"], args].concat();
        crate::meeting_support::printed("ko_KR.UTF-8", &args, &path)
    };
    let public = export(&["--public"]);
    assert!(public.contains("*공개용: ") && !public.contains("해외 출장"), "{public}");
    assert!(export(&[]).contains("해외 출장"));
    let json: serde_json::Value = serde_json::from_str(&export(&["--format", "json", "--public"])).unwrap();
    assert_eq!((json["format"].as_u64(), &json["edition"]), (Some(2), &serde_json::json!("public")));
    assert!(json["notes"].as_array().unwrap().iter().all(|n| n["id"] != "gone"));
}

/// Before any roll call the minutes give the quorum without saying it was met or not, list the
/// agenda's attendees as minutes always did, and count no one present.
#[test]
fn without_a_roll_call_the_quorum_is_given_unjudged() {
    let mut run = Run::new(RECORD);
    run.ok(Action::Open, 0);
    run.ok(Action::Close, 60);
    let ko = markdown_in(Lang::Ko, &run.meeting, None);
    assert!(ko.contains("- **의사정족수:** 3명\n"), "{ko}");
    assert!(ko.contains("\n## 참석자\n") && !ko.contains("출석 현황") && !ko.contains("**출석:**"), "{ko}");
    let en = markdown_in(Lang::En, &run.meeting, None);
    assert!(en.contains("- **Quorum:** 3\n"), "{en}");
}
