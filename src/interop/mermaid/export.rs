//! A map written as a Mermaid journey: phases as sections, steps as tasks,
//! curves as the tasks' actors with their scores.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use crate::i18n::text::mermaid as t;
use crate::i18n::{self, Lang, tr_in};
use crate::model::{Card, Journey, LaneKind, Phase, Step, StepId};

use super::left_out::LeftOut;
use super::parse::MERMAID_SCALE;
use super::text::{Place, block_text, guarded, replace_characters};

/// The score of a task in a step where no curve has a value: Mermaid needs
/// one, and the middle of 0…5 (2.5, snapped up as everywhere) says least.
pub(super) const NO_VALUE_SCORE: u8 = 3;

/// Indentation of `title`, `accDescr` and `section` lines.
const INDENT: &str = "    ";
/// Indentation of task lines, under their section.
const TASK_INDENT: &str = "      ";

/// The name a curve is written with, as an actor or, for the curve of tasks
/// without actors, not at all.
#[derive(Clone, Debug)]
struct CurveName {
    name: String,
    is_default: bool,
}

/// The text of the journey and what it could not hold.
pub(super) fn export(journey: &Journey) -> (String, LeftOut) {
    let mut writer = Writer::new(journey);
    writer.out.push_str("journey\n");
    writer.title_and_description();
    for (index, phase) in journey.phases.iter().enumerate() {
        writer.phase(index, phase);
    }
    let actions = writer.actions_lane;
    writer.left.count_map(journey, actions, &writer.first_cards);
    (writer.out, writer.left)
}

/// Writes one map.
struct Writer<'j> {
    journey: &'j Journey,
    /// The language of the names made up here (placeholders).
    lang: Lang,
    curves: Vec<CurveName>,
    /// The first curve shown under each name, to find a card actor's curve.
    curve_by_name: HashMap<&'j str, usize>,
    /// Each step's values: curve index and value, in curve order.
    values: HashMap<StepId, Vec<(usize, f32)>>,
    actions_lane: Option<crate::model::LaneId>,
    /// The card each step's task is written from: the first in the first
    /// actions lane that starts there.
    first_cards: HashMap<StepId, &'j Card>,
    left: LeftOut,
    out: String,
}

impl<'j> Writer<'j> {
    fn new(journey: &'j Journey) -> Self {
        let lang = journey.content_lang(i18n::current());
        let mut left = LeftOut::default();
        let curves = curve_names(journey, lang, &mut left);
        let mut curve_by_name = HashMap::new();
        for (index, curve) in journey.curves.iter().enumerate() {
            curve_by_name
                .entry(journey.curve_name(curve))
                .or_insert(index);
        }
        let mut values: HashMap<StepId, Vec<(usize, f32)>> = HashMap::new();
        let mut seen = HashSet::new();
        for (index, curve) in journey.curves.iter().enumerate() {
            for point in &curve.points {
                // A broken map may hold two values of a curve in one step.
                if seen.insert((point.step, index)) {
                    values
                        .entry(point.step)
                        .or_default()
                        .push((index, point.value));
                }
            }
        }
        let actions_lane = journey
            .lanes
            .iter()
            .find(|lane| lane.kind == LaneKind::Actions)
            .map(|lane| lane.id);
        let mut first_cards = HashMap::new();
        for card in &journey.cards {
            if Some(card.lane) == actions_lane {
                first_cards.entry(card.step).or_insert(card);
            }
        }
        Self {
            journey,
            lang,
            curves,
            curve_by_name,
            values,
            actions_lane,
            first_cards,
            left,
            out: String::new(),
        }
    }

    /// `text` made fit for `place`, counting a change.
    fn clean(&mut self, text: &str, place: Place) -> String {
        let replaced = replace_characters(text, place);
        if replaced != text.trim() {
            self.left.characters += 1;
        }
        if place != Place::Task {
            return replaced;
        }
        match guarded(&replaced) {
            Some(marked) => {
                self.left.keywords += 1;
                marked
            }
            None => replaced,
        }
    }

