"""Delivering the outbox: batches posted off the frame loop, with timeouts, back-off and no duplicates.

The statement ids are fixed when the results are recorded, so a batch sent again
after a lost reply is stored once (an LRS ignores a statement it already has).
What the LRS says decides what happens to a batch:

- stored (200, 204): marked sent;
- invalid (400, 422 ...): split in halves until the invalid statements are found,
  which are kept aside as `rejected` with the LRS's reason; the rest go on;
- wrong credentials (401, 403), busy or broken (429, 5xx), slow (30 s) or unreachable:
  everything stays pending, the reason is noted for `byline lrs status`, and the
  background loop waits longer after each failure (5 s doubling to 10 minutes).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from game.lrs import outbox
from game.lrs.settings import LrsSettings
from game.lrs.statements import XAPI_VERSION
from game.results import ResultsError, ResultsStore

BATCH = 50
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""A busy LRS may take a while to store a batch: 30 s before the batch counts as not taken (and is sent again)."""
BACKOFF_FIRST = 5.0
BACKOFF_LONGEST = 600.0
INTERVAL = 15.0
"""Seconds between looks at the outbox while all goes well."""


class Unavailable(Exception):
    """The LRS could not take the batch now; the statements wait."""


@dataclass
class Delivery:
    sent: int = 0
    rejected: int = 0
    error: str | None = None
    problems: list[str] = field(default_factory=list)


def describe(response: httpx.Response) -> str:
    """A status line a teacher can act on."""
    if response.status_code in (401, 403):
        return f"the LRS refused the user name or password ({response.status_code}): check `byline lrs set`"
    return f"the LRS answered {response.status_code} {response.reason_phrase}".rstrip()


class Sender:
    """Sends what is pending in `store`'s outbox to the LRS in `settings`."""

    def __init__(self, store: ResultsStore, settings: LrsSettings, *, batch: int = BATCH, timeout=TIMEOUT) -> None:
        self.store = store
        self.settings = settings
        self.batch = batch
        self._client = httpx.Client(
            auth=(settings.username, settings.password),
            timeout=timeout,
            headers={"X-Experience-API-Version": XAPI_VERSION},
        )

    def close(self) -> None:
        self._client.close()

    def sync(self) -> Delivery:
        """Send batches until nothing is pending or the LRS is unavailable."""
        done = Delivery()
        try:
            while waiting := self._pending():
                self._deliver(waiting, done)
        except Unavailable as exc:
            done.error = str(exc)
        except ResultsError as exc:
            done.error = str(exc)
            return done
        self._note(done)
        return done

    def _pending(self) -> list[outbox.Waiting]:
        with self.store.connect() as conn:
            return outbox.pending(conn, self.batch)

    def _deliver(self, batch: list[outbox.Waiting], done: Delivery) -> None:
        body = "[" + ",".join(w.body for w in batch) + "]"
        try:
            response = self._client.post(
                self.settings.statements_url, content=body, headers={"Content-Type": "application/json"}
            )
        except httpx.TimeoutException:
            raise Unavailable("the LRS did not answer in time") from None
        except httpx.HTTPError as exc:
            raise Unavailable(f"cannot reach the LRS: {exc}") from None
        code = response.status_code
        if code in (200, 204):
            with self.store.connect() as conn, conn:
                outbox.mark_sent(conn, [w.id for w in batch])
                outbox.set_status(conn, "last_sent_at", datetime.now(UTC).isoformat(timespec="seconds"))
            done.sent += len(batch)
        elif code in (400, 409, 413, 422) and len(batch) > 1:
            half = len(batch) // 2
            self._deliver(batch[:half], done)
            self._deliver(batch[half:], done)
        elif code in (400, 409, 422):
            reason = f"{code}: {response.text[:1000]}"
            with self.store.connect() as conn, conn:
                outbox.mark_rejected(conn, batch[0].id, reason)
            done.rejected += 1
            done.problems.append(f"statement {batch[0].id} rejected by the LRS ({reason})")
        else:
            raise Unavailable(describe(response))

    def _note(self, done: Delivery) -> None:
        with contextlib.suppress(ResultsError), self.store.connect() as conn, conn:  # else: said by the caller
            outbox.set_status(conn, "last_error", done.error)


def backoff(failures: int) -> float:
    """Seconds to wait after `failures` failed tries in a row."""
    return min(BACKOFF_LONGEST, BACKOFF_FIRST * 2 ** (failures - 1))
