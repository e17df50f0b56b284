//! A map too big for one readable slide becomes a series: whole phases and
//! lanes per slide, every cell on exactly one slide, headers repeated, each
//! slide saying where it is, no card cut at a slide's border, and the files
//! named `OUT-1 … OUT-N`.

use std::collections::HashMap;

use egui::Color32;
use journeymap::export::{ExportOptions, ExportSize, Part, Renderer, SlideOptions};
use journeymap::i18n::Lang;
use journeymap::model::Journey;

use crate::common::maps::example;
use crate::common::slides::{self, SlideSvg};
use crate::common::svg_read;

const GERMAN: &str = "laptop-webshop.de.ron";

fn german() -> Journey {
    example(GERMAN)
}

fn parts(journey: &Journey, options: &ExportOptions) -> Vec<Option<Part>> {
    Renderer::default()
        .pages(journey, options)
        .iter()
        .map(|page| page.part)
        .collect()
}

/// How often each (phase, lane) cell of the map is on a slide.
fn coverage(journey: &Journey, parts: &[Option<Part>]) -> HashMap<(usize, usize), usize> {
    let mut cells = HashMap::new();
    for part in parts.iter().flatten() {
        let (first_lane, last_lane) = part.lanes.unwrap_or((0, journey.lanes.len() - 1));
        for phase in part.phases.0..=part.phases.1 {
            for lane in first_lane..=last_lane {
                *cells.entry((phase, lane)).or_insert(0) += 1;
            }
        }
    }
    cells
}

#[test]
fn the_german_example_becomes_a_series_that_shows_every_cell_once() {
    let journey = german();
    let parts = parts(&journey, &slides::full_hd(Lang::De));
    assert!(parts.len() > 1, "one slide would have text below 20 px");
    let cells = coverage(&journey, &parts);
    assert_eq!(cells.len(), journey.phases.len() * journey.lanes.len());
    assert!(cells.values().all(|&count| count == 1), "{cells:?}");
    // Slides follow the map: phase ranges in order, lanes top to bottom.
    let order: Vec<(usize, usize)> = parts
        .iter()
        .flatten()
        .map(|part| (part.phases.0, part.lanes.map_or(0, |lanes| lanes.0)))
        .collect();
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(order, sorted);
}

/// The caption a slide of the German example should carry.
fn expected_caption(part: Part, phases: usize, lanes: usize) -> String {
    let range = |(one, several): (&str, &str), (first, last): (usize, usize), total: usize| {
        if first == last {
            format!("{one} {} von {total}", first + 1)
        } else {
            format!("{several} {}–{} von {total}", first + 1, last + 1)
        }
    };
    let mut caption = range(("Phase", "Phasen"), part.phases, phases);
    if let Some(lane_range) = part.lanes {
        caption += " · ";
        caption += &range(("Zeile", "Zeilen"), lane_range, lanes);
    }
    caption
}

fn first_line(block: &journeymap::layout::TextBlock) -> String {
    block.lines[0]
        .pieces
        .iter()
        .map(|piece| piece.text.as_str())
        .collect()
}

#[test]
fn every_slide_repeats_its_headers_and_says_where_it_is() {
    let journey = german();
    let series = slides::series(&journey, &slides::full_hd(Lang::De));
    for (number, SlideSvg { page, svg }) in series.iter().enumerate() {
        let texts: Vec<String> = svg_read::read(svg, Color32::WHITE)
            .texts
            .into_iter()
            .map(|text| text.content)
            .collect();
        let shows = |words: &str| texts.iter().any(|text| text.trim() == words.trim());
        let part = page.part.expect("a slide of a series");
        let caption = expected_caption(part, journey.phases.len(), journey.lanes.len());
        assert!(
            shows(&caption),
            "slide {number}: no {caption:?} in {texts:?}"
        );
        // The phase and lane headers of what it shows, and nothing else's.
        assert_eq!(page.layout.phases.len(), part.phases.1 - part.phases.0 + 1);
        for phase in &page.layout.phases {
            let name = first_line(&phase.name_text);
            assert!(
                shows(&name),
                "slide {number}: phase header {name:?} missing"
            );
        }
        for lane in &page.layout.lanes {
            let name = first_line(&lane.name_text);
            assert!(shows(&name), "slide {number}: lane header {name:?} missing");
        }
        // Only the first slide names the map; the rest give that room to it.
        assert_eq!(shows(&journey.title), number == 0, "slide {number}");
    }
}

#[test]
fn no_card_is_cut_at_a_slide_border() {
    let mut journey = german();
    // A card on the first phase's last step, stretched into the second
    // phase: the two phases must stay on one slide.
    let boundary = journey.phases[0].steps.last().unwrap().id;
    let card = journey
        .cards
        .iter_mut()
        .find(|card| card.step == boundary)
        .expect("a card at the end of the first phase");
    card.span = 2;
    let (wide, lane) = (card.id, card.lane);
    let lane_index = journey.lanes.iter().position(|l| l.id == lane).unwrap();
    let pages = Renderer::default().pages(&journey, &slides::full_hd(Lang::De));
    let mut seen: HashMap<_, usize> = HashMap::new();
    for page in &pages {
        for card in &page.journey.cards {
            *seen.entry(card.id).or_insert(0) += 1;
            let original = journey.card(card.id).unwrap();
            assert_eq!(card.span, original.span, "{:?} was cut", card.title);
            let rect = page
                .layout
                .cards
                .iter()
                .find(|c| c.id == card.id)
                .unwrap()
                .rect;
            assert!(page.layout.bounds.contains_rect(rect));
        }
        let part = page.part.unwrap();
        let shows_lane = part
            .lanes
            .is_none_or(|(a, b)| (a..=b).contains(&lane_index));
        if shows_lane && part.phases.0 == 0 {
            assert!(part.phases.1 >= 1, "the wide card's phases were split");
        }
    }
    assert_eq!(seen.len(), journey.cards.len(), "every card is on a slide");
    assert!(seen.values().all(|&count| count == 1));
    assert_eq!(seen[&wide], 1);
}

