# File → Import… and pasting a Mermaid journey.
import-dialog-title = Import “{ $file }”
import-sheet = Sheet
import-layout = Layout
import-layout-table = One row per card
import-layout-grid = Laid out as a map (phases across, lanes down)
import-columns = What each column holds
import-column = Column { $column }: { $header }
import-summary = New map: { $phases } phases · { $steps } steps · { $lanes } lanes · { $cards } cards
import-first-cards = First cards
import-head-row = Row
import-head-place = Phase › step
import-head-lane = Lane
import-head-title = Card
import-problems = { $count ->
        [one] One row cannot be used:
       *[other] { $count } rows cannot be used:
    }
import-problem = Row { $row }: { $message }
import-confirm = Import
import-confirm-skipping = { $count ->
        [one] Import and skip one row
       *[other] Import and skip { $count } rows
    }
import-cancel = Cancel
import-nothing = There is no card to import. Choose what each column holds, or another layout.
import-failed-title = “{ $file }” cannot be imported
import-unknown-kind = Import reads Mermaid journeys (.mmd) and tables (.csv, .xlsx, .ods). Save the file in one of these formats and import it again.
import-too-large = The file has { $size } bytes, more than the { $limit } an import reads. Split it into smaller files.
import-unreadable = The file cannot be read: { $error }
import-not-utf8 = Line { $line }, column { $column }: the file is not UTF-8 text. Save it as UTF-8 and import it again.
import-at = Line { $line }, column { $column }: { $message }
import-warnings-title = Imported, with warnings
import-prompt-label = Path of the Mermaid journey (.mmd) or the table (.csv, .xlsx, .ods)
import-status-imported = Imported “{ $file }” as a new map. Save it to keep it.
import-status-pasted = The pasted Mermaid journey is a new map. Save it to keep it.
import-pasted-name = pasted text
