//! Step headers on the canvas: click selects, double-click renames, a drag
//! moves the step within its phase or into another, the right-click menu
//! acts on it; the border between two steps of a phase resizes the left one.
//! The border after a phase's last step is the phase's own (`items.rs`).

use egui::{CursorIcon, Id, Rect, Ui};

use crate::edit::Edit;
use crate::i18n::{text::canvas as t, tr_args};
use crate::model::{Journey, StepId};

use super::gesture::Gesture;
use super::items::{CLICK_DRAG, FrameInfo, Header};
use super::text::TextTarget;
use super::{Canvas, ContextMenu, MenuFor, Selection};

/// How a step is called to a person: its name, or its number in its phase
/// while it has none.
pub fn step_name(journey: &Journey, step: StepId) -> String {
    let Some((p, s)) = journey.step_place(step) else {
        return String::new();
    };
    let name = journey.phases[p].steps[s].name.trim();
    if name.is_empty() {
        (s + 1).to_string()
    } else {
        name.to_owned()
    }
}

/// The accessible name of a step header: "Step Bezahlen in phase Kauf".
pub fn step_label(journey: &Journey, step: StepId) -> String {
    let phase = journey
        .phase_of_step(step)
        .map(|phase| phase.name.clone())
        .unwrap_or_default();
    tr_args(
        t::STEP_HEADER,
        &[
            ("step", (&step_name(journey, step)).into()),
            ("phase", (&phase).into()),
        ],
    )
}

impl Canvas {
    pub(super) fn steps_ui(&mut self, ui: &Ui, f: &FrameInfo<'_>, menu: &mut ContextMenu<'_>) {
        let journey = f.journey;
        let steps = f.cached.layout.steps.iter().filter_map(|step| {
            let header = step.header.as_ref()?;
            Some((step.id, step.phase_index, header.rect))
        });
        for (step, _, rect) in steps.clone() {
            let id = Id::unique(("step", step));
            let Some(response) = f.item(ui, id, rect, CLICK_DRAG, self.dragging(id), || {
                step_label(journey, step)
            }) else {
                continue;
            };
            let header = Header {
                selection: Selection::Step(step),
                rename: TextTarget::Step(step),
                reorder: Gesture::Step(step),
                menu: MenuFor::Step,
            };
            self.header_ui(&response, id, header, f, menu);
        }
        // Borders between two steps of a phase, on top of both headers; the
        // last step's right edge is its phase's border.
        let margin = f.margin();
        let mut steps = steps.peekable();
        while let Some((step, phase, rect)) = steps.next() {
            if steps.peek().is_none_or(|(_, next, _)| *next != phase) {
                continue;
            }
            let border = Rect::from_x_y_ranges(
                rect.right() - margin..=rect.right() + margin,
                rect.y_range(),
            );
            let id = Id::unique(("step_width", step));
            if let Some(response) = f.item(ui, id, border, CLICK_DRAG, self.dragging(id), || {
                tr_args(
                    t::STEP_WIDTH,
                    &[("step", (&step_name(journey, step)).into())],
                )
            }) {
                let reset = Edit::ResizeStep { step, width: None };
                let gesture = Gesture::StepWidth(step);
                self.border_ui(response, id, CursorIcon::ResizeColumn, gesture, reset);
            }
        }
    }
}
