# Jämföraren – English: how sure each statistic is (intervals, verdicts) and the page "How to read the statistics". Review: written by the developers; needs the municipality's review.

# The range keeps a WORD JOINER (U+2060) on each side of its dash: a narrow table cell never breaks it.
stats-share-interval = { $percent } ({ $part } of { $base }, likely { $low }⁠–⁠{ $high } %)
stats-how-to-read-link = How to read the statistics
stats-verdict-intro = Compared with the other providers of the intervention (higher or lower only when the difference is larger than chance):
stats-verdict-higher = { $figure }: { $provider } is higher than the other providers of { $level }.
stats-verdict-lower = { $figure }: { $provider } is lower than the other providers of { $level }.
stats-verdict-same = { $figure }: { $provider } cannot be told apart from the other providers of { $level }.
open-data-column-ci_low = The lowest value of the share's 95 % confidence interval (Wilson), in whole percent. Only for shares that are shown.
open-data-column-ci_high = The highest value of the share's 95 % confidence interval (Wilson), in whole percent. Only for shares that are shown.
open-data-column-n = How many the share or average is of (its base, n), when that count is shown. Empty for counts, and where the base is hidden.
read-title = How to read the statistics
read-description = What the figures in the statistics mean: n, the likely range, comparisons between providers, "<5" and "..", and why small providers' figures swing.
read-intro =
    The statistics count the municipality's customers in each intervention and what happened to them. They are made from the municipality's case register and its customer survey.
    A figure tells you what happened to the customers who were there. It cannot promise what will happen to you.
read-n-heading = n: how many the figure is about
read-n =
    Each share is written with the counts it is made of, for example "37 % (12 of 32)": 12 of 32 customers. The second count, 32, is called n.
    The smaller n is, the more a figure depends on chance. One customer more or less changes a share of 32 by about 3 percentage points, and a share of 5 by 20.
read-interval-heading = The likely range
read-interval =
    After a share you see a likely range, for example "likely 23–55 %". It is a 95 % confidence interval, calculated with Wilson's method.
    It means: if the provider had many more customers like these, their share would most likely lie in this range. A small n gives a wide range, a large n a narrow one.
    In the charts the range is drawn as a black line with a short stroke at each end.
read-verdict-heading = Higher, lower or cannot be told apart
read-verdict =
    On a provider's page, its shares are compared with those of the other providers of the same intervention.
    We write "higher" or "lower" only when the provider's whole likely range lies above or below the other providers' share. Otherwise we write "cannot be told apart": the difference may be chance.
    We never rank providers and give no stars or total score. Choose from what matters to you.
read-hidden-heading = "<5" and ".."
read-hidden =
    No figure may let anyone work out something about a single person. That is why small counts are hidden.
    "<5" means that the count is between 1 and 4.
    ".." means that the count is hidden so that other hidden counts cannot be worked out from it. It can be any number, a small one too.
    A share is shown only when it is based on enough customers. Otherwise it says "not shown".
read-swing-heading = Why a small provider's figures swing
read-swing =
    A provider with few customers can have 20 % one year and 60 % the next, without having changed how it works. With few customers, each one weighs heavily.
    Look at the likely range and at n, and compare several years before you draw conclusions. A small provider is not worse or better because it is small.
stats-why-none = Applies to no customer in this period.
stats-why-fewer = Too few customers to show: fewer than { $count }.
stats-why-small-base = Too few customers to show: { $base }, at least { $needed } are needed.
stats-why-fewer-part = Not shown: it concerns fewer than { $count } customers.
stats-why-protected = Not shown, so that small counts cannot be worked out from the other figures.
