//! Slide exports: the map laid out for the slide's shape, and split into a
//! series of slides when its card text would otherwise be too small to read.
//!
//! A series splits the map by ranges of phases, and a phase range by groups
//! of lanes when even one phase is too tall. Every slide is an ordinary map
//! of its part (so it repeats the phase and lane headers and has its own
//! legend), and its title block says where it is in the whole map. A card is
//! never cut: a slide shows whole phases and whole lanes.

mod caption;
mod fit;

pub use fit::map_size;

use emath::{Vec2, vec2};

use super::subset::{lane_range, phase_range};
use crate::layout::{MapLayout, Metrics, TextMeasure, TextRole, TitleShown};
use crate::model::Journey;

/// Empty space around the map on each side of a slide, as a share of the
/// slide's width and height.
pub const SLIDE_MARGIN: f32 = 0.04;

/// The map's own margin on a slide, in map points: just enough to keep
/// the title's tallest letters inside the picture.
const MAP_MARGIN: f32 = 8.0;

/// The lane header column on a slide, in map points: narrower than on the
/// canvas (190), because on a slide every point of width the columns get
/// back makes their cards shorter and the text larger.
const LANE_HEADER_WIDTH: f32 = 150.0;

/// The smallest card text a slide series allows by default, in points on
/// the slide: 10 pt, the smallest size a room reads off a projected slide.
pub const DEFAULT_MIN_TEXT_PT: f32 = 10.0;

/// A slide is 7.5 inches tall, at 16:9 (13.333 × 7.5) and at 4:3 (10 × 7.5).
const SLIDE_HEIGHT_INCHES: f32 = 7.5;

/// Typographic points per inch.
const POINTS_PER_INCH_ON_PAPER: f32 = 72.0;

/// How a slide export splits a map that would be too small to read.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SlideOptions {
    /// The smallest card body text, in the slide's pixels; `None` for
    /// [`DEFAULT_MIN_TEXT_PT`] (20 px on a 1920 × 1080 slide).
    pub min_text: Option<f32>,
    /// A first slide with the whole map before the series.
    pub overview: bool,
}

impl SlideOptions {
    /// The smallest card body text in pixels on a slide `height` pixels tall.
    pub fn min_text_px(&self, height: u32) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "slide heights are small")]
        let height = height as f32;
        self.min_text.unwrap_or(
            height / SLIDE_HEIGHT_INCHES * DEFAULT_MIN_TEXT_PT / POINTS_PER_INCH_ON_PAPER,
        )
    }
}

/// Which part of the exported map a slide shows: 0-based, inclusive ranges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    /// The phases.
    pub phases: (usize, usize),
    /// The lanes, or `None` for all of them.
    pub lanes: Option<(usize, usize)>,
}

/// One slide: its part of the map, laid out for the slide.
pub struct Slide {
    /// The part of the map it shows, as a map of its own.
    pub journey: Journey,
    /// Its layout, columns sized to the slide.
    pub layout: MapLayout,
    /// Output pixels per map point.
    pub pixels_per_point: f32,
    /// Which part it is; `None` for the whole map.
    pub part: Option<Part>,
}

/// The phases after which a slide may end: those no card reaches past into
/// the next phase (a slide never cuts a card), and the last.
fn slide_ends(journey: &Journey) -> Vec<usize> {
    let column_of = journey.step_columns();
    let phase_ends: Vec<usize> = journey
        .phases
        .iter()
        .filter_map(|phase| journey.phase_columns(phase.id).map(|columns| columns.end))
        .collect();
    let crossed = |end: usize| {
        journey.cards.iter().any(|card| {
            column_of
                .get(&card.step)
                .is_some_and(|&start| start < end && start + card.span.max(1) as usize > end)
        })
    };
    let last = journey.phases.len().saturating_sub(1);
    (0..journey.phases.len())
        .filter(|&phase| phase == last || phase_ends.get(phase).is_some_and(|&end| !crossed(end)))
        .collect()
}

/// The pixels inside a slide's margins.
pub fn room(slide: (u32, u32)) -> Vec2 {
    #[expect(clippy::cast_precision_loss, reason = "slide sizes are small")]
    let size = vec2(slide.0 as f32, slide.1 as f32);
    size * (1.0 - 2.0 * SLIDE_MARGIN)
}

/// What a slide plan needs to know besides the map.
pub struct Planner<'a> {
    /// Measures text in the export's fonts.
    pub measure: &'a dyn TextMeasure,
    /// The export's metrics (language, legend); the planner sets the title
    /// and the column widths.
    pub metrics: Metrics,
    /// The slide in pixels.
    pub slide: (u32, u32),
    /// Series options.
    pub options: SlideOptions,
    /// Whether the slides show the map's title.
    pub show_title: bool,
    /// The exported map's first phase in the whole map, and the whole map's
    /// number of phases: a slide names its phases as the whole map counts them.
    pub phase_numbers: (usize, usize),
}

