//! File → New from Template…: a gallery of every template with a preview
//! thumbnail, its title, what it is for and its phases, and the language the
//! new map is written in.
//!
//! The gallery lists [`templates::catalog`], the same list `journeymap
//! templates` prints. Choosing one only answers; the app then starts the new
//! map through the unsaved-changes guard, like File → New.

use egui::text::{LayoutJob, TextWrapping};
use egui::{Align, Color32, CornerRadius, Layout, Rect, Sense, Stroke, StrokeKind, Ui, vec2};

use super::template_previews::{Preview, TemplatePreviews};
use crate::i18n::{Lang, text::templates as t, tr, tr_args};
use crate::templates::{self, Template, TemplateKind};
use crate::theme;

/// Size of a preview thumbnail in points (16:9, like a slide).
const THUMBNAIL: egui::Vec2 = vec2(256.0, 144.0);
/// Space inside a tile around its thumbnail and text.
const TILE_PADDING: f32 = 8.0;
/// Space between tiles.
const TILE_GAP: f32 = 12.0;
/// Tiles per row: six phase models fill two rows, three examples one.
const COLUMNS: u8 = 3;

/// What the dialog decided this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateAnswer {
    /// Start a new map from this template, in this language.
    Create {
        /// The chosen template.
        template: &'static str,
        /// The language of the new map's names.
        lang: Lang,
    },
    /// Close without a new map.
    Cancel,
}

/// The texts of one tile, in the interface's language and the content's.
struct TileText {
    template: &'static Template,
    title: String,
    description: String,
    phases: String,
    /// The content's language, shown on examples (which keep their own).
    badge: Option<&'static str>,
}

/// The open dialog.
pub struct TemplateDialog {
    /// Index in the catalog of the chosen tile.
    selected: usize,
    /// The language of the new map's phase and lane names.
    lang: Lang,
    /// Tile texts for (interface language, content language); rebuilt when either changes.
    tiles: Option<((Lang, Lang), Vec<TileText>)>,
    focus_pending: bool,
}

impl TemplateDialog {
    /// The dialog with the first template chosen and the new map in `lang`
    /// (the interface's language, unless the user picks another).
    pub fn new(lang: Lang) -> Self {
        Self {
            selected: 0,
            lang,
            tiles: None,
            focus_pending: true,
        }
    }

    fn tiles(&mut self) -> &[TileText] {
        let key = (crate::i18n::current(), self.lang);
        if self.tiles.as_ref().is_none_or(|(built, _)| *built != key) {
            let tiles = templates::catalog()
                .iter()
                .map(|template| TileText {
                    template,
                    title: template.title(key.0),
                    description: template.description(key.0),
                    phases: template.phase_names(self.lang).join(" → "),
                    badge: (template.kind() == TemplateKind::Example)
                        .then(|| template.content_lang(self.lang).code()),
                })
                .collect();
            self.tiles = Some((key, tiles));
        }
        self.tiles.as_ref().map_or(&[], |(_, tiles)| tiles)
    }

