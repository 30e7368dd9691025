"""Initial window sizes that fit the screen the window opens on.

The office's machines are often laptops at 1366x768 with a task bar: a window opened taller
than the screen's free area hides its status bar or its buttons below the task bar. Windows
ask for their usual size; on a smaller screen they get the free area less the window frame
(title bar and borders, which ``resize`` does not count).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window frame around the client area: borders (pixels, both sides together) and the
# title bar with the bottom border.
FRAME_MARGINS = QSize(16, 40)


def available_size(widget: QWidget | None = None) -> QSize | None:
    """The free area (pixels, without task bars) of the screen ``widget`` is on, or of the
    primary screen; None when there is no screen at all."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


def fitted_size(wanted: QSize, available: QSize | None) -> QSize:
    """``wanted`` (pixels), shrunk in each direction to ``available`` less ``FRAME_MARGINS``;
    ``wanted`` itself when ``available`` is None or large enough."""
    if available is None or available.isEmpty():
        return QSize(wanted)
    room = available - FRAME_MARGINS
    return QSize(
        max(1, min(wanted.width(), room.width())), max(1, min(wanted.height(), room.height()))
    )


def resize_to_fit(widget: QWidget, wanted: QSize, available: QSize | None = None) -> QSize:
    """Resize ``widget`` (a window not yet shown) to ``wanted``, or less on a small screen:
    ``available`` is the screen's free area (default: ``available_size(widget)``). Returns
    the size asked for (a window's minimum size may still make it larger)."""
    size = fitted_size(wanted, available if available is not None else available_size(widget))
    widget.resize(size)
    return size
