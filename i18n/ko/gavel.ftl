# gavel의 한국어 문구. 여기 있는 식별자는 모두 ../en/gavel.ftl에도 있어야 합니다(테스트가 확인).

## 동작을 거절한 이유 (안내줄, 다른 자리의 reason)
refusal-open-first = 먼저 회의를 개회하세요 (Space)
refusal-closed = 산회한 회의입니다
refusal-already-open = 이미 개회한 회의입니다
refusal-no-topics = 개회할 안건이 없습니다
refusal-last-topic = 마지막 안건입니다. 산회하려면 e를 누르세요
refusal-last-session = 마지막 세션입니다. 산회하려면 e를 누르세요
refusal-first-topic = 첫 안건입니다
refusal-first-session = 첫 세션입니다
refusal-no-such-topic = 안건 목록에 없는 안건입니다
refusal-already-there = 지금 진행 중인 안건입니다
refusal-plan-floor = 세션 계획 시간은 1분보다 짧을 수 없습니다
refusal-plan-ceiling = 세션 계획 시간은 24시간을 넘을 수 없습니다
refusal-already-skipped = 이미 건너뛴 안건입니다
refusal-already-deferred = 이미 보류한 안건입니다
refusal-empty-note = 발언 내용이 비어 있습니다
refusal-empty-decision = d: 뒤에 결정사항을 쓰세요
refusal-empty-action-item = a: 뒤에 조치사항을 쓰세요
refusal-no-note-id = 기록에는 식별자가 있어야 합니다
refusal-id-taken = 다른 기록이 이미 쓰는 식별자입니다
refusal-no-such-note = 없는 기록입니다
refusal-note-struck = 삭제 표시한 기록입니다
refusal-not-this-seat = 이 자리에서는 할 수 없습니다 (--as chair로 연결하세요)
refusal-not-a-rehearsal = 이 회의록은 리허설이 아니라 실제 회의입니다

## 동작 뒤에 안내줄이 알리는 말
notice-last-topic-marked = 마지막 안건이었습니다. 산회하려면 e를 누르세요

## 회의 상태
state-not-opened = 개회 전
state-running = 진행 중
state-paused = 정회 중
state-closed = 산회

## 리허설, 다른 날 연 회의
held-mark-rehearsal = 리허설
held-line-rehearsal = 리허설입니다. { $agenda } 회의가 아니라 { $on }에 열었으며, 시간은 개회한 때부터 셉니다.
held-line-postponed = { $agenda } 회의를 { $on }에 열었습니다.
rehearsal-day = 리허설입니다. 이 안건은 { $agenda } 회의용입니다. 시간은 개회한 때부터 셉니다.

## 안건 상태
topic-pending = 미진행
topic-current = 진행 중
topic-done = 완료
topic-passed-over = 넘어감
topic-skipped = 건너뜀
topic-deferred = 보류

## 기록의 종류 (회의록에 쓰는 이름)
note-kind-note = 발언
note-kind-decision = 결정사항
note-kind-action-item = 조치사항

## 조치사항의 due:를 날짜로 읽지 못한 이유
due-missing = due: 뒤에 기한을 쓰세요 (예: due:2025-01-15)
due-not-a-date = { JOSA($value, "은/는") } 날짜가 아닙니다 (YYYY-MM-DD로 쓰세요)

## 공표한 일정과의 차이
drift-behind = { $amount } 늦음
drift-ahead = { $amount } 빠름
drift-on-time = 정시
drift-days = { $days }일

## 길이: 1시간 5분, 45초
length-hours = { $n }시간
length-minutes = { $n }분
length-seconds = { $n }초

## 요일 (1 월요일 ~ 7 일요일)
weekday-short =
    { $day ->
        [1] 월
        [2] 화
        [3] 수
        [4] 목
        [5] 금
        [6] 토
       *[7] 일
    }

## 되돌릴 수 없는 일 앞에서 묻는 말
question-quit = gavel을 끝낼까요? 모두 저장했습니다. gavel을 다시 실행하면 회의를 이어 갑니다.
question-quit-closed = gavel을 끝낼까요? 산회했고 모두 저장했습니다. gavel replay로 다시 볼 수 있습니다.
question-quit-unsaved = 회의록에 저장하지 못한 기록이 { $n }건 있습니다. 그래도 끝낼까요? 회의록 전체의 복구본을 쓰고 그 위치를 알려 드립니다.
question-quit-unacknowledged = 진행 단말이 아직 받았다고 확인하지 않은 기록이 { $n }건 있어, 이 자리를 끝내면 잃게 됩니다. 그래도 나갈까요?
question-quit-with-draft = 작성 중인 기록을 아직 저장하지 않았습니다(초안으로 보관합니다). 그래도 끝낼까요?
question-close = 산회할까요? 타이머가 멈추고 이후에는 아무것도 바꿀 수 없습니다.
question-close-unreached = 산회할까요? 세션 { JOSA($list, "은/는") } 진행하지 못했습니다. 타이머가 멈추고 이후에는 아무것도 바꿀 수 없습니다.
question-hold-today = 이 리허설을 오늘 { $today } { $agenda } 회의로 진행할까요? 리허설이 아니게 되어, 시간은 오늘 안건의 시각을 따르고 회의록도 회의의 이름을 씁니다.
question-strike = 이 기록을 회의록에서 삭제 표시할까요? 회의록 이력에는 남습니다.

## 다른 자리에서 보내기에 너무 긴 기록
note-too-long = 이 기록은 너무 길어 보낼 수 없습니다(최대 { $kib } KiB). 짧게 나누어 쓰세요

## gavel 밖에서 회의록 파일이 바뀜; kept는 따로 둔 파일의 끝 이름(.replaced-1)
intrusion-removed = 회의록이 gavel 밖에서 삭제되어 전체를 다시 썼습니다
intrusion-replaced = 회의록이 gavel 밖에서 교체되어 다시 썼습니다. 교체된 파일은 { JOSA($kept, "으로/로") } 보관했습니다
intrusion-changed = 회의록이 gavel 밖에서 수정되어 다시 썼습니다. 수정된 파일은 { JOSA($kept, "으로/로") } 보관했습니다

## 안내줄: 자리(모드), 그다음 지금 쓸 수 있는 키
seat-chair = 의장
seat-secretary = 서기
seat-note = 기록
seat-jump = 이동
seat-help = 도움말
seat-ask = 확인
seat-closed = 산회
seat-replay = 다시보기
key-open = 개회
key-real-meeting-today = 오늘 실제 회의로
key-note = 기록
key-quit = 종료
key-jump = 이동
key-topic = 안건
key-close = 산회
key-session = 세션
key-skip = 건너뛰기
key-defer = 보류
key-minute = 1분
key-pick = 선택
key-edit = 수정
key-strike = 삭제
key-notes = 기록 목록
key-save = 저장
key-new-line = 줄바꿈
key-decision = 결정사항
key-action = 조치사항
key-chair = 의장
key-go = 이동
key-cancel = 취소
key-close-help = 도움말 닫기
key-yes = 예
key-no = 아니요
key-scroll = 스크롤
key-resume = 속개
key-pause = 정회
key-help = 도움말

## 맨 윗줄: 회의록 저장 상태
save-saved = 저장됨
save-saved-at = 저장됨 { $at }
save-not-saved = 저장 안 됨: { $reason }

## 시계판: 이름표, 남은 시간과 초과 시간, 세션 타이머의 단계
clock-session = 세션
clock-topic = 안건
clock-meeting = 회의
clock-left = { $time } 남음
clock-over = { $time } 초과
clock-paused = 정회 { $time }
clock-drift = 일정
clock-projected-end = 예상 종료
level-warning = 경고
level-danger = 위험
level-over = 시간 초과

## 오른쪽 위: 지금의 세션과 안건
current-session = 세션 { $n }/{ $of }:
current-topic = 안건 { $n }/{ $of }
current-not-opened-chair = 개회 전: Space를 누르면 개회합니다
current-not-opened = 아직 개회 전
current-paused = 정회 중
current-closed = 산회
current-last-topic = 마지막 안건: e를 누르면 산회합니다
current-presenter = 보고자:

## 기록 창
notes-before-opening = 개회 전 기록
notes-topic = 기록: 안건 { $n }
notes-help-picked = Enter 수정, x 삭제, Esc 선택 해제
notes-help-pick = 위: 기록 선택
notes-none = 이 안건에는 아직 기록이 없습니다.
notes-decision = 결정사항:
notes-action = 조치사항:
notes-due = 기한 { $due }
notes-due-not-understood = 기한을 읽지 못함: { $problem }
notes-edited = 수정됨
notes-struck = 삭제 표시
notes-saving = 저장 중
notes-unsaved = 저장 안 됨
notes-sending = 보내는 중
notes-unsent = 보내지 못함

