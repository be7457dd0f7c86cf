//! `gavel run`: the chair's screen, the one program that writes the minutes. Keys and seats'
//! requests become meeting actions applied here; what a batch of them journaled is appended
//! with one sync, then published to the seats and handed to the Markdown twin; the secretary's
//! draft is kept beside the minutes; the bell rings when the session crosses a threshold.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Timelike, Utc};
use i18n_embed_fl::fl;
use ratatui::Frame;

use super::desk::{Acted, Desk, Hand, Step};
use super::error::RunError;
use super::keymap::{self, Mode};
use super::look::{Marks, Question, SaveView};
use super::runtime::{self, Happening, Program, Response, Waker};
use super::theme::Theme;
use super::view;
use crate::agenda;
use crate::i18n::current;
use crate::journal::draft::{Draft, DraftKeeper};
use crate::journal::fs::{Fs, RealFs};
use crate::journal::paths::{draft_path, twin_path};
use crate::journal::start::{Start, Started, look, start};
use crate::journal::twin::{LiveTwin, Twin};
use crate::journal::{MinutesJournal, SaveState};
use crate::meeting::{Action, BellWatch, Effect, Entry, Event, Header, Meeting, NoteId, Refusal};
use crate::share::server::{SeatNews, Server};

/// What `gavel run` was asked.
pub struct RunOptions {
    pub agenda: PathBuf,
    pub minutes: Option<PathBuf>,
    pub fresh: bool,
    /// `--rehearse`: a rehearsal whatever the day.
    pub rehearse: bool,
}

/// How the run ended, for the lines printed after the screen is gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ended {
    pub minutes: PathBuf,
    pub rescue: Option<Result<PathBuf, String>>,
    pub signal: bool,
    pub closed: bool,
    /// The rehearsal became the meeting itself (held today): its minutes are to take the
    /// meeting's name, and the screen to open again on them.
    pub held_as_meeting: bool,
}

/// The chair's hand: actions are applied to the meeting here, and the entries they make wait
/// for the batch's one sync. (Public so that tests can drive a desk without a journal.)
#[derive(Debug, Default)]
pub struct LocalHand {
    pending: Vec<Entry>,
    pub marks: Marks,
    /// Events the journal holds but the disk has not taken.
    pub unsaved: u64,
    notes_made: u64,
}

impl LocalHand {
    /// A hand on a meeting whose `saved` events are on disk.
    pub fn new(saved: u64) -> LocalHand {
        LocalHand { marks: Marks::all_saved(saved), ..LocalHand::default() }
    }

    /// The entries made since the last call, for the journal.
    pub fn take_pending(&mut self) -> Vec<Entry> {
        std::mem::take(&mut self.pending)
    }
}

impl Hand for LocalHand {
    fn act(&mut self, meeting: &mut Meeting, action: Action, now: DateTime<Utc>) -> Result<Acted, Refusal> {
        let note = match &action {
            Action::CommitNote { id, .. } => Some(id.clone()),
            _ => None,
        };
        let outcome = meeting.apply(action, now)?;
        let changed = !outcome.entries.is_empty();
        if let Some(id) = note
            && changed
        {
            self.marks.committed(id, meeting.entry_count() as u64);
        }
        self.pending.extend(outcome.entries);
        Ok(Acted::Applied { changed, effects: outcome.effects })
    }

    fn new_note_id(&mut self, now: DateTime<Utc>) -> NoteId {
        self.notes_made += 1;
        NoteId(format!("{}-{}", now.timestamp_millis(), self.notes_made))
    }

    fn quit_question(&self) -> Option<Question> {
        (self.unsaved > 0).then_some(Question::QuitUnsaved(self.unsaved))
    }
}

/// The chair's screen and everything it keeps.
pub struct Chair {
    desk: Desk,
    hand: LocalHand,
    journal: MinutesJournal,
    twin: LiveTwin<Entry>,
    drafts: DraftKeeper,
    bells: BellWatch,
    theme: Theme,
    save: SaveView,
    /// The socket for second seats, once listening.
    server: Option<Server>,
    /// What a new seat is welcomed with, until the socket is made.
    welcome: Option<(Header, Vec<Entry>)>,
    ended: Option<Ended>,
    /// Why the draft cannot be kept beside the minutes, while it cannot.
    draft_problem: Option<String>,
    /// A tick came: look at the minutes file even if nothing waits for it.
    watch: bool,
    /// The minutes began as a rehearsal's (they carry a rehearsal's name).
    began_as_rehearsal: bool,
}

