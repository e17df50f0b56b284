# Reading the file.
load-io = { $path }: cannot read the file: { $error }
load-not-a-file = { $path }: this is not a regular file (a folder, pipe or device?); choose a .ron map file
load-too-large = { $path }: the file is { $size } MB, larger than the { $limit } MB a journey map can be; is it the right file?
load-newer-version = the file has format version { $found }, but this Journeymap reads up to version { $supported }; please update Journeymap to open it
load-empty = the file is empty; a Journeymap file starts with `(version: 2,`
load-version-zero = version 0 does not exist; the first version is 1
load-utf16 = the file is UTF-16 text; save it as UTF-8 (in most editors: Save As, encoding UTF-8)
load-not-utf8 = the file is not UTF-8 text (byte { $byte } here): if it is a map, save it as UTF-8 in your editor; if not, choose the map's .ron file

# The text of the file (RON syntax).
load-eof = the file ends too early: it looks cut off (a closing bracket is missing)
load-too-deep = the file nests brackets too deeply to be a journey map
load-unknown-field = unknown field `{ $found }`; expected one of { $expected }
load-missing-field = { $part ->
        [card] a card
        [phase] a phase
        [step] a step
        [lane] a lane
        [persona] a persona
        [curve] an emotion curve
        [point] a point of an emotion curve
        [scale] the emotion scale
        [touchpoint] a touchpoint
        [kpi] a KPI
        [map] the map
       *[other] this part of the file
    } needs a `{ $field }` field; `{ $field }` is missing in the `(…)` that closes here
load-duplicate-field = the field `{ $field }` appears twice
load-unknown-value = unknown value `{ $found }`; expected one of { $expected }
load-trailing = unexpected text after the end of the document (the top-level `(…)` is already closed)
load-expected-list = expected a list `[…]` here
load-expected-list-end = expected `,` or the closing `]` of the list here
load-expected-struct-end = expected `,` or a closing `)` here
load-expected-map-end = expected `,` or a closing `{"}"}` here
load-expected-colon = expected `:` here
load-expected-bool = expected `true` or `false` here
load-expected-comma = expected a comma `,` before this: fields and list items are separated by commas
load-expected-float = expected a number here, e.g. `1.5`
load-expected-integer = expected a whole number here, e.g. `12`
load-integer-range = this whole number is out of range: it must be 0 or more and at most 20 digits
load-expected-option = expected `Some(…)` or `None` here
load-expected-string = expected text in double quotes here, e.g. `"Awareness"`
load-string-end = this text never ends: a closing `"` is missing, or the file is cut off
load-expected-name = expected a name here: a field name, or a value such as `Touchpoints`
load-expected-struct = expected `(` here: a Journeymap file is one RON struct `(version: 2, …)`
load-unclosed-comment = a comment opened with `/*` is never closed with `*/`
load-unexpected-char = unexpected character `{ $char }` here
load-invalid-escape = invalid escape in text here ({ $detail }); write a backslash as `\\`
load-wrong-type = expected { $expected } here, but found { $found }

# Fields that moved to steps in format version 2, written the other version's way.
load-card-phase-v2 = a card names the step it is in since format version 2, not the phase: write `step: …` with the id of one of the phase's `steps`
load-point-phase-v2 = an emotion value names the step it is in since format version 2, not the phase: write `step: …` with the id of one of the phase's `steps`
load-phase-width-v2 = a phase has no `width` since format version 2: each step has its own, so move `width: …` into the phase's `steps`
load-phase-steps-v2 = a phase needs a `steps` field since format version 2, e.g. `steps: [(id: 15)]` with an id no other element has; `steps` is missing in the `(…)` that closes here
load-new-in-v2 = `{ $field }` is new in format version 2, but this file says `version: 1`; upgrade it first (run `journeymap fmt` on it, or open and save it in Journeymap), then add it

# Rules of the document.
invalid-phase-width = phase "{ $phase }" has width { $width }; a width must be a positive number
invalid-lane-height = lane "{ $lane }" has min_height { $height }; it must be 0 to { $max }
invalid-duplicate-id = duplicate id { $id }: already used by a { $kind ->
        [persona] persona
        [phase] phase
        [step] step
        [lane] lane
        [card] card
       *[curve] emotion curve
    }; every id must be unique
invalid-scale = emotion scale { $min }…{ $max } step { $step } is unusable: min must be below max, the step positive, and at most { $steps } steps
invalid-primary-persona = primary_persona refers to persona { $id }, which does not exist
invalid-curve-persona = emotion curve "{ $curve }" refers to persona { $id }, which does not exist
invalid-card-lane = card "{ $card }" is in lane { $lane }, which does not exist
invalid-card-in-emotion-lane = card "{ $card }" is in lane "{ $lane }", an emotion lane, which holds curves, not cards
invalid-card-phase = card "{ $card }" is in phase { $phase }, which does not exist
invalid-card-span = { $span ->
        [0] card "{ $card }" has span 0; a card covers at least one phase
       *[other] card "{ $card }" spans { $span } phases, but { $available ->
            [one] it starts in the last phase, so its span must be 1
           *[other] there are only { $available } from its phase to the end of the map, so its span must be 1 to { $available }
        }
    }
invalid-kpi = card "{ $card }" has a KPI value that is not a finite number
invalid-point-phase = a point of emotion curve "{ $curve }" is in phase { $phase }, which does not exist
invalid-point-twice = emotion curve "{ $curve }" has two points in phase { $phase }; a curve has at most one value per phase
invalid-step-width = step "{ $step }" of phase "{ $phase }" has width { $width }; a width must be a positive number
invalid-step-width-unnamed = step { $number } of phase "{ $phase }" has width { $width }; a width must be a positive number
invalid-phase-no-steps = phase "{ $phase }" has no steps; every phase needs at least one (write `steps: [(id: …)]`)
invalid-card-step = card "{ $card }" is in step { $step }, which no phase lists
invalid-card-span-steps = { $span ->
        [0] card "{ $card }" has span 0; a card covers at least one step
       *[other] card "{ $card }" spans { $span } steps, but { $available ->
            [one] it starts in the last step of the map, so its span must be 1
           *[other] there are only { $available } from its step to the end of the map, so its span must be 1 to { $available }
        }
    }
invalid-card-actor = card "{ $card }" names persona { $id } as an actor, which does not exist
invalid-card-actor-empty = card "{ $card }" names an actor with an empty name; write who acts in `Name("…")`, or remove it
invalid-point-step = a point of emotion curve "{ $curve }" is in step { $step }, which no phase lists
invalid-point-twice-step = emotion curve "{ $curve }" has two points in step { $step }; a curve has at most one value per step
invalid-point-value = emotion value { $value } of curve "{ $curve }" is outside the scale { $min }…{ $max }