## 안건 목록의 제목, 서기의 입력란
outline-title = 안건
editor-editing = 기록 수정: Enter 새로 저장, Esc 취소
editor-typing = 기록: Enter 저장, Alt-Enter 줄바꿈, Esc 의장 화면으로
editor-idle = Tab: 기록 입력
editor-placeholder = Tab이나 i를 눌러 기록하고, Enter로 저장합니다

## gavel check: 안건의 개요와 계획된 일정.
check-organizer = 주관
check-when = 일시
check-where = 장소
check-chair = 의장
check-attendees = 참석자
check-goals = 목표
check-timers = 시간 알림
check-timers-value = { $warning } 남으면 경고, { $danger } 남으면 위험, 알림음 { $bell ->
        [on] 켬
       *[off] 끔
    }
check-session = 세션 { $n }: { $title }
check-break = 휴식: { $title }
check-total = 세션 { $sessions }개, 안건 { $topics }개: 세션 { $running }{ $breaks ->
        [none] {""}
       *[some] , 휴식 { $pauses }
    }, 모두 { $total }. 종료 예정 { $end }.

## 비서석과 진행 단말.
runner-stopped = 진행 단말이 멈췄습니다
runner-not-running = 진행 단말이 실행되고 있지 않습니다(gavel run으로 시작하세요). 다시 연결합니다
runner-connection-failed = 진행 단말과의 연결이 끊어졌습니다: { $why }
seat-meeting-closed = 산회했습니다. 진행 단말도 끝났습니다
rehearsal-farewell = 이 리허설이 실제 회의가 되어 회의록 이름이 바뀌었습니다. 다시 연결해 주세요
rehearsal-moved = 이 리허설은 이제 실제 회의입니다. 회의록: { $path }
room-planned-not-opened = 계획 시간 (개회 전)

## 도움말 창: 키마다 하는 일
help-older-newer-note = 이전 / 다음 기록 (회의 진행은 의장 화면에서만 합니다)
help-clicker = 다음 / 이전 안건, 어느 화면에서나 (발표용 리모컨)
help-yes = 예
help-no = 아니요
help-open-pause = 개회, 그다음은 정회 / 속개; t: 리허설을 오늘 실제 회의로
help-next-topic = 다음 안건 (세션의 마지막 안건 다음은 다음 세션)
help-previous-topic = 이전 안건
help-next-previous-session = 다음 / 이전 세션
help-jump = 바로 가기: 세션이나 안건을 고릅니다
help-minute = 이 세션 계획 시간 1분 늘리기 / 줄이기
help-skip = 이 안건을 건너뛰고 다음으로
help-defer = 이 안건을 보류하고 다음으로 (나중에 다룹니다)
help-type-note = 기록 입력 (서기 입력란)
help-pick-note = 이 안건의 기록 고르기, Enter로 고치기 (이전 내용도 남음)
help-strike-note = 고른 기록 삭제 (먼저 묻습니다. 이력에는 남습니다)
help-close = 산회 (먼저 묻습니다), 이어서 요약
help-room-ready = 회의장에: 1 마무리, 2 2분 남음, 3 정회, m 직접 입력; c 지우기
help-agenda = 안건 바꾸기: 추가, 이름 변경, 이동, 시간 변경, 삭제
help-agenda-pick = 세션이나 안건 고르기
help-agenda-insert = 고른 안건 뒤에 안건 추가 (제목 | 보고자 | 10m)
help-agenda-rename = 고른 안건의 제목 바꾸기
help-agenda-retime = 고른 세션이나 안건의 계획 시간 바꾸기
help-agenda-move = 고른 안건을 위 / 아래로 옮기기 (세션을 넘어서도)
help-agenda-remove = 고른 안건을 계획에서 빼기 (다루지 않은 안건만)
help-agenda-take-up = 고른 안건을 지금 다루기
help-agenda-close = 의장 키로 돌아가기
help-scroll-summary = 요약 넘기기
help-save-note = 기록 저장 (d: 결정사항, a: @담당 조치사항 due:2025-01-15)
help-back = 처음 키로 돌아가기 (고른 기록은 놓습니다)
help-picker-next = 목록의 다음 항목
help-picker-previous = 목록의 이전 항목
help-picker-go = 고른 세션이나 안건으로 이동
help-this-help = 이 도움말
help-quit = 끝내기 (먼저 묻습니다. 모두 이미 저장되어 있습니다)
help-replay-next-event = 다음 기록 시점
help-replay-previous-event = 이전 기록 시점
help-replay-next-topic = 다음 안건 전환
help-replay-previous-topic = 이전 안건 전환
help-replay-next-session = 다음 세션
help-replay-previous-session = 이전 세션
help-replay-start = 처음으로
help-replay-end = 끝으로
help-replay-play = 재생 / 멈춤
help-replay-1x = 1배속 재생
help-replay-10x = 10배속 재생
help-replay-60x = 60배속 재생
help-replay-go-to = 시각으로 이동 (09:42 입력 후 Enter)
help-replay-summary = 요약: 계획 대비 실제, 결정사항, 조치사항 (s를 한 번 더: 화면)
help-replay-quit = 끝내기 (다시 보기는 회의록을 바꾸지 않습니다)
key-name-right = 오른쪽
key-name-left = 왼쪽
key-name-up = 위
key-name-down = 아래
help-title = 키 (Esc: 닫기)
help-marks = 표시: > 진행 중  x 마침  . 지나감  - 건너뜀  ~ 보류
help-notes = 기록: d:/ㅇ:/결정: 결정사항, a:/ㅁ:/조치: @담당 조치사항 due:2025-01-15

## 다시 보기
replay-not-closed = 산회하지 않은 회의입니다. 아직 진행 중이거나 산회 없이 멈춘 회의입니다. 마지막으로 저장된 시점까지 보여 드립니다.
replay-torn-tail = 회의록 끝에 완성되지 않은 줄({ $bytes }바이트)이 있어 빼고 보여 드립니다.
replay-not-a-clock-time = { JOSA($typed, "은/는") } 시각이 아닙니다 (예: 09:42)
replay-not-during = { JOSA($typed, "은/는") } 회의 시간({ $from }~{ $to })이 아닙니다
replay-notice-title = 알림 (아무 키나 누르세요)
replay-seek-title = 시각으로 이동 (Enter, Esc: 취소)
replay-seek-prompt = 시각(HH:MM):
replay-playing = 다시 보기 { $speed }배속
replay-paused = 다시 보기
replay-keys = 키
replay-help-title = 다시 보기 키 (Esc: 닫기)

## 요약: 시간을 어디에 썼는지
summary-before-opening = 개회 전
summary-planned-against-actual = 계획 대비 실제
summary-column-item = 세션 / 안건
summary-column-planned = 계획
summary-column-actual = 실제
summary-column-diff = 차이
summary-legend = # 계획 안, ! 초과; x 마침, . 지나감, - 건너뜀, ~ 보류
summary-skipped-and-deferred = 건너뛴 안건과 보류한 안건
summary-none = 없음
summary-decisions = 결정사항
summary-action-items = 조치사항
summary-column-owner = 담당
summary-column-due = 기한
summary-column-topic = 안건
summary-column-what = 내용
summary-title-closed = 산회했습니다. 시간 사용 요약 (위, 아래로 넘기기)
summary-title-so-far = 지금까지의 시간 사용 (위, 아래로 넘기기)

