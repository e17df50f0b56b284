#![expect(
    clippy::disallowed_methods,
    reason = "test meshes carry exact colours as data; the rasterizer is checked against them"
)]

use super::*;
use egui::epaint::{ImageDelta, Vertex};
use egui::{ColorImage, Mesh, Pos2, Rect, TextureId, TextureOptions, TexturesDelta, pos2, vec2};

fn draw_clipped(mesh: Mesh, clip: Rect, size: [u32; 2], ppp: f32, bg: Color32) -> RgbaImage {
    let mut delta = TexturesDelta::default();
    let white = ColorImage::filled([2, 2], Color32::WHITE);
    delta.push(
        TextureId::default(),
        ImageDelta::full(white, TextureOptions::LINEAR),
    );
    let mut textures = TextureStore::default();
    textures.apply(&delta);
    delta.clear();
    let primitive = Primitive::Mesh(mesh);
    rasterize(
        &[ClippedPrimitive {
            clip_rect: clip,
            primitive,
        }],
        &textures,
        size,
        ppp,
        bg,
    )
}

fn draw(mesh: Mesh, size: [u32; 2], bg: Color32) -> RgbaImage {
    draw_clipped(mesh, Rect::EVERYTHING, size, 1.0, bg)
}

fn rect_mesh(min: [f32; 2], max: [f32; 2], colour: Color32) -> Mesh {
    let mut mesh = Mesh::default();
    mesh.add_colored_rect(Rect::from_min_max(min.into(), max.into()), colour);
    mesh
}

/// A 40x40 square cut into jittered cells with mixed diagonals and windings.
fn jittered_grid(colour: Color32) -> Mesh {
    let mut mesh = Mesh::default();
    let mut seed = 12_345_u32;
    for j in 0..=10 {
        for i in 0..=10 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            // Jitter below 1.25 keeps every cell convex, so its two triangles cannot overlap.
            let jitter = |k: u32, bits: u32| {
                let inner = (1..10).contains(&k);
                if inner {
                    ((seed >> bits) % 240) as f32 / 100.0 - 1.2
                } else {
                    0.0
                }
            };
            let pos = pos2(
                i as f32 * 4.0 + jitter(i, 4),
                j as f32 * 4.0 + jitter(j, 18),
            );
            mesh.colored_vertex(pos, colour);
        }
    }
    for (j, i) in (0..10).flat_map(|j| (0..10).map(move |i| (j, i))) {
        let [a, b, c, d] = [0, 1, 12, 11].map(|k| j * 11 + i + k);
        let quads = if (i + j) % 2 == 0 {
            [a, b, c, a, d, c]
        } else {
            [b, c, d, a, b, d]
        };
        mesh.indices.extend(quads);
    }
    mesh
}

#[test]
fn solid_rect_is_exact_and_follows_top_left_rule() {
    // Edges on pixel centres (x.5) belong to the left/top side only: same pixels both times.
    for o in [0.0, 0.5] {
        let red = Color32::from_rgb(200, 10, 20);
        let img = draw(
            rect_mesh([2.0 + o, 3.0 + o], [7.0 + o, 9.0 + o], red),
            [10, 12],
            Color32::BLACK,
        );
        for (x, y, p) in img.enumerate_pixels() {
            let inside = (2..7).contains(&x) && (3..9).contains(&y);
            let want = if inside {
                [200, 10, 20, 255]
            } else {
                [0, 0, 0, 255]
            };
            assert_eq!(p.0, want, "{x},{y}");
        }
    }
}

#[test]
fn shared_edges_leave_no_seam_and_no_double_blend() {
    let colour = Color32::from_rgba_unmultiplied(255, 0, 0, 128);
    let reference = draw(
        rect_mesh([0.0; 2], [40.0; 2], colour),
        [40, 40],
        Color32::WHITE,
    );
    assert_eq!(
        draw(jittered_grid(colour), [40, 40], Color32::WHITE),
        reference
    );
    // A fan whose shared centre vertex sits exactly on a pixel centre.
    let mut fan = Mesh::default();
    fan.colored_vertex(pos2(4.5, 4.5), colour);
    for (i, [x, y]) in [
        [0, 0],
        [1, 0],
        [2, 0],
        [2, 1],
        [2, 2],
        [1, 2],
        [0, 2],
        [0, 1],
    ]
    .into_iter()
    .enumerate()
    {
        fan.colored_vertex(pos2(x as f32 * 4.5, y as f32 * 4.5), colour);
        fan.add_triangle(0, i as u32 + 1, (i as u32 + 1) % 8 + 1);
    }
    assert!(
        draw(fan, [9, 9], Color32::WHITE)
            .pixels()
            .all(|p| *p == reference[(0, 0)])
    );
}

