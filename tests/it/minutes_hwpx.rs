//! The record as an HWPX document (issue 17), checked by readers gavel's developers did not write:
//! the package read byte by byte and with the `zip` crate (an uncompressed `mimetype` first, the
//! parts the standard requires, each well-formed XML in the OWPML namespaces); the document read
//! back with hwpforge's own decoder; and, where it is installed (`.ci/run` installs it into a
//! virtual environment; skipped loudly elsewhere), with the `python-hwpx` package, whose reader
//! must give back every note, decision, owner and due date of the Busan meeting, in order, and
//! whose validators (the OWPML schema, the package, an editor's reopening) must find no error.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use gavel::i18n::Lang;
use gavel::minutes::paper::paper;
use gavel::minutes::{Edition, hwpx, json};
use hwpforge::core::control::Control;
use hwpforge::core::{Paragraph, RunContent};
use hwpforge::hwpx::HwpxDecoder;
use serde_json::Value;

use crate::meeting_support::{Run, journal_of};
use crate::minutes_document::busan;
use crate::minutes_record::finalized;

const FINGERPRINT: &str = "4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c";

fn document(run: &Run, lang: Lang) -> Vec<u8> {
    hwpx(&paper(lang, &run.header, &run.entries, &run.meeting, Some(FINGERPRINT), Edition::Full)).unwrap()
}

/// The parts of the package, by name, in the order they are stored.
fn parts(bytes: &[u8]) -> Vec<(String, zip::CompressionMethod, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            file.read_to_end(&mut data).unwrap();
            (file.name().unwrap().into_owned(), file.compression(), data)
        })
        .collect()
}

/// The names of `xml`'s root element and of every namespace it declares, failing on XML that is
/// not well-formed (quick-xml checks that every end tag closes its start tag).
fn root_of(name: &str, xml: &[u8]) -> (String, Vec<(String, String)>) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut root = None;
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if root.is_none() => {
                let namespaces = e
                    .attributes()
                    .map(|a| a.unwrap())
                    .filter(|a| a.key.as_ref().starts_with("xmlns"))
                    .map(|a| (a.key.as_ref().to_owned(), a.value.to_string()))
                    .collect();
                root = Some((e.name().as_ref().to_owned(), namespaces));
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name} is not well-formed XML: {e}"),
        }
        buf.clear();
    }
    root.unwrap_or_else(|| panic!("{name} has no root element"))
}

