//! The record at exact instants: the roll call, late arrivals and departures, the quorum; who a
//! note says is speaking; a decision's vote; corrections after the meeting and the sign-off.
//! Every step is also checked against the fold of the journal so far (`Run`).

use crate::meeting_support;

use gavel::agenda::Group;
use gavel::meeting::{Action, Event, NoteId, Presence, Refusal, Speaker, fold};
use meeting_support::Run;

/// A department's meeting: a chair known by position and name, a name with a space, one in
/// support (not counted for the quorum), a quorum of two, a topic with a presenter who is not on
/// the roll.
const RECORD: &str = r#"
title: 기획조정실 월례회의
date: 2025-01-15
start: "10:00"
timezone: Asia/Seoul
quorum: 2
recorder: 최유진
confirmer: 기획조정실장
attendees:
  - name: 홍길동
    position: 기획조정실장
  - name: 김 민지
    role: 기획담당관
    affiliation: 기획조정실
  - 이서연
  - name: 최유진
    position: 주무관
    group: 배석
sessions:
  - title: 보고
    duration: 30m
    topics:
      - title: 예산 집행 계획
        presenter: 해양농수산국장
      - 기타
"#;

fn note(id: &str, text: &str) -> Action {
    Action::CommitNote { id: NoteId::from(id), text: text.into() }
}

fn presence(run: &Run, who: usize) -> Presence {
    run.meeting.attendees()[who].presence
}

#[test]
fn the_agenda_gives_the_roll_and_the_record_facts() {
    let run = Run::new(RECORD);
    let agenda = run.meeting.agenda();
    assert_eq!(
        (agenda.quorum, agenda.recorder.as_deref(), agenda.confirmer.as_deref()),
        (Some(2), Some("최유진"), Some("기획조정실장"))
    );
    let roll = run.meeting.attendees();
    assert_eq!(roll.len(), 4);
    assert_eq!(roll[0].attendee.called(), "기획조정실장 홍길동");
    assert_eq!(roll[1].attendee.position.as_deref(), Some("기획담당관"), "role is position's older name");
    assert_eq!(roll[1].attendee.affiliation.as_deref(), Some("기획조정실"));
    assert_eq!(roll[3].attendee.group, Group::Supporting);
    assert!(roll.iter().all(|a| a.presence == Presence::Unmarked));
    assert_eq!((run.meeting.present_count(), run.meeting.quorum_met()), (0, Some(false)));
}

#[test]
fn roll_call_arrivals_departures_and_the_quorum_at_exact_instants() {
    let mut run = Run::new(RECORD);
    // Before opening: present from the start, absent with a reason.
    run.ok(Action::MarkPresent { attendee: 0 }, -300);
    run.ok(Action::MarkAbsent { attendee: 1, reason: Some(" 출장 ".into()) }, -290);
    run.ok(Action::MarkPresent { attendee: 3 }, -280);
    assert_eq!(presence(&run, 0), Presence::Present);
    assert_eq!(run.meeting.attendees()[0].arrived_at, None, "present before opening is no late arrival");
    assert_eq!(run.meeting.attendees()[1].reason.as_deref(), Some("출장"));
    // One present attendee and one in support: the quorum of two is not met.
    assert_eq!((run.meeting.present_count(), run.meeting.quorum_met()), (1, Some(false)));
    assert_eq!(run.refused(Action::MarkLeft { attendee: 0 }, -270), Refusal::OpenFirst);
    run.ok(Action::Open, 0);
    // A late arrival is one mark, with its time.
    run.ok(Action::MarkPresent { attendee: 2 }, 300);
    let late = &run.meeting.attendees()[2];
    assert_eq!(
        (late.presence, late.arrived_at.map(|t| t.to_utc())),
        (Presence::Present, Some(run.secs(300)))
    );
    assert_eq!((run.meeting.present_count(), run.meeting.quorum_met()), (2, Some(true)));
    assert_eq!(run.refused(Action::MarkPresent { attendee: 2 }, 301), Refusal::AlreadyPresent);
    // The absent one arrives after all: the reason goes.
    run.ok(Action::MarkPresent { attendee: 1 }, 600);
    assert_eq!(run.meeting.attendees()[1].reason, None);
    assert_eq!(run.meeting.present_count(), 3);
    // A departure, with its time; someone not present cannot leave.
    run.ok(Action::MarkLeft { attendee: 2 }, 1200);
    let gone = &run.meeting.attendees()[2];
    assert_eq!((gone.presence, gone.left_at.map(|t| t.to_utc())), (Presence::Left, Some(run.secs(1200))));
    assert_eq!(run.refused(Action::MarkLeft { attendee: 2 }, 1201), Refusal::NotPresent);
    assert_eq!(
        run.refused(Action::MarkPresent { attendee: 9 }, 1202),
        Refusal::NoSuchAttendee { attendee: 9 }
    );
    // Someone not on the agenda joins; a name already there is refused.
    run.ok(
        Action::AddAttendee {
            name: "박지훈".into(),
            position: Some("법무담당관".into()),
            affiliation: None,
            group: Group::Attendee,
        },
        1300,
    );
    assert_eq!(run.meeting.attendees()[4].added_at.map(|t| t.to_utc()), Some(run.secs(1300)));
    let again = Action::AddAttendee {
        name: " 홍길동 ".into(),
        position: None,
        affiliation: None,
        group: Group::Attendee,
    };
    assert_eq!(run.refused(again, 1301), Refusal::AttendeeExists);
    let nameless =
        Action::AddAttendee { name: "  ".into(), position: None, affiliation: None, group: Group::Attendee };
    assert_eq!(run.refused(nameless, 1302), Refusal::NoName);
    run.ok(Action::MarkPresent { attendee: 4 }, 1310);
    run.ok(Action::Close, 1800);
    // The roll is closed with the meeting.
    assert_eq!(run.refused(Action::MarkPresent { attendee: 2 }, 1900), Refusal::Closed);
    assert_eq!(run.refold(), run.meeting);
}

