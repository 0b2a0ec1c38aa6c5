"""xAPI 1.0.3 statements for a finished level: one `answered` per question, one `completed` for the level.

Actors are pseudonymous: the player's name (a profile or a kiosk visit) is hashed
with the school's salt, so the LRS can group one student's answers without ever
learning who the student is. Each statement's UUID is made here, when the answer
is recorded, so sending it twice can never store it twice.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from game.content.session import Result, Summary

XAPI_VERSION = "1.0.3"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"

Statement = dict[str, Any]


@dataclass(frozen=True)
class StatementMaker:
    """Turns a finished level into statements under the school's `base_iri`, hashing players with `salt`."""

    base_iri: str
    salt: str

    def pseudonym(self, player: str) -> str:
        """The same player gives the same id on every computer of the school; the name cannot be recovered."""
        return hmac.new(self.salt.encode(), player.encode(), hashlib.sha256).hexdigest()[:32]

    def extension(self, name: str) -> str:
        return f"{self.base_iri}/extensions/{name}"

    def level_iri(self, level_id: str) -> str:
        return f"{self.base_iri}/levels/{level_id}"

    def for_level(
        self, player: str, summary: Summary, title: str, when: datetime, phase: str | None = None
    ) -> list[Statement]:
        """Every answer of the level, then the level itself, sharing one registration (this play).

        A check form or a refresher carries its `phase` (`before`, `after`, `refresher`) as a
        context extension on every statement; a level has none.
        """
        actor = {"objectType": "Agent", "account": {"homePage": self.base_iri, "name": self.pseudonym(player)}}
        registration = str(uuid.uuid4())
        stamp = when.isoformat(timespec="seconds")
        level = {
            "objectType": "Activity",
            "id": self.level_iri(summary.level_id),
            "definition": {"type": ASSESSMENT, "name": {"en-US": title}},
        }
        marks = {} if phase is None else {self.extension("phase"): phase}
        answers = [
            self._answered(actor, result, position, level, registration, stamp, title, summary.level_id, marks)
            for position, result in enumerate(summary.results)
        ]
        completed = {
            "id": str(uuid.uuid4()),
            "actor": actor,
            "verb": {"id": COMPLETED, "display": {"en-US": "completed"}},
            "object": level,
            "result": {
                "completion": True,
                "success": summary.stars >= 1,
                "score": _score(summary.score, summary.max_score),
            },
            "context": {"registration": registration, "extensions": {self.extension("stars"): summary.stars, **marks}},
            "timestamp": stamp,
        }
        return [*answers, completed]

    def _answered(
        self,
        actor: dict,
        result: Result,
        position: int,
        level: dict,
        registration: str,
        stamp: str,
        title: str,
        level_id: str,
        marks: dict[str, str],
    ) -> Statement:
        question = result.question
        extensions: dict[str, Any] = {
            self.extension("question-type"): question.type,
            self.extension("chosen"): list(result.chosen),
            self.extension("right-answer"): list(result.right),
            self.extension("level-title"): title,
            self.extension("position"): position,
            **marks,
        }
        if result.confidence is not None:
            extensions[self.extension("confidence")] = result.confidence
        if result.cited is not None:
            extensions[self.extension("cited")] = result.cited
        return {
            "id": str(uuid.uuid4()),
            "actor": actor,
            "verb": {"id": ANSWERED, "display": {"en-US": "answered"}},
            "object": {
                "objectType": "Activity",
                "id": f"{self.level_iri(level_id)}/questions/{question.id}",
                "definition": {
                    "type": INTERACTION,
                    "interactionType": "other",
                    "description": {"en-US": question.passage},
                },
            },
            "result": {
                "success": result.correct,
                "score": {"scaled": round(result.credit, 4)},
                "response": "; ".join(result.chosen),
                "duration": f"PT{max(result.seconds, 0.0):.2f}S",
            },
            "context": {
                "registration": registration,
                "contextActivities": {"parent": [level]},
                "extensions": extensions,
            },
            "timestamp": stamp,
        }


def _score(points: int, most: int) -> dict[str, float | int]:
    return {"raw": points, "min": 0, "max": most, "scaled": round(points / most, 4) if most else 0.0}
