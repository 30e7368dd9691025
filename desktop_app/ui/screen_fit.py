"""Window sizes and places that fit the screen the window opens on.

The office's machines are often laptops at 1366x768 with a task bar: a window opened taller
than the screen's free area hides its status bar or its buttons below the task bar. Windows
ask for their usual size; on a smaller screen they get the free area less the window frame
(title bar and borders, which ``resize`` does not count), and a main window is placed inside
the free area (a window manager's cascade may otherwise push its bottom under the task bar).

``available_geometry`` is the one place windows learn the screen's free area: tests replace
it to try a 1366x768 laptop whatever screen they run on.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window frame around the client area: borders (pixels, both sides together) and the
# title bar with the bottom border.
FRAME_MARGINS = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect | None:
    """The free area (pixels, without task bars; a rectangle in the virtual desktop) of the
    screen ``widget`` is on, or of the primary screen; None when there is no screen at all."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def available_size(widget: QWidget | None = None) -> QSize | None:
    """The size (pixels) of ``available_geometry(widget)``; None when there is no screen."""
    geometry = available_geometry(widget)
    return geometry.size() if geometry is not None else None


def fitted_size(wanted: QSize, available: QSize | None) -> QSize:
    """``wanted`` (pixels), shrunk in each direction to ``available`` less ``FRAME_MARGINS``;
    ``wanted`` itself when ``available`` is None or large enough."""
    if available is None or available.isEmpty():
        return QSize(wanted)
    room = available - FRAME_MARGINS
    return QSize(
        max(1, min(wanted.width(), room.width())), max(1, min(wanted.height(), room.height()))
    )


def fits(size: QSize, available: QSize) -> bool:
    """Whether a window whose client area is ``size`` (pixels), with its frame
    (``FRAME_MARGINS``), fits in ``available``."""
    framed = size + FRAME_MARGINS
    return framed.width() <= available.width() and framed.height() <= available.height()


def resize_to_fit(widget: QWidget, wanted: QSize, available: QSize | None = None) -> QSize:
    """Resize ``widget`` (a window not yet shown) to ``wanted``, or less on a small screen:
    ``available`` is the screen's free area (default: ``available_size(widget)``). Returns
    the size asked for (a window's minimum size may still make it larger)."""
    size = fitted_size(wanted, available if available is not None else available_size(widget))
    widget.resize(size)
    return size


def placed_inside(size: QSize, area: QRect) -> QPoint:
    """Where a window whose client area is ``size`` goes so that it and its frame are centred
    in ``area`` (pixels); its top-left corner stays inside ``area`` when it is too large."""
    framed = size + FRAME_MARGINS
    return QPoint(
        area.x() + max(0, (area.width() - framed.width()) // 2),
        area.y() + max(0, (area.height() - framed.height()) // 2),
    )


def place_inside_screen(window: QWidget, area: QRect | None = None) -> None:
    """Move ``window`` (a top-level window) so that it lies, frame included, inside ``area``
    (default: ``available_geometry(window)``), centred; nothing when there is no screen."""
    area = area if area is not None else available_geometry(window)
    if area is not None and not area.isEmpty():
        window.move(placed_inside(window.size(), area))
