# The persona panel, the persona chooser of emotion curves, and photo import.
persona-panel-title = Personas
persona-empty = This map has no personas yet. A persona is a typical customer of one segment: create one to show it above the map and to give emotion curves its colour and name.
persona-new = New persona
persona-new-name = New persona
persona-duplicate = Duplicate
persona-delete = Delete…
persona-copy-name = { $name } (copy)
persona-primary-tag = primary
persona-primary = Primary persona: shown above the map
persona-unnamed = (no name)
persona-list = Personas of this map

persona-field-name = Name
persona-field-photo = Photo
persona-field-color = Colour
persona-field-age = Age
persona-field-occupation = Occupation
persona-field-income = Income
persona-field-family = Family
persona-field-segment = Segment
persona-field-description = Description
persona-field-quote = Quote
persona-field-goals = Goals
persona-field-needs = Needs and wishes
persona-field-fears = Fears
persona-field-hurdles = Hurdles
persona-one-per-line = one per line
persona-section-about = Demographics
persona-section-psychology = Psychology

persona-segment-suggestions = Suggestions
persona-segment-impulsive = Impulsive buyer
persona-segment-deliberate = Deliberate buyer
persona-segment-price = Price-conscious buyer
persona-segment-loyal = Loyal regular customer
persona-segment-first-time = First-time buyer
persona-segment-b2b = Business buyer (B2B)

persona-choose-photo = Choose photo…
persona-remove-photo = Remove photo
persona-photo-reading = Reading the photo…
persona-photo-hint = PNG or JPEG; it is made smaller and stored inside the map.
persona-photo-dialog-title = Choose a photo of the persona
persona-photo-filter = PNG or JPEG image
persona-photo-prompt-heading = Choose a photo
persona-photo-prompt-label = Path of the PNG or JPEG file
persona-photo-prompt-action = Use photo
persona-photo-error-io = { $file } cannot be read: { $reason }
persona-photo-error-not-a-file = { $file } is not a file. Choose a PNG or JPEG image.
persona-photo-error-too-big = { $file } is { $size } MB; a photo may have at most { $limit } MB. Choose a smaller picture.
persona-photo-error-format = { $file } is not a PNG or JPEG image. Save the picture in one of these formats and choose it again.
persona-photo-error-pixels = { $file } is { $width } × { $height } pixels; a photo may have at most { $side } pixels on each side and { $megapixels } megapixels. Choose a smaller picture.
persona-photo-error-unreadable = { $file } is damaged and cannot be read as a picture. Choose another one.
persona-photo-error-encode = { $file } could not be made smaller: { $reason }

persona-delete-title = Delete “{ $name }”?
persona-delete-curves = { $count ->
    [0] No emotion curve belongs to this persona.
    [one] The emotion curve { $curves } loses its persona and goes back to its own name and colour.
   *[other] The emotion curves { $curves } lose their persona and go back to their own names and colours.
}
persona-delete-primary = It is the primary persona: the map will show no persona card.
persona-delete-undo = You can undo this with Edit → Undo.
persona-delete-confirm = Delete persona
persona-cancel = Cancel

persona-curve-persona = Persona
persona-curve-no-persona = None
persona-curve-from-persona = Name and colour come from the persona “{ $name }”.
persona-curve-edit-personas = Edit personas…

# The persona card above the map.
persona-age-summary = { $age } years
