"""What slow work reports back: progress and cancellation, without any Qt.

Services that take long (exports, batch rendering, imports) accept a ``JobControl``; the GUI's
task runner passes one wired to a progress bar and a Cancel button, the CLI passes one that
prints nothing, tests pass one that cancels on cue.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop_app.domain.errors import SarabanError


class Cancelled(SarabanError):
    def __init__(self) -> None:
        super().__init__("ยกเลิกงานแล้ว", "Cancelled")


class JobControl:
    def __init__(self, on_progress: Callable[[int, int], None] | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        """Report progress; raise ``Cancelled`` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_progress is not None:
            self._on_progress(done, total)


NO_CONTROL = JobControl()
