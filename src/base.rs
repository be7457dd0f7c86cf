//! What every part of gavel shares and no one part owns: the name the program gives itself, and
//! an I/O error put into the words the user reads.

use std::io;

/// The program, as the minutes' header and a seat's greeting name it: `gavel 0.1.0`.
pub fn program() -> String {
    format!("gavel {}", env!("CARGO_PKG_VERSION"))
}

/// An I/O error in words, without Rust's "(os error N)".
pub fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotFound => "no such file or folder".into(),
        _ => {
            let text = e.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_owned();
            text.to_lowercase()
        }
    }
}
