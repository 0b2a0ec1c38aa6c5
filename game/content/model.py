"""The level format: what a teacher may write in a level file.

Pydantic models are the single source of truth for both validation and the
published JSON Schema (`byline schema`), so editors complete the same fields
that the game accepts.  Rules that need the article (quotes found verbatim,
answers among the choices) live in `validate.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]

SCHEMA_ID = "https://byline.invalid/schema/level.schema.json"


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


class WhoSaid(_Question):
    """Attribute a quote or claim to the person or body the article credits with it."""

    type: Literal["who_said"]
    quote: Text = Field(description="Verbatim words from the article.")
    choices: list[Text] = Field(min_length=3, max_length=4, description="3 or 4 possible speakers.")
    answer: Text = Field(description="The right speaker, written exactly as one of the choices.")


class FactOrOpinion(_Question):
    """Tell a checkable statement from a judgement."""

    type: Literal["fact_or_opinion"]
    statement: Text = Field(description="Verbatim sentence or part of a sentence from the article.")
    answer: Literal["fact", "opinion"]


class Contradiction(_Question):
    """Find the statement(s) that cannot both be true with a claim, or clash with an earlier stance."""

    type: Literal["contradiction"]
    claim: Text = Field(description="Verbatim claim from the article.")
    candidates: list[Text] = Field(min_length=2, max_length=5, description="Verbatim statements to choose from.")
    answer: list[Text] = Field(
        min_length=1,
        description="The candidate(s) that contradict the claim, copied exactly from `candidates`.",
    )


Question = Annotated[WhoSaid | FactOrOpinion | Contradiction, Field(discriminator="type")]
QUESTION_TYPES: dict[str, type[_Question]] = {
    "who_said": WhoSaid,
    "fact_or_opinion": FactOrOpinion,
    "contradiction": Contradiction,
}


class Level(_Strict):
    """One level: an article and the questions a student answers from it."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, title="Byline level", json_schema_extra={"$id": SCHEMA_ID}
    )

    id: Ident = Field(description="Short name, unique among all levels, e.g. `who-said-it`.")
    title: Text = Field(max_length=60)
    article: Text = Field(description="File name of the article in `seeds/`, e.g. `sony-hack-denial.txt`.")
    intro: Text = Field(description="A few sentences shown before the student reads the article.")
    questions: list[Question] = Field(min_length=1)

    @property
    def skills(self) -> list[str]:
        """Question types in order of first appearance: what the level practises."""
        return list(dict.fromkeys(q.type for q in self.questions))


def quoted_passages(question: WhoSaid | FactOrOpinion | Contradiction) -> list[tuple[str | int, ...]]:
    """Field paths (within a question) whose text must appear verbatim in the article."""
    paths: list[tuple[str | int, ...]] = []
    if isinstance(question, WhoSaid):
        paths.append(("quote",))
    elif isinstance(question, FactOrOpinion):
        paths.append(("statement",))
    else:
        paths.append(("claim",))
        paths.extend(("candidates", i) for i in range(len(question.candidates)))
    if question.evidence is not None:
        paths.append(("evidence",))
    return paths


def evidence_of(question: WhoSaid | FactOrOpinion | Contradiction) -> str:
    """The passage the feedback highlights in the article."""
    if question.evidence is not None:
        return question.evidence
    if isinstance(question, WhoSaid):
        return question.quote
    if isinstance(question, FactOrOpinion):
        return question.statement
    return question.answer[0]
