//! The documents as a person sees them: printed to PDF by a browser (Chromium, headless, no
//! network), then read back with poppler (`pdfinfo`, `pdftotext`, `pdftocairo`).
//!
//! CI installs `chromium` and `poppler-utils`. Without them these tests fail and say so;
//! `VREG_SKIP_BROWSER_TESTS=1` skips them on a machine that cannot have them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::TestEnv;
use crate::report;

/// Whether the browser tests run: the tools are there, or the environment asks to skip them.
/// Fails the test when a tool is missing and no one asked to skip.
fn browser_tests() -> bool {
    if std::env::var("VREG_SKIP_BROWSER_TESTS").as_deref() == Ok("1") {
        eprintln!("skipped: VREG_SKIP_BROWSER_TESTS=1");
        return false;
    }
    for (tool, arg) in [
        ("chromium", "--version"),
        ("pdfinfo", "-v"),
        ("pdftotext", "-v"),
        ("pdftocairo", "-v"),
    ] {
        let found = Command::new(tool)
            .arg(arg)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok();
        assert!(
            found,
            "`{tool}` is not installed: these tests print vreg's documents with Chromium and read \
             the PDF with poppler. Install them (Debian: apt-get install chromium poppler-utils \
             fonts-dejavu-core), or set VREG_SKIP_BROWSER_TESTS=1 to skip them"
        );
    }
    true
}

/// Runs a program to its end, at most `limit`; panics with its output when it fails.
fn run(mut cmd: Command, limit: Duration) -> Vec<u8> {
    let what = format!("{cmd:?}");
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    // Read the pipes on threads, so that a chatty program never blocks on a full pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut buf).ok();
        buf
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut buf).ok();
        buf
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            panic!("{what} took longer than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let (out, err) = (out.join().unwrap(), err.join().unwrap());
    assert!(
        status.success(),
        "{what} failed: {status}\n{}",
        String::from_utf8_lossy(&err)
    );
    out
}

/// Prints an HTML file to PDF with headless Chromium: a fresh profile, no network.
fn print_to_pdf(html: &Path, dir: &Path) -> PathBuf {
    let pdf = dir.join(format!(
        "{}.pdf",
        html.file_stem().unwrap().to_str().unwrap()
    ));
    let profile = tempfile::tempdir().expect("profile dir");
    let mut cmd = Command::new("chromium");
    cmd.env("HOME", profile.path())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-sync",
            "--disable-background-networking",
            "--disable-component-update",
            // Nothing leaves the machine: every request would go to a closed local port.
            "--proxy-server=127.0.0.1:9",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()));
    run(cmd, Duration::from_secs(120));
    assert!(pdf.exists(), "chromium wrote no {}", pdf.display());
    pdf
}

/// `pdfinfo`: the number of pages and the size of the first, in points.
fn pdf_info(pdf: &Path) -> (usize, f64, f64) {
    let mut cmd = Command::new("pdfinfo");
    cmd.arg(pdf);
    let text = String::from_utf8(run(cmd, Duration::from_secs(60))).unwrap();
    let field = |name: &str| -> String {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or_else(|| panic!("no {name} in pdfinfo:\n{text}"))
            .trim()
            .to_string()
    };
    let pages = field("Pages:").parse().unwrap();
    // "841.92 x 594.96 pts (A4)"
    let size = field("Page size:");
    let mut numbers = size.split_whitespace();
    let width = numbers.next().unwrap().parse().unwrap();
    let height = numbers.nth(1).unwrap().parse().unwrap();
    (pages, width, height)
}

