# The Export image dialog.
export-dialog-heading = Export image
export-dialog-format = Format
export-dialog-size = Size
export-dialog-size-scale = Scale
export-dialog-size-width = Width
export-dialog-size-dpi = Print DPI
export-dialog-size-slide = Fit to slide
export-dialog-pixels-per-point = Pixels per point
export-dialog-width = Width
export-dialog-resolution = Resolution
export-dialog-unit-px = px
export-dialog-unit-dpi = dpi
export-dialog-slide-size = { $width } × { $height }
export-dialog-background = Background
export-dialog-background-white = White
export-dialog-background-theme = Theme
export-dialog-background-transparent = Transparent (light slide)
export-dialog-background-dark = Dark paper
export-dialog-background-transparent-dark = Transparent (dark slide)
export-dialog-show = Show
export-dialog-show-title = Title and persona
export-dialog-show-legend = Legend
export-dialog-text = Text
export-dialog-text-as-paths = As outlines: the same in every program, but not selectable
export-dialog-phases = Phases
export-dialog-whole-map = Whole map
export-dialog-phase-from = From
export-dialog-phase-to = to
export-dialog-result = Result: { $width } × { $height } pixels
export-dialog-too-big = { $width } × { $height } px is more than the { $limit } megapixel limit; choose a smaller size.
export-dialog-export = Export…
export-dialog-cancel = Cancel

# The slide series a slide export writes, before it is written.
export-dialog-min-text = Smallest card text
export-dialog-min-text-hint = When card text on one slide would be smaller, the map is split into a series of slides. The default is 10 pt on the slide.
export-dialog-overview = Whole map on a first slide
export-dialog-series-planning = Planning the slides …
export-dialog-series-count = { $count ->
        [one] One slide
       *[other] { $count } slides
    }
export-dialog-series-failed = The slides cannot be previewed: { $error }
export-dialog-slide-thumbnail = Slide { $number } of { $total }

# While an export runs.
export-dialog-exporting = Exporting { $file } …
export-dialog-stopped = the export stopped unexpectedly

# Why an export failed (the command line prints these too).
export-error-too-large = the picture would be { $width } × { $height } pixels ({ $megapixels } megapixels), more than the limit of { $limit } megapixels; choose a smaller scale or width, or export a range of phases
export-error-bad-scale = the scale must be a positive number
export-error-unknown-format = { $path }: the file name must end in .png or .svg
export-error-write = cannot write { $path }: { $error }
export-error-encode = could not encode the PNG: { $error }
