//! Mermaid `journey` import and export: problems and what was left out.

use crate::i18n::messages;

messages! {
    /// The name of the format, in menus and messages.
    MERMAID_FORMAT = "mermaid-format";

    /// The phase of tasks before any section, in the map's language.
    MERMAID_FIRST_PHASE = "mermaid-first-phase";
    /// The curve of tasks without actors, in the map's language.
    MERMAID_DEFAULT_CURVE = "mermaid-default-curve";
    /// A section without a name.
    MERMAID_PHASE_PLACEHOLDER = "mermaid-phase-placeholder" (number);
    /// A step without a name or card, written as a task.
    MERMAID_STEP_PLACEHOLDER = "mermaid-step-placeholder" (number);
    /// A curve without a name, written as an actor.
    MERMAID_CURVE_PLACEHOLDER = "mermaid-curve-placeholder" (number);

    /// Problems that refuse the text.
    MERMAID_TOO_LARGE = "mermaid-too-large" (size, limit);
    MERMAID_EMPTY = "mermaid-empty";
    MERMAID_NO_HEADER = "mermaid-no-header" (found);
    MERMAID_HEADER_CASE = "mermaid-header-case" (found);
    MERMAID_FRONT_MATTER_OPEN = "mermaid-front-matter-open";
    MERMAID_DIRECTIVE_OPEN = "mermaid-directive-open";
    MERMAID_ACC_DESCR_OPEN = "mermaid-acc-descr-open";
    MERMAID_HEADER_IN_BODY = "mermaid-header-in-body";
    MERMAID_NO_SCORE = "mermaid-no-score" (task);
    MERMAID_NO_SCORE_HASH = "mermaid-no-score-hash" (task);
    MERMAID_UNKNOWN_KEYWORD = "mermaid-unknown-keyword" (word, keyword);
    MERMAID_NO_TASK_NAME = "mermaid-no-task-name";
    MERMAID_SCORE_MISSING = "mermaid-score-missing" (task);
    MERMAID_SCORE_NOT_NUMBER = "mermaid-score-not-number" (task, score);
    MERMAID_COLON_IN_NAME = "mermaid-colon-in-name" (task, score, name);
    /// After the first hundred problems: how many more there are.
    MERMAID_MORE_PROBLEMS = "mermaid-more-problems" (count);

    /// Problems the import works around.
    MERMAID_SCORE_OUT_OF_RANGE = "mermaid-score-out-of-range" (score, value);
    MERMAID_SCORE_NOT_WHOLE = "mermaid-score-not-whole" (score, value);
    MERMAID_EXTRA_COLON = "mermaid-extra-colon";
    MERMAID_SECTION_COLON = "mermaid-section-colon" (section);
    MERMAID_SECTION_NO_NAME = "mermaid-section-no-name";
    MERMAID_HASH_COMMENT = "mermaid-hash-comment" (comment);
    MERMAID_SEMICOLON = "mermaid-semicolon";
    MERMAID_KEYWORD_WITH_COLON = "mermaid-keyword-with-colon" (keyword);
    MERMAID_HEADER_REPEATED = "mermaid-header-repeated";
    MERMAID_ACTOR_IS_DEFAULT = "mermaid-actor-is-default" (actor);

    /// What an export leaves out, one noun phrase each.
    MERMAID_LEFT_CARDS_OUTSIDE = "mermaid-left-cards-outside" (count);
    MERMAID_LEFT_CARDS_STACKED = "mermaid-left-cards-stacked" (count);
    MERMAID_LEFT_CARD_TITLES = "mermaid-left-card-titles" (count);
    MERMAID_LEFT_NOTES = "mermaid-left-notes" (count);
    MERMAID_LEFT_SPANS = "mermaid-left-spans" (count);
    MERMAID_LEFT_CARD_ACTORS = "mermaid-left-card-actors" (count);
    MERMAID_LEFT_CARD_COLORS = "mermaid-left-card-colors";
    MERMAID_LEFT_EVIDENCE = "mermaid-left-evidence";
    MERMAID_LEFT_TOUCHPOINTS = "mermaid-left-touchpoints";
    MERMAID_LEFT_KPIS = "mermaid-left-kpis";
    MERMAID_LEFT_PERSONAS = "mermaid-left-personas" (count);
    MERMAID_LEFT_LANES = "mermaid-left-lanes" (count);
    MERMAID_LEFT_PHASE_DESCRIPTIONS = "mermaid-left-phase-descriptions" (count);
    MERMAID_LEFT_STEP_DESCRIPTIONS = "mermaid-left-step-descriptions" (count);
    MERMAID_LEFT_POINT_LABELS = "mermaid-left-point-labels" (count);
    MERMAID_LEFT_MOMENTS = "mermaid-left-moments" (count);
    MERMAID_LEFT_SCALE = "mermaid-left-scale" (min, max);
    MERMAID_LEFT_ROUNDED = "mermaid-left-rounded" (count);
    MERMAID_LEFT_NO_VALUE = "mermaid-left-no-value" (count, score);
    MERMAID_LEFT_UNNAMED_PHASES = "mermaid-left-unnamed-phases" (count);
    MERMAID_LEFT_UNNAMED_STEPS = "mermaid-left-unnamed-steps" (count);
    MERMAID_LEFT_RENAMED_CURVES = "mermaid-left-renamed-curves" (count);
    MERMAID_LEFT_CHARACTERS = "mermaid-left-characters" (count);
    MERMAID_LEFT_KEYWORDS = "mermaid-left-keywords" (count);
}
