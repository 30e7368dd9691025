"""Finding the office's own TH Sarabun in the system's font folders.

Thai government offices have TH SarabunIT๙ (Thai digits), TH SarabunPSK or TH Sarabun New
installed (the DIP/SIPA national fonts, free to use but not ours to ship). A letter set in
one of them is what the office's Word letters look like; without one, the bundled Laksaman
(TH Sarabun New enlarged 1.5 times by TLWG) is drawn at TH Sarabun's apparent size
(``ShapingFont.apparent_scale``).

Folders are searched Windows first (``%WINDIR%\\Fonts``, then the user's own fonts), then
macOS, then the freedesktop folders; a font is recognised by the family name in its own
``name`` table, not by its file name. Preference: IT๙, PSK, New.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PREFERRED_FAMILIES = ("TH SarabunIT๙", "TH SarabunPSK", "TH Sarabun New")
FONT_SUFFIXES = (".ttf", ".otf")


@dataclass(frozen=True)
class FoundFamily:
    """An installed family: its name and its regular and bold files (bold may be None)."""

    family: str
    regular: Path
    bold: Path | None


def font_folders(env: Mapping[str, str] | None = None, home: Path | None = None) -> list[Path]:
    """The folders fonts are installed in, Windows first; only those that exist."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    candidates: list[Path] = []
    windir = env.get("WINDIR") or env.get("SystemRoot")
    if windir:
        candidates.append(Path(windir) / "Fonts")
    local = env.get("LOCALAPPDATA")
    if local:
        candidates.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    candidates += [
        Path("/Library/Fonts"),
        home / "Library" / "Fonts",
        Path(env.get("XDG_DATA_HOME") or home / ".local" / "share") / "fonts",
        home / ".fonts",
        Path("/usr/local/share/fonts"),
        Path("/usr/share/fonts"),
    ]
    seen: list[Path] = []
    for folder in candidates:
        if folder not in seen and folder.is_dir():
            seen.append(folder)
    return seen


def _key(name: str) -> str:
    """Family names compared without case, spaces or the digit's script ("IT9" = "IT๙")."""
    return name.casefold().replace(" ", "").replace("๙", "9")


def _names(path: Path) -> tuple[str, str] | None:
    """(family, subfamily) from the font's name table; None for a file that is not a font."""
    import uharfbuzz as hb

    try:
        face = hb.Face(hb.Blob.from_file_path(str(path)))
        family = face.get_name(hb.OTNameIdPredefined.TYPOGRAPHIC_FAMILY) or face.get_name(
            hb.OTNameIdPredefined.FONT_FAMILY
        )
        style = face.get_name(hb.OTNameIdPredefined.TYPOGRAPHIC_SUBFAMILY) or face.get_name(
            hb.OTNameIdPredefined.FONT_SUBFAMILY
        )
    except Exception:  # an unreadable file is simply not a candidate
        return None
    if not family:
        return None
    return family, style or "Regular"


def _candidates(folders: Iterable[Path]) -> Iterable[Path]:
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in sorted(files):
                lowered = name.casefold()
                if "sarabun" in lowered and lowered.endswith(FONT_SUFFIXES):
                    yield Path(root) / name


def find_th_sarabun(folders: Iterable[Path] | None = None) -> FoundFamily | None:
    """The preferred installed TH Sarabun family, or None.

    Only files whose name contains "sarabun" are opened (a folder of thousands of fonts is
    scanned in milliseconds); among them, the family named in the font decides. A family
    needs a regular face; its bold is used when installed."""
    folders = font_folders() if folders is None else list(folders)
    faces: dict[str, dict[str, Path]] = {}
    names: dict[str, str] = {}
    for path in _candidates(folders):
        found = _names(path)
        if found is None:
            continue
        family, style = found
        key = _key(family)
        names.setdefault(key, family)
        slot = _key(style)
        if slot in ("regular", "normal", "book", "roman"):
            faces.setdefault(key, {}).setdefault("regular", path)
        elif slot == "bold":
            faces.setdefault(key, {}).setdefault("bold", path)
    for wanted in PREFERRED_FAMILIES:
        files = faces.get(_key(wanted), {})
        if "regular" in files:
            return FoundFamily(names[_key(wanted)], files["regular"], files.get("bold"))
    return None


@cache
def installed_th_sarabun() -> FoundFamily | None:
    """``find_th_sarabun()`` over this machine's font folders, looked up once per process."""
    return find_th_sarabun()
