# Tables: CSV, XLSX, ODS.
table-format = Table (CSV, Excel, OpenDocument)

# What a column holds: the choices in the import preview, and the column
# headers of an exported table.
table-field-phase = Phase
table-field-step = Step
table-field-lane = Lane
table-field-lane-kind = Lane kind
table-field-title = Title
table-field-notes = Notes
table-field-colour = Colour
table-field-evidence = Evidence
table-field-channel = Channel
table-field-media = Media type
table-field-kpi-value = KPI value
table-field-kpi-unit = KPI unit
table-field-actors = Actors
table-field-span = Span (steps)
table-field-ignore = (leave out)

# The sheets of an exported workbook.
table-sheet-cards = Cards
table-sheet-emotions = Emotions
table-sheet-personas = Personas
table-sheet-map = Map

# Headers of the emotion sheet and the map sheet.
table-head-curve = Curve
table-head-persona = Persona
table-head-curve-colour = Curve colour
table-head-value = Value
table-head-label = Label
table-head-property = Property
table-map-title = Title
table-map-description = Description
table-map-language = Language
table-map-scale-min = Emotion scale: lowest value
table-map-scale-max = Emotion scale: highest value
table-map-scale-step = Emotion scale: step
table-map-primary-persona = Primary persona
table-default-title = Imported journey

# Why a whole file cannot be read or written.
table-error-too-large = The file has { $size } bytes, more than the { $limit } a table import reads. Split it into smaller files.
table-error-too-many-rows = The table has more than { $limit } rows. Split it into smaller tables and import them one by one.
table-error-too-many-columns = The table has more than { $limit } columns; a journey table has a dozen or so. Delete the columns you do not need and import it again.
table-error-too-many-cells = The table has more than { $limit } cells. Delete what you do not need, or split it, and import it again.
table-error-empty = The file holds no table: it is empty.
table-error-encrypted = The file is protected with a password. Open it in Excel or LibreOffice, remove the password (save without encryption) and import it again.
table-error-old-excel = The file is an old Excel workbook (.xls) or is encrypted. Open it in Excel or LibreOffice, save it as .xlsx or .csv and import that.
table-error-broken-xlsx = The file is not a readable Excel workbook (.xlsx): it may be damaged or in another format ({ $detail }). Open it in Excel or LibreOffice and save it again.
table-error-broken-ods = The file is not a readable OpenDocument spreadsheet (.ods): it may be damaged or in another format ({ $detail }). Open it in LibreOffice and save it again.
table-error-broken-csv = The file cannot be read as a CSV table ({ $detail }).
table-error-no-sheet = There is no sheet { $number }: the file has { $count ->
        [one] one sheet
       *[other] { $count } sheets
    }.
table-error-no-title-column = No column holds the card titles. Choose which column is the title, or read the sheet as laid out as a map.
table-error-no-phase-names = The first row holds no phase names, so the sheet cannot be read as laid out as a map. Choose the row with the phase names, or read the sheet as one row per card.
table-error-nothing = There is nothing to import: no phase, lane or card could be read from the sheet.
table-error-text-too-long = “{ $text }” is longer than the { $limit } characters an Excel cell holds. Shorten it, or export as CSV.
table-error-write = The workbook could not be written: { $detail }

# Why one row of a table is skipped.
table-problem-no-title = the card has no title
table-problem-no-phase = no phase is named in this row or above it
table-problem-no-lane = no lane is named in this row or above it
table-problem-unknown-lane-kind = “{ $value }” is not a lane kind; write one of Touchpoints, Customer actions, Thoughts & feelings, Goals, Pain points, Opportunities, KPIs, Free text, Emotion (or leave the column out)
table-problem-lane-kind-conflict = lane “{ $lane }” is a { $first } lane in an earlier row, not { $kind }
table-problem-emotion-lane-card = lane “{ $lane }” is an emotion lane, which holds curves, not cards
table-problem-unknown-colour = “{ $value }” is not a card colour; write one of Yellow, Orange, Red, Pink, Purple, Blue, Teal, Green, Grey
table-problem-unknown-evidence = “{ $value }” is not an evidence level; write Assumption, Partly backed by data or Backed by research
table-problem-unknown-channel = “{ $value }” is not a channel; write one such as Website, E-mail, Social media, Phone / hotline, Store, Word of mouth or Other
table-problem-unknown-media = “{ $value }” is not a media type; write Paid media, Owned media or Earned media
table-problem-media-without-channel = the media type needs a channel too
table-problem-kpi-not-a-number = the KPI value “{ $value }” is not a number
table-problem-unit-without-value = the KPI unit needs a KPI value too
table-problem-span-not-a-count = the span “{ $value }” is not a whole number of steps (1 or more)
table-problem-span-too-long = the card spans { $span } steps, but only { $available } follow from its step
table-problem-grid-no-phase = column { $column } holds cards but no phase name in the phase row
table-problem-grid-no-lane = the row holds cards but no lane name in its first column
table-problem-grid-emotion-text = column { $column }: “{ $value }” in an emotion lane is not a number; an emotion lane holds curve values, not cards
table-problem-grid-emotion-scale = the emotion values do not fit any usual scale (from { $min } to { $max })
table-problem-in-sheet = sheet “{ $sheet }”: { $message }
table-problem-no-curve-name = the row names no curve
table-problem-unknown-step = the map has no step “{ $step }” in phase “{ $phase }”
table-problem-value-not-a-number = the value “{ $value }” is not a number
table-problem-value-outside-scale = the value { $value } lies outside the emotion scale ({ $min } to { $max })
table-problem-point-twice = curve “{ $curve }” already has a value in this step
table-problem-unknown-persona = there is no persona “{ $name }” in the persona sheet
table-problem-no-persona-name = the persona has no name
table-problem-age-not-a-number = the age “{ $value }” is not a whole number
table-problem-bad-scale = the emotion scale is not usable (the lowest value must be below the highest, with a positive step); the map keeps −2 to +2
table-problem-unknown-language = “{ $value }” is not a language this editor writes maps in (en, de)
