//! The card inspector's actors: who acts on the card besides the persona,
//! shown as removable tags, added from the actors the map already knows or
//! typed as a new name. Every change is one `SetCardActors` step.

use egui::accesskit::Role;
use egui::{
    Align2, CornerRadius, Id, Key, Rect, Sense, Stroke, StrokeKind, TextEdit, TextStyle,
    TextWrapMode, Ui, WidgetInfo, WidgetText, pos2, vec2,
};

use crate::edit::Edit;
use crate::i18n::{text::inspector as t, tr, tr_args};
use crate::model::{Actor, Card, Journey};
use crate::theme;

use super::{InspectorOutput, combo};

/// The "Actors" row of a card: its tags, the list to add from and the
/// field for a new name.
pub(super) fn actors_ui(ui: &mut Ui, journey: &Journey, card: &Card, out: &mut InspectorOutput) {
    ui.label(tr(t::ACTORS));
    let set = |actors: Vec<Actor>| Edit::SetCardActors {
        card: card.id,
        actors,
    };
    ui.horizontal_wrapped(|ui| {
        if card.actors.is_empty() {
            ui.weak(tr(t::NO_ACTORS));
        }
        for actor in &card.actors {
            let Some(name) = journey.actor_name(actor) else {
                continue;
            };
            if tag_ui(ui, journey, actor, name) {
                let rest = card.actors.iter().filter(|a| *a != actor).cloned();
                out.edit(set(rest.collect()));
            }
        }
    });
    let offers = offers(journey, card);
    if !offers.is_empty() {
        ui.horizontal(|ui| {
            combo(ui, &tr(t::ADD_ACTOR), tr(t::ADD_ACTOR_CHOOSE), |ui| {
                for actor in offers {
                    let Some(name) = journey.actor_name(&actor) else {
                        continue;
                    };
                    if ui.selectable_label(false, name).clicked() {
                        out.edit(set(with(card, actor)));
                    }
                }
            });
        });
    }
    new_name_ui(ui, journey, card, out);
}

/// One actor as a tag in the map's colours, with a × that removes it;
/// whether the × was clicked. The tag is one allocation, so the row wraps
/// it whole; a name longer than the panel is cut with "…".
fn tag_ui(ui: &mut Ui, journey: &Journey, actor: &Actor, name: &str) -> bool {
    let persona = match actor {
        Actor::Persona(id) => journey.persona_color(*id).map(theme::rgb),
        Actor::Name(_) => None,
    };
    let (fill, border) = theme::actor_tag_colors(persona);
    let (padding, dot, gap, close) = (6.0, 8.0, 4.0, 16.0);
    let before_name = padding + if persona.is_some() { dot + gap } else { 0.0 };
    let after_name = gap + close + padding / 2.0;
    let room = (ui.max_rect().width() - before_name - after_name).max(20.0);
    let galley =
        WidgetText::from(name).into_galley(ui, Some(TextWrapMode::Truncate), room, TextStyle::Body);
    let height = galley.size().y.max(close) + 4.0;
    let size = vec2(before_name + galley.size().x + after_name, height);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, name));
    let painter = ui.painter();
    painter.rect(
        rect,
        CornerRadius::same(theme::ACTOR_TAG_RADIUS),
        fill,
        Stroke::new(1.0, border),
        StrokeKind::Inside,
    );
    if let Some(color) = persona {
        let center = pos2(rect.left() + padding + dot / 2.0, rect.center().y);
        painter.circle_filled(center, dot / 2.0, color);
    }
    let text_top = rect.center().y - galley.size().y / 2.0;
    painter.galley(
        pos2(rect.left() + before_name, text_top),
        galley,
        theme::ACTOR_TAG_TEXT,
    );
    let close_rect = Rect::from_center_size(
        pos2(rect.right() - padding / 2.0 - close / 2.0, rect.center().y),
        vec2(close, close),
    );
    let remove = tr_args(t::REMOVE_ACTOR, &[("actor", name.into())]);
    let close_response = ui
        .interact(
            close_rect,
            ui.scope_id().with(("remove_actor", name)),
            Sense::click(),
        )
        .on_hover_text(&remove);
    close_response.widget_info(|| WidgetInfo::labeled(Role::Button, ui.is_enabled(), &remove));
    if close_response.hovered() {
        ui.painter().circle_filled(
            close_rect.center(),
            close / 2.0,
            ui.visuals().widgets.hovered.weak_bg_fill,
        );
    }
    ui.painter().text(
        close_rect.center(),
        Align2::CENTER_CENTER,
        "×",
        TextStyle::Body.resolve(ui.style()),
        theme::ACTOR_TAG_TEXT,
    );
    close_response.clicked()
}

/// What the add list offers, existing actors first: those already on other
/// cards (personas, then names, as `Journey::actors` lists them), then the
/// map's personas no card names yet; never one the card already has.
fn offers(journey: &Journey, card: &Card) -> Vec<Actor> {
    let mut offers = journey.actors();
    for persona in &journey.personas {
        let actor = Actor::Persona(persona.id);
        if !offers.contains(&actor) {
            offers.push(actor);
        }
    }
    offers.retain(|actor| !card.actors.contains(actor));
    offers
}