#[test]
fn an_hwpx_is_a_package_as_the_standard_lays_it_out() {
    for lang in [Lang::Ko, Lang::En] {
        let bytes = document(&finalized(), lang);
        // The first entry, read from the bytes themselves: a local file header (PK 3 4), stored
        // (method 0), named `mimetype`, holding `application/hwp+zip`.
        assert_eq!(&bytes[..4], b"PK\x03\x04", "a zip");
        assert_eq!(u16::from_le_bytes([bytes[8], bytes[9]]), 0, "the mimetype is stored uncompressed");
        let name_len = usize::from(u16::from_le_bytes([bytes[26], bytes[27]]));
        let extra_len = usize::from(u16::from_le_bytes([bytes[28], bytes[29]]));
        assert_eq!(&bytes[30..30 + name_len], b"mimetype", "the first entry is the mimetype");
        let data = 30 + name_len + extra_len;
        assert_eq!(&bytes[data..data + 19], b"application/hwp+zip");

        let parts = parts(&bytes);
        assert_eq!(parts[0].0, "mimetype");
        assert_eq!(parts[0].1, zip::CompressionMethod::Stored);
        let names: Vec<&str> = parts.iter().map(|p| p.0.as_str()).collect();
        for required in [
            "version.xml",
            "META-INF/container.xml",
            "Contents/content.hpf",
            "Contents/header.xml",
            "Contents/section0.xml",
            "settings.xml",
        ] {
            assert!(names.contains(&required), "{required} missing from {names:?}");
        }
        let mut roots = std::collections::HashMap::new();
        for (name, _, data) in parts.iter().filter(|p| p.0.ends_with(".xml") || p.0.ends_with(".hpf")) {
            roots.insert(name.clone(), root_of(name, data));
        }
        let declares = |part: &str, root: &str, prefix: &str, uri: &str| {
            let (name, namespaces) = &roots[part];
            assert_eq!(name, root, "{part}'s root");
            assert!(
                namespaces.iter().any(|(k, v)| k == &format!("xmlns:{prefix}") && v == uri),
                "{part} declares {prefix}={uri}: {namespaces:?}"
            );
        };
        declares("Contents/header.xml", "hh:head", "hh", "http://www.hancom.co.kr/hwpml/2011/head");
        declares("Contents/section0.xml", "hs:sec", "hs", "http://www.hancom.co.kr/hwpml/2011/section");
        declares("Contents/section0.xml", "hs:sec", "hp", "http://www.hancom.co.kr/hwpml/2011/paragraph");
        declares("Contents/content.hpf", "opf:package", "opf", "http://www.idpf.org/2007/opf/");

        // The fonts an office has, each with 맑은 고딕 (in every Windows) to stand in for it.
        let header =
            String::from_utf8(parts.iter().find(|p| p.0 == "Contents/header.xml").unwrap().2.clone())
                .unwrap();
        for face in ["함초롬바탕", "함초롬돋움"] {
            assert!(header.contains(&format!("face=\"{face}\"")), "{face} named");
        }
        assert!(header.contains("<hh:substFont face=\"맑은 고딕\""), "a substitute named");
        // Heads and labels shaded grey (the fourth border fill), and a table's head repeated on
        // every page it runs onto.
        assert!(header.contains("<hh:borderFill id=\"4\""), "{header}");
        assert!(header.contains("faceColor=\"#E6E6E6\""), "the shading");
        let section =
            String::from_utf8(parts.iter().find(|p| p.0 == "Contents/section0.xml").unwrap().2.clone())
                .unwrap();
        assert!(
            section.contains(
                "header=\"1\" hasMargin=\"0\" protect=\"0\" editable=\"0\" dirty=\"0\" borderFillIDRef=\"4\""
            ),
            "a shaded head cell"
        );
        assert!(section.contains("repeatHeader=\"1\""), "a head repeated");
    }
}

/// Every paragraph's and table cell's text, in document order, as hwpforge's decoder reads it.
fn decoded_texts(bytes: &[u8]) -> (Vec<String>, Vec<String>) {
    fn walk(paragraphs: &[Paragraph], out: &mut Vec<String>) {
        for paragraph in paragraphs {
            let text = paragraph.text_content();
            if !text.is_empty() {
                out.push(text);
            }
            for run in &paragraph.runs {
                if let RunContent::Table(table) = &run.content {
                    for row in &table.rows {
                        for cell in &row.cells {
                            walk(&cell.paragraphs, out);
                        }
                    }
                }
            }
        }
    }
    let decoded = HwpxDecoder::decode(bytes).unwrap();
    let mut body = Vec::new();
    let mut foot = Vec::new();
    for section in decoded.document.sections() {
        walk(&section.paragraphs, &mut body);
        for footer in &section.footers {
            for paragraph in &footer.paragraphs {
                let mut line = String::new();
                for run in &paragraph.runs {
                    match &run.content {
                        RunContent::Text(text) => line.push_str(text),
                        RunContent::Control(control) => {
                            if let Control::InlinePageNumber { kind } = control.as_ref() {
                                line.push_str(&format!("[{kind:?}]"));
                            }
                        }
                        _ => {}
                    }
                }
                foot.push(line);
            }
        }
    }
    (body, foot)
}

