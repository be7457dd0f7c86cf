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
help-open-pause = open, then pause / resume; t: a rehearsal as today's meeting
help-next-topic = next topic (past the last: next session)
help-previous-topic = previous topic
help-next-previous-session = next / previous session
help-jump = jump: pick any session or topic
help-minute = one minute more / less for this session
help-skip = mark this topic skipped, and move on
help-defer = mark this topic deferred (take it up later), and move on
help-type-note = type a note (the secretary's editor)
help-pick-note = pick a note of this topic; Enter edits it (versions kept)
help-strike-note = strike the picked note out (asks first; the history keeps it)
help-close = close the meeting (asks first), then the summary
help-room-ready = room: 1 wrap up, 2 two min., 3 recess, m your words; c clears
help-agenda = change the plan: add, rename, move, retime, remove topics
help-agenda-pick = pick a session or topic
help-agenda-insert = add a topic after the picked one (title | presenter | 10m)
help-agenda-rename = rename the picked topic
help-agenda-retime = set the picked session's or topic's planned time
help-agenda-move = move the picked topic up / down (across sessions)
help-agenda-remove = take the picked topic off the plan (only one not taken up)
help-agenda-take-up = take the picked topic up now
help-agenda-close = back to the chair's keys
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
doc-topic-inserted = added during the meeting
doc-topic-published-as = published as { $number }
doc-topic-published-title = published title: { $title }
doc-topic-published-plan = published plan: { $time }
doc-plan-none = none
doc-plan-changes = Changes to the agenda
doc-change-inserted = { $time } Added { $number } { $title }
doc-change-renamed = { $time } Renamed { $number }: published "{ $from }", now "{ $to }"
doc-change-moved = { $time } Moved "{ $title }" from { $from } to { $to }
doc-change-removed = { $time } Taken off: { $number } { $title }
doc-change-retimed = { $time } Planned time of { $what }: { $from }, now { $to }
agenda-title = The plan (Esc closes)
agenda-was = (published { $time })
agenda-was-none = (published: none)
agenda-removed = Taken off: { $titles }
agenda-legend = + added   * moved, renamed or retimed   (the published agenda stays as it was)
agenda-input-insert = New topic (title | presenter | 10m):
agenda-input-rename = New title:
agenda-input-retime = Planned time (10m, 1h30m; empty: none):
room-message-title = To the room (Enter shows it, Esc cancels)
seat-agenda = AGENDA
seat-room-message = TO THE ROOM
key-insert = add
key-rename = rename
key-retime = time
key-move = move
key-remove = remove
key-take-up = take up
room-presenter = { $name }
room-topic-time = This topic
room-topic-left = left
room-topic-over = over time
room-topic-elapsed = so far
room-ready-wrap-up = Please wrap up
room-ready-two-minutes = Two minutes left
room-ready-recess = A short recess now

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

## command line
# --help: the words clap would print, and what each command and argument is for.
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-file = FILE
cli-value-name = NAME
cli-value-lang = LANG
cli-value-format = FORMAT
cli-value-role = ROLE
cli-value-agenda = AGENDA
cli-value-minutes = MINUTES
cli-value-target = TARGET
cli-value-rescue = RESCUE
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-help-flag = Print help
cli-help-flag-short = Print help (see more with '--help')
cli-help-flag-long = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-help-command-arg = Print help for the subcommand(s)
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-about = Run a live, formal meeting from a YAML agenda, and keep its minutes.
cli-arg-agenda = The agenda to run (default ./agenda.yaml)
cli-arg-minutes = Keep the minutes in this file instead of minutes/<agenda>-<date>.jsonl beside the agenda
cli-arg-new = Start new minutes (under the next free name) even if minutes of this meeting exist
cli-arg-rehearse = Hold a rehearsal, even on the agenda's day: its times count from when it is opened, and its minutes are named apart (...-rehearsal.jsonl). Any other day is a rehearsal anyway
cli-arg-lang = The language gavel speaks: ko (한국어) or en (English). Default: the locale (LC_ALL, LC_MESSAGES, LANG), else the system's language
cli-arg-journal = The minutes file (the .jsonl journal)
cli-run-about = Run the meeting on the live screen (the same as `gavel AGENDA`)
cli-run-agenda = The agenda (default ./agenda.yaml)
cli-check-about = Check an agenda and print its sessions, topics and planned schedule
cli-check-agenda = The agenda file
cli-check-json = Print the checked agenda and schedule as JSON, for scripts
cli-new-about = Write a commented starter agenda (never overwrites a file)
cli-new-file = Where to write it
cli-schema-about = Print the agenda format as a JSON Schema, for editors
cli-export-about = Print the minutes document of a meeting (Markdown, or JSON for other tools)
cli-export-format = markdown (the document), html (the document as a printable web page), pdf (the document on A4), hwpx (the document for Hancom's word processor and the government's document system) or json (the folded meeting, for other tools). Default: by -o's extension (.html, .pdf, .hwpx, .json), else markdown
cli-export-output = Write to this file instead of printing: a new file, or with --force an existing one (replaced whole); never minutes, an agenda, or anything but a regular file
cli-export-force = Write over the file given with -o if it exists (never over minutes or an agenda)
cli-attach-about = A second seat on a running meeting: the secretary's own terminal, a second chair, or a display for the room
cli-attach-target = The minutes (.jsonl) or the agenda of the running meeting (default ./agenda.yaml)
cli-attach-as = Which seat: secretary (notes), chair (every key), room (a display for the room)
cli-attach-seat = This seat's name (default: its role). Two seats attached at once need two names; a seat started again under its name finds the draft and notes it left
cli-replay-about = Review a saved meeting as it was at any moment, read-only
cli-recover-about = Take back into the minutes the events of a rescue copy they lack (written when the disk refused them), after checking both
cli-recover-rescue = The rescue copy (`....rescue-YYYYMMDD-HHMMSS.jsonl`)
cli-recover-minutes = The minutes to complete (default: those the rescue copy was made of, beside it)
cli-verify-about = Check that the minutes are exactly as written, and print their fingerprint
# Usage errors: clap's in English; these are the sentences of the command line's own checks.
cli-error = error
cli-seat-name = a seat's name is 1 to 40 letters, digits, - or _ (it names the seat's files)
cli-run-options-with-command = an agenda, --minutes, --new and --rehearse go with `gavel run`, or with no command
cli-the-commands-are = the commands are { $names }
cli-name-the-agenda = to run an agenda, name its file: gavel { $word }.yaml
cli-unknown-command = unrecognized subcommand '{ $word }'
cli-similar-command = a similar subcommand exists: '{ $name }'
cli-unknown-argument = unexpected argument '{ $arg }' found
cli-as-value-tip = to pass '{ $arg }' as a value, use '-- { $arg }'
cli-missing-arguments = the following required arguments were not provided:
cli-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-value-required = a value is required for '{ $arg }' but none was supplied
cli-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-argument-twice = the argument '{ $arg }' cannot be used multiple times
cli-tip = tip
cli-similar-argument = a similar argument exists: '{ $name }'
cli-similar-value = a similar value exists: '{ $name }'
cli-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-more-information = For more information, try '{ $help }'.
# What a run, new, export, verify and recover say when they end.
cli-stopped-rescued = gavel was asked to stop. The saved events are in { $path }; run gavel again to resume the meeting.
cli-stopped = gavel was asked to stop. Every saved event is in { $path }; run gavel again to resume the meeting.
cli-closed = The meeting is closed. Its minutes are in { $path }; the document: gavel export { $path }
cli-ended = The minutes are in { $path }. Run gavel again to resume the meeting.
cli-no-rescue = Some events could not be written to { $minutes }, and no rescue copy could be written either ({ $why }).
cli-rescued = Some events could not be written to { $minutes }; a rescue copy of the whole minutes, with them, is in { $rescue }. Take them back once the disk allows with: gavel recover { $rescue }
cli-recovered = { $minutes }: { $added ->
        [one] { $added } event
       *[other] { $added } events
    } taken back from { $rescue }. Fingerprint: { $fingerprint }
