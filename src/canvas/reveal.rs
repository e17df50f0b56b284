//! Bringing something into view (a card reached by the keyboard, a phase
//! just added, a find match) and marking the matches of the find bar.

use egui::Rect;

use crate::find::FindTarget;
use crate::model::{CardId, LaneId, PhaseId, StepId};

use super::{CachedLayout, Canvas};

/// Something on the map to scroll into view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reveal {
    /// A card.
    Card(CardId),
    /// A phase's header.
    Phase(PhaseId),
    /// A step's header (its phase's, for the only step of a phase).
    Step(StepId),
    /// A lane's header.
    Lane(LaneId),
}

impl Reveal {
    /// What to show for a find match; a persona is not on the canvas.
    pub fn of_match(target: FindTarget) -> Option<Self> {
        match target {
            FindTarget::Card(card) => Some(Reveal::Card(card)),
            FindTarget::Phase(phase) => Some(Reveal::Phase(phase)),
            FindTarget::Step(step) => Some(Reveal::Step(step)),
            FindTarget::Lane(lane) => Some(Reveal::Lane(lane)),
            FindTarget::Persona(_) => None,
        }
    }
}

/// The find bar's matches as the canvas marks them.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct FindMarks {
    pub matches: Vec<FindTarget>,
    pub current: Option<FindTarget>,
}

/// Space kept between a revealed item and the canvas's edge, in points.
const REVEAL_MARGIN: f32 = 24.0;

impl Canvas {
    /// Scrolls `what` into view on the next frame (zoom stays as it is).
    pub fn reveal(&mut self, what: Reveal) {
        self.reveal = Some(what);
    }

    /// Marks these find matches on the map, the current one strongest.
    pub fn set_find_marks(&mut self, matches: Vec<FindTarget>, current: Option<FindTarget>) {
        self.find = FindMarks { matches, current };
    }

    /// Scrolls the pending item, if any, into the canvas `rect`.
    pub(super) fn reveal_pending(&mut self, cached: &CachedLayout, rect: Rect) {
        let Some(what) = self.reveal.take() else {
            return;
        };
        let Some(target) = map_rect(cached, what) else {
            return;
        };
        let on_screen = self.view.screen_from_map(rect.min) * target;
        let inner = rect.shrink(REVEAL_MARGIN);
        let mut shift = egui::Vec2::ZERO;
        if on_screen.left() < inner.left() {
            shift.x = inner.left() - on_screen.left();
        } else if on_screen.right() > inner.right() {
            shift.x = (inner.right() - on_screen.right()).max(inner.left() - on_screen.left());
        }
        if on_screen.top() < inner.top() {
            shift.y = inner.top() - on_screen.top();
        } else if on_screen.bottom() > inner.bottom() {
            shift.y = (inner.bottom() - on_screen.bottom()).max(inner.top() - on_screen.top());
        }
        self.view.offset += shift;
    }
}

/// Where `what` is on the map.
fn map_rect(cached: &CachedLayout, what: Reveal) -> Option<Rect> {
    let layout = &cached.layout;
    match what {
        Reveal::Card(card) => cached
            .card_index
            .get(&card)
            .and_then(|i| layout.cards.get(*i))
            .map(|card| card.rect),
        Reveal::Phase(phase) => layout
            .phases
            .iter()
            .find(|p| p.id == phase)
            .map(|p| p.header),
        Reveal::Step(step) => {
            let step = layout.steps.iter().find(|s| s.id == step)?;
            match &step.header {
                Some(header) => Some(header.rect),
                None => layout.phases.get(step.phase_index).map(|p| p.header),
            }
        }
        Reveal::Lane(lane) => layout.lanes.iter().find(|l| l.id == lane).map(|l| l.header),
    }
}