/// The text of one page (from 1), with every run of white space as one space.
fn page_text(pdf: &Path, page: usize) -> String {
    let mut cmd = Command::new("pdftotext");
    cmd.args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg("-");
    let text = String::from_utf8(run(cmd, Duration::from_secs(60))).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One page (from 1) as SVG, the way poppler draws it.
fn page_svg(pdf: &Path, page: usize, dir: &Path) -> String {
    let svg = dir.join(format!("page-{page}.svg"));
    let mut cmd = Command::new("pdftocairo");
    cmd.args(["-svg", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg(&svg);
    run(cmd, Duration::from_secs(60));
    std::fs::read_to_string(&svg).unwrap()
}

/// An `rgb(18.4%,43.5%,62.3%)` colour as 0-255 values.
fn rgb_percent(text: &str) -> Option<[u8; 3]> {
    let inner = text.strip_prefix("rgb(")?.split(')').next()?;
    let mut out = [0u8; 3];
    let mut parts = inner.split(',');
    for value in &mut out {
        let percent: f64 = parts.next()?.trim().trim_end_matches('%').parse().ok()?;
        *value = (percent * 255.0 / 100.0).round() as u8;
    }
    Some(out)
}

fn hex(colour: &str) -> [u8; 3] {
    let c = colour.trim_start_matches('#');
    let byte = |i: usize| u8::from_str_radix(&c[i..i + 2], 16).unwrap();
    [byte(0), byte(2), byte(4)]
}

/// The vector paths of a page filled with `colour` (within one step of rounding), and whether
/// they are curves (a circle) or straight (a bar).
fn filled_paths(svg: &str, colour: &str) -> Vec<bool> {
    let want = hex(colour);
    svg.split("<path ")
        .skip(1)
        .filter_map(|rest| {
            let tag = rest.split('>').next()?;
            let fill = tag.split("fill:").nth(1)?;
            let got = rgb_percent(fill)?;
            let close = got.iter().zip(want).all(|(g, w)| g.abs_diff(w) <= 1);
            close.then(|| tag.contains(" C "))
        })
        .collect()
}

/// The year report of the fixture year: its sections in the text, and each of its four charts
/// drawn as vector paths on the page that carries its caption, and on no other page.
#[test]
fn the_year_report_prints_on_a4_with_its_sections_and_its_charts() {
    if !browser_tests() {
        return;
    }
    let env = report::year_2026();
    let html = env.path("privacyjaarverslag.html");
    let out = env
        .cmd()
        .env("VREG_NOW", report::NOW)
        .args(["report", "year", "2026", "--format", "html", "--out"])
        .arg(&html)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = tempfile::tempdir().unwrap();
    let pdf = print_to_pdf(&html, printed.path());

    let (pages, width, height) = pdf_info(&pdf);
    assert!(
        (width - 595.0).abs() < 2.0 && (height - 842.0).abs() < 2.0,
        "not A4 portrait: {width} x {height}"
    );
    assert_eq!(pages, 5, "the year report of the fixture is five pages");

    let texts: Vec<String> = (1..=pages).map(|p| page_text(&pdf, p)).collect();
    let all = texts.join(" ");
    for section in [
        "Privacyjaarverslag",
        "Verwerkersovereenkomsten",
        "Privacyconvenant Onderwijs",
        "Datalekken",
        "Verzoeken van ouders en leerlingen",
        "Toestemming",
        "Controles van het register",
        "Stichting Openbaar Primair Onderwijs De Waterlanden",
    ] {
        assert!(all.contains(section), "no “{section}” in the PDF:\n{all}");
    }
    for secret in report::PUPIL_DATA {
        assert!(!all.contains(secret), "the PDF names {secret}");
    }

    let svgs: Vec<String> = (1..=pages)
        .map(|p| page_svg(&pdf, p, printed.path()))
        .collect();
    // Each chart by its caption and a colour that only it draws with: the circles of the end
    // dates, the grey track behind the coverage bars, the green of the participants and the
    // amber of the warnings.
    for (caption, colour, curves) in [
        (
            "Einddatums van de verwerkersovereenkomsten",
            "#2f6f9f",
            true,
        ),
        ("Dekking per doel", "#e6e6e6", false),
        ("Verwerkers naar convenantstatus", "#2f7f4f", false),
        ("Bevindingen per controle", "#e0a030", false),
    ] {
        let with_caption: Vec<usize> = (1..=pages)
            .filter(|&p| texts[p - 1].contains(caption))
            .collect();
        assert_eq!(
            with_caption.len(),
            1,
            "“{caption}” on pages {with_caption:?}"
        );
        let drawn: Vec<usize> = (1..=pages)
            .filter(|&p| filled_paths(&svgs[p - 1], colour).contains(&curves))
            .collect();
        assert_eq!(
            drawn, with_caption,
            "the chart “{caption}” ({colour}) is drawn on pages {drawn:?}"
        );
    }
}

/// The GMR overview on paper: one PDF of landscape A4 pages, each headed by the board and the
/// reference date, with the suppliers, the columns explained, and no pupil.
#[test]
fn the_gmr_overview_prints_on_a4_landscape() {
    if !browser_tests() {
        return;
    }
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let pupils = env.path("leerlingen.csv");
    crate::common::write(
        &pupils,
        "leerlingnummer;naam;groep;brin;photo-internal;photo-website\n\
         987654;Xanthippe Zonnebloem;5B;12AB00;ja;nee\n\
         987655;Quirijn Ypma;5B;12AB00;nee;\n",
    );
    env.ok(&["pupil", "import", pupils.to_str().unwrap()]);
    let html = env.path("gmr.html");
    env.ok(&[
        "export",
        "gmr",
        "--format",
        "html",
        "--out",
        html.to_str().unwrap(),
    ]);
    let printed = tempfile::tempdir().unwrap();
    let pdf = print_to_pdf(&html, printed.path());

    let (pages, width, height) = pdf_info(&pdf);
    assert!(
        (width - 842.0).abs() < 2.0 && (height - 595.0).abs() < 2.0,
        "not A4 landscape: {width} x {height}"
    );
    assert_eq!(pages, 5, "the GMR overview of the example is five pages");
    let texts: Vec<String> = (1..=pages).map(|p| page_text(&pdf, p)).collect();
    for (page, text) in texts.iter().enumerate() {
        assert!(
            text.contains("Stichting Openbaar Primair Onderwijs De Waterlanden")
                && text.contains("peildatum 28-11-2026")
                && text.contains(&format!("pagina {} van {pages}", page + 1)),
            "page {} does not say whose it is, of which day and which page:\n{text}",
            page + 1
        );
    }
    let all = texts.join(" ");
    for expected in [
        "Verwerkersregister voor de GMR",
        "Leerlijn Digitaal B.V.",
        "Uitgeverij Rekenrijk",
        "Externe partijen",
        "Toestemmingen",
        "Datalekken",
        "Verzoeken van ouders en leerlingen",
        "Wat de kolommen betekenen",
        "Meldtermijn datalek (uren):",
    ] {
        assert!(all.contains(expected), "no “{expected}” in the PDF:\n{all}");
    }
    for secret in ["Xanthippe", "Zonnebloem", "Quirijn", "987654"] {
        assert!(!all.contains(secret), "the PDF names {secret}");
    }
}