cli-rescue-left = The rescue copy is left where it is; remove it once you no longer need it.
cli-starter-written = Wrote a starter agenda to { $path }. Edit it, then check it with: gavel check { $path }
cli-starter-exists = already exists; gavel new never overwrites a file, so give another name (gavel new other.yaml)
cli-cannot-be-written = cannot be written: { $why }
cli-stdout = cannot write the output: { $why }
cli-torn-left-out = the last { $bytes } bytes are an unfinished line (the program stopped while writing) and are left out
cli-intact = intact. The header and { $events } events follow one from another, unchanged.
cli-intact-torn = After the last whole line come { $bytes } bytes that are not a whole record: a line cut short by a crash, or changed since. They are not covered by the fingerprint.
cli-fingerprint = Fingerprint: { $fingerprint }
cli-fingerprint-use = The exported minutes end with the fingerprint they were made from; a copy whose fingerprint matches this one shows these minutes as they are.
cli-not-intact = NOT intact: { $why }
# The system's words for what went wrong with a file.
io-permission-denied = permission denied
io-not-found = no such file or folder
io-disk-full = no space left on device
io-read-only = read-only file system
io-quota = disk quota exceeded
io-file-too-large = file too large
io-is-folder = is a directory
io-not-folder = not a directory
io-input-output = input/output error
io-not-regular = is { $what }, not a regular file; gavel reads and writes only regular files
io-kind-folder = a folder
io-kind-fifo = a named pipe (FIFO)
io-kind-device = a device
io-kind-socket = a socket
io-kind-other = not a file
# Minutes that cannot be opened, read, verified, written or recovered.
journal-missing = there is no such minutes file
journal-exists = already exists; gavel never overwrites minutes
journal-locked = these minutes are open in another gavel, which is the only one that may write them; join it from here with `gavel attach`, or review it with `gavel replay`
journal-too-large = is { $size } bytes, too large to be gavel minutes (the limit is { $limit } MiB); it was not read
journal-is-folder = is a folder, not a minutes file
journal-cannot-open = cannot be opened: { $why }
journal-empty = the file is empty; it is not a gavel minutes file
journal-not-minutes = this is not a gavel minutes file: { $found }
journal-other-format = these minutes are in format { $format }, and this gavel reads formats 1 to { $newest }; use the gavel version that wrote them
journal-line-changed = line { $changed } was changed: line { $line } no longer follows from it (the hash chain is broken there)
journal-line-flaw = line { $line }: { $why }
journal-found-agenda = it reads as an agenda (YAML with sessions), and minutes are the .jsonl file a meeting on it writes
journal-found-json = its first line is JSON, but not a gavel header
journal-found-text = it is text, and its first line is not a gavel header
journal-found-binary = it is not text (not UTF-8)
journal-flaw-unreadable = the line is damaged (not a complete gavel record)
journal-flaw-gap = record { $found } where record { $expected } was expected: a line before this one was removed
journal-flaw-repeated = record { $found } where record { $expected } was expected: this line was inserted or copied
journal-flaw-unchained = this line does not follow from the line before it
journal-out-of-bounds = the header's agenda is not one gavel could have written: { $why }
journal-bound-duration = { $field } is { $seconds } seconds, and a planned time is longer than zero and at most { $days } days
journal-bound-danger = { $field } is not less time left than thresholds.warning
journal-bound-control = { $field } contains a control character (U+{ $code }), which could garble the screen
journal-bound-year = { $field } is in the year { $year }, and a meeting's date is in the years { $first } to { $last }
journal-closed = { $path }: this meeting was closed at { $closed_at }, and closed minutes are not reopened. Review it with `gavel replay { $path }`, or hold the meeting again in new minutes with `gavel run --new`
journal-torn-set-aside = The minutes ended in an unfinished line (the program stopped while writing it): its { $bytes } bytes were moved to { $to } and the meeting goes on from the last whole line.
journal-rescue-beside = A rescue copy of these minutes is beside them: { $rescue }. If it holds events the minutes lack, quit and take them back with `gavel recover { $rescue }`.
journal-agenda-changed = { $agenda } has changed since these minutes began; the meeting goes on with the agenda as it was then, which the minutes keep. To use the changed agenda, start new minutes with --new.
journal-refused-exists = already exists; to write over it, give --force
journal-refused-these-minutes = is the minutes being exported; gavel export never writes over minutes, even with --force
journal-refused-minutes = is gavel minutes; gavel export never writes over minutes, even with --force
journal-refused-agenda = is an agenda; gavel export never writes over an agenda, even with --force
journal-refused-unchecked = cannot be read to see what it is ({ $why }); gavel export writes over a file only once it knows it is neither minutes nor an agenda
journal-other-meeting = { $rescue }: this rescue copy is of another meeting than { $minutes }; nothing was written
journal-diverged = { $minutes } and the rescue copy { $rescue } differ at event { $event }: the minutes went on after the rescue copy was written, so it cannot be taken back as it is; nothing was written
journal-not-saved = { $minutes }: the events could not be written ({ $why }); the rescue copy is still there
journal-not-encoded = an event could not be encoded: { $why }
journal-replaced-not-moved = the minutes file was replaced and cannot be moved aside: { $why }
journal-replaced = the minutes file was replaced; { $why }
journal-removed = the minutes file was removed; { $why }
journal-not-reopened = the minutes file cannot be opened again: { $why }
journal-not-checked = the minutes file cannot be checked: { $why }
journal-changed-not-moved = the minutes file was changed by something else and cannot be moved aside: { $why }
journal-changed = the minutes file was changed by something else; { $why }
journal-not-rewritten = it cannot be written again: { $why }
journal-taken = another gavel took the file
journal-no-place = no place to write
# Why a screen could not start.
cli-no-terminal-run = gavel runs the meeting in a terminal window, and this output is not one. To see the planned schedule instead, use `gavel check AGENDA`
cli-no-terminal-attach = gavel attach shows the meeting in a terminal window, and this output is not one
cli-no-terminal-replay = gavel replay shows the meeting in a terminal window, and this output is not one. For the minutes as text, use `gavel export MINUTES`
cli-terminal-failed = the terminal could not be set up: { $why }
cli-seat-not-minutes = { $error }; gavel attach joins a running meeting by its minutes (.jsonl) or its agenda
cli-seat-start-first = { $error } (start the meeting first with `gavel run`)
# The link between the runner and its seats.
share-folder-link = { $path }: a symbolic link, not gavel's own folder; remove it and start again
share-folder-not-folder = { $path }: not a folder; remove it and start again
share-folder-owner = { $path }: made by another user (uid { $owner }), not by you; remove it, or set XDG_RUNTIME_DIR
share-folder-mode = { $path }: others can use it (mode { $mode }); it must be 700: chmod 700 it, or remove it
share-folder-account = { $path }: owned by another account ({ $account }), not by you; remove it
share-folder-access = { $path }: others can use it ({ $who } is let in); it must be yours alone: remove it
share-pipe-foreign = the meeting's pipe was made by another account ({ $account }), not by its runner
share-other-user = { $socket }: the program listening there is another user's, not your meeting's
share-turned-away = the runner turned this seat away: { $reason }
share-not-reachable = the runner is not reachable ({ $why }); trying again
share-reconnecting = { $reason }; reconnecting
share-seat-name-taken = a seat named { $name } is already attached; attach with another name (--seat NAME)
share-unreadable = the runner sent something this seat cannot read
share-connecting = connecting to the runner
share-not-json = a message that is not JSON
share-other-version = protocol version { $version }; this runner speaks { $speaks }
share-no-version = a message without a protocol version
share-unknown-message = a message this runner does not know ({ $why })
share-too-long = a message longer than { $kib } KiB
share-too-far-behind = it fell too far behind
share-own-user-only = this meeting accepts seats of its own user only
share-hello-first = the first message must be hello
share-left = it left
share-it-sent = it sent { $what }
share-sent = sent { $what }
io-too-large = too large
journal-twin-stopped = the twin's writer has stopped
cli-arg-ambiguous-wide = Lay out the East Asian Ambiguous characters of the agenda and the notes (the circles, squares, reference marks, middle dots and circled numbers Korean documents use as bullets) as two columns wide, for a terminal that draws them so (also GAVEL_AMBIGUOUS_WIDE=1)

