# Lane kinds: the inspector's "Kind" list and the names of new lanes.
lane-kind-touchpoints = Touchpoints
lane-kind-actions = Customer actions
lane-kind-thoughts = Thoughts & feelings
lane-kind-goals = Goals
lane-kind-pain-points = Pain points
lane-kind-opportunities = Opportunities
lane-kind-kpis = KPIs
lane-kind-text = Free text
lane-kind-emotion = Emotion

# Touchpoint channels, shown next to their icon on cards and in the inspector.
channel-website = Website
channel-email = E-mail
channel-newsletter = Newsletter
channel-social-media = Social media
channel-search-engine = Search engine
channel-ads = Ads
channel-phone = Phone / hotline
channel-store = Store
channel-trade-fair = Trade fair
channel-chat = Chat / chatbot
channel-app = App
channel-letter = Letter
channel-word-of-mouth = Word of mouth
channel-review-site = Review site
channel-blog = Blog
channel-other = Other

# Media types: the short badge on a card, and the full name in the inspector.
media-paid = Paid
media-owned = Owned
media-earned = Earned
media-paid-name = Paid media
media-owned-name = Owned media
media-earned-name = Earned media

# Card colours.
color-yellow = Yellow
color-orange = Orange
color-red = Red
color-pink = Pink
color-purple = Purple
color-blue = Blue
color-teal = Teal
color-green = Green
color-grey = Grey

# How well a card is backed by data.
evidence-assumption = Assumption
evidence-partly-backed = Partly backed by data
evidence-research-backed = Backed by research

# The mark on a deciding emotion point, on the map and in its legend.
moment-of-truth = Moment of truth

# Names of things added to the map (the user renames them).
new-phase-name = New phase
new-step-name = Step { $number }
new-lane-name = New lane
new-curve-name = Curve { $number }

# Why an emotion scale cannot be chosen; follows "Unusable scale:" or "Could not change scale:".
scale-not-a-number = minimum, maximum and step must be numbers
scale-min-not-below-max = the minimum must be below the maximum
scale-step-not-positive = the step must be greater than 0
scale-step-not-whole-or-half = the step must be a whole number or a half (such as 1 or 0.5)
scale-bounds-off-step = minimum and maximum must be multiples of the step
scale-too-many-steps = a scale has at most { $steps } steps from minimum to maximum

# The headings of the map's legend, each followed by the symbols it explains.
legend-evidence = Evidence
legend-media = Media
legend-channels = Channels
legend-emotion = Emotion scale
legend-curves = Curves

# Where a slide of a series is in the map, under its title.
slide-phase = Phase { $number } of { $total }
slide-phases = Phases { $first }–{ $last } of { $total }
slide-lane = Lane { $number } of { $total }
slide-lanes = Lanes { $first }–{ $last } of { $total }
