//! The commented starter agenda that `gavel new` writes.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

use chrono::NaiveDate;

/// A small agenda that passes `gavel check` and explains each field as it goes.
pub const STARTER: &str = r#"# yaml-language-server: $schema=agenda.schema.json
# A gavel agenda. Check it with `gavel check`, run the meeting with `gavel`.
# Write `gavel schema > agenda.schema.json` once so your editor can check this file as you type.

title: Monthly Board Meeting          # heads the screen and the minutes
organizer: Example Association        # optional
date: 2025-01-15                      # YYYY-MM-DD (gavel new writes today's)
start: "09:00"                        # 24-hour clock
timezone: Asia/Seoul                  # a zone name, or an offset such as +09:00
location: Room 301                    # optional
chair: Kim Min-ji                     # optional: who presides

attendees:                            # optional: a name, or a name with a role
  - Kim Min-ji
  - name: Lee Seo-yeon
    role: Secretary

goals:                                # optional: what the meeting is for
  - Approve the 2025 budget

thresholds:                           # optional: time left when a session's timer turns
  warning: 5m                         #   to warning (default 5m)
  danger: 1m                          #   and to danger (default 1m)
bell: true                            # ring once at warning and once at over time

sessions:
  - title: Opening and reports
    duration: 30m                     # 40m, 1h30m, 90s
    summary: Minutes of the last meeting and the reports.   # optional
    topics:
      - Approval of the previous minutes        # a topic can be just its title
      - title: Treasurer's report               # or a mapping with more
        duration: 10m                           #   optional; topics must fit in the session
        presenter: Park Ji-hoon
        notes: Figures to 31 December

  - break: Coffee                     # a break stands between two sessions
    duration: 10m

  - title: Decisions
    duration: 45m
    topics:
      - 2025 budget
      - Any other business
"#;

/// The starter agenda dated `today`: a meeting held on any other day is a rehearsal, so the
/// starter is one that runs for real the day it is written.
pub fn starter(today: NaiveDate) -> String {
    STARTER.replacen("date: 2025-01-15 ", &format!("date: {today} "), 1)
}

/// Today where the starter's meeting is held (its `timezone`, Asia/Seoul).
pub fn today() -> NaiveDate {
    chrono::Utc::now().with_timezone(&chrono_tz::Asia::Seoul).date_naive()
}

/// Writes the starter agenda dated `today` to `path`; never overwrites an existing file.
pub fn write_starter(path: &Path, today: NaiveDate) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(starter(today).as_bytes())?;
    file.sync_all()
}