#[test]
fn long_gradients_stay_accurate() {
    // Colour 0 at x = 0.5 and 255 at x = 255.5: pixel x must come out as x.
    let mut mesh = Mesh::default();
    for (pos, grey) in [
        ([0.5, 0.0], 0),
        ([255.5, 0.0], 255),
        ([255.5, 2.0], 255),
        ([0.5, 2.0], 0),
    ] {
        mesh.colored_vertex(pos.into(), Color32::from_gray(grey));
    }
    mesh.indices.extend([0, 1, 2, 0, 2, 3]);
    let img = draw(mesh, [256, 2], Color32::TRANSPARENT);
    for (x, y, p) in img.enumerate_pixels().filter(|(x, ..)| *x < 255) {
        assert!(
            p.0[0].abs_diff(x as u8) <= 1 && p.0[3] == 255,
            "{x},{y}: {p:?}"
        );
    }
}

#[test]
fn band_boundaries_do_not_change_bytes() {
    // Whole-pixel shifts keep all fixed-point maths identical, but move the mesh across the
    // band boundaries: any dependence on where a band starts would show up as a difference.
    let render = |dy: f32| {
        let mut mesh = jittered_grid(Color32::from_rgba_unmultiplied(0, 90, 200, 100));
        for v in &mut mesh.vertices {
            // Snap to 1/64 so that adding `dy` is exact in f32.
            v.pos = ((v.pos * 2.3 + vec2(3.3, 1.7)) * 64.0).round() / 64.0 + vec2(0.0, dy);
        }
        draw(mesh, [100, 150], Color32::TRANSPARENT)
    };
    let (base, shifted) = (render(0.0), render(13.0));
    for (x, y, p) in base.enumerate_pixels().filter(|(_, y, _)| *y < 137) {
        assert_eq!(*p, shifted[(x, y + 13)], "{x},{y}");
    }
}

#[test]
fn clip_rect_is_rounded_like_egui_wgpu() {
    let mesh = rect_mesh([-100.0; 2], [100.0; 2], Color32::WHITE);
    let clip = Rect::from_min_max(pos2(2.4, 3.6), pos2(6.5, 7.2));
    for (ppp, xs, ys) in [(1.0, 2..7, 4..7), (2.0, 5..13, 7..14)] {
        let img = draw_clipped(mesh.clone(), clip, [20, 20], ppp, Color32::BLACK);
        for (x, y, p) in img.enumerate_pixels() {
            let inside = xs.contains(&x) && ys.contains(&y);
            assert_eq!(p.0[0], if inside { 255 } else { 0 }, "ppp {ppp} at {x},{y}");
        }
    }
}

#[test]
fn transparent_background_round_trips_alpha() {
    for rgba in [
        [200, 100, 50, 128],
        [10, 250, 90, 200],
        [255, 255, 255, 255],
    ] {
        let colour = Color32::from_rgba_unmultiplied(rgba[0], rgba[1], rgba[2], rgba[3]);
        let img = draw(
            rect_mesh([1.0; 2], [3.0; 2], colour),
            [4, 4],
            Color32::TRANSPARENT,
        );
        let got = img[(1, 1)].0;
        assert!(
            got.iter().zip(rgba).all(|(g, w)| g.abs_diff(w) <= 1),
            "{got:?} vs {rgba:?}"
        );
        assert_eq!(img[(0, 0)].0, [0; 4]);
    }
}

#[test]
fn odd_meshes_never_panic() {
    let mut mesh = rect_mesh([1.0; 2], [4.0; 2], Color32::RED);
    let (nan, inf) = (f32::NAN, f32::INFINITY);
    for pos in [
        pos2(nan, 1.0),
        pos2(1e30, -1e30),
        pos2(1.0, inf),
        pos2(2.0, 2.0),
    ] {
        mesh.vertices.push(Vertex {
            pos,
            uv: pos2(nan, 1e20),
            color: Color32::BLUE,
        });
    }
    mesh.indices
        .extend([4, 5, 6, 7, 7, 7, 0, 1, 99, 0, 7, 2, 5]);
    let nan_clip = Rect::from_min_max(pos2(nan, 0.0), pos2(3.0, 3.0));
    for (clip, size, ppp) in [
        (Rect::NOTHING, [6, 6], 1.0),
        (nan_clip, [6, 6], 2.0),
        (Rect::EVERYTHING, [6, 6], 1.0),
        (Rect::EVERYTHING, [0, 6], 1.0),
        (Rect::EVERYTHING, [6, 6], nan),
    ] {
        let img = draw_clipped(mesh.clone(), clip, size, ppp, Color32::WHITE);
        assert_eq!(img.dimensions(), (size[0], size[1]));
    }
}