#[test]
fn a_note_names_its_speaker_by_name_position_or_both() {
    let mut run = Run::new(RECORD);
    run.ok(Action::Open, 0);
    let cases: &[(&str, Option<Speaker>, &str)] = &[
        ("기획조정실장: 예산 증액 필요", Some(Speaker::Attendee(0)), "예산 증액 필요"),
        ("홍길동: 동의합니다", Some(Speaker::Attendee(0)), "동의합니다"),
        ("기획조정실장 홍길동: 원안대로", Some(Speaker::Attendee(0)), "원안대로"),
        ("김 민지: 이견 없습니다", Some(Speaker::Attendee(1)), "이견 없습니다"),
        ("기획담당관 ： 자료 배포", Some(Speaker::Attendee(1)), "자료 배포"),
        ("이서연:보완하겠습니다", Some(Speaker::Attendee(2)), "보완하겠습니다"),
        ("해양농수산국장: 1단계 완료", Some(Speaker::Presenter), "1단계 완료"),
        ("참고: 10:30 재개", None, "참고: 10:30 재개"),
        ("10:30 회의 재개", None, "10:30 회의 재개"),
        ("박지훈: 명단에 없는 사람", None, "박지훈: 명단에 없는 사람"),
        (
            "예산 증액이 필요하다는 의견과 함께 여러 부서의 협조를 요청하는 내용이 길게 이어짐: 끝",
            None,
            "예산 증액이 필요하다는 의견과 함께 여러 부서의 협조를 요청하는 내용이 길게 이어짐: 끝",
        ),
    ];
    for (n, (text, speaker, words)) in cases.iter().enumerate() {
        let id = format!("n{n}");
        run.ok(note(&id, text), 10 + n as i64);
        let kept = run.meeting.note(&NoteId::from(id.as_str())).unwrap();
        assert_eq!((kept.speaker, &*kept.parsed.text), (*speaker, *words), "{text}");
        assert_eq!(kept.text(), *text, "the words are kept as typed");
    }
    // d: and a: keep their meaning: a decision or an action item has no speaker.
    run.ok(note("d", "d: 홍길동: 원안 가결"), 40);
    run.ok(note("a", "a: @홍길동 보고서 제출"), 41);
    for id in ["d", "a"] {
        assert_eq!(run.meeting.note(&NoteId::from(id)).unwrap().speaker, None, "{id}");
    }
    // Moving to a topic without that presenter: the presenter is no speaker there.
    run.ok(Action::NextTopic, 50);
    run.ok(note("p", "해양농수산국장: 추가 보고"), 51);
    assert_eq!(run.meeting.note(&NoteId::from("p")).unwrap().speaker, None);
    // An edit says again who speaks.
    run.ok(Action::EditNote { id: NoteId::from("p"), text: "이서연: 추가 보고".into() }, 52);
    assert_eq!(run.meeting.note(&NoteId::from("p")).unwrap().speaker, Some(Speaker::Attendee(2)));
    // Someone added during the meeting is a speaker from then on.
    run.ok(note("before", "박지훈: 늦게 합류"), 60);
    run.ok(
        Action::AddAttendee {
            name: "박지훈".into(),
            position: None,
            affiliation: None,
            group: Group::Attendee,
        },
        61,
    );
    run.ok(note("after", "박지훈: 합류했습니다"), 62);
    assert_eq!(run.meeting.note(&NoteId::from("before")).unwrap().speaker, None);
    assert_eq!(run.meeting.note(&NoteId::from("after")).unwrap().speaker, Some(Speaker::Attendee(4)));
    assert_eq!(run.refold(), run.meeting);
}