## 회의장 화면
room-session = 세션 { $n }/{ $of }:
room-left-paused = 남음 (정회 중)
room-left-in-session = 이 세션 남은 시간
room-not-opened = 아직 개회하지 않았습니다.
room-topic = 안건 { $n }:
room-next = 다음: { $number }
room-next-end = 다음: 안건 끝
room-schedule = 일정:
room-expected-end = 예상 종료:
room-runner-gone = 진행 단말 연결 끊김
doc-topic-inserted = 회의 중 추가
doc-topic-published-as = 당초 { $number }
doc-topic-published-title = 당초 제목: { $title }
doc-topic-published-plan = 당초 계획: { $time }
doc-plan-none = 없음
doc-plan-changes = 안건 변경
doc-change-inserted = { $time } 추가: { $number } { $title }
doc-change-renamed = { $time } 제목 변경: { $number } 당초 "{ $from }", 변경 "{ $to }"
doc-change-moved = { $time } 순서 변경: "{ $title }" { $from } 자리에서 { $to } 자리로
doc-change-removed = { $time } 삭제: { $number } { $title }
doc-change-retimed = { $time } 계획 시간 변경: { $what } 당초 { $from }, 변경 { $to }
agenda-title = 안건 계획 (Esc 닫기)
agenda-was = (당초 { $time })
agenda-was-none = (당초 없음)
agenda-removed = 뺀 안건: { $titles }
agenda-legend = + 추가   * 이동, 제목, 시간 변경   (공표한 안건은 그대로 남습니다)
agenda-input-insert = 새 안건 (제목 | 보고자 | 10m):
agenda-input-rename = 새 제목:
agenda-input-retime = 계획 시간 (10m, 1h30m; 비우면 없음):
room-message-title = 회의장에 보낼 메시지 (Enter 보내기, Esc 취소)
seat-agenda = 안건 편집
seat-room-message = 회의장 메시지
key-insert = 추가
key-rename = 제목
key-retime = 시간
key-move = 이동
key-remove = 빼기
key-take-up = 지금 다루기
room-presenter = { $name }
room-topic-time = 이 안건
room-topic-left = 남음
room-topic-over = 시간 초과
room-topic-elapsed = 경과
room-ready-wrap-up = 마무리 부탁드립니다
room-ready-two-minutes = 2분 남았습니다
room-ready-recess = 잠시 정회합니다

## 바로 가기 목록, 확인 질문, 너무 작은 화면
picker-title = 바로 가기 (위/아래, Enter, Esc: 취소)
picker-session = 세션 { $n }:
confirm-title = 확인
small-title = 터미널 창이 너무 작습니다
small-size = 지금 { $size }입니다. gavel은 { $needed } 이상이 필요합니다.
small-enlarge = 창을 키우세요. 회의는 그동안에도 계속됩니다.

## 의장 화면의 알림
chair-resumed = 멈춘 곳에서 이어 갑니다. 그사이 시간도 회의 시간으로 셉니다
chair-seats-off = 다른 자리를 연결할 수 없습니다. 소켓을 만들지 못했습니다 ({ $why })
chair-seat-left = 한 자리가 연결을 끊었습니다: { $reason }
seat-joined-secretary = 서기 자리가 연결되었습니다
seat-joined-chair = 의장 자리가 연결되었습니다
seat-joined-room = 회의장 화면이 연결되었습니다
chair-draft-not-kept = 입력 중인 기록을 보관하지 못합니다: { $why }
chair-twin-behind = 읽기용 사본이 늦어지고 있습니다: { $why }
chair-after-panic = gavel 자체의 오류로 멈췄습니다. 저장된 기록은 모두 { $minutes }에 있습니다. gavel을 다시 실행하면 회의를 이어 갑니다.
desk-pick-first = 먼저 기록을 고르세요 (위, 아래)
desk-runner-unreachable = 하지 못했습니다. 진행 단말에 연결되지 않습니다. 연결되면 다시 하세요

## 다른 자리
seat-connecting = 진행 단말에 연결하는 중
seat-note-not-saved = 기록을 저장하지 못했습니다: { $reason }
seat-takes-notes = 이 자리는 기록만 합니다. 의장 키는 의장 화면에서 쓰세요
seat-runner-behind = 진행 단말이 아직 모두 저장하지 못했습니다
seat-outbox-not-kept = 이 자리의 기록을 디스크에 보관하지 못합니다: { $why }
key-name-up-down = 위/아래

