//! The journey inspector's emotion scale: the common scales as quick
//! choices, and "Custom…" with minimum, maximum and step typed as numbers.
//!
//! Typed numbers live in a draft (egui's memory, never the map) and change
//! the map only through Apply, as one `ChangeScale` step: a half-typed "1"
//! on the way to "10" must not move every curve value.

use egui::{Id, TextEdit, Ui};

use crate::edit::Edit;
use crate::i18n::{self, Lang, text::inspector as t, tr, tr_args, tr_in};
use crate::model::{EmotionScale, ScaleProblem};
use crate::paint::scale_value_text;
use crate::theme;

use super::{InspectorOutput, combo};

/// The scales offered as quick choices: those of domain.md's "Emotion scales
/// in use", signed ones first.
const SCALES: [EmotionScale; 7] = [
    scale(-2.0, 2.0, 1.0),
    scale(-3.0, 3.0, 1.0),
    scale(-5.0, 5.0, 1.0),
    scale(0.0, 5.0, 1.0),
    scale(1.0, 5.0, 1.0),
    scale(1.0, 10.0, 1.0),
    scale(0.0, 10.0, 1.0),
];

const fn scale(min: f32, max: f32, step: f32) -> EmotionScale {
    EmotionScale { min, max, step }
}

/// How a scale reads: "−2 … +2" for one through zero, "1 … 5" otherwise,
/// with its step when that is not 1 (a scale from a file may have any).
pub(super) fn scale_name(scale: EmotionScale, lang: Lang) -> String {
    let range = format!(
        "{} … {}",
        scale_value_text(scale.min, &scale, lang),
        scale_value_text(scale.max, &scale, lang)
    );
    if (scale.step - 1.0).abs() < 1e-6 {
        range
    } else {
        let step = i18n::format_number(lang, f64::from(scale.step), 2);
        tr_in(
            lang,
            t::SCALE_WITH_STEP,
            &[("range", (&range).into()), ("step", (&step).into())],
        )
    }
}

/// The custom scale as typed so far.
#[derive(Clone, Debug, Default, PartialEq)]
struct Draft {
    min: String,
    max: String,
    step: String,
}

impl Draft {
    /// The fields filled with `scale`, written the `lang` way.
    fn of(scale: EmotionScale, lang: Lang) -> Self {
        let number = |value: f32| i18n::format_number(lang, f64::from(value), 2);
        Self {
            min: number(scale.min),
            max: number(scale.max),
            step: number(scale.step),
        }
    }

    /// The scale typed, read the `lang` way, or what makes it unusable.
    fn scale(&self, lang: Lang) -> Result<EmotionScale, ScaleProblem> {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "to the model's precision; a huge number fails the rules anyway"
        )]
        let number = |text: &str| i18n::parse_number(lang, text).map(|value| value as f32);
        let (Some(min), Some(max), Some(step)) =
            (number(&self.min), number(&self.max), number(&self.step))
        else {
            return Err(ScaleProblem::NotANumber);
        };
        let scale = EmotionScale { min, max, step };
        scale.problem().map_or(Ok(scale), Err)
    }
}

/// The "Emotion scale" drop-down and, after "Custom…", the custom fields.
pub(super) fn scale_ui(ui: &mut Ui, current: EmotionScale, out: &mut InspectorOutput) {
    let lang = i18n::current();
    let draft_id = Id::unique("inspector_scale_draft");
    let mut draft: Option<Draft> = ui.data(|data| data.get_temp(draft_id));
    combo(ui, &tr(t::EMOTION_SCALE), scale_name(current, lang), |ui| {
        for scale in SCALES {
            let chosen = draft.is_none() && scale == current;
            if ui
                .selectable_label(chosen, scale_name(scale, lang))
                .clicked()
            {
                draft = None;
                if scale != current {
                    out.edit(Edit::ChangeScale(scale));
                }
            }
        }
        let custom = draft.is_some() || !SCALES.contains(&current);
        if ui.selectable_label(custom, tr(t::SCALE_CUSTOM)).clicked() && draft.is_none() {
            draft = Some(Draft::of(current, lang));
        }
    });
    if let Some(typed) = &mut draft
        && !custom_ui(ui, typed, current, lang, out)
    {
        draft = None;
    }
    ui.data_mut(|data| match draft {
        Some(draft) => {
            data.insert_temp(draft_id, draft);
        }
        None => data.remove::<Draft>(draft_id),
    });
}