#[test]
fn a_lower_minimum_needs_fewer_slides_and_the_overview_comes_first() {
    let journey = german();
    let with = |min_text: Option<f32>, overview: bool| ExportOptions {
        slides: SlideOptions { min_text, overview },
        ..slides::full_hd(Lang::De)
    };
    let default = parts(&journey, &with(None, false)).len();
    let smaller = parts(&journey, &with(Some(12.0), false)).len();
    assert!(smaller < default, "12 px: {smaller}, 20 px: {default}");
    assert_eq!(parts(&journey, &with(Some(6.0), false)), vec![None]);
    let overview = parts(&journey, &with(None, true));
    assert_eq!(overview.len(), default + 1);
    assert_eq!(overview[0], None, "the whole map first");
}

#[test]
fn a_map_that_fits_stays_one_slide_and_fills_it_both_ways() {
    // Before slides were laid out for their shape, the German example
    // filled 49 % of a 1920 × 1080 slide's width.
    for journey in [german(), example("saas-trial.en.ron")] {
        let options = ExportOptions {
            slides: SlideOptions {
                min_text: Some(6.0),
                overview: false,
            },
            ..slides::full_hd(journey.content_lang(Lang::En))
        };
        let series = slides::series(&journey, &options);
        assert_eq!(series.len(), 1);
        assert_eq!(series[0].page.part, None);
        // The room inside the margins: 1920 × 1080 less 4 % on each side.
        let room = egui::vec2(1766.4, 993.6);
        let size = journeymap::export::slides::map_size(series[0].page.layout.bounds);
        let ppp = (room / size).min_elem();
        let fill = size * ppp / room;
        assert!(fill.min_elem() > 0.85, "{}: fills {fill:?}", journey.title);
        let picture = svg_read::read(&series[0].svg, Color32::WHITE);
        assert!(
            picture
                .texts
                .iter()
                .any(|text| text.content == journey.title)
        );
    }
}

/// `journeymap export ARGS…`, as a user runs it.
fn journeymap_export(args: &[&str]) -> std::process::Output {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    crate::cli_export::journeymap(&all)
}

#[test]
fn the_command_line_numbers_a_series_and_says_how_many_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let expected = parts(&german(), &slides::full_hd(Lang::De)).len();
    for extension in ["png", "svg"] {
        let out = dir.path().join(format!("laptop.{extension}"));
        let output = journeymap_export(&[
            &crate::cli_export::example(GERMAN),
            "-o",
            &out.display().to_string(),
            "--slide",
            "1920x1080",
        ]);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{output:?}");
        assert!(
            stdout.starts_with(&format!("wrote {expected} slides: ")),
            "{stdout}"
        );
        assert!(!out.exists(), "a series has no unnumbered file");
        for number in 1..=expected {
            let file = dir.path().join(format!("laptop-{number}.{extension}"));
            assert!(file.exists(), "{file:?}");
            assert!(stdout.contains(&file.display().to_string()));
        }
        assert!(
            !dir.path()
                .join(format!("laptop-{}.{extension}", expected + 1))
                .exists()
        );
    }
    let png = image::open(dir.path().join("laptop-1.png")).unwrap();
    assert_eq!((png.width(), png.height()), (1920, 1080));
}

#[test]
fn one_readable_slide_keeps_the_plain_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("starter.png");
    let output = journeymap_export(&[
        &crate::cli_export::example("workshop-starter.en.ron"),
        "-o",
        &out.display().to_string(),
        "--slide",
        "1024x768",
        "--min-text",
        "6",
    ]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("wrote {}", out.display())
    );
    let png = image::open(&out).unwrap();
    assert_eq!((png.width(), png.height()), (1024, 768));
}

#[test]
fn series_options_are_checked() {
    let input = crate::cli_export::example(GERMAN);
    let cases: [(&[&str], &str); 3] = [
        (
            &["--slide", "1920x1080", "--min-text", "3"],
            "--min-text 3 is out of range; use 6 to 200 pixels",
        ),
        (&["--min-text", "20"], "--slide"),
        (
            &["--slide", "800x600"],
            "use 1920x1080, 3840x2160, 1024x768, 2048x1536",
        ),
    ];
    for (extra, expected) in cases {
        let mut args = vec![input.as_str(), "-o", "/nonexistent/x.png"];
        args.extend_from_slice(extra);
        let output = journeymap_export(&args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{extra:?}");
        assert!(stderr.contains(expected), "{extra:?}: {stderr}");
    }
}

#[test]
fn four_by_three_slides_are_series_too() {
    let journey = german();
    for (width, height) in [(1024, 768), (2048, 1536)] {
        let options = ExportOptions {
            size: ExportSize::Slide(width, height),
            lang: Lang::De,
            ..ExportOptions::default()
        };
        let mut renderer = Renderer::default();
        let pages = renderer.pages(&journey, &options);
        assert!(pages.len() > 1);
        let mut drawing = renderer.draw_page(&pages[1], &options).unwrap();
        assert_eq!(drawing.size_px, [width, height]);
        renderer.tessellate(&mut drawing);
    }
}
