//! The commented starter agenda that `gavel new` writes.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

use chrono::NaiveDate;

use crate::i18n::Lang;

/// A small agenda that passes `gavel check` and explains each field as it goes, in each language
/// of the interface (beside the message catalogs, `i18n/<lang>/starter.yaml`): the Korean one is
/// a Korean meeting, with `language: ko`.
pub const STARTER: &str = include_str!("../i18n/en/starter.yaml");
pub const STARTER_KO: &str = include_str!("../i18n/ko/starter.yaml");

/// The starter agenda dated `today`, in the run's language: a meeting held on any other day is
/// a rehearsal, so the starter is one that runs for real the day it is written.
pub fn starter(today: NaiveDate) -> String {
    starter_in(crate::i18n::lang(), today)
}

/// [`starter`] in `lang`.
pub fn starter_in(lang: Lang, today: NaiveDate) -> String {
    let text = match lang {
        Lang::En => STARTER,
        Lang::Ko => STARTER_KO,
    };
    text.replacen("date: 2025-01-15 ", &format!("date: {today} "), 1)
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
