# Fields used on several pages of the inspector.
inspector-field = { $label } field
inspector-title = Title
inspector-description = Description
inspector-name = Name
inspector-notes = Notes
inspector-value = Value
inspector-label = Label
inspector-colour = Colour

# The journey (nothing selected).
inspector-journey = Journey
inspector-emotion-scale = Emotion scale
inspector-scale-with-step = { $range } in steps of { $step }
inspector-scale-custom = Custom…
inspector-scale-min = Minimum
inspector-scale-max = Maximum
inspector-scale-step = Step
inspector-scale-unusable = Unusable scale: { $reason }
inspector-scale-apply = Apply scale
inspector-scale-apply-tip = Every emotion value moves to the same height on the new scale, rounded to its nearest value
inspector-scale-cancel = Cancel
inspector-emotion-curves = Emotion curves
inspector-add-curve = Add emotion curve

# A phase.
inspector-phase = Phase
inspector-width = Width
inspector-points-unit = pt
inspector-default-width = Default
inspector-default-width-tip = Back to the standard column width
inspector-delete-phase = Delete phase…
inspector-steps = Steps
inspector-one-step = One step: the phase is a single column. Add steps to split it.
inspector-add-step = Add step to phase

# A step inside a phase.
inspector-step = Step
inspector-in-phase = In phase
inspector-add-step-after = Add step after
inspector-delete-step = Delete step…

# A lane.
inspector-lane = Lane
inspector-kind = Kind
inspector-kind-needs-empty-lane = Only a lane without cards can hold emotion curves
inspector-collapsed = Collapsed
inspector-delete-lane = Delete lane…

# An emotion curve and its points.
inspector-curve = Emotion curve
inspector-curve-points = { $set } of { $phases ->
        [one] { $phases } phase has a value.
       *[other] { $phases } phases have a value.
    } Click an empty phase in the emotion lane to set one.
inspector-remove-curve = Remove curve
inspector-point = Emotion point: { $curve }, { $phase }
inspector-remove-point = Remove point
inspector-moment-of-truth = Moment of truth
inspector-moment-of-truth-tip = A point where the customer decides to stay or go; the map rings it and names it

# Cards.
inspector-card = Card
inspector-span = Spans phases
inspector-delete-card = Delete card
inspector-cards = { $count } cards
inspector-delete-cards = Delete { $count } cards
inspector-lane-colour = Lane colour
inspector-colour-swatch = { $colour } colour
inspector-evidence = Evidence
inspector-channel = Channel
inspector-no-channel = No channel
inspector-media = Media type
inspector-media-unknown = Unknown
inspector-kpi-number = KPI number
inspector-unit = Unit

# Who acts on a card besides the persona.
inspector-actors = Actors
inspector-no-actors = Only the persona acts here
inspector-remove-actor = Remove actor { $actor }
inspector-add-actor = Add actor
inspector-add-actor-choose = Choose…
inspector-new-actor = New actor
inspector-new-actor-hint = Type a name, then Enter
