//! The minutes document: Markdown for people ([`markdown`]), a printable web page ([`html`]), a
//! PDF ([`pdf`]) and an HWPX document ([`hwpx`]), all three from the record as laid out on paper
//! ([`paper::paper`]), and JSON for other tools ([`json`]): all pure functions of the folded [`Meeting`](crate::meeting::Meeting) (and the journal's
//! fingerprint, when there is one). The same meeting gives the same bytes: no clock, no hash-map
//! order.
//!
//! Struck-out notes are left out of the Markdown; the JSON keeps them with their history, marked.
//! The public edition ([`Edition::Public`]) leaves out of both what a published record does not
//! show.
//! A meeting still running is shown as of its last entry. The JSON shape is in
//! `docs/minutes-json.md`.

mod html;
mod hwpx;
mod json;
mod markdown;
pub mod paper;
mod pdf;

pub use html::html;
pub use hwpx::{HwpxError, hwpx};
pub use json::{JSON_FORMAT, json, json_edition};
pub use markdown::{markdown, markdown_edition, markdown_edition_in, markdown_in, md};
pub use pdf::{PdfError, pdf};

/// Which edition of the minutes: the whole record, or the one to publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Edition {
    /// Everything the minutes hold.
    #[default]
    Full,
    /// The public edition (공개용): without absence reasons, struck-out notes, the words a
    /// correction struck out, and (in JSON) a note's earlier versions.
    Public,
}
