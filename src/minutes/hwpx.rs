//! The record as an HWPX document (OWPML, KS X 6101): the file Hancom's word processor opens and
//! the government's document system (온나라) takes, laid out as the PDF is ([`super::paper`]).
//!
//! Written with `hwpforge` (its document model and its HWPX encoder): the package (an uncompressed
//! `mimetype` first, `version.xml`, `META-INF/container.xml`, `Contents/content.hpf`,
//! `Contents/header.xml`, `Contents/section0.xml`, `settings.xml`) and the OWPML in its
//! namespaces are the crate's; the styles, tables and words are gavel's, here.
//!
//! The fonts are the ones a Korean office has: 함초롬바탕 for the text and 함초롬돋움 for
//! headings and tables (both come with Hancom Office), each naming 맑은 고딕 (in every Windows)
//! as its substitute. Lines break between words (어절) only, as the PDF's do. The chart is a
//! chart of the document's own (OOXML, as Hancom writes them): planned against actual time per
//! session, and the drift over the meeting; the office can restyle it in the editor.

use hwpforge::core::chart::{ChartData, ChartGrouping, ChartType, LegendPosition, ScatterStyle};
use hwpforge::core::control::{Control, InlinePageKind};
use hwpforge::core::section::HeaderFooter;
use hwpforge::core::table::{Table as HwpTable, TableCell, TableRow};
use hwpforge::core::{Document, ImageStore, PageSettings, Paragraph, ParagraphMeasure, Run, Section};
use hwpforge::foundation::{Alignment, CharShapeIndex, Color, FontIndex, HwpUnit, ParaShapeIndex};
use hwpforge::hwpx::HwpxEncoder;
use hwpforge::hwpx::style_store::{
    HwpxBorderFill, HwpxCharShape, HwpxFont, HwpxFontRef, HwpxFontType, HwpxParaShape, HwpxStyleStore,
    HwpxSubstFont,
};

use super::paper::{Chart, Line, Paper, Table};
use crate::words::Lang;

/// Why an HWPX document could not be made: never expected (every part of it is gavel's own),
/// said rather than an empty file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct HwpxError(String);

fn fail(why: impl std::fmt::Display) -> HwpxError {
    HwpxError(why.to_string())
}

/// Millimetres in the document's unit.
fn mm(value: f64) -> Result<HwpUnit, HwpxError> {
    HwpUnit::from_mm(value).map_err(fail)
}

fn pt(value: f64) -> Result<HwpUnit, HwpxError> {
    HwpUnit::from_pt(value).map_err(fail)
}

/// The width of the text on A4 with 20 mm margins.
const BODY_MM: f64 = 170.0;

/// The faces: the text's and the headings' and tables'.
const TEXT_FONT: &str = "함초롬바탕";
const HEAD_FONT: &str = "함초롬돋움";
const SUBSTITUTE: &str = "맑은 고딕";
/// The border fill of a shaded table cell (a head, a label): the fourth, after the defaults.
const SHADED: u32 = 4;

/// The language groups of an OWPML font list, each with its own faces.
const FONT_GROUPS: [&str; 7] = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"];

/// How a run of text is set: the character shapes, in the order they are registered.
#[derive(Clone, Copy)]
enum Ch {
    Text,
    TextBold,
    Small,
    Cell,
    CellBold,
    Kind,
    Title,
    Mark,
    H2,
    H3,
    H4,
    Label,
    Foot,
}

impl Ch {
    const ALL: [Ch; 13] = [
        Ch::Text,
        Ch::TextBold,
        Ch::Small,
        Ch::Cell,
        Ch::CellBold,
        Ch::Kind,
        Ch::Title,
        Ch::Mark,
        Ch::H2,
        Ch::H3,
        Ch::H4,
        Ch::Label,
        Ch::Foot,
    ];

    fn index(self) -> CharShapeIndex {
        CharShapeIndex::new(self as usize)
    }

