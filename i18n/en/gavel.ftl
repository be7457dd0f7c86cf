# gavel's words in English. Every id here is also in ../ko/gavel.ftl (a test checks it); the
# code's fl! checks ids and arguments against this file when it compiles.

## Why an action was refused (the hint bar, a seat's reason)
refusal-open-first = Open the meeting first (Space)
refusal-closed = The meeting is closed
refusal-already-open = The meeting is already open
refusal-no-topics = The agenda has no topic to open the meeting on
refusal-last-topic = This is the last topic; press e to close the meeting
refusal-last-session = This is the last session; press e to close the meeting
refusal-first-topic = This is the first topic
refusal-first-session = This is the first session
refusal-no-such-topic = There is no such topic in the agenda
refusal-already-there = That is the current topic
refusal-plan-floor = A session's plan cannot go below one minute
refusal-plan-ceiling = A session's plan cannot go above 24 hours
refusal-already-skipped = This topic is already marked skipped
refusal-already-deferred = This topic is already marked deferred
refusal-empty-note = The note is empty
refusal-empty-decision = Write the decision after d:
refusal-empty-action-item = Write the action item after a:
refusal-no-note-id = A note needs an id
refusal-id-taken = Another note already has this id
refusal-no-such-note = There is no such note
refusal-note-struck = That note is struck out
refusal-not-this-seat = This seat cannot do that (attach with --as chair)
refusal-not-a-rehearsal = These minutes are already the meeting itself, not a rehearsal

## What the hint bar says after an action that was done
notice-last-topic-marked = That was the last topic; press e to close the meeting

## A meeting's state, lowercase (the header shows it in capitals)
state-not-opened = not opened
state-running = running
state-paused = paused
state-closed = closed

## A rehearsal, and a meeting held on another day
held-mark-rehearsal = REHEARSAL
held-line-rehearsal = REHEARSAL, held on { $on }, not the meeting of { $agenda }: its times count from its opening.
held-line-postponed = The meeting of { $agenda }, held on { $on } instead.
rehearsal-day = A rehearsal: this agenda is for { $agenda }. Its times count from when it is opened.

## A topic's status, lowercase
topic-pending = not reached
topic-current = current
topic-done = done
topic-passed-over = passed over
topic-skipped = skipped
topic-deferred = deferred

## A note's kind, as the minutes name it
note-kind-note = Note
note-kind-decision = Decision
note-kind-action-item = Action item

## Why an action item's due: was not read as a date
due-missing = due: needs a date, e.g. due:2025-01-15
due-not-a-date = { $value } is not a date (write YYYY-MM-DD)

## Drift from the published agenda; amount is h:mm:ss or a number of days
drift-behind = { $amount } behind
drift-ahead = { $amount } ahead
drift-on-time = on time
drift-days = { $days } days

## A length as words: 1h 5m, 45s
length-hours = { $n }h
length-minutes = { $n }m
length-seconds = { $n }s

## The short name of a day of the week, 1 Monday to 7 Sunday
weekday-short =
    { $day ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    }

## The questions asked before what cannot be taken back
question-quit = Quit gavel? Everything is saved; run gavel again to resume the meeting.
question-quit-closed = Quit gavel? The meeting is closed and everything is saved; gavel replay shows it again.
question-quit-unsaved = { $n } { $n ->
        [one] event is
       *[other] events are
    } NOT SAVED to the minutes. Quit anyway? A rescue copy of the whole minutes will be written and its place shown.
question-quit-unacknowledged = { $n } { $n ->
        [one] note is
       *[other] notes are
    } not yet confirmed by the runner, and would be lost with this seat. Leave anyway?
question-quit-with-draft = The note being typed is not committed (it is kept as a draft). Quit anyway?
question-close = Close the meeting? Its timers stop and nothing can be changed afterwards.
question-close-unreached = Close the meeting? { $count ->
        [one] Session { $list } was
       *[other] Sessions { $list } were
    } never reached. Its timers stop and nothing can be changed afterwards.
