"""Mistakes a teacher makes typing or pasting a level: a hashtag, a Chinese keyboard's colon, a YAML
merge copied from a web page, an answer given as its number, an article kept in a folder of its own.

Each ends in one message at its line that says what to do, and none loses text in silence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from game.content.validate import load_level

from .conftest import HEAD
from .test_errors import GOOD_Q, only, problems_of

LEVEL = HEAD + GOOD_Q


def test_a_hashtag_in_unquoted_text_is_not_cut_off_in_silence(write_level: Callable[..., Path]) -> None:
    """YAML reads ` #` as a comment: the students would see `The post used` and nothing after it."""
    text = "The verb tells you who speaks, as #fakenews tells you a post's topic."
    problem = only(write_level(LEVEL.replace('The verb "threatens" tells you who speaks.', text)))
    assert (problem.line, problem.column) == (11, 52)
    assert problem.message == (
        "YAML reads everything from ` #` to the end of the line as a note to yourself, so this text stops at "
        "`...verb tells you who speaks, as` and students never see `#fakenews tells you a post's topic.`: "
        'put the whole text in double quotes ("...") to keep it'
    )


def test_a_text_that_starts_with_a_hashtag_is_not_called_empty(write_level: Callable[..., Path]) -> None:
    problem = only(write_level(LEVEL.replace("answer: North Korea's foreign ministry", "answer: #1")))
    assert (problem.line, problem.column) == (10, 13)
    assert "students never see `#1`" in problem.message


def test_a_note_after_a_value_with_a_space_after_the_hash_is_still_a_note(write_level: Callable[..., Path]) -> None:
    noted = LEVEL.replace("answer: North Korea's foreign ministry", "answer: The FBI  # wrong")
    loaded = load_level(write_level(noted))
    assert loaded.level.questions[0].answer == "The FBI"
    block = LEVEL.replace("explanation: The verb", "explanation: >\n      The verb #1 clue")
    assert load_level(write_level(block)).level.questions[0].explanation.startswith("The verb #1 clue")


def test_a_full_width_colon_is_named_at_its_line(write_level: Callable[..., Path]) -> None:
    problem = only(write_level(LEVEL.replace("answer: North", "answer\uff1a North")))
    assert (problem.line, problem.column) == (10, 11)
    assert problem.message == (
        "YAML syntax: the colon after `answer` is a full-width `\uff1a` (from a Chinese or Japanese keyboard): "
        "type an ordinary `:` instead"
    )


def test_a_yaml_merge_key_says_to_write_the_keys_out(write_level: Callable[..., Path]) -> None:
    merged = LEVEL.replace("  - id: q1\n    type: who_said\n", "  - <<: {type: who_said}\n    id: q1\n")
    problem = only(write_level(merged))
    assert (problem.line, problem.column) == (6, 5)
    assert problem.message == (
        "`<<:` (a YAML merge) is not read by Byline: write each key out in full in every question"
    )


def test_a_merge_from_an_anchor_names_the_merge(write_level: Callable[..., Path]) -> None:
    merged = LEVEL.replace("questions:\n", "defaults: &who\n  type: who_said\nquestions:\n").replace(
        "    type: who_said\n", "    <<: *who\n"
    )
    problem = only(write_level(merged))
    assert (problem.line, problem.column) == (5, 11)
    assert problem.message == (
        "anchor `&who` is not allowed (line 9 copies it with `<<: *who`): "
        "Byline does not copy keys from one place to another: write each key out in full in every question"
    )


def test_an_answer_given_as_the_number_of_its_choice_says_which_text_to_write(
    write_level: Callable[..., Path],
) -> None:
    problem = only(write_level(LEVEL.replace("answer: North Korea's foreign ministry", "answer: 3")))
    assert problem.message == (
        "`answer` is the text of the right choice, not its number: write `answer: Mark Stroh` (choice 3) "
        "if that is the one you meant"
    )
    lettered = only(write_level(LEVEL.replace("answer: North Korea's foreign ministry", "answer: b)")))
    assert "write `answer: The FBI` (choice b)" in lettered.message


def test_an_article_in_a_folder_of_its_own_says_where_to_move_it(write_level: Callable[..., Path]) -> None:
    level = write_level(LEVEL.replace("article: sony-hack-denial.txt", "article: news/hack.txt"))
    seeds = level.parent.parent / "seeds"
    (seeds / "news").mkdir()
    (seeds / "sony-hack-denial.txt").rename(seeds / "news" / "hack.txt")
    problem = only(level)
    assert (problem.line, problem.column) == (3, 10)
    assert problem.message == (
        f"`article` is the name of a file in the `seeds` folder, without folders: move "
        f"`{seeds / 'news' / 'hack.txt'}` into `{seeds}` and write `article: hack.txt`"
    )
    up = only(write_level(LEVEL.replace("article: sony-hack-denial.txt", "article: ../sony-hack-denial.txt")))
    assert up.message.startswith("`article` is the name of a file in the `seeds` folder, without folders: ")
    assert up.message.endswith("write `article: sony-hack-denial.txt`")


def test_an_article_copied_as_a_web_page_s_code_is_named(write_level: Callable[..., Path]) -> None:
    level = write_level(LEVEL)
    article = level.parent.parent / "seeds" / "sony-hack-denial.txt"
    text = article.read_text(encoding="utf-8").split("\n")
    text[2] = f"<p>{text[2]}</p>"
    article.write_text("\n".join(text), encoding="utf-8")
    [problem] = problems_of(level)
    assert (problem.line, problem.column) == (3, 10)
    assert problem.message == (
        "cannot use article `sony-hack-denial.txt`: sony-hack-denial.txt line 3 is a web page's code (`<p>`), "
        "which students would see as it is: open the page in a browser, select the article's text, copy it "
        "and paste it into a plain text file"
    )
