"""One task runner for everything slow: work runs on a worker thread, results come back on
the GUI thread through queued signals. Never ``processEvents()`` loops.

A task is a function taking a ``JobControl`` (progress and cancellation, see desktop_app.jobs).
Database work opens its own short session inside the task, so no ORM object or connection is
ever shared between threads.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.jobs import Cancelled, JobControl

log = logging.getLogger(__name__)


class Task(QObject):
    """A handle on one running task: its signals and a way to cancel it."""

    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    progress = Signal(int, int)  # done, total
    ended = Signal()  # after finished, failed or cancelled

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.control = JobControl(on_progress=self._report)
        self.running = True

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def cancel(self) -> None:
        self.control.cancel()


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.task = task
        self.fn = fn

    def run(self) -> None:
        try:
            result = self.fn(self.task.control)
        except Cancelled:
            self.task.cancelled.emit()
        except BaseException as error:
            log.debug(
                "task %s failed: %s", self.task.label, "".join(traceback.format_exception(error))
            )
            self.task.failed.emit(error)
        else:
            self.task.finished.emit(result)
        self.task.ended.emit()


class TaskRunner(QObject):
    """Runs tasks on a small thread pool; keeps each task alive until it ends."""

    busy_changed = Signal(bool)
    # A task failed and its caller gave no on_error: the main window shows it.
    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()

    def run(
        self,
        fn: Callable[[JobControl], Any],
        *,
        label: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Task:
        task = Task(label, self)  # lives in the GUI thread: its signals arrive there
        if on_done is not None:
            task.finished.connect(on_done)
        task.failed.connect(on_error if on_error is not None else self.unhandled_error.emit)
        if on_progress is not None:
            task.progress.connect(on_progress)
        if on_cancel is not None:
            task.cancelled.connect(on_cancel)
        task.ended.connect(lambda: self._forget(task))
        self._tasks.add(task)
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Runnable(task, fn))
        return task

    def _forget(self, task: Task) -> None:
        task.running = False
        self._tasks.discard(task)
        task.deleteLater()
        if not self._tasks:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def wait_all(self, msecs: int = 30_000) -> bool:
        """Block until workers finish (only at shutdown, so no write is cut off)."""
        for task in list(self._tasks):
            task.cancel()
        return self.pool.waitForDone(msecs)
