//! The Korean keyboard beside the keymap. With the input method in Korean mode a letter key gives
//! its 두벌식 (standard two-set) jamo: `n` ㅜ, `p` ㅔ, `q` ㅂ… The keymap names Latin keys, so a
//! jamo arriving outside the editor is read as the key that typed it, and the chair never has to
//! switch the keyboard. The input method sends a jamo when it commits it, which may be at the next
//! key, and two keys in a row can arrive combined (`n` then `p` as ㅞ, `r` then `t` as ㄳ, `s`
//! then `k` as 나): a combined jamo or a syllable splits back into its keys, in order. In the
//! editor jamo and syllables stay text.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// Each key of the 두벌식 layout and the jamo it types; shifted keys last (the others type the
/// same jamo with or without Shift).
pub const LAYOUT: [(char, char); 33] = [
    ('q', 'ㅂ'),
    ('w', 'ㅈ'),
    ('e', 'ㄷ'),
    ('r', 'ㄱ'),
    ('t', 'ㅅ'),
    ('y', 'ㅛ'),
    ('u', 'ㅕ'),
    ('i', 'ㅑ'),
    ('o', 'ㅐ'),
    ('p', 'ㅔ'),
    ('a', 'ㅁ'),
    ('s', 'ㄴ'),
    ('d', 'ㅇ'),
    ('f', 'ㄹ'),
    ('g', 'ㅎ'),
    ('h', 'ㅗ'),
    ('j', 'ㅓ'),
    ('k', 'ㅏ'),
    ('l', 'ㅣ'),
    ('z', 'ㅋ'),
    ('x', 'ㅌ'),
    ('c', 'ㅊ'),
    ('v', 'ㅍ'),
    ('b', 'ㅠ'),
    ('n', 'ㅜ'),
    ('m', 'ㅡ'),
    ('Q', 'ㅃ'),
    ('W', 'ㅉ'),
    ('E', 'ㄸ'),
    ('R', 'ㄲ'),
    ('T', 'ㅆ'),
    ('O', 'ㅒ'),
    ('P', 'ㅖ'),
];

/// Jamo typed as two keys in a row: compound vowels and final consonant clusters.
const COMBINED: [(char, [char; 2]); 18] = [
    ('ㅘ', ['ㅗ', 'ㅏ']),
    ('ㅙ', ['ㅗ', 'ㅐ']),
    ('ㅚ', ['ㅗ', 'ㅣ']),
    ('ㅝ', ['ㅜ', 'ㅓ']),
    ('ㅞ', ['ㅜ', 'ㅔ']),
    ('ㅟ', ['ㅜ', 'ㅣ']),
    ('ㅢ', ['ㅡ', 'ㅣ']),
    ('ㄳ', ['ㄱ', 'ㅅ']),
    ('ㄵ', ['ㄴ', 'ㅈ']),
    ('ㄶ', ['ㄴ', 'ㅎ']),
    ('ㄺ', ['ㄹ', 'ㄱ']),
    ('ㄻ', ['ㄹ', 'ㅁ']),
    ('ㄼ', ['ㄹ', 'ㅂ']),
    ('ㄽ', ['ㄹ', 'ㅅ']),
    ('ㄾ', ['ㄹ', 'ㅌ']),
    ('ㄿ', ['ㄹ', 'ㅍ']),
    ('ㅀ', ['ㄹ', 'ㅎ']),
    ('ㅄ', ['ㅂ', 'ㅅ']),
];

/// A syllable's parts, as Unicode composes them (U+AC00 + (initial × 21 + medial) × 28 + final).
const INITIALS: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ',
    'ㅍ', 'ㅎ',
];
const MEDIALS: [char; 21] = [
    'ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅘ', 'ㅙ', 'ㅚ', 'ㅛ', 'ㅜ', 'ㅝ', 'ㅞ', 'ㅟ',
    'ㅠ', 'ㅡ', 'ㅢ', 'ㅣ',
];
const FINALS: [Option<char>; 28] = [
    None,
    Some('ㄱ'),
    Some('ㄲ'),
    Some('ㄳ'),
    Some('ㄴ'),
    Some('ㄵ'),
    Some('ㄶ'),
    Some('ㄷ'),
    Some('ㄹ'),
    Some('ㄺ'),
    Some('ㄻ'),
    Some('ㄼ'),
    Some('ㄽ'),
    Some('ㄾ'),
    Some('ㄿ'),
    Some('ㅀ'),
    Some('ㅁ'),
    Some('ㅂ'),
    Some('ㅄ'),
    Some('ㅅ'),
    Some('ㅆ'),
    Some('ㅇ'),
    Some('ㅈ'),
    Some('ㅊ'),
    Some('ㅋ'),
    Some('ㅌ'),
    Some('ㅍ'),
    Some('ㅎ'),
];

