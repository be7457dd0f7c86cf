//! The record as a PDF on A4: the same layout as the web page ([`super::paper`]), set with
//! krilla (PDF writing, font subsetting, text shaping) and a small layout of gavel's own: lines
//! broken only at spaces, so a Korean word (어절) is never split; tables whose cells wrap; page
//! breaks that repeat a table's head; on every page its number (`- 2 / 7 -`) and the title and
//! fingerprint. Chosen over typst and printpdf by trying them (`docs/pdf-evaluation.md`).
//!
//! The font is NanumGothic (SIL Open Font License 1.1, `fonts/OFL.txt`), built into the program
//! and embedded in each PDF cut down to the glyphs it uses.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::text::{Font, TextDirection};

use super::paper::{Chart, Line, Paper, Table};

static REGULAR: &[u8] = include_bytes!("../../fonts/NanumGothic.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/NanumGothicBold.ttf");

/// A4 in points, and its margins.
const W: f32 = 595.28;
const H: f32 = 841.89;
const LEFT: f32 = 51.0;
const TOP: f32 = 51.0;
/// Where the body ends; the footer stands below.
const BOTTOM: f32 = H - 62.0;
const BODY: f32 = W - 2.0 * LEFT;

/// Why a PDF could not be made: never expected (the font is built in), said rather than an empty
/// file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct PdfError(String);

/// A face to measure and draw text with.
struct Face {
    font: Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    fn new(data: &'static [u8]) -> Result<Face, PdfError> {
        let font =
            Font::new(data.into(), 0).ok_or_else(|| PdfError("the built-in font does not read".into()))?;
        let shaper = rustybuzz::Face::from_slice(data, 0)
            .ok_or_else(|| PdfError("the built-in font does not shape".into()))?;
        Ok(Face { font, shaper })
    }

    /// The width of `text` at `size` points.
    fn width(&self, text: &str, size: f32) -> f32 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(&self.shaper, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / f32::from(self.shaper.units_per_em() as u16)
    }

    /// `text` in lines at most `width` wide, broken only at spaces (a 어절 is never split); a
    /// single word wider than a line (a fingerprint) is broken between characters.
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut used = 0.0;
            let space = self.width(" ", size);
            for word in paragraph.split_whitespace() {
                let w = self.width(word, size);
                if !line.is_empty() && used + space + w > width {
                    lines.push(std::mem::take(&mut line));
                    used = 0.0;
                }
                if w > width {
                    // Too long for any line: by characters.
                    for c in word.chars() {
                        let cw = self.width(c.encode_utf8(&mut [0; 4]), size);
                        if !line.is_empty() && used + cw > width {
                            lines.push(std::mem::take(&mut line));
                            used = 0.0;
                        }
                        line.push(c);
                        used += cw;
                    }
                    continue;
                }
                if !line.is_empty() {
                    line.push(' ');
                    used += space;
                }
                line.push_str(word);
                used += w;
            }
            lines.push(line);
        }
        lines
    }
}

/// How a table's row is set.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// The head: bold on grey.
    Head,
    Body,
    /// A total: bold.
    Foot,
    /// A label, then what it labels (a facts table): the first cell bold on grey.
    Labelled,
}

impl Style {
    fn bold(self, cell: usize) -> bool {
        match self {
            Style::Head | Style::Foot => true,
            Style::Body => false,
            Style::Labelled => cell == 0,
        }
    }

    fn fill(self, cell: usize) -> Option<(u8, u8, u8)> {
        match self {
            Style::Head => Some((230, 230, 230)),
            Style::Labelled if cell == 0 => Some((238, 238, 238)),
            _ => None,
        }
    }
}

/// Something drawn on a page.
enum Op {
    Text { x: f32, y: f32, size: f32, bold: bool, text: String },
    Rect { x: f32, y: f32, w: f32, h: f32, fill: Option<(u8, u8, u8)>, stroke: bool },
    Polyline { points: Vec<(f32, f32)>, width: f32, color: (u8, u8, u8), dashed: bool },
}

