//! The record as one self-contained web page: inline CSS with a print stylesheet for A4 (page
//! numbers and the footer in the page's margin boxes, as Chromium-based browsers print them),
//! the chart as inline SVG, nothing fetched from anywhere. Readable on a phone, printable from
//! any browser. Korean lines break between words (어절) only: `word-break: keep-all`.

use std::fmt::Write;

use super::paper::{Chart, Line, Paper, Part, Table};
use crate::words::Lang;

/// The page of the record laid out in `paper`.
pub fn html(paper: &Paper) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let lang = if paper.lang == Lang::Ko { "ko" } else { "en" };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} — {}</title>\n<style>\n{}{}</style>\n</head>\n<body>\n",
        esc(&paper.kind),
        esc(&paper.title),
        STYLE,
        page_style(paper)
    );
    out.push_str("<header class=\"title\">\n");
    let _ = writeln!(out, "<p class=\"kind\">{}</p>\n<h1>{}</h1>", esc(&paper.kind), esc(&paper.title));
    for mark in &paper.marks {
        let _ = writeln!(out, "<p class=\"mark\">{}</p>", esc(mark));
    }
    out.push_str("</header>\n<table class=\"facts\">\n");
    for (label, value) in &paper.facts {
        let _ = writeln!(out, "<tr><th>{}</th><td>{}</td></tr>", esc(label), esc(value));
    }
    out.push_str("</table>\n");
    for part in &paper.attendance {
        list(&mut out, part, "h2");
    }
    if let Some(goals) = &paper.goals {
        list(&mut out, goals, "h2");
    }
    if let Some(before) = &paper.before_opening {
        list(&mut out, before, "h2");
    }
    let _ = writeln!(out, "<section class=\"proceedings\">\n<h2>{}</h2>", esc(&paper.proceedings_heading));
    for session in &paper.sessions {
        let _ = writeln!(
            out,
            "<h3><span class=\"num\">{}</span> {}</h3>\n<p class=\"about\">{}</p>",
            esc(&session.number),
            esc(&session.title),
            esc(&session.about)
        );
        if let Some(summary) = &session.summary {
            let _ = writeln!(out, "<p class=\"summary\">{}</p>", esc(summary));
        }
        for topic in &session.topics {
            let _ = writeln!(
                out,
                "<section class=\"topic\">\n<h4><span class=\"num\">{}</span> {}</h4>\n<p class=\"about\">{}</p>",
                esc(&topic.number),
                esc(&topic.title),
                esc(&topic.about)
            );
            if !topic.gist.is_empty() {
                let _ =
                    writeln!(out, "<p class=\"label\">{}</p>\n<dl class=\"gist\">", esc(&paper.words.gist));
                for said in &topic.gist {
                    let _ = writeln!(out, "<dt>{}</dt>", esc(&said.speaker));
                    for line in &said.lines {
                        note(&mut out, "dd", line);
                    }
                }
                out.push_str("</dl>\n");
            }
            notes(&mut out, None, &topic.notes);
            notes(&mut out, Some(&paper.words.decisions), &topic.decisions);
            if !topic.actions.rows.is_empty() {
                let _ = writeln!(out, "<p class=\"label\">{}</p>", esc(&paper.words.actions));
                table(&mut out, &topic.actions, "topic-actions");
            }
            out.push_str("</section>\n");
        }
        if let Some(pause) = &session.break_after {
            let _ = writeln!(out, "<p class=\"break\">{}</p>", esc(pause));
        }
    }
    out.push_str("</section>\n");
    let _ = writeln!(out, "<section class=\"time\">\n<h2>{}</h2>", esc(&paper.time_heading));
    table(&mut out, &paper.time, "time-table");
    chart(&mut out, &paper.chart, &paper.words.drift_axis);
    out.push_str("</section>\n");
    let _ = writeln!(out, "<section>\n<h2>{}</h2>\n<ol class=\"decisions\">", esc(&paper.decisions.heading));
    for line in &paper.decisions.lines {
        let _ = writeln!(out, "<li>{}</li>", esc(line));
    }
    out.push_str("</ol>\n");
    if paper.decisions.lines.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(&paper.words.none_recorded));
    }
    out.push_str("</section>\n");
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", esc(&paper.actions_heading));
    if paper.actions.rows.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(&paper.words.none_recorded));
    } else {
        table(&mut out, &paper.actions, "actions");
    }
    out.push_str("</section>\n");
    for part in &paper.left_aside {
        list(&mut out, part, "h2");
    }
    if let Some(corrections) = &paper.corrections {
        list(&mut out, corrections, "h2");
    }
    let _ = writeln!(
        out,
        "<section class=\"sign-off\">\n<h2>{}</h2>\n<table class=\"signatures\">",
        esc(&paper.sign_off_heading)
    );
    let signature = &paper.words.signature;
    for who in &paper.signatories {
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td class=\"name\">{}</td><th>{}</th><td class=\"sign\"></td></tr>",
            esc(&who.role),
            esc(&who.name),
            esc(signature)
        );
    }
    let _ = writeln!(out, "</table>\n<p class=\"state\">{}</p>\n</section>", esc(&paper.sign_off));
    let _ = writeln!(out, "<footer>{}</footer>\n</body>\n</html>", esc(&paper.footer));
    out
}