impl Chair {
    /// The chair's screen on minutes just started or resumed, at `now`.
    pub fn new(started: Started, fs: Arc<dyn Fs>, theme: Theme, now: DateTime<Utc>) -> Chair {
        let Started { journal, header, meeting, entries, resumed, notices } = started;
        let path = journal.path().to_owned();
        let mut twin_meeting = meeting.clone();
        let twin = LiveTwin::spawn(Twin::new(Arc::clone(&fs), &twin_path(&path)), move |entries, print| {
            for entry in &entries {
                twin_meeting.fold_in(entry);
            }
            crate::minutes::markdown(&twin_meeting, Some(print))
        });
        twin.feed(Vec::new(), journal.fingerprint().to_owned());
        let began_as_rehearsal = meeting.held().is_rehearsal();
        let mut desk = Desk::new(meeting);
        if let Some(notice) = notices.first() {
            desk.say(notice.clone(), now);
        } else if resumed {
            desk.say(fl!(current(), "chair-resumed"), now);
        }
        let draft_file = draft_path(&path);
        let restored = DraftKeeper::load(fs.as_ref(), &draft_file);
        if let Some(draft) = &restored {
            desk.editor.area.insert_str(&draft.text);
        }
        let drafts = DraftKeeper::new(fs, &draft_file, restored.as_ref().map_or("", |d| &d.text));
        let mut bells = BellWatch::new();
        // The first look only records where the timers stand: no bell for what already happened.
        bells.observe(&desk.meeting, now);
        let saved = journal.saved_events();
        Chair {
            desk,
            hand: LocalHand::new(saved),
            journal,
            twin,
            drafts,
            bells,
            theme,
            save: SaveView::Saved(None),
            server: None,
            welcome: Some((header, entries)),
            ended: None,
            draft_problem: None,
            began_as_rehearsal,
            watch: false,
        }
    }

    /// Opens the socket for second seats; their news reaches the program through `waker`. The
    /// meeting runs without seats if the socket cannot be had, and says so.
    pub fn listen(&mut self, waker: Waker<SeatNews>, now: DateTime<Utc>) {
        let Some((header, entries)) = self.welcome.take() else { return };
        let saved = self.journal.saved_events();
        match Server::start(self.journal.path(), header, entries, saved, move |news| {
            waker.send(news);
        }) {
            Ok(server) => self.server = Some(server),
            Err(e) => self.desk.say(fl!(current(), "chair-seats-off", why = e.to_string()), now),
        }
    }

    pub fn meeting(&self) -> &Meeting {
        &self.desk.meeting
    }

    /// Waits until the readable Markdown copy holds everything journaled so far, or its write
    /// failed; says which. (For tests: the copy is written on a thread of its own.)
    pub fn settle_twin(&self) -> Result<(), String> {
        self.twin.settle()
    }

    pub fn journal(&self) -> &MinutesJournal {
        &self.journal
    }

    /// How the run ended, once it has.
    pub fn ended(&self) -> Option<&Ended> {
        self.ended.as_ref()
    }

    /// Writes the batch's entries to the journal (one sync for all), tells the seats and the
    /// twin, and clears the draft once the note it held is committed.
    fn append(&mut self, now: DateTime<Utc>) -> bool {
        if self.hand.pending.is_empty() {
            return false;
        }
        let entries = self.hand.take_pending();
        let was_note = entries.iter().any(|e| matches!(e.event, Event::NoteCommitted { .. }));
        self.journal.append_entries(&entries);
        self.note_save(now);
        if let Some(server) = &self.server {
            server.publish(&entries, self.journal.saved_events());
        }
        self.twin.feed(entries, self.journal.fingerprint().to_owned());
        if was_note && self.desk.editor.new_note_text().is_empty() {
            self.draft_problem = self.drafts.clear().err();
        }
        true
    }

    /// Copies the journal's save state to the screen and the seats; says whether the screen
    /// changed.
    fn note_save(&mut self, now: DateTime<Utc>) -> bool {
        let view = match self.journal.state() {
            SaveState::Saved => SaveView::Saved(Some(self.desk.meeting.agenda().timezone.at(now))),
            SaveState::NotSaved(reason) => SaveView::NotSaved(reason.clone()),
        };
        self.hand.unsaved = self.journal.unsaved();
        self.hand.marks.saved_events = self.journal.saved_events();
        if let Some(server) = &self.server {
            let problem = match self.journal.state() {
                SaveState::Saved => None,
                SaveState::NotSaved(reason) => Some(reason.clone()),
            };
            server.saved(self.journal.saved_events(), problem);
        }
        let changed = std::mem::discriminant(&view) != std::mem::discriminant(&self.save);
        self.save = view;
        changed
    }