    fn title_and_description(&mut self) {
        let title = self.clean(&self.journey.title, Place::Title);
        if !title.is_empty() {
            let _ = writeln!(self.out, "{INDENT}title {title}");
        }
        let description = block_text(&self.journey.description);
        if !description.contains('\n') {
            if !description.is_empty() {
                let _ = writeln!(self.out, "{INDENT}accDescr: {description}");
            }
            return;
        }
        if self.journey.description.contains('}') {
            self.left.characters += 1;
        }
        let _ = writeln!(self.out, "{INDENT}accDescr {{");
        for line in description.lines() {
            let _ = writeln!(self.out, "{INDENT}{INDENT}{line}");
        }
        let _ = writeln!(self.out, "{INDENT}}}");
    }

    fn phase(&mut self, index: usize, phase: &Phase) {
        let mut name = self.clean(&phase.name, Place::Section);
        if name.is_empty() {
            self.left.unnamed_phases += 1;
            let number = (index + 1).to_string();
            name = tr_in(
                self.lang,
                t::MERMAID_PHASE_PLACEHOLDER,
                &[("number", (&number).into())],
            );
        }
        let _ = writeln!(self.out, "{INDENT}section {name}");
        if let [step] = phase.steps.as_slice()
            && self.is_empty_step(step)
        {
            // A section without tasks reads back as this one empty step.
            return;
        }
        let mut previous: Option<String> = None;
        for (index, step) in phase.steps.iter().enumerate() {
            let name = self.task_name(index, step);
            if previous.as_ref() == Some(&name) {
                // Lines of one task in a row are one step; a blank line
                // keeps two steps of the same name apart.
                self.out.push('\n');
            }
            for (score, actors) in self.task_lines(step) {
                let _ = write!(self.out, "{TASK_INDENT}{name}: {score}");
                if !actors.is_empty() {
                    let _ = write!(self.out, ": {}", actors.join(", "));
                }
                self.out.push('\n');
            }
            previous = Some(name);
        }
    }

    /// Whether a step has nothing Mermaid could show: no name, card or value.
    fn is_empty_step(&self, step: &Step) -> bool {
        step.name.trim().is_empty()
            && !self.first_cards.contains_key(&step.id)
            && self.values.get(&step.id).is_none_or(Vec::is_empty)
    }

    /// The task's name: the step's, else its card's title, else "Step n".
    fn task_name(&mut self, index: usize, step: &Step) -> String {
        let card = self.first_cards.get(&step.id).copied();
        let source = if step.name.trim().is_empty() {
            card.map_or("", |card| card.title.as_str())
        } else {
            if card.is_some_and(|card| card.title.trim() != step.name.trim()) {
                self.left.card_titles += 1;
            }
            step.name.as_str()
        };
        let name = self.clean(source, Place::Task);
        if !name.is_empty() {
            return name;
        }
        self.left.unnamed_steps += 1;
        let number = (index + 1).to_string();
        tr_in(
            self.lang,
            t::MERMAID_STEP_PLACEHOLDER,
            &[("number", (&number).into())],
        )
    }

