//! The find bar (Ctrl+F): a thin bar under the toolbar that searches the
//! map as the user types and steps through the matches.
//!
//! It holds the query and which match is current; the matches themselves
//! come from [`crate::find`]. It never moves the view or the selection: it
//! answers which target to go to ([`FindBarOutput::goto`], [`FindBar::next`])
//! and the app scrolls there and asks the canvas to outline the matches.

use egui::{Key, KeyboardShortcut, Modifiers, TextEdit, Ui};

use super::shortcut_text::shortcut_text;
use crate::find::{FindMatch, FindTarget, find, fold};
use crate::i18n::text::find as t;
use crate::i18n::{tr, tr_args};
use crate::model::Journey;
use crate::theme;

/// F3 goes on to the next match, as in most editors and browsers.
pub const NEXT_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F3);
/// Shift+F3 goes back to the previous match.
pub const PREVIOUS_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::SHIFT, Key::F3);
/// Escape closes the bar.
const CLOSE_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Escape);

/// What the bar asks of the app after a frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct FindBarOutput {
    /// The user closed the bar (Escape or the Close button): hide it and give
    /// the keyboard back to the canvas.
    pub close: bool,
    /// A match became current: scroll it into view.
    pub goto: Option<FindTarget>,
}

/// The find bar's state: the typed query, kept while the bar is closed so
/// reopening it finds the same thing again, and the current match.
#[derive(Debug, Default)]
pub struct FindBar {
    /// What the user typed, as typed.
    query: String,
    /// The folded, trimmed query the matches belong to; differs from
    /// `query` for the frame in which the user typed.
    searched_query: String,
    /// The document revision the matches belong to.
    searched_revision: Option<u64>,
    /// Every match, in reading order.
    matches: Vec<FindMatch>,
    /// Index into `matches` of the match shown.
    current: Option<usize>,
    /// Whether the app shows the bar.
    open: bool,
    /// The field should take the keyboard (and select its text) next frame.
    focus: bool,
}

impl FindBar {
    /// Shows the bar (or keeps it shown) and puts the keyboard in its field
    /// with the text selected, so typing replaces the last query.
    pub fn open(&mut self) {
        self.open = true;
        self.focus = true;
    }

    /// Hides the bar; the query stays for the next time.
    pub fn close(&mut self) {
        self.open = false;
        self.focus = false;
    }

    /// Whether the bar is shown (and the canvas should outline the matches).
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Every match of the last search, in reading order.
    pub fn matches(&self) -> &[FindMatch] {
        &self.matches
    }

    /// The match shown now, if any.
    pub fn current(&self) -> Option<FindTarget> {
        self.current
            .and_then(|index| self.matches.get(index))
            .map(|found| found.target)
    }

    /// Makes the next match current, wrapping from the last to the first,
    /// and returns it. Works on the last search: call [`Self::refresh`]
    /// first when the document may have changed.
    pub fn next(&mut self) -> Option<FindTarget> {
        let count = self.matches.len();
        if count == 0 {
            return None;
        }
        self.current = Some(self.current.map_or(0, |at| (at + 1) % count));
        self.current()
    }

    /// Makes the previous match current, wrapping from the first to the
    /// last, and returns it.
    pub fn previous(&mut self) -> Option<FindTarget> {
        let count = self.matches.len();
        if count == 0 {
            return None;
        }
        self.current = Some(
            self.current
                .map_or(count - 1, |at| (at + count - 1) % count),
        );
        self.current()
    }

    /// Searches again if the document changed since the last search (or the
    /// query did). The current match stays current while it still matches,
    /// so editing the map does not throw the user back to the first match.
    pub fn refresh(&mut self, journey: &Journey, revision: u64) {
        // A new query has nowhere to go from here; `ui` reports its first match.
        let _ = self.search(journey, revision);
    }