## Markdown 회의록
md-attendees = 참석자
md-goals = 회의 목표
md-before-opening = 개회 전
md-before-opening-lower = 개회 전
md-sessions = 회의 진행
md-session-planned = 계획 { $length }
md-session-adjusted = (조정 { $length })
md-session-actual = 실제 { $length }
md-session-first-taken-up = 시작 { $time }
md-session-summary = 요약: { $summary }
md-topic-of-planned = { $elapsed } (계획 { $planned })
md-presenter = 보고자: { $name }
md-break = 휴식: { $title }, 계획 { $length }.
md-decisions = 결정사항
md-none-recorded = 기록된 것이 없습니다.
md-action-items = 조치사항
md-column-number = 번호
md-column-owner = 담당
md-column-due = 기한
md-column-topic = 안건
md-column-item = 내용
md-skipped-topics = 건너뛴 안건
md-deferred-topics = 보류한 안건 (다루지 못함)
md-topics-not-reached = 진행하지 못한 안건
md-fingerprint = 회의록 확인값(지문): { $fingerprint }
md-organizer = 주관
md-date = 일자
md-planned = 계획 시간
md-location = 장소
md-chair = 의장
md-opened = 개회
md-not-opened = 개회하지 않음
md-closed = 산회
md-not-closed-yet = 아직 산회하지 않음: 마지막 기록({ $last }) 기준 { $state }
md-paused = (정회 { $length })
md-running-time = 진행 시간
md-planned-against-actual = 계획 대비 실제
md-column-session = 세션
md-column-planned = 계획
md-column-adjusted = 조정
md-column-actual = 실제
md-column-difference = 차이
md-total = 합계
md-note-written = 작성 { $time }
md-note-owner = 담당 { $owner }
md-note-due = 기한 { $due }
md-note-edited = 수정 { $time }
agenda-language-unknown = { JOSA($value, "은/는") } 회의록 언어로 쓸 수 없습니다. ko(한국어)나 en(영어)로 쓰세요
## 안건 파일 오류
# 모두 파일 이름, 줄과 열, 항목(`sessions[2].duration: `) 뒤에 붙습니다. $text는 파일에 적힌 값이며 따옴표가 이미 붙어 있습니다.
agenda-no-such-file = 파일이 없습니다
agenda-is-a-folder = 폴더입니다. 안건 파일을 지정하세요
agenda-not-regular = 일반 파일이 아니라 { $what }입니다. gavel은 일반 파일만 읽고 씁니다
agenda-kind-fifo = 이름 있는 파이프(FIFO)
agenda-kind-device = 장치 파일
agenda-kind-socket = 소켓
agenda-kind-other = 파일이 아닌 것
agenda-cannot-read = 파일을 읽을 수 없습니다: { $reason }
agenda-cannot-read-permission = 읽기 권한이 없어 파일을 읽을 수 없습니다
agenda-too-large = 파일 크기가 { $size }바이트로, 안건 파일로는 너무 큽니다(한도 { $limit } MiB). 읽지 않았습니다
agenda-empty = 빈 파일입니다. 안건 파일에는 적어도 제목(`title`), 날짜(`date`), 개회 시각(`start`), 시간대(`timezone`), 세션(`sessions`)이 있어야 합니다(`gavel new`로 견본을 만들 수 있습니다)
agenda-not-utf8 = UTF-8 텍스트 파일이 아닙니다(바이트 0x{ $byte }). UTF-8로 저장하세요
agenda-alias-bomb = YAML 별칭으로 내용을 지나치게 많이 되풀이합니다. 펼치지 않고 거절했습니다
agenda-too-deep = 목록과 매핑이 지나치게 깊이 겹쳐 있습니다. 거절했습니다
agenda-two-documents = YAML 문서가 둘 이상입니다(`---` 줄에서 새 문서가 시작됩니다). 안건 파일은 문서 하나여야 합니다
agenda-yaml-in-context = YAML 형식이 올바르지 않습니다. { $problem }({ $context }). 이곳의 들여쓰기와 따옴표를 확인하세요
agenda-yaml-problem = YAML 형식이 올바르지 않습니다. { $problem }. 이곳의 들여쓰기와 따옴표를 확인하세요
agenda-yaml = YAML 형식이 올바르지 않습니다. 이곳의 들여쓰기와 따옴표를 확인하세요
# YAML을 읽다가 찾은 문제
agenda-yaml-duplicate-key = 같은 키가 두 번 있습니다: { $key }
agenda-yaml-expected-dash = '-' 표시가 있어야 할 곳에 없습니다
agenda-yaml-end-of-stream = 파일이 도중에 끝났습니다
agenda-yaml-mapping-values = 이 자리에는 ':'로 값을 붙일 수 없습니다
agenda-yaml-expected-key = 키가 있어야 할 곳에 없습니다
agenda-yaml-bad-start = 값의 첫 글자로 쓸 수 없는 문자가 있습니다
agenda-yaml-expected-colon = ':'이 있어야 할 곳에 없습니다
agenda-yaml-expected-node = 값이 있어야 할 곳에 없습니다
agenda-yaml-expected-bracket = ',' 또는 ']'가 있어야 할 곳에 없습니다
agenda-yaml-expected-brace = ',' 또는 '{"}"}'가 있어야 할 곳에 없습니다
agenda-yaml-tab-indentation = 들여쓰기에 탭 문자가 있습니다
agenda-yaml-tab-for-space = 들여쓰기에 공백 대신 탭 문자가 있습니다
agenda-yaml-unknown-escape = 알 수 없는 이스케이프 문자가 있습니다
agenda-yaml-sequence-entries = 이 자리에는 '-' 목록 항목을 쓸 수 없습니다
agenda-yaml-unexpected-colon = 뜻밖의 ':'이 있습니다
agenda-yaml-control-characters = 제어 문자는 쓸 수 없습니다
agenda-yaml-undefined-tag = 정의되지 않은 태그가 있습니다
agenda-yaml-expected-name = 영문자나 숫자가 있어야 할 곳에 없습니다
agenda-yaml-document-indicator = 뜻밖의 문서 구분 표시가 있습니다
agenda-yaml-unknown-anchor = 정의되지 않은 앵커를 가리킵니다
agenda-yaml-merge-scalar = 병합(<<)에는 매핑이나 매핑 목록이 와야 하는데 단일 값이 있습니다
agenda-yaml-merge-tagged = 병합(<<)에 태그가 붙은 값이 있습니다
agenda-yaml-merge-into-scalar = 병합(<<)에는 매핑이 와야 하는데 단일 값이 있습니다
agenda-yaml-merge-into-list = 병합(<<)에는 매핑이 와야 하는데 목록이 있습니다
# 그 문제를 찾은 때 읽고 있던 것
agenda-yaml-in-block-collection = 들여쓴 목록을 읽는 중
agenda-yaml-in-block-mapping = 들여쓴 매핑을 읽는 중
agenda-yaml-in-block-node = 값을 읽는 중
agenda-yaml-in-flow-sequence = [ ] 목록을 읽는 중
agenda-yaml-in-flow-mapping = {"{"} {"}"} 매핑을 읽는 중
agenda-yaml-in-flow-node = 값을 읽는 중
agenda-yaml-in-node = 값을 읽는 중
agenda-yaml-in-quoted = 따옴표로 묶은 값을 읽는 중
agenda-yaml-in-parsing-quoted = 따옴표로 묶은 값을 읽는 중
agenda-yaml-in-plain = 값을 읽는 중
agenda-yaml-in-block-scalar = 여러 줄 값을 읽는 중
agenda-yaml-in-simple-key = 키를 읽는 중
agenda-yaml-in-next-token = 다음 값을 찾는 중
agenda-yaml-in-anchor = 앵커를 읽는 중
agenda-yaml-in-alias = 별칭을 읽는 중
agenda-yaml-in-tag = 태그를 읽는 중
agenda-yaml-in-parsing-tag = 태그를 읽는 중
# 그 자리에 없는 항목
agenda-unknown-field-did-you-mean = 알 수 없는 항목입니다. `{ $known }`의 오타가 아닌지 확인하세요
agenda-unknown-field-nothing = 알 수 없는 항목입니다. 이곳에는 다른 항목을 쓸 수 없습니다
agenda-unknown-field-list = 알 수 없는 항목입니다. 이곳에 쓸 수 있는 항목: { $known }
agenda-field-name = `{ $name }`
agenda-field-separator = ,{" "}
# 형식이 맞지 않는 값: 필요한 형식과 파일에 적힌 값
agenda-wrong-type = 형식이 맞지 않습니다. 필요한 형식은 { $expected }, 적힌 값은 { $found }입니다
agenda-expected-list = 목록
agenda-expected-boolean = `true`나 `false`
agenda-expected-text = 텍스트
agenda-expected-duration = `40m`, `1h30m`, `90s` 같은 시간 길이
agenda-expected-agenda = 안건 파일(`title`, `date`, `start`, `timezone`, `sessions`가 있는 매핑)
agenda-expected-thresholds = 시간 알림(`warning`과 `danger`가 있는 매핑)
agenda-expected-item = 세션(`title`, `duration`, `topics`가 있는 매핑) 또는 휴식(`break`와 `duration`이 있는 매핑)
agenda-expected-topic-map = 안건(`title`, `duration`, `presenter`, `notes`가 있는 매핑)
agenda-expected-attendee-map = 참석자(`name`과 `role`이 있는 매핑)
agenda-expected-topic = 안건(제목만 쓰거나, `title`, `duration`, `presenter`, `notes`가 있는 매핑)
agenda-expected-attendee = 참석자(이름만 쓰거나, `name`과 `role`이 있는 매핑)
agenda-expected-field-name = 항목 이름
agenda-found-text = 텍스트 { $text }
agenda-found-number = 숫자 { $number }
agenda-found-boolean = `{ $value }`
agenda-found-list = 목록
agenda-found-mapping = 매핑
agenda-found-nothing = 빈 값
agenda-found-tagged = YAML 태그가 붙은 값
agenda-does-not-fit = 이 자리에 맞지 않는 값입니다
# 값이 없거나 비어 있음; $what은 무엇을 쓸지
agenda-needs-value = 값이 없습니다. 다음을 쓰세요: { $what }
agenda-blank = 비어 있습니다. 다음을 쓰세요: { $what }
agenda-blank-optional = 비어 있습니다. 내용을 쓰거나 이 줄을 지우세요
agenda-what-title = 회의 제목
agenda-what-date = 회의 날짜(예: 2025-01-15)
agenda-what-start = 개회 예정 시각(예: 09:00)
agenda-what-timezone = 회의의 시간대. `Asia/Seoul` 같은 이름이나 `+09:00` 같은 시차
agenda-what-goal = 목표
agenda-what-name = 이름
agenda-what-attendee-name = 참석자 이름
agenda-what-break-name = 휴식 이름(예: 점심)
agenda-what-session-title = 세션 제목
agenda-what-topic = 안건
agenda-what-topic-title = 안건 제목
agenda-what-break-duration = 휴식 시간(예: 1h)
agenda-what-session-duration = 세션의 계획 시간(예: 40m)
# 날짜, 개회 시각, 시간대
agenda-not-a-date = 날짜가 아닙니다: { $text }. `YYYY-MM-DD` 형식으로 쓰세요(예: 2025-01-15)
agenda-not-a-time = 시각이 아닙니다: { $text }. 24시간제 `HH:MM` 형식으로 쓰세요(예: 09:00)
agenda-start-skipped = { $zone } 시간대에는 { $date } { $start } 시각이 없습니다. 그날은 시계가 이 시각을 건너뜁니다
agenda-not-an-offset = 시차가 아닙니다: { $text }. `Asia/Seoul` 같은 이름이나 `+09:00` 같은 시차를 쓰세요
agenda-not-a-zone = 시간대가 아닙니다: { $text }. `Asia/Seoul` 같은 이름이나 `+09:00` 같은 시차를 쓰세요
agenda-not-a-zone-did-you-mean = 시간대가 아닙니다: { $text }. `{ $name }`의 오타가 아닌지 확인하세요. `Asia/Seoul` 같은 이름이나 `+09:00` 같은 시차를 쓰세요
# 세션, 휴식, 안건
agenda-danger-not-below-warning = 위험 시점은 경고 시점보다 남은 시간이 적어야 합니다. 지금은 위험이 { $danger } 남았을 때, 경고가 { $warning } 남았을 때입니다
agenda-no-sessions = 세션이 없습니다. `title`, `duration`, `topics`를 갖춘 세션을 하나 이상 쓰세요
agenda-break-first = 회의가 휴식으로 시작합니다. 휴식은 두 세션 사이에만 둘 수 있습니다
agenda-break-last = 회의가 휴식으로 끝납니다. 휴식은 두 세션 사이에만 둘 수 있습니다
agenda-two-breaks = 휴식이 연달아 있습니다. 하나로 합치세요
agenda-break-has-no = 휴식에는 `{ $field }` 항목을 쓰지 않습니다. 휴식은 `break: 점심`처럼 쓰고 `duration`에 시간을 적으세요. 세션으로 하려면 `break` 줄을 지우세요
agenda-no-topics = 세션에 안건이 없습니다. 안건을 하나 이상 쓰세요
agenda-topics-too-long = 안건 계획 시간의 합({ $topics })이 세션 시간({ $session })보다 깁니다. 세션 시간을 늘리거나 안건 시간을 줄이세요
# 글에 쓸 수 없는 문자; $code는 001B처럼 16진수
agenda-control-character = 제어 문자(U+{ $code })가 들어 있어 화면이 깨질 수 있습니다. 지우세요
agenda-zero-width = 보이지 않는 폭 없는 문자(U+{ $code })가 글 속에 숨어 있습니다. 지우세요
agenda-bidi-control = 보이지 않는 양방향 제어 문자(U+{ $code })가 들어 있어 화면에서 글의 순서가 바뀔 수 있습니다. 지우세요
# 시간 길이: 40m, 1h30m, 90s
agenda-no-unit = 단위가 없습니다: { $text }. 40m, 1h30m, 90s처럼 쓰세요
agenda-negative = 시간이 음수입니다: { $text }. 0보다 긴 시간을 쓰세요
agenda-not-a-duration = 시간 길이가 아닙니다: { $text }. 40m, 1h30m, 90s처럼 쓰세요
agenda-zero = 시간이 0입니다: { $text }. 0보다 긴 시간을 쓰세요
agenda-not-whole-seconds = 초 단위로 나누어떨어지지 않습니다: { $text }. 40m, 1h30m, 90s처럼 쓰세요
agenda-longer-than-a-week = 일주일보다 깁니다: { $text }. 회의 계획으로는 너무 깁니다
# 회의록 머리에 저장된 안건의 값을 읽지 못함
agenda-unknown-zone = 알 수 없는 시간대입니다: { $text }
agenda-not-a-clock = 시각이 아닙니다: { $text }
agenda-not-an-instant = 시각 표기가 아닙니다: { $text }
agenda-not-an-instant-because = 시각 표기가 아닙니다: { $text } ({ $reason })
agenda-duration-out-of-range = 저장할 수 있는 범위를 벗어난 시간 길이입니다
agenda-expected-instant = 시차가 붙은 RFC 3339 시각