#[test]
fn a_decision_records_its_vote() {
    let mut run = Run::new(RECORD);
    run.ok(Action::Open, 0);
    type Case = (&'static str, Option<(u32, u32, u32)>, &'static str);
    let cases: &[Case] = &[
        ("d: 원안 가결 vote:12/2/1", Some((12, 2, 1)), "원안 가결"),
        ("d: 표결:3/0/0 수정안 가결", Some((3, 0, 0)), "수정안 가결"),
        ("d: 부결 vote:1/2", None, "부결 vote:1/2"),
        ("d: vote:x/1/1 보류", None, "vote:x/1/1 보류"),
        ("vote:1/2/3 in a plain note", None, "vote:1/2/3 in a plain note"),
    ];
    for (n, (text, vote, words)) in cases.iter().enumerate() {
        let id = format!("v{n}");
        run.ok(note(&id, text), 10 + n as i64);
        let parsed = &run.meeting.note(&NoteId::from(id.as_str())).unwrap().parsed;
        assert_eq!(
            (parsed.vote.map(|v| (v.yes, v.no, v.abstaining)), &*parsed.text),
            (*vote, *words),
            "{text}"
        );
    }
}

/// A secretary typing Korean never switches the keyboard for a note's kind: `ㅇ:` and `ㅁ:` are
/// `d:` and `a:` as the Korean keyboard types them, and `결정:` and `조치:` as a record names them.
#[test]
fn korean_prefixes_mark_decisions_and_action_items() {
    use gavel::meeting::notes::Kind;
    let mut run = Run::new(RECORD);
    run.ok(Action::Open, 0);
    let cases: &[(&str, Kind, &str)] = &[
        ("ㅇ: 원안 가결", Kind::Decision, "원안 가결"),
        ("결정: 수정안 가결 표결:3/0/0", Kind::Decision, "수정안 가결"),
        ("결정：전각 쌍점", Kind::Decision, "전각 쌍점"),
        ("ㅁ: @이서연 보고서 제출 due:2025-01-31", Kind::ActionItem, "보고서 제출"),
        ("조치: @김민지 자료 배포", Kind::ActionItem, "자료 배포"),
        ("결정사항은 다음 회의에서", Kind::Note, "결정사항은 다음 회의에서"),
    ];
    for (n, (text, kind, words)) in cases.iter().enumerate() {
        let id = format!("k{n}");
        run.ok(note(&id, text), 10 + n as i64);
        let parsed = &run.meeting.note(&NoteId::from(id.as_str())).unwrap().parsed;
        assert_eq!((parsed.kind, &*parsed.text), (*kind, *words), "{text}");
    }
    assert_eq!(run.refused(note("empty", "결정:"), 30), Refusal::EmptyDecision);
    // Minutes begun before format 5 read them as the plain notes they were.
    let mut header = run.header.clone();
    header.format = 4;
    let older = fold(&header, &run.entries);
    assert_eq!(older.note(&NoteId::from("k1")).unwrap().parsed.kind, Kind::Note);
}

/// Minutes begun before format 5 read their words as they always did: no vote.
#[test]
fn an_older_journal_reads_no_votes() {
    let mut run = Run::new(RECORD);
    run.ok(Action::Open, 0);
    run.ok(note("v", "d: 원안 가결 vote:12/2/1"), 10);
    let mut header = run.header.clone();
    header.format = 4;
    let older = fold(&header, &run.entries);
    let parsed = &older.note(&NoteId::from("v")).unwrap().parsed;
    assert_eq!((parsed.vote, &*parsed.text), (None, "원안 가결 vote:12/2/1"));
}

