"""The UI's one door to the services (after Anki's ``CollectionOp`` and ``QueryOp``).

Pages, dialogs and widgets never hold the ``AppContext`` nor call a service: they ask an
area of ``Operations`` (``ops.incoming``, ``ops.outgoing``, ``ops.directory``,
``ops.settings``, ``ops.setup``) for an operation, say what to do with its result, and run
it::

    ops.incoming.get(doc_id).success(self.detail.show_record).run(self)

Every operation runs on the task runner's worker threads, so the window keeps painting and
answering while a write waits up to the busy timeout for another workstation, or a
PostgreSQL connection waits for the network. Results come back on the GUI thread, and only
while the widget that asked still exists. Failures take one path: ``show_error`` for the
widget that asked, unless the caller handles them itself (``failure``). While anything runs,
``busy_changed`` says so and the main window shows it.

A ``WriteOp`` announces the area it touched (``changed``) once it ended, so every page
showing that area can refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.jobs import JobControl
from desktop_app.ui.operations.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from desktop_app.app_context import AppContext
    from desktop_app.ui.operations.acks import AckOps
    from desktop_app.ui.operations.directory import DirectoryOps
    from desktop_app.ui.operations.incoming import IncomingOps
    from desktop_app.ui.operations.outgoing import OutgoingOps
    from desktop_app.ui.operations.settings import SettingsOps, SetupOps

T = TypeVar("T")
Work = Callable[["AppContext", JobControl], T]

# Areas a write can change (``Operations.changed``).
INCOMING, OUTGOING, DIRECTORY, SETTINGS = "incoming", "outgoing", "directory", "settings"
ACKS = "acks"  # acknowledgements recorded (tracking rows); reminders change OUTGOING
PROGRESS_DELAY_MS = 500  # long work shows its progress dialog after this


class QueryOp(Generic[T]):
    """One piece of work for the worker threads, with its callbacks (built, then ``run``)."""

    def __init__(self, gateway: Operations, label: str, work: Work[T]) -> None:
        self._gateway = gateway
        self.label = label
        self._work = work
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Callable[[int, int], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._progress_text: str | None = None
        self._cancel_text = ""

    def success(self, callback: Callable[[T], None]) -> QueryOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> QueryOp[T]:
        """Handle failures here instead of the default message box."""
        self._failure = callback
        return self

    def progress(self, callback: Callable[[int, int], None]) -> QueryOp[T]:
        self._progress = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> QueryOp[T]:
        self._cancelled = callback
        return self

    def with_progress(self, text: str, cancel_text: str) -> QueryOp[T]:
        """Show a progress dialog with a cancel button if the work takes a while."""
        self._progress_text = text
        self._cancel_text = cancel_text
        return self

    def _after_success(self, result: T) -> None:
        """What happens after the caller's callback (``WriteOp`` announces its change)."""

    def _after_failure(self, error: BaseException) -> None:
        """What happens after a failure was handled (``WriteOp`` announces it too)."""

    def run(self, parent: QObject | None = None) -> Task:
        """Start the work; callbacks run on the GUI thread while ``parent`` (the widget or
        model the result is for) exists."""
        gateway = self._gateway
        context = gateway.context
        work = self._work

        def alive() -> bool:
            return parent is None or shiboken6.isValid(parent)

        widget = parent if isinstance(parent, QWidget) else None
        dialog: QProgressDialog | None = None
        if self._progress_text is not None and alive():
            dialog = QProgressDialog(self._progress_text, self._cancel_text, 0, 0, widget)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)

        def close_dialog() -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
                dialog.deleteLater()

        def done(result: Any) -> None:
            close_dialog()
            if alive() and self._success is not None:
                self._success(result)
            self._after_success(result)

        def failed(error: BaseException) -> None:
            close_dialog()
            if alive():
                if self._failure is not None:
                    self._failure(error)
                else:
                    from desktop_app.ui.messages import show_error

                    show_error(widget, error)
            self._after_failure(error)

        def progressed(count: int, total: int) -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.setMaximum(total)
                dialog.setValue(count)
            if alive() and self._progress is not None:
                self._progress(count, total)

        def cancelled() -> None:
            close_dialog()
            if alive() and self._cancelled is not None:
                self._cancelled()

        task = gateway.runner.run(
            lambda control: work(context, control),
            label=self.label,
            on_done=done,
            on_error=failed,
            on_progress=progressed,
            on_cancel=cancelled,
        )
        if dialog is not None:
            dialog.canceled.connect(task.cancel)
        return task


class WriteOp(QueryOp[T]):
    """An operation that changes the office's records; ``area`` names what it changed."""

    def __init__(self, gateway: Operations, label: str, area: str, work: Work[T]) -> None:
        super().__init__(gateway, label, work)
        self.area = area

    def _after_success(self, result: T) -> None:
        self._gateway.changed.emit(self.area)

    def _after_failure(self, error: BaseException) -> None:
        # A write that failed part way may still have changed something (a batch of letters
        # stopped after some were issued): pages showing the area read it again.
        self._gateway.changed.emit(self.area)


class Operations(QObject):
    """The services, reachable only as operations; and the facts the UI may read directly
    (language, the actor, where the data is: values known at start, no database)."""

    busy_changed = Signal(bool)
    changed = Signal(str)  # the area a write changed: INCOMING, OUTGOING, ACKS, DIRECTORY, SETTINGS

    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.language = context.language
        self.actor = context.actor
        self.clock = context.clock
        self.paths = context.paths
        from desktop_app.db.engine import describe_url

        self.database_label = describe_url(context.db_url)
        runner.busy_changed.connect(self._busy_changed)
        self._shown_busy = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(250)  # quick reads never flash the indicator
        self._busy_timer.timeout.connect(lambda: self._show_busy(True))

        from desktop_app.ui.operations.acks import AckOps
        from desktop_app.ui.operations.directory import DirectoryOps
        from desktop_app.ui.operations.incoming import IncomingOps
        from desktop_app.ui.operations.outgoing import OutgoingOps
        from desktop_app.ui.operations.settings import SettingsOps, SetupOps

        self.incoming: IncomingOps = IncomingOps(self)
        self.outgoing: OutgoingOps = OutgoingOps(self)
        self.directory: DirectoryOps = DirectoryOps(self)
        self.settings: SettingsOps = SettingsOps(self)
        self.setup: SetupOps = SetupOps(self)
        self.acks: AckOps = AckOps(self)

    def query(self, label: str, work: Work[T]) -> QueryOp[T]:
        return QueryOp(self, label, work)

    def write(self, label: str, area: str, work: Work[T]) -> WriteOp[T]:
        return WriteOp(self, label, area, work)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._show_busy(False)

    def _show_busy(self, busy: bool) -> None:
        if busy != self._shown_busy:
            self._shown_busy = busy
            self.busy_changed.emit(busy)


__all__ = [
    "ACKS",
    "DIRECTORY",
    "INCOMING",
    "OUTGOING",
    "SETTINGS",
    "Operations",
    "QueryOp",
    "WriteOp",
]
