//! The reader on small hand-written pictures.

use super::*;

#[test]
fn a_text_on_a_card_is_measured_against_the_card_and_in_output_pixels() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 100 50">
<defs><clipPath id="c0"><rect x="0" y="0" width="60" height="50"/></clipPath></defs>
<rect x="0" y="0" width="100" height="50" fill="#ffffff"/>
<rect x="10" y="10" width="50" height="30" rx="3" fill="#fff4c2"/>
<text x="12 18 24" y="25" font-size="10" fill="#e0b100" clip-path="url(#c0)">Ab1</text>
<text x="70 76" y="25" font-size="14" font-weight="700" fill="#1f2937">Hi</text>
</svg>"##;
    let picture = read(svg, Color32::WHITE);
    assert!((picture.px_per_unit - 2.0).abs() < 1e-6);
    assert_eq!(picture.base, Color32::WHITE);
    let card_text = &picture.texts[0];
    assert_eq!(card_text.clip.map(|c| c.width()), Some(60.0));
    assert!((card_text.bounds.left() - 12.0).abs() < 1e-4);
    assert!((card_text.bounds.bottom() - (25.0 + INTER_DESCENT * 10.0)).abs() < 1e-4);
    assert!((card_text.size_px - 20.0).abs() < 1e-4);
    assert!(card_text.overflow().abs() < f32::EPSILON, "inside its clip");
    assert_eq!(hex(card_text.behind), "#fff4c2");
    let ratio = card_text.ratio.unwrap();
    let expected = theme::contrast_ratio(theme::hex(0x00E0_B100), theme::hex(0x00FF_F4C2));
    assert!((ratio - expected).abs() < 0.01, "{ratio} vs {expected}");
    assert!(card_text.required_ratio() > 4.0);
    let large = &picture.texts[1];
    assert!(large.bold && (large.size_px - 28.0).abs() < 1e-4);
    assert!((large.required_ratio() - 3.0).abs() < f32::EPSILON);
    let failures = picture.failures();
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(failures[0].contains("\"Ab1\"") && failures[0].contains("#e0b100"));
}

#[test]
fn see_through_fills_and_meshes_are_composited_in_order_and_clips_hide_text() {
    let svg = r##"<svg width="100" height="100" viewBox="0 0 100 100">
<defs><clipPath id="c0"><rect x="0" y="0" width="5" height="5"/></clipPath></defs>
<path d="M0 0L100 0L0 100Z M100 100L100 0L0 100Z" fill="#000000" fill-opacity="0.5"/>
<text x="40" y="50" font-size="10" fill="#ffffff">X</text>
<text x="40" y="50" font-size="10" fill="#ffffff" clip-path="url(#c0)">Y</text>
</svg>"##;
    let picture = read(svg, Color32::WHITE);
    // Half of black over white, the opacity taken to a byte as viewers do.
    assert_eq!(hex(picture.texts[0].behind), "#7f7f7f");
    assert_eq!(picture.texts[1].ratio, None, "clipped away");
    // Its line reaches from above the clip down to past its bottom at 5.
    let overflow = picture.texts[1].overflow();
    assert!(
        (overflow - (50.0 + INTER_DESCENT * 10.0 - 5.0)).abs() < 1e-3,
        "{overflow}"
    );
    assert_eq!(picture.visible_texts().count(), 1);
}

#[test]
fn an_evidence_ring_and_icons_are_symbols() {
    // A ring of radius 8, stroked outside it as egui does: the SVG circle
    // runs through the stroke's middle.
    let ring = theme::EVIDENCE_RING_WIDTH / theme::EVIDENCE_DOT_RADIUS * 8.0;
    let r = 8.0 + ring / 2.0;
    let icon = theme::lane_icon(LaneKind::Goals);
    let svg = format!(
        r##"<svg width="100" height="100" viewBox="0 0 100 100">
<circle cx="50" cy="50" r="{r}" fill="none" stroke="#e0b100" stroke-width="{ring}"/>
<text x="10" y="20" font-size="14" fill="#1f2937">{icon}</text>
</svg>"##
    );
    let picture = read(&svg, Color32::WHITE);
    assert!(picture.texts.is_empty());
    let kinds: Vec<SymbolKind> = picture.symbols.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [SymbolKind::LaneIcon, SymbolKind::EvidenceDot]);
    assert!(picture.symbols[1].ratio < 3.0);
    assert_eq!(picture.failures().len(), 1);
}
