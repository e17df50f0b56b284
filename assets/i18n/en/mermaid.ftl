# Mermaid journey import and export.
mermaid-format = Mermaid journey diagram

# Names the import gives what Mermaid leaves unnamed (in the map's language).
mermaid-first-phase = Journey
mermaid-default-curve = Journey
mermaid-phase-placeholder = Phase { $number }
mermaid-step-placeholder = Step { $number }
mermaid-curve-placeholder = Curve { $number }

# Problems that keep a text from being imported.
mermaid-too-large = The text has { $size } bytes, more than the { $limit } a Mermaid import reads; is it the right text?
mermaid-empty = The text is empty; a Mermaid journey starts with the line `journey`
mermaid-no-header = This is not a Mermaid journey: its first line is “{ $found }”, where `journey` is expected
mermaid-header-case = Mermaid recognises a journey only by `journey` in lower case, not “{ $found }”
mermaid-front-matter-open = The front matter opened by `---` here is never closed; end it with a line `---`
mermaid-directive-open = The directive opened by `%%{"{"}` here is never closed with `{"}"}%%`
mermaid-acc-descr-open = The `accDescr {"{"}` here is never closed with `{"}"}`
mermaid-header-in-body = Mermaid reads `journey` at the start of a line as the diagram's first line, so no task or section can start with it; rename the task
mermaid-no-score = The task “{ $task }” has no score: write it as `{ $task }: 3`, with its actors after a second colon
mermaid-no-score-hash = The task “{ $task }” has no score: Mermaid reads `#` as the start of a comment and skips the rest of the line; write the name without `#`
mermaid-unknown-keyword = “{ $word }” is not a word Mermaid journeys know; did you mean `{ $keyword }`?
mermaid-no-task-name = This task has no name before its colon
mermaid-score-missing = The task “{ $task }” has no score after its colon; write a whole number from 0 to 5
mermaid-score-not-number = The score of “{ $task }” is “{ $score }”, not a number; write a whole number from 0 to 5
mermaid-colon-in-name = The score of “{ $task }” is “{ $score }”, not a number: the colon in “{ $name }” is likely part of the task's name, but Mermaid ends a name at its first colon; write the name without one
mermaid-more-problems = { $count ->
        [one] … and one more problem
       *[other] … and { $count } more problems
    }

# Problems the import works around.
mermaid-score-out-of-range = The score { $score } is outside Mermaid's 0 to 5; it was imported as { $value }
mermaid-score-not-whole = The score { $score } is not a whole number; it was rounded to { $value }
mermaid-extra-colon = Mermaid reads a score and one list of actors; the text from this colon on was not imported
mermaid-section-colon = A section name cannot hold a colon in Mermaid; it was imported as “{ $section }”
mermaid-section-no-name = This section has no name; it was given a numbered one
mermaid-hash-comment = Mermaid reads `#` as the start of a comment; “{ $comment }” was not imported
mermaid-semicolon = Mermaid does not allow `;` here; it was imported as a comma
mermaid-keyword-with-colon = Mermaid writes `{ $keyword }` without a colon; the line was imported as a `{ $keyword }` line
mermaid-header-repeated = The `journey` line appears again here; it was ignored
mermaid-actor-is-default = The actor “{ $actor }” has the name of the curve for tasks without actors; its scores went into that curve

# What an export leaves out: one phrase each, listed under a heading.
mermaid-left-cards-outside = { $count ->
        [one] one card
       *[other] { $count } cards
    } outside the first customer actions lane
mermaid-left-cards-stacked = { $count ->
        [one] one more card
       *[other] { $count } more cards
    } in a step of the customer actions lane (only a step's first card is written)
mermaid-left-card-titles = titles of { $count ->
        [one] one card
       *[other] { $count } cards
    } whose step has a name of its own
mermaid-left-notes = notes of { $count ->
        [one] one card
       *[other] { $count } cards
    }
mermaid-left-spans = the width of { $count ->
        [one] one card
       *[other] { $count } cards
    } spanning several steps (each is written in its first step)
mermaid-left-card-actors = { $count ->
        [one] one actor
       *[other] { $count } actors
    } on cards without an emotion value in that step
mermaid-left-card-colors = card colours
mermaid-left-evidence = evidence levels
mermaid-left-touchpoints = touchpoints (channels and media types)
mermaid-left-kpis = KPI values
mermaid-left-personas = { $count ->
        [one] one persona
       *[other] { $count } personas
    }
mermaid-left-lanes = { $count ->
        [one] one lane
       *[other] { $count } lanes
    } besides customer actions and emotion
mermaid-left-phase-descriptions = descriptions of { $count ->
        [one] one phase
       *[other] { $count } phases
    }
mermaid-left-step-descriptions = descriptions of { $count ->
        [one] one step
       *[other] { $count } steps
    }
mermaid-left-point-labels = labels of { $count ->
        [one] one emotion value
       *[other] { $count } emotion values
    }
mermaid-left-moments = { $count ->
        [one] one moment of truth
       *[other] { $count } moments of truth
    }
mermaid-left-scale = the emotion scale from { $min } to { $max } (values were moved onto Mermaid's 0 to 5)
mermaid-left-rounded = { $count ->
        [one] one value
       *[other] { $count } values
    } between whole numbers, rounded
mermaid-left-no-value = { $count ->
        [one] one step
       *[other] { $count } steps
    } without an emotion value, written with the middle score { $score }
mermaid-left-unnamed-phases = { $count ->
        [one] one phase
       *[other] { $count } phases
    } without a name, written with a numbered one
mermaid-left-unnamed-steps = { $count ->
        [one] one step
       *[other] { $count } steps
    } without a name or card, written with a numbered name
mermaid-left-renamed-curves = { $count ->
        [one] one curve
       *[other] { $count } curves
    } renamed because the name was empty or taken
mermaid-left-characters = { $count ->
        [one] one name
       *[other] { $count } names
    } with characters Mermaid cannot hold there (: # ; , or a line break), written with look-alikes
mermaid-left-keywords = { $count ->
        [one] one name
       *[other] { $count } names
    } Mermaid would read as a keyword or comment, written with an invisible space after the first letter
