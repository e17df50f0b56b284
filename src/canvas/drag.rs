//! Following a drag in progress each frame: its drop target, Escape to
//! cancel, and on release the one edit of the whole gesture (or the cards a
//! selection box caught).

use egui::{Key, Modifiers, Ui};

use super::{Canvas, DropTarget, Gesture, Selection, gesture, hit, items};

impl Canvas {
    /// Follows the drag in progress: the drop target each frame, Escape cancels,
    /// and on release the one edit of the whole gesture.
    pub(super) fn track_drag(&mut self, ui: &Ui, frame: &items::FrameInfo<'_>) {
        let Some(drag) = self.drag.clone() else {
            return;
        };
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            ui.ctx().stop_dragging();
            self.drag = None;
            self.drop = None;
            return;
        }
        let pointer = ui.input(|i| i.pointer.latest_pos());
        if let Some(pointer) = pointer {
            let in_map = frame.screen_from_map.inverse() * pointer;
            self.drop = gesture::drop_target(&drag, frame.journey, &frame.cached.layout, in_map);
        }
        if ui.ctx().dragged_id() == Some(drag.widget) {
            return;
        }
        self.drag = None;
        match (self.drop.take(), &drag.gesture) {
            (Some(DropTarget::Box(area)), Gesture::Box { add, .. }) => {
                let mut cards = if *add {
                    self.selection.cards()
                } else {
                    Vec::new()
                };
                cards.extend(hit::cards_in(frame.journey, &frame.cached.layout, area));
                self.select(if cards.is_empty() {
                    Selection::None
                } else {
                    Selection::Cards(cards.into_iter().collect())
                });
            }
            (Some(target), _) => {
                if let Some(edit) = gesture::finish(&drag, &target, frame.journey) {
                    self.edits.push(edit);
                }
            }
            (None, _) => {}
        }
    }
}
