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
cli-arg-rehearse = Hold a rehearsal, even on the agenda's day: its times count from when it is opened, and its minutes are named apart (…-rehearsal.jsonl). Any other day is a rehearsal anyway
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
cli-export-format = markdown (the document) or json (the folded meeting, for other tools)
cli-export-output = Write to this file instead of printing: a new file, or with --force an existing one (replaced whole); never minutes, an agenda, or anything but a regular file
cli-export-force = Write over the file given with -o if it exists (never over minutes or an agenda)
cli-attach-about = A second seat on a running meeting: the secretary's own terminal, a second chair, or a display for the room
cli-attach-target = The minutes (.jsonl) or the agenda of the running meeting (default ./agenda.yaml)
cli-attach-as = Which seat: secretary (notes), chair (every key), room (a display for the room)
cli-attach-seat = This seat's name (default: its role). Two seats attached at once need two names; a seat started again under its name finds the draft and notes it left
cli-replay-about = Review a saved meeting as it was at any moment, read-only
cli-recover-about = Take back into the minutes the events of a rescue copy they lack (written when the disk refused them), after checking both
cli-recover-rescue = The rescue copy (`….rescue-YYYYMMDD-HHMMSS.jsonl`)
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
