//! krilla: the sample minutes page drawn with krilla's surface API. krilla shapes a line of
//! text (rustybuzz) and writes the PDF (subset fonts, ToUnicode); it lays out nothing, so the
//! word wrap (at spaces only: 어절 stay whole), tables, page footer and chart are ours.
#[path = "../../shared/content.rs"]
mod content;
use content::*;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::Document;

static REGULAR: &[u8] = include_bytes!("../../NanumGothic.ttf");
static BOLD: &[u8] = include_bytes!("../../NanumGothicBold.ttf");

const W: f32 = 595.28;
const H: f32 = 841.89;
const MX: f32 = 56.7; // 20 mm

struct Face {
    font: Font,
    rb: rustybuzz::Face<'static>,
}

impl Face {
    fn new(data: &'static [u8]) -> Self {
        Face { font: Font::new(data.into(), 0).unwrap(), rb: rustybuzz::Face::from_slice(data, 0).unwrap() }
    }
    fn width(&self, text: &str, size: f32) -> f32 {
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        let out = rustybuzz::shape(&self.rb, &[], buf);
        let units: i32 = out.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / self.rb.units_per_em() as f32
    }
    /// Greedy wrap that breaks only at spaces, so a 어절 is never split.
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if !line.is_empty() && self.width(&candidate, size) > width {
                lines.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

fn black() -> Fill { Fill { paint: rgb::Color::new(0, 0, 0).into(), ..Default::default() } }

fn text(s: &mut Surface, f: &Face, x: f32, y: f32, size: f32, t: &str) {
    s.set_fill(Some(black()));
    s.draw_text(Point::from_xy(x, y), f.font.clone(), size, t, false, TextDirection::Auto);
}

fn rect(s: &mut Surface, x: f32, y: f32, w: f32, h: f32, fill: Option<(u8, u8, u8)>, stroke: bool) {
    let mut pb = PathBuilder::new();
    pb.push_rect(Rect::from_xywh(x, y, w, h).unwrap());
    let path = pb.finish().unwrap();
    s.set_fill(fill.map(|(r, g, b)| Fill { paint: rgb::Color::new(r, g, b).into(), ..Default::default() }));
    s.set_stroke(stroke.then(|| Stroke { width: 0.5, ..Default::default() }));
    s.draw_path(&path);
    s.set_stroke(None);
}

/// A table: column widths, rows of cells; each cell wraps at spaces. Returns the new y.
fn table(s: &mut Surface, f: &Face, fb: &Face, mut y: f32, cols: &[f32], rows: &[Vec<&str>], head: bool) -> f32 {
    let (size, pad, lead) = (10.0, 5.0, 14.0);
    for (i, row) in rows.iter().enumerate() {
        let bold = head && i == 0;
        let face = if bold { fb } else { f };
        let wrapped: Vec<Vec<String>> = row.iter().zip(cols).map(|(c, w)| face.wrap(c, size, w - 2.0 * pad)).collect();
        let h = wrapped.iter().map(|l| l.len()).max().unwrap() as f32 * lead + 2.0 * pad - 2.0;
        let mut x = MX;
        for (lines, w) in wrapped.iter().zip(cols) {
            rect(s, x, y, *w, h, bold.then_some((225, 225, 225)), true);
            for (k, l) in lines.iter().enumerate() {
                text(s, face, x + pad, y + pad + size + k as f32 * lead - 1.0, size, l);
            }
            x += w;
        }
        y += h;
    }
    y
}

fn footer(s: &mut Surface, f: &Face, page: usize, pages: usize) {
    let y = H - 40.0;
    text(s, f, MX, y, 8.0, MEETING);
    let num = format!("- {page} / {pages} -");
    text(s, f, (W - f.width(&num, 8.0)) / 2.0, y, 8.0, &num);
    text(s, f, W - MX - f.width(FINGERPRINT, 8.0), y, 8.0, FINGERPRINT);
}

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "krilla.pdf".into());
    let t = std::time::Instant::now();
    let (f, fb) = (Face::new(REGULAR), Face::new(BOLD));
    let mut doc = Document::new();
    let body = W - 2.0 * MX;

    let mut page = doc.start_page_with(PageSettings::from_wh(W, H).unwrap());
    let mut s = page.surface();
    let mut y = 56.7 + 20.0;
    text(&mut s, &fb, (W - fb.width(DOC_TITLE, 20.0)) / 2.0, y, 20.0, DOC_TITLE);
    y += 24.0;
    text(&mut s, &fb, (W - fb.width(MEETING, 13.0)) / 2.0, y, 13.0, MEETING);
    y += 14.0;
    let facts: Vec<Vec<&str>> = FACTS.iter().map(|(k, v)| vec![*k, *v]).collect();
    y = table(&mut s, &f, &fb, y, &[62.0, body - 62.0], &facts, false);
    y += 24.0;
    text(&mut s, &fb, MX, y, 12.0, "안건 및 논의 요지");
    y += 8.0;
    let mut rows: Vec<Vec<&str>> = vec![TABLE_HEAD.to_vec()];
    rows.extend(TABLE.iter().map(|r| r.to_vec()));
    y = table(&mut s, &f, &fb, y, &[34.0, 108.0, body - 142.0], &rows, true);
    y += 24.0;
    text(&mut s, &fb, MX, y, 12.0, "회의 경과");
    y += 18.0;
    for line in f.wrap(PARAGRAPH, 10.5, body) {
        text(&mut s, &f, MX, y, 10.5, &line);
        y += 16.0;
    }
    y += 14.0;
    text(&mut s, &fb, MX, y, 12.0, CHART_TITLE);
    // The chart: planned (grey) and actual (blue) bars on a common baseline.
    let base = y + 20.0 + 60.0 * 1.6;
    for (i, (n, p, a)) in SESSIONS.iter().enumerate() {
        let x = MX + 10.0 + i as f32 * 60.0;
        rect(&mut s, x, base - *p as f32 * 1.6, 16.0, *p as f32 * 1.6, Some((170, 170, 170)), false);
        rect(&mut s, x + 18.0, base - *a as f32 * 1.6, 16.0, *a as f32 * 1.6, Some((31, 78, 121)), false);
        let label = format!("{n} {p}/{a}");
        text(&mut s, &f, x + 17.0 - f.width(&label, 9.0) / 2.0, base + 12.0, 9.0, &label);
    }
    y = base + 28.0;
    rect(&mut s, MX, y - 7.0, 8.0, 8.0, Some((170, 170, 170)), false);
    text(&mut s, &f, MX + 11.0, y, 8.0, "계획");
    rect(&mut s, MX + 40.0, y - 7.0, 8.0, 8.0, Some((31, 78, 121)), false);
    text(&mut s, &f, MX + 51.0, y, 8.0, "실제");
    footer(&mut s, &f, 1, 2);
    s.finish();
    page.finish();

    let mut page = doc.start_page_with(PageSettings::from_wh(W, H).unwrap());
    let mut s = page.surface();
    text(&mut s, &f, MX, 80.0, 10.5, PAGE2);
    let sign: Vec<Vec<&str>> = SIGN.iter().map(|(k, v)| vec![*k, *v, "(서명)"]).collect();
    table(&mut s, &f, &fb, 100.0, &[70.0, 110.0, 140.0], &sign, false);
    footer(&mut s, &f, 2, 2);
    s.finish();
    page.finish();

    std::fs::write(&out, doc.finish().unwrap()).unwrap();
    eprintln!("{out}: 2 pages in {:?}", t.elapsed());
}