    /// Searches if the query or the document changed. Returns the match to
    /// go to when the query changed: its first one.
    fn search(&mut self, journey: &Journey, revision: u64) -> Option<FindTarget> {
        let folded = fold(self.query.trim());
        let query_changed = folded != self.searched_query;
        if !query_changed && self.searched_revision == Some(revision) {
            return None;
        }
        let previous = self.current();
        let previous_index = self.current;
        self.matches = find(journey, &self.query);
        self.searched_query = folded;
        self.searched_revision = Some(revision);
        if query_changed {
            self.current = (!self.matches.is_empty()).then_some(0);
            return self.current();
        }
        // When the current match is gone (deleted, renamed), the one that
        // took its place in reading order is the natural next stop.
        self.current = previous
            .and_then(|target| self.matches.iter().position(|m| m.target == target))
            .or_else(|| {
                let last = self.matches.len().checked_sub(1)?;
                previous_index.map(|index| index.min(last))
            });
        None
    }

    /// The bar: field, match count, Previous, Next and Close. Searches as
    /// the user types; Enter and Shift+Enter in the field step through the
    /// matches, Escape closes.
    pub fn ui(&mut self, ui: &mut Ui, journey: &Journey, revision: u64) -> FindBarOutput {
        let mut output = FindBarOutput::default();
        ui.horizontal(|ui| {
            let label = ui.label(tr(t::FIND_LABEL));
            let field_id = ui.make_persistent_id("find_field");
            if self.focus {
                // Selected, so typing replaces the last query while Enter
                // still steps through its matches.
                let mut state = TextEdit::load_state(ui.ctx(), field_id).unwrap_or_default();
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::select_all_str(&self.query)));
                TextEdit::store_state(ui.ctx(), field_id, state);
            }
            let field = TextEdit::singleline(&mut self.query)
                .id(field_id)
                .hint_text(tr(t::FIND_HINT))
                .desired_width(theme::FIND_FIELD_WIDTH)
                // Enter steps to the next match and keeps the keyboard here,
                // instead of ending the input as a single-line field does.
                .return_key(None)
                .show(ui)
                .response
                .response
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus) {
                field.request_focus();
            }
            output.goto = self.search(journey, revision);
            if field.has_focus() {
                output.goto = self.field_keys(ui).or(output.goto);
            }
            // egui drops the focus on Escape before any widget runs, so the
            // field sees it as focus lost with Escape down.
            if field.lost_focus() && ui.input_mut(|i| i.consume_shortcut(&CLOSE_SHORTCUT)) {
                output.close = true;
            }
            ui.label(self.count_text());
            output.goto = self.buttons_ui(ui, &mut output.close).or(output.goto);
        });
        if output.close {
            self.close();
        }
        output
    }

    /// Enter and Shift+Enter in the field, consumed so that the canvas does
    /// not also open the selected card for editing.
    fn field_keys(&mut self, ui: &Ui) -> Option<FindTarget> {
        // Shift+Enter first: Enter alone would also match it.
        if ui.input_mut(|i| i.consume_key(Modifiers::SHIFT, Key::Enter)) {
            self.previous()
        } else if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
            self.next()
        } else {
            None
        }
    }

    /// Previous, Next and Close, each with its shortcut in the tooltip.
    fn buttons_ui(&mut self, ui: &mut Ui, close: &mut bool) -> Option<FindTarget> {
        let tip = |message, shortcut| {
            tr_args(
                message,
                &[(
                    "shortcut",
                    shortcut_text(ui.ctx(), shortcut).as_str().into(),
                )],
            )
        };
        let (previous_tip, next_tip, close_tip) = (
            tip(t::FIND_PREVIOUS, PREVIOUS_SHORTCUT),
            tip(t::FIND_NEXT, NEXT_SHORTCUT),
            tip(t::FIND_CLOSE, CLOSE_SHORTCUT),
        );
        let can_step = !self.matches.is_empty();
        let mut goto = None;
        let previous = ui.add_enabled(can_step, egui::Button::new(tr(t::FIND_PREVIOUS_BUTTON)));
        if previous.on_hover_text(previous_tip).clicked() {
            goto = self.previous();
        }
        let next = ui.add_enabled(can_step, egui::Button::new(tr(t::FIND_NEXT_BUTTON)));
        if next.on_hover_text(next_tip).clicked() {
            goto = self.next();
        }
        if ui
            .button(tr(t::FIND_CLOSE_BUTTON))
            .on_hover_text(close_tip)
            .clicked()
        {
            *close = true;
        }
        goto
    }

    /// "3 of 12", "12 matches" while none is current, "No matches", or
    /// nothing while the field is empty.
    fn count_text(&self) -> String {
        let total = self.matches.len();
        match self.current {
            _ if self.searched_query.is_empty() => String::new(),
            _ if total == 0 => tr(t::FIND_NO_MATCHES),
            Some(index) => tr_args(
                t::FIND_POSITION,
                &[("current", (index + 1).into()), ("total", total.into())],
            ),
            None => tr_args(t::FIND_COUNT, &[("total", total.into())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use egui::{Key, Modifiers};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::{FindBar, FindBarOutput};
    use crate::find::FindTarget;
    use crate::model::{Card, CardId, Journey, LaneKind};

    /// One phase and one lane, named so the tests' queries miss them, and a card per title.
    fn journey(titles: &[&str]) -> Journey {
        let mut journey = Journey::default();
        let phase = journey.push_phase("Q");
        let step = journey.first_step(phase).expect("a new phase has a step");
        let lane = journey.push_lane("R", LaneKind::Actions);
        for title in titles {
            let id = CardId(journey.ids.next_raw());
            journey.cards.push(Card::new(id, lane, step, *title));
        }
        journey
    }

    fn card(journey: &Journey, title: &str) -> Option<FindTarget> {
        let card = journey.cards.iter().find(|card| card.title == title)?;
        Some(FindTarget::Card(card.id))
    }

    /// A bar that has searched `journey` at revision 1 for `query`.
    fn searched(journey: &Journey, query: &str) -> (FindBar, Option<FindTarget>) {
        let mut bar = FindBar {
            query: query.to_owned(),
            ..FindBar::default()
        };
        let goto = bar.search(journey, 1);
        (bar, goto)
    }

    #[test]
    fn typing_makes_the_first_match_current_and_goes_there() {
        let journey = journey(&["apple", "banana", "apricot"]);
        let (bar, goto) = searched(&journey, "ap");
        assert_eq!(bar.matches().len(), 2);
        assert_eq!(goto, card(&journey, "apple"));
        assert_eq!(bar.current(), card(&journey, "apple"));
        assert_eq!(bar.count_text(), "1 of 2");
    }

    #[test]
    fn next_and_previous_wrap_around() {
        let journey = journey(&["a1", "a2", "a3"]);
        let (mut bar, _) = searched(&journey, "a");
        assert_eq!(bar.next(), card(&journey, "a2"));
        assert_eq!(bar.next(), card(&journey, "a3"));
        assert_eq!(bar.next(), card(&journey, "a1"));
        assert_eq!(bar.previous(), card(&journey, "a3"));
        assert_eq!(bar.previous(), card(&journey, "a2"));
        assert_eq!(bar.current(), card(&journey, "a2"));
        // Without a current match, next starts at the first, previous at the last.
        bar.current = None;
        assert_eq!(bar.next(), card(&journey, "a1"));
        bar.current = None;
        assert_eq!(bar.previous(), card(&journey, "a3"));
    }

    #[test]
    fn an_empty_query_or_one_without_matches_has_nowhere_to_go() {
        let journey = journey(&["a1"]);
        for query in ["", "   "] {
            let (mut bar, goto) = searched(&journey, query);
            assert_eq!(goto, None);
            assert!(bar.matches().is_empty());
            assert_eq!(bar.next(), None);
            assert_eq!(bar.previous(), None);
            assert_eq!(bar.current(), None);
            assert_eq!(bar.count_text(), "");
        }
        let (bar, goto) = searched(&journey, "zebra");
        assert_eq!(goto, None);
        assert_eq!(bar.count_text(), "No matches");
    }

    #[test]
    fn refresh_keeps_the_current_match_while_it_still_matches() {
        let mut journey = journey(&["a1", "a2", "a3"]);
        let (mut bar, _) = searched(&journey, "a");
        bar.next();
        // A new match appears before the current one.
        journey.cards[0].title = "b1".to_owned();
        journey.cards.push(Card::new(
            CardId(99),
            journey.lanes[0].id,
            journey.phases[0].steps[0].id,
            "a0",
        ));
        journey.cards.rotate_right(1);
        bar.refresh(&journey, 2);
        assert_eq!(bar.current(), card(&journey, "a2"));
        assert_eq!(bar.count_text(), "2 of 3");
    }

    #[test]
    fn refresh_moves_on_to_the_next_match_when_the_current_one_is_gone() {
        let mut journey = journey(&["a1", "a2", "a3"]);
        let (mut bar, _) = searched(&journey, "a");
        bar.next();
        journey.cards[1].title = "b2".to_owned();
        bar.refresh(&journey, 2);
        assert_eq!(bar.current(), card(&journey, "a3"));
        // The last one gone: the one before takes over.
        journey.cards[2].title = "b3".to_owned();
        bar.refresh(&journey, 3);
        assert_eq!(bar.current(), card(&journey, "a1"));
        journey.cards[0].title = "b1".to_owned();
        bar.refresh(&journey, 4);
        assert_eq!(bar.current(), None);
        assert_eq!(bar.count_text(), "No matches");
    }

    #[test]
    fn refresh_searches_only_when_the_revision_changed() {
        let mut journey = journey(&["a1"]);
        let (mut bar, _) = searched(&journey, "a");
        journey.cards[0].title = "b1".to_owned();
        bar.refresh(&journey, 1);
        assert_eq!(bar.matches().len(), 1, "same revision: no new search");
        bar.refresh(&journey, 2);
        assert!(bar.matches().is_empty());
    }

    #[test]
    fn a_trailing_space_keeps_the_current_match() {
        let journey = journey(&["a1", "a2"]);
        let (mut bar, _) = searched(&journey, "a");
        bar.next();
        bar.query.push(' ');
        assert_eq!(bar.search(&journey, 1), None);
        assert_eq!(bar.current(), card(&journey, "a2"));
    }

    #[test]
    fn closing_keeps_the_query_and_reopening_focuses_the_field() {
        let journey = journey(&["a1", "a2"]);
        let (mut bar, _) = searched(&journey, "a");
        bar.open();
        bar.close();
        assert!(!bar.is_open());
        bar.open();
        assert!(bar.is_open());
        assert!(bar.focus);
        assert_eq!(bar.query, "a");
        assert_eq!(bar.matches().len(), 2);
    }

    /// The bar in a harness of its own, opened, recording every non-empty output.
    fn harness(journey: Journey) -> Harness<'static, (FindBar, Journey, Vec<FindBarOutput>)> {
        let mut bar = FindBar::default();
        bar.open();
        let mut harness = Harness::new_ui_state(
            |ui, (bar, journey, outputs): &mut (FindBar, Journey, Vec<FindBarOutput>)| {
                let output = bar.ui(ui, journey, 1);
                if output != FindBarOutput::default() {
                    outputs.push(output);
                }
            },
            (bar, journey, Vec::new()),
        );
        harness.run();
        harness
    }

    #[test]
    fn typing_enter_shift_enter_and_escape_in_the_field() {
        let journey = journey(&["a1", "a2", "a3"]);
        let (a1, a2) = (card(&journey, "a1"), card(&journey, "a2"));
        let mut harness = harness(journey);
        assert!(harness.get_by_label("Find").is_focused());
        harness.event(egui::Event::Text("A".to_owned()));
        harness.run();
        harness.get_by_label("1 of 3");
        harness.key_press(Key::Enter);
        harness.run();
        harness.get_by_label("2 of 3");
        harness.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
        harness.run();
        harness.get_by_label("1 of 3");
        assert!(
            harness.get_by_label("Find").is_focused(),
            "Enter keeps the focus"
        );
        harness.key_press(Key::Escape);
        harness.run();
        let (bar, _, outputs) = harness.state();
        assert!(!bar.is_open());
        assert_eq!(bar.query, "A", "the query stays for the next time");
        let close = FindBarOutput {
            close: true,
            goto: None,
        };
        let goto = |target| FindBarOutput {
            close: false,
            goto: target,
        };
        assert_eq!(outputs, &[goto(a1), goto(a2), goto(a1), close]);
    }

    #[test]
    fn the_buttons_step_and_close() {
        let journey = journey(&["a1", "a2"]);
        let mut harness = harness(journey);
        harness.state_mut().0.query = "a".to_owned();
        harness.run();
        harness.get_by_label("Next").click();
        harness.run();
        harness.get_by_label("2 of 2");
        harness.get_by_label("Next").click();
        harness.run();
        harness.get_by_label("1 of 2");
        harness.get_by_label("Previous").click();
        harness.run();
        harness.get_by_label("2 of 2");
        harness.get_by_label("Close").click();
        harness.run();
        assert!(!harness.state().0.is_open());
    }
}
