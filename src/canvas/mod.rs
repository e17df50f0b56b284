//! The interactive swimlane canvas: shows a journey through a zoomable, pannable
//! view and exposes its phases, lanes and cards to accessibility tools.
//!
//! Architecture invariant: the canvas reads the document; it reports what the
//! user asked for and never edits the journey itself.

mod view;

pub use view::{View, ZOOM_RANGE, ZOOM_STEP};

use egui::{Id, Rect, Role, Sense, Ui, WidgetInfo};

use crate::layout::{self, MapLayout, Metrics};
use crate::model::Journey;
use crate::paint::{self, FontMeasure, MeasureCache, PaintOptions};
use crate::theme;

/// A view request from outside the canvas (toolbar, menu, keyboard).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewRequest {
    /// One step closer.
    ZoomIn,
    /// One step further away.
    ZoomOut,
    /// Show the whole map.
    Fit,
    /// 100%.
    ActualSize,
}

/// The canvas's state between frames: view and cached layout. Never saved.
#[derive(Default)]
pub struct Canvas {
    view: View,
    /// The layout and the document revision and pixel density it was made for.
    layout: Option<(u64, f32, MapLayout)>,
    /// Fit the map to the canvas on the next frame (after opening a map).
    fit_pending: bool,
    requests: Vec<ViewRequest>,
    /// Text sizes survive edits, so a relayout measures only changed text.
    measure_cache: MeasureCache,
    size: egui::Vec2,
    /// Top-left corner of the canvas on screen in the last frame.
    origin: egui::Pos2,
}

impl Canvas {
    /// A canvas that fits the first map it shows.
    pub fn new() -> Self {
        Self {
            fit_pending: true,
            ..Self::default()
        }
    }

    /// The current zoom factor (1.0 = 100%).
    pub fn zoom(&self) -> f32 {
        self.view.zoom
    }

    /// The canvas's rectangle on screen in the last frame.
    pub fn last_rect(&self) -> Rect {
        Rect::from_min_size(self.origin, self.size)
    }

    /// The current view.
    pub fn view(&self) -> View {
        self.view
    }

    /// Sets the view directly (tests, and restoring a view).
    pub fn set_view(&mut self, view: View) {
        self.view = view;
        self.fit_pending = false;
    }

    /// The transform used in the last frame, from map points to screen points.
    pub fn screen_from_map(&self) -> egui::emath::TSTransform {
        self.view.screen_from_map(self.origin)
    }

    /// Asks for a view change on the next frame.
    pub fn request(&mut self, request: ViewRequest) {
        self.requests.push(request);
    }

    /// Fits the next map shown (call after opening a document).
    pub fn reset_view(&mut self) {
        self.fit_pending = true;
        self.layout = None;
        self.measure_cache.clear();
    }

    /// The layout of `journey` at `revision`, recomputed only when the document changed.
    pub fn layout(&mut self, ctx: &egui::Context, journey: &Journey, revision: u64) -> &MapLayout {
        let ppp = ctx.pixels_per_point();
        let stale = !matches!(&self.layout, Some((r, p, _)) if *r == revision && p.to_bits() == ppp.to_bits());
        if stale {
            let measure = FontMeasure::cached(ctx, &self.measure_cache);
            let computed = layout::layout(journey, &Metrics::default(), &measure);
            self.layout = Some((revision, ppp, computed));
        }
        match &self.layout {
            Some((_, _, layout)) => layout,
            None => unreachable!("the layout was just stored"),
        }
    }

    /// Shows the canvas filling `ui`.
    pub fn ui(&mut self, ui: &mut Ui, journey: &Journey, revision: u64) {
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        response.widget_info(|| WidgetInfo::labeled(Role::ScrollView, true, "Journey map canvas"));
        self.size = rect.size();
        self.origin = rect.min;
        let bounds = self.layout(ui.ctx(), journey, revision).bounds;
        self.apply_requests(bounds);
        self.pan_and_zoom(ui, rect, &response);

        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, theme::CANVAS_BACKGROUND);
        let screen_from_map = self.view.screen_from_map(rect.min);
        let Some((_, _, layout)) = &self.layout else {
            return;
        };
        // The paper's shadow makes the map read as a sheet on a desk.
        let paper = screen_from_map * layout.bounds;
        painter.rect_filled(paper.translate(egui::vec2(0.0, 3.0)), 4.0, theme::SHADOW);
        paint::paint_map(
            &painter,
            journey,
            layout,
            screen_from_map,
            PaintOptions::default(),
        );
        accessibility_nodes(ui, journey, layout, screen_from_map, rect);
    }

    fn apply_requests(&mut self, bounds: Rect) {
        let size = self.size;
        if self.fit_pending && size.min_elem() > 0.0 {
            self.view = View::fit(bounds, size, 1.0);
            self.fit_pending = false;
        }
        for request in std::mem::take(&mut self.requests) {
            match request {
                ViewRequest::ZoomIn => self.view.zoom_around(ZOOM_STEP, size / 2.0),
                ViewRequest::ZoomOut => self.view.zoom_around(1.0 / ZOOM_STEP, size / 2.0),
                ViewRequest::Fit => self.view = View::fit(bounds, size, ZOOM_RANGE.1),
                ViewRequest::ActualSize => self.view.actual_size(size),
            }
        }
    }

    fn pan_and_zoom(&mut self, ui: &Ui, rect: Rect, response: &egui::Response) {
        if response.dragged() {
            self.view.offset += response.drag_delta();
        }
        if !response.hovered() && !response.contains_pointer() {
            return;
        }
        let (zoom, scroll, pointer) = ui.input(|i| {
            (
                i.zoom_delta(),
                i.smooth_scroll_delta(),
                i.pointer.hover_pos(),
            )
        });
        if (zoom - 1.0).abs() > f32::EPSILON {
            let anchor = pointer.map_or(rect.size() / 2.0, |p| p - rect.min);
            self.view.zoom_around(zoom, anchor);
        }
        self.view.offset += scroll;
    }
}

/// Gives every visible phase header, lane header and card an accessible name, so
/// screen readers and UI tests find them by their text.
fn accessibility_nodes(
    ui: &Ui,
    journey: &Journey,
    layout: &MapLayout,
    screen_from_map: egui::emath::TSTransform,
    clip: Rect,
) {
    let expose = |id: Id, rect_in_map: Rect, label: &str| {
        let rect = screen_from_map * rect_in_map;
        if !rect.intersects(clip) {
            return;
        }
        let response = ui.interact(rect.intersect(clip), id, Sense::hover());
        let label = label.to_owned();
        response.widget_info(move || WidgetInfo::labeled(Role::Button, true, &label));
    };
    for (phase, phase_layout) in journey.phases.iter().zip(&layout.phases) {
        expose(
            Id::unique(("phase", phase.id)),
            phase_layout.header,
            &phase.name,
        );
    }
    for (lane, lane_layout) in journey.lanes.iter().zip(&layout.lanes) {
        expose(
            Id::unique(("lane", lane.id)),
            lane_layout.header,
            &lane.name,
        );
    }
    for (card, card_layout) in journey.cards.iter().zip(&layout.cards) {
        if !card_layout.hidden {
            expose(Id::unique(("card", card.id)), card_layout.rect, &card.title);
        }
    }
}