    /// Shows the dialog; returns the decision once made. A double-click on a
    /// tile or Enter creates, Escape cancels.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        previews: &mut TemplatePreviews,
    ) -> Option<TemplateAnswer> {
        let mut answer = None;
        let content_width = f32::from(COLUMNS) * tile_width() + f32::from(COLUMNS - 1) * TILE_GAP;
        let modal = egui::Modal::new(egui::Id::unique("template_dialog")).show(ctx, |ui| {
            // Room on the right for the scroll bar, which floats over content.
            ui.set_width(content_width + ui.spacing().scroll.bar_width + 8.0);
            ui.heading(tr(t::DIALOG_TITLE));
            ui.label(egui::RichText::new(tr(t::DIALOG_INTRO)).weak());
            ui.add_space(8.0);
            self.language_ui(ui);
            ui.add_space(8.0);
            // A fixed height: an auto-sized scroll area grows over several
            // frames, and the dialog would drift while the user aims at it.
            // Leave room for the heading above and the buttons below.
            let height = gallery_height(ui)
                .min(ctx.content_rect().height() - 240.0)
                .max(THUMBNAIL.y);
            egui::ScrollArea::vertical()
                .min_scrolled_height(height)
                .max_height(height)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if let Some(create) = self.gallery_ui(ui, previews) {
                        answer = Some(create);
                    }
                });
            ui.add_space(10.0);
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                // The main action stands out in the selection colour.
                let selection = ui.visuals().selection;
                let create = ui.add(
                    egui::Button::new(
                        egui::RichText::new(tr(t::DIALOG_CREATE)).color(selection.stroke.color),
                    )
                    .fill(selection.bg_fill)
                    .min_size(vec2(96.0, 0.0)),
                );
                if create.clicked() {
                    answer = Some(self.create());
                }
                if ui.button(tr(t::DIALOG_CANCEL)).clicked() {
                    answer = Some(TemplateAnswer::Cancel);
                }
            });
        });
        if answer.is_none()
            && ctx.memory(|memory| memory.focused().is_none())
            && ctx.input(|input| input.key_pressed(egui::Key::Enter))
        {
            answer = Some(self.create());
        }
        if answer.is_none() && modal.should_close() {
            answer = Some(TemplateAnswer::Cancel);
        }
        if previews.poll(ctx) {
            // No repaint comes from the worker; look again shortly.
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        answer
    }

    fn create(&self) -> TemplateAnswer {
        let template = &templates::catalog()[self.selected.min(templates::catalog().len() - 1)];
        TemplateAnswer::Create {
            template: template.name,
            lang: self.lang,
        }
    }

    fn language_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            ui.label(tr(t::DIALOG_LANGUAGE));
            for lang in Lang::ALL {
                // A language is offered under its own name, as pickers do.
                ui.selectable_value(&mut self.lang, lang, lang.native_name());
            }
        });
    }

    /// The tiles, phase models first, then examples. Returns a decision made
    /// by double-click or Enter on a tile.
    fn gallery_ui(
        &mut self,
        ui: &mut Ui,
        previews: &mut TemplatePreviews,
    ) -> Option<TemplateAnswer> {
        let lang = self.lang;
        let mut selected = self.selected;
        let focus = std::mem::take(&mut self.focus_pending);
        let mut create = false;
        let tiles = self.tiles();
        for (kind, heading) in [
            (TemplateKind::PhaseModel, t::DIALOG_MODELS),
            (TemplateKind::Example, t::DIALOG_EXAMPLES),
        ] {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.strong(tr(heading));
                if kind == TemplateKind::Example {
                    ui.label(
                        egui::RichText::new(tr(t::DIALOG_EXAMPLES_NOTE))
                            .weak()
                            .small(),
                    );
                }
            });
            ui.add_space(4.0);
            let indices: Vec<usize> = (0..tiles.len())
                .filter(|&i| tiles[i].template.kind() == kind)
                .collect();
            for row in indices.chunks(usize::from(COLUMNS)) {
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = TILE_GAP;
                    for &index in row {
                        let response =
                            tile_ui(ui, &tiles[index], index == selected, previews, lang);
                        if focus && index == selected {
                            response.request_focus();
                        }
                        if response.clicked() || response.gained_focus() {
                            selected = index;
                        }
                        let entered = response.has_focus()
                            && ui.input(|input| input.key_pressed(egui::Key::Enter));
                        if response.double_clicked() || entered {
                            selected = index;
                            create = true;
                        }
                    }
                });
                ui.add_space(TILE_GAP);
            }
        }
        self.selected = selected;
        create.then(|| self.create())
    }
}

fn tile_width() -> f32 {
    THUMBNAIL.x + 2.0 * TILE_PADDING
}

