"""Bundled fonts: registered with Qt so every workstation shows the same Thai text."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from desktop_app.resources import fonts_dir

log = logging.getLogger(__name__)

UI_FAMILY = "Sarabun"
UI_POINT_SIZE = 10


def register_bundled_fonts() -> list[str]:
    """Add every .ttf in fonts/ to Qt's font database; return the families added."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font %s", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def ui_font(point_size: int = UI_POINT_SIZE, *, bold: bool = False) -> QFont:
    font = QFont(UI_FAMILY, point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