## The record's facts in the agenda (issue 15)
agenda-role-and-position = give position or role (its older name), not both
agenda-group-unknown = { $value } is not a group: write attendee (참석) or supporting (배석)
agenda-quorum-not-a-number = { $value } is not a quorum: write how many attendees must be present, a whole number from 1
agenda-quorum-above-attendees = a quorum of { $quorum } cannot be met: the agenda lists { $attendees } attendees (those attending in support do not count)

## The record: roll call, corrections, sign-off (issue 15)
refusal-sealed = The minutes are signed off: nothing changes them now
refusal-no-name = A name is needed
refusal-attendee-exists = Someone of that name is already on the roll
refusal-no-such-attendee = There is no such attendee
refusal-already-present = Already marked present
refusal-not-present = Only someone present can leave
refusal-not-closed = Corrections and the sign-off come after the meeting is closed
refusal-no-reason = A correction needs its reason
refusal-unchanged = The correction changes nothing
refusal-no-title = A topic needs a title
refusal-no-such-session = There is no such session in the agenda
refusal-taken-up = Only a topic not taken up can be removed: this one is current, or has time or notes
refusal-only-topic = A session keeps at least one topic
refusal-plan-out-of-bounds = A planned time is between one second (a topic's) or one minute (a session's) and 24 hours
refusal-empty-message = The message to the room is empty
help-roll-call = the roll call: who is present, absent, late or gone
help-roll-pick = pick an attendee
help-roll-toggle = present / absent (after opening, present is an arrival now)
help-roll-left = left the meeting now
help-roll-reason = type why they are absent
help-roll-add = add someone not on the agenda (name, position)
help-roll-back = back
help-roll-input-done = done
help-roll-input-cancel = cancel
seat-roll-call = ROLL CALL
key-present-absent = present/absent
key-reason = reason
key-left = left
key-add = add
key-back = back
key-done = done
outline-present = { $present } present
outline-present-quorum = { $present } present, quorum { $quorum }
roll-unmarked = not called
roll-present = present
roll-absent = absent
roll-left = left
roll-supporting = in support
roll-added = added { $time }
roll-arrived = arrived { $time }
roll-left-at = left { $time }
roll-title = Roll call: { $present } present
roll-title-quorum = Roll call: { $present } present, quorum { $quorum }
roll-empty = No one is on the roll yet: a adds someone.
roll-input-reason = Why absent:
roll-input-add = Add (name, position):
editor-speaker-added = { $name } added to the roll: the note is theirs
editor-no-speaker = No one on the roll starts with { $typed }
check-supporting = in support
check-quorum = Quorum
check-quorum-value = { $quorum } present
check-recorder = Recorder
check-confirmer = Confirmer
check-disclosure = Disclosure
check-retention = Retention

