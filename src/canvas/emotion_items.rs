//! The emotion lane's items: points (drag up or down, label, remove), empty
//! steps of the active curve (a click sets a value) and legend entries.

use egui::{CursorIcon, Id, PointerButton, Rect, Sense, Ui};

use crate::edit::Edit;
use crate::i18n::{text::canvas as t, tr_args};
use crate::model::LaneKind;

use super::gesture::Gesture;
use super::items::{CLICK_DRAG, FrameInfo, legend_rect};
use super::text::TextTarget;
use super::{Canvas, ContextMenu, MenuFor, Selection, hit};

impl Canvas {
    pub(super) fn emotion_ui(&mut self, ui: &Ui, f: &FrameInfo<'_>, menu: &mut ContextMenu<'_>) {
        let journey = f.journey;
        let layout = &f.cached.layout;
        let active = self
            .active_curve
            .and_then(|id| journey.curves.iter().find(|c| c.id == id))
            .or_else(|| journey.curves.first());
        for (lane, lane_layout) in journey.lanes.iter().zip(&layout.lanes) {
            if lane.kind != LaneKind::Emotion || lane.collapsed {
                continue;
            }
            if let Some(curve) = active {
                self.set_point_slots_ui(ui, f, lane, lane_layout, curve);
            }
            for (index, curve) in journey.curves.iter().enumerate() {
                let Some(rect) = legend_rect(lane_layout.header, index) else {
                    break;
                };
                let id = Id::unique(("legend", lane.id, curve.id));
                if let Some(response) = f.item(ui, id, rect, Sense::CLICK, false, || {
                    tr_args(
                        t::LEGEND_CURVE,
                        &[("curve", journey.curve_name(curve).into())],
                    )
                }) {
                    if response.clicked() || response.secondary_clicked() {
                        self.select(Selection::Curve(curve.id));
                    }
                    response.context_menu(|ui| menu(ui, MenuFor::Curve));
                }
            }
        }
        for curve_layout in &layout.curves {
            let Some(curve) = journey.curves.iter().find(|c| c.id == curve_layout.id) else {
                continue;
            };
            for (step, pos) in &curve_layout.points {
                let step = *step;
                let rect = super::overlay::point_rect(*pos);
                let id = Id::unique(("point", curve_layout.lane, curve.id, step));
                let Some(response) = f.item(ui, id, rect, CLICK_DRAG, self.dragging(id), || {
                    // A screen reader says a marked point is a moment of truth.
                    let marked = curve.point_in(step).is_some_and(|p| p.moment_of_truth);
                    tr_args(
                        if marked { t::POINT_MOMENT } else { t::POINT },
                        &[
                            ("curve", journey.curve_name(curve).into()),
                            ("phase", (&journey.column_name(step)).into()),
                        ],
                    )
                }) else {
                    continue;
                };
                let point = Selection::Point {
                    curve: curve.id,
                    step,
                };
                if response.clicked() || response.secondary_clicked() {
                    self.select(point.clone());
                }
                if response.double_clicked() {
                    self.start_editing(
                        TextTarget::PointLabel {
                            curve: curve.id,
                            step,
                        },
                        journey,
                    );
                }
                response.context_menu(|ui| menu(ui, MenuFor::Point));
                let response = response.on_hover_cursor(CursorIcon::ResizeVertical);
                if response.drag_started_by(PointerButton::Primary) {
                    self.select(point);
                    let gesture = Gesture::Point {
                        curve: curve.id,
                        step,
                        lane: curve_layout.lane,
                    };
                    self.start_drag(gesture, id);
                }
            }
        }
    }

    /// Empty steps of the active curve: a click there sets its value.
    fn set_point_slots_ui(
        &mut self,
        ui: &Ui,
        f: &FrameInfo<'_>,
        lane: &crate::model::Lane,
        lane_layout: &crate::layout::LaneLayout,
        curve: &crate::model::EmotionCurve,
    ) {
        let journey = f.journey;
        let layout = &f.cached.layout;
        for step_layout in &layout.steps {
            let step = step_layout.id;
            if curve.point_in(step).is_some() {
                continue;
            }
            let cell =
                Rect::from_x_y_ranges(step_layout.column.x_range(), lane_layout.row.y_range());
            let id = Id::unique(("set_point", lane.id, curve.id, step));
            let Some(response) = f.item(ui, id, cell, Sense::CLICK, false, || {
                tr_args(
                    t::SET_POINT,
                    &[
                        ("curve", journey.curve_name(curve).into()),
                        ("phase", (&journey.column_name(step)).into()),
                    ],
                )
            }) else {
                continue;
            };
            if response.clicked()
                && let Some(pos) = response.interact_pointer_pos()
            {
                let value =
                    hit::emotion_value_at(lane_layout.row, f.to_map(pos).y, &journey.emotion_scale);
                self.edits.push(Edit::SetPoint {
                    curve: curve.id,
                    step,
                    value: Some(value),
                });
                self.select(Selection::Point {
                    curve: curve.id,
                    step,
                });
            }
        }
    }
}
