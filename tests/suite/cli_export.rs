//! `journeymap export` as a user runs it: every option and every error path.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common;

pub fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .expect("the binary runs")
}

pub fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .display()
        .to_string()
}

const STARTER: &str = "workshop-starter.en.ron";

/// Exports the starter map with `extra` options into `dir`, expecting success.
fn export_ok(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let out = dir.join(name);
    let out_text = out.display().to_string();
    let input = example(STARTER);
    let mut args = vec!["export", &input, "-o", &out_text];
    args.extend_from_slice(extra);
    let output = journeymap(&args);
    assert!(
        output.status.success(),
        "{extra:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    out
}

fn export_fails(args: &[&str], expected: &str) {
    let output = journeymap(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(stderr.contains(expected), "{args:?}: {stderr}");
}

fn png(path: &Path) -> image::RgbaImage {
    image::open(path).expect("a PNG").to_rgba8()
}

#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a few hundred dpi"
)]
fn dpi(path: &Path) -> u32 {
    let file = std::fs::File::open(path).unwrap();
    let reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let per_metre = reader.info().pixel_dims.expect("pHYs chunk").xppu;
    (f64::from(per_metre) * 0.0254).round() as u32
}

#[test]
fn scale_width_and_dpi_size_the_picture() {
    let dir = tempfile::tempdir().unwrap();
    let one = png(&export_ok(dir.path(), "one.png", &["--scale", "1"]));
    let two_path = export_ok(dir.path(), "two.png", &["--scale", "2"]);
    let two = png(&two_path);
    assert_eq!(two.dimensions(), (one.width() * 2, one.height() * 2));
    assert_eq!(dpi(&two_path), 192);
    let wide = png(&export_ok(dir.path(), "wide.png", &["--width", "640"]));
    assert_eq!(wide.width(), 640);
    let print_path = export_ok(dir.path(), "print.png", &["--dpi", "288"]);
    assert_eq!(png(&print_path).width(), one.width() * 3);
    assert_eq!(dpi(&print_path), 288);
    let default = png(&export_ok(dir.path(), "default.png", &[]));
    assert_eq!(default.dimensions(), two.dimensions(), "2× is the default");
}

#[test]
fn slides_are_exactly_their_size() {
    let dir = tempfile::tempdir().unwrap();
    for (size, dims) in [
        ("1920x1080", (1920, 1080)),
        ("3840x2160", (3840, 2160)),
        ("1024x768", (1024, 768)),
        ("2048x1536", (2048, 1536)),
    ] {
        // The smallest minimum keeps the starter map on one slide.
        let path = export_ok(
            dir.path(),
            &format!("{size}.png"),
            &["--slide", size, "--min-text", "6"],
        );
        assert_eq!(png(&path).dimensions(), dims);
    }
}

#[test]
fn backgrounds_fill_the_corners_as_asked() {
    let dir = tempfile::tempdir().unwrap();
    let corner = |background: &str| {
        let path = export_ok(
            dir.path(),
            &format!("{background}.png"),
            &["--background", background, "--scale", "1"],
        );
        png(&path).get_pixel(2, 2).0
    };
    assert_eq!(corner("white"), [255, 255, 255, 255]);
    assert_eq!(corner("transparent")[3], 0);
    let theme = corner("theme");
    assert_eq!(theme[3], 255);
    assert_ne!(theme, [255, 255, 255, 255]);
    // Dark paper is the dark palette's; transparent-dark leaves it out.
    let [r, g, b, _] = journeymap::theme::DARK_PAPER.to_srgba_unmultiplied();
    assert_eq!(corner("dark"), [r, g, b, 255]);
    assert_eq!(corner("transparent-dark")[3], 0);
}

#[test]
fn phases_title_and_legend_options_change_the_picture() {
    let dir = tempfile::tempdir().unwrap();
    let full = png(&export_ok(dir.path(), "full.png", &["--scale", "1"]));
    let two_phases = png(&export_ok(
        dir.path(),
        "p.png",
        &["--scale", "1", "--phases", "2..3"],
    ));
    assert!(two_phases.width() < full.width());
    let no_title = png(&export_ok(
        dir.path(),
        "t.png",
        &["--scale", "1", "--no-title"],
    ));
    assert_ne!(no_title, full);
    let no_legend = png(&export_ok(
        dir.path(),
        "l.png",
        &["--scale", "1", "--no-legend"],
    ));
    // The legend under the grid gives its room back.
    assert_eq!(no_legend.width(), full.width());
    assert!(no_legend.height() < full.height());
}

#[test]
fn svg_output_is_vector_with_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = export_ok(dir.path(), "map.svg", &["--scale", "1"]);
    let svg = std::fs::read_to_string(path).unwrap();
    assert!(svg.starts_with("<svg "));
    assert!(svg.contains(">Awareness</text>"));
    assert!(svg.trim_end().ends_with("</svg>"));
}

#[test]
fn text_as_paths_writes_outlines_and_only_for_svg() {
    let dir = tempfile::tempdir().unwrap();
    let path = export_ok(
        dir.path(),
        "paths.svg",
        &["--scale", "1", "--text-as-paths"],
    );
    let svg = std::fs::read_to_string(path).unwrap();
    assert!(!svg.contains("<text"), "no text left");
    assert!(svg.contains("<use href=\"#g"), "glyph outlines placed");
    let png = dir.path().join("paths.png").display().to_string();
    export_fails(
        &["export", &example(STARTER), "-o", &png, "--text-as-paths"],
        "--text-as-paths is for SVG",
    );
}

