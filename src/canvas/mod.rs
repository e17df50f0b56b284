//! The interactive swimlane canvas: shows a journey through a zoomable, pannable
//! view, lets the user select, drag and type on it, and exposes its phases,
//! steps, lanes, cards and emotion points to accessibility tools.
//!
//! Architecture invariant: the canvas reads the document; it never edits the
//! journey itself. What the user does comes out of [`Canvas::ui`] as
//! [`Edit`]s, which the app applies at the end of the frame. Interaction state
//! (selection, drag, text being typed, zoom) lives here and is never saved.

mod access;
mod cache;
mod drag;
mod emotion_items;
mod frame;
mod gesture;
pub mod hit;
mod items;
mod overlay;
mod reveal;
mod selection;
mod step_items;
mod text;
mod view;
mod view_input;

pub use access::Access;
pub use gesture::{Drag, DropTarget, Gesture};
use reveal::FindMarks;
pub use reveal::Reveal;
pub use selection::{Direction, Selection};
pub use step_items::{step_label, step_name};
pub use text::TextTarget;
pub use view::{View, ZOOM_RANGE, ZOOM_STEP};

use std::rc::Rc;

use egui::{Rect, Role, Sense, Ui, WidgetInfo};

use crate::edit::Edit;
use crate::i18n::{Lang, text::canvas as t, tr};
use crate::model::{CardId, CurveId, Journey, LaneId, StepId};
use crate::paint::{self, MeasureCache, PaintOptions};
use crate::theme;

use cache::CachedLayout;
use text::TextEditing;

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

/// Which context menu the app should fill (with commands that act on the selection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuFor {
    /// Right-click on a card: the selected cards.
    Cards,
    /// Right-click on an empty spot in a cell.
    Cell,
    /// Right-click on a phase header.
    Phase,
    /// Right-click on a step header.
    Step,
    /// Right-click on a lane header.
    Lane,
    /// Right-click on an emotion point.
    Point,
    /// Right-click on a curve in the legend.
    Curve,
}

/// Fills a context menu; the app passes one that lists its commands.
pub type ContextMenu<'a> = dyn FnMut(&mut Ui, MenuFor) + 'a;

/// How the canvas paints: everything, in the language the layout was made for.
fn paint_options(lang: Lang) -> PaintOptions {
    PaintOptions {
        lang,
        ..PaintOptions::default()
    }
}

/// The canvas's state between frames: view, cached layout and interaction. Never saved.
#[derive(Default)]
pub struct Canvas {
    view: View,
    layout: Option<Rc<CachedLayout>>,
    /// Fit the map to the canvas on the next frame (after opening a map).
    fit_pending: bool,
    requests: Vec<ViewRequest>,
    /// Text sizes survive edits, so a relayout measures only changed text.
    measure_cache: MeasureCache,
    size: egui::Vec2,
    selection: Selection,
    /// The card the keyboard moves from: the last one clicked or reached.
    focus_card: Option<CardId>,
    /// The cell last clicked: where pasted text and new cards go.
    current_cell: Option<(LaneId, StepId)>,
    /// The curve a click in an empty phase of the emotion lane sets.
    active_curve: Option<CurveId>,
    drag: Option<Drag>,
    drop: Option<DropTarget>,
    editing: Option<TextEditing>,
    /// Scroll this into view on the next frame (keyboard, new items, find).
    reveal: Option<Reveal>,
    /// The find bar's matches, marked on the map.
    find: FindMarks,
    /// Where the hover "+" is drawn this frame (map space) and whether it is hovered.
    add_button: Option<(egui::Pos2, bool)>,
    /// Edits of this frame, handed to the app at its end.
    edits: Vec<Edit>,
    /// Top-left corner of the canvas on screen in the last frame.
    origin: egui::Pos2,
    /// What the user may do here, as the app's mode says.
    access: Access,
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

    /// Where a card was drawn in the last frame, on screen (benchmarks and tests).
    pub fn card_screen_rect(&self, card: CardId) -> Option<Rect> {
        let cached = self.layout.as_ref()?;
        let layout = cached.layout.cards.get(*cached.card_index.get(&card)?)?;
        Some(self.screen_from_map() * layout.rect)
    }

    /// Asks for a view change on the next frame.
    pub fn request(&mut self, request: ViewRequest) {
        self.requests.push(request);
    }

