//! Where minutes live: the default path beside the agenda, the next free name for `--new`, and
//! the files that sit beside a journal (its Markdown twin, the draft, set-aside tails).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// The folder a file is in (`.` for a bare name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// `minutes/<agenda-stem>-<YYYY-MM-DD>.jsonl` beside the agenda, dated by the meeting's day (so
/// a meeting resumed after midnight still finds its minutes).
pub fn default_minutes_path(agenda: &Path, date: NaiveDate) -> PathBuf {
    let stem =
        agenda.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "agenda".into());
    folder_of(agenda).join("minutes").join(format!("{stem}-{date}.jsonl"))
}

/// A rehearsal's minutes, named apart from the meeting's: `x-2024-12-23.jsonl` gives
/// `x-2024-12-23-rehearsal.jsonl`.
pub fn rehearsal_path(minutes: &Path) -> PathBuf {
    numbered_with(minutes, "rehearsal")
}

/// The `n`th of `x.jsonl`, `x-2.jsonl`, `x-3.jsonl`… (counted from 1).
pub fn numbered(path: &Path, n: u32) -> PathBuf {
    if n <= 1 { path.to_owned() } else { numbered_with(path, &n.to_string()) }
}

fn numbered_with(path: &Path, tail: &str) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let ext = path.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    path.with_file_name(format!("{stem}-{tail}{ext}"))
}

/// The first of `x.jsonl`, `x-2.jsonl`, `x-3.jsonl`… for which `taken` is false.
pub fn next_free(path: &Path, taken: impl Fn(&Path) -> bool) -> PathBuf {
    (1..).map(|n| numbered(path, n)).find(|p| !taken(p)).unwrap_or_else(|| path.to_owned())
}

/// A file beside the journal: `x.jsonl` and `torn-1` give `x.jsonl.torn-1`.
pub fn side_path(path: &Path, what: &str) -> PathBuf {
    let name = path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!("{name}.{what}"))
}

/// The readable Markdown twin: `x.jsonl` gives `x.md`.
pub fn twin_path(path: &Path) -> PathBuf {
    path.with_extension("md")
}

/// Where the secretary's unfinished note is kept: `x.jsonl` gives `x.draft.json`.
pub fn draft_path(path: &Path) -> PathBuf {
    path.with_extension("draft.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_minutes_sit_beside_the_agenda() {
        let Some(date) = NaiveDate::from_ymd_opt(2024, 12, 23) else { panic!("a date") };
        assert_eq!(
            default_minutes_path(Path::new("agenda.yaml"), date),
            PathBuf::from("./minutes/agenda-2024-12-23.jsonl")
        );
        assert_eq!(
            default_minutes_path(Path::new("/srv/busan/work.yaml"), date),
            PathBuf::from("/srv/busan/minutes/work-2024-12-23.jsonl")
        );
    }

    #[test]
    fn new_takes_the_next_free_name() {
        let taken = ["m/a.jsonl", "m/a-2.jsonl"];
        let free = next_free(Path::new("m/a.jsonl"), |p| taken.iter().any(|t| Path::new(t) == p));
        assert_eq!(free, PathBuf::from("m/a-3.jsonl"));
        assert_eq!(next_free(Path::new("m/b.jsonl"), |_| false), PathBuf::from("m/b.jsonl"));
    }

    #[test]
    fn files_beside_the_journal() {
        let j = Path::new("minutes/a-2024-12-23.jsonl");
        assert_eq!(twin_path(j), PathBuf::from("minutes/a-2024-12-23.md"));
        assert_eq!(draft_path(j), PathBuf::from("minutes/a-2024-12-23.draft.json"));
        assert_eq!(side_path(j, "torn-1"), PathBuf::from("minutes/a-2024-12-23.jsonl.torn-1"));
    }
}
