//! Sizes that shape the layout, in map points (1 point = 1 pixel at 100% zoom and 1× export).

use crate::i18n::Lang;

/// Every size the layout uses, and the language of the numbers and words the
/// layout measures (KPI values, quotation marks). The theme's defaults live in [`Metrics::default`];
/// user choices stored in the document (column widths, lane heights) override them.
#[derive(Clone, Debug, PartialEq)]
pub struct Metrics {
    /// Outer margin around the whole map.
    pub margin: f32,
    /// Width of the lane header column on the left.
    pub lane_header_width: f32,
    /// Minimum height of the phase header row.
    pub phase_header_height: f32,
    /// Minimum height of the step header row (only when a phase has several steps).
    pub step_header_height: f32,
    /// Space above and below a step's name in its header.
    pub step_header_padding: f32,
    /// How far a phase header's chevron point sticks into the next header.
    pub phase_chevron: f32,
    /// Width of a step's column unless the step sets its own (a phase of
    /// one step is one such column).
    pub phase_width: f32,
    /// Smallest and largest width a step's column may be given.
    pub phase_width_range: (f32, f32),
    /// Height of an empty lane.
    pub lane_min_height: f32,
    /// Height of an emotion lane.
    pub emotion_lane_height: f32,
    /// Radius of the face drawn at an emotion value.
    pub face_radius: f32,
    /// Height of a collapsed lane strip.
    pub collapsed_lane_height: f32,
    /// Free space kept between two labels of the emotion scale's axis.
    pub scale_label_gap: f32,
    /// Space between a cell's border and its cards.
    pub cell_padding: f32,
    /// Vertical space between stacked cards.
    pub card_gap: f32,
    /// Space between a card's border and its text.
    pub card_padding: f32,
    /// Room kept free at a card's right edge for the evidence marker.
    pub card_marker_space: f32,
    /// Height of the row with the channel icon and media badge on touchpoint cards.
    pub card_badge_row: f32,
    /// Room for the channel's icon at the start of that row, before its name.
    pub channel_icon_width: f32,
    /// Height of an actor's tag at a card's foot.
    pub actor_tag_height: f32,
    /// Space between an actor tag's border and its name.
    pub actor_tag_padding: f32,
    /// Space between two actor tags, side by side and line above line, and
    /// between a persona's colour dot and its name.
    pub actor_tag_gap: f32,
    /// Space between a card's text and its row of actor tags.
    pub actor_row_gap: f32,
    /// Diameter of the colour dot before a persona's name in its tag.
    pub actor_dot: f32,
    /// Space between the title block and the grid.
    pub title_gap: f32,
    /// Width of the persona card in the title block.
    pub persona_width: f32,
    /// Inner padding of headers and the title block.
    pub header_padding: f32,
    /// Room for the icon before a lane's name in its header.
    pub lane_icon_width: f32,
    /// What the title block above the grid shows.
    pub title: TitleShown,
    /// Every step column's width is multiplied by this: a slide export
    /// widens or narrows the columns until the map fills the slide's shape.
    pub column_scale: f32,
    /// Whether the legend goes under the grid (it takes room, so the
    /// layout must know).
    pub show_legend: bool,
    /// The language numbers are written in: the layout measures them as
    /// painted, so it must know. The canvas passes the interface's language,
    /// an export the one in its options.
    pub lang: Lang,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            margin: 32.0,
            lane_header_width: 190.0,
            phase_header_height: 64.0,
            step_header_height: 34.0,
            step_header_padding: 8.0,
            phase_chevron: 14.0,
            phase_width: 250.0,
            phase_width_range: (120.0, 800.0),
            lane_min_height: 84.0,
            emotion_lane_height: 210.0,
            face_radius: 11.0,
            collapsed_lane_height: 30.0,
            scale_label_gap: 1.0,
            cell_padding: 10.0,
            card_gap: 8.0,
            card_padding: 10.0,
            card_badge_row: 22.0,
            channel_icon_width: 20.0,
            card_marker_space: 10.0,
            actor_tag_height: 18.0,
            actor_tag_padding: 6.0,
            actor_tag_gap: 4.0,
            actor_row_gap: 6.0,
            actor_dot: 7.0,
            title_gap: 20.0,
            persona_width: 360.0,
            header_padding: 14.0,
            lane_icon_width: 24.0,
            title: TitleShown::Full,
            column_scale: 1.0,
            show_legend: true,
            lang: Lang::En,
        }
    }
}

/// What the title block above the grid shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum TitleShown {
    /// Title, description and the primary persona's card.
    #[default]
    Full,
    /// One slide of a series: the title (unless `with_title` is false) and,
    /// where the description goes, a line saying which part of the map the
    /// slide shows. No persona card: the series' room goes to the map.
    Caption {
        /// Whether the map's title comes first.
        with_title: bool,
        /// Where the slide is in the map ("Phases 3–4 of 6").
        text: String,
    },
    /// Nothing: the grid starts at the top and takes the title's room.
    Hidden,
}