## 명령줄
# --help: clap이 쓰는 제목과, 명령과 인수마다의 설명.
cli-heading-usage = 사용법
cli-heading-commands = 명령
cli-heading-arguments = 인수
cli-heading-options = 옵션
cli-value-file = 파일
cli-value-name = 이름
cli-value-lang = 언어
cli-value-format = 형식
cli-value-role = 역할
cli-value-agenda = 안건
cli-value-minutes = 회의록
cli-value-target = 대상
cli-value-rescue = 사본
cli-value-command = 명령
cli-value-options = 옵션
cli-help-flag = 도움말을 보여 줍니다
cli-help-flag-short = 도움말을 보여 줍니다('--help'로 자세히 볼 수 있습니다)
cli-help-flag-long = 도움말을 보여 줍니다('-h'로 요약을 볼 수 있습니다)
cli-version-flag = 버전을 보여 줍니다
cli-help-command = 이 도움말이나, 지정한 명령의 도움말을 보여 줍니다
cli-help-command-arg = 도움말을 볼 명령
cli-default = [기본값: { $value }]
cli-possible-values = [가능한 값: { $values }]
cli-about = YAML 안건으로 공식 회의를 실시간으로 진행하고 회의록을 작성합니다.
cli-arg-agenda = 진행할 안건 파일입니다(기본값 ./agenda.yaml)
cli-arg-minutes = 회의록을 안건 옆의 minutes/<안건>-<날짜>.jsonl 대신 이 파일에 기록합니다
cli-arg-new = 이 회의의 회의록이 이미 있어도 새 회의록을 시작합니다(비어 있는 다음 이름으로)
cli-arg-rehearse = 안건의 날짜에도 리허설로 진행합니다. 시간은 리허설을 연 때부터 세고, 회의록은 따로 이름 붙입니다(...-rehearsal.jsonl). 다른 날에는 언제나 리허설입니다
cli-arg-lang = gavel이 쓰는 언어입니다: ko(한국어) 또는 en(English). 기본값은 로캘(LC_ALL, LC_MESSAGES, LANG)을 따르고, 없으면 시스템 언어를 따릅니다
cli-arg-journal = 회의록 파일(.jsonl 기록)입니다
cli-run-about = 실시간 화면에서 회의를 진행합니다(`gavel 안건`과 같습니다)
cli-run-agenda = 안건 파일입니다(기본값 ./agenda.yaml)
cli-check-about = 안건을 검사하고 세션, 안건, 계획된 일정을 보여 줍니다
cli-check-agenda = 안건 파일입니다
cli-check-json = 검사한 안건과 일정을 스크립트용 JSON으로 출력합니다
cli-new-about = 설명이 달린 안건 견본을 작성합니다(기존 파일은 덮어쓰지 않습니다)
cli-new-file = 견본을 작성할 파일입니다
cli-schema-about = 편집기에서 쓸 수 있도록 안건 형식을 JSON Schema로 출력합니다
cli-export-about = 회의록 문서를 출력합니다(Markdown, 또는 다른 프로그램용 JSON)
cli-export-format = markdown(회의록 문서), html(인쇄할 수 있는 웹 문서), pdf(A4 문서), hwpx(한글 워드프로세서와 온나라 문서시스템용 문서) 또는 json(다른 프로그램용 회의 자료). 주지 않으면 -o 파일의 확장자(.html, .pdf, .hwpx, .json)를 따르고, 그 밖에는 markdown입니다
cli-export-output = 화면 대신 이 파일에 씁니다. 새 파일이어야 하며, --force를 주면 기존 파일을 통째로 바꿉니다. 회의록, 안건, 일반 파일이 아닌 것에는 쓰지 않습니다
cli-export-force = -o로 지정한 파일이 있으면 덮어씁니다(회의록과 안건은 덮어쓰지 않습니다)
cli-attach-about = 진행 중인 회의에 자리를 하나 더 엽니다: 서기의 단말, 두 번째 의장석, 회의실 표시 화면
cli-attach-target = 진행 중인 회의의 회의록(.jsonl)이나 안건 파일입니다(기본값 ./agenda.yaml)
cli-attach-as = 자리의 역할입니다: secretary(서기, 기록), chair(의장, 모든 키), room(회의실 표시 화면)
cli-attach-seat = 이 자리의 이름입니다(기본값은 역할 이름). 동시에 연결하는 두 자리는 이름이 달라야 합니다. 같은 이름으로 다시 시작하면 그 자리가 남긴 초안과 기록을 이어받습니다
cli-replay-about = 저장된 회의를 어느 시점의 모습으로든 다시 봅니다(읽기 전용)
cli-recover-about = 디스크가 기록을 거부했을 때 만든 구조용 사본에서, 회의록에 빠진 기록을 확인한 뒤 되돌려 넣습니다
cli-recover-rescue = 구조용 사본(`....rescue-YYYYMMDD-HHMMSS.jsonl`)입니다
cli-recover-minutes = 되돌려 넣을 회의록입니다(기본값: 구조용 사본 옆에 있는 원래 회의록)
cli-verify-about = 회의록이 기록된 그대로인지 확인하고 지문을 출력합니다
# 명령줄 오류: clap이 찾은 오류와, 명령줄이 직접 검사한 내용.
cli-error = 오류
cli-seat-name = 자리 이름은 글자, 숫자, - 또는 _로 1자에서 40자까지입니다(자리의 파일 이름에 쓰입니다)
cli-run-options-with-command = 안건, --minutes, --new, --rehearse는 `gavel run`과 함께 쓰거나 명령 없이 쓰세요
cli-the-commands-are = 명령은 { $names }입니다
cli-name-the-agenda = 안건을 진행하려면 파일 이름을 적으세요: gavel { $word }.yaml
cli-unknown-command = 알 수 없는 명령입니다: '{ $word }'
cli-similar-command = 비슷한 명령이 있습니다: '{ $name }'
cli-unknown-argument = 알 수 없는 인수입니다: '{ $arg }'
cli-as-value-tip = '{ $arg }' 자체를 값으로 넘기려면 '-- { $arg }'로 쓰세요
cli-missing-arguments = 다음 인수가 필요합니다:
cli-invalid-value = '{ $arg }'의 값이 올바르지 않습니다: '{ $value }'
cli-value-required = '{ $arg }'에는 값이 필요합니다
cli-conflict = 함께 쓸 수 없는 인수입니다: '{ $arg }', '{ $other }'
cli-argument-twice = 한 번만 쓸 수 있는 인수입니다: '{ $arg }'
cli-tip = 참고
cli-similar-argument = 비슷한 인수가 있습니다: '{ $name }'
cli-similar-value = 비슷한 값이 있습니다: '{ $name }'
cli-too-many-values = '{ $arg }'에 예상하지 않은 값이 있습니다: '{ $value }'
cli-more-information = 자세한 내용은 '{ $help }'로 확인하세요.
# 회의, new, export, verify, recover가 끝날 때 알리는 말.
cli-stopped-rescued = gavel에 종료 요청이 왔습니다. 저장된 기록은 { $path }에 있습니다. gavel을 다시 실행하면 회의를 이어서 진행합니다.
cli-stopped = gavel에 종료 요청이 왔습니다. 저장된 기록은 모두 { $path }에 있습니다. gavel을 다시 실행하면 회의를 이어서 진행합니다.
cli-closed = 산회했습니다. 회의록은 { $path }에 있습니다. 회의록 문서: gavel export { $path }
cli-ended = 회의록은 { $path }에 있습니다. gavel을 다시 실행하면 회의를 이어서 진행합니다.
cli-no-rescue = 일부 기록을 { $minutes }에 쓰지 못했고, 구조용 사본도 쓰지 못했습니다({ $why }).
cli-rescued = 일부 기록을 { $minutes }에 쓰지 못했습니다. 그 기록을 포함한 회의록 전체의 구조용 사본이 { $rescue }에 있습니다. 디스크가 허용하면 다음 명령으로 되돌려 넣으세요: gavel recover { $rescue }
cli-recovered = { $minutes }: { $rescue }에서 기록 { $added }건을 되돌려 넣었습니다. 지문: { $fingerprint }
cli-rescue-left = 구조용 사본은 그대로 두었습니다. 더 필요하지 않으면 지우세요.
cli-starter-written = { $path }에 안건 견본을 작성했습니다. 수정한 뒤 다음 명령으로 검사하세요: gavel check { $path }
cli-starter-exists = 이미 있습니다. gavel new는 파일을 덮어쓰지 않으니 다른 이름을 주세요(gavel new other.yaml)
cli-cannot-be-written = 쓸 수 없습니다: { $why }
cli-stdout = 출력을 쓸 수 없습니다: { $why }
cli-torn-left-out = 마지막 { $bytes }바이트는 끝나지 않은 줄(쓰는 도중 프로그램이 멈춘 것)이어서 제외했습니다
cli-intact = 온전합니다. 머리글과 기록 { $events }건이 바뀐 곳 없이 차례로 이어집니다.
cli-intact-torn = 마지막 완전한 줄 뒤에 완전한 기록이 아닌 { $bytes }바이트가 있습니다. 비정상 종료로 잘린 줄이거나, 그 뒤에 바뀐 것입니다. 이 부분은 지문에 포함되지 않습니다.
cli-fingerprint = 지문: { $fingerprint }
cli-fingerprint-use = 내보낸 회의록 끝에는 그 바탕이 된 회의록의 지문이 있습니다. 사본의 지문이 이 지문과 같으면 그 사본은 이 회의록 그대로입니다.
cli-not-intact = 온전하지 않습니다: { $why }
# 파일에 생긴 문제를 시스템이 알리는 말.
io-permission-denied = 권한이 없습니다
io-not-found = 그런 파일이나 폴더가 없습니다
io-disk-full = 디스크 공간이 부족합니다
io-read-only = 읽기 전용 파일 시스템입니다
io-quota = 디스크 할당량을 넘었습니다
io-file-too-large = 파일이 너무 큽니다
io-is-folder = 폴더입니다
io-not-folder = 폴더가 아닙니다
io-input-output = 입출력 오류입니다
io-not-regular = 일반 파일이 아닙니다({ $what }). gavel은 일반 파일만 읽고 씁니다
io-kind-folder = 폴더
io-kind-fifo = 이름 있는 파이프(FIFO)
io-kind-device = 장치
io-kind-socket = 소켓
io-kind-other = 파일이 아닌 것
# 회의록을 열거나 읽거나 확인하거나 쓰거나 되돌릴 수 없을 때.
journal-missing = 그런 회의록 파일이 없습니다
journal-exists = 이미 있습니다. gavel은 회의록을 덮어쓰지 않습니다
journal-locked = 이 회의록은 다른 gavel에서 열려 있으며, 그 gavel만 회의록을 쓸 수 있습니다. 여기서는 `gavel attach`로 참여하거나 `gavel replay`로 다시 보세요
journal-too-large = 크기가 { $size }바이트로, gavel 회의록이라기에는 너무 큽니다(한도 { $limit }MiB). 읽지 않았습니다
journal-is-folder = 폴더이며 회의록 파일이 아닙니다
journal-cannot-open = 열 수 없습니다: { $why }
journal-empty = 빈 파일입니다. gavel 회의록 파일이 아닙니다
journal-not-minutes = gavel 회의록 파일이 아닙니다: { $found }
journal-other-format = 이 회의록은 형식 { $format }이고, 이 gavel은 형식 1부터 { $newest }까지 읽습니다. 이 회의록을 쓴 gavel 버전을 쓰세요
journal-line-changed = { $changed }번째 줄이 바뀌었습니다: { $line }번째 줄이 더는 그 줄에 이어지지 않습니다(해시 연결이 그곳에서 끊어졌습니다)
journal-line-flaw = { $line }번째 줄: { $why }
journal-found-agenda = 안건(sessions가 있는 YAML)으로 보입니다. 회의록은 그 안건으로 연 회의가 쓰는 .jsonl 파일입니다
journal-found-json = 첫 줄이 JSON이지만 gavel 머리글이 아닙니다
journal-found-text = 텍스트 파일이며, 첫 줄이 gavel 머리글이 아닙니다
journal-found-binary = 텍스트(UTF-8)가 아닙니다
journal-flaw-unreadable = 줄이 손상되었습니다(완전한 gavel 기록이 아닙니다)
journal-flaw-gap = 기록 { $expected }번이 올 자리에 기록 { $found }번이 있습니다. 이 줄 앞의 줄이 지워졌습니다
journal-flaw-repeated = 기록 { $expected }번이 올 자리에 기록 { $found }번이 있습니다. 이 줄은 끼워 넣었거나 복사한 것입니다
journal-flaw-unchained = 이 줄이 앞 줄에 이어지지 않습니다
journal-out-of-bounds = 머리글의 안건은 gavel이 쓸 수 있는 것이 아닙니다: { $why }
journal-bound-duration = { JOSA($field, "은/는") } { $seconds }초입니다. 계획 시간은 0보다 길고 { $days }일 이하여야 합니다
journal-bound-danger = { JOSA($field, "이/가") } thresholds.warning보다 남은 시간이 짧지 않습니다
journal-bound-control = { $field }에 화면을 어지럽힐 수 있는 제어 문자(U+{ $code })가 있습니다
journal-bound-year = { JOSA($field, "은/는") } { $year }년입니다. 회의 날짜는 { $first }년부터 { $last }년까지여야 합니다
journal-closed = { $path }: 이 회의는 { $closed_at }에 산회했으며, 산회한 회의록은 다시 열지 않습니다. `gavel replay { $path }`로 다시 보거나, `gavel run --new`로 새 회의록에서 회의를 다시 여세요
journal-torn-set-aside = 회의록이 끝나지 않은 줄로 끝나 있었습니다(쓰는 도중 프로그램이 멈췄습니다). 그 { $bytes }바이트는 { JOSA($to, "으로/로") } 옮겼으며, 회의는 마지막 완전한 줄부터 이어집니다.
journal-rescue-beside = 이 회의록 옆에 구조용 사본이 있습니다: { $rescue }. 회의록에 없는 기록이 있다면, 종료한 뒤 `gavel recover { $rescue }`로 되돌려 넣으세요.
journal-agenda-changed = 이 회의록을 시작한 뒤 { JOSA($agenda, "이/가") } 바뀌었습니다. 회의는 회의록에 보관된 당시의 안건으로 이어집니다. 바뀐 안건을 쓰려면 --new로 새 회의록을 시작하세요.
journal-refused-exists = 이미 있습니다. 덮어쓰려면 --force를 주세요
journal-refused-these-minutes = 내보내는 회의록 자체입니다. gavel export는 --force를 주어도 회의록을 덮어쓰지 않습니다
journal-refused-minutes = gavel 회의록입니다. gavel export는 --force를 주어도 회의록을 덮어쓰지 않습니다
journal-refused-agenda = 안건 파일입니다. gavel export는 --force를 주어도 안건을 덮어쓰지 않습니다
journal-refused-unchecked = 무엇인지 확인하려 했으나 읽을 수 없습니다({ $why }). gavel export는 회의록도 안건도 아님을 확인한 파일만 덮어씁니다
journal-other-meeting = { $rescue }: 이 구조용 사본은 { JOSA($minutes, "과/와") } 다른 회의의 것입니다. 아무것도 쓰지 않았습니다
journal-diverged = 회의록 { $minutes }, 구조용 사본 { $rescue }: 기록 { $event }번에서 서로 다릅니다. 구조용 사본을 만든 뒤 회의록이 계속 기록되었으므로 그대로 되돌려 넣을 수 없습니다. 아무것도 쓰지 않았습니다
journal-not-saved = { $minutes }: 기록을 쓰지 못했습니다({ $why }). 구조용 사본은 그대로 있습니다
journal-not-encoded = 기록 하나를 변환하지 못했습니다: { $why }
journal-replaced-not-moved = 회의록 파일이 다른 파일로 바뀌었는데, 그 파일을 옆으로 옮길 수 없습니다: { $why }
journal-replaced = 회의록 파일이 다른 파일로 바뀌었습니다. { $why }
journal-removed = 회의록 파일이 지워졌습니다. { $why }
journal-not-reopened = 회의록 파일을 다시 열 수 없습니다: { $why }
journal-not-checked = 회의록 파일을 확인할 수 없습니다: { $why }
journal-changed-not-moved = 다른 프로그램이 회의록 파일을 바꾸었는데, 그 파일을 옆으로 옮길 수 없습니다: { $why }
journal-changed = 다른 프로그램이 회의록 파일을 바꾸었습니다. { $why }
journal-not-rewritten = 회의록을 다시 쓸 수 없습니다: { $why }
journal-taken = 다른 gavel이 파일을 가져갔습니다
journal-no-place = 쓸 곳이 없습니다
# 화면을 시작할 수 없을 때.
cli-no-terminal-run = gavel은 터미널 창에서 회의를 진행하는데, 지금 출력은 터미널이 아닙니다. 계획된 일정을 보려면 `gavel check 안건`을 쓰세요
cli-no-terminal-attach = gavel attach는 터미널 창에 회의를 보여 주는데, 지금 출력은 터미널이 아닙니다
cli-no-terminal-replay = gavel replay는 터미널 창에 회의를 보여 주는데, 지금 출력은 터미널이 아닙니다. 회의록을 텍스트로 보려면 `gavel export 회의록`을 쓰세요
cli-terminal-failed = 터미널을 준비할 수 없습니다: { $why }
cli-seat-not-minutes = { $error }. gavel attach는 진행 중인 회의의 회의록(.jsonl)이나 안건으로 참여합니다
cli-seat-start-first = { $error } (먼저 `gavel run`으로 회의를 시작하세요)
# 진행 단말과 자리 사이의 연결.
share-folder-link = { $path }: 심볼릭 링크이며 gavel이 만든 폴더가 아닙니다. 지우고 다시 시작하세요
share-folder-not-folder = { $path }: 폴더가 아닙니다. 지우고 다시 시작하세요
share-folder-owner = { $path }: 다른 사용자(uid { $owner })가 만든 폴더입니다. 지우거나 XDG_RUNTIME_DIR을 설정하세요
share-folder-mode = { $path }: 다른 사용자도 쓸 수 있습니다(권한 { $mode }). 권한은 700이어야 합니다. chmod 700으로 바꾸거나 지우세요
share-folder-account = { $path }: 다른 계정({ $account })의 폴더입니다. 지우세요
share-folder-access = { $path }: 다른 사용자도 쓸 수 있습니다({ $who }에게 열려 있음). 본인만 쓸 수 있어야 합니다. 지우세요
share-pipe-foreign = 회의의 pipe를 진행 단말이 아닌 다른 계정({ $account })이 만들었습니다
share-other-user = { $socket }: 그곳에서 기다리는 프로그램은 다른 사용자의 것이며, 이 회의의 것이 아닙니다
share-turned-away = 진행 단말이 이 자리의 연결을 거절했습니다: { $reason }
share-not-reachable = 진행 단말에 연결할 수 없습니다({ $why }). 다시 시도합니다
share-reconnecting = { $reason }. 다시 연결합니다
share-seat-name-taken = { $name } 자리가 이미 연결되어 있습니다. 다른 이름으로 연결하세요(--seat 이름)
share-unreadable = 진행 단말이 이 자리가 읽을 수 없는 내용을 보냈습니다
share-connecting = 진행 단말에 연결하는 중입니다
share-not-json = JSON이 아닌 메시지
share-other-version = 프로토콜 버전 { $version }의 메시지(이 진행 단말은 버전 { JOSA($speaks, "을/를") } 씁니다)
share-no-version = 프로토콜 버전이 없는 메시지
share-unknown-message = 이 진행 단말이 모르는 메시지({ $why })
share-too-long = { $kib }KiB보다 긴 메시지
share-too-far-behind = 너무 많이 뒤처졌습니다
share-own-user-only = 이 회의에는 같은 사용자의 자리만 연결할 수 있습니다
share-hello-first = 첫 메시지는 hello여야 합니다
share-left = 연결을 끊었습니다
share-it-sent = 잘못된 내용을 보냈습니다: { $what }
share-sent = 잘못된 내용을 보냈습니다: { $what }
io-too-large = 너무 큽니다
journal-twin-stopped = 사본을 쓰는 작업이 멈췄습니다
cli-arg-ambiguous-wide = 안건과 기록에 쓴 너비가 모호한 문자(글머리표로 쓰는 동그라미, 네모, 참고표, 가운뎃점, 원문자)를 두 칸 너비로 배치합니다. 이 문자를 두 칸으로 그리는 터미널에서 쓰세요 (GAVEL_AMBIGUOUS_WIDE=1도 같습니다)

