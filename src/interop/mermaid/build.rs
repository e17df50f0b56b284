//! Statements become a map: sections are phases, tasks steps with one card
//! each in a customer actions lane, actors emotion curves.

use std::collections::{HashMap, HashSet};

use crate::i18n::text::{mermaid as t, templates};
use crate::i18n::{Lang, tr_in};
use crate::model::{
    Actor, Card, CardId, CurveId, EmotionCurve, EmotionPoint, Journey, LaneKind, PERSONA_COLORS,
    Phase, PhaseId, Step, StepId,
};

use super::parse::{MERMAID_SCALE, Statement, TaskLine};
use super::text::block_text;

/// A phase while it is read.
#[derive(Debug)]
struct PhaseDraft {
    name: String,
    steps: Vec<StepDraft>,
}

/// A step while it is read: its task's name and the scores of its lines.
#[derive(Debug)]
struct StepDraft {
    name: String,
    /// Each actor's score, in the order the lines name them.
    actors: Vec<(String, f32)>,
    /// The score of the lines without actors.
    default_score: Option<f32>,
    /// The actors named so far, to tell whether a line may join the step.
    named: HashSet<String>,
}

impl StepDraft {
    fn new(line: TaskLine) -> Self {
        let mut step = Self {
            name: line.name.clone(),
            actors: Vec::new(),
            default_score: None,
            named: HashSet::new(),
        };
        step.add(line);
        step
    }

    /// Whether `line` continues this step: the same task, and no actor (nor
    /// the curve of tasks without actors) that already has a score here.
    fn takes(&self, line: &TaskLine) -> bool {
        line.name == self.name
            && !(line.feeds_default && self.default_score.is_some())
            && line.actors.iter().all(|actor| !self.named.contains(actor))
    }

    fn add(&mut self, line: TaskLine) {
        if line.feeds_default {
            self.default_score = Some(line.score);
        }
        for actor in line.actors {
            self.named.insert(actor.clone());
            self.actors.push((actor, line.score));
        }
    }
}

/// What the statements say, before ids are given out.
#[derive(Debug)]
struct Draft {
    title: Option<String>,
    acc_title: Option<String>,
    acc_descr: Option<String>,
    phases: Vec<PhaseDraft>,
}

/// Builds the map of `statements` in `lang`; `front_matter_title` counts
/// when no `title` line follows.
pub(super) fn build(
    statements: Vec<Statement>,
    front_matter_title: Option<String>,
    lang: Lang,
) -> Journey {
    let draft = read(statements, lang);
    let title = draft.title.or(front_matter_title).unwrap_or_default();
    let description = [draft.acc_title, draft.acc_descr]
        .into_iter()
        .flatten()
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let mut journey = Journey {
        title,
        description: block_text(&description),
        language: Some(lang),
        emotion_scale: MERMAID_SCALE,
        ..Journey::default()
    };
    let actions = journey.push_lane(tr_in(lang, templates::LANE_ACTIONS, &[]), LaneKind::Actions);
    journey.push_lane(tr_in(lang, templates::LANE_EMOTION, &[]), LaneKind::Emotion);
    let steps = add_phases(&mut journey, &draft.phases);
    add_cards(&mut journey, actions, &steps);
    add_curves(
        &mut journey,
        &steps,
        &tr_in(lang, t::MERMAID_DEFAULT_CURVE, &[]),
    );
    journey.refresh_id_counter();
    journey
}

/// Follows the statements: the last title and description count, as in
/// Mermaid; task lines of one task in a row merge into one step.
fn read(statements: Vec<Statement>, lang: Lang) -> Draft {
    let mut draft = Draft {
        title: None,
        acc_title: None,
        acc_descr: None,
        phases: Vec::new(),
    };
    // Whether the last statement was a task line of the current phase.
    let mut after_task = false;
    for statement in statements {
        let is_task = matches!(statement, Statement::Task(_));
        match statement {
            Statement::Title(text) => draft.title = Some(text),
            Statement::AccTitle(text) => draft.acc_title = Some(text),
            Statement::AccDescr(text) => draft.acc_descr = Some(text),
            Statement::Section(name) => {
                let name = if name.is_empty() {
                    let number = (draft.phases.len() + 1).to_string();
                    tr_in(
                        lang,
                        t::MERMAID_PHASE_PLACEHOLDER,
                        &[("number", (&number).into())],
                    )
                } else {
                    name
                };
                draft.phases.push(PhaseDraft {
                    name,
                    steps: Vec::new(),
                });
            }
            Statement::Task(line) => add_task(&mut draft.phases, line, after_task, lang),
            Statement::Break => {}
        }
        after_task = is_task;
    }
    if draft.phases.is_empty() {
        draft.phases.push(first_phase(lang));
    }
    draft
}

