"""Words that praise or condemn, from VADER's lexicon (Hutto and Gilbert, 2014).

About 7,500 English words, each rated by ten people from -4 (condemns) to +4 (praises).
A word rated strongly either way ("charming", "betrayal", "reckless") judges when it is
said *of* something ("It is a charming idea"); `opinions.py` decides where it stands.
Only the lexicon file is read, not VADER's scoring code.
"""

from __future__ import annotations

from functools import cache

from game.content.paths import valence_lexicon

STRONG = 1.5
"""Mean rating at or beyond which a word clearly praises or condemns: "great" 3.1, "reckless" -1.7, "bold" 1.6;
milder ratings are mostly words that only lean one way ("chance" 1.0, "important" 0.8, "strange" -0.8)."""
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


def judging(word: str) -> bool:
    return abs(rating(word)) >= STRONG