## 안건 파일의 회의록 항목 (이슈 15)
agenda-role-and-position = position과 role(예전 이름) 가운데 하나만 쓰세요
agenda-group-unknown = { JOSA($value, "은/는") } 구분이 아닙니다. attendee(참석)나 supporting(배석)으로 쓰세요
agenda-quorum-not-a-number = { JOSA($value, "은/는") } 의사정족수가 아닙니다. 출석해야 하는 인원을 1 이상의 정수로 쓰세요
agenda-quorum-above-attendees = 의사정족수 { $quorum }명을 채울 수 없습니다. 안건 파일의 참석자는 { $attendees }명입니다(배석자는 세지 않습니다)

## 회의록: 출석 확인, 정정, 확정 (이슈 15)
refusal-sealed = 확정한 회의록입니다. 이제 바꿀 수 없습니다
refusal-no-name = 이름이 필요합니다
refusal-attendee-exists = 같은 이름이 이미 명단에 있습니다
refusal-no-such-attendee = 명단에 없는 사람입니다
refusal-already-present = 이미 출석으로 표시했습니다
refusal-not-present = 출석한 사람만 퇴장할 수 있습니다
refusal-not-closed = 정정과 확정은 산회한 뒤에 합니다
refusal-no-reason = 정정에는 사유가 필요합니다
refusal-unchanged = 바뀌는 내용이 없습니다
refusal-no-title = 안건에는 제목이 필요합니다
refusal-no-such-session = 안건에 그런 세션이 없습니다
refusal-taken-up = 다루지 않은 안건만 뺄 수 있습니다. 이 안건은 진행 중이거나 시간이나 기록이 있습니다
refusal-only-topic = 세션에는 안건이 하나는 있어야 합니다
refusal-plan-out-of-bounds = 계획 시간은 1초(안건) 또는 1분(세션)에서 24시간 사이입니다
refusal-empty-message = 회의장에 보낼 메시지가 비어 있습니다
help-roll-call = 출석 확인: 출석, 불참, 지각, 퇴장
help-roll-pick = 사람 고르기
help-roll-toggle = 출석 / 불참 (개회 뒤 출석은 지금 도착한 것으로 기록)
help-roll-left = 지금 퇴장
help-roll-reason = 불참 사유 입력
help-roll-add = 안건에 없는 사람 추가 (이름, 직위)
help-roll-back = 돌아가기
help-roll-input-done = 입력 마침
help-roll-input-cancel = 취소
seat-roll-call = 출석 확인
key-present-absent = 출석/불참
key-reason = 사유
key-left = 퇴장
key-add = 추가
key-back = 돌아가기
key-done = 마침
outline-present = 출석 { $present }명
outline-present-quorum = 출석 { $present }명, 정족수 { $quorum }명
roll-unmarked = 미확인
roll-present = 출석
roll-absent = 불참
roll-left = 퇴장
roll-supporting = 배석
roll-added = { $time } 추가
roll-arrived = { $time } 도착
roll-left-at = { $time } 퇴장
roll-title = 출석 확인: 출석 { $present }명
roll-title-quorum = 출석 확인: 출석 { $present }명, 정족수 { $quorum }명
roll-empty = 명단에 아직 아무도 없습니다. a를 눌러 추가하세요.
roll-input-reason = 불참 사유:
roll-input-add = 추가(이름, 직위):
editor-speaker-added = { $name }님을 명단에 추가했습니다. 이 기록은 { $name }님의 발언입니다
editor-no-speaker = 명단에 { $typed }(으)로 시작하는 사람이 없습니다
check-supporting = 배석
check-quorum = 정족수
check-quorum-value = { $quorum }명 출석
check-recorder = 작성자
check-confirmer = 확인자
check-disclosure = 공개구분
check-retention = 보존기간

