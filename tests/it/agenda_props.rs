//! The loader never panics, whatever it is fed: arbitrary bytes, arbitrary YAML documents, and
//! the Busan agenda with random damage. Every failure is one message naming the file.

use gavel::agenda::{self, LoadError};
use proptest::prelude::*;
use serde_yaml::{Mapping, Value};

fn assert_one_message(result: Result<agenda::Agenda, LoadError>, source: &[u8]) {
    if let Err(e) = result {
        let text = e.to_string();
        assert!(text.starts_with("input.yaml"), "names the file: {text}");
        assert!(!text.contains("panicked"));
        if let Some(pos) = e.pos {
            let lines = source.split(|&b| b == b'\n').count();
            assert!(pos.line >= 1 && pos.line <= lines + 1, "line {} of {lines}: {text}", pos.line);
            assert!(pos.col >= 1);
        }
        assert!(text.lines().count() <= 3, "one message, at most with a source line and caret: {text}");
    }
}

/// Keys an agenda uses, so that generated documents get deep into the checks.
const KEYS: &[&str] = &[
    "title",
    "date",
    "start",
    "timezone",
    "sessions",
    "topics",
    "duration",
    "break",
    "summary",
    "presenter",
    "notes",
    "attendees",
    "name",
    "role",
    "goals",
    "thresholds",
    "warning",
    "danger",
    "bell",
    "location",
    "chair",
    "organizer",
    "duraton",
];

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        any::<f64>().prop_map(|n| Value::Number(n.into())),
        prop_oneof![
            Just("40m".to_owned()),
            Just("0s".to_owned()),
            Just("2024-12-23".to_owned()),
            Just("09:00".to_owned()),
            Just("Asia/Seoul".to_owned()),
            Just("+09:00".to_owned()),
            Just("부산".to_owned()),
            ".{0,12}",
        ]
        .prop_map(Value::String),
    ]
}

fn document() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Sequence),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|pairs| {
                let mut map = Mapping::new();
                for (k, v) in pairs {
                    map.insert(Value::String(k.to_owned()), v);
                }
                Value::Mapping(map)
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        assert_one_message(agenda::parse_bytes(&bytes, "input.yaml"), &bytes);
    }

    #[test]
    fn arbitrary_yaml_documents_never_panic(doc in document()) {
        let text = serde_yaml::to_string(&doc).expect("serialises");
        assert_one_message(agenda::parse_str(&text, "input.yaml"), text.as_bytes());
    }

    #[test]
    fn a_damaged_busan_agenda_never_panics(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..4, any::<u8>()), 1..6)
    ) {
        let mut bytes = std::fs::read("agenda.yaml").expect("agenda.yaml");
        for (at, op, byte) in edits {
            let i = at.index(bytes.len());
            match op {
                0 => { bytes.remove(i); }
                1 => bytes.insert(i, byte),
                2 => bytes[i] = byte,
                _ => bytes.insert(i, b"\n- :\"'\t#&*!|>"[usize::from(byte) % 13]),
            }
        }
        assert_one_message(agenda::parse_bytes(&bytes, "input.yaml"), &bytes);
    }
}
