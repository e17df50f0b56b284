#![expect(
    clippy::float_cmp,
    reason = "the fake measure gives whole numbers: exact equality is the point"
)]

use super::*;

/// Every character 8 points wide (a KPI number 16), every line 10 high
/// (a KPI number's 20).
struct Fixed;

impl TextMeasure for Fixed {
    fn line_size(&self, runs: &[(&str, TextRole)]) -> Vec2 {
        let mut width = 0.0;
        let mut height: f32 = 0.0;
        for (text, role) in runs {
            let (w, h) = if *role == TextRole::KpiValue {
                (16.0, 20.0)
            } else {
                (8.0, 10.0)
            };
            #[expect(clippy::cast_precision_loss, reason = "short test texts")]
            let chars = text.chars().count() as f32;
            width += chars * w;
            height = height.max(h);
        }
        vec2(width, height)
    }
}

fn lines(text: &str, width: f32, lang: Lang) -> Vec<String> {
    Typesetter::new(&Fixed, lang)
        .block(text, TextRole::CardNotes, width)
        .line_texts()
}

#[test]
fn breaks_at_spaces_and_keeps_every_line_within_the_width() {
    // 10 characters per line.
    let block = Typesetter::new(&Fixed, Lang::En).block(
        "the quick brown fox jumps over",
        TextRole::CardNotes,
        80.0,
    );
    assert_eq!(block.line_texts(), ["the quick", "brown fox", "jumps over"]);
    assert!(block.lines.iter().all(|line| line.size.x <= 80.0));
    assert_eq!(block.size, vec2(80.0, 30.0));
    assert_eq!(
        block.lines.iter().map(|l| l.top).collect::<Vec<_>>(),
        [0.0, 10.0, 20.0]
    );
}

#[test]
fn newlines_are_kept_and_an_empty_line_has_a_height() {
    assert_eq!(lines("one\n\ntwo", 200.0, Lang::En), ["one", "", "two"]);
    let block = Typesetter::new(&Fixed, Lang::En).block("a\n\nb", TextRole::CardNotes, 200.0);
    assert_eq!(block.size.y, 30.0);
}

#[test]
fn a_german_compound_wider_than_the_card_is_hyphenated_between_syllables() {
    // 12 characters per line.
    let broken = lines("Neue Kundenbindungsmaßnahmen planen", 96.0, Lang::De);
    assert!(
        broken.iter().all(|line| line.chars().count() <= 12),
        "{broken:?}"
    );
    // Every break inside the word carries a hyphen and falls between syllables.
    let joined = broken.join("|");
    assert!(
        joined.contains("Kun-") || joined.contains("Kunden-"),
        "{joined}"
    );
    assert!(!joined.contains("maßnahm|en"), "{joined}");
    let rebuilt: Vec<&str> = broken
        .iter()
        .map(|line| line.strip_suffix('-').unwrap_or(line))
        .collect();
    assert!(rebuilt.concat().contains("Kundenbindungsmaßnahmen"));
}

#[test]
fn a_word_that_fits_a_line_moves_down_whole() {
    assert_eq!(
        lines("ab Bestellbestätigung", 160.0, Lang::De),
        ["ab", "Bestellbestätigung"]
    );
}

#[test]
fn hyphenated_compounds_break_after_their_own_hyphen() {
    assert_eq!(
        lines("per E-Mail-Adresse", 96.0, Lang::De),
        ["per E-Mail-", "Adresse"]
    );
}

#[test]
fn a_string_without_syllables_is_cut_between_letters() {
    let broken = lines("x https://example.com/a/very/long/path", 80.0, Lang::En);
    assert!(
        broken.iter().all(|line| line.chars().count() <= 10),
        "{broken:?}"
    );
    assert_eq!(
        broken.concat().replace(' ', ""),
        "xhttps://example.com/a/very/long/path"
    );
}

#[test]
fn a_line_narrower_than_one_letter_still_takes_a_letter_and_ends() {
    let broken = lines("abc", 3.0, Lang::En);
    assert_eq!(broken, ["a", "b", "c"]);
}

#[test]
fn runs_keep_their_styles_and_a_line_is_as_high_as_its_largest_font() {
    let block = Typesetter::new(&Fixed, Lang::En).runs(
        &[("12.5", TextRole::KpiValue), (" %", TextRole::CardTitle)],
        400.0,
    );
    assert_eq!(block.lines.len(), 1);
    let pieces: Vec<(usize, &str)> = block.lines[0]
        .pieces
        .iter()
        .map(|p| (p.run, p.text.as_str()))
        .collect();
    assert_eq!(pieces, [(0, "12.5"), (1, " %")]);
    assert_eq!(block.size, vec2(4.0 * 16.0 + 16.0, 20.0));
}

#[test]
fn empty_text_has_no_lines_and_no_size() {
    let block = Typesetter::new(&Fixed, Lang::En).block("", TextRole::CardNotes, 80.0);
    assert!(block.lines.is_empty() && block.is_empty());
    assert_eq!(block.size, Vec2::ZERO);
}

#[test]
fn runs_of_spaces_collapse_and_no_line_starts_with_one() {
    assert_eq!(lines("a    b      c", 24.0, Lang::En), ["a b", "c"]);
}

#[test]
fn a_pasted_megabyte_without_spaces_breaks_without_measuring_it_whole() {
    /// Refuses to measure anything longer than a line could hold.
    struct Guarded;
    impl TextMeasure for Guarded {
        fn line_size(&self, runs: &[(&str, TextRole)]) -> Vec2 {
            let chars: usize = runs.iter().map(|(text, _)| text.chars().count()).sum();
            assert!(chars <= 200, "measured {chars} characters at once");
            Fixed.line_size(runs)
        }
    }
    let text = "x".repeat(1_000_000);
    let block = Typesetter::new(&Guarded, Lang::De).block(&text, TextRole::CardNotes, 160.0);
    assert_eq!(block.lines.len(), 1_000_000 / 20);
}
