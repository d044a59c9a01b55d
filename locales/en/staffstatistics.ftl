# Jämföraren – English: the municipality's statistics work (publishing, full figures, importing files). Review: written by the developers; needs the municipality's review.

staff-statistics-title = Statistics for the municipality
staff-statistics-publish-heading = Publish statistics
staff-statistics-publish-intro = The figures are computed from the case database and the survey now, and shown to the public with disclosure control. Earlier publications are kept.
staff-statistics-period = Period
staff-statistics-scope-year = A calendar year
staff-statistics-scope-range = From – to a date
staff-statistics-year = Year
staff-statistics-year-hint = Four digits, for example 2024.
staff-statistics-publish = Publish
staff-statistics-publications-heading = Publications
staff-statistics-shown = Shown to the public
staff-statistics-superseded = Replaced by a later publication
staff-statistics-thresholds = Counts under { $count } hidden, shares need at least { $base }
staff-statistics-full-link = Full figures
staff-statistics-col-period = Period
staff-statistics-col-published = Published
staff-statistics-col-by = By
staff-statistics-col-thresholds = Disclosure control
staff-statistics-col-public = The public
staff-statistics-col-figures = Figures
staff-statistics-col-file = File
staff-statistics-col-kind = Kind
staff-statistics-col-started = Started
staff-statistics-col-state = State
staff-statistics-upload-heading = Import a file
staff-statistics-upload-intro = The file is read in the background. If anything is wrong, nothing is imported, and you see every problem with its line and column.
staff-statistics-upload-kind = What does the file contain?
staff-statistics-kind-cases = Cases (interventions)
staff-statistics-kind-survey = Customer survey answers
staff-statistics-file = CSV file
staff-statistics-upload = Upload and import
staff-statistics-imports-heading = Latest imports
staff-statistics-full-warning = Full figures without disclosure control. For municipality staff only – not to be published or handed out.

import-title = Import of { $file }
import-started = { $kind }, started by { $who } { $when }.
import-state-running = Reading the file …
import-state-imported = { $rows ->
    [one] { $rows } row is imported.
   *[other] { $rows } rows are imported.
}
import-state-rejected = The file has problems. Nothing is imported.
import-state-interrupted = The import was interrupted when the server stopped. Nothing is imported. Upload the file again.
import-progress-label = How far the import has got
import-progress = { $rows ->
    [one] { $rows } row done ({ $percent } % of the file).
   *[other] { $rows } rows done ({ $percent } % of the file).
}
import-look-again = Show the state now
import-next-publish = Publish the statistics to show the new figures to the public.
import-problem-count = { $count ->
    [one] One problem was found.
   *[other] { $count } problems were found.
}
import-problems-truncated = Only the first problems are shown. Fix them and import again to see the rest.
import-problems-caption = Problems in the file
import-col-line = Line
import-col-column = Column
import-col-problem = Problem

import-problem-wrong-header = The header must have exactly the columns { $expected }. It has { $found }.
import-problem-empty = The file is empty. It needs at least the header.
import-problem-field-count = The row has { $found } fields but the header has { $expected }.
import-problem-unreadable = The row cannot be read ({ $value }).
import-problem-missing = A value is missing.
import-problem-control-character = "{ $value }" contains a control character. An id may only contain printable characters.
import-problem-gender = Gender is "{ $value }". It must be K or M.
import-problem-birth-year = Birth year is "{ $value }". It must be four digits.
import-problem-unknown-insats = No intervention has the code "{ $value }". The codes are { $valid }.
import-problem-unknown-provider = No provider has the id "{ $value }".
import-problem-date = "{ $value }" is not a date written YYYY-MM-DD.
import-problem-planned-end-before-start = The planned end { $end } is before the start { $start }.
import-problem-end-before-start = The end { $end } is before the start { $start }.
import-problem-end-after-import = The end { $end } is after the day of the import, { $today }. An intervention cannot have ended in the future.
import-problem-reason-without-end = An end reason (end_reason) needs an end date (end_date).
import-problem-end-without-reason = An end date (end_date) needs an end reason (end_reason).
import-problem-end-reason = The end reason is "{ $value }". It must be one of work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness or interrupted_other.
import-problem-extensions = Extensions is "{ $value }". It must be a whole number, 0 or more.
import-problem-chosen = Chosen is "{ $value }". It must be customer, default or empty.
import-problem-duplicate-id = The { $column } "{ $value }" is also on line { $line }.
import-problem-survey-year = The period is "{ $value }". It must be the survey's year, four digits.
import-problem-language = The language is "{ $value }". It must be one of { $allowed }.
import-problem-answer = The answer is "{ $value }". It must be a whole number from 1 to 5, or empty when the question was skipped.
import-problem-no-answers = The response answers no question. At least one answer is needed.
import-problem-failed = The file could not be read to its end, or the database did not answer. Nothing is imported. Try again.

done-statistics-published = The statistics are published and shown to the public.
error-statistics-year = Write a year with four digits, from 2000 to this year.
error-statistics-date = Write the date as YYYY-MM-DD.
error-statistics-period-order = The period ends before it starts.
error-statistics-failed = The statistics could not be published just now. Nothing has changed. Try again in a while.
error-import-busy = Another import is running. Wait until it is done, then upload the file again.
error-import-upload = The file could not be received. Try again.
error-import-no-file = Choose a file to upload.
error-import-kind = Choose what the file contains.