    fn draft(&self, now: DateTime<Utc>) -> Draft {
        let p = self.desk.meeting.position();
        Draft {
            text: self.desk.editor.new_note_text(),
            topic: Some((p.session, p.topic)),
            saved_at: self.desk.meeting.agenda().timezone.at(now),
        }
    }

    /// On the way out: the journal flushed, the whole draft kept, the twin written; and whatever
    /// the disk still has not taken written whole to a rescue copy, whether the chair said yes to
    /// it or a signal stopped the meeting.
    fn leave(&mut self, now: DateTime<Utc>, signal: bool) -> Response {
        self.append(now);
        self.journal.flush();
        let rescue = self.journal.unsaved() > 0;
        let draft = self.draft(now);
        let _ = self.drafts.keep(&draft, now + TimeDelta::days(1));
        let _ = self.twin.settle();
        let rescue = rescue.then(|| self.journal.rescue(&now.format("%Y%m%d-%H%M%S").to_string()));
        self.ended = Some(Ended {
            minutes: self.journal.path().to_owned(),
            rescue,
            signal,
            closed: self.desk.meeting.state() == crate::meeting::State::Closed,
            held_as_meeting: false,
        });
        Response::QUIT
    }

    /// The rehearsal was just made the meeting itself: once that is on disk, the screen ends so
    /// that the minutes can take the meeting's name, and opens again on them. The seats are told
    /// where the meeting now is.
    fn held_as_meeting(&mut self, now: DateTime<Utc>) -> Option<Response> {
        if !self.began_as_rehearsal || self.desk.meeting.held().is_rehearsal() || self.journal.unsaved() > 0 {
            return None;
        }
        if let Some(server) = &self.server {
            server.farewell(&crate::words::rehearsal_farewell());
        }
        let response = self.leave(now, false);
        if let Some(ended) = &mut self.ended {
            ended.held_as_meeting = true;
        }
        Some(response)
    }

    fn seat_news(&mut self, news: SeatNews, now: DateTime<Utc>) {
        match news {
            SeatNews::Request(request) => {
                if let Err(refusal) = self.desk.try_act(request.action, now, &mut self.hand)
                    && let Some(server) = &self.server
                {
                    server.refuse(request.seat, request.request, &refusal);
                }
            }
            SeatNews::Joined { role, .. } => self.desk.say(crate::words::seat_joined(role), now),
            SeatNews::Left { reason, .. } => {
                self.desk.say(fl!(current(), "chair-seat-left", reason = reason), now)
            }
        }
    }
}

impl Program for Chair {
    type News = SeatNews;

    fn update(&mut self, happening: Happening<SeatNews>, now: DateTime<Utc>) -> Response {
        match happening {
            Happening::Key(key) => {
                // With the Korean keyboard on, a jamo outside the editor is the key that typed it.
                let mut response = Response::SAME;
                for (latin, typed) in super::jamo::keys(key, self.desk.mode.is_typing()) {
                    let key = if self.desk.mode == Mode::Editing { typed } else { latin };
                    let Some(command) = keymap::map(self.desk.mode, key) else { continue };
                    response = response.and(match self.desk.handle(command, now, &mut self.hand) {
                        Step::Stay => Response::REDRAW,
                        Step::Quit => return self.leave(now, false),
                    });
                }
                response
            }
            Happening::Paste(text) => {
                self.desk.paste(&text);
                Response::REDRAW
            }
            Happening::News(news) => {
                self.seat_news(news, now);
                Response::REDRAW
            }
            Happening::Resized => Response::REDRAW,
            Happening::Tick => {
                self.watch = true;
                Response::SAME
            }
            Happening::Stop(_) => self.leave(now, true),
        }
    }