/// The pages being laid out, and where the next thing goes on the last.
struct Layout {
    regular: Face,
    bold: Face,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Layout {
    fn page(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Room for `height` more on this page, or a new page.
    fn room(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }

    fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        self.page().push(Op::Text { x, y, size, bold, text: text.to_owned() });
    }

    /// Lines of text from `x`, `width` wide, each on this page or the next.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, x: f32, width: f32) {
        let lead = size * 1.45;
        for line in self.face(bold).wrap(text, size, width) {
            self.room(lead);
            self.y += lead;
            self.text(x, self.y - size * 0.3, size, bold, &line);
        }
    }

    fn heading(&mut self, text: &str, size: f32) {
        // A heading keeps a few lines of what follows with it.
        self.room(size * 1.6 + 40.0);
        self.y += size * 0.8;
        self.paragraph(text, size, true, LEFT, BODY);
        self.y += 2.0;
    }

    /// A note: its time in the margin of the text, then its words.
    fn note(&mut self, line: &Line, indent: f32) {
        let size = 9.5;
        let x = LEFT + indent;
        let time_w =
            self.regular.width("00:00 ", size).max(self.regular.width(&format!("{} ", line.time), size));
        let lines = self.regular.wrap(&line.text, size, BODY - indent - time_w);
        let lead = size * 1.45;
        for (i, text) in lines.iter().enumerate() {
            self.room(lead);
            self.y += lead;
            let baseline = self.y - size * 0.3;
            if i == 0 {
                self.text(x, baseline, size, false, &line.time);
            }
            self.text(x + time_w, baseline, size, false, text);
        }
    }

    /// A table `fractions` of the body wide per column; its head repeated after a page break.
    /// With `labels`, its first column names what the rest of the row says (a facts table).
    fn table(&mut self, table: &Table, fractions: &[f32], labels: bool) {
        let widths: Vec<f32> = fractions.iter().map(|f| f * BODY).collect();
        let head = (!table.head.is_empty()).then_some(&table.head);
        if let Some(head) = head {
            self.row(head, &widths, Style::Head, &table.numeric, 0.0);
        }
        for (r, row) in table.rows.iter().enumerate() {
            let indent = if table.under.contains(&r) { 10.0 } else { 0.0 };
            if self.row_height(row, &widths, Style::Body, indent) + self.y > BOTTOM {
                self.new_page();
                if let Some(head) = head {
                    self.row(head, &widths, Style::Head, &table.numeric, 0.0);
                }
            }
            let style = if labels { Style::Labelled } else { Style::Body };
            self.row(row, &widths, style, &table.numeric, indent);
        }
        if let Some(foot) = &table.foot {
            self.row(foot, &widths, Style::Foot, &table.numeric, 0.0);
        }
    }

