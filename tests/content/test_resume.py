"""A level left half-way comes back exactly as it was: same choices, same answers, same score."""

from __future__ import annotations

import msgspec

from game.content.article import Span
from game.content.pack import load_pack
from game.content.paths import BUNDLED_LEVELS
from game.content.progress import Progress, Unfinished
from game.content.session import Session, State


def levels() -> list:
    return load_pack([BUNDLED_LEVELS]).levels


def test_a_checkpoint_survives_the_file_and_resumes_the_same_session() -> None:
    for loaded in levels():
        session = Session(loaded, seed=42)
        for turn in range(len(loaded.level.questions) // 2 + 1):
            presented = session.current
            picks = sorted(presented.right) if turn % 2 else list(range(presented.picks or 1))
            citation = Span(1, 0, 5) if presented.cite else None
            session.answer(picks, seconds=1.5, citation=citation, confidence=turn % 3)
            session.next()
            if session.state is State.FINISHED:
                break
        saved = msgspec.json.decode(
            msgspec.json.encode(Progress(unfinished={"x": session.checkpoint()})), type=Progress
        )
        again = Session.resume(loaded, saved.unfinished["x"])
        assert again is not None
        assert (again.index, again.score, again.streak, again.state) == (
            session.index,
            session.score,
            session.streak,
            session.state,
        )
        assert again.results == session.results
        if again.state is State.ASKING:
            assert again.current.choices == session.current.choices  # shuffled the same way


def test_a_level_changed_since_or_a_damaged_checkpoint_starts_afresh() -> None:
    loaded = levels()[0]
    session = Session(loaded, seed=1)
    session.answer([0])
    saved = session.checkpoint()
    assert Session.resume(loaded, Unfinished(saved.seed, saved.questions[:-1], saved.answers)) is None
    saved.answers[0].picked = [99]
    assert Session.resume(loaded, saved) is None


def test_finishing_a_level_forgets_its_checkpoint() -> None:
    loaded = levels()[0]
    session = Session(loaded, seed=1)
    progress = Progress(unfinished={loaded.level.id: session.checkpoint()})
    while session.state is not State.FINISHED:
        session.answer(sorted(session.current.right))
        session.next()
    progress.record(session.summary())
    assert progress.unfinished == {}
