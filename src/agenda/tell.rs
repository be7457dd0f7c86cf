//! What the agenda's messages insert besides the catalog's words: a planned time, a day, and a
//! library's own words, each as the run's language writes it.

use chrono::{NaiveDate, TimeDelta};

use crate::i18n::{Lang, lang};

/// A planned time as the language writes it: `1h30m`, `1시간 30분`.
pub fn span(d: TimeDelta) -> String {
    match lang() {
        Lang::En => super::format_duration(d),
        other => crate::words::length_in(other, d),
    }
}

/// A day as the language writes it: `2025-03-09`, `2025. 3. 9.(일)`.
pub fn day(date: NaiveDate) -> String {
    match lang() {
        Lang::En => date.to_string(),
        other => crate::words::date_in(other, date),
    }
}

/// Words a library wrote that the catalog does not hold (a YAML reader's rarest complaints, an
/// operating system's reason): English says them as they are; another language leaves them out
/// rather than say them in English.
pub fn library_words(raw: &str) -> Option<String> {
    (lang() == Lang::En).then(|| raw.to_owned())
}