/// Heights of a line of body text and of small text.
fn row_heights(ui: &Ui) -> (f32, f32) {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    ui.ctx()
        .fonts_mut(|fonts| (fonts.row_height(&body), fonts.row_height(&small)))
}

/// A tile's height: every tile reserves the same rows (one for the title,
/// three for the description, two for the phases), so tiles line up.
fn tile_height(ui: &Ui) -> f32 {
    let (body_row, small_row) = row_heights(ui);
    TILE_PADDING + THUMBNAIL.y + 8.0 + body_row + 4.0 + 5.0 * small_row + 6.0 + TILE_PADDING
}

/// The height of the whole gallery: section headings and rows of tiles.
fn gallery_height(ui: &Ui) -> f32 {
    let (body_row, _) = row_heights(ui);
    let columns = usize::from(COLUMNS);
    let mut height = 0.0;
    for kind in [TemplateKind::PhaseModel, TemplateKind::Example] {
        let count = templates::catalog()
            .iter()
            .filter(|template| template.kind() == kind)
            .count();
        #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
        let rows = count.div_ceil(columns) as f32;
        height += 8.0 + body_row + 4.0 + rows * (tile_height(ui) + TILE_GAP);
    }
    height
}

/// One template as a tile: thumbnail, title, description and phases. The
/// whole tile is one widget named by the title, so screen readers and tests
/// find it by that.
fn tile_ui(
    ui: &mut Ui,
    tile: &TileText,
    selected: bool,
    previews: &mut TemplatePreviews,
    lang: Lang,
) -> egui::Response {
    let style = std::sync::Arc::clone(ui.style());
    let visuals = &style.visuals;
    let inner = THUMBNAIL.x;
    let body = egui::TextStyle::Body.resolve(&style);
    let small = egui::TextStyle::Small.resolve(&style);
    let text = |ui: &Ui, text: &str, font: egui::FontId, color: Color32, rows: usize| {
        let mut job = LayoutJob::simple(text.to_owned(), font, color, inner);
        job.wrap = TextWrapping {
            max_width: inner,
            max_rows: rows,
            break_anywhere: false,
            overflow_character: Some('…'),
        };
        ui.painter().layout_job(job)
    };
    let title_galley = text(
        ui,
        &tile.title,
        body.clone(),
        visuals.strong_text_color(),
        1,
    );
    let description = text(
        ui,
        &tile.description,
        small.clone(),
        visuals.text_color(),
        3,
    );
    let phases = text(
        ui,
        &tile.phases,
        small.clone(),
        visuals.weak_text_color(),
        2,
    );
    // Every tile reserves the same rows, so tiles line up whatever their text.
    let (body_row, small_row) = ui
        .ctx()
        .fonts_mut(|fonts| (fonts.row_height(&body), fonts.row_height(&small)));
    let height = TILE_PADDING
        + THUMBNAIL.y
        + 8.0
        + body_row
        + 4.0
        + 3.0 * small_row
        + 6.0
        + 2.0 * small_row
        + TILE_PADDING;
    let (rect, response) = ui.allocate_exact_size(vec2(tile_width(), height), Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::ListItem, true, selected, &tile.title)
    });
    let response = response.on_hover_text(format!("{}\n\n{}", tile.description, tile.phases));
    if !ui.is_rect_visible(rect) {
        return response;
    }

    let painter = ui.painter();
    let (fill, stroke) = if selected {
        (
            theme::selected_tile_fill(visuals.selection.bg_fill),
            visuals.selection.stroke,
        )
    } else if response.hovered() || response.has_focus() {
        (visuals.faint_bg_color, visuals.widgets.hovered.bg_stroke)
    } else {
        (
            visuals.faint_bg_color,
            visuals.widgets.noninteractive.bg_stroke,
        )
    };
    let stroke = Stroke::new(if selected { 2.0 } else { 1.0 }, stroke.color);
    painter.rect(
        rect,
        CornerRadius::same(8),
        fill,
        stroke,
        StrokeKind::Inside,
    );

    let thumbnail = Rect::from_min_size(rect.min + vec2(TILE_PADDING, TILE_PADDING), THUMBNAIL);
    thumbnail_ui(ui, thumbnail, tile.template, previews, lang);
    if let Some(code) = tile.badge {
        badge(ui, thumbnail, &code.to_uppercase());
    }

    let mut y = thumbnail.bottom() + 8.0;
    let x = rect.left() + TILE_PADDING;
    painter.galley(egui::pos2(x, y), title_galley, visuals.strong_text_color());
    y += body_row + 4.0;
    painter.galley(egui::pos2(x, y), description, visuals.text_color());
    y += 3.0 * small_row + 6.0;
    painter.galley(egui::pos2(x, y), phases, visuals.weak_text_color());
    response
}

