//! typst as a library: the sample minutes page rendered through typst + typst-pdf.
//! Usage: typst-sample MODE OUT.pdf   (MODE: default | ko | box)
#[path = "../../shared/content.rs"]
mod content;
use content::*;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

static REGULAR: &[u8] = include_bytes!("../../NanumGothic.ttf");
static BOLD: &[u8] = include_bytes!("../../NanumGothicBold.ttf");

struct Minutes {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    source: Source,
}

impl World for Minutes {
    fn library(&self) -> &LazyHash<Library> { &self.library }
    fn book(&self) -> &LazyHash<FontBook> { &self.book }
    fn main(&self) -> FileId { self.source.id() }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() { Ok(self.source.clone()) } else { Err(FileError::AccessDenied) }
    }
    fn file(&self, _id: FileId) -> FileResult<Bytes> { Err(FileError::AccessDenied) }
    fn font(&self, index: usize) -> Option<Font> { self.fonts.get(index).cloned() }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> { Datetime::from_ymd(2026, 7, 14) }
}

/// A typst string literal.
fn s(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn markup(mode: &str) -> String {
    let mut m = String::new();
    m += "#set page(paper: \"a4\", margin: (x: 20mm, top: 20mm, bottom: 25mm),\n";
    m += &format!(
        "  footer: context {{ set text(8pt); grid(columns: (1fr, auto, 1fr), align(left, {}), counter(page).display(\"- 1 / 1 -\", both: true), align(right, {})) }})\n",
        s(MEETING), s(FINGERPRINT)
    );
    m += "#set text(font: \"NanumGothic\", size: 10.5pt)\n";
    m += "#set par(justify: true, leading: 0.8em)\n";
    match mode {
        "default" => {}
        // typst's own knobs: the language and the simple (first-fit) line breaker.
        "ko" => m += "#set text(lang: \"ko\")\n#set par(linebreaks: \"simple\")\n",
        // Each 어절 (a run without spaces) in an unbreakable box: breaks only at spaces.
        "box" => m += "#set text(lang: \"ko\")\n#show regex(\"\\\\S+\"): it => box(it)\n",
        // The same, with table cells set ragged-right (justification stretches the spaces
        // around a boxed 어절 that did not fit).
        "box2" => m += "#set text(lang: \"ko\")\n#show regex(\"\\\\S+\"): it => box(it)\n#show table.cell: set par(justify: false)\n",
        other => panic!("unknown mode {other}"),
    }
    m += &format!("#align(center, text(20pt, weight: \"bold\", tracking: 0.5em, {}))\n", s(DOC_TITLE));
    m += &format!("#align(center, text(13pt, weight: \"bold\", {}))\n#v(6pt)\n", s(MEETING));
    m += "#table(columns: (22mm, 1fr), stroke: 0.5pt, inset: 5pt, fill: (x, _) => if x == 0 { luma(235) },\n";
    for (k, v) in FACTS {
        m += &format!("  [#{}], [#{}],\n", s(k), s(v));
    }
    m += ")\n\n== 안건 및 논의 요지\n";
    m += "#table(columns: (12mm, 38mm, 1fr), stroke: 0.5pt, inset: 5pt,\n  table.header(";
    for h in TABLE_HEAD {
        m += &format!("table.cell(fill: luma(225))[*#{}*], ", s(h));
    }
    m += "),\n";
    for row in TABLE {
        m += &format!("  [#{}], [#{}], [#{}],\n", s(row[0]), s(row[1]), s(row[2]));
    }
    m += ")\n\n== 회의 경과\n";
    m += &format!("#{}\n\n", s(PARAGRAPH));
    // The chart: planned (grey) and actual (blue) bars per session, vector rectangles.
    m += &format!("== {}\n", CHART_TITLE);
    m += "#let sessions = (";
    for (n, p, a) in SESSIONS {
        m += &format!("({}, {p}, {a}), ", s(n));
    }
    m += ")\n";
    m += r##"#block(inset: (left: 10pt), grid(columns: sessions.len(), column-gutter: 24pt, row-gutter: 4pt, align: bottom + center,
  ..sessions.map(((n, p, a)) => grid(columns: 2, column-gutter: 2pt, align: bottom,
      rect(width: 16pt, height: p * 1.6pt, fill: luma(170), stroke: none),
      rect(width: 16pt, height: a * 1.6pt, fill: rgb("#1f4e79"), stroke: none))),
  ..sessions.map(((n, p, a)) => text(9pt)[#n #p/#a])))
#text(8pt)[#box(rect(width: 8pt, height: 8pt, fill: luma(170))) 계획 #h(8pt) #box(rect(width: 8pt, height: 8pt, fill: rgb("#1f4e79"))) 실제]
#pagebreak()
"##;
    m += &format!("#{}\n#v(20pt)\n", s(PAGE2));
    m += "#table(columns: (25mm, 40mm, 50mm), stroke: 0.5pt, inset: 8pt,\n";
    for (k, v) in SIGN {
        m += &format!("  [#{}], [#{}], [(서명)],\n", s(k), s(v));
    }
    m += ")\n";
    m
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "box".into());
    let out = args.next().unwrap_or_else(|| format!("typst-{mode}.pdf"));
    let fonts: Vec<Font> = [REGULAR, BOLD]
        .iter()
        .flat_map(|d| Font::iter(Bytes::new(*d)))
        .collect();
    let markup = markup(&mode);
    if std::env::var_os("SHOW_MARKUP").is_some() {
        eprintln!("{markup}");
    }
    let world = Minutes {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        source: Source::detached(markup),
    };
    let t = std::time::Instant::now();
    let warned = typst::compile::<typst_layout::PagedDocument>(&world);
    for w in &warned.warnings {
        eprintln!("warning: {}", w.message);
    }
    let doc = warned.output.unwrap_or_else(|e| {
        for d in e.iter() {
            eprintln!("error: {}", d.message);
        }
        std::process::exit(1)
    });
    let pdf = typst_pdf::pdf(&doc, &typst_pdf::PdfOptions::default()).unwrap_or_else(|e| {
        for d in e.iter() {
            eprintln!("error: {}", d.message);
        }
        std::process::exit(1)
    });
    std::fs::write(&out, pdf).unwrap();
    eprintln!("{out}: {} pages in {:?}", doc.pages().len(), t.elapsed());
}
