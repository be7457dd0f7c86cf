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
room-planned-not-opened = planned (not opened yet)

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
## agenda errors
# Each follows the file, line and column and the field (`sessions[2].duration: `), so most begin
# in lower case. A $text is what the file holds, already in quotes.
agenda-no-such-file = there is no such file
agenda-is-a-folder = is a folder, not an agenda file
agenda-not-regular = is { $what }, not a regular file; gavel reads and writes only regular files
agenda-kind-fifo = a named pipe (FIFO)
agenda-kind-device = a device
agenda-kind-socket = a socket
agenda-kind-other = not a file
agenda-cannot-read = cannot be read: { $reason }
agenda-cannot-read-plain = cannot be read
agenda-cannot-read-permission = cannot be read: permission denied
agenda-too-large = is { $size } bytes, too large to be an agenda (the limit is { $limit } MiB); it was not read
agenda-empty = the file is empty; an agenda needs at least a title, date, start, timezone and sessions (`gavel new` writes a starter)
agenda-not-utf8 = the file is not UTF-8 text (byte 0x{ $byte }); save it as UTF-8
agenda-alias-bomb = uses YAML aliases to repeat content far more than any agenda needs; refused without expanding it
agenda-too-deep = nests lists and mappings far deeper than any agenda; refused
agenda-two-documents = holds more than one YAML document (a line `---` starts another); an agenda is one document
agenda-yaml-in-context = this is not valid YAML: { $problem } ({ $context }); check the indentation and quoting here
agenda-yaml-problem = this is not valid YAML: { $problem }; check the indentation and quoting here
agenda-yaml = this is not valid YAML; check the indentation and quoting here
# What the YAML reader found wrong, in its own words.
agenda-yaml-duplicate-key = duplicate entry with key { $key }
agenda-yaml-expected-dash = did not find expected '-' indicator
agenda-yaml-end-of-stream = found unexpected end of stream
agenda-yaml-mapping-values = mapping values are not allowed in this context
agenda-yaml-expected-key = did not find expected key
agenda-yaml-bad-start = found character that cannot start any token
agenda-yaml-expected-colon = could not find expected ':'
agenda-yaml-expected-node = did not find expected node content
agenda-yaml-expected-bracket = did not find expected ',' or ']'
agenda-yaml-expected-brace = did not find expected ',' or '{"}"}'
agenda-yaml-tab-indentation = found a tab character that violates indentation
agenda-yaml-tab-for-space = found a tab character where an indentation space is expected
agenda-yaml-unknown-escape = found unknown escape character
agenda-yaml-sequence-entries = block sequence entries are not allowed in this context
agenda-yaml-unexpected-colon = found unexpected ':'
agenda-yaml-control-characters = control characters are not allowed
agenda-yaml-undefined-tag = found undefined tag handle
agenda-yaml-expected-name = did not find expected alphabetic or numeric character
agenda-yaml-document-indicator = found unexpected document indicator
agenda-yaml-unknown-anchor = unknown anchor
agenda-yaml-merge-scalar = expected a mapping or list of mappings for merging, but found scalar
agenda-yaml-merge-tagged = unexpected tagged value in merge
agenda-yaml-merge-into-scalar = expected a mapping for merging, but found scalar
agenda-yaml-merge-into-list = expected a mapping for merging, but found sequence
# Where the YAML reader was when it found it.
agenda-yaml-in-block-collection = while parsing a block collection
agenda-yaml-in-block-mapping = while parsing a block mapping
agenda-yaml-in-block-node = while parsing a block node
agenda-yaml-in-flow-sequence = while parsing a flow sequence
agenda-yaml-in-flow-mapping = while parsing a flow mapping
agenda-yaml-in-flow-node = while parsing a flow node
agenda-yaml-in-node = while parsing a node
agenda-yaml-in-quoted = while scanning a quoted scalar
agenda-yaml-in-parsing-quoted = while parsing a quoted scalar
agenda-yaml-in-plain = while scanning a plain scalar
agenda-yaml-in-block-scalar = while scanning a block scalar
agenda-yaml-in-simple-key = while scanning a simple key
agenda-yaml-in-next-token = while scanning for the next token
agenda-yaml-in-anchor = while scanning an anchor
agenda-yaml-in-alias = while scanning an alias
agenda-yaml-in-tag = while scanning a tag
agenda-yaml-in-parsing-tag = while parsing a tag
# A field the file names that does not belong where it is.
agenda-unknown-field-did-you-mean = unknown field; did you mean `{ $known }`?
agenda-unknown-field-nothing = unknown field; nothing else belongs here
agenda-unknown-field-list = unknown field; the fields here are { $known }
agenda-field-name = { $name }
agenda-field-separator = ,{" "}
# A value of the wrong kind: what belongs there, and what the file holds.
agenda-wrong-type = expected { $expected }, found { $found }
agenda-expected-list = a list
agenda-expected-boolean = true or false
agenda-expected-text = text
agenda-expected-duration = a duration such as 40m, 1h30m or 90s
agenda-expected-agenda = an agenda (a mapping with title, date, start, timezone and sessions)
agenda-expected-thresholds = thresholds (a mapping with warning and danger)
agenda-expected-item = a session (a mapping with title, duration and topics) or a break (break and duration)
agenda-expected-topic-map = a topic (a mapping with title, duration, presenter, notes)
agenda-expected-attendee-map = an attendee (a mapping with name and role)
agenda-expected-topic = a topic: its title, or a mapping with title, duration, presenter, notes
agenda-expected-attendee = an attendee: a name, or a mapping with name and role
agenda-expected-field-name = field identifier
agenda-found-text = the text { $text }
agenda-found-number = the number { $number }
agenda-found-boolean = { $value }
agenda-found-list = a list
agenda-found-mapping = a mapping
agenda-found-nothing = nothing
agenda-found-tagged = a value with a YAML tag
agenda-does-not-fit = this value does not fit here
# A value missing or blank; $what says what to write.
agenda-needs-value = needs a value: { $what }
agenda-blank = is blank; write { $what }
agenda-blank-optional = is blank; write something or leave the line out
agenda-what-title = the meeting's title
agenda-what-date = the day of the meeting, e.g. 2025-01-15
agenda-what-start = the planned start, e.g. 09:00
agenda-what-timezone = the meeting's time zone, a name such as Asia/Seoul or an offset such as +09:00
agenda-what-goal = a goal
agenda-what-name = a name
agenda-what-attendee-name = the attendee's name
agenda-what-break-name = the break's name, e.g. Lunch
agenda-what-session-title = the session's title
agenda-what-topic = the topic
agenda-what-topic-title = the topic's title
agenda-what-break-duration = how long the break lasts, e.g. 1h
agenda-what-session-duration = how long the session is planned to take, e.g. 40m
# The day, the start and the time zone.
agenda-not-a-date = { $text } is not a date (write YYYY-MM-DD, e.g. 2025-01-15)
agenda-not-a-time = { $text } is not a time of day (write HH:MM on a 24-hour clock, e.g. 09:00)
agenda-start-skipped = { $start } does not exist on { $date } in { $zone }: the clocks skip it that day
agenda-not-an-offset = { $text } is not a time zone offset (write a name such as Asia/Seoul, or an offset such as +09:00)
agenda-not-a-zone = { $text } is not a time zone (write a name such as Asia/Seoul, or an offset such as +09:00)
agenda-not-a-zone-did-you-mean = { $text } is not a time zone; did you mean { $name }? (write a name such as Asia/Seoul, or an offset such as +09:00)
# Sessions, breaks and topics.
agenda-danger-not-below-warning = danger at { $danger } left comes no later than warning at { $warning } left; danger must be less time left than warning
agenda-no-sessions = the agenda has no sessions: list at least one, with its title, duration and topics
agenda-break-first = the agenda starts with a break; a break stands between two sessions
agenda-break-last = the agenda ends with a break; a break stands between two sessions
agenda-two-breaks = two breaks in a row; make them one break
agenda-break-has-no = a break has no { $field }: write a break as `break: Lunch` with a duration, or drop `break` to make this a session
agenda-no-topics = the session has no topics: list at least one
agenda-topics-too-long = the topics' planned times add up to { $topics }, more than the session's { $session }; lengthen the session or shorten its topics
# Characters a text may not hold; $code is hexadecimal, as 001B.
agenda-control-character = contains a control character (U+{ $code }), which could garble the screen; remove it
agenda-zero-width = contains an invisible zero-width character (U+{ $code }), which hides in the text; remove it
agenda-bidi-control = contains an invisible bidirectional control (U+{ $code }), which could reorder the text on the screen; remove it
# Durations: 40m, 1h30m, 90s.
agenda-no-unit = { $text } has no unit (write 40m, 1h30m or 90s)
agenda-negative = { $text } is negative; a duration must be longer than zero
agenda-not-a-duration = { $text } is not a duration (write 40m, 1h30m or 90s)
agenda-zero = { $text } is zero; a duration must be longer than zero
agenda-not-whole-seconds = { $text } is not a whole number of seconds (write 40m, 1h30m or 90s)
agenda-longer-than-a-week = { $text } is longer than a week; no meeting plans that far
# A stored agenda's values (in a journal's header) that do not read.
agenda-unknown-zone = unknown time zone { $text }
agenda-not-a-clock = { $text } is not a time
agenda-not-an-instant = { $text } is not an instant
agenda-not-an-instant-because = { $text } is not an instant: { $reason }
agenda-duration-out-of-range = duration out of range
agenda-expected-instant = an RFC 3339 instant with offset