/// What the minutes hold, in the order the document must give it back: the notes before the
/// opening, then topic by topic (in the agenda's order) its notes, decisions, and each action
/// item's words, owner and due date. Read from the JSON minutes, not from the document's layout.
fn expected(run: &Run) -> Vec<String> {
    let minutes: Value = serde_json::from_str(&json(&run.meeting, Some(FINGERPRINT))).unwrap();
    let notes: Vec<&Value> =
        minutes["notes"].as_array().unwrap().iter().filter(|n| n["struck_at"].is_null()).collect();
    assert!(
        notes.iter().all(|n| n.get("speaker").is_none_or(Value::is_null)),
        "no speakers here to group by"
    );
    let mut want = Vec::new();
    let of =
        |n: &&Value, s: Option<u64>, t: Option<u64>| n["session"].as_u64() == s && n["topic"].as_u64() == t;
    for n in notes.iter().filter(|n| of(n, None, None)) {
        want.push(n["text"].as_str().unwrap().to_owned());
    }
    for (s, session) in minutes["sessions"].as_array().unwrap().iter().enumerate() {
        for t in 0..session["topics"].as_array().unwrap().len() {
            let here: Vec<&&Value> = notes.iter().filter(|n| of(n, Some(s as u64), Some(t as u64))).collect();
            for kind in ["note", "decision", "action_item"] {
                for n in here.iter().filter(|n| n["kind"] == kind) {
                    want.push(n["text"].as_str().unwrap().to_owned());
                    for field in ["owner", "due"] {
                        if let Some(value) = n[field].as_str() {
                            want.push(value.to_owned());
                        }
                    }
                }
            }
        }
    }
    want
}

/// Each of `want` found in `texts`, each after the one before.
fn in_order(texts: &[String], want: &[String]) {
    let all = texts.join("\n");
    let mut from = 0;
    for item in want {
        match all[from..].find(item.as_str()) {
            Some(at) => from += at + item.len(),
            None => panic!("{item:?} not read back after byte {from} (or out of order):\n{all}"),
        }
    }
}

#[test]
fn hwpforge_reads_back_the_busan_minutes_in_order() {
    let run = busan();
    let want = expected(&run);
    assert!(want.len() >= 12, "the Busan meeting has notes, decisions and action items: {want:?}");
    for lang in [Lang::En, Lang::Ko] {
        let (body, foot) = decoded_texts(&document(&run, lang));
        in_order(&body, &want);
        // Every page's foot: the title and the fingerprint, then `- n / N -` as fields.
        let foot = foot.join("\n");
        // (in groups of four, as minutes of this format show it)
        let grouped: Vec<String> =
            FINGERPRINT.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
        assert!(foot.contains(&grouped.join(" ")), "{foot}");
        assert!(foot.contains("- [CurrentPage] / [TotalPages] -"), "{foot}");
    }
}

#[test]
fn the_record_comes_back_in_both_languages() {
    let ko = decoded_texts(&document(&finalized(), Lang::Ko)).0.join("\n");
    for said in ["회의록", "참석자", "결정사항", "작성자", "확인자", "서명", "예산 증액 요청", "자구 정정"]
    {
        assert!(ko.contains(said), "{said} not in the Korean document:\n{ko}");
    }
    let en = decoded_texts(&document(&finalized(), Lang::En)).0.join("\n");
    for said in ["Minutes", "Recorder", "Confirmer", "Signature", "예산 증액 요청"] {
        assert!(en.contains(said), "{said} not in the English document:\n{en}");
    }
    assert!(!en.contains("작성자"), "the English document speaks English");
}

