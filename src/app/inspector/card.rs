//! The inspector for cards: text, colour, span, evidence, and the fields of
//! touchpoint and KPI cards.

use egui::{DragValue, TextEdit, Ui};

use crate::edit::Edit;
use crate::model::{
    Card, CardColor, Channel, Evidence, Journey, Kpi, LaneKind, MediaType, Touchpoint,
};
use crate::theme;

use super::{Command, InspectorOutput, combo, text_field};

pub(super) fn card_ui(ui: &mut Ui, journey: &Journey, card: &Card, out: &mut InspectorOutput) {
    ui.heading("Card");
    let mut title = card.title.clone();
    let response = text_field(ui, "Title", &mut title, true);
    out.field(&response, ("card_title", card.id), || Edit::SetCardText {
        card: card.id,
        title,
        notes: card.notes.clone(),
    });
    let mut notes = card.notes.clone();
    let response = text_field(ui, "Notes", &mut notes, true);
    out.field(&response, ("card_notes", card.id), || Edit::SetCardText {
        card: card.id,
        title: card.title.clone(),
        notes,
    });
    color_row(ui, card.color, &[card.id], out);
    let max_span = journey
        .phase_index(card.phase)
        .map_or(1, |start| journey.phases.len() - start);
    let mut span = card.span;
    ui.horizontal(|ui| {
        let label = ui.label("Spans phases");
        let max = u32::try_from(max_span).unwrap_or(1);
        let response = ui
            .add(DragValue::new(&mut span).range(1..=max))
            .labelled_by(label.id);
        out.field(&response, ("card_span", card.id), || Edit::SpanCard {
            card: card.id,
            span,
        });
    });
    let mut updated = card.clone();
    evidence_combo(ui, &mut updated.evidence);
    let kind = journey.lane(card.lane).map(|lane| lane.kind);
    if kind == Some(LaneKind::Touchpoints) || card.touchpoint.is_some() {
        touchpoint_ui(ui, &mut updated.touchpoint);
    }
    if updated != *card {
        out.edit(Edit::UpdateCard(updated));
    }
    if kind == Some(LaneKind::Kpis) || card.kpi.is_some() {
        kpi_ui(ui, card, out);
    }
    ui.separator();
    if ui.button("Delete card").clicked() {
        out.commands.push(Command::Delete);
    }
}

pub(super) fn cards_ui(ui: &mut Ui, cards: &[&Card], out: &mut InspectorOutput) {
    ui.heading(format!("{} cards", cards.len()));
    let ids: Vec<_> = cards.iter().map(|card| card.id).collect();
    let common = cards.first().and_then(|first| first.color);
    color_row(ui, common, &ids, out);
    ui.separator();
    if ui.button(format!("Delete {} cards", cards.len())).clicked() {
        out.commands.push(Command::Delete);
    }
}

fn color_row(
    ui: &mut Ui,
    current: Option<CardColor>,
    cards: &[crate::model::CardId],
    out: &mut InspectorOutput,
) {
    ui.label("Colour");
    ui.horizontal_wrapped(|ui| {
        if ui.selectable_label(current.is_none(), "Lane").clicked() {
            out.edit(Edit::RecolorCards {
                cards: cards.to_vec(),
                color: None,
            });
        }
        for color in CardColor::ALL {
            let (fill, accent) = theme::card_colors(color);
            let selected = current == Some(color);
            let button = egui::Button::new("")
                .fill(fill)
                .stroke(egui::Stroke::new(if selected { 3.0 } else { 1.0 }, accent))
                .min_size(egui::vec2(20.0, 20.0));
            let response = ui.add(button).on_hover_text(format!("{color:?}"));
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{color:?} colour"))
            });
            if response.clicked() {
                out.edit(Edit::RecolorCards {
                    cards: cards.to_vec(),
                    color: Some(color),
                });
            }
        }
    });
}

fn evidence_combo(ui: &mut Ui, evidence: &mut Evidence) {
    ui.horizontal(|ui| {
        let label = |e: Evidence| match e {
            Evidence::Assumption => "Assumption",
            Evidence::PartlyBacked => "Partly backed by data",
            Evidence::ResearchBacked => "Backed by research",
        };
        combo(ui, "Evidence", label(*evidence), |ui| {
            for option in [
                Evidence::Assumption,
                Evidence::PartlyBacked,
                Evidence::ResearchBacked,
            ] {
                ui.selectable_value(evidence, option, label(option));
            }
        });
    });
}

fn touchpoint_ui(ui: &mut Ui, touchpoint: &mut Option<Touchpoint>) {
    let channel_text = touchpoint.as_ref().map_or("None", |t| t.channel.label());
    ui.horizontal(|ui| {
        combo(ui, "Channel", channel_text, |ui| {
            if ui.selectable_label(touchpoint.is_none(), "None").clicked() {
                *touchpoint = None;
            }
            for channel in Channel::ALL {
                let selected = touchpoint.as_ref().is_some_and(|t| t.channel == channel);
                if ui.selectable_label(selected, channel.label()).clicked() {
                    let media = touchpoint.as_ref().and_then(|t| t.media);
                    *touchpoint = Some(Touchpoint { channel, media });
                }
            }
        });
    });
    if let Some(touchpoint) = touchpoint {
        ui.horizontal(|ui| {
            let text = touchpoint.media.map_or("Unknown", MediaType::label);
            combo(ui, "Media", text, |ui| {
                ui.selectable_value(&mut touchpoint.media, None, "Unknown");
                for media in [MediaType::Paid, MediaType::Owned, MediaType::Earned] {
                    ui.selectable_value(&mut touchpoint.media, Some(media), media.label());
                }
            });
        });
    }
}

fn kpi_ui(ui: &mut Ui, card: &Card, out: &mut InspectorOutput) {
    let mut has_kpi = card.kpi.is_some();
    if ui.checkbox(&mut has_kpi, "KPI number").changed() {
        out.edit(Edit::UpdateCard(Card {
            kpi: has_kpi.then(|| Kpi {
                value: 0.0,
                unit: String::new(),
            }),
            ..card.clone()
        }));
    }
    let Some(kpi) = &card.kpi else {
        return;
    };
    ui.horizontal(|ui| {
        let mut value = kpi.clone();
        let label = ui.label("Value");
        let number = ui
            .add(DragValue::new(&mut value.value).speed(0.1))
            .labelled_by(label.id);
        out.field(&number, ("kpi_value", card.id), || {
            Edit::UpdateCard(Card {
                kpi: Some(value.clone()),
                ..card.clone()
            })
        });
        let mut unit = kpi.clone();
        let unit_label = ui.label("Unit");
        let response = ui
            .add(TextEdit::singleline(&mut unit.unit).desired_width(60.0))
            .labelled_by(unit_label.id);
        out.field(&response, ("kpi_unit", card.id), || {
            Edit::UpdateCard(Card {
                kpi: Some(unit),
                ..card.clone()
            })
        });
    });
}
