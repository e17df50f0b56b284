//! The inspector for cards: text, colour, span, evidence, and the fields of
//! touchpoint and KPI cards.

use egui::{DragValue, TextEdit, Ui};

use crate::edit::Edit;
use crate::i18n::{text::inspector as t, tr, tr_args};
use crate::model::{
    Card, CardColor, Channel, Evidence, Journey, Kpi, LaneKind, MediaType, Touchpoint,
};
use crate::theme;

use super::{Command, InspectorOutput, combo, localized, text_field};

pub(super) fn card_ui(ui: &mut Ui, journey: &Journey, card: &Card, out: &mut InspectorOutput) {
    ui.heading(tr(t::CARD));
    let mut title = card.title.clone();
    let response = text_field(ui, &tr(t::TITLE), &mut title, true);
    out.field(&response, ("card_title", card.id), || Edit::SetCardText {
        card: card.id,
        title,
        notes: card.notes.clone(),
    });
    let mut notes = card.notes.clone();
    let response = text_field(ui, &tr(t::NOTES), &mut notes, true);
    out.field(&response, ("card_notes", card.id), || Edit::SetCardText {
        card: card.id,
        title: card.title.clone(),
        notes,
    });
    color_row(ui, card.color, &[card.id], out);
    let max_span = journey
        .step_index(card.step)
        .map_or(1, |start| journey.step_count() - start);
    let mut span = card.span;
    ui.horizontal(|ui| {
        let label = ui.label(tr(t::SPAN));
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
    super::actors::actors_ui(ui, journey, card, out);
    ui.separator();
    if ui.button(tr(t::DELETE_CARD)).clicked() {
        out.commands.push(Command::Delete);
    }
}

pub(super) fn cards_ui(ui: &mut Ui, cards: &[&Card], out: &mut InspectorOutput) {
    ui.heading(tr_args(t::CARDS, &[("count", cards.len().into())]));
    let ids: Vec<_> = cards.iter().map(|card| card.id).collect();
    let common = cards.first().and_then(|first| first.color);
    color_row(ui, common, &ids, out);
    ui.separator();
    let delete = tr_args(t::DELETE_CARDS, &[("count", cards.len().into())]);
    if ui.button(delete).clicked() {
        out.commands.push(Command::Delete);
    }
}

fn color_row(
    ui: &mut Ui,
    current: Option<CardColor>,
    cards: &[crate::model::CardId],
    out: &mut InspectorOutput,
) {
    ui.label(tr(t::COLOUR));
    ui.horizontal_wrapped(|ui| {
        if ui
            .selectable_label(current.is_none(), tr(t::LANE_COLOUR))
            .clicked()
        {
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
            let name = color.label();
            let response = ui.add(button).on_hover_text(&name);
            response.widget_info(|| {
                let label = tr_args(t::COLOUR_SWATCH, &[("colour", (&name).into())]);
                egui::WidgetInfo::labeled(egui::Role::Button, true, label)
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
        combo(ui, &tr(t::EVIDENCE), evidence.label(), |ui| {
            for option in Evidence::ALL {
                ui.selectable_value(evidence, option, option.label());
            }
        });
    });
}

/// The channel (with its icon, as the card shows it) and the media type.
fn touchpoint_ui(ui: &mut Ui, touchpoint: &mut Option<Touchpoint>) {
    let channel_text = touchpoint.as_ref().map_or_else(
        || tr(t::NO_CHANNEL),
        |current| {
            with_icon(
                theme::channel_icon(current.channel),
                &current.channel.label(),
            )
        },
    );
    ui.horizontal(|ui| {
        combo(ui, &tr(t::CHANNEL), channel_text, |ui| {
            if ui
                .selectable_label(touchpoint.is_none(), tr(t::NO_CHANNEL))
                .clicked()
            {
                *touchpoint = None;
            }
            for channel in Channel::ALL {
                let selected = touchpoint.as_ref().is_some_and(|tp| tp.channel == channel);
                let name = channel.label();
                let response =
                    ui.selectable_label(selected, with_icon(theme::channel_icon(channel), &name));
                // Screen readers (and tests) get the name without the pictogram.
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name)
                });
                if response.clicked() {
                    let media = touchpoint.as_ref().and_then(|tp| tp.media);
                    *touchpoint = Some(Touchpoint { channel, media });
                }
            }
        });
    });
    if let Some(touchpoint) = touchpoint {
        ui.horizontal(|ui| {
            let text = touchpoint
                .media
                .map_or_else(|| tr(t::MEDIA_UNKNOWN), MediaType::label);
            combo(ui, &tr(t::MEDIA), text, |ui| {
                ui.selectable_value(&mut touchpoint.media, None, tr(t::MEDIA_UNKNOWN));
                for media in MediaType::ALL {
                    ui.selectable_value(&mut touchpoint.media, Some(media), media.label());
                }
            });
        });
    }
}

/// A name with its icon in front, as lists show channels.
fn with_icon(icon: &str, name: &str) -> String {
    format!("{icon}  {name}")
}

fn kpi_ui(ui: &mut Ui, card: &Card, out: &mut InspectorOutput) {
    let mut has_kpi = card.kpi.is_some();
    if ui.checkbox(&mut has_kpi, tr(t::KPI_NUMBER)).changed() {
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
        let label = ui.label(tr(t::VALUE));
        let number = ui
            .add(localized(DragValue::new(&mut value.value).speed(0.1)))
            .labelled_by(label.id);
        out.field(&number, ("kpi_value", card.id), || {
            Edit::UpdateCard(Card {
                kpi: Some(value.clone()),
                ..card.clone()
            })
        });
        let mut unit = kpi.clone();
        let unit_label = ui.label(tr(t::UNIT));
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
