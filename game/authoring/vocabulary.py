"""The word lists the draft reads an article with, each written as one string, as a teacher would read it."""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


DAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = word_set("january february march april may june july august september october november december")
"""Lower case; "may" among them is also the modal verb, so a reader of a word alone leaves it out."""

# Verbs that credit words to a speaker, in the forms news articles use.
REPORTING_VERBS = word_set(
    "said says say stated states declared declares warned warns promised promises claimed claims claim "
    "argued argues insisted insists announced announces admitted admits explained explains added adds "
    "reported reports wrote writes confirmed confirms noted notes stressed stresses suggested suggests "
    "replied replies told tells found finds show shows showed alleged alleges argue warn insist estimate predict "
    "estimated predicted revealed reveals acknowledged conceded concedes concluded reiterated emphasised emphasized "
    "thinks believes cautioned cautions"
)
# Verbs that introduce a quotation in marks but not a reported clause ("called it a "...").
QUOTING_VERBS = REPORTING_VERBS | word_set(
    "called calls described describes threatened threatens demanded demands denounced denounces urged "
    "urges vowed vows asked asks denied denies denying shouted shouts tweeted posted welcomed welcomes hailed hails "
    "branded brands dubbed dubs labelled labeled dismissed dismisses continued continues recalled recalls "
    "countered counters responded responds cautioned cautions observed observes remarked remarks commented comments "
    "complained complains assured assures joked jokes pleaded pleads maintained maintains asserted asserts texted "
    "emailed advised advises answered answers protested protests boasted boasts quipped retorted wondered agreed"
)
BE_FORMS = word_set("is are was were be been being")
"""Before a reporting verb, a passive ("were found"): not someone speaking."""
AUDIENCES = word_set(
    "reporters journalists parents pupils students staff workers employees members customers listeners viewers "
    "us me them him her court jury meeting committee inquiry hearing tribunal panel audience crowd conference"
)
"""Whom a speaker `told`: "She told reporters the plan ...", "..., the company told staff on Monday." """