## the record in the minutes (issue 15)
md-recorder = 작성자
md-confirmer = 확인자
md-disclosure = 공개구분
md-retention = 보존기간
md-quorum = 의사정족수
md-quorum-value = { $quorum }명{ $met ->
    [yes] (충족)
    [no] (미달)
   *[unknown] {""}
}
md-present = 출석
md-present-value = 참석 대상 { $of }명 중 { $count }명
md-attendance = 출석 현황
md-roll-present = 참석자({ $count }명)
md-roll-supporting = 배석자({ $count }명)
md-roll-absent = 불참({ $count }명)
md-roll-not-called = 출석 미확인({ $count }명)
md-arrived = { $time } 도착
md-left = { $time } 퇴장
md-added = 회의 중 추가 { $time }
md-gist = 발언요지
md-other-notes = 기타 기록
md-presenter-speaking = { $name }(보고자)
md-vote = 표결: 찬성 { $yes }, 반대 { $no }, 기권 { $abstaining }
md-note-corrected = 정정 { $time }
md-corrections = 정정
md-correction = { $at }, 정정자 { $by }({ $topic }). 사유: { $reason }
md-correction-before = 정정 전: { $text }
md-correction-after = 정정 후: { $text }
md-correction-struck = 정정 후: 삭제
md-correction-withheld = 정정 전: 공개용에서 제외
md-signed-off = 확정: { $by }, { $at }. 확정한 회의록의 확인값: { $fingerprint }
md-draft = (초안: 확정 전)
md-public-edition = 공개용: 불참 사유, 삭제한 기록, 정정으로 삭제한 문구는 싣지 않았습니다.
cli-export-public = 공개용 회의록을 출력합니다. 불참 사유, 삭제한 기록, 정정으로 삭제한 문구, (JSON에서) 기록의 이전 문구를 뺍니다