    /// Fits the next map shown and forgets everything about the last one.
    pub fn reset_view(&mut self) {
        let measure_cache = std::mem::take(&mut self.measure_cache);
        measure_cache.clear();
        *self = Self {
            measure_cache,
            ..Self::new()
        };
    }

    /// What is selected.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// Replaces the selection.
    pub fn select(&mut self, selection: Selection) {
        if let Selection::Cards(cards) = &selection {
            self.focus_card = cards.iter().next_back().copied();
        }
        if let Selection::Curve(curve) | Selection::Point { curve, .. } = &selection {
            self.active_curve = Some(*curve);
        }
        self.selection = selection;
    }

    /// Whether a drag or an in-place text edit is in progress.
    pub fn is_busy(&self) -> bool {
        self.drag.is_some() || self.editing.is_some()
    }

    /// A drag in progress (benchmarks start one to measure its frame).
    pub fn drag(&self) -> Option<&Drag> {
        self.drag.as_ref()
    }

    /// Opens the in-place editor on `target` (Enter, double-click, "Add card"),
    /// where the map may be edited.
    pub fn start_editing(&mut self, target: TextTarget, journey: &Journey) {
        if !self.access.may_edit() {
            return;
        }
        self.drag = None;
        self.editing = TextEditing::open(target, journey);
    }

    /// Sets what the user may do on the canvas from now on. Taking editing
    /// away ends any typing or drag that would change the map.
    pub fn set_access(&mut self, access: Access) {
        self.access = access;
        if !access.may_edit() {
            self.editing = None;
            if self
                .drag
                .as_ref()
                .is_some_and(|drag| drag.gesture.changes_map())
            {
                self.drag = None;
                self.drop = None;
            }
        }
        if !access.may_select() {
            self.selection = Selection::None;
        }
    }

    /// What the user may do on the canvas.
    pub fn access(&self) -> Access {
        self.access
    }

    /// Opens the in-place editor on the selection (Enter).
    pub fn edit_selection(&mut self, journey: &Journey) {
        let target = match &self.selection {
            Selection::Cards(cards) => self
                .focus_card
                .filter(|id| cards.contains(id))
                .or_else(|| cards.iter().next().copied())
                .map(TextTarget::Card),
            Selection::Phase(phase) => Some(TextTarget::Phase(*phase)),
            Selection::Step(step) => Some(TextTarget::Step(*step)),
            Selection::Lane(lane) => Some(TextTarget::Lane(*lane)),
            Selection::Point { curve, step } => Some(TextTarget::PointLabel {
                curve: *curve,
                step: *step,
            }),
            Selection::Curve(_) | Selection::None => None,
        };
        if let Some(target) = target {
            self.start_editing(target, journey);
        }
    }

    /// Shows the canvas filling `ui` and returns the edits the user made.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        journey: &Journey,
        revision: u64,
        menu: &mut ContextMenu<'_>,
    ) -> Vec<Edit> {
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        response.widget_info(|| WidgetInfo::labeled(Role::ScrollView, true, tr(t::MAP)));
        self.keep_keyboard_focus(ui, &response);
        self.size = rect.size();
        self.origin = rect.min;
        let cached = self.cached_layout(journey, revision);
        let layout = &cached.layout;
        self.apply_requests(layout.bounds);
        self.reveal_pending(&cached, rect);
        self.pan_and_zoom(ui, rect, &response);

        let screen_from_map = self.view.screen_from_map(rect.min);
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, theme::CANVAS_BACKGROUND);
        // The paper's shadow makes the map read as a sheet on a desk.
        let paper = screen_from_map * layout.bounds;
        painter.rect_filled(
            paper.translate(egui::vec2(0.0, theme::SHEET_SHADOW_OFFSET)),
            theme::CANVAS_SHEET_SHADOW_RADIUS,
            theme::SHADOW,
        );
        paint::paint_map(
            &painter,
            journey,
            layout,
            screen_from_map,
            paint_options(cached.lang),
        );

        let frame = items::FrameInfo {
            journey,
            cached: &cached,
            screen_from_map,
            clip: rect,
        };
        self.items_ui(ui, &frame, menu);
        self.background_ui(ui, &frame, &response, menu);
        self.track_drag(ui, &frame);
        let map = paint::MapPainter::new(&painter, screen_from_map, paint_options(cached.lang));
        self.paint_overlay(ui, &map, &frame);
        self.text_editor_ui(ui, &frame);
        let edits = std::mem::take(&mut self.edits);
        if self.access.may_edit() {
            edits
        } else {
            Vec::new()
        }
    }
}
