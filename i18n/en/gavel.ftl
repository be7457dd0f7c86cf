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
