//! Keyboard focus, view requests (zoom in and out, fit, 100%), and panning
//! and zooming with pointer and wheel.

use egui::{EventFilter, Key, PointerButton, Rect, Ui};

use super::{Canvas, Drag, Gesture, View, ViewRequest, ZOOM_RANGE, ZOOM_STEP};

impl Canvas {
    /// Keeps keyboard focus on the canvas when nothing else wants it, and keeps
    /// Tab, the arrows and Escape for the canvas (selection, not widget focus).
    pub(super) fn keep_keyboard_focus(&self, ui: &Ui, response: &egui::Response) {
        if ui.memory(|m| m.focused().is_none()) && self.editing.is_none() {
            response.request_focus();
        }
        if response.has_focus() {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    response.id,
                    EventFilter {
                        tab: true,
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        escape: true,
                    },
                );
            });
        }
    }

    pub(super) fn apply_requests(&mut self, bounds: Rect) {
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

    /// Panning: middle or right drag, or Space + drag; scrolling; Ctrl + scroll zooms.
    /// (A plain left drag on empty canvas draws a selection box instead.)
    pub(super) fn pan_and_zoom(&mut self, ui: &Ui, rect: Rect, response: &egui::Response) {
        let space = ui.input(|i| i.key_down(Key::Space));
        let box_select = matches!(
            self.drag,
            Some(Drag {
                gesture: Gesture::Box { .. },
                ..
            })
        );
        if response.dragged_by(PointerButton::Middle)
            || response.dragged_by(PointerButton::Secondary)
            || (response.dragged_by(PointerButton::Primary) && space && !box_select)
        {
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
            let anchor = pointer.map_or_else(|| rect.size() / 2.0, |p| p - rect.min);
            self.view.zoom_around(zoom, anchor);
        }
        self.view.offset += scroll;
    }
}
