//! How numbers, colours and text are spelled in the SVG: compact, and the
//! same for the same drawing on every run.

use egui::Color32;

/// A number with at most two decimals and no trailing zeros: compact and stable.
pub(super) fn num(value: f32) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

fn color_attr(name: &str, color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let opacity = if a == 255 {
        String::new()
    } else {
        format!(" {name}-opacity=\"{}\"", num(f32::from(a) / 255.0))
    };
    format!(" {name}=\"#{r:02x}{g:02x}{b:02x}\"{opacity}")
}

pub(super) fn fill_attr(color: Color32) -> String {
    if color.a() == 0 {
        " fill=\"none\"".to_owned()
    } else {
        color_attr("fill", color)
    }
}

pub(super) fn stroke_attr(width: f32, color: Color32) -> String {
    if width <= 0.0 || color.a() == 0 {
        String::new()
    } else {
        format!(
            "{} stroke-width=\"{}\"",
            color_attr("stroke", color),
            num(width)
        )
    }
}

pub(super) fn clip_attr(clip: Option<&str>) -> String {
    clip.map(|id| format!(" clip-path=\"url(#{id})\""))
        .unwrap_or_default()
}

pub(super) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
