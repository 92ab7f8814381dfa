//! The charts of the year report, as inline SVG that prints as it shows.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::{NoCoverage, date, shown_coverage};
use crate::domain::year_report::{Coverage, PurposeCoverage, YearReport};
use crate::output::document::escape;

pub(super) const FONT: &str = "font-family=\"'DejaVu Sans', Arial, Helvetica, sans-serif\"";

pub(super) fn svg_open(width: u32, height: u32, label: &str) -> String {
    format!(
        "<svg role=\"img\" viewBox=\"0 0 {width} {height}\" \
         width=\"100%\" aria-label=\"{}\" {FONT} font-size=\"11\">\n<title>{}</title>\n",
        escape(label),
        escape(label)
    )
}

/// Cuts a label to fit beside a bar.
pub(super) fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// Horizontal bars of the share with consent per purpose, board-wide.
/// `boards`: each purpose's board row as shown.
pub(super) fn coverage_chart(
    purposes: &[PurposeCoverage],
    boards: &[[String; 4]],
    min: u64,
) -> String {
    let row = 24;
    let height = 20 + row * purposes.len() as u32 + 10;
    let mut s = svg_open(640, height, "Dekking van toestemming per doel");
    let (x0, w) = (230, 340);
    let _ = writeln!(
        s,
        "<line x1=\"{x0}\" y1=\"8\" x2=\"{x0}\" y2=\"{}\" stroke=\"#333\" stroke-width=\"0.8\"/>",
        height - 6
    );
    for (i, (p, board)) in purposes.iter().zip(boards).enumerate() {
        let y = 14 + row * i as u32;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            x0 - 6,
            y + 13,
            escape(&short(&p.name, 34))
        );
        let _ = writeln!(
            s,
            "<rect x=\"{x0}\" y=\"{y}\" width=\"{w}\" height=\"17\" fill=\"#e6e6e6\"/>"
        );
        match shown_coverage(p, &p.board, board, min) {
            Ok(pct) => {
                let bar = w as u64 * pct / 100;
                let _ = writeln!(
                    s,
                    "<rect class=\"bar\" x=\"{x0}\" y=\"{y}\" width=\"{bar}\" height=\"17\" fill=\"#2f6f9f\"/>\n\
                     <text x=\"{}\" y=\"{}\">{pct}%</text>",
                    x0 + w + 6,
                    y + 13
                );
            }
            Err(why) => {
                let why = match why {
                    NoCoverage::AskedWhereNeeded => "gevraagd waar nodig: geen dekking".to_string(),
                    NoCoverage::NoPupils => "geen leerlingen".to_string(),
                    NoCoverage::SmallCount => {
                        format!("niet getoond: zou een aantal onder {min} prijsgeven")
                    }
                };
                let _ = writeln!(
                    s,
                    "<text x=\"{}\" y=\"{}\" fill=\"#555\">{why}</text>",
                    x0 + 6,
                    y + 13
                );
            }
        }
    }
    s.push_str("</svg>");
    s
}

/// Two stacked bars: processors by convenant standing at the start and the end.
pub(super) fn convenant_chart(start: &Coverage, end: &Coverage) -> String {
    let mut s = svg_open(640, 110, "Verwerkers naar convenantstatus");
    let (x0, w) = (120, 420);
    let colours = [
        ("#2f7f4f", "deelnemer"),
        ("#8fbf5f", "medestander"),
        ("#c8553d", "geen van beide"),
    ];
    for (i, (label, c)) in [("Begin", start), ("Peildatum", end)].iter().enumerate() {
        let y = 10 + 30 * i as u32;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{label}</text>",
            x0 - 6,
            y + 14
        );
        let total = c.total().max(1);
        let mut x = x0;
        for (n, (colour, name)) in [c.participant, c.supporter, c.neither].iter().zip(colours) {
            let part = (w as u64 * n / total) as u32;
            if part > 0 {
                let _ = writeln!(
                    s,
                    "<rect class=\"bar\" x=\"{x}\" y=\"{y}\" width=\"{part}\" height=\"20\" fill=\"{colour}\"><title>{name}: {n}</title></rect>"
                );
                if part > 16 {
                    let _ = writeln!(
                        s,
                        "<text x=\"{}\" y=\"{}\" fill=\"#fff\" text-anchor=\"middle\">{n}</text>",
                        x + part / 2,
                        y + 14
                    );
                }
            }
            x += part;
        }
    }
    for (i, (colour, name)) in colours.iter().enumerate() {
        let x = x0 + 140 * i as u32;
        let _ = writeln!(
            s,
            "<rect x=\"{x}\" y=\"80\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{}\" y=\"90\">{name}</text>",
            x + 16
        );
    }
    s.push_str("</svg>");
    s
}

