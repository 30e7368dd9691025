"""Window sizes, splitter positions and column widths, remembered per workstation.

Each workstation keeps its own (its screens are its own): an INI file, ``window-state.ini``,
in the configuration folder next to ``workstation.json`` (``AppPaths.config_dir``), never in
the office's database. What a window, splitter or table header looked like is written when it
is hidden (its window closed, its page left) and applied when it is built again:

* a window's size (client area, pixels) and whether it was maximised: restored never larger
  than the screen's free area (``screen_fit.fitted_size``); a main window is placed inside
  that area;
* a splitter's sizes and a header's column widths, order and hidden columns
  (``QSplitter.saveState``, ``QHeaderView.saveState``): restored only when the widget still
  has as many parts (a column added in a new version makes the old state be ignored).

Usage, in a window's constructor (``folder`` is ``ops.paths.config_dir``)::

    remember_window(self, folder, "ForwardDialog", QSize(1500, 900))
    remember_splitter(self.splitter, folder, "ForwardDialog/splitter")
    remember_header(self.table.horizontalHeader(), folder, "OutgoingPage/table")

A file that cannot be read or written (a read-only profile) only means nothing is remembered.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QSplitter, QWidget

from desktop_app.ui import screen_fit

STATE_FILE = "window-state.ini"
W = TypeVar("W", bound=QWidget)


class WindowMemory:
    """One workstation's remembered window states: ``folder``/``STATE_FILE``.

    Keys are names like ``"MainWindow"`` or ``"OutgoingPage/table"`` (letters, digits, ``/``
    and ``_``); every write is flushed to the file at once."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / STATE_FILE
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def window_size(self, key: str) -> tuple[QSize, bool] | None:
        """The window's last client size (pixels) and whether it was maximised; None when
        nothing (or nothing usable) is stored."""
        width = self._int(f"{key}/width")
        height = self._int(f"{key}/height")
        if width is None or height is None or width <= 0 or height <= 0:
            return None
        return QSize(width, height), bool(self._int(f"{key}/maximized"))

    def set_window_size(self, key: str, size: QSize, maximized: bool) -> None:
        self._settings.setValue(f"{key}/width", int(size.width()))
        self._settings.setValue(f"{key}/height", int(size.height()))
        self._settings.setValue(f"{key}/maximized", int(maximized))
        self._settings.sync()

    def layout_state(self, key: str) -> tuple[bytes, int] | None:
        """A splitter's or header's saved state and how many parts it had then."""
        value = self._settings.value(f"{key}/state")
        parts = self._int(f"{key}/parts")
        if not isinstance(value, (QByteArray, bytes)) or parts is None:
            return None
        return bytes(value.data() if isinstance(value, QByteArray) else value), parts

    def set_layout_state(self, key: str, state: bytes, parts: int) -> None:
        self._settings.setValue(f"{key}/state", QByteArray(state))
        self._settings.setValue(f"{key}/parts", int(parts))
        self._settings.sync()

    def _int(self, key: str) -> int | None:
        value = self._settings.value(key)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None


_memories: dict[Path, WindowMemory] = {}


def memory_for(folder: Path) -> WindowMemory:
    """The (shared) ``WindowMemory`` of the configuration folder ``folder``."""
    key = Path(folder).resolve()
    memory = _memories.get(key)
    if memory is None:
        memory = _memories[key] = WindowMemory(key)
    return memory


_exiting = False


def _at_exit() -> None:
    global _exiting  # noqa: PLW0603 (set once, when the interpreter ends)
    _exiting = True


# Registered after PySide's own clean-up, so it runs before it: windows still shown when the
# interpreter ends are destroyed (and hidden) then, and nothing is saved from them.
atexit.register(_at_exit)


class _SaveOnHide(QObject):
    """Calls ``save(widget)`` whenever the watched widget is hidden (its window closed or its
    page left: a widget gets a hide event when a shown ancestor is hidden).

    Keeps no Python reference to the widget (only Qt's, in the event): a window destroyed
    while shown is hidden from inside its C++ destructor, when its Python object may be
    half gone."""

    def __init__(self, watched: W, save: Callable[[W], None]) -> None:
        super().__init__(watched)
        self._save: Callable[[QWidget], None] = save  # type: ignore[assignment]
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and not _exiting and isinstance(watched, QWidget):
            self._save(watched)
        return False


def remember_window(window: QWidget, folder: Path, key: str, default: QSize) -> QSize:
    """Size ``window`` (a top-level window not yet shown) as it was last time on this
    workstation, or ``default`` (client area, pixels), never larger than the screen's free
    area; maximise it again if it was. A window without a parent (the main window) is placed
    inside the free area. Its size is saved each time it is hidden. Returns the size given."""
    memory = memory_for(folder)
    saved = memory.window_size(key)
    wanted, maximized = saved if saved is not None else (default, False)
    size = screen_fit.resize_to_fit(window, wanted)
    if window.parentWidget() is None or not isinstance(window, QDialog):
        # A dialog with a parent is centred over it by Qt, inside the screen.
        screen_fit.place_inside_screen(window)
    if maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def save(hidden: QWidget) -> None:
        state = hidden.windowState()
        if state & Qt.WindowState.WindowMinimized:
            return
        is_maximized = bool(
            state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen)
        )
        normal = hidden.normalGeometry().size() if is_maximized else hidden.size()
        if normal.isEmpty():
            normal = hidden.size()
        memory.set_window_size(key, normal, is_maximized)

    _SaveOnHide(window, save)
    return size


def remember_splitter(splitter: QSplitter, folder: Path, key: str) -> bool:
    """Give ``splitter`` the sizes it had last time (when it still has as many panes) and
    save them whenever it is hidden. Returns whether a saved state was applied."""
    memory = memory_for(folder)
    restored = False
    saved = memory.layout_state(key)
    if saved is not None and saved[1] == splitter.count():
        restored = splitter.restoreState(QByteArray(saved[0]))

    def save(hidden: QSplitter) -> None:
        memory.set_layout_state(key, bytes(hidden.saveState().data()), hidden.count())

    _SaveOnHide(splitter, save)
    return restored


def remember_header(header: QHeaderView, folder: Path, key: str) -> bool:
    """Give ``header`` (a table's or tree's column header, its columns already there) the
    column widths, order and hidden columns it had last time, when it still has as many
    columns; save them whenever it is hidden. Returns whether a saved state was applied."""
    memory = memory_for(folder)
    restored = False
    saved = memory.layout_state(key)
    if saved is not None and saved[1] == header.count() > 0:
        restored = header.restoreState(QByteArray(saved[0]))

    def save(hidden: QHeaderView) -> None:
        if hidden.count() > 0:
            memory.set_layout_state(key, bytes(hidden.saveState().data()), hidden.count())

    _SaveOnHide(header, save)
    return restored
