# The Map properties dialog.
properties-heading = Map properties
properties-title = Title
properties-description = Description
properties-ok = OK
properties-cancel = Cancel
