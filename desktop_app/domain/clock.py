"""The office's clock: wall-clock time as the receipt stamp shows it.

Services take a ``Clock`` so tests (and the benchmarks) can set the time by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    """The office's wall-clock time, to the second (what the receipt stamp shows)."""
    return dt.datetime.now().replace(microsecond=0)
