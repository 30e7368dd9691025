"""The layers stay visible and run downhill.

    domain  <-  db  <-  services  <-  ui/operations  <-  ui (pages, dialogs, widgets)
       ^         ^         ^
       +-- reports (lays out domain values) --+ (services use reports, never the reverse)

* only ui/ imports Qt;
* only ui/operations/ (and the GUI's start-up, ui/app.py) holds services or the composition
  root: pages, dialogs, widgets and models take values and operations;
* domain/ imports nothing of ours but domain/; reports/ imports neither services/ nor db/;
  db/ imports no services, reports or ui; nothing below ui/ imports ui/;
* dialect-specific SQL stays in db/.

Imports are read from the source (``ast``), including those inside functions (the lazy
ones), so a rule cannot be dodged by importing late.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside functions ("from a import b" counts
    as "a" and "a.b", since b may be a module)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import (use desktop_app....)"
            if node.module:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules(*, outside: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if outside not in p.relative_to(PACKAGE).parts]


def _under(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def _offenders(paths: list[Path], *prefixes: str, root: Path = PACKAGE) -> dict[str, list[str]]:
    found = {}
    for path in paths:
        bad = sorted(name for name in _imports(path) if name.startswith(prefixes))
        if bad:
            found[str(path.relative_to(root))] = bad
    return found


def test_only_the_ui_package_imports_qt():
    assert _offenders(_modules(outside="ui"), "PySide6", "shiboken6") == {}


def test_only_operations_and_the_start_up_hold_services():
    """Pages, dialogs, widgets and models reach the services only through operations."""
    holders = {PACKAGE / "ui" / "app.py"}
    paths = [
        path
        for path in _under("ui")
        if path not in holders and "operations" not in path.relative_to(PACKAGE / "ui").parts
    ]
    assert paths, "no UI modules found"
    assert (
        _offenders(
            paths,
            "desktop_app.services",
            "desktop_app.app_context",
            "desktop_app.db",
            "desktop_app.reports",
            "desktop_app.jobs",
        )
        == {}
    )


def test_operations_are_the_only_ui_code_given_the_context():
    """Outside ui/operations and ui/app.py, no UI code even names the composition root."""
    for path in _under("ui"):
        if path.name == "app.py" or "operations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        assert "AppContext" not in text and "context." not in text, path


def test_domain_imports_only_the_domain():
    for path in _under("domain"):
        ours = [name for name in _imports(path) if name.startswith("desktop_app")]
        assert all(name.startswith("desktop_app.domain") for name in ours), (path, ours)
        assert not _offenders([path], "sqlalchemy", "PySide6", "reportlab", "openpyxl")


def test_reports_import_neither_services_nor_the_database():
    assert (
        _offenders(
            _under("reports"),
            "desktop_app.services",
            "desktop_app.db",
            "desktop_app.app_context",
            "desktop_app.ui",
            "sqlalchemy",
        )
        == {}
    )


def test_the_database_layer_imports_nothing_above_it():
    assert (
        _offenders(
            _under("db"),
            "desktop_app.services",
            "desktop_app.reports",
            "desktop_app.ui",
            "desktop_app.app_context",
            "desktop_app.cli",
        )
        == {}
    )


def test_services_never_reach_up():
    assert (
        _offenders(
            _under("services"), "desktop_app.ui", "desktop_app.app_context", "desktop_app.cli"
        )
        == {}
    )


def test_nothing_below_the_ui_imports_it():
    entry = PACKAGE / "__main__.py"  # the entry point starts the GUI or the CLI
    below = [path for path in _modules(outside="ui") if path != entry]
    assert _offenders(below, "desktop_app.ui") == {}


def test_ui_never_imports_sqlalchemy():
    assert _offenders(_under("ui"), "sqlalchemy") == {}


def test_dialect_specific_sql_stays_in_db():
    assert _offenders(_modules(outside="db"), "sqlalchemy.dialects") == {}


def test_private_library_internals_are_reached_through_one_adapter():
    """ReportLab's and openpyxl's undocumented attributes appear only in reports/internals."""
    private = re.compile(
        r"\._doc\b|\._formsinuse\b|\.idToObject\b|\.delayedFonts\b"
        r"|\._writer\b|\bTTFontFace\("
    )
    for path in PACKAGE.rglob("*.py"):
        if path.name == "internals.py":
            continue
        assert not private.findall(path.read_text(encoding="utf-8")), path


def test_the_rules_catch_a_violation(tmp_path):
    """The checks above can fail: an upward import written into a scratch module is seen."""
    scratch = tmp_path / "probe.py"
    scratch.write_text(
        "from desktop_app.services.incoming import IncomingRegister\n"
        "def f():\n    import PySide6.QtCore\n",
        encoding="utf-8",
    )
    found = _offenders([scratch], "desktop_app.services", "PySide6", root=tmp_path)
    assert found == {
        "probe.py": [
            "PySide6.QtCore",
            "desktop_app.services.incoming",
            "desktop_app.services.incoming.IncomingRegister",
        ]
    }
