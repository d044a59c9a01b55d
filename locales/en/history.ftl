# Jämföraren – English: the review's comparison and the profiles' history. Review: written by the developers; needs the municipality's review.

diff-removed-start = Deleted:
diff-removed-end = (end of deletion)
diff-added-start = Added:
diff-added-end = (end of addition)
diff-no-text = No text.
diff-published-text = Published text
diff-proposed-text = Proposed text
diff-previous-version = Previous version
diff-this-version = This version

history-link-for = Profile history: { $provider }
history-title = Profile history: { $provider }
history-intro = Every version of the profile, newest first. Choose a version to see what it held and what changed.
history-empty = The provider has no profile yet.
history-caption = Versions, newest first
history-col-submitted = Submitted
history-col-submitted-by = Submitted by
history-col-state = Status
history-col-reviewed = Reviewed
history-col-comment = Reviewer's comment
history-by-at = { $name }, { $date }
history-state-pending = Waiting for review
history-state-superseded = Replaced by a newer version before review
history-state-returned = Returned
history-state-published = Published
history-state-published-at-once = Published at once, without review
history-version-title = Version of { $date }: { $provider }
history-review-link = Review this version
history-changes-heading = What changed
history-compared-with = Compared with the version of
history-first-version = The first version: everything in it is new.
history-no-changes = Nothing changed since the previous version.
history-content-heading = What this version held
history-no-content = The version holds nothing.