    fn row_height(&self, cells: &[String], widths: &[f32], style: Style, indent: f32) -> f32 {
        let (size, pad) = (9.0, 4.0);
        let lines = cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (c, w))| {
                let inset = if i == 0 { indent } else { 0.0 };
                self.face(style.bold(i)).wrap(c, size, w - 2.0 * pad - inset).len()
            })
            .max()
            .unwrap_or(1)
            .max(1);
        lines as f32 * size * 1.4 + 2.0 * pad
    }

    fn row(&mut self, cells: &[String], widths: &[f32], style: Style, numeric: &[bool], indent: f32) {
        let (size, pad) = (9.0, 4.0);
        let height = self.row_height(cells, widths, style, indent);
        self.room(height);
        let top = self.y;
        let mut x = LEFT;
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            let bold = style.bold(i);
            self.page().push(Op::Rect { x, y: top, w: *w, h: height, fill: style.fill(i), stroke: true });
            let inset = if i == 0 { indent } else { 0.0 };
            let lines = self.face(bold).wrap(cell, size, w - 2.0 * pad - inset);
            for (k, line) in lines.iter().enumerate() {
                let right = numeric.get(i).copied().unwrap_or(false);
                let lx =
                    if right { x + w - pad - self.face(bold).width(line, size) } else { x + pad + inset };
                let baseline = top + pad + size + k as f32 * size * 1.4 - 1.0;
                self.text(lx, baseline, size, bold, line);
            }
            x += w;
        }
        self.y = top + height;
    }

    /// The chart: per session a bar of the plan (outlined) and of the actual time (filled), then
    /// the drift over the meeting as a line about zero, drawn as vectors.
    fn chart(&mut self, chart: &Chart, axis: &str) {
        let row = 14.0;
        let bars = row * chart.bars.len() as f32;
        let drift = 90.0;
        self.room(bars + drift + 60.0);
        let top = self.y + 6.0;
        let longest = chart.bars.iter().map(|b| b.planned.max(b.actual)).max().unwrap_or(1).max(1) as f32;
        let scale = (BODY - 30.0) / longest;
        for (i, bar) in chart.bars.iter().enumerate() {
            let y = top + row * i as f32;
            self.text(LEFT, y + 9.0, 8.0, false, &bar.label);
            let x = LEFT + 20.0;
            self.page().push(Op::Rect {
                x,
                y: y + 1.0,
                w: (bar.planned as f32 * scale).max(0.5),
                h: 5.0,
                fill: None,
                stroke: true,
            });
            let color = if bar.actual > bar.planned { (176, 58, 46) } else { (47, 111, 159) };
            self.page().push(Op::Rect {
                x,
                y: y + 6.5,
                w: (bar.actual as f32 * scale).max(0.5),
                h: 5.0,
                fill: Some(color),
                stroke: false,
            });
        }
        let drift_top = top + bars + 16.0;
        self.text(LEFT, drift_top - 4.0, 8.0, false, &chart.drift);
        let zero = drift_top + drift / 2.0;
        let x0 = LEFT + 20.0;
        let x1 = LEFT + BODY;
        self.page().push(Op::Polyline {
            points: vec![(x0, zero), (x1, zero)],
            width: 0.5,
            color: (136, 136, 136),
            dashed: true,
        });
        let last = chart.drift_points.iter().map(|p| p.0).max().unwrap_or(1).max(1) as f32;
        let most = chart.drift_points.iter().map(|p| p.1.abs()).max().unwrap_or(60).max(60) as f32;
        let points: Vec<(f32, f32)> = chart
            .drift_points
            .iter()
            .map(|&(t, d)| (x0 + t as f32 / last * (x1 - x0), zero - d as f32 / most * (drift / 2.0)))
            .collect();
        if points.len() > 1 {
            self.page().push(Op::Polyline { points, width: 1.5, color: (176, 58, 46), dashed: false });
        }
        let label = format!("{} {axis}", (last / 60.0).round());
        let lw = self.regular.width(&label, 8.0);
        self.text(x1 - lw, drift_top + drift + 10.0, 8.0, false, &label);
        self.y = drift_top + drift + 16.0;
        self.paragraph(
            &format!("{} — {} / {}", chart.title, chart.planned, chart.actual),
            8.0,
            false,
            LEFT,
            BODY,
        );
    }
}

