//! Exported pictures: golden images, determinism, exact scaling, and equality
//! with what the canvas shows.
//!
//! Run with `UPDATE_GOLDEN=1` to rewrite the golden images after an intended change.

#![expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "pixel coordinates are small whole numbers; the casts cannot lose anything"
)]

use crate::common;

use std::path::{Path, PathBuf};

use image::RgbaImage;
use journeymap::canvas::View;
use journeymap::export::{self, Background, ExportOptions, ExportSize};
use journeymap::i18n::Lang;
use journeymap::model::Journey;

use crate::common::maps::example;

/// `journey` at `scale`, in its own language (English when it has none), as
/// the app and the command line export it.
fn at_scale(journey: &Journey, scale: f32) -> ExportOptions {
    ExportOptions {
        size: ExportSize::Scale(scale),
        ..ExportOptions::for_map(journey, Lang::En)
    }
}

fn render(journey: &Journey, options: &ExportOptions) -> (Vec<u8>, RgbaImage) {
    export::png_bytes(journey, options).expect("export succeeds")
}

/// Largest difference of any channel, and how many pixels differ by more than `tolerance`.
fn compare(a: &RgbaImage, b: &RgbaImage, tolerance: u8) -> (u8, usize) {
    assert_eq!(a.dimensions(), b.dimensions(), "sizes differ");
    let mut largest = 0;
    let mut over = 0;
    for (p, q) in a.pixels().zip(b.pixels()) {
        let diff =
            p.0.iter()
                .zip(q.0)
                .map(|(x, y)| x.abs_diff(y))
                .max()
                .unwrap_or(0);
        largest = largest.max(diff);
        if diff > tolerance {
            over += 1;
        }
    }
    (largest, over)
}

fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

#[test]
fn examples_match_their_golden_images_at_1x_and_2x() {
    for example_name in [
        "laptop-webshop.de.ron",
        "saas-trial.en.ron",
        "workshop-starter.en.ron",
    ] {
        let journey = example(example_name);
        for scale in [1.0, 2.0] {
            let (bytes, image) = render(&journey, &at_scale(&journey, scale));
            let stem = example_name.trim_end_matches(".ron");
            let path = golden_path(&format!("{stem}@{scale}x.png"));
            if std::env::var_os("UPDATE_GOLDEN").is_some() {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &bytes).unwrap();
                continue;
            }
            let golden = image::open(&path)
                .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDEN=1", path.display()))
                .to_rgba8();
            // Identical on this machine; the tolerance only absorbs float
            // differences between CPUs at anti-aliased edges.
            let (largest, over) = compare(&image, &golden, 2);
            let allowed = image.pixels().len() / 2000;
            assert!(
                over <= allowed,
                "{}: {over} pixels differ by more than 2/255 (largest {largest}); allowed {allowed}",
                path.display()
            );
        }
    }
}

#[test]
fn exporting_twice_gives_identical_bytes() {
    let journey = example("laptop-webshop.de.ron");
    assert_eq!(
        render(&journey, &at_scale(&journey, 1.0)).0,
        render(&journey, &at_scale(&journey, 1.0)).0
    );
}

#[test]
fn scale_2_gives_exactly_twice_the_pixels_of_scale_1() {
    for name in ["laptop-webshop.de.ron", "saas-trial.en.ron"] {
        let journey = example(name);
        let one = render(&journey, &at_scale(&journey, 1.0)).1;
        let two = render(&journey, &at_scale(&journey, 2.0)).1;
        assert_eq!(two.width(), one.width() * 2, "{name}");
        assert_eq!(two.height(), one.height() * 2, "{name}");
        let three = render(&journey, &at_scale(&journey, 3.0)).1;
        assert_eq!(three.dimensions(), (one.width() * 3, one.height() * 3));
    }
}

