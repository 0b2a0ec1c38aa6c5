"""Ralph's ASGI app for the test LRS, its filesystem backend set to append.

Ralph's `fs` LRS backend (meant for development) writes its statements file with
the `create` operation, which refuses a file that exists: the second POST of a
session fails with a 500. Appending is the operation the backend offers for it.
Production LRSs use Ralph's ClickHouse, Elasticsearch or MongoDB backends instead.
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402  (after the backend is set)

__all__ = ["app"]
