"""The level format: what a teacher may write in a level file.

Pydantic models are the single source of truth for both validation and the
published JSON Schema (`byline schema`), so editors complete the same fields
that the game accepts.  Rules that need the article (quotes found verbatim,
answers among the choices) live in `validate.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

MAX_TEXT = 2000
"""About a screen of reading: a longer intro or explanation is an article pasted in by mistake."""
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
"""Fits the level board. (A `Field(max_length=)` on a `Text` would lose to the limit inside `Text`.)"""
Prompt = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
"""A short label that fits on a card: a speaker or a link of a source chain."""
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]

SCHEMA_ID = "https://byline.invalid/schema/level.schema.json"


VERBATIM_KEYS = ("quote", "statement", "claim", "candidates", "sentence", "evidence")
"""Keys whose text must be word for word from the article (each model's `quoted_fields` says which it has)."""

DEFAULT_CHAIN_PROMPT = "How did this reach you?"
"""What a `source_chain` question asks when its author wrote no `prompt`."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class _Question(_Strict):
    id: Ident = Field(description="Short name, unique within the level, e.g. `q1` or `stroh-quote`.")
    explanation: Text = Field(description="Shown after the answer: why it is right, naming a clue to reuse.")
    evidence: Text | None = Field(
        default=None,
        description="Verbatim passage of the article that proves the answer; defaults to the quote itself.",
    )
    hint: Text | None = Field(default=None, description="Optional nudge a student can ask for.")
    cite: bool | None = Field(
        default=None,
        description="Ask the student to point at the sentence that proves the answer (default: the level's `cite`).",
    )

    @property
    def passage(self) -> str:
        """The words the question is about, shown to the student: verbatim, or the teacher's own question
        for the types in `skills.ASKED_IN_OWN_WORDS`."""
        raise NotImplementedError

    def quoted_fields(self) -> list[tuple[str | int, ...]]:
        """Field paths whose text must appear verbatim in the article."""
        return [("evidence",)] if self.evidence is not None else []

    @property
    def evidence_text(self) -> str:
        """The passage the feedback highlights in the article."""
        return self.evidence if self.evidence is not None else self.passage


class WhoSaid(_Question):
    """Attribute a quote or claim to the person or body the article credits with it."""

    type: Literal["who_said"]
    quote: Text = Field(description="Verbatim words from the article.")
    choices: list[Text] = Field(min_length=3, max_length=4, description="3 or 4 possible speakers.")
    answer: Text = Field(description="The right speaker, written exactly as one of the choices.")

    @property
    def passage(self) -> str:
        return self.quote

    def quoted_fields(self) -> list[tuple[str | int, ...]]:
        return [("quote",), *super().quoted_fields()]


def _lower_case(value: object) -> object:
    """`Fact`, `FACT` and `fact` are one answer: capitals are not what a teacher means to check."""
    return value.strip().lower() if isinstance(value, str) else value


Verdict = Annotated[Literal["fact", "opinion"], BeforeValidator(_lower_case)]


def _upper_case(value: object) -> object:
    """`a` and `A` name one form."""
    return value.strip().upper() if isinstance(value, str) else value


CheckForm = Annotated[Literal["A", "B"], BeforeValidator(_upper_case)]
"""The two parallel forms of the news-sense check: one taken before the levels, the other after."""


class FactOrOpinion(_Question):
    """Tell a checkable statement from a judgment."""

    type: Literal["fact_or_opinion"]
    statement: Text = Field(description="Verbatim sentence or part of a sentence from the article.")
    answer: Verdict

    @property
    def passage(self) -> str:
        return self.statement

    def quoted_fields(self) -> list[tuple[str | int, ...]]:
        return [("statement",), *super().quoted_fields()]


class Contradiction(_Question):
    """Find the statement(s) that cannot both be true with a claim, or clash with an earlier stance."""

    type: Literal["contradiction"]
    claim: Text = Field(description="Verbatim claim from the article.")
    candidates: list[Text] = Field(min_length=2, max_length=5, description="Verbatim statements to choose from.")
    answer: list[Text] = Field(
        min_length=1,
        description="The candidate(s) that contradict the claim, copied exactly from `candidates`.",
    )

    @property
    def passage(self) -> str:
        return self.claim

    def quoted_fields(self) -> list[tuple[str | int, ...]]:
        candidates = [("candidates", i) for i in range(len(self.candidates))]
        return [("claim",), *candidates, *super().quoted_fields()]

    @property
    def evidence_text(self) -> str:
        return self.evidence if self.evidence is not None else self.answer[0]


class LoadedWord(_Strict):
    word: Text = Field(description="A word or short phrase of the sentence, copied exactly.")
    why: Text = Field(description="Why it is loaded or signals an opinion; shown in the feedback.")


class LoadedWords(_Question):
    """Mark the loaded or opinion-signalling words of a sentence."""

    type: Literal["loaded_words"]
    sentence: Text = Field(description="Verbatim sentence (or part of one) from the article.")
    words: list[LoadedWord] = Field(min_length=1, description="The loaded words or phrases, each with its reason.")

    @property
    def passage(self) -> str:
        return self.sentence

    def quoted_fields(self) -> list[tuple[str | int, ...]]:
        return [("sentence",), *super().quoted_fields()]


class ChainLink(_Strict):
    name: Name = Field(description="Short label shown on a card, e.g. `Reuters`.")
    evidence: Text = Field(description="Verbatim passage of the article that shows this link passing the news on.")


class SourceChain(_Question):
    """Put the links a report passed through in order, from its origin to the reader."""

    type: Literal["source_chain"]
    prompt: Text | None = Field(default=None, description="The question above the cards; a general one if left out.")
    links: list[ChainLink] = Field(
        min_length=2, max_length=5, description="2 to 5 links in order, from the origin to the reader."
    )
    distractors: list[Name] = Field(
        default=[], max_length=3, description="Up to 3 names that are not links of the chain (no evidence)."
    )

    @property
    def passage(self) -> str:
        return self.prompt or DEFAULT_CHAIN_PROMPT

    @property
    def names(self) -> list[str]:
        """The link names, origin first."""
        return [link.name for link in self.links]

    def quoted_fields(self) -> list[tuple[str | int, ...]]:
        links = [("links", i, "evidence") for i in range(len(self.links))]
        return [*links, *super().quoted_fields()]

    @property
    def evidence_text(self) -> str:
        return self.evidence if self.evidence is not None else self.links[0].evidence


class Choice(_Question):
    """A question the teacher words freely, with one keyed answer proven by a passage of the article."""

    type: Literal["choice"]
    prompt: Prompt = Field(
        description='The question in the teacher\'s words, e.g. "What does the headline leave out?".'
    )
    choices: list[Text] = Field(min_length=2, max_length=5, description="2 to 5 possible answers (free text).")
    answer: Text = Field(description="The right answer, written exactly as one of the choices.")
    evidence: Text = Field(description="Verbatim passage of the article that proves the answer; highlighted after.")

    @property
    def passage(self) -> str:
        return self.prompt


Question = Annotated[
    WhoSaid | FactOrOpinion | Contradiction | LoadedWords | SourceChain | Choice, Field(discriminator="type")
]
QUESTION_TYPES: dict[str, type[_Question]] = {
    "who_said": WhoSaid,
    "fact_or_opinion": FactOrOpinion,
    "contradiction": Contradiction,
    "loaded_words": LoadedWords,
    "source_chain": SourceChain,
    "choice": Choice,
}


class Level(_Strict):
    """One level: an article and the questions a student answers from it."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, title="Byline level", json_schema_extra={"$id": SCHEMA_ID}
    )

    id: Ident = Field(description="Short name, unique among all levels, e.g. `who-said-it`.")
    title: Title
    article: Text = Field(description="File name of the article in `seeds/`, e.g. `sony-hack-denial.txt`.")
    intro: Text = Field(description="A few sentences shown before the student reads the article.")
    cite: bool = Field(default=False, description="Ask for the sentence that proves each answer (show me where).")
    confidence: bool = Field(default=False, description='Ask "How sure are you?" before each answer is revealed.')
    questions: list[Question] = Field(min_length=1)
    check: CheckForm | None = Field(
        default=None,
        description="`A` or `B`: this level is a form of the news-sense check taken before and after the levels "
        "(no feedback; hidden from the level board, no stars, not in the rating). Leave it out for a level.",
    )

    @property
    def skills(self) -> list[str]:
        """Question types in order of first appearance: what the level practises."""
        return list(dict.fromkeys(q.type for q in self.questions))

    def cites(self, question: Question) -> bool:
        """Whether this question asks for a citation: its own `cite`, else the level's.

        A source chain never does: each of its links already points at its own passage.
        """
        if isinstance(question, SourceChain):
            return False
        return self.cite if question.cite is None else question.cite