## the record in the minutes (issue 15)
md-recorder = Recorder
md-confirmer = Confirmer
md-disclosure = Disclosure
md-retention = Retention
md-quorum = Quorum
md-quorum-value = { $quorum }{ $met ->
    [yes] {" "}(met)
    [no] {" "}(not met)
   *[unknown] {""}
}
md-present = Present
md-present-value = { $count } of { $of } attendees
md-attendance = Attendance
md-roll-present = Present ({ $count })
md-roll-supporting = In support ({ $count })
md-roll-absent = Absent ({ $count })
md-roll-not-called = Not called ({ $count })
md-arrived = arrived { $time }
md-left = left { $time }
md-added = added during the meeting, { $time }
md-gist = What was said
md-other-notes = Other notes
md-presenter-speaking = { $name } (presenter)
md-vote = Vote: { $yes } for, { $no } against, { $abstaining } abstaining
md-note-corrected = corrected { $time }
md-corrections = Corrections after the meeting
md-correction = { $at }, by { $by } ({ $topic }). Reason: { $reason }
md-correction-before = Before: { $text }
md-correction-after = After: { $text }
md-correction-struck = After: struck out
md-correction-withheld = Before: left out of the public edition
md-signed-off = Signed off by { $by } at { $at }. Fingerprint of the minutes signed: { $fingerprint }
md-draft = (draft: not signed off)
md-public-edition = Public edition: absence reasons, struck-out notes and the words a correction struck out are left out.
cli-export-public = The public edition: without absence reasons, struck-out notes, the words a correction struck out, or (in JSON) a note's earlier versions