#[test]
fn the_picture_speaks_the_map_language_else_english_or_as_asked() {
    let dir = tempfile::tempdir().unwrap();
    let svg_with = |input: &str, name: &str, extra: &[&str]| {
        let out = dir.path().join(name);
        let output = Command::new(env!("CARGO_BIN_EXE_journeymap"))
            .args(["export", input, "-o", &out.display().to_string()])
            .args(extra)
            // The system's language does not decide what a map says.
            .env("LANG", "de_DE.UTF-8")
            .env("LC_ALL", "de_DE.UTF-8")
            .output()
            .expect("the binary runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        std::fs::read_to_string(out).unwrap()
    };
    let svg_of = |input: &str, name: &str| svg_with(input, name, &[]);
    let german = example("laptop-webshop.de.ron");
    let svg = svg_of(&german, "german.svg");
    assert!(svg.contains("48.000") && svg.contains("34 Jahre"));

    // A map without a language of its own is drawn in English.
    let text = std::fs::read_to_string(&german).unwrap();
    let without = text.replace("    language: Some(\"de\"),\n", "");
    assert_ne!(without, text, "the example names its language");
    let old = dir.path().join("old.ron");
    std::fs::write(&old, without).unwrap();
    let svg = svg_of(&old.display().to_string(), "old.svg");
    assert!(svg.contains("48,000") && svg.contains("34 years"));

    // `--lang` says what such a map (or any map) is to speak.
    let svg = svg_with(&old.display().to_string(), "old-de.svg", &["--lang", "de"]);
    assert!(svg.contains("48.000") && svg.contains("34 Jahre"));
    let svg = svg_with(&german, "german-en.svg", &["--lang", "en"]);
    assert!(svg.contains("48,000") && svg.contains("34 years"));
}

#[test]
fn every_error_exits_1_with_a_clear_message_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.png").display().to_string();
    let input = example(STARTER);
    let bad_map = dir.path().join("bad.ron");
    std::fs::write(&bad_map, "(version: 1, title: 3)").unwrap();
    let bad_map = bad_map.display().to_string();
    export_fails(
        &["export", "/nonexistent/map.ron", "-o", &out],
        "cannot read",
    );
    export_fails(&["export", &bad_map, "-o", &out], "bad.ron:1:");
    export_fails(&["export", &input, "-o", &out, "--sparkle"], "--sparkle");
    export_fails(&["export", &input], "--output");
    export_fails(
        &["export", &input, "-o", "/nonexistent/dir/out.png"],
        "cannot write /nonexistent/dir/out.png",
    );
    export_fails(
        &[
            "export",
            &input,
            "-o",
            &dir.path().join("out.jpg").display().to_string(),
        ],
        "must end in .png or .svg",
    );
    export_fails(
        &["export", &input, "-o", &out, "--scale", "0"],
        "--scale 0 is out of range",
    );
    export_fails(
        &["export", &input, "-o", &out, "--scale", "big"],
        "invalid value 'big'",
    );
    export_fails(
        &["export", &input, "-o", &out, "--width", "5"],
        "--width 5 is out of range",
    );
    export_fails(
        &["export", &input, "-o", &out, "--dpi", "5000"],
        "--dpi 5000 is out of range",
    );
    // The command line and the export dialog accept the same print range.
    export_fails(
        &["export", &input, "-o", &out, "--dpi", "24"],
        "--dpi 24 is out of range; use 72 to 1200 dots per inch",
    );
    export_fails(
        &[
            "export", &input, "-o", &out, "--scale", "2", "--width", "800",
        ],
        "cannot be used with",
    );
    export_fails(
        &["export", &input, "-o", &out, "--slide", "800x600"],
        "use 1920x1080, 3840x2160, 1024x768, 2048x1536",
    );
    export_fails(
        &["export", &input, "-o", &out, "--background", "pink"],
        "invalid value 'pink'",
    );
    export_fails(
        &["export", &input, "-o", &out, "--phases", "3..1"],
        "not a phase range",
    );
    export_fails(
        &["export", &input, "-o", &out, "--phases", "2..9"],
        "it has 3",
    );
    export_fails(
        &["export", &input, "-o", &out, "--lang", "fr"],
        "unknown language 'fr' (use one of: en, de)",
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "bad.ron")
        .collect();
    assert!(left.is_empty(), "partial or temporary files left: {left:?}");
}

#[test]
fn a_picture_over_the_pixel_limit_is_refused_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut journey = journeymap::format::load_file(Path::new(&example(STARTER))).unwrap();
    common::add_phases(&mut journey, 40);
    let map = dir.path().join("wide.ron");
    std::fs::write(&map, journeymap::format::to_ron_string(&journey)).unwrap();
    let out = dir.path().join("wide.png");
    export_fails(
        &[
            "export",
            &map.display().to_string(),
            "-o",
            &out.display().to_string(),
            "--scale",
            "4",
        ],
        "limit of 100 megapixels",
    );
    assert!(!out.exists());
}