question-hold-today = Hold this as the meeting of { $agenda }, today, { $today }? It stops being a rehearsal: its times follow the agenda's hours today, and its minutes take the meeting's name.
question-strike = Strike this note out of the minutes? The minutes' history keeps it.

## A seat's note too long for the protocol
note-too-long = This note is too long to send from a seat (at most { $kib } KiB); split it into shorter notes

## Something else changed the minutes file; kept is the ending of the file set aside (.replaced-1)
intrusion-removed = Minutes removed outside gavel: written again whole
intrusion-replaced = Minutes replaced outside gavel: written again; theirs kept as { $kept }
intrusion-changed = Minutes changed outside gavel: written again; theirs kept as { $kept }

## The hint bar: the seat (or mode) in capitals, then what each live key does
seat-chair = CHAIR
seat-secretary = SECRETARY
seat-note = NOTE
seat-jump = JUMP
seat-help = HELP
seat-ask = ASK
seat-closed = CLOSED
seat-replay = REPLAY
key-open = open
key-real-meeting-today = real meeting today
key-note = note
key-quit = quit
key-jump = jump
key-topic = topic
key-close = close
key-session = session
key-skip = skip
key-defer = defer
key-minute = minute
key-pick = pick
key-edit = edit
key-strike = strike
key-notes = notes
key-save = save
key-new-line = new line
key-decision = decision
key-action = action
key-chair = chair
key-go = go
key-cancel = cancel
key-close-help = close help
key-yes = yes
key-no = no
key-scroll = scroll
key-resume = resume
key-pause = pause
key-help = help

## The top line: whether the minutes are saved
save-saved = saved
save-saved-at = saved { $at }
save-not-saved = NOT SAVED: { $reason }

## The clock face: its labels, time left or over, the session timer's level
clock-session = Session
clock-topic = Topic
clock-meeting = Meeting
clock-left = { $time } left
clock-over = { $time } over
clock-paused = paused { $time }
clock-drift = Drift
clock-projected-end = Projected end
level-warning = WARNING
level-danger = DANGER
level-over = OVER TIME

## The current session and topic, on the right
current-session = Session { $n } of { $of }:
current-topic = Topic { $n } of { $of }
current-not-opened-chair = not opened: Space opens the meeting
current-not-opened = not opened yet
current-paused = paused
current-closed = closed
current-last-topic = the last topic: e closes the meeting
current-presenter = Presenter:

## The notes pane
notes-before-opening = Notes before opening
notes-topic = Notes: topic { $n }
notes-help-picked = Enter edit, x strike, Esc let go
notes-help-pick = Up: pick a note
notes-none = No notes on this topic yet.
notes-decision = Decision:
notes-action = Action:
notes-due = due { $due }
notes-due-not-understood = due date not understood: { $problem }
notes-edited = edited
notes-struck = struck out
notes-saving = saving
notes-unsaved = UNSAVED
notes-sending = sending
notes-unsent = UNSENT

## The agenda outline's title, and the secretary's editor
outline-title = Agenda
editor-editing = Editing a note: Enter saves the new version, Esc cancels
editor-typing = Note: Enter saves, Alt-Enter new line, Esc back to the chair
editor-idle = Tab: type a note
editor-placeholder = Tab or i to type a note; Enter saves it

## gavel check: the agenda's facts and its planned schedule.
check-organizer = Organizer
check-when = When
check-where = Where
check-chair = Chair
check-attendees = Attendees
check-goals = Goals
check-timers = Timers
check-timers-value = warning at { $warning } left, danger at { $danger } left, bell { $bell ->
        [on] on
       *[off] off
    }