/// The thumbnail in `rect`: the top of the map, as wide as the rect; a
/// placeholder while it is drawn.
fn thumbnail_ui(
    ui: &Ui,
    rect: Rect,
    template: &'static Template,
    previews: &mut TemplatePreviews,
    lang: Lang,
) {
    let painter = ui.painter();
    let radius = CornerRadius::same(4);
    painter.rect_filled(rect, radius, theme::PAPER);
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a few hundred pixels"
    )]
    let width_px = (rect.width() * ui.ctx().pixels_per_point()).round() as u32;
    match previews.get(template, lang, width_px) {
        Preview::Ready(texture) => {
            let [width, height] = texture.size_vec2().into();
            // Pictures taller than the frame show their top: the phase
            // headers and first lanes say most about a template.
            let shown = (rect.height() / (rect.width() * height / width)).min(1.0);
            let image_height = rect.width() * height / width * shown;
            let image_rect = Rect::from_min_size(
                rect.min + vec2(0.0, ((rect.height() - image_height) / 2.0).max(0.0)),
                vec2(rect.width(), image_height),
            );
            let uv = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, shown));
            painter.image(texture.id(), image_rect, uv, Color32::WHITE);
        }
        Preview::Pending => {
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                tr(t::DIALOG_PREVIEW_LOADING),
                egui::TextStyle::Small.resolve(ui.style()),
                ui.visuals().weak_text_color(),
            );
        }
        Preview::Failed(reason) => {
            let message = tr_args(t::DIALOG_PREVIEW_FAILED, &[("reason", reason.into())]);
            let mut job = LayoutJob::simple(
                message,
                egui::TextStyle::Small.resolve(ui.style()),
                ui.visuals().weak_text_color(),
                rect.width() - 16.0,
            );
            job.halign = Align::Center;
            let galley = painter.layout_job(job);
            painter.galley(
                rect.center() - vec2(0.0, galley.size().y / 2.0),
                galley,
                Color32::WHITE,
            );
        }
    }
    painter.rect_stroke(
        rect,
        radius,
        ui.visuals().widgets.noninteractive.bg_stroke,
        StrokeKind::Inside,
    );
}

/// The content language of an example, in the thumbnail's corner.
fn badge(ui: &Ui, thumbnail: Rect, code: &str) {
    let painter = ui.painter();
    let visuals = ui.visuals();
    let galley = painter.layout_no_wrap(
        code.to_owned(),
        egui::TextStyle::Small.resolve(ui.style()),
        visuals.strong_text_color(),
    );
    let size = galley.size() + vec2(10.0, 4.0);
    let rect = Rect::from_min_size(thumbnail.right_top() + vec2(-size.x - 6.0, 6.0), size);
    painter.rect(
        rect,
        CornerRadius::same(4),
        visuals.extreme_bg_color,
        visuals.widgets.noninteractive.bg_stroke,
        StrokeKind::Inside,
    );
    painter.galley(
        rect.min + vec2(5.0, 2.0),
        galley,
        visuals.strong_text_color(),
    );
}