#[test]
fn the_export_matches_the_canvas_pixel_for_pixel_within_2_of_255() {
    let journey = example("laptop-webshop.de.ron");
    let exported = render(&journey, &at_scale(&journey, 1.0)).1;

    let mut harness = common::journey_harness(journey);
    harness.run();
    let view = View {
        zoom: 1.0,
        offset: egui::vec2(-150.0, -420.0),
    };
    harness.state_mut().canvas_mut().set_view(view);
    harness.run();
    let screen = harness.render().expect("software rendering");
    let screen_from_map = harness.state_mut().canvas_mut().screen_from_map();
    let canvas = harness.state_mut().canvas_mut().last_rect();

    let mut compared = 0;
    let mut worst = 0;
    for y in canvas.top() as u32..canvas.bottom() as u32 {
        for x in canvas.left() as u32..canvas.right() as u32 {
            let map = screen_from_map.inverse() * egui::pos2(x as f32, y as f32);
            let (mx, my) = (map.x.round() as i64, map.y.round() as i64);
            if mx < 0
                || my < 0
                || mx >= i64::from(exported.width())
                || my >= i64::from(exported.height())
            {
                continue;
            }
            let a = screen.get_pixel(x, y).0;
            let b = exported.get_pixel(mx as u32, my as u32).0;
            let diff = a
                .iter()
                .zip(b)
                .map(|(p, q)| p.abs_diff(q))
                .max()
                .unwrap_or(0);
            worst = worst.max(diff);
            compared += 1;
        }
    }
    if let Some(dir) = std::env::var_os("JOURNEYMAP_DEBUG_DIR") {
        screen.save(Path::new(&dir).join("canvas.png")).unwrap();
        exported.save(Path::new(&dir).join("export.png")).unwrap();
        eprintln!("screen_from_map {screen_from_map:?} canvas {canvas:?}");
    }
    assert!(compared > 500_000, "compared only {compared} pixels");
    assert!(
        worst <= 2,
        "the canvas and the export differ by up to {worst}/255"
    );
}

#[test]
fn huge_exports_are_refused_with_the_limit_named() {
    let mut journey = example("workshop-starter.en.ron");
    common::add_phases(&mut journey, 40);
    let error = export::png_bytes(&journey, &at_scale(&journey, 4.0)).expect_err("too large");
    let message = error.to_string();
    assert!(message.contains("limit of 100 megapixels"), "{message}");
}

#[test]
fn options_change_the_picture_as_asked() {
    let journey = example("laptop-webshop.de.ron");
    let full = render(&journey, &at_scale(&journey, 1.0)).1;
    let no_title = render(
        &journey,
        &ExportOptions {
            show_title: false,
            ..at_scale(&journey, 1.0)
        },
    )
    .1;
    // The title's room goes to the map: as wide, less tall.
    assert_eq!(no_title.width(), full.width());
    assert!(no_title.height() < full.height());
    assert_ne!(no_title, full);
    let part = render(
        &journey,
        &ExportOptions {
            phases: Some((1, 2)),
            ..at_scale(&journey, 1.0)
        },
    )
    .1;
    assert!(part.width() < full.width() / 2);
    let clear = render(
        &journey,
        &ExportOptions {
            background: Background::Transparent,
            ..at_scale(&journey, 1.0)
        },
    )
    .1;
    assert_eq!(clear.get_pixel(1, 1).0[3], 0);
    assert_eq!(full.get_pixel(1, 1).0, [255, 255, 255, 255]);
    let slide = render(
        &journey,
        &ExportOptions {
            size: ExportSize::Slide(1920, 1080),
            ..at_scale(&journey, 1.0)
        },
    )
    .1;
    assert_eq!(slide.dimensions(), (1920, 1080));
    let wide = render(
        &journey,
        &ExportOptions {
            size: ExportSize::Width(1000),
            ..at_scale(&journey, 1.0)
        },
    )
    .1;
    assert_eq!(wide.width(), 1000);
}

#[test]
fn svg_has_real_text_and_the_same_size() {
    let journey = example("laptop-webshop.de.ron");
    let svg = export::svg_text(&journey, &at_scale(&journey, 1.0)).expect("svg");
    let png = render(&journey, &at_scale(&journey, 1.0)).1;
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(&format!(
        "width=\"{}\" height=\"{}\"",
        png.width(),
        png.height()
    )));
    assert!(svg.contains(">Bewusstsein</text>"), "phase names are text");
    assert!(svg.contains("font-family=\"'Journeymap Inter', Inter"));
    assert!(svg.contains("Größe") || svg.contains("Schmerzpunkte"));
}

