"""The class's answers read back from the LRS, across every computer, in the shape the report takes."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

import httpx

from game.lrs.sender import TIMEOUT, Unavailable, describe
from game.lrs.settings import LrsSettings
from game.lrs.statements import ANSWERED, XAPI_VERSION, Statement, StatementMaker
from game.results import Answer

PAGE = 500


def fetch_answered(settings: LrsSettings) -> Iterator[Statement]:
    """Every `answered` statement the LRS holds, page by page (following `more`).

    The verb is checked here rather than in the query: not every LRS backend
    filters on it (Ralph's filesystem backend answers an empty list).
    """
    url: str | None = settings.statements_url
    params: dict[str, str | int] | None = {"limit": PAGE}
    with httpx.Client(
        auth=(settings.username, settings.password), timeout=TIMEOUT, headers={"X-Experience-API-Version": XAPI_VERSION}
    ) as client:
        while url:
            try:
                response = client.get(url, params=params)
            except httpx.HTTPError as exc:
                raise Unavailable(f"cannot reach the LRS: {exc}") from None
            if response.status_code != 200:
                raise Unavailable(describe(response))
            page = response.json()
            yield from (s for s in page.get("statements", []) if s.get("verb", {}).get("id") == ANSWERED)
            more = page.get("more")
            url, params = (urljoin(settings.statements_url, more), None) if more else (None, None)


def to_answers(statements: Iterator[Statement], maker: StatementMaker) -> list[Answer]:
    """Byline's own answers (under the school's base IRI), oldest first; plays numbered by registration."""
    plays: dict[str, int] = {}
    rows: list[tuple[str, int, int, Answer]] = []
    level_prefix = maker.level_iri("")
    for s in statements:
        object_id = s.get("object", {}).get("id", "")
        if not object_id.startswith(level_prefix) or "/questions/" not in object_id:
            continue
        level_id, question_id = object_id[len(level_prefix) :].split("/questions/", 1)
        context = s.get("context", {})
        ext = context.get("extensions", {})
        result = s.get("result", {})
        play = plays.setdefault(context.get("registration", s["id"]), len(plays) + 1)
        description = s["object"].get("definition", {}).get("description", {})
        answer = Answer(
            play_id=play,
            player=s["actor"].get("account", {}).get("name", "?"),
            level_id=level_id,
            level_title=ext.get(maker.extension("level-title"), level_id),
            played_at=s.get("timestamp", ""),
            question_id=question_id,
            question_type=ext.get(maker.extension("question-type"), "?"),
            passage=next(iter(description.values()), ""),
            chosen=tuple(ext.get(maker.extension("chosen"), [])),
            right=tuple(ext.get(maker.extension("right-answer"), [])),
            correct=bool(result.get("success")),
            seconds=_seconds(result.get("duration", "")),
            phase=ext.get(maker.extension("phase")),
        )
        rows.append((answer.played_at, play, ext.get(maker.extension("position"), 0), answer))
    rows.sort(key=lambda row: row[:3])
    return [answer for *_, answer in rows]


def _seconds(duration: str) -> float:
    """Seconds of an ISO 8601 duration as Byline writes them (PTnS); 0 for anything else."""
    if duration.startswith("PT") and duration.endswith("S"):
        try:
            return float(duration[2:-1])
        except ValueError:
            return 0.0
    return 0.0
