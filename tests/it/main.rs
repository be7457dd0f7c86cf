//! Every integration test in one binary: one link instead of one per file, and the whole
//! suite run in parallel rather than file after file.

mod common;
mod e2e_support;
mod meeting_support;
mod pty;

mod after_meeting;
mod agenda_invalid;
mod agenda_props;
mod agenda_valid;
mod ambiguous;
mod amend_screen;
mod catalog;
mod cli;
mod cli_korean;
mod core_purity;
// The terminal's own modes (termios): Unix only.
#[cfg(unix)]
mod e2e_live;
mod e2e_notes;
mod e2e_record;
mod e2e_replan;
mod e2e_replay;
mod e2e_seats;
mod export_output;
mod files;
mod header_bounds;
mod journal_crash;
mod journal_draft;
mod journal_faults;
mod journal_format;
mod journal_lock;
mod meeting_journal_format;
mod meeting_notes;
mod meeting_props;
mod meeting_record;
mod meeting_replan;
mod meeting_rules;
mod meeting_timers;
mod minutes_document;
mod minutes_html;
mod minutes_hwpx;
mod minutes_pdf;
mod minutes_record;
mod notes_pane;
mod old_formats;
mod recover;
mod rehearsal;
mod replay;
mod roll_call;
mod room;
mod runtime;
mod screen;
mod screen_ko;
mod seats_load;
mod seats_server;
mod words;