    /// Its face (0 the text's, 1 the headings'), size in points, weight and colour.
    fn shape(self, lang: Lang) -> Result<HwpxCharShape, HwpxError> {
        let grey = Color::from_rgb(0x44, 0x44, 0x44);
        let (face, size, bold, color) = match self {
            Ch::Text => (0, 10.0, false, Color::BLACK),
            Ch::TextBold => (0, 10.0, true, Color::BLACK),
            Ch::Small => (1, 9.0, false, grey),
            Ch::Cell => (1, 9.0, false, Color::BLACK),
            Ch::CellBold => (1, 9.0, true, Color::BLACK),
            Ch::Kind => (1, 22.0, true, Color::BLACK),
            Ch::Title => (1, 14.0, true, Color::BLACK),
            Ch::Mark => (1, 10.0, true, Color::from_rgb(0x7a, 0x1f, 0x00)),
            Ch::H2 => (1, 13.0, true, Color::BLACK),
            Ch::H3 => (1, 11.5, true, Color::BLACK),
            Ch::H4 => (1, 10.5, true, Color::BLACK),
            Ch::Label => (1, 9.5, true, Color::BLACK),
            Ch::Foot => (1, 8.0, false, grey),
        };
        let mut shape = HwpxCharShape::default();
        let font = FontIndex::new(face);
        let mut fonts = HwpxFontRef::default();
        for group in [
            &mut fonts.hangul,
            &mut fonts.latin,
            &mut fonts.hanja,
            &mut fonts.japanese,
            &mut fonts.other,
            &mut fonts.symbol,
            &mut fonts.user,
        ] {
            *group = font;
        }
        shape.font_ref = fonts;
        shape.height = pt(size)?;
        shape.bold = bold;
        shape.text_color = color;
        // 회 의 록: the kind of a Korean document is set letter-spaced.
        if matches!(self, Ch::Kind) && lang == Lang::Ko {
            shape.spacing = 50;
        }
        Ok(shape)
    }
}

/// How a paragraph is set: the paragraph shapes, in the order they are registered.
#[derive(Clone, Copy)]
enum Pa {
    Text,
    Center,
    Heading,
    /// A topic's heading, in from its session's.
    SubHeading,
    Indent1,
    Indent2,
    Indent3,
    /// A list item: its mark hangs in the margin.
    Item,
    Cell,
    CellRight,
    CellUnder,
    Foot,
}

impl Pa {
    const ALL: [Pa; 12] = [
        Pa::Text,
        Pa::Center,
        Pa::Heading,
        Pa::SubHeading,
        Pa::Indent1,
        Pa::Indent2,
        Pa::Indent3,
        Pa::Item,
        Pa::Cell,
        Pa::CellRight,
        Pa::CellUnder,
        Pa::Foot,
    ];

    fn index(self) -> ParaShapeIndex {
        ParaShapeIndex::new(self as usize)
    }

    fn shape(self) -> Result<HwpxParaShape, HwpxError> {
        let measure =
            |v: f64| -> Result<ParagraphMeasure, HwpxError> { Ok(ParagraphMeasure::from_hwp_unit(mm(v)?)) };
        let mut shape = HwpxParaShape::default();
        shape.alignment = Alignment::Justify;
        shape.spacing_after = measure(0.8)?;
        let (left, hanging) = match self {
            Pa::SubHeading | Pa::Indent1 => (4.0, 0.0),
            Pa::Indent2 => (8.0, 0.0),
            Pa::Indent3 => (12.0, 0.0),
            Pa::Item => (6.0, 3.5),
            Pa::CellUnder => (5.0, 0.0),
            _ => (0.0, 0.0),
        };
        shape.margin_left = measure(left)?;
        shape.indent = measure(-hanging)?;
        match self {
            Pa::Center => shape.alignment = Alignment::Center,
            Pa::Heading | Pa::SubHeading => {
                shape.alignment = Alignment::Left;
                shape.spacing_before = measure(4.0)?;
                shape.spacing_after = measure(1.5)?;
                shape.keep_with_next = true;
            }
            Pa::Cell | Pa::CellUnder => {
                shape.alignment = Alignment::Left;
                shape.spacing_after = measure(0.0)?;
                shape.line_spacing = 140;
            }
            Pa::CellRight => {
                shape.alignment = Alignment::Right;
                shape.spacing_after = measure(0.0)?;
                shape.line_spacing = 140;
            }
            Pa::Foot => {
                shape.alignment = Alignment::Center;
                shape.spacing_after = measure(0.0)?;
                shape.line_spacing = 130;
            }
            _ => {}
        }
        Ok(shape)
    }
}

fn para(text: &str, ch: Ch, pa: Pa) -> Paragraph {
    Paragraph::with_runs(vec![Run::text(text, ch.index())], pa.index())
}