#[test]
fn corrections_come_after_closing_with_who_and_why_and_the_sign_off_seals() {
    let mut run = Run::new(RECORD);
    run.ok(Action::Open, 0);
    run.ok(note("n1", "홍길동: 예산 증엑 필요"), 10);
    run.ok(note("n2", "오타가 많은 기록"), 20);
    run.ok(note("gone", "지울 기록"), 25);
    run.ok(Action::StrikeNote { id: NoteId::from("gone") }, 26);
    let fix = |text: Option<&str>, by: &str, reason: &str| Action::Correct {
        id: NoteId::from("n1"),
        text: text.map(str::to_owned),
        by: by.into(),
        reason: reason.into(),
    };
    assert_eq!(run.refused(fix(Some("홍길동: 예산 증액 필요"), "최유진", "오타"), 30), Refusal::NotClosed);
    run.ok(Action::Close, 60);
    assert_eq!(run.refused(fix(Some("홍길동: 예산 증액 필요"), "최유진", " "), 100), Refusal::NoReason);
    assert_eq!(run.refused(fix(Some("홍길동: 예산 증액 필요"), "", "오타"), 101), Refusal::NoName);
    assert_eq!(run.refused(fix(Some("홍길동: 예산 증엑 필요"), "최유진", "오타"), 102), Refusal::Unchanged);
    assert_eq!(run.refused(fix(Some("d:"), "최유진", "오타"), 103), Refusal::EmptyDecision);
    let struck =
        Action::Correct {
            id: NoteId::from("gone"), text: None, by: "최유진".into(), reason: "중복".into()
        };
    assert_eq!(run.refused(struck, 104), Refusal::NoteStruck { id: NoteId::from("gone") });
    // Ordinary edits are over once closed.
    assert_eq!(
        run.refused(Action::EditNote { id: NoteId::from("n1"), text: "x".into() }, 105),
        Refusal::Closed
    );
    // A correction keeps the words before and after, who and why.
    run.ok(fix(Some("홍길동: 예산 증액 필요"), " 최유진 ", " 자구 정정 "), 200);
    let n1 = run.meeting.note(&NoteId::from("n1")).unwrap();
    assert_eq!(
        (&*n1.parsed.text, n1.speaker, n1.versions.len()),
        ("예산 증액 필요", Some(Speaker::Attendee(0)), 2)
    );
    let c = &run.meeting.corrections()[0];
    assert_eq!(
        (&*c.before, c.after.as_deref(), c.by.as_str(), c.reason.as_str()),
        ("홍길동: 예산 증엑 필요", Some("홍길동: 예산 증액 필요"), "최유진", "자구 정정")
    );
    assert_eq!(c.at.to_utc(), run.secs(200));
    // A correction that strikes a note out.
    run.ok(
        Action::Correct {
            id: NoteId::from("n2"),
            text: None,
            by: "최유진".into(),
            reason: "회의와 무관".into(),
        },
        210,
    );
    assert!(run.meeting.note(&NoteId::from("n2")).unwrap().is_struck());
    assert_eq!(run.meeting.corrections()[1].after, None);
    // The sign-off needs a name, and seals the minutes: no correction, no second sign-off.
    let seal = |by: &str| Action::Finalize { by: by.into(), fingerprint: "ab".repeat(32) };
    assert_eq!(run.refused(seal(" "), 290), Refusal::NoName);
    let outcome = run.ok(seal("기획조정실장"), 300);
    assert_eq!(
        outcome.entries[0].event,
        Event::Finalized { by: "기획조정실장".into(), fingerprint: "ab".repeat(32) }
    );
    let sealed = run.meeting.sealed().unwrap();
    assert_eq!((sealed.by.as_str(), sealed.at.to_utc()), ("기획조정실장", run.secs(300)));
    assert_eq!(run.refused(fix(Some("홍길동: 다시"), "최유진", "또"), 400), Refusal::Sealed);
    assert_eq!(run.refused(seal("기획조정실장"), 401), Refusal::Sealed);
    assert_eq!(run.refused(Action::Open, 402), Refusal::Sealed);
    assert_eq!(run.refold(), run.meeting);
}

/// Corrections before the close, or any record event after the sign-off, change nothing when a
/// journal holds them (written by hand or by a broken tool): counted, never folded.
#[test]
fn record_events_out_of_place_are_ignored() {
    let mut run = Run::new(RECORD);
    run.ok(Action::Open, 0);
    run.ok(note("n1", "기록"), 10);
    let mut entries = run.entries.clone();
    let at = entries[1].at;
    let corrected = Event::Corrected {
        id: NoteId::from("n1"),
        text: Some("바꾼 기록".into()),
        speaker: None,
        by: "누군가".into(),
        reason: "이유".into(),
    };
    entries.push(gavel::meeting::Entry { at, event: corrected });
    entries.push(gavel::meeting::Entry { at, event: Event::Left { attendee: 0 } });
    let folded = fold(&run.header, &entries);
    assert_eq!(folded.ignored_entries(), 2);
    assert_eq!(folded.note(&NoteId::from("n1")).unwrap().text(), "기록");
}
