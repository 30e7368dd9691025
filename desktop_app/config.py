"""Where the program keeps its files, and which database it opens.

Data (the SQLite database, attachments, backups, logs) lives in the user's data directory
(platformdirs: ``%LOCALAPPDATA%\\SarabanDesk`` on Windows, ``~/.local/share/SarabanDesk`` on
Linux). ``SARABAN_DATA_DIR`` moves all of it (portable installs, tests).

The database is chosen by, in order: ``--db URL``, ``SARABAN_DB_URL``, the workstation's
saved URL (workstation.json, written by Settings), the SQLite file in the data directory.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import PlatformDirs

from desktop_app import APP_AUTHOR, APP_NAME

DB_URL_ENV = "SARABAN_DB_URL"
DATA_DIR_ENV = "SARABAN_DATA_DIR"
LANG_ENV = "SARABAN_LANG"
DB_FILENAME = "saraban.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path

    @property
    def default_db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def workstation_file(self) -> Path:
        return self.config_dir / "workstation.json"


def default_paths() -> AppPaths:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        root = Path(override).expanduser()
        return AppPaths(data_dir=root, config_dir=root)
    dirs = PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)
    return AppPaths(data_dir=Path(dirs.user_data_dir), config_dir=Path(dirs.user_config_dir))


class WorkstationPrefs:
    """Preferences of this workstation only (UI language, database URL): a small JSON file."""

    DEFAULTS: dict[str, Any] = {"language": "th", "digits": "thai", "database_url": None}

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any]:
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        return {**self.DEFAULTS, **(stored if isinstance(stored, dict) else {})}

    def get(self, key: str) -> Any:
        return self.load().get(key)

    def set(self, key: str, value: Any) -> None:
        from desktop_app.files import write_atomically

        values = self.load()
        values[key] = value
        write_atomically(
            self.path, json.dumps(values, ensure_ascii=False, indent=2).encode("utf-8")
        )


def resolve_db_url(explicit: str | None, paths: AppPaths) -> str:
    from desktop_app.db.engine import sqlite_url

    if explicit:
        return explicit
    env_url = os.environ.get(DB_URL_ENV)
    if env_url:
        return env_url
    saved = WorkstationPrefs(paths.workstation_file).get("database_url")
    if saved:
        return str(saved)
    return sqlite_url(paths.default_db_path)


def resolve_language(explicit: str | None, paths: AppPaths) -> str:
    language = (
        explicit
        or os.environ.get(LANG_ENV)
        or WorkstationPrefs(paths.workstation_file).get("language")
    )
    return "en" if str(language).lower().startswith("en") else "th"