check-session = Session { $n }: { $title }
check-break = Break: { $title }
check-total = { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    }, { $topics ->
        [one] 1 topic
       *[other] { $topics } topics
    }: { $running } of sessions{ $breaks ->
        [none] {""}
       *[some] {" "}and { $pauses } of breaks
    }, { $total } in all. Planned end { $end }.

## A seat and its runner.
runner-stopped = the runner stopped
runner-not-running = the runner is not running (start it with gavel run); trying again
runner-connection-failed = the connection to the runner failed: { $why }
seat-meeting-closed = the meeting is closed; its runner has finished
rehearsal-farewell = this rehearsal became the meeting itself, under the meeting's name: attach again
rehearsal-moved = This rehearsal is now the meeting itself; its minutes are { $path }.
room-planned-not-opened = planned · not opened yet

## The help overlay: what each key does
help-older-newer-note = older / newer note (only the chair moves the meeting)
help-clicker = next / previous topic, in every mode (a presentation clicker)
help-yes = yes
help-no = no
help-open-pause = open the meeting; then pause / resume
help-next-topic = next topic (past the last: next session)
help-previous-topic = previous topic
help-next-previous-session = next / previous session
help-jump = jump: pick any session or topic
help-minute = one minute more / less for this session
help-skip = mark this topic skipped, and move on
help-defer = mark this topic deferred (take it up later), and move on
help-type-note = type a note (the secretary's editor)
help-pick-note = pick a note of this topic (older, newer)
help-edit-note = edit the picked note (the minutes keep every version)
help-strike-note = strike the picked note out (asks first; the history keeps it)
help-close = close the meeting (asks first), then the summary
help-hold-today = before a rehearsal opens: hold it today as the meeting itself (postponed to today)
help-scroll-summary = scroll the summary
help-save-note = save the note (d: decision, a: @owner action item due:2025-01-15)
help-back = back to the chair's keys (and let go of a picked note)
help-picker-next = next item in the picker
help-picker-previous = previous item in the picker
help-picker-go = go to the picked session or topic
help-this-help = this help
help-quit = quit (asks first; everything is already saved)
help-replay-next-event = next event
help-replay-previous-event = previous event
help-replay-next-topic = next change of topic
help-replay-previous-topic = previous change of topic
help-replay-next-session = next session
help-replay-previous-session = previous session
help-replay-start = the start
help-replay-end = the end
help-replay-play = play / pause
help-replay-1x = play at 1x
help-replay-10x = play at 10x
help-replay-60x = play at 60x
help-replay-go-to = go to a clock time (type 09:42, Enter)
help-replay-summary = summary: planned against actual, decisions, action items (s again: the screen)
help-replay-quit = quit (replay never changes the minutes)
key-name-right = Right
key-name-left = Left
key-name-up = Up
key-name-down = Down
help-title = Keys (Esc closes)
help-marks = Marks: > current  x done  . passed over  - skipped  ~ deferred
help-notes = Notes: d: decision; a: @owner action item due:2025-01-15

## Replay
replay-not-closed = This meeting is not closed: it is still being run, or was stopped without closing. Replay shows it up to its last saved event.
replay-torn-tail = The minutes end in an unfinished line ({ $bytes } bytes), left out here.
replay-not-a-clock-time = { $typed } is not a clock time (type 09:42)
replay-not-during = { $typed } is not during the meeting ({ $from } to { $to })
replay-notice-title = Note (any key)
replay-seek-title = Go to a clock time (Enter; Esc cancels)
replay-seek-prompt = Time (HH:MM):
replay-playing = REPLAY { $speed }x
replay-paused = REPLAY
replay-keys = keys
replay-help-title = Replay keys (Esc closes)

## The summary: where the time went
summary-before-opening = before opening
summary-planned-against-actual = Planned against actual
summary-column-item = session / topic
summary-column-planned = planned
summary-column-actual = actual
summary-column-diff = diff
summary-legend = # within plan, ! over; x done, . passed over, - skipped, ~ deferred
summary-skipped-and-deferred = Skipped and deferred
summary-none = none
summary-decisions = Decisions
summary-action-items = Action items
summary-column-owner = owner
summary-column-due = due
summary-column-topic = topic
summary-column-what = what
summary-title-closed = The meeting is closed: where the time went (Up, Down to scroll)
summary-title-so-far = Where the time went so far (Up, Down to scroll)

## The room display
room-session = Session { $n } of { $of }:
room-left-paused = left (paused)
room-left-in-session = left in this session
room-not-opened = The meeting has not opened yet.
room-topic = Topic { $n }:
room-next = Next: { $number }
room-next-end = Next: the end of the agenda
room-schedule = Schedule:
room-expected-end = Expected end:
room-runner-gone = RUNNER GONE

## The picker, the question, a screen too small
picker-title = Jump to (Up/Down, Enter; Esc cancels)
picker-session = Session { $n }:
confirm-title = Are you sure?
small-title = Terminal too small
small-size = It is { $size }; gavel needs at least { $needed }.
small-enlarge = Enlarge the window: the meeting goes on meanwhile.

## The chair's notices
chair-resumed = Resumed where it was; the time in between counts as meeting time
chair-seats-off = Second seats are off: the socket could not be made ({ $why })
chair-seat-left = A seat left: { $reason }
seat-joined-secretary = A secretary seat attached
seat-joined-chair = A chair seat attached
seat-joined-room = A room display seat attached
chair-draft-not-kept = the note being typed is not kept: { $why }
chair-twin-behind = the readable copy is behind: { $why }
chair-after-panic = gavel stopped because of an error in gavel itself. Every saved note is in { $minutes }; run gavel again to resume the meeting.
desk-pick-first = Pick a note first (Up, Down)
desk-runner-unreachable = Not done: the runner is not reachable; do it again once it is back

## A second seat
seat-connecting = connecting to the runner
seat-note-not-saved = Note not saved: { $reason }
seat-takes-notes = This seat takes notes; the chair's keys are on the chair's screen
seat-runner-behind = the runner has not saved everything yet
seat-outbox-not-kept = this seat's notes are not kept on disk: { $why }
key-name-up-down = Up/Down

## The minutes as a Markdown document
md-attendees = Attendees
md-goals = Goals
md-before-opening = Before opening
md-before-opening-lower = before opening
md-sessions = Sessions
md-session-planned = Planned { $length }
md-session-adjusted = (adjusted to { $length })
md-session-actual = actual { $length }
md-session-first-taken-up = first taken up at { $time }
md-session-summary = Summary: { $summary }
md-topic-of-planned = { $elapsed } of { $planned } planned
md-presenter = Presenter: { $name }
md-break = Break: { $title }, { $length } planned.
md-decisions = Decisions
md-none-recorded = None recorded.
md-action-items = Action items
md-column-number = #
md-column-owner = Owner
md-column-due = Due
md-column-topic = Topic
md-column-item = Item
md-skipped-topics = Skipped topics
md-deferred-topics = Deferred topics, not taken up
md-topics-not-reached = Topics not reached
md-fingerprint = Journal fingerprint: { $fingerprint }
md-organizer = Organizer
md-date = Date
md-planned = Planned
md-location = Location
md-chair = Chair
md-opened = Opened
md-not-opened = not opened
md-closed = Closed
md-not-closed-yet = not yet: { $state } as of the last entry, { $last }
md-paused = (paused { $length })
md-running-time = Running time
md-planned-against-actual = Planned against actual
md-column-session = Session
md-column-planned = Planned
md-column-adjusted = Adjusted
md-column-actual = Actual
md-column-difference = Difference
md-total = Total
md-note-written = written { $time }
md-note-owner = owner { $owner }
md-note-due = due { $due }
md-note-edited = edited { $time }
agenda-language-unknown = { $value } is not a language gavel writes minutes in: write ko (Korean) or en (English)
