"""The layers stay visible: only desktop_app/ui imports Qt; only db/ touches SQL dialects."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(*, outside: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if outside not in p.relative_to(PACKAGE).parts]


def test_only_the_ui_package_imports_qt():
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path) if n.startswith("PySide6"))
        for path in _modules(outside="ui")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_domain_imports_neither_qt_nor_sqlalchemy():
    for path in (PACKAGE / "domain").rglob("*.py"):
        bad = [n for n in _imports(path) if n.startswith(("PySide6", "sqlalchemy", "desktop_app.db",
                                                          "desktop_app.services"))]
        assert bad == [], path


def test_ui_never_imports_sqlalchemy():
    for path in (PACKAGE / "ui").rglob("*.py"):
        assert not [n for n in _imports(path) if n.startswith("sqlalchemy")], path


def test_dialect_specific_sql_stays_in_db():
    for path in _modules(outside="db"):
        bad = [n for n in _imports(path) if n.startswith("sqlalchemy.dialects")]
        assert bad == [], path