## amend, finalize, verify (issue 15)
cli-amend-about = Correct a note of closed minutes, or strike it out, saying who and why; without --note or --strike, list the notes with their ids
cli-amend-by = Who makes the correction
cli-amend-note = The note to correct (its id); its corrected words go with --text
cli-amend-text = The note's corrected words
cli-amend-strike = The note to strike out (its id)
cli-amend-reason = Why the note is corrected or struck out
cli-finalize-about = Sign off closed minutes: after this nothing changes them. Prints the fingerprint sealed
cli-man-about = Print gavel's manual page (roff, made from this command line), for packages
cli-finalize-by = Who signs the minutes off
cli-verify-fingerprint = Succeed only if this is the minutes' fingerprint: the one sealed when they were signed off, else their last. Its groups of digits may be apart, or joined by spaces or dashes
cli-value-hex = HEX
cli-value-id = ID
cli-value-text = TEXT
after-not-saved = { $path }: the change could not be written: { $why }
after-no-such-note = there is no note { $id } in these minutes; `gavel amend MINUTES` lists the notes with their ids
after-note-struck = note { $id } is struck out, and a note struck out is not corrected
after-twin-not-written = { $twin }: the readable copy could not be written again ({ $why }); the minutes themselves are saved
amend-corrected = { $path }: note { $id } corrected by { $by } ({ $reason })
amend-struck = { $path }: note { $id } struck out by { $by } ({ $reason })
amend-list-heading = { $path }: { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    } (id, topic: words)
amend-list-before-opening = before opening
amend-list-note = { $id }  { $topic }: { $text }
amend-list-struck = { $id }  { $topic }: { $text } (struck out)
amend-list-how =
    To correct a note: gavel amend { $path } --by NAME --note ID --text TEXT --reason TEXT
    To strike one out: gavel amend { $path } --by NAME --strike ID --reason TEXT
