//! What the layout gives: where everything of a journey goes, in map space.

use emath::{Pos2, Rect};

use crate::model::{CardId, CurveId, LaneId, PhaseId, StepId};

use super::{LegendLayout, TextBlock};

/// Where everything of a journey goes, in map space.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// The whole map including margins: the export's default area.
    pub bounds: Rect,
    /// Title, description and persona card above the grid.
    pub title_block: TitleBlockLayout,
    /// The empty corner above the lane headers and left of the phase headers.
    pub corner: Rect,
    /// Phase headers and columns, left to right.
    pub phases: Vec<PhaseLayout>,
    /// Every step, left to right: the map's columns. Step headers only for
    /// phases with several steps.
    pub steps: Vec<StepLayout>,
    /// Lane headers and rows, top to bottom.
    pub lanes: Vec<LaneLayout>,
    /// Every card, in document order.
    pub cards: Vec<CardLayout>,
    /// Every curve in every emotion lane.
    pub curves: Vec<CurveLayout>,
    /// The legend under the grid, when it is shown and the map uses
    /// anything it explains.
    pub legend: Option<LegendLayout>,
}

/// The block above the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleBlockLayout {
    /// The whole block.
    pub rect: Rect,
    /// The map title.
    pub title: Rect,
    /// The title's lines.
    pub title_text: TextBlock,
    /// The description, if any.
    pub description: Option<Rect>,
    /// The description's lines (empty without one).
    pub description_text: TextBlock,
    /// The primary persona's card, if there is a primary persona.
    pub persona: Option<Rect>,
    /// The lines in the persona card beside the avatar, top to bottom:
    /// name, summary, quote (each only when it has words).
    pub persona_text: Vec<PersonaText>,
}

/// Which line of the persona card a text is, for its font and colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonaPart {
    /// The persona's name.
    Name,
    /// Age, occupation and segment.
    Summary,
    /// The quote, in quotation marks.
    Quote,
}

/// One text of the persona card, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaText {
    /// Which text it is.
    pub part: PersonaPart,
    /// Its top-left corner.
    pub min: Pos2,
    /// Its lines.
    pub block: TextBlock,
}

/// One phase: its header and the columns of its steps together.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseLayout {
    /// The phase.
    pub id: PhaseId,
    /// The header cell on top; for a phase of one step in a map whose
    /// other phases show step headers, it reaches down over the step row.
    pub header: Rect,
    /// The phase name inside the header (clear of the chevron's notch and point).
    pub name: Rect,
    /// The name's lines.
    pub name_text: TextBlock,
    /// The description under the name, if any.
    pub description: Option<Rect>,
    /// The description's lines (empty without one).
    pub description_text: TextBlock,
    /// The column below the header, through every lane.
    pub column: Rect,
}

/// One step: a column of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct StepLayout {
    /// The step.
    pub id: StepId,
    /// The phase it is in, by position.
    pub phase_index: usize,
    /// Its header under the phase's, when the phase has several steps.
    pub header: Option<StepHeaderLayout>,
    /// The column below the headers, through every lane.
    pub column: Rect,
}

/// The header of a step in a phase with several steps.
#[derive(Clone, Debug, PartialEq)]
pub struct StepHeaderLayout {
    /// The whole header cell.
    pub rect: Rect,
    /// The step's name.
    pub name: Rect,
    /// The name's lines.
    pub name_text: TextBlock,
    /// The description under the name, if any.
    pub description: Option<Rect>,
    /// The description's lines (empty without one).
    pub description_text: TextBlock,
}

/// One lane row.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneLayout {
    /// The lane.
    pub id: LaneId,
    /// The header cell on the left.
    pub header: Rect,
    /// The lane's name in its header, after the icon.
    pub name_text: TextBlock,
    /// The row right of the header, through every phase.
    pub row: Rect,
    /// Drawn as a thin strip.
    pub collapsed: bool,
    /// Which values of the emotion scale are written on the axis of an
    /// expanded emotion lane, as indices into `EmotionScale::values`, bottom
    /// to top (a dense scale labels only some); empty for other lanes.
    pub scale_labels: Vec<usize>,
}

/// One card and the parts inside it.
#[derive(Clone, Debug, PartialEq)]
pub struct CardLayout {
    /// The card.
    pub id: CardId,
    /// The whole note.
    pub rect: Rect,
    /// Channel icon and media badge row (touchpoint cards).
    pub badges: Option<Rect>,
    /// The channel's name in that row as drawn: whole, shortened with "…",
    /// or empty where not even three letters fit (the legend then names
    /// the icon).
    pub channel_name: String,
    /// The media type's pill in that row, if the card names one.
    pub media_badge: Option<Rect>,
    /// The large KPI number (KPI cards).
    pub kpi: Option<Rect>,
    /// The KPI's lines: the number (run 0) and its unit (run 1).
    pub kpi_text: TextBlock,
    /// The title text.
    pub title: Rect,
    /// The title's lines.
    pub title_text: TextBlock,
    /// The notes text, if any.
    pub notes: Option<Rect>,
    /// The notes' lines (empty without notes).
    pub notes_text: TextBlock,
    /// A tag per actor the card names, at its foot, in the card's order
    /// (see `layout::shown_actors`); empty for a card without actors.
    pub actors: Vec<ActorTagLayout>,
    /// Width to wrap text at.
    pub text_width: f32,
    /// The card's lane is collapsed: the card is not drawn.
    pub hidden: bool,
}

/// The tag of one actor on a card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorTagLayout {
    /// The whole rounded tag.
    pub rect: Rect,
    /// Where the name goes; narrower than the name when the card is, then
    /// the name is shortened with "…".
    pub name: Rect,
    /// The colour dot before a persona's name; `None` for a free name.
    pub dot: Option<Rect>,
}

/// One emotion curve inside one emotion lane.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveLayout {
    /// The curve.
    pub id: CurveId,
    /// The emotion lane it is drawn in.
    pub lane: LaneId,
    /// The value points, by step, left to right.
    pub points: Vec<(StepId, Pos2)>,
    /// The smooth line through the points.
    pub path: Vec<Pos2>,
    /// Where each point's face goes (same order as `points`): on the
    /// point, or beside it where another curve's face would cover it.
    pub faces: Vec<Pos2>,
    /// Each point's label (same order), broken to fit its step; empty
    /// for a point without one.
    pub labels: Vec<TextBlock>,
}

impl MapLayout {
    /// The cell of a step (column) and a lane.
    pub fn cell(&self, column: usize, lane_index: usize) -> Option<Rect> {
        let step = self.steps.get(column)?;
        let lane = self.lanes.get(lane_index)?;
        Some(Rect::from_x_y_ranges(
            step.column.x_range(),
            lane.row.y_range(),
        ))
    }

    /// The whole grid: headers, rows and columns.
    pub fn grid(&self) -> Rect {
        let mut grid = self.corner;
        for phase in &self.phases {
            grid = grid.union(phase.column).union(phase.header);
        }
        for step in self.steps.iter().filter_map(|step| step.header.as_ref()) {
            grid = grid.union(step.rect);
        }
        for lane in &self.lanes {
            grid = grid.union(lane.row).union(lane.header);
        }
        grid
    }
}
