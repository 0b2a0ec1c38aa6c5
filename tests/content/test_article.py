import hashlib

import pytest

from game.content.article import Article
from game.content.articlefile import read_article
from game.content.paths import BUNDLED_SEEDS

SEED = BUNDLED_SEEDS / "sony-hack-denial.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return read_article(SEED).article


def test_seed_is_byte_exact() -> None:
    """The article is evidence: it must stay exactly as published (checksum of the shared original)."""
    assert (
        hashlib.sha256(SEED.read_bytes()).hexdigest()
        == "9ecd33ad0ba885cc7db950c04b461548dcbcaa512aabb63f9a1f81d999e3aa37"
    )


def test_headline_and_paragraphs(article: Article) -> None:
    assert article.headline == "North Korea Denies Involvement In Sony's Hack Attack"
    assert len(article.paragraphs) == 4
    assert article.paragraphs[3].startswith("Another interesting piece of information")


def test_sentences_cover_the_text_exactly(article: Article) -> None:
    assert all(article.text[s.start : s.end] == s.text for s in article.sentences)
    texts = [s.text for s in article.sentences]
    assert "This seems incredibly interesting" in texts[4]
    # "(stop laughing!)" does not end a sentence: the next word is lower-case.
    assert texts[-1].startswith("The guys from BitTorrent") and texts[-1].endswith("BitTorrent Bundle.")


def test_find_returns_exact_span_and_paragraph(article: Article) -> None:
    span = article.find('threatens "grave consequences"')
    assert span is not None and span.block == 1
    assert article.text[span.start : span.end] == 'threatens "grave consequences"'


def test_find_forgives_whitespace_and_curly_quotes_only(article: Article) -> None:
    span = article.find("threatens  \u201cgrave\n consequences\u201d")
    assert span is not None
    assert article.text[span.start : span.end] == 'threatens "grave consequences"'
    assert article.find("threatens grave consequences") is None
    assert article.find("THREATENS") is None


def test_find_in_headline(article: Article) -> None:
    span = article.find("Denies Involvement")
    assert span is not None and span.block == 0


def test_passage_across_paragraphs_is_not_found(article: Article) -> None:
    assert article.find("is denied. After president Obama") is None


def test_closest_passage_points_at_the_line(article: Article) -> None:
    near = article.closest("the US rejected the joint enquiry request")
    assert near.line == 4
    assert near.text == "the US rejected the joint inquiry request"
    assert near.similarity > 0.9


def test_empty_article_is_refused() -> None:
    with pytest.raises(ValueError):
        Article("\n\n  \n")


def test_find_matches_whole_words_only() -> None:
    article = Article("Head\nIt was unfair. A fair deal was struck. The mayor said so.")
    fair = article.find("fair")
    assert fair is not None and article.text[fair.start - 2 : fair.end] == "A fair"
    assert len(article.find_all("fair")) == 1
    assert article.find("he mayor sai") is None
    assert article.find("was struck. The") is not None  # punctuation inside is fine


def test_every_occurrence_is_found_in_reading_order() -> None:
    article = Article("Head\nWe won. Then we won again.\nWe won.")
    assert [span.block for span in article.find_all("we won")] == [1]
    assert [span.block for span in article.find_all("We won")] == [1, 2]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    article = Article("Head\nThe U.S. State Dept. said no. Mr. Kim agreed with J. Smith on Jan. 5. Then it rained.")
    assert [s.text for s in article.sentences_in(1)] == [
        "The U.S. State Dept. said no.",
        "Mr. Kim agreed with J. Smith on Jan. 5.",
        "Then it rained.",
    ]


def test_only_newlines_make_paragraphs() -> None:
    article = Article("Head\nOne line\u2028still the same paragraph.\fAnd this too.\nTwo")
    assert len(article.paragraphs) == 2
    assert article.line_of(article.blocks[2][0]) == 3
