//! What every item of one canvas frame needs (the document, its cached
//! layout, the view) and how an item becomes an accessible egui widget.
//! Its own file, so the item code and the in-place text editor both use it
//! without importing each other.

use egui::emath::TSTransform;
use egui::{Id, Pos2, Rect, Response, Role, Sense, Ui, WidgetInfo};

use crate::model::Journey;
use crate::theme;

use super::CachedLayout;

/// What every item of one frame needs: the document, its layout and the view.
pub(super) struct FrameInfo<'a> {
    pub journey: &'a Journey,
    pub cached: &'a CachedLayout,
    pub screen_from_map: TSTransform,
    /// The canvas on screen.
    pub clip: Rect,
}

impl FrameInfo<'_> {
    pub fn to_map(&self, screen: Pos2) -> Pos2 {
        self.screen_from_map.inverse() * screen
    }

    /// A grab margin of `screen_points` in map points.
    pub(super) fn margin(&self) -> f32 {
        theme::GRAB_MARGIN / self.screen_from_map.scaling
    }

    /// An interactive item at `rect_in_map`, if it is on screen (or `force`d,
    /// because it is being dragged), named `label` for accessibility.
    pub(super) fn item(
        &self,
        ui: &Ui,
        id: Id,
        rect_in_map: Rect,
        sense: Sense,
        force: bool,
        label: impl Fn() -> String,
    ) -> Option<Response> {
        self.item_with_value(ui, id, rect_in_map, sense, force, || (label(), None))
    }

    /// Like [`Self::item`], with a value read after the name (a KPI card's
    /// number, as the map writes it).
    pub(super) fn item_with_value(
        &self,
        ui: &Ui,
        id: Id,
        rect_in_map: Rect,
        sense: Sense,
        force: bool,
        label_and_value: impl Fn() -> (String, Option<String>),
    ) -> Option<Response> {
        let rect = self.screen_from_map * rect_in_map;
        let visible = rect.intersect(self.clip);
        if !force && !visible.is_positive() {
            return None;
        }
        let rect = if visible.is_positive() { visible } else { rect };
        let response = ui.interact(rect, id, sense);
        response.widget_info(|| {
            let (label, value) = label_and_value();
            WidgetInfo {
                current_text_value: value,
                ..WidgetInfo::labeled(Role::Button, true, label)
            }
        });
        Some(response)
    }
}
