//! Where `gavel export -o FILE` may write. A new file, always; an existing one only when the user
//! says so (`--force`); and never, whatever is said, gavel minutes (these or any others), an
//! agenda, or anything that is not a regular file. The document is then put in place whole
//! ([`super::fs::Fs::write_atomic`]).

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::format::{HeaderProbe, MAGIC};
use super::paths::folder_of;
use crate::base::{NotRegular, file_reason, open_regular};
use crate::i18n::current;
use i18n_embed_fl::fl;

/// Why the document was not written to the file named.
#[derive(Debug, thiserror::Error)]
#[error("{}: {why}", path.display())]
pub struct Refused {
    pub path: PathBuf,
    pub why: Refusal,
}

/// What the file named is, that it may not be written over.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("{}", fl!(current(), "journal-refused-exists"))]
    Exists,
    #[error("{}", fl!(current(), "journal-refused-these-minutes"))]
    TheseMinutes,
    #[error("{}", fl!(current(), "journal-refused-minutes"))]
    Minutes,
    #[error("{}", fl!(current(), "journal-refused-agenda"))]
    Agenda,
    #[error("{0}")]
    NotRegular(String),
    #[error("{}", fl!(current(), "journal-refused-unchecked", why = .0.as_str()))]
    Unchecked(String),
}

/// How much of the start of a file is read, at most, to find a minutes header there. A header
/// holds the agenda (at most 2 MiB); this leaves room for its JSON escapes.
const HEADER_READ: u64 = 8 * 1024 * 1024;

/// Whether the document of the minutes at `minutes` (whose meeting's agenda was named
/// `agenda` when it began) may be written to `target`.
pub fn may_write(target: &Path, minutes: &Path, agenda: &Path, force: bool) -> Result<(), Refused> {
    let refuse = |why| Err(Refused { path: target.to_owned(), why });
    if target == minutes {
        return refuse(Refusal::TheseMinutes);
    }
    let (file, _) = match open_regular(target, File::options().read(true)) {
        Ok(opened) => opened,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) if NotRegular::of(&e).is_some() => return refuse(Refusal::NotRegular(file_reason(&e))),
        Err(e) => return refuse(Refusal::Unchecked(file_reason(&e))),
    };
    let this = crate::platform::identity::of_file(&file, target);
    let same = |other: &Path| {
        this.as_ref().is_ok_and(|this| crate::platform::identity::of_path(other).is_ok_and(|o| o == *this))
    };
    if same(minutes) {
        return refuse(Refusal::TheseMinutes);
    }
    if is_minutes(file) {
        return refuse(Refusal::Minutes);
    }
    let yaml = target
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
    // The agenda as named when the meeting began: from where it began (which may be here), or
    // beside the minutes' folder, where default minutes are kept.
    let minutes_folder = folder_of(minutes);
    let agenda_places = [
        Some(agenda.to_owned()),
        agenda.file_name().and_then(|name| minutes_folder.parent().map(|up| up.join(name))),
        Some(minutes_folder.join(agenda)),
    ];
    if yaml || agenda_places.iter().flatten().any(|place| same(place)) {
        return refuse(Refusal::Agenda);
    }
    if !force {
        return refuse(Refusal::Exists);
    }
    Ok(())
}

/// Whether the file begins with a gavel minutes header (any format, torn or not after it).
fn is_minutes(file: File) -> bool {
    let reader = io::BufReader::new(file.take(HEADER_READ));
    let mut first = serde_json::Deserializer::from_reader(reader).into_iter::<HeaderProbe>();
    matches!(first.next(), Some(Ok(probe)) if probe.magic.as_deref() == Some(MAGIC))
}