#[test]
fn texture_updates_are_clipped_and_never_panic() {
    let (id, opts) = (TextureId::User(7), TextureOptions::NEAREST);
    let fill = |size, colour| ColorImage::filled(size, colour);
    let mut delta = TexturesDelta::default();
    delta.push(id, ImageDelta::full(fill([4, 4], Color32::RED), opts));
    delta.push(
        id,
        ImageDelta::partial([3, 3], fill([5, 5], Color32::BLUE), opts),
    );
    delta.push(
        id,
        ImageDelta::partial([9, 9], fill([2, 2], Color32::GREEN), opts),
    );
    delta.push(
        TextureId::User(8),
        ImageDelta::partial([0, 0], fill([1, 1], Color32::GREEN), opts),
    );
    let broken = ColorImage {
        size: [3, 3],
        source_size: vec2(3.0, 3.0),
        pixels: vec![],
    };
    delta.push(TextureId::User(9), ImageDelta::full(broken, opts));
    delta.push(
        TextureId::User(10),
        ImageDelta::full(fill([0, 5], Color32::RED), opts),
    );
    let mut textures = TextureStore::default();
    textures.apply(&delta);
    delta.clear();
    assert_eq!(textures.len(), 1);
    let mut mesh = Mesh::with_texture(id);
    let uv = Rect::from_min_max(Pos2::ZERO, pos2(1.0, 1.0));
    mesh.add_rect_with_uv(
        Rect::from_min_size(Pos2::ZERO, vec2(4.0, 4.0)),
        uv,
        Color32::WHITE,
    );
    let primitive = Primitive::Mesh(mesh);
    let prims = [ClippedPrimitive {
        clip_rect: Rect::EVERYTHING,
        primitive,
    }];
    let img = rasterize(&prims, &textures, [4, 4], 1.0, Color32::BLACK);
    for (x, y, p) in img.enumerate_pixels() {
        let want = if (x, y) == (3, 3) {
            [0, 0, 255, 255]
        } else {
            [255, 0, 0, 255]
        };
        assert_eq!(p.0, want, "{x},{y}");
    }
    delta.free.insert(id);
    textures.apply(&delta);
    delta.clear();
    assert!(textures.is_empty());
}

const TEXT: &str = "Größe Übersicht äöü ß";

/// Renders a label through a real `Context`; the second frame is the settled one.
fn render_label(ppp: f32) -> (RgbaImage, Rect) {
    let ctx = Context::default();
    ctx.set_theme(egui::Theme::Light);
    let screen_rect = Some(Rect::from_min_size(Pos2::ZERO, vec2(240.0, 40.0)));
    let mut input = egui::RawInput {
        screen_rect,
        ..Default::default()
    };
    if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(ppp);
    }
    let (mut textures, mut rect) = (TextureStore::default(), Rect::NOTHING);
    let mut frame = || {
        let output = ctx.run_ui(input.clone(), |ui| rect = ui.label(TEXT).rect);
        assert!((output.pixels_per_point - ppp).abs() < 1e-6);
        let size = [(240.0 * ppp) as u32, (40.0 * ppp) as u32];
        render_to_image(&ctx, output, &mut textures, size, Color32::WHITE)
    };
    let _ = frame();
    let image = frame();
    (image, rect)
}

/// `[x0, y0, x1, y1]` (inclusive) of the dark pixels.
fn dark_bounds(img: &RgbaImage) -> [u32; 4] {
    let dark = img
        .enumerate_pixels()
        .filter(|(.., p)| p.0[..3].iter().all(|&c| c < 128));
    dark.fold([u32::MAX, u32::MAX, 0, 0], |[x0, y0, x1, y1], (x, y, _)| {
        [x0.min(x), y0.min(y), x1.max(x), y1.max(y)]
    })
}

#[test]
fn label_text_is_drawn_antialiased_and_deterministic() {
    let (img, rect) = render_label(1.0);
    let [x0, y0, x1, y1] = dark_bounds(&img);
    assert!(x1 > x0 + 100, "too little text: {x0}..{x1}");
    let near_label = |x: u32, y: u32| rect.expand(1.0).contains(pos2(x as f32, y as f32));
    assert!(
        near_label(x0, y0) && near_label(x1, y1),
        "text outside {rect:?}"
    );
    assert!(
        img.pixels().any(|p| (60..200).contains(&p.0[0])),
        "no anti-aliased edge"
    );
    assert!(img.pixels().all(|p| p.0[3] == 255));
    assert_eq!(img, render_label(1.0).0);
}

#[test]
fn double_pixels_per_point_doubles_everything() {
    let (one, two) = (render_label(1.0).0, render_label(2.0).0);
    assert_eq!(two.dimensions(), (one.width() * 2, one.height() * 2));
    let ([a0, _, a1, _], [b0, _, b1, _]) = (dark_bounds(&one), dark_bounds(&two));
    assert!(
        (b1 - b0).abs_diff(2 * (a1 - a0)) <= 3,
        "{a0}..{a1} vs {b0}..{b1}"
    );
}