/// The key that types `jamo` on its own.
fn key_of(jamo: char) -> Option<char> {
    LAYOUT.iter().find(|(_, j)| *j == jamo).map(|(k, _)| *k)
}

/// The single jamo a jamo or syllable was typed as, in order.
fn pieces(c: char, out: &mut Vec<char>) -> bool {
    if let Some((_, two)) = COMBINED.iter().find(|(j, _)| *j == c) {
        out.extend(two);
        return true;
    }
    if key_of(c).is_some() {
        out.push(c);
        return true;
    }
    let Some(code) = (c as u32).checked_sub(0xAC00).filter(|&n| n < 11_172) else { return false };
    let (initial, medial, last) = ((code / 588) as usize, (code % 588 / 28) as usize, (code % 28) as usize);
    pieces(INITIALS[initial], out)
        && pieces(MEDIALS[medial], out)
        && FINALS[last].is_none_or(|f| pieces(f, out))
}

/// The keys `c` was typed with on the 두벌식 layout, in order, each with the jamo it typed; `None`
/// for anything else.
pub fn keys_of(c: char) -> Option<Vec<(char, char)>> {
    let mut jamo = Vec::new();
    if !pieces(c, &mut jamo) {
        return None;
    }
    jamo.into_iter().map(|j| key_of(j).map(|k| (k, j))).collect()
}

/// The keys a key event stands for, in order, each as its Latin key (for the keymap) and as it
/// was typed (for the editor, should a key in between open it). Outside the editor a jamo or a
/// syllable becomes the keys that typed it; everything else, and everything in the editor, is
/// itself.
pub fn keys(key: KeyEvent, editing: bool) -> Vec<(KeyEvent, KeyEvent)> {
    let KeyCode::Char(c) = key.code else { return vec![(key, key)] };
    match keys_of(c).filter(|_| !editing) {
        Some(typed) => typed
            .into_iter()
            .map(|(latin, jamo)| {
                let as_key = |c| KeyEvent { code: KeyCode::Char(c), ..key };
                (as_key(latin), as_key(jamo))
            })
            .collect(),
        None => vec![(key, key)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin(c: char) -> String {
        keys_of(c).map(|k| k.into_iter().map(|(l, _)| l).collect()).unwrap_or_default()
    }

    #[test]
    fn every_letter_key_is_found_from_its_jamo() {
        for (key, jamo) in LAYOUT {
            assert_eq!(latin(jamo), key.to_string(), "{jamo}");
        }
        // Every lowercase letter has its jamo.
        for key in 'a'..='z' {
            assert!(LAYOUT.iter().any(|(k, _)| *k == key), "{key}");
        }
    }

    #[test]
    fn combined_jamo_and_syllables_split_into_their_keys_in_order() {
        for (c, keys) in [
            ('ㅞ', "np"),
            ('ㄳ', "rt"),
            ('ㅘ', "hk"),
            ('ㅢ', "ml"),
            ('ㅄ', "qt"),
            ('나', "sk"),
            ('누', "sn"),
            ('뭬', "anp"),
            ('닭', "ekfr"),
            ('쀍', "Qnpfr"),
            ('ㅃ', "Q"),
        ] {
            assert_eq!(latin(c), keys, "{c}");
        }
        assert_eq!(keys_of('a'), None);
        assert_eq!(keys_of('?'), None);
        assert_eq!(keys_of('一'), None);
    }

    #[test]
    fn in_the_editor_nothing_is_split() {
        use ratatui::crossterm::event::KeyModifiers;
        let key = KeyEvent::new(KeyCode::Char('안'), KeyModifiers::NONE);
        assert_eq!(keys(key, true), vec![(key, key)]);
        let split: Vec<char> = keys(key, false)
            .into_iter()
            .map(|(l, _)| match l.code {
                KeyCode::Char(c) => c,
                _ => '?',
            })
            .collect();
        assert_eq!(split, ['d', 'k', 's']);
    }
}