## amend, finalize, verify (issue 15)
cli-amend-about = 산회한 회의록의 기록을 정정하거나 삭제 표시합니다. 정정자와 사유를 함께 적습니다. --note나 --strike가 없으면 기록과 그 ID를 보여 줍니다
cli-amend-by = 정정하는 사람의 이름입니다
cli-amend-note = 정정할 기록의 ID입니다. 고친 내용은 --text로 줍니다
cli-amend-text = 기록의 고친 내용입니다
cli-amend-strike = 삭제 표시할 기록의 ID입니다
cli-amend-reason = 정정하거나 삭제 표시하는 사유입니다
cli-finalize-about = 산회한 회의록을 확정합니다. 확정한 뒤에는 바꿀 수 없습니다. 확정한 지문을 출력합니다
cli-man-about = gavel 설명서 페이지(man, 이 명령줄에서 만든 roff) 출력, 패키지용
cli-finalize-by = 회의록을 확정하는 사람의 이름입니다
cli-verify-fingerprint = 회의록의 지문이 이 값일 때만 성공합니다. 확정한 회의록은 확정할 때의 지문과, 확정 전에는 마지막 지문과 비교합니다. 네 자리씩 띄어 쓰거나 -로 이어 써도 됩니다
cli-value-hex = 지문
cli-value-id = ID
cli-value-text = 내용
after-not-saved = { $path }: 변경 내용을 기록하지 못했습니다: { $why }
after-no-such-note = 이 회의록에는 { $id } 기록이 없습니다. 기록과 그 ID는 `gavel amend 회의록`으로 볼 수 있습니다
after-note-struck = { $id } 기록은 삭제 표시한 기록이므로 정정할 수 없습니다
after-twin-not-written = { $twin }: 읽기용 사본을 다시 쓰지 못했습니다({ $why }). 회의록은 저장했습니다
amend-corrected = { $path }: { $id } 기록을 정정했습니다(정정자: { $by }, 사유: { $reason })
amend-struck = { $path }: { $id } 기록에 삭제 표시를 했습니다(정정자: { $by }, 사유: { $reason })
amend-list-heading = { $path }: 기록 { $notes }건(ID, 안건: 내용)
amend-list-before-opening = 개회 전
amend-list-note = { $id }  { $topic }: { $text }
amend-list-struck = { $id }  { $topic }: { $text } (삭제 표시)
amend-list-how =
    기록을 정정하려면: gavel amend { $path } --by 이름 --note ID --text 내용 --reason 사유
    기록에 삭제 표시를 하려면: gavel amend { $path } --by 이름 --strike ID --reason 사유
finalize-done = { $path }: 회의록을 확정했습니다(확정자: { $by }). 확정한 지문: { $fingerprint }
finalize-check = 이 회의록이나 그 사본은 다음 명령으로 확인할 수 있습니다: gavel verify { $path } --fingerprint { $fingerprint }
verify-signed-off = { $at }에 확정했습니다(확정자: { $by }). 확정한 지문: { $fingerprint }
verify-after-seal = 확정 뒤에 { $lines }줄이 더 있습니다. 확정 뒤에는 아무것도 덧붙일 수 없으므로, 확정한 회의록 그대로가 아닙니다
verify-fingerprint-matches = 입력한 지문이 이 회의록의 지문과 같습니다.
verify-other-sealed = 입력한 지문({ $given })이 확정한 지문({ $held })과 다릅니다
verify-other-fingerprint = 입력한 지문({ $given })이 이 회의록의 지문({ $held })과 다릅니다
verify-seal-mismatch = 확정 기록에 적힌 지문({ $sealed })이 확정 직전 회의록의 지문({ $before })과 다릅니다. gavel이 이 회의록에 쓴 확정 기록이 아닙니다

## 정정 화면 (이슈 15)
seat-amend = 정정
help-amend-pick = 기록 고르기
help-amend-correct = 고른 기록의 내용 정정 (이어서 사유)
help-amend-strike = 고른 기록 삭제 (이어서 사유)
amend-screen-by = 정정자: { $by }
amend-screen-editor = 정정할 내용: Enter를 누르고 사유를 쓰세요. Esc는 취소
amend-screen-reason = 정정 사유:
amend-screen-key-save = 정정 저장
amend-screen-key-correct = 정정
amend-screen-corrected = 정정하여 저장했습니다. 정정자와 사유도 함께 남깁니다
amend-screen-struck = 삭제하여 저장했습니다. 정정자와 사유도 함께 남깁니다
amend-screen-was-corrected = 정정됨
amend-screen-no-notes = 이 회의록에는 기록이 없습니다.
amend-screen-terminal = 터미널을 쓸 수 없습니다: { $why }

## 문서로 된 회의록 (이슈 16)
paper-kind = 회의록
paper-sign-off = 서명
paper-signature = 서명
paper-chart-title = 시간 사용: 세션별 계획과 실제, 회의 중 일정 차이
paper-chart-drift = 일정 차이(공표된 계획보다 늦은 분)
paper-chart-drift-axis = 개회 후 분
paper-page-of = 쪽
cli-pdf-to-terminal = PDF는 터미널에 출력할 수 없습니다. -o 파일.pdf를 주거나 파일이나 다른 프로그램으로 보내세요(gavel export 회의록.jsonl --format pdf > 회의록.pdf)
cli-pdf-failed = PDF를 만들지 못했습니다: { $why }
cli-hwpx-to-terminal = HWPX 문서는 터미널에 출력할 수 없습니다. -o 파일.hwpx를 주거나 파일이나 다른 프로그램으로 보내세요(gavel export 회의록.jsonl --format hwpx > 회의록.hwpx)
cli-hwpx-failed = HWPX 문서를 만들지 못했습니다: { $why }
paper-pauses = 정회
paper-time = 시각