#[test]
fn the_headers_and_lines_of_steps_are_exported() {
    use journeymap::edit::{Edit, apply};
    // The workshop starter has no steps yet: one phase of it gets two.
    let plain = example("workshop-starter.en.ron");
    let mut stepped = plain.clone();
    let interesse = stepped.phases[1].id;
    let first = stepped.phases[1].steps[0].id;
    for edit in [
        Edit::RenameStep {
            step: first,
            name: "Modellvergleich".to_owned(),
        },
        Edit::AddStep {
            phase: interesse,
            index: 1,
            name: "Testberichtrecherche".to_owned(),
        },
    ] {
        apply(&mut stepped, edit).expect("a step edit");
    }
    let svg = |journey: &Journey| export::svg_text(journey, &at_scale(journey, 1.0)).expect("svg");
    let (plain_svg, stepped_svg) = (svg(&plain), svg(&stepped));
    for name in ["Modellvergleich", "Testberichtrecherche"] {
        assert!(stepped_svg.contains(&format!(">{name}</text>")), "{name}");
    }
    // The dashes between the two steps run through every expanded lane.
    let lines = |svg: &str| svg.matches("<line ").count();
    assert!(
        lines(&stepped_svg) > lines(&plain_svg) + plain.lanes.len(),
        "dashed lines between the steps"
    );
    // The picture has the step header's shade; a map without steps has none.
    let shade = journeymap::theme::STEP_HEADER;
    let shaded = |journey: &Journey| {
        render(journey, &at_scale(journey, 1.0))
            .1
            .pixels()
            .filter(|pixel| pixel.0[..3] == [shade.r(), shade.g(), shade.b()])
            .count()
    };
    assert_eq!(shaded(&plain), 0);
    assert!(shaded(&stepped) > 2 * 200 * 20, "two header cells");
}

#[test]
fn the_picture_speaks_the_language_of_its_options() {
    // Made on a worker thread, the export cannot ask the interface: the
    // language comes with the options and reaches layout and painting.
    let journey = example("laptop-webshop.de.ron");
    let in_language = |lang| {
        export::svg_text(
            &journey,
            &ExportOptions {
                lang,
                ..at_scale(&journey, 1.0)
            },
        )
        .expect("svg")
    };
    let english = in_language(Lang::En);
    let german = in_language(Lang::De);
    for (svg, words) in [
        (&english, ["48,000", ">Word of mouth<", ">Review site<"]),
        (
            &german,
            ["48.000", ">Mundpropaganda<", ">Bewertungsportal<"],
        ),
    ] {
        for word in words {
            assert!(svg.contains(word), "no {word} in the picture");
        }
    }
    assert!(!german.contains(">Word of mouth<"));
}

#[test]
fn a_map_keeps_its_own_language_when_exported_from_an_english_interface() {
    // A consultant with an English interface exports a German map for a
    // German slide deck: numbers, the persona's age and quotation marks stay
    // German, because the language belongs to the map.
    journeymap::i18n::set_current(Lang::En);
    let svg_of = |journey: &Journey| {
        let options = ExportOptions {
            size: ExportSize::Scale(1.0),
            ..ExportOptions::for_map(journey, journeymap::i18n::current())
        };
        export::svg_text(journey, &options).expect("svg")
    };
    let german = example("laptop-webshop.de.ron");
    assert_eq!(german.language, Some(Lang::De));
    let svg = svg_of(&german);
    for word in ["48.000", "34 Jahre", ">Mundpropaganda<"] {
        assert!(svg.contains(word), "no {word} in the German map");
    }
    for word in ["48,000", "34 years", ">Word of mouth<"] {
        assert!(!svg.contains(word), "{word} in the German map");
    }

    // The same map declared English is drawn the English way.
    let english = Journey {
        language: Some(Lang::En),
        ..german.clone()
    };
    let svg = svg_of(&english);
    for word in ["48,000", "34 years", ">Word of mouth<"] {
        assert!(svg.contains(word), "no {word} in the English map");
    }
    assert!(!svg.contains("48.000"));

    // A map from before maps had a language follows the interface.
    let old = Journey {
        language: None,
        ..german
    };
    assert!(svg_of(&old).contains("48,000"));
}