/// The phase for tasks before any section.
fn first_phase(lang: Lang) -> PhaseDraft {
    PhaseDraft {
        name: tr_in(lang, t::MERMAID_FIRST_PHASE, &[]),
        steps: Vec::new(),
    }
}

/// Adds a task line to the last phase: to its last step when the line
/// directly follows one of the same task and adds new actors, else as a new step.
fn add_task(phases: &mut Vec<PhaseDraft>, line: TaskLine, after_task: bool, lang: Lang) {
    if phases.is_empty() {
        phases.push(first_phase(lang));
    }
    let Some(phase) = phases.last_mut() else {
        return;
    };
    match phase.steps.last_mut() {
        Some(step) if after_task && step.takes(&line) => step.add(line),
        _ => phase.steps.push(StepDraft::new(line)),
    }
}

/// Adds the phases and their steps with fresh ids; returns each step's id
/// with its draft (`None` for the empty step of a section without tasks).
fn add_phases<'d>(
    journey: &mut Journey,
    phases: &'d [PhaseDraft],
) -> Vec<(StepId, Option<&'d StepDraft>)> {
    let mut steps = Vec::new();
    for draft in phases {
        let id = PhaseId(journey.ids.next_raw());
        let mut phase = Phase {
            id,
            name: draft.name.clone(),
            description: String::new(),
            steps: Vec::new(),
        };
        for step in &draft.steps {
            let step_id = StepId(journey.ids.next_raw());
            phase.steps.push(Step::new(step_id, step.name.clone()));
            steps.push((step_id, Some(step)));
        }
        if phase.steps.is_empty() {
            // A phase holds at least one step; an unnamed one without a
            // card or value is what a section without tasks is written from.
            let step_id = StepId(journey.ids.next_raw());
            phase.steps.push(Step::new(step_id, ""));
            steps.push((step_id, None));
        }
        journey.phases.push(phase);
    }
    steps
}

/// One card per task step in the actions lane, naming the step's actors.
fn add_cards(
    journey: &mut Journey,
    lane: crate::model::LaneId,
    steps: &[(StepId, Option<&StepDraft>)],
) {
    for (step_id, draft) in steps {
        let Some(draft) = draft else {
            continue;
        };
        let id = CardId(journey.ids.next_raw());
        let mut card = Card::new(id, lane, *step_id, draft.name.clone());
        card.actors = draft
            .actors
            .iter()
            .map(|(name, _)| Actor::Name(name.clone()))
            .collect();
        journey.cards.push(card);
    }
}

/// One curve per actor, in order of first appearance (in a step, the
/// actors' curves before that of tasks without actors), with a value in
/// every step the actor takes part in.
fn add_curves(journey: &mut Journey, steps: &[(StepId, Option<&StepDraft>)], default_name: &str) {
    let mut curves: Vec<(String, Vec<EmotionPoint>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut add = |name: &str, step: StepId, score: f32| {
        let at = *index.entry(name.to_owned()).or_insert_with(|| {
            curves.push((name.to_owned(), Vec::new()));
            curves.len() - 1
        });
        if let Some((_, points)) = curves.get_mut(at) {
            points.push(EmotionPoint::new(step, score));
        }
    };
    for (step_id, draft) in steps {
        let Some(draft) = draft else {
            continue;
        };
        for (actor, score) in &draft.actors {
            add(actor, *step_id, *score);
        }
        if let Some(score) = draft.default_score {
            add(default_name, *step_id, score);
        }
    }
    for (number, (name, points)) in curves.into_iter().enumerate() {
        // Colours in turn; the remainder is always an index of the palette.
        let color = PERSONA_COLORS[number % PERSONA_COLORS.len()];
        journey.curves.push(EmotionCurve {
            id: CurveId(journey.ids.next_raw()),
            name,
            color,
            persona: None,
            points,
        });
    }
}