/// The minimum, maximum and step fields with their verdict, Apply and
/// Cancel. False once the draft is done with (applied or cancelled).
fn custom_ui(
    ui: &mut Ui,
    draft: &mut Draft,
    current: EmotionScale,
    lang: Lang,
    out: &mut InspectorOutput,
) -> bool {
    egui::Grid::new("inspector_scale_fields")
        .num_columns(2)
        .show(ui, |ui| {
            for (msg, text) in [
                (t::SCALE_MIN, &mut draft.min),
                (t::SCALE_MAX, &mut draft.max),
                (t::SCALE_STEP, &mut draft.step),
            ] {
                number_field(ui, &tr(msg), text);
                ui.end_row();
            }
        });
    let typed = draft.scale(lang);
    match typed {
        Ok(scale) => {
            ui.label(scale_name(scale, lang));
        }
        Err(problem) => {
            let reason = problem.message_in(lang);
            ui.colored_label(
                theme::WARNING,
                tr_args(t::SCALE_UNUSABLE, &[("reason", (&reason).into())]),
            );
        }
    }
    let mut open = true;
    ui.horizontal(|ui| {
        let new = typed.ok().filter(|scale| *scale != current);
        let apply = ui
            .add_enabled(new.is_some(), egui::Button::new(tr(t::SCALE_APPLY)))
            .on_hover_text(tr(t::SCALE_APPLY_TIP));
        if apply.clicked()
            && let Some(scale) = new
        {
            out.edit(Edit::ChangeScale(scale));
            open = false;
        }
        if ui.button(tr(t::SCALE_CANCEL)).clicked() {
            open = false;
        }
    });
    open
}

/// A short text field for a number, named "Minimum field" and so on for
/// screen readers and tests.
fn number_field(ui: &mut Ui, label: &str, text: &mut String) {
    ui.label(label);
    let response = ui.add(TextEdit::singleline(text).desired_width(theme::SCALE_FIELD_WIDTH));
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::text_edit(true, text.as_str(), text.as_str(), "");
        info.label = Some(tr_args(t::FIELD, &[("label", label.into())]));
        info
    });
}

#[cfg(test)]
mod tests {
    use super::{Draft, EmotionScale, Lang, SCALES, ScaleProblem, scale_name};

    fn draft(min: &str, max: &str, step: &str) -> Draft {
        Draft {
            min: min.into(),
            max: max.into(),
            step: step.into(),
        }
    }

    #[test]
    fn presets_read_without_a_plus_unless_they_go_below_zero() {
        let names: Vec<String> = SCALES.iter().map(|s| scale_name(*s, Lang::En)).collect();
        assert_eq!(
            names,
            [
                "−2 … +2",
                "−3 … +3",
                "−5 … +5",
                "0 … 5",
                "1 … 5",
                "1 … 10",
                "0 … 10"
            ]
        );
        for scale in SCALES {
            assert_eq!(scale.problem(), None, "{scale:?}");
        }
        let halves = EmotionScale {
            min: -2.0,
            max: 2.0,
            step: 0.5,
        };
        assert_eq!(scale_name(halves, Lang::De), "−2 … +2 in Schritten von 0,5");
    }

    #[test]
    fn typed_scales_are_read_in_the_interface_language_and_checked() {
        let halves = EmotionScale {
            min: 1.0,
            max: 10.0,
            step: 0.5,
        };
        assert_eq!(draft("1", "10", "0,5").scale(Lang::De), Ok(halves));
        assert_eq!(draft("1", "10", "0.5").scale(Lang::En), Ok(halves));
        assert_eq!(
            draft("−5", "5", "1").scale(Lang::En).map(|s| s.min),
            Ok(-5.0)
        );
        for (typed, problem) in [
            (draft("", "5", "1"), ScaleProblem::NotANumber),
            (draft("1", "5", "x"), ScaleProblem::NotANumber),
            (draft("5", "5", "1"), ScaleProblem::MinNotBelowMax),
            (draft("0", "5", "0"), ScaleProblem::StepNotPositive),
            (draft("0", "5", "0,25"), ScaleProblem::StepNotWholeOrHalf),
            (draft("0,5", "5", "1"), ScaleProblem::BoundsOffStep),
            (draft("0", "1000", "1"), ScaleProblem::TooManySteps),
        ] {
            assert_eq!(typed.scale(Lang::De), Err(problem), "{typed:?}");
        }
    }

    #[test]
    fn a_draft_starts_with_the_scale_written_the_language_way() {
        let scale = EmotionScale {
            min: -2.0,
            max: 2.0,
            step: 0.5,
        };
        assert_eq!(Draft::of(scale, Lang::De), draft("-2", "2", "0,5"));
        assert_eq!(Draft::of(scale, Lang::De).scale(Lang::De), Ok(scale));
    }
}