fn runs(parts: &[(&str, Ch)], pa: Pa) -> Paragraph {
    Paragraph::with_runs(parts.iter().map(|(text, ch)| Run::text(*text, ch.index())).collect(), pa.index())
}

/// The styles of the document: its faces, with their substitute, and the shapes above.
fn styles(lang: Lang) -> Result<HwpxStyleStore, HwpxError> {
    let mut store = HwpxStyleStore::new();
    for group in FONT_GROUPS {
        for (id, face) in [TEXT_FONT, HEAD_FONT].into_iter().enumerate() {
            let mut font = HwpxFont::new(id as u32, face, group);
            font.font_type = Some(HwpxFontType::Ttf);
            font.substitute = Some(HwpxSubstFont::new(Some(HwpxFontType::Ttf), SUBSTITUTE));
            store.push_font(font);
        }
    }
    // The border fills, by their 1-based place: the page's, the characters' (none), a table
    // cell's ruled box, and the same box shaded grey for heads and labels.
    store.push_border_fill(HwpxBorderFill::default_page_border());
    store.push_border_fill(HwpxBorderFill::default_char_background());
    store.push_border_fill(HwpxBorderFill::default_table_border());
    let mut shaded = HwpxBorderFill::default_table_border();
    shaded.id = SHADED;
    shaded.set_win_brush_fill("#E6E6E6", "#999999", "0", None);
    store.push_border_fill(shaded);
    for ch in Ch::ALL {
        store.push_char_shape(ch.shape(lang)?);
    }
    for pa in Pa::ALL {
        store.push_para_shape(pa.shape()?);
    }
    Ok(store)
}

/// The document's body, paragraph by paragraph.
struct Body {
    paras: Vec<Paragraph>,
}

impl Body {
    fn push(&mut self, paragraph: Paragraph) {
        self.paras.push(paragraph);
    }

    fn text(&mut self, text: &str, ch: Ch, pa: Pa) {
        self.push(para(text, ch, pa));
    }

    fn heading(&mut self, text: &str, ch: Ch) {
        self.text(text, ch, Pa::Heading);
    }

    /// Lines under a heading, each marked as an item.
    fn items(&mut self, lines: &[String]) {
        for line in lines {
            self.push(runs(&[("· ", Ch::Text), (line, Ch::Text)], Pa::Item));
        }
    }

    /// A note: its time, then its words.
    fn note(&mut self, line: &Line, pa: Pa) {
        self.push(runs(&[(&line.time, Ch::Small), (" ", Ch::Text), (&line.text, Ch::Text)], pa));
    }

    fn table(&mut self, table: HwpTable) {
        self.push(Paragraph::with_runs(vec![Run::table(table, Ch::Cell.index())], Pa::Text.index()));
    }

    fn control(&mut self, control: Control) {
        self.push(Paragraph::with_runs(vec![Run::control(control, Ch::Text.index())], Pa::Center.index()));
    }
}

/// A cell of a table, shaded or not: its text in lines (a line break is a new line of the cell).
fn cell(text: &str, width: HwpUnit, ch: Ch, pa: Pa, shaded: bool) -> TableCell {
    let mut cell = TableCell::new(vec![para(text, ch, pa)], width);
    cell.border_fill_id = shaded.then_some(SHADED);
    cell
}

/// One of the record's tables, its columns `fractions` of the text's width; the head repeats
/// on every page the table runs onto.
fn table(table: &Table, fractions: &[f64]) -> Result<HwpTable, HwpxError> {
    let widths = fractions.iter().map(|f| mm(BODY_MM * f)).collect::<Result<Vec<_>, _>>()?;
    let numeric = |i: usize| table.numeric.get(i).copied().unwrap_or(false);
    let mut rows = Vec::with_capacity(table.rows.len() + 2);
    if !table.head.is_empty() {
        let cells = table
            .head
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (head, w))| {
                cell(head, *w, Ch::CellBold, if numeric(i) { Pa::CellRight } else { Pa::Cell }, true)
            })
            .collect();
        rows.push(TableRow::new(cells).with_header(true));
    }
    let body = |row: &[String], ch: Ch, under: bool| {
        let cells = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (text, w))| {
                let pa = match (numeric(i), under && i == 0) {
                    (true, _) => Pa::CellRight,
                    (false, true) => Pa::CellUnder,
                    (false, false) => Pa::Cell,
                };
                cell(text, *w, ch, pa, false)
            })
            .collect();
        TableRow::new(cells)
    };
    for (r, row) in table.rows.iter().enumerate() {
        rows.push(body(row, Ch::Cell, table.under.contains(&r)));
    }
    if let Some(foot) = &table.foot {
        rows.push(body(foot, Ch::CellBold, false));
    }
    Ok(HwpTable::new(rows).with_repeat_header(!table.head.is_empty()))
}

