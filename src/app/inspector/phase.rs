//! The inspector for a phase (name, description, its steps) and for one
//! step inside a phase (name, description, width, its phase).

use egui::{DragValue, Ui};

use crate::canvas::{Selection, step_name};
use crate::edit::Edit;
use crate::i18n::{text::inspector as t, text::menu as menu_text, tr, tr_args};
use crate::model::{Journey, Phase, Step, StepId};
use crate::theme;

use super::{Command, InspectorOutput, text_field};

pub(super) fn phase_ui(ui: &mut Ui, journey: &Journey, phase: &Phase, out: &mut InspectorOutput) {
    ui.heading(tr(t::PHASE));
    let mut name = phase.name.clone();
    let response = text_field(ui, &tr(t::NAME), &mut name, false);
    out.field(&response, ("phase_name", phase.id), || Edit::RenamePhase {
        phase: phase.id,
        name,
    });
    let mut description = phase.description.clone();
    let response = text_field(ui, &tr(t::DESCRIPTION), &mut description, true);
    out.field(&response, ("phase_description", phase.id), || {
        Edit::UpdatePhase(Phase {
            description,
            ..phase.clone()
        })
    });
    // With several steps each step has its own width (see the step); a
    // phase of one step is one column, sized here.
    if let [only] = phase.steps.as_slice() {
        width_ui(ui, only.width, ("phase_width", phase.id), out, |width| {
            Edit::ResizePhase {
                phase: phase.id,
                width,
            }
        });
    }
    ui.separator();
    ui.label(tr(t::STEPS));
    if phase.has_steps() {
        for step in &phase.steps {
            if ui.link(step_name(journey, step.id)).clicked() {
                out.select = Some(Selection::Step(step.id));
            }
        }
    } else {
        ui.label(egui::RichText::new(tr(t::ONE_STEP)).color(theme::TEXT_MUTED));
    }
    if ui.button(tr(t::ADD_STEP)).clicked() {
        out.commands.push(Command::AddStep);
    }
    ui.separator();
    if ui.button(tr(t::DELETE_PHASE)).clicked() {
        out.commands.push(Command::Delete);
    }
}

pub(super) fn step_ui(ui: &mut Ui, phase: &Phase, step: &Step, out: &mut InspectorOutput) {
    ui.heading(tr(t::STEP));
    ui.horizontal(|ui| {
        ui.label(tr(t::IN_PHASE));
        if ui.link(&phase.name).clicked() {
            out.select = Some(Selection::Phase(phase.id));
        }
    });
    let mut name = step.name.clone();
    let response = text_field(ui, &tr(t::NAME), &mut name, false);
    out.field(&response, ("step_name", step.id), || Edit::RenameStep {
        step: step.id,
        name,
    });
    let mut description = step.description.clone();
    let response = text_field(ui, &tr(t::DESCRIPTION), &mut description, true);
    out.field(&response, ("step_description", step.id), || {
        Edit::DescribeStep {
            step: step.id,
            description,
        }
    });
    let id: StepId = step.id;
    width_ui(ui, step.width, ("step_width", id), out, |width| {
        Edit::ResizeStep { step: id, width }
    });
    ui.separator();
    if ui.button(tr(t::ADD_STEP_AFTER)).clicked() {
        out.commands.push(Command::AddStep);
    }
    let only = phase.steps.len() == 1;
    let delete = ui
        .add_enabled(!only, egui::Button::new(tr(t::DELETE_STEP)))
        .on_disabled_hover_text(tr_args(
            menu_text::CTX_LAST_STEP_TIP,
            &[("phase", (&phase.name).into())],
        ));
    if delete.clicked() {
        out.commands.push(Command::Delete);
    }
}

/// A column's width with a button back to the default; `edit` makes the
/// edit for a width (`None`: the default).
fn width_ui(
    ui: &mut Ui,
    current: Option<f32>,
    key: impl std::hash::Hash,
    out: &mut InspectorOutput,
    edit: impl Fn(Option<f32>) -> Edit,
) {
    ui.horizontal(|ui| {
        let label = ui.label(tr(t::WIDTH));
        let default = crate::layout::Metrics::default();
        let mut width = current.unwrap_or(default.phase_width);
        let (min, max) = default.phase_width_range;
        let response = ui
            .add(
                DragValue::new(&mut width)
                    .range(min..=max)
                    .suffix(format!(" {}", tr(t::POINTS_UNIT))),
            )
            .labelled_by(label.id);
        out.field(&response, key, || edit(Some(width)));
        if current.is_some()
            && ui
                .button(tr(t::DEFAULT_WIDTH))
                .on_hover_text(tr(t::DEFAULT_WIDTH_TIP))
                .clicked()
        {
            out.edit(edit(None));
        }
    });
}
