"""Words that lean to praise or blame, from VADER's lexicon (Hutto and Gilbert, 2014).

About 7,500 English words, each rated by ten people from -4 (condemns) to +4 (praises).
`opinions.py` uses it for one thing: a quality someone *calls* a thing ("called the work
'careful and important'") is a label when one of its words leans one way.  A rated word
alone said of something ("It is a charming idea") is not used as a clue: on ten new
articles it keyed three facts as opinions and found no opinion the other clues missed.
Only the lexicon file is read, not VADER's scoring code.
"""

from __future__ import annotations

from functools import cache

from game.content.paths import valence_lexicon

LEANS = 0.5
"""A word rated at least this far from neutral leans one way: enough when someone calls a thing by it."""


@cache
def _ratings() -> dict[str, float]:
    text = valence_lexicon().read_text(encoding="utf-8")
    rated = (line.split("\t", 2)[:2] for line in text.splitlines() if "\t" in line)
    return {word: float(mean) for word, mean in rated if word.isalpha()}


def rating(word: str) -> float:
    """How strongly the lexicon's raters found `word` to praise (+) or condemn (-); 0 when it is not rated."""
    return _ratings().get(word.lower(), 0.0)