    fn settle(&mut self, now: DateTime<Utc>) -> Response {
        let mut redraw = self.append(now);
        if let Some(leaving) = self.held_as_meeting(now) {
            return leaving;
        }
        if self.journal.state() != &SaveState::Saved || std::mem::take(&mut self.watch) {
            let was_saved = self.journal.state() == &SaveState::Saved;
            self.journal.flush();
            let intrusions = self.journal.take_intrusions();
            for intrusion in &intrusions {
                self.desk.say(crate::words::intrusion(intrusion), now);
            }
            // A watch that found all well changes nothing on screen, not even the saved time.
            if !(was_saved && intrusions.is_empty() && self.journal.state() == &SaveState::Saved) {
                redraw |= self.note_save(now);
            }
        }
        let ring = matches!(self.bells.observe(&self.desk.meeting, now), Some(Effect::Bell { .. }));
        let draft = self.draft(now);
        let problem = self.drafts.keep(&draft, now).err();
        // A failed write is tried again at the next deadline; a later success clears it.
        if problem.is_some() || self.drafts.deadline(&draft.text).is_none() {
            redraw |= problem != self.draft_problem;
            self.draft_problem = problem;
        }
        Response { redraw, bell: ring, quit: false }
    }

    fn draw(&self, frame: &mut Frame, now: DateTime<Utc>) {
        let mut look = self.desk.look(&self.save, &self.hand.marks, &[], now);
        let warning = match (&self.draft_problem, self.twin.error()) {
            (Some(why), _) => Some(fl!(current(), "chair-draft-not-kept", why = why.as_str())),
            (None, Some(why)) => Some(fl!(current(), "chair-twin-behind", why = why)),
            (None, None) => None,
        };
        look.warning = warning.as_deref();
        view::render(frame, &look, &self.theme, now);
    }

    fn next_wake(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        // The clocks on screen change every second; the draft may be due sooner.
        let second = now + TimeDelta::milliseconds(1000 - i64::from(now.nanosecond() / 1_000_000).min(999));
        let draft = self
            .drafts
            .deadline(&self.desk.editor.new_note_text())
            .map(|due| due.max(now + TimeDelta::milliseconds(10)));
        Some(draft.map_or(second, |d| d.min(second)))
    }
}

/// `gavel run`: the meeting on the live screen until the chair quits or a signal stops it.
pub fn run(options: &RunOptions) -> Result<Ended, RunError> {
    use std::io::IsTerminal;
    // Everything that can fail on bad input fails here, before the terminal is touched.
    let (agenda, sha) =
        agenda::load_file_hashed(&options.agenda).map_err(|e| RunError::Agenda(Box::new(e)))?;
    let fs: Arc<dyn Fs> = Arc::new(RealFs);
    let how = Start {
        agenda: &agenda,
        agenda_path: &options.agenda,
        agenda_sha256: &sha,
        minutes: options.minutes.as_deref(),
        fresh: options.fresh,
        today: agenda.timezone.at(Utc::now()).date_naive(),
        rehearse: options.rehearse,
    };
    // What is wrong with the files is said before that there is no terminal.
    look(&how).map_err(|e| RunError::Minutes(e.into()))?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(RunError::NoTerminal);
    }
    let mut started = start(Arc::clone(&fs), &how).map_err(RunError::Minutes)?;
    loop {
        let ended = run_on(started, &fs)?;
        if !ended.held_as_meeting {
            return Ok(ended);
        }
        // The rehearsal is the meeting now: its minutes take the meeting's name, and the screen
        // opens again on them.
        let moved = crate::journal::start::take_meetings_name(&ended.minutes, &options.agenda, &agenda)
            .map_err(|e| RunError::Minutes(e.into()))?;
        eprintln!("{}", crate::words::rehearsal_moved(&moved));
        let again = Start { minutes: Some(&moved), fresh: false, rehearse: false, ..how };
        started = start(Arc::clone(&fs), &again).map_err(RunError::Minutes)?;
    }
}

/// One screen on minutes started: until the chair quits, a signal stops it, or the rehearsal
/// becomes the meeting.
fn run_on(started: Started, fs: &Arc<dyn Fs>) -> Result<Ended, RunError> {
    for notice in &started.notices {
        eprintln!("{notice}");
    }
    let path = started.journal.path().to_owned();
    let mut chair = Chair::new(started, Arc::clone(fs), Theme::from_env(), Utc::now());
    let after_panic = fl!(current(), "chair-after-panic", minutes = path.display().to_string());
    runtime::run_on_terminal(&mut chair, Some(after_panic), |chair, waker| chair.listen(waker, Utc::now()))
        .map_err(RunError::Terminal)?;
    Ok(chair.ended.take().unwrap_or(Ended {
        minutes: path,
        rescue: None,
        signal: false,
        closed: chair.desk.meeting.state() == crate::meeting::State::Closed,
        held_as_meeting: false,
    }))
}
