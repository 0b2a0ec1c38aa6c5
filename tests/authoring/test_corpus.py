"""The drafts measured against hand-written answer keys (tests/data/corpus), the figures printed.

Run with `pytest -s tests/authoring/test_corpus.py` to see them.  The keys were written
before the rules were tuned (see the git history of tests/data/corpus).  Articles whose
key says `held_out: true` were never used to tune the rules: 10-12 were measured once
and fixes for the general bugs they showed were kept (so they are held out no longer in
the strict sense); 13-14 were written after that, and only bugs (no new word lists) were
fixed after their first measurement.  Their figures are printed and held to a lower bar:
they are the estimate of how the draft does on an article nobody has seen.  Articles 15-17 were
written later for the weak spots then fixed (figures in words, clock times, references far back,
described speakers, unmarked opinions), before the fixes, and tuned against: they are not held out;
the same round also saw the misses of 13-14 and fixed them with general rules (times, shares, verdicts).
"""

from __future__ import annotations

import pytest

from game.authoring.draft import draft_level
from game.authoring.statements import topic
from game.content.article import Article
from tests.authoring.corpus import Score, articles, same_passage, score, words


def total(held_out: bool) -> Score:
    result = Score()
    for path, key in articles(held_out):
        result = result + score(path, key)
    return result


def test_the_corpus_has_enough_articles_and_held_out_ones() -> None:
    assert len(articles(False)) >= 9 and len(articles(True)) >= 3


def test_tuned_articles_meet_the_goals(capsys: pytest.CaptureFixture[str]) -> None:
    tuned = total(held_out=False)
    with capsys.disabled():
        print(f"\ntuned ({len(articles(False))} articles): {tuned.figures()}")
    # The goals are 93% of quotes and two thirds of contradictions; the tuned articles are held
    # to more, so that losing one construction (a change of stance, a pronoun) fails here.
    assert tuned.quotes_right >= 0.97 * tuned.quotes and not tuned.quotes_wrong, tuned.quotes_wrong
    # Articles 15-17 (added for the weak spots) hold opinions made only of a metaphor or a loaded verb
    # ("a hammer blow", "has pocketed public money"), with no clue word. The writer's own one-sentence line
    # that pictures rather than reports is found ("is a hammer blow", "as an afterthought"); a loaded verb
    # alone ("has pocketed") is not, and the key says so honestly rather than call it a fact.
    assert tuned.opinions_found >= tuned.opinions - 1, tuned.opinions_missed
    assert not tuned.false_opinions and not tuned.opinions_keyed_fact
    assert tuned.contradictions_found >= 0.9 * tuned.contradictions, tuned.contradictions_missed
    assert not tuned.false_contradictions, tuned.false_contradictions


def test_held_out_articles_stay_close(capsys: pytest.CaptureFixture[str]) -> None:
    held = total(held_out=True)
    with capsys.disabled():
        print(f"\nheld out ({len(articles(True))} articles): {held.figures()}")
        for kind in ("quotes_missed", "opinions_missed", "contradictions_missed", "false_contradictions"):
            for item in getattr(held, kind):
                print(f"  {kind}: {item}")
    assert held.quotes_right >= 0.9 * held.quotes and not held.quotes_wrong, held.quotes_wrong
    assert not held.false_opinions and held.opinions_found * 3 >= held.opinions * 2
    assert held.contradictions_found * 2 >= held.contradictions
    assert not held.false_contradictions, held.false_contradictions  # each drafted clash a real one


@pytest.mark.parametrize("path", [p for p, _ in articles(False) + articles(True)], ids=lambda p: p.stem)
def test_wrong_contradiction_candidates_are_on_the_same_topic(path) -> None:  # type: ignore[no-untyped-def]
    article = Article(path.read_text(encoding="utf-8"), path.name)
    for question in draft_level(article, "corpus").questions:
        if question["type"] == "contradiction":
            about = topic(question["claim"]) | topic(question["answer"][0]) | topic(article.headline)
            wrong = [c for c in question["candidates"] if c not in question["answer"]]
            assert wrong and all(topic(c) & about for c in wrong), (question["claim"], wrong)


def test_the_scorer_reads_single_quotation_marks_as_marks_not_letters() -> None:
    assert words("he would \u2018stand with the farmers\u2019 and the people's vote") == [
        "he",
        "would",
        "stand",
        "with",
        "the",
        "farmers",
        "and",
        "the",
        "people",
        "vote",
    ]
    assert same_passage("stand with the farmers", "he would \u2018stand with the farmers\u2019 and would oppose it")