/// The card's actors with `actor` added at the end.
fn with(card: &Card, actor: Actor) -> Vec<Actor> {
    let mut actors = card.actors.clone();
    actors.push(actor);
    actors
}

/// The field for a new name: Enter adds it and leaves the field empty and
/// ready for the next name.
fn new_name_ui(ui: &mut Ui, journey: &Journey, card: &Card, out: &mut InspectorOutput) {
    // The half-typed name lives in egui's memory, never in the map.
    let draft_id = Id::unique(("inspector_new_actor", card.id));
    let mut draft: String = ui.data(|data| data.get_temp(draft_id)).unwrap_or_default();
    let label = tr(t::NEW_ACTOR);
    ui.label(&label);
    let response = ui.add(
        TextEdit::singleline(&mut draft)
            .hint_text(tr(t::NEW_ACTOR_HINT))
            .desired_width(f32::INFINITY),
    );
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::text_edit(true, draft.as_str(), draft.as_str(), "");
        info.label = Some(tr_args(t::FIELD, &[("label", label.as_str().into())]));
        info
    });
    if response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
        if let Some(actor) = typed_actor(journey, card, &draft) {
            out.edit(Edit::SetCardActors {
                card: card.id,
                actors: with(card, actor),
            });
        }
        draft.clear();
        response.request_focus();
    }
    ui.data_mut(|data| data.insert_temp(draft_id, draft));
}

/// The actor a typed name means, or `None` when it adds nothing: empty, or
/// already on the card. A persona's name means the persona, and a name
/// another card uses is taken as written there (case aside), so one
/// actor does not become two spellings.
fn typed_actor(journey: &Journey, card: &Card, typed: &str) -> Option<Actor> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let same = |name: &str| name.trim().to_lowercase() == typed.to_lowercase();
    let persona = journey
        .personas
        .iter()
        .find(|persona| same(&persona.name))
        .map(|persona| Actor::Persona(persona.id));
    let known = || {
        journey
            .actors()
            .into_iter()
            .find(|actor| matches!(actor, Actor::Name(name) if same(name)))
    };
    let actor = persona
        .or_else(known)
        .unwrap_or_else(|| Actor::Name(typed.to_owned()));
    let duplicate = card
        .actors
        .iter()
        .any(|on_card| *on_card == actor || journey.actor_name(on_card).is_some_and(&same));
    (!duplicate).then_some(actor)
}

#[cfg(test)]
mod tests {
    use super::{offers, typed_actor};
    use crate::model::{Actor, CardId, Journey, LaneKind, Persona, PersonaId};

    fn map() -> (Journey, CardId, CardId) {
        let mut journey = Journey::default();
        let phase = journey.push_phase("Kauf");
        let step = journey.first_step(phase).expect("a phase has a step");
        let lane = journey.push_lane("Handlungen", LaneKind::Actions);
        let lena = PersonaId(journey.ids.next_raw());
        journey.personas.push(Persona::new(lena, "Lena Berger"));
        let ali = PersonaId(journey.ids.next_raw());
        journey.personas.push(Persona::new(ali, "Ali Öztürk"));
        let first = CardId(journey.ids.next_raw());
        let mut card = crate::model::Card::new(first, lane, step, "Bezahlt");
        card.actors = vec![Actor::Name("Kassierer".into()), Actor::Persona(ali)];
        journey.cards.push(card);
        let second = CardId(journey.ids.next_raw());
        journey
            .cards
            .push(crate::model::Card::new(second, lane, step, "Gutschein"));
        (journey, first, second)
    }

    fn names_of(journey: &Journey, actors: &[Actor]) -> Vec<String> {
        actors
            .iter()
            .filter_map(|actor| journey.actor_name(actor).map(str::to_owned))
            .collect()
    }

    #[test]
    fn existing_actors_are_offered_first_then_unused_personas_never_the_cards_own() {
        let (journey, first, second) = map();
        let second_card = journey.card(second).expect("card");
        let names = names_of(&journey, &offers(&journey, second_card));
        assert_eq!(names, ["Ali Öztürk", "Kassierer", "Lena Berger"]);
        let first_card = journey.card(first).expect("card");
        let names = names_of(&journey, &offers(&journey, first_card));
        assert_eq!(names, ["Lena Berger"]);
    }

    #[test]
    fn a_typed_name_is_trimmed_matched_to_known_actors_and_never_added_twice() {
        let (journey, first, second) = map();
        let card = journey.card(second).expect("card");
        assert_eq!(typed_actor(&journey, card, "   "), None);
        assert_eq!(
            typed_actor(&journey, card, "  Paketbotin 📦 "),
            Some(Actor::Name("Paketbotin 📦".into()))
        );
        assert_eq!(
            typed_actor(&journey, card, "kassierer"),
            Some(Actor::Name("Kassierer".into()))
        );
        assert_eq!(
            typed_actor(&journey, card, "lena berger"),
            Some(Actor::Persona(journey.personas[0].id))
        );
        let card = journey.card(first).expect("card");
        assert_eq!(typed_actor(&journey, card, "KASSIERER"), None);
        assert_eq!(typed_actor(&journey, card, "Ali Öztürk"), None);
    }
}
