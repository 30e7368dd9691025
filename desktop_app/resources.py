"""The one place that knows where resources/, fonts/ and migrations/ are.

Looked up, in order: inside the package (an installed wheel carries them under
``desktop_app/_bundled``), next to the frozen executable (PyInstaller's ``sys._MEIPASS``),
and at the top of the source tree (a checkout or an editable install).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_NAMES = ("resources", "fonts", "migrations")


@cache
def _root_for(name: str) -> Path:
    candidates = [_PACKAGE_DIR / "_bundled" / name]
    frozen_dir = getattr(sys, "_MEIPASS", None)
    if frozen_dir:
        candidates.append(Path(frozen_dir) / name)
    candidates.append(_PACKAGE_DIR.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ not found; looked in {', '.join(map(str, candidates))}")


def resources_dir() -> Path:
    return _root_for("resources")


def fonts_dir() -> Path:
    return _root_for("fonts")


def migrations_dir() -> Path:
    return _root_for("migrations")


def data_file(name: str) -> Path:
    """A file of the national directory shipped in resources/data/."""
    return resources_dir() / "data" / name


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_file(name: str) -> Path:
    return resources_dir() / "icons" / name


__all__ = [
    "data_file",
    "fonts_dir",
    "icon_file",
    "migrations_dir",
    "resources_dir",
    "translations_dir",
]