finalize-done = { $path }: signed off by { $by }. Sealed fingerprint: { $fingerprint }
finalize-check = Check these minutes, or a copy of them, against it with: gavel verify { $path } --fingerprint { $fingerprint }
verify-signed-off = Signed off by { $by } at { $at }. Sealed fingerprint: { $fingerprint }
verify-after-seal = { $lines ->
        [one] { $lines } line follows
       *[other] { $lines } lines follow
    } the sign-off, where nothing may: these are not the minutes as they were signed off
verify-fingerprint-matches = The fingerprint given is these minutes' fingerprint.
verify-other-sealed = the fingerprint sealed at the sign-off is { $held }, not the one given ({ $given })
verify-other-fingerprint = these minutes' fingerprint is { $held }, not the one given ({ $given })
verify-seal-mismatch = the sign-off says it sealed the fingerprint { $sealed }, but the minutes before it have { $before }: it was not written on these minutes by gavel

## The correction screen (issue 15)
seat-amend = CORRECTION
help-amend-pick = pick a note
help-amend-correct = correct the picked note's words (then its reason)
help-amend-strike = strike the picked note out (then its reason)
amend-screen-by = correcting: { $by }
amend-screen-editor = The corrected words: Enter, then the reason; Esc cancels
amend-screen-reason = Reason for the correction:
amend-screen-key-save = save the correction
amend-screen-key-correct = correct
amend-screen-corrected = Corrected and saved, with who and why
amend-screen-struck = Struck out and saved, with who and why
amend-screen-was-corrected = corrected
amend-screen-no-notes = These minutes have no notes.
amend-screen-terminal = the terminal could not be used: { $why }

## The record on paper (issue 16)
paper-kind = Minutes
paper-sign-off = Sign-off
paper-signature = Signature
paper-chart-title = Where the time went: planned and actual per session, and the drift over the meeting
paper-chart-drift = Drift (minutes behind the published plan)
paper-chart-drift-axis = minutes after opening
paper-page-of = Page
cli-pdf-to-terminal = A PDF is not for the terminal: give -o FILE.pdf, or send it to a file or a program (gavel export MINUTES --format pdf > minutes.pdf)
cli-pdf-failed = the PDF could not be made: { $why }
cli-hwpx-to-terminal = An HWPX document is not for the terminal: give -o FILE.hwpx, or send it to a file or a program (gavel export MINUTES --format hwpx > minutes.hwpx)
cli-hwpx-failed = the HWPX document could not be made: { $why }
paper-pauses = Paused
paper-time = Time