fn list(out: &mut String, part: &Part, heading: &str) {
    let _ = writeln!(out, "<section>\n<{heading}>{}</{heading}>\n<ul>", esc(&part.heading));
    for line in &part.lines {
        let _ = writeln!(out, "<li>{}</li>", esc(line));
    }
    let _ = writeln!(out, "</ul>\n</section>");
}

fn notes(out: &mut String, label: Option<&str>, lines: &[Line]) {
    if lines.is_empty() {
        return;
    }
    if let Some(label) = label {
        let _ = writeln!(out, "<p class=\"label\">{}</p>", esc(label));
    }
    out.push_str("<ul class=\"notes\">\n");
    for line in lines {
        note(out, "li", line);
    }
    out.push_str("</ul>\n");
}

fn note(out: &mut String, tag: &str, line: &Line) {
    let _ = writeln!(out, "<{tag}><time>{}</time> {}</{tag}>", esc(&line.time), esc(&line.text));
}

fn table(out: &mut String, table: &Table, class: &str) {
    let align = |i: usize| if table.numeric.get(i).copied().unwrap_or(false) { " class=\"n\"" } else { "" };
    let _ = write!(out, "<table class=\"{class}\">\n<thead><tr>");
    for (i, head) in table.head.iter().enumerate() {
        let _ = write!(out, "<th{}>{}</th>", align(i), esc(head));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (r, row) in table.rows.iter().enumerate() {
        out.push_str(if table.under.contains(&r) { "<tr class=\"under\">" } else { "<tr>" });
        for (i, cell) in row.iter().enumerate() {
            let _ = write!(out, "<td{}>{}</td>", align(i), esc(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n");
    if let Some(foot) = &table.foot {
        out.push_str("<tfoot><tr>");
        for (i, cell) in foot.iter().enumerate() {
            let _ = write!(out, "<td{}>{}</td>", align(i), esc(cell));
        }
        out.push_str("</tr></tfoot>\n");
    }
    out.push_str("</table>\n");
}

/// The chart, drawn: for each session a bar of its plan (outlined) and of its actual time
/// (filled) on one scale, then the drift over the meeting as a line around zero.
fn chart(out: &mut String, chart: &Chart, axis: &str) {
    const WIDTH: f64 = 640.0;
    const LEFT: f64 = 40.0;
    const ROW: f64 = 22.0;
    let bars_height = ROW * chart.bars.len() as f64;
    let drift_top = bars_height + 40.0;
    let drift_height = 120.0;
    let height = drift_top + drift_height + 30.0;
    let longest = chart.bars.iter().map(|b| b.planned.max(b.actual)).max().unwrap_or(1).max(1) as f64;
    let scale = (WIDTH - LEFT - 10.0) / longest;
    let _ = writeln!(
        out,
        "<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\">",
        esc(&chart.title)
    );
    for (i, bar) in chart.bars.iter().enumerate() {
        let y = ROW * i as f64 + 4.0;
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" class=\"axis\">{}</text>\
             <rect x=\"{LEFT}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"8\" class=\"planned\"/>\
             <rect x=\"{LEFT}\" y=\"{:.1}\" width=\"{:.1}\" height=\"8\" class=\"{}\"/>",
            LEFT - 8.0,
            y + 12.0,
            esc(&bar.label),
            bar.planned as f64 * scale,
            y + 9.0,
            bar.actual as f64 * scale,
            if bar.actual > bar.planned { "actual over" } else { "actual" }
        );
    }
    // The drift: minutes after opening across, minutes behind (+) or ahead (−) up, zero dashed.
    let last = chart.drift_points.iter().map(|p| p.0).max().unwrap_or(1).max(1) as f64;
    let most = chart.drift_points.iter().map(|p| p.1.abs()).max().unwrap_or(60).max(60) as f64;
    let zero = drift_top + drift_height / 2.0;
    let x = |t: i64| LEFT + t as f64 / last * (WIDTH - LEFT - 10.0);
    let y = |d: i64| zero - d as f64 / most * (drift_height / 2.0);
    let _ = writeln!(
        out,
        "<line x1=\"{LEFT}\" y1=\"{zero:.1}\" x2=\"{:.1}\" y2=\"{zero:.1}\" class=\"zero\"/>\
         <text x=\"{LEFT}\" y=\"{:.1}\" class=\"axis start\">{}</text>\
         <text x=\"{:.1}\" y=\"{:.1}\" class=\"axis end\">{} {}</text>",
        WIDTH - 10.0,
        drift_top - 6.0,
        esc(&chart.drift),
        WIDTH - 10.0,
        drift_top + drift_height + 20.0,
        (last / 60.0).round(),
        esc(axis)
    );
    if !chart.drift_points.is_empty() {
        let points: Vec<String> =
            chart.drift_points.iter().map(|&(t, d)| format!("{:.1},{:.1}", x(t), y(d))).collect();
        let _ = writeln!(out, "<polyline points=\"{}\" class=\"drift\"/>", points.join(" "));
    }
    let _ = writeln!(
        out,
        "</svg>\n<figcaption>{} <span class=\"key planned\"></span> {} <span class=\"key actual\"></span> {}</figcaption>\n</figure>",
        esc(&chart.title),
        esc(&chart.planned),
        esc(&chart.actual)
    );
}

/// Text safe inside HTML, in an element or an attribute.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Text inside a CSS string: quotes, backslashes and line breaks escaped.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push_str("\\a "),
            c if c.is_control() => {}
            // `</style>` cannot end the stylesheet early from inside a string.
            '<' => out.push_str("\\3c "),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The printed page: A4, its number (`- 2 / 7 -`) at the foot's centre and the record's title
/// and fingerprint at its left, on every page.
fn page_style(paper: &Paper) -> String {
    format!(
        "@page {{ size: A4; margin: 18mm 16mm 20mm;\n  @bottom-left {{ content: {}; font-size: 7.5pt; color: #444; }}\n  \
         @bottom-right {{ content: \"- \" counter(page) \" / \" counter(pages) \" -\"; font-size: 8pt; }} }}\n",
        css_string(&paper.footer)
    )
}

const STYLE: &str = r#"html { -webkit-text-size-adjust: 100%; }
body { font-family: "Noto Sans KR", "Nanum Gothic", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
  line-height: 1.55; margin: 0 auto; padding: 1rem; max-width: 52rem; color: #111; word-break: keep-all; overflow-wrap: anywhere; }
:lang(ko) { word-break: keep-all; }
header.title { text-align: center; border-bottom: 2px solid #111; margin-bottom: 1rem; }
header.title .kind { font-size: 1.6rem; letter-spacing: 0.05em; margin: 0.2rem 0; font-weight: bold; }
html[lang="ko"] header.title .kind { letter-spacing: 0.5em; }
h1 { font-size: 1.25rem; margin: 0.2rem 0 0.6rem; }
.mark { font-weight: bold; color: #7a1f00; }
h2 { font-size: 1.1rem; border-bottom: 1px solid #999; margin-top: 1.4rem; break-after: avoid; }
h3 { font-size: 1.02rem; margin: 1rem 0 0.2rem; break-after: avoid; }
h4 { font-size: 0.98rem; margin: 0.8rem 0 0.1rem; break-after: avoid; }
.num { font-weight: bold; margin-right: 0.25em; }
.about, .summary, .break { margin: 0.1rem 0 0.3rem; color: #333; }
.break { font-style: italic; }
.label { font-weight: bold; margin: 0.4rem 0 0.1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #888; padding: 0.2rem 0.4rem; vertical-align: top; text-align: left; }
th { background: #eee; white-space: nowrap; }
td.n, th.n { text-align: right; white-space: nowrap; }
table.facts th { width: 8em; }
tfoot td { font-weight: bold; }
dl.gist dt { font-weight: bold; margin-top: 0.3rem; }
dl.gist dd { margin-left: 1.2rem; }
time { color: #555; font-variant-numeric: tabular-nums; margin-right: 0.3em; }
ul, ol { margin: 0.2rem 0; padding-left: 1.4rem; }
li { white-space: pre-line; }
figure.chart { margin: 0.6rem 0; break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; }
figure.chart figcaption { font-size: 0.85rem; color: #333; }
svg .planned { fill: none; stroke: #555; stroke-width: 1; }
svg .actual { fill: #2f6f9f; }
svg .actual.over { fill: #b03a2e; }
svg .zero { stroke: #888; stroke-dasharray: 3 3; }
svg .drift { fill: none; stroke: #b03a2e; stroke-width: 2; }
svg .axis { font-size: 11px; fill: #333; text-anchor: end; }
svg .axis.end { text-anchor: end; }
svg .axis.start { text-anchor: start; }
tr.under td:first-child { padding-left: 1.6rem; }
.key { display: inline-block; width: 1.2em; height: 0.6em; vertical-align: middle; }
.key.planned { border: 1px solid #555; }
.key.actual { background: #2f6f9f; }
table.signatures td.sign { width: 30%; height: 3.2rem; }
table.signatures td.name { width: 30%; }
.state { font-size: 0.85rem; overflow-wrap: anywhere; }
footer { margin-top: 2rem; font-size: 0.8rem; color: #555; border-top: 1px solid #999; overflow-wrap: anywhere; }
section.topic, tr, li, dd { break-inside: avoid; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  footer { display: none; }
  a { color: inherit; text-decoration: none; }
}
"#;