#[test]
fn an_all_positive_scale_is_exported_without_plus_signs() {
    // The example's values moved onto 1 … 5 through the same edit the
    // inspector makes; the axis then reads 1 … 5, not +1 … +5.
    let signed = example("saas-trial.en.ron");
    let svg = export::svg_text(&signed, &at_scale(&signed, 1.0)).expect("svg");
    assert!(svg.contains(">+1</text>"), "the −2 … +2 axis is signed");
    let mut positive = signed.clone();
    journeymap::edit::apply(
        &mut positive,
        journeymap::edit::Edit::ChangeScale(journeymap::model::EmotionScale {
            min: 1.0,
            max: 5.0,
            step: 1.0,
        }),
    )
    .expect("the scale changes");
    let svg = export::svg_text(&positive, &at_scale(&positive, 1.0)).expect("svg");
    for label in ["1", "2", "3", "4", "5"] {
        assert!(
            svg.contains(&format!(">{label}</text>")),
            "no {label} on the axis"
        );
    }
    assert!(!svg.contains(">+1</text>"), "a +1 on the 1 … 5 axis");
    assert!(!svg.contains(">+"), "a plus sign on the 1 … 5 axis");
}

#[test]
fn a_moment_of_truth_and_actor_tags_are_in_the_picture_and_the_svg() {
    use journeymap::edit::{Edit, apply};
    use journeymap::model::Actor;
    // The example without its marks and actors, so the picture has none.
    let mut plain = example("laptop-webshop.de.ron");
    for point in plain.curves.iter_mut().flat_map(|curve| &mut curve.points) {
        point.moment_of_truth = false;
    }
    for card in &mut plain.cards {
        card.actors.clear();
    }
    let plain_svg = export::svg_text(&plain, &at_scale(&plain, 1.0)).expect("svg");
    assert!(
        !plain_svg.contains("Moment der Wahrheit"),
        "no mark, no legend entry"
    );

    let mut marked = plain.clone();
    let curve = &marked.curves[0];
    let lowest = curve
        .points
        .iter()
        .min_by(|a, b| a.value.total_cmp(&b.value))
        .expect("the curve has points");
    let mark = Edit::MarkMomentOfTruth {
        curve: curve.id,
        step: lowest.step,
        marked: true,
    };
    let persona = marked.personas[0].id;
    let actors = Edit::SetCardActors {
        card: marked.cards[0].id,
        actors: vec![
            Actor::Persona(persona),
            Actor::Name("Kundenservice-Mitarbeiterin".into()),
        ],
    };
    apply(&mut marked, mark).expect("marks");
    apply(&mut marked, actors).expect("sets actors");

    let svg = export::svg_text(&marked, &at_scale(&marked, 1.0)).expect("svg");
    assert_eq!(
        svg.matches(">Moment der Wahrheit</text>").count(),
        2,
        "the tag and the legend, in the map's language"
    );
    assert!(svg.contains("stroke=\"#9f1239\""), "the ring");
    assert!(
        svg.contains("<path d=\"M") && svg.contains("Z\" fill=\"#ffffff\""),
        "the tag's star"
    );
    assert!(svg.contains(">Kundenservice-Mitarbeiterin</text>"));
    assert!(svg.contains(&format!(">{}</text>", marked.personas[0].name)));

    // The picture shows the mark's crimson, which nothing else on the map uses.
    let crimson = |image: &RgbaImage| {
        image
            .pixels()
            .filter(|p| p.0 == [0x9F, 0x12, 0x39, 0xFF])
            .count()
    };
    let plain_png = render(&plain, &at_scale(&plain, 1.0)).1;
    let marked_png = render(&marked, &at_scale(&marked, 1.0)).1;
    assert_eq!(crimson(&plain_png), 0);
    assert!(crimson(&marked_png) > 500, "{}", crimson(&marked_png));
    // The tagged card grew, so the picture did too.
    assert!(marked_png.height() > plain_png.height());
}