/// The facts under the title: each label on grey, then its value.
fn facts(facts: &[(String, String)]) -> Result<HwpTable, HwpxError> {
    let (label, value) = (mm(BODY_MM * 0.22)?, mm(BODY_MM * 0.78)?);
    let rows = facts
        .iter()
        .map(|(k, v)| {
            TableRow::new(vec![
                cell(k, label, Ch::CellBold, Pa::Cell, true),
                cell(v, value, Ch::Cell, Pa::Cell, false),
            ])
        })
        .collect();
    Ok(HwpTable::new(rows))
}

/// The sign-off boxes: each signatory's part and name, and room to sign.
fn signatures(paper: &Paper) -> Result<HwpTable, HwpxError> {
    let widths = [mm(BODY_MM * 0.18)?, mm(BODY_MM * 0.32)?, mm(BODY_MM * 0.18)?, mm(BODY_MM * 0.32)?];
    let tall = mm(14.0)?;
    let rows = paper
        .signatories
        .iter()
        .map(|who| {
            TableRow::with_height(
                vec![
                    cell(&who.role, widths[0], Ch::CellBold, Pa::Cell, true),
                    cell(&who.name, widths[1], Ch::Cell, Pa::Cell, false),
                    cell(&paper.words.signature, widths[2], Ch::CellBold, Pa::Cell, true),
                    cell("", widths[3], Ch::Cell, Pa::Cell, false),
                ],
                tall,
            )
        })
        .collect();
    Ok(HwpTable::new(rows))
}

/// The chart, as charts of the document: a session's planned and actual minutes side by side,
/// and the drift (minutes behind (+) or ahead (−) of the plan) over the minutes of the meeting.
fn charts(body: &mut Body, chart: &Chart, axis: &str) -> Result<(), HwpxError> {
    if chart.bars.is_empty() {
        return Ok(());
    }
    let minutes = |s: i64| (s as f64 / 6.0).round() / 10.0;
    let labels: Vec<&str> = chart.bars.iter().map(|b| b.label.as_str()).collect();
    let planned: Vec<f64> = chart.bars.iter().map(|b| minutes(b.planned)).collect();
    let actual: Vec<f64> = chart.bars.iter().map(|b| minutes(b.actual)).collect();
    body.control(chart_control(
        ChartType::Column,
        ChartData::category(&labels, &[(&chart.planned, &planned), (&chart.actual, &actual)]),
        &chart.title,
        None,
    )?);
    if chart.drift_points.len() > 1 {
        let xs: Vec<f64> = chart.drift_points.iter().map(|p| minutes(p.0)).collect();
        let ys: Vec<f64> = chart.drift_points.iter().map(|p| minutes(p.1)).collect();
        body.control(chart_control(
            ChartType::Scatter,
            ChartData::xy(&[(&chart.drift, &xs, &ys)]),
            &format!("{} ({axis})", chart.drift),
            Some(ScatterStyle::LineMarker),
        )?);
    }
    Ok(())
}

fn chart_control(
    chart_type: ChartType,
    data: ChartData,
    title: &str,
    scatter_style: Option<ScatterStyle>,
) -> Result<Control, HwpxError> {
    Ok(Control::Chart {
        chart_type,
        data,
        title: Some(title.to_owned()),
        legend: LegendPosition::Bottom,
        grouping: ChartGrouping::Clustered,
        width: mm(BODY_MM)?,
        height: mm(62.0)?,
        bar_shape: None,
        explosion: None,
        of_pie_type: None,
        radar_style: None,
        wireframe: None,
        bubble_3d: None,
        scatter_style,
        show_markers: scatter_style.map(|_| true),
        stock_variant: None,
    })
}