    /// The step's task lines, each a score and the actors who share it: the
    /// card's actors first, then other curves with a value here, a new line
    /// whenever the score changes, and the curve of tasks without actors last.
    fn task_lines(&mut self, step: &Step) -> Vec<(u8, Vec<String>)> {
        let values = self.values.get(&step.id).cloned().unwrap_or_default();
        let value_of = |curve: usize| values.iter().find(|(c, _)| *c == curve).map(|(_, v)| *v);
        let mut order: Vec<usize> = Vec::new();
        let mut taken = HashSet::new();
        if let Some(card) = self.first_cards.get(&step.id).copied() {
            for actor in &card.actors {
                let curve = self
                    .journey
                    .actor_name(actor)
                    .and_then(|name| self.curve_by_name.get(name).copied())
                    .filter(|curve| value_of(*curve).is_some());
                match curve {
                    Some(curve) if self.is_default(curve) => {}
                    Some(curve) if taken.insert(curve) => order.push(curve),
                    Some(_) => {}
                    None => self.left.card_actors += 1,
                }
            }
        }
        for (curve, _) in &values {
            if !self.is_default(*curve) && taken.insert(*curve) {
                order.push(*curve);
            }
        }
        let mut lines: Vec<(u8, Vec<String>)> = Vec::new();
        for curve in order {
            let score = self.score(value_of(curve).unwrap_or_default());
            let name = self
                .curves
                .get(curve)
                .map(|c| c.name.clone())
                .unwrap_or_default();
            match lines.last_mut() {
                Some((last, actors)) if *last == score => actors.push(name),
                _ => lines.push((score, vec![name])),
            }
        }
        let default = values.iter().find(|(curve, _)| self.is_default(*curve));
        if let Some((_, value)) = default {
            let score = self.score(*value);
            lines.push((score, Vec::new()));
        }
        if lines.is_empty() {
            self.left.no_value += 1;
            lines.push((NO_VALUE_SCORE, Vec::new()));
        }
        lines
    }

    fn is_default(&self, curve: usize) -> bool {
        self.curves.get(curve).is_some_and(|c| c.is_default)
    }

    /// A value as a Mermaid score: moved from the map's scale onto 0…5 and
    /// snapped to a whole number by the model's one rounding rule.
    fn score(&mut self, value: f32) -> u8 {
        let scale = self.journey.emotion_scale;
        let (exact, snapped) = if scale == MERMAID_SCALE {
            (value, MERMAID_SCALE.snap(value))
        } else {
            (
                5.0 * scale.fraction(value),
                MERMAID_SCALE.map_from(value, &scale),
            )
        };
        if (snapped - exact).abs() > 1e-4 {
            self.left.rounded += 1;
        }
        (0..=5_u8)
            .find(|score| (f32::from(*score) - snapped).abs() < 0.5)
            .unwrap_or(NO_VALUE_SCORE)
    }
}

/// The names the curves are written with: their shown names made fit for an
/// actor list, numbered when empty or taken. The first curve with the name
/// of the curve for tasks without actors is that curve again.
fn curve_names(journey: &Journey, lang: Lang, left: &mut LeftOut) -> Vec<CurveName> {
    let default_name = tr_in(lang, t::MERMAID_DEFAULT_CURVE, &[]);
    let shown: Vec<String> = journey
        .curves
        .iter()
        .map(|curve| replace_characters(journey.curve_name(curve), Place::Actor))
        .collect();
    let default = shown.iter().position(|name| *name == default_name);
    // The default name is never an actor: an import would merge it.
    let mut taken: HashSet<String> = HashSet::from([default_name.clone()]);
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    let mut names = Vec::with_capacity(shown.len());
    for (index, (curve, base)) in journey.curves.iter().zip(shown).enumerate() {
        if Some(index) == default {
            names.push(CurveName {
                name: default_name.clone(),
                is_default: true,
            });
            continue;
        }
        if base != journey.curve_name(curve).trim() {
            left.characters += 1;
        }
        let mut renamed = base.is_empty();
        let base = if base.is_empty() {
            let number = (index + 1).to_string();
            tr_in(
                lang,
                t::MERMAID_CURVE_PLACEHOLDER,
                &[("number", (&number).into())],
            )
        } else {
            base
        };
        let mut name = base.clone();
        while taken.contains(&name) {
            let suffix = next_suffix.entry(base.clone()).or_insert(2);
            name = format!("{base} ({suffix})");
            *suffix += 1;
            renamed = true;
        }
        left.renamed_curves += usize::from(renamed);
        taken.insert(name.clone());
        names.push(CurveName {
            name,
            is_default: false,
        });
    }
    names
}
