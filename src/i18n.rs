//! Which language the interface speaks, and the message catalogs it speaks it from.
//!
//! The catalogs are Fluent files, `i18n/en/gavel.ftl` and `i18n/ko/gavel.ftl`, built into the
//! program; `i18n_embed_fl::fl!` checks every message id and argument against the English one at
//! compile time, and a test checks that both files hold the same ids.
//!
//! The language is chosen once, by `main`, before anything prints ([`init`]). Everything else
//! asks [`lang`]; a process that never chose (the tests, a bench) speaks English, so tests are
//! the same on every machine whatever its locale. A test of another language names it: the
//! `words::*_in(lang, …)` functions take it, and [`speaking`] makes everything its thread draws
//! or says speak it (a screen, an error's message) while the guard lives.

use std::cell::Cell;
use std::sync::{LazyLock, OnceLock};

use fluent::{FluentArgs, FluentValue};
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{LanguageLoader, unic_langid::LanguageIdentifier};
use rust_embed::RustEmbed;

/// A language of the interface, and of a document (an agenda's `language:` names one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ko,
    En,
}

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogs;

static CHOSEN: OnceLock<Lang> = OnceLock::new();
/// `--lang`, when the command line gave it: it decides a document's language too.
static FLAG: OnceLock<Lang> = OnceLock::new();

/// Chooses the language for the whole run: `flag` (`--lang`) if given, else the locale. Only
/// `main` calls this, once, before anything prints; a later call changes nothing.
pub fn init(flag: Option<Lang>) -> Lang {
    if let Some(flag) = flag {
        let _ = FLAG.set(flag);
    }
    let lang = flag.unwrap_or_else(|| from_locale(|name| std::env::var(name).ok(), sys_locale::get_locale));
    *CHOSEN.get_or_init(|| lang)
}

/// The language of a meeting's document (the minutes): `--lang` if the command line gave it, else
/// the agenda's own `language:`, else the interface's ([`lang`]). A Korean meeting's 회의록 is
/// Korean whoever exports it.
pub fn document(agenda: Option<Lang>) -> Lang {
    FLAG.get().copied().or(agenda).unwrap_or_else(lang)
}

thread_local! {
    static THIS_THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language of this run: what `main` chose, or English where nothing chose (tests); on a
/// thread inside [`speaking`], the language it speaks.
pub fn lang() -> Lang {
    THIS_THREAD.with(Cell::get).or_else(|| CHOSEN.get().copied()).unwrap_or(Lang::En)
}

/// While the returned guard lives, this thread speaks `lang` whatever the run chose: how a test
/// draws a screen or reads an error in Korean without a process of its own. The guard gives the
/// thread back its language when dropped.
#[must_use = "the thread speaks the language only while the guard lives"]
pub fn speaking(lang: Lang) -> Speaking {
    Speaking { before: THIS_THREAD.with(|t| t.replace(Some(lang))) }
}

/// See [`speaking`].
pub struct Speaking {
    before: Option<Lang>,
}

impl Drop for Speaking {
    fn drop(&mut self) {
        THIS_THREAD.with(|t| t.set(self.before));
    }
}

/// The language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set
/// and not empty; with none of them, the system's interface language (`system`). A value
/// starting `ko` is Korean; anything else (`C`, `POSIX`, `en_US.UTF-8`) is English.
pub fn from_locale(var: impl Fn(&str) -> Option<String>, system: impl FnOnce() -> Option<String>) -> Lang {
    let set =
        ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|name| var(name).filter(|v| !v.is_empty()));
    match set.or_else(system) {
        Some(value) if value.to_ascii_lowercase().starts_with("ko") => Lang::Ko,
        _ => Lang::En,
    }
}

/// The catalog of one language, loaded the first time it is asked for: an English run never
/// parses the Korean catalog (a Korean one loads English too, as Fluent's fallback).
fn load(id: &str) -> FluentLanguageLoader {
    #[allow(clippy::expect_used, reason = "`id` is one of `Lang`'s own codes (en, ko), never input")]
    let id: LanguageIdentifier = id.parse().expect("a language identifier");
    let loader = fluent_language_loader!();
    #[allow(
        clippy::expect_used,
        reason = "the catalogs are built into the program, in debug builds too (rust-embed's debug-embed: no file is read), and checked by fl! at compile time and by the catalog tests; a broken one must fail loudly, not print empty text"
    )]
    loader.load_languages(&Catalogs, std::slice::from_ref(&id)).expect("the built-in catalogs load");
    // Fluent wraps every inserted value in bidirectional isolation marks by default; a terminal
    // shows them as stray characters, and the texts inserted here are names, numbers and times.
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| {
        // Only fails if the name is taken, and the bundle is new.
        let _ = bundle.add_function("JOSA", josa_function);
    });
    loader
}

static ENGLISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load("en"));
static KOREAN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load("ko"));

/// The catalog of `lang`, for `fl!`.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    match lang {
        Lang::En => &ENGLISH,
        Lang::Ko => &KOREAN,
    }
}

/// The catalog of this run's language.
pub fn current() -> &'static FluentLanguageLoader {
    loader(lang())
}

/// `JOSA($name, "은/는")` in a catalog: the name followed by the particle its last syllable takes.
fn josa_function<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    let text = |v: Option<&FluentValue<'a>>| match v {
        Some(FluentValue::String(s)) => s.to_string(),
        Some(FluentValue::Number(n)) => n.as_string().to_string(),
        _ => String::new(),
    };
    let (word, pair) = (text(positional.first()), text(positional.get(1)));
    FluentValue::String(josa(&word, &pair).into())
}

/// `word` followed by the Korean particle of `pair` (`"은/는"`, `"이/가"`, `"을/를"`, `"과/와"`,
/// `"으로/로"`) that its last sound takes: the first form after a final consonant (batchim), the
/// second after a vowel (and `로` after ㄹ). A word ending in a digit is read as Koreans read
/// the digit (`3` 삼, `2` 이); a word ending otherwise (Latin letters) gets both, `은(는)`, as
/// Korean forms write it.
pub fn josa(word: &str, pair: &str) -> String {
    let (with, without) = pair.split_once('/').unwrap_or((pair, pair));
    // The final consonant of the last sound: None unknown, Some(0) none, Some(8) ㄹ.
    let last = word.trim_end().chars().next_back();
    let batchim = match last {
        Some(c @ '가'..='힣') => Some((u32::from(c) - 0xAC00) % 28),
        // 영 일 이 삼 사 오 육 칠 팔 구
        Some(d @ '0'..='9') => {
            Some([21, 8, 0, 16, 0, 0, 1, 8, 8, 0][(u32::from(d) - u32::from('0')) as usize])
        }
        _ => None,
    };
    let particle = match batchim {
        Some(8) if without == "로" => without.to_owned(),
        Some(0) => without.to_owned(),
        Some(_) => with.to_owned(),
        None => format!("{with}({without})"),
    };
    format!("{word}{particle}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn josa_follows_the_last_syllable() {
        assert_eq!(josa("회의", "은/는"), "회의는");
        assert_eq!(josa("안건", "은/는"), "안건은");
        assert_eq!(josa("세션", "이/가"), "세션이");
        assert_eq!(josa("담당자", "이/가"), "담당자가");
        assert_eq!(josa("결정사항", "을/를"), "결정사항을");
        assert_eq!(josa("기한", "으로/로"), "기한으로");
        assert_eq!(josa("서울", "으로/로"), "서울로");
        assert_eq!(josa("2025-13-40", "은/는"), "2025-13-40은");
        assert_eq!(josa("12", "은/는"), "12는");
        assert_eq!(josa("gavel", "은/는"), "gavel은(는)");
    }

    #[test]
    fn a_thread_speaks_a_language_while_the_guard_lives() {
        assert_eq!(lang(), Lang::En);
        {
            let _ko = speaking(Lang::Ko);
            assert_eq!(lang(), Lang::Ko);
            {
                let _en = speaking(Lang::En);
                assert_eq!(lang(), Lang::En);
            }
            assert_eq!(lang(), Lang::Ko);
            assert_eq!(std::thread::spawn(lang).join().ok(), Some(Lang::En));
        }
        assert_eq!(lang(), Lang::En);
    }

    #[test]
    fn the_locale_picks_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
        };
        let none = || None;
        assert_eq!(from_locale(env(&[("LANG", "ko_KR.UTF-8")]), none), Lang::Ko);
        assert_eq!(from_locale(env(&[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")]), none), Lang::En);
        assert_eq!(from_locale(env(&[("LC_ALL", ""), ("LC_MESSAGES", "ko_KR")]), none), Lang::Ko);
        assert_eq!(from_locale(env(&[("LANG", "POSIX")]), || Some("ko-KR".into())), Lang::En);
        assert_eq!(from_locale(env(&[]), || Some("ko-KR".into())), Lang::Ko);
        assert_eq!(from_locale(env(&[]), none), Lang::En);
    }
}
