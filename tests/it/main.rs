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
mod catalog;
mod cli;
mod cli_korean;
mod core_purity;
mod e2e_live;
mod e2e_notes;
mod e2e_replay;
mod e2e_seats;
mod export_output;
mod files;
mod header_bounds;
mod journal_crash;
mod journal_draft;
mod journal_faults;
mod journal_format;
mod meeting_journal_format;
mod meeting_notes;
mod meeting_props;
mod meeting_record;
mod meeting_rules;
mod meeting_timers;
mod minutes_document;
mod notes_pane;
mod old_formats;
mod recover;
mod rehearsal;
mod replay;
mod room;
mod runtime;
mod screen;
mod screen_ko;
mod seats_load;
mod seats_server;
mod words;