/// A timeline of end dates: one row per agreement, a dot on its last day, the reference day as a
/// vertical line.
pub(super) fn timeline(r: &YearReport) -> String {
    let ends = &r.agreements.end_dates;
    let first = ends
        .iter()
        .map(|e| e.ends_on)
        .min()
        .unwrap_or(r.from)
        .min(r.from);
    let last = ends
        .iter()
        .map(|e| e.ends_on)
        .max()
        .unwrap_or(r.to)
        .max(NaiveDate::from_ymd_opt(r.year + 1, 12, 31).unwrap_or(r.to));
    let (first_year, last_year) = (first.year(), last.year());
    let axis_from = NaiveDate::from_ymd_opt(first_year, 1, 1).unwrap_or(first);
    let axis_to = NaiveDate::from_ymd_opt(last_year + 1, 1, 1).unwrap_or(last);
    let span = (axis_to - axis_from).num_days().max(1) as f64;
    let (x0, w) = (200.0, 420.0);
    let x = |d: NaiveDate| x0 + w * (d - axis_from).num_days() as f64 / span;
    let row = 18;
    let height = 30 + row * ends.len() as u32 + 10;
    let mut s = svg_open(640, height, "Einddatums van de verwerkersovereenkomsten");
    // Years along the top.
    for y in first_year..=last_year + 1 {
        if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
            let _ = writeln!(
                s,
                "<line x1=\"{0:.1}\" y1=\"18\" x2=\"{0:.1}\" y2=\"{1}\" stroke=\"#ccc\" stroke-width=\"0.6\"/>",
                x(d),
                height - 6
            );
            if y <= last_year {
                let _ = writeln!(s, "<text x=\"{:.1}\" y=\"13\">{y}</text>", x(d) + 3.0);
            }
        }
    }
    let _ = writeln!(
        s,
        "<line class=\"today\" x1=\"{0:.1}\" y1=\"16\" x2=\"{0:.1}\" y2=\"{1}\" stroke=\"#c8553d\" stroke-width=\"1.2\"/>",
        x(r.to),
        height - 6
    );
    for (i, e) in ends.iter().enumerate() {
        let y = 30 + row * i as u32;
        let ended = e.ends_on < r.to;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n\
             <circle class=\"end\" cx=\"{:.1}\" cy=\"{}\" r=\"4.5\" fill=\"{}\"><title>{}: {}</title></circle>",
            x0 - 6.0,
            y + 4,
            escape(&short(&format!("{} ({})", e.supplier, e.agreement), 32)),
            x(e.ends_on),
            y,
            if ended { "#999" } else { "#2f6f9f" },
            escape(&e.agreement),
            date(e.ends_on),
        );
    }
    s.push_str("</svg>");
    s
}

/// Stacked columns: findings per saved audit run.
pub(super) fn runs_chart(r: &YearReport) -> String {
    let runs = &r.audit.runs;
    let most = runs
        .iter()
        .map(|x| x.error + x.warning + x.info)
        .max()
        .unwrap_or(0)
        .max(1);
    let (base, tall) = (170.0, 140.0);
    // Always 640 wide, so that one run is not drawn as large as the page.
    let step = (560 / runs.len().max(1) as u32).clamp(12, 90);
    let width = 640;
    let mut s = svg_open(width, 230, "Bevindingen per controle");
    let _ = writeln!(
        s,
        "<line x1=\"50\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#333\" stroke-width=\"0.8\"/>\n\
         <text x=\"44\" y=\"{}\" text-anchor=\"end\">{most}</text><text x=\"44\" y=\"{base}\" text-anchor=\"end\">0</text>",
        width - 10,
        base - tall + 4.0
    );
    for (i, run) in runs.iter().enumerate() {
        let x = 60 + step * i as u32;
        let bar = (step * 2 / 3).max(6);
        let mut top = base;
        for (n, colour, name) in [
            (run.error, "#c8553d", "fouten"),
            (run.warning, "#e0a030", "waarschuwingen"),
            (run.info, "#5b8fbf", "informatie"),
        ] {
            let h = tall * n as f64 / most as f64;
            if n > 0 {
                top -= h;
                let _ = writeln!(
                    s,
                    "<rect class=\"bar\" x=\"{x}\" y=\"{top:.1}\" width=\"{bar}\" height=\"{h:.1}\" fill=\"{colour}\"><title>{name}: {n}</title></rect>"
                );
            }
        }
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\n\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"9\">{}</text>",
            x + bar / 2,
            top - 4.0,
            run.error + run.warning + run.info,
            x + bar / 2,
            base + 14.0,
            run.as_of.format("%d-%m")
        );
    }
    for (i, (colour, name)) in [
        ("#c8553d", "fouten"),
        ("#e0a030", "waarschuwingen"),
        ("#5b8fbf", "informatie"),
    ]
    .iter()
    .enumerate()
    {
        let x = 60 + 120 * i as u32;
        let _ = writeln!(
            s,
            "<rect x=\"{x}\" y=\"205\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{}\" y=\"215\">{name}</text>",
            x + 16
        );
    }
    s.push_str("</svg>");
    s
}

// ------------------------------------------------------------------ printers