/// The record laid out in `paper` as a PDF.
pub fn pdf(paper: &Paper) -> Result<Vec<u8>, PdfError> {
    let mut l =
        Layout { regular: Face::new(REGULAR)?, bold: Face::new(BOLD)?, pages: vec![Vec::new()], y: TOP };
    // The title block.
    let kind_w = l.bold.width(&paper.kind, 20.0);
    l.y += 22.0;
    l.text((W - kind_w) / 2.0, l.y, 20.0, true, &paper.kind);
    l.y += 6.0;
    for line in l.bold.wrap(&paper.title, 13.0, BODY) {
        l.y += 18.0;
        let w = l.bold.width(&line, 13.0);
        l.text((W - w) / 2.0, l.y, 13.0, true, &line);
    }
    for mark in &paper.marks {
        l.y += 4.0;
        l.paragraph(mark, 9.5, true, LEFT, BODY);
    }
    l.y += 10.0;
    let facts = Table {
        head: Vec::new(),
        rows: paper.facts.iter().map(|(k, v)| vec![k.clone(), v.clone()]).collect(),
        ..Table::default()
    };
    l.table(&facts, &[0.22, 0.78], true);
    for part in paper.attendance.iter().chain(&paper.goals).chain(&paper.before_opening) {
        l.heading(&part.heading, 12.0);
        for line in &part.lines {
            l.paragraph(&format!("· {line}"), 9.5, false, LEFT + 6.0, BODY - 6.0);
        }
    }
    l.heading(&paper.proceedings_heading, 12.0);
    for session in &paper.sessions {
        l.room(60.0);
        l.y += 6.0;
        l.paragraph(&format!("{} {}", session.number, session.title), 11.0, true, LEFT, BODY);
        l.paragraph(&session.about, 9.0, false, LEFT, BODY);
        if let Some(summary) = &session.summary {
            l.paragraph(summary, 9.0, false, LEFT, BODY);
        }
        for topic in &session.topics {
            l.room(50.0);
            l.y += 4.0;
            l.paragraph(&format!("{} {}", topic.number, topic.title), 10.0, true, LEFT + 8.0, BODY - 8.0);
            l.paragraph(&topic.about, 9.0, false, LEFT + 8.0, BODY - 8.0);
            if !topic.gist.is_empty() {
                l.paragraph(&paper.words.gist, 9.5, true, LEFT + 8.0, BODY - 8.0);
                for said in &topic.gist {
                    l.paragraph(&said.speaker, 9.5, true, LEFT + 16.0, BODY - 16.0);
                    for line in &said.lines {
                        l.note(line, 24.0);
                    }
                }
            }
            for line in &topic.notes {
                l.note(line, 16.0);
            }
            if !topic.decisions.is_empty() {
                l.paragraph(&paper.words.decisions, 9.5, true, LEFT + 8.0, BODY - 8.0);
                for line in &topic.decisions {
                    l.note(line, 16.0);
                }
            }
            if !topic.actions.rows.is_empty() {
                l.paragraph(&paper.words.actions, 9.5, true, LEFT + 8.0, BODY - 8.0);
                l.table(&topic.actions, &[0.1, 0.5, 0.2, 0.2], false);
            }
        }
        if let Some(pause) = &session.break_after {
            l.paragraph(pause, 9.0, false, LEFT, BODY);
        }
    }
    l.heading(&paper.time_heading, 12.0);
    let columns = paper.time.head.len().max(1);
    let mut fractions = vec![0.44];
    fractions.extend(std::iter::repeat_n(0.56 / (columns - 1).max(1) as f32, columns - 1));
    l.table(&paper.time, &fractions, false);
    l.chart(&paper.chart, &paper.words.drift_axis);
    l.heading(&paper.decisions.heading, 12.0);
    if paper.decisions.lines.is_empty() {
        l.paragraph(&paper.words.none_recorded, 9.5, false, LEFT, BODY);
    }
    for (i, line) in paper.decisions.lines.iter().enumerate() {
        l.paragraph(&format!("{}. {line}", i + 1), 9.5, false, LEFT + 6.0, BODY - 6.0);
    }
    l.heading(&paper.actions_heading, 12.0);
    if paper.actions.rows.is_empty() {
        l.paragraph(&paper.words.none_recorded, 9.5, false, LEFT, BODY);
    } else {
        l.table(&paper.actions, &[0.07, 0.43, 0.15, 0.13, 0.22], false);
    }
    for part in paper.left_aside.iter().chain(&paper.corrections) {
        l.heading(&part.heading, 12.0);
        for line in &part.lines {
            l.paragraph(&format!("· {line}"), 9.5, false, LEFT + 6.0, BODY - 6.0);
        }
    }
    // The sign-off: each signatory with room to sign.
    // The heading stays with its boxes: room for both, or a new page for both.
    l.room(40.0 * paper.signatories.len() as f32 + 80.0);
    l.heading(&paper.sign_off_heading, 12.0);
    for who in &paper.signatories {
        let top = l.y;
        let cells = [(0.18, &who.role, true), (0.32, &who.name, false), (0.18, &paper.words.signature, true)];
        let mut x = LEFT;
        for (fraction, text, bold) in cells {
            let w = fraction * BODY;
            let fill = bold.then_some((230, 230, 230));
            l.page().push(Op::Rect { x, y: top, w, h: 36.0, fill, stroke: true });
            l.text(x + 5.0, top + 22.0, 9.5, bold, text);
            x += w;
        }
        l.page().push(Op::Rect { x, y: top, w: 0.32 * BODY, h: 36.0, fill: None, stroke: true });
        l.y = top + 36.0;
    }
    l.y += 6.0;
    l.paragraph(&paper.sign_off, 8.5, false, LEFT, BODY);
    render(&l, paper)
}

