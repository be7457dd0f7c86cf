//! Characters that do not show as themselves on a terminal: what the agenda refuses, what makes a
//! note empty, and how a name is written out safely in a message.
//!
//! Pure: the agenda loader, the meeting core and the interface all ask here, so they agree on
//! which characters are invisible.

/// A character that shows nothing yet changes what is shown: a bidirectional control or a
/// zero-width character.
pub fn is_invisible(c: char) -> bool {
    is_bidi_control(c) || is_zero_width(c)
}

/// A bidirectional control: it can reorder the text after it, so that `Approved` reads as
/// something else.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A zero-width character: it hides inside a word, so two titles that look the same differ.
/// U+FEFF counts: only at the very start of a file is it a byte-order mark, and the agenda
/// loader drops it there.
pub fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{180E}' | '\u{FEFF}')
}

/// Whether a character could act on the terminal or hide what is written: a control character
/// (other than a line break or a tab) or an invisible one.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t')) || is_invisible(c)
}

/// Whether text says nothing: only whitespace and invisible characters.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// A name as it can be printed: every control or invisible character (line breaks and tabs too)
/// written as Rust writes it in a quoted string, `\u{1b}`; anything else as it is.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || is_invisible(c) || matches!(c, '\u{2028}' | '\u{2029}') {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_the_bidi_controls_and_the_zero_widths() {
        for c in [
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{200B}',
            '\u{200D}', '\u{2060}', '\u{2064}', '\u{180E}', '\u{FEFF}',
        ] {
            assert!(is_invisible(c), "U+{:04X}", c as u32);
        }
        for c in ['a', '한', ' ', '\u{2029}', '\u{2065}', '\u{2070}', '\u{202F}', '\u{0301}'] {
            assert!(!is_invisible(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn blank_text_is_whitespace_and_invisibles() {
        assert!(is_blank(""));
        assert!(is_blank(" \u{200B}\n\u{FEFF}\t\u{202E}"));
        assert!(!is_blank("\u{200B}x"));
    }

    #[test]
    fn escaped_names_show_every_hidden_character() {
        assert_eq!(escaped("ti\u{1b}[2Jtle"), "ti\\u{1b}[2Jtle");
        assert_eq!(escaped("a\u{202E}b\nc"), "a\\u{202e}b\\nc");
        assert_eq!(escaped("발표자"), "발표자");
    }
}