/// The HWPX document of the record laid out in `paper`.
pub fn hwpx(paper: &Paper) -> Result<Vec<u8>, HwpxError> {
    let mut body = Body { paras: Vec::with_capacity(256) };
    // The title block.
    body.text(&paper.kind, Ch::Kind, Pa::Center);
    body.text(&paper.title, Ch::Title, Pa::Center);
    for mark in &paper.marks {
        body.text(mark, Ch::Mark, Pa::Text);
    }
    if !paper.facts.is_empty() {
        body.table(facts(&paper.facts)?);
    }
    for part in paper.attendance.iter().chain(&paper.goals).chain(&paper.before_opening) {
        body.heading(&part.heading, Ch::H2);
        body.items(&part.lines);
    }
    body.heading(&paper.proceedings_heading, Ch::H2);
    for session in &paper.sessions {
        body.heading(&format!("{} {}", session.number, session.title), Ch::H3);
        body.text(&session.about, Ch::Small, Pa::Text);
        if let Some(summary) = &session.summary {
            body.text(summary, Ch::Text, Pa::Text);
        }
        for topic in &session.topics {
            body.push(para(&format!("{} {}", topic.number, topic.title), Ch::H4, Pa::SubHeading));
            body.text(&topic.about, Ch::Small, Pa::Indent1);
            if !topic.gist.is_empty() {
                body.text(&paper.words.gist, Ch::Label, Pa::Indent1);
                for said in &topic.gist {
                    body.text(&said.speaker, Ch::TextBold, Pa::Indent2);
                    for line in &said.lines {
                        body.note(line, Pa::Indent3);
                    }
                }
            }
            for line in &topic.notes {
                body.note(line, Pa::Indent2);
            }
            if !topic.decisions.is_empty() {
                body.text(&paper.words.decisions, Ch::Label, Pa::Indent1);
                for line in &topic.decisions {
                    body.note(line, Pa::Indent2);
                }
            }
            if !topic.actions.rows.is_empty() {
                body.text(&paper.words.actions, Ch::Label, Pa::Indent1);
                body.table(table(&topic.actions, &[0.1, 0.5, 0.2, 0.2])?);
            }
        }
        if let Some(pause) = &session.break_after {
            body.text(pause, Ch::Small, Pa::Text);
        }
    }
    body.heading(&paper.time_heading, Ch::H2);
    let columns = paper.time.head.len().max(1);
    let mut fractions = vec![0.44];
    fractions.extend(std::iter::repeat_n(0.56 / (columns - 1).max(1) as f64, columns - 1));
    body.table(table(&paper.time, &fractions)?);
    charts(&mut body, &paper.chart, &paper.words.drift_axis)?;
    body.heading(&paper.decisions.heading, Ch::H2);
    if paper.decisions.lines.is_empty() {
        body.text(&paper.words.none_recorded, Ch::Text, Pa::Text);
    }
    for (i, line) in paper.decisions.lines.iter().enumerate() {
        body.text(&format!("{}. {line}", i + 1), Ch::Text, Pa::Item);
    }
    body.heading(&paper.actions_heading, Ch::H2);
    if paper.actions.rows.is_empty() {
        body.text(&paper.words.none_recorded, Ch::Text, Pa::Text);
    } else {
        body.table(table(&paper.actions, &[0.07, 0.43, 0.15, 0.13, 0.22])?);
    }
    for part in paper.left_aside.iter().chain(&paper.corrections) {
        body.heading(&part.heading, Ch::H2);
        body.items(&part.lines);
    }
    body.heading(&paper.sign_off_heading, Ch::H2);
    if !paper.signatories.is_empty() {
        body.table(signatures(paper)?);
    }
    body.text(&paper.sign_off, Ch::Small, Pa::Text);

    let mut section = Section::with_paragraphs(body.paras, PageSettings::a4());
    // Every page's foot: the title and fingerprint, then `- 2 / 7 -`.
    let page = |kind| Run::control(Control::InlinePageNumber { kind }, Ch::Foot.index());
    section.footers.push(HeaderFooter::all_pages(vec![
        para(&paper.footer, Ch::Foot, Pa::Foot),
        Paragraph::with_runs(
            vec![
                Run::text("- ", Ch::Foot.index()),
                page(InlinePageKind::CurrentPage),
                Run::text(" / ", Ch::Foot.index()),
                page(InlinePageKind::TotalPages),
                Run::text(" -", Ch::Foot.index()),
            ],
            Pa::Foot.index(),
        ),
    ]));
    let mut document = Document::new();
    document.add_section(section);
    let document = document.validate().map_err(fail)?;
    HwpxEncoder::encode(&document, &styles(paper.lang)?, &ImageStore::new()).map_err(fail)
}