/// The Python that has `python-hwpx`: `GAVEL_HWPX_PYTHON` (set by `.ci/run` to its virtual
/// environment's), else `python3` if it can import it. Where CI has installed it
/// (`GAVEL_REQUIRE_TOOLS`), its absence fails.
fn python_hwpx() -> Option<PathBuf> {
    let candidate =
        std::env::var_os("GAVEL_HWPX_PYTHON").map(PathBuf::from).unwrap_or_else(|| "python3".into());
    let there =
        Command::new(&candidate).args(["-c", "import hwpx"]).output().is_ok_and(|o| o.status.success());
    if !there {
        assert!(
            std::env::var_os("GAVEL_REQUIRE_TOOLS").is_none(),
            "GAVEL_REQUIRE_TOOLS is set and {} cannot import python-hwpx",
            candidate.display()
        );
        eprintln!("SKIPPED: python-hwpx is not installed; the HWPX document is not read back by it here");
        return None;
    }
    Some(candidate)
}

fn read_with_python(python: &Path, file: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/read_hwpx.py");
    let out = Command::new(python).arg(script).arg(file).output().unwrap();
    assert!(
        out.status.success(),
        "python-hwpx could not read {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The Busan minutes exported by `gavel export` as a secretary would, read back by python-hwpx.
#[test]
fn python_hwpx_reads_back_the_busan_minutes_in_order_and_finds_no_fault() {
    let Some(python) = python_hwpx() else { return };
    let run = busan();
    let want = expected(&run);
    let (dir, path) = journal_of(&run);
    for (locale, name) in [("C.UTF-8", "minutes.hwpx"), ("ko_KR.UTF-8", "회의록.hwpx")] {
        let file = dir.path().join(name);
        let _spawn = crate::pty::spawn_turn();
        let out = Command::new(env!("CARGO_BIN_EXE_gavel"))
            .env_remove("LANG")
            .env_remove("LC_MESSAGES")
            .env("LC_ALL", locale)
            .args(["export", path.to_str().unwrap(), "-o", file.to_str().unwrap()])
            .output()
            .unwrap();
        drop(_spawn);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let read = read_with_python(&python, &file);
        let texts: Vec<String> =
            read["texts"].as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_owned()).collect();
        in_order(&texts, &want);
        assert_eq!(read["schema"], serde_json::json!([]), "the OWPML schema check: {}", read["schema"]);
        assert_eq!(
            read["package"]["errors"],
            serde_json::json!([]),
            "the package check: {}",
            read["package"]
        );
        assert_eq!(read["reopen_ok"], true, "reopened as an editor would");
        let footer = &read["footers"][0];
        assert!(footer["text"].as_str().unwrap().contains(" · "), "title and fingerprint: {footer}");
        assert_eq!(footer["page_numbers"], serde_json::json!(["PAGE", "TOTAL_PAGE"]), "{footer}");
    }
}

/// From the command line: `-o *.hwpx` writes one, a pipe gets one, a terminal never does.
#[test]
fn export_writes_hwpx_to_a_file_or_a_pipe_never_to_a_terminal() {
    let (dir, path) = journal_of(&finalized());
    let gavel = |args: &[&str]| {
        let _spawn = crate::pty::spawn_turn();
        Command::new(env!("CARGO_BIN_EXE_gavel")).env("LC_ALL", "C.UTF-8").args(args).output().unwrap()
    };
    let m = path.to_str().unwrap();
    let file = dir.path().join("회의록.HWPX");
    let out = gavel(&["export", m, "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read(&file).unwrap();
    assert_eq!(&written[30..38], b"mimetype", "an HWPX by -o's extension");
    let piped = gavel(&["export", m, "--format", "hwpx"]);
    assert!(piped.status.success());
    assert_eq!(piped.stdout, written, "the same document to a pipe; the same journal gives the same bytes");
    let mut terminal = crate::pty::Launch::new(dir.path())
        .env("LC_ALL", "ko_KR.UTF-8")
        .args(&["export", m, "--format", "hwpx"])
        .spawn();
    assert_eq!(terminal.wait_exit().exit_code(), 1);
    let screen = terminal.screen_text();
    assert!(screen.contains("HWPX 문서는 터미널에 출력할 수 없습니다"), "{screen}");
}