impl Planner<'_> {
    /// The whole map on one slide, with its full title block.
    pub fn whole(&self, journey: &Journey) -> Slide {
        let title = if self.show_title {
            TitleShown::Full
        } else {
            TitleShown::Hidden
        };
        self.slide_of(journey.clone(), None, title)
    }

    /// The slides for `journey`: one when its card text is large enough on
    /// one slide, else a series (after the whole map if asked for).
    pub fn plan(&self, journey: &Journey) -> Vec<Slide> {
        let whole = self.whole(journey);
        if self.readable(&whole) || journey.phases.is_empty() {
            return vec![whole];
        }
        let mut slides = if self.options.overview {
            vec![whole]
        } else {
            Vec::new()
        };
        let mut first = 0;
        while first < journey.phases.len() {
            let (last, group) = self.next_group(journey, first);
            slides.extend(group);
            first = last + 1;
        }
        slides
    }

    /// The slides from phase `first`: the longest phase range that is
    /// readable with all its lanes, else phase ranges split into as few lane
    /// groups as the shortest range needs. A range ends only where no card
    /// reaches into the next phase. Returns the range's last phase.
    fn next_group(&self, journey: &Journey, first: usize) -> (usize, Vec<Slide>) {
        let ends: Vec<usize> = slide_ends(journey)
            .into_iter()
            .filter(|end| *end >= first)
            .collect();
        let mut best = None;
        for &last in &ends {
            let slide = self.part(
                journey,
                Part {
                    phases: (first, last),
                    lanes: None,
                },
            );
            if !self.readable(&slide) {
                break;
            }
            best = Some((last, vec![slide]));
        }
        if let Some(best) = best {
            return best;
        }
        let mut last = ends[0];
        let mut groups = self.lane_groups(journey, (first, last));
        for &wider_end in &ends[1..] {
            let wider = self.lane_groups(journey, (first, wider_end));
            let unreadable = wider.iter().any(|slide| !self.readable(slide));
            if wider.len() > groups.len() || unreadable {
                break;
            }
            groups = wider;
            last = wider_end;
        }
        (last, groups)
    }

    /// Phases `phases` split into groups of lanes, each as many lanes as
    /// stay readable; a lane too tall even alone is a slide of its own at
    /// the size it fits (a card is never cut).
    fn lane_groups(&self, journey: &Journey, phases: (usize, usize)) -> Vec<Slide> {
        let lanes = journey.lanes.len();
        if lanes == 0 {
            return vec![self.part(
                journey,
                Part {
                    phases,
                    lanes: None,
                },
            )];
        }
        let mut slides = Vec::new();
        let mut first = 0;
        while first < lanes {
            let mut chosen = self.part(
                journey,
                Part {
                    phases,
                    lanes: Some((first, first)),
                },
            );
            let mut last = first;
            while last + 1 < lanes {
                let wider = self.part(
                    journey,
                    Part {
                        phases,
                        lanes: Some((first, last + 1)),
                    },
                );
                if !self.readable(&wider) {
                    break;
                }
                chosen = wider;
                last += 1;
            }
            slides.push(chosen);
            first = last + 1;
        }
        slides
    }

    /// A slide of one part of `journey`, its title block saying which.
    fn part(&self, journey: &Journey, part: Part) -> Slide {
        let mut piece = phase_range(journey, part.phases.0, part.phases.1);
        if let Some((first, last)) = part.lanes {
            piece = lane_range(&piece, first, last);
        }
        let text = caption::caption(
            self.metrics.lang,
            part,
            self.phase_numbers,
            journey.lanes.len(),
        );
        // The series' first slide names the map; the rest give its room to
        // the map and only say where they are.
        let first = part.phases.0 == 0 && part.lanes.is_none_or(|(lane, _)| lane == 0);
        let title = TitleShown::Caption {
            with_title: self.show_title && first,
            text,
        };
        self.slide_of(piece, Some(part), title)
    }

    fn slide_of(&self, journey: Journey, part: Option<Part>, title: TitleShown) -> Slide {
        let metrics = Metrics {
            title,
            // The slide has margins of its own.
            margin: MAP_MARGIN,
            lane_header_width: LANE_HEADER_WIDTH,
            ..self.metrics.clone()
        };
        let fitted = fit::fit(&journey, &metrics, self.measure, room(self.slide));
        Slide {
            journey,
            layout: fitted.layout,
            pixels_per_point: fitted.pixels_per_point,
            part,
        }
    }

    /// Whether a slide's card body text reaches the minimum size.
    fn readable(&self, slide: &Slide) -> bool {
        let body = crate::theme::font(TextRole::CardNotes).size;
        body * slide.pixels_per_point >= self.options.min_text_px(self.slide.1)
    }
}
