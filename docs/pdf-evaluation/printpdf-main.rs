//! printpdf: the sample minutes page through printpdf's HTML-to-PDF path (azul-layout:
//! CSS tables, `word-break: keep-all` for 어절), then the footer drawn as ops on each page,
//! because its own footer only says "Page X of Y".
#[path = "../../shared/content.rs"]
mod content;
use content::*;

use std::collections::BTreeMap;

use printpdf::*;

static REGULAR: &[u8] = include_bytes!("../../NanumGothic.ttf");
static BOLD: &[u8] = include_bytes!("../../NanumGothicBold.ttf");

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn html(keep_all: bool) -> String {
    let wb = if keep_all { "word-break: keep-all;" } else { "" };
    let mut h = format!(
        r#"<html><head><style>
body {{ font-family: 'NanumGothic'; font-size: 10.5pt; {wb} }}
h1 {{ text-align: center; font-size: 20pt; font-weight: bold; margin: 0 0 4pt 0; }}
.meeting {{ text-align: center; font-size: 13pt; font-weight: bold; margin-bottom: 8pt; }}
h2 {{ font-size: 12pt; font-weight: bold; margin: 14pt 0 6pt 0; }}
table {{ width: 170mm; border-collapse: collapse; table-layout: fixed; }}
th {{ background-color: #e1e1e1; font-weight: bold; text-align: left; padding: 5pt; border: 1px solid #000000; }}
td {{ padding: 5pt; border: 1px solid #000000; vertical-align: top; }}
p {{ text-align: justify; line-height: 1.5; }}
.chart {{ display: flex; flex-direction: row; align-items: flex-end; height: 110pt; }}
.bar {{ width: 16pt; margin-right: 2pt; }}
.gap {{ width: 24pt; }}
</style></head><body>
<h1>{}</h1><div class="meeting">{}</div>
<table>"#,
        esc(DOC_TITLE),
        esc(MEETING)
    );
    for (k, v) in FACTS {
        h += &format!("<tr><td style=\"width: 22mm; background-color: #ebebeb\">{}</td><td>{}</td></tr>", esc(k), esc(v));
    }
    h += "</table><h2>안건 및 논의 요지</h2><table><tr>";
    for (hd, w) in TABLE_HEAD.iter().zip(["12mm", "38mm", "120mm"]) {
        h += &format!("<th style=\"width: {w}\">{}</th>", esc(hd));
    }
    h += "</tr>";
    for r in TABLE {
        h += &format!("<tr><td style=\"width: 12mm\">{}</td><td style=\"width: 38mm\">{}</td><td style=\"width: 120mm\">{}</td></tr>", esc(r[0]), esc(r[1]), esc(r[2]));
    }
    h += &format!("</table><h2>회의 경과</h2><p>{}</p><h2>{}</h2><div class=\"chart\">", esc(PARAGRAPH), esc(CHART_TITLE));
    for (_, p, a) in SESSIONS {
        h += &format!(
            "<div class=\"bar\" style=\"height: {}pt; background-color: #aaaaaa\"></div><div class=\"bar\" style=\"height: {}pt; background-color: #1f4e79\"></div><div class=\"gap\"></div>",
            *p as f32 * 1.6,
            *a as f32 * 1.6
        );
    }
    h += "</div><div style=\"font-size: 9pt\">";
    for (n, p, a) in SESSIONS {
        h += &format!("{} {p}/{a} &#160;&#160; ", esc(n));
    }
    h += "</div><div style=\"font-size: 8pt\">회색: 계획, 파랑: 실제</div>";
    h += &format!("<div style=\"page-break-before: always\"><p>{}</p><table style=\"width: 120mm\">", esc(PAGE2));
    for (k, v) in SIGN {
        h += &format!("<tr><td>{}</td><td>{}</td><td>(서명)</td></tr>", esc(k), esc(v));
    }
    h += "</table></div></body></html>";
    h
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "keepall".into());
    let out = args.next().unwrap_or_else(|| format!("printpdf-{mode}.pdf"));
    let t = std::time::Instant::now();
    let mut fonts = BTreeMap::new();
    fonts.insert("NanumGothic".to_string(), Base64OrRaw::Raw(REGULAR.to_vec()));
    fonts.insert("NanumGothic Bold".to_string(), Base64OrRaw::Raw(BOLD.to_vec()));
    let options = GeneratePdfOptions {
        margin_top: Some(20.0),
        margin_bottom: Some(25.0),
        margin_left: Some(20.0),
        margin_right: Some(20.0),
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let mut doc = PdfDocument::from_html(&html(mode == "keepall"), &BTreeMap::new(), &fonts, &options, &mut warnings)
        .expect("html");
    for w in warnings.iter().take(10) {
        eprintln!("warning: {w:?}");
    }
    // The footer: meeting title, "- n / N -" and the fingerprint on every page.
    let font = ParsedFont::from_bytes(REGULAR, 0, &mut Vec::new()).unwrap();
    let fid = doc.add_font(&font);
    let pages = doc.pages.len();
    for (i, page) in doc.pages.iter_mut().enumerate() {
        let num = format!("- {} / {} -", i + 1, pages);
        let approx = |s: &str| s.chars().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum::<f32>() * 8.0;
        for (x, s) in [
            (56.7, MEETING.to_string()),
            ((595.28 - approx(&num)) / 2.0, num.clone()),
            (595.28 - 56.7 - approx(FINGERPRINT), FINGERPRINT.to_string()),
        ] {
            page.ops.extend([
                Op::StartTextSection,
                Op::SetFont { font: PdfFontHandle::External(fid.clone()), size: Pt(8.0) },
                Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(40.0) } },
                Op::ShowText { items: vec![TextItem::Text(s)] },
                Op::EndTextSection,
            ]);
        }
    }
    let bytes = doc.save(&PdfSaveOptions { subset_fonts: true, ..Default::default() }, &mut Vec::new());
    std::fs::write(&out, bytes).unwrap();
    eprintln!("{out}: {pages} pages in {:?}", t.elapsed());
}
