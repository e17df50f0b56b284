# The find bar (Ctrl+F).
find-label = Find
find-hint = Cards, phases, lanes, personas
find-position = { $current } of { $total }
find-count = { $total ->
        [one] { $total } match
       *[other] { $total } matches
    }
find-no-matches = No matches
find-previous = Previous match ({ $shortcut })
find-next = Next match ({ $shortcut })
find-close = Close the find bar ({ $shortcut })
find-previous-button = Previous
find-next-button = Next
find-close-button = Close
