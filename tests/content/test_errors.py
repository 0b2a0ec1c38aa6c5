"""Every kind of mistake a teacher can make is reported at the exact line, all at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.content.problems import ContentError, Problem
from game.content.validate import load_level

from .conftest import HEAD

GOOD_Q = """\
  - id: q1
    type: who_said
    quote: threatens "grave consequences"
    choices: [North Korea's foreign ministry, The FBI, Mark Stroh]
    answer: North Korea's foreign ministry
    explanation: The verb "threatens" tells you who speaks.
"""


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_level(path)
    return caught.value.problems


def only(path: Path) -> Problem:
    found = problems_of(path)
    assert len(found) == 1, found
    return found[0]


def test_good_level_loads(write_level: Callable[[str], Path]) -> None:
    loaded = load_level(write_level(HEAD + GOOD_Q))
    assert loaded.level.questions[0].answer == "North Korea's foreign ministry"
    span = loaded.evidence["q1"]
    assert loaded.article.text[span.start : span.end] == 'threatens "grave consequences"'


def test_problem_prints_in_parsable_shape(write_level: Callable[[str], Path]) -> None:
    path = write_level(HEAD + GOOD_Q.replace("explanation:", "explenation:"))
    # One problem for one typo: the "missing key `explanation`" it causes would only repeat the hint.
    assert [str(p) for p in problems_of(path)] == [
        f"{path}:11:5: error: unknown key `explenation`: did you mean `explanation`?",
    ]


def test_yaml_syntax_error(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q + "  - id: [unclosed\n    type: x\n"))
    assert (problem.line, problem.column) == (13, 9)
    assert problem.message.startswith("YAML syntax: while parsing a flow sequence")


def test_duplicate_key(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q + "    answer: The FBI\n"))
    assert (problem.line, problem.column) == (12, 5)
    assert "duplicate key `answer` (first given on line 10)" in problem.message


def test_alias_and_anchor_refused(write_level: Callable[[str], Path]) -> None:
    text = (
        HEAD
        + GOOD_Q.replace("choices: [", "choices: &c [")
        + GOOD_Q.replace("q1", "q2").replace(
            "choices: [North Korea's foreign ministry, The FBI, Mark Stroh]", "choices: *c"
        )
    )
    problem = only(write_level(text))
    assert (problem.line, problem.column) == (9, 14)
    assert "anchor `&c` is not allowed" in problem.message


def test_alias_bomb_refused_without_expanding(write_level: Callable[[str], Path]) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    problem = only(write_level("\n".join(lines) + "\n"))
    assert problem.line == 1 and "anchor `&a0`" in problem.message


def test_tabs(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q.replace("    type:", "\ttype:")))
    assert (problem.line, problem.column, problem.message) == (7, 1, "tab character: use spaces to indent")


def test_wrong_type_reports_every_problem(write_level: Callable[[str], Path]) -> None:
    text = HEAD + GOOD_Q.replace("choices: [North Korea's foreign ministry, The FBI, Mark Stroh]", "choices: The FBI")
    found = problems_of(write_level(text.replace("title: Test level", "title: [a, b]")))
    assert [(p.line, p.column) for p in found] == [(2, 8), (9, 14)]
    assert "`choices` should be a list" in found[1].message


def test_missing_key_points_at_the_question(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q.replace("    answer: North Korea's foreign ministry\n", "")))
    assert (problem.line, problem.column) == (6, 5)
    assert problem.message.startswith("missing key `answer`")


def test_missing_top_level_key(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD.replace("intro: A level written by the tests.\n", "") + GOOD_Q))
    assert (problem.line, problem.message.startswith("missing key `intro`")) == (1, True)


def test_unknown_key_without_close_match(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD.replace("title:", "colour: red\ntitle:") + GOOD_Q))
    assert (problem.line, problem.message) == (2, "unknown key `colour`")


def test_yes_no_stay_text(write_level: Callable[[str], Path]) -> None:
    question = """\
  - id: q2
    type: fact_or_opinion
    statement: This seems incredibly interesting
    answer: no
    explanation: yes
"""
    problem = only(write_level(HEAD + GOOD_Q + question))
    assert (problem.line, problem.message) == (15, "`answer` must be `fact` or `opinion`, not `no`")


def test_boolean_where_text_is_needed_says_quote_it(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q.replace("explanation: The verb", "hint: true\n    explanation: The verb")))
    assert problem.line == 11 and "put it in quotes" in problem.message


def test_unknown_question_type(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q.replace("type: who_said", "type: who-said")))
    assert (problem.line, problem.column) == (7, 11)
    assert problem.message == "unknown question type `who-said`: did you mean `who_said`?"


def test_answer_not_among_choices(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q.replace("answer: North Korea's", "answer: North Korea")))
    assert (problem.line, problem.column) == (10, 13)
    assert "did you mean `North Korea's foreign ministry`?" in problem.message


def test_contradiction_answer_not_among_candidates(write_level: Callable[[str], Path]) -> None:
    question = """\
  - id: c1
    type: contradiction
    claim: North Korea is denying the allegation made by the FBI
    candidates:
      - 'the same authorities called it a "righteous deed"'
      - North Korea's Internet runs through China
    answer:
      - the same authorities called it a righteous deed
    explanation: Calling it a righteous deed does not fit with denying it.
"""
    problem = only(write_level(HEAD + question))
    assert (problem.line, problem.column) == (13, 9)
    assert "not one of the candidates" in problem.message


def test_duplicate_question_ids(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q + GOOD_Q))
    assert (problem.line, problem.column, problem.message) == (12, 9, "duplicate question id `q1` (also question 1)")


def test_quote_not_in_article_shows_closest(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q.replace('"grave consequences"', '"grave consequence"')))
    assert (problem.line, problem.column) == (8, 12)
    assert problem.message.endswith(
        'closest passage (line 2): `threatens "grave consequences"` '
        '(you wrote `consequence"`, the article has `consequences"`)'
    )


def test_evidence_not_in_article(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q + "    evidence: the ministry threatened war\n"))
    assert problem.line == 12 and problem.message.startswith("not found word for word")


def test_article_that_does_not_exist(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD.replace("sony-hack-denial.txt", "missing.txt") + GOOD_Q))
    assert (problem.line, problem.column) == (3, 10)
    assert problem.message == (
        "article `missing.txt` not found: put it in a `seeds/` folder next to your `levels/` folder"
    )


def test_article_without_txt_suggests_the_file(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD.replace("sony-hack-denial.txt", "sony-hack-denial") + GOOD_Q))
    assert problem.message == "article `sony-hack-denial` not found: did you mean `sony-hack-denial.txt`?"


def test_text_wrapped_in_curly_quotes_is_explained(write_level: Callable[[str], Path]) -> None:
    problem = only(
        write_level(HEAD + GOOD_Q.replace('quote: threatens "grave consequences"', "quote: \u201cthreatens\u201d"))
    )
    assert problem.line == 8 and "wrap it in straight quotes" in problem.message


def test_quotes_of_a_broken_question_are_still_checked(write_level: Callable[[str], Path]) -> None:
    broken = GOOD_Q.replace('"grave consequences"', '"grave consequence"').replace(
        "    answer: North Korea's foreign ministry\n", ""
    )
    found = problems_of(write_level(HEAD + broken))
    assert [(p.line, p.message[:20]) for p in found] == [(6, "missing key `answer`"), (8, "not found word for w")]


def test_article_path_outside_seeds_refused(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD.replace("sony-hack-denial.txt", "../../etc/passwd") + GOOD_Q))
    assert problem.line == 3 and "is the name of a file in the `seeds` folder, without folders" in problem.message


def test_oversized_file_refused_before_parsing(write_level: Callable[[str], Path]) -> None:
    path = write_level("a: [" * 10 + "x" * 600_000)
    problem = only(path)
    assert (problem.line, problem.column) == (1, 1) and "the limit is 524,288" in problem.message


def test_not_utf8(write_level: Callable[[str], Path]) -> None:
    path = write_level(HEAD + GOOD_Q)
    path.write_bytes(path.read_bytes().replace(b"Test level", b"Test \xe9level"))
    problem = only(path)
    assert (problem.line, problem.column) == (2, 13) and "UTF-8" in problem.message


def test_empty_file(write_level: Callable[[str], Path]) -> None:
    assert only(write_level("# only a comment\n")).message == "file is empty"


def test_not_a_mapping(write_level: Callable[[str], Path]) -> None:
    assert "set of `key: value` lines" in only(write_level("- a\n- b\n")).message


def test_shape_and_content_problems_reported_together(write_level: Callable[[str], Path]) -> None:
    broken = GOOD_Q.replace("q1", "q2").replace("explanation:", "explenation:")
    wrong_quote = GOOD_Q.replace('"grave consequences"', '"grave consequence"')
    found = problems_of(write_level(HEAD + wrong_quote + broken))
    assert [(p.line, p.message[:20]) for p in found] == [
        (8, "not found word for w"),
        (17, "unknown key `explena"),
    ]


def test_fact_opinion_imbalance_is_a_warning(write_level: Callable[[str], Path]) -> None:
    question = """\
  - id: f{n}
    type: fact_or_opinion
    statement: This seems incredibly interesting
    answer: opinion
    explanation: '"Seems" signals a judgement.'
"""
    loaded = load_level(write_level(HEAD + "".join(question.format(n=n) for n in range(4))))
    assert [(w.severity, w.line) for w in loaded.warnings] == [("warning", 5)]


def test_control_character(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD + GOOD_Q.replace("The verb", "The \x00verb")))
    assert (problem.line, problem.column) == (11, 22) and "unreadable character" in problem.message


def test_loaded_word_not_in_its_sentence(write_level: Callable[[str], Path]) -> None:
    question = """\
  - id: lw
    type: loaded_words
    sentence: This seems incredibly interesting
    words:
      - word: seems
        why: It signals a view.
      - word: incredible
        why: It exaggerates.
    explanation: Judging words.
"""
    problem = only(write_level(HEAD + question))
    assert (problem.line, problem.column) == (12, 15)
    assert problem.message.startswith("`incredible` is not a word or phrase of this sentence")


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("    explanation: Look for the verb said: it names the speaker.\n", "text with `: ` in it must be in quotes"),
        ('    explanation: "Threatens" is the clue, so the ministry\n', "must be wholly in quotes"),
    ],
)
def test_yaml_mistakes_say_what_to_do(write_level: Callable[[str], Path], line: str, hint: str) -> None:
    problem = only(
        write_level(HEAD + GOOD_Q.replace('    explanation: The verb "threatens" tells you who speaks.\n', line))
    )
    assert problem.line == 11 and hint in problem.message


def test_evidence_found_twice_is_a_warning(write_level: Callable[[str], Path]) -> None:
    question = """\
  - id: f1
    type: fact_or_opinion
    statement: the US rejected the joint inquiry request
    evidence: North Korea
    answer: fact
    explanation: A decision that can be checked.
"""
    loaded = load_level(write_level(HEAD + question))
    assert [(w.line, w.column, w.severity) for w in loaded.warnings] == [(9, 15, "warning")]
    assert "in the article 5 times" in loaded.warnings[0].message  # not "North Korean"


def test_loaded_words_sentence_must_fit_a_screen(write_level: Callable[[str], Path]) -> None:
    sentence = (
        "After president Obama denounced North Korea's hacking operation against Sony and promised "
        '"appropriate actions" to be taken against Pyongyang, the Korean officials are trying to deny their '
        "involvement in the matter"
    )
    question = f"""\
  - id: lw
    type: loaded_words
    sentence: '{sentence.replace("'", "''")}'
    words:
      - word: trying
        why: It doubts the denial.
    explanation: One loaded word.
"""
    problem = only(write_level(HEAD + question))
    assert (problem.line, problem.message) == (8, "`sentence` has 31 words; at most 30 fit on a screen: use part of it")


def test_a_loaded_word_counts_wherever_it_stands(write_level: Callable[[str], Path]) -> None:
    question = """\
  - id: lw
    type: loaded_words
    sentence: the country's foreign ministry demands a joint investigation
    words:
      - word: country\u2019s
        why: Curly and straight apostrophes are the same word.
    explanation: Matching forgives the apostrophe.
"""
    assert load_level(write_level(HEAD + question)).level.questions


def test_article_name_too_long_for_the_system(write_level: Callable[[str], Path]) -> None:
    problem = only(write_level(HEAD.replace("sony-hack-denial.txt", "x" * 300 + ".txt") + GOOD_Q))
    assert problem.line == 3 and "too long for a file name" in problem.message