/// The pages drawn, each with its footer.
fn render(l: &Layout, paper: &Paper) -> Result<Vec<u8>, PdfError> {
    let mut document = Document::new();
    let pages = l.pages.len();
    let settings = || PageSettings::from_wh(W, H).ok_or_else(|| PdfError("A4 is not a page size".into()));
    for (n, ops) in l.pages.iter().enumerate() {
        let mut page = document.start_page_with(settings()?);
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, l, op);
        }
        // The footer: the page's number at the right, the title and fingerprint at the left.
        let number = format!("- {} / {pages} -", n + 1);
        let size = 7.5;
        let nw = l.regular.width(&number, size);
        let foot = H - 36.0;
        draw(&mut surface, l, &Op::Text { x: W - LEFT - nw, y: foot, size, bold: false, text: number });
        for (k, line) in l.regular.wrap(&paper.footer, size, BODY - nw - 16.0).iter().take(2).enumerate() {
            draw(
                &mut surface,
                l,
                &Op::Text { x: LEFT, y: foot + k as f32 * 9.0, size, bold: false, text: line.clone() },
            );
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| PdfError(format!("{e:?}")))
}

fn draw(surface: &mut krilla::surface::Surface, l: &Layout, op: &Op) {
    let paint =
        |(r, g, b): (u8, u8, u8)| Fill { paint: rgb::Color::new(r, g, b).into(), ..Default::default() };
    match op {
        Op::Text { x, y, size, bold, text } => {
            surface.set_fill(Some(paint((17, 17, 17))));
            let font = l.face(*bold).font.clone();
            surface.draw_text(Point::from_xy(*x, *y), font, *size, text, false, TextDirection::Auto);
        }
        Op::Rect { x, y, w, h, fill, stroke } => {
            let mut builder = PathBuilder::new();
            let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else { return };
            builder.push_rect(rect);
            let Some(path) = builder.finish() else { return };
            surface.set_fill(fill.map(paint));
            surface.set_stroke(stroke.then(|| Stroke { width: 0.5, ..Default::default() }));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
        Op::Polyline { points, width, color, dashed } => {
            let mut builder = PathBuilder::new();
            for (i, &(x, y)) in points.iter().enumerate() {
                if i == 0 { builder.move_to(x, y) } else { builder.line_to(x, y) }
            }
            let Some(path) = builder.finish() else { return };
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke {
                paint: rgb::Color::new(color.0, color.1, color.2).into(),
                width: *width,
                dash: dashed.then(|| StrokeDash { array: vec![3.0, 3.0], offset: 0.0 }),
                ..Default::default()
            }));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
    }
}
